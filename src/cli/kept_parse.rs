//! A course read from the parse its ledger keeps (`remind::parsed`) instead of parsing the
//! syllabus again, for `remind` (each pass from cron) and `plan`: the sources are read and
//! hashed as always, and when the ledger holds a parse of these very sources by this parser
//! with these flags, that parse is the course. Anything else (no ledger, another key, a row that
//! fails its check or does not decode) parses as before; a real pass then keeps the new parse
//! (`remind::sqlite`), in the transaction that keeps the last good version.
//!
//! The ledger is the one the course file names (its `ledger`, else its `id`'s default): a
//! course whose ledger name comes from the syllabus itself (no course file, or one without
//! `id` or `ledger`) is parsed every time, as the name is not known before the parse.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::args::CourseArgs;
use super::last_good::absolute;
use super::load::{
    Loaded, Sources, cli_overrides, default_course, loaded, parse, read_sources, settings,
};
use crate::course::{CliOverrides, CourseFile};
use crate::remind::last_good::sources_hash;
use crate::remind::parsed::{self, PARSER_ID};
use crate::remind::sqlite::LedgerReader;

/// Loads a course (named, or the default one) for `plan`: from the kept parse when it fits.
/// The ledger it looked in comes back open, to be read through the same connection.
pub(crate) fn load_reusing(
    command: &str,
    path: Option<&Path>,
    args: &CourseArgs,
) -> Result<(Loaded, Option<LedgerReader>)> {
    let path = match path {
        Some(p) => p.to_path_buf(),
        None => default_course(command)?,
    };
    // A bad flag is said before anything is read, as `load` does.
    cli_overrides(args)?;
    let sources = read_sources(&path)?;
    let (loaded, _, reader) = reusing(&path, &sources, args)?;
    Ok((loaded, reader))
}

/// The course `sources` make (named by `path`), read from the kept parse when its key is
/// these sources', this parser's and these flags'; else parsed, and then the key the new
/// parse is to be kept under comes back.
pub(crate) fn from_sources_reusing(
    path: &Path,
    sources: &Sources,
    args: &CourseArgs,
) -> Result<(Loaded, Option<String>)> {
    let (loaded, fresh, _) = reusing(path, sources, args)?;
    Ok((loaded, fresh))
}

/// [`from_sources_reusing`], with the ledger it looked in.
fn reusing(
    path: &Path,
    sources: &Sources,
    args: &CourseArgs,
) -> Result<(Loaded, Option<String>, Option<LedgerReader>)> {
    let (file, cli) = settings(sources, args)?;
    let key = key_of(path, sources, &cli);
    let reader = ledger_of(&file, sources).map(|ledger| LedgerReader::open(&ledger));
    let kept = reader
        .as_ref()
        .and_then(|r| r.parsed(&absolute(path), &key))
        .and_then(|stored| parsed::decode(&stored));
    match kept {
        Some(course) => Ok((loaded(sources, file, &cli, course), None, reader)),
        None => Ok((parse(sources, file, &cli)?, Some(key), reader)),
    }
}

/// The key of a parse of `sources` (named by `path`): their hash as the last good version
/// takes it (absolute paths), this build's parser, and the flags in force.
fn key_of(path: &Path, sources: &Sources, cli: &CliOverrides) -> String {
    let course_file = sources
        .course_file
        .as_ref()
        .map(|(p, text)| (absolute(p), text.as_str()));
    let hash = sources_hash(
        &absolute(path),
        course_file.as_ref().map(|(p, t)| (p.as_path(), *t)),
        &absolute(&sources.syllabus),
        &sources.bytes,
    );
    parsed::key(&hash, PARSER_ID, cli.term, cli.timezone)
}

/// The ledger a pass of this course uses, when the course file says which without the
/// syllabus: its `ledger`, else the default of its `id`.
fn ledger_of(file: &CourseFile, sources: &Sources) -> Option<PathBuf> {
    let id = match (&file.ledger, &file.id) {
        (Some(_), _) => "",
        (None, Some(id)) => id.as_str(),
        (None, None) => return None,
    };
    let course_file = sources.course_file.as_ref().map(|(p, _)| p.as_path());
    let dir = crate::course::course_dir(course_file, &sources.syllabus);
    Some(crate::course::ledger_path(file, id, &dir))
}
