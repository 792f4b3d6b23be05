//! `coursecal remind`: one reminder pass per course, then exit.

use std::fmt::Write as _;
use std::io::Write as _;

use anyhow::{Context, Result};

use super::args::RemindArgs;
use super::last_good::{ForPass, load_for_pass};
use super::load::{check_ids, every_course};
use super::reminding::{Reminding, prepare};
use super::verbosity::{Verbosity, says};
use super::{EXIT_FAILURE, EXIT_OK, EXIT_STALE, exit_code, now_from};
use crate::remind::last_good::LastGood;
use crate::remind::ledger::MemoryLedger;
use crate::remind::parsed::ParsedCourse;
use crate::remind::sqlite::SqliteLedger;
use crate::remind::tick::{PassReport, dry_tick, tick};
use crate::remind::transport::Outgoing;

/// The clock of a pass: `--now` pinned, or the wall clock read afresh (at the start, and
/// before every send).
type Clock<'a> = &'a dyn Fn() -> chrono::DateTime<chrono::Utc>;

/// What a real pass keeps: the course's last good version, and its parse when the pass made
/// one (`None`: the pass read the one the ledger keeps).
type Keep<'a> = Option<(&'a LastGood, Option<&'a ParsedCourse>)>;

/// One course's pass, real or dry: its log lines go to stderr, its summary (and a dry run's
/// messages) to `out`. A real pass keeps `keep` as the course's last good version.
pub(crate) fn run_pass(
    r: &Reminding,
    clock: Clock<'_>,
    dry_run: bool,
    keep: Keep<'_>,
    out: &mut String,
) -> Result<PassReport> {
    let id = r.loaded.course.id.clone();
    // A line per message only with --verbose; notes about the course unless --quiet.
    let mut log = |line: &str| {
        if says(Verbosity::Verbose) {
            eprintln!("{id}: {line}");
        }
    };
    let note = |line: &str| {
        if says(Verbosity::Normal) {
            eprintln!("{id}: {line}");
        }
    };
    if r.mail.to.is_empty() && r.roster.is_empty() {
        note(
            "no recipients configured: add [mail] to = [...] or roster = \"participants.csv\" to the course file",
        );
    }
    if let Some(line) =
        super::term_note::term_note(&r.loaded.course, &r.loaded.file.reminders, clock())
    {
        note(&line);
    }
    let report = if dry_run {
        dry_pass(r, clock, &mut log, out)?
    } else {
        real_pass(r, clock, keep, &mut log)?
    };
    if let Some(line) = feed_note(r, &report) {
        note(&line);
    }
    // As the feed note: said when the times reach students (or are previewed), so a cron job's
    // log does not repeat it every quiet pass.
    if dry_run || report.composed > 0 || !report.sent.is_empty() {
        super::load::warn_default_zone(&r.loaded);
    }
    if dry_run {
        let _ = writeln!(
            out,
            "{id}: {} message(s) would be sent (dry run: nothing sent or recorded)",
            report.composed
        );
    } else if says(Verbosity::Normal) {
        // With its time: cron appends this line to a log every 15 minutes, and a "1 failed"
        // there is only useful if it says when.
        let _ = writeln!(
            out,
            "{id}: {} sent, {} failed, {} to retry, {} superseded (pass at {})",
            report.sent.len(),
            report.failed.len(),
            report.retry.len(),
            report.superseded,
            clock()
                .with_timezone(&r.loaded.course.timezone)
                .format("%Y-%m-%d %H:%M %Z")
        );
    }
    Ok(report)
}

/// The pass itself: the ledger database (each message claimed in it, and the version of the
/// course that loaded kept in it), the course's own mailer.
fn real_pass(
    r: &Reminding,
    clock: Clock<'_>,
    keep: Keep<'_>,
    log: &mut dyn FnMut(&str),
) -> Result<PassReport> {
    let mut mailer = r.mailer()?;
    let mut ledger = SqliteLedger::open(&r.ledger, r.legacy_ledger.as_deref(), &r.renames())?;
    if let Some((v, parsed)) = keep
        && let Err(e) = ledger.keep_last_good(v, parsed)
    {
        // The reminders matter more than the fallback: they go out, and the next pass tries again.
        eprintln!(
            "{}: warning: cannot keep this version as the last good one: {e}",
            r.loaded.course.id
        );
    }
    let input = r.input(clock());
    let report = tick(&input, &mut ledger, mailer.as_mut(), false, clock, log);
    // Also after an error: what the pass sent before it is recorded for good.
    let synced = ledger.sync();
    let report = report?;
    synced?;
    Ok(report)
}

/// The same pass, composing only: on an in-memory copy of the ledger that is never kept (and
/// without claims: it writes nothing a real pass could miss). Each message goes to stdout as
/// it is composed, after what `out` holds so far: a roster's worth is never held.
fn dry_pass(
    r: &Reminding,
    clock: Clock<'_>,
    log: &mut dyn FnMut(&str),
    out: &mut String,
) -> Result<PassReport> {
    let mut scratch = MemoryLedger::from(r.peek_ledger()?);
    let input = r.input(clock());
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    stdout
        .write_all(std::mem::take(out).as_bytes())
        .context("writing to stdout")?;
    let mut failed: Option<std::io::Error> = None;
    let mut sink = |m: Outgoing| {
        if failed.is_none()
            && let Err(e) = write_message(&mut stdout, &m)
        {
            failed = Some(e);
        }
    };
    let report = dry_tick(&input, &mut scratch, clock, log, &mut sink)?;
    match failed {
        Some(e) => Err(e),
        None => stdout.flush(),
    }
    .context("writing to stdout")?;
    Ok(report)
}

/// Said only when a message goes out, so a cron job's log is not filled with it every pass.
fn feed_note(r: &Reminding, report: &PassReport) -> Option<String> {
    match &r.feed_missing {
        Some(p) if !report.sent.is_empty() || report.composed > 0 => Some(format!(
            "no published feed at {}; attachments carried SEQUENCE 0 (pass --feed-dir to where `coursecal build` writes)",
            p.display()
        )),
        _ => None,
    }
}

/// The header lines a dry run shows, in this order, as the composed message carries them.
const PREVIEW_HEADERS: [&str; 7] = [
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Date",
    "Message-ID",
    "Subject",
];

/// One message a dry run composed: its headers as composed (the Subject unencoded, as it was
/// given to the composer), the envelope the transport sends it with (Bcc recipients appear
/// only there), and its text.
fn write_message(w: &mut dyn std::io::Write, m: &Outgoing) -> std::io::Result<()> {
    const RULE: &str = "========================================================================";
    let head = crate::remind::compose::header_block(&m.bytes);
    let head = String::from_utf8_lossy(&head);
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    // Each line split once into its name and value: a roster's preview writes thousands.
    let fields: Vec<(&str, &str)> = unfolded
        .split("\r\n")
        .filter_map(|line| line.split_once(':'))
        .collect();
    for name in PREVIEW_HEADERS {
        if name == "Subject" {
            writeln!(w, "Subject: {}", m.subject)?;
            continue;
        }
        for (_, value) in fields.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name)) {
            writeln!(w, "{name}:{value}")?;
        }
    }
    let from = m
        .envelope
        .from()
        .map_or_else(String::new, ToString::to_string);
    let to: Vec<String> = m.envelope.to().iter().map(ToString::to_string).collect();
    writeln!(
        w,
        "Envelope: from <{from}> to <{}>\n\n{}\n{RULE}",
        to.join(">, <"),
        m.text
    )
}

/// Every course of the pass, each as it is now or as it last loaded; a course that never
/// loaded stops the pass before anything is sent, as a bad input does.
fn load_courses(args: &RemindArgs) -> Result<Vec<ForPass>> {
    let paths = if args.courses.is_empty() {
        every_course("remind")?
    } else {
        args.courses.clone()
    };
    let course_args = &args.pass.course_args;
    paths
        .iter()
        .map(|p| match &args.daemon_state {
            Some(state) => super::daemon::load_for_pass(p, course_args, state),
            None => load_for_pass(p, course_args),
        })
        .collect()
}

pub(crate) fn run(mut args: RemindArgs) -> Result<u8> {
    args.pass.course_args.today = super::RunClock::read(args.now.as_deref())?.day();
    let courses = load_courses(&args)?;
    let loaded: Vec<_> = courses.iter().map(|c| c.loaded.clone()).collect();
    check_ids(&loaded)?;
    // Said first and whatever the verbosity: reminders went out from a version that is not
    // the one on disk, and someone has to fix it.
    let mut stale = false;
    for message in courses.iter().filter_map(|c| c.stale.as_ref()) {
        eprintln!("coursecal: error: {message}");
        stale = true;
    }
    let tz = crate::course::now_zone(loaded.iter().map(|l| &l.course));
    let pinned = match &args.now {
        Some(_) => Some(now_from(args.now.as_deref(), tz)?),
        None => None,
    };
    let clock = move || crate::clock::now(pinned);
    let mut out = String::new();
    let mut code = EXIT_OK;
    let mut roster_rows = 0;
    let mut failures = false;
    // Syllabus warnings are left to `events`, `build` and `plan`: a cron job would mail them every run.
    for c in courses {
        let id = c.loaded.course.id.clone();
        let keep = c.keep_at(clock());
        let parsed = c.parse_to_keep();
        // One course's problem (a missing password, a damaged ledger) never stops the others.
        let outcome = prepare(c.loaded, &args.pass.feed_dir).and_then(|r| {
            if r.roster_skipped > 0 {
                // Warned about row by row already; the exit status says so too.
                code = code.max(EXIT_FAILURE);
                roster_rows += r.roster_skipped;
            }
            let keep = keep.as_ref().map(|v| (v, parsed.as_ref()));
            run_pass(&r, &clock, args.dry_run, keep, &mut out)
        });
        match outcome {
            Ok(report) => {
                for (subject, to, reason) in report.failed.iter().chain(&report.retry) {
                    eprintln!("{id}: not delivered: {subject} → {to}: {reason}");
                }
                if report.has_failures() {
                    code = code.max(EXIT_FAILURE);
                    failures = true;
                }
            }
            Err(e) => {
                eprintln!("coursecal: error: {id}: {e:#}");
                code = code.max(exit_code(&e));
                failures = true;
            }
        }
    }
    std::io::stdout()
        .lock()
        .write_all(out.as_bytes())
        .context("writing to stdout")?;
    if roster_rows > 0 {
        eprintln!(
            "coursecal: {roster_rows} roster row(s) gave no usable address (see the warnings above); those students get no reminders until the rows are fixed"
        );
    }
    if code == EXIT_FAILURE && (roster_rows == 0 || failures) {
        eprintln!(
            "coursecal: some reminders were not delivered (see above); they stay pending where the failure was temporary"
        );
    }
    if stale {
        code = code.max(EXIT_STALE);
    }
    Ok(code)
}
