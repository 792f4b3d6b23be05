//! A course that no longer loads: a reminder pass (`remind`, and each pass of the daemon) sends
//! from the last version that loaded, kept in the course's ledger database, and says loudly
//! that it did. Reminders that fall due while an edit is broken are never lost; a course that
//! never loaded fails as it always did.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::args::CourseArgs;
use super::kept_parse::from_sources_reusing;
use super::load::{Loaded, Sources, load_keeping};
use super::reminding::Reminding;
use crate::remind::last_good::LastGood;
use crate::remind::parsed::ParsedCourse;
use crate::remind::sqlite::{SqliteLedger, find_last_good};

/// A course loaded for a pass: as it is now (whose sources the pass keeps), or as it last
/// loaded (with why it does not load now).
pub(crate) struct ForPass {
    /// The course.
    pub loaded: Loaded,
    /// What a real pass keeps as the last good version: the sources just loaded, under the
    /// absolute path the course was named by. `None` when the course did not load.
    pub keep: Option<(PathBuf, Sources)>,
    /// Why the course did not load, and which version was used instead.
    pub stale: Option<String>,
    /// The key of the parse made for this pass, when the ledger kept none that fitted: what a
    /// real pass keeps with the version (`remind::parsed`).
    pub fresh_key: Option<String>,
}

impl ForPass {
    /// The course as it loaded now from `path`, its sources to be kept (and its parse, made
    /// under `fresh_key`, when it was parsed now).
    pub(crate) fn fresh(
        path: &Path,
        loaded: Loaded,
        sources: Sources,
        fresh_key: Option<String>,
    ) -> ForPass {
        ForPass {
            loaded,
            keep: Some((absolute(path), sources)),
            stale: None,
            fresh_key,
        }
    }

    /// The parse to keep with the version: only one made for this pass.
    pub(crate) fn parse_to_keep(&self) -> Option<ParsedCourse> {
        let (course, _) = self.keep.as_ref()?;
        let key = self.fresh_key.clone()?;
        Some(ParsedCourse::new(course.clone(), key, &self.loaded.course))
    }

    /// The last good version to keep, seen loading at `at`.
    pub(crate) fn keep_at(&self, at: DateTime<Utc>) -> Option<LastGood> {
        let (course, s) = self.keep.as_ref()?;
        Some(LastGood {
            course: course.clone(),
            course_file: s
                .course_file
                .as_ref()
                .map(|(p, t)| (absolute(p), t.clone())),
            syllabus: absolute(&s.syllabus),
            syllabus_bytes: s.bytes.clone(),
            at,
        })
    }
}

/// Keeps `v` as the last good version in the course's ledger (creating the ledger as a pass
/// would), with its parse when there is one, outside a pass: the daemon's start-up.
pub(crate) fn keep(r: &Reminding, v: &LastGood, parsed: Option<&ParsedCourse>) -> Result<()> {
    let mut ledger = SqliteLedger::open(&r.ledger, r.legacy_ledger.as_deref(), &r.renames())?;
    ledger.keep_last_good(v, parsed)?;
    ledger.sync()?;
    Ok(())
}

/// Paths are kept absolute: the fallback must find the roster, the outbox and the ledger from
/// whatever folder the next pass runs in.
pub(super) fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Loads course `path` as it is now, else as it last loaded (kept in its ledger).
pub(crate) fn load_for_pass(path: &Path, args: &CourseArgs) -> Result<ForPass> {
    let error = match load_keeping(path, args) {
        Ok((loaded, sources, fresh)) => return Ok(ForPass::fresh(path, loaded, sources, fresh)),
        Err(e) => e,
    };
    let key = absolute(path);
    let Some(kept) = ledgers_of(path)
        .iter()
        .find_map(|l| find_last_good(l, &key).ok().flatten())
    else {
        return Err(error);
    };
    let sources = Sources {
        course_file: kept.course_file.clone(),
        syllabus: kept.syllabus.clone(),
        bytes: kept.syllabus_bytes.clone(),
        file: None,
    };
    // A flag that no longer suits the kept version: the error of the version on disk says more.
    // Its parse is usually kept too: a broken edit is not parsed again every pass.
    let Ok((loaded, _)) = from_sources_reusing(path, &sources, args) else {
        return Err(error);
    };
    let stale = format!(
        "{}: reload failed, using the last good version (loaded {}, sha256 {}); fix the course, and the next pass reads it again: {error:#}",
        path.display(),
        kept.at
            .with_timezone(&loaded.course.timezone)
            .format("%Y-%m-%d %H:%M %Z"),
        &kept.hash()[..12]
    );
    Ok(ForPass {
        loaded,
        keep: None,
        stale: Some(stale),
        fresh_key: None,
    })
}

/// The ledgers that may hold the course's last good version, when the course file cannot say
/// which is its own: the one its `ledger` line names, the default one of its `id` line (both
/// read line by line, since the file may not be TOML any more), then every default-named
/// ledger in the course folder. Each is checked for this course's path before it is used.
fn ledgers_of(path: &Path) -> Vec<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new(""));
    let text = std::fs::read(path)
        .ok()
        .filter(|_| path.extension().is_some_and(|x| x == "toml"))
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let mut found: Vec<PathBuf> = Vec::new();
    if let Some(l) = value_of(&text, "ledger") {
        found.push(dir.join(l));
    }
    if let Some(id) = value_of(&text, "id") {
        found.push(dir.join(crate::course::paths::default_ledger_name(&id)));
    }
    let folder = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let mut beside: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.to_string_lossy().ends_with(".sent.sqlite"))
                .collect()
        })
        .unwrap_or_default();
    beside.sort();
    for p in beside {
        let p = if dir.as_os_str().is_empty() {
            PathBuf::from(p.file_name().unwrap_or_default())
        } else {
            p
        };
        if !found.contains(&p) {
            found.push(p);
        }
    }
    found
}

/// The quoted value of the first `key = "value"` line, read without a TOML parser.
fn value_of(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let rest = line
            .trim()
            .strip_prefix(key)?
            .trim_start()
            .strip_prefix('=')?;
        let rest = rest.trim();
        let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let inner = &rest[1..];
        Some(inner[..inner.find(quote)?].to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_read_from_its_line_even_when_the_file_is_no_longer_toml() {
        let text = "syllabus = \"s.txt\"\n[reminders\n  ledger = 'state/c.sqlite'  # kept\nid=\"ceng501\"\n";
        assert_eq!(value_of(text, "ledger").as_deref(), Some("state/c.sqlite"));
        assert_eq!(value_of(text, "id").as_deref(), Some("ceng501"));
        assert_eq!(value_of(text, "url"), None);
        assert_eq!(value_of("ledger = \"unclosed\n", "ledger"), None);
    }
}
