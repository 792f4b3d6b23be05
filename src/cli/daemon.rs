//! `coursecal daemon`: the same pass as `remind`, on each course's cron schedule, until
//! SIGTERM or Ctrl-C.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError};

use anyhow::{Context, Result};

use super::args::DaemonArgs;
use super::load::{load, load_all, print_warnings};
use super::remind::run_pass;
use super::reminding::prepare;
use super::{EXIT_OK, now_from};

pub(crate) fn run(args: DaemonArgs) -> Result<u8> {
    // Everything is validated before the loop starts: a bad course file fails now, not at 3 am.
    let mut courses = load_all(&args.courses, &args.course_args)?;
    let tz0 = courses
        .first()
        .map_or(chrono_tz::Europe::Istanbul, |l| l.course.timezone);
    let start_at = match &args.now {
        Some(_) => Some(now_from(args.now.as_deref(), tz0)?),
        None => None,
    };
    let paths: Vec<PathBuf> = courses
        .iter()
        .map(|l| l.course_file.clone().unwrap_or_else(|| l.syllabus.clone()))
        .collect();
    for l in &courses {
        print_warnings(l);
        prepare(l.clone(), &args.feed_dir)?.mailer()?;
    }
    let started = std::time::Instant::now();
    // With --now the daemon's clock starts there and runs at the real pace (for trials and tests).
    let clock = move || match start_at {
        Some(t) => t + chrono::Duration::from_std(started.elapsed()).unwrap_or_default(),
        None => crate::clock::now(None),
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
    ])
    .context("installing signal handlers")?;
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = tx.send(());
        }
    });
    eprintln!(
        "coursecal daemon: {} course(s); stop with SIGTERM or Ctrl-C",
        courses.len()
    );
    loop {
        let now = clock();
        // The cron expression and zone come from each course's latest successful load.
        let mut next: Option<(chrono::DateTime<chrono::Utc>, Vec<usize>)> = None;
        for (i, l) in courses.iter().enumerate() {
            if let Some(t) = crate::course::crontab::next_tick(&l.file.cron, l.course.timezone, now)
            {
                match &mut next {
                    Some((best, idx)) if t == *best => idx.push(i),
                    Some((best, _)) if t > *best => {}
                    _ => next = Some((t, vec![i])),
                }
            }
        }
        let Some((when, due)) = next else {
            eprintln!("coursecal daemon: no cron schedule has a next time; exiting");
            return Ok(EXIT_OK);
        };
        let zone = due
            .first()
            .map_or(chrono_tz::UTC, |&i| courses[i].course.timezone);
        eprintln!(
            "coursecal daemon: next pass at {}",
            when.with_timezone(&zone).format("%a %Y-%m-%d %H:%M:%S %Z")
        );
        let wait = (when - now).to_std().unwrap_or_default();
        if !sleep_until(std::time::Instant::now() + wait, &rx) {
            eprintln!("coursecal daemon: stopping");
            return Ok(EXIT_OK);
        }
        for i in due {
            // Reload on every pass, so edits to the syllabus or course file take effect.
            match load(Some(&paths[i]), &args.course_args) {
                Ok(l) => courses[i] = l,
                Err(e) => eprintln!(
                    "coursecal daemon: {}: reload failed, using the last good version: {e:#}",
                    paths[i].display()
                ),
            }
            let mut out = String::new();
            match prepare(courses[i].clone(), &args.feed_dir)
                .and_then(|r| run_pass(&r, &clock, false, &mut out))
            {
                Ok(_) => eprint!(
                    "coursecal daemon: {} {out}",
                    clock()
                        .with_timezone(&courses[i].course.timezone)
                        .format("%H:%M:%S")
                ),
                Err(e) => eprintln!("coursecal daemon: pass failed: {e:#}"),
            }
        }
    }
}

/// Waits until `deadline` or a stop signal, without polling. Returns false when stopped.
fn sleep_until(deadline: std::time::Instant, stop: &Receiver<()>) -> bool {
    let now = std::time::Instant::now();
    let wait = deadline.saturating_duration_since(now);
    !matches!(
        stop.recv_timeout(wait),
        Ok(()) | Err(RecvTimeoutError::Disconnected)
    )
}
