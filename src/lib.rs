//! coursecal turns a published course syllabus into events, a subscribable iCalendar feed
//! and email reminders.
//!
//! Data flow:
//!
//! ```text
//! syllabus text ─┐
//!                ├─ syllabus::parse ─▶ Vec<Event> ─┬─ feed::render ─▶ .ics / index.html
//! course TOML ───┘   (+ config overrides)          └─ reminder::plan ─▶ mail::compose ─▶ send ─▶ ledger
//! ```
//!
//! Everything above is pure: it takes values (including `now`) and returns values.
//! I/O lives at the edges only: `app` reads files and writes output, `clock` reads the
//! wall clock once per run, `mail` talks SMTP or writes the outbox, `ledger` locks and
//! rewrites the sent-reminder state, and `daemon` sleeps between cron ticks.

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
