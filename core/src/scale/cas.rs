//! CAS's continuous output, which many indicators copy: several lines a second, each
//! `ST` (stable), `US` (unstable) or `OL` (overload), `GS` (gross) or `NT` (net), then the
//! weight with its sign and decimal point and its unit, ending `CR LF`:
//!
//! ```text
//! ST,GS,+  0.350kg      the short form
//! ST,GS,0@,  0.350 kg   the 22-byte form: device id and lamp byte before the weight
//! ```

use super::{Reading, Trouble, kilograms};

/// Takes what came on the line, returns the first whole line in it (without `CR LF`)
/// and what is left after it; `None` while no line is whole yet.
pub fn next_frame(buffer: &[u8]) -> Option<(&[u8], &[u8])> {
    let end = buffer.windows(2).position(|w| w == b"\r\n")?;
    Some((&buffer[..end], &buffer[end + 2..]))
}

/// What one line says.
pub fn parse(line: &[u8]) -> Result<Reading, Trouble> {
    let text = std::str::from_utf8(line).map_err(|_| Trouble::Garbage)?;
    let fields: Vec<&str> = text.split(',').collect();
    // The 22-byte form's third field is two bytes (device id, lamp): anything else there
    // is a comma inside the weight (`0,350`), which no scale of this protocol sends.
    let (state, mode, weight) = match fields.as_slice() {
        [state, mode, weight] => (*state, *mode, *weight),
        [state, mode, id_and_lamp, weight] if id_and_lamp.len() == 2 => (*state, *mode, *weight),
        _ => return Err(Trouble::Garbage),
    };
    if !matches!(mode.trim(), "GS" | "NT") {
        return Err(Trouble::Garbage);
    }
    match state.trim() {
        "OL" => return Ok(Reading::Overload),
        "ST" | "US" => {}
        _ => return Err(Trouble::Garbage),
    }
    let weight = weight.trim();
    let unit_at = weight
        .find(|c: char| c.is_ascii_alphabetic())
        .ok_or(Trouble::Garbage)?;
    let (number, unit) = weight.split_at(unit_at);
    let number = number.trim();
    let (negative, digits) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number.strip_prefix('+').unwrap_or(number)),
    };
    let kg = kilograms(digits, unit)?;
    Ok(match (state.trim(), negative, kg.milli()) {
        (_, true, milli) if milli > 0 => Reading::Negative,
        (_, _, 0) => Reading::Zero,
        ("ST", _, _) => Reading::Stable(kg),
        _ => Reading::Moving(Some(kg)),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::money::Quantity;

    fn read(line: &str) -> Result<Reading, Trouble> {
        parse(line.as_bytes())
    }

    #[test]
    fn stable_moving_zero_negative_and_overload_lines() {
        let kg = |m| Quantity::from_milli(m);
        assert_eq!(read("ST,GS,+  0.350kg"), Ok(Reading::Stable(kg(350))));
        assert_eq!(read("ST,NT,+001.250kg"), Ok(Reading::Stable(kg(1250))));
        assert_eq!(read("ST,GS,0@,  0.350 kg"), Ok(Reading::Stable(kg(350))));
        assert_eq!(read("US,GS,+  0.342kg"), Ok(Reading::Moving(Some(kg(342)))));
        assert_eq!(read("ST,GS,+  0.000kg"), Ok(Reading::Zero));
        assert_eq!(read("ST,GS,-  0.012kg"), Ok(Reading::Negative));
        assert_eq!(read("OL,GS,+  9.999kg"), Ok(Reading::Overload));
        assert_eq!(read("ST,GS,+    350g"), Ok(Reading::Stable(kg(350))));
    }

    #[test]
    fn malformed_lines_are_refused_and_never_a_weight() {
        for bad in [
            "",
            "ST,GS",
            "XX,GS,+  0.350kg",
            "ST,ZZ,+  0.350kg",
            "ST,GS,+  0.350",
            "ST,GS,+  0,350kg",
            "ST,GS,+ 0.3505kg",
            "ST,GS,+  abc kg",
            "ST,GS,a,b,c,+0.350kg",
        ] {
            assert!(read(bad).is_err(), "{bad:?}");
        }
        assert!(parse(b"ST,GS,+\xff0.350kg").is_err());
        assert_eq!(
            read("ST,GS,+  1.500lb"),
            Err(Trouble::Unit("lb".to_owned()))
        );
    }

    #[test]
    fn a_stream_is_cut_into_lines_and_a_cut_line_waits() {
        let stream = b"3kg\r\nST,GS,+  0.350kg\r\nUS,GS,+  0.1";
        let (first, rest) = next_frame(stream).unwrap();
        assert_eq!(first, b"3kg");
        let (second, rest) = next_frame(rest).unwrap();
        assert_eq!(second, b"ST,GS,+  0.350kg");
        assert_eq!(next_frame(rest), None);
    }
}
