//! Item-first tables: a row per deliverable with its dates in columns that say what happens
//! on them (`Assignment | Released | Due`, `Item | Posted | Deadline`). Each date is a release
//! or a deadline of the row's item; the table gives no lectures.

use super::roles::{Header, Role};
use crate::syllabus::dates::{DateSpan, parse_date_prefix};
use crate::syllabus::layout::Line;
use crate::syllabus::lexicon::{DUE_VERB, OUT_VERB};

/// One date of an item row: the verb its column gives, the date as written and read, and
/// what follows the date in its cell (a time).
pub(super) struct ItemDate {
    pub(super) verb: &'static str,
    pub(super) date_text: String,
    pub(super) span: DateSpan,
    pub(super) rest: String,
}

/// A row of an item-first table: the item's name and its dates.
pub(super) struct ItemRow {
    pub(super) item: String,
    pub(super) dates: Vec<ItemDate>,
}

/// The row under an item-first header: a header with no date column, an item column and
/// columns with a verb, and a row with a date under at least one of them. Also a sheet table
/// (`Date | Due | Material`): no topic column, and a date in the due column: the first date
/// is when the sheet is handed out.
pub(super) fn row(header: &Header, line: &Line) -> Option<ItemRow> {
    // The cells as gathered under the header's written columns, else (an indented header
    // whose empty first cell is a role of its own, `   Devoir   Date de remise   Matière`)
    // each under its header cell's role.
    row_of(header, header.cells_of(line)?).or_else(|| row_of(header, header.cells_by_role(line)?))
}

/// [`row`] with the row's cells gathered.
fn row_of(header: &Header, cells: Vec<String>) -> Option<ItemRow> {
    let roles = header.roles();
    let mut verbs = header.verbs().to_vec();
    if let Some(r) = verb_dated(roles, &cells) {
        return Some(r);
    }
    let sheets = match roles.iter().position(|r| *r == Role::Date) {
        Some(date_col) => {
            let due_col = verbs.iter().position(|v| *v == Some(DUE_VERB))?;
            if roles.contains(&Role::Topic) || parse_date_prefix(cells[due_col].trim()).is_none() {
                return None;
            }
            verbs[date_col] = Some(OUT_VERB);
            true
        }
        None => false,
    };
    let named = |i: usize, roles_ok: &[Role]| verbs[i].is_none() && roles_ok.contains(&roles[i]);
    let item_col = (0..roles.len())
        .find(|&i| named(i, &[Role::Activity, Role::Topic]))
        .or_else(|| {
            // A sheet table names its sheets in its material column ("[Blatt01](01.pdf)"), and
            // a table with a release and a due column its items in a link column
            // (`Assigned | Due | Link`).
            let both = verbs.contains(&Some(OUT_VERB)) && verbs.contains(&Some(DUE_VERB));
            (0..roles.len()).find(|&i| (sheets || both) && named(i, &[Role::Reading, Role::Other]))
        })?;
    // A row that only numbers its item (`Devoir | Date de remise`: "1") names the work of
    // the column's header.
    let item = header
        .numbered_item(item_col, &cells[item_col])
        .unwrap_or_else(|| cells[item_col].trim().to_string());
    if item.is_empty() {
        return None;
    }
    let mut dates: Vec<ItemDate> = cells
        .iter()
        .zip(&verbs)
        .filter_map(|(cell, verb)| {
            let verb = (*verb)?;
            let cell = cell.trim();
            let span = parse_date_prefix(cell)?;
            Some(ItemDate {
                verb,
                date_text: cell[..span.len].to_string(),
                span,
                rest: cell[span.len..].trim().to_string(),
            })
        })
        .collect();
    // A due hour in a column of its own (`Assignment | Due date | Time`) is the deadline's.
    let hour = roles
        .iter()
        .position(|r| *r == Role::Time)
        .and_then(|i| cells.get(i))
        .map(|c| c.trim())
        .filter(|c| !c.is_empty());
    for d in dates
        .iter_mut()
        .filter(|d| d.verb == DUE_VERB && d.rest.is_empty())
    {
        d.rest = hour.unwrap_or_default().to_string();
    }
    (!dates.is_empty()).then_some(ItemRow { item, dates })
}

/// A row of a table of work (`Assignment/Exam | Date | Day`, no topic column) whose date cell
/// says what happens on it: "Due June 6th", "Out: Jan 3".
fn verb_dated(roles: &[Role], cells: &[String]) -> Option<ItemRow> {
    if roles.contains(&Role::Topic) {
        return None;
    }
    let date_col = roles.iter().position(|r| *r == Role::Date)?;
    let item_col = roles.iter().position(|r| *r == Role::Activity)?;
    let cell = cells.get(date_col)?.trim();
    let (word, after) = cell.split_once(char::is_whitespace)?;
    let word = word.trim_end_matches(':').to_lowercase();
    let verb = [DUE_VERB, OUT_VERB].into_iter().find(|v| *v == word)?;
    let after = after.trim_start();
    let span = parse_date_prefix(after)?;
    let item = cells.get(item_col)?.trim().to_string();
    (!item.is_empty()).then(|| ItemRow {
        item,
        dates: vec![ItemDate {
            verb,
            date_text: after[..span.len].to_string(),
            span,
            rest: after[span.len..].trim().to_string(),
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::layout;

    fn line(text: &str) -> Line {
        layout::read(&[text.to_string()])
            .pop()
            .flatten()
            .expect("a row")
    }

    #[test]
    fn an_item_row_gives_each_dated_column_with_its_verb() {
        let h =
            super::super::roles::read_header(&line("Item\tPosted\tDeadline")).expect("a header");
        let r = row(&h, &line("Lab 1\t9/5\t9/19 5pm")).expect("an item row");
        assert_eq!(r.item, "Lab 1");
        let verbs: Vec<&str> = r.dates.iter().map(|d| d.verb).collect();
        assert_eq!(verbs, ["out", "due"]);
        assert_eq!(r.dates[1].rest, "5pm");
    }

    #[test]
    fn a_release_and_a_due_column_name_their_items_in_a_link_column() {
        let h = super::super::roles::read_header(&line("Assigned\tDue\tLink")).expect("a header");
        let r = row(&h, &line("Thu, Aug 25\tTue, Sep 13\tEssay 1")).expect("an item row");
        assert_eq!(r.item, "Essay 1");
        let verbs: Vec<&str> = r.dates.iter().map(|d| d.verb).collect();
        assert_eq!(verbs, ["out", "due"]);
    }

    #[test]
    fn a_table_with_a_date_column_is_no_item_table() {
        let h = super::super::roles::read_header(&line("Date\tTopic\tDue")).expect("a header");
        assert!(row(&h, &line("Sep 5\tSets\tSep 12")).is_none());
    }

    #[test]
    fn a_date_cell_that_says_due_gives_the_items_deadline() {
        let h = super::super::roles::read_header(&line("| Assignment/Exam | Date | Day |"))
            .expect("a header");
        let r = row(&h, &line("| Homework 1 | Due June 6th | Thursday |")).expect("an item row");
        assert_eq!(r.item, "Homework 1");
        assert_eq!(r.dates[0].verb, "due");
        assert!(row(&h, &line("| Midterm exam | July 3 | Wednesday |")).is_none());
    }
}
