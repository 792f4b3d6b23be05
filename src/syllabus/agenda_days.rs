//! A day's agenda under its heading, as short courses and workshops publish them: a heading
//! that is the day ("Day 1: Basics (Monday, August 18)") over a table whose rows are that
//! day's hours (`Time | Activity | Facilitator`, `09:00 - 11:00 | Lesson 1: Soil physics`),
//! with no date column. Each row is written out with the heading's date in a date column of
//! its own, so it is a dated row with its own time like any other table's; the heading keeps
//! its words without the date. The column after the time names what happens then: it is the
//! topic when the header names none. Breaks (coffee, lunch) are no rows.

use std::sync::LazyLock;

use super::dates::find_date;
use super::lean::{Yes, yes};
use super::lexicon::{AGENDA_BREAK_PATTERN, HEADER_DATE, HEADER_TIME, HEADER_TOPIC};
use super::times::time_cell;

/// The fewest days laid out this way that make a programme.
const FEWEST_DAYS: usize = 2;
/// Most words a day's heading has.
const MAX_HEADING_WORDS: usize = 16;

static BREAK: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)^\s*(?:{AGENDA_BREAK_PATTERN})\s*$")));

/// The lines with each agenda row dated by its day's heading, or `None` when fewer than
/// [`FEWEST_DAYS`] days are laid out so.
pub(super) fn dated(lines: &[String]) -> Option<Vec<String>> {
    // Cheap gate: some tab or pipe row must have a Time cell.
    if !lines.iter().any(|l| time_column(l).is_some()) {
        return None;
    }
    let mut out = lines.to_vec();
    let mut days = 0;
    let mut i = 0;
    while i < lines.len() {
        let Some((date, heading)) = day_heading(&lines[i]) else {
            i += 1;
            continue;
        };
        let Some(h) = (i + 1..lines.len()).find(|&k| !lines[k].trim().is_empty()) else {
            break;
        };
        let Some((time_at, header)) = agenda_header(&lines[h]) else {
            i += 1;
            continue;
        };
        days += 1;
        out[i] = heading;
        out[h] = joined(&lines[h], HEADER_DATE[0], &header);
        let mut k = h + 1;
        while let Some(cells) = lines.get(k).and_then(|l| cells_of(l)) {
            let timed = cells.get(time_at).and_then(|c| time_cell(c)).is_some();
            let what = cells.get(time_at + 1).map_or("", String::as_str);
            let rule = cells
                .iter()
                .all(|c| c.chars().all(|ch| "-:= ".contains(ch)));
            out[k] = if rule {
                joined(&lines[k], "---", &cells)
            } else if BREAK.is_match(what) {
                String::new()
            } else if timed {
                joined(&lines[k], &date, &cells)
            } else {
                lines[k].clone()
            };
            k += 1;
        }
        i = k;
    }
    (days >= FEWEST_DAYS).then_some(out)
}

/// The cells of a tab row or a pipe row, trimmed; `None` for any other line.
fn cells_of(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let cells: Vec<&str> = if line.contains('\t') {
        line.split('\t').collect()
    } else if t.starts_with('|') {
        t.trim_matches('|').split('|').collect()
    } else {
        return None;
    };
    Some(cells.into_iter().map(|c| c.trim().to_string()).collect())
}

/// `cells` with `first` in front, written as `like` is (tabs, or pipes).
fn joined(like: &str, first: &str, cells: &[String]) -> String {
    let mut all = vec![first.to_string()];
    all.extend(cells.iter().cloned());
    if like.contains('\t') {
        all.join("\t")
    } else {
        format!("| {} |", all.join(" | "))
    }
}

/// The index of a row's Time cell.
fn time_column(line: &str) -> Option<usize> {
    cells_of(line)?
        .iter()
        .position(|c| HEADER_TIME.contains(&c.to_lowercase().as_str()))
}

/// A line that is a day's heading: no cells, a few words, a date among them. Its date as
/// written, and the line without it (and without the brackets that held it).
fn day_heading(line: &str) -> Option<(String, String)> {
    if cells_of(line).is_some() || line.split_whitespace().count() > MAX_HEADING_WORDS {
        return None;
    }
    let (at, span) = find_date(line)?;
    let date = line[at..at + span.len].trim().to_string();
    let rest = format!("{}{}", &line[..at], &line[at + span.len..]);
    let rest = rest.replace("()", "").replace("[]", "");
    Some((
        date,
        rest.trim_end_matches([' ', ',', '-', '–']).to_string(),
    ))
}

/// A header row of an agenda: a Time cell, no date cell. Where the Time cell is, and the
/// header with the cell after it named as the topic when no cell names one.
fn agenda_header(line: &str) -> Option<(usize, Vec<String>)> {
    let time_at = time_column(line)?;
    let mut cells = cells_of(line)?;
    let named = |list: &[&str]| {
        cells
            .iter()
            .any(|c| list.contains(&c.trim().to_lowercase().as_str()))
    };
    if named(HEADER_DATE) {
        return None;
    }
    if !named(HEADER_TOPIC)
        && let Some(next) = cells.get_mut(time_at + 1)
    {
        *next = HEADER_TOPIC[0].to_string();
    }
    Some((time_at, cells))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn each_row_under_a_days_heading_gets_its_date_and_breaks_go() {
        let got = dated(&lines(
            "Week 1\nDay 1: Soils (Monday, August 18)\nTime\tActivity\tWho\n\
09:00 - 11:00\tLesson 1: Soil physics\tBen\n11:00 - 11:30\tCoffee Break\t\n\
Day 2: Water (Tuesday, August 19)\n\nTime\tActivity\tWho\n08:00 - 10:00\tLesson 2: Flow\tCy\n",
        ))
        .unwrap();
        assert_eq!(
            got,
            lines(
                "Week 1\nDay 1: Soils\ndate\tTime\ttopic\tWho\n\
Monday, August 18\t09:00 - 11:00\tLesson 1: Soil physics\tBen\n\n\
Day 2: Water\n\ndate\tTime\ttopic\tWho\nTuesday, August 19\t08:00 - 10:00\tLesson 2: Flow\tCy"
            )
        );
    }

    #[test]
    fn a_pipe_table_under_a_days_heading_is_dated_in_pipes() {
        let got = dated(&lines(
            "## Tuesday, May 5\n\n| Time | Session |\n|---|---|\n| 10:00-12:00 | Lesson 1 |\n\n\
## Wednesday, May 6\n\n| Time | Session |\n|---|---|\n| 10:00-12:00 | Lesson 2 |\n",
        ))
        .unwrap();
        assert_eq!(got[2], "| date | Time | topic |");
        assert_eq!(got[3], "| --- | --- | --- |");
        assert_eq!(got[4], "| Tuesday, May 5 | 10:00-12:00 | Lesson 1 |");
    }

    #[test]
    fn a_table_with_its_own_date_column_or_a_single_day_is_left_alone() {
        let with_dates = lines(
            "Monday, August 18\nDate\tTime\tTopic\nAug 18\t09:00 - 11:00\tA\n\
Tuesday, August 19\nDate\tTime\tTopic\nAug 19\t09:00 - 11:00\tB\n",
        );
        assert_eq!(dated(&with_dates), None);
        let one_day = lines("Monday, August 18\nTime\tTopic\n09:00 - 11:00\tA\n");
        assert_eq!(dated(&one_day), None);
        assert_eq!(dated(&lines("Mon Aug 18\tIntro\nTue Aug 19\tMore\n")), None);
    }

    #[test]
    fn only_a_break_alone_in_its_cell_is_a_break() {
        assert!(BREAK.is_match("Coffee Break"));
        assert!(BREAK.is_match("Lunch"));
        assert!(BREAK.is_match("Pausa café"));
        assert!(!BREAK.is_match("Breaking codes"));
        assert!(!BREAK.is_match("Lesson 4: break-even analysis"));
    }
}
