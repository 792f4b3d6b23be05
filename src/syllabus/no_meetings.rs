//! A course that says it has no class meetings (self-paced, asynchronous online) and names no
//! lecture slot: its dated rows open weeks or modules of work, and no lecture is made for
//! them. Their deadlines, releases and exams stand.

use std::sync::LazyLock;

use crate::syllabus::lean::Lean;

use super::Context;
use super::lean::lean;
use super::lexicon::NO_MEETINGS_PATTERN;
use super::rows::WeekRow;

static NO_MEETINGS: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)\b(?:{NO_MEETINGS_PATTERN})\b")));

/// Makes the rows no classes when a header line (before the schedule) says the course does
/// not meet; says so once, on that line.
pub(super) fn apply(header: &[(usize, String)], rows: &mut [WeekRow], cx: &mut Context) {
    let Some((line, _)) = header.iter().find(|(_, text)| NO_MEETINGS.is_match(text)) else {
        return;
    };
    if rows.iter().all(|r| r.no_class) {
        return;
    }
    for r in rows.iter_mut() {
        r.no_class = true;
    }
    cx.warn(
        *line,
        "the syllabus says the course has no class meetings and names no lecture slot: no lectures are made for the schedule's rows; add [[meeting]] entries to the course file if it meets",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_that_say_there_are_no_meetings() {
        for line in [
            "This course is self-paced and online.",
            "The course is fully asynchronous.",
            "An asynchronous online course: work through one module a week.",
            "There are no scheduled class meetings.",
            "Este curso es asíncrono.",
        ] {
            assert!(NO_MEETINGS.is_match(line), "{line}");
        }
        for line in [
            "Recordings let you catch up asynchronously if you miss class.",
            "No class meetings during reading week.",
            "Lectures: Tuesday 10-12",
        ] {
            assert!(!NO_MEETINGS.is_match(line), "{line}");
        }
    }
}
