//! How the CLI writes: JSON for scripts, plain lines for people, errors on stderr in the
//! user's language.

use serde::Serialize;
use souk::error::CatalogError;
use souk::i18n::{Msg, Translator};
use souk::money::Money;
use souk::sale::{Method, Sale, Status};
use souk::{Error, Result};

/// Writes one line on stdout. A reader that went away (`souk products | head`) ends the
/// program quietly instead of a panic.
pub fn say(text: impl std::fmt::Display) {
    use std::io::Write;
    if let Err(e) = writeln!(std::io::stdout().lock(), "{text}")
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// Writes bytes on stdout as they are (a CSV with its byte-order mark).
pub fn raw(bytes: &[u8]) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|()| out.flush())
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// Writes tables as an Excel workbook to `path` (replaced only with --force) and says so.
pub fn workbook(
    tables: &[souk::export::Table],
    path: &std::path::Path,
    tr: &Translator,
    force: bool,
    tell: bool,
) -> Result<()> {
    souk::outfile::check(path, force)?;
    souk::outfile::write(path, &souk::export::workbook(tables, tr)?, force)?;
    if tell {
        say(tr.tr(&Msg::new("xl-written").arg("path", path.display().to_string())));
    }
    Ok(())
}

pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<()> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::Catalog(CatalogError::Csv(e.to_string())))?;
    say(text);
    Ok(())
}

/// Writes a refusal as one line on stderr; for an import, every bad line after it.
pub fn report_error(error: &Error, tr: &Translator) {
    eprintln!("{}", tr.tr(&error.cli_msg()));
    if let Error::Catalog(CatalogError::Import { errors }) = error {
        for e in errors {
            eprintln!(
                "  {}",
                tr.tr(&Msg::new("import-line")
                    .arg("line", e.line)
                    .arg("reason", tr.tr(&e.reason)))
            );
        }
    }
}

/// A note on stderr that is no refusal (stdout stays the command's answer, JSON or not).
pub fn report_note(tr: &Translator, msg: &Msg) {
    eprintln!("{}", tr.tr(msg));
}

pub fn method_name(tr: &Translator, method: Method) -> String {
    tr.text(match method {
        Method::Cash => "method-cash",
        Method::Card => "method-card",
        Method::Transfer => "method-transfer",
    })
}

fn money(tr: &Translator, m: Money) -> String {
    m.format(tr.lang())
}

/// A sale as the volunteer reads it in the terminal: number, time, lines, total, payments.
pub fn sale(tr: &Translator, sale: &Sale) {
    let lang = tr.lang();
    let title = match sale.status {
        Status::Completed => "sale-title",
        Status::Refund => "refund-title",
        Status::Voided => "voided-title",
    };
    say(tr.tr(&Msg::new(title)
        .arg("number", &sale.number)
        .arg("time", sale.sold_at.format("%Y-%m-%d %H:%M").to_string())
        .arg("cashier", &sale.cashier)));
    if let Some(original) = &sale.refund_of {
        say(tr.tr(&Msg::new("refund-of").arg("number", original)));
    }
    if let Some(reason) = &sale.reason {
        say(tr.tr(&Msg::new("reason-line").arg("reason", reason)));
    }
    for line in &sale.lines {
        let name = if lang.is_rtl() {
            &line.name_ar
        } else {
            &line.name_fr
        };
        let mut text = tr.tr(&Msg::new("sale-line")
            .arg("line", line.line_no)
            .arg("name", name)
            .arg(
                "maker",
                if lang.is_rtl() {
                    &line.producer_name_ar
                } else {
                    &line.producer_name
                },
            )
            .arg("quantity", line.quantity.format(line.unit, lang))
            .arg("price", money(tr, line.unit_price))
            .arg("total", money(tr, line.total)));
        if !line.discount.is_zero() {
            text.push_str(
                &tr.tr(&Msg::new("sale-line-discount").arg("discount", money(tr, line.discount))),
            );
        }
        say(format!("  {text}"));
    }
    say(tr.tr(&Msg::new("sale-total").arg("total", money(tr, sale.total))));
    for p in &sale.payments {
        let text = match p.tendered {
            Some(tendered) if !p.change.is_zero() => tr.tr(&Msg::new("payment-cash-change")
                .arg("method", method_name(tr, p.method))
                .arg("tendered", money(tr, tendered))
                .arg("change", money(tr, p.change))),
            _ => tr.tr(&Msg::new("payment-line")
                .arg("method", method_name(tr, p.method))
                .arg("amount", money(tr, p.amount))),
        };
        say(format!("  {text}"));
    }
}
