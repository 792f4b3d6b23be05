//! Reminder mail, composed (pure: values in, an RFC 5322 message out).

use std::time::{Duration as StdDuration, SystemTime};

use chrono::{DateTime, Datelike, Timelike, Utc};
use lettre::Message;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, Mailboxes, MultiPart, MultiPartKind, SinglePart};

use crate::course::settings::{Language, MailSettings};
use crate::feed::html::html_escape;
use crate::feed::ics::mailto_address;
use crate::model::{Course, Event, EventKind, When};
use crate::remind::plan::{Reminder, TimeUnit, time_left};
use crate::remind::transport::Outgoing;
use crate::syllabus::lexicon::{MAIL_EN, MAIL_TR, MailWords};

/// 64-bit FNV-1a: a stable, dependency-free hash for identifiers.
pub fn fnv64(data: &[u8]) -> u64 {
    fnv64_more(0xcbf2_9ce4_8422_2325, data)
}

/// [`fnv64`] of what was hashed into `h` so far followed by `data`.
fn fnv64_more(mut h: u64, data: &[u8]) -> u64 {
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Deterministic per (reminder, recipient, event start), so a message re-sent after a crash
/// between "accepted" and "recorded" is recognisably the same message.
pub fn message_id(reminder: &Reminder, recipient: &str, from: &Mailbox) -> String {
    let course = reminder.uid.split(['-', '@']).next().unwrap_or("");
    let lead: String = reminder
        .lead
        .name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    // Written field by field: chrono's `format` re-reads its pattern on every call, and a
    // dry run over a large roster asks for one Message-ID per student.
    let t = reminder.event_start;
    let start = format!(
        "{:04}{:02}{:02}T{:02}{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute()
    );
    // The hash of "key\nrecipient", taken in pieces (one Message-ID per student of a roster).
    let unique = [reminder.key.as_bytes(), b"\n", recipient.as_bytes()]
        .iter()
        .fold(fnv64(b""), |h, part| fnv64_more(h, part));
    hashed_message_id(&[course, &lead, &start], unique, from)
}

/// The longest `Message-ID:` line kept: RFC 5322 §2.1.1's 78 characters.
const MAX_LINE: usize = 78;

/// `<readable.hash@domain>` for any kind of message: the 64-bit hash of `unique` (everything
/// that makes the message this one: event, lead, start, recipient) keeps it unique, and the
/// readable parts are dropped from the front while the header line would pass 78 characters
/// (a very long sender domain can still make it longer; it is never cut).
pub fn short_message_id(readable: &[&str], unique: &str, from: &Mailbox) -> String {
    hashed_message_id(readable, fnv64(unique.as_bytes()), from)
}

/// [`short_message_id`] given the hash of what makes the message unique.
fn hashed_message_id(readable: &[&str], unique: u64, from: &Mailbox) -> String {
    let hash = format!("{unique:016x}");
    let domain = from.email.domain();
    let budget = MAX_LINE.saturating_sub("Message-ID: <@>".len() + domain.len() + hash.len());
    let mut parts: Vec<&str> = readable.iter().copied().filter(|p| !p.is_empty()).collect();
    while !parts.is_empty() && parts.iter().map(|p| p.len() + 1).sum::<usize>() > budget {
        parts.remove(0);
    }
    parts.push(&hash);
    format!("<{}@{domain}>", parts.join("."))
}

/// The city of a zone, as messages name it ("Istanbul").
pub(crate) fn city(tz: chrono_tz::Tz) -> String {
    tz.name()
        .rsplit('/')
        .next()
        .unwrap_or(tz.name())
        .replace('_', " ")
}

/// The words of the mail in `lang` (they live in the lexicon with every other word).
pub(crate) fn mail_words(lang: Language) -> &'static MailWords {
    match lang {
        Language::En => &MAIL_EN,
        Language::Tr => &MAIL_TR,
    }
}

/// A date in the message's language: "Tue 22 Nov" (and " 2022" with `year`).
pub(crate) fn day_text(d: chrono::NaiveDate, lang: Language, year: bool) -> String {
    let w = mail_words(lang);
    let short = match (w.short_days, w.short_months) {
        (Some(days), Some(months)) => format!(
            "{} {} {}",
            days[d.weekday().num_days_from_monday() as usize],
            d.day(),
            months[d.month0() as usize]
        ),
        _ => d.format("%a %-d %b").to_string(),
    };
    if year {
        format!("{short} {}", d.year())
    } else {
        short
    }
}

fn when_text(e: &Event, lang: Language) -> String {
    let date = |d: chrono::NaiveDate| day_text(d, lang, true);
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
    let w = mail_words(lang);
    let (one, many) = w.units[match unit {
        TimeUnit::Days => 0,
        TimeUnit::Hours => 1,
        TimeUnit::Minutes => 2,
    }];
    w.time_left
        .replace("{n}", &n.to_string())
        .replace("{unit}", if n == 1 { one } else { many })
}

fn headline(e: &Event, left: &str, lang: Language) -> String {
    let w = mail_words(lang);
    let what = e.homework.as_deref().unwrap_or(&e.title);
    let template = match e.kind {
        EventKind::Deadline => w.due,
        EventKind::Release => w.released,
        _ => return format!("{} {left}", e.title),
    };
    template.replace("{what}", what).replace("{left}", left)
}

/// Links shown in every message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    /// The course page.
    pub course: Option<String>,
    /// The subscribe page or feed.
    pub feed: Option<String>,
}

/// The plain-text and HTML bodies of any message (the HTML without its document wrapper): a
/// headline, lines ("When: …"), the event's description, links, the footer.
pub(crate) fn bodies(
    headline: &str,
    lines: &[String],
    description: &str,
    links: &Links,
    footer: &str,
    w: &MailWords,
) -> (String, String) {
    let mut text = format!("{headline}\n\n");
    let mut html = format!("<p><strong>{}</strong></p>\n<p>", html_escape(headline));
    for l in lines {
        text.push_str(l);
        text.push('\n');
        html.push_str(&format!("{}<br>\n", html_escape(l)));
    }
    html.push_str("</p>\n");
    if !description.is_empty() {
        text.push_str(&format!("\n{description}\n"));
        html.push_str(&format!(
            "<p>{}</p>\n",
            html_escape(description).replace('\n', "<br>\n")
        ));
    }
    if links.course.is_some() || links.feed.is_some() {
        text.push('\n');
    }
    for (label, link) in [(w.course_page, &links.course), (w.feed, &links.feed)] {
        if let Some(link) = link {
            text.push_str(&format!("{label}: {link}\n"));
            html.push_str(&format!(
                "<p>{label}: <a href=\"{0}\">{0}</a></p>\n",
                html_escape(link)
            ));
        }
    }
    text.push_str(&format!("\n-- \n{footer}\n"));
    html.push_str(&format!(
        "<p style=\"color:#666\"><small>{}</small></p>\n",
        html_escape(footer)
    ));
    (text, html)
}

/// What the headers of any message of a course are made from (reminders, notices, digests).
pub struct HeaderFields<'a> {
    /// The course: names the List-Id.
    pub course: &'a Course,
    /// From, Reply-To and the instructor's address.
    pub settings: &'a MailSettings,
    /// The subject, unencoded.
    pub subject: &'a str,
    /// The Message-ID, with angle brackets.
    pub message_id: &'a str,
    /// To.
    pub to: &'a [Mailbox],
    /// Bcc (kept out of the message, used in the envelope).
    pub bcc: &'a [Mailbox],
    /// The Date.
    pub now: DateTime<Utc>,
}

/// The headers every message of a course carries: From, Subject, Date, Message-ID,
/// recipients; the marks that keep auto-responders quiet (RFC 3834 `Auto-Submitted`,
/// Microsoft's `X-Auto-Response-Suppress`); and the list headers that let a student filter
/// the course's mail and ask to be left out (RFC 2919 `List-Id`, RFC 2369 `List-Unsubscribe`
/// to the instructor, who honours it with `[mail] exclude`). No `Precedence: bulk`: RFC 2076
/// calls it non-standard and discouraged, the headers above already stop auto-replies, and
/// providers that read it may file or delay the mail as bulk — a deadline reminder must not be
/// (docs/calendar-standards.md).
pub fn headers(h: &HeaderFields<'_>) -> lettre::message::MessageBuilder {
    let settings = h.settings;
    let date = SystemTime::UNIX_EPOCH
        + StdDuration::from_secs(u64::try_from(h.now.timestamp()).unwrap_or(0));
    let mut b = Message::builder()
        .from(settings.from.clone())
        .subject(h.subject)
        .date(date)
        .message_id(Some(h.message_id.to_string()));
    for m in h.to {
        b = b.to(m.clone());
    }
    for m in h.bcc {
        b = b.bcc(m.clone());
    }
    if let Some(r) = &settings.reply_to {
        b = b.reply_to(r.clone());
    }
    let raw = |name: &'static str, value: String| {
        HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
    };
    b.raw_header(raw("List-Id", list_id(h.course, &settings.from)))
        .raw_header(raw(
            "List-Unsubscribe",
            format!(
                "<mailto:{}?subject=unsubscribe>",
                mailto_address(settings.unsubscribe().email.as_ref())
            ),
        ))
        .raw_header(raw("Auto-Submitted", "auto-generated".into()))
        .raw_header(raw("X-Auto-Response-Suppress", "All".into()))
}

/// `Name <id-term.host>` (RFC 2919): the label is the course id and term, the namespace the
/// host the feed is published on (else the course page's, else the sender's domain), so it
/// is the same in every message of the course and differs between courses and terms.
pub fn list_id(course: &Course, from: &Mailbox) -> String {
    let label: String = format!("{}-{}", course.id, course.term_slug)
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let host = [&course.feed_url, &course.url]
        .into_iter()
        .flatten()
        .find_map(|u| url_host(u))
        .unwrap_or_else(|| from.email.domain().to_ascii_lowercase());
    // A phrase may not hold RFC 5322 specials unquoted; the name is only a description.
    let name: String = course
        .display_name()
        .chars()
        .map(|c| {
            if "()<>@,;:\\\".[]".contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{name} <{label}.{host}>").trim_start().to_string()
}

/// The host of an http(s) URL, when it is a plain DNS name.
fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let ok = !host.is_empty()
        && host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    ok.then(|| host.to_ascii_lowercase())
}

/// The formatted message with every header line of the top block folded to at most 78
/// characters (RFC 5322 §2.1.1) at a space, where folding is allowed: lettre folds the
/// encoded words it writes, but not the address after an encoded display name.
pub fn folded(bytes: Vec<u8>) -> Vec<u8> {
    let Some(end) = bytes.windows(4).position(|w| w == b"\r\n\r\n") else {
        return bytes;
    };
    let head = String::from_utf8_lossy(&bytes[..end]).into_owned();
    let mut out = String::with_capacity(end + 64);
    for line in head.split("\r\n") {
        fold_header_line(line, &mut out);
    }
    let mut folded = out.into_bytes();
    folded.extend_from_slice(&bytes[end + 2..]);
    folded
}

fn fold_header_line(line: &str, out: &mut String) {
    let mut rest = line;
    while rest.len() > MAX_LINE {
        // The last space that leaves something before it on this line.
        // Bytes: a space is never inside a UTF-8 character, so any cut at one is a boundary.
        let cut = rest.as_bytes()[..=MAX_LINE]
            .iter()
            .enumerate()
            .rposition(|(i, &c)| {
                i > 0 && (c == b' ' || c == b'\t') && !rest[..i].trim().is_empty()
            });
        let Some(cut) = cut else { break };
        out.push_str(&rest[..cut]);
        out.push_str("\r\n");
        rest = &rest[cut..];
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// The header block of a formatted message: its bytes up to and with the blank line that ends
/// it (all of them when there is none).
pub fn header_block(bytes: &[u8]) -> Vec<u8> {
    let end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(bytes.len(), |i| i + 4);
    bytes[..end].to_vec()
}

/// `block` (a header block as [`header_block`] gives it) with the To and Message-ID headers of
/// one recipient in place of the template's, formatted and folded as [`headers`] and
/// [`folded`] make them: a dry run's copy for each of a roster's addresses costs a few header
/// lines, not a message built again.
pub fn with_recipient(block: &[u8], to: &Mailbox, message_id: &str) -> Vec<u8> {
    use lettre::message::header::{Headers, MessageId, To};
    let mut set = Headers::new();
    set.set(To::from(Mailboxes::from(to.clone())));
    set.set(MessageId::from(message_id.to_string()));
    let mut lines = String::new();
    for line in set.to_string().split_terminator("\r\n") {
        fold_header_line(line, &mut lines);
    }
    let (to_line, id_line) = match lines.find("\r\nMessage-ID:") {
        Some(i) => lines.split_at(i + 2),
        None => return block.to_vec(),
    };
    let text = String::from_utf8_lossy(block);
    let mut out = String::with_capacity(text.len() + 64);
    let mut skipping = false;
    for line in text.split_inclusive("\r\n") {
        let continued = line.starts_with([' ', '\t']);
        if skipping && continued {
            continue;
        }
        skipping = false;
        let lower = line.get(..11).unwrap_or(line).to_ascii_lowercase();
        if lower.starts_with("to:") {
            out.push_str(to_line);
            skipping = true;
        } else if lower.starts_with("message-id:") {
            out.push_str(id_line);
            skipping = true;
        } else {
            out.push_str(line);
        }
    }
    out.into_bytes()
}

/// The message as sent: formatted, its header lines folded, with what logs and the ledger use.
pub fn outgoing(
    msg: &Message,
    message_id: &str,
    recipient: &str,
    subject: &str,
    text: &str,
) -> Outgoing {
    Outgoing {
        envelope: msg.envelope().clone(),
        bytes: folded(msg.formatted()),
        message_id: message_id.to_string(),
        recipient: recipient.to_string(),
        subject: subject.to_string(),
        text: text.into(),
    }
}

/// multipart/mixed: (text | HTML) alternatives, then the event as an .ics attachment. The
/// boundaries derive from the Message-ID, so the same message is the same bytes.
pub(crate) fn parts(
    mid: &str,
    text: &str,
    html: &str,
    event: &Event,
    ics: &str,
) -> Result<MultiPart, lettre::error::Error> {
    parts_through(&PartsCache::default(), mid, text, html, event, ics)
}

/// The encoded text, HTML and .ics parts of the last reminder composed through it, with what
/// they were made from. A roster's copies of one reminder differ only in their headers and
/// boundaries, and choosing and applying the parts' transfer encodings was a third of
/// composing each copy (callgrind, 201 messages): they are encoded once and cloned, and only
/// when text, HTML, attachment name and .ics are the very same bytes (same bytes out).
#[derive(Default)]
pub struct PartsCache(std::cell::RefCell<Option<(PartsKey, [SinglePart; 3])>>);

/// What a reminder's parts are made from: text, HTML, attachment name, .ics.
type PartsKey = [String; 4];

impl std::fmt::Debug for PartsCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PartsCache")
    }
}

/// [`parts`], the single parts taken from `cache` when they were made from the same bytes.
fn parts_through(
    cache: &PartsCache,
    mid: &str,
    text: &str,
    html: &str,
    event: &Event,
    ics: &str,
) -> Result<MultiPart, lettre::error::Error> {
    let boundary = format!("coursecal-{:016x}", fnv64(mid.as_bytes()));
    let file = format!("{}.ics", event.key);
    let mut kept = cache.0.borrow_mut();
    let fits = |k: &PartsKey| k[0] == text && k[1] == html && k[2] == file && k[3] == ics;
    let [plain, rich, attachment] = match kept.as_ref() {
        Some((key, singles)) if fits(key) => singles.clone(),
        _ => {
            let calendar_type = ContentType::parse("text/calendar; method=PUBLISH; charset=UTF-8")
                .map_err(|_| lettre::error::Error::MissingFrom)?;
            let singles = [
                SinglePart::plain(text.to_string()),
                SinglePart::html(html_document(html)),
                Attachment::new(file.clone()).body(ics.to_string(), calendar_type),
            ];
            let key = [text.into(), html.into(), file, ics.into()];
            kept.insert((key, singles)).1.clone()
        }
    };
    let alternative = MultiPart::builder()
        .kind(MultiPartKind::Alternative)
        .boundary(format!("{boundary}-a"))
        .singlepart(plain)
        .singlepart(rich);
    Ok(MultiPart::builder()
        .kind(MultiPartKind::Mixed)
        .boundary(format!("{boundary}-m"))
        .multipart(alternative)
        .singlepart(attachment))
}

/// The HTML body as a document.
fn html_document(html: &str) -> String {
    format!("<!DOCTYPE html>\n<html><body>\n{html}</body></html>\n")
}

/// multipart/alternative: the text and the HTML (a message without an attachment is this
/// alone). The boundary derives from the Message-ID.
pub(crate) fn alternative(mid: &str, text: &str, html: &str) -> MultiPart {
    let boundary = format!("coursecal-{:016x}", fnv64(mid.as_bytes()));
    MultiPart::builder()
        .kind(MultiPartKind::Alternative)
        .boundary(format!("{boundary}-a"))
        .singlepart(SinglePart::plain(text.to_string()))
        .singlepart(SinglePart::html(html_document(html)))
}

/// Composes one reminder message (pure): `now` is the Date, the Message-ID is deterministic.
/// `cache` holds the parts of the previous message composed through it (the same bytes as
/// composing without it).
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
    cache: &PartsCache,
) -> Result<Outgoing, lettre::error::Error> {
    let lang = settings.language;
    let (n, unit) = time_left(now, reminder.event_start);
    let headline = headline(event, &left_text(n, unit, lang), lang);
    let when = when_text(event, lang);
    let subject = format!("[{}] {headline} — {when}", course.code);
    let mid = message_id(reminder, recipient_key, &settings.from);
    let w = mail_words(lang);
    let mut lines = vec![format!("{}: {when}", w.when)];
    if let Some(place) = &event.location {
        lines.push(format!("{}: {place}", w.place));
    }
    let (text, html) = bodies(
        &headline,
        &lines,
        &event.description,
        links,
        w.reminder_footer,
        w,
    );
    let fields = HeaderFields {
        course,
        settings,
        subject: &subject,
        message_id: &mid,
        to,
        bcc,
        now,
    };
    let body = parts_through(cache, &mid, &text, &html, event, ics)?;
    let msg = headers(&fields).multipart(body)?;
    Ok(outgoing(&msg, &mid, recipient_key, &subject, &text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference_message(lang: Language) -> Outgoing {
        reference_message_to(lang, "ceng501-students@example.edu", &PartsCache::default())
    }

    /// The reference reminder to `to`, composed through `cache`.
    fn reference_message_to(lang: Language, to: &str, cache: &PartsCache) -> Outgoing {
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
        let ics = crate::feed::single_event(
            &course,
            event,
            &crate::feed::Previous::default(),
            now,
            settings.organizer().email.as_ref(),
        );
        let key = to;
        let to = vec![to.parse().unwrap()];
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
            key,
            &ics,
            &links,
            now,
            cache,
        )
        .unwrap()
    }

    #[test]
    fn copies_composed_through_one_cache_are_the_bytes_composed_alone() {
        for lang in [Language::En, Language::Tr] {
            let cache = PartsCache::default();
            for to in ["a@example.edu", "Öğrenci <b@example.edu>", "a@example.edu"] {
                let alone = reference_message_to(lang, to, &PartsCache::default());
                let through = reference_message_to(lang, to, &cache);
                assert_eq!(
                    String::from_utf8(through.bytes).unwrap(),
                    String::from_utf8(alone.bytes).unwrap()
                );
            }
        }
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
    fn long_encoded_senders_and_subjects_are_folded_to_78_characters() {
        let mut m = reference_message(Language::Tr);
        let settings = MailSettings {
            from: "CEng 501 Derin Öğrenme Hatırlatmaları <ceng501-hatirlatma@ceng.metu.edu.tr>"
                .parse()
                .unwrap(),
            reply_to: Some(
                "\"Dr. Öğr. Üyesi Emre Akbaş, Bilgisayar Mühendisliği\" <emre@ceng.metu.edu.tr>"
                    .parse()
                    .unwrap(),
            ),
            ..MailSettings::default()
        };
        let course = crate::course::build::reference_course(&Default::default());
        let subject = "[CEng 501] Ödev 2 teslimi 3 gün içinde — Salı 22 Kasım 2022, 23:59 (İstanbul saati ile)";
        let fields = HeaderFields {
            course: &course,
            settings: &settings,
            subject,
            message_id: "<a@b>",
            to: &["Öğrenciler <liste@example.edu>".parse().unwrap()],
            bcc: &[],
            now: DateTime::from_timestamp(0, 0).unwrap(),
        };
        let msg = headers(&fields).body(String::from("x")).unwrap();
        m.bytes = outgoing(&msg, "<a@b>", "r", subject, "x").bytes;
        let text = String::from_utf8(m.bytes).unwrap();
        let head = text.split("\r\n\r\n").next().unwrap();
        for line in head.split("\r\n") {
            assert!(line.len() <= 78, "{} characters: {line:?}", line.len());
        }
        let parsed = mailparse::parse_mail(text.as_bytes()).unwrap();
        use mailparse::MailHeaderMap as _;
        let h = |n: &str| parsed.headers.get_first_value(n).unwrap();
        assert_eq!(h("Subject"), subject);
        assert!(
            h("From").contains("CEng 501 Derin Öğrenme Hatırlatmaları"),
            "{}",
            h("From")
        );
        assert!(h("From").contains("<ceng501-hatirlatma@ceng.metu.edu.tr>"));
        assert!(h("Reply-To").contains("Bilgisayar Mühendisliği"));
    }

    #[test]
    fn a_recipients_header_block_is_the_one_its_own_message_would_carry() {
        let settings = MailSettings::default();
        let course = crate::course::build::reference_course(&Default::default());
        let block = |to: &Mailbox, id: &str| {
            let fields = HeaderFields {
                course: &course,
                settings: &settings,
                subject: "[CEng 501] Ödev 2 teslimi 3 gün içinde",
                message_id: id,
                to: std::slice::from_ref(to),
                bcc: &[],
                now: DateTime::from_timestamp(0, 0).unwrap(),
            };
            let msg = headers(&fields).body(String::from("x")).unwrap();
            header_block(&folded(msg.formatted()))
        };
        let first: Mailbox = "Ada <ada@example.edu>".parse().unwrap();
        let template = block(&first, "<one@example.edu>");
        for to in [
            "Ayşe Gülşen Çağlayan-Öztürk Yılmazoğlu <ayse.gulsen.caglayan-ozturk@ogrenci.example.edu.tr>",
            "bob@example.edu",
            "\"Doe, Jane\" <jane@example.edu>",
        ] {
            let to: Mailbox = to.parse().unwrap();
            assert_eq!(
                String::from_utf8(with_recipient(&template, &to, "<two@example.edu>")).unwrap(),
                String::from_utf8(block(&to, "<two@example.edu>")).unwrap(),
            );
        }
    }

    #[test]
    fn the_list_id_names_the_course_term_and_feed_host_and_unsubscribe_goes_to_the_instructor() {
        let m = reference_message(Language::En);
        let text = String::from_utf8(m.bytes).unwrap();
        assert!(
            text.contains("\r\nList-Id: CEng 501 Deep Learning <ceng501-fall2022.example.edu>\r\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "\r\nList-Unsubscribe: <mailto:emre@example.edu?subject=unsubscribe>\r\n"
            )
        );
        assert!(!text.contains("Precedence:"));
        let mut course = crate::course::build::reference_course(&Default::default());
        course.name = "Data, \"Models\"; (Proofs)".into();
        let from: Mailbox = "bot@Dept.Example.org".parse().unwrap();
        assert_eq!(
            list_id(&course, &from),
            "CEng 501 Data Models Proofs <ceng501-fall2022.dept.example.org>"
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
        let mut later = r.clone();
        later.key = "u@coursecal|3d|20221123T205900Z".into();
        assert_ne!(a, message_id(&later, "a@x.org", &from), "a moved event");
        assert!(
            a.starts_with("<ceng501.3d.20221122T2059Z.") && a.ends_with("@ceng.metu.edu.tr>"),
            "{a}"
        );
        assert!(format!("Message-ID: {a}").len() <= 78, "{a}");
        let long: Mailbox = "bot@ceng.metu.edu.tr.example.university.edu"
            .parse()
            .unwrap();
        let b = message_id(&r, "a@x.org", &long);
        assert!(format!("Message-ID: {b}").len() <= 78, "{b}");
        let hash = |id: &str| {
            id.split('@')
                .next()
                .unwrap()
                .rsplit(['.', '<'])
                .next()
                .unwrap()
                .to_string()
        };
        assert_eq!(
            hash(&a),
            hash(&b),
            "the readable parts go first, never the hash: {b}"
        );
    }
}
