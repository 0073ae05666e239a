//! The tables people take to a spreadsheet: a review's (its summary, its time steps, its
//! categories, producers, payment methods and top products), the sales of a period (and
//! their lines), a month's statements (with their lines and payouts).

use chrono::NaiveDate;
use rusqlite::Connection;

use super::{Cell, Table};
use crate::cash::Share;
use crate::clock;
use crate::error::Result;
use crate::i18n::{Lang, Translator};
use crate::money::Money;
use crate::report::{By, Review};
use crate::sale::{self, Status};
use crate::statement::{PayoutMethod, Statement};

const BY_CODE: [&str; 5] = [
    "xl-col-code",
    "xl-col-name",
    "xl-col-name-ar",
    "xl-col-revenue",
    "xl-col-previous-revenue",
];

/// A payment method's name in the reader's language and in Arabic.
fn method_names(code: &str, tr: &Translator) -> (String, String) {
    let id = match code {
        "cash" => "method-cash",
        "card" => "method-card",
        "transfer" => "method-transfer",
        _ => return (code.to_owned(), code.to_owned()),
    };
    (tr.text(id), Translator::new(Lang::Ar).text(id))
}

/// The rows of every code of either period, in the current period's order, then the others.
fn by_code(title: &'static str, now: &[Share], before: &[Share], tr: Option<&Translator>) -> Table {
    let find = |list: &[Share], code: &str| {
        list.iter()
            .find(|s| s.code == code)
            .map_or(Money::ZERO, |s| s.amount)
    };
    let rows = now
        .iter()
        .chain(
            before
                .iter()
                .filter(|p| !now.iter().any(|s| s.code == p.code)),
        )
        .map(|s| {
            let (name, name_ar) = match tr {
                Some(tr) => method_names(&s.code, tr),
                None => (s.name.clone(), s.name_ar.clone()),
            };
            vec![
                Cell::text(&s.code),
                Cell::Text(name),
                Cell::Text(name_ar),
                Cell::Money(find(now, &s.code)),
                Cell::Money(find(before, &s.code)),
            ]
        })
        .collect();
    Table {
        title,
        headers: BY_CODE.to_vec(),
        rows,
    }
}

/// A time step's key as a cell: a day as a date, a week, month or year as its text.
fn step(key: &str, by: By) -> Cell {
    match key.parse::<NaiveDate>() {
        Ok(day) if by == By::Day => Cell::Day(day),
        _ => Cell::text(key),
    }
}

/// The review's time steps, each beside the previous period's step at the same place.
fn time(review: &Review, by: By) -> Table {
    let before = &review.previous.by_time;
    let rows = review
        .current
        .by_time
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let previous = before.get(i);
            vec![
                step(&b.key, by),
                Cell::Money(b.revenue),
                Cell::Count(b.sales),
                previous.map_or(Cell::Empty, |p| step(&p.key, by)),
                Cell::Money(previous.map_or(Money::ZERO, |p| p.revenue)),
            ]
        })
        .collect();
    Table {
        title: "xl-sheet-time",
        headers: vec![
            "xl-col-step",
            "xl-col-revenue",
            "xl-col-sales",
            "xl-col-previous-step",
            "xl-col-previous-revenue",
        ],
        rows,
    }
}

/// The table of a review that `report --by` shows and its CSV holds.
pub fn review_table(review: &Review, by: By, tr: &Translator) -> Table {
    let (now, before) = (&review.current, &review.previous);
    match by {
        By::Category => by_code(
            "xl-sheet-categories",
            &now.by_category,
            &before.by_category,
            None,
        ),
        By::Producer => by_code(
            "xl-sheet-producers",
            &now.by_producer,
            &before.by_producer,
            None,
        ),
        By::Payment => by_code(
            "xl-sheet-payments",
            &now.by_method,
            &before.by_method,
            Some(tr),
        ),
        _ => time(review, by),
    }
}

/// The review's table as CSV for the reader's Excel: headers in her language, `;` and
/// decimal commas for French and Arabic, a byte-order mark.
pub fn review_csv(review: &Review, by: By, tr: &Translator) -> Result<Vec<u8>> {
    super::csv(&review_table(review, by, tr), tr)
}

/// The review's figures, each beside the previous period's.
fn summary(review: &Review, tr: &Translator) -> Table {
    let (now, before) = (&review.current, &review.previous);
    let (i, pi) = (&review.impact, &review.previous_impact);
    let count = |n: usize| Cell::Count(i64::try_from(n).unwrap_or(i64::MAX));
    let mut rows = vec![
        vec![
            Cell::Text(tr.text("xl-row-from")),
            Cell::Day(review.period.from),
            Cell::Day(review.previous_period.from),
        ],
        vec![
            Cell::Text(tr.text("xl-row-to")),
            Cell::Day(review.period.to),
            Cell::Day(review.previous_period.to),
        ],
    ];
    for (id, a, b) in [
        ("xl-row-revenue", now.revenue, before.revenue),
        ("xl-row-basket", now.average_basket, before.average_basket),
        (
            "xl-row-refunds-total",
            now.refunds.total,
            before.refunds.total,
        ),
        ("xl-row-voids-total", now.voids.total, before.voids.total),
        ("xl-row-discounts", now.discounts, before.discounts),
        ("xl-row-association", now.association, before.association),
        ("xl-row-producers", now.producers, before.producers),
        ("xl-row-women-total", i.total, pi.total),
        ("xl-row-women-median", i.median, pi.median),
    ] {
        rows.push(vec![
            Cell::Text(tr.text(id)),
            Cell::Money(a),
            Cell::Money(b),
        ]);
    }
    for (id, a, b) in [
        ("xl-row-sales", now.sales.count, before.sales.count),
        ("xl-row-refunds", now.refunds.count, before.refunds.count),
        ("xl-row-voids", now.voids.count, before.voids.count),
        ("xl-row-women", i.women, pi.women),
    ] {
        rows.push(vec![
            Cell::Text(tr.text(id)),
            Cell::Count(a),
            Cell::Count(b),
        ]);
    }
    rows.push(vec![
        Cell::Text(tr.text("xl-row-newcomers")),
        count(i.new_producers.len()),
        count(pi.new_producers.len()),
    ]);
    Table {
        title: "xl-sheet-summary",
        headers: vec!["xl-col-figure", "xl-col-period", "xl-col-previous-period"],
        rows,
    }
}

/// Every table of a review, for its workbook.
pub fn review_tables(review: &Review, by: By, tr: &Translator) -> Vec<Table> {
    let (now, before) = (&review.current, &review.previous);
    let top = Table {
        title: "xl-sheet-top",
        headers: vec![
            "xl-col-code",
            "xl-col-name",
            "xl-col-name-ar",
            "xl-col-revenue",
        ],
        rows: now
            .top_products
            .iter()
            .map(|p| {
                vec![
                    Cell::text(&p.sku),
                    Cell::text(&p.name),
                    Cell::text(&p.name_ar),
                    Cell::Money(p.revenue),
                ]
            })
            .collect(),
    };
    vec![
        summary(review, tr),
        time(review, if by.is_time() { by } else { By::Day }),
        by_code(
            "xl-sheet-categories",
            &now.by_category,
            &before.by_category,
            None,
        ),
        by_code(
            "xl-sheet-producers",
            &now.by_producer,
            &before.by_producer,
            None,
        ),
        by_code(
            "xl-sheet-payments",
            &now.by_method,
            &before.by_method,
            Some(tr),
        ),
        top,
    ]
}

fn status(status: Status, tr: &Translator) -> Cell {
    Cell::Text(tr.text(match status {
        Status::Completed => "xl-status-completed",
        Status::Refund => "xl-status-refund",
        Status::Voided => "xl-status-voided",
    }))
}

/// The sales of local business days `from` to `to`, and their lines.
pub fn sales_tables(
    conn: &Connection,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    tr: &Translator,
) -> Result<Vec<Table>> {
    let list = sale::list(conn, from, to)?;
    let mut sales = Vec::with_capacity(list.len());
    let mut lines = Vec::new();
    for summary in &list {
        let s = sale::load(conn, &summary.number)?;
        sales.push(vec![
            Cell::text(&s.number),
            Cell::At(s.sold_at.naive_local()),
            Cell::Day(s.business_day),
            Cell::text(&s.cashier),
            status(s.status, tr),
            s.refund_of.as_deref().map_or(Cell::Empty, Cell::text),
            Cell::Money(s.total),
        ]);
        for l in &s.lines {
            lines.push(vec![
                Cell::text(&s.number),
                Cell::Day(s.business_day),
                Cell::Count(l.line_no),
                Cell::text(&l.sku),
                Cell::text(&l.name_fr),
                Cell::text(&l.name_ar),
                Cell::text(&l.producer),
                Cell::Quantity(l.quantity, l.unit),
                Cell::Money(l.unit_price),
                Cell::Money(l.discount),
                Cell::Money(l.total),
                Cell::Money(l.association_share),
                Cell::Money(l.producer_share),
            ]);
        }
    }
    Ok(vec![
        Table {
            title: "xl-sheet-sales",
            headers: vec![
                "xl-col-number",
                "xl-col-at",
                "xl-col-day",
                "xl-col-cashier",
                "xl-col-status",
                "xl-col-refund-of",
                "xl-col-total",
            ],
            rows: sales,
        },
        Table {
            title: "xl-sheet-sale-lines",
            headers: vec![
                "xl-col-number",
                "xl-col-day",
                "xl-col-line",
                "xl-col-code",
                "xl-col-product",
                "xl-col-product-ar",
                "xl-col-producer",
                "xl-col-quantity",
                "xl-col-unit-price",
                "xl-col-discount",
                "xl-col-total",
                "xl-col-association",
                "xl-col-her-share",
            ],
            rows: lines,
        },
    ])
}

/// A month's statements, their lines and their payouts.
pub fn statement_tables(list: &[Statement], tr: &Translator) -> Vec<Table> {
    let mut statements = Vec::new();
    let mut lines = Vec::new();
    let mut payouts = Vec::new();
    for s in list {
        statements.push(vec![
            s.number.as_deref().map_or(Cell::Empty, Cell::text),
            Cell::text(&s.producer),
            Cell::text(&s.producer_name_latin),
            Cell::text(&s.producer_name_ar),
            Cell::Money(s.opening),
            Cell::Money(s.gross),
            Cell::Money(s.association_share),
            Cell::Money(s.net),
            Cell::Money(s.payouts),
            Cell::Money(s.closing),
        ]);
        for l in &s.lines {
            lines.push(vec![
                Cell::text(&s.producer),
                Cell::Day(l.day),
                Cell::text(&l.number),
                Cell::Text(tr.text(if l.refund {
                    "xl-status-refund"
                } else {
                    "xl-status-completed"
                })),
                Cell::text(&l.sku),
                Cell::text(&l.name_fr),
                Cell::text(&l.name_ar),
                Cell::Quantity(l.quantity, l.unit),
                Cell::Money(l.amount),
                Cell::Money(l.association_share),
                Cell::Money(l.producer_share),
            ]);
        }
        for p in &s.paid {
            payouts.push(vec![
                Cell::text(&s.producer),
                Cell::At(clock::local(p.at.to_utc()).naive_local()),
                Cell::Money(p.amount),
                Cell::Text(tr.text(match p.method {
                    PayoutMethod::Cash => "method-cash",
                    PayoutMethod::Transfer => "method-transfer",
                })),
            ]);
        }
    }
    vec![
        Table {
            title: "xl-sheet-statements",
            headers: vec![
                "xl-col-number",
                "xl-col-code",
                "xl-col-name",
                "xl-col-name-ar",
                "xl-col-opening",
                "xl-col-gross",
                "xl-col-association",
                "xl-col-net",
                "xl-col-paid",
                "xl-col-closing",
            ],
            rows: statements,
        },
        Table {
            title: "xl-sheet-statement-lines",
            headers: vec![
                "xl-col-code",
                "xl-col-day",
                "xl-col-number",
                "xl-col-status",
                "xl-col-sku",
                "xl-col-product",
                "xl-col-product-ar",
                "xl-col-quantity",
                "xl-col-total",
                "xl-col-association",
                "xl-col-her-share",
            ],
            rows: lines,
        },
        Table {
            title: "xl-sheet-payouts",
            headers: vec!["xl-col-code", "xl-col-at", "xl-col-paid", "xl-col-method"],
            rows: payouts,
        },
    ]
}
