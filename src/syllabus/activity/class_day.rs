//! Work due on a day told by the class rather than the calendar: "due before class", "due
//! next class", "due 11:59 pm the night before class". The meeting days decide the date.

use std::sync::LazyLock;

use crate::syllabus::lean::Lean;

use crate::syllabus::lean::lean;
use crate::syllabus::lexicon::{CLASS_COMING_PATTERN, CLASS_EVE_PATTERN, CLASS_NEXT_PATTERN};

/// Which class a deadline is told by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClassDay {
    /// The row's class, or the first one after a week row's date: "due before class".
    Coming,
    /// The class after the row's: "due next class".
    Next,
    /// The day before the coming class: "due the night before class".
    EveBefore,
}

/// The class a deadline's text tells its day by, if it does.
pub(crate) fn read(text: &str) -> Option<ClassDay> {
    static PATTERNS: LazyLock<[(Lean, ClassDay); 3]> = LazyLock::new(|| {
        [
            (CLASS_EVE_PATTERN, ClassDay::EveBefore),
            (CLASS_NEXT_PATTERN, ClassDay::Next),
            (CLASS_COMING_PATTERN, ClassDay::Coming),
        ]
        .map(|(p, d)| (lean(&format!(r"(?i)\b(?:{p})")), d))
    });
    PATTERNS
        .iter()
        .find(|(re, _)| re.is_match(text))
        .map(|(_, d)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_class_tells_the_day() {
        assert_eq!(read(" before class"), Some(ClassDay::Coming));
        assert_eq!(read(" next class"), Some(ClassDay::Next));
        assert_eq!(
            read(" 11:59 pm the night before class"),
            Some(ClassDay::EveBefore)
        );
        assert_eq!(read(" au prochain cours"), Some(ClassDay::Next));
        assert_eq!(
            read(" by midnight the night before"),
            Some(ClassDay::EveBefore)
        );
        assert_eq!(read(" Friday"), None);
        assert_eq!(read(" (see classroom page)"), None);
    }
}
