//! The PC's own printer queues (`system:NAME`) against a real CUPS: a private `cupsd` on a
//! loopback port of its own, with raw queues whose backend appends each job to a file.
//! A receipt sent by `souk receipt --printer system:NAME` reaches the file byte for byte
//! as a `file:` printer gets it; a queue that cancels the job, a stopped queue and a
//! missing one each leave the receipt waiting with their reason, and it prints later.
//!
//! Needs `cupsd` (Debian's `cups`; `tools/test` installs it) and root, as CI has.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output};
use std::time::{Duration, Instant};

use common::Shop;
use souk::receipt::pending;

/// A `cupsd` of the test's own, stopped when dropped.
struct Cups {
    dir: tempfile::TempDir,
    port: u16,
    daemon: Child,
}

/// A backend that is a file: the job appended to the path its URI names.
const FILE_BACKEND: &str = r#"#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct soukfile "Unknown" "Souk test file"'; exit 0; fi
out="${DEVICE_URI#soukfile:}"
if [ $# -ge 6 ]; then cat "$6" >> "$out"; else cat >> "$out"; fi
"#;

/// A backend whose printer turns every job down: CUPS cancels it (CUPS_BACKEND_CANCEL).
const REFUSING_BACKEND: &str = r#"#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct soukrefuse "Unknown" "Souk test refusal"'; exit 0; fi
echo "ERROR: media-empty" >&2
exit 5
"#;

impl Cups {
    fn start() -> Cups {
        let found = Command::new("cupsd").arg("-h").output();
        assert!(
            found.is_ok(),
            "cupsd is missing: install Debian's cups (tools/test does)"
        );
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for sub in ["spool", "cache", "state", "log", "out", "bin/backend"] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        // Backends run as CUPS' own user: the spool's folders and the outputs are theirs.
        set_mode(root, 0o755);
        set_mode(&root.join("out"), 0o777);
        for sub in [
            "filter", "daemon", "cgi-bin", "monitor", "notifier", "driver",
        ] {
            let _ = std::os::unix::fs::symlink(
                Path::new("/usr/lib/cups").join(sub),
                root.join("bin").join(sub),
            );
        }
        for (name, script) in [("soukfile", FILE_BACKEND), ("soukrefuse", REFUSING_BACKEND)] {
            let path = root.join("bin/backend").join(name);
            std::fs::write(&path, script).unwrap();
            set_mode(&path, 0o755);
        }
        let port = free_port();
        let r = root.display();
        std::fs::write(
            root.join("cupsd.conf"),
            format!(
                "Listen 127.0.0.1:{port}\nLogLevel info\nBrowsing No\nWebInterface No\n\
                 DefaultAuthType None\nPreserveJobHistory Yes\n\
                 <Location />\n  Order allow,deny\n  Allow all\n</Location>\n\
                 <Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
            ),
        )
        .unwrap();
        std::fs::write(
            root.join("cups-files.conf"),
            format!(
                "ServerRoot {r}\nServerBin {r}/bin\nRequestRoot {r}/spool\nCacheDir {r}/cache\n\
                 StateDir {r}/state\nTempDir {r}/spool\nPrintcap {r}/printcap\n\
                 ErrorLog {r}/log/error_log\nAccessLog {r}/log/access_log\n\
                 PageLog {r}/log/page_log\n"
            ),
        )
        .unwrap();
        let daemon = Command::new("cupsd")
            .arg("-f")
            .arg("-c")
            .arg(root.join("cupsd.conf"))
            .arg("-s")
            .arg(root.join("cups-files.conf"))
            .spawn()
            .unwrap();
        let cups = Cups { dir, port, daemon };
        let started = Instant::now();
        while !cups.run("lpstat", &["-r"]).status.success() {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "cupsd did not start: {}",
                cups.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        cups
    }

    fn server(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// A CUPS command against this daemon.
    fn run(&self, program: &str, args: &[&str]) -> Output {
        Command::new(program)
            .args(args)
            .env("CUPS_SERVER", self.server())
            .output()
            .unwrap()
    }

    /// Adds a raw queue (no driver: the bytes go to the backend as they are) to `uri`.
    /// A daemon just started may still turn a connection away: tried for a few seconds.
    fn queue(&self, name: &str, uri: &str) {
        let started = Instant::now();
        loop {
            let out = self.run("lpadmin", &["-p", name, "-E", "-v", uri]);
            if out.status.success() {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "lpadmin: {}\n{}",
                String::from_utf8_lossy(&out.stderr),
                self.log()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn out(&self, file: &str) -> PathBuf {
        self.dir.path().join("out").join(file)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("log/error_log")).unwrap_or_default()
    }
}

impl Drop for Cups {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// `souk ARGS` on `db`, speaking English, asking `cups` for the PC's printers.
fn souk(cups: &Cups, db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_souk"))
        .arg("--db")
        .arg(db)
        .args(["--lang", "en"])
        .args(args)
        .env("SOUK_CLOCK", "2026-11-29T10:15:00Z")
        .env("CUPS_SERVER", cups.server())
        .env_remove("SOUK_DB")
        .output()
        .unwrap()
}

fn said(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A shop with one cash sale, `2026-000001`.
fn shop_with_sale() -> Shop {
    let mut shop = Shop::new();
    let lines = vec![shop.line("P001-0001", "2"), shop.line("P001-0002", "0.350")];
    shop.cash_sale(lines);
    shop
}

#[test]
fn a_receipt_reaches_a_raw_cups_queue_byte_for_byte() {
    let cups = Cups::start();
    let received = cups.out("receipts.bin");
    cups.queue("souk-raw", &format!("soukfile:{}", received.display()));
    let shop = shop_with_sale();
    let db = shop.path();

    let out = souk(
        &cups,
        &db,
        &[
            "receipt",
            "2026-000001",
            "--duplicate",
            "--printer",
            "system:souk-raw",
        ],
    );
    assert!(out.status.success(), "{}\n{}", said(&out), cups.log());
    // Ok was said only once CUPS had finished the job: the bytes are there already.
    let got = std::fs::read(&received).unwrap();

    let file = shop.dir.path().join("as-file.bin");
    let spec = format!("file:{}", file.display());
    let out = souk(
        &cups,
        &db,
        &["receipt", "2026-000001", "--duplicate", "--printer", &spec],
    );
    assert!(out.status.success(), "{}", said(&out));
    assert_eq!(
        got,
        std::fs::read(&file).unwrap(),
        "the queue got the bytes as they are"
    );
    assert!(got.len() > 1000, "a whole receipt: {} bytes", got.len());
}

#[test]
fn a_job_the_queue_cancels_is_named_and_the_receipt_waits_then_prints() {
    let cups = Cups::start();
    cups.queue("pos-80", "soukrefuse:/nowhere");
    let shop = Shop::new();
    let db = shop.path();
    let out = souk(
        &cups,
        &db,
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0001",
            "--pay",
            "cash:60",
            "--printer",
            "system:pos-80",
        ],
    );
    assert!(out.status.success(), "the sale is saved: {}", said(&out));
    let err = said(&out);
    assert!(err.contains("refused"), "{err}");
    assert_eq!(pending::pending(&shop.conn).unwrap().len(), 1);

    // The shop's printer mended (the same queue name, now a working one): it prints.
    let received = cups.out("later.bin");
    cups.queue("pos-80", &format!("soukfile:{}", received.display()));
    let out = souk(
        &cups,
        &db,
        &["receipt", "--pending", "--printer", "system:pos-80"],
    );
    assert!(out.status.success(), "{}", said(&out));
    assert!(pending::pending(&shop.conn).unwrap().is_empty());
    assert!(std::fs::metadata(&received).unwrap().len() > 1000);
}

#[test]
fn a_stopped_queue_and_a_missing_one_are_named_and_nothing_is_queued() {
    let cups = Cups::start();
    let received = cups.out("stopped.bin");
    cups.queue("stopped", &format!("soukfile:{}", received.display()));
    let out = cups.run("cupsdisable", &["stopped"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shop = shop_with_sale();
    let db = shop.path();

    let out = souk(
        &cups,
        &db,
        &["receipt", "2026-000001", "--printer", "system:stopped"],
    );
    assert!(!out.status.success());
    assert!(said(&out).contains("offline"), "{}", said(&out));
    let jobs = cups.run("lpstat", &["-o", "stopped"]);
    assert!(
        String::from_utf8_lossy(&jobs.stdout).trim().is_empty(),
        "nothing left to come out later"
    );

    let out = souk(
        &cups,
        &db,
        &["receipt", "2026-000001", "--printer", "system:POS-58"],
    );
    assert!(!out.status.success());
    assert!(
        said(&out).contains("no printer named “POS-58”"),
        "{}",
        said(&out)
    );
    assert!(!received.exists());
}
