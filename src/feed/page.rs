//! The static site: subscribe pages and server configuration (pure).

use std::collections::BTreeMap;
use std::fmt::Write as _;

// Re-exported so `remind` keeps its path until it imports `feed::html` directly.
use crate::feed::html::{html_escape, url_encode};

use crate::feed::Variant;
use crate::model::Course;
use crate::model::{EventKind, When};

/// `.htaccess` for Apache (METU's user pages): the right media type for feeds.
pub const HTACCESS: &str =
    "AddType \"text/calendar; charset=utf-8\" .ics\nAddCharset utf-8 .html\n";

/// The links a student needs to subscribe to one feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedLinks {
    /// The https (or http) URL of the .ics file.
    pub https: String,
    /// The same with the webcal scheme, which opens "subscribe" in most clients.
    pub webcal: String,
    /// Google Calendar's "add by URL" link.
    pub google: String,
}

/// Links for a feed file, given the public base URL of the folder.
pub fn feed_links(base: &str, file: &str) -> FeedLinks {
    let https = format!("{}/{file}", base.trim_end_matches('/'));
    let webcal = match https.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => format!("webcal://{https}"),
    };
    let google = format!(
        "https://calendar.google.com/calendar/r?cid={}",
        url_encode(&webcal)
    );
    FeedLinks {
        https,
        webcal,
        google,
    }
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.45;color:#1a1a1a}\
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}\
.feed{border:1px solid #ccc;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}\
.feed a{display:inline-block;margin:.25rem .75rem .25rem 0}\
code{word-break:break-all;background:#f3f3f3;padding:0 .2rem}\
.table{overflow-x:auto}table{border-collapse:collapse;width:100%}\
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #ddd}\
td.date{white-space:nowrap}.cancelled{text-decoration:line-through;color:#777}";

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        html_escape(title)
    )
}

/// Dates, topics and activities of one schedule row, as HTML fragments.
type WeekCells = (Vec<String>, Vec<String>, Vec<String>);

/// The subscribe page of one course: its feeds and its schedule.
pub fn course_page(course: &Course) -> String {
    let title = match course.term {
        Some(t) => format!("{} — {t}", course.display_name()),
        None => course.display_name(),
    };
    let mut b = String::new();
    let _ = writeln!(b, "<h1>{}</h1>", html_escape(&title));
    if let Some(url) = &course.url {
        let _ = writeln!(
            b,
            "<p>Course page: <a href=\"{0}\">{0}</a></p>",
            html_escape(url)
        );
    }
    subscribe_section(course, &mut b);
    schedule_section(course, &mut b);
    let _ = writeln!(
        b,
        "<p><small>Made with coursecal from the course syllabus.</small></p>"
    );
    page(&title, &b)
}

/// The "Subscribe" heading and one box per feed.
fn subscribe_section(course: &Course, b: &mut String) {
    let _ = writeln!(b, "<h2>Subscribe</h2>");
    let _ = writeln!(
        b,
        "<p>Subscribe once; changes to the schedule reach your calendar by themselves. Times are {} time.</p>",
        html_escape(course.timezone.name())
    );
    for (variant, what) in [
        (Variant::All, "Everything: lectures, homework, exam"),
        (
            Variant::Deadlines,
            "Only homework releases, deadlines and the exam",
        ),
    ] {
        let file = variant.file_name(&course.id);
        let _ = writeln!(
            b,
            "<div class=\"feed\"><strong>{}</strong><br>",
            html_escape(what)
        );
        feed_box_links(course.feed_url.as_deref(), &file, b);
        let _ = writeln!(b, "</div>");
    }
}

/// Subscribe links when the public URL is known; otherwise a relative link to copy.
fn feed_box_links(feed_url: Option<&str>, file: &str, b: &mut String) {
    match feed_url {
        Some(base) => {
            let l = feed_links(base, file);
            let _ = writeln!(
                b,
                "<a href=\"{}\">Subscribe (Apple Calendar, Outlook, Thunderbird)</a><a href=\"{}\">Add to Google Calendar</a><br>Feed URL: <code>{}</code>",
                html_escape(&l.webcal),
                html_escape(&l.google),
                html_escape(&l.https)
            );
        }
        None => {
            let _ = writeln!(
                b,
                "<a href=\"{0}\">{0}</a> (copy this link's address and add it by URL in your calendar)",
                html_escape(file)
            );
        }
    }
}

/// The schedule table: one row per week.
fn schedule_section(course: &Course, b: &mut String) {
    let _ = writeln!(
        b,
        "<h2>Schedule</h2>\n<div class=\"table\"><table>\n<thead><tr><th>Week</th><th>Date</th><th>Topic</th><th>Released or due</th></tr></thead>\n<tbody>"
    );
    for (week, (dates, topics, acts)) in &week_cells(course) {
        let w = week.map_or_else(String::new, |w| w.to_string());
        let _ = writeln!(
            b,
            "<tr><td>{w}</td><td class=\"date\">{}</td><td>{}</td><td>{}</td></tr>",
            dates.join("<br>"),
            topics.join("<br>"),
            acts.join("<br>")
        );
    }
    let _ = writeln!(b, "</tbody>\n</table></div>");
}

/// Per week: its lectures' dates and topics, and what is released or due that week.
fn week_cells(course: &Course) -> BTreeMap<Option<u32>, WeekCells> {
    let mut weeks: BTreeMap<Option<u32>, WeekCells> = BTreeMap::new();
    for e in &course.events {
        let entry = weeks.entry(e.week).or_default();
        let cls = if e.cancelled {
            " class=\"cancelled\""
        } else {
            ""
        };
        let date = match e.when {
            When::AllDay(d) => d.format("%a %-d %b").to_string(),
            When::Timed { start, .. } => start.format("%a %-d %b %H:%M").to_string(),
        };
        if e.kind == EventKind::Lecture {
            entry
                .0
                .push(format!("<span{cls}>{}</span>", html_escape(&date)));
            // A topic taught over several meetings of the week is listed once.
            if !entry.1.iter().any(|t| t.contains(&html_escape(&e.title))) {
                entry
                    .1
                    .push(format!("<span{cls}>{}</span>", html_escape(&e.title)));
            }
        } else {
            entry.2.push(format!(
                "<span{cls}>{}: {}</span>",
                html_escape(&e.title),
                html_escape(&date)
            ));
        }
    }
    weeks
}

/// One line of the index: a course's id (its page is `<id>.html`) and its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    /// The course id.
    pub id: String,
    /// "CEng 501 Deep Learning, Fall 2022".
    pub title: String,
}

impl IndexEntry {
    /// The entry of a course built in this run.
    pub fn of(c: &Course) -> IndexEntry {
        let term = c.term.map(|t| format!(", {t}")).unwrap_or_default();
        IndexEntry {
            id: c.id.clone(),
            title: format!("{}{term}", c.display_name()),
        }
    }

    /// The entry of a course published earlier, named from its feed's `X-WR-CALNAME`
    /// ("CEng 501 Deep Learning (Fall 2022)"); the id when the feed names nothing.
    pub fn from_feed(id: &str, ics: &str) -> IndexEntry {
        let name = crate::feed::ics::unfold(ics)
            .into_iter()
            .find_map(|l| l.strip_prefix("X-WR-CALNAME:").map(str::to_string));
        let title = match name {
            Some(n) => {
                let n = n
                    .replace("\\,", ",")
                    .replace("\\;", ";")
                    .replace("\\\\", "\\");
                match n.rsplit_once(" (") {
                    Some((course, term)) if term.ends_with(')') => {
                        format!("{course}, {}", term.trim_end_matches(')'))
                    }
                    _ => n,
                }
            }
            None => id.to_string(),
        };
        IndexEntry {
            id: id.to_string(),
            title,
        }
    }
}

/// The index of several courses, linking each course's page.
pub fn index_page(courses: &[IndexEntry]) -> String {
    let mut b = String::from("<h1>Course calendars</h1>\n<ul>\n");
    for c in courses {
        let _ = writeln!(
            b,
            "<li><a href=\"{}.html\">{}</a></li>",
            html_escape(&c.id),
            html_escape(&c.title),
        );
    }
    b.push_str("</ul>\n");
    page("Course calendars", &b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_course_published_earlier_is_named_from_its_feed() {
        let ics = "BEGIN:VCALENDAR\r\nNAME:x\r\nX-WR-CALNAME:CS 1 Data\\, Models (Spr\r\n ing 2024)\r\nEND:VCALENDAR\r\n";
        assert_eq!(
            IndexEntry::from_feed("cs1", ics),
            IndexEntry {
                id: "cs1".into(),
                title: "CS 1 Data, Models, Spring 2024".into()
            }
        );
        assert_eq!(IndexEntry::from_feed("cs2", "").title, "cs2");
    }

    #[test]
    fn feed_links_use_webcal_and_google_add_by_url() {
        let l = feed_links("https://user.ceng.metu.edu.tr/~emre/cal/", "ceng501.ics");
        assert_eq!(
            l.https,
            "https://user.ceng.metu.edu.tr/~emre/cal/ceng501.ics"
        );
        assert_eq!(
            l.webcal,
            "webcal://user.ceng.metu.edu.tr/~emre/cal/ceng501.ics"
        );
        assert_eq!(
            l.google,
            "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fuser.ceng.metu.edu.tr%2F~emre%2Fcal%2Fceng501.ics"
        );
    }
}
