//! Settings of the layers above, validated from the course file: leads per kind, mail,
//! transport. Plain data, so `remind` can use them without knowing the course file.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use chrono::Duration;
use lettre::message::Mailbox;

use crate::model::EventKind;

/// How long before an event a reminder goes out, as written ("3d", "1d", "3h", "90m").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Lead {
    /// The lead as written, used in ledger keys and output.
    pub name: String,
    /// Its length.
    pub duration: Duration,
}

impl fmt::Display for Lead {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// Parses "3d", "1d", "3h", "90m", "1w", "1d12h".
pub fn parse_lead(s: &str) -> Option<Lead> {
    let t = s.trim();
    let mut total = Duration::zero();
    let mut num = String::new();
    for c in t.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: i64 = num.parse().ok()?;
        num.clear();
        total += match c {
            'w' => Duration::weeks(n),
            'd' => Duration::days(n),
            'h' => Duration::hours(n),
            'm' => Duration::minutes(n),
            _ => return None,
        };
    }
    (num.is_empty() && total > Duration::zero()).then(|| Lead {
        name: t.to_string(),
        duration: total,
    })
}

/// Leads per event kind (the ledger path is `CourseFile::ledger`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderSettings {
    /// Leads for each kind; kinds without an entry get no reminders.
    pub leads: BTreeMap<EventKind, Vec<Lead>>,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        let l = |xs: &[&str]| xs.iter().filter_map(|x| parse_lead(x)).collect::<Vec<_>>();
        let mut leads = BTreeMap::new();
        leads.insert(EventKind::Release, l(&["1d"]));
        leads.insert(EventKind::Deadline, l(&["3d", "1d", "3h"]));
        leads.insert(EventKind::Exam, l(&["7d", "1d"]));
        ReminderSettings { leads }
    }
}

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

/// The most parallel SMTP sessions `[mail] sessions` may ask for.
pub const MAX_SESSIONS: u64 = 8;

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
        /// `[mail] sessions`: parallel SMTP sessions a pass sends over (1 to
        /// [`MAX_SESSIONS`]; relays rate-limit, so 1 unless the relay's operator agrees).
        sessions: usize,
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
    /// `[mail] organizer`: the address the attached events name as ORGANIZER (default:
    /// Reply-To, else From).
    pub organizer: Option<Mailbox>,
    /// `[mail] exclude`: roster addresses that get no mail (lowercase), e.g. students who
    /// asked to be left out.
    pub exclude: Vec<String>,
}

impl MailSettings {
    /// Whom the attached events name as organizer, and whom List-Unsubscribe writes to: the
    /// instructor's address when the course file gives one.
    pub fn organizer(&self) -> &Mailbox {
        self.organizer
            .as_ref()
            .or(self.reply_to.as_ref())
            .unwrap_or(&self.from)
    }

    /// The address an unsubscribe request goes to: Reply-To (the instructor), else From.
    pub fn unsubscribe(&self) -> &Mailbox {
        self.reply_to.as_ref().unwrap_or(&self.from)
    }
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
            organizer: None,
            exclude: Vec::new(),
        }
    }
}

/// What about an event can change, for `[notices]`: which changes are announced per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NoticeChange {
    /// Its date or time changed.
    Moved,
    /// Its room or place changed.
    Place,
    /// It was cancelled (or left the syllabus).
    Cancelled,
    /// It is new.
    Added,
}

impl NoticeChange {
    /// Every change, in the order the course file lists them.
    pub const ALL: [NoticeChange; 4] = [
        NoticeChange::Moved,
        NoticeChange::Place,
        NoticeChange::Cancelled,
        NoticeChange::Added,
    ];

    /// The name used in the course file.
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeChange::Moved => "moved",
            NoticeChange::Place => "place",
            NoticeChange::Cancelled => "cancelled",
            NoticeChange::Added => "added",
        }
    }

    /// Parses the course file's name.
    pub fn from_name(name: &str) -> Option<NoticeChange> {
        NoticeChange::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

/// The `[notices]` settings: whether change notices go out, and which changes of which kinds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeSettings {
    /// False: no notices, and no baseline kept (turning them on again starts a new one).
    pub enabled: bool,
    /// The changes announced for each kind; kinds without an entry are never announced.
    pub changes: BTreeMap<EventKind, std::collections::BTreeSet<NoticeChange>>,
}

impl NoticeSettings {
    /// True when `change` of an event of `kind` is announced.
    pub fn announces(&self, kind: EventKind, change: NoticeChange) -> bool {
        self.enabled && self.changes.get(&kind).is_some_and(|c| c.contains(&change))
    }
}

impl Default for NoticeSettings {
    /// Releases, deadlines and exams: every change. Lectures: cancellations and moves only
    /// (a room change of one lecture is not worth a message to the class).
    fn default() -> Self {
        let mut changes = BTreeMap::new();
        for kind in [EventKind::Release, EventKind::Deadline, EventKind::Exam] {
            changes.insert(kind, NoticeChange::ALL.into_iter().collect());
        }
        changes.insert(
            EventKind::Lecture,
            [NoticeChange::Moved, NoticeChange::Cancelled]
                .into_iter()
                .collect(),
        );
        NoticeSettings {
            enabled: true,
            changes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads_are_read_in_all_units() {
        assert_eq!(parse_lead("3d").unwrap().duration, Duration::days(3));
        assert_eq!(parse_lead("1d12h").unwrap().duration, Duration::hours(36));
        assert_eq!(parse_lead("90m").unwrap().duration, Duration::minutes(90));
        assert!(
            parse_lead("3x").is_none()
                && parse_lead("d").is_none()
                && parse_lead("0h").is_none()
                && parse_lead("3").is_none()
        );
    }
}
