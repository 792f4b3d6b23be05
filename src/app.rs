//! The imperative shell: turns typed arguments into file reads, core calls and output.
//! This module and `main` are the only places that decide exit codes.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow};
use clap::Parser;

use crate::cli::{BuildArgs, Cli, Command, CourseArgs, EventsArgs};
use crate::config::{self, ConfigError, CourseFile};
use crate::course::{self, CliOverrides, Course, CourseError};
use crate::event::When;
use crate::syllabus;

/// Exit code: success, warnings allowed.
pub const EXIT_OK: u8 = 0;
/// Exit code: something failed at run time (I/O, mail delivery).
pub const EXIT_FAILURE: u8 = 1;
/// Exit code: the input cannot be used (syllabus, course file, arguments).
pub const EXIT_INPUT: u8 = 2;

/// An input problem with its place, printed as `file:line: message`.
#[derive(Debug, thiserror::Error)]
#[error("{place}: {message}")]
pub struct InputError {
    /// `path` or `path:line`.
    pub place: String,
    /// What is wrong and what to do.
    pub message: String,
}

fn input_error(path: &Path, line: Option<usize>, message: impl std::fmt::Display) -> anyhow::Error {
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

fn is_broken_pipe(err: &anyhow::Error) -> bool {
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
    match cli.command {
        Command::Events(args) => events(args),
        Command::Build(args) => build(args),
    }
}

/// A course loaded from disk, with where it came from.
#[derive(Debug)]
pub struct Loaded {
    /// The course.
    pub course: Course,
    /// The syllabus file.
    pub syllabus: PathBuf,
    /// The course file, if one was given.
    pub course_file: Option<PathBuf>,
    /// Its contents.
    pub file: CourseFile,
}

/// Finds the course to use when none is named: the single `schedule/*.toml`.
pub fn default_course() -> Result<PathBuf> {
    let dir = Path::new("schedule");
    let mut found: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(_) => Vec::new(),
    };
    found.sort();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(input_error(
            dir,
            None,
            "no course given and no schedule/*.toml here; name a course file or a syllabus, e.g. `coursecal events schedule/ceng501-fall2022.toml`",
        )),
        _ => Err(input_error(
            dir,
            None,
            format!(
                "no course given and several course files found; name one of: {}",
                found
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

fn cli_overrides(args: &CourseArgs) -> Result<CliOverrides> {
    let term = match &args.term {
        Some(t) => Some(syllabus::dates::parse_term(t).ok_or_else(|| {
            anyhow!(InputError {
                place: "--term".into(),
                message: format!(
                    "\"{t}\" is not a term; write e.g. \"Fall 2022\" or \"Spring 2024\""
                )
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
    Ok(CliOverrides { term, timezone })
}

fn read_bytes(path: &Path, what: &str) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::NotFound {
            "; check the path"
        } else {
            ""
        };
        input_error(path, None, format!("cannot read {what}: {e}{hint}"))
    })
}

/// Loads a course from a course file or a bare syllabus.
pub fn load(path: Option<&Path>, args: &CourseArgs) -> Result<Loaded> {
    let path = match path {
        Some(p) => p.to_path_buf(),
        None => default_course()?,
    };
    let cli = cli_overrides(args)?;
    let (file, course_file, syllabus_path) = if path.extension().is_some_and(|x| x == "toml") {
        let bytes = read_bytes(&path, "the course file")?;
        let text = String::from_utf8(bytes)
            .map_err(|_| input_error(&path, None, "the course file is not UTF-8 text"))?;
        let file = config::parse(&path, &text)?;
        let base = path.parent().unwrap_or(Path::new("."));
        let syl = match &file.syllabus {
            Some(s) => base.join(s),
            None => {
                let guess = path.with_extension("txt");
                if !guess.exists() {
                    return Err(input_error(
                        &path,
                        None,
                        format!(
                            "no `syllabus = \"...\"` key and no {} beside it; add the key naming the syllabus file",
                            guess.display()
                        ),
                    ));
                }
                guess
            }
        };
        (file, Some(path.clone()), syl)
    } else {
        (CourseFile::default(), None, path.clone())
    };
    let bytes = read_bytes(&syllabus_path, "the syllabus")?;
    let text = syllabus::decode(&bytes).map_err(|e| input_error(&syllabus_path, e.line(), e))?;
    let course = course::build(&file, text, &cli).map_err(|e| match e {
        CourseError::Syllabus(s) => input_error(&syllabus_path, s.line(), s),
        CourseError::Override(o) => input_error(
            course_file.as_deref().unwrap_or(&syllabus_path),
            Some(o.line),
            o,
        ),
    })?;
    Ok(Loaded {
        course,
        syllabus: syllabus_path,
        course_file,
        file,
    })
}

/// Prints a course's warnings to stderr as `file:line: warning: ...`.
pub fn print_warnings(loaded: &Loaded) {
    let mut err = std::io::stderr().lock();
    for w in &loaded.course.warnings {
        let place = if w.line == 0 {
            loaded.syllabus.display().to_string()
        } else {
            format!("{}:{}", loaded.syllabus.display(), w.line)
        };
        let _ = writeln!(err, "{place}: warning: {}", w.message);
    }
}

fn events(args: EventsArgs) -> Result<u8> {
    let loaded = load(args.course.as_deref(), &args.course_args)?;
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
            "{}{term}: {} events ({})",
            course.display_name(),
            course.events.len(),
            course.timezone.name()
        );
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{:<22} {:<9} {:<28} {:<8} TITLE",
            "KEY", "KIND", "WHEN", "WHERE"
        );
        for e in &course.events {
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
            let _ = writeln!(
                out,
                "{:<22} {:<9} {:<28} {:<8} {}",
                e.key,
                e.kind.as_str(),
                when,
                e.location.as_deref().unwrap_or("-"),
                title
            );
        }
    }
    std::io::stdout()
        .lock()
        .write_all(out.as_bytes())
        .context("writing to stdout")?;
    Ok(EXIT_OK)
}

/// Reads `--now`, or the clock when it is absent: the only clock read of a run.
pub fn now_from(arg: Option<&str>, tz: chrono_tz::Tz) -> Result<chrono::DateTime<chrono::Utc>> {
    match arg {
        Some(s) => {
            let t = crate::feed::parse_instant(s, tz).ok_or_else(|| {
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

fn build(args: BuildArgs) -> Result<u8> {
    let paths: Vec<Option<&Path>> = if args.courses.is_empty() {
        vec![None]
    } else {
        args.courses.iter().map(|p| Some(p.as_path())).collect()
    };
    let mut loaded = Vec::new();
    for p in paths {
        let l = load(p, &args.course_args)?;
        print_warnings(&l);
        loaded.push(l);
    }
    let mut ids = std::collections::BTreeSet::new();
    for l in &loaded {
        if !ids.insert(l.course.id.clone()) {
            return Err(input_error(
                l.course_file.as_deref().unwrap_or(&l.syllabus),
                None,
                format!(
                    "two courses have the id \"{}\"; give each course file its own `id`",
                    l.course.id
                ),
            ));
        }
    }
    let tz = loaded
        .first()
        .map_or(chrono_tz::Europe::Istanbul, |l| l.course.timezone);
    let now = now_from(args.now.as_deref(), tz)?;
    let out_dir = &args.out;
    std::fs::create_dir_all(out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    let mut report = String::new();
    for l in &loaded {
        let c = &l.course;
        for variant in crate::feed::Variant::ALL {
            let path = out_dir.join(variant.file_name(&c.id));
            let previous = match std::fs::read(&path) {
                Ok(bytes) => crate::feed::read_previous(&String::from_utf8_lossy(&bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    crate::feed::Previous::default()
                }
                Err(e) => {
                    return Err(anyhow::Error::new(e)
                        .context(format!("reading the previous feed {}", path.display())));
                }
            };
            let r = crate::feed::render(c, variant, &previous, now);
            crate::publish::write_atomic(&path, r.ics.as_bytes())
                .with_context(|| format!("writing {}", path.display()))?;
            let ch = &r.changes;
            let _ = writeln!(
                report,
                "{}: {} events ({} new, {} changed, {} cancelled)",
                path.display(),
                r.events,
                ch.added.len(),
                ch.changed.len(),
                ch.cancelled.len()
            );
        }
        let page = out_dir.join(format!("{}.html", c.id));
        crate::publish::write_atomic(&page, crate::publish::course_page(c).as_bytes())
            .with_context(|| format!("writing {}", page.display()))?;
    }
    let index = out_dir.join("index.html");
    let html = match loaded.as_slice() {
        [one] => crate::publish::course_page(&one.course),
        many => crate::publish::index_page(&many.iter().map(|l| &l.course).collect::<Vec<_>>()),
    };
    crate::publish::write_atomic(&index, html.as_bytes())
        .with_context(|| format!("writing {}", index.display()))?;
    let ht = out_dir.join(".htaccess");
    crate::publish::write_atomic(&ht, crate::publish::HTACCESS.as_bytes())
        .with_context(|| format!("writing {}", ht.display()))?;
    let _ = writeln!(
        report,
        "{}: subscribe page; upload {} as is",
        index.display(),
        out_dir.display()
    );
    std::io::stdout()
        .lock()
        .write_all(report.as_bytes())
        .context("writing to stdout")?;
    Ok(EXIT_OK)
}
