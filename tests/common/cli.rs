//! Running the `souk` binary as a user would: on a given database, in a given language,
//! at a fixed instant, and reading what it said.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `souk --db DB --lang LANG ARGS…` at 2026-11-29 10:15 in Rabat.
pub fn souk(db: &Path, lang: &str, args: &[&str]) -> Output {
    souk_env(db, lang, args, &[])
}

/// As `souk`, with these environment variables (a PIN, a user) and no others of Souk's.
/// A database the command would create is made first and marked as a test's, the way a
/// test may (`souk mark-test-database`), so that `SOUK_CLOCK` sets its time.
pub fn souk_env(db: &Path, lang: &str, args: &[&str], vars: &[(&str, &str)]) -> Output {
    if !db.exists() && args.first() != Some(&"restore") {
        mark_for_tests(db);
    }
    let mut command = Command::new(env!("CARGO_BIN_EXE_souk"));
    for var in ["SOUK_PIN", "SOUK_NEW_PIN", "SOUK_USER"] {
        command.env_remove(var);
    }
    command.envs(vars.iter().copied());
    command
        .arg("--db")
        .arg(db)
        .args(["--lang", lang])
        .args(args)
        .env("SOUK_CLOCK", "2026-11-29T10:15:00Z")
        .env_remove("SOUK_DB")
        .output()
        .unwrap()
}

/// Creates the database at `db` and marks it as a test's.
pub fn mark_for_tests(db: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_souk"))
        .arg("--db")
        .arg(db)
        .arg("mark-test-database")
        .env_remove("SOUK_CLOCK")
        .env_remove("SOUK_DB")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// What a successful command printed; fails the test with its stderr otherwise.
pub fn ok(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "failed: {}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The reason a refused command gave (never empty); fails the test if it succeeded.
pub fn refused(out: &Output) -> String {
    assert!(
        !out.status.success(),
        "should have been refused: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.trim().is_empty());
    stderr
}
