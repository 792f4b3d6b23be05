//! Cells in scripts written without spaces between words (Chinese, Japanese): the words of
//! work and of its hand-in are set apart, so the recognisers read them as words.

use std::borrow::Cow;

use crate::syllabus::lexicon::UNSPACED_WORK_WORDS;

/// The cell with a space on each side of every word of [`UNSPACED_WORK_WORDS`] that touches
/// another letter or a digit ("提交作业2" reads "提交 作业 2").
pub(crate) fn words_apart(cell: &str) -> Cow<'_, str> {
    if !UNSPACED_WORK_WORDS.iter().any(|w| cell.contains(w)) {
        return Cow::Borrowed(cell);
    }
    let mut out = cell.to_string();
    for w in UNSPACED_WORK_WORDS {
        out = out.replace(w, &format!(" {w} "));
    }
    Cow::Owned(out.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_words_without_spaces_are_set_apart() {
        assert_eq!(words_apart("提交作业2"), "提交 作业 2");
        assert_eq!(words_apart("作业3截止"), "作业 3 截止");
        assert_eq!(words_apart("Homework 2 due"), "Homework 2 due");
        assert_eq!(words_apart("布置实验2a"), "布置 实验 2a");
    }
}
