//! Mettler Toledo's 8217 protocol, as its scales and the many that copy it document it:
//! Souk sends `W`; a stable weight comes back as `STX` + the weight with its decimal point
//! (`00.350` in kilograms, `N` after it for a net weight) + `CR`; otherwise the scale
//! answers `STX ? status CR`, the status bytes saying why: in motion, at zero, under zero,
//! over capacity, or an error of its own.

use super::{Reading, Trouble, kilograms};

/// The request for the weight.
pub const REQUEST: &[u8] = b"W";

const STX: u8 = 0x02;
const CR: u8 = 0x0D;

/// Status byte 1.
const MOTION: u8 = 0x01;
const AT_ZERO: u8 = 0x02;
const RAM_ERROR: u8 = 0x04;
const EEPROM_ERROR: u8 = 0x08;
/// Status byte 2 (present when byte 1's bit 6 says another follows).
const UNDER_ZERO: u8 = 0x01;
const OVER_CAPACITY: u8 = 0x02;
const ROM_ERROR: u8 = 0x04;
const BAD_CALIBRATION: u8 = 0x08;
const ANOTHER_BYTE: u8 = 0x40;

/// Takes what came on the line, returns the first whole answer in it and what is left
/// after it. Bytes before an `STX` are noise and skipped; `None` while the answer is not
/// whole yet.
pub fn next_frame(buffer: &[u8]) -> Option<(&[u8], &[u8])> {
    let start = buffer.iter().position(|&b| b == STX)?;
    let body = &buffer[start + 1..];
    let end = body.iter().position(|&b| b == CR)?;
    Some((&body[..end], &body[end + 1..]))
}

/// What one answer (between `STX` and `CR`) says.
pub fn parse(answer: &[u8]) -> Result<Reading, Trouble> {
    match answer {
        [b'?', status @ ..] => status_reading(status),
        weight => {
            // Parity is not ours to check: the line's settings are.
            let text = std::str::from_utf8(weight).map_err(|_| Trouble::Garbage)?;
            let text = text.strip_suffix('N').unwrap_or(text);
            let kg = kilograms(text, "kg")?;
            Ok(if kg.milli() == 0 {
                Reading::Zero
            } else {
                Reading::Stable(kg)
            })
        }
    }
}

fn status_reading(status: &[u8]) -> Result<Reading, Trouble> {
    // Bits 7 (parity) and 4-5 (always set) carry no news.
    let (first, second) = match status {
        [first] => (*first & 0x7F, 0),
        [first, second, ..] => (*first & 0x7F, *second & 0x7F),
        [] => return Err(Trouble::Garbage),
    };
    if first & 0x30 != 0x30 || (first & ANOTHER_BYTE != 0 && status.len() < 2) {
        return Err(Trouble::Garbage);
    }
    if first & (RAM_ERROR | EEPROM_ERROR) != 0 || second & (ROM_ERROR | BAD_CALIBRATION) != 0 {
        return Err(Trouble::Fault);
    }
    Ok(if second & OVER_CAPACITY != 0 {
        Reading::Overload
    } else if second & UNDER_ZERO != 0 {
        Reading::Negative
    } else if first & MOTION != 0 {
        Reading::Moving(None)
    } else if first & AT_ZERO != 0 {
        Reading::Zero
    } else {
        // A status without a weight and without a reason: not stable enough to take.
        Reading::Moving(None)
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::money::Quantity;

    fn read(bytes: &[u8]) -> Result<Reading, Trouble> {
        let (answer, rest) = next_frame(bytes).expect("a whole answer");
        assert!(rest.is_empty());
        parse(answer)
    }

    #[test]
    fn a_stable_weight_reads_in_kilograms() {
        assert_eq!(
            read(b"\x0200.350\r"),
            Ok(Reading::Stable(Quantity::from_milli(350)))
        );
        assert_eq!(
            read(b"\x0212.000N\r"),
            Ok(Reading::Stable(Quantity::from_milli(12_000)))
        );
        assert_eq!(read(b"\x0200.000\r"), Ok(Reading::Zero));
    }

    #[test]
    fn statuses_say_why_there_is_no_weight() {
        // 0x31: motion; 0x32: at zero; 0x70 0x31: another byte, under zero; 0x70 0x32: over.
        assert_eq!(read(b"\x02?1\r"), Ok(Reading::Moving(None)));
        assert_eq!(read(b"\x02?2\r"), Ok(Reading::Zero));
        assert_eq!(read(b"\x02?p1\r"), Ok(Reading::Negative));
        assert_eq!(read(b"\x02?p2\r"), Ok(Reading::Overload));
        // Parity set on the status byte changes nothing.
        assert_eq!(read(b"\x02?\xB1\r"), Ok(Reading::Moving(None)));
        // The scale's own fault (RAM, here) is named, never a weight.
        assert_eq!(read(b"\x02?4\r"), Err(Trouble::Fault));
    }

    #[test]
    fn malformed_answers_are_refused_and_never_a_weight() {
        for bad in [
            &b"\x02?\r"[..],
            b"\x02?\x01\r",
            b"\x02?p\r",
            b"\x0200,350\r",
            b"\x02 0.3505\r",
            b"\x02abc\r",
            b"\x02\xff\xfe\r",
            b"\x02\r",
        ] {
            assert!(read(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn noise_before_an_answer_is_skipped_and_a_cut_answer_waits() {
        assert_eq!(next_frame(b"\x00\xff"), None);
        assert_eq!(next_frame(b"\x0200.3"), None);
        let (answer, rest) = next_frame(b"zz\x0200.350\r\x02").unwrap();
        assert_eq!(answer, b"00.350");
        assert_eq!(rest, b"\x02");
    }
}
