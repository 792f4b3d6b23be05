//! A course as plain data: identity, term, zone, links and its events.

use chrono_tz::Tz;

use super::{Event, Section, Term};

/// Everything coursecal knows about one course for one term.
#[derive(Debug, Clone)]
pub struct Course {
    /// Id used in UIDs and file names, e.g. "ceng501".
    pub id: String,
    /// Code, e.g. "CEng 501".
    pub code: String,
    /// Name, e.g. "Deep Learning".
    pub name: String,
    /// The term.
    pub term: Option<Term>,
    /// The term part of UIDs.
    pub term_slug: String,
    /// Time zone.
    pub timezone: Tz,
    /// Course web page.
    pub url: Option<String>,
    /// Public base URL of the published feed folder.
    pub feed_url: Option<String>,
    /// Suggested refresh interval for subscribers (ISO 8601 duration).
    pub refresh: String,
    /// Its sections, when it is taught in several; empty for one class.
    pub sections: Vec<Section>,
    /// Events in start order; cancelled ones included and marked.
    pub events: Vec<Event>,
    /// Warnings from the syllabus and the overrides.
    pub warnings: Vec<Warning>,
}

impl Course {
    /// Code and name for titles, e.g. "CEng 501 Deep Learning".
    pub fn display_name(&self) -> String {
        if self.name.is_empty() {
            self.code.clone()
        } else {
            format!("{} {}", self.code, self.name)
        }
    }

    /// The event with this UID.
    pub fn event(&self, uid: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.uid == uid)
    }

    /// The section with this name.
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }

    /// Slug of the term, e.g. "fall2022".
    pub fn term_slug(&self) -> String {
        self.term_slug.clone()
    }
}

/// A line set aside or a doubt about it, with the 1-based line number (0: the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line number, or 0 when the warning is about the whole file.
    pub line: usize,
    /// What was wrong and what was done about it.
    pub message: String,
}
