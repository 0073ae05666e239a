//! Why a printer did not print: a closed list of causes, kept with a waiting receipt in a
//! stable text form and said in the reader's language when it is shown, so a receipt that
//! failed while the window spoke French reads in Arabic in the sales history.

use std::fmt;

use crate::i18n::Msg;

/// What went wrong between Souk and a printer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing answered at the printer's address, in the system's words.
    Unreachable(String),
    /// The printer stopped taking data: `sent` of `total` bytes went out, then nothing for
    /// `after_s` seconds.
    Stalled {
        sent: usize,
        total: usize,
        after_s: u64,
    },
    /// The printer read so slowly that the receipt was still going after `after_s` seconds.
    TooSlow {
        sent: usize,
        total: usize,
        after_s: u64,
    },
    /// The printer closed the connection after `sent` bytes.
    Closed { sent: usize },
    /// The printer answered that it has no paper.
    PaperOut,
    /// The printer answered that its cover is open.
    CoverOpen,
    /// The printer answered that it is offline or in error.
    Offline,
    /// The printer took the bytes but neither answered its status nor closed the
    /// connection: nothing says the receipt came out.
    Unconfirmed { after_s: u64 },
    /// A device, or a name server, gave no answer within `after_s` seconds.
    NoAnswer { after_s: u64 },
    /// A device or a file refused, in the system's words.
    Device(String),
    /// The PC has no printer queue of that name (`system:NAME`).
    NoQueue(String),
    /// The PC's printing system refused or cancelled the job, in its words.
    Refused(String),
    /// The job was still waiting in the PC's queue after `after_s` seconds; it was
    /// withdrawn so that it cannot come out later beside a reprint.
    Waiting { after_s: u64 },
    /// A reason written by an older Souk, kept as it was.
    Other(String),
}

impl Problem {
    /// The problem said to a person.
    pub fn msg(&self) -> Msg {
        match self {
            Problem::Unreachable(detail) => {
                Msg::new("print-problem-unreachable").arg("detail", detail)
            }
            Problem::Stalled {
                sent,
                total,
                after_s,
            } => Msg::new("print-problem-stalled")
                .arg("sent", *sent)
                .arg("total", *total)
                .arg("seconds", i64::try_from(*after_s).unwrap_or(i64::MAX)),
            Problem::TooSlow {
                sent,
                total,
                after_s,
            } => Msg::new("print-problem-too-slow")
                .arg("sent", *sent)
                .arg("total", *total)
                .arg("seconds", i64::try_from(*after_s).unwrap_or(i64::MAX)),
            Problem::Closed { sent } => Msg::new("print-problem-closed").arg("sent", *sent),
            Problem::PaperOut => Msg::new("print-problem-paper-out"),
            Problem::CoverOpen => Msg::new("print-problem-cover-open"),
            Problem::Offline => Msg::new("print-problem-offline"),
            Problem::Unconfirmed { after_s } => Msg::new("print-problem-unconfirmed")
                .arg("seconds", i64::try_from(*after_s).unwrap_or(i64::MAX)),
            Problem::NoAnswer { after_s } => Msg::new("print-problem-no-answer")
                .arg("seconds", i64::try_from(*after_s).unwrap_or(i64::MAX)),
            Problem::Device(detail) => Msg::new("print-problem-device").arg("detail", detail),
            Problem::NoQueue(name) => Msg::new("print-problem-no-queue").arg("name", name),
            Problem::Refused(detail) => Msg::new("print-problem-refused").arg("detail", detail),
            Problem::Waiting { after_s } => Msg::new("print-problem-waiting")
                .arg("seconds", i64::try_from(*after_s).unwrap_or(i64::MAX)),
            Problem::Other(text) => Msg::new("print-problem-other").arg("detail", text),
        }
    }

    /// The form kept in the database (`stalled 2048 40000 3`); [`Problem::from_stored`]
    /// reads it back.
    pub fn stored(&self) -> String {
        match self {
            Problem::Unreachable(detail) => format!("unreachable {detail}"),
            Problem::Stalled {
                sent,
                total,
                after_s,
            } => format!("stalled {sent} {total} {after_s}"),
            Problem::TooSlow {
                sent,
                total,
                after_s,
            } => format!("too-slow {sent} {total} {after_s}"),
            Problem::Closed { sent } => format!("closed {sent}"),
            Problem::PaperOut => "paper-out".to_owned(),
            Problem::CoverOpen => "cover-open".to_owned(),
            Problem::Offline => "offline".to_owned(),
            Problem::Unconfirmed { after_s } => format!("unconfirmed {after_s}"),
            Problem::NoAnswer { after_s } => format!("no-answer {after_s}"),
            Problem::Device(detail) => format!("device {detail}"),
            Problem::NoQueue(name) => format!("no-queue {name}"),
            Problem::Refused(detail) => format!("refused {detail}"),
            Problem::Waiting { after_s } => format!("waiting {after_s}"),
            Problem::Other(text) => text.clone(),
        }
    }

    /// Reads a stored reason; a text this version does not know (an older Souk's English
    /// sentence) is kept whole as [`Problem::Other`].
    pub fn from_stored(text: &str) -> Problem {
        let (kind, rest) = text.split_once(' ').unwrap_or((text, ""));
        let numbers: Vec<u64> = rest
            .split(' ')
            .filter_map(|n| n.parse::<u64>().ok())
            .collect();
        let size = |i: usize| numbers.get(i).and_then(|n| usize::try_from(*n).ok());
        let parsed = match (kind, numbers.len()) {
            ("unreachable", _) if !rest.is_empty() => Some(Problem::Unreachable(rest.to_owned())),
            ("device", _) if !rest.is_empty() => Some(Problem::Device(rest.to_owned())),
            ("no-queue", _) if !rest.is_empty() => Some(Problem::NoQueue(rest.to_owned())),
            ("refused", _) if !rest.is_empty() => Some(Problem::Refused(rest.to_owned())),
            ("waiting", 1) => Some(Problem::Waiting {
                after_s: numbers[0],
            }),
            ("stalled", 3) => Some(Problem::Stalled {
                sent: size(0).unwrap_or(0),
                total: size(1).unwrap_or(0),
                after_s: numbers[2],
            }),
            ("too-slow", 3) => Some(Problem::TooSlow {
                sent: size(0).unwrap_or(0),
                total: size(1).unwrap_or(0),
                after_s: numbers[2],
            }),
            ("closed", 1) => size(0).map(|sent| Problem::Closed { sent }),
            ("paper-out", 0) if rest.is_empty() => Some(Problem::PaperOut),
            ("cover-open", 0) if rest.is_empty() => Some(Problem::CoverOpen),
            ("offline", 0) if rest.is_empty() => Some(Problem::Offline),
            ("unconfirmed", 1) => Some(Problem::Unconfirmed {
                after_s: numbers[0],
            }),
            ("no-answer", 1) => Some(Problem::NoAnswer {
                after_s: numbers[0],
            }),
            _ => None,
        };
        parsed.unwrap_or_else(|| Problem::Other(text.to_owned()))
    }
}

/// English, for logs and `Error`'s own text; people read [`Problem::msg`].
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreachable(detail) => write!(f, "unreachable: {detail}"),
            Problem::Stalled {
                sent,
                total,
                after_s,
            } => write!(
                f,
                "took no more data for {after_s} s ({sent} of {total} bytes sent)"
            ),
            Problem::TooSlow {
                sent,
                total,
                after_s,
            } => write!(
                f,
                "still taking the receipt after {after_s} s ({sent} of {total} bytes sent)"
            ),
            Problem::Closed { sent } => write!(f, "closed the connection after {sent} bytes"),
            Problem::PaperOut => f.write_str("out of paper"),
            Problem::CoverOpen => f.write_str("cover open"),
            Problem::Offline => f.write_str("offline or in error"),
            Problem::Unconfirmed { after_s } => {
                write!(f, "did not confirm the receipt within {after_s} s")
            }
            Problem::NoAnswer { after_s } => write!(f, "no answer within {after_s} s"),
            Problem::NoQueue(name) => write!(f, "this PC has no printer named {name}"),
            Problem::Refused(detail) => write!(f, "the PC's printing system refused: {detail}"),
            Problem::Waiting { after_s } => write!(
                f,
                "still waiting in the PC's queue after {after_s} s, withdrawn"
            ),
            Problem::Device(detail) | Problem::Other(detail) => f.write_str(detail),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_reads_back_as_stored() {
        let all = [
            Problem::Unreachable("Connection refused (os error 111)".to_owned()),
            Problem::Stalled {
                sent: 2048,
                total: 40_000,
                after_s: 3,
            },
            Problem::TooSlow {
                sent: 30_000,
                total: 90_000,
                after_s: 20,
            },
            Problem::Closed { sent: 12 },
            Problem::PaperOut,
            Problem::CoverOpen,
            Problem::Offline,
            Problem::Unconfirmed { after_s: 3 },
            Problem::NoAnswer { after_s: 3 },
            Problem::Device("/dev/usb/lp0: No such device".to_owned()),
            Problem::NoQueue("POS-80 (copie 1)".to_owned()),
            Problem::Refused("POS-80: media-empty-error".to_owned()),
            Problem::Waiting { after_s: 10 },
        ];
        for problem in all {
            assert_eq!(Problem::from_stored(&problem.stored()), problem);
        }
    }

    #[test]
    fn an_older_souks_sentence_is_kept_whole() {
        let old = "the printer took no more data for 3 s (0 of 9 bytes sent): is it on?";
        assert_eq!(Problem::from_stored(old), Problem::Other(old.to_owned()));
        assert_eq!(
            Problem::from_stored("stalled"),
            Problem::Other("stalled".to_owned())
        );
    }
}
