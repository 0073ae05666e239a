//! `souk report --from DAY --to DAY [--by day|week|month|year|category|producer|payment]
//! [--json|--csv]`: the revenue review and the impact of a period, beside the previous one.

use souk::Result;
use souk::i18n::Msg;
use souk::report::{self, By, Period, Review, Row};

use super::output::{self, say};
use super::{Context, parse_day};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ByArg {
    Day,
    Week,
    Month,
    Year,
    Category,
    Producer,
    Payment,
}

impl From<ByArg> for By {
    fn from(by: ByArg) -> By {
        match by {
            ByArg::Day => By::Day,
            ByArg::Week => By::Week,
            ByArg::Month => By::Month,
            ByArg::Year => By::Year,
            ByArg::Category => By::Category,
            ByArg::Producer => By::Producer,
            ByArg::Payment => By::Payment,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The first local business day, YYYY-MM-DD.
    #[arg(long)]
    from: String,
    /// The last local business day, YYYY-MM-DD (included).
    #[arg(long)]
    to: String,
    /// The table's rows.
    #[arg(long, value_enum, default_value = "day")]
    by: ByArg,
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// The table as CSV for a spreadsheet in the reader's language (UTF-8 with BOM; `;` and
    /// decimal commas in French and Arabic).
    #[arg(long)]
    csv: bool,
    /// Also write every table as an Excel workbook to FILE, one sheet each.
    #[arg(long, value_name = "FILE")]
    xlsx: Option<std::path::PathBuf>,
    /// Also write the board's report (bilingual, with its charts) as an A4 PDF to FILE.
    #[arg(long, value_name = "FILE")]
    pdf: Option<std::path::PathBuf>,
}

#[derive(serde::Serialize)]
struct ReviewJson<'a> {
    #[serde(flatten)]
    review: &'a Review,
    by: By,
    rows: Vec<Row>,
}

pub fn run(ctx: &Context, args: &ReportArgs) -> Result<()> {
    let period = Period::new(parse_day(&args.from)?, parse_day(&args.to)?)?;
    let by = By::from(args.by);
    let review = report::review(&ctx.conn, period, by)?;
    if let Some(path) = &args.xlsx {
        let tables = souk::export::tables::review_tables(&review, by, ctx.tr);
        output::workbook(&tables, path, ctx.tr, ctx.force, !args.json && !args.csv)?;
    }
    if let Some(path) = &args.pdf {
        let shop = souk::receipt::ShopInfo::load(&ctx.conn)?;
        souk::outfile::write(path, &report::board_report(&review, &shop)?, ctx.force)?;
        if !args.json && !args.csv {
            say(ctx
                .tr
                .tr(&Msg::new("report-pdf-written").arg("path", path.display().to_string())));
        }
    }
    if args.json {
        return output::json(&ReviewJson {
            review: &review,
            by,
            rows: report::rows(&review, by),
        });
    }
    if args.csv {
        output::raw(&souk::export::tables::review_csv(&review, by, ctx.tr)?);
        return Ok(());
    }
    let lang = ctx.lang();
    let tr = ctx.tr;
    let (now, before) = (&review.current, &review.previous);
    let m = |money: souk::money::Money| money.format(lang);
    say(tr.tr(&Msg::new("report-title")
        .arg("from", review.period.from.to_string())
        .arg("to", review.period.to.to_string())
        .arg("pfrom", review.previous_period.from.to_string())
        .arg("pto", review.previous_period.to.to_string())));
    say(tr.tr(&Msg::new("report-revenue")
        .arg("now", m(now.revenue))
        .arg("before", m(before.revenue))));
    say(tr.tr(&Msg::new("report-sales")
        .arg("count", now.sales.count)
        .arg("basket", m(now.average_basket))
        .arg("pcount", before.sales.count)
        .arg("pbasket", m(before.average_basket))));
    for (id, a, b) in [
        ("report-refunds", now.refunds, before.refunds),
        ("report-voids", now.voids, before.voids),
    ] {
        say(tr.tr(&Msg::new(id)
            .arg("count", a.count)
            .arg("total", m(a.total))
            .arg("pcount", b.count)
            .arg("ptotal", m(b.total))));
    }
    let (i, pi) = (&review.impact, &review.previous_impact);
    say(tr.tr(&Msg::new("report-women")
        .arg("women", i.women)
        .arg("total", m(i.total))
        .arg("median", m(i.median))
        .arg("pwomen", pi.women)
        .arg("ptotal", m(pi.total))));
    say(tr.tr(&Msg::new("report-new").arg("count", i.new_producers.len())));
    say("");
    for row in report::rows(&review, by) {
        // A time row's name is the previous period's step at its place: shown as "previous".
        let name = if by.is_time() {
            ""
        } else if lang.is_rtl() && !row.name_ar.is_empty() {
            &row.name_ar
        } else {
            &row.name
        };
        say(tr.tr(&Msg::new("report-row")
            .arg("key", &row.key)
            .arg("name", name)
            .arg("now", m(row.revenue))
            .arg("before", m(row.previous))));
    }
    say("");
    say(tr.text("report-top"));
    for p in &now.top_products {
        let name = if lang.is_rtl() { &p.name_ar } else { &p.name };
        say(format!("  {} {name}: {}", p.sku, m(p.revenue)));
    }
    Ok(())
}
