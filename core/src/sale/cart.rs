//! The cart at the counter, before it becomes a sale: what the customer takes and how much
//! is still due. Pure rules, no storage: the screen and the tests drive it directly.

use super::payment::{Method, Tender};
use super::record::CartLine;
use crate::catalog::Product;
use crate::error::{Error, SaleError};
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

    /// Empties the cart, handing its lines over (to a sale being saved).
    pub fn take(&mut self) -> Vec<CartLine> {
        std::mem::take(&mut self.lines)
    }

    /// Puts lines handed over by [`Cart::take`] back in front of what was added since
    /// (their sale was not saved).
    pub fn put_back(&mut self, earlier: Vec<CartLine>) {
        self.lines.splice(0..0, earlier);
    }

    /// Sets a line's discount (an amount off the line, not below zero, not above it).
    pub fn set_discount(&mut self, index: usize, discount: Money) -> Result<(), Error> {
        let Some(line) = self.lines.get_mut(index) else {
            return Ok(());
        };
        if discount.is_negative() || discount > line.gross() {
            return Err(Error::Sale(SaleError::DiscountTooLarge {
                sku: line.product.sku.clone(),
            }));
        }
        line.discount = discount;
        Ok(())
    }

    /// Takes `amount` off the whole cart: spread over the lines in proportion to their
    /// price, to the centime, the rounding left over going to the largest lines, so the
    /// lines' discounts add up to exactly `amount`. Replaces the lines' own discounts.
    pub fn discount_all(&mut self, amount: Money) -> Result<(), Error> {
        let gross: Money = self.lines.iter().map(CartLine::gross).sum();
        if amount.is_negative() || amount > gross {
            let sku = self
                .lines
                .first()
                .map(|l| l.product.sku.clone())
                .unwrap_or_default();
            return Err(Error::Sale(SaleError::DiscountTooLarge { sku }));
        }
        if gross.is_zero() {
            return Ok(());
        }
        let (amount_c, gross_c) = (i128::from(amount.centimes()), i128::from(gross.centimes()));
        let mut shares: Vec<(usize, i64, i128)> = self
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let exact = amount_c * i128::from(l.gross().centimes());
                (
                    i,
                    i64::try_from(exact / gross_c).unwrap_or(0),
                    exact % gross_c,
                )
            })
            .collect();
        let given: i64 = shares.iter().map(|s| s.1).sum();
        let mut left = amount.centimes() - given;
        shares.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        for share in &mut shares {
            if left == 0 {
                break;
            }
            share.1 += 1;
            left -= 1;
        }
        for (i, centimes, _) in shares {
            self.lines[i].discount = Money::from_centimes(centimes);
        }
        Ok(())
    }

    /// What the discounts take off the cart.
    pub fn discounts(&self) -> Money {
        self.lines.iter().map(|l| l.discount).sum()
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
    fn discounts_stay_within_the_lines_and_add_up() {
        let mut cart = Cart::default();
        cart.add(product(1, Unit::Piece, 3), Quantity::pieces(1));
        cart.add(product(2, Unit::Piece, 7), Quantity::pieces(1));
        cart.add(product(3, Unit::Kg, 90), Quantity::from_milli(350));
        assert!(cart.set_discount(0, Money::from_dirhams(4)).is_err());
        assert!(cart.set_discount(0, Money::from_dirhams(1)).is_ok());
        assert_eq!(cart.total(), Money::from_centimes(200 + 700 + 3150));
        cart.discount_all(Money::from_centimes(1001))
            .unwrap_or_default();
        assert_eq!(cart.discounts(), Money::from_centimes(1001));
        assert!(cart.lines().iter().all(|l| l.discount <= l.gross()));
        assert_eq!(cart.total(), Money::from_centimes(300 + 700 + 3150 - 1001));
        assert!(cart.discount_all(Money::from_dirhams(100)).is_err());
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
