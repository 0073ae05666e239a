//! The cart at the counter, before it becomes a sale: what the customer takes and how much
//! is still due. Pure rules, no storage: the screen and the tests drive it directly.

use super::payment::{Method, Tender};
use super::record::CartLine;
use crate::catalog::Product;
use crate::money::{Money, Quantity, Unit};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cart {
    lines: Vec<CartLine>,
}

impl Cart {
    pub fn lines(&self) -> &[CartLine] {
        &self.lines
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Adds a product. A piece already in the cart gets one more (a scanner scanning the
    /// same caftan twice means two caftans); a weighed product always gets its own line.
    pub fn add(&mut self, product: Product, quantity: Quantity) -> usize {
        if product.unit == Unit::Piece
            && let Some(index) = self
                .lines
                .iter()
                .position(|l| l.product.id == product.id && l.discount.is_zero())
        {
            self.lines[index].quantity = self.lines[index].quantity + quantity;
            return index;
        }
        self.lines.push(CartLine {
            product,
            quantity,
            discount: Money::ZERO,
        });
        self.lines.len() - 1
    }

    /// One more piece of a line; weighed lines are changed by weighing again.
    pub fn increase(&mut self, index: usize) {
        if let Some(line) = self
            .lines
            .get_mut(index)
            .filter(|l| l.product.unit == Unit::Piece)
        {
            line.quantity = line.quantity + Quantity::pieces(1);
        }
    }

    /// One piece less; the last piece removes the line.
    pub fn decrease(&mut self, index: usize) {
        let Some(line) = self.lines.get_mut(index) else {
            return;
        };
        if line.product.unit == Unit::Piece && line.quantity > Quantity::pieces(1) {
            line.quantity = line.quantity - Quantity::pieces(1);
            line.discount = line.discount.min(line.gross());
        } else {
            self.lines.remove(index);
        }
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.lines.len() {
            self.lines.remove(index);
        }
    }

    pub fn clear(&mut self) {
        self.lines.clear();
    }

    pub fn total(&self) -> Money {
        self.lines.iter().map(CartLine::total).sum()
    }

    /// Number of articles: pieces counted one by one, each weighed line as one.
    pub fn articles(&self) -> i64 {
        self.lines
            .iter()
            .map(|l| match l.product.unit {
                Unit::Piece => l.quantity.milli() / 1000,
                Unit::Kg => 1,
            })
            .sum()
    }

    pub fn into_lines(self) -> Vec<CartLine> {
        self.lines
    }
}

/// How the customer pays, as the volunteer enters it: cash received (maybe nothing yet)
/// and, for a split, a card or transfer paying the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaymentDraft {
    pub cash: Option<Money>,
    pub other: Option<Method>,
}

impl PaymentDraft {
    /// The tenders for a sale of `total`: the cash received, and the card or transfer for
    /// whatever the cash does not cover.
    pub fn tenders(&self, total: Money) -> Vec<Tender> {
        let cash = self.cash.unwrap_or(Money::ZERO);
        let mut tenders = Vec::new();
        if let Some(method) = self.other {
            let rest = total - cash.min(total);
            if !rest.is_zero() {
                tenders.push(Tender {
                    method,
                    amount: rest,
                });
            }
            if !cash.is_zero() {
                tenders.push(Tender {
                    method: Method::Cash,
                    amount: cash.min(total),
                });
            }
        } else if !cash.is_zero() {
            tenders.push(Tender {
                method: Method::Cash,
                amount: cash,
            });
        }
        tenders
    }

    /// What is still due (positive) or to give back (negative) for a sale of `total`.
    pub fn balance(&self, total: Money) -> Money {
        total - self.tenders(total).iter().map(|t| t.amount).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn product(id: i64, unit: Unit, price: i64) -> Product {
        Product {
            id,
            sku: format!("S{id}"),
            barcode: None,
            name_ar: String::new(),
            name_fr: format!("P{id}"),
            category: "pastries".into(),
            producer_id: 1,
            producer_code: "P001".into(),
            unit,
            price: Money::from_dirhams(price),
            stock_tracked: false,
            stock: Quantity::ZERO,
            active: true,
        }
    }

    #[test]
    fn scanning_a_piece_twice_makes_two() {
        let mut cart = Cart::default();
        cart.add(product(1, Unit::Piece, 3), Quantity::pieces(1));
        cart.add(product(1, Unit::Piece, 3), Quantity::pieces(1));
        cart.add(product(2, Unit::Kg, 90), Quantity::from_milli(350));
        cart.add(product(2, Unit::Kg, 90), Quantity::from_milli(200));
        assert_eq!(cart.lines().len(), 3);
        assert_eq!(cart.lines()[0].quantity, Quantity::pieces(2));
        assert_eq!(cart.total(), Money::from_centimes(600 + 3150 + 1800));
        assert_eq!(cart.articles(), 4);
    }

    #[test]
    fn plus_minus_and_remove() {
        let mut cart = Cart::default();
        cart.add(product(1, Unit::Piece, 3), Quantity::pieces(1));
        cart.add(product(2, Unit::Kg, 90), Quantity::from_milli(350));
        cart.increase(0);
        cart.increase(1);
        assert_eq!(cart.lines()[0].quantity, Quantity::pieces(2));
        assert_eq!(cart.lines()[1].quantity, Quantity::from_milli(350));
        cart.decrease(0);
        cart.decrease(0);
        assert_eq!(cart.lines().len(), 1);
        cart.remove(0);
        cart.remove(5);
        assert!(cart.is_empty());
    }

    #[test]
    fn cash_card_and_split() {
        let total = Money::from_dirhams(150);
        let cash_only = PaymentDraft {
            cash: Some(Money::from_dirhams(200)),
            other: None,
        };
        assert_eq!(cash_only.balance(total), -Money::from_dirhams(50));
        let card = PaymentDraft {
            cash: None,
            other: Some(Method::Card),
        };
        assert_eq!(
            card.tenders(total),
            vec![Tender {
                method: Method::Card,
                amount: total
            }]
        );
        let split = PaymentDraft {
            cash: Some(Money::from_dirhams(50)),
            other: Some(Method::Card),
        };
        assert_eq!(split.balance(total), Money::ZERO);
        assert_eq!(split.tenders(total)[0].amount, Money::from_dirhams(100));
        assert_eq!(PaymentDraft::default().balance(total), total);
    }
}
