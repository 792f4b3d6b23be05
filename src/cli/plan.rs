//! `coursecal plan`: every reminder of the term and where it stands.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use anyhow::{Context, Result};

use super::EXIT_OK;
use super::args::PlanArgs;
use super::load::{load, print_warnings};
use super::now_from;
use super::reminding::prepare;
use super::table::table;

pub(crate) fn run(args: PlanArgs) -> Result<u8> {
    let loaded = load(args.course.as_deref(), &args.course_args)?;
    print_warnings(&loaded);
    let now = now_from(args.now.as_deref(), loaded.course.timezone)?;
    let r = prepare(loaded, Path::new("public"))?;
    let ledger = crate::remind::ledger::LockedLedger::peek(&r.ledger)?;
    let planned = crate::remind::tick::current_plan(&r.input(now), &ledger);
    let tz = r.loaded.course.timezone;
    let key_of = |uid: &str| r.loaded.course.event(uid).map(|e| e.key.clone());
    let mut out = String::new();
    if args.json {
        let rows: Vec<serde_json::Value> = planned
            .iter()
            .map(|p| {
                let key = key_of(&p.reminder.uid);
                let mut v = serde_json::json!({
                    "event": key,
                    "uid": p.reminder.uid,
                    "lead": p.reminder.lead.name,
                    "due": p.reminder.due.with_timezone(&tz).to_rfc3339(),
                    "event_start": p.reminder.event_start.with_timezone(&tz).to_rfc3339(),
                });
                if let (Some(obj), Ok(serde_json::Value::Object(st))) =
                    (v.as_object_mut(), serde_json::to_value(&p.status))
                {
                    obj.extend(st);
                }
                v
            })
            .collect();
        out = serde_json::to_string_pretty(&rows).context("serialising the plan")?;
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
        let _ = writeln!(out);
        let rows: Vec<[String; 4]> = planned
            .iter()
            .map(|p| {
                let key = key_of(&p.reminder.uid).unwrap_or_else(|| "?".into());
                [
                    key,
                    p.reminder.lead.name.clone(),
                    p.reminder
                        .due
                        .with_timezone(&tz)
                        .format("%a %Y-%m-%d %H:%M")
                        .to_string(),
                    p.status.to_string(),
                ]
            })
            .collect();
        out.push_str(&table(&["EVENT", "LEAD", "DUE", "STATE"], &rows));
    }
    std::io::stdout()
        .lock()
        .write_all(out.as_bytes())
        .context("writing to stdout")?;
    Ok(EXIT_OK)
}
