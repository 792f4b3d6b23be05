//! Several rows that give a lecture at the same moment are one meeting told in parts: a table
//! that numbers the units of one class ("1.1 Intro", "1.2 Tools", both on the week's Monday)
//! or writes each topic of the day on its own row. A room holds one lecture at a time, so they
//! are one lecture whose title joins the parts.

use crate::model::Event;

/// The lectures with those that start at the same moment as an earlier one (same `when`)
/// folded into it: its title and description gain theirs, its key stays.
pub(super) fn fold(events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for ev in events {
        match out.iter_mut().find(|e| e.when == ev.when) {
            Some(first) => join(first, ev),
            None => out.push(ev),
        }
    }
    out
}

fn join(first: &mut Event, part: Event) {
    if !first.title.split("; ").any(|t| t == part.title) {
        first.title.push_str("; ");
        first.title.push_str(&part.title);
    }
    if !part.description.is_empty() && !first.description.contains(&part.description) {
        if !first.description.is_empty() {
            first.description.push_str("\n\n");
        }
        first.description.push_str(&part.description);
    }
    if first.location.is_none() {
        first.location = part.location;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventKind, When};
    use chrono::NaiveDate;

    fn lecture(key: &str, title: &str, day: u32) -> Event {
        let date = NaiveDate::from_ymd_opt(2024, 10, day).unwrap();
        Event {
            uid: key.into(),
            key: key.into(),
            kind: EventKind::Lecture,
            title: title.into(),
            description: String::new(),
            when: When::AllDay(date),
            timezone: chrono_tz::UTC,
            location: None,
            week: Some(1),
            homework: None,
            source_line: Some(1),
            cancelled: false,
            section: None,
            former_key: None,
        }
    }

    #[test]
    fn parts_of_one_class_on_one_day_are_one_lecture() {
        let out = fold(vec![
            lecture("lecture-1-1", "Sets", 7),
            lecture("lecture-1-2", "Maps", 7),
            lecture("lecture-2", "Trees", 14),
        ]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].key, "lecture-1-1");
        assert_eq!(out[0].title, "Sets; Maps");
        assert_eq!(out[1].title, "Trees");
    }

    #[test]
    fn lectures_on_different_days_stay_apart() {
        let out = fold(vec![
            lecture("lecture-1-1", "Sets", 7),
            lecture("lecture-1-2", "Sets", 9),
        ]);
        assert_eq!(out.len(), 2);
    }
}
