//! The board's report of a period (a month, usually) as a bilingual A4 PDF: the figures
//! beside the previous period's, revenue by day as bars, categories, the women's incomes
//! (how many, total, median, histogram, newcomers), producers and best sellers.

use super::{By, Review, rows};
use crate::error::Result;
use crate::i18n::Lang;
use crate::money::Money;
use crate::pdf::sheet::Sheet;
use crate::receipt::ShopInfo;

fn n(m: Money) -> String {
    m.format(Lang::Fr)
}

/// For drawing only: a bar's height, never an amount kept or added.
fn height(m: Money) -> f64 {
    m.centimes() as f64 / 100.0
}

pub fn board_report(review: &Review, shop: &ShopInfo) -> Result<Vec<u8>> {
    let mut s = Sheet::new();
    s.title(&shop.name_fr, &shop.name_ar, 16.0);
    s.title("Rapport au conseil", "تقرير إلى المجلس", 13.0);
    let (p, q) = (review.period, review.previous_period);
    s.note(&format!(
        "Du {} au {} — comparé à la période du {} au {} (en gris)",
        p.from, p.to, q.from, q.to
    ));
    let (now, before) = (&review.current, &review.previous);
    let (i, pi) = (&review.impact, &review.previous_impact);
    s.heading("Chiffres", "الأرقام");
    let count = |c: i64| c.to_string();
    for (fr, ar, a, b, bold) in [
        (
            "Chiffre d'affaires",
            "المداخيل",
            n(now.revenue),
            n(before.revenue),
            true,
        ),
        (
            "Part des productrices",
            "حصة المنتجات",
            n(now.producers),
            n(before.producers),
            false,
        ),
        (
            "Part de l'association",
            "حصة الجمعية",
            n(now.association),
            n(before.association),
            false,
        ),
        (
            "Ventes",
            "المبيعات",
            count(now.sales.count),
            count(before.sales.count),
            false,
        ),
        (
            "Panier moyen",
            "متوسط السلة",
            n(now.average_basket),
            n(before.average_basket),
            false,
        ),
        (
            "Remboursements",
            "الاسترجاعات",
            n(now.refunds.total),
            n(before.refunds.total),
            false,
        ),
        (
            "Ventes annulées",
            "المبيعات الملغاة",
            count(now.voids.count),
            count(before.voids.count),
            false,
        ),
    ] {
        s.row(fr, ar, &[&a, &b], bold);
    }
    s.heading("Chiffre d'affaires par jour", "المداخيل حسب اليوم");
    let days: Vec<(String, f64, Option<f64>)> = now
        .by_time
        .iter()
        .enumerate()
        .map(|(k, b)| {
            let label = b.key.rsplit('-').next().unwrap_or(&b.key).to_owned();
            (
                label,
                height(b.revenue),
                before.by_time.get(k).map(|p| height(p.revenue)),
            )
        })
        .collect();
    s.bars(&days, 40.0);
    s.heading("Par catégorie", "حسب الصنف");
    for row in rows(review, By::Category) {
        s.row(
            &row.name,
            &row.name_ar,
            &[&n(row.revenue), &n(row.previous)],
            false,
        );
    }
    s.heading("Les femmes et leur revenu", "النساء ودخلهن");
    for (fr, ar, a, b, bold) in [
        (
            "Femmes ayant gagné un revenu",
            "النساء اللواتي حصلن على دخل",
            count(i.women),
            count(pi.women),
            true,
        ),
        ("Gagné par elles", "ما ربحنه", n(i.total), n(pi.total), true),
        (
            "Revenu médian",
            "الدخل الوسيط",
            n(i.median),
            n(pi.median),
            false,
        ),
        (
            "Nouvelles productrices",
            "منتجات جديدات",
            count(i.new_producers.len() as i64),
            count(pi.new_producers.len() as i64),
            false,
        ),
    ] {
        s.row(fr, ar, &[&a, &b], bold);
    }
    let histogram: Vec<(String, f64, Option<f64>)> = i
        .histogram
        .iter()
        .enumerate()
        .map(|(k, bin)| {
            let from = bin.from.centimes() / 100;
            let label = match &bin.to {
                Some(to) => format!("{from}–{} DH", to.trim_end_matches(".00")),
                None => format!("{from}+ DH"),
            };
            (
                label,
                bin.women as f64,
                pi.histogram.get(k).map(|b| b.women as f64),
            )
        })
        .collect();
    s.note("Nombre de femmes par tranche de revenu / عدد النساء حسب الدخل");
    s.bars(&histogram, 30.0);
    s.heading("Par productrice", "حسب المنتجة");
    for row in rows(review, By::Producer) {
        s.row(
            &format!("{} {}", row.key, row.name),
            &row.name_ar,
            &[&n(row.revenue), &n(row.previous)],
            false,
        );
    }
    s.heading("Meilleures ventes", "الأكثر مبيعا");
    for product in &now.top_products {
        s.row(
            &format!("{} {}", product.sku, product.name),
            &product.name_ar,
            &[&n(product.revenue)],
            false,
        );
    }
    s.signature("Le trésorier / La trésorière", "أمين(ة) المال");
    s.finish(&format!("Rapport {} – {}", p.from, p.to))
}
