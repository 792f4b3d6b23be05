//! The one place that reads the wall clock. Everything else takes `now` as a value.

use chrono::{DateTime, Utc};

/// Reads the wall clock, or the `--now` the user gave.
pub fn now(pinned: Option<DateTime<Utc>>) -> DateTime<Utc> {
    #[allow(clippy::disallowed_methods)]
    pinned.unwrap_or_else(Utc::now)
}
