//! A date broken over two lines in a narrow first column: a word processor's or a text
//! browser's table wraps `Mon, January 10` into `Mon,` on the row's first line and `January
//! 10` under it, or `Week 1 [01/20/2023]` into `Week 1 [01` and `/20/2023]`. Read apart, the
//! row has no date and the line below is a row of its own with no topic (or no date either).
//! Where the first cell of a space-laid line holds no date and, joined with the first cell of
//! the line below (starting in the same column), makes a date that neither holds whole (or
//! holds only after a weekday alone), the two are one cell; the rest of the line below is more
//! of the row.

use crate::syllabus::dates::find_date;
use crate::syllabus::times::find_time;

use super::Line;

/// How far apart (in characters) two lines' first cells may start and still be one column.
const SAME_COLUMN: usize = 1;

/// Longest first-cell piece taken as the wrapped end of a date.
const MAX_PIECE: usize = 16;

/// Joins each date broken over two lines (see the module's note).
pub(super) fn join(mut lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    for i in 0..lines.len().saturating_sub(1) {
        let (Some(a), Some(b)) = (&lines[i], &lines[i + 1]) else {
            continue;
        };
        let (Some(pa), Some(pb)) = (&a.placed, &b.placed) else {
            continue;
        };
        let (Some((ca, ta)), Some((cb, tb))) = (pa.first(), pb.first()) else {
            continue;
        };
        // The piece below starts in the first cell's column, or under a later word of it (a
        // week label and its month, "W1 Sep", over the day, "3", right-aligned under "Sep").
        let under = *cb + SAME_COLUMN >= *ca && *cb <= ca + ta.chars().count();
        if !under {
            continue;
        }
        if let Some(joined) = wrapped_range(ta, tb) {
            let (ta, tb) = (ta.clone(), tb.clone());
            if let Some(a) = lines[i].as_mut() {
                replace_first(a, &ta, joined);
            }
            lines[i + 1] = lines[i + 1].take().and_then(|b| without_first(b, &tb));
            continue;
        }
        if tb.chars().count() > MAX_PIECE {
            continue;
        }
        // A header of weekdays over a row of dates ("Monday  Wednesday" over "Jan 18  Jan
        // 20") is not one date broken in two: there the line below's next cell is a date too.
        let starts_dated = |t: &str| find_date(t).is_some_and(|(at, _)| at == 0);
        if pb.get(1).is_some_and(|(_, t)| starts_dated(t)) {
            continue;
        }
        let Some(joined) = joined_date(ta, tb) else {
            continue;
        };
        let (ta, tb) = (ta.clone(), tb.clone());
        if let Some(a) = lines[i].as_mut() {
            replace_first(a, &ta, joined);
        }
        lines[i + 1] = lines[i + 1].take().and_then(|b| without_first(b, &tb));
    }
    lines
}

/// The two pieces as one cell, when together they make a date that neither makes alone.
fn joined_date(a: &str, b: &str) -> Option<String> {
    if find_date(a).is_some() {
        return None;
    }
    // A numeric date breaks at its separator: "01" over "/20/2023", "01/" over "20/2023".
    let glued = b.starts_with(['/', '-', '.'])
        || a.ends_with(['/', '-']) && b.starts_with(|c: char| c.is_ascii_digit());
    let joined = if glued {
        format!("{a}{b}")
    } else {
        format!("{a} {b}")
    };
    let (at, span) = find_date(&joined)?;
    let b_at = joined.len() - b.len();
    // A line that starts with a date of its own is a row of its own ("Week 1" over "Jan 10",
    // a header's "Monday" over "Jan 18. Holiday"), unless it is only the date and all above
    // it is the date's weekday.
    let b_date = find_date(b).filter(|(b_date, _)| *b_date == 0);
    let b_only_date = b_date.is_some_and(|(_, s)| !b[s.len..].chars().any(char::is_alphabetic));
    let spans_the_break = at < b_at && at + span.len > b_at && b_date.is_none();
    // The date reader takes all above it as the date's weekday ("Mon,", "Di").
    let a_is_its_weekday = b_only_date && at == 0 && at + span.len > b_at;
    (spans_the_break || a_is_its_weekday).then_some(joined)
}

/// A date's cell that ends with the start of a time range (`14/10/20, 18h10 –`) and the
/// cell under it that opens with the range's end (`19h50 (a combinar)`), as one cell. Read
/// apart, the row has a start and a dash for a topic, and the end is more of the row.
fn wrapped_range(a: &str, b: &str) -> Option<String> {
    let head = a.trim_end().strip_suffix(['-', '–', '—'])?.trim_end();
    let start = head.rsplit([' ', ',']).next()?;
    let end = b.split_whitespace().next()?;
    (find_date(head).is_some() && find_time(start).is_some() && find_time(end).is_some())
        .then(|| format!("{} {b}", a.trim_end()))
}

fn replace_first(line: &mut Line, old: &str, new: String) {
    if let Some(c) = line.cells.iter_mut().find(|c| c.as_str() == old) {
        c.clone_from(&new);
    }
    if let Some(first) = line.placed.as_mut().and_then(|p| p.first_mut()) {
        first.1 = new;
    }
}

/// The line without its first cell, as more of the row above; `None` when nothing is left.
fn without_first(mut line: Line, first: &str) -> Option<Line> {
    if let Some(p) = line.placed.as_mut()
        && !p.is_empty()
    {
        p.remove(0);
    }
    if let Some(at) = line.cells.iter().position(|c| c.as_str() == first) {
        line.cells.remove(at);
    }
    line.cells.retain(|c| !c.is_empty());
    if line.cells.is_empty() {
        return None;
    }
    line.cells.insert(0, String::new());
    line.indented = true;
    Some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<Option<Vec<String>>> {
        let lines: Vec<String> = text.lines().map(String::from).collect();
        super::super::read(&lines)
            .into_iter()
            .map(|l| l.map(|l| l.cells))
            .collect()
    }

    #[test]
    fn a_day_wrapped_under_its_month_inside_the_first_cell_joins_it() {
        let got = read("W1 Sep    Sets and maps       HW1\n   3      and their laws\n");
        assert_eq!(got[0].as_ref().map(|c| c[0].as_str()), Some("W1 Sep 3"));
        // A line below that starts further right than the first cell reaches is its own.
        let got = read("W1 Sep    Sets and maps       HW1\n          3 more laws\n");
        assert_eq!(got[0].as_ref().map(|c| c[0].as_str()), Some("W1 Sep"));
    }

    #[test]
    fn a_time_range_broken_after_its_dash_joins_the_dates_cell() {
        let got = read(" 14/10/20, 18h10 –   Topics:\n19h50 (to agree)     Lessons online\n");
        assert_eq!(
            got[0].as_ref().map(|c| c[0].as_str()),
            Some("14/10/20, 18h10 – 19h50 (to agree)")
        );
        // A line below that opens with no time stays as it is.
        let got = read(" 14/10/20, 18h10 –   Topics:\nRoom 4 (to agree)    Lessons online\n");
        assert_eq!(
            got[0].as_ref().map(|c| c[0].as_str()),
            Some("14/10/20, 18h10 –")
        );
    }

    #[test]
    fn a_weekday_over_its_date_on_the_next_line_is_one_date_cell() {
        let got = read(
            "Mon,        Introduction        HW0 out\nJanuary 10\nWed,        Least squares\nJanuary 12  (continued)\n",
        );
        assert_eq!(
            got[0].as_deref(),
            Some(
                &[
                    "Mon, January 10".to_string(),
                    "Introduction".into(),
                    "HW0 out".into()
                ][..]
            )
        );
        assert_eq!(got[1], None);
        assert_eq!(
            got[2].as_ref().map(|c| c[0].as_str()),
            Some("Wed, January 12")
        );
        assert_eq!(
            got[3].as_deref(),
            Some(&[String::new(), "(continued)".into()][..])
        );
    }

    #[test]
    fn a_numeric_date_broken_at_its_slash_is_one_date_cell() {
        assert_eq!(
            joined_date("Di", "15.10.24").as_deref(),
            Some("Di 15.10.24")
        );
        assert_eq!(
            joined_date("Week 1 [01", "/20/2023]").as_deref(),
            Some("Week 1 [01/20/2023]")
        );
    }

    #[test]
    fn a_dated_first_cell_or_a_label_over_a_dated_row_stays_apart() {
        assert_eq!(joined_date("Jan 10", "Intro"), None);
        assert_eq!(joined_date("Week 1", "Jan 10"), None);
        assert_eq!(joined_date("Topics", "Readings"), None);
        assert_eq!(joined_date("Monday", "Jan 18. Holiday"), None);
        let header = read("Monday      Wednesday\nJan 18      Jan 20\n");
        assert_eq!(
            header[1].as_deref(),
            Some(&["Jan 18".to_string(), "Jan 20".into()][..])
        );
    }
}
