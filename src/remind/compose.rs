//! Reminder mail, composed (pure: values in, an RFC 5322 message out).

use std::time::{Duration as StdDuration, SystemTime};

use chrono::{DateTime, Datelike, Timelike, Utc};
use lettre::Message;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, MultiPartKind, SinglePart};

use crate::course::settings::{Language, MailSettings};
use crate::feed::html::html_escape;
use crate::model::{Course, Event, EventKind, When};
use crate::remind::plan::{Reminder, TimeUnit, time_left};
use crate::remind::transport::Outgoing;

/// 64-bit FNV-1a: a stable, dependency-free hash for identifiers.
pub fn fnv64(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Deterministic per (reminder, recipient, event start), so a message re-sent after a crash
/// between "accepted" and "recorded" is recognisably the same message.
pub fn message_id(reminder: &Reminder, recipient: &str, from: &Mailbox) -> String {
    let h = fnv64(
        [reminder.key.as_bytes(), b"\n", recipient.as_bytes()]
            .concat()
            .as_slice(),
    );
    let local = reminder.uid.split('@').next().unwrap_or("event");
    let lead: String = reminder
        .lead
        .name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    // Written field by field: chrono's `format` re-reads its pattern on every call, and a
    // dry run over a large roster asks for one Message-ID per student.
    let t = reminder.event_start;
    format!(
        "<{local}.{lead}.{:04}{:02}{:02}T{:02}{:02}{:02}Z.{h:016x}@{}>",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        from.email.domain()
    )
}

fn city(tz: chrono_tz::Tz) -> String {
    tz.name()
        .rsplit('/')
        .next()
        .unwrap_or(tz.name())
        .replace('_', " ")
}

fn when_text(e: &Event, lang: Language) -> String {
    let months_tr = [
        "Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara",
    ];
    let days_tr = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"];
    let date = |d: chrono::NaiveDate| match lang {
        Language::En => d.format("%a %-d %b %Y").to_string(),
        Language::Tr => {
            use chrono::Datelike;
            format!(
                "{} {} {} {}",
                days_tr[d.weekday().num_days_from_monday() as usize],
                d.day(),
                months_tr[d.month0() as usize],
                d.year()
            )
        }
    };
    match e.when {
        When::AllDay(d) => date(d),
        When::Timed { start, .. } => format!(
            "{}, {} ({})",
            date(start.date_naive()),
            start.format("%H:%M"),
            city(e.timezone)
        ),
    }
}

fn left_text(n: i64, unit: TimeUnit, lang: Language) -> String {
    match lang {
        Language::En => {
            let word = match unit {
                TimeUnit::Days => "day",
                TimeUnit::Hours => "hour",
                TimeUnit::Minutes => "minute",
            };
            format!("in {n} {word}{}", if n == 1 { "" } else { "s" })
        }
        Language::Tr => {
            let word = match unit {
                TimeUnit::Days => "gün",
                TimeUnit::Hours => "saat",
                TimeUnit::Minutes => "dakika",
            };
            format!("{n} {word} içinde")
        }
    }
}

fn headline(e: &Event, left: &str, lang: Language) -> String {
    let what = e.homework.clone().unwrap_or_else(|| e.title.clone());
    match (lang, e.kind) {
        (Language::En, EventKind::Deadline) => format!("{what} due {left}"),
        (Language::En, EventKind::Release) => format!("{what} is released {left}"),
        (Language::En, _) => format!("{} {left}", e.title),
        (Language::Tr, EventKind::Deadline) => format!("{what} teslimi {left}"),
        (Language::Tr, EventKind::Release) => format!("{what} {left} yayınlanıyor"),
        (Language::Tr, _) => format!("{} {left}", e.title),
    }
}

/// Links shown in every message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    /// The course page.
    pub course: Option<String>,
    /// The subscribe page or feed.
    pub feed: Option<String>,
}

/// The fixed words of a message, in its language.
struct Labels {
    when: &'static str,
    place: &'static str,
    course_page: &'static str,
    feed: &'static str,
    footer: &'static str,
}

fn labels(lang: Language) -> Labels {
    match lang {
        Language::En => Labels {
            when: "When",
            place: "Where",
            course_page: "Course page",
            feed: "Calendar feed",
            footer: "This is an automatic reminder from the course calendar; the attached event can be added to your calendar.",
        },
        Language::Tr => Labels {
            when: "Zaman",
            place: "Yer",
            course_page: "Ders sayfası",
            feed: "Takvim aboneliği",
            footer: "Bu, ders takviminden otomatik bir hatırlatmadır; ekteki etkinliği takviminize ekleyebilirsiniz.",
        },
    }
}

/// The plain-text and HTML bodies (the HTML without its document wrapper).
fn bodies(
    event: &Event,
    headline: &str,
    when: &str,
    l: &Labels,
    links: &Links,
) -> (String, String) {
    let mut text = format!("{headline}\n\n{}: {when}\n", l.when);
    let mut html = format!(
        "<p><strong>{}</strong></p>\n<p>{}: {}<br>\n",
        html_escape(headline),
        l.when,
        html_escape(when)
    );
    if let Some(loc) = &event.location {
        text.push_str(&format!("{}: {loc}\n", l.place));
        html.push_str(&format!("{}: {}<br>\n", l.place, html_escape(loc)));
    }
    html.push_str("</p>\n");
    if !event.description.is_empty() {
        text.push_str(&format!("\n{}\n", event.description));
        html.push_str(&format!(
            "<p>{}</p>\n",
            html_escape(&event.description).replace('\n', "<br>\n")
        ));
    }
    text.push('\n');
    for (label, link) in [(l.course_page, &links.course), (l.feed, &links.feed)] {
        if let Some(link) = link {
            text.push_str(&format!("{label}: {link}\n"));
            html.push_str(&format!(
                "<p>{label}: <a href=\"{0}\">{0}</a></p>\n",
                html_escape(link)
            ));
        }
    }
    text.push_str(&format!("\n-- \n{}\n", l.footer));
    html.push_str(&format!(
        "<p style=\"color:#666\"><small>{}</small></p>\n",
        html_escape(l.footer)
    ));
    (text, html)
}

/// The headers: from, subject, date, Message-ID, recipients, and the marks that keep
/// auto-responders quiet.
fn headers(
    settings: &MailSettings,
    subject: &str,
    mid: &str,
    to: &[Mailbox],
    bcc: &[Mailbox],
    now: DateTime<Utc>,
) -> lettre::message::MessageBuilder {
    let date = SystemTime::UNIX_EPOCH
        + StdDuration::from_secs(u64::try_from(now.timestamp()).unwrap_or(0));
    let mut b = Message::builder()
        .from(settings.from.clone())
        .subject(subject)
        .date(date)
        .message_id(Some(mid.to_string()));
    for m in to {
        b = b.to(m.clone());
    }
    for m in bcc {
        b = b.bcc(m.clone());
    }
    if let Some(r) = &settings.reply_to {
        b = b.reply_to(r.clone());
    }
    b = b.raw_header(HeaderValue::new(
        HeaderName::new_from_ascii_str("Auto-Submitted"),
        "auto-generated".into(),
    ));
    b.raw_header(HeaderValue::new(
        HeaderName::new_from_ascii_str("X-Auto-Response-Suppress"),
        "All".into(),
    ))
}

/// multipart/mixed: (text | HTML) alternatives, then the event as an .ics attachment. The
/// boundaries derive from the Message-ID, so the same message is the same bytes.
fn parts(
    mid: &str,
    text: &str,
    html: &str,
    event: &Event,
    ics: &str,
) -> Result<MultiPart, lettre::error::Error> {
    let boundary = format!("coursecal-{:016x}", fnv64(mid.as_bytes()));
    let calendar_type = ContentType::parse("text/calendar; method=PUBLISH; charset=UTF-8")
        .map_err(|_| lettre::error::Error::MissingFrom)?;
    let file = format!("{}.ics", event.key);
    Ok(MultiPart::builder()
        .kind(MultiPartKind::Mixed)
        .boundary(format!("{boundary}-m"))
        .multipart(
            MultiPart::builder()
                .kind(MultiPartKind::Alternative)
                .boundary(format!("{boundary}-a"))
                .singlepart(SinglePart::plain(text.to_string()))
                .singlepart(SinglePart::html(format!(
                    "<!DOCTYPE html>\n<html><body>\n{html}</body></html>\n"
                ))),
        )
        .singlepart(Attachment::new(file).body(ics.to_string(), calendar_type)))
}

/// Composes one reminder message (pure): `now` is the Date, the Message-ID is deterministic.
#[allow(clippy::too_many_arguments)]
pub fn compose(
    course: &Course,
    event: &Event,
    reminder: &Reminder,
    settings: &MailSettings,
    to: &[Mailbox],
    bcc: &[Mailbox],
    recipient_key: &str,
    ics: &str,
    links: &Links,
    now: DateTime<Utc>,
) -> Result<Outgoing, lettre::error::Error> {
    let lang = settings.language;
    let (n, unit) = time_left(now, reminder.event_start);
    let headline = headline(event, &left_text(n, unit, lang), lang);
    let when = when_text(event, lang);
    let subject = format!("[{}] {headline} — {when}", course.code);
    let mid = message_id(reminder, recipient_key, &settings.from);
    let (text, html) = bodies(event, &headline, &when, &labels(lang), links);
    let msg = headers(settings, &subject, &mid, to, bcc, now)
        .multipart(parts(&mid, &text, &html, event, ics)?)?;
    Ok(Outgoing {
        envelope: msg.envelope().clone(),
        bytes: msg.formatted(),
        message_id: mid,
        recipient: recipient_key.to_string(),
        subject,
        text: text.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference_message(lang: Language) -> Outgoing {
        let mut file = crate::course::file::CourseFile {
            url: Some("https://example.edu/ceng501".into()),
            ..Default::default()
        };
        file.feed_url = Some("https://example.edu/cal".into());
        let course = crate::course::build::reference_course(&file);
        // The first 15-minute pass after the 3-day reminder fell due.
        let now = DateTime::parse_from_rfc3339("2022-11-20T00:00:00+03:00")
            .unwrap()
            .with_timezone(&Utc);
        let settings = MailSettings {
            from: "CEng 501 <bot@example.edu>".parse().unwrap(),
            reply_to: Some("Emre Akbaş <emre@example.edu>".parse().unwrap()),
            language: lang,
            ..MailSettings::default()
        };
        let r = crate::remind::plan::reminders(
            &course,
            &crate::course::settings::ReminderSettings::default(),
        )
        .into_iter()
        .find(|r| r.uid.contains("deadline-hw2") && r.lead.name == "3d")
        .unwrap();
        let event = course.events.iter().find(|e| e.uid == r.uid).unwrap();
        let ics = crate::feed::single_event(&course, event, &crate::feed::Previous::default(), now);
        let to = vec!["ceng501-students@example.edu".parse().unwrap()];
        let links = Links {
            course: course.url.clone(),
            feed: Some("https://example.edu/cal/".into()),
        };
        compose(
            &course,
            event,
            &r,
            &settings,
            &to,
            &[],
            "ceng501-students@example.edu",
            &ics,
            &links,
            now,
        )
        .unwrap()
    }

    #[test]
    fn the_reminder_message_snapshot() {
        let m = reference_message(Language::En);
        insta::assert_snapshot!(
            "hw2_3d_en_eml",
            String::from_utf8(m.bytes).unwrap().replace("\r\n", "\n")
        );
    }

    #[test]
    fn the_turkish_reminder_message_snapshot() {
        let m = reference_message(Language::Tr);
        insta::assert_snapshot!(
            "hw2_3d_tr_eml",
            String::from_utf8(m.bytes).unwrap().replace("\r\n", "\n")
        );
    }

    #[test]
    fn messages_are_crlf_7bit_headers_and_byte_identical_when_recomposed() {
        let a = reference_message(Language::Tr);
        let b = reference_message(Language::Tr);
        assert_eq!(a.bytes, b.bytes, "same inputs, same bytes");
        let text = String::from_utf8(a.bytes).unwrap();
        for (i, w) in text.as_bytes().windows(2).enumerate() {
            if w[1] == b'\n' {
                assert_eq!(w[0], b'\r', "bare LF at byte {}", i + 1);
            }
        }
        let head = text.split("\r\n\r\n").next().unwrap();
        assert!(head.is_ascii(), "non-ASCII headers are RFC 2047 encoded");
        assert!(
            text.split("\r\n").all(|l| l.len() <= 998),
            "RFC 5322 line limit"
        );
        assert!(head.contains("Auto-Submitted: auto-generated"));
        assert!(
            text.to_lowercase()
                .contains("content-type: text/calendar; method=publish; charset=utf-8")
        );
    }

    #[test]
    fn message_ids_depend_on_reminder_recipient_and_event_start_only() {
        let r = Reminder {
            key: "u@coursecal|3d|20221122T205900Z".into(),
            uid: "ceng501-fall2022-deadline-hw2@coursecal".into(),
            lead: crate::course::settings::parse_lead("3d").unwrap(),
            due: DateTime::from_timestamp(0, 0).unwrap(),
            event_start: DateTime::from_timestamp(1_669_150_740, 0).unwrap(),
        };
        let from: Mailbox = "bot@ceng.metu.edu.tr".parse().unwrap();
        let a = message_id(&r, "a@x.org", &from);
        assert_eq!(a, message_id(&r, "a@x.org", &from));
        assert_ne!(a, message_id(&r, "b@x.org", &from));
        assert!(
            a.starts_with("<ceng501-fall2022-deadline-hw2.3d.20221122T205900Z.")
                && a.ends_with("@ceng.metu.edu.tr>"),
            "{a}"
        );
    }
}
