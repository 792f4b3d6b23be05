//! A weekly class meeting.

use chrono::{NaiveTime, Weekday};

/// A weekly class meeting: a weekday, a time span and a room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// Day of the week.
    pub day: Weekday,
    /// Local start time.
    pub start: NaiveTime,
    /// Local end time.
    pub end: NaiveTime,
    /// Room, if given.
    pub location: Option<String>,
}
