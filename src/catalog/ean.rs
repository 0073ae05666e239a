//! EAN-13 barcodes: the check digit every scanner and tag relies on.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes() {
        assert!(is_valid("2000000000015"));
        assert!(is_valid("4006381333931"));
        assert!(!is_valid("2000000000001"));
        assert!(!is_valid("200000000001"));
        assert!(!is_valid("20000000000a5"));
    }
}
