//! How much the commands say, from `-q/--quiet` and `-v/--verbose`: set once at start-up,
//! read where a line is printed. By default a reminder pass says one summary line per course;
//! `--verbose` adds a line per message; `--quiet` leaves only errors.

use std::sync::OnceLock;

/// How much to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Verbosity {
    /// Errors only.
    Quiet,
    /// Warnings, notes and one summary line per course per pass.
    Normal,
    /// Also a line per message and per daemon wait.
    Verbose,
}

static LEVEL: OnceLock<Verbosity> = OnceLock::new();

/// Sets the level for this run (the first call wins).
pub(crate) fn set(quiet: bool, verbose: bool) {
    let level = match (quiet, verbose) {
        (true, _) => Verbosity::Quiet,
        (false, true) => Verbosity::Verbose,
        (false, false) => Verbosity::Normal,
    };
    let _ = LEVEL.set(level);
}

/// Whether lines of `level` are printed.
pub(crate) fn says(level: Verbosity) -> bool {
    *LEVEL.get().unwrap_or(&Verbosity::Normal) >= level
}
