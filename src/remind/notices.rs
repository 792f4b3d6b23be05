//! Change-notice planning (pure): which notices a pass sends, given the course as it is now,
//! the versions students were last told of (in the ledger), the `[notices]` settings and `now`.
//!
//! The announced version of an event moves on only when its notice has reached every
//! recipient (or when a change is not announced at all), so several edits between two passes
//! make one notice (old → latest), an event moved back to where it was announced makes none,
//! and a pass that dies mid fan-out finds the same notice (same key, same Message-ID) to finish.

use chrono::{DateTime, Utc};

use crate::course::settings::NoticeSettings;
use crate::model::Course;
use crate::remind::changes::{Change, Difference, Version, compare, course_versions};
use crate::remind::compose::fnv64;
use crate::remind::ledger::{Announcement, Ledger};

/// One notice to send: its ledger key and the change it tells of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// `uid|notice-<hash of both versions>|<start>`: the same change, the same key.
    pub key: String,
    /// The change.
    pub change: Change,
    /// The differences the notice tells of (those the settings announce).
    pub told: Vec<Difference>,
}

impl Notice {
    /// What the ledger records once every recipient has it.
    pub fn done(&self, at: DateTime<Utc>) -> Announcement {
        Announcement::Update {
            versions: vec![(self.change.uid.clone(), self.change.new.clone())],
            notices: vec![crate::remind::ledger::NoticeRecord {
                key: self.key.clone(),
                uid: self.change.uid.clone(),
                at,
                old: self.change.old.clone(),
                new: self.change.new.clone(),
            }],
        }
    }
}

/// What a pass does about notices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoticePlan {
    /// Recorded first, sending nothing: the baseline (first pass), or dropping it (notices off).
    pub setup: Option<Announcement>,
    /// Changes nobody is told of (not announced for the kind, a rename, an event over):
    /// taken as announced, in one write.
    pub quiet: Vec<(String, Option<Version>)>,
    /// The notices to send, in start order.
    pub notices: Vec<Notice>,
}

/// The notices of a pass at `now`.
pub fn plan_notices(
    course: &Course,
    settings: &NoticeSettings,
    ledger: &Ledger,
    now: DateTime<Utc>,
) -> NoticePlan {
    let mut plan = NoticePlan::default();
    if !settings.enabled {
        plan.setup = ledger.announced.as_ref().map(|_| Announcement::Clear);
        return plan;
    }
    let current = course_versions(course);
    let Some(announced) = &ledger.announced else {
        plan.setup = Some(Announcement::Baseline {
            at: now,
            versions: current,
        });
        return plan;
    };
    for change in compare(&announced.versions, &current) {
        let latest = change.latest();
        let kind = latest.event_kind();
        let told: Vec<Difference> = change
            .differences
            .iter()
            .copied()
            .filter(|d| d.notice().is_some_and(|n| settings.announces(kind, n)))
            .collect();
        if told.is_empty() || latest.over(now) {
            plan.quiet.push((change.uid.clone(), change.new.clone()));
            continue;
        }
        // The same move made twice (24 Nov → 22 Nov, later again) is two notices: the key
        // counts the notices this event already had.
        let earlier = ledger
            .notices
            .iter()
            .filter(|r| r.uid == change.uid)
            .count();
        plan.notices.push(Notice {
            key: notice_key(&change, earlier),
            change,
            told,
        });
    }
    plan
}

/// The ledger key of a notice: the event, a hash of both versions and of how many notices
/// the event had before (`earlier`), the latest start.
pub fn notice_key(change: &Change, earlier: usize) -> String {
    let json = |v: &Option<Version>| serde_json::to_string(v).unwrap_or_default();
    let h = fnv64(format!("{}\n{}\n{earlier}", json(&change.old), json(&change.new)).as_bytes());
    format!(
        "{}|notice-{h:016x}|{}",
        change.uid,
        change.latest().start.format("%Y%m%dT%H%M%SZ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, When};
    use crate::remind::ledger::{LedgerStore, MemoryLedger};

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn course() -> Course {
        crate::course::build::reference_course(&Default::default())
    }

    fn event<'a>(c: &'a mut Course, key: &str) -> &'a mut Event {
        c.events.iter_mut().find(|e| e.key == key).unwrap()
    }

    fn shift(e: &mut Event, days: i64) {
        if let When::Timed { start, end } = &mut e.when {
            *start += chrono::Duration::days(days);
            *end = end.map(|t| t + chrono::Duration::days(days));
        }
    }

    /// A ledger with the baseline of the reference course recorded at `now`.
    fn baseline(now: DateTime<Utc>) -> MemoryLedger {
        let mut l = MemoryLedger::default();
        let p = plan_notices(&course(), &NoticeSettings::default(), l.ledger(), now);
        assert!(p.notices.is_empty(), "the first pass sends nothing");
        l.announce(&p.setup.unwrap()).unwrap();
        l
    }

    const NOW: &str = "2022-11-15T12:00:00Z";

    #[test]
    fn the_first_pass_records_the_baseline_and_sends_nothing() {
        let l = baseline(at(NOW));
        assert_eq!(
            l.ledger.announced.as_ref().unwrap().versions.len(),
            course().events.len()
        );
    }

    #[test]
    fn a_moved_deadline_sends_one_notice_and_none_once_it_is_done() {
        let mut l = baseline(at(NOW));
        let mut c = course();
        shift(event(&mut c, "deadline-hw2"), 2);
        let p = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        assert_eq!(p.notices.len(), 1);
        assert_eq!(p.notices[0].told, [Difference::Moved]);
        l.announce(&p.notices[0].done(at(NOW))).unwrap();
        let again = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        assert!(again.notices.is_empty() && again.quiet.is_empty());
        assert_eq!(l.ledger.notices.len(), 1);
    }

    #[test]
    fn several_edits_make_one_notice_from_the_announced_version_to_the_latest() {
        let l = baseline(at(NOW));
        let mut c = course();
        shift(event(&mut c, "deadline-hw2"), 2);
        let first = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        shift(event(&mut c, "deadline-hw2"), 1);
        let p = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        assert_eq!(p.notices.len(), 1);
        assert_ne!(p.notices[0].key, first.notices[0].key);
        let hw2 = &course()
            .events
            .iter()
            .find(|e| e.key == "deadline-hw2")
            .unwrap()
            .clone();
        let old = p.notices[0].change.old.as_ref().unwrap();
        assert_eq!(
            old.start,
            hw2.when.start_instant(c.timezone).with_timezone(&Utc)
        );
    }

    #[test]
    fn an_event_moved_back_to_where_it_was_announced_sends_nothing() {
        let l = baseline(at(NOW));
        let mut c = course();
        shift(event(&mut c, "deadline-hw2"), 2);
        shift(event(&mut c, "deadline-hw2"), -2);
        let p = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        assert_eq!(p, NoticePlan::default());
    }

    #[test]
    fn a_lecture_room_change_is_quiet_but_its_cancellation_is_announced() {
        let l = baseline(at(NOW));
        let mut c = course();
        event(&mut c, "lecture-9").location = Some("BMB1".into());
        event(&mut c, "lecture-10").cancelled = true;
        let p = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        assert_eq!(p.notices.len(), 1);
        assert!(p.notices[0].change.uid.contains("lecture-10"));
        assert_eq!(p.notices[0].told, [Difference::Cancelled]);
        assert_eq!(p.quiet.len(), 1);
        assert!(p.quiet[0].0.contains("lecture-9"));
    }

    #[test]
    fn nothing_for_an_event_already_over() {
        let l = baseline(at(NOW));
        let mut c = course();
        event(&mut c, "deadline-hw1").location = Some("Room 1".into());
        let p = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        assert!(p.notices.is_empty());
        assert_eq!(p.quiet.len(), 1);
    }

    #[test]
    fn turned_off_no_notices_and_the_baseline_is_dropped() {
        let l = baseline(at(NOW));
        let mut c = course();
        shift(event(&mut c, "deadline-hw2"), 2);
        let off = NoticeSettings {
            enabled: false,
            ..NoticeSettings::default()
        };
        let p = plan_notices(&c, &off, l.ledger(), at(NOW));
        assert!(p.notices.is_empty());
        assert_eq!(p.setup, Some(Announcement::Clear));
    }

    #[test]
    fn the_same_change_has_the_same_key() {
        let l = baseline(at(NOW));
        let mut c = course();
        shift(event(&mut c, "deadline-hw2"), 2);
        let a = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        let b = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        assert_eq!(a.notices[0].key, b.notices[0].key);
        assert!(a.notices[0].key.contains("|notice-"));
    }

    #[test]
    fn a_lecture_cancelled_and_then_put_back_is_announced_both_times() {
        let mut l = baseline(at(NOW));
        let mut c = course();
        event(&mut c, "lecture-10").cancelled = true;
        let p = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        l.announce(&p.notices[0].done(at(NOW))).unwrap();
        event(&mut c, "lecture-10").cancelled = false;
        let p = plan_notices(&c, &NoticeSettings::default(), l.ledger(), at(NOW));
        assert_eq!(p.notices.len(), 1);
        assert_eq!(p.notices[0].told, [Difference::Restored]);
        assert!(
            crate::remind::compose_notice::notice_subject(
                &c,
                &p.notices[0],
                crate::course::settings::Language::En
            )
            .starts_with("[CEng 501] Back on: Applications of Transformers Tue 6 Dec 09:40")
        );
    }
}
