//! Reminder mail: the plan (which reminder is due), the ledger of what was sent, the
//! message, change notices and the weekly digest, the roster, the transports, `tick`, the one pass that both `remind` and
//! `daemon` run, and the daemon's schedule (which courses are due next).

pub mod changes;
pub mod compose;
pub mod compose_notice;
pub mod digest;
pub mod last_good;
pub mod ledger;
pub mod notices;
pub mod parsed;
pub mod plan;
pub mod roster;
pub mod schedule;
pub mod sqlite;
pub mod tick;
pub mod transport;
