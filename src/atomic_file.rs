//! The one place that writes files: whole or not at all, so a web server, a reader of the
//! ledger or a crash never sees half a file.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Writes a file so that readers see either the old or the new content, never a part:
/// a temporary file in the same folder, flushed to disk, then renamed over the target.
///
/// The temporary file has a fixed name (`.NAME.tmp`), so one left by a killed process is
/// reused by the next write instead of piling up. Two writers of one path must therefore not
/// run at once; every caller holds a lock for that (the build's output folder, the ledger).
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let (dir, tmp) = temporary(path);
    let dir = dir.as_path();
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        // The rename itself must reach the disk too, or a power cut could bring back the old file.
        std::fs::File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The folder of `path` and the temporary name its new content is written to first.
fn temporary(path: &Path) -> (PathBuf, PathBuf) {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (dir.to_path_buf(), dir.join(format!(".{name}.tmp")))
}

/// Many whole files written together (a department's feeds and pages): each goes to its
/// temporary file first, then one flush makes all of them durable, then all are renamed over
/// their targets, then each folder is flushed once. Readers still see every file either old or
/// new, never a part, and a crash before [`Batch::commit`] leaves the old files in place; but
/// the disk is flushed twice per batch instead of twice per file.
///
/// Temporary files are named as by [`write()`], so the same rule holds: the caller holds a lock
/// that keeps a second writer of these paths out. Dropping a batch without committing it
/// removes its temporary files.
#[derive(Debug, Default)]
pub struct Batch {
    /// (temporary file, target), in the order they were staged.
    staged: Vec<(PathBuf, PathBuf)>,
}

impl Batch {
    /// An empty batch.
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes `bytes` to the temporary file of `path`; `path` itself changes at [`Batch::commit`].
    pub fn stage(&mut self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let (_, tmp) = temporary(path);
        if let Err(e) = std::fs::write(&tmp, bytes) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        self.staged.push((tmp, path.to_path_buf()));
        Ok(())
    }

    /// Takes over the files `other` staged (a worker's share of a build), after this batch's own.
    pub fn append(&mut self, mut other: Batch) {
        self.staged.append(&mut other.staged);
    }

    /// Flushes every staged file to disk, renames each over its target, then flushes the
    /// folders, so that a power cut cannot bring an old file back either.
    pub fn commit(mut self) -> std::io::Result<()> {
        let dirs: BTreeSet<PathBuf> = self.staged.iter().map(|(_, p)| temporary(p).0).collect();
        flush_files(&self.staged, &dirs)?;
        let staged = std::mem::take(&mut self.staged);
        for (i, (tmp, target)) in staged.iter().enumerate() {
            if let Err(e) = std::fs::rename(tmp, target) {
                self.staged = staged[i..].to_vec();
                return Err(e);
            }
        }
        for dir in &dirs {
            std::fs::File::open(dir)?.sync_all()?;
        }
        Ok(())
    }
}

impl Drop for Batch {
    fn drop(&mut self) {
        for (tmp, _) in &self.staged {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// Makes the staged files' contents durable. On Linux one `syncfs` per file system (found
/// through each folder) does it for all of them at once; elsewhere each file is flushed.
#[cfg(target_os = "linux")]
fn flush_files(_staged: &[(PathBuf, PathBuf)], dirs: &BTreeSet<PathBuf>) -> std::io::Result<()> {
    for dir in dirs {
        rustix::fs::syncfs(std::fs::File::open(dir)?)?;
    }
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn flush_files(staged: &[(PathBuf, PathBuf)], _dirs: &BTreeSet<PathBuf>) -> std::io::Result<()> {
    for (tmp, _) in staged {
        std::fs::File::open(tmp)?.sync_all()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ics");
        write(&p, b"one").unwrap();
        write(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_temporary_file_left_by_a_killed_write_is_reused_not_piled_up() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ics");
        std::fs::write(dir.path().join(".a.ics.tmp"), b"half a fe").unwrap();
        write(&p, b"whole").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"whole");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_batch_replaces_every_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.ics"), dir.path().join("b.html"));
        std::fs::write(&a, b"old").unwrap();
        let mut batch = Batch::new();
        batch.stage(&a, b"new a").unwrap();
        batch.stage(&b, b"new b").unwrap();
        assert_eq!(
            std::fs::read(&a).unwrap(),
            b"old",
            "nothing changes before the commit"
        );
        batch.commit().unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"new a");
        assert_eq!(std::fs::read(&b).unwrap(), b"new b");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn a_batch_dropped_without_a_commit_leaves_the_old_files_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.ics");
        std::fs::write(&a, b"old").unwrap();
        let mut batch = Batch::new();
        batch.stage(&a, b"new").unwrap();
        drop(batch);
        assert_eq!(std::fs::read(&a).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_batch_commits_the_files_it_took_over_and_a_dropped_one_removes_them() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.ics"), dir.path().join("b.ics"));
        let mut batch = Batch::new();
        let mut worker = Batch::new();
        worker.stage(&a, b"a").unwrap();
        batch.append(worker);
        batch.commit().unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"a");
        let mut batch = Batch::new();
        let mut worker = Batch::new();
        worker.stage(&b, b"b").unwrap();
        batch.append(worker);
        drop(batch);
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "only a.ics"
        );
    }
}
