//! Academic terms: the season and year that supply every date's missing year.

use std::fmt;

use serde::Serialize;

/// Academic season of a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Season {
    /// Autumn semester, running from about September into January.
    Fall,
    /// Spring semester, February to June.
    Spring,
    /// Summer school.
    Summer,
    /// Winter quarter or term, which may start in December.
    Winter,
}

/// A term such as "Fall 2022": names the year of every date that lacks one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Term {
    /// The season.
    pub season: Season,
    /// The year the term is named after.
    pub year: i32,
}

/// Years a term may have: a calendar feed can only write four-digit years, and a year
/// outside this range is a typo ("Fall 9999") or a course number ("Math 6000"). The
/// syllabus reader finds years in the same range.
pub const TERM_YEARS: std::ops::RangeInclusive<i32> = 1900..=2099;

impl Term {
    /// The calendar year of a month in this term: Fall 2022's January is in 2023.
    pub fn year_for_month(&self, month: u32) -> i32 {
        match self.season {
            Season::Fall if month <= 6 => self.year + 1,
            Season::Winter if month >= 9 => self.year - 1,
            _ => self.year,
        }
    }

    /// Whether a month is one the term's teaching certainly falls in.
    pub fn core_month(&self, month: u32) -> bool {
        match self.season {
            Season::Fall => (9..=12).contains(&month) || month == 1,
            Season::Spring => (2..=6).contains(&month),
            Season::Summer => (6..=8).contains(&month),
            Season::Winter => month == 12 || (1..=3).contains(&month),
        }
    }

    /// Lower-case, space-free form used in UIDs, e.g. `fall2022`.
    pub fn slug(&self) -> String {
        format!("{}{}", self.season_name().to_lowercase(), self.year)
    }

    fn season_name(&self) -> &'static str {
        match self.season {
            Season::Fall => "Fall",
            Season::Spring => "Spring",
            Season::Summer => "Summer",
            Season::Winter => "Winter",
        }
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.season_name(), self.year)
    }
}
