//! The imperative shell: turns typed arguments into file reads, core calls and output.
//! This module and `main` are the only places that decide exit codes.

pub mod args;

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, RecvTimeoutError};

use anyhow::{Context, Result, anyhow};
use clap::Parser;

use crate::course::file::{self as config, ConfigError, CourseFile};
use crate::course::{self, CliOverrides, CourseError};
use crate::model::Course;
use crate::model::When;
use crate::syllabus;
use args::{BuildArgs, Cli, Command, CourseArgs, DaemonArgs, EventsArgs, PlanArgs, RemindArgs};

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
        Command::Plan(args) => plan_cmd(args),
        Command::Remind(args) => remind(args),
        Command::Daemon(args) => daemon(args),
    }
}

/// A course loaded from disk, with where it came from.
#[derive(Debug, Clone)]
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
            "no course given and no schedule/*.toml here; name a course file or a syllabus, e.g. `coursecal <command> schedule/ceng501-fall2022.toml`, or run from the folder that holds schedule/",
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
    let bytes = match (std::fs::read(&syllabus_path), &course_file) {
        (Ok(b), _) => b,
        (Err(e), Some(cf)) if file.lines.contains_key("syllabus") => {
            return Err(input_error(
                cf,
                file.lines.get("syllabus").copied(),
                format!(
                    "syllabus = \"{}\": cannot read {}: {e}",
                    file.syllabus.as_deref().unwrap_or(Path::new("")).display(),
                    syllabus_path.display()
                ),
            ));
        }
        (Err(_), _) => read_bytes(&syllabus_path, "the syllabus")?,
    };
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

/// Lays out rows in columns as wide as their widest cell; the last column is not padded.
fn table<const N: usize>(head: &[&str; N], rows: &[[String; N]]) -> String {
    let mut widths = head.map(|h| h.chars().count());
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: Vec<&str>| {
        for (i, c) in cells.iter().enumerate() {
            out.push_str(c);
            if i + 1 < N {
                out.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
            }
        }
        out.push('\n');
    };
    line(head.to_vec());
    for r in rows {
        line(r.iter().map(String::as_str).collect());
    }
    out
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
        let rows: Vec<[String; 5]> = course
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
                    When::Timed { start, end: None } => {
                        start.format("%a %Y-%m-%d %H:%M").to_string()
                    }
                };
                let title = if e.cancelled {
                    format!("[cancelled] {}", e.title)
                } else {
                    e.title.clone()
                };
                [
                    e.key.clone(),
                    e.kind.as_str().to_string(),
                    when,
                    e.location.clone().unwrap_or_else(|| "-".into()),
                    title,
                ]
            })
            .collect();
        out.push_str(&table(&["KEY", "KIND", "WHEN", "WHERE", "TITLE"], &rows));
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
            crate::atomic_file::write(&path, r.ics.as_bytes())
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
        crate::atomic_file::write(&page, crate::feed::page::course_page(c).as_bytes())
            .with_context(|| format!("writing {}", page.display()))?;
    }
    let index = out_dir.join("index.html");
    let html = match loaded.as_slice() {
        [one] => crate::feed::page::course_page(&one.course),
        many => crate::feed::page::index_page(&many.iter().map(|l| &l.course).collect::<Vec<_>>()),
    };
    crate::atomic_file::write(&index, html.as_bytes())
        .with_context(|| format!("writing {}", index.display()))?;
    let ht = out_dir.join(".htaccess");
    crate::atomic_file::write(&ht, crate::feed::page::HTACCESS.as_bytes())
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

/// A course made ready for reminders: paths resolved, roster read, links set.
pub struct Reminding {
    /// The course.
    pub loaded: Loaded,
    /// Roster addresses.
    pub roster: Vec<lettre::message::Mailbox>,
    /// Mail settings with paths resolved.
    pub mail: crate::course::settings::MailSettings,
    /// The ledger file.
    pub ledger: PathBuf,
    /// Links for messages.
    pub links: crate::remind::compose::Links,
    /// The published feed.
    pub previous_feed: crate::feed::Previous,
    /// Where the published feed was looked for, when it was not there.
    pub feed_missing: Option<PathBuf>,
    /// Roster rows skipped for a bad address.
    pub roster_skipped: usize,
}

fn base_dir(l: &Loaded) -> PathBuf {
    l.course_file
        .as_deref()
        .unwrap_or(&l.syllabus)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn prepare(loaded: Loaded, feed_dir: &Path) -> Result<Reminding> {
    let base = base_dir(&loaded);
    let mut mail = loaded.file.mail.clone();
    if let crate::course::settings::TransportSettings::Outbox(p) = &mail.transport {
        mail.transport = crate::course::settings::TransportSettings::Outbox(base.join(p));
    }
    if let crate::course::settings::TransportSettings::Smtp {
        ca_file: Some(ca), ..
    } = &mut mail.transport
    {
        *ca = base.join(&*ca);
    }
    let mut roster_skipped = 0;
    let roster = match &mail.roster {
        Some(r) => {
            let path = base.join(r);
            let bytes = std::fs::read(&path).map_err(|e| {
                let place = loaded.course_file.clone().unwrap_or_else(|| path.clone());
                input_error(
                    &place,
                    loaded.file.lines.get("roster").copied(),
                    format!(
                        "roster = \"{}\": cannot read {}: {e}",
                        r.display(),
                        path.display()
                    ),
                )
            })?;
            let text = String::from_utf8_lossy(&bytes);
            let roster = crate::remind::roster::read_roster(&text)
                .map_err(|e| input_error(&path, (e.line > 0).then_some(e.line), e))?;
            for w in &roster.skipped {
                eprintln!("{}:{}: warning: {}", path.display(), w.line, w.message);
            }
            roster_skipped = roster.skipped.len();
            roster.addresses
        }
        None => Vec::new(),
    };
    let ledger = base.join(
        loaded
            .file
            .ledger
            .clone()
            .unwrap_or_else(|| PathBuf::from(format!("{}.sent.json", loaded.course.id))),
    );
    let feed_link = loaded.file.feed_link.clone().or_else(|| {
        loaded
            .course
            .feed_url
            .as_ref()
            .map(|u| format!("{}/", u.trim_end_matches('/')))
    });
    let links = crate::remind::compose::Links {
        course: loaded.course.url.clone(),
        feed: feed_link,
    };
    let feed_path = feed_dir.join(crate::feed::Variant::All.file_name(&loaded.course.id));
    let (previous_feed, feed_missing) = match std::fs::read(&feed_path) {
        Ok(b) => (
            crate::feed::read_previous(&String::from_utf8_lossy(&b)),
            None,
        ),
        Err(_) => (crate::feed::Previous::default(), Some(feed_path)),
    };
    Ok(Reminding {
        roster_skipped,
        feed_missing,
        loaded,
        roster,
        mail,
        ledger,
        links,
        previous_feed,
    })
}

impl Reminding {
    fn input(&self, now: chrono::DateTime<chrono::Utc>) -> crate::remind::tick::PassInput<'_> {
        crate::remind::tick::PassInput {
            course: &self.loaded.course,
            reminders: &self.loaded.file.reminders,
            mail: &self.mail,
            roster: &self.roster,
            links: &self.links,
            previous_feed: &self.previous_feed,
            now,
        }
    }

    fn mailer(&self) -> Result<Box<dyn crate::remind::transport::Mailer>> {
        use crate::course::settings::{Secret, TransportSettings};
        use crate::remind::transport::{OutboxMailer, SmtpMailer};
        match &self.mail.transport {
            TransportSettings::Outbox(dir) => Ok(Box::new(OutboxMailer { dir: dir.clone() })),
            t @ TransportSettings::Smtp {
                password, ca_file, ..
            } => {
                let place = self
                    .loaded
                    .course_file
                    .clone()
                    .unwrap_or_else(|| self.loaded.syllabus.clone());
                let pw = match password {
                    Some(Secret::Env(var)) => Some(std::env::var(var).map_err(|_| {
                        input_error(&place, self.loaded.file.lines.get("password-env").copied(), format!("[mail] password-env names {var}, which is not set; export it before running (the value is never printed)"))
                    })?),
                    Some(Secret::File(f)) => {
                        let path = base_dir(&self.loaded).join(f);
                        let text = std::fs::read_to_string(&path).map_err(|e| input_error(&path, None, format!("cannot read the password file: {e}")))?;
                        Some(text.lines().next().unwrap_or("").to_string())
                    }
                    None => None,
                };
                let ca = match ca_file {
                    Some(p) => Some(std::fs::read(p).map_err(|e| {
                        input_error(p, None, format!("cannot read the CA file: {e}"))
                    })?),
                    None => None,
                };
                let m = SmtpMailer::new(t, pw, ca).map_err(|m| input_error(&place, None, m))?;
                Ok(Box::new(m))
            }
        }
    }
}

fn plan_cmd(args: PlanArgs) -> Result<u8> {
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

fn load_all(paths: &[PathBuf], args: &CourseArgs) -> Result<Vec<Loaded>> {
    if paths.is_empty() {
        return Ok(vec![load(None, args)?]);
    }
    paths.iter().map(|p| load(Some(p), args)).collect()
}

/// The clock of a pass: `--now` pinned, or the wall clock read afresh (after the ledger lock
/// is taken, and before every send).
type Clock<'a> = &'a dyn Fn() -> chrono::DateTime<chrono::Utc>;

fn run_pass(
    r: &Reminding,
    clock: Clock<'_>,
    dry_run: bool,
    out: &mut String,
) -> Result<crate::remind::tick::PassReport> {
    let id = r.loaded.course.id.clone();
    let mut log = |line: &str| eprintln!("{id}: {line}");
    if crate::remind::tick::units(&r.mail, &r.roster).is_empty() {
        log(
            "no recipients configured: add [mail] to = [...] or roster = \"participants.csv\" to the course file",
        );
    }
    // Said only when a message goes out, so a cron job's log is not filled with it every pass.
    let feed_note = |report: &crate::remind::tick::PassReport| match &r.feed_missing {
        Some(p) if !report.sent.is_empty() || !report.dry_run.is_empty() => Some(format!(
            "no published feed at {}; attachments carried SEQUENCE 0 (pass --feed-dir to where `coursecal build` writes)",
            p.display()
        )),
        _ => None,
    };
    if dry_run {
        let ledger = crate::remind::ledger::LockedLedger::peek(&r.ledger)?;
        let mut stub = crate::remind::transport::StubMailer::default();
        // A dry run composes through the same pass, on a copy of the ledger that is never kept.
        let mut scratch = ScratchLedger::new(ledger);
        let input = r.input(clock());
        let report = crate::remind::tick::tick(
            &input,
            scratch.as_locked()?,
            &mut stub,
            true,
            clock,
            &mut log,
        )?;
        for m in &report.dry_run {
            let to: Vec<String> = m.envelope.to().iter().map(ToString::to_string).collect();
            let _ = writeln!(
                out,
                "Message-ID: {}\nTo (envelope): {}\nSubject: {}\n\n{}\n{}",
                m.message_id,
                to.join(", "),
                m.subject,
                m.text,
                "=".repeat(72)
            );
        }
        let _ = writeln!(
            out,
            "{}: {} message(s) would be sent (dry run: nothing sent or recorded)",
            r.loaded.course.id,
            report.dry_run.len()
        );
        if let Some(note) = feed_note(&report) {
            log(&note);
        }
        return Ok(report);
    }
    let mut mailer = r.mailer()?;
    let mut ledger = crate::remind::ledger::LockedLedger::open(&r.ledger)?;
    // "Now" is read once the lock is held: a pass that waited for another one is not stale.
    let input = r.input(clock());
    let report =
        crate::remind::tick::tick(&input, &mut ledger, mailer.as_mut(), false, clock, &mut log)?;
    if let Some(note) = feed_note(&report) {
        log(&note);
    }
    let _ = writeln!(
        out,
        "{}: {} sent, {} failed, {} to retry, {} superseded",
        r.loaded.course.id,
        report.sent.len(),
        report.failed.len(),
        report.retry.len(),
        report.superseded
    );
    Ok(report)
}

/// A throwaway ledger in a temporary folder, so a dry run can use the real pass unchanged.
struct ScratchLedger {
    dir: Option<PathBuf>,
    locked: Option<crate::remind::ledger::LockedLedger>,
    ledger: crate::remind::ledger::Ledger,
}

impl Drop for ScratchLedger {
    fn drop(&mut self) {
        self.locked = None;
        if let Some(d) = &self.dir {
            let _ = std::fs::remove_dir_all(d);
        }
    }
}

impl ScratchLedger {
    fn new(ledger: crate::remind::ledger::Ledger) -> Self {
        ScratchLedger {
            dir: None,
            locked: None,
            ledger,
        }
    }

    fn as_locked(&mut self) -> Result<&mut crate::remind::ledger::LockedLedger> {
        let dir = std::env::temp_dir().join(format!("coursecal-dry-run-{}", std::process::id()));
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let mut locked = crate::remind::ledger::LockedLedger::open(&dir.join("ledger.json"))?;
        locked.ledger = self.ledger.clone();
        self.dir = Some(dir);
        Ok(self.locked.insert(locked))
    }
}

fn remind(args: RemindArgs) -> Result<u8> {
    let loaded = load_all(&args.courses, &args.course_args)?;
    let tz = loaded
        .first()
        .map_or(chrono_tz::Europe::Istanbul, |l| l.course.timezone);
    let pinned = match &args.now {
        Some(_) => Some(now_from(args.now.as_deref(), tz)?),
        None => None,
    };
    let clock = move || crate::clock::now(pinned);
    let mut out = String::new();
    let mut code = EXIT_OK;
    // Syllabus warnings are left to `events`, `build` and `plan`: a cron job would mail them every run.
    for l in loaded {
        let id = l.course.id.clone();
        // One course's problem (a missing password, a damaged ledger) never stops the others.
        let outcome =
            prepare(l, &args.feed_dir).and_then(|r| run_pass(&r, &clock, args.dry_run, &mut out));
        match outcome {
            Ok(report) => {
                for (subject, to, reason) in report.failed.iter().chain(&report.retry) {
                    eprintln!("{id}: not delivered: {subject} → {to}: {reason}");
                }
                if report.has_failures() {
                    code = code.max(EXIT_FAILURE);
                }
            }
            Err(e) => {
                eprintln!("coursecal: error: {id}: {e:#}");
                code = code.max(exit_code(&e));
            }
        }
    }
    std::io::stdout()
        .lock()
        .write_all(out.as_bytes())
        .context("writing to stdout")?;
    if code == EXIT_FAILURE {
        eprintln!(
            "coursecal: some reminders were not delivered (see above); they stay pending where the failure was temporary"
        );
    }
    Ok(code)
}

fn daemon(args: DaemonArgs) -> Result<u8> {
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
pub fn sleep_until(deadline: std::time::Instant, stop: &Receiver<()>) -> bool {
    let now = std::time::Instant::now();
    let wait = deadline.saturating_duration_since(now);
    !matches!(
        stop.recv_timeout(wait),
        Ok(()) | Err(RecvTimeoutError::Disconnected)
    )
}
