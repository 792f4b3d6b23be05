//! `coursecal diff`: what subscribers will see change against the feed already published,
//! and which change notices the next `remind` pass would send.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use anyhow::{Context, Result};

use super::args::DiffArgs;
use super::load::{load, print_warnings};
use super::reminding::prepare;
use super::{EXIT_CHANGES, EXIT_INPUT, EXIT_OK, RunClock, input_error};
use crate::model::Course;
use crate::remind::changes::{Change, change_line, compare, feed_versions, published_versions};

/// Exit codes as diff(1): 0 nothing changes, 1 something would, 2 any error (input or run
/// time), so a script gating on 1 never takes a failure for a change.
pub(crate) fn run(args: DiffArgs) -> Result<u8> {
    match diff(args) {
        Ok(code) => Ok(code),
        Err(e) if super::is_broken_pipe(&e) => Ok(EXIT_OK),
        Err(e) => {
            eprintln!("coursecal: error: {e:#}");
            Ok(EXIT_INPUT)
        }
    }
}

fn diff(mut args: DiffArgs) -> Result<u8> {
    let clock = RunClock::read(args.now.as_deref())?;
    args.course_args.today = clock.day();
    let loaded = load("diff", args.course.as_deref(), &args.course_args)?;
    print_warnings(&loaded);
    let now = clock.at(loaded.course.timezone)?;
    let feed = args
        .out
        .join(crate::feed::Variant::All.file_name(&loaded.course));
    let mut out = String::new();
    let changes = feed_changes(&loaded.course, &feed)?;
    match &changes {
        None => {
            let _ = writeln!(
                out,
                "{}: no published feed yet; the first build publishes {} events",
                feed.display(),
                loaded.course.events.len()
            );
        }
        Some(list) => {
            let _ = writeln!(out, "{}: {} change(s)", feed.display(), list.len());
            for c in list {
                let _ = writeln!(out, "  {}", change_line(c, loaded.course.timezone));
            }
        }
    }
    let r = prepare(loaded, &args.out)?;
    let notices = notice_lines(&r, now, &mut out)?;
    std::io::stdout()
        .lock()
        .write_all(out.as_bytes())
        .context("writing to stdout")?;
    let changed = changes.is_none_or(|c| !c.is_empty()) || notices > 0;
    Ok(if changed { EXIT_CHANGES } else { EXIT_OK })
}

/// The changes against the published feed; `None` when nothing is published yet.
pub(crate) fn feed_changes(course: &Course, feed: &Path) -> Result<Option<Vec<Change>>> {
    let checked = match super::load::read_published_feed(feed) {
        Ok(Some(checked)) => checked,
        Ok(None) => return Ok(None),
        Err(e) => {
            return Err(anyhow::Error::new(e)
                .context(format!("reading the published feed {}", feed.display())));
        }
    };
    let text = match checked {
        Ok(t) => t,
        Err(damage) => {
            return Err(input_error(
                feed,
                damage.line,
                format!(
                    "the published feed is damaged: {damage}; copy the published file back from the web server, or delete it to start over"
                ),
            ));
        }
    };
    // An event published under its former UID (docs/commands.md, "UIDs") is the same event.
    let published = course.with_current_uids(published_versions(&text, course.timezone));
    Ok(Some(compare(&published, &feed_versions(course))))
}

/// The notices the next pass would send, one subject a line; returns how many.
fn notice_lines(
    r: &super::reminding::Reminding,
    now: chrono::DateTime<chrono::Utc>,
    out: &mut String,
) -> Result<usize> {
    let course = &r.loaded.course;
    let settings = &r.loaded.file.notices;
    if !settings.enabled {
        let _ = writeln!(out, "notices: off ([notices] enabled = false)");
        return Ok(0);
    }
    let ledger = r.peek_ledger()?;
    let plan = crate::remind::notices::plan_notices(course, settings, &ledger, now);
    if ledger.announced.is_none() {
        let _ = writeln!(
            out,
            "notices: none, as there is nothing earlier to compare with: no remind pass has recorded what students know yet (ledger {}); run `coursecal remind` first (cron's pass does): it records the course as it stands, and from then on each edit shows here as the notice it sends",
            r.ledger.display()
        );
        return Ok(0);
    }
    let units = crate::remind::tick::units(&r.mail, &r.roster).len();
    if plan.notices.is_empty() {
        let _ = writeln!(out, "notices: none");
    } else {
        let _ = writeln!(
            out,
            "notices the next remind pass would send, each to {units} recipient(s):"
        );
    }
    for n in &plan.notices {
        let subject = crate::remind::compose_notice::notice_subject(course, n, r.mail.language);
        let _ = writeln!(out, "  {subject}");
    }
    Ok(plan.notices.len())
}

/// The lines `build` prints under a course's feed: one per change against what was published.
pub(crate) fn build_summary(course: &Course, feed: &Path, report: &mut String) -> Result<()> {
    if let Some(changes) = feed_changes(course, feed)? {
        for c in changes {
            let _ = writeln!(report, "  {}", change_line(&c, course.timezone));
        }
    }
    Ok(())
}
