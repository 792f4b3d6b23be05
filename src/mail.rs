//! Reminder mail: composing (pure: values in, an RFC 5322 message out) and sending through a
//! swappable [`Mailer`]: SMTP with STARTTLS or implicit TLS, or an outbox folder of .eml files.

use std::path::PathBuf;
use std::time::{Duration as StdDuration, SystemTime};

use chrono::{DateTime, Utc};
use lettre::address::Envelope;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, MultiPartKind, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport as _};

use crate::course::Course;
use crate::event::{Event, EventKind, When};
use crate::publish::html_escape;
use crate::reminder::{Reminder, TimeUnit, time_left};

/// Language of the reminder text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Turkish.
    Tr,
}

/// One message to the list, or one message per student.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DeliveryMode {
    /// One message To: the list addresses (roster addresses, if any, in Bcc).
    #[default]
    List,
    /// One message per address; no student sees another's address.
    Individual,
}

/// Where the SMTP password comes from: never the course file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Secret {
    /// An environment variable's name.
    Env(String),
    /// A file whose first line is the password.
    File(PathBuf),
}

/// How messages leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportSettings {
    /// SMTP.
    Smtp {
        /// Server host.
        host: String,
        /// Port.
        port: u16,
        /// `true`: implicit TLS (smtps, 465); `false`: STARTTLS required (or plain, below).
        implicit_tls: bool,
        /// Plain text allowed (only to localhost, only when the course file says so).
        plaintext: bool,
        /// Login user.
        user: Option<String>,
        /// Password source.
        password: Option<Secret>,
        /// Extra CA certificate (PEM) to trust, e.g. an institution's private CA.
        ca_file: Option<PathBuf>,
        /// Connection timeout.
        timeout_secs: u64,
    },
    /// Write .eml files to this folder.
    Outbox(PathBuf),
}

/// The `[mail]` settings, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailSettings {
    /// Sender.
    pub from: Mailbox,
    /// Reply-To.
    pub reply_to: Option<Mailbox>,
    /// List addresses.
    pub to: Vec<Mailbox>,
    /// Roster CSV (as Moodle/ODTUClass export participants).
    pub roster: Option<PathBuf>,
    /// Delivery mode.
    pub delivery: DeliveryMode,
    /// Language.
    pub language: Language,
    /// Transport.
    pub transport: TransportSettings,
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings {
            from: Mailbox::new(
                Some("coursecal".into()),
                lettre::Address::new("coursecal", "localhost").expect("a constant, valid address"),
            ),
            reply_to: None,
            to: Vec::new(),
            roster: None,
            delivery: DeliveryMode::List,
            language: Language::En,
            transport: TransportSettings::Outbox(PathBuf::from("outbox")),
        }
    }
}

/// A roster problem, with the CSV line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct RosterError {
    /// 1-based line (0: the file as a whole).
    pub line: usize,
    /// What and what to do.
    pub message: String,
}

fn split_csv_line(line: &str, delim: char) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cur.push('"');
            }
            '"' => quoted = !quoted,
            c if c == delim && !quoted => cells.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    cells.push(cur);
    cells.into_iter().map(|c| c.trim().to_string()).collect()
}

/// Addresses read from a roster, and the rows that had to be skipped.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    /// The addresses, without duplicates.
    pub addresses: Vec<Mailbox>,
    /// Rows whose address is not an address: skipped, so one typo never stops the class's mail.
    pub skipped: Vec<RosterError>,
}

/// Reads addresses from a participants CSV: the column is found by its header
/// ("Email address", "E-mail", "E-posta adresi", …); comma, semicolon or tab separated.
pub fn read_roster(text: &str) -> Result<Roster, RosterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Err(RosterError {
            line: 0,
            message: "the roster is empty; export the participants list as CSV".into(),
        });
    };
    let delim = [',', ';', '\t']
        .into_iter()
        .max_by_key(|d| header.matches(*d).count())
        .unwrap_or(',');
    let cols = split_csv_line(header, delim);
    let col = cols
        .iter()
        .position(|c| {
            let c = c.to_lowercase();
            c.contains("email") || c.contains("e-mail") || c.contains("e-posta") || c.contains("eposta") || c == "mail"
        })
        .ok_or_else(|| RosterError {
            line: 1,
            message: format!("no email column in the header ({}); the roster needs a column named like \"Email address\"", cols.join(", ")),
        })?;
    let mut out = Roster::default();
    for (i, line) in lines {
        let cells = split_csv_line(line, delim);
        let Some(addr) = cells.get(col).filter(|a| !a.is_empty()) else {
            continue;
        };
        match addr.parse::<Mailbox>() {
            Ok(mb) if !out.addresses.iter().any(|m| m.email == mb.email) => out.addresses.push(mb),
            Ok(_) => {}
            Err(_) => out.skipped.push(RosterError {
                line: i + 1,
                message: format!("\"{addr}\" is not an email address; this student gets no reminders until the row is fixed"),
            }),
        }
    }
    Ok(out)
}

/// A message ready to go: envelope, bytes, and its deterministic identity.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// SMTP envelope.
    pub envelope: Envelope,
    /// The RFC 5322 message.
    pub bytes: Vec<u8>,
    /// Its Message-ID, with angle brackets.
    pub message_id: String,
    /// Ledger recipient key.
    pub recipient: String,
    /// Subject, for logs and dry runs.
    pub subject: String,
    /// The plain-text body, for dry runs.
    pub text: String,
}

/// Why a send failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// 4xx: try again on the next pass.
    #[error("{0}")]
    Transient(String),
    /// 5xx: recorded for this recipient, not retried.
    #[error("{0}")]
    Permanent(String),
    /// The server could not be reached or TLS failed: nothing more this pass.
    #[error("{0}")]
    Connection(String),
}

/// The side-effect seam: SMTP in production, an outbox folder by default, a stub in unit tests.
pub trait Mailer {
    /// Hands one message to the transport; `Ok` means it was accepted.
    fn send(&mut self, msg: &Outgoing) -> Result<(), SendError>;

    /// Where messages go, for logs: "via smtp.example.edu:587", "written to outbox/".
    fn describe(&self) -> String;
}

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
    let h = fnv64(format!("{}\n{recipient}", reminder.key).as_bytes());
    let local = reminder.uid.split('@').next().unwrap_or("event");
    let lead: String = reminder
        .lead
        .name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    format!(
        "<{local}.{lead}.{}.{h:016x}@{}>",
        reminder.event_start.format("%Y%m%dT%H%M%SZ"),
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
    let left = left_text(n, unit, lang);
    let when = when_text(event, lang);
    let subject = format!(
        "[{}] {} — {when}",
        course.code,
        headline(event, &left, lang)
    );
    let mid = message_id(reminder, recipient_key, &settings.from);
    let labels = match lang {
        Language::En => [
            "When",
            "Where",
            "Course page",
            "Calendar feed",
            "This is an automatic reminder from the course calendar; the attached event can be added to your calendar.",
        ],
        Language::Tr => [
            "Zaman",
            "Yer",
            "Ders sayfası",
            "Takvim aboneliği",
            "Bu, ders takviminden otomatik bir hatırlatmadır; ekteki etkinliği takviminize ekleyebilirsiniz.",
        ],
    };
    let mut text = format!(
        "{}\n\n{}: {when}\n",
        headline(event, &left, lang),
        labels[0]
    );
    let mut html = format!(
        "<p><strong>{}</strong></p>\n<p>{}: {}<br>\n",
        html_escape(&headline(event, &left, lang)),
        labels[0],
        html_escape(&when)
    );
    if let Some(loc) = &event.location {
        text.push_str(&format!("{}: {loc}\n", labels[1]));
        html.push_str(&format!("{}: {}<br>\n", labels[1], html_escape(loc)));
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
    for (label, link) in [(labels[2], &links.course), (labels[3], &links.feed)] {
        if let Some(l) = link {
            text.push_str(&format!("{label}: {l}\n"));
            html.push_str(&format!(
                "<p>{label}: <a href=\"{0}\">{0}</a></p>\n",
                html_escape(l)
            ));
        }
    }
    text.push_str(&format!("\n-- \n{}\n", labels[4]));
    html.push_str(&format!(
        "<p style=\"color:#666\"><small>{}</small></p>\n",
        html_escape(labels[4])
    ));

    let boundary = format!("coursecal-{:016x}", fnv64(mid.as_bytes()));
    let date = SystemTime::UNIX_EPOCH
        + StdDuration::from_secs(u64::try_from(now.timestamp()).unwrap_or(0));
    let mut b = Message::builder()
        .from(settings.from.clone())
        .subject(subject.clone())
        .date(date)
        .message_id(Some(mid.clone()));
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
    b = b.raw_header(HeaderValue::new(
        HeaderName::new_from_ascii_str("X-Auto-Response-Suppress"),
        "All".into(),
    ));
    let calendar_type = ContentType::parse("text/calendar; method=PUBLISH; charset=UTF-8")
        .map_err(|_| lettre::error::Error::MissingFrom)?;
    let file = format!("{}.ics", event.key);
    let msg = b.multipart(
        MultiPart::builder()
            .kind(MultiPartKind::Mixed)
            .boundary(format!("{boundary}-m"))
            .multipart(
                MultiPart::builder()
                    .kind(MultiPartKind::Alternative)
                    .boundary(format!("{boundary}-a"))
                    .singlepart(SinglePart::plain(text.clone()))
                    .singlepart(SinglePart::html(format!(
                        "<!DOCTYPE html>\n<html><body>\n{html}</body></html>\n"
                    ))),
            )
            .singlepart(Attachment::new(file).body(ics.to_string(), calendar_type)),
    )?;
    let envelope = msg.envelope().clone();
    Ok(Outgoing {
        envelope,
        bytes: msg.formatted(),
        message_id: mid,
        recipient: recipient_key.to_string(),
        subject,
        text,
    })
}

/// Sends through an SMTP server.
pub struct SmtpMailer {
    transport: SmtpTransport,
    server: String,
}

impl SmtpMailer {
    /// Builds the transport; `password` has already been read from its source.
    pub fn new(
        t: &TransportSettings,
        password: Option<String>,
        ca_pem: Option<Vec<u8>>,
    ) -> Result<SmtpMailer, String> {
        let TransportSettings::Smtp {
            host,
            port,
            implicit_tls,
            plaintext,
            user,
            timeout_secs,
            ..
        } = t
        else {
            return Err("not an SMTP transport".into());
        };
        let mut tls = TlsParameters::builder(host.clone());
        if let Some(pem) = ca_pem {
            let cert = Certificate::from_pem(&pem)
                .map_err(|e| format!("the CA file is not a PEM certificate: {e}"))?;
            tls = tls.add_root_certificate(cert);
        }
        let params = tls.build().map_err(|e| format!("TLS set-up failed: {e}"))?;
        let mode = if *plaintext {
            Tls::None
        } else if *implicit_tls {
            Tls::Wrapper(params)
        } else {
            Tls::Required(params)
        };
        let mut b = SmtpTransport::builder_dangerous(host.as_str())
            .port(*port)
            .tls(mode)
            .timeout(Some(StdDuration::from_secs(*timeout_secs)));
        if let (Some(u), Some(p)) = (user, password) {
            b = b.credentials(Credentials::new(u.clone(), p));
        }
        Ok(SmtpMailer {
            transport: b.build(),
            server: format!("{host}:{port}"),
        })
    }
}

impl Mailer for SmtpMailer {
    fn describe(&self) -> String {
        format!("via {}", self.server)
    }

    fn send(&mut self, msg: &Outgoing) -> Result<(), SendError> {
        self.transport
            .send_raw(&msg.envelope, &msg.bytes)
            .map(|_| ())
            .map_err(|e| {
                let text = error_text(&e);
                classify(e.is_permanent(), e.is_transient(), text)
            })
    }
}

/// Sorts an SMTP failure. A permanent answer about the *recipient* (5.1.x/5.2.x mailbox codes,
/// or 550/551/553 without an enhanced code) is final for that recipient; a permanent answer
/// about the login, the sender or policy (530, 534, 535, 538, 5.7.x, 5.1.7, 5.1.8) is a
/// configuration problem: the pass stops and everything stays pending, so fixing the password
/// loses nothing.
pub fn classify(permanent: bool, transient: bool, text: String) -> SendError {
    if transient {
        return SendError::Transient(text);
    }
    if !permanent {
        return SendError::Connection(text);
    }
    let code: Option<u16> = text
        .split(|c: char| !c.is_ascii_digit())
        .find(|t| t.len() == 3)
        .and_then(|t| t.parse().ok());
    let sender_or_auth = matches!(code, Some(530 | 534 | 535 | 538))
        || text.contains(" 5.7.")
        || text.contains(" 5.1.7")
        || text.contains(" 5.1.8")
        || text.contains(" 5.5.");
    if sender_or_auth {
        SendError::Connection(text)
    } else {
        SendError::Permanent(text)
    }
}

fn error_text(e: &lettre::transport::smtp::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(inner) = src {
        let t = inner.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        src = inner.source();
    }
    s
}

/// Writes each message as `<dir>/<message-id>.eml`: the same message twice is the same file.
pub struct OutboxMailer {
    /// The folder.
    pub dir: PathBuf,
}

impl Mailer for OutboxMailer {
    fn describe(&self) -> String {
        format!(
            "written to {}/, no transport configured",
            self.dir.display()
        )
    }

    fn send(&mut self, msg: &Outgoing) -> Result<(), SendError> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| SendError::Connection(format!("{}: {e}", self.dir.display())))?;
        let stem: String = msg
            .message_id
            .trim_matches(['<', '>'])
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || ".-_@".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let path = self.dir.join(format!("{stem}.eml"));
        crate::publish::write_atomic(&path, &msg.bytes)
            .map_err(|e| SendError::Connection(format!("{}: {e}", path.display())))
    }
}

/// Records messages instead of sending them, for unit tests.
#[derive(Debug, Default)]
pub struct StubMailer {
    /// Messages "sent".
    pub sent: Vec<Outgoing>,
    /// Recipients to refuse permanently.
    pub reject: Vec<String>,
}

impl Mailer for StubMailer {
    fn describe(&self) -> String {
        "not sent (stub)".into()
    }

    fn send(&mut self, msg: &Outgoing) -> Result<(), SendError> {
        if self.reject.contains(&msg.recipient) {
            return Err(SendError::Permanent("550 5.1.1 Mailbox unavailable".into()));
        }
        self.sent.push(msg.clone());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_email_column_is_found_by_its_header() {
        let csv = "\u{feff}\"First name\",\"Last name\",\"Email address\",\"Groups\"\n\"Ayşe\",\"Yılmaz\",\"ayse@metu.edu.tr\",\"A, B\"\n\"Can\",\"Öz\",\"can@metu.edu.tr\",\"\"\n";
        let r = read_roster(csv).unwrap().addresses;
        assert_eq!(
            r.iter().map(|m| m.email.to_string()).collect::<Vec<_>>(),
            ["ayse@metu.edu.tr", "can@metu.edu.tr"]
        );
        let tr = "Adı;Soyadı;E-posta adresi\nAli;Veli;ali@metu.edu.tr\n";
        assert_eq!(read_roster(tr).unwrap().addresses.len(), 1);
    }

    #[test]
    fn a_bad_roster_address_names_its_line() {
        let r = read_roster("Name,Email\nA,a@x.org\nB,not-an-address\nC,c@x.org\n").unwrap();
        assert_eq!(r.addresses.len(), 2, "the others still get their reminders");
        assert_eq!(r.skipped[0].line, 3);
        assert!(
            read_roster("Name,Phone\nA,1\n")
                .unwrap_err()
                .message
                .contains("no email column")
        );
    }

    fn reference_message(lang: Language) -> Outgoing {
        let text = include_str!("../schedule/ceng501-fall2022.txt");
        let mut file = crate::config::CourseFile {
            url: Some("https://example.edu/ceng501".into()),
            ..Default::default()
        };
        file.feed_url = Some("https://example.edu/cal".into());
        let course = crate::course::build(&file, text, &Default::default()).unwrap();
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
        let r = crate::reminder::reminders(&course, &crate::reminder::ReminderSettings::default())
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
            lead: crate::reminder::parse_lead("3d").unwrap(),
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
