//! `coursecal daemon`: the same pass as `remind`, on each course's cron schedule, until
//! SIGTERM or Ctrl-C.
//!
//! The process that stays resident only sleeps: after validating every course it re-executes
//! itself as a loop that holds each course's schedule (cron expression and zone), and runs each
//! pass as a child `coursecal remind`, as cron would. So the syllabus parser, its compiled
//! patterns and the mail stack are never resident between ticks. A pass that cannot load its
//! course (an edit broke it) uses the last version that loaded, kept in the course's ledger as
//! every `remind` keeps it (`cli::last_good`); the schedule that version gives goes to a state
//! folder the loop created, which is all the loop reads.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::args::{DaemonArgs, PassArgs};
use super::last_good::ForPass;
use super::load::{Loaded, check_ids, every_course, load_keeping};
use super::reminding::prepare;
use super::verbosity::{Verbosity, says};
use super::{EXIT_OK, now_from};
use crate::course::crontab::{CronSpec, parse_cron};

pub(crate) fn run(mut args: DaemonArgs) -> Result<u8> {
    args.pass.course_args.today = super::RunClock::read(args.now.as_deref())?.day();
    match &args.serve_state {
        Some(dir) => serve_passes(&args, dir),
        None => start(&args),
    }
}

/// Validates every course (a bad course file fails now, not at 3 am), says what the term
/// looks like, writes each course's state, and turns into the resident loop.
fn start(args: &DaemonArgs) -> Result<u8> {
    let paths = if args.courses.is_empty() {
        every_course("daemon")?
    } else {
        args.courses.clone()
    };
    let mut courses = Vec::new();
    for p in &paths {
        courses.push(load_keeping(p, &args.pass.course_args)?);
    }
    let loaded: Vec<Loaded> = courses.iter().map(|(l, _, _)| l.clone()).collect();
    check_ids(&loaded)?;
    let tz0 = crate::course::now_zone(loaded.iter().map(|l| &l.course));
    let start_at = match &args.now {
        Some(_) => Some(now_from(args.now.as_deref(), tz0)?),
        None => None,
    };
    let now = crate::clock::now(start_at);
    for (p, (l, sources, fresh)) in paths.iter().zip(&courses) {
        super::load::print_warnings(l);
        super::load::warn_default_zone(l);
        let r = prepare(l.clone(), &args.pass.feed_dir)?;
        r.mailer()?;
        // An edit that breaks the course before its first pass falls back on this version; its
        // parse is kept with it, so the passes read it instead of parsing again.
        let pass = ForPass::fresh(p, l.clone(), sources.clone(), fresh.clone());
        if let Some(v) = pass.keep_at(now)
            && let Err(e) = super::last_good::keep(&r, &v, pass.parse_to_keep().as_ref())
        {
            eprintln!("coursecal daemon: {}: {e:#}", p.display());
        }
    }
    for l in loaded.iter().filter(|_| says(Verbosity::Normal)) {
        if let Some(note) = super::term_note::term_note(&l.course, &l.file.reminders, now) {
            eprintln!("{}: {note}", l.course.id);
        }
    }
    let dir = state_dir()?;
    for (i, l) in loaded.iter().enumerate() {
        keep_schedule(&state_file(&dir, i), l)?;
    }
    if says(Verbosity::Normal) {
        eprintln!(
            "coursecal daemon: {} course(s); stop with SIGTERM or Ctrl-C",
            courses.len()
        );
    }
    let mut resident = command(&exe()?);
    resident.arg("daemon").arg("--serve-state").arg(&dir);
    if let Some(t) = start_at {
        // The resident loop's clock goes on from where this one is now.
        resident.args(["--now", &crate::clock::now(Some(t)).to_rfc3339()]);
    }
    pass_flags(&mut resident, &args.pass);
    resident.arg("--").args(&paths);
    become_resident(resident, &dir)
}

/// This executable, for the resident loop and each pass. On Linux, `/proc/self/exe`: the very
/// file running, even after an upgrade replaced or removed it at its path, so the loop and its
/// passes stay one version.
fn exe() -> Result<PathBuf> {
    let running = Path::new("/proc/self/exe");
    if running.exists() {
        return Ok(running.to_path_buf());
    }
    std::env::current_exe().context("finding the coursecal executable to run the daemon's passes")
}

/// A command running `exe` under the name this process was started with (what `ps` shows).
fn command(exe: &Path) -> std::process::Command {
    #[cfg_attr(not(unix), allow(unused_mut))]
    let mut cmd = std::process::Command::new(exe);
    #[cfg(unix)]
    if let Some(name) = std::env::args_os().next() {
        std::os::unix::process::CommandExt::arg0(&mut cmd, name);
    }
    cmd
}

/// Replaces this process (same PID, so a service manager's signals still reach it) by the
/// resident loop; elsewhere runs it as a child and exits with its status.
fn become_resident(mut resident: std::process::Command, dir: &Path) -> Result<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt as _;
        let e = resident.exec();
        let _ = std::fs::remove_dir_all(dir);
        Err(anyhow::Error::new(e).context("starting the daemon's resident loop"))
    }
    #[cfg(not(unix))]
    {
        let status = resident.status();
        let _ = std::fs::remove_dir_all(dir);
        let status = status.context("starting the daemon's resident loop")?;
        Ok(status.code().map_or(super::EXIT_FAILURE, |c| c as u8))
    }
}

/// A private folder for the courses' state, removed when the daemon stops.
fn state_dir() -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("coursecal-daemon-{}", std::process::id()));
    // Left over from a daemon with this PID that was killed: its state is stale.
    let _ = std::fs::remove_dir_all(&dir);
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(&dir)
        .with_context(|| format!("creating the daemon's state folder {}", dir.display()))?;
    Ok(dir)
}

/// The state of course `i`: `<file>.schedule`.
fn state_file(dir: &Path, i: usize) -> PathBuf {
    dir.join(i.to_string())
}

fn with_suffix(state: &Path, suffix: &str) -> PathBuf {
    let mut name = state.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Keeps the schedule of the version of the course a pass used, for the loop.
fn keep_schedule(state: &Path, l: &Loaded) -> Result<()> {
    let schedule = format!("{}\n{}\n", l.file.cron.source, l.course.timezone.name());
    crate::atomic_file::write(&with_suffix(state, ".schedule"), schedule.as_bytes())
        .with_context(|| format!("writing the daemon's state {}", state.display()))
}

/// A daemon's pass loads its course as `remind` does (afresh, so edits take effect, else its
/// last good version); the schedule the loop follows next is that version's.
pub(crate) fn load_for_pass(
    path: &Path,
    args: &super::args::CourseArgs,
    state: &Path,
) -> Result<ForPass> {
    let pass = super::last_good::load_for_pass(path, args)?;
    // The pass goes on without it (a cleaner emptied the temporary folder, a full disk): only
    // a changed schedule waits for the next pass that can keep it.
    if let Err(e) = keep_schedule(state, &pass.loaded) {
        eprintln!("coursecal daemon: {}: {e:#}", path.display());
    }
    Ok(pass)
}

/// The flags a pass shares with the daemon: verbosity, feed folder, term and zone.
fn pass_flags(cmd: &mut std::process::Command, pass: &PassArgs) {
    if !says(Verbosity::Normal) {
        cmd.arg("--quiet");
    } else if says(Verbosity::Verbose) {
        cmd.arg("--verbose");
    }
    cmd.arg("--feed-dir").arg(&pass.feed_dir);
    if let Some(t) = &pass.course_args.term {
        cmd.args(["--term", t]);
    }
    if let Some(z) = &pass.course_args.timezone {
        cmd.args(["--timezone", z]);
    }
}

/// When a course's passes run: its cron expression, read in its zone.
#[derive(Debug, Clone)]
struct Slot {
    cron: CronSpec,
    zone: Tz,
}

/// The schedule a course's last pass (or the start-up) kept.
fn read_slot(state: &Path) -> Result<Slot> {
    let path = with_suffix(state, ".schedule");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("reading the daemon's state {}", path.display()))?;
    let mut lines = text.lines();
    let (Some(cron), Some(zone)) = (lines.next(), lines.next()) else {
        anyhow::bail!("the daemon's state {} is incomplete", path.display());
    };
    Ok(Slot {
        cron: parse_cron(cron).map_err(anyhow::Error::msg)?,
        zone: zone.parse().map_err(anyhow::Error::msg)?,
    })
}

/// The resident loop: sleeps until the next tick over all courses, runs each due course's pass
/// as a child process, until SIGTERM or SIGINT; then removes the state folder.
fn serve_passes(args: &DaemonArgs, dir: &Path) -> Result<u8> {
    let slots: Result<Vec<Slot>> = (0..args.courses.len())
        .map(|i| read_slot(&state_file(dir, i)))
        .collect();
    // Removed however the loop ends: an error, a stop, a panic (a closed stderr).
    let _removed = RemoveOnDrop(dir);
    let mut slots = slots?;
    let start_at = match &args.now {
        Some(_) => Some(now_from(args.now.as_deref(), chrono_tz::UTC)?),
        None => None,
    };
    let started = std::time::Instant::now();
    // With --now the daemon's clock starts there and runs at the real pace (for trials and tests).
    let clock = move || match start_at {
        Some(t) => t + chrono::Duration::from_std(started.elapsed()).unwrap_or_default(),
        None => crate::clock::now(None),
    };
    let stop = stop_signal()?;
    let exe = exe()?;
    let mut pass = |slots: &mut [Slot], i: usize| {
        let state = state_file(dir, i);
        child_pass(
            &exe,
            &args.courses[i],
            &state,
            args,
            start_at.map(|_| clock()),
            slots[i].zone,
        );
        match read_slot(&state) {
            Ok(s) => slots[i] = s,
            Err(e) => eprintln!("coursecal daemon: keeping the schedule as it was: {e:#}"),
        }
    };
    Ok(serve(&mut slots, &clock, &mut UntilSignal(stop), &mut pass))
}

/// Removes the state folder when dropped.
struct RemoveOnDrop<'a>(&'a Path);

impl Drop for RemoveOnDrop<'_> {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(self.0);
    }
}

/// One course's pass, `coursecal remind` in a child process: its summary is logged with the
/// time, its other lines go to stderr as they come, a failure is logged and never fatal.
fn child_pass(
    exe: &Path,
    course: &Path,
    state: &Path,
    args: &DaemonArgs,
    pinned: Option<DateTime<Utc>>,
    zone: Tz,
) {
    let mut cmd = command(exe);
    cmd.arg("remind").arg("--daemon-state").arg(state);
    if let Some(t) = pinned {
        cmd.args(["--now", &t.to_rfc3339()]);
    }
    pass_flags(&mut cmd, &args.pass);
    cmd.arg("--").arg(course);
    cmd.stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit());
    // Its own process group: a Ctrl-C stops the loop after the pass, not the pass halfway.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    match cmd.output() {
        Ok(o) => {
            if !o.stdout.is_empty() {
                let when = pinned.unwrap_or_else(|| crate::clock::now(None));
                eprint!(
                    "coursecal daemon: {} {}",
                    when.with_timezone(&zone).format("%H:%M:%S"),
                    String::from_utf8_lossy(&o.stdout)
                );
            }
            // A pass that sent from the last good version has said so: it did not fail.
            if !o.status.success() && o.status.code() != Some(i32::from(super::EXIT_STALE)) {
                eprintln!(
                    "coursecal daemon: {}: the pass failed ({}); the next tick runs it again",
                    course.display(),
                    o.status
                );
            }
        }
        Err(e) => eprintln!(
            "coursecal daemon: {}: cannot start the pass: {e}",
            course.display()
        ),
    }
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
    courses: &mut [Slot],
    clock: &dyn Fn() -> DateTime<Utc>,
    sleeper: &mut dyn Sleeper,
    pass: &mut dyn FnMut(&mut [Slot], usize),
) -> u8 {
    let mut waits = 0_u64;
    loop {
        let now = clock();
        // The cron expression and zone come from each course's latest successful load.
        let schedules: Vec<_> = courses.iter().map(|s| (&s.cron, s.zone)).collect();
        let Some((when, due)) = crate::remind::schedule::next_pass(&schedules, now) else {
            eprintln!("coursecal daemon: no cron schedule has a next time; exiting");
            return EXIT_OK;
        };
        let zone = due.first().map_or(chrono_tz::UTC, |&i| courses[i].zone);
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

    fn course(cron: &str) -> Slot {
        Slot {
            cron: parse_cron(cron).unwrap(),
            zone: chrono_tz::Europe::Istanbul,
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
