//! `coursecal build`: the feeds and the subscribe pages, written to the output folder.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};

use super::args::{BuildArgs, CourseArgs};
use super::load::{Loaded, check_ids, every_course, load, print_warnings, warn_default_zone};
use super::verbosity::{Verbosity, says};
use super::{EXIT_OK, input_error, now_from};
use crate::atomic_file::Batch;
use crate::feed::page::IndexEntry;
use crate::feed::{Previous, Variant};
use crate::model::Course;

/// How many courses are rendered before their files are staged: enough to keep every core
/// busy, few enough that their text (~50 KB a course) stays small.
const RENDER_WINDOW: usize = 64;

pub(crate) fn run(args: BuildArgs) -> Result<u8> {
    let listed = if args.courses.is_empty() {
        every_course("build")?
    } else {
        args.courses.clone()
    };
    let paths: Vec<Option<&Path>> = listed.iter().map(|p| Some(p.as_path())).collect();
    let mut loaded = Vec::new();
    for l in load_in_parallel(&paths, &args.course_args) {
        let l = l?;
        print_warnings(&l);
        warn_default_zone(&l);
        loaded.push(l);
    }
    check_ids(&loaded)?;
    let now = now_from(
        args.now.as_deref(),
        crate::course::now_zone(loaded.iter().map(|l| &l.course)),
    )?;
    let out_dir = &args.out;
    let _lock = lock_out_dir(out_dir)?;
    let mut report = String::new();
    let mut batch = Batch::new();
    // Rendered on every core, a window at a time (so a department's files are never all held
    // at once), and staged in the courses' order: the same bytes and report as one by one.
    for window in loaded.chunks(RENDER_WINDOW) {
        for rendered in in_parallel(window, |l| render_course(&l.course, out_dir, now)) {
            let (files, lines) = rendered?;
            for (path, text) in files {
                write(&mut batch, &path, text.as_bytes())?;
            }
            report.push_str(&lines);
        }
    }
    let courses: Vec<&Course> = loaded.iter().map(|l| &l.course).collect();
    write_site(&courses, out_dir, now, &mut batch, &mut report)?;
    // All files are staged; one flush, then every rename (each file whole, old or new).
    batch
        .commit()
        .with_context(|| format!("writing the files into {}", out_dir.display()))?;
    if says(Verbosity::Normal) {
        std::io::stdout()
            .lock()
            .write_all(report.as_bytes())
            .context("writing to stdout")?;
    }
    Ok(EXIT_OK)
}

/// Loads the courses on every core (a department's build is mostly parsing), in order: the
/// results, and so the warnings and the first error, come out as a one-by-one load gives them.
fn load_in_parallel(paths: &[Option<&Path>], args: &CourseArgs) -> Vec<Result<Loaded>> {
    in_parallel(paths, |p| load("build", *p, args))
}

/// `f` of every item, on every core, in the items' order.
fn in_parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if threads < 2 || items.len() < 2 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let workers: Vec<_> = items
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(f).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
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
) -> Result<(Vec<(std::path::PathBuf, String)>, String)> {
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
            "{}: {} events ({} new, {} changed, {} cancelled)",
            path.display(),
            r.events,
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

/// The index page and the web server's configuration, staged in `batch`.
fn write_site(
    courses: &[&Course],
    out_dir: &Path,
    now: DateTime<Utc>,
    batch: &mut Batch,
    report: &mut String,
) -> Result<()> {
    let index = out_dir.join("index.html");
    let mut entries: Vec<IndexEntry> = courses.iter().map(|c| IndexEntry::of(c)).collect();
    entries.extend(published_elsewhere(out_dir, &entries));
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    let html = match (courses, entries.len()) {
        ([one], 1) => crate::feed::page::course_page(one, now),
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
