//! A course made ready for a reminder pass: paths resolved, roster and published feed read,
//! the mailer built from the transport settings and the password source.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::input_error;
use super::load::Loaded;

/// A course made ready for reminders: paths resolved, roster read, links set.
pub(crate) struct Reminding {
    /// The course.
    pub loaded: Loaded,
    /// Roster addresses.
    pub roster: Vec<lettre::message::Mailbox>,
    /// Roster rows that gave no usable address (each warned about with its line).
    pub roster_skipped: usize,
    /// Mail settings with paths resolved.
    pub mail: crate::course::settings::MailSettings,
    /// The ledger database.
    pub ledger: PathBuf,
    /// The JSON ledger of coursecal 0.1 (`<id>.sent.json` beside the default ledger), imported
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
    let roster = match &paths.mail.roster {
        Some(path) => read_roster(&loaded, path)?,
        None => crate::remind::roster::Roster::default(),
    };
    let links = links(&loaded);
    let feed_path = feed_dir.join(crate::feed::Variant::All.file_name(&loaded.course.id));
    let (previous_feed, feed_missing) = match std::fs::read(&feed_path) {
        Ok(b) => (
            crate::feed::read_previous(&String::from_utf8_lossy(&b)),
            None,
        ),
        Err(_) => (crate::feed::Previous::default(), Some(feed_path)),
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
        roster: roster.addresses,
        mail: paths.mail,
        ledger: paths.ledger,
        links,
        previous_feed,
    })
}

/// The roster; rows without a usable address are warned about (`file:line`), not fatal.
fn read_roster(loaded: &Loaded, path: &Path) -> Result<crate::remind::roster::Roster> {
    let bytes = std::fs::read(path).map_err(|e| {
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
                "roster = \"{}\": cannot read {}: {e}",
                written.display(),
                path.display()
            ),
        )
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let roster = crate::remind::roster::read_roster(&text)
        .map_err(|e| input_error(path, (e.line > 0).then_some(e.line), e))?;
    for w in &roster.skipped {
        eprintln!("{}:{}: warning: {}", path.display(), w.line, w.message);
    }
    Ok(roster)
}

/// Links for messages: the course page, and the subscribe page (`feed-link`, else the
/// folder of the published feed).
fn links(loaded: &Loaded) -> crate::remind::compose::Links {
    let feed_link = loaded.file.feed_link.clone().or_else(|| {
        loaded
            .course
            .feed_url
            .as_ref()
            .map(|u| format!("{}/", u.trim_end_matches('/')))
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
        )?)
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
            links: &self.links,
            previous_feed: &self.previous_feed,
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
                    Some(Secret::File(f)) => {
                        // Already resolved against the course folder by course::resolve_paths.
                        let text = std::fs::read_to_string(f).map_err(|e| input_error(f, None, format!("cannot read the password file: {e}")))?;
                        Some(text.lines().next().unwrap_or("").to_string())
                    }
                    None => None,
                };
                let ca = match ca_file {
                    Some(p) => Some(std::fs::read(p).map_err(|e| {
                        input_error(p, None, format!("cannot read the CA file: {e}"))
                    })?),
                    None => None,
                };
                let m = SmtpMailer::new(t, pw, ca).map_err(|m| input_error(&place, None, m))?;
                Ok(Box::new(m))
            }
        }
    }
}
