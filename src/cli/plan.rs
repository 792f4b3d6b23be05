//! `coursecal plan`: every reminder of the term and where it stands.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use anyhow::{Context, Result};

use super::EXIT_OK;
use super::RunClock;
use super::args::PlanArgs;
use super::kept_parse::load_reusing;
use super::load::{print_warnings, warn_default_zone};
use super::reminding::prepare;
use super::table::table;
use crate::remind::plan::{REPORT_COLUMNS, ReportRow};

/// What `[mail] exclude` did, so the instructor sees that a request was honoured (and a
/// misspelt address that honoured nothing); `check` says the same lines.
pub(super) fn excluded_lines(ex: &crate::remind::roster::Excluded) -> Vec<String> {
    let mut lines = Vec::new();
    if !ex.dropped.is_empty() {
        let list: Vec<String> = ex.dropped.iter().map(|m| m.email.to_string()).collect();
        lines.push(format!(
            "excluded by [mail] exclude: {} roster address(es): {}",
            list.len(),
            list.join(", ")
        ));
    }
    if !ex.unmatched.is_empty() {
        lines.push(format!(
            "not on the roster, nothing to exclude (check the spelling): {}",
            ex.unmatched.join(", ")
        ));
    }
    lines
}

pub(crate) fn run(mut args: PlanArgs) -> Result<u8> {
    let clock = RunClock::read(args.now.as_deref())?;
    args.course_args.today = clock.day();
    // Read from the parse the last pass kept when the sources have not changed since.
    let (loaded, reader) = load_reusing("plan", args.course.as_deref(), &args.course_args)?;
    print_warnings(&loaded);
    warn_default_zone(&loaded);
    let now = clock.at(loaded.course.timezone)?;
    let r = prepare(loaded, Path::new("public"))?;
    // Through the connection that looked for the parse, when it is the course's ledger.
    let ledger = match reader.filter(|rd| rd.path() == r.ledger) {
        Some(rd) => rd.peek(r.legacy_ledger.as_deref(), &r.renames())?,
        None => r.peek_ledger()?,
    };
    let planned = crate::remind::tick::current_plan(&r.input(now), &ledger);
    let tz = r.loaded.course.timezone;
    let rows = crate::remind::plan::report_rows(&r.loaded.course, &planned);
    let mut out = String::new();
    if args.json {
        // Through a JSON value, whose keys are sorted: the output's order does not follow the
        // struct's field order.
        let value = serde_json::to_value(&rows).context("serialising the plan")?;
        out = serde_json::to_string_pretty(&value).context("serialising the plan")?;
        out.push('\n');
    } else {
        let _ = writeln!(
            out,
            "{}: {} reminders at {} (ledger {})",
            r.loaded.course.display_name(),
            planned.len(),
            now.with_timezone(&tz).format("%Y-%m-%d %H:%M %Z"),
            r.ledger.display()
        );
        for line in excluded_lines(&r.excluded) {
            let _ = writeln!(out, "{line}");
        }
        if let Some(note) =
            super::term_note::term_note(&r.loaded.course, &r.loaded.file.reminders, now)
        {
            let _ = writeln!(out, "Note: {note}.");
        }
        let _ = writeln!(out);
        let cells: Vec<[String; 4]> = rows.iter().map(ReportRow::cells).collect();
        out.push_str(&table(&REPORT_COLUMNS, &cells));
    }
    std::io::stdout()
        .lock()
        .write_all(out.as_bytes())
        .context("writing to stdout")?;
    Ok(EXIT_OK)
}
