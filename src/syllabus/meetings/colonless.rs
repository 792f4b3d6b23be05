//! Clock times written without their colon, as some slot lines give them with am/pm:
//! "Thursday 1015am-12pm", "Friday 1215pm-2pm", "Tue 1015-1130am". The hour and minutes
//! are read apart only where an am/pm mark says the four digits are a time (an end with its
//! mark covers a start before it): a year, a room or a course number ("2023", "Room 1015")
//! stays as it is, and so does a 24-hour range without marks ("0900-1100", read elsewhere).

use crate::syllabus::lean::Lean;
use crate::syllabus::lean::lean;
use crate::syllabus::lean::{Groups, replace_all_groups};
use std::borrow::Cow;
use std::sync::LazyLock;

/// A 12-hour clock hour and its minutes run together, with its am/pm mark.
const HOUR_MINUTES: &str = r"\b(1[0-2]|0?[1-9])([0-5][0-9])(\s*[ap]\.?m\b)";

/// The same before a dash and an end that carries the mark ("1015-12pm", "1015-11:30am").
const BEFORE_MARKED_END: &str =
    r"\b(1[0-2]|0?[1-9])([0-5][0-9])(\s*[-–]\s*(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?\s*[ap]\.?m\b)";

/// The line with a colon put between the hour and the minutes of each such time.
pub(super) fn with_colons(line: &str) -> Cow<'_, str> {
    static MARKED: LazyLock<Lean> = LazyLock::new(|| lean(&format!("(?i){HOUR_MINUTES}")));
    static BEFORE: LazyLock<Lean> = LazyLock::new(|| lean(&format!("(?i){BEFORE_MARKED_END}")));
    // Cheap first: a run of three or four digits right before an am/pm letter or a dash.
    if !colonless_run(line.as_bytes()) {
        return Cow::Borrowed(line);
    }
    // "$1:$2$3": the colon put between the hour and the minutes.
    let colon = |c: &Groups<'_>| format!("{}:{}{}", &c[1], &c[2], &c[3]);
    let marked = replace_all_groups(&MARKED, line, colon);
    match replace_all_groups(&BEFORE, &marked, colon) {
        Cow::Borrowed(_) => marked,
        Cow::Owned(s) => Cow::Owned(s),
    }
}

/// Whether a run of three or four digits stands right before "a", "p" or a dash (a space
/// between allowed), as a colon-less time does.
fn colonless_run(bytes: &[u8]) -> bool {
    let mut run = 0;
    for (i, b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            run += 1;
            continue;
        }
        if (3..=4).contains(&run) {
            let next = if *b == b' ' {
                bytes.get(i + 1)
            } else {
                Some(b)
            };
            if next.is_some_and(|n| b"aApP-".contains(n) || *n == 0xE2) {
                return true;
            }
        }
        run = 0;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_with_am_pm_and_no_colon_get_their_colon() {
        assert_eq!(
            with_colons("Thursday 1015am-12pm and Friday 1015-12pm"),
            "Thursday 10:15am-12pm and Friday 10:15-12pm"
        );
        assert_eq!(with_colons("Friday 1215pm-2pm"), "Friday 12:15pm-2pm");
        assert_eq!(with_colons("Tue 930-1045 am"), "Tue 9:30-10:45 am");
    }

    #[test]
    fn years_rooms_and_unmarked_ranges_stay_as_they_are() {
        for line in [
            "Fall 2023, Room 1015",
            "Mon 0900-1100 in B 1215",
            "Lectures 2023-2024, 2pm",
            "Course 1015 meets Tuesdays",
        ] {
            assert_eq!(with_colons(line), line);
        }
    }
}
