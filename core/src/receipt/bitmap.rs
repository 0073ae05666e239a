//! A 1-bit picture: what a thermal printer prints, dot for dot. Rows are packed eight
//! dots to a byte, most significant bit first (the `GS v 0` layout), a set bit is black.

/// A black-and-white picture, `width` dots wide (a multiple of 8), `height` rows tall.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    width: u32,
    height: u32,
    rows: Vec<u8>,
}

impl Bitmap {
    /// A white picture. `width` is rounded up to a multiple of 8.
    pub fn new(width: u32, height: u32) -> Bitmap {
        let width = width.div_ceil(8) * 8;
        let size = (width / 8) as usize * height as usize;
        Bitmap {
            width,
            height,
            rows: vec![0; size],
        }
    }

    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn height(&self) -> u32 {
        self.height
    }

    /// Bytes per row.
    pub fn stride(&self) -> usize {
        (self.width / 8) as usize
    }

    /// The packed rows, top to bottom.
    pub fn rows(&self) -> &[u8] {
        &self.rows
    }

    /// The packed bytes of rows `from..to` (clamped): one band of a tall receipt.
    pub fn band(&self, from: u32, to: u32) -> &[u8] {
        let to = to.min(self.height);
        let from = from.min(to);
        &self.rows[from as usize * self.stride()..to as usize * self.stride()]
    }

    pub fn get(&self, x: u32, y: u32) -> bool {
        if x >= self.width || y >= self.height {
            return false;
        }
        let byte = self.rows[y as usize * self.stride() + (x / 8) as usize];
        byte & (0x80 >> (x % 8)) != 0
    }

    /// Blackens a dot; dots outside the picture are ignored.
    pub fn set(&mut self, x: u32, y: u32) {
        if x < self.width && y < self.height {
            let stride = self.stride();
            self.rows[y as usize * stride + (x / 8) as usize] |= 0x80 >> (x % 8);
        }
    }

    /// Grows the picture downwards with white rows (a receipt is as long as it needs).
    pub fn extend_to(&mut self, height: u32) {
        if height > self.height {
            self.rows.resize(self.stride() * height as usize, 0);
            self.height = height;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_are_packed_msb_first() {
        let mut b = Bitmap::new(12, 2);
        assert_eq!(b.width(), 16);
        b.set(0, 0);
        b.set(9, 1);
        b.set(99, 99);
        assert_eq!(b.rows(), &[0x80, 0, 0, 0x40]);
        assert!(b.get(9, 1) && !b.get(8, 1));
        b.extend_to(3);
        assert_eq!(b.band(1, 9), &[0, 0x40, 0, 0]);
    }
}
