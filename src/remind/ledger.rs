//! The sent-reminder ledger: what went to whom, and what failed for good.
//!
//! The data is pure; [`LedgerStore`] is the seam a pass reads and records through.
//! [`crate::remind::sqlite::SqliteLedger`] is the I/O behind it (a SQLite database, one row per
//! reminder and recipient, one transaction per message); [`MemoryLedger`] is the same records
//! without I/O, for dry runs and tests.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::remind::changes::Version;

/// What happened to one recipient of one reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum Delivery {
    /// The SMTP server (or outbox) accepted it.
    Sent {
        /// When.
        at: DateTime<Utc>,
        /// The Message-ID it carried.
        message_id: String,
    },
    /// Permanently refused (5xx): not retried.
    Failed {
        /// When.
        at: DateTime<Utc>,
        /// The server's answer.
        reason: String,
    },
    /// A more urgent lead of the same event went to this recipient instead.
    Superseded {
        /// When that was decided.
        at: DateTime<Utc>,
        /// The lead that replaced it.
        by: String,
    },
    /// A transient failure (4xx, refused, timeout): retried on the next pass.
    Retry {
        /// When it last failed.
        at: DateTime<Utc>,
        /// Why.
        reason: String,
    },
}

/// One reminder's record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Per recipient (an address, or the list's addresses for one list message).
    #[serde(default)]
    pub recipients: BTreeMap<String, Delivery>,
}

impl Record {
    /// A record of one accepted delivery.
    pub fn sent_to(to: &str, at: DateTime<Utc>, message_id: &str) -> Record {
        let mut r = Record::default();
        r.recipients.insert(
            to.to_string(),
            Delivery::Sent {
                at,
                message_id: message_id.to_string(),
            },
        );
        r
    }
}

/// All records of one course, keyed by reminder key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    /// Format version.
    #[serde(default = "version")]
    pub version: u32,
    /// Records by message key: `uid|lead|event start` for reminders, `uid|notice-…|start`
    /// for change notices, `digest@course|digest|week` for digests.
    #[serde(default)]
    pub reminders: BTreeMap<String, Record>,
    /// The version of each event students were last told of; `None` until the first pass
    /// with notices on records the baseline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announced: Option<Announced>,
    /// Every change announced, oldest first (what the weekly digest lists).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<NoticeRecord>,
}

/// The baseline of change notices: each event's version as students last heard of it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Announced {
    /// When the baseline was recorded.
    pub since: DateTime<Utc>,
    /// Versions by event UID.
    pub versions: BTreeMap<String, Version>,
}

/// One change whose notice went to every recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeRecord {
    /// The notice's message key.
    pub key: String,
    /// The event's UID.
    pub uid: String,
    /// When its fan-out finished.
    pub at: DateTime<Utc>,
    /// The version before (none for an added event).
    pub old: Option<Version>,
    /// The version after (none for an event that left the course).
    pub new: Option<Version>,
}

/// A change to the announced versions, written in one transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Announcement {
    /// The first pass with notices on: these versions are what students know.
    Baseline {
        /// When.
        at: DateTime<Utc>,
        /// Every event's version.
        versions: BTreeMap<String, Version>,
    },
    /// Events' announced versions replaced (`None`: forgotten), and the notices that did it.
    Update {
        /// (UID, its version now).
        versions: Vec<(String, Option<Version>)>,
        /// The notices whose fan-out finished.
        notices: Vec<NoticeRecord>,
    },
    /// Notices turned off: the baseline is dropped, so turning them on starts afresh.
    Clear,
}

fn version() -> u32 {
    1
}

/// Event UIDs an earlier coursecal recorded, each with the UID its event has now
/// ([`crate::model::Course::former_uids`], turned round): what a ledger of schema 3 or older
/// knows an event by.
pub type Renames = BTreeMap<String, String>;

/// What a ledger written before schema 4 knows `course`'s events by: former UID to UID.
pub fn renames_of(course: &crate::model::Course) -> Renames {
    course
        .former_uids()
        .into_iter()
        .map(|(uid, former)| (former, uid))
        .collect()
}

/// `key` (`uid|rest`) with its UID renamed, when `renames` names it.
fn renamed_key(key: &str, renames: &Renames) -> Option<String> {
    let (uid, rest) = key.split_once('|')?;
    renames.get(uid).map(|new| format!("{new}|{rest}"))
}

impl Ledger {
    /// The records with every former UID in `renames` replaced by its event's UID now, so
    /// what was sent for an event, and the version students were told of, stay its own. A
    /// record already under the new UID is kept as it is.
    pub fn rename_uids(&mut self, renames: &Renames) {
        if renames.is_empty() {
            return;
        }
        let keys: Vec<String> = self.reminders.keys().cloned().collect();
        for key in keys {
            if let Some(new) = renamed_key(&key, renames)
                && !self.reminders.contains_key(&new)
                && let Some(record) = self.reminders.remove(&key)
            {
                self.reminders.insert(new, record);
            }
        }
        if let Some(announced) = self.announced.as_mut() {
            for (old, new) in renames {
                if !announced.versions.contains_key(new)
                    && let Some(v) = announced.versions.remove(old)
                {
                    announced.versions.insert(new.clone(), v);
                }
            }
        }
        for n in &mut self.notices {
            if let Some(new) = renames.get(&n.uid) {
                n.key = renamed_key(&n.key, renames).unwrap_or_else(|| n.key.clone());
                n.uid = new.clone();
            }
        }
    }

    /// The record of a reminder.
    pub fn get(&self, key: &str) -> Option<&Record> {
        self.reminders.get(key)
    }

    /// Records a delivery outcome, unless the recipient's delivery is already settled (sent,
    /// failed or superseded): a settled delivery is never overwritten, so a late or repeated
    /// outcome can never make a reminder due again.
    pub fn record(&mut self, key: &str, to: &str, d: Delivery) {
        let recipients = &mut self
            .reminders
            .entry(key.to_string())
            .or_default()
            .recipients;
        if !recipients.get(to).is_some_and(Delivery::is_settled) {
            recipients.insert(to.to_string(), d);
        }
    }

    /// Applies an announcement to the records.
    pub fn announce(&mut self, a: &Announcement) {
        match a {
            Announcement::Baseline { at, versions } => {
                self.announced = Some(Announced {
                    since: *at,
                    versions: versions.clone(),
                });
            }
            Announcement::Update { versions, notices } => {
                if let Some(announced) = self.announced.as_mut() {
                    for (uid, v) in versions {
                        match v {
                            Some(v) => announced.versions.insert(uid.clone(), v.clone()),
                            None => announced.versions.remove(uid),
                        };
                    }
                }
                for n in notices {
                    if !self.notices.iter().any(|o| o.key == n.key) {
                        self.notices.push(n.clone());
                    }
                }
            }
            Announcement::Clear => self.announced = None,
        }
    }

    /// True when `to` got the reminder `key`, refused it for good, or had it superseded.
    pub fn settled(&self, key: &str, to: &str) -> bool {
        self.get(key)
            .and_then(|r| r.recipients.get(to))
            .is_some_and(Delivery::is_settled)
    }
}

impl Delivery {
    /// True for sent, failed and superseded: nothing more is ever sent for it.
    pub fn is_settled(&self) -> bool {
        !matches!(self, Delivery::Retry { .. })
    }
}

/// Errors reading or writing the ledger.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// The ledger file (or its folder, or the JSON ledger being imported) could not be
    /// created, read or renamed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The database could not be read or written (locked for too long, disk full, damage
    /// found while reading).
    #[error("{}: the ledger database failed: {source}", path.display())]
    Database {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: rusqlite::Error,
    },
    /// Not a ledger coursecal can trust: damaged, empty, another program's database, another
    /// version, or a JSON ledger of the wrong shape. Refused rather than read as "nothing
    /// sent", which would send every reminder again.
    #[error(
        "{path}: {why}; nothing was sent. coursecal cannot tell from it what was already sent, so it will not guess (the whole class could get every reminder again). Restore the file from a backup, or, to start over on purpose, move it aside (mv {path} {path}.old): the next pass then sends whatever is due at that time",
        path = path.display()
    )]
    Refused {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        why: String,
    },
}

/// One outcome for the ledger: what happened to one recipient of one reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The reminder key (`uid|lead|event start`).
    pub key: String,
    /// The recipient key (an address, or "list").
    pub to: String,
    /// What happened.
    pub delivery: Delivery,
}

/// Where a pass reads what was sent and records what it did.
///
/// The contract a pass relies on: before each message it calls `claim`, which waits until no
/// other pass is between its own claim and record, and says whether the recipient is still
/// owed the reminder (another pass may have sent it meanwhile); the claim is held while the
/// message is sent and ends with `record` (or `release` when nothing is sent after all). When
/// `record` returns `Ok`, the outcomes survive the process being killed, so the pass may send
/// the next message (whether they also survive a power loss at once is the store's choice). Settled deliveries (sent, failed, superseded) are never
/// overwritten.
pub trait LedgerStore {
    /// The records as they stand, including everything recorded so far this pass.
    fn ledger(&self) -> &Ledger;

    /// Claims the right to send reminder `key` to `to`: false when it is settled already.
    fn claim(&mut self, key: &str, to: &str) -> Result<bool, LedgerError>;

    /// Claims reminder `key` for several recipients at once, for a pass sending over parallel
    /// sessions: one claim for the lot (ended by `record` or `release`), so a crash can repeat
    /// at most these messages. Per recipient, false when it is settled already.
    fn claim_many(&mut self, key: &str, tos: &[&str]) -> Result<Vec<bool>, LedgerError> {
        Ok(tos
            .iter()
            .map(|to| !self.ledger().settled(key, to))
            .collect())
    }

    /// Ends a claim without recording anything.
    fn release(&mut self) -> Result<(), LedgerError>;

    /// Applies the outcomes and makes them durable before returning (one write for the lot);
    /// ends the claim, if one is held.
    fn record(&mut self, outcomes: &[Outcome]) -> Result<(), LedgerError>;

    /// Applies an announcement and makes it durable before returning (one write).
    fn announce(&mut self, a: &Announcement) -> Result<(), LedgerError>;
}

/// A ledger in memory: no lock, no file. A dry run works on a copy of the real one, and unit
/// tests on a fresh one; nothing recorded here outlives it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemoryLedger {
    /// The records.
    pub ledger: Ledger,
    /// How many times `record` was called: the writes a file-backed ledger would have made.
    pub writes: usize,
}

impl From<Ledger> for MemoryLedger {
    fn from(ledger: Ledger) -> Self {
        MemoryLedger { ledger, writes: 0 }
    }
}

impl LedgerStore for MemoryLedger {
    fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    fn claim(&mut self, key: &str, to: &str) -> Result<bool, LedgerError> {
        Ok(!self.ledger.settled(key, to))
    }

    fn release(&mut self) -> Result<(), LedgerError> {
        Ok(())
    }

    fn record(&mut self, outcomes: &[Outcome]) -> Result<(), LedgerError> {
        for o in outcomes {
            self.ledger.record(&o.key, &o.to, o.delivery.clone());
        }
        self.writes += 1;
        Ok(())
    }

    fn announce(&mut self, a: &Announcement) -> Result<(), LedgerError> {
        self.ledger.announce(a);
        self.writes += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(secs, 0).unwrap()
    }

    #[test]
    fn a_settled_delivery_is_never_overwritten_but_a_retry_is() {
        let mut l = Ledger::default();
        let sent = Delivery::Sent {
            at: at(1),
            message_id: "<m@x>".into(),
        };
        l.record(
            "k",
            "a",
            Delivery::Retry {
                at: at(0),
                reason: "451".into(),
            },
        );
        l.record("k", "a", sent.clone());
        l.record(
            "k",
            "a",
            Delivery::Superseded {
                at: at(2),
                by: "3h".into(),
            },
        );
        assert_eq!(l.get("k").unwrap().recipients["a"], sent);
    }

    #[test]
    fn a_memory_ledger_claims_only_what_is_still_owed() {
        let mut m = MemoryLedger::default();
        assert!(m.claim("k", "a").unwrap());
        m.record(&[Outcome {
            key: "k".into(),
            to: "a".into(),
            delivery: Delivery::Sent {
                at: at(1),
                message_id: "<m@x>".into(),
            },
        }])
        .unwrap();
        assert!(!m.claim("k", "a").unwrap());
        assert!(m.claim("k", "b").unwrap());
    }
}
