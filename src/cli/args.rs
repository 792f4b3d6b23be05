//! The command line, as typed: clap definitions only. Doc comments are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turn a course syllabus into events, a subscribable iCalendar feed and email reminders.
///
/// Exit codes: 0 success (warnings allowed); 1 a runtime failure (I/O, mail delivery);
/// 2 unusable input (syllabus, course file, arguments); 3 (`remind`) a course no longer loads,
/// so its reminders went out from its last good version. `diff` is the exception, as diff(1):
/// 0: nothing changes; 1: something would; 2: any error.
#[derive(Debug, Parser)]
#[command(name = "coursecal", version, max_term_width = 100)]
pub struct Cli {
    /// Print errors only (no warnings, notes or summaries).
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Say more: for `remind` and `daemon`, a line per reminder message (sent, failed,
    /// retried) and per daemon wait.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the events read from a syllabus: lectures, homework releases and deadlines, exams.
    Events(EventsArgs),
    /// Write the subscribable feeds and subscribe page as static files to upload.
    Build(BuildArgs),
    /// Show every reminder of the term and where it stands (pending, sent, failed, ...).
    Plan(PlanArgs),
    /// Send the reminders that are due now, record them, and exit: for crontab or a systemd timer.
    Remind(RemindArgs),
    /// Stay running and send reminders on the course's cron schedule (`cron` in `[reminders]`).
    Daemon(DaemonArgs),
    /// Show what subscribers will see change against the published feed, and the change
    /// notices the next `remind` pass would send. Exit 0: nothing changes; 1: something would;
    /// 2: any error.
    Diff(DiffArgs),
    /// Check that a reminder pass would work: read every input, log in to the mail server
    /// without sending, and say what goes out next (exit 0 when ready).
    Check(CheckArgs),
    /// Print a shell completion script, e.g. `coursecal completions bash > ~/.local/share/bash-completion/completions/coursecal`.
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `coursecal man > ~/.local/share/man/man1/coursecal.1`.
    Man,
}

/// `coursecal check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A course file (.toml) or a bare syllabus. Default: the one schedule/*.toml.
    #[arg(env = "COURSECAL_COURSE")]
    pub course: Option<PathBuf>,
    /// The current time (RFC 3339, or "YYYY-MM-DD HH:MM" in the course's zone); default: the clock.
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    #[command(flatten)]
    pub pass: PassArgs,
}

/// What a reminder pass reads besides the course and the time: `remind`, `daemon` and `check`
/// (the daemon hands them on to each pass).
#[derive(Debug, Args)]
pub struct PassArgs {
    /// Where `coursecal build` wrote the feeds (attachments reuse their SEQUENCE).
    #[arg(long, default_value = "public", value_name = "DIR")]
    pub feed_dir: PathBuf,
    #[command(flatten)]
    pub course_args: CourseArgs,
}

/// `coursecal completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Where the course comes from.
#[derive(Debug, Args)]
pub struct CourseArgs {
    /// Term for dates without a year, e.g. "Fall 2022": for a bare syllabus, or a course file
    /// that sets no `term` (a course file's own `term` wins).
    #[arg(long, value_name = "TERM")]
    pub term: Option<String>,
    /// IANA time zone, e.g. Europe/Istanbul: for a bare syllabus, or a course file that sets no
    /// `timezone` (a course file's own `timezone` wins).
    #[arg(long, visible_alias = "zone", value_name = "ZONE")]
    pub timezone: Option<String>,
    /// The day of the run, set by the command from `--now` or the clock (not a flag): the year
    /// of a syllabus that never tells it.
    #[arg(skip)]
    pub today: Option<chrono::NaiveDate>,
}

/// `coursecal events`.
#[derive(Debug, Args)]
pub struct EventsArgs {
    /// A course file (.toml) or a bare syllabus. Default: the one schedule/*.toml.
    #[arg(env = "COURSECAL_COURSE")]
    pub course: Option<PathBuf>,
    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
    /// The current time (RFC 3339, or "YYYY-MM-DD HH:MM"); default: the clock. A syllabus
    /// that never tells its year is read in the term nearest it.
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    #[command(flatten)]
    pub course_args: CourseArgs,
}

/// `coursecal build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Course files (.toml) or bare syllabi. Default: every schedule/*.toml.
    #[arg(env = "COURSECAL_COURSE")]
    pub courses: Vec<PathBuf>,
    /// Folder to write; upload it as is. The feeds already in it are the state that keeps
    /// UIDs, SEQUENCE and cancelled events right across rebuilds: keep it between builds.
    #[arg(long, default_value = "public", value_name = "DIR")]
    pub out: PathBuf,
    /// The current time (RFC 3339, or "YYYY-MM-DD HH:MM" in the course's zone); default: the clock.
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    #[command(flatten)]
    pub course_args: CourseArgs,
}

/// `coursecal plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// A course file (.toml) or a bare syllabus. Default: the one schedule/*.toml.
    #[arg(env = "COURSECAL_COURSE")]
    pub course: Option<PathBuf>,
    /// The current time (RFC 3339, or "YYYY-MM-DD HH:MM" in the course's zone); default: the clock.
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub course_args: CourseArgs,
}

/// `coursecal remind`.
#[derive(Debug, Args)]
pub struct RemindArgs {
    /// Course files (.toml) or bare syllabi. Default: the one schedule/*.toml.
    #[arg(env = "COURSECAL_COURSE")]
    pub courses: Vec<PathBuf>,
    /// The current time (RFC 3339, or "YYYY-MM-DD HH:MM" in the course's zone); default: the clock.
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    /// Print the messages that would be sent (headers and text); send and record nothing.
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub pass: PassArgs,
    /// A pass of the daemon (internal): the state file prefix where the schedule of the
    /// course version the pass used is kept for the loop.
    #[arg(long, hide = true, value_name = "FILE")]
    pub daemon_state: Option<PathBuf>,
}

/// `coursecal daemon`.
#[derive(Debug, Args)]
pub struct DaemonArgs {
    /// Course files (.toml) or bare syllabi. Default: the one schedule/*.toml.
    #[arg(env = "COURSECAL_COURSE")]
    pub courses: Vec<PathBuf>,
    /// Start the daemon's clock at this time and let it run from there (for trials and tests).
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    #[command(flatten)]
    pub pass: PassArgs,
    /// The resident loop (internal): the folder holding each course's state, written by the
    /// start-up that validated the courses.
    #[arg(long, hide = true, value_name = "DIR")]
    pub serve_state: Option<PathBuf>,
}

/// `coursecal diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// A course file (.toml) or a bare syllabus. Default: the one schedule/*.toml.
    #[arg(env = "COURSECAL_COURSE")]
    pub course: Option<PathBuf>,
    /// The folder `coursecal build` writes: the feed published there is compared against.
    #[arg(long, default_value = "public", value_name = "DIR")]
    pub out: PathBuf,
    /// The current time (RFC 3339, or "YYYY-MM-DD HH:MM" in the course's zone); default: the clock.
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    #[command(flatten)]
    pub course_args: CourseArgs,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
