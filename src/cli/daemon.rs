//! `coursecal daemon`: the same pass as `remind`, on each course's cron schedule, until
//! SIGTERM or Ctrl-C.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError};

use anyhow::{Context, Result};

use super::args::DaemonArgs;
use super::load::{Loaded, check_ids, load, load_all, print_warnings};
use super::remind::run_pass;
use super::reminding::prepare;
use super::verbosity::{Verbosity, says};
use super::{EXIT_OK, now_from};

pub(crate) fn run(args: DaemonArgs) -> Result<u8> {
    // Everything is validated before the loop starts: a bad course file fails now, not at 3 am.
    let mut courses = load_all(&args.courses, &args.pass.course_args)?;
    check_ids(&courses)?;
    let tz0 = crate::course::now_zone(courses.iter().map(|l| &l.course));
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
        prepare(l.clone(), &args.pass.feed_dir)?.mailer()?;
    }
    let started = std::time::Instant::now();
    // With --now the daemon's clock starts there and runs at the real pace (for trials and tests).
    let clock = move || match start_at {
        Some(t) => t + chrono::Duration::from_std(started.elapsed()).unwrap_or_default(),
        None => crate::clock::now(None),
    };
    for l in courses.iter().filter(|_| says(Verbosity::Normal)) {
        if let Some(note) = super::term_note::term_note(&l.course, &l.file.reminders, clock()) {
            eprintln!("{}: {note}", l.course.id);
        }
    }
    let stop = stop_signal()?;
    if says(Verbosity::Normal) {
        eprintln!(
            "coursecal daemon: {} course(s); stop with SIGTERM or Ctrl-C",
            courses.len()
        );
    }
    let mut pass = |courses: &mut [Loaded], i: usize| {
        reload_and_pass(courses, i, &paths[i], &args, &clock);
    };
    Ok(serve(
        &mut courses,
        &clock,
        &mut UntilSignal(stop),
        &mut pass,
    ))
}

/// A channel that receives once SIGTERM or SIGINT arrives.
fn stop_signal() -> Result<Receiver<()>> {
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
    Ok(rx)
}

/// One course's pass in the daemon: reload it from `path`, run the pass, log the summary. A
/// failure is logged, never fatal: the other courses and the next tick go on.
fn reload_and_pass(
    courses: &mut [Loaded],
    i: usize,
    path: &std::path::Path,
    args: &DaemonArgs,
    clock: &dyn Fn() -> chrono::DateTime<chrono::Utc>,
) {
    // Reload on every pass, so edits to the syllabus or course file take effect.
    match load(Some(path), &args.pass.course_args) {
        Ok(l) => courses[i] = l,
        Err(e) => eprintln!(
            "coursecal daemon: {}: reload failed, using the last good version: {e:#}",
            path.display()
        ),
    }
    let mut out = String::new();
    match prepare(courses[i].clone(), &args.pass.feed_dir)
        .and_then(|r| run_pass(&r, clock, false, &mut out))
    {
        Ok(_) if out.is_empty() => {}
        Ok(_) => eprint!(
            "coursecal daemon: {} {out}",
            clock()
                .with_timezone(&courses[i].course.timezone)
                .format("%H:%M:%S")
        ),
        Err(e) => eprintln!("coursecal daemon: pass failed: {e:#}"),
    }
}

/// How the loop waits between passes: on a stop signal in the daemon, not at all in tests.
trait Sleeper {
    /// Waits for `wait`, or less if told to stop; false when the daemon is to stop.
    fn sleep(&mut self, wait: std::time::Duration) -> bool;
}

/// Sleeps until the time is up or SIGTERM/SIGINT arrives on the channel, without polling.
struct UntilSignal(Receiver<()>);

impl Sleeper for UntilSignal {
    fn sleep(&mut self, wait: std::time::Duration) -> bool {
        !matches!(
            self.0.recv_timeout(wait),
            Ok(()) | Err(RecvTimeoutError::Disconnected)
        )
    }
}

/// The daemon loop: wait for the next cron tick over all courses, run the pass of every
/// course due then, repeat until `sleeper` says stop or no schedule has a next time.
fn serve(
    courses: &mut [Loaded],
    clock: &dyn Fn() -> chrono::DateTime<chrono::Utc>,
    sleeper: &mut dyn Sleeper,
    pass: &mut dyn FnMut(&mut [Loaded], usize),
) -> u8 {
    let mut waits = 0_u64;
    loop {
        let now = clock();
        // The cron expression and zone come from each course's latest successful load.
        let schedules: Vec<_> = courses
            .iter()
            .map(|l| (&l.file.cron, l.course.timezone))
            .collect();
        let Some((when, due)) = crate::remind::schedule::next_pass(&schedules, now) else {
            eprintln!("coursecal daemon: no cron schedule has a next time; exiting");
            return EXIT_OK;
        };
        let zone = due
            .first()
            .map_or(chrono_tz::UTC, |&i| courses[i].course.timezone);
        // The first wait is always said (when the daemon will first act); the rest with -v.
        if (waits == 0 && says(Verbosity::Normal)) || says(Verbosity::Verbose) {
            eprintln!(
                "coursecal daemon: next pass at {}",
                when.with_timezone(&zone).format("%a %Y-%m-%d %H:%M:%S %Z")
            );
        }
        waits += 1;
        if !sleeper.sleep((when - now).to_std().unwrap_or_default()) {
            if says(Verbosity::Normal) {
                eprintln!("coursecal daemon: stopping");
            }
            return EXIT_OK;
        }
        for i in due {
            pass(courses, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};

    use chrono::{DateTime, Utc};

    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn course(cron: &str) -> Loaded {
        let file = crate::course::file::CourseFile {
            cron: crate::course::crontab::parse_cron(cron).unwrap(),
            ..Default::default()
        };
        Loaded {
            course: crate::course::build::reference_course(&file),
            syllabus: PathBuf::from("ceng501-fall2022.txt"),
            course_file: None,
            file,
        }
    }

    /// Moves a shared fake clock forward by each wait, and stops after `left` waits.
    struct FakeSleeper<'a> {
        now: &'a Cell<DateTime<Utc>>,
        left: usize,
    }

    impl Sleeper for FakeSleeper<'_> {
        fn sleep(&mut self, wait: std::time::Duration) -> bool {
            if self.left == 0 {
                return false;
            }
            self.left -= 1;
            self.now
                .set(self.now.get() + chrono::Duration::from_std(wait).unwrap());
            true
        }
    }

    #[test]
    fn the_loop_runs_each_course_on_its_own_ticks_until_told_to_stop() {
        let now = Cell::new(at("2022-11-20T10:05:00+03:00"));
        let mut courses = vec![course("*/15 * * * *"), course("0 * * * *")];
        let passes = RefCell::new(Vec::new());
        let code = serve(
            &mut courses,
            &|| now.get(),
            &mut FakeSleeper { now: &now, left: 4 },
            &mut |_, i| passes.borrow_mut().push((now.get(), i)),
        );
        assert_eq!(code, EXIT_OK);
        assert_eq!(
            *passes.borrow(),
            [
                (at("2022-11-20T10:15:00+03:00"), 0),
                (at("2022-11-20T10:30:00+03:00"), 0),
                (at("2022-11-20T10:45:00+03:00"), 0),
                (at("2022-11-20T11:00:00+03:00"), 0),
                (at("2022-11-20T11:00:00+03:00"), 1),
            ]
        );
    }

    #[test]
    fn a_reloaded_schedule_takes_effect_from_the_next_pass() {
        let now = Cell::new(at("2022-11-20T10:05:00+03:00"));
        let mut courses = vec![course("*/15 * * * *")];
        let passes = RefCell::new(Vec::new());
        serve(
            &mut courses,
            &|| now.get(),
            &mut FakeSleeper { now: &now, left: 2 },
            &mut |courses, i| {
                passes.borrow_mut().push(now.get());
                // As if the course file had been edited to an hourly schedule.
                courses[i] = course("0 * * * *");
            },
        );
        assert_eq!(
            *passes.borrow(),
            [
                at("2022-11-20T10:15:00+03:00"),
                at("2022-11-20T11:00:00+03:00")
            ]
        );
    }
}
