//! A section of a course: one group of its students with its own weekly meetings.

use chrono::NaiveTime;

use super::Meeting;

/// One section of a course taught in several ("Section 1: Mon/Wed 10:40–12:30, BMB1"):
/// same topics, homework and exam, its own meetings, maybe its own exam time and room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Its name as written, e.g. "Section 1", "L01", "Şube 2"; events name it in
    /// [`Event::section`](super::Event::section).
    pub name: String,
    /// Lower-case ASCII form used in keys, UIDs and file names, e.g. "section-1".
    pub slug: String,
    /// Its weekly meetings.
    pub meetings: Vec<Meeting>,
    /// Its exam start and end, when not the course's.
    pub exam_time: Option<(NaiveTime, NaiveTime)>,
    /// Its exam room, when not the course's.
    pub exam_location: Option<String>,
    /// The roster group its students are in, when not its name.
    pub roster_group: Option<String>,
}

impl Section {
    /// The roster group its students are listed under: `roster_group`, else its name.
    pub fn group(&self) -> &str {
        self.roster_group.as_deref().unwrap_or(&self.name)
    }

    /// Whether this section's exams differ from the course's: its shared exams are then
    /// given once per section.
    pub fn own_exam(&self) -> bool {
        self.exam_time.is_some() || self.exam_location.is_some()
    }
}
