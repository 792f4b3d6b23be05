//! The time zone a syllabus says its times are in ("Times are Eastern", "11:59 PM ET",
//! "(GMT+3)"). The syllabus layer only reports it; the course decides whether it becomes the
//! course's zone (no zone given) or a warning (a different zone given).

use std::sync::LazyLock;

use crate::syllabus::lean::Lean;
use chrono_tz::Tz;

use super::lean::{Grouped, Groups, lean};

use super::lexicon::{ZONE_ABBR_PATTERN, ZONE_NAME_PATTERN, ZONE_OFFSET_PATTERN, ZONE_WORDS};

/// A zone the syllabus names, where and as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedZone {
    /// 1-based line of the text.
    pub line: usize,
    /// The words that name it ("ET", "Eastern Time", "GMT+3").
    pub written: String,
    /// The zone.
    pub zone: Tz,
}

static ZONE: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        "{ZONE_NAME_PATTERN}|{ZONE_ABBR_PATTERN}|{ZONE_OFFSET_PATTERN}"
    ))
});

/// The first zone the text names for its times, if any.
pub fn stated_zone(text: &str) -> Option<StatedZone> {
    text.lines().enumerate().find_map(|(i, line)| {
        ZONE.groups_iter(line).find_map(|c| {
            let word = c.name("name").or(c.name("name2")).or(c.name("abbr"));
            let zone = match word {
                Some(w) => by_word(&w.as_str().to_lowercase()).or_else(|| by_word(w.as_str())),
                None => by_offset(&c),
            }?;
            let written = word.or(c.get(0)).map_or("", |m| m.as_str()).trim();
            Some(StatedZone {
                line: i + 1,
                written: written.to_string(),
                zone,
            })
        })
    })
}

fn by_word(word: &str) -> Option<Tz> {
    ZONE_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .and_then(|(_, name)| name.parse().ok())
}

/// "GMT+3" is the IANA zone Etc/GMT-3 (its sign is the other way round); whole hours only.
fn by_offset(c: &Groups<'_>) -> Option<Tz> {
    let hours: u32 = c.name("h")?.as_str().parse().ok()?;
    if c.name("m").is_some_and(|m| m.as_str() != "00") || hours > 14 {
        return None;
    }
    if hours == 0 {
        return Some(chrono_tz::Etc::UTC);
    }
    let sign = if c.name("sign")?.as_str() == "+" {
        '-'
    } else {
        '+'
    };
    format!("Etc/GMT{sign}{hours}").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(text: &str) -> Option<String> {
        stated_zone(text).map(|z| format!("{} {} {}", z.line, z.written, z.zone.name()))
    }

    #[test]
    fn a_zone_named_in_words_after_a_time_or_as_an_offset_is_read() {
        assert_eq!(
            zone("Syllabus\nAll times are Eastern.").as_deref(),
            Some("2 Eastern America/New_York")
        );
        assert_eq!(
            zone("HW1 due 11:59 PM ET").as_deref(),
            Some("1 ET America/New_York")
        );
        assert_eq!(
            zone("Lectures 14:00-16:00 (GMT+3)").as_deref(),
            Some("1 GMT+3 Etc/GMT-3")
        );
        assert_eq!(
            zone("Office hours: Pacific Time").as_deref(),
            Some("1 Pacific America/Los_Angeles")
        );
    }

    #[test]
    fn words_that_only_look_like_zones_are_not() {
        assert_eq!(
            zone("Central limit theorem\nMT 1: Sets\nWeek 3 CT scans\nDue 23:59 AoE"),
            None
        );
        assert_eq!(zone("Eastern philosophy\nPacific islands"), None);
    }
}
