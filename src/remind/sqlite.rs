//! The ledger on disk: a SQLite database (WAL mode), one row per (event, lead, event start,
//! recipient), written in one transaction per message.
//!
//! Concurrency: a pass claims each message with `BEGIN IMMEDIATE` (SQLite's one writer at a
//! time, waited for with a busy timeout), reads the recipient's row again inside that
//! transaction, sends only if it is still owed, and commits the outcome before the claim
//! ends. So two overlapping passes (cron and a manual run) interleave message by message but
//! never both send the same one; a crash of the process rolls back the open transaction and can
//! repeat at most the message in flight, with the same Message-ID.
//!
//! Durability: commits use `synchronous = NORMAL`, so each is in the WAL (the OS's cache) when
//! it returns, safe from a killed process; [`SqliteLedger::sync`] puts them on the disk when the
//! pass ends. A power loss before that can forget records of the pass, which makes their
//! messages owed again: repeated, never lost (docs/guarantees.md).
//!
//! Trust: a file that is empty, not SQLite, another program's database (`application_id`), of
//! another schema version (`user_version`), or damaged is refused with
//! [`LedgerError::Refused`], never read as "nothing sent". The JSON ledger of the first releases
//! (ledger format 1: `<id>.sent.json`, or JSON at the ledger path itself) is imported once, when the database is
//! created, and kept as `<file>.imported`; a JSON ledger of the wrong shape is refused.
//!
//! Renames: schema 4 holds event UIDs made by keys that keep every letter ("Übung 1" is
//! `other-ubung-1`, where coursecal before schema 4 made `other-bung-1`). A pass that opens an
//! older ledger renames its rows from the former UIDs to the new ones in the same transaction
//! that makes it schema 4, so a reminder sent under the former UID is not sent again and an
//! event whose UID alone changed is not announced as cancelled and new. An older coursecal
//! refuses the schema 4 file (it would look for the former UIDs and send everything again).
//!
//! The database and its `-wal`/`-shm` files hold student addresses: created 0600 whatever the
//! umask (SQLite gives the `-wal` and `-shm` files the database's own mode).

use std::collections::BTreeMap;
use std::io::Read as _;
use std::os::unix::ffi::{OsStrExt as _, OsStringExt as _};
use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension as _, params};
use serde::Deserialize;

use crate::remind::changes::Version;
use crate::remind::last_good::LastGood;
use crate::remind::ledger::{
    Announced, Announcement, Delivery, Ledger, LedgerError, LedgerStore, NoticeRecord, Outcome,
    Renames,
};
use crate::remind::parsed::ParsedCourse;

/// Marks the database as coursecal's ledger ("ccld"), so another program's SQLite file is
/// recognised as foreign.
const APPLICATION_ID: i32 = 0x6363_6c64;

/// The schema version this build reads and writes. Versions 1 (reminders only), 2 (no last
/// good version), 3 (former UIDs) and 4 (no kept parse) are migrated when a pass opens them,
/// and read as they are, their UIDs renamed in memory where older than 4, by `peek`.
const SCHEMA_VERSION: i32 = 5;

/// The first schema whose UIDs are those of keys that keep every letter (table `renamed`).
const RENAMED_SINCE: i32 = 4;

/// The first schema that keeps the parse (table `parsed`).
const PARSED_SINCE: i32 = 5;

/// How long a pass waits for another pass's message (its claim lasts one SMTP transaction).
const BUSY_TIMEOUT: StdDuration = StdDuration::from_secs(300);

const SCHEMA: &str = "
CREATE TABLE delivery (
    event_uid   TEXT NOT NULL,
    lead        TEXT NOT NULL,
    event_start TEXT NOT NULL,
    recipient   TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('sent', 'failed', 'superseded', 'retry')),
    at          TEXT NOT NULL,
    message_id  TEXT,
    reason      TEXT,
    by_lead     TEXT,
    PRIMARY KEY (event_uid, lead, event_start, recipient)
) WITHOUT ROWID;
";

/// Version 2: the announced version of each event (JSON), when the baseline was recorded,
/// and every change whose notice went out. Notices and digests themselves are rows of
/// `delivery`, like reminders, so they are claimed and recorded the same way.
const SCHEMA_V2: &str = "
CREATE TABLE announced (
    event_uid TEXT NOT NULL PRIMARY KEY,
    version   TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE baseline (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    since TEXT NOT NULL
);
CREATE TABLE notice (
    key       TEXT NOT NULL PRIMARY KEY,
    event_uid TEXT NOT NULL,
    at        TEXT NOT NULL,
    old       TEXT,
    new       TEXT
) WITHOUT ROWID;
";

/// Version 3: the last version of the course that loaded (`remind::last_good`), keyed by the
/// absolute path the course was named by; paths are stored as their bytes.
const SCHEMA_V3: &str = "
CREATE TABLE last_good (
    course         BLOB NOT NULL PRIMARY KEY,
    course_file    BLOB,
    course_text    TEXT,
    syllabus       BLOB NOT NULL,
    syllabus_bytes BLOB NOT NULL,
    hash           TEXT NOT NULL,
    at             TEXT NOT NULL
) WITHOUT ROWID;
";

/// Version 4: the same tables, their event UIDs renamed from what keys made before every letter
/// was kept; each rename done is listed, for whoever wonders where a UID went.
const SCHEMA_V4: &str = "
CREATE TABLE renamed (
    old_uid TEXT NOT NULL PRIMARY KEY,
    new_uid TEXT NOT NULL
) WITHOUT ROWID;
";

/// Version 5: the parse of the course (`remind::parsed`), keyed like the last good version:
/// `key` names the sources, parser and overrides it was parsed under, `checksum` guards the
/// row (`parsed::check`), `stored` is the course as `parsed::encode` wrote it.
const SCHEMA_V5: &str = "
CREATE TABLE parsed (
    course   BLOB NOT NULL PRIMARY KEY,
    key      TEXT NOT NULL,
    stored   TEXT NOT NULL,
    checksum TEXT NOT NULL
) WITHOUT ROWID;
";

/// The ledger database of one course, open for a pass.
#[derive(Debug)]
pub struct SqliteLedger {
    path: PathBuf,
    conn: Connection,
    ledger: Ledger,
    claimed: bool,
    /// Whether this pass committed anything that `sync` has not put on the disk yet.
    unsynced: bool,
}

impl SqliteLedger {
    /// Opens the ledger at `path` for a pass, creating it (and importing the JSON ledger
    /// `legacy`, or JSON found at `path` itself) when there is none yet. A ledger of an older
    /// schema, or a JSON ledger, has its UIDs renamed by `renames` (the course's former UIDs).
    pub fn open(
        path: &Path,
        legacy: Option<&Path>,
        renames: &Renames,
    ) -> Result<SqliteLedger, LedgerError> {
        let io = |source| LedgerError::Io {
            path: path.to_path_buf(),
            source,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        match kind(path)? {
            Kind::Missing => {
                let old = match legacy.filter(|l| l.exists()) {
                    Some(l) => Some((l, renamed(read_json(l)?, renames))),
                    None => None,
                };
                create(path, old.as_ref().map(|(_, l)| l), false)?;
                if let Some((l, _)) = old {
                    match std::fs::rename(l, imported_name(l)) {
                        // A pass running at the same time imported it first.
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        other => other.map_err(|source| LedgerError::Io {
                            path: l.to_path_buf(),
                            source,
                        })?,
                    }
                }
            }
            Kind::Json => {
                let old = renamed(read_json(path)?, renames);
                let backup = imported_name(path);
                std::fs::copy(path, &backup).map_err(io)?;
                restrict(&backup)?;
                create(path, Some(&old), true)?;
            }
            Kind::Sqlite => restrict(path)?,
        }
        let conn = connect(path, Some(renames))?;
        let ledger = load(path, &conn)?;
        Ok(SqliteLedger {
            path: path.to_path_buf(),
            conn,
            ledger,
            claimed: false,
            unsynced: false,
        })
    }

    /// Puts every commit of the pass on the disk (the WAL, and the folder that names it):
    /// commits are durable against a crash of the process as they are made, and against a
    /// power loss or an OS crash from here on. Called when a pass ends, however it ends; a
    /// pass that wrote nothing syncs nothing.
    pub fn sync(&mut self) -> Result<(), LedgerError> {
        if !std::mem::take(&mut self.unsynced) {
            return Ok(());
        }
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        let dir = match self.path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        for file in [Path::new(&wal), dir] {
            let synced = std::fs::File::open(file).and_then(|f| f.sync_all());
            match synced {
                // Checkpointed away by the last connection to close: the database is synced.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                other => other.map_err(|source| LedgerError::Io {
                    path: file.to_path_buf(),
                    source,
                })?,
            }
        }
        Ok(())
    }

    /// Reads a ledger without changing anything, for `plan` and dry runs: the database, else
    /// the JSON ledger `legacy` not imported yet, else an empty ledger; an older one with its
    /// UIDs renamed as a pass would rename them.
    pub fn peek(
        path: &Path,
        legacy: Option<&Path>,
        renames: &Renames,
    ) -> Result<Ledger, LedgerError> {
        match kind(path)? {
            Kind::Sqlite => load_renamed(path, &connect(path, None)?, renames),
            Kind::Json => Ok(renamed(read_json(path)?, renames)),
            Kind::Missing => match legacy.filter(|l| l.exists()) {
                Some(l) => Ok(renamed(read_json(l)?, renames)),
                None => Ok(Ledger::default()),
            },
        }
    }

    fn db_error(&self, source: rusqlite::Error) -> LedgerError {
        LedgerError::Database {
            path: self.path.clone(),
            source,
        }
    }

    /// The recipient's row as it stands in the database (read inside the claim's transaction).
    fn delivery_row(
        &self,
        uid: &str,
        lead: &str,
        start: &str,
        to: &str,
    ) -> Result<Option<Delivery>, LedgerError> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT state, at, message_id, reason, by_lead FROM delivery
                 WHERE event_uid = ?1 AND lead = ?2 AND event_start = ?3 AND recipient = ?4",
            )
            .and_then(|mut q| {
                q.query_row(params![uid, lead, start, to], row_columns)
                    .optional()
            })
            .map_err(|e| self.db_error(e))?;
        row.map(delivery)
            .transpose()
            .map_err(|why| LedgerError::Refused {
                path: self.path.clone(),
                why,
            })
    }

    /// Writes one outcome unless the row is settled already.
    fn write(&self, o: &Outcome) -> Result<(), LedgerError> {
        let (uid, lead, start) = split_key(&o.key).ok_or_else(|| LedgerError::Refused {
            path: self.path.clone(),
            why: format!("the reminder key {:?} has no uid|lead|start form", o.key),
        })?;
        insert(&self.conn, uid, lead, start, &o.to, &o.delivery).map_err(|e| self.db_error(e))
    }
}

impl SqliteLedger {
    /// Keeps `v` as the course's last good version, unless it is the one kept already (same
    /// hash), and `parsed` as its parse, in one transaction: a pass from cron writes nothing
    /// when nothing changed (it was given no parse: it read the kept one). True when anything
    /// was written.
    pub fn keep_last_good(
        &mut self,
        v: &LastGood,
        parsed: Option<&ParsedCourse>,
    ) -> Result<bool, LedgerError> {
        self.release()?;
        let written = in_transaction(&self.conn, |conn| keep_version(conn, v, parsed))
            .map_err(|e| self.db_error(e))?;
        self.unsynced |= written;
        Ok(written)
    }
}

/// Runs `f` inside `BEGIN IMMEDIATE` … `COMMIT` (rolled back when it fails): one writer at a
/// time, waited for with the busy timeout.
fn in_transaction<T>(
    conn: &Connection,
    f: impl FnOnce(&Connection) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    match f(conn) {
        Ok(t) => conn.execute_batch("COMMIT").map(|()| t),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// Writes the last good version when its hash changed, and the parse when there is one.
fn keep_version(
    conn: &Connection,
    v: &LastGood,
    parsed: Option<&ParsedCourse>,
) -> rusqlite::Result<bool> {
    let hash = v.hash();
    let key = v.course.as_os_str().as_bytes();
    let kept: Option<String> = conn
        .query_row(
            "SELECT hash FROM last_good WHERE course = ?1",
            params![key],
            |r| r.get(0),
        )
        .optional()?;
    let mut written = false;
    if kept.as_deref() != Some(hash.as_str()) {
        let (file, text) = match &v.course_file {
            Some((p, t)) => (Some(p.as_os_str().as_bytes()), Some(t.as_str())),
            None => (None, None),
        };
        conn.execute(
            "INSERT OR REPLACE INTO last_good (course, course_file, course_text, syllabus, syllabus_bytes, hash, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                key,
                file,
                text,
                v.syllabus.as_os_str().as_bytes(),
                v.syllabus_bytes,
                hash,
                v.at.to_rfc3339_opts(SecondsFormat::Secs, true)
            ],
        )?;
        written = true;
    }
    if let Some(p) = parsed {
        conn.execute(
            "INSERT OR REPLACE INTO parsed (course, key, stored, checksum) VALUES (?1, ?2, ?3, ?4)",
            params![p.course.as_os_str().as_bytes(), p.key, p.stored, p.check()],
        )?;
        written = true;
    }
    Ok(written)
}

/// The parse of `course` (an absolute path) kept in the ledger at `path` under `key`, read
/// without changing anything: see [`LedgerReader::parsed`].
pub fn find_parsed(path: &Path, course: &Path, key: &str) -> Option<String> {
    LedgerReader::open(path).parsed(course, key)
}

/// A ledger open read-only, for a command that looks for the kept parse and then reads the
/// records (`plan`): through one connection, as SQLite reads the schema once per connection,
/// which is a tenth of such a command when it reuses the parse.
#[derive(Debug)]
pub struct LedgerReader {
    path: PathBuf,
    /// `None` when the file is no ledger database this coursecal reads (or none is there).
    conn: Option<Connection>,
}

impl LedgerReader {
    /// The ledger at `path`; never fails: what is wrong with the file is said by [`Self::peek`].
    pub fn open(path: &Path) -> LedgerReader {
        let conn = matches!(kind(path), Ok(Kind::Sqlite))
            .then(|| connect(path, None).ok())
            .flatten();
        LedgerReader {
            path: path.to_path_buf(),
            conn,
        }
    }

    /// The ledger's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The parse of `course` kept under `key`: `None` when the file is no ledger database (or
    /// not one this coursecal reads), is of a schema without the table, holds no parse of that
    /// course, holds one under another key (the sources, the parser or the overrides changed),
    /// or holds one that fails its check (damaged: not trusted). Whoever gets `None` parses
    /// the sources again.
    pub fn parsed(&self, course: &Path, key: &str) -> Option<String> {
        let conn = self.conn.as_ref()?;
        if user_version(conn).ok()? < PARSED_SINCE {
            return None;
        }
        let (kept_key, stored, checksum): (String, String, String) = conn
            .query_row(
                "SELECT key, stored, checksum FROM parsed WHERE course = ?1",
                params![course.as_os_str().as_bytes()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .ok()?;
        (kept_key == key && crate::remind::parsed::check(&kept_key, &stored) == checksum)
            .then_some(stored)
    }

    /// The records, as [`SqliteLedger::peek`] reads them (and refuses what it refuses).
    pub fn peek(&self, legacy: Option<&Path>, renames: &Renames) -> Result<Ledger, LedgerError> {
        match &self.conn {
            Some(conn) => load_renamed(&self.path, conn, renames),
            None => SqliteLedger::peek(&self.path, legacy, renames),
        }
    }
}

/// The records of the database open on `conn`; one older than schema 4 with its former UIDs
/// renamed in memory, as a pass would rename them on disk.
fn load_renamed(path: &Path, conn: &Connection, renames: &Renames) -> Result<Ledger, LedgerError> {
    let ledger = load(path, conn)?;
    let version = user_version(conn).map_err(|source| LedgerError::Database {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(if version < RENAMED_SINCE {
        renamed(ledger, renames)
    } else {
        ledger
    })
}

/// The last good version of `course` (an absolute path) kept in the ledger at `path`, read
/// without changing anything: `None` when the file is no ledger database, is of a schema
/// without the table, holds no version of that course, or holds one whose bytes no longer
/// give its hash (damaged: not trusted).
pub fn find_last_good(path: &Path, course: &Path) -> Result<Option<LastGood>, LedgerError> {
    if !matches!(kind(path), Ok(Kind::Sqlite)) {
        return Ok(None);
    }
    let conn = connect(path, None)?;
    let version: i32 = user_version(&conn).map_err(|source| LedgerError::Database {
        path: path.to_path_buf(),
        source,
    })?;
    if version < 3 {
        return Ok(None);
    }
    let os = |b: Vec<u8>| PathBuf::from(std::ffi::OsString::from_vec(b));
    let row = conn
        .query_row(
            "SELECT course_file, course_text, syllabus, syllabus_bytes, hash, at FROM last_good WHERE course = ?1",
            params![course.as_os_str().as_bytes()],
            |r| {
                Ok((
                    r.get::<_, Option<Vec<u8>>>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            },
        )
        .optional()
        .map_err(|source| LedgerError::Database {
            path: path.to_path_buf(),
            source,
        })?;
    let Some((file, text, syllabus, bytes, hash, at)) = row else {
        return Ok(None);
    };
    let Ok(at) = time(&at) else { return Ok(None) };
    let v = LastGood {
        course: course.to_path_buf(),
        course_file: file.map(os).zip(text),
        syllabus: os(syllabus),
        syllabus_bytes: bytes,
        at,
    };
    Ok((v.hash() == hash).then_some(v))
}

impl LedgerStore for SqliteLedger {
    fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    fn claim(&mut self, key: &str, to: &str) -> Result<bool, LedgerError> {
        // A batch of one: the single and the batch claim cannot drift apart.
        Ok(self
            .claim_many(key, &[to])?
            .first()
            .copied()
            .unwrap_or(true))
    }

    fn claim_many(&mut self, key: &str, tos: &[&str]) -> Result<Vec<bool>, LedgerError> {
        self.release()?;
        let Some((uid, lead, start)) = split_key(key) else {
            return Ok(vec![true; tos.len()]);
        };
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| self.db_error(e))?;
        self.claimed = true;
        let mut owed = Vec::with_capacity(tos.len());
        for to in tos {
            let Some(delivery) = self.delivery_row(uid, lead, start, to)? else {
                owed.push(true);
                continue;
            };
            owed.push(!delivery.is_settled());
            // What another pass recorded meanwhile becomes part of this pass's view.
            self.ledger.record(key, to, delivery);
        }
        if !owed.contains(&true) {
            self.release()?;
        }
        Ok(owed)
    }

    fn release(&mut self) -> Result<(), LedgerError> {
        if std::mem::take(&mut self.claimed) {
            self.conn
                .execute_batch("COMMIT")
                .map_err(|e| self.db_error(e))?;
        }
        Ok(())
    }

    fn record(&mut self, outcomes: &[Outcome]) -> Result<(), LedgerError> {
        if !self.claimed {
            self.conn
                .execute_batch("BEGIN IMMEDIATE")
                .map_err(|e| self.db_error(e))?;
            self.claimed = true;
        }
        for o in outcomes {
            if let Err(e) = self.write(o) {
                self.claimed = false;
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        }
        self.release()?;
        self.unsynced = true;
        for o in outcomes {
            self.ledger.record(&o.key, &o.to, o.delivery.clone());
        }
        Ok(())
    }

    fn announce(&mut self, a: &Announcement) -> Result<(), LedgerError> {
        self.release()?;
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| self.db_error(e))?;
        if let Err(e) = write_announcement(&self.conn, a) {
            let _ = self.conn.execute_batch("ROLLBACK");
            return Err(self.db_error(e));
        }
        self.conn
            .execute_batch("COMMIT")
            .map_err(|e| self.db_error(e))?;
        self.unsynced = true;
        self.ledger.announce(a);
        Ok(())
    }
}

/// What is at the ledger path.
enum Kind {
    Missing,
    Sqlite,
    Json,
}

/// Looks at the first bytes: SQLite's header, JSON, or anything else (refused).
fn kind(path: &Path) -> Result<Kind, LedgerError> {
    let mut head = Vec::with_capacity(16);
    match std::fs::File::open(path) {
        Ok(f) => f
            .take(16)
            .read_to_end(&mut head)
            .map_err(|source| LedgerError::Io {
                path: path.to_path_buf(),
                source,
            })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Kind::Missing),
        Err(source) => {
            return Err(LedgerError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let n = head.len();
    let refused = |why: &str| LedgerError::Refused {
        path: path.to_path_buf(),
        why: why.to_string(),
    };
    if n == 0 {
        return Err(refused("the ledger file is empty"));
    }
    if &head[..n] == b"SQLite format 3\0" {
        return Ok(Kind::Sqlite);
    }
    match head[..n].iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{' | b'[') => Ok(Kind::Json),
        _ => Err(refused(
            "the ledger file is neither a coursecal ledger database nor a JSON ledger (damaged, or another file)",
        )),
    }
}

/// `ledger` with its UIDs renamed.
fn renamed(mut ledger: Ledger, renames: &Renames) -> Ledger {
    ledger.rename_uids(renames);
    ledger
}

fn user_version(conn: &Connection) -> rusqlite::Result<i32> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

/// Opens the database and checks that it is our ledger, of our version, and readable: for a
/// pass with the course's `renames` (an older schema is migrated), else read-only.
fn connect(path: &Path, renames: Option<&Renames>) -> Result<Connection, LedgerError> {
    let read_only = renames.is_none();
    let db = |source| LedgerError::Database {
        path: path.to_path_buf(),
        source,
    };
    let refused = |why: String| LedgerError::Refused {
        path: path.to_path_buf(),
        why,
    };
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    };
    let conn =
        Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX).map_err(db)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(db)?;
    let pragma = |name: &str| conn.pragma_query_value(None, name, |r| r.get::<_, i32>(0));
    let app = pragma("application_id")
        .map_err(|e| refused(format!("it is not a readable SQLite database ({e})")))?;
    if app != APPLICATION_ID {
        return Err(refused(
            "it is a SQLite database, but not a coursecal ledger (another program's file?)".into(),
        ));
    }
    let version = pragma("user_version").map_err(db)?;
    if let Some(renames) = renames.filter(|_| (1..SCHEMA_VERSION).contains(&version)) {
        migrate(&conn, renames).map_err(db)?;
    } else if (1..SCHEMA_VERSION).contains(&version) {
        // `peek` reads an older ledger as it is: no baseline yet, or no last good version.
    } else if version != SCHEMA_VERSION {
        return Err(refused(format!(
            "its schema version is {version}, and this coursecal reads version {SCHEMA_VERSION} (written by another version of coursecal?)"
        )));
    }
    if !read_only {
        // In WAL mode a commit under NORMAL is written to the WAL (the OS's page cache) before
        // it returns, so it survives the process being killed; only the fsync waits for the
        // disk, which guards against power loss alone. That fsync once per message cost more
        // than the SMTP transaction itself; the pass syncs once at its end instead
        // (`SqliteLedger::sync`), so a power loss can repeat only messages of that pass.
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(db)?;
    }
    Ok(conn)
}

/// Version 1, 2, 3 or 4 → 5, in one transaction (a pass running at the same time may have done
/// it): the tables a version lacks, then the former UIDs renamed.
fn migrate(conn: &Connection, renames: &Renames) -> rusqlite::Result<()> {
    in_transaction(conn, |conn| {
        let v = user_version(conn)?;
        if v == 1 {
            conn.execute_batch(SCHEMA_V2)?;
        }
        if v == 1 || v == 2 {
            conn.execute_batch(SCHEMA_V3)?;
        }
        if (1..=3).contains(&v) {
            conn.execute_batch(SCHEMA_V4)?;
            rename_rows(conn, renames)?;
        }
        if (1..=4).contains(&v) {
            conn.execute_batch(SCHEMA_V5)?;
            conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        }
        Ok(())
    })
}

/// Renames the rows of every former UID in `renames`. A row whose new key is taken already
/// keeps its former UID (`OR IGNORE`): the new one's record wins, and the other stays unused.
fn rename_rows(conn: &Connection, renames: &Renames) -> rusqlite::Result<()> {
    for (old, new) in renames {
        let mut moved = conn.execute(
            "UPDATE OR IGNORE delivery SET event_uid = ?2 WHERE event_uid = ?1",
            params![old, new],
        )?;
        moved += conn.execute(
            "UPDATE OR IGNORE announced SET event_uid = ?2 WHERE event_uid = ?1",
            params![old, new],
        )?;
        // A notice's key is `uid|notice-…|start`: its UID part is renamed with it.
        moved += conn.execute(
            "UPDATE OR IGNORE notice SET event_uid = ?2, key = ?2 || substr(key, length(?1) + 1)
             WHERE event_uid = ?1 AND substr(key, 1, length(?1) + 1) = ?1 || '|'",
            params![old, new],
        )?;
        if moved > 0 {
            conn.execute(
                "INSERT OR REPLACE INTO renamed (old_uid, new_uid) VALUES (?1, ?2)",
                params![old, new],
            )?;
        }
    }
    Ok(())
}

/// Creates the database at `path` with `old`'s records: built under a temporary name, then
/// moved into place, so no pass ever sees a half-made ledger. `replace`: the path holds a
/// JSON ledger being imported, which the database replaces.
fn create(path: &Path, old: Option<&Ledger>, replace: bool) -> Result<(), LedgerError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.new-{}", std::process::id()));
    let result = build(&tmp, old).and_then(|()| {
        let placed = if replace {
            std::fs::rename(&tmp, path)
        } else {
            // No clobbering: if another pass created the ledger meanwhile, theirs is kept.
            match std::fs::hard_link(&tmp, path) {
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
                other => other,
            }
        };
        placed.map_err(|source| LedgerError::Io {
            path: path.to_path_buf(),
            source,
        })
    });
    let _ = std::fs::remove_file(&tmp);
    result
}

/// Writes a fresh ledger database (mode 0600) at `tmp`, with `old`'s records.
fn build(tmp: &Path, old: Option<&Ledger>) -> Result<(), LedgerError> {
    let db = |source| LedgerError::Database {
        path: tmp.to_path_buf(),
        source,
    };
    let _ = std::fs::remove_file(tmp);
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(tmp)
        .map_err(|source| LedgerError::Io {
            path: tmp.to_path_buf(),
            source,
        })?;
    restrict(tmp)?;
    let mut conn = Connection::open(tmp).map_err(db)?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(db)?;
    let tx = conn.transaction().map_err(db)?;
    tx.execute_batch(SCHEMA).map_err(db)?;
    tx.execute_batch(SCHEMA_V2).map_err(db)?;
    tx.execute_batch(SCHEMA_V3).map_err(db)?;
    tx.execute_batch(SCHEMA_V4).map_err(db)?;
    tx.execute_batch(SCHEMA_V5).map_err(db)?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)
        .map_err(db)?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)
        .map_err(db)?;
    for (key, rec) in old.map(|l| &l.reminders).into_iter().flatten() {
        let Some((uid, lead, start)) = split_key(key) else {
            continue;
        };
        for (to, d) in &rec.recipients {
            insert(&tx, uid, lead, start, to, d).map_err(db)?;
        }
    }
    tx.commit().map_err(db)?;
    conn.close().map_err(|(_, e)| db(e))
}

/// Makes a file holding student addresses readable by its owner only.
fn restrict(path: &Path) -> Result<(), LedgerError> {
    let io = |source| LedgerError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mode = std::fs::metadata(path).map_err(io)?.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(io)?;
    }
    Ok(())
}

/// Upserts one row, leaving a settled row (sent, failed, superseded) as it is.
fn insert(
    conn: &Connection,
    uid: &str,
    lead: &str,
    start: &str,
    to: &str,
    d: &Delivery,
) -> rusqlite::Result<()> {
    let (state, at, message_id, reason, by) = match d {
        Delivery::Sent { at, message_id } => ("sent", at, Some(message_id), None, None),
        Delivery::Failed { at, reason } => ("failed", at, None, Some(reason), None),
        Delivery::Superseded { at, by } => ("superseded", at, None, None, Some(by)),
        Delivery::Retry { at, reason } => ("retry", at, None, Some(reason), None),
    };
    conn.prepare_cached(
        "INSERT INTO delivery (event_uid, lead, event_start, recipient, state, at, message_id, reason, by_lead)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT DO UPDATE SET state = excluded.state, at = excluded.at,
             message_id = excluded.message_id, reason = excluded.reason, by_lead = excluded.by_lead
         WHERE delivery.state = 'retry'",
    )?
    .execute(params![
        uid,
        lead,
        start,
        to,
        state,
        at.to_rfc3339_opts(SecondsFormat::AutoSi, true),
        message_id,
        reason,
        by
    ])?;
    Ok(())
}

/// The columns of a row after its key: state, at, message id, reason, superseding lead.
type Columns = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn row_columns(r: &rusqlite::Row<'_>) -> rusqlite::Result<Columns> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

/// A row as a delivery; `Err` says what is wrong with it.
fn delivery((state, at, message_id, reason, by): Columns) -> Result<Delivery, String> {
    let at = DateTime::parse_from_rfc3339(&at)
        .map_err(|_| format!("a row has the time {at:?}, which is not a time"))?
        .with_timezone(&Utc);
    let missing = || format!("a {state} row lacks its details");
    Ok(match state.as_str() {
        "sent" => Delivery::Sent {
            at,
            message_id: message_id.ok_or_else(missing)?,
        },
        "failed" => Delivery::Failed {
            at,
            reason: reason.ok_or_else(missing)?,
        },
        "retry" => Delivery::Retry {
            at,
            reason: reason.ok_or_else(missing)?,
        },
        "superseded" => Delivery::Superseded {
            at,
            by: by.ok_or_else(missing)?,
        },
        other => return Err(format!("a row has the unknown state {other:?}")),
    })
}

/// Every row, as a ledger.
fn load(path: &Path, conn: &Connection) -> Result<Ledger, LedgerError> {
    let refused = |why: String| LedgerError::Refused {
        path: path.to_path_buf(),
        why,
    };
    let damaged = |e: rusqlite::Error| refused(format!("it cannot be read ({e})"));
    let mut stmt = conn
        .prepare(
            "SELECT event_uid, lead, event_start, recipient, state, at, message_id, reason, by_lead
             FROM delivery",
        )
        .map_err(damaged)?;
    let rows = stmt
        .query_map([], |r| {
            let key = format!(
                "{}|{}|{}",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?
            );
            let to: String = r.get(3)?;
            let columns = (r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?);
            Ok((key, to, columns))
        })
        .map_err(damaged)?;
    let mut ledger = Ledger {
        version: 1,
        ..Ledger::default()
    };
    for row in rows {
        let (key, to, columns) = row.map_err(damaged)?;
        let d = delivery(columns).map_err(refused)?;
        ledger.record(&key, &to, d);
    }
    load_announced(conn, &mut ledger).map_err(|e| match e {
        Loaded::Db(e) => damaged(e),
        Loaded::Bad(why) => refused(why),
    })?;
    Ok(ledger)
}

/// Why the announced versions could not be read.
enum Loaded {
    Db(rusqlite::Error),
    Bad(String),
}

impl From<rusqlite::Error> for Loaded {
    fn from(e: rusqlite::Error) -> Self {
        Loaded::Db(e)
    }
}

fn json_version(text: Option<String>) -> Result<Option<Version>, Loaded> {
    text.map(|t| {
        serde_json::from_str(&t)
            .map_err(|e| Loaded::Bad(format!("an announced version cannot be read ({e})")))
    })
    .transpose()
}

fn time(text: &str) -> Result<DateTime<Utc>, Loaded> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Loaded::Bad(format!("a row has the time {text:?}, which is not a time")))
}

/// The baseline, the announced versions and the notices sent (none in a version-1 ledger).
fn load_announced(conn: &Connection, ledger: &mut Ledger) -> Result<(), Loaded> {
    let has_v2: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'baseline'",
        [],
        |r| r.get(0),
    )?;
    if has_v2 == 0 {
        return Ok(());
    }
    let since: Option<String> = conn
        .query_row("SELECT since FROM baseline WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    if let Some(since) = since {
        let mut versions = BTreeMap::new();
        let mut stmt = conn.prepare("SELECT event_uid, version FROM announced")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (uid, v) = row?;
            if let Some(v) = json_version(Some(v))? {
                versions.insert(uid, v);
            }
        }
        ledger.announced = Some(Announced {
            since: time(&since)?,
            versions,
        });
    }
    let mut stmt =
        conn.prepare("SELECT key, event_uid, at, old, new FROM notice ORDER BY at, key")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    for row in rows {
        let (key, uid, at, old, new) = row?;
        ledger.notices.push(NoticeRecord {
            key,
            uid,
            at: time(&at)?,
            old: json_version(old)?,
            new: json_version(new)?,
        });
    }
    Ok(())
}

/// Writes an announcement's rows (inside the caller's transaction).
fn write_announcement(conn: &Connection, a: &Announcement) -> rusqlite::Result<()> {
    let json = |v: &Version| serde_json::to_string(v).unwrap_or_default();
    let stamp = |t: &DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::AutoSi, true);
    match a {
        Announcement::Baseline { at, versions } => {
            conn.execute_batch("DELETE FROM announced; DELETE FROM baseline;")?;
            conn.execute(
                "INSERT INTO baseline (id, since) VALUES (1, ?1)",
                params![stamp(at)],
            )?;
            for (uid, v) in versions {
                conn.prepare_cached("INSERT INTO announced (event_uid, version) VALUES (?1, ?2)")?
                    .execute(params![uid, json(v)])?;
            }
        }
        Announcement::Update { versions, notices } => {
            for (uid, v) in versions {
                match v {
                    Some(v) => conn
                        .prepare_cached(
                            "INSERT INTO announced (event_uid, version) VALUES (?1, ?2)
                             ON CONFLICT DO UPDATE SET version = excluded.version",
                        )?
                        .execute(params![uid, json(v)])?,
                    None => conn
                        .prepare_cached("DELETE FROM announced WHERE event_uid = ?1")?
                        .execute(params![uid])?,
                };
            }
            for n in notices {
                conn.prepare_cached(
                    "INSERT OR IGNORE INTO notice (key, event_uid, at, old, new) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![
                    n.key,
                    n.uid,
                    stamp(&n.at),
                    n.old.as_ref().map(json),
                    n.new.as_ref().map(json)
                ])?;
            }
        }
        Announcement::Clear => {
            conn.execute_batch("DELETE FROM announced; DELETE FROM baseline;")?
        }
    }
    Ok(())
}

/// `uid|lead|start` split at its last two bars (a UID may hold a bar, a lead and a time not).
fn split_key(key: &str) -> Option<(&str, &str, &str)> {
    let mut parts = key.rsplitn(3, '|');
    let start = parts.next()?;
    let lead = parts.next()?;
    let uid = parts.next()?;
    Some((uid, lead, start))
}

/// `<file>.imported`: where an imported JSON ledger is kept.
fn imported_name(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".imported");
    path.with_file_name(name)
}

/// The JSON ledger (format 1) of the first releases, read strictly: every field present, none unknown.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonLedger {
    version: u32,
    reminders: BTreeMap<String, JsonRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonRecord {
    recipients: BTreeMap<String, Delivery>,
}

/// Reads a JSON ledger to import; anything but exactly its shape is refused.
fn read_json(path: &Path) -> Result<Ledger, LedgerError> {
    let refused = |why: String| LedgerError::Refused {
        path: path.to_path_buf(),
        why,
    };
    let bytes = std::fs::read(path).map_err(|source| LedgerError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let json: JsonLedger = serde_json::from_slice(&bytes)
        .map_err(|e| refused(format!("it is not a JSON ledger of coursecal ({e})")))?;
    if json.version != 1 {
        return Err(refused(format!(
            "it is a JSON ledger of format {}, and only JSON ledger format 1 can be imported",
            json.version
        )));
    }
    let mut ledger = Ledger {
        version: 1,
        ..Ledger::default()
    };
    for (key, rec) in json.reminders {
        if split_key(&key).is_none() {
            return Err(refused(format!(
                "the reminder key {key:?} is not of the form uid|lead|start"
            )));
        }
        for (to, d) in rec.recipients {
            ledger.record(&key, &to, d);
        }
    }
    Ok(ledger)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "ev@x|3d|20221122T205900Z";

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(secs, 0).unwrap()
    }

    fn sent(to: &str) -> Outcome {
        Outcome {
            key: KEY.into(),
            to: to.into(),
            delivery: Delivery::Sent {
                at: at(1_700_000_000),
                message_id: "<m@x>".into(),
            },
        }
    }

    fn refusal(path: &Path) -> String {
        match SqliteLedger::open(path, None, &Renames::new()) {
            Err(e @ LedgerError::Refused { .. }) => e.to_string(),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn a_recorded_message_survives_a_reopen_and_is_never_claimed_again() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        {
            let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
            assert!(l.claim(KEY, "a@x.org").unwrap());
            l.record(&[sent("a@x.org")]).unwrap();
        }
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        assert_eq!(
            l.ledger().get(KEY).unwrap().recipients["a@x.org"],
            sent("a@x.org").delivery
        );
        assert!(!l.claim(KEY, "a@x.org").unwrap());
        assert_eq!(
            SqliteLedger::peek(&p, None, &Renames::new()).unwrap(),
            *l.ledger()
        );
    }

    #[test]
    fn a_record_outlives_a_pass_that_never_closes_and_a_sync_finds_the_wal_or_none() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        let mut killed = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        assert!(killed.claim(KEY, "a@x.org").unwrap());
        killed.record(&[sent("a@x.org")]).unwrap();
        killed.sync().unwrap();
        // As if killed: no close, no checkpoint; the commit is in the WAL alone.
        std::mem::forget(killed);
        let mut next = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        assert!(!next.claim(KEY, "a@x.org").unwrap());
        next.sync().unwrap();
        assert!(next.claim(KEY, "b@x.org").unwrap());
        next.record(&[sent("b@x.org")]).unwrap();
        let mut wal = p.clone().into_os_string();
        wal.push("-wal");
        std::fs::remove_file(&wal).ok();
        next.sync().unwrap();
    }

    #[test]
    fn a_message_another_pass_sent_after_this_one_opened_is_not_claimed() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        let mut first = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        let mut second = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        assert!(first.claim(KEY, "a@x.org").unwrap());
        first.record(&[sent("a@x.org")]).unwrap();
        assert!(second.ledger().get(KEY).is_none(), "opened before the send");
        assert!(!second.claim(KEY, "a@x.org").unwrap());
        assert!(second.ledger().settled(KEY, "a@x.org"));
    }

    #[test]
    fn a_second_pass_waits_while_the_first_holds_a_claim() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        let mut first = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        assert!(first.claim(KEY, "a@x.org").unwrap());
        let p2 = p.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        let t = std::thread::spawn(move || {
            let mut second = SqliteLedger::open(&p2, None, &Renames::new()).unwrap();
            tx.send(second.claim(KEY, "a@x.org").unwrap()).unwrap();
        });
        assert!(
            rx.recv_timeout(StdDuration::from_millis(300)).is_err(),
            "the second pass must wait"
        );
        first.record(&[sent("a@x.org")]).unwrap();
        let claimed = rx.recv_timeout(StdDuration::from_secs(10)).unwrap();
        assert!(!claimed, "and then find the message sent");
        t.join().unwrap();
    }

    #[test]
    fn a_batch_claim_skips_what_another_pass_sent_and_holds_the_rest_until_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        let mut first = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        let mut other = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        other.record(&[sent("b@x.org")]).unwrap();
        let owed = first.claim_many(KEY, &["a@x.org", "b@x.org", "c@x.org"]);
        assert_eq!(owed.unwrap(), [true, false, true]);
        let p2 = p.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        let t = std::thread::spawn(move || {
            let mut second = SqliteLedger::open(&p2, None, &Renames::new()).unwrap();
            tx.send(second.claim(KEY, "c@x.org").unwrap()).unwrap();
        });
        assert!(
            rx.recv_timeout(StdDuration::from_millis(300)).is_err(),
            "the whole batch is held"
        );
        first.record(&[sent("a@x.org"), sent("c@x.org")]).unwrap();
        assert!(!rx.recv_timeout(StdDuration::from_secs(10)).unwrap());
        t.join().unwrap();
    }

    #[test]
    fn a_settled_row_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        l.record(&[sent("a@x.org")]).unwrap();
        let late = Outcome {
            delivery: Delivery::Superseded {
                at: at(1_800_000_000),
                by: "3h".into(),
            },
            ..sent("a@x.org")
        };
        l.record(&[late]).unwrap();
        let stored = SqliteLedger::peek(&p, None, &Renames::new()).unwrap();
        assert_eq!(
            stored.get(KEY).unwrap().recipients["a@x.org"],
            sent("a@x.org").delivery
        );
    }

    #[test]
    fn garbage_an_empty_file_and_another_programs_database_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        std::fs::write(&p, b"\x00\x01garbage bytes\xff").unwrap();
        assert!(refusal(&p).contains("neither a coursecal ledger"));
        std::fs::write(&p, b"").unwrap();
        assert!(refusal(&p).contains("is empty"));
        std::fs::remove_file(&p).unwrap();
        Connection::open(&p)
            .unwrap()
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        let why = refusal(&p);
        assert!(why.contains("not a coursecal ledger"), "{why}");
        assert!(why.contains("move it aside"), "{why}");
        assert_eq!(
            std::fs::read(&p).unwrap()[..6],
            *b"SQLite",
            "left as it was"
        );
    }

    #[test]
    fn a_ledger_of_another_schema_version_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        drop(SqliteLedger::open(&p, None, &Renames::new()).unwrap());
        Connection::open(&p)
            .unwrap()
            .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        assert!(refusal(&p).contains(&format!("schema version is {}", SCHEMA_VERSION + 1)));
        assert!(matches!(
            SqliteLedger::peek(&p, None, &Renames::new()),
            Err(LedgerError::Refused { .. })
        ));
    }

    #[test]
    fn a_json_ledger_of_the_wrong_shape_is_refused_not_read_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        for bad in [
            "{}",
            "[]",
            "[1]",
            r#"{"version":1}"#,
            r#"{"version":1,"remindres":{}}"#,
        ] {
            std::fs::write(&p, bad).unwrap();
            assert!(refusal(&p).contains("not a JSON ledger"), "{bad}");
            assert_eq!(std::fs::read_to_string(&p).unwrap(), bad, "left as it was");
        }
        let legacy = dir.path().join("c.sent.json");
        std::fs::remove_file(&p).unwrap();
        std::fs::write(&legacy, "{}").unwrap();
        assert!(matches!(
            SqliteLedger::open(&p, Some(&legacy), &Renames::new()),
            Err(LedgerError::Refused { .. })
        ));
        assert!(!p.exists(), "no database is made from a refused ledger");
    }

    fn json_ledger() -> String {
        let mut l = Ledger {
            version: 1,
            ..Ledger::default()
        };
        let o = sent("a@x.org");
        l.record(&o.key, &o.to, o.delivery);
        serde_json::to_string_pretty(&l).unwrap()
    }

    #[test]
    fn a_json_ledger_beside_is_imported_once_and_kept_as_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        let legacy = dir.path().join("c.sent.json");
        std::fs::write(&legacy, json_ledger()).unwrap();
        let before = SqliteLedger::peek(&p, Some(&legacy), &Renames::new()).unwrap();
        assert!(
            before.settled(KEY, "a@x.org"),
            "plan reads it before the import"
        );
        let mut l = SqliteLedger::open(&p, Some(&legacy), &Renames::new()).unwrap();
        assert!(!l.claim(KEY, "a@x.org").unwrap());
        assert!(!legacy.exists());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("c.sent.json.imported")).unwrap(),
            json_ledger()
        );
        assert_eq!(
            SqliteLedger::peek(&p, Some(&legacy), &Renames::new()).unwrap(),
            before
        );
    }

    #[test]
    fn a_json_ledger_at_the_ledger_path_is_replaced_by_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        std::fs::write(&p, json_ledger()).unwrap();
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        assert!(!l.claim(KEY, "a@x.org").unwrap());
        assert_eq!(std::fs::read(&p).unwrap()[..6], *b"SQLite");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("state.json.imported")).unwrap(),
            json_ledger()
        );
    }

    #[test]
    fn the_database_and_its_wal_and_shm_files_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        l.record(&[sent("a@x.org")]).unwrap();
        for name in ["c.sent.sqlite", "c.sent.sqlite-wal", "c.sent.sqlite-shm"] {
            let mode = std::fs::metadata(dir.path().join(name))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{name}");
        }
    }

    /// A ledger of an older schema (one version per batch of `schemas`) holding one sent
    /// reminder.
    fn version_of(p: &Path) -> i32 {
        user_version(&Connection::open(p).unwrap()).unwrap()
    }

    fn old_ledger(p: &Path, schemas: &[&str]) {
        let conn = Connection::open(p).unwrap();
        for schema in schemas {
            conn.execute_batch(schema).unwrap();
        }
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", schemas.len() as i64)
            .unwrap();
        insert(
            &conn,
            "ev@x",
            "3d",
            "20221122T205900Z",
            "a@x.org",
            &sent("a@x.org").delivery,
        )
        .unwrap();
    }

    #[test]
    fn a_version_1_ledger_is_migrated_keeping_its_rows_and_then_keeps_a_baseline() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        // A ledger as coursecal wrote it before notices: schema 1, one reminder sent.
        old_ledger(&p, &[SCHEMA]);
        let peeked = SqliteLedger::peek(&p, None, &Renames::new()).unwrap();
        assert!(peeked.settled(KEY, "a@x.org") && peeked.announced.is_none());
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        assert!(
            !l.claim(KEY, "a@x.org").unwrap(),
            "the row survived the migration"
        );
        let v = crate::remind::changes::Version {
            kind: "deadline".into(),
            title: "Hw2 due".into(),
            start: at(1_669_150_740),
            end: None,
            all_day: false,
            location: None,
            cancelled: false,
        };
        l.announce(&Announcement::Baseline {
            at: at(1_668_000_000),
            versions: [("ev@x".to_string(), v.clone())].into(),
        })
        .unwrap();
        let mut moved = v.clone();
        moved.start = at(1_669_323_540);
        l.announce(&Announcement::Update {
            versions: vec![("ev@x".into(), Some(moved.clone()))],
            notices: vec![NoticeRecord {
                key: "ev@x|notice-1|20221124T205900Z".into(),
                uid: "ev@x".into(),
                at: at(1_668_100_000),
                old: Some(v),
                new: Some(moved.clone()),
            }],
        })
        .unwrap();
        drop(l);
        assert_eq!(version_of(&p), SCHEMA_VERSION);
        let back = SqliteLedger::peek(&p, None, &Renames::new()).unwrap();
        assert_eq!(back.announced.as_ref().unwrap().versions["ev@x"], moved);
        assert_eq!(back.notices.len(), 1);
        assert!(back.settled(KEY, "a@x.org"));
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        l.announce(&Announcement::Clear).unwrap();
        assert!(
            SqliteLedger::peek(&p, None, &Renames::new())
                .unwrap()
                .announced
                .is_none()
        );
    }

    fn last_good(text: &str) -> LastGood {
        LastGood {
            course: "/courses/c.toml".into(),
            course_file: Some(("/courses/c.toml".into(), text.into())),
            syllabus: "/courses/s.txt".into(),
            syllabus_bytes: b"Week 1\tHw1 due".to_vec(),
            at: at(1_668_000_000),
        }
    }

    #[test]
    fn a_version_2_ledger_is_migrated_keeping_its_rows_and_then_keeps_the_last_good_version() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        // A ledger as coursecal wrote it before the last good version: schema 2.
        old_ledger(&p, &[SCHEMA, SCHEMA_V2]);
        let course = Path::new("/courses/c.toml");
        assert_eq!(find_last_good(&p, course).unwrap(), None);
        assert!(
            SqliteLedger::peek(&p, None, &Renames::new())
                .unwrap()
                .settled(KEY, "a@x.org")
        );
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        assert!(!l.claim(KEY, "a@x.org").unwrap(), "the row survived");
        let v = last_good("id = \"c\"\n");
        assert!(l.keep_last_good(&v, None).unwrap());
        let mut seen_later = v.clone();
        seen_later.at = at(1_669_000_000);
        assert!(
            !l.keep_last_good(&seen_later, None).unwrap(),
            "the same version is not written again"
        );
        drop(l);
        assert_eq!(version_of(&p), SCHEMA_VERSION);
        assert_eq!(find_last_good(&p, course).unwrap(), Some(v.clone()));
        assert_eq!(
            find_last_good(&p, Path::new("/other/c.toml")).unwrap(),
            None
        );
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        let edited = last_good("id = \"c\"\nurl = \"https://x\"\n");
        assert!(l.keep_last_good(&edited, None).unwrap());
        assert_eq!(find_last_good(&p, course).unwrap(), Some(edited));
    }

    #[test]
    fn a_version_3_ledger_has_its_former_uids_renamed_in_its_migration_and_in_a_peek() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        // Schema 3, as the coursecal that dropped letters from keys left it: a reminder sent,
        // the event's announced version and a notice, all under its former UID `ev@x`.
        old_ledger(&p, &[SCHEMA, SCHEMA_V2, SCHEMA_V3]);
        let conn = Connection::open(&p).unwrap();
        conn.execute_batch(
            "INSERT INTO announced VALUES ('ev@x', '{\"kind\":\"deadline\",\"title\":\"Übung due\",\"start\":\"2022-11-22T20:59:00Z\"}');
             INSERT INTO baseline VALUES (1, '2022-11-01T00:00:00Z');
             INSERT INTO notice VALUES ('ev@x|notice-1|20221122T205900Z', 'ev@x', '2022-11-02T00:00:00Z', NULL, NULL);
             INSERT INTO announced VALUES ('other@x', '{\"kind\":\"exam\",\"title\":\"Exam\",\"start\":\"2022-11-22T20:59:00Z\"}');",
        )
        .unwrap();
        drop(conn);
        let renames = Renames::from([("ev@x".to_string(), "new@x".to_string())]);
        let new_key = KEY.replacen("ev@x", "new@x", 1);
        let peeked = SqliteLedger::peek(&p, None, &renames).unwrap();
        assert!(peeked.settled(&new_key, "a@x.org") && !peeked.settled(KEY, "a@x.org"));
        let mut l = SqliteLedger::open(&p, None, &renames).unwrap();
        assert_eq!(
            *l.ledger(),
            peeked,
            "a peek reads what the migration writes"
        );
        assert!(
            !l.claim(&new_key, "a@x.org").unwrap(),
            "sent is never owed again"
        );
        let announced = &l.ledger().announced.as_ref().unwrap().versions;
        assert_eq!(
            announced.keys().collect::<Vec<_>>(),
            ["new@x", "other@x"],
            "no event looks cancelled and new"
        );
        assert_eq!(l.ledger().notices[0].key, "new@x|notice-1|20221122T205900Z");
        assert_eq!(l.ledger().notices[0].uid, "new@x");
        drop(l);
        let conn = Connection::open(&p).unwrap();
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
        let renamed: (String, String) = conn
            .query_row("SELECT old_uid, new_uid FROM renamed", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(renamed, ("ev@x".into(), "new@x".into()));
        // A renamed ledger is never renamed again, whatever the course says.
        let again = Renames::from([("new@x".to_string(), "third@x".to_string())]);
        let l = SqliteLedger::open(&p, None, &again).unwrap();
        assert!(l.ledger().settled(&new_key, "a@x.org"));
    }

    #[test]
    fn a_last_good_version_whose_bytes_no_longer_give_its_hash_is_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        l.keep_last_good(&last_good("id = \"c\"\n"), None).unwrap();
        drop(l);
        Connection::open(&p)
            .unwrap()
            .execute("UPDATE last_good SET syllabus_bytes = x'00'", [])
            .unwrap();
        assert_eq!(
            find_last_good(&p, Path::new("/courses/c.toml")).unwrap(),
            None
        );
    }

    fn parse_of(v: &LastGood, key: &str) -> ParsedCourse {
        ParsedCourse {
            course: v.course.clone(),
            key: key.into(),
            stored: "{\"a course\": 1}".into(),
        }
    }

    #[test]
    fn a_version_4_ledger_is_migrated_and_then_keeps_the_parse_with_its_version() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        old_ledger(&p, &[SCHEMA, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4]);
        let course = Path::new("/courses/c.toml");
        assert_eq!(find_parsed(&p, course, "k1"), None, "no table yet");
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        assert!(!l.claim(KEY, "a@x.org").unwrap(), "the row survived");
        let v = last_good("id = \"c\"\n");
        assert!(l.keep_last_good(&v, Some(&parse_of(&v, "k1"))).unwrap());
        assert!(
            !l.keep_last_good(&v, None).unwrap(),
            "a pass that read the kept parse writes nothing"
        );
        drop(l);
        assert_eq!(find_last_good(&p, course).unwrap(), Some(v.clone()));
        let stored = Some(parse_of(&v, "k1").stored);
        assert_eq!(find_parsed(&p, course, "k1"), stored);
        assert_eq!(find_parsed(&p, course, "k2"), None, "another key");
        assert_eq!(find_parsed(&p, Path::new("/other/c.toml"), "k1"), None);
        // A new parse (another key) replaces the old one.
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        assert!(l.keep_last_good(&v, Some(&parse_of(&v, "k2"))).unwrap());
        drop(l);
        assert_eq!(find_parsed(&p, course, "k1"), None);
        assert_eq!(find_parsed(&p, course, "k2"), stored);
    }

    #[test]
    fn a_kept_parse_whose_text_or_key_was_changed_is_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sent.sqlite");
        let v = last_good("id = \"c\"\n");
        let mut l = SqliteLedger::open(&p, None, &Renames::new()).unwrap();
        l.keep_last_good(&v, Some(&parse_of(&v, "k1"))).unwrap();
        drop(l);
        let course = Path::new("/courses/c.toml");
        assert!(find_parsed(&p, course, "k1").is_some());
        let conn = Connection::open(&p).unwrap();
        conn.execute("UPDATE parsed SET stored = '{\"a course\": 2}'", [])
            .unwrap();
        assert_eq!(find_parsed(&p, course, "k1"), None, "damaged text");
        conn.execute(
            "UPDATE parsed SET stored = '{\"a course\": 1}', key = 'k2'",
            [],
        )
        .unwrap();
        assert_eq!(find_parsed(&p, course, "k1"), None);
        assert_eq!(
            find_parsed(&p, course, "k2"),
            None,
            "a key it was not kept under"
        );
        // Neither a missing file nor one that is not a ledger is an error here: the caller parses.
        assert_eq!(
            find_parsed(&dir.path().join("none.sqlite"), course, "k1"),
            None
        );
        std::fs::write(dir.path().join("x.sqlite"), "not a ledger").unwrap();
        assert_eq!(
            find_parsed(&dir.path().join("x.sqlite"), course, "k1"),
            None
        );
    }
}
