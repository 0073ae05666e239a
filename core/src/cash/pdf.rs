//! The X or Z report as an A4 PDF for the association's files: the same figures as the
//! printed ticket, bilingual, with the count by denomination and a line to sign.

use super::report::{ReportKind, SessionReport};
use crate::error::Result;
use crate::i18n::Lang;
use crate::money::Money;
use crate::pdf::sheet::Sheet;
use crate::receipt::ShopInfo;

fn n(m: Money) -> String {
    m.format(Lang::Fr)
}

pub fn session_pdf(report: &SessionReport, shop: &ShopInfo) -> Result<Vec<u8>> {
    let mut s = Sheet::new();
    s.title(&shop.name_fr, &shop.name_ar, 16.0);
    let (fr, ar) = match report.kind {
        ReportKind::X => ("Rapport X (session ouverte)", "تقرير مؤقت"),
        ReportKind::Z => ("Rapport Z (clôture)", "تقرير الإغلاق"),
    };
    s.title(fr, ar, 13.0);
    let session = &report.session;
    s.note(&format!(
        "Session n° {} — ouverte le {} par {}{}",
        session.id,
        session.opened_at.format("%d/%m/%Y %H:%M"),
        session.opened_by,
        session.closing.as_ref().map_or_else(
            || format!(" — édité le {}", report.at.format("%d/%m/%Y %H:%M")),
            |c| format!(
                " — fermée le {} par {}",
                c.closed_at.format("%d/%m/%Y %H:%M"),
                c.closed_by
            )
        )
    ));
    s.heading("Ventes", "المبيعات");
    for (fr, ar, f) in [
        ("Ventes", "المبيعات", report.sales),
        ("Remboursements", "الاسترجاعات", report.refunds),
        ("Annulations", "الإلغاءات", report.voids),
        ("Remises", "التخفيضات", report.discounts),
    ] {
        s.row(fr, ar, &[&f.count.to_string(), &n(f.total)], false);
    }
    s.row("Net", "الصافي", &["", &n(report.net)], true);
    for (fr, ar, shares) in [
        (
            "Par moyen de paiement",
            "حسب طريقة الأداء",
            &report.by_method,
        ),
        ("Par catégorie", "حسب الصنف", &report.by_category),
        ("Par productrice", "حسب المنتجة", &report.by_producer),
    ] {
        s.heading(fr, ar);
        for share in shares {
            let label = if share.code == share.name {
                method_fr(&share.code).to_owned()
            } else if fr == "Par productrice" {
                format!("{} {}", share.code, share.name)
            } else {
                share.name.clone()
            };
            let arabic = if share.code == share.name_ar {
                method_ar(&share.code)
            } else {
                &share.name_ar
            };
            s.row(&label, arabic, &["", &n(share.amount)], false);
        }
    }
    s.heading("Espèces", "النقود");
    let cash = &report.cash;
    for (fr, ar, amount, bold) in [
        ("Fond de caisse", "رصيد الافتتاح", cash.float, false),
        ("Espèces reçues", "المقبوض", cash.taken, false),
        ("Monnaie rendue", "الباقي", -cash.change, false),
        (
            "Remboursements en espèces",
            "استرجاع نقدا",
            -cash.refunds,
            false,
        ),
        ("Entrées", "المداخيل", cash.pay_ins, false),
        ("Sorties", "المصاريف", -cash.pay_outs, false),
        ("Attendu", "المتوقع", cash.expected, true),
    ] {
        s.row(fr, ar, &["", &n(amount)], bold);
    }
    if let Some(closing) = &session.closing {
        s.row("Compté", "المعدود", &["", &n(closing.counted)], true);
        s.row("Écart", "الفرق", &["", &n(closing.difference)], true);
    }
    s.row(
        "Ouvertures du tiroir sans vente",
        "فتح الدرج بلا بيع",
        &["", &report.drawer_openings.to_string()],
        false,
    );
    if let Some(closing) = session.closing.as_ref().filter(|c| !c.count.is_empty()) {
        s.heading("Comptage", "العد");
        for (denomination, pieces) in closing.count.pieces() {
            let total = Money::from_centimes(denomination.centimes() * i64::from(*pieces));
            s.row(
                &n(*denomination),
                "",
                &[&format!("× {pieces}"), &n(total)],
                false,
            );
        }
    }
    s.signature("Signature", "التوقيع");
    s.finish(&format!("Rapport de caisse {}", session.id))
}

fn method_fr(code: &str) -> &str {
    match code {
        "cash" => "Espèces",
        "card" => "Carte",
        "transfer" => "Virement",
        other => other,
    }
}

fn method_ar(code: &str) -> &str {
    match code {
        "cash" => "نقدا",
        "card" => "بطاقة",
        "transfer" => "تحويل",
        other => other,
    }
}
