//! A sentence that leads a list of days without class ("There will be no lectures on the
//! following dates:", "No class on these days:") and the dated lines right below it: each of
//! them is a day off, whatever else it says ("Sep 4 (Mon) and Sep 6 (Wed) - Business trip").
//! Read before, the list's reasons ("Business trip", "Midterm exam period") were topics, and
//! every day of the list a lecture.

use crate::syllabus::activity::is_no_class;
use crate::syllabus::layout::Line;
use crate::syllabus::text::squash;

/// The longest lead sentence, in words: a paragraph that mentions a holiday is no lead.
const LEAD_WORDS: usize = 16;

/// Where the reader stands towards such a list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum OffList {
    /// No list of days off is open.
    #[default]
    Closed,
    /// A lead sentence was read; blank lines may stand before the first item.
    Led,
    /// Items are being read: a blank or undated line ends the list.
    Items,
}

/// Whether `line` is the sentence leading a list of days off: no date of its own, a no-class
/// phrase, and a colon ending it.
pub(super) fn leads(line: &Line, dated: bool) -> bool {
    if dated {
        return false;
    }
    let text = squash(&line.cells.join(" "));
    let text = text.trim_end_matches(['*', '_', ' ']);
    text.ends_with(':') && text.split_whitespace().count() <= LEAD_WORDS && is_no_class(text)
}

impl OffList {
    /// The state after `line`, which made `rows` rows (the rows are days off when this returns
    /// `Items`); `lead` is [`leads`]'s answer for it.
    pub(super) fn after(self, line: &Line, rows: usize, lead: bool) -> OffList {
        match self {
            _ if lead => OffList::Led,
            OffList::Led | OffList::Items if rows > 0 => OffList::Items,
            OffList::Led if line.is_blank() => OffList::Led,
            _ => OffList::Closed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Line {
        Line::of_cells(1, &[text])
    }

    #[test]
    fn a_no_class_sentence_ending_in_a_colon_leads_a_list() {
        assert!(leads(
            &line("There will be no lectures on the following dates:"),
            false
        ));
        assert!(leads(&line("**No class on these days:**"), false));
    }

    #[test]
    fn a_dated_line_a_sentence_without_a_colon_or_a_long_paragraph_leads_none() {
        assert!(!leads(&line("No class: Friday, March 17"), true));
        assert!(!leads(
            &line("There are no lectures in reading week."),
            false
        ));
        assert!(!leads(&line("Topics:"), false));
        let long = "Please note that the university holidays listed in the calendar of the \
                    faculty office apply to this course as well, as explained here:";
        assert!(!leads(&line(long), false));
    }

    #[test]
    fn the_list_runs_over_its_dated_lines_and_ends_at_the_first_other_line() {
        let blank = line("");
        let text = line("Remarks");
        let s = OffList::Closed.after(&text, 0, true);
        assert_eq!(s, OffList::Led);
        let s = s.after(&blank, 0, false);
        assert_eq!(s, OffList::Led);
        let s = s.after(&text, 2, false);
        assert_eq!(s, OffList::Items);
        let s = s.after(&text, 1, false);
        assert_eq!(s, OffList::Items);
        assert_eq!(s.after(&blank, 0, false), OffList::Closed);
        assert_eq!(OffList::Items.after(&text, 0, false), OffList::Closed);
        assert_eq!(OffList::Closed.after(&text, 1, false), OffList::Closed);
    }
}
