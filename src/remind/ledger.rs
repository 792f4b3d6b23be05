//! The sent-reminder ledger: what went to whom, and what failed for good.
//!
//! The data is pure; [`LedgerStore`] is the seam a pass reads and records through.
//! [`LockedLedger`] is the I/O behind it: an exclusive lock held for a whole pass (so a cron
//! run and a manual run never both send), and atomic rewrites after every delivery (so a crash
//! loses at most the one message in flight). [`MemoryLedger`] is the same records without I/O,
//! for dry runs and tests.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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
    /// Records by reminder key (`uid|lead|event start`).
    #[serde(default)]
    pub reminders: BTreeMap<String, Record>,
}

fn version() -> u32 {
    1
}

impl Ledger {
    /// The record of a reminder.
    pub fn get(&self, key: &str) -> Option<&Record> {
        self.reminders.get(key)
    }

    /// Records a delivery outcome.
    pub fn record(&mut self, key: &str, to: &str, d: Delivery) {
        self.reminders
            .entry(key.to_string())
            .or_default()
            .recipients
            .insert(to.to_string(), d);
    }
}

/// Errors reading or writing the ledger.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// The ledger file or its lock could not be opened, read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The ledger is not valid JSON: refuse to guess, or reminders could go out twice.
    #[error("{}: the ledger is damaged ({source}); fix or move it aside; without it coursecal cannot know what was sent", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// The JSON error.
        source: serde_json::Error,
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
/// The contract a pass relies on: when `record` returns `Ok`, the outcomes are as durable as
/// the store can make them, so the pass may send the next message. A pass calls it after
/// every message (and once for a batch of supersessions), never batching deliveries.
pub trait LedgerStore {
    /// The records as they stand, including everything recorded so far this pass.
    fn ledger(&self) -> &Ledger;

    /// Applies the outcomes and makes them durable before returning (one write for the lot).
    fn record(&mut self, outcomes: &[Outcome]) -> Result<(), LedgerError>;
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

    fn record(&mut self, outcomes: &[Outcome]) -> Result<(), LedgerError> {
        for o in outcomes {
            self.ledger.record(&o.key, &o.to, o.delivery.clone());
        }
        self.writes += 1;
        Ok(())
    }
}

/// A ledger held under an exclusive lock for the length of a pass.
#[derive(Debug)]
pub struct LockedLedger {
    path: PathBuf,
    _lock: File,
    // Private: every change goes through `record`, which writes the file before returning.
    ledger: Ledger,
}

impl LedgerStore for LockedLedger {
    fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    /// Applies the outcomes, then rewrites the file atomically: after `Ok` they survive a crash.
    fn record(&mut self, outcomes: &[Outcome]) -> Result<(), LedgerError> {
        for o in outcomes {
            self.ledger.record(&o.key, &o.to, o.delivery.clone());
        }
        self.save()
    }
}

impl LockedLedger {
    /// Locks `<path>.lock` (waiting for another pass to finish) and reads the ledger.
    pub fn open(path: &Path) -> Result<LockedLedger, LedgerError> {
        let io = |source| LedgerError::Io {
            path: path.to_path_buf(),
            source,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let lock_path = lock_path(path);
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|source| LedgerError::Io {
                path: lock_path.clone(),
                source,
            })?;
        lock.lock().map_err(|source| LedgerError::Io {
            path: lock_path,
            source,
        })?;
        let ledger = match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|source| LedgerError::Corrupt {
                path: path.to_path_buf(),
                source,
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ledger {
                version: 1,
                ..Ledger::default()
            },
            Err(e) => return Err(io(e)),
        };
        Ok(LockedLedger {
            path: path.to_path_buf(),
            _lock: lock,
            ledger,
        })
    }

    /// Reads a ledger without locking, for display.
    pub fn peek(path: &Path) -> Result<Ledger, LedgerError> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|source| LedgerError::Corrupt {
                path: path.to_path_buf(),
                source,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Ledger::default()),
            Err(source) => Err(LedgerError::Io {
                path: path.to_path_buf(),
                source,
            }),
        }
    }

    /// Writes the ledger atomically (temporary file, fsync, rename).
    fn save(&self) -> Result<(), LedgerError> {
        let mut json =
            serde_json::to_string_pretty(&self.ledger).map_err(|source| LedgerError::Corrupt {
                path: self.path.clone(),
                source,
            })?;
        json.push('\n');
        crate::atomic_file::write(&self.path, json.as_bytes()).map_err(|source| LedgerError::Io {
            path: self.path.clone(),
            source,
        })
    }
}

fn lock_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".lock");
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ledger_survives_a_save_and_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sent.json");
        let at = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        {
            let mut l = LockedLedger::open(&p).unwrap();
            l.record(&[Outcome {
                key: "k".into(),
                to: "a@x.org".into(),
                delivery: Delivery::Sent {
                    at,
                    message_id: "<m@x>".into(),
                },
            }])
            .unwrap();
        }
        let l = LockedLedger::open(&p).unwrap();
        assert_eq!(
            l.ledger().get("k").unwrap().recipients["a@x.org"],
            Delivery::Sent {
                at,
                message_id: "<m@x>".into()
            }
        );
    }

    #[test]
    fn a_second_pass_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sent.json");
        let first = LockedLedger::open(&p).unwrap();
        let p2 = p.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        let t = std::thread::spawn(move || {
            let _second = LockedLedger::open(&p2).unwrap();
            tx.send(()).unwrap();
        });
        assert!(
            rx.recv_timeout(std::time::Duration::from_millis(300))
                .is_err(),
            "the second pass must wait"
        );
        drop(first);
        rx.recv_timeout(std::time::Duration::from_secs(5))
            .expect("the second pass proceeds once the first ends");
        t.join().unwrap();
    }

    #[test]
    fn a_damaged_ledger_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sent.json");
        std::fs::write(&p, "{not json").unwrap();
        assert!(matches!(
            LockedLedger::open(&p),
            Err(LedgerError::Corrupt { .. })
        ));
    }
}
