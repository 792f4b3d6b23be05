//! coursecal turns a published course syllabus into events, a subscribable iCalendar feed
//! and email reminders.
//!
//! Layers, each a folder that uses only the ones above it in this list (`tests/layers.rs`
//! fails the build otherwise):
//!
//! ```text
//! model     Course, Event, When, Term, Meeting; local time <-> instant             pure
//! syllabus  decode -> layout readers -> rows -> recognisers (one lexicon) -> events pure
//! course    file (TOML, lines kept) + build (overrides) -> Course; settings,       pure
//!           crontab, paths and multi-course policy for the layers above
//! feed      ics (+ vtimezone) and page (+ html): Course -> .ics and subscribe pages pure
//! remind    plan, schedule, compose, roster, ledger (LedgerStore; sqlite), transport (Mailer),
//!           tick: plan -> compose -> send -> record, one pass for remind and daemon
//! cli       args, load, one module per command, the daemon loop, the exit-code map  I/O
//! ```
//!
//! Data flow: bytes → `syllabus::decode` → `course::build` (with the course file from
//! `course::file::parse`) → `model::Course` → `feed::render` → `.ics`; and
//! `Course` → `remind::tick` (`plan` against the ledger → `compose` → `Mailer::send` →
//! `LedgerStore::record`, each message recorded before the next one goes out).
//!
//! Where I/O happens, and nowhere else: `cli` reads files and arguments, prints, and maps
//! errors to exit codes; `clock` is the one reader of the wall clock (`--now` replaces it);
//! `atomic_file` is the one writer of whole files (temporary file, fsync, rename);
//! `remind::sqlite::SqliteLedger` is the ledger database (SQLite, WAL, one transaction per
//! message, so overlapping passes take turns and never send twice); the
//! `remind::transport` mailers talk SMTP or write the outbox; `cli::daemon` sleeps between
//! cron ticks behind a `Sleeper`. Everything else takes values (including `now`) and
//! returns values, and is unit-tested that way (`remind::tick` on a `MemoryLedger` and a
//! scripted `StubMailer`).

pub mod atomic_file;
pub mod cli;
pub mod clock;
pub mod course;
pub mod feed;
pub mod model;
pub mod remind;
pub mod syllabus;
