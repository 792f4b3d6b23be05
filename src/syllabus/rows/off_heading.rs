//! A week's heading without a date that says the week has no classes, over the line that
//! dates the week's days (`Week 11 – Spring Break`, then `Monday, March 27; Wednesday, March
//! 29; Friday, March 31`): the days it dates are the break's, not classes. Before, the heading
//! was read as more of the week above and the days as three lectures.

use std::sync::LazyLock;

use crate::syllabus::activity::is_no_class;
use crate::syllabus::layout::Line;
use crate::syllabus::lean::{Grouped, Lean, lean};
use crate::syllabus::lexicon::{MEETING_NUMBER_WORD_PATTERN, WEEK_WORD_PATTERN};

/// "Week 11 – Spring Break", "Semana 8: Feriado": a week's (or meeting's) number, a dash or a
/// colon, and the heading's words.
static NUMBERED_HEADING: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^\s*(?:{WEEK_WORD_PATTERN}|{MEETING_NUMBER_WORD_PATTERN})\s*#?\s*[0-9]{{1,2}}\s*[–—:-]\s*(.+)$"
    ))
});

/// Whether `line`, a line of one cell without a date, heads a week that has no classes.
pub(super) fn names_week_off(line: &Line) -> bool {
    let [cell] = line.cells.as_slice() else {
        return false;
    };
    if crate::syllabus::dates::find_date(cell).is_some() {
        return false;
    }
    NUMBERED_HEADING
        .groups(cell)
        .is_some_and(|c| is_no_class(c[1].trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numbered_week_heading_naming_a_break_heads_a_week_off() {
        let line = |t: &str| Line::of_cells(1, &[t]);
        assert!(names_week_off(&line("Week 11 – Spring Break")));
        assert!(names_week_off(&line("Semana 8: Feriado")));
        assert!(!names_week_off(&line("Week 12 – Databases: pandas")));
        assert!(!names_week_off(&line("Spring Break")));
        assert!(!names_week_off(&line("Week 11 – Spring Break (March 27)")));
    }
}
