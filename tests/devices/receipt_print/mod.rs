//! Printing receipts, on real SQLite files and real sockets: the ESC/POS bytes of a fixed
//! sale (golden file), printers on TCP, in a file, as a PNG; a closed port and a printer
//! that never reads fail within their bounds and leave the receipt pending and the sale
//! intact; a retry prints it. And the `souk` binary's `sell --printer` and `receipt`.
//!
//! `SOUK_BLESS=1 cargo test --test devices receipt_print::` rewrites the golden file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cli;
use crate::common;
mod honest;
mod spec;

use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use common::Shop;
use souk::Error;
use souk::error::ReceiptError;
use souk::i18n::{Lang, Translator};
use souk::receipt::escpos::{CUT, INIT, RASTER};
use souk::receipt::layout::Copy;
use souk::receipt::pending::{self, PrintOutcome};
use souk::receipt::printer::{self, Job, PrinterSpec};
use souk::receipt::raster::Paper;
use souk::receipt::{Bitmap, escpos};
use souk::sale::Sale;

/// A shop with one sale: two cakes and 350 g of chebakia, paid 200 DH cash.
fn shop_with_sale() -> (Shop, Sale) {
    let mut shop = Shop::new();
    let lines = vec![shop.line("P001-0001", "2"), shop.line("P001-0002", "0.350")];
    let sale = shop.cash_sale(lines);
    (shop, sale)
}

fn tcp(port: u16) -> PrinterSpec {
    PrinterSpec::Tcp {
        host: "127.0.0.1".to_owned(),
        port,
    }
}

/// A printer on the network that reads everything until the connection closes.
fn listening_printer() -> (u16, JoinHandle<Vec<u8>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let reader = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let mut got = Vec::new();
        stream.read_to_end(&mut got).unwrap();
        got
    });
    (port, reader)
}

/// A port nobody listens on.
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// A printer that accepts the connection and never reads, with a receive buffer as small
/// as a printer's; it lets go when `done` is sent or dropped.
fn jammed_printer() -> (u16, mpsc::Sender<()>) {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let address: std::net::SocketAddr = "127.0.0.1:0".parse().unwrap();
    socket.bind(&address.into()).unwrap();
    socket.listen(1).unwrap();
    let listener: TcpListener = socket.into();
    let port = listener.local_addr().unwrap().port();
    let (done, wait) = mpsc::channel::<()>();
    std::thread::spawn(move || {
        let (_stream, _) = listener.accept().unwrap();
        let _ = wait.recv_timeout(Duration::from_secs(30));
    });
    (port, done)
}

/// Walks the ESC/POS bytes of a raster receipt: init, bands, and what follows them.
fn bands(bytes: &[u8], bitmap: &Bitmap) -> usize {
    assert_eq!(&bytes[..2], &INIT, "starts with ESC @");
    let mut at = 2;
    let mut rows = 0;
    let mut count = 0;
    while bytes[at..].starts_with(&RASTER) {
        let header = &bytes[at + 4..at + 8];
        let width = usize::from(header[0]) + 256 * usize::from(header[1]);
        let height = usize::from(header[2]) + 256 * usize::from(header[3]);
        assert_eq!(width, bitmap.stride(), "band {count}'s width");
        assert!(
            (1..=255).contains(&height),
            "band {count}'s height {height}"
        );
        let data = &bytes[at + 8..at + 8 + width * height];
        assert_eq!(
            data,
            bitmap.band(rows as u32, (rows + height) as u32),
            "band {count}"
        );
        rows += height;
        at += 8 + width * height;
        count += 1;
    }
    assert_eq!(
        rows,
        bitmap.height() as usize,
        "the bands cover the picture"
    );
    assert!(bytes.ends_with(&CUT), "ends with the cut");
    count
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

#[test]
fn the_receipt_of_a_fixed_sale_is_the_golden_escpos_at_58_mm() {
    let (shop, sale) = shop_with_sale();
    let job = pending::job_for(&shop.conn, &sale, Paper::Mm58, Copy::Original, false).unwrap();
    assert_eq!(job.bitmap.width(), 384);
    assert!(bands(&job.bytes, &job.bitmap) >= 2, "a receipt spans bands");
    let path = golden("receipt-58.escpos");
    if std::env::var_os("SOUK_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &job.bytes).unwrap();
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run with SOUK_BLESS=1", path.display()));
    assert!(
        job.bytes == expected,
        "the receipt's bytes changed ({} bytes, golden {}); if the change is meant, \
         run with SOUK_BLESS=1 and look at the receipt",
        job.bytes.len(),
        expected.len()
    );
}

#[test]
fn a_network_printer_receives_the_whole_receipt_byte_for_byte() {
    let (mut shop, sale) = shop_with_sale();
    let (port, reader) = listening_printer();
    let outcome = pending::print_sale(
        &mut shop.conn,
        &shop.clock,
        &sale.number,
        &tcp(port),
        Paper::Mm58,
        Copy::Original,
        true,
    )
    .unwrap();
    let received = reader.join().unwrap();
    let expected = pending::job_for(&shop.conn, &sale, Paper::Mm58, Copy::Original, false)
        .unwrap()
        .bytes;
    // The receipt, then the request for the printer's status that confirms it came out.
    let expected = [expected, printer::STATUS_QUERY.to_vec()].concat();
    assert_eq!(received.len(), expected.len());
    assert!(received == expected, "the printer got other bytes");
    assert_eq!(outcome.copy, Copy::Original);
    assert_eq!(outcome.printer, format!("tcp:127.0.0.1:{port}"));
    assert!(!outcome.drawer, "the shop has not enabled the drawer");
    assert!(pending::pending(&shop.conn).unwrap().is_empty());
    let printed: Option<i64> = shop
        .conn
        .query_row(
            "SELECT printed_at_ms FROM receipt_jobs WHERE id = ?1",
            [outcome.job_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(printed, Some(shop.clock.now_ms()));
}

trait NowMs {
    fn now_ms(&self) -> i64;
}

impl NowMs for souk::clock::FixedClock {
    fn now_ms(&self) -> i64 {
        souk::clock::Clock::now(self).timestamp_millis()
    }
}

/// The printer failed: the error says the receipt waits, the sale is as it was, the job
/// is pending with its reason.
fn assert_pending(shop: &Shop, sale: &Sale, result: Result<PrintOutcome, Error>) -> i64 {
    let cause = match result {
        Err(Error::Receipt(ReceiptError::ReceiptPending { number, cause })) => {
            assert_eq!(number, sale.number);
            cause
        }
        other => panic!("expected a pending receipt, got {other:?}"),
    };
    let said = Translator::new(Lang::En).tr(&Error::Receipt(ReceiptError::ReceiptPending {
        number: sale.number.clone(),
        cause: cause.clone(),
    })
    .msg());
    assert!(said.contains("souk receipt 2026-000001"), "{said}");
    assert_eq!(souk::sale::load(&shop.conn, &sale.number).unwrap(), *sale);
    assert_eq!(shop.count("sales"), 1);
    let jobs = pending::pending(&shop.conn).unwrap();
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].number, sale.number);
    assert_eq!(jobs[0].attempts, 1);
    // Kept as the printer's problem, to be said in the reader's language.
    match *cause {
        Error::Receipt(ReceiptError::PrintFailed { problem, .. }) => {
            assert_eq!(jobs[0].problem(), Some(problem))
        }
        other => panic!("expected a printer's problem, got {other:?}"),
    }
    jobs[0].id
}

#[test]
fn a_closed_port_fails_at_once_and_the_receipt_waits() {
    let (mut shop, sale) = shop_with_sale();
    let port = closed_port();
    let started = Instant::now();
    let result = pending::print_sale(
        &mut shop.conn,
        &shop.clock,
        &sale.number,
        &tcp(port),
        Paper::Mm58,
        Copy::Original,
        true,
    );
    let took = started.elapsed();
    eprintln!("closed port: failed after {took:?}");
    assert!(took < Duration::from_millis(3500), "{took:?}");
    assert_pending(&shop, &sale, result);
}

#[test]
fn a_printer_that_never_reads_fails_within_the_bound_and_a_retry_prints() {
    let (mut shop, sale) = shop_with_sale();
    let (port, done) = jammed_printer();
    let started = Instant::now();
    let result = pending::print_sale(
        &mut shop.conn,
        &shop.clock,
        &sale.number,
        &tcp(port),
        Paper::Mm58,
        Copy::Original,
        true,
    );
    let took = started.elapsed();
    eprintln!("printer that never reads: failed after {took:?}");
    assert!(
        took < printer::STALL_TIMEOUT + Duration::from_millis(1500),
        "{took:?}"
    );
    let id = assert_pending(&shop, &sale, result);
    drop(done);
    // The printer is fixed: `souk receipt --pending` prints the same job, as the original.
    let (port, reader) = listening_printer();
    let job = pending::pending(&shop.conn).unwrap().remove(0);
    let outcome = pending::retry(
        &mut shop.conn,
        &shop.clock,
        &job,
        Some(&tcp(port)),
        Paper::Mm58,
    )
    .unwrap();
    assert_eq!((outcome.job_id, outcome.copy), (id, Copy::Original));
    assert!(reader.join().unwrap().starts_with(&INIT));
    assert!(pending::pending(&shop.conn).unwrap().is_empty());
    let (attempts, printer): (i64, String) = shop
        .conn
        .query_row(
            "SELECT attempts, printer FROM receipt_jobs WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((attempts, printer), (2, format!("tcp:127.0.0.1:{port}")));
    assert_eq!(shop.count("receipt_jobs"), 1);
}

#[test]
fn a_big_job_to_a_listener_that_never_reads_fails_within_the_bound() {
    // A plain listener, with the kernel's usual buffers: megabytes go in before it blocks.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let holder = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        std::thread::sleep(Duration::from_secs(5));
        drop(stream);
    });
    let job = Job {
        bytes: vec![0x55; 16 * 1024 * 1024],
        bitmap: Bitmap::new(384, 1),
    };
    let started = Instant::now();
    let err = printer::send(&tcp(port), &job).unwrap_err();
    let took = started.elapsed();
    eprintln!("16 MB to a listener that never reads: failed after {took:?}");
    assert!(
        took < printer::STALL_TIMEOUT + Duration::from_millis(1500),
        "{took:?}"
    );
    assert!(
        matches!(err, Error::Receipt(ReceiptError::PrintFailed { .. })),
        "{err:?}"
    );
    assert!(err.to_string().contains("took no more data"), "{err}");
    holder.join().unwrap();
}

#[test]
fn a_file_printer_appends_and_a_png_printer_draws() {
    let (shop, sale) = shop_with_sale();
    let job = pending::job_for(&shop.conn, &sale, Paper::Mm80, Copy::Duplicate, false).unwrap();
    assert_eq!(job.bitmap.width(), 576);
    let file = shop.dir.path().join("lp0");
    printer::send(&PrinterSpec::File(file.clone()), &job).unwrap();
    printer::send(&PrinterSpec::File(file.clone()), &job).unwrap();
    assert!(std::fs::read(&file).unwrap() == [job.bytes.clone(), job.bytes.clone()].concat());
    let png = shop.dir.path().join("receipt.png");
    printer::send(&PrinterSpec::Png(png.clone()), &job).unwrap();
    assert!(
        std::fs::read(&png)
            .unwrap()
            .starts_with(b"\x89PNG\r\n\x1a\n")
    );
    // No printer prints nothing, and says so rather than "printed".
    assert!(matches!(
        printer::send(&PrinterSpec::None, &job),
        Err(Error::Receipt(ReceiptError::NoPrinter))
    ));
    // A missing folder is a failure with the path, not a panic.
    let err = printer::send(
        &PrinterSpec::File(shop.dir.path().join("no/such/lp0")),
        &job,
    )
    .unwrap_err();
    assert!(err.to_string().contains("no/such/lp0"), "{err}");
}

#[test]
fn a_reprint_is_a_duplicate_and_the_drawer_opens_only_for_cash_when_enabled() {
    let (mut shop, sale) = shop_with_sale();
    let file = shop.dir.path().join("printer.bin");
    let spec = PrinterSpec::File(file.clone());
    let print = |shop: &mut Shop, copy| {
        let before = std::fs::read(&file).map(|b| b.len()).unwrap_or(0);
        let outcome = pending::print_sale(
            &mut shop.conn,
            &shop.clock,
            &sale.number,
            &spec,
            Paper::Mm58,
            copy,
            true,
        )
        .unwrap();
        let bytes = std::fs::read(&file).unwrap()[before..].to_vec();
        (outcome, bytes)
    };
    let (first, bytes) = print(&mut shop, Copy::Original);
    assert!(!first.drawer && bytes.ends_with(&CUT));
    souk::settings::set(&shop.conn, pending::DRAWER_SETTING, "1").unwrap();
    // The original came out: asking for it again prints a duplicate, drawer shut.
    let (again, bytes) = print(&mut shop, Copy::Original);
    assert_eq!(again.copy, Copy::Duplicate);
    assert!(!again.drawer && bytes.ends_with(&CUT));
    // A fresh cash sale with the drawer enabled: the kick follows the cut.
    let lines = vec![shop.line("P001-0003", "1")];
    let second = shop.cash_sale(lines);
    let outcome = pending::print_sale(
        &mut shop.conn,
        &shop.clock,
        &second.number,
        &spec,
        Paper::Mm58,
        Copy::Original,
        true,
    )
    .unwrap();
    assert!(outcome.drawer);
    assert!(
        std::fs::read(&file)
            .unwrap()
            .ends_with(&escpos::DRAWER_KICK)
    );
}
