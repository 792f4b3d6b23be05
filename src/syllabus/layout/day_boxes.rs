//! Calendars of class-day boxes, as `pdftotext -layout` prints a page drawn as a grid with
//! only the days the course meets: a month name on a line of its own ("August", centred
//! above its weeks), then for each week a line of its boxes' days, each a weekday word or
//! letter and a day number ("Tu 19   Th 21", "M2   J4"), and under it each box's text in
//! its day's column; a week number may stand in the left margin. Each box with text becomes
//! a row `Month day | first item | other items` under the month grid's header, so later
//! stages read one dated row per class and take the year from the term. A box left empty (a
//! holiday drawn as a dark box) gives nothing.
//!
//! Weekday letters differ between languages ("M" is Monday in English, Tuesday in Spanish):
//! they are not read, only the day numbers under the month are. What makes a document such
//! a calendar: at least [`MIN_WEEKS`] lines of two or more such days, in order, whose letters
//! are few (one per weekday at most) and each seen on two lines or more, and a month line.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::markdown::SourceLine;
use super::month_grid::{Day, header, pieces};
use crate::syllabus::dates::month_number;

/// Fewest week lines of two boxes or more that make a document such a calendar.
const MIN_WEEKS: usize = 2;

/// A box's day: a weekday word or letter and the day's number ("M 19", "J4", "Tue 3").
static BOX_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<w>\p{L}{1,3})\.?\s*(?P<d>[0-9]{1,2})$").unwrap());

/// A box of a week line: its column, weekday letters, day, and whether the month turned
/// before it on the line ("Mon 29   Wed 1").
type BoxDay = (usize, String, u32, bool);

/// The boxes of a week line, in order of days; the days may start again from a small number
/// once, where the next month begins.
fn box_days(line: &str) -> Option<Vec<BoxDay>> {
    let mut days: Vec<BoxDay> = Vec::new();
    for (col, p) in pieces(line) {
        let c = box_shaped(&p).then(|| BOX_DAY.captures(&p)).flatten()?;
        let day: u32 = c["d"].parse().ok().filter(|d| (1..=31).contains(d))?;
        let turned = match days.last() {
            Some(&(_, _, prev, turned)) if day <= prev => {
                if turned || prev < 22 || day > 7 {
                    return None;
                }
                true
            }
            Some(&(_, _, _, turned)) => turned,
            None => false,
        };
        days.push((col, c["w"].to_lowercase(), day, turned));
    }
    (!days.is_empty()).then_some(days)
}

/// Whether `piece` has [`BOX_DAY`]'s shape with a day of the month (1-31), read by hand with
/// `char::is_alphabetic` (which every `\p{L}` letter is) for its letters: only a piece that
/// has it is matched against the pattern, so a document without such a piece (most) never
/// compiles it. A piece without it ends the line's reading as the pattern or the day would.
fn box_shaped(piece: &str) -> bool {
    let rest = piece.trim_start_matches(char::is_alphabetic);
    let letters = piece[..piece.len() - rest.len()].chars().count();
    let rest = rest.strip_prefix('.').unwrap_or(rest).trim_start();
    (1..=3).contains(&letters)
        && (1..=2).contains(&rest.len())
        && rest.bytes().all(|b| b.is_ascii_digit())
        && rest.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// The month a line names alone ("Septiembre", "October 2025").
fn month_line(line: &str) -> Option<u32> {
    let mut words = line.split_whitespace();
    let word = words.next()?;
    let rest: Vec<&str> = words.collect();
    let year_only = rest.len() <= 1 && rest.iter().all(|w| w.parse::<u16>().is_ok());
    (word.chars().count() >= 3 && year_only)
        .then(|| month_number(word))
        .flatten()
}

/// Whether the document is a calendar of class-day boxes (see the module's note).
fn is_calendar(lines: &[SourceLine]) -> bool {
    let weeks: Vec<Vec<BoxDay>> = lines.iter().filter_map(|(_, t)| box_days(t)).collect();
    let mut letters: BTreeMap<&str, usize> = BTreeMap::new();
    for week in &weeks {
        for (_, w, _, _) in week {
            *letters.entry(w.as_str()).or_default() += 1;
        }
    }
    weeks.iter().filter(|w| w.len() >= 2).count() >= MIN_WEEKS
        && letters.len() <= 7
        && letters.values().all(|&n| n >= 2)
        && lines.iter().any(|(_, t)| month_line(t).is_some())
}

/// The week being read: its boxes, and how far below its day line text still belongs to them.
struct Week {
    days: Vec<Day>,
    /// For each day, whether it is in the month after the one named above.
    turned: Vec<bool>,
    /// Lines from the day line to the first box text of the first week: a longer gap after a
    /// box's text ends the week (a legend or a note under the last week is no box's).
    reach: Option<usize>,
    closed: bool,
}

/// The rows of a calendar of class-day boxes, or `None` when the document is not one. Lines
/// before the first month and text after the last box are kept as they are.
pub(super) fn rows(lines: &[SourceLine]) -> Option<Vec<SourceLine>> {
    if !is_calendar(lines) {
        return None;
    }
    let mut before: Vec<SourceLine> = Vec::new();
    let mut after: Vec<SourceLine> = Vec::new();
    let mut boxes: Vec<(usize, u32, u32, Vec<String>)> = Vec::new();
    let mut month: Option<u32> = None;
    let mut week = Week {
        days: Vec::new(),
        turned: Vec::new(),
        reach: None,
        closed: false,
    };
    let flush = |week: &mut Week, month: Option<u32>, boxes: &mut Vec<_>| {
        for (Day { day, no, items, .. }, turned) in week.days.drain(..).zip(week.turned.drain(..)) {
            if let Some(m) = month
                && !items.is_empty()
            {
                let m = if turned { m % 12 + 1 } else { m };
                boxes.push((no, m, day, items));
            }
        }
        week.closed = false;
    };
    for (no, text) in lines {
        if let Some(m) = month_line(text) {
            flush(&mut week, month, &mut boxes);
            month = Some(m);
        } else if let Some(days) = box_days(text).filter(|_| month.is_some()) {
            flush(&mut week, month, &mut boxes);
            week.turned = days.iter().map(|d| d.3).collect();
            week.days = days
                .into_iter()
                .map(|(col, _, day, _)| Day {
                    col,
                    day,
                    no: *no,
                    items: Vec::new(),
                    last: *no,
                })
                .collect();
        } else if month.is_none() {
            before.push((*no, text.clone()));
        } else if text.trim().is_empty() {
            continue;
        } else if week.days.is_empty() || week.closed {
            after.push((*no, text.clone()));
        } else {
            box_text(&mut week, *no, text, &mut after);
        }
    }
    flush(&mut week, month, &mut boxes);
    let mut out = before;
    out.push((0, header()));
    for (no, m, day, items) in boxes {
        let Some((first, rest)) = items.split_first() else {
            continue;
        };
        let name = chrono::Month::try_from(u8::try_from(m).ok()?).ok()?.name();
        out.push((no, format!("{name} {day}\t{first}\t{}\t", rest.join("; "))));
    }
    // What follows the boxes (a legend, a note) is set apart from the last row, which it does
    // not continue: after a blank line and without its indent.
    out.push((0, String::new()));
    out.extend(after.into_iter().map(|(no, t)| (no, t.trim().to_string())));
    Some(out)
}

/// A line of box text: each piece goes to the box whose day starts at or left of it; a number
/// in the margin left of the first box is the week's, not text.
fn box_text(week: &mut Week, no: usize, text: &str, after: &mut Vec<SourceLine>) {
    let last = week.days.iter().map(|d| d.last).max().unwrap_or(no);
    let opened = week.days.iter().any(|d| !d.items.is_empty());
    match week.reach {
        Some(reach) if opened && no > last + reach => {
            week.closed = true;
            after.push((no, text.to_string()));
            return;
        }
        None => week.reach = Some(no.saturating_sub(last)),
        _ => {}
    }
    let first_col = week.days.first().map_or(0, |d| d.col);
    let margin_only = pieces(text)
        .iter()
        .all(|(col, p)| col + 1 < first_col && p.chars().all(|c| c.is_ascii_digit()));
    if margin_only {
        // A week number alone in the margin, between two lines of a box's text, does not
        // part them.
        for d in &mut week.days {
            if d.last + 1 == no {
                d.last = no;
            }
        }
        return;
    }
    for (col, piece) in pieces(text) {
        let piece = if col + 1 < first_col {
            let rest = piece
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim();
            if rest.len() == piece.len() {
                piece
            } else {
                rest.to_string()
            }
        } else {
            piece
        };
        if piece.is_empty() {
            continue;
        }
        let at = week
            .days
            .iter()
            .rposition(|d| d.col <= col + 1)
            .unwrap_or(0);
        week.days[at].add(no, piece);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piece_without_the_box_shape_is_never_a_box_day() {
        for p in [
            "M 19",
            "J4",
            "Tue 3",
            "Mi. 12",
            "Ⅻ 3",
            "Tue3x",
            "Tues 3",
            "1 Oct",
            "Oct 123",
            "M",
            "9",
            "Mo\u{a0}4",
            "Çar 5",
            "M 1 2",
            "",
            "N 00",
            "W 32",
            "Fr 31",
        ] {
            let day = BOX_DAY.captures(p).and_then(|c| c["d"].parse::<u32>().ok());
            if day.is_some_and(|d| (1..=31).contains(&d)) {
                assert!(box_shaped(p), "{p:?}");
            }
        }
        assert!(box_shaped("Tu 19") && !box_shaped("Department of X - Fall 2022"));
        assert!(
            !box_shaped("N 00") && !box_shaped("W 32"),
            "no day of the month"
        );
    }

    use crate::syllabus::layout::markdown::numbered_lines as source;

    #[test]
    fn each_box_with_text_is_a_row_on_its_day_of_the_month_above() {
        let text = concat!(
            "  Botany 2, Fall 2025\n",
            "            March\n",
            "    Tu 3                 Th 5\n",
            "\n",
            "    Roots                Stems and\n",
            "1\n",
            "                         leaves\n",
            "    Tu 10                Th 12\n",
            "2 Flowers\n",
            "\n",
            "\n",
            "\n",
            "\n",
            "                         Key: grey boxes are labs\n",
        );
        let rows = rows(&source(text)).expect("a calendar of boxes");
        let texts: Vec<&str> = rows.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "  Botany 2, Fall 2025",
                header().as_str(),
                "March 3\tRoots\t\t",
                "March 5\tStems and leaves\t\t",
                "March 10\tFlowers\t\t",
                "",
                "Key: grey boxes are labs",
            ]
        );
    }

    #[test]
    fn lines_of_lettered_numbers_without_a_month_are_no_calendar() {
        let text = "Room A 12   B 14\nRoom A 13   B 15\nRoom A 14   B 16\n";
        assert!(rows(&source(text)).is_none());
    }
}
