//! A page whose dated schedule exists only in a calendar widget's script: FullCalendar's
//! inline event list (`events: [{ title: 'Lesson One', start: '2018-11-05T16:00:00', end:
//! '2018-11-05T18:00:00' }, ...]`). A reader of the page sees those events in the widget, so
//! each becomes a row of the page: its date, its hours and its title.

use super::Row;

/// The literal a page using the widget names (its script or stylesheet); pages without it
/// are never searched.
const WIDGET: &str = "fullcalendar";

/// Rows for the events of the page's calendar scripts, in the order written.
pub(super) fn rows(html: &str) -> Vec<Row> {
    if !html.to_ascii_lowercase().contains(WIDGET) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = html[at..].find("start") {
        let key = at + found;
        at = key + "start".len();
        let Some((event, close)) = event_around(html, key) else {
            continue;
        };
        // One row an object, whatever other keys start with "start" ("startEditable").
        at = close;
        let line = html[..key].matches('\n').count() + 1;
        out.push(Row {
            line,
            cells: event,
            heading: false,
        });
    }
    out
}

/// The event object holding the `start` key at `key`, as cells (the date, then the hours if
/// the start has a time, with the end's, and the title), and where the object closes.
fn event_around(html: &str, key: usize) -> Option<(Vec<String>, usize)> {
    let open = html[..key].rfind('{')?;
    let close = key + html[key..].find('}')?;
    let object = &html[open + 1..close];
    if object.contains('{') {
        return None;
    }
    let start = value(object, "start")?;
    let (date, time) = start.split_once('T').unwrap_or((start, ""));
    if !is_iso_date(date) {
        return None;
    }
    let title = value(object, "title").unwrap_or_default();
    let hours = match (
        hour(time),
        value(object, "end").and_then(|e| hour(e.split_once('T')?.1)),
    ) {
        (Some(s), Some(e)) => format!("{s}-{e}"),
        (Some(s), None) => s.to_string(),
        _ => String::new(),
    };
    let cells = vec![
        date.to_string(),
        format!("{hours} {title}").trim().to_string(),
    ];
    Some((cells, close))
}

/// The quoted value of `key` in an object's text: `key: 'text'` or `"key": "text"`.
fn value<'a>(object: &'a str, key: &str) -> Option<&'a str> {
    let mut at = 0;
    while let Some(found) = object[at..].find(key) {
        let after = at + found + key.len();
        at = after;
        let rest = object[after..].trim_start_matches(['"', '\'']).trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let rest = rest.trim_start();
        let quote = rest.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
        let body = &rest[1..];
        return body.find(quote).map(|end| &body[..end]);
    }
    None
}

/// `YYYY-MM-DD`.
fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// `HH:MM` of a time written `HH:MM[:SS]`.
fn hour(time: &str) -> Option<&str> {
    let hm = time.get(..5)?;
    (hm.as_bytes()[2] == b':' && hm.bytes().filter(u8::is_ascii_digit).count() == 4).then_some(hm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_calendar_widgets_inline_events_are_rows_of_date_hours_and_title() {
        let page = "<link href='fullcalendar.min.css'>\n<script>\n$('#c').fullCalendar({\n defaultDate: '2018-11-05',\n events: [\n  { title: 'Lesson One', start: '2018-11-05T16:00:00', end: '2018-11-05T18:00:00' },\n  { \"title\": \"Exam\", \"start\": \"2018-11-09\" }\n ]\n});\n</script>";
        let got: Vec<Vec<String>> = rows(page).into_iter().map(|r| r.cells).collect();
        assert_eq!(
            got,
            [
                vec![
                    "2018-11-05".to_string(),
                    "16:00-18:00 Lesson One".to_string()
                ],
                vec!["2018-11-09".to_string(), "Exam".to_string()],
            ]
        );
        assert_eq!(rows(page)[0].line, 6);
    }

    #[test]
    fn pages_without_the_widget_or_objects_without_a_date_give_no_rows() {
        assert!(rows("<script>var x = { start: '2018-11-05' };</script>").is_empty());
        assert!(rows("<script>fullCalendar({ start: 'soon', title: 'x' })</script>").is_empty());
    }
}
