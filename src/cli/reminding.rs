//! A course made ready for a reminder pass: paths resolved, roster and published feed read,
//! the mailer built from the transport settings and the password source.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::input_error;
use super::load::{Loaded, read_at_most};
use super::verbosity::{Verbosity, says};

/// Largest password file read: it holds one line.
const MAX_PASSWORD_FILE_BYTES: usize = 64 * 1024;

/// A course made ready for reminders: paths resolved, roster read, links set.
pub(crate) struct Reminding {
    /// The course.
    pub loaded: Loaded,
    /// Roster addresses.
    pub roster: Vec<lettre::message::Mailbox>,
    /// Roster rows that gave no usable address (each warned about with its line).
    pub roster_skipped: usize,
    /// Which section's events each roster student is owed (empty without sections).
    pub audience: crate::remind::plan::Audience,
    /// What `[mail] exclude` took off the roster.
    pub excluded: crate::remind::roster::Excluded,
    /// Mail settings with paths resolved.
    pub mail: crate::course::settings::MailSettings,
    /// The ledger database.
    pub ledger: PathBuf,
    /// The JSON ledger, format 1, of the first releases (`<id>.sent.json` beside the default ledger), imported
    /// when the database is created; `None` when the course file names its ledger.
    pub legacy_ledger: Option<PathBuf>,
    /// Links for messages.
    pub links: crate::remind::compose::Links,
    /// The published feed.
    pub previous_feed: crate::feed::Previous,
    /// Where the published feed was looked for, when it was not there.
    pub feed_missing: Option<PathBuf>,
}

/// The course folder: where the course file's relative paths point.
fn base_dir(l: &Loaded) -> PathBuf {
    crate::course::course_dir(l.course_file.as_deref(), &l.syllabus)
}

pub(crate) fn prepare(loaded: Loaded, feed_dir: &Path) -> Result<Reminding> {
    let paths = crate::course::resolve_paths(&loaded.file, &loaded.course.id, &base_dir(&loaded));
    let mut roster = match &paths.mail.roster {
        Some(path) => read_roster(&loaded, path)?,
        None => crate::remind::roster::Roster::default(),
    };
    let excluded = crate::remind::roster::exclude(&mut roster, &paths.mail.exclude);
    let audience = audience(&loaded, &roster, paths.mail.roster.as_deref());
    let links = links(&loaded);
    let feed_path = feed_dir.join(crate::feed::Variant::All.file_name(&loaded.course));
    let (previous_feed, feed_missing) = match super::load::read_published_feed(&feed_path) {
        Ok(Some(checked)) => (published_feed(&feed_path, checked), None),
        Ok(None) | Err(_) => (crate::feed::Previous::default(), Some(feed_path)),
    };
    let legacy_ledger = loaded.file.ledger.is_none().then(|| {
        paths
            .ledger
            .with_file_name(format!("{}.sent.json", loaded.course.id))
    });
    Ok(Reminding {
        legacy_ledger,
        feed_missing,
        loaded,
        roster_skipped: roster.skipped.len(),
        audience,
        excluded,
        roster: roster.addresses,
        mail: paths.mail,
        ledger: paths.ledger,
        links,
        previous_feed,
    })
}

/// Each roster student's section, matched by the roster's group column to the sections'
/// `roster-group`; a student in none (or in several) is warned about with the roster's line.
fn audience(
    loaded: &Loaded,
    roster: &crate::remind::roster::Roster,
    path: Option<&Path>,
) -> crate::remind::plan::Audience {
    let sections = &loaded.course.sections;
    let placed = crate::remind::roster::place(roster, sections);
    let place = |line: usize| match path {
        Some(p) if line > 0 => format!("{}:{line}", p.display()),
        Some(p) => p.display().to_string(),
        None => String::new(),
    };
    let known: Vec<&str> = sections.iter().map(|s| s.group()).collect();
    let unplaced = placed.unplaced.iter().filter(|_| says(Verbosity::Normal));
    for (line, email, groups) in unplaced {
        let theirs = if groups.is_empty() {
            "no group".to_string()
        } else {
            format!("groups \"{}\"", groups.join(", "))
        };
        eprintln!(
            "{}: warning: {email} is in no known section ({theirs}; the sections' groups are \"{}\"); they get the shared events only; fix the roster's group or the section's roster-group",
            place(*line),
            known.join("\", \"")
        );
    }
    for (line, email, names) in placed.several.iter().filter(|_| says(Verbosity::Normal)) {
        eprintln!(
            "{}: warning: {email} is in the groups of several sections ({}); they get the events of {} only",
            place(*line),
            names.join(", "),
            names[0]
        );
    }
    roster
        .addresses
        .iter()
        .filter(|_| !sections.is_empty())
        .map(|m| {
            let lower = m.email.to_string().to_lowercase();
            (m.email.to_string(), placed.section_of.get(&lower).cloned())
        })
        .collect()
}

/// The published feed, whose SEQUENCE values the attachments carry. A damaged one (which
/// `build` refuses) is warned about and read for what can still be read: the reminders go out.
fn published_feed(
    path: &Path,
    checked: Result<String, crate::feed::FeedDamage>,
) -> crate::feed::Previous {
    match checked {
        Ok(text) => crate::feed::read_previous(&text),
        Err(damage) => {
            if says(Verbosity::Normal) {
                let place = match damage.line {
                    Some(l) => format!("{}:{l}", path.display()),
                    None => path.display().to_string(),
                };
                eprintln!(
                    "{place}: warning: the published feed is damaged: {damage}; the attachments carry what could still be read of it (a SEQUENCE may be behind), and `coursecal build` refuses it until it is copied back or deleted"
                );
            }
            // What could still be read: a damaged feed holds most events' SEQUENCE.
            match read_at_most(path, super::load::MAX_FEED_BYTES) {
                Ok(bytes) if bytes.len() as u64 <= super::load::MAX_FEED_BYTES => {
                    crate::feed::read_previous(&String::from_utf8_lossy(&bytes))
                }
                _ => crate::feed::Previous::default(),
            }
        }
    }
}

/// The roster; rows without a usable address are warned about (`file:line`), not fatal.
fn read_roster(loaded: &Loaded, path: &Path) -> Result<crate::remind::roster::Roster> {
    let limit = crate::remind::roster::MAX_ROSTER_BYTES;
    let bytes = read_at_most(path, limit as u64).map_err(|e| {
        let place = loaded
            .course_file
            .clone()
            .unwrap_or_else(|| path.to_path_buf());
        // The message quotes the key as the user wrote it, relative to the course file.
        let written = loaded.file.mail.roster.as_deref().unwrap_or(path);
        input_error(
            &place,
            loaded.file.lines.get("roster").copied(),
            format!(
                "roster = \"{}\": cannot read {}: {e}; fix the path (relative to the course file) or export the participants CSV from your learning platform there",
                written.display(),
                path.display()
            ),
        )
    })?;
    if bytes.len() > limit {
        return Err(input_error(
            path,
            None,
            format!(
                "the roster is larger than {} MiB (a class list is a few hundred kilobytes at most); is this the right file?",
                limit / (1024 * 1024)
            ),
        ));
    }
    let text = String::from_utf8_lossy(&bytes);
    let roster = crate::remind::roster::read_roster(&text)
        .map_err(|e| input_error(path, (e.line > 0).then_some(e.line), e))?;
    // With --quiet the count still reaches stderr (`remind` says it as an error).
    for w in roster.skipped.iter().filter(|_| says(Verbosity::Normal)) {
        eprintln!("{}:{}: warning: {}", path.display(), w.line, w.message);
    }
    Ok(roster)
}

/// Links for messages: the course page, and the subscribe page (`feed-link`, else the
/// course's own page in the published folder: `build` always writes `<id>.html`, while the
/// folder's index lists every course built into it).
fn links(loaded: &Loaded) -> crate::remind::compose::Links {
    let feed_link = loaded.file.feed_link.clone().or_else(|| {
        loaded
            .course
            .feed_url
            .as_ref()
            .map(|u| format!("{}/{}.html", u.trim_end_matches('/'), loaded.course.id))
    });
    crate::remind::compose::Links {
        course: loaded.course.url.clone(),
        feed: feed_link,
    }
}

impl Reminding {
    /// What was sent so far, read without changing anything (for `plan` and dry runs).
    pub(crate) fn peek_ledger(&self) -> Result<crate::remind::ledger::Ledger> {
        Ok(crate::remind::sqlite::SqliteLedger::peek(
            &self.ledger,
            self.legacy_ledger.as_deref(),
            &self.renames(),
        )?)
    }

    /// The UIDs a ledger written by an earlier coursecal knows the course's events by, each
    /// with the event's UID now: every pass and every read renames them.
    pub(crate) fn renames(&self) -> crate::remind::ledger::Renames {
        crate::remind::ledger::renames_of(&self.loaded.course)
    }

    pub(crate) fn input(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> crate::remind::tick::PassInput<'_> {
        crate::remind::tick::PassInput {
            course: &self.loaded.course,
            reminders: &self.loaded.file.reminders,
            mail: &self.mail,
            roster: &self.roster,
            audience: &self.audience,
            links: &self.links,
            previous_feed: &self.previous_feed,
            notices: &self.loaded.file.notices,
            digest: self.loaded.file.digest.as_ref(),
            now,
        }
    }

    pub(crate) fn mailer(&self) -> Result<Box<dyn crate::remind::transport::Mailer>> {
        use crate::course::settings::{Secret, TransportSettings};
        use crate::remind::transport::{OutboxMailer, SmtpMailer};
        match &self.mail.transport {
            TransportSettings::Outbox(dir) => Ok(Box::new(OutboxMailer { dir: dir.clone() })),
            t @ TransportSettings::Smtp {
                password, ca_file, ..
            } => {
                let place = self
                    .loaded
                    .course_file
                    .clone()
                    .unwrap_or_else(|| self.loaded.syllabus.clone());
                let pw = match password {
                    Some(Secret::Env(var)) => Some(std::env::var(var).map_err(|_| {
                        input_error(&place, self.loaded.file.lines.get("password-env").copied(), format!("[mail] password-env names {var}, which is not set; export it before running (the value is never printed)"))
                    })?),
                    // Already resolved against the course folder by course::resolve_paths.
                    Some(Secret::File(f)) => Some(read_password_file(f)?),
                    None => None,
                };
                let ca = match ca_file {
                    Some(p) => Some(self.read_ca_file(p)?),
                    None => None,
                };
                let m = SmtpMailer::new(t, pw, ca).map_err(|m| input_error(&place, None, m))?;
                Ok(Box::new(m))
            }
        }
    }
}

const MAX_CA_FILE_BYTES: u64 = 1024 * 1024;

impl Reminding {
    /// The extra CA certificate, read within its limit; an error names the course file's
    /// `ca-file` line, where the fix goes.
    fn read_ca_file(&self, path: &Path) -> Result<Vec<u8>> {
        let place = self
            .loaded
            .course_file
            .as_deref()
            .unwrap_or(&self.loaded.syllabus);
        let line = self.loaded.file.lines.get("ca-file").copied();
        let fail = |what: String| {
            input_error(
                place,
                line,
                format!(
                    "[mail] ca-file {}: {what}; fix the path (relative to the course file) or remove the key to trust the system's CAs",
                    path.display()
                ),
            )
        };
        let bytes = read_at_most(path, MAX_CA_FILE_BYTES).map_err(|e| fail(e.to_string()))?;
        if bytes.len() as u64 > MAX_CA_FILE_BYTES {
            return Err(fail(
                "it is larger than 1 MiB, so not a PEM certificate".into(),
            ));
        }
        Ok(bytes)
    }
}

/// The first line of the password file, read up to its limit. A file that other users can
/// read (or change) is used, with a warning saying how to make it private.
fn read_password_file(path: &Path) -> Result<String> {
    let cannot =
        |e: std::io::Error| input_error(path, None, format!("cannot read the password file: {e}"));
    let bytes = read_at_most(path, MAX_PASSWORD_FILE_BYTES as u64).map_err(cannot)?;
    if bytes.len() > MAX_PASSWORD_FILE_BYTES {
        return Err(input_error(
            path,
            None,
            format!(
                "the password file is larger than {} KiB (it holds one line: the password); is this the right file?",
                MAX_PASSWORD_FILE_BYTES / 1024
            ),
        ));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| input_error(path, None, "the password file is not UTF-8 text"))?;
    warn_if_not_private(path);
    Ok(text.lines().next().unwrap_or("").to_string())
}

/// Warns when other users can read or change the password file (any group or other bit).
#[cfg(unix)]
fn warn_if_not_private(path: &Path) {
    use std::os::unix::fs::PermissionsExt as _;
    if let Ok(meta) = std::fs::metadata(path) {
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            eprintln!(
                "{}: warning: the password file is open to other users (mode {mode:04o}); make it yours alone: chmod 600 {}",
                path.display(),
                path.display()
            );
        }
    }
}

#[cfg(not(unix))]
fn warn_if_not_private(_path: &Path) {}
