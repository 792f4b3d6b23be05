//! What gets published: the iCalendar feed with its VTIMEZONEs, and the subscribe pages.
//! Depends on `model` only; writing the files is the shell's job.

pub mod html;
pub mod ics;
pub mod page;
pub mod vtimezone;

pub use ics::{
    Changes, FeedDamage, Previous, Rendered, Variant, check_previous, read_previous, render,
    single_event,
};
