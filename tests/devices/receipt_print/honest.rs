//! "Printed" only when it is true: a printer that took every byte and, when it answers its
//! status, has paper and its cover shut. Otherwise the receipt waits with the reason,
//! kept in a form that reads in the reader's language. Against the emulated printer.

use std::time::{Duration, Instant};

use souk::Error;
use souk::error::ReceiptError;
use souk::i18n::{Lang, Translator};
use souk::receipt::Problem;
use souk::receipt::layout::Copy;
use souk::receipt::pending;
use souk::receipt::printer::{CONFIRM_TIMEOUT, PrinterSpec};
use souk::receipt::raster::Paper;

use super::common::Shop;
use super::common::printer::{Mode, Printer, SMALL_BUFFER};
use super::shop_with_sale;

fn spec(printer: &Printer) -> PrinterSpec {
    PrinterSpec::parse(&printer.spec()).unwrap()
}

/// Prints the fixture sale's receipt on `printer`; the problem it waits with, if it does.
fn print_on(printer: &Printer) -> (Shop, Option<Problem>) {
    let (mut shop, sale) = shop_with_sale();
    let result = pending::print_sale(
        &mut shop.conn,
        &shop.clock,
        &sale.number,
        &spec(printer),
        Paper::Mm58,
        Copy::Original,
        false,
    );
    let problem = match result {
        Ok(_) => None,
        Err(Error::Receipt(ReceiptError::ReceiptPending { .. })) => {
            let jobs = pending::pending(&shop.conn).unwrap();
            assert_eq!(jobs.len(), 1, "the receipt waits");
            jobs[0].problem()
        }
        Err(other) => panic!("{other:?}"),
    };
    (shop, problem)
}

#[test]
fn a_slow_printer_with_a_small_buffer_prints_the_whole_receipt() {
    let printer = Printer::start(12_000, SMALL_BUFFER);
    let started = Instant::now();
    let (shop, problem) = print_on(&printer);
    eprintln!("slow printer: printed in {:?}", started.elapsed());
    assert_eq!(problem, None);
    let printed = printer.wait_printed(1, Duration::from_secs(2));
    assert_eq!(printed.len(), 1);
    assert!(pending::pending(&shop.conn).unwrap().is_empty());
    // What the printer drew is what was sent, dot for dot.
    let sale = souk::sale::load(&shop.conn, "2026-000001").unwrap();
    let sent = pending::job_for(&shop.conn, &sale, Paper::Mm58, Copy::Original, false)
        .unwrap()
        .bitmap;
    assert_eq!(printed[0].picture.as_ref(), Some(&sent));
}

#[test]
fn a_printer_out_of_paper_keeps_the_receipt_waiting_and_says_so() {
    let printer = Printer::start(50_000, SMALL_BUFFER);
    printer.set_mode(Mode::PaperOut);
    let (_shop, problem) = print_on(&printer);
    assert_eq!(problem, Some(Problem::PaperOut));
    assert!(printer.printed().is_empty());
}

#[test]
fn a_printer_with_its_cover_open_keeps_the_receipt_waiting_and_says_so() {
    let printer = Printer::start(50_000, SMALL_BUFFER);
    printer.set_mode(Mode::CoverOpen);
    let (_shop, problem) = print_on(&printer);
    assert_eq!(problem, Some(Problem::CoverOpen));
}

#[test]
fn a_printer_that_neither_answers_nor_closes_is_not_said_to_have_printed() {
    let printer = Printer::start(50_000, SMALL_BUFFER);
    printer.set_mode(Mode::Silent);
    let started = Instant::now();
    let (_shop, problem) = print_on(&printer);
    let took = started.elapsed();
    assert!(
        matches!(problem, Some(Problem::Unconfirmed { .. })),
        "{problem:?}"
    );
    assert!(took < CONFIRM_TIMEOUT + Duration::from_secs(2), "{took:?}");
}

#[test]
fn a_printer_that_stalls_mid_receipt_keeps_it_waiting() {
    let printer = Printer::start(12_000, SMALL_BUFFER);
    printer.set_mode(Mode::Stalled);
    let (_shop, problem) = print_on(&printer);
    match problem {
        Some(Problem::Stalled { sent, total, .. }) => assert!(sent < total, "{sent} {total}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn without_a_printer_nothing_is_queued_nor_said_printed() {
    let (mut shop, sale) = shop_with_sale();
    let refused = pending::print_sale(
        &mut shop.conn,
        &shop.clock,
        &sale.number,
        &PrinterSpec::None,
        Paper::Mm58,
        Copy::Original,
        true,
    );
    assert!(
        matches!(refused, Err(Error::Receipt(ReceiptError::NoPrinter))),
        "{refused:?}"
    );
    assert_eq!(shop.count("receipt_jobs"), 0);
    souk::settings::set(&shop.conn, "receipt.printer", "none").unwrap();
    assert!(matches!(
        pending::printer(&shop.conn, None),
        Err(Error::Receipt(ReceiptError::NoPrinter))
    ));
}

#[test]
fn a_waiting_receipts_reason_reads_in_the_readers_language() {
    let printer = Printer::start(50_000, SMALL_BUFFER);
    printer.set_mode(Mode::PaperOut);
    let (_shop, problem) = print_on(&printer);
    let problem = problem.unwrap();
    let arabic = Translator::new(Lang::Ar).tr(&problem.msg());
    let french = Translator::new(Lang::Fr).tr(&problem.msg());
    assert!(souk::i18n::has_arabic(&arabic), "{arabic}");
    assert!(french.contains("papier"), "{french}");
}
