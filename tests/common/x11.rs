//! The real window, driven as a volunteer drives it: the release binary on a virtual screen
//! (Xvfb), taps and keys through xdotool (a scanner is a keyboard typing a code and Enter
//! in a few milliseconds), screenshots with ImageMagick's `import`, and a probe that
//! watches the window repaint (X DAMAGE events) while the pointer keeps asking it to.
//!
//! What `iced_test` cannot see (threads, locks, focus after a tap, timers, devices) is
//! what these tests are for.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// The shop PC's screen, as the window is made for.
pub const WIDTH: u32 = 1366;
pub const HEIGHT: u32 = 768;

/// The release binary the tests drive. It must be built first (`cargo build --release`,
/// which `.ci/run` does) and be newer than the sources, or the test says so and fails.
pub fn release_binary() -> PathBuf {
    if let Ok(path) = std::env::var("SOUK_E2E_BIN") {
        return PathBuf::from(path);
    }
    let debug = Path::new(env!("CARGO_BIN_EXE_souk"));
    let target = debug
        .parent()
        .and_then(Path::parent)
        .expect("the test binary lives in target/<profile>");
    let binary = target.join("release").join(debug.file_name().unwrap());
    assert!(
        binary.exists(),
        "the real-window tests drive the release binary: run `cargo build --release` first \
         ({} is missing)",
        binary.display()
    );
    let built = binary.metadata().and_then(|m| m.modified()).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let newest = newest_source(&root.join("src")).max(newest_source(&root.join("core/src")));
    assert!(
        built >= newest,
        "{} is older than the sources: run `cargo build --release` again",
        binary.display()
    );
    binary
}

fn newest_source(dir: &Path) -> SystemTime {
    let mut newest = SystemTime::UNIX_EPOCH;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let time = if path.is_dir() {
            newest_source(&path)
        } else {
            entry.metadata().and_then(|m| m.modified()).unwrap()
        };
        newest = newest.max(time);
    }
    newest
}

/// A virtual screen of its own; closed when dropped.
pub struct Screen {
    pub display: String,
    xvfb: Child,
}

impl Screen {
    /// A new virtual screen, once it answers; a server that does not within 10 s is
    /// replaced by another.
    pub fn start() -> Screen {
        for _ in 0..3 {
            let mut screen = Screen::spawn();
            let until = Instant::now() + Duration::from_secs(10);
            while Instant::now() < until {
                if x11rb::connect(Some(&screen.display)).is_ok() {
                    return screen;
                }
                if let Ok(Some(_)) = screen.xvfb.try_wait() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = screen.xvfb.kill();
        }
        panic!("Xvfb did not answer three times");
    }

    fn spawn() -> Screen {
        // Xvfb picks a free display itself and writes its number on `-displayfd`.
        let mut xvfb = Command::new("Xvfb")
            .args(["-displayfd", "1", "-nolisten", "tcp", "-screen", "0"])
            .arg(format!("{WIDTH}x{HEIGHT}x24"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is needed for the real-window tests (Debian: xvfb)");
        let mut line = String::new();
        BufReader::new(xvfb.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let display = format!(":{}", line.trim());
        Screen { display, xvfb }
    }

    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("DISPLAY", &self.display);
        command
    }

    /// Runs xdotool with `args`; panics with what it said when it fails.
    pub fn xdotool(&self, args: &[&str]) -> String {
        let out = self
            .command("xdotool")
            .args(args)
            .output()
            .expect("xdotool is needed for the real-window tests (Debian: xdotool)");
        assert!(
            out.status.success(),
            "xdotool {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A tap (press and release of the left button) at `(x, y)` on the screen.
    pub fn tap(&self, (x, y): (i32, i32)) {
        self.xdotool(&[
            "mousemove",
            "--sync",
            &x.to_string(),
            &y.to_string(),
            "click",
            "1",
        ]);
    }

    /// Types `text` as a barcode scanner does (a few ms a character), then Enter.
    pub fn scan(&self, code: &str) {
        self.xdotool(&["type", "--delay", "4", code]);
        self.key("Return");
    }

    /// Types `text` as a person does.
    pub fn type_text(&self, text: &str) {
        self.xdotool(&["type", "--delay", "30", text]);
    }

    pub fn key(&self, key: &str) {
        self.xdotool(&["key", key]);
    }

    /// The whole screen as a PNG at `path`.
    pub fn screenshot(&self, path: &Path) {
        let status = self
            .command("import")
            .args(["-window", "root"])
            .arg(path)
            .status()
            .expect("ImageMagick's import is needed for screenshots (Debian: imagemagick)");
        assert!(status.success(), "import failed");
    }

    /// The id of the window whose title starts with `title`, once it is shown.
    pub fn wait_window(&self, title: &str, limit: Duration) -> u32 {
        self.find_window(title, limit)
            .unwrap_or_else(|| panic!("no window {title:?} within {limit:?}"))
    }

    /// The id of the window whose title starts with `title`, if one shows within `limit`.
    pub fn find_window(&self, title: &str, limit: Duration) -> Option<u32> {
        let until = Instant::now() + limit;
        loop {
            let out = self
                .command("xdotool")
                .args(["search", "--onlyvisible", "--name", &format!("^{title}")])
                .output()
                .unwrap();
            if let Some(id) = String::from_utf8_lossy(&out.stdout)
                .lines()
                .find_map(|l| l.trim().parse::<u32>().ok())
            {
                return Some(id);
            }
            if Instant::now() >= until {
                return None;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        // Asked to stop, Xvfb removes its lock and socket; killed, it leaves them for the
        // next screen to stumble on.
        let stopped = Command::new("kill")
            .args(["-TERM", &self.xvfb.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        if !stopped {
            let _ = self.xvfb.kill();
        }
        let _ = self.xvfb.wait();
    }
}

/// Souk's window running on a screen; stopped when dropped.
pub struct Souk {
    child: Child,
    pub window: u32,
}

impl Souk {
    /// Starts the release binary on `db` in `lang`, waits for its window and for it to
    /// have drawn (a second lets the first frames settle). What the program says on
    /// stderr goes to `<db>.stderr`, quoted if the window never shows.
    pub fn start(screen: &Screen, db: &Path, lang: &str, envs: &[(&str, &str)]) -> Souk {
        let said = db.with_extension("stderr");
        for _ in 0..3 {
            let mut command = screen.command(release_binary().to_str().unwrap());
            command
                .args(["--db", db.to_str().unwrap(), "--lang", lang])
                .env("SOUK_LANG", lang)
                .stdout(Stdio::null())
                .stderr(Stdio::from(std::fs::File::create(&said).unwrap()));
            for (key, value) in envs {
                command.env(key, value);
            }
            let mut child = command.spawn().unwrap();
            if let Some(window) = screen.find_window("Souk", Duration::from_secs(30)) {
                // Xvfb has no window manager: give the window the keyboard as a desktop
                // does when a program opens, or no key would reach it.
                screen.xdotool(&["windowfocus", &window.to_string()]);
                std::thread::sleep(Duration::from_millis(1500));
                return Souk { child, window };
            }
            let _ = child.kill();
            let status = child.wait();
            let told = std::fs::read_to_string(&said).unwrap_or_default();
            // Xlib sometimes refuses a display Xvfb has just opened (seen once in a few
            // dozen starts, never outside this bench): that start is tried again.
            if told.contains("XOpenDisplayFailed") {
                eprintln!(
                    "Xlib could not open {} yet: starting Souk again",
                    screen.display
                );
                std::thread::sleep(Duration::from_millis(500));
                continue;
            }
            panic!("no Souk window within 30 s ({status:?}); it said: {told}");
        }
        panic!("Xlib could not open {} three times", screen.display);
    }

    /// Whether the program is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for Souk {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Watches a window repaint. While it runs, the pointer goes back and forth between two
/// buttons every 20 ms (each move changes which one is hovered, which a responsive window
/// repaints at once), and every repaint (a DAMAGE event) is timed: the longest gap between
/// two is the longest the window went without repainting.
pub struct RepaintProbe {
    stop: Arc<AtomicBool>,
    repaints: Arc<Mutex<Vec<Instant>>>,
    threads: Vec<std::thread::JoinHandle<()>>,
    pub started: Instant,
}

impl RepaintProbe {
    pub fn start(screen: &Screen, window: u32, a: (i32, i32), b: (i32, i32)) -> RepaintProbe {
        use x11rb::connection::Connection;
        use x11rb::protocol::damage::{self, ConnectionExt as _};
        use x11rb::protocol::xtest::ConnectionExt as _;
        let stop = Arc::new(AtomicBool::new(false));
        let repaints = Arc::new(Mutex::new(Vec::new()));
        let (watch, _) = x11rb::connect(Some(&screen.display)).unwrap();
        watch.damage_query_version(1, 1).unwrap().reply().unwrap();
        let damage = watch.generate_id().unwrap();
        watch
            .damage_create(damage, window, damage::ReportLevel::NON_EMPTY)
            .unwrap();
        watch.flush().unwrap();
        let (seen, halt) = (repaints.clone(), stop.clone());
        let watcher = std::thread::spawn(move || {
            while !halt.load(Ordering::Relaxed) {
                match watch.poll_for_event() {
                    Ok(Some(x11rb::protocol::Event::DamageNotify(_))) => {
                        seen.lock().unwrap().push(Instant::now());
                        // NON_EMPTY reports once until the damage is taken away.
                        let _ = watch.damage_subtract(damage, 0u32, 0u32);
                        let _ = watch.flush();
                    }
                    Ok(Some(_)) => {}
                    Ok(None) => std::thread::sleep(Duration::from_millis(1)),
                    Err(_) => break,
                }
            }
        });
        let (pointer, screen_no) = x11rb::connect(Some(&screen.display)).unwrap();
        let root = pointer.setup().roots[screen_no].root;
        let halt = stop.clone();
        let mover = std::thread::spawn(move || {
            let mut at_a = false;
            while !halt.load(Ordering::Relaxed) {
                let (x, y) = if at_a { b } else { a };
                at_a = !at_a;
                let _ = pointer.xtest_fake_input(
                    x11rb::protocol::xproto::MOTION_NOTIFY_EVENT,
                    0,
                    x11rb::CURRENT_TIME,
                    root,
                    i16::try_from(x).unwrap(),
                    i16::try_from(y).unwrap(),
                    0,
                );
                let _ = pointer.flush();
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        RepaintProbe {
            stop,
            repaints,
            threads: vec![watcher, mover],
            started: Instant::now(),
        }
    }

    /// Stops the probe; returns the longest time without a repaint and how many there were.
    pub fn finish(mut self) -> (Duration, usize) {
        self.stop.store(true, Ordering::Relaxed);
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
        let ended = Instant::now();
        let times = self.repaints.lock().unwrap().clone();
        let mut previous = self.started;
        let mut longest = Duration::ZERO;
        for at in times.iter().copied().chain(std::iter::once(ended)) {
            longest = longest.max(at.saturating_duration_since(previous));
            previous = at;
        }
        (longest, times.len())
    }
}
