//! The model every layer works on: a course and its dated events, terms, meetings, and the
//! conversion between local wall time and instants. Depends on nothing else in the crate.

pub mod course;
pub mod event;
pub mod meeting;
pub mod section;
pub mod term;
pub mod time;

pub use course::{Course, Warning};
pub use event::{Event, EventKind, When, make_uid};
pub use meeting::Meeting;
pub use section::Section;
pub use term::{Season, TERM_YEARS, Term};
pub use time::{local_datetime, parse_instant};
