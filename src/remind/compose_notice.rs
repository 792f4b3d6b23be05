//! Change notices and weekly digests, composed (pure) through the same headers and parts as
//! reminders, so every message coursecal sends carries the same headers.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use lettre::message::Mailbox;

use crate::course::settings::{Language, MailSettings};
use crate::model::{Course, EventKind};
use crate::remind::changes::{Difference, Version};
use crate::remind::compose::{
    HeaderFields, Links, alternative, bodies, city, day_text, headers, mail_words, outgoing, parts,
    short_message_id,
};
use crate::remind::digest::Digest;
use crate::remind::notices::Notice;
use crate::remind::transport::Outgoing;

/// Who a message goes to: the envelope's To and Bcc and the ledger's recipient key.
#[derive(Debug, Clone, Copy)]
pub struct Recipient<'a> {
    /// To.
    pub to: &'a [Mailbox],
    /// Bcc.
    pub bcc: &'a [Mailbox],
    /// The ledger's recipient key.
    pub key: &'a str,
}

/// What a message is composed from besides its own content.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The course.
    pub course: &'a Course,
    /// Mail settings (sender, language).
    pub mail: &'a MailSettings,
    /// Links for the footer.
    pub links: &'a Links,
    /// The Date.
    pub now: DateTime<Utc>,
}

/// Deterministic per (message key, recipient): a message repeated after a crash is the same;
/// kept within 78 characters like a reminder's.
fn message_id(key: &str, uid: &str, kind: &str, recipient: &str, from: &Mailbox) -> String {
    let course = uid.split(['-', '@']).next().unwrap_or("course");
    short_message_id(&[course, kind], &format!("{key}\n{recipient}"), from)
}

/// "Thu 24 Nov 23:59" (or "Thu 24 Nov" for an all-day event), in the course's zone.
fn short_when(v: &Version, tz: Tz, lang: Language) -> String {
    let local = v.start.with_timezone(&tz);
    let day = day_text(local.date_naive(), lang, false);
    if v.all_day {
        day
    } else {
        format!("{day} {}", local.format("%H:%M"))
    }
}

/// "Thu 24 Nov 2022, 23:59 (Istanbul)", with the place after it when there is one.
fn long_when(v: &Version, tz: Tz, lang: Language) -> String {
    let local = v.start.with_timezone(&tz);
    let day = day_text(local.date_naive(), lang, true);
    let mut s = if v.all_day {
        day
    } else {
        format!("{day}, {} ({})", local.format("%H:%M"), city(tz))
    };
    if let Some(place) = &v.location {
        s.push_str(&format!(" — {place}"));
    }
    s
}

/// The subject: `[CEng 501] Changed: Hw2 due Thu 24 Nov 23:59 (was Tue 22 Nov)`.
pub fn notice_subject(course: &Course, n: &Notice, lang: Language) -> String {
    let w = mail_words(lang);
    let tz = course.timezone;
    let v = n.change.latest();
    let when = short_when(v, tz, lang);
    let body = if n.told.contains(&Difference::Cancelled) {
        format!("{}: {} {when}", w.cancelled, v.title)
    } else if n.told.contains(&Difference::Added) {
        format!("{}: {} {when}", w.added, v.title)
    } else if n.told.contains(&Difference::Restored) {
        format!("{}: {} {when}", w.restored, v.title)
    } else {
        let old = n.change.old.as_ref().unwrap_or(v);
        let was = if n.told.contains(&Difference::Moved) {
            let (o, l) = (old.start.with_timezone(&tz), v.start.with_timezone(&tz));
            if o.date_naive() == l.date_naive() {
                o.format("%H:%M").to_string()
            } else {
                day_text(o.date_naive(), lang, false)
            }
        } else {
            old.location.clone().unwrap_or_else(|| "-".into())
        };
        let place = match (&v.location, n.told.contains(&Difference::Place)) {
            (Some(p), true) if !n.told.contains(&Difference::Moved) => format!(", {p}"),
            _ => String::new(),
        };
        format!("{}: {} {when}{place} ({} {was})", w.changed, v.title, w.was)
    };
    format!("[{}] {body}", course.code)
}

/// The lines "was: …" and "now: …" (or "When: …" for a new event).
fn notice_lines(n: &Notice, tz: Tz, lang: Language) -> Vec<String> {
    let w = mail_words(lang);
    let capital = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    match (&n.change.old, &n.change.new) {
        (Some(old), new) if !old.cancelled => {
            let now = match new {
                Some(v) if !v.cancelled => long_when(v, tz, lang),
                _ => w.is_cancelled.to_string(),
            };
            vec![
                format!("{}: {}", capital(w.was), long_when(old, tz, lang)),
                format!("{}: {now}", capital(w.now)),
            ]
        }
        _ => vec![format!(
            "{}: {}",
            w.when,
            long_when(n.change.latest(), tz, lang)
        )],
    }
}

/// Composes one change notice (pure). `ics` is the updated event as the feed has it (same
/// UID, the feed's SEQUENCE); `None` when the event left the course.
pub fn compose_notice(
    cx: &Context<'_>,
    n: &Notice,
    ics: Option<&str>,
    r: Recipient<'_>,
) -> Result<Outgoing, lettre::error::Error> {
    let lang = cx.mail.language;
    let subject = notice_subject(cx.course, n, lang);
    let headline = subject
        .strip_prefix(&format!("[{}] ", cx.course.code))
        .unwrap_or(&subject)
        .to_string();
    let mid = message_id(&n.key, &n.change.uid, "notice", r.key, &cx.mail.from);
    let lines = notice_lines(n, cx.course.timezone, lang);
    let w = mail_words(lang);
    let (text, html) = bodies(&headline, &lines, "", cx.links, w.notice_footer, w);
    let builder = headers(&fields(cx, &subject, &mid, r));
    let event = cx.course.event(&n.change.uid);
    let msg = match (event, ics) {
        (Some(e), Some(ics)) => builder.multipart(parts(&mid, &text, &html, e, ics)?)?,
        _ => builder.multipart(alternative(&mid, &text, &html))?,
    };
    Ok(outgoing(&msg, &mid, r.key, &subject, &text))
}

/// The headers every message of the course carries (List-Id, List-Unsubscribe…).
fn fields<'a>(
    cx: &Context<'a>,
    subject: &'a str,
    mid: &'a str,
    r: Recipient<'a>,
) -> HeaderFields<'a> {
    HeaderFields {
        course: cx.course,
        settings: cx.mail,
        subject,
        message_id: mid,
        to: r.to,
        bcc: r.bcc,
        now: cx.now,
    }
}

/// The lines of a digest: one section per kind with events, then the changes.
fn digest_lines(course: &Course, d: &Digest, lang: Language) -> Vec<String> {
    let tz = course.timezone;
    let w = mail_words(lang);
    let kinds = [
        EventKind::Lecture,
        EventKind::Release,
        EventKind::Deadline,
        EventKind::Exam,
    ];
    let mut lines = Vec::new();
    for (kind, title) in kinds.into_iter().zip(w.digest_sections) {
        let items: Vec<&Version> = d.events.iter().filter(|v| v.event_kind() == kind).collect();
        if items.is_empty() {
            continue;
        }
        lines.push(format!("{title}:"));
        for v in items {
            let place = v
                .location
                .as_ref()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default();
            lines.push(format!(
                "- {} — {}{place}",
                short_when(v, tz, lang),
                v.title
            ));
        }
        lines.push(String::new());
    }
    if !d.changes.is_empty() {
        lines.push(format!("{}:", w.digest_changes));
        for c in &d.changes {
            let describe = |v: &Option<Version>| match v {
                Some(v) if !v.cancelled => short_when(v, tz, lang),
                Some(_) | None => w.is_cancelled.to_string(),
            };
            let title = c
                .new
                .as_ref()
                .or(c.old.as_ref())
                .map_or("", |v| v.title.as_str());
            lines.push(format!(
                "- {title}: {} → {}",
                describe(&c.old),
                describe(&c.new)
            ));
        }
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Composes one weekly digest (pure).
pub fn compose_digest(
    cx: &Context<'_>,
    d: &Digest,
    r: Recipient<'_>,
) -> Result<Outgoing, lettre::error::Error> {
    let lang = cx.mail.language;
    let tz = cx.course.timezone;
    let w = mail_words(lang);
    let first = d.week_start.with_timezone(&tz).date_naive();
    let last = first + chrono::Duration::days(6);
    let headline = format!(
        "{}: {} – {}",
        w.this_week,
        day_text(first, lang, false),
        day_text(last, lang, false)
    );
    let subject = format!("[{}] {headline}", cx.course.code);
    let mid = message_id(&d.key, &cx.course.id, "digest", r.key, &cx.mail.from);
    let lines = digest_lines(cx.course, d, lang);
    let (text, html) = bodies(&headline, &lines, "", cx.links, w.digest_footer, w);
    let msg = headers(&fields(cx, &subject, &mid, r)).multipart(alternative(&mid, &text, &html))?;
    Ok(outgoing(&msg, &mid, r.key, &subject, &text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::settings::NoticeSettings;
    use crate::model::When;
    use crate::remind::ledger::{LedgerStore, MemoryLedger};
    use crate::remind::notices::plan_notices;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn course() -> Course {
        let file = crate::course::file::CourseFile {
            url: Some("https://example.edu/ceng501".into()),
            ..Default::default()
        };
        crate::course::build::reference_course(&file)
    }

    fn settings(lang: Language) -> MailSettings {
        MailSettings {
            from: "CEng 501 <bot@example.edu>".parse().unwrap(),
            // As a real course sets it: replies and the organizer are the instructor.
            reply_to: Some("Emre Akbaş <emre@example.edu>".parse().unwrap()),
            language: lang,
            ..MailSettings::default()
        }
    }

    fn links() -> Links {
        Links {
            course: Some("https://example.edu/ceng501".into()),
            feed: Some("https://example.edu/cal/".into()),
        }
    }

    /// Hw2's deadline moved from Tue 22 Nov to Thu 24 Nov, 23:59, announced on Sun 20 Nov.
    fn moved_hw2() -> (Course, Notice) {
        let now = at("2022-11-20T09:00:00+03:00");
        let mut ledger = MemoryLedger::default();
        let before = course();
        let p = plan_notices(&before, &NoticeSettings::default(), ledger.ledger(), now);
        ledger.announce(&p.setup.unwrap()).unwrap();
        let mut after = before;
        let e = after
            .events
            .iter_mut()
            .find(|e| e.key == "deadline-hw2")
            .unwrap();
        if let When::Timed { start, .. } = &mut e.when {
            *start += chrono::Duration::days(2);
        }
        let mut p = plan_notices(&after, &NoticeSettings::default(), ledger.ledger(), now);
        (after, p.notices.remove(0))
    }

    fn notice_eml(lang: Language) -> String {
        let (course, n) = moved_hw2();
        let now = at("2022-11-20T09:00:00+03:00");
        let event = course.event(&n.change.uid).unwrap();
        let ics = crate::feed::single_event(
            &course,
            event,
            &crate::feed::Previous::default(),
            now,
            settings(lang).organizer().email.as_ref(),
        );
        one_student_eml(&course, lang, now, |cx, r| {
            compose_notice(cx, &n, Some(&ics), r)
        })
    }

    /// What `compose` writes for the one student s001 in `lang`, as the .eml text a snapshot
    /// holds.
    fn one_student_eml(
        course: &Course,
        lang: Language,
        now: DateTime<Utc>,
        compose: impl FnOnce(&Context<'_>, Recipient<'_>) -> Result<Outgoing, lettre::error::Error>,
    ) -> String {
        let mail = settings(lang);
        let links = links();
        let cx = Context {
            course,
            mail: &mail,
            links: &links,
            now,
        };
        let to: Vec<Mailbox> = vec!["s001@example.edu".parse().unwrap()];
        let m = compose(
            &cx,
            Recipient {
                to: &to,
                bcc: &[],
                key: "s001@example.edu",
            },
        )
        .unwrap();
        String::from_utf8(m.bytes).unwrap().replace("\r\n", "\n")
    }

    fn digest_eml(lang: Language) -> String {
        let (course, n) = moved_hw2();
        let mut ledger = crate::remind::ledger::Ledger::default();
        ledger.notices.push(crate::remind::ledger::NoticeRecord {
            key: n.key.clone(),
            uid: n.change.uid.clone(),
            at: at("2022-11-20T09:00:00+03:00"),
            old: n.change.old.clone(),
            new: n.change.new.clone(),
        });
        let cron = crate::course::crontab::parse_cron("0 8 * * MON").unwrap();
        let now = at("2022-11-21T08:00:00+03:00");
        let d = crate::remind::digest::due_digest(&course, &cron, &ledger, now).unwrap();
        one_student_eml(&course, lang, now, |cx, r| compose_digest(cx, &d, r))
    }

    #[test]
    fn the_notice_subject_says_what_moved_and_from_where() {
        let (course, n) = moved_hw2();
        assert_eq!(
            notice_subject(&course, &n, Language::En),
            "[CEng 501] Changed: Hw2 due Thu 24 Nov 23:59 (was Tue 22 Nov)"
        );
        assert_eq!(
            notice_subject(&course, &n, Language::Tr),
            "[CEng 501] Değişti: Hw2 due Per 24 Kas 23:59 (önceki Sal 22 Kas)"
        );
    }

    #[test]
    fn the_notice_message_snapshot() {
        insta::assert_snapshot!("notice_hw2_moved_en_eml", notice_eml(Language::En));
    }

    #[test]
    fn the_turkish_notice_message_snapshot() {
        insta::assert_snapshot!("notice_hw2_moved_tr_eml", notice_eml(Language::Tr));
    }

    #[test]
    fn the_digest_message_snapshot() {
        insta::assert_snapshot!("digest_week_en_eml", digest_eml(Language::En));
    }

    #[test]
    fn the_turkish_digest_message_snapshot() {
        insta::assert_snapshot!("digest_week_tr_eml", digest_eml(Language::Tr));
    }

    #[test]
    fn a_notice_is_the_same_bytes_when_recomposed() {
        assert_eq!(notice_eml(Language::Tr), notice_eml(Language::Tr));
    }
}
