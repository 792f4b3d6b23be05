//! The static site: subscribe pages and server configuration (pure).

use std::fmt::Write as _;

use chrono::{DateTime, Duration, Utc};

// Re-exported so `remind` keeps its path until it imports `feed::html` directly.
use crate::feed::html::{html_escape, url_encode};

use crate::feed::Variant;
use crate::model::Course;
use crate::model::{Event, EventKind, When};

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

/// The pages' style. Under 40rem (phones) each schedule row becomes a card, so no column is
/// ever off-screen; in print the links and the highlight go and rows are not split.
const STYLE: &str = "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.45;color:#1a1a1a}\
h1{font-size:1.5rem;overflow-wrap:anywhere}h2{font-size:1.2rem;margin-top:2rem}\
.feed{border:1px solid #ccc;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}\
.feed a{display:inline-block;margin:.25rem .75rem .25rem 0}\
code{word-break:break-all;background:#f3f3f3;padding:0 .2rem}a{overflow-wrap:anywhere}\
table{border-collapse:collapse;width:100%}\
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #ddd;overflow-wrap:anywhere}\
td.date,td.time{white-space:nowrap}\
tr.cancelled td{color:#6b6b6b}tr.cancelled .title{text-decoration:line-through}\
.tag{font-size:.8em;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:0 .3rem;border-radius:.25rem;margin-right:.3rem}\
.tag.cancelled{background:#fde2e1;color:#8a1f11}.tag.next{background:#ffe9a8;color:#5c4400}\
tr.next td{background:#fff8e0}tr.next td:first-child{box-shadow:inset 4px 0 #e0a800}\
.next-link{background:#fff8e0;border-left:4px solid #e0a800;padding:.5rem .75rem}\
@media (max-width:40rem){table,tbody,tr,td{display:block;width:auto}thead{display:none}\
tr{border:1px solid #ddd;border-radius:.5rem;margin:.6rem 0;padding:.4rem .6rem}\
td{border:0;padding:.1rem 0}\
td.week,td.date,td.time,td.room{display:inline-block;margin-right:.6rem;color:#444;font-size:.95em}\
tr td:empty{display:none}td.week::before{content:\"Week \"}td.what{display:block}\
tr.next td{background:none}tr.next td:first-child{box-shadow:none}tr.next{background:#fff8e0;border-color:#e0a800}}\
@media print{body{max-width:none;padding:0;color:#000}.feed a,.next-link,.howto{display:none}\
.feed{border:0;padding:0}tr{break-inside:avoid}tr.next td{background:none}tr.next td:first-child{box-shadow:none}\
a{color:#000;text-decoration:none}}";

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        html_escape(title)
    )
}

/// The subscribe page of one course: its feeds and its schedule, with the next item as of
/// `now` (the build's time: the page is static) marked.
pub fn course_page(course: &Course, now: DateTime<Utc>) -> String {
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
    if let Some(e) = next_event(course, now) {
        // At the top, so a phone shows it without scrolling; it links the row in the schedule.
        let _ = writeln!(
            b,
            "<p class=\"next-link\">Next, as of {}: <a href=\"#next\">{}, {}</a></p>",
            // With the year: a page left up, or built for a term to come, is read in another one.
            now.with_timezone(&course.timezone).format("%a %-d %b %Y"),
            html_escape(&what_cell(e)),
            html_escape(format!("{} {}", date_cell(e), time_cell(e)).trim_end())
        );
    }
    subscribe_section(course, &mut b);
    schedule_section(course, now, &mut b);
    let _ = writeln!(
        b,
        "<p><small>Made with coursecal from the course syllabus.</small></p>"
    );
    page(&title, &b)
}

/// The "Subscribe" heading and one box per feed; for a course in sections, first the
/// question which section the student is in, with each section's feed and meeting times.
fn subscribe_section(course: &Course, b: &mut String) {
    let _ = writeln!(b, "<h2>Subscribe</h2>");
    let _ = writeln!(
        b,
        "<p>Subscribe once; changes to the schedule reach your calendar by themselves. Times are {} time.</p>",
        html_escape(course.timezone.name())
    );
    if !course.sections.is_empty() {
        sections_boxes(course, b);
    }
    let everything = if course.sections.is_empty() {
        "Everything: lectures, homework, exam"
    } else {
        "Every section's lectures, homework and exams (for the course staff)"
    };
    for (variant, what) in [
        (Variant::All, everything),
        (
            Variant::Deadlines,
            "Only homework releases, deadlines and the exam",
        ),
    ] {
        feed_box(course, variant, what, None, b);
    }
    howto(course.feed_url.is_some(), b);
}

/// How to subscribe in each calendar students use: the page is all they see, the links alone
/// do not work everywhere (Google's phone app cannot add a calendar by URL; Outlook on the web
/// and Thunderbird want the address pasted), and a downloaded .ics is a copy that never changes.
/// `links`: the feed boxes have the subscribe links (the public URL is known).
fn howto(links: bool, b: &mut String) {
    let (google, apple) = if links {
        (
            "on a computer, click \"Add to Google Calendar\", or in Google Calendar choose",
            "(iPhone, iPad, Mac): tap or click \"Subscribe\"; or on a Mac choose",
        )
    } else {
        ("on a computer, in Google Calendar choose", "(Mac): choose")
    };
    let _ = writeln!(
        b,
        "<div class=\"howto\">\n<h3>How to add it to your calendar</h3>\n<ul>\n\
<li><strong>Google Calendar</strong>: {google} Other calendars → + → From URL and paste the feed URL. The phone app cannot add a calendar by URL, but shows it once added.</li>\n\
<li><strong>Apple Calendar</strong> {apple} File → New Calendar Subscription and paste the feed URL.</li>\n\
<li><strong>Outlook</strong> (outlook.com, Microsoft 365): Add calendar → Subscribe from web, and paste the feed URL.</li>\n\
<li><strong>Thunderbird</strong>: File → New → Calendar → On the Network, and paste the feed URL.</li>\n\
</ul>\n<p>Subscribe rather than download the .ics file: a downloaded copy never changes. Calendars fetch changes on their own every few hours (Google: up to a day).</p>\n</div>"
    );
}

/// One feed's box: what it holds, an optional line below, and its links.
fn feed_box(course: &Course, variant: Variant, what: &str, note: Option<&str>, b: &mut String) {
    let file = variant.file_name(course);
    let _ = writeln!(
        b,
        "<div class=\"feed\"><strong>{}</strong><br>",
        html_escape(what)
    );
    if let Some(n) = note {
        let _ = writeln!(b, "{}<br>", html_escape(n));
    }
    feed_box_links(course.feed_url.as_deref(), &file, b);
    let _ = writeln!(b, "</div>");
}

/// "Which section are you in?": one box per section with its meeting times and its feed.
fn sections_boxes(course: &Course, b: &mut String) {
    let _ = writeln!(b, "<h3>Which section are you in?</h3>");
    for (i, s) in course.sections.iter().enumerate() {
        let what = format!("{}: its lectures and exam, and the homework", s.name);
        let times = meeting_times(&s.meetings);
        let note = (!times.is_empty()).then_some(times);
        feed_box(course, Variant::Section(i), &what, note.as_deref(), b);
    }
}

/// A section's meetings in a line: "Mon, Wed 10:40–12:30 (BMB1); Fri 09:40–10:30".
pub fn meeting_times(meetings: &[crate::model::Meeting]) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for m in meetings {
        let when = format!("{}–{}", m.start.format("%H:%M"), m.end.format("%H:%M"));
        let slot = match &m.location {
            Some(l) => format!("{when} ({l})"),
            None => when,
        };
        let day = m.day.to_string();
        match groups.iter_mut().find(|(s, _)| *s == slot) {
            Some((_, days)) => days.push(day),
            None => groups.push((slot, vec![day])),
        }
    }
    groups
        .iter()
        .map(|(slot, days)| format!("{} {slot}", days.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
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

/// The schedule: one row per event, with its week, date, time, room and what it is.
fn schedule_section(course: &Course, now: DateTime<Utc>, b: &mut String) {
    let _ = writeln!(b, "<h2 id=\"schedule\">Schedule</h2>");
    let next = next_event(course, now);
    let _ = writeln!(
        b,
        "<table>\n<thead><tr><th>Week</th><th>Date</th><th>Time</th><th>Room</th><th>What</th></tr></thead>\n<tbody>"
    );
    for e in &course.events {
        let is_next = next.is_some_and(|n| n.uid == e.uid);
        let (class, id, tag) = match (e.cancelled, is_next) {
            (true, _) => (
                " class=\"cancelled\"",
                "",
                "<span class=\"tag cancelled\">Cancelled</span>",
            ),
            (false, true) => (
                " class=\"next\"",
                " id=\"next\"",
                "<span class=\"tag next\">Next</span>",
            ),
            (false, false) => ("", "", ""),
        };
        let _ = writeln!(
            b,
            "<tr{class}{id}><td class=\"week\">{}</td><td class=\"date\">{}</td><td class=\"time\">{}</td><td class=\"room\">{}</td><td class=\"what\">{tag}<span class=\"title\">{}</span></td></tr>",
            e.week.map_or_else(String::new, |w| w.to_string()),
            html_escape(&date_cell(e)),
            html_escape(&time_cell(e)),
            html_escape(e.location.as_deref().unwrap_or("")),
            html_escape(&what_cell(e)),
        );
    }
    let _ = writeln!(b, "</tbody>\n</table>");
}

/// The first event that has not ended at `now` and is not cancelled.
fn next_event(course: &Course, now: DateTime<Utc>) -> Option<&Event> {
    course.events.iter().find(|e| {
        let tz = course.timezone;
        let end = match e.when {
            When::AllDay(_) => e.when.start_instant(tz) + Duration::days(1),
            When::Timed { start, end } => end.unwrap_or(start),
        };
        !e.cancelled && end.with_timezone(&Utc) > now
    })
}

/// The title; a section's lecture says whose it is ("Limits (Group A)").
fn what_cell(e: &Event) -> String {
    match (e.kind, &e.section) {
        (EventKind::Lecture, Some(section)) => format!("{} ({section})", e.title),
        _ => e.title.clone(),
    }
}

fn date_cell(e: &Event) -> String {
    e.when.date().format("%a %-d %b").to_string()
}

/// "09:40–12:30", "23:59" for an instant such as a deadline, nothing for an all-day event.
fn time_cell(e: &Event) -> String {
    match e.when {
        When::AllDay(_) => String::new(),
        When::Timed {
            start,
            end: Some(end),
        } => format!("{}–{}", start.format("%H:%M"), end.format("%H:%M")),
        When::Timed { start, end: None } => start.format("%H:%M").to_string(),
    }
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
