//! Numbered work listed bare in a work column ("PS1", "HW 2", "Problem Set 5") when the
//! document states when listed work falls due ("All problem sets are due the following
//! Tuesday by 11:59pm"): the row's day hands it out and the rule's weekday after it takes it
//! in. Without such a rule a bare name says neither, and it stays set aside.

use crate::model::EventKind;
use crate::syllabus::activity::{Activity, parse_cell};
use crate::syllabus::standing_due::StandingDue;

/// The release and the deadline of a bare listed item, when it is numbered work.
pub(in crate::syllabus::rows) fn read(text: &str, rule: StandingDue) -> Option<Vec<Activity>> {
    let name = text.trim().trim_matches(|c: char| !c.is_alphanumeric());
    if name.is_empty() || !name.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // The work words read it as work once a deadline verb follows it ("PS1 due").
    let (found, unread) = parse_cell(&format!("{name} due"));
    let [due] = found.as_slice() else {
        return None;
    };
    if unread.is_some() || due.kind != EventKind::Deadline || !due.is_homework {
        return None;
    }
    let due = Activity {
        weekday: Some(rule.day),
        time: due.time.or(rule.time),
        ..due.clone()
    };
    let release = Activity {
        is_homework: true,
        ..Activity::bare(EventKind::Release, due.label.clone())
    };
    Some(vec![release, due])
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveTime, Weekday};

    fn tuesday() -> StandingDue {
        StandingDue {
            day: Weekday::Tue,
            time: NaiveTime::from_hms_opt(23, 59, 0),
        }
    }

    #[test]
    fn a_bare_numbered_problem_set_is_released_and_due_on_the_rules_day() {
        for text in ["PS3", "PS 3", "HW3:", "Problem Set 3"] {
            let acts = read(text, tuesday()).expect(text);
            let kinds: Vec<EventKind> = acts.iter().map(|a| a.kind).collect();
            assert_eq!(kinds, [EventKind::Release, EventKind::Deadline], "{text}");
            assert_eq!(acts[1].weekday, Some(Weekday::Tue));
            assert_eq!(acts[1].time, NaiveTime::from_hms_opt(23, 59, 0));
        }
    }

    #[test]
    fn words_without_a_number_or_no_work_word_are_not_listed_work() {
        assert!(read("Presentations", tuesday()).is_none());
        assert!(read("Chapter 3", tuesday()).is_none());
        assert!(read("Room 3", tuesday()).is_none());
    }
}
