//! coursecal turns a published course syllabus into events, a subscribable iCalendar feed
//! and email reminders.
//!
//! Layers, each a folder that depends only on the ones above it in this list (CI checks it,
//! see `tests/layers.rs`):
//!
//! ```text
//! model     Course, Event, When, Term, Meeting; local time ↔ instant         (pure)
//! syllabus  text → normalise → layout readers → rows → recognisers → events (pure)
//! course    course file (TOML) + overrides → model::Course; settings types  (pure)
//! feed      Course → .ics (VTIMEZONE from the tz database), subscribe pages (pure)
//! remind    plan → compose → tick (send, record) behind Ledger and Mailer seams
//! cli       arguments, one module per command, the daemon loop, exit codes  (I/O)
//! ```
//!
//! Data flow: syllabus text and the course file become a `Course` (`course::build`); the
//! feed renders it (`feed::render`); `remind::tick` plans the due reminders against the
//! ledger, composes each message, sends it through a `Mailer` and records it.
//!
//! I/O happens only at the edges: `cli` reads files, prints and maps errors to exit codes;
//! `clock` is the only reader of the wall clock; `atomic_file` is the only writer of files;
//! the file-backed ledger (`remind::ledger::LockedLedger`) locks and rewrites the sent
//! state; the `remind::transport` mailers talk SMTP or write the outbox; `cli::daemon`
//! sleeps between cron ticks. Everything else takes values (including `now`) and returns
//! values.

pub mod atomic_file;
pub mod cli;
pub mod clock;
pub mod course;
pub mod feed;
pub mod model;
pub mod remind;
pub mod syllabus;
