//! Draws a [`Page`] as a grey picture: the preview of a PDF in the window. It draws the
//! very marks the PDF is written from (the same shaped glyphs of the same bundled fonts,
//! rasterized by swash), so what the administrator sees before printing is what prints,
//! and no PDF reader is needed on the shop's PC.

use cosmic_text::{CacheKey, CacheKeyFlags, SwashCache, SwashContent, fontdb};

use super::{Mark, PT_PER_MM, Page, shape};

/// A page drawn in greys, one byte a pixel (0 black … 255 white), rows top to bottom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

impl Picture {
    fn white(width: u32, height: u32) -> Picture {
        Picture {
            width,
            height,
            pixels: vec![255; width as usize * height as usize],
        }
    }

    /// Darkens pixel (x, y) towards `gray` (0 black … 1 white) by `coverage` (0 … 1).
    fn paint(&mut self, x: i64, y: i64, gray: f32, coverage: f32) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return;
        }
        let at = y as usize * self.width as usize + x as usize;
        let under = f32::from(self.pixels[at]) / 255.0;
        let over = gray.clamp(0.0, 1.0);
        let coverage = coverage.clamp(0.0, 1.0);
        let mixed = under * (1.0 - coverage) + over * coverage;
        self.pixels[at] = (mixed * 255.0).round().clamp(0.0, 255.0) as u8;
    }

    /// The grey of pixel (x, y), white outside.
    pub fn get(&self, x: u32, y: u32) -> u8 {
        if x >= self.width || y >= self.height {
            return 255;
        }
        self.pixels[y as usize * self.width as usize + x as usize]
    }

    /// The same picture as RGBA bytes, for the window's image widget.
    pub fn to_rgba(&self) -> Vec<u8> {
        self.pixels.iter().flat_map(|&g| [g, g, g, 255]).collect()
    }

    /// The picture as a PNG file's bytes.
    pub fn to_png(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = ::png::Encoder::new(&mut out, self.width.max(1), self.height.max(1));
        encoder.set_color(::png::ColorType::Grayscale);
        encoder.set_depth(::png::BitDepth::Eight);
        let pixels = if self.pixels.is_empty() {
            vec![255]
        } else {
            self.pixels.clone()
        };
        let written = encoder
            .write_header()
            .and_then(|mut writer| writer.write_image_data(&pixels));
        if written.is_err() {
            // Writing into memory a picture of the right size does not fail.
            return Vec::new();
        }
        out
    }
}

/// Draws `page` at `dpi` pixels per inch.
pub fn render(page: &Page, dpi: f32) -> Picture {
    let scale = dpi / 72.0; // pixels per point
    let height_pt = page.height * PT_PER_MM;
    let size = |mm: f32| (mm * PT_PER_MM * scale).round().max(1.0) as u32;
    let mut picture = Picture::white(size(page.width), size(page.height));
    // From the PDF's frame (points, y up from the bottom) to pixels from the top-left.
    let px = |x: f32, y: f32| (x * scale, (height_pt - y) * scale);
    let mut cache = SwashCache::new();
    shape::with_fonts(|fonts, id_of| {
        for mark in &page.marks {
            match mark {
                Mark::Rect { x, y, w, h, gray } => {
                    let (left, bottom) = px(*x, *y);
                    let (right, top) = px(x + w, y + h);
                    fill(&mut picture, (left, top), (right, bottom), *gray);
                }
                Mark::Line { from, to, width } => {
                    let half = (width * scale / 2.0).max(0.5);
                    line(&mut picture, px(from.0, from.1), px(to.0, to.1), half);
                }
                Mark::Text { x, y, gray, glyphs } => {
                    for glyph in glyphs {
                        let Some(font) = id_of(glyph.font) else {
                            continue;
                        };
                        let (gx, gy) = px(x + glyph.x, y + glyph.y);
                        let weight = if glyph.font % 2 == 1 {
                            fontdb::Weight::BOLD
                        } else {
                            fontdb::Weight::NORMAL
                        };
                        let (key, left, top) = CacheKey::new(
                            font,
                            glyph.id,
                            glyph.size * scale,
                            (gx, gy),
                            weight,
                            CacheKeyFlags::empty(),
                        );
                        let Some(image) = cache.get_image(fonts, key) else {
                            continue;
                        };
                        if image.content != SwashContent::Mask {
                            continue;
                        }
                        let origin_x = i64::from(left + image.placement.left);
                        let origin_y = i64::from(top - image.placement.top);
                        let w = image.placement.width as usize;
                        for (i, alpha) in image.data.iter().enumerate() {
                            if *alpha == 0 || w == 0 {
                                continue;
                            }
                            let (col, row) = ((i % w) as i64, (i / w) as i64);
                            picture.paint(
                                origin_x + col,
                                origin_y + row,
                                *gray,
                                f32::from(*alpha) / 255.0,
                            );
                        }
                    }
                }
            }
        }
    });
    picture
}

/// Fills the rectangle between two corners in pixels, the edges' partial pixels in part.
fn fill(picture: &mut Picture, (left, top): (f32, f32), (right, bottom): (f32, f32), gray: f32) {
    let (x0, x1) = (left.min(right), left.max(right));
    let (y0, y1) = (top.min(bottom), top.max(bottom));
    for py in y0.floor() as i64..y1.ceil() as i64 {
        let cover_y = overlap(py as f32, y0, y1);
        for px in x0.floor() as i64..x1.ceil() as i64 {
            let coverage = cover_y * overlap(px as f32, x0, x1);
            picture.paint(px, py, gray, coverage);
        }
    }
}

/// How much of the pixel starting at `p` lies between `from` and `to`.
fn overlap(p: f32, from: f32, to: f32) -> f32 {
    ((p + 1.0).min(to) - p.max(from)).clamp(0.0, 1.0)
}

/// A black line `half` pixels either side of the segment, its edges smoothed.
fn line(picture: &mut Picture, from: (f32, f32), to: (f32, f32), half: f32) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length2 = dx * dx + dy * dy;
    let reach = half + 1.0;
    let x0 = (from.0.min(to.0) - reach).floor() as i64;
    let x1 = (from.0.max(to.0) + reach).ceil() as i64;
    let y0 = (from.1.min(to.1) - reach).floor() as i64;
    let y1 = (from.1.max(to.1) + reach).ceil() as i64;
    for py in y0..y1 {
        for px in x0..x1 {
            let (cx, cy) = (px as f32 + 0.5, py as f32 + 0.5);
            let t = if length2 > 0.0 {
                (((cx - from.0) * dx + (cy - from.1) * dy) / length2).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let (nx, ny) = (from.0 + t * dx - cx, from.1 + t * dy - cy);
            let distance = (nx * nx + ny * ny).sqrt();
            let coverage = (half + 0.5 - distance).clamp(0.0, 1.0);
            if coverage > 0.0 {
                picture.paint(px, py, 0.0, coverage);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::Style;

    fn ink(picture: &Picture, (x0, y0): (u32, u32), (x1, y1): (u32, u32)) -> usize {
        (y0..y1)
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|&(x, y)| picture.get(x, y) < 128)
            .count()
    }

    #[test]
    fn an_a5_page_at_100_dpi_has_the_paper_size() {
        let picture = render(&Page::a5(), 100.0);
        assert_eq!((picture.width, picture.height), (583, 827));
        assert!(picture.pixels.iter().all(|&p| p == 255));
    }

    #[test]
    fn text_lines_and_boxes_stand_where_the_pdf_puts_them() {
        let mut page = Page::a5();
        page.text(10.0, 20.0, "Relevé", Style::new(14.0).bold());
        page.text(138.0, 40.0, "كشف المداخيل", Style::new(14.0).right());
        page.line((10.0, 60.0), (138.0, 60.0), 1.0);
        page.rect(20.0, 80.0, 30.0, 10.0, 0.0);
        let p = render(&page, 72.0 * 2.0); // 2 px a point, about 5.67 px a mm
        let mm = |v: f32| (v * PT_PER_MM * 2.0) as u32;
        // The French title left of the middle, above its baseline.
        assert!(ink(&p, (mm(10.0), mm(14.0)), (mm(40.0), mm(21.0))) > 100);
        // The Arabic title at the right, ending at 138 mm, nothing beyond.
        assert!(ink(&p, (mm(100.0), mm(33.0)), (mm(138.0), mm(42.0))) > 100);
        assert_eq!(ink(&p, (mm(139.0), mm(30.0)), (mm(148.0), mm(45.0))), 0);
        // The rule across, and the black box filled.
        assert!(ink(&p, (mm(10.0), mm(59.5)), (mm(138.0), mm(60.5))) > mm(120.0) as usize);
        let inside = ink(&p, (mm(21.0), mm(81.0)), (mm(49.0), mm(89.0)));
        assert_eq!(
            inside,
            ((mm(49.0) - mm(21.0)) * (mm(89.0) - mm(81.0))) as usize
        );
        // White elsewhere.
        assert_eq!(ink(&p, (mm(60.0), mm(70.0)), (mm(140.0), mm(200.0))), 0);
    }

    #[test]
    fn a_grey_box_is_grey_not_black() {
        let mut page = Page::new(20.0, 20.0);
        page.rect(0.0, 0.0, 20.0, 20.0, 0.88);
        let p = render(&page, 72.0);
        let middle = p.get(p.width / 2, p.height / 2);
        assert!((215..=230).contains(&middle), "{middle}");
    }

    #[test]
    fn the_png_is_a_png_of_the_page() {
        let picture = render(&Page::new(10.0, 5.0), 254.0);
        let png = picture.to_png();
        assert_eq!(&png[1..4], b"PNG");
        assert_eq!(picture.to_rgba().len(), picture.pixels.len() * 4);
    }
}
