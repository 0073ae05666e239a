//! How a sale is paid: cash, card or transfer, alone or split. Only cash gives change, so
//! card and transfer can never exceed what is due, and the payments always add up to the
//! sale's total.

use serde::Serialize;

use crate::error::{Error, Result, SaleError};
use crate::money::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    Cash,
    Card,
    Transfer,
}

impl Method {
    pub const ALL: [Method; 3] = [Method::Cash, Method::Card, Method::Transfer];

    pub fn code(self) -> &'static str {
        match self {
            Method::Cash => "cash",
            Method::Card => "card",
            Method::Transfer => "transfer",
        }
    }

    /// English codes, and the French and Arabic words a volunteer may type.
    pub fn from_code(code: &str) -> Option<Method> {
        match code.trim().to_lowercase().as_str() {
            "cash" | "especes" | "espèces" | "نقدا" | "نقد" => Some(Method::Cash),
            "card" | "carte" | "بطاقة" => Some(Method::Card),
            "transfer" | "virement" | "تحويل" => Some(Method::Transfer),
            _ => None,
        }
    }
}

impl rusqlite::types::FromSql for Method {
    fn column_result(
        value: rusqlite::types::ValueRef<'_>,
    ) -> rusqlite::types::FromSqlResult<Method> {
        let expected = "a payment method ('cash', 'card' or 'transfer')";
        crate::stored::code(value, &Method::ALL, Method::code, expected)
    }
}

/// What the customer handed over by one method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tender {
    pub method: Method,
    pub amount: Money,
}

impl Tender {
    /// Reads `cash:100`, `card:61.50`, `virement:12,5`.
    pub fn parse(text: &str) -> Result<Tender> {
        let (method, amount) = text
            .split_once([':', '='])
            .ok_or_else(|| Error::Sale(SaleError::PaymentSyntax(text.to_owned())))?;
        let method = Method::from_code(method)
            .ok_or_else(|| Error::Sale(SaleError::UnknownMethod(method.to_owned())))?;
        let amount = Money::parse(amount).map_err(|e| Error::parse("payment", e))?;
        Ok(Tender { method, amount })
    }
}

/// A payment as stored: what it contributes to the total, and for cash what was handed
/// over and given back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaymentRow {
    pub method: Method,
    pub amount: Money,
    pub tendered: Option<Money>,
    pub change: Money,
}

/// The largest note in use in Morocco, in dirhams.
pub const LARGEST_NOTE_DH: i64 = 200;

/// Turns what was handed over into payment rows for a sale of `total`, or says why the
/// sale is not paid. Tenders of one method are merged; cash gives the change.
pub fn settle(total: Money, tenders: &[Tender]) -> Result<Vec<PaymentRow>> {
    if tenders
        .iter()
        .any(|t| t.amount.is_zero() || t.amount.is_negative())
    {
        return Err(Error::ZeroPayment);
    }
    let by = |method: Method| -> Money {
        tenders
            .iter()
            .filter(|t| t.method == method)
            .map(|t| t.amount)
            .sum()
    };
    let (cash, card, transfer) = (by(Method::Cash), by(Method::Card), by(Method::Transfer));
    let non_cash = card + transfer;
    if non_cash > total {
        return Err(Error::Sale(SaleError::NonCashExceedsTotal {
            excess: non_cash - total,
        }));
    }
    let paid = non_cash + cash;
    if paid < total {
        return Err(Error::Sale(SaleError::NotPaid { due: total - paid }));
    }
    let change = paid - total;
    if !cash.is_zero() && cash == change {
        return Err(Error::Sale(SaleError::CashNotNeeded));
    }
    // Change of a 200 DH note or more: a note fewer would still have paid, so the amount
    // received was mistyped (1 000 000 for 41,50).
    if change >= Money::from_dirhams(LARGEST_NOTE_DH) {
        return Err(Error::Sale(SaleError::ChangeTooLarge {
            tendered: cash,
            due: total - non_cash,
            change,
        }));
    }
    let mut rows = Vec::new();
    if !cash.is_zero() {
        rows.push(PaymentRow {
            method: Method::Cash,
            amount: cash - change,
            tendered: Some(cash),
            change,
        });
    }
    for (method, amount) in [(Method::Card, card), (Method::Transfer, transfer)] {
        if !amount.is_zero() {
            rows.push(PaymentRow {
                method,
                amount,
                tendered: None,
                change: Money::ZERO,
            });
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dh(x: i64) -> Money {
        Money::from_dirhams(x)
    }

    fn cash(x: i64) -> Tender {
        Tender {
            method: Method::Cash,
            amount: dh(x),
        }
    }

    fn card(x: i64) -> Tender {
        Tender {
            method: Method::Card,
            amount: dh(x),
        }
    }

    #[test]
    fn cash_gives_change() {
        let rows = settle(dh(61), &[cash(100)]).unwrap_or_default();
        assert_eq!(
            rows,
            vec![PaymentRow {
                method: Method::Cash,
                amount: dh(61),
                tendered: Some(dh(100)),
                change: dh(39)
            }]
        );
    }

    #[test]
    fn split_payment_adds_up() {
        let rows = settle(dh(150), &[card(100), cash(20), cash(50)]).unwrap_or_default();
        assert_eq!(rows.iter().map(|r| r.amount).sum::<Money>(), dh(150));
        assert_eq!(rows[0].change, dh(20));
    }

    #[test]
    fn refusals() {
        assert!(matches!(
            settle(dh(50), &[cash(20)]),
            Err(Error::Sale(SaleError::NotPaid { .. }))
        ));
        assert!(matches!(
            settle(dh(50), &[card(60)]),
            Err(Error::Sale(SaleError::NonCashExceedsTotal { .. }))
        ));
        assert!(matches!(
            settle(dh(50), &[card(50), cash(20)]),
            Err(Error::Sale(SaleError::CashNotNeeded))
        ));
        assert!(matches!(
            settle(dh(50), &[cash(0)]),
            Err(Error::ZeroPayment)
        ));
        assert!(settle(Money::ZERO, &[]).is_ok_and(|r| r.is_empty()));
    }

    #[test]
    fn parses_tenders() {
        assert!(matches!(
            Tender::parse("carte:12,5"),
            Ok(Tender {
                method: Method::Card,
                ..
            })
        ));
        assert!(matches!(
            Tender::parse("cheque:10"),
            Err(Error::Sale(SaleError::UnknownMethod(_)))
        ));
        assert!(matches!(
            Tender::parse("cash"),
            Err(Error::Sale(SaleError::PaymentSyntax(_)))
        ));
        assert!(matches!(
            Tender::parse("cash:abc"),
            Err(Error::Parse { .. })
        ));
    }
}
