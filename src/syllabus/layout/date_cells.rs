//! Calendars of date cells: a table whose columns are weekdays (`M | W | F`) and whose rows
//! take turns, a row of bare dates (`1/13 | 1/15 | 1/17`) and under it a row or two of notes
//! (`Welcome! | | HW 1`), each note in its date's column. Read as it stands, each row of dates
//! is one week and the notes are rows without a date. Instead each date with the notes under
//! it becomes a row of its own (`1/13 | Welcome!`) under a `Date | Topic | Activities`
//! header, and the later stages read one dated row per day, a date without notes included.
//!
//! Two calendars side by side (`M W F | | M W F`, January to March on the left, March to May
//! on the right) are told apart by a column that holds no date in any row: the left one is
//! read down first, then the right, so the dates stay in order.

use super::Line;
use crate::syllabus::dates::{find_date, weekday};
use crate::syllabus::lexicon::{
    DAY_CODES, HEADER_ACTIVITY, HEADER_DATE, HEADER_TOPIC, WEEKDAY_LETTERS,
};

/// Fewest rows of dates that make a calendar of date cells.
const MIN_DATE_ROWS: usize = 2;
/// Fewest dates a row holds to be a row of dates.
const MIN_DATES: usize = 2;

/// Lays out each calendar of date cells as one row per date; other lines pass unchanged.
pub(super) fn unfold(lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    let mut out: Vec<Option<Line>> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let Some(end) = calendar_end(&lines, i) else {
            out.push(lines[i].clone());
            i += 1;
            continue;
        };
        let run: Vec<&Line> = lines[i..end].iter().flatten().collect();
        let header_no = weekday_header(&mut out);
        out.push(Some(header(header_no.unwrap_or(run[0].no))));
        out.extend(days(&run).into_iter().map(Some));
        i = end;
    }
    out
}

/// Where the calendar that starts at line `i` ends (the index after its last line), when a
/// row of dates starts one there: its rows run up to a blank line or a line that is no table
/// row, and hold [`MIN_DATE_ROWS`] rows of dates and at least one row of notes.
fn calendar_end(lines: &[Option<Line>], i: usize) -> Option<usize> {
    lines[i].as_ref().filter(|l| date_row(l))?;
    let mut end = i;
    let (mut dated, mut notes) = (0, 0);
    while let Some(line) = lines.get(end) {
        match line {
            None => {}
            Some(l) if l.is_blank() || !l.positional() => break,
            Some(l) if date_row(l) => dated += 1,
            Some(_) => notes += 1,
        }
        end += 1;
    }
    (dated >= MIN_DATE_ROWS && notes >= 1).then_some(end)
}

/// A table row holding [`MIN_DATES`] cells or more that are only a date each, and no other
/// text.
fn date_row(line: &Line) -> bool {
    let filled: Vec<&String> = line.cells.iter().filter(|c| !bare(c).is_empty()).collect();
    line.positional() && filled.len() >= MIN_DATES && filled.iter().all(|c| is_bare_date(bare(c)))
}

/// A cell without its emphasis marks and spaces.
fn bare(cell: &str) -> &str {
    cell.trim().trim_matches(['*', '_', '/', '~']).trim()
}

/// Whether a cell is one date and nothing else ("1/13", "Jan 13"), not a range.
fn is_bare_date(cell: &str) -> bool {
    find_date(cell)
        .is_some_and(|(at, span)| at == 0 && span.len == cell.len() && span.end.is_none())
}

/// Takes the calendar's header off the lines read so far when it names weekdays only (`M | W
/// | F`, `Mon | Wed`), skipping the table's rule lines: its line number.
fn weekday_header(out: &mut Vec<Option<Line>>) -> Option<usize> {
    let at = out.iter().rposition(Option::is_some)?;
    let line = out[at].as_ref()?;
    let names: Vec<&str> = line
        .cells
        .iter()
        .map(|c| bare(c))
        .filter(|c| !c.is_empty())
        .collect();
    let weekdays = !names.is_empty()
        && names
            .iter()
            .all(|n| weekday(n).is_some() || one_letter_day(n));
    if !weekdays || line.is_blank() {
        return None;
    }
    let no = line.no;
    out.truncate(at);
    Some(no)
}

/// A weekday's one- or two-letter code as calendars head their columns ("M", "T", "W",
/// "R", "F", "Th", "Tu"), in any case.
fn one_letter_day(name: &str) -> bool {
    DAY_CODES.iter().any(|(c, _)| c.eq_ignore_ascii_case(name))
        || name.len() == 1 && WEEKDAY_LETTERS.contains(&*name.to_ascii_uppercase())
}

/// The header of the rows given, in the lexicon's words.
fn header(no: usize) -> Line {
    Line {
        no,
        cells: [HEADER_DATE[0], HEADER_TOPIC[0], HEADER_ACTIVITY[0]]
            .iter()
            .map(|c| c.to_string())
            .collect(),
        placed: None,
        indented: false,
        lead: 0,
    }
}

/// One row per date of the calendar: its first note is the topic, the others its
/// activities. Column groups apart by a column without dates are read one after the other.
fn days(run: &[&Line]) -> Vec<Line> {
    let width = run.iter().map(|l| l.cells.len()).max().unwrap_or(0);
    let dated_column = |c: usize| {
        run.iter()
            .any(|l| date_row(l) && l.cells.get(c).is_some_and(|t| is_bare_date(bare(t))))
    };
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut open = false;
    for c in 0..width {
        match (dated_column(c), open) {
            (true, true) => groups.last_mut().expect("an open group").push(c),
            (true, false) => groups.push(vec![c]),
            _ => {}
        }
        open = dated_column(c);
    }
    let mut rows = Vec::new();
    for group in &groups {
        for (at, line) in run.iter().enumerate().filter(|(_, l)| date_row(l)) {
            let below: Vec<&&Line> = run[at + 1..].iter().take_while(|l| !date_row(l)).collect();
            for &c in group {
                let Some(date) = line.cells.get(c).map(|t| bare(t)).filter(|t| !t.is_empty())
                else {
                    continue;
                };
                let notes: Vec<String> = below
                    .iter()
                    .filter_map(|l| l.cells.get(c).map(|t| note(t)))
                    .filter(|t| !t.is_empty())
                    .collect();
                let (topic, rest) = notes
                    .split_first()
                    .map_or((String::new(), &[][..]), |(f, r)| (f.clone(), r));
                rows.push(Line {
                    no: line.no,
                    cells: vec![date.to_string(), topic, rest.join("; ")],
                    placed: None,
                    indented: false,
                    lead: 0,
                });
            }
        }
    }
    rows
}

/// A note's text, empty when it is only marks ("---", "XXXXX" is kept: it is text).
fn note(cell: &str) -> String {
    let t = bare(cell);
    if t.chars().all(|c| !c.is_alphanumeric()) {
        String::new()
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table<const N: usize>(rows: &[[&str; N]]) -> Vec<Option<Line>> {
        rows.iter()
            .enumerate()
            .map(|(i, cells)| Some(Line::of_cells(i + 1, cells)))
            .collect()
    }

    fn texts(lines: &[Option<Line>]) -> Vec<String> {
        lines
            .iter()
            .flatten()
            .map(|l| l.cells.join(" | "))
            .collect()
    }

    #[test]
    fn each_date_with_the_notes_under_it_is_a_row() {
        let lines = table(&[
            ["M", "W", "F"],
            ["1/13", "1/15", "1/17"],
            ["Welcome", "", "*Quiz 1*"],
            ["1/20", "1/22", "1/24"],
            ["Holiday", "Gases", "---"],
        ]);
        assert_eq!(
            texts(&unfold(lines)),
            [
                "date | topic | activities",
                "1/13 | Welcome | ",
                "1/15 |  | ",
                "1/17 | Quiz 1 | ",
                "1/20 | Holiday | ",
                "1/22 | Gases | ",
                "1/24 |  | ",
            ]
        );
    }

    #[test]
    fn weekday_codes_of_one_or_two_letters_head_columns_in_any_case() {
        for code in ["M", "t", "W", "R", "f", "S", "u", "Tu", "TH", "sa", "Su"] {
            assert!(one_letter_day(code), "{code}");
        }
        for word in ["", "X", "Mo", "We", "Week"] {
            assert!(!one_letter_day(word), "{word}");
        }
    }

    #[test]
    fn two_calendars_side_by_side_are_read_left_first() {
        let lines = table(&[
            ["M", "F", "", "M", "F"],
            ["1/13", "1/17", "", "3/17", "3/21"],
            ["Start", "", "x", "", "Exam"],
            ["1/20", "1/24", "", "3/24", ""],
            ["", "HW 1", "", "End", ""],
        ]);
        let got = texts(&unfold(lines));
        let dates: Vec<&str> = got.iter().map(|r| r.split(" | ").next().unwrap()).collect();
        assert_eq!(
            dates,
            [
                "date", "1/13", "1/17", "1/20", "1/24", "3/17", "3/21", "3/24"
            ]
        );
        assert!(got.contains(&"3/21 | Exam | ".to_string()));
    }

    #[test]
    fn a_table_of_dated_rows_with_topics_is_left_alone() {
        let lines = table(&[["Date", "Topic"], ["1/13", "Atoms"], ["1/15", "Bonds"]]);
        assert_eq!(unfold(lines.clone()), lines);
    }

    #[test]
    fn rows_of_dates_without_notes_under_them_are_left_alone() {
        let lines = table(&[["1/13", "1/15"], ["1/20", "1/22"]]);
        assert_eq!(unfold(lines.clone()), lines);
    }
}
