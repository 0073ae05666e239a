//! The receipt printer's refusals, said in the reader's language: a printer's text that is
//! not a printer (and which part is wrong), a build without that printer's support, a print
//! that failed, a receipt left pending. Below the receipt module so that the shop's `Error`
//! can carry them without importing the printer code.

use thiserror::Error;

use crate::i18n::Msg;

/// What is wrong with a printer's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecProblem {
    /// Not one of tcp:, file:, usb:, serial:, png:, none.
    Kind,
    /// `tcp:` without a host.
    Host,
    /// A port that is not a number from 1 to 65535.
    Port,
    /// `file:`, `serial:` or `png:` without a path.
    Path,
    /// `usb:` without two hexadecimal ids.
    UsbIds,
    /// A speed that is not a positive number.
    Baud,
    /// `system:` without a printer's name.
    Queue,
}

/// Each says itself in the user's language ([`ReceiptError::msg`]); the shop's `Error` carries
/// it as `Error::Receipt`.
#[derive(Debug, Clone, Error)]
pub enum ReceiptError {
    #[error("{spec:?} is not a printer ({problem:?})")]
    PrinterSpec { spec: String, problem: SpecProblem },
    #[error("this build has no {kind} printer support; rebuild with --features {feature}")]
    PrinterUnsupported {
        kind: &'static str,
        feature: &'static str,
    },
    #[error("the printer {printer} did not print: {problem}")]
    PrintFailed {
        printer: String,
        problem: super::problem::Problem,
    },
    #[error(
        "the receipt of sale {number} was not printed ({cause}); it is kept as pending: print it with `souk receipt {number}`"
    )]
    ReceiptPending {
        number: String,
        cause: Box<super::Error>,
    },
    #[error("no printer given: use --printer or set receipt.printer")]
    NoPrinter,
    #[error("{0:?} is not a paper width (58 or 80)")]
    PaperWidth(String),
    #[error("text mode prints Latin letters only, not {text:?}")]
    PrintNotLatin { text: String },
}

impl ReceiptError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use ReceiptError as E;
        match self {
            E::PrinterSpec { spec, problem } => {
                use SpecProblem as P;
                Msg::new(match problem {
                    P::Kind => "print-err-spec-kind",
                    P::Host => "print-err-spec-host",
                    P::Port => "print-err-spec-port",
                    P::Path => "print-err-spec-path",
                    P::UsbIds => "print-err-spec-usb",
                    P::Baud => "print-err-spec-baud",
                    P::Queue => "print-err-spec-system",
                })
                .arg("spec", spec)
            }
            E::PrinterUnsupported { kind, feature } => Msg::new("print-err-unsupported")
                .arg("kind", *kind)
                .arg("feature", *feature),
            E::PrintFailed { printer, problem } => Msg::new("print-err-failed")
                .arg("printer", printer)
                .arg("detail", problem.msg()),
            E::ReceiptPending { number, cause } => Msg::new("print-err-pending")
                .arg("number", number)
                .arg("reason", cause.msg()),
            E::NoPrinter => Msg::new("print-err-no-printer"),
            E::PaperWidth(text) => Msg::new("print-err-paper").arg("text", text),
            E::PrintNotLatin { text } => Msg::new("print-err-not-latin").arg("text", text),
        }
    }
}
