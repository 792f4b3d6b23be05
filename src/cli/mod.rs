//! The shell: typed arguments in, one module per command, and the one place that maps an
//! error to an exit code. Everything here does I/O on behalf of the pure layers below.

pub mod args;
mod build;
mod check;
mod daemon;
mod diff;
mod events;
mod kept_parse;
mod last_good;
mod load;
mod pdf;
mod plan;
mod remind;
mod reminding;
mod table;
mod term_note;
mod verbosity;

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow};
use clap::Parser;

use crate::course::file::ConfigError;
use crate::syllabus;
use args::{Cli, Command};

/// Exit code: success, warnings allowed.
pub const EXIT_OK: u8 = 0;

/// Exit code: something failed at run time (I/O, mail delivery).
pub const EXIT_FAILURE: u8 = 1;

/// Exit code: the input cannot be used (syllabus, course file, arguments).
pub const EXIT_INPUT: u8 = 2;

/// Exit code of `remind` only: a course no longer loads (an edit broke its course file or
/// syllabus), so its pass sent from the last version that loaded; the error says what to fix.
/// Higher than the others, so that several courses' codes combine by their maximum.
pub const EXIT_STALE: u8 = 3;

/// Exit code of `diff` only, as diff(1): something would change (the feed, or a notice
/// would go out). `diff` reports every error, input or run time, as 2 ([`EXIT_INPUT`]), so
/// 1 from it always means "changes", never "failed".
pub const EXIT_CHANGES: u8 = 1;

/// An input problem with its place, printed as `file:line: message`.
#[derive(Debug, thiserror::Error)]
#[error("{place}: {message}")]
pub struct InputError {
    /// `path` or `path:line`.
    pub place: String,
    /// What is wrong and what to do.
    pub message: String,
}

pub(crate) fn input_error(
    path: &Path,
    line: Option<usize>,
    message: impl std::fmt::Display,
) -> anyhow::Error {
    let place = match line {
        Some(l) => format!("{}:{l}", path.display()),
        None => path.display().to_string(),
    };
    anyhow::Error::new(InputError {
        place,
        message: message.to_string(),
    })
}

/// Runs the program and returns its exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::from(EXIT_OK);
            }
            eprintln!("coursecal: error: {err:#}");
            ExitCode::from(exit_code(&err))
        }
    }
}

pub(crate) fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The one place that maps an error to an exit code.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    let input = err.chain().any(|e| {
        e.is::<InputError>() || e.is::<ConfigError>() || e.is::<syllabus::SyllabusError>()
    });
    if input { EXIT_INPUT } else { EXIT_FAILURE }
}

fn run(cli: Cli) -> Result<u8> {
    verbosity::set(cli.quiet, cli.verbose);
    match cli.command {
        Command::Events(args) => events::run(args),
        Command::Build(args) => build::run(args),
        Command::Plan(args) => plan::run(args),
        Command::Remind(args) => remind::run(args),
        Command::Daemon(args) => daemon::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Check(args) => check::run(args),
        Command::Completions(args) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            // clap_complete panics when its writer fails, so a closed pipe (`| head`) would
            // abort the program; rendered into memory first, the write error is ours to handle.
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut cmd, "coursecal", &mut script);
            std::io::Write::write_all(&mut std::io::stdout().lock(), &script)
                .context("writing to stdout")?;
            Ok(EXIT_OK)
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut page = Vec::new();
            clap_mangen::Man::new(cmd)
                .render(&mut page)
                .context("rendering the manual page")?;
            std::io::Write::write_all(&mut std::io::stdout().lock(), &page)
                .context("writing to stdout")?;
            Ok(EXIT_OK)
        }
    }
}

/// The run's reading of the time, taken before any course is read (a syllabus that never
/// tells its year is read in the term nearest it): `--now` as written, read in the course's
/// zone once that is known, or the wall clock, read here and only here.
pub(crate) struct RunClock {
    pinned: Option<String>,
    wall: Option<chrono::DateTime<chrono::Utc>>,
}

impl RunClock {
    /// `--now`, or the clock when it is absent; a `--now` that is no time is said before
    /// anything is read.
    pub(crate) fn read(arg: Option<&str>) -> Result<Self> {
        Ok(match arg {
            Some(s) => {
                now_from(Some(s), chrono_tz::UTC)?;
                RunClock {
                    pinned: Some(s.to_string()),
                    wall: None,
                }
            }
            None => RunClock {
                pinned: None,
                wall: Some(crate::clock::now(None)),
            },
        })
    }

    /// The day of the run, for a syllabus that never tells its year: the date `--now` writes (a
    /// day either side of the course's own cannot change a term), or the clock's.
    pub(crate) fn day(&self) -> Option<chrono::NaiveDate> {
        match (&self.pinned, self.wall) {
            (Some(s), _) => crate::model::parse_instant(s, chrono_tz::UTC).map(|t| t.date_naive()),
            (None, wall) => wall.map(|t| t.date_naive()),
        }
    }

    /// The instant of the run, `--now` read in the course's zone `tz`.
    pub(crate) fn at(&self, tz: chrono_tz::Tz) -> Result<chrono::DateTime<chrono::Utc>> {
        match self.wall {
            Some(t) => Ok(t),
            None => now_from(self.pinned.as_deref(), tz),
        }
    }
}

/// Reads `--now`, or the clock when it is absent: the only clock read of a run.
pub fn now_from(arg: Option<&str>, tz: chrono_tz::Tz) -> Result<chrono::DateTime<chrono::Utc>> {
    match arg {
        Some(s) => {
            let t = crate::model::parse_instant(s, tz).ok_or_else(|| {
                anyhow!(InputError {
                    place: "--now".into(),
                    message: format!("\"{s}\" is not a time; write RFC 3339 such as 2022-11-20T09:00:00+03:00, or \"2022-11-20 09:00\" in the course's zone"),
                })
            })?;
            Ok(crate::clock::now(Some(t)))
        }
        None => Ok(crate::clock::now(None)),
    }
}
