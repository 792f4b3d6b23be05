//! `coursecal check`: everything a reminder pass would read (course file, syllabus, roster,
//! password source, ledger), a login to the mail server without sending, and what happens
//! next. Exit 0 when a real pass would work; 2 for unusable input; 1 when the mail server
//! cannot be reached or refuses the login, or roster rows give no usable address (a pass
//! exits 1 for those too).

use std::fmt::Write as _;
use std::io::Write as _;

use anyhow::{Context, Result};

use super::args::CheckArgs;
use super::load::{load, print_warnings, warn_default_zone};
use super::reminding::{Reminding, prepare};
use super::{EXIT_FAILURE, EXIT_OK, RunClock};
use crate::course::settings::TransportSettings;
use crate::remind::plan::{Planned, Status};
use crate::remind::transport::SendError;

pub(crate) fn run(mut args: CheckArgs) -> Result<u8> {
    let clock = RunClock::read(args.now.as_deref())?;
    args.pass.course_args.today = clock.day();
    let loaded = load("check", args.course.as_deref(), &args.pass.course_args)?;
    print_warnings(&loaded);
    warn_default_zone(&loaded);
    let now = clock.at(loaded.course.timezone)?;
    let mut out = String::new();
    let id = loaded.course.id.clone();
    let source = loaded
        .course_file
        .clone()
        .unwrap_or_else(|| loaded.syllabus.clone());
    let _ = writeln!(
        out,
        "{id}: {}: {} events, {} warning(s){}",
        source.display(),
        loaded.course.events.len(),
        loaded.course.warnings.len(),
        if loaded.course.warnings.is_empty() {
            ""
        } else {
            " (listed above; `coursecal events` shows what was read)"
        }
    );
    let r = prepare(loaded, &args.pass.feed_dir)?;
    let ledger = r.peek_ledger()?;
    let _ = writeln!(out, "{id}: {}", recipients_line(&r));
    for line in super::plan::excluded_lines(&r.excluded) {
        let _ = writeln!(out, "{id}: {line}");
    }
    let _ = writeln!(
        out,
        "{id}: ledger {}: {}",
        r.ledger.display(),
        if r.ledger.exists() {
            format!("{} reminder(s) recorded", ledger.reminders.len())
        } else {
            "not made yet (the first pass creates it)".to_string()
        }
    );
    let (mail, mail_code) = mail_line(&r)?;
    let _ = writeln!(out, "{id}: {mail}");
    let planned = crate::remind::tick::current_plan(&r.input(now), &ledger);
    let _ = writeln!(out, "{id}: {}", next_line(&r, &planned, now));
    // A pass exits 1 while roster rows give no usable address (those students get nothing),
    // so `check`, which a deployment gates on, must not call that ready.
    let code = if r.roster_skipped > 0 {
        EXIT_FAILURE
    } else {
        mail_code
    };
    let _ = writeln!(out, "{id}: {}", verdict(mail_code, r.roster_skipped));
    std::io::stdout()
        .lock()
        .write_all(out.as_bytes())
        .context("writing to stdout")?;
    Ok(code)
}

/// The last line: whether a pass would work, and what to fix first when not.
fn verdict(mail_code: u8, roster_skipped: usize) -> String {
    if mail_code != EXIT_OK {
        "not ready: a pass would send nothing until the mail problem above is fixed".to_string()
    } else if roster_skipped > 0 {
        format!(
            "not ready: {roster_skipped} roster row(s) give no usable address (warned above); a pass sends to the others and exits 1 until those rows are fixed"
        )
    } else {
        "ready: a pass would work".to_string()
    }
}

/// The login (or the outbox) and the exit code it gives: the password source is read here.
fn mail_line(r: &Reminding) -> Result<(String, u8)> {
    let mut mailer = r.mailer()?;
    Ok(match (mailer.check(), &r.mail.transport) {
        (Ok(()), TransportSettings::Outbox(dir)) => (
            format!(
                "mail: no transport; messages are written to {}/ (set [mail] transport to send them)",
                dir.display()
            ),
            EXIT_OK,
        ),
        (Ok(()), TransportSettings::Smtp { user, .. }) => {
            let who = user
                .as_deref()
                .map_or_else(String::new, |u| format!(" as {u}"));
            (
                format!(
                    "mail: logged in {}{who} and out again (nothing sent)",
                    mailer.describe()
                ),
                EXIT_OK,
            )
        }
        (Err(e), _) => (
            format!("mail: {}: {}", mailer.describe(), login_problem(&e)),
            EXIT_FAILURE,
        ),
    })
}

/// What a refused login or an unreachable server means for the instructor. A login the
/// server answered (535, 5.7.x) is classed with connection failures for passes (it is retried,
/// not final), so it is told apart here by the server's answer code in the reason.
fn login_problem(e: &SendError) -> String {
    let (SendError::Permanent(reason)
    | SendError::Transient(reason)
    | SendError::Connection(reason)) = e;
    let answered = reason.contains("permanent error (") || reason.contains("transient error (");
    if answered || !matches!(e, SendError::Connection(_)) {
        format!("the server refused: {reason}; check [mail] user and the password source")
    } else {
        format!(
            "cannot reach the server or set up TLS: {reason}; check [mail] transport, the network and ca-file"
        )
    }
}

/// "183 students from the roster and 1 list address (list delivery)".
fn recipients_line(r: &Reminding) -> String {
    let roster = match &r.mail.roster {
        Some(p) => format!(
            "{} student(s) from the roster {}{}",
            r.roster.len(),
            p.display(),
            if r.roster_skipped > 0 {
                format!(
                    " ({} row(s) without a usable address, warned above)",
                    r.roster_skipped
                )
            } else {
                String::new()
            }
        ),
        None => "no roster".to_string(),
    };
    let roster = format!("{roster}{}", by_section(r));
    let to: Vec<String> = r.mail.to.iter().map(|m| m.email.to_string()).collect();
    let list = if to.is_empty() {
        "no [mail] to addresses".to_string()
    } else {
        format!("[mail] to {}", to.join(", "))
    };
    format!("recipients: {roster}; {list}")
}

/// ", by section: Section 1 90, Section 2 88, in none 5" for a course in sections.
fn by_section(r: &Reminding) -> String {
    let sections = &r.loaded.course.sections;
    if sections.is_empty() || r.roster.is_empty() {
        return String::new();
    }
    let count = |s: Option<&str>| {
        r.audience
            .values()
            .filter(|mine| mine.as_deref() == s)
            .count()
    };
    let mut parts: Vec<String> = sections
        .iter()
        .map(|s| format!("{} {}", s.name, count(Some(&s.name))))
        .collect();
    parts.push(format!("in none {}", count(None)));
    format!(", by section: {}", parts.join(", "))
}

/// The next reminder to go out, or why none will.
fn next_line(r: &Reminding, planned: &[Planned], now: chrono::DateTime<chrono::Utc>) -> String {
    let tz = r.loaded.course.timezone;
    let next = planned
        .iter()
        .filter(|p| {
            matches!(
                p.status,
                Status::Pending | Status::Due | Status::Retrying { .. }
            )
        })
        .min_by_key(|p| p.reminder.due);
    match next {
        Some(p) => {
            // A due reminder already delivered to some (an earlier pass, a student who joined
            // the roster since) owes only the rest, as the pass and `remind --dry-run` count.
            let messages = if matches!(p.status, Status::Pending) {
                crate::remind::tick::units(&r.mail, &r.roster).len()
            } else {
                p.outstanding.len()
            };
            let title = r
                .loaded
                .course
                .event(&p.reminder.uid)
                .map_or("", |e| e.title.as_str());
            let when = if p.reminder.due <= now {
                "due now".to_string()
            } else {
                format!(
                    "goes out {}",
                    p.reminder
                        .due
                        .with_timezone(&tz)
                        .format("%a %-d %b %Y %H:%M %Z")
                )
            };
            format!(
                "next reminder: {title}, {} before, {when}, as {messages} message(s)",
                p.reminder.lead
            )
        }
        None => {
            match super::term_note::term_note(&r.loaded.course, &r.loaded.file.reminders, now) {
                Some(note) => format!("next reminder: none; {note}"),
                None => "next reminder: none left this term".to_string(),
            }
        }
    }
}
