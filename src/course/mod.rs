//! The course file (TOML, with the line of every key) and the overrides that turn the
//! parser's output into a [`crate::model::Course`]. Also the settings types of the layers
//! above (reminders, mail, the cron line), so those layers never read the course file; where
//! a course's files are ([`paths`]); and the rules for several courses in one run ([`multi`]).

pub mod build;
pub mod crontab;
pub mod file;
pub mod multi;
pub mod paths;
pub mod settings;
pub mod strings;
pub mod suggest;

pub use build::{CliOverrides, CourseError, OverrideError, build};
pub use file::{ConfigError, CourseFile};
pub use multi::{DuplicateId, check_unique_ids, now_zone};
pub use paths::{CoursePaths, course_dir, ledger_path, resolve_paths};
