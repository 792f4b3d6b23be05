//! The university's academic calendar copied into a syllabus ("January 12  Last day to add a
//! class", "March 14  Tuition payment due"): dated lines, but the registrar's dates, not the
//! course's. Read as rows they become lectures on every registration deadline.
//!
//! A dated line starts an entry, which runs over the undated lines below it up to a blank
//! line, a header or the next dated line. An entry is administrative when its text says what
//! a calendar office says ([`REGISTRAR_PATTERN`]). A run of entries, most of them
//! administrative (at least [`MIN_ADMIN`], and no more than [`MAX_GAP`] others in a row
//! between them), is the calendar: every line of it is set aside. A lone "Last day to drop"
//! in a course's own table stays where it is.

use std::ops::RangeInclusive;
use std::sync::LazyLock;

use super::roles;
use crate::syllabus::Context;
use crate::syllabus::dates::find_date;
use crate::syllabus::layout::Line;
use crate::syllabus::lean::{Yes, yes};
use crate::syllabus::lexicon::REGISTRAR_PATTERN;
use crate::syllabus::text::squash;

/// Administrative entries a run needs to be a calendar.
const MIN_ADMIN: usize = 3;
/// Other entries in a row a run may hold between two administrative ones.
const MAX_GAP: usize = 2;
/// Undated lines an entry takes below its dated line.
const MAX_LINES: usize = 6;

static REGISTRAR: LazyLock<Yes> = LazyLock::new(|| yes(&format!(r"(?i){REGISTRAR_PATTERN}")));

/// A dated line and the undated lines below it.
#[derive(Debug)]
struct Entry {
    first: usize,
    last: usize,
    admin: bool,
}

/// Whether a row's topic opens with a registrar's date (`Last day to drop`, `Last day for
/// CR/NCR`): the row is dated by that note, not by a class, so on a day the lecture slot never
/// meets it gives no lecture.
pub(super) fn registrar_note(topic: &str) -> bool {
    // The unanchored pattern, compiled for every document already, turns most topics away
    // before the anchored one is compiled at all.
    static OPENS: LazyLock<Yes> = LazyLock::new(|| yes(&format!(r"(?i)^(?:{REGISTRAR_PATTERN})")));
    REGISTRAR.is_match(topic) && OPENS.is_match(topic.trim_start())
}

/// The line ranges (first to last line number) that are an academic calendar.
pub(super) fn find(lines: &[Option<Line>]) -> Vec<RangeInclusive<usize>> {
    let entries = entries(lines);
    let mut out = Vec::new();
    let mut i = 0;
    while i < entries.len() {
        if !entries[i].admin {
            i += 1;
            continue;
        }
        let (end, admin) = run_from(&entries, i);
        let total = end - i + 1;
        if admin >= MIN_ADMIN && admin * 3 >= total * 2 {
            out.push(entries[i].first..=entries[end].last);
        }
        i = end + 1;
    }
    out
}

/// The last entry of the run that starts at administrative entry `i`, and how many of its
/// entries are administrative.
fn run_from(entries: &[Entry], i: usize) -> (usize, usize) {
    let (mut end, mut admin, mut gap) = (i, 1, 0);
    for (j, e) in entries.iter().enumerate().skip(i + 1) {
        if e.admin {
            end = j;
            admin += 1;
            gap = 0;
        } else {
            gap += 1;
            if gap > MAX_GAP {
                break;
            }
        }
    }
    (end, admin)
}

fn entries(lines: &[Option<Line>]) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut open = false;
    let mut below = 0;
    for line in lines.iter().flatten() {
        if line.is_blank() || roles::read_header(line).is_some() {
            open = false;
            continue;
        }
        let text = squash(&line.cells.join(" "));
        if find_date(&text).is_some() {
            out.push(Entry {
                first: line.no,
                last: line.no,
                admin: REGISTRAR.is_match(&text),
            });
            open = true;
            below = 0;
        } else if open
            && below < MAX_LINES
            && let Some(e) = out.last_mut()
        {
            below += 1;
            e.last = line.no;
            e.admin |= REGISTRAR.is_match(&text);
        }
    }
    out
}

/// Says, once at its first line, that a calendar was set aside.
pub(super) fn warn(range: &RangeInclusive<usize>, line: &Line, cx: &mut Context) {
    if line.no == *range.start() {
        cx.warn(
            line.no,
            format!(
                "set aside: lines {}-{} are the university's academic calendar (registration, tuition, last days to add or drop), not this course's schedule",
                range.start(),
                range.end()
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::layout;

    fn calendar(text: &str) -> Vec<RangeInclusive<usize>> {
        let lines: Vec<String> = text.lines().map(String::from).collect();
        find(&layout::read(&lines))
    }

    #[test]
    fn a_run_of_registrar_dates_is_the_academic_calendar() {
        let doc = "KEY DATES\nAug 28   Classes begin\nSep 1    Last day to add a course\n         Fees payable\nSep 4    Labor Day\nSep 15   Tuition payment deadline\n\nWeek  Date    Topic\n1     Aug 29  Tides\n2     Sep 5   Waves\n";
        assert_eq!(calendar(doc), [2..=6]);
    }

    #[test]
    fn a_lone_last_day_to_drop_in_the_course_table_stays() {
        let doc = "Week  Date    Topic\n1     Aug 29  Tides\n2     Sep 5   Waves, last day to drop a course\n3     Sep 12  Currents\n4     Sep 19  Ice\n";
        assert!(calendar(doc).is_empty());
    }

    #[test]
    fn registrar_notes_scattered_through_a_course_table_do_not_make_it_a_calendar() {
        let doc = "Aug 29  Tides\nSep 1   Last day to add\nSep 5   Waves\nSep 8   Registration for spring\nSep 12  Currents\nSep 19  Ice\nSep 20  Last day to drop\nSep 26  Storms\n";
        assert!(calendar(doc).is_empty());
    }
}
