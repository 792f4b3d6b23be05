//! Rules for several courses given to one command: one `--now` zone, distinct ids.

use chrono_tz::Tz;

use crate::model::Course;

/// The zone `--now` is read in when no course is given; the syllabus's default zone.
pub const NO_COURSE_ZONE: Tz = chrono_tz::Europe::Istanbul;

/// The zone a local `--now` is read in: the first course's zone (one `--now` serves every
/// course of the run), or [`NO_COURSE_ZONE`] when there is none.
pub fn now_zone<'a>(courses: impl IntoIterator<Item = &'a Course>) -> Tz {
    courses
        .into_iter()
        .next()
        .map_or(NO_COURSE_ZONE, |c| c.timezone)
}

/// Two courses of one run share an id, so their feeds, pages and ledgers would overwrite
/// each other.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("two courses have the id \"{id}\"; give each course file its own `id`")]
pub struct DuplicateId {
    /// The shared id.
    pub id: String,
    /// Position (0-based) of the course that repeats it, to name its file.
    pub index: usize,
}

/// Checks that no two courses share an id; the error names the first repeated one.
pub fn check_unique_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> Result<(), DuplicateId> {
    let mut seen = std::collections::BTreeSet::new();
    for (index, id) in ids.into_iter().enumerate() {
        if !seen.insert(id) {
            return Err(DuplicateId {
                id: id.to_string(),
                index,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(id: &str, timezone: Tz) -> Course {
        Course {
            id: id.into(),
            code: id.to_uppercase(),
            name: String::new(),
            term: None,
            term_slug: "fall2022".into(),
            timezone,
            url: None,
            feed_url: None,
            refresh: "PT6H".into(),
            sections: Vec::new(),
            events: Vec::new(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn now_is_read_in_the_first_courses_zone() {
        let courses = [
            course("a", chrono_tz::Europe::Berlin),
            course("b", chrono_tz::America::New_York),
        ];
        assert_eq!(now_zone(&courses), chrono_tz::Europe::Berlin);
    }

    #[test]
    fn now_is_read_in_istanbul_time_when_no_course_is_given() {
        assert_eq!(now_zone(&[]), chrono_tz::Europe::Istanbul);
    }

    #[test]
    fn the_zone_without_a_course_is_the_syllabus_default_zone() {
        assert_eq!(
            NO_COURSE_ZONE,
            crate::syllabus::ParseOptions::default().timezone
        );
    }

    #[test]
    fn courses_with_distinct_ids_pass_the_check() {
        assert_eq!(check_unique_ids(["ceng501", "ceng502", "ceng477"]), Ok(()));
        assert_eq!(check_unique_ids([]), Ok(()));
    }

    #[test]
    fn two_courses_with_one_id_are_rejected_naming_the_id_and_the_second_course() {
        let e = check_unique_ids(["ceng501", "ceng502", "ceng501", "ceng502"]).unwrap_err();
        assert_eq!(
            e,
            DuplicateId {
                id: "ceng501".into(),
                index: 2
            }
        );
        assert_eq!(
            e.to_string(),
            "two courses have the id \"ceng501\"; give each course file its own `id`"
        );
    }
}
