//! `coursecal build`: the feeds and the subscribe pages, written to the output folder.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};

use super::args::{BuildArgs, CourseArgs};
use super::load::{Loaded, every_course, load, print_warnings, warn_default_zone};
use super::verbosity::{Verbosity, says};
use super::{EXIT_OK, input_error};
use crate::atomic_file::Batch;
use crate::feed::page::IndexEntry;
use crate::feed::{Previous, Variant};
use crate::model::Course;

pub(crate) fn run(mut args: BuildArgs) -> Result<u8> {
    let clock = super::RunClock::read(args.now.as_deref())?;
    args.course_args.today = clock.day();
    let listed = if args.courses.is_empty() {
        every_course("build")?
    } else {
        args.courses.clone()
    };
    let paths: Vec<Option<&Path>> = listed.iter().map(|p| Some(p.as_path())).collect();
    let mut build = Progress::default();
    // The first course alone: its zone reads `--now`, and the output folder is locked before
    // any published feed is read.
    if let Some((first, rest)) = paths.split_first() {
        let first = load("build", *first, &args.course_args)?;
        build.started = Some(start(&args, &clock, first.course.timezone));
        let rendered = match &build.started {
            Some(Ok((now, _))) => Some(render_and_stage(&first.course, &args.out, *now)),
            _ => None,
        };
        if rest.is_empty() {
            build.only = Some(first.course.clone());
        }
        build.take(Done {
            loaded: Ok(first),
            rendered,
        });
        let render = match &build.started {
            Some(Ok((now, _))) => Some((args.out.as_path(), *now)),
            _ => None,
        };
        let stop = AtomicU8::new(build.stop_level());
        each_course(rest, &args.course_args, render, &stop, |done| {
            build.take(done);
            stop.store(build.stop_level(), Ordering::Relaxed);
        });
    }
    let (mut staging, now, mut report) = build.finish(&args, &clock)?;
    write_site(
        staging.only.take().as_ref(),
        &std::mem::take(&mut staging.entries),
        &args.out,
        now,
        &mut staging.batch,
        &mut report,
    )?;
    staging
        .commit()
        .with_context(|| format!("writing the files into {}", args.out.display()))?;
    if says(Verbosity::Normal) {
        std::io::stdout()
            .lock()
            .write_all(report.as_bytes())
            .context("writing to stdout")?;
    }
    Ok(EXIT_OK)
}

/// One course as a worker hands it back: loaded (or why not) and, while the build renders,
/// its files staged and its lines of the report.
struct Done {
    loaded: Result<Loaded>,
    rendered: Option<Result<(Batch, String)>>,
}

/// Workers' stop levels: go on; load but render no more (the build will fail); stop.
const GO: u8 = 0;
const LOAD_ONLY: u8 = 1;
const STOP: u8 = 2;

/// Loads each course of `paths` on every core, renders and stages it while `render` is given
/// and `stop` allows, and hands each to `take` in the courses' order. The workers live for the
/// whole build, so what a thread keeps (its allocator's pages, its pattern caches) is reused
/// instead of left behind by a thread per window.
fn each_course(
    paths: &[Option<&Path>],
    args: &CourseArgs,
    render: Option<(&Path, DateTime<Utc>)>,
    stop: &AtomicU8,
    mut take: impl FnMut(Done),
) {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let next = &AtomicUsize::new(0);
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::channel();
        for _ in 0..threads.min(paths.len()) {
            let tx = tx.clone();
            s.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= paths.len() || stop.load(Ordering::Relaxed) == STOP {
                        break;
                    }
                    let loaded = load("build", paths[i], args);
                    let rendered = match (&loaded, render) {
                        (Ok(l), Some((out_dir, now))) if stop.load(Ordering::Relaxed) == GO => {
                            Some(render_and_stage(&l.course, out_dir, now))
                        }
                        _ => None,
                    };
                    if tx.send((i, Done { loaded, rendered })).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // Workers finish out of order; a result waits here until those before it are taken.
        let mut waiting = std::collections::BTreeMap::new();
        let mut due = 0;
        for (i, done) in rx {
            waiting.insert(i, done);
            while let Some(done) = waiting.remove(&due) {
                take(done);
                due += 1;
            }
        }
    });
}

/// A course's feeds and page rendered and staged (in a batch of its own), and its report lines.
fn render_and_stage(c: &Course, out_dir: &Path, now: DateTime<Utc>) -> Result<(Batch, String)> {
    let (files, lines) = render_course(c, out_dir, now)?;
    let mut batch = Batch::new();
    for (path, text) in files {
        write(&mut batch, &path, text.as_bytes())?;
    }
    Ok((batch, lines))
}

/// A build part way through its courses. Each course is rendered and staged as soon as it is
/// loaded, and only its index entry is kept, so a department's memory does not grow with its
/// courses. An error still comes out as if every course were loaded first: a course that
/// cannot be read, then a repeated id, then `--now`, the output folder, a course's render (a
/// damaged published feed); after the first error nothing more is rendered, and what was staged
/// is removed when the build returns it (see [`Staging`] and [`Batch`]'s drop).
#[derive(Default)]
struct Progress {
    /// Every course's id so far, to find a repeated one.
    ids: std::collections::BTreeSet<String>,
    /// The first course that could not be read.
    unreadable: Option<anyhow::Error>,
    /// The first repeated id.
    duplicate: Option<anyhow::Error>,
    /// `--now` and the staged output, from the first course on.
    started: Option<Result<(DateTime<Utc>, Staging)>>,
    /// The first error rendering or staging a course.
    failed: Option<anyhow::Error>,
    /// The course, when it is the only one: its page is then the index.
    only: Option<Course>,
    report: String,
}

impl Progress {
    /// Takes the next course in order: its warnings, its id, its staged files.
    fn take(&mut self, done: Done) {
        if self.unreadable.is_some() {
            return;
        }
        let l = match done.loaded {
            Ok(l) => l,
            Err(e) => {
                self.unreadable = Some(e);
                return;
            }
        };
        print_warnings(&l);
        warn_default_zone(&l);
        if !self.ids.insert(l.course.id.clone()) && self.duplicate.is_none() {
            let dup = crate::course::DuplicateId {
                id: l.course.id.clone(),
                index: self.ids.len(),
            };
            let file = l.course_file.as_deref().unwrap_or(&l.syllabus);
            self.duplicate = Some(input_error(file, None, dup));
        }
        let Some(Ok((_, staging))) = &mut self.started else {
            return;
        };
        staging.entries.push(IndexEntry::of(&l.course));
        match done.rendered {
            Some(Ok((batch, lines))) => {
                staging.batch.append(batch);
                self.report.push_str(&lines);
            }
            Some(Err(e)) if self.failed.is_none() => self.failed = Some(e),
            _ => {}
        }
    }

    /// How far the workers go on: a build that will fail renders no more.
    fn stop_level(&self) -> u8 {
        if self.unreadable.is_some() {
            STOP
        } else if self.duplicate.is_some()
            || self.failed.is_some()
            || matches!(self.started, Some(Err(_)))
        {
            LOAD_ONLY
        } else {
            GO
        }
    }

    /// The staged output, `now` and the report once every course is read, or the first error.
    fn finish(
        self,
        args: &BuildArgs,
        clock: &super::RunClock,
    ) -> Result<(Staging, DateTime<Utc>, String)> {
        if let Some(e) = self.unreadable.or(self.duplicate) {
            return Err(e);
        }
        let started = self
            .started
            .unwrap_or_else(|| start(args, clock, crate::course::now_zone(std::iter::empty())));
        let (now, mut staging) = started?;
        staging.only = self.only;
        match self.failed {
            Some(e) => Err(e),
            None => Ok((staging, now, self.report)),
        }
    }
}

/// `--now` (read in the first course's zone) and the locked output folder.
fn start(
    args: &BuildArgs,
    clock: &super::RunClock,
    first_zone: chrono_tz::Tz,
) -> Result<(DateTime<Utc>, Staging)> {
    let now = clock.at(first_zone)?;
    Ok((now, Staging::open(&args.out)?))
}

/// The output folder while a build stages its files there, locked for the whole build.
/// Dropped before [`Staging::commit`] (an error), it removes the staged files and the folders
/// it created, so a failed build leaves the output as it found it.
struct Staging {
    batch: Batch,
    /// The folders created for the output, deepest first.
    created: Vec<PathBuf>,
    /// The index entry of every course staged, in the courses' order.
    entries: Vec<IndexEntry>,
    /// The course, while it is the only one: its page is then the index.
    only: Option<Course>,
    _lock: std::fs::File,
}

impl Staging {
    fn open(out_dir: &Path) -> Result<Staging> {
        let created: Vec<PathBuf> = out_dir
            .ancestors()
            .take_while(|a| !a.as_os_str().is_empty() && !a.exists())
            .map(Path::to_path_buf)
            .collect();
        match lock_out_dir(out_dir) {
            Ok(lock) => Ok(Staging {
                batch: Batch::new(),
                created,
                entries: Vec::new(),
                only: None,
                _lock: lock,
            }),
            Err(e) => {
                remove_empty(&created);
                Err(e)
            }
        }
    }

    fn commit(mut self) -> std::io::Result<()> {
        self.created.clear();
        std::mem::take(&mut self.batch).commit()
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        drop(std::mem::take(&mut self.batch));
        remove_empty(&self.created);
    }
}

/// Removes each folder of `dirs` (deepest first) that is empty: one holding anything else is
/// not a failed build's to remove.
fn remove_empty(dirs: &[PathBuf]) {
    for dir in dirs {
        let _ = std::fs::remove_dir(dir);
    }
}

/// The feed already published is the state the new one continues (SEQUENCE, DTSTAMP), so a
/// damaged one stops the build instead of being read as "no feed yet".
fn previous_feed(path: &Path) -> Result<Previous> {
    let checked = match super::load::read_published_feed(path) {
        Ok(Some(checked)) => checked,
        Ok(None) => return Ok(Previous::default()),
        Err(e) => {
            return Err(anyhow::Error::new(e)
                .context(format!("reading the previous feed {}", path.display())));
        }
    };
    match checked {
        Ok(text) => Ok(crate::feed::read_previous(&text)),
        Err(damage) => Err(input_error(
            path,
            damage.line,
            format!(
                "the published feed is damaged: {damage}. It holds what subscribers last saw (each event's SEQUENCE), so it is not overwritten: copy the published file back from the web server, or delete it to start over on purpose (calendars may then miss the next change)"
            ),
        )),
    }
}

/// Holds the output folder for the whole build: two builds at once (cron and a manual run)
/// would otherwise lose a SEQUENCE bump or publish a mix of both.
fn lock_out_dir(out_dir: &Path) -> Result<std::fs::File> {
    if out_dir.exists() && !out_dir.is_dir() {
        return Err(input_error(
            out_dir,
            None,
            "--out names a file, not a folder; give a folder (it is created if missing), e.g. --out public",
        ));
    }
    std::fs::create_dir_all(out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    let dir =
        std::fs::File::open(out_dir).with_context(|| format!("opening {}", out_dir.display()))?;
    dir.lock()
        .with_context(|| format!("locking {} for the build", out_dir.display()))?;
    Ok(dir)
}

fn write(batch: &mut Batch, path: &Path, bytes: &[u8]) -> Result<()> {
    batch
        .stage(path, bytes)
        .with_context(|| format!("writing {}", path.display()))
}

/// One course's feeds and its page (path, text), and its lines of the report.
fn render_course(
    c: &Course,
    out_dir: &Path,
    now: DateTime<Utc>,
) -> Result<(Vec<(PathBuf, String)>, String)> {
    let mut files = Vec::new();
    let mut report = String::new();
    for variant in Variant::of(c) {
        let path = out_dir.join(variant.file_name(c));
        let previous = previous_feed(&path)?;
        // Before the render replaces it: what subscribers will see change, one line each.
        let mut changes = String::new();
        if variant == Variant::All {
            super::diff::build_summary(c, &path, &mut changes)?;
        }
        let r = crate::feed::render(c, variant, &previous, now);
        let ch = &r.changes;
        let _ = writeln!(
            report,
            "{}: {} {} ({} new, {} changed, {} cancelled)",
            path.display(),
            r.events,
            if r.events == 1 { "event" } else { "events" },
            ch.added.len(),
            ch.changed.len(),
            ch.cancelled.len()
        );
        report.push_str(&changes);
        files.push((path, r.ics));
    }
    let page = out_dir.join(format!("{}.html", c.id));
    files.push((page, crate::feed::page::course_page(c, now)));
    Ok((files, report))
}

/// The courses an earlier build published into `out_dir` (a feed and its page) that this
/// run did not build: the index lists them too, so building one course never orphans another.
fn published_elsewhere(out_dir: &Path, built: &[IndexEntry]) -> Vec<IndexEntry> {
    let Ok(dir) = std::fs::read_dir(out_dir) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for path in dir.filter_map(|e| e.ok().map(|e| e.path())) {
        let Some(id) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".ics"))
        else {
            continue;
        };
        if id.ends_with("-deadlines")
            || built.iter().any(|e| e.id == id)
            || !out_dir.join(format!("{id}.html")).is_file()
        {
            continue;
        }
        // Read only for its name: a feed too damaged (or large) to name keeps its id as the title.
        let text = match super::load::read_published_feed(&path) {
            Ok(Some(Ok(text))) => text,
            _ => String::new(),
        };
        found.push(IndexEntry::from_feed(id, &text));
    }
    found
}

/// The index page and the web server's configuration, staged in `batch`: `built` are the
/// entries of this run's courses, `only` the course when it is the only one.
fn write_site(
    only: Option<&Course>,
    built: &[IndexEntry],
    out_dir: &Path,
    now: DateTime<Utc>,
    batch: &mut Batch,
    report: &mut String,
) -> Result<()> {
    let index = out_dir.join("index.html");
    let mut entries = built.to_vec();
    entries.extend(published_elsewhere(out_dir, &entries));
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    let html = match (only, entries.len()) {
        (Some(one), 1) => crate::feed::page::course_page(one, now),
        _ => crate::feed::page::index_page(&entries),
    };
    write(batch, &index, html.as_bytes())?;
    write(
        batch,
        &out_dir.join(".htaccess"),
        crate::feed::page::HTACCESS.as_bytes(),
    )?;
    let _ = writeln!(
        report,
        "{}: subscribe page; upload {} as is",
        index.display(),
        out_dir.display()
    );
    Ok(())
}
