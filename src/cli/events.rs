//! `coursecal events`: the events read from a syllabus, as a table or JSON.

use std::fmt::Write as _;
use std::io::Write as _;

use anyhow::{Context, Result};

use super::EXIT_OK;
use super::args::EventsArgs;
use super::load::{load, print_warnings};
use super::table::table;
use crate::model::When;

pub(crate) fn run(mut args: EventsArgs) -> Result<u8> {
    args.course_args.today = super::RunClock::read(args.now.as_deref())?.day();
    let loaded = load("events", args.course.as_deref(), &args.course_args)?;
    print_warnings(&loaded);
    let course = &loaded.course;
    let mut out = String::new();
    if args.json {
        out = serde_json::to_string_pretty(&course.events).context("serialising events")?;
        out.push('\n');
    } else {
        let term = course.term.map(|t| format!(", {t}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "{}{term}: {} {} ({})",
            course.display_name(),
            course.events.len(),
            if course.events.len() == 1 {
                "event"
            } else {
                "events"
            },
            course.timezone.name()
        );
        let _ = writeln!(out);
        out.push_str(&events_table(course));
    }
    std::io::stdout()
        .lock()
        .write_all(out.as_bytes())
        .context("writing to stdout")?;
    Ok(EXIT_OK)
}

/// The events as a table; a SECTION column when the course has sections ("-": shared).
fn events_table(course: &crate::model::Course) -> String {
    let sectioned = !course.sections.is_empty();
    let rows: Vec<Vec<String>> = course
        .events
        .iter()
        .map(|e| {
            let when = match e.when {
                When::AllDay(d) => format!("{} (all day)", d.format("%a %Y-%m-%d")),
                When::Timed {
                    start,
                    end: Some(end),
                } => format!(
                    "{}-{}",
                    start.format("%a %Y-%m-%d %H:%M"),
                    end.format("%H:%M")
                ),
                When::Timed { start, end: None } => start.format("%a %Y-%m-%d %H:%M").to_string(),
            };
            let title = if e.cancelled {
                format!("[cancelled] {}", e.title)
            } else {
                e.title.clone()
            };
            let mut row = vec![e.key.clone(), e.kind.as_str().to_string(), when];
            if sectioned {
                row.push(e.section.clone().unwrap_or_else(|| "-".into()));
            }
            row.push(e.location.clone().unwrap_or_else(|| "-".into()));
            row.push(title);
            row
        })
        .collect();
    if sectioned {
        let rows: Vec<[String; 6]> = rows.into_iter().filter_map(|r| r.try_into().ok()).collect();
        table(&["KEY", "KIND", "WHEN", "SECTION", "WHERE", "TITLE"], &rows)
    } else {
        let rows: Vec<[String; 5]> = rows.into_iter().filter_map(|r| r.try_into().ok()).collect();
        table(&["KEY", "KIND", "WHEN", "WHERE", "TITLE"], &rows)
    }
}
