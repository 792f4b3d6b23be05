//! The date a deadline's verb governs: in "Reading quiz 1, on 1.3, 2.1 and 2.2. Due: January
//! 20" the work falls due on the date right after "Due", not on the first thing that reads as
//! a date ("2.1", a section number). Only a date within a few words of the verb counts.

use crate::syllabus::dates::{DateSpan, find_date};

use super::DEADLINE_RE;

/// Most characters between the verb and its date: ": ", " on ", " by Monday, ".
const MOST_GAP: usize = 14;

/// The date written right after a deadline verb in `body`, with where it starts, when it is
/// not the first date of `body` (`first` starts at `first_at`): otherwise the first date is
/// that date already and nothing is looked up.
pub(super) fn governed(body: &str, first_at: usize) -> Option<(usize, DateSpan)> {
    // Cheap test first: a verb after the first date's start (most bodies have none).
    let verb = DEADLINE_RE.find(body.get(first_at..)?)?;
    let after = first_at + verb.end();
    let (at, d) = find_date(&body[after..])?;
    let gap = &body[after..after + at];
    (at <= MOST_GAP && !gap.contains(['.', ';'])).then_some((after + at, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_after_the_due_word_wins_over_section_numbers_before_it() {
        let body = ", on 1.3, 1.4, 2.1 and 2.2. Due: January 20, 12:40 AM";
        let (first_at, _) = find_date(body).expect("a first date");
        let (at, _) = governed(body, first_at).expect("the due date");
        assert!(body[at..].starts_with("January 20"), "{}", &body[at..]);
    }

    #[test]
    fn a_due_word_far_from_any_date_governs_none() {
        let body = " Oct 3: read chapter 2, the report is due at the end of the week (Oct 7)";
        let (first_at, _) = find_date(body).expect("a first date");
        assert!(governed(body, first_at).is_none());
    }
}
