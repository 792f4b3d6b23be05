//! Breaks in a table of one row per day: a day off that opens a break (`Spring Recess, no
//! class` on the Monday) with the other days of its week left blank after it. The blank days
//! are more of the break, as a ditto mark under it would say, not classes whose topic was
//! not written.

use chrono::NaiveDate;

use super::WeekRow;
use crate::syllabus::dates::week_monday;

/// Marks as no class each blank row (`blank[i]`) that comes after a day off of its calendar
/// week with only blank rows, days off or labs between. A blank row before the day off (a
/// Tuesday class in the week of a Friday holiday) stays a class, and a row with a topic ends
/// the break.
pub(super) fn mark(rows: &mut [WeekRow], blank: &[bool]) {
    // The Monday of the week whose break is running.
    let mut on_break: Option<NaiveDate> = None;
    for (r, b) in rows.iter_mut().zip(blank) {
        let week = week_monday(r.date);
        if on_break != Some(week) || r.range_end.is_some() {
            on_break = None;
        }
        if opens_break(r) {
            on_break = Some(week);
        } else if *b {
            r.no_class |= on_break.is_some();
        } else if r.session.is_none() && !day_off(r) {
            on_break = None;
        }
    }
}

/// A row that may open a break: a day without class that is no single named day. A public
/// holiday or a class called off ("MLK Day", "Cancelled") names only its own date (see
/// `days_off::called_off`), and the blank days after it are classes.
fn opens_break(r: &WeekRow) -> bool {
    r.no_class
}

/// A row that is a day without class: marked so, or naming its own date as one.
fn day_off(r: &WeekRow) -> bool {
    r.no_class || r.skip.contains(&r.date)
}
