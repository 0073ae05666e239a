//! EAN-13 barcodes: the check digit every scanner and tag relies on, and the pattern of
//! bars a tag prints (raster or PDF draw the same 95 modules).

/// The check digit of the first twelve digits of an EAN-13.
pub fn check_digit(first_twelve: &[u8; 12]) -> u8 {
    let sum: u32 = first_twelve
        .iter()
        .enumerate()
        .map(|(i, d)| u32::from(*d) * if i % 2 == 0 { 1 } else { 3 })
        .sum();
    u8::try_from((10 - sum % 10) % 10).unwrap_or(0)
}

/// Whether `code` is thirteen digits ending with the right check digit.
pub fn is_valid(code: &str) -> bool {
    let digits: Vec<u8> = code.bytes().map(|b| b.wrapping_sub(b'0')).collect();
    if digits.len() != 13 || digits.iter().any(|d| *d > 9) {
        return false;
    }
    let mut first = [0u8; 12];
    first.copy_from_slice(&digits[..12]);
    check_digit(&first) == digits[12]
}

/// The L code of each digit (left half, odd parity); G is R reversed, R is L inverted.
const L_CODES: [u8; 10] = [
    0b000_1101, 0b001_1001, 0b001_0011, 0b011_1101, 0b010_0011, 0b011_0001, 0b010_1111, 0b011_1011,
    0b011_0111, 0b000_1011,
];
/// Which of the six left digits use the G code, by the first digit (bit 5 = second digit).
const G_PARITY: [u8; 10] = [
    0b000000, 0b001011, 0b001101, 0b001110, 0b010011, 0b011001, 0b011100, 0b010101, 0b010110,
    0b011010,
];

/// How many modules wide an EAN-13 is, guards included (quiet zones not).
pub const MODULES: usize = 95;
/// The white modules a reader needs before and after the bars.
pub const QUIET_LEFT: usize = 11;
pub const QUIET_RIGHT: usize = 7;

/// The 95 modules of a valid EAN-13 (`true` = a bar): start guard, six digits in L or G
/// code as the first digit says, centre guard, six digits in R code, end guard. `None`
/// unless `code` is thirteen digits with the right check digit.
pub fn modules(code: &str) -> Option<[bool; MODULES]> {
    if !is_valid(code) {
        return None;
    }
    let d: Vec<usize> = code.bytes().map(|b| usize::from(b - b'0')).collect();
    let mut out = [false; MODULES];
    let mut at = 0;
    let mut put = |bits: u8, width: usize| {
        for i in (0..width).rev() {
            out[at] = bits & (1 << i) != 0;
            at += 1;
        }
    };
    put(0b101, 3);
    for (i, &digit) in d[1..7].iter().enumerate() {
        let l = L_CODES[digit];
        let g = G_PARITY[d[0]] & (0b100000 >> i) != 0;
        put(if g { reverse7(!l & 0x7F) } else { l }, 7);
    }
    put(0b01010, 5);
    for &digit in &d[7..] {
        put(!L_CODES[digit] & 0x7F, 7);
    }
    put(0b101, 3);
    Some(out)
}

fn reverse7(bits: u8) -> u8 {
    (0..7).fold(0, |acc, i| acc | (((bits >> i) & 1) << (6 - i)))
}

/// Whether module `index` belongs to a guard (drawn longer, down into the digits).
pub fn is_guard(index: usize) -> bool {
    index < 3 || (45..50).contains(&index) || index >= 92
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_follow_the_standard_tables() {
        // 4006381333931: first digit 4 → L G L L G G.
        let m = modules("4006381333931").map(|m| {
            m.iter()
                .map(|b| if *b { '1' } else { '0' })
                .collect::<String>()
        });
        let expected = [
            "101", "0001101", "0100111", "0101111", "0111101", "0001001", "0110011", "01010",
            "1000010", "1000010", "1000010", "1110100", "1000010", "1100110", "101",
        ]
        .concat();
        assert_eq!(m.as_deref(), Some(expected.as_str()));
        assert!(modules("4006381333932").is_none());
        assert!(is_guard(46) && !is_guard(50));
    }

    #[test]
    fn known_codes() {
        assert!(is_valid("2000000000015"));
        assert!(is_valid("4006381333931"));
        assert!(!is_valid("2000000000001"));
        assert!(!is_valid("200000000001"));
        assert!(!is_valid("20000000000a5"));
    }
}
