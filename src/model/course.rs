//! A course as plain data: identity, term, zone, links and its events.

use std::collections::{BTreeMap, BTreeSet};

use chrono_tz::Tz;

use super::{Event, Section, Term, make_uid};

/// Everything coursecal knows about one course for one term.
#[derive(Debug, Clone)]
pub struct Course {
    /// Id used in UIDs and file names, e.g. "ceng501".
    pub id: String,
    /// Code, e.g. "CEng 501".
    pub code: String,
    /// Name, e.g. "Deep Learning".
    pub name: String,
    /// The term.
    pub term: Option<Term>,
    /// The term part of UIDs.
    pub term_slug: String,
    /// Time zone.
    pub timezone: Tz,
    /// Course web page.
    pub url: Option<String>,
    /// Public base URL of the published feed folder.
    pub feed_url: Option<String>,
    /// Suggested refresh interval for subscribers (ISO 8601 duration).
    pub refresh: String,
    /// Its sections, when it is taught in several; empty for one class.
    pub sections: Vec<Section>,
    /// Events in start order; cancelled ones included and marked.
    pub events: Vec<Event>,
    /// Warnings from the syllabus and the overrides.
    pub warnings: Vec<Warning>,
}

impl Course {
    /// Code and name for titles, e.g. "CEng 501 Deep Learning".
    pub fn display_name(&self) -> String {
        // A course without a code goes by its name alone (see `course::build`).
        if self.name.is_empty() || self.name == self.code {
            self.code.clone()
        } else {
            format!("{} {}", self.code, self.name)
        }
    }

    /// The event with this UID.
    pub fn event(&self, uid: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.uid == uid)
    }

    /// The section with this name.
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }

    /// Slug of the term, e.g. "fall2022".
    pub fn term_slug(&self) -> String {
        self.term_slug.clone()
    }

    /// The UID an earlier coursecal published and recorded an event under, by the event's
    /// UID now, for events whose key it made differently ([`Event::former_key`]). A former UID
    /// that two events would claim, or that is another event's own UID, is left out: it
    /// cannot say which event it was.
    pub fn former_uids(&self) -> BTreeMap<String, String> {
        let mut claims: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for e in &self.events {
            if let Some(key) = &e.former_key {
                let former = make_uid(&self.id, &self.term_slug, key);
                claims.entry(former).or_default().push(&e.uid);
            }
        }
        let own: BTreeSet<&str> = self.events.iter().map(|e| e.uid.as_str()).collect();
        claims
            .into_iter()
            .filter_map(|(former, uids)| match uids[..] {
                [uid] if !own.contains(former.as_str()) => Some((uid.to_string(), former)),
                _ => None,
            })
            .collect()
    }

    /// `map`, keyed by UIDs as an earlier coursecal wrote them, keyed by the events' UIDs now:
    /// an entry under a former UID moves to its event's UID unless that one has an entry.
    pub fn with_current_uids<V>(&self, mut map: BTreeMap<String, V>) -> BTreeMap<String, V> {
        for (uid, former) in self.former_uids() {
            if !map.contains_key(&uid)
                && let Some(v) = map.remove(&former)
            {
                map.insert(uid, v);
            }
        }
        map
    }
}

/// A line set aside or a doubt about it, with the 1-based line number (0: the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line number, or 0 when the warning is about the whole file.
    pub line: usize,
    /// What was wrong and what was done about it.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventKind;

    fn course(events: &[(&str, Option<&str>)]) -> Course {
        let day = chrono::NaiveDate::from_ymd_opt(2022, 11, 1).unwrap();
        Course {
            id: "c".into(),
            code: "C 1".into(),
            name: String::new(),
            term: None,
            term_slug: "fall2022".into(),
            timezone: chrono_tz::UTC,
            url: None,
            feed_url: None,
            refresh: "PT6H".into(),
            sections: Vec::new(),
            events: events
                .iter()
                .map(|(key, former)| Event {
                    former_key: former.map(Into::into),
                    ..Event::all_day_for_tests(key, EventKind::Other, day, chrono_tz::UTC)
                })
                .collect(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn a_former_uid_names_one_event_or_none() {
        let c = course(&[
            ("other-ubung-1", Some("other-bung-1")),
            // Two events the earlier fold made one key: neither may claim it.
            ("other-lodz", Some("other-d")),
            ("other-lodz-2", Some("other-d")),
            // A former key that is another event's own key now.
            ("other-grosse", Some("other-gr-e")),
            ("other-gr-e", None),
        ]);
        assert_eq!(
            c.former_uids(),
            BTreeMap::from([(
                "c-fall2022-other-ubung-1@coursecal".to_string(),
                "c-fall2022-other-bung-1@coursecal".to_string()
            )])
        );
        let published = BTreeMap::from([
            ("c-fall2022-other-bung-1@coursecal".to_string(), 1),
            ("c-fall2022-other-d@coursecal".to_string(), 2),
        ]);
        assert_eq!(
            c.with_current_uids(published),
            BTreeMap::from([
                ("c-fall2022-other-d@coursecal".to_string(), 2),
                ("c-fall2022-other-ubung-1@coursecal".to_string(), 1),
            ])
        );
    }
}
