//! The one place that writes files: whole or not at all, so a web server, a reader of the
//! ledger or a crash never sees half a file.

use std::io::Write as _;
use std::path::Path;

/// Writes a file so that readers see either the old or the new content, never a part:
/// a temporary file in the same folder, flushed to disk, then renamed over the target.
///
/// The temporary file has a fixed name (`.NAME.tmp`), so one left by a killed process is
/// reused by the next write instead of piling up. Two writers of one path must therefore not
/// run at once; every caller holds a lock for that (the build's output folder, the ledger).
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp"));
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
}
