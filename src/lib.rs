//! coursecal turns a published course syllabus into events, a subscribable iCalendar feed
//! and email reminders.
//!
//! Data flow:
//!
//! ```text
//! syllabus text ─┐  syllabus::parse   course::build         ┌─ feed::render ─▶ .ics ┐ publish ─▶ public/
//! course TOML ───┘  (config::parse) ─▶ (overrides) ─▶ Course ─┤                       │  (pages, atomic writes)
//!                                                              └─ reminder::plan ─▶ mail::compose
//!                                                                       │                 │
//!                                                            daemon::tick: plan → send → record (ledger)
//! ```
//!
//! `syllabus`, `config::parse`, `course`, `feed`, `timezone`, `reminder`, `mail::compose` and
//! the page builders in `publish` are pure: they take values (including `now`) and return
//! values. I/O happens only at the edges: `app` reads files, writes output and maps errors to
//! exit codes; `clock` is the only reader of the wall clock; `publish::write_atomic` writes
//! files; `ledger::LockedLedger` locks and rewrites the sent-reminder state; `mail::Mailer`
//! implementations talk SMTP or write the outbox; and `daemon` (via `app`) sleeps between
//! cron ticks. `daemon::tick` is the one pass that both `remind` and `daemon` run.

pub mod app;
pub mod cli;
pub mod clock;
pub mod config;
pub mod course;
pub mod daemon;
pub mod event;
pub mod feed;
pub mod ledger;
pub mod mail;
pub mod publish;
pub mod reminder;
pub mod syllabus;
pub mod timezone;
