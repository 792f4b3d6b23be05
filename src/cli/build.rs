//! `coursecal build`: the feeds and the subscribe pages, written to the output folder.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use anyhow::{Context, Result};

use super::args::BuildArgs;
use super::load::{load, print_warnings};
use super::{EXIT_OK, input_error, now_from};

pub(crate) fn run(args: BuildArgs) -> Result<u8> {
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
