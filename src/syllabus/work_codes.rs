//! Codes a document's legend defines for what happens to its work ("ho: hand out", "d: due
//! date", "(A) = assigned"), written in brackets after the work in the schedule ("PS1 (ho)",
//! "PS2 (ho); PS1 (d)"). Each bracketed code is put back as the verb it stands for, padded to
//! the code's width so that space-laid columns stay where they were: "PS1 (ho)" reads
//! "PS1 out ", "PS1 (d)" reads "PS1 due". A code nobody defines is left as written.

use std::collections::BTreeMap;

use super::lexicon::{DUE_VERB, OUT_VERB, WORK_CODE_DUE, WORK_CODE_OUT};

/// Longest code read from a legend.
const MAX_CODE: usize = 3;

/// The lines with every bracketed code their legend defines written as its verb; `None` when
/// the document defines no such code or never uses one.
pub(super) fn expanded(lines: &[String]) -> Option<Vec<String>> {
    let codes = legend(lines);
    if codes.is_empty() {
        return None;
    }
    let mut used = false;
    let out = lines
        .iter()
        .map(|line| {
            let mut line = line.clone();
            for (code, verb) in &codes {
                let bracketed = format!("({code})");
                if line.contains(&bracketed) {
                    used = true;
                    line = line.replace(
                        &bracketed,
                        &format!("{verb:<width$}", width = bracketed.len()),
                    );
                }
            }
            line
        })
        .collect();
    used.then_some(out)
}

/// The codes the legend lines define, with their verbs.
fn legend(lines: &[String]) -> BTreeMap<String, &'static str> {
    lines
        .iter()
        .filter_map(|l| definition(l))
        .map(|(code, verb)| (code.to_string(), verb))
        .collect()
}

/// A legend line: a bullet or nothing, a code of letters (bracketed or not), `:`, `=` or a
/// dash, and what it means, nothing else: "• ho: hand out", "(d) = due date".
fn definition(line: &str) -> Option<(&str, &'static str)> {
    let t = line
        .trim()
        .trim_start_matches(['•', '-', '*', '·', '–'])
        .trim_start();
    let (code, meaning) = t.split_once([':', '=', '–', '—'])?;
    let code = code.trim().trim_start_matches('(').trim_end_matches(')');
    let letters = code.chars().count();
    if letters == 0 || letters > MAX_CODE || !code.chars().all(char::is_alphabetic) {
        return None;
    }
    let meaning = meaning
        .trim()
        .trim_end_matches(['.', ';', ','])
        .to_lowercase();
    if WORK_CODE_OUT.contains(&meaning.as_str()) {
        Some((code, OUT_VERB))
    } else if WORK_CODE_DUE.contains(&meaning.as_str()) {
        Some((code, DUE_VERB))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::test_text::lines;

    #[test]
    fn codes_a_legend_defines_are_written_as_their_verbs_at_their_width() {
        let doc = lines(
            "10/18  Priors     PS1 (ho)\n11/01  Sampling   PS2 (ho); PS1 (d)\n\n • ho: hand out\n • d: due date\n",
        );
        let out = expanded(&doc).unwrap();
        assert_eq!(out[0], "10/18  Priors     PS1 out ");
        assert_eq!(out[1], "11/01  Sampling   PS2 out ; PS1 due");
        assert_eq!(out[0].len(), doc[0].len());
    }

    #[test]
    fn codes_nobody_defines_and_legends_of_other_things_change_nothing() {
        assert_eq!(expanded(&lines("10/18  Priors  PS1 (ho)\n")), None);
        assert_eq!(
            expanded(&lines("10/18  Lab (L)\nL: Lecture\nRoom: B12\n")),
            None
        );
        // Defined but never used in brackets.
        assert_eq!(expanded(&lines("d: due date\n10/18 PS1 due\n")), None);
    }
}
