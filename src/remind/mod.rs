//! Reminder mail: the plan (which reminder is due), the ledger of what was sent, the
//! message, the roster, the transports, and `tick`, the one pass that both `remind` and
//! `daemon` run.

pub mod compose;
pub mod ledger;
pub mod plan;
pub mod roster;
pub mod tick;
pub mod transport;
