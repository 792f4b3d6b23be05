//! Schedule data files (a course site's `_data/schedule.yml`): a top-level YAML list of flat
//! mappings, one per class or deadline (`- date: "2020-01-21 08:30"` / `  topic: Intro` /
//! `  reading: Ch. 1`). Each mapping is a row of a table whose header is the keys in the order
//! they first appear, so the header and row stages read it like any table: `date` is the date
//! column, `topic` the topic, `reading` the readings. Values lose their quotes and Markdown
//! links keep their text. A key holding a list or a map (more lines indented under it) gives
//! no cell; a column of bare day or month numbers beside a column of full dates is only the
//! date again (`month: 1`, `day: 21`), and is left out.

use crate::syllabus::dates::parse_date_prefix;

/// One `key: value` line of the list, with whether it opens a new mapping (`- key: value`).
fn field(line: &str) -> Option<(bool, &str, &str)> {
    let opens = line.starts_with("- ");
    let body = if opens {
        &line[2..]
    } else if line.starts_with([' ', '\t']) {
        line.trim_start()
    } else {
        return None;
    };
    let (key, value) = body.split_once(':')?;
    let plain_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    let spaced = value.is_empty() || value.starts_with([' ', '\t']);
    (plain_key && spaced).then(|| (opens, key, value.trim()))
}

fn content_lines(raw: &str) -> impl Iterator<Item = (usize, &str)> {
    raw.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end()))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// Whether the text is such a list: it starts with `- key: value`, and every line is a field,
/// a comment, or an item of a list indented under a field; at least two mappings.
pub(super) fn is_data_list(raw: &str) -> bool {
    // Cheap test first: the first line with text opens a mapping.
    let Some((_, first)) = content_lines(raw).next() else {
        return false;
    };
    if !first.starts_with("- ") || field(first).is_none() {
        return false;
    }
    let mut items = 0;
    for (_, line) in content_lines(raw) {
        match field(line) {
            Some((true, _, _)) => items += 1,
            Some(_) => {}
            None if line.starts_with([' ', '\t']) => {}
            None => return false,
        }
    }
    items >= 2
}

/// Quotes taken off a scalar, and Markdown links (`[Intro](notes/intro)`) as their text.
fn scalar(value: &str) -> String {
    let v = value.trim();
    let v = if v.len() >= 2
        && (v.starts_with('"') && v.ends_with('"') || v.starts_with('\'') && v.ends_with('\''))
    {
        &v[1..v.len() - 1]
    } else {
        v
    };
    link_texts(v)
}

fn link_texts(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let Some(end) = after[close + 2..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

/// The list as rows of cells, each with its source line: a header of the keys on the first
/// mapping's line, then one row per mapping.
pub(super) fn rows(raw: &str) -> Vec<(usize, Vec<String>)> {
    let mut keys: Vec<String> = Vec::new();
    let mut items: Vec<(usize, Vec<(String, String)>)> = Vec::new();
    for (no, line) in content_lines(raw) {
        let Some((opens, key, value)) = field(line) else {
            continue;
        };
        if opens {
            items.push((no, Vec::new()));
        }
        // A field indented deeper than the mapping's own belongs to a nested value.
        let nested = !opens && line.len() - line.trim_start().len() > 2;
        let Some((_, fields)) = items.last_mut().filter(|_| !nested && !value.is_empty()) else {
            continue;
        };
        if !keys.iter().any(|k| k == key) {
            keys.push(key.to_string());
        }
        fields.push((key.to_string(), scalar(value)));
    }
    let keys: Vec<String> = keys.into_iter().filter(|k| !date_part(k, &items)).collect();
    let Some(&(first, _)) = items.first() else {
        return Vec::new();
    };
    let mut out = vec![(first, keys.clone())];
    out.extend(items.into_iter().map(|(no, fields)| {
        let cells = keys
            .iter()
            .map(|k| {
                fields
                    .iter()
                    .find(|(key, _)| key == k)
                    .map_or_else(String::new, |(_, v)| v.clone())
            })
            .collect();
        (no, cells)
    }));
    out
}

/// Whether every value of `key` is a bare number of at most 31 while another key holds a full
/// date in the same mappings: the day or month of that date, written again.
fn date_part(key: &str, items: &[(usize, Vec<(String, String)>)]) -> bool {
    let values: Vec<&(String, String)> = items
        .iter()
        .flat_map(|(_, f)| f.iter().filter(|(k, _)| k == key))
        .collect();
    let small_numbers = !values.is_empty()
        && values
            .iter()
            .all(|(_, v)| v.len() <= 2 && v.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n)));
    small_numbers
        && items.iter().all(|(_, f)| {
            f.iter()
                .any(|(k, v)| k != key && parse_date_prefix(v).is_some_and(|s| s.len >= 8))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &str = "# Week 1\n- month: 1\n  day: 21\n  date: \"2026-01-21 08:30\"\n  topic: \"[Intro](notes/intro)\"\n  reading: 'Ch. 1'\n\n- month: 1\n  day: 23\n  date: \"2026-01-23 08:30\"\n  topic: Bits\n  links:\n    - a: b\n";

    #[test]
    fn a_list_of_mappings_is_a_table_of_its_keys_and_the_dates_parts_are_left_out() {
        assert!(is_data_list(LIST));
        assert_eq!(
            rows(LIST),
            vec![
                (2, vec!["date".into(), "topic".into(), "reading".into()]),
                (
                    2,
                    vec!["2026-01-21 08:30".into(), "Intro".into(), "Ch. 1".into()]
                ),
                (
                    8,
                    vec!["2026-01-23 08:30".into(), "Bits".into(), String::new()]
                ),
            ]
        );
    }

    #[test]
    fn markdown_lists_and_prose_are_no_data_list() {
        assert!(!is_data_list("- Sep 6: Intro\n- Sep 8: Sets\n"));
        assert!(!is_data_list(
            "- date: 2026-01-21\n  topic: a\n\nSome prose.\n"
        ));
        assert!(!is_data_list("- date: 2026-01-21\n  topic: a\n"));
        assert!(!is_data_list("---\ntitle: x\n---\n- date: 1\n- date: 2\n"));
    }
}
