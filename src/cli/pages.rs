//! Statements on paper from the command line: sent to the page printer, or drawn as PNG
//! pictures (what the window's preview shows); and `souk history`, a producer's own page.

use std::path::Path;

use souk::i18n::Msg;
use souk::pdf::print::{self, PagePrinter};
use souk::receipt::ShopInfo;
use souk::statement::{self, Paper, Statement};
use souk::{Error, Result};

use super::Context;
use super::output::{self, say};

/// The preview's resolution: sharp enough to read the smallest line on a screen.
const PREVIEW_DPI: f32 = 100.0;

/// Sends her statement (`one`) or each, else the month's in one document, to the page
/// printer; issued statements print as stored at issue.
pub fn print_statements(
    ctx: &mut Context,
    list: &[Statement],
    paper: Paper,
    one: bool,
    tell: bool,
) -> Result<()> {
    let printer = PagePrinter::of_shop(&ctx.conn)?;
    let jobs: Vec<(String, Vec<u8>)> = if one {
        let mut jobs = Vec::new();
        for s in list {
            let title = format!("{}-{}", s.month, s.producer);
            jobs.push((title, statement::pdf(&mut ctx.conn, s, paper)?));
        }
        jobs
    } else {
        let shop = ShopInfo::load(&ctx.conn)?;
        let month = list.first().map_or("", |s| s.month.as_str());
        vec![(
            format!("{month}-all"),
            statement::month_pdf(list, &shop, paper)?,
        )]
    };
    for (title, pdf) in jobs {
        let printed = print::print(&printer, Path::new("lp"), &title, &pdf)?;
        // With --json, stdout is the JSON alone: where it went is a note on stderr.
        if tell {
            say(ctx.tr.tr(&printed.msg(&title)));
        } else {
            super::output::report_note(ctx.tr, &printed.msg(&title));
        }
    }
    Ok(())
}

/// Writes `MONTH-CODE-N.png` for each page of each statement into `dir`.
pub fn write_pngs(
    ctx: &Context,
    list: &[Statement],
    paper: Paper,
    dir: &Path,
    tell: bool,
) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::Folder {
        path: dir.to_path_buf(),
        source: std::sync::Arc::new(e),
    })?;
    let mut files = Vec::new();
    for s in list {
        let pages = statement::preview::statement(&ctx.conn, s, paper, PREVIEW_DPI)?;
        for (n, page) in pages.iter().enumerate() {
            let path = dir.join(format!("{}-{}-{}.png", s.month, s.producer, n + 1));
            files.push((path, page.to_png()));
        }
    }
    // Every place checked before the first is written: all the pictures, or none.
    for (path, _) in &files {
        souk::outfile::check(path, ctx.force)?;
    }
    for (path, bytes) in &files {
        souk::outfile::write(path, bytes, ctx.force)?;
    }
    if tell {
        say(ctx
            .tr
            .tr(&Msg::new("pages-png-written").arg("folder", dir.display().to_string())));
    }
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// The producer's code, e.g. P001.
    producer: String,
    #[arg(long)]
    json: bool,
}

/// `souk history CODE`: her balance today, her months and her payouts.
pub fn history(ctx: &Context, args: &HistoryArgs) -> Result<()> {
    let h = statement::history(&ctx.conn, &args.producer)?;
    if args.json {
        return output::json(&h);
    }
    let lang = ctx.lang();
    let tr = ctx.tr;
    let name = if lang.is_rtl() && !h.name_ar.trim().is_empty() {
        &h.name_ar
    } else {
        &h.name_latin
    };
    say(tr.tr(&Msg::new("hist-title")
        .arg("name", name)
        .arg("code", &h.producer)));
    say(tr.tr(&Msg::new("hist-balance").arg("amount", h.balance.format(lang))));
    say(tr.tr(&Msg::new("hist-earned").arg("amount", h.earned.format(lang))));
    for m in &h.months {
        say(format!(
            "  {}",
            tr.tr(&Msg::new("hist-month")
                .arg("month", &m.month)
                .arg(
                    "number",
                    m.number.clone().unwrap_or_else(|| tr.text("hist-draft"))
                )
                .arg("gross", m.gross.format(lang))
                .arg("net", m.net.format(lang))
                .arg("paid", m.payouts.format(lang))
                .arg("closing", m.closing_balance.format(lang)))
        ));
    }
    for p in &h.payouts {
        say(format!(
            "  {}",
            tr.tr(&Msg::new("stmt-payout-line")
                .arg("day", p.day.to_string())
                .arg("amount", p.amount.format(lang))
                .arg("method", tr.text(super::statement::method_id(p.method))))
        ));
    }
    Ok(())
}
