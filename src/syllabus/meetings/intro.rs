//! A slot sentence that introduces the table it times: "These are held in Room 4 at 12PM on
//! Wednesdays, unless otherwise noted" written under a schedule's heading and right above its
//! dated rows. An earlier dated table (a list of important dates) can put such a sentence
//! after the schedule's start, where a slot is otherwise taken only with written ends; the
//! rows just below it say that it is theirs, as a label would.

use crate::syllabus::dates::find_date;

/// Most lines with text between the slot line and the first dated row below it: the rest of
/// its paragraph, a heading and a table's header row.
const MAX_LINES_ABOVE_ROWS: usize = 4;

/// Whether the line `no` is followed, within [`MAX_LINES_ABOVE_ROWS`] lines with text, by a
/// dated line.
pub(super) fn introduces_rows(numbered: &[(usize, String)], no: usize) -> bool {
    numbered
        .iter()
        .skip_while(|(n, _)| *n <= no)
        .filter(|(_, line)| !line.trim().is_empty())
        .take(MAX_LINES_ABOVE_ROWS)
        .any(|(_, line)| find_date(line).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::syllabus::meetings::tests::numbered;

    #[test]
    fn a_sentence_over_a_header_and_dated_rows_introduces_them() {
        let lines = numbered(
            "Talks\n\nThese are at 1PM on Thursdays, unless noted.\nCheck the page.\n\n\
Date  Speaker\n5 March  A guest\n",
        );
        assert!(introduces_rows(&lines, 3));
    }

    #[test]
    fn a_sentence_far_from_any_dated_line_introduces_nothing() {
        let lines = numbered(
            "Meetings are at 1PM on Thursdays.\nOne\nTwo\nThree\nFour\nFive\n5 March  A guest\n",
        );
        assert!(!introduces_rows(&lines, 1));
        assert!(!introduces_rows(&lines, 7));
    }
}
