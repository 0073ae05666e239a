//! Printer texts: they read back as written, garbage is refused saying what is expected,
//! and a device this build cannot drive says how to rebuild.

use souk::Error;
use souk::error::ReceiptError;
use souk::i18n::{Lang, Translator};
use souk::receipt::Bitmap;
use souk::receipt::printer::{self, Job, PrinterSpec, SpecProblem};

#[test]
fn printer_specs_round_trip_and_garbage_is_refused_clearly() {
    for text in [
        "tcp:192.168.1.50:9100",
        "tcp:printer.local:4000",
        "tcp:[::1]:9100",
        "file:/dev/usb/lp0",
        "usb:04b8:0e15",
        "serial:/dev/ttyUSB0:19200",
        "png:/tmp/receipt.png",
        "none",
    ] {
        let spec: PrinterSpec = text.parse().unwrap();
        assert_eq!(spec.to_string(), text);
    }
    assert_eq!(
        PrinterSpec::parse(" tcp:10.0.0.9 ").unwrap(),
        tcp_to("10.0.0.9", 9100)
    );
    assert_eq!(
        PrinterSpec::parse("USB:0x04B8:0x0E15").unwrap(),
        PrinterSpec::Usb {
            vid: 0x04b8,
            pid: 0x0e15
        }
    );
    assert_eq!(
        PrinterSpec::parse("serial:COM3").unwrap(),
        PrinterSpec::Serial {
            path: "COM3".into(),
            baud: 9600
        }
    );
    let en = Translator::new(Lang::En);
    let fr = Translator::new(Lang::Fr);
    for (text, problem, words) in [
        ("laser", SpecProblem::Kind, "tcp:HOST[:PORT]"),
        ("ipp:printer", SpecProblem::Kind, "usb:VID:PID"),
        ("tcp:", SpecProblem::Host, "tcp:192.168.1.50"),
        ("tcp:printer:99999", SpecProblem::Port, "65535"),
        ("tcp:printer:0", SpecProblem::Port, "65535"),
        ("tcp:printer:http", SpecProblem::Port, "65535"),
        ("file:", SpecProblem::Path, "file:/dev/usb/lp0"),
        ("png:  ", SpecProblem::Path, "png:"),
        ("usb:04b8", SpecProblem::UsbIds, "hexadecimal"),
        ("usb:zz:0e15", SpecProblem::UsbIds, "hexadecimal"),
        ("usb:12345:1", SpecProblem::UsbIds, "hexadecimal"),
        ("serial:/dev/ttyS0:0", SpecProblem::Baud, "9600"),
        ("serial::9600", SpecProblem::Path, "serial:/dev/ttyUSB0"),
    ] {
        let err = PrinterSpec::parse(text).unwrap_err();
        match &err {
            Error::Receipt(ReceiptError::PrinterSpec { problem: p, .. }) => {
                assert_eq!(*p, problem, "{text}")
            }
            other => panic!("{text}: {other:?}"),
        }
        let said = en.tr(&err.msg());
        assert!(said.contains(text.trim()) && said.contains(words), "{said}");
        assert!(!fr.tr(&err.msg()).is_empty());
    }
}

fn tcp_to(host: &str, port: u16) -> PrinterSpec {
    PrinterSpec::Tcp {
        host: host.to_owned(),
        port,
    }
}

#[cfg(not(feature = "usb"))]
#[test]
fn a_usb_printer_without_the_feature_says_how_to_rebuild() {
    let job = Job {
        bytes: vec![0x1B, 0x40],
        bitmap: Bitmap::new(8, 1),
    };
    let err = printer::send(&PrinterSpec::parse("usb:04b8:0e15").unwrap(), &job).unwrap_err();
    assert_eq!(
        Translator::new(Lang::En).tr(&err.cli_msg()),
        "This build of Souk has no USB printer support; rebuild it with --features usb."
    );
}

#[cfg(feature = "usb")]
#[test]
fn a_usb_printer_that_is_not_there_fails_with_a_reason() {
    let job = Job {
        bytes: vec![0x1B, 0x40],
        bitmap: Bitmap::new(8, 1),
    };
    let err = printer::send(&PrinterSpec::parse("usb:ffff:fffe").unwrap(), &job).unwrap_err();
    assert!(
        matches!(err, Error::Receipt(ReceiptError::PrintFailed { .. })),
        "{err:?}"
    );
}
