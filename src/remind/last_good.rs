//! The last version of a course that loaded: what a reminder pass sends from when an edit has
//! broken the course file or the syllabus, so reminders that fall due meanwhile still go out.
//! Kept in the course's ledger database (`remind::sqlite`), whole (the course file's text and
//! the syllabus's bytes, a PDF's as its text), with a SHA-256 of all of it: a pass rewrites the
//! row only when the hash changed, and a row whose bytes no longer give its hash is not used.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

/// The sources of a course that loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastGood {
    /// What was named on the command line (the course file, or a bare syllabus), as an absolute
    /// path: the key a later pass finds it by, from whatever folder it runs.
    pub course: PathBuf,
    /// The course file and its text, when the course has one.
    pub course_file: Option<(PathBuf, String)>,
    /// The syllabus file.
    pub syllabus: PathBuf,
    /// Its bytes (a PDF's already as its text).
    pub syllabus_bytes: Vec<u8>,
    /// When a pass last found the course loading in this version.
    pub at: DateTime<Utc>,
}

impl LastGood {
    /// SHA-256 (hex) of everything but `at`, each part length-prefixed so that no two
    /// different versions give the same input.
    pub fn hash(&self) -> String {
        sources_hash(
            &self.course,
            self.course_file
                .as_ref()
                .map(|(p, t)| (p.as_path(), t.as_str())),
            &self.syllabus,
            &self.syllabus_bytes,
        )
    }
}

/// SHA-256 (hex) of a course's sources, as [`LastGood::hash`] gives it: what the course was
/// named by, the course file and its text (when there is one), the syllabus and its bytes.
pub fn sources_hash(
    course: &Path,
    course_file: Option<(&Path, &str)>,
    syllabus: &Path,
    syllabus_bytes: &[u8],
) -> String {
    use std::os::unix::ffi::OsStrExt as _;
    let mut parts: Vec<&[u8]> = vec![course.as_os_str().as_bytes()];
    match course_file {
        Some((path, text)) => parts.extend([
            b"course file".as_slice(),
            path.as_os_str().as_bytes(),
            text.as_bytes(),
        ]),
        None => parts.push(b"bare syllabus"),
    }
    parts.extend([syllabus.as_os_str().as_bytes(), syllabus_bytes]);
    sha256_of_parts(&parts)
}

/// SHA-256 (hex) of `parts`, each length-prefixed so that no two different lists of parts give
/// the same input.
pub fn sha256_of_parts(parts: &[&[u8]]) -> String {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    for bytes in parts {
        ctx.update(&(bytes.len() as u64).to_le_bytes());
        ctx.update(bytes);
    }
    ctx.finish()
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(text: &str) -> LastGood {
        LastGood {
            course: "/c/c.toml".into(),
            course_file: Some(("/c/c.toml".into(), text.into())),
            syllabus: "/c/s.txt".into(),
            syllabus_bytes: b"Week 1".to_vec(),
            at: DateTime::from_timestamp(0, 0).unwrap(),
        }
    }

    #[test]
    fn the_hash_follows_the_sources_and_not_the_time_they_were_seen() {
        let a = version("id = \"c\"\n");
        let mut later = a.clone();
        later.at = DateTime::from_timestamp(86_400, 0).unwrap();
        assert_eq!(a.hash(), later.hash());
        assert_eq!(a.hash().len(), 64);
        assert_ne!(a.hash(), version("id = \"d\"\n").hash());
        // The same bytes split differently between the parts are another version.
        let mut moved = a.clone();
        moved.syllabus_bytes = b"1".to_vec();
        moved.syllabus = "/c/s.txtWeek ".into();
        assert_ne!(a.hash(), moved.hash());
    }
}
