//! Reminder planning (pure): which reminder of which event is due, given the ledger and `now`.

use std::fmt;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::course::settings::{Lead, ReminderSettings};
use crate::model::Course;
use crate::model::Event;
use crate::remind::ledger::{Delivery, Ledger};

/// One reminder of the term: event E with lead L, due at E.start − L.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// Ledger key: event UID, lead and event start, so moving an event re-arms its reminders.
    pub key: String,
    /// The event's UID.
    pub uid: String,
    /// The lead.
    pub lead: Lead,
    /// When it is due.
    pub due: DateTime<Utc>,
    /// When the event begins.
    pub event_start: DateTime<Utc>,
}

/// Where a reminder stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum Status {
    /// Not due yet.
    Pending,
    /// Due now and not yet delivered to every recipient.
    Due,
    /// Due now; the last attempt failed for a reason that may pass (4xx, a refused
    /// connection or login, a TLS failure, a timeout).
    Retrying {
        /// When the last attempt failed.
        at: DateTime<Utc>,
        /// Why.
        reason: String,
    },
    /// Delivered to every recipient; `at` is the last delivery.
    Sent {
        /// Time of the last delivery.
        at: DateTime<Utc>,
    },
    /// At least one recipient failed permanently.
    Failed {
        /// The server's answer.
        reason: String,
    },
    /// A more urgent reminder of the same event went out instead.
    Superseded {
        /// The lead that replaced it.
        by: String,
    },
    /// Due while no pass ran: the event began before any pass could send it. Not retried,
    /// since a reminder after the start would be too late.
    Missed {
        /// Recipients it never reached.
        recipients: usize,
    },
    /// Never to be sent: the event was cancelled, or there is nobody to send it to.
    Skipped {
        /// Why.
        why: String,
    },
}

impl Status {
    /// True when the next pass sends it.
    pub fn is_due(&self) -> bool {
        matches!(self, Status::Due | Status::Retrying { .. })
    }

    /// The status with times in the course's zone, as the DUE column shows them.
    pub fn describe(&self, tz: chrono_tz::Tz) -> String {
        let local = |at: &DateTime<Utc>| at.with_timezone(&tz).format("%a %Y-%m-%d %H:%M");
        match self {
            Status::Sent { at } => format!("sent at {}", local(at)),
            Status::Retrying { at, reason } => {
                format!("due now, retrying (last attempt {}: {reason})", local(at))
            }
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Pending => f.write_str("pending"),
            Status::Due => f.write_str("due now"),
            Status::Retrying { at, reason } => write!(
                f,
                "due now, retrying (last attempt {}: {reason})",
                at.format("%Y-%m-%d %H:%M UTC")
            ),
            Status::Sent { at } => write!(f, "sent at {}", at.format("%Y-%m-%d %H:%M UTC")),
            Status::Failed { reason } => write!(f, "failed: {reason}"),
            Status::Superseded { by } => write!(f, "superseded by {by}"),
            Status::Missed { .. } => f.write_str("missed: no pass ran before the event began"),
            Status::Skipped { why } => write!(f, "skipped: {why}"),
        }
    }
}

/// A reminder and its status at `now`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// The reminder.
    pub reminder: Reminder,
    /// Its status.
    pub status: Status,
    /// Recipients it still has to reach, listed only while it can be sent (`Due`, `Retrying`);
    /// empty otherwise.
    pub outstanding: Vec<String>,
    /// Recipients for whom a more urgent lead replaces it now: (recipient, that lead).
    pub superseded: Vec<(String, String)>,
}

/// Every reminder of the term, in due order.
pub fn reminders(course: &Course, settings: &ReminderSettings) -> Vec<Reminder> {
    let mut out = Vec::new();
    for e in &course.events {
        let Some(leads) = settings.leads.get(&e.kind) else {
            continue;
        };
        let start = e.when.start_instant(course.timezone).with_timezone(&Utc);
        for lead in leads {
            out.push(Reminder {
                key: reminder_key(e, lead, start),
                uid: e.uid.clone(),
                lead: lead.clone(),
                due: start - lead.duration,
                event_start: start,
            });
        }
    }
    out.sort_by(|a, b| (a.due, &a.key).cmp(&(b.due, &b.key)));
    out
}

/// The ledger key of a reminder.
pub fn reminder_key(e: &Event, lead: &Lead, start: DateTime<Utc>) -> String {
    format!("{}|{}|{}", e.uid, lead.name, start.format("%Y%m%dT%H%M%SZ"))
}

/// Which sections' events each recipient is owed, for a course taught in sections: a
/// recipient key with `Some(section name)` gets that section's events and the shared ones,
/// with `None` (a student in no known section) the shared ones only; a recipient not in the
/// map (a list address, or any recipient of a course without sections) gets every event.
pub type Audience = std::collections::HashMap<String, Option<String>>;

/// The status of every reminder at `now`, given the ledger and the recipients.
///
/// Supersession is decided per recipient: when several leads of one event are due for the
/// same recipient at once (after downtime, or for a student who just joined), only the most
/// urgent goes to them and the others are superseded for them. A reminder whose event has
/// begun is never sent.
pub fn plan(
    course: &Course,
    settings: &ReminderSettings,
    ledger: &Ledger,
    recipients: &[String],
    now: DateTime<Utc>,
) -> Vec<Planned> {
    plan_for(course, settings, ledger, recipients, &Audience::new(), now)
}

/// [`plan`] for recipients of whom some are owed only some sections' events (`audience`).
pub fn plan_for(
    course: &Course,
    settings: &ReminderSettings,
    ledger: &Ledger,
    recipients: &[String],
    audience: &Audience,
    now: DateTime<Utc>,
) -> Vec<Planned> {
    let all = reminders(course, settings);
    let p = Planning {
        cancelled: course
            .events
            .iter()
            .filter(|e| e.cancelled)
            .map(|e| e.uid.as_str())
            .collect(),
        sections: course
            .events
            .iter()
            .filter_map(|e| Some((e.uid.as_str(), e.section.as_deref()?)))
            .collect(),
        audience,
        ledger,
        recipients,
        now,
    };
    let urgent = p.most_urgent(&all);
    all.iter().map(|r| p.planned(r, &urgent)).collect()
}

/// For each (event UID, recipient): the most urgent lead that is due and still owed to them.
type Urgent<'r> = std::collections::HashMap<(&'r str, &'r str), (Duration, &'r str)>;

/// What a plan is made against: the ledger, the recipients, `now`.
struct Planning<'a> {
    cancelled: Vec<&'a str>,
    /// The section of each section's own event, by UID.
    sections: std::collections::HashMap<&'a str, &'a str>,
    audience: &'a Audience,
    ledger: &'a Ledger,
    recipients: &'a [String],
    now: DateTime<Utc>,
}

impl Planning<'_> {
    /// The recipients an event's reminders are for: everyone for a shared event, else those
    /// of its section and those owed every event.
    fn audience_of<'s>(&'s self, uid: &str) -> impl Iterator<Item = &'s String> + 's {
        let section = self.sections.get(uid).copied();
        // A shared event is everyone's: no per-recipient lookup (rosters are large).
        self.recipients.iter().filter(move |to| {
            section.is_none_or(|s| match self.audience.get(*to) {
                None => true,
                Some(mine) => mine.as_deref() == Some(s),
            })
        })
    }

    /// True once `to` got the reminder, refused it for good, or had it superseded.
    /// Takes the reminder's record, looked up once per reminder (rosters are large).
    fn finished(rec: Option<&crate::remind::ledger::Record>, to: &str) -> bool {
        rec.and_then(|rec| rec.recipients.get(to))
            .is_some_and(Delivery::is_settled)
    }

    /// True when the reminder may go out now: due, its event not begun and not cancelled.
    fn sendable(&self, r: &Reminder) -> bool {
        !self.cancelled.contains(&r.uid.as_str()) && self.now >= r.due && self.now < r.event_start
    }

    /// How many recipients an event's reminders are for.
    fn audience_len(&self, uid: &str) -> usize {
        if self.sections.contains_key(uid) {
            self.audience_of(uid).count()
        } else {
            self.recipients.len()
        }
    }

    fn most_urgent<'r>(&'r self, all: &'r [Reminder]) -> Urgent<'r> {
        let mut urgent = Urgent::new();
        // Only an event with several leads sendable at once can supersede one (`planned`
        // takes an event missing here as having none): the usual pass maps no recipient.
        let mut sendable_leads = std::collections::HashMap::<&str, usize>::new();
        for r in all.iter().filter(|r| self.sendable(r)) {
            *sendable_leads.entry(r.uid.as_str()).or_default() += 1;
        }
        for r in all
            .iter()
            .filter(|r| self.sendable(r) && sendable_leads[r.uid.as_str()] > 1)
        {
            let rec = self.ledger.get(&r.key);
            for to in self
                .audience_of(&r.uid)
                .filter(|to| !Self::finished(rec, to))
            {
                let e = urgent
                    .entry((r.uid.as_str(), to.as_str()))
                    .or_insert((r.lead.duration, r.lead.name.as_str()));
                if r.lead.duration < e.0 {
                    *e = (r.lead.duration, r.lead.name.as_str());
                }
            }
        }
        urgent
    }

    /// One reminder: who it still owes, who a more urgent lead replaces it for, its status.
    fn planned(&self, r: &Reminder, urgent: &Urgent<'_>) -> Planned {
        // Only a sendable reminder lists whom it owes (the pass needs the names); the others
        // count them, so a large roster costs one list per due reminder, not one per reminder.
        let mut outstanding = Vec::new();
        let mut superseded = Vec::new();
        let rec = self.ledger.get(&r.key);
        let sendable = self.sendable(r);
        // Neither sent to anyone nor sendable now: its whole audience is owed it, counted
        // without a walk over the roster.
        let untouched = !sendable && rec.is_none();
        let mut owed = if untouched {
            self.audience_len(&r.uid)
        } else {
            0
        };
        let walked = (!untouched).then(|| self.audience_of(&r.uid));
        for to in walked
            .into_iter()
            .flatten()
            .filter(|to| !Self::finished(rec, to))
        {
            let more_urgent = if sendable {
                urgent.get(&(r.uid.as_str(), to.as_str()))
            } else {
                None
            };
            match more_urgent {
                Some((d, name)) if *d < r.lead.duration => {
                    superseded.push((to.clone(), name.to_string()))
                }
                _ => {
                    owed += 1;
                    if sendable {
                        outstanding.push(to.clone());
                    }
                }
            }
        }
        let deliveries: Vec<&Delivery> = self
            .ledger
            .get(&r.key)
            .map(|rec| rec.recipients.values().collect())
            .unwrap_or_default();
        let status = self
            .open_status(r, owed, &deliveries)
            .unwrap_or_else(|| settled_status(&deliveries, &superseded));
        Planned {
            reminder: r.clone(),
            status,
            outstanding,
            superseded,
        }
    }

    /// The status while the reminder is not settled: skipped, due, retrying or pending.
    fn open_status(&self, r: &Reminder, owed: usize, deliveries: &[&Delivery]) -> Option<Status> {
        let audience = self.audience_len(&r.uid);
        let everyone = owed == audience;
        let skipped = |why: String| Some(Status::Skipped { why });
        if self.cancelled.contains(&r.uid.as_str()) && everyone {
            skipped("event cancelled".into())
        } else if self.recipients.is_empty() {
            skipped("no recipients configured ([mail] to or roster)".into())
        } else if audience == 0 {
            let section = self
                .sections
                .get(r.uid.as_str())
                .copied()
                .unwrap_or_default();
            skipped(format!("nobody on the roster is in {section}"))
        } else if owed == 0 {
            None
        } else if self.now >= r.event_start {
            Some(Status::Missed { recipients: owed })
        } else if self.sendable(r) {
            // The latest failed attempt of any recipient still owed it.
            let last_retry = deliveries
                .iter()
                .filter_map(|d| match d {
                    Delivery::Retry { at, reason } => Some((*at, reason)),
                    _ => None,
                })
                .max_by_key(|(at, _)| *at);
            Some(match last_retry {
                Some((at, reason)) => Status::Retrying {
                    at,
                    reason: reason.clone(),
                },
                None => Status::Due,
            })
        } else {
            Some(Status::Pending)
        }
    }
}

/// The status of a reminder nobody is owed any more: failed, sent or superseded.
fn settled_status(deliveries: &[&Delivery], superseded: &[(String, String)]) -> Status {
    if let Some(reason) = deliveries.iter().find_map(|d| match d {
        Delivery::Failed { reason, .. } => Some(reason.clone()),
        _ => None,
    }) {
        return Status::Failed { reason };
    }
    let last_sent = deliveries
        .iter()
        .filter_map(|d| match d {
            Delivery::Sent { at, .. } => Some(*at),
            _ => None,
        })
        .max();
    if let Some(at) = last_sent {
        return Status::Sent { at };
    }
    let by = superseded.first().map(|(_, b)| b.clone()).or_else(|| {
        deliveries.iter().find_map(|d| match d {
            Delivery::Superseded { by, .. } => Some(by.clone()),
            _ => None,
        })
    });
    Status::Superseded {
        by: by.unwrap_or_default(),
    }
}

/// One row of `coursecal plan`: a reminder and where it stands, times in the course's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportRow {
    /// The event's key ("deadline-hw2"); `None` if the course no longer has the event.
    pub event: Option<String>,
    /// The event's UID.
    pub uid: String,
    /// The lead's name ("3d").
    pub lead: String,
    /// When the reminder is due.
    #[serde(serialize_with = "rfc3339")]
    pub due: DateTime<Tz>,
    /// When the event begins.
    #[serde(serialize_with = "rfc3339")]
    pub event_start: DateTime<Tz>,
    /// Where it stands; in JSON its fields sit beside the others (`state`, `reason`, …).
    #[serde(flatten)]
    pub status: Status,
}

/// The column titles of [`ReportRow::cells`].
pub const REPORT_COLUMNS: [&str; 4] = ["EVENT", "LEAD", "DUE", "STATE"];

impl ReportRow {
    /// The row as table cells, under [`REPORT_COLUMNS`].
    pub fn cells(&self) -> [String; 4] {
        [
            self.event.clone().unwrap_or_else(|| "?".into()),
            self.lead.clone(),
            self.due.format("%a %Y-%m-%d %H:%M").to_string(),
            self.status.describe(self.due.timezone()),
        ]
    }
}

fn rfc3339<S: serde::Serializer>(t: &DateTime<Tz>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.to_rfc3339())
}

/// The rows of `coursecal plan` for a plan of `course`, in plan order.
pub fn report_rows(course: &Course, planned: &[Planned]) -> Vec<ReportRow> {
    let tz = course.timezone;
    planned
        .iter()
        .map(|p| ReportRow {
            event: course.event(&p.reminder.uid).map(|e| e.key.clone()),
            uid: p.reminder.uid.clone(),
            lead: p.reminder.lead.name.clone(),
            due: p.reminder.due.with_timezone(&tz),
            event_start: p.reminder.event_start.with_timezone(&tz),
            status: p.status.clone(),
        })
        .collect()
}

/// "in 3 days", "in 20 hours", "in 45 minutes": the real time left, rounded.
pub fn time_left(now: DateTime<Utc>, start: DateTime<Utc>) -> (i64, TimeUnit) {
    let d = start - now;
    let mins = d.num_minutes().max(0);
    let days = (mins + 12 * 60) / (24 * 60);
    // "3 days" only when it is close to exactly that; 62 hours is said as 62 hours.
    if mins >= 48 * 60 && ((mins - days * 24 * 60).abs() <= 180 || mins >= 96 * 60) {
        (days, TimeUnit::Days)
    } else if mins >= 90 {
        ((mins + 30) / 60, TimeUnit::Hours)
    } else {
        (mins.max(1), TimeUnit::Minutes)
    }
}

/// Units for [`time_left`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    /// Days.
    Days,
    /// Hours.
    Hours,
    /// Minutes.
    Minutes,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::remind::ledger::Record;

    fn course() -> Course {
        crate::course::build::reference_course(&Default::default())
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn status_of<'a>(plan: &'a [Planned], key_part: &str, lead: &str) -> &'a Status {
        &plan
            .iter()
            .find(|p| p.reminder.uid.contains(key_part) && p.reminder.lead.name == lead)
            .unwrap()
            .status
    }

    #[test]
    fn the_default_leads_give_the_terms_reminders() {
        let r = reminders(&course(), &ReminderSettings::default());
        // 3 releases x 1 + 3 deadlines x 3 + 1 exam x 2.
        assert_eq!(r.len(), 14);
        let hw2 = r
            .iter()
            .find(|r| r.uid.contains("deadline-hw2") && r.lead.name == "3h")
            .unwrap();
        assert_eq!(hw2.due, at("2022-11-22T17:59:00Z"));
    }

    #[test]
    fn a_reminder_is_due_from_its_time_until_the_event_begins() {
        let c = course();
        let s = ReminderSettings::default();
        let to = vec!["list@example.edu".to_string()];
        let l = Ledger::default();
        assert_eq!(
            status_of(
                &plan(&c, &s, &l, &to, at("2022-11-19T20:58:00Z")),
                "deadline-hw2",
                "3d"
            ),
            &Status::Pending
        );
        assert_eq!(
            status_of(
                &plan(&c, &s, &l, &to, at("2022-11-19T20:59:00Z")),
                "deadline-hw2",
                "3d"
            ),
            &Status::Due
        );
        assert!(matches!(
            status_of(
                &plan(&c, &s, &l, &to, at("2022-11-22T20:59:00Z")),
                "deadline-hw2",
                "3h"
            ),
            Status::Missed { recipients: 1 }
        ));
    }

    #[test]
    fn after_downtime_only_the_most_urgent_lead_is_sent() {
        let c = course();
        let p = plan(
            &c,
            &ReminderSettings::default(),
            &Ledger::default(),
            &["a@x.org".into()],
            at("2022-11-22T19:00:00Z"),
        );
        assert_eq!(status_of(&p, "deadline-hw2", "3h"), &Status::Due);
        assert_eq!(
            status_of(&p, "deadline-hw2", "1d"),
            &Status::Superseded { by: "3h".into() }
        );
        assert_eq!(
            status_of(&p, "deadline-hw2", "3d"),
            &Status::Superseded { by: "3h".into() }
        );
    }

    #[test]
    fn a_sent_reminder_is_not_due_again_but_a_moved_event_rearms_it() {
        let mut c = course();
        let s = ReminderSettings::default();
        let to = vec!["a@x.org".to_string()];
        let now = at("2022-11-20T10:00:00Z");
        let key = plan(&c, &s, &Ledger::default(), &to, now)
            .into_iter()
            .find(|p| p.status == Status::Due)
            .unwrap()
            .reminder
            .key;
        let mut ledger = Ledger::default();
        ledger
            .reminders
            .insert(key.clone(), Record::sent_to("a@x.org", now, "<id@x>"));
        assert!(
            plan(&c, &s, &ledger, &to, now)
                .iter()
                .all(|p| p.status != Status::Due)
        );
        let ev = c
            .events
            .iter_mut()
            .find(|e| e.key == "deadline-hw2")
            .unwrap();
        ev.when = crate::model::When::Timed {
            start: ev.when.start_instant(c.timezone) - Duration::hours(6),
            end: None,
        };
        let p = plan(&c, &s, &ledger, &to, now);
        assert_eq!(status_of(&p, "deadline-hw2", "3d"), &Status::Due);
    }

    #[test]
    fn a_failed_attempt_shows_as_retrying_with_its_time_and_reason() {
        let c = course();
        let s = ReminderSettings::default();
        let to = vec!["list".to_string()];
        let now = at("2022-11-20T10:00:00Z");
        let key = plan(&c, &s, &Ledger::default(), &to, now)
            .into_iter()
            .find(|p| p.status == Status::Due)
            .unwrap()
            .reminder
            .key;
        let mut ledger = Ledger::default();
        ledger.record(
            &key,
            "list",
            Delivery::Retry {
                at: at("2022-11-20T09:45:00Z"),
                reason: "timed out".into(),
            },
        );
        let p = plan(&c, &s, &ledger, &to, now);
        let status = &p.iter().find(|p| p.reminder.key == key).unwrap().status;
        assert!(status.is_due());
        assert_eq!(
            status.to_string(),
            "due now, retrying (last attempt 2022-11-20 09:45 UTC: timed out)"
        );
    }

    #[test]
    fn a_cancelled_event_sends_nothing() {
        let mut c = course();
        c.events
            .iter_mut()
            .find(|e| e.key == "deadline-hw2")
            .unwrap()
            .cancelled = true;
        let p = plan(
            &c,
            &ReminderSettings::default(),
            &Ledger::default(),
            &["a@x.org".into()],
            at("2022-11-20T10:00:00Z"),
        );
        assert!(matches!(
            status_of(&p, "deadline-hw2", "3d"),
            Status::Skipped { .. }
        ));
    }

    #[test]
    fn time_left_is_the_real_time_rounded() {
        let now = at("2022-11-20T00:00:00Z");
        assert_eq!(
            time_left(now, at("2022-11-22T20:59:00Z")),
            (69, TimeUnit::Hours)
        );
        assert_eq!(
            time_left(now, at("2022-11-23T01:00:00Z")),
            (3, TimeUnit::Days)
        );
        assert_eq!(
            time_left(now, at("2022-11-25T10:00:00Z")),
            (5, TimeUnit::Days)
        );
        assert_eq!(
            time_left(now, at("2022-11-20T20:00:00Z")),
            (20, TimeUnit::Hours)
        );
        assert_eq!(
            time_left(now, at("2022-11-20T00:45:00Z")),
            (45, TimeUnit::Minutes)
        );
    }

    #[test]
    fn a_report_row_in_json_has_the_status_fields_beside_the_others() {
        let c = course();
        let mut ledger = Ledger::default();
        let now = at("2022-11-20T10:00:00Z");
        let to = vec!["a@x.org".to_string()];
        let p = plan(&c, &ReminderSettings::default(), &ledger, &to, now);
        let key = &p
            .iter()
            .find(|p| p.reminder.uid.contains("deadline-hw2") && p.reminder.lead.name == "3d")
            .unwrap()
            .reminder
            .key;
        ledger
            .reminders
            .insert(key.clone(), Record::sent_to("a@x.org", now, "<id@x>"));
        let p = plan(&c, &ReminderSettings::default(), &ledger, &to, now);
        let rows = report_rows(&c, &p);
        let row = rows
            .iter()
            .find(|r| r.event.as_deref() == Some("deadline-hw2") && r.lead == "3d")
            .unwrap();
        assert_eq!(
            serde_json::to_value(row).unwrap(),
            serde_json::json!({
                "event": "deadline-hw2",
                "uid": "ceng501-fall2022-deadline-hw2@coursecal",
                "lead": "3d",
                "due": "2022-11-19T23:59:00+03:00",
                "event_start": "2022-11-22T23:59:00+03:00",
                "state": "sent",
                "at": "2022-11-20T10:00:00Z",
            })
        );
        let pending = rows
            .iter()
            .find(|r| r.event.as_deref() == Some("deadline-hw2") && r.lead == "3h")
            .unwrap();
        assert_eq!(serde_json::to_value(pending).unwrap()["state"], "pending");
    }

    #[test]
    fn a_report_row_as_table_cells_shows_local_times_and_the_status() {
        let c = course();
        let p = plan(
            &c,
            &ReminderSettings::default(),
            &Ledger::default(),
            &["a@x.org".into()],
            at("2022-11-22T19:00:00Z"),
        );
        let rows = report_rows(&c, &p);
        assert_eq!(rows.len(), p.len());
        let cells: Vec<[String; 4]> = rows
            .iter()
            .filter(|r| r.event.as_deref() == Some("deadline-hw2"))
            .map(ReportRow::cells)
            .collect();
        assert_eq!(
            cells,
            [
                [
                    "deadline-hw2",
                    "3d",
                    "Sat 2022-11-19 23:59",
                    "superseded by 3h"
                ],
                [
                    "deadline-hw2",
                    "1d",
                    "Mon 2022-11-21 23:59",
                    "superseded by 3h"
                ],
                ["deadline-hw2", "3h", "Tue 2022-11-22 20:59", "due now"],
            ]
            .map(|r| r.map(String::from))
        );
    }

    /// The reference course with its exam given to two sections.
    fn sectioned() -> Course {
        let mut c = course();
        let exam = c
            .events
            .iter()
            .position(|e| e.kind == crate::model::EventKind::Exam)
            .unwrap();
        let mut other = c.events[exam].clone();
        c.events[exam].section = Some("Section 1".into());
        c.events[exam].uid = "exam-1".into();
        other.section = Some("Section 2".into());
        other.uid = "exam-2".into();
        c.events.push(other);
        c
    }

    #[test]
    fn a_section_exam_is_owed_to_its_students_and_the_list_and_shared_events_to_everyone() {
        let c = sectioned();
        let to: Vec<String> = ["list", "a@x.org", "b@x.org", "c@x.org"]
            .map(String::from)
            .to_vec();
        let audience: Audience = [
            ("a@x.org".to_string(), Some("Section 1".to_string())),
            ("b@x.org".to_string(), Some("Section 2".to_string())),
            ("c@x.org".to_string(), None),
        ]
        .into_iter()
        .collect();
        let exam = c.events.iter().find(|e| e.uid == "exam-1").unwrap();
        let now = exam.when.start_instant(c.timezone).with_timezone(&Utc) - Duration::hours(20);
        let p = plan_for(
            &c,
            &ReminderSettings::default(),
            &Ledger::default(),
            &to,
            &audience,
            now,
        );
        let owed = |uid: &str| {
            p.iter()
                .find(|p| p.reminder.uid == uid && p.reminder.lead.name == "1d")
                .map(|p| p.outstanding.clone())
                .unwrap()
        };
        assert_eq!(owed("exam-1"), ["list", "a@x.org"]);
        assert_eq!(owed("exam-2"), ["list", "b@x.org"]);
        let at_hw2 = at("2022-11-22T18:00:00Z");
        let p = plan_for(
            &c,
            &ReminderSettings::default(),
            &Ledger::default(),
            &to,
            &audience,
            at_hw2,
        );
        let hw2 = p
            .iter()
            .find(|p| p.reminder.uid.contains("deadline-hw2") && p.reminder.lead.name == "3h")
            .unwrap();
        assert_eq!(hw2.outstanding, to, "a shared deadline is everyone's");
    }

    #[test]
    fn a_section_nobody_is_in_is_skipped_with_its_name() {
        let c = sectioned();
        let to = vec!["a@x.org".to_string()];
        let audience: Audience = [("a@x.org".to_string(), Some("Section 1".to_string()))]
            .into_iter()
            .collect();
        let p = plan_for(
            &c,
            &ReminderSettings::default(),
            &Ledger::default(),
            &to,
            &audience,
            at("2022-09-01T00:00:00Z"),
        );
        let two = p.iter().find(|p| p.reminder.uid == "exam-2").unwrap();
        assert_eq!(
            two.status,
            Status::Skipped {
                why: "nobody on the roster is in Section 2".into()
            }
        );
        let one = p.iter().find(|p| p.reminder.uid == "exam-1").unwrap();
        assert_eq!(one.status, Status::Pending);
    }
}
