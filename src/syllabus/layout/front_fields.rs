//! The plain top-level fields of a page's YAML front matter (`title: …`, `time: "Tu/Th
//! 2:00–3:15pm"`, `room: …`) as lines of text: course sites keep the course's title, term and
//! meeting time there, and the readers after the layout find them as in a header. Lists,
//! maps, block scalars and dated values (a page's own date) are not fields of that kind.

use crate::syllabus::dates::find_date;

/// The fields as (source line, "key: value"), quotes taken off; `first_line` is the source
/// line of the front matter's first line.
pub(super) fn plain_fields(text: &str, first_line: usize) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            if line.starts_with([' ', '\t', '-', '#']) {
                return None;
            }
            let (key, value) = line.split_once(':')?;
            let key = key.trim();
            let value = value.trim().trim_matches(['"', '\'']).trim();
            let plain = !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_- ".contains(c))
                && !value.is_empty()
                && !value.starts_with(['[', '{', '|', '>', '&', '*'])
                && find_date(value).is_none();
            plain.then(|| (first_line + i, format!("{key}: {value}")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_fields_are_lines_and_lists_maps_and_dates_are_not() {
        let text = "---\ntitle: \"PSYC 230 Memory, Spring 2025\"\ntime: 'Tu/Th 2:00–3:15pm'\n\
                    date: 2025-01-10\ntags: [a, b]\ndescription: |\n  long\nschedule:\n  - x\n---\n";
        assert_eq!(
            plain_fields(text, 1),
            [
                (2, "title: PSYC 230 Memory, Spring 2025".to_string()),
                (3, "time: Tu/Th 2:00–3:15pm".to_string())
            ]
        );
    }
}
