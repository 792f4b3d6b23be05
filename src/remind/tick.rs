//! The reminder pass (`tick`: plan → send → record) and the cron-driven loop around it.

use chrono::{DateTime, Utc};
use lettre::message::Mailbox;

use crate::course::settings::{DeliveryMode, MailSettings, ReminderSettings};
use crate::model::Course;
use crate::remind::compose::{Links, compose};
use crate::remind::ledger::{Delivery, LedgerError, LedgerStore, Outcome};
use crate::remind::plan::{Planned, plan};
use crate::remind::transport::{Mailer, Outgoing, SendError};

/// Everything a pass needs besides the ledger and the mailer.
#[derive(Debug)]
pub struct PassInput<'a> {
    /// The course.
    pub course: &'a Course,
    /// Leads.
    pub reminders: &'a ReminderSettings,
    /// Mail settings.
    pub mail: &'a MailSettings,
    /// Roster addresses (already read).
    pub roster: &'a [Mailbox],
    /// Links for the message.
    pub links: &'a Links,
    /// The published feed, for the attachment's SEQUENCE.
    pub previous_feed: &'a crate::feed::Previous,
    /// Now.
    pub now: DateTime<Utc>,
}

/// One message unit: who it goes to, and its ledger key.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Ledger recipient key.
    pub key: String,
    /// To.
    pub to: Vec<Mailbox>,
    /// Bcc.
    pub bcc: Vec<Mailbox>,
}

/// The message units of a course. In list mode the `to` addresses get one message (ledger
/// key "list", so adding a TA to the list does not resend everything); roster addresses always
/// get one message each, so one bad address never costs the class its reminder.
pub fn units(mail: &MailSettings, roster: &[Mailbox]) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    match mail.delivery {
        DeliveryMode::List if !mail.to.is_empty() => {
            for m in &mail.to {
                seen.insert(m.email.to_string().to_lowercase());
            }
            out.push(Unit {
                key: "list".to_string(),
                to: mail.to.clone(),
                bcc: Vec::new(),
            });
        }
        _ => {}
    }
    let singles = match mail.delivery {
        DeliveryMode::List => roster.iter().collect::<Vec<_>>(),
        DeliveryMode::Individual => mail.to.iter().chain(roster).collect(),
    };
    for m in singles {
        if seen.insert(m.email.to_string().to_lowercase()) {
            out.push(Unit {
                key: m.email.to_string(),
                to: vec![m.clone()],
                bcc: Vec::new(),
            });
        }
    }
    out
}

/// What a pass did.
#[derive(Debug, Default)]
pub struct PassReport {
    /// Messages accepted: (subject, recipient).
    pub sent: Vec<(String, String)>,
    /// Permanent failures: (subject, recipient, reason).
    pub failed: Vec<(String, String, String)>,
    /// Transient failures, left pending: (subject, recipient, reason).
    pub retry: Vec<(String, String, String)>,
    /// Reminders superseded this pass.
    pub superseded: usize,
    /// Messages composed but not sent (dry run).
    pub dry_run: Vec<Outgoing>,
}

impl PassReport {
    /// True when something failed.
    pub fn has_failures(&self) -> bool {
        !self.failed.is_empty() || !self.retry.is_empty()
    }
}

/// The plan at `now` for a course, from the ledger.
pub fn current_plan(input: &PassInput<'_>, ledger: &crate::remind::ledger::Ledger) -> Vec<Planned> {
    let keys: Vec<String> = units(input.mail, input.roster)
        .into_iter()
        .map(|u| u.key)
        .collect();
    plan(input.course, input.reminders, ledger, &keys, input.now)
}

/// One pass: plan, send what is due, record each outcome as it happens.
///
/// The ledger stays locked for the whole pass; each accepted message is recorded and saved
/// before the next is sent, so a crash can repeat at most the message in flight (with the
/// same Message-ID). `clock` is read again before every send, so a long fan-out never sends
/// after the event began. A connection failure stops the pass: the rest stays pending.
pub fn tick(
    input: &PassInput<'_>,
    ledger: &mut dyn LedgerStore,
    mailer: &mut dyn Mailer,
    dry_run: bool,
    clock: &dyn Fn() -> DateTime<Utc>,
    log: &mut dyn FnMut(&str),
) -> Result<PassReport, LedgerError> {
    let mut report = PassReport::default();
    let planned = current_plan(input, ledger.ledger());
    let units = units(input.mail, input.roster);
    if !dry_run {
        let mut superseded = Vec::new();
        for p in &planned {
            for (to, by) in &p.superseded {
                superseded.push(Outcome {
                    key: p.reminder.key.clone(),
                    to: to.clone(),
                    delivery: Delivery::Superseded {
                        at: input.now,
                        by: by.clone(),
                    },
                });
            }
        }
        report.superseded = superseded.len();
        if !superseded.is_empty() {
            ledger.record(&superseded)?;
        }
    }
    'reminders: for p in planned.iter().filter(|p| p.status.is_due()) {
        let Some(event) = input.course.event(&p.reminder.uid) else {
            continue;
        };
        let ics = crate::feed::single_event(input.course, event, input.previous_feed, input.now);
        for unit in units.iter().filter(|u| p.outstanding.contains(&u.key)) {
            let now = clock();
            if now >= p.reminder.event_start {
                log(&format!(
                    "not sent, the event has begun: {} → {}",
                    event.title, unit.key
                ));
                continue;
            }
            let msg = match compose(
                input.course,
                event,
                &p.reminder,
                input.mail,
                &unit.to,
                &unit.bcc,
                &unit.key,
                &ics,
                input.links,
                now,
            ) {
                Ok(m) => m,
                Err(e) => {
                    report.failed.push((
                        event.title.clone(),
                        unit.key.clone(),
                        format!("could not compose: {e}"),
                    ));
                    continue;
                }
            };
            if dry_run {
                report.dry_run.push(msg);
                continue;
            }
            match mailer.send(&msg) {
                Ok(()) => {
                    ledger.record(&[Outcome {
                        key: p.reminder.key.clone(),
                        to: unit.key.clone(),
                        delivery: Delivery::Sent {
                            at: now,
                            message_id: msg.message_id.clone(),
                        },
                    }])?;
                    log(&format!(
                        "sent: {} → {} ({})",
                        msg.subject,
                        unit.key,
                        mailer.describe()
                    ));
                    report.sent.push((msg.subject, unit.key.clone()));
                }
                Err(SendError::Permanent(reason)) => {
                    ledger.record(&[Outcome {
                        key: p.reminder.key.clone(),
                        to: unit.key.clone(),
                        delivery: Delivery::Failed {
                            at: now,
                            reason: reason.clone(),
                        },
                    }])?;
                    log(&format!(
                        "failed for good: {} → {}: {reason}",
                        msg.subject, unit.key
                    ));
                    report.failed.push((msg.subject, unit.key.clone(), reason));
                }
                Err(SendError::Transient(reason)) => {
                    ledger.record(&[Outcome {
                        key: p.reminder.key.clone(),
                        to: unit.key.clone(),
                        delivery: Delivery::Retry {
                            at: now,
                            reason: reason.clone(),
                        },
                    }])?;
                    log(&format!(
                        "will retry: {} → {}: {reason}",
                        msg.subject, unit.key
                    ));
                    report.retry.push((msg.subject, unit.key.clone(), reason));
                }
                Err(SendError::Connection(reason)) => {
                    log(&format!(
                        "cannot use the mail server, stopping this pass (nothing is lost; it is retried next pass): {reason}"
                    ));
                    report.retry.push((msg.subject, unit.key.clone(), reason));
                    break 'reminders;
                }
            }
        }
    }
    Ok(report)
}
