//! Finding and reading a course: the course file, its syllabus, the command line's overrides.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};

use super::args::CourseArgs;
use super::pdf;
use super::verbosity::{Verbosity, says};
use super::{InputError, input_error};
use crate::course::file::{self as config, CourseFile};
use crate::course::{self, CliOverrides, CourseError};
use crate::model::Course;
use crate::syllabus;

/// A course loaded from disk, with where it came from.
#[derive(Debug, Clone)]
pub(crate) struct Loaded {
    /// The course.
    pub course: Course,
    /// The syllabus file.
    pub syllabus: PathBuf,
    /// The course file, if one was given.
    pub course_file: Option<PathBuf>,
    /// Its contents.
    pub file: CourseFile,
    /// No zone came from `--timezone`, the course file or the syllabus: the course's times are
    /// read in the parser's default zone, which the instructor may never have chosen.
    pub zone_defaulted: bool,
}

/// Where courses are looked for when none is named.
const SCHEDULE_DIR: &str = "schedule";

/// Every `schedule/*.toml`, sorted.
fn schedule_files() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = match std::fs::read_dir(SCHEDULE_DIR) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(_) => Vec::new(),
    };
    found.sort();
    found
}

/// Every course of `schedule/` when none is named, for the commands that run each course on
/// its own and combine the exit codes (`build`, and `remind` and `daemon`, whose courses keep
/// separate ledgers): all the `schedule/*.toml`, or the error of [`default_course`] when there
/// is none.
pub(crate) fn every_course(command: &str) -> Result<Vec<PathBuf>> {
    let found = schedule_files();
    if found.is_empty() {
        return Ok(vec![default_course(command)?]);
    }
    Ok(found)
}

/// Finds the course `coursecal <command>` uses when none is named (nor set in
/// `$COURSECAL_COURSE`, which clap reads into the argument): the single `schedule/*.toml`.
/// Several are an error that gives the command for each, since this command reads one course
/// (one table, one exit status).
pub(crate) fn default_course(command: &str) -> Result<PathBuf> {
    let dir = Path::new(SCHEDULE_DIR);
    let mut found = schedule_files();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(input_error(
            dir,
            None,
            format!(
                "no course given and no schedule/*.toml here; name a course file or a syllabus, e.g. `coursecal {command} schedule/ceng501-fall2022.toml`, or run from the folder that holds schedule/"
            ),
        )),
        _ => Err(input_error(dir, None, several_courses(command, &found))),
    }
}

/// What to run when `schedule/` holds several courses and `command` reads one.
fn several_courses(command: &str, found: &[PathBuf]) -> String {
    let runs: String = found
        .iter()
        .map(|p| format!("\n  coursecal {command} {}", p.display()))
        .collect();
    format!(
        "no course given and {} course files here; `coursecal {command}` reads one course, so run it once for each:{runs}\n(`build`, `remind` and `daemon` without a course take every schedule/*.toml, so one cron line serves them all: `*/15 * * * * cd ~/coursecal && ~/.cargo/bin/coursecal remind >> ~/coursecal.log 2>&1`)",
        found.len()
    )
}

pub(super) fn cli_overrides(args: &CourseArgs) -> Result<CliOverrides> {
    let term = match &args.term {
        Some(t) => Some(config::checked_term(t).map_err(|message| {
            anyhow!(InputError {
                place: "--term".into(),
                message
            })
        })?),
        None => None,
    };
    let timezone = match &args.timezone {
        Some(z) => Some(config::parse_timezone(z).map_err(|m| {
            anyhow!(InputError {
                place: "--timezone".into(),
                message: m
            })
        })?),
        None => None,
    };
    Ok(CliOverrides {
        term,
        timezone,
        today: args.today,
    })
}

/// A course file's own `term` and `timezone` win over `--term`/`--timezone`, which are
/// meant for bare syllabi: one command line serves several courses, and moving a course
/// that states its zone would shift (and re-sequence) every event of its feed.
fn own_settings_win(path: &Path, file: &CourseFile, cli: &mut CliOverrides) {
    let ignored = |flag: &str, key: &'static str, given: String, own: String| {
        if !says(Verbosity::Normal) {
            return;
        }
        let place = match file.lines.get(key) {
            Some(l) => format!("{}:{l}", path.display()),
            None => path.display().to_string(),
        };
        eprintln!(
            "{place}: warning: {flag} {given} is not used for this course: its course file sets {key} = \"{own}\" (edit the course file to change it)"
        );
    };
    if let (Some(own), Some(given)) = (file.term, cli.term) {
        if own != given {
            ignored("--term", "term", format!("\"{given}\""), own.to_string());
        }
        cli.term = None;
    }
    if let (Some(own), Some(given)) = (file.timezone, cli.timezone) {
        if own != given {
            ignored(
                "--timezone",
                "timezone",
                given.name().into(),
                own.name().into(),
            );
        }
        cli.timezone = None;
    }
}

/// Largest course file read: a real one is a few kilobytes.
const MAX_COURSE_FILE_BYTES: u64 = 1024 * 1024;

/// Largest published feed read back: a term's feed is some hundred kilobytes, so a larger
/// file is not one `build` wrote.
pub(crate) const MAX_FEED_BYTES: u64 = 16 * 1024 * 1024;

/// The feed published earlier, read within [`MAX_FEED_BYTES`]: `Ok(None)` when there is none
/// yet; the inner `Err` says how it is damaged (too large, not UTF-8, not a feed of ours), so
/// each command decides whether damage stops it (`build`, `diff`) or is warned about (`remind`).
pub(crate) fn read_published_feed(
    path: &Path,
) -> std::io::Result<Option<Result<String, crate::feed::FeedDamage>>> {
    let bytes = match read_at_most(path, MAX_FEED_BYTES) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let text = if bytes.len() as u64 > MAX_FEED_BYTES {
        Err(crate::feed::FeedDamage {
            line: None,
            reason: format!("it is larger than {} MiB", MAX_FEED_BYTES / (1024 * 1024)),
        })
    } else {
        String::from_utf8(bytes).map_err(|_| crate::feed::FeedDamage {
            line: None,
            reason: "it is not UTF-8 text".into(),
        })
    };
    Ok(Some(
        text.and_then(|t| crate::feed::check_previous(&t).map(|()| t)),
    ))
}

/// Reads at most `limit` + 1 bytes: enough to tell that a file is too large without reading
/// all of it (a 200 MB file, `/dev/zero`).
pub(crate) fn read_at_most(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The syllabus's bytes: up to the text limit, or up to the PDF limit for a PDF.
fn read_syllabus(path: &Path) -> std::io::Result<Vec<u8>> {
    let text_limit = syllabus::MAX_BYTES as u64;
    let bytes = read_at_most(path, text_limit)?;
    if pdf::is_pdf(&bytes) && bytes.len() as u64 > text_limit {
        return read_at_most(path, pdf::MAX_PDF_BYTES as u64);
    }
    Ok(bytes)
}

fn read_bytes(path: &Path, what: &str, limit: u64) -> Result<Vec<u8>> {
    read_at_most(path, limit).map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::NotFound {
            "; check the path"
        } else {
            ""
        };
        input_error(path, None, format!("cannot read {what}: {e}{hint}"))
    })
}

/// A course file's text, checked to be one (small, UTF-8).
fn course_file_text(path: &Path) -> Result<String> {
    let bytes = read_bytes(path, "the course file", MAX_COURSE_FILE_BYTES)?;
    if bytes.len() as u64 > MAX_COURSE_FILE_BYTES {
        return Err(input_error(
            path,
            None,
            "the course file is larger than 1 MiB (a course file is a few lines); is this the right file?",
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| input_error(path, None, "the course file is not UTF-8 text"))
}

/// The syllabus a course file names, or the `.txt` beside it.
fn syllabus_of(path: &Path, file: &CourseFile) -> Result<PathBuf> {
    let base = path.parent().unwrap_or(Path::new("."));
    match &file.syllabus {
        Some(s) => Ok(base.join(s)),
        None => {
            let guess = path.with_extension("txt");
            if !guess.exists() {
                return Err(input_error(
                    path,
                    None,
                    format!(
                        "no `syllabus = \"...\"` key and no {} beside it; add the key naming the syllabus file",
                        guess.display()
                    ),
                ));
            }
            Ok(guess)
        }
    }
}

/// What loading a course reads from disk, whole: a reminder pass falls back on the last
/// sources that loaded when an edit breaks them (`cli::last_good`).
#[derive(Debug, Clone)]
pub(crate) struct Sources {
    /// The course file and its text, when one was given.
    pub course_file: Option<(PathBuf, String)>,
    /// The syllabus file.
    pub syllabus: PathBuf,
    /// Its bytes (a PDF's already as its text).
    pub bytes: Vec<u8>,
    /// The course file as it was parsed to find the syllabus, so that it is not parsed twice.
    pub file: Option<CourseFile>,
}

/// Reads a course's sources: the course file (parsed here only for its syllabus's name), and
/// the syllabus.
pub(crate) fn read_sources(path: &Path) -> Result<Sources> {
    let (course_file, syllabus_path, file) = if path.extension().is_some_and(|x| x == "toml") {
        let text = course_file_text(path)?;
        let file = config::parse(path, &text)?;
        let syl = syllabus_of(path, &file)?;
        (Some((path.to_path_buf(), text)), syl, Some(file))
    } else {
        (None, path.to_path_buf(), None)
    };
    let bytes = match (read_syllabus(&syllabus_path), &course_file) {
        (Ok(b), _) => b,
        (Err(e), Some((cf, text))) => {
            let file = config::parse(cf, text)?;
            if !file.lines.contains_key("syllabus") {
                read_bytes(&syllabus_path, "the syllabus", syllabus::MAX_BYTES as u64)?
            } else {
                let hint = if e.kind() == std::io::ErrorKind::NotFound {
                    "; fix the path (it is relative to the course file) or put the syllabus there"
                } else {
                    ""
                };
                return Err(input_error(
                    cf,
                    file.lines.get("syllabus").copied(),
                    format!(
                        "syllabus = \"{}\": cannot read {}: {e}{hint}",
                        file.syllabus.as_deref().unwrap_or(Path::new("")).display(),
                        syllabus_path.display()
                    ),
                ));
            }
        }
        (Err(_), None) => read_bytes(&syllabus_path, "the syllabus", syllabus::MAX_BYTES as u64)?,
    };
    // A PDF is read through pdftotext; the parser sees its text (line numbers are its lines).
    let bytes = if pdf::is_pdf(&bytes) {
        pdf::text(&syllabus_path, bytes.len())?
    } else {
        bytes
    };
    Ok(Sources {
        course_file,
        syllabus: syllabus_path,
        bytes,
        file,
    })
}

/// The course its sources make; a course file's own `term`/`timezone` take the place of the
/// flags.
pub(crate) fn from_sources(sources: &Sources, args: &CourseArgs) -> Result<Loaded> {
    let (file, cli) = settings(sources, args)?;
    parse(sources, file, &cli)
}

/// The course file (empty for a bare syllabus) and the flags left in force: a course file's own
/// `term`/`timezone` take the place of the flags, with a warning when they differ.
pub(super) fn settings(sources: &Sources, args: &CourseArgs) -> Result<(CourseFile, CliOverrides)> {
    let mut cli = cli_overrides(args)?;
    let file = match &sources.course_file {
        Some((path, text)) => {
            let file = match &sources.file {
                Some(file) => file.clone(),
                None => config::parse(path, text)?,
            };
            own_settings_win(path, &file, &mut cli);
            file
        }
        None => CourseFile::default(),
    };
    Ok((file, cli))
}

/// The conversion example of a decode error (`iconv ... syllabus.txt > syllabus-utf8.txt`)
/// naming the user's own file, so the command can be run as it is.
fn with_file_named(message: String, path: &Path) -> String {
    const EXAMPLE: &str = "syllabus.txt > syllabus-utf8.txt";
    let (Some(name), Some(stem)) = (
        path.file_name().and_then(|n| n.to_str()),
        path.file_stem().and_then(|n| n.to_str()),
    ) else {
        return message;
    };
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map_or_else(String::new, |e| format!(".{e}"));
    let quoted = |s: &str| {
        if s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-+".contains(c))
        {
            s.to_string()
        } else {
            format!("'{}'", s.replace('\'', "'\\''"))
        }
    };
    let converted = quoted(&format!("{stem}-utf8{ext}"));
    message.replace(EXAMPLE, &format!("{} > {converted}", quoted(name)))
}

/// Parses the syllabus into the course.
pub(super) fn parse(sources: &Sources, file: CourseFile, cli: &CliOverrides) -> Result<Loaded> {
    let syllabus_path = &sources.syllabus;
    let course_file = sources.course_file.as_ref().map(|(p, _)| p.as_path());
    let text = syllabus::decode(&sources.bytes).map_err(|e| {
        input_error(
            syllabus_path,
            e.line(),
            with_file_named(e.to_string(), syllabus_path),
        )
    })?;
    let course = course::build(&file, &text, cli).map_err(|e| match e {
        CourseError::Syllabus(s) => input_error(syllabus_path, s.line(), s),
        CourseError::Override(o) => {
            input_error(course_file.unwrap_or(syllabus_path), Some(o.line), o)
        }
    })?;
    Ok(loaded(sources, file, cli, course))
}

/// The loaded course, from its sources and its course (`cli`: the flags left in force).
pub(super) fn loaded(
    sources: &Sources,
    file: CourseFile,
    cli: &CliOverrides,
    course: Course,
) -> Loaded {
    let zone_defaulted = zone_defaulted(sources, &file, cli, &course);
    Loaded {
        course,
        syllabus: sources.syllabus.clone(),
        course_file: sources.course_file.as_ref().map(|(p, _)| p.clone()),
        file,
        zone_defaulted,
    }
}

/// Whether the course's zone is the parser's default because nothing named one. The syllabus
/// is searched for a stated zone only when the zone is the default one, so a kept parse (read
/// instead of parsing, every cron pass) pays for it only when the warning may be due.
fn zone_defaulted(sources: &Sources, file: &CourseFile, cli: &CliOverrides, c: &Course) -> bool {
    cli.timezone.is_none()
        && file.timezone.is_none()
        && c.timezone == syllabus::ParseOptions::default().timezone
        && syllabus::decode(&sources.bytes).is_ok_and(|t| syllabus::stated_zone(&t).is_none())
}

/// Warns (unless `--quiet`) that the course's times were read in the default zone because
/// nothing named one: the feed and the mail would be hours off for a course elsewhere.
/// `events` does not say it: its header names the zone already.
pub(crate) fn warn_default_zone(loaded: &Loaded) {
    if !loaded.zone_defaulted || !says(Verbosity::Normal) {
        return;
    }
    let zone = loaded.course.timezone.name();
    let (place, fix) = match &loaded.course_file {
        Some(p) => (
            p.display().to_string(),
            "add `timezone = \"America/New_York\"` (your course's IANA zone) to the course file, or pass --timezone America/New_York",
        ),
        None => (
            loaded.syllabus.display().to_string(),
            "pass --timezone America/New_York (your course's IANA zone), or name a course file that sets `timezone = \"America/New_York\"`",
        ),
    };
    eprintln!(
        "{place}: warning: no time zone given (no --timezone, no timezone in a course file, none stated in the syllabus), so every time is read in {zone}, the default; if the course is not in {zone}, {fix}"
    );
}

/// Loads a course from a course file or a bare syllabus (the default one of `coursecal
/// <command>` when none is named).
pub(crate) fn load(command: &str, path: Option<&Path>, args: &CourseArgs) -> Result<Loaded> {
    let path = match path {
        Some(p) => p.to_path_buf(),
        None => default_course(command)?,
    };
    // A bad flag is said before anything is read.
    cli_overrides(args)?;
    from_sources(&read_sources(&path)?, args)
}

/// Loads a course for a reminder pass and keeps what it was made from: read from the parse its
/// ledger keeps when that fits the sources (`cli::kept_parse`), else parsed, and then the key
/// the parse is to be kept under comes back too.
pub(crate) fn load_keeping(
    path: &Path,
    args: &CourseArgs,
) -> Result<(Loaded, Sources, Option<String>)> {
    cli_overrides(args)?;
    let sources = read_sources(path)?;
    let (loaded, fresh) = super::kept_parse::from_sources_reusing(path, &sources, args)?;
    Ok((loaded, sources, fresh))
}

/// Prints a course's warnings to stderr as `file:line: warning: ...`.
pub(crate) fn print_warnings(loaded: &Loaded) {
    if !says(Verbosity::Normal) {
        return;
    }
    // One write for the course: stderr is unbuffered, and a department's build would
    // otherwise make four system calls per warning.
    let mut text = String::new();
    for w in &loaded.course.warnings {
        let place = if w.line == 0 {
            loaded.syllabus.display().to_string()
        } else {
            format!("{}:{}", loaded.syllabus.display(), w.line)
        };
        let _ = writeln!(text, "{place}: warning: {}", w.message);
    }
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Two courses with one id would overwrite each other's feed and share a ledger: refused
/// before anything is written or sent.
pub(crate) fn check_ids(loaded: &[Loaded]) -> Result<()> {
    crate::course::check_unique_ids(loaded.iter().map(|l| l.course.id.as_str())).map_err(|dup| {
        let l = &loaded[dup.index];
        input_error(l.course_file.as_deref().unwrap_or(&l.syllabus), None, dup)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_conversion_example_names_the_users_own_file() {
        let message =
            "convert it, e.g. `iconv -f UTF-16 -t UTF-8 syllabus.txt > syllabus-utf8.txt`";
        assert_eq!(
            with_file_named(message.to_string(), Path::new("dir/windows.txt")),
            "convert it, e.g. `iconv -f UTF-16 -t UTF-8 windows.txt > windows-utf8.txt`"
        );
        assert_eq!(
            with_file_named(message.to_string(), Path::new("Plan de cours.md")),
            "convert it, e.g. `iconv -f UTF-16 -t UTF-8 'Plan de cours.md' > 'Plan de cours-utf8.md'`"
        );
    }
}
