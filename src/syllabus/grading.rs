//! Stage 4, recogniser: the grading scheme, "Homework assignments 55% (15+20+20); Written
//! exam 40%".

use std::sync::LazyLock;

use super::lean::Grouped;

use super::lexicon::GRADING_LABEL_PATTERN;

/// One weighted item of the grading scheme, e.g. "Homework assignments 55% (15+20+20)".
#[derive(Debug, Clone, PartialEq)]
pub struct GradeItem {
    /// The item's name as written.
    pub name: String,
    /// Its share of the grade, in percent.
    pub percent: f64,
    /// Per-item split, e.g. [15, 20, 20] for three homeworks.
    pub parts: Vec<f64>,
}

static GRADE_ITEM: LazyLock<crate::syllabus::lean::Lean> = LazyLock::new(|| {
    super::lean::lean(
        r"(?P<name>[A-Za-zÇĞİÖŞÜçğıöşü][^%:;]*?)\s*[:\-–]?\s*%?\s*(?P<pct>[0-9]{1,3}(?:[.,][0-9]+)?)\s*%(?:\s*\((?P<parts>[0-9\s+.,x×%]+)\))?",
    )
});
static GRADING_LABEL: LazyLock<crate::syllabus::lean::Lean> =
    LazyLock::new(|| super::lean::lean(&format!(r"(?i)^\W*({GRADING_LABEL_PATTERN})\b")));

/// Reads the grading scheme: the labelled line and the lines right after it until a blank one.
pub(super) fn find_grading(lines: &[(usize, String)]) -> Vec<GradeItem> {
    let mut items = Vec::new();
    let mut in_block = false;
    for (_, line) in lines {
        let t = line.trim();
        if GRADING_LABEL.is_match(t) {
            in_block = true;
        } else if t.is_empty() || !t.contains('%') {
            if in_block && !items.is_empty() {
                break;
            }
            continue;
        }
        if !in_block {
            continue;
        }
        let body = t.split_once(':').map_or(t, |(label, rest)| {
            if GRADING_LABEL.is_match(label) {
                rest
            } else {
                t
            }
        });
        for c in GRADE_ITEM.groups_iter(body) {
            let name = c["name"]
                .trim()
                .trim_start_matches(['-', '*', '•', ',', ' '])
                .trim()
                .to_string();
            let Ok(percent) = c["pct"].replace(',', ".").parse::<f64>() else {
                continue;
            };
            let parts = c
                .name("parts")
                .map(|p| {
                    p.as_str()
                        .split(['+'])
                        .filter_map(|x| x.trim().trim_end_matches('%').parse().ok())
                        .collect()
                })
                .unwrap_or_default();
            items.push(GradeItem {
                name,
                percent,
                parts,
            });
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grading_weights_with_a_per_homework_split() {
        let lines = vec![(
            1,
            "**Grading:** Homework assignments 55% (15+20+20); Written exam 40%; Participation 5%"
                .to_string(),
        )];
        let g = find_grading(&lines);
        assert_eq!(g.len(), 3);
        assert_eq!(g[0].name, "Homework assignments");
        assert_eq!(g[0].parts, vec![15.0, 20.0, 20.0]);
        assert_eq!(g[1].name, "Written exam");
        assert_eq!(g[1].percent, 40.0);
    }
}
