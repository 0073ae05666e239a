//! When a reading becomes a line in the cart. Only a stable weight above zero is taken,
//! and never the same load twice: once a weight was taken, the next one is taken only
//! after the scale moved, emptied or showed another weight. (A pastry left on the scale
//! must not be sold again to the next customer who buys pastries by weight.)

use super::Reading;
use crate::money::Quantity;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Taking {
    /// The weight taken last, while the scale has not changed since.
    held: Option<Quantity>,
}

impl Taking {
    /// Follows what the scale says, whether or not a weight is wanted now.
    pub fn observe(&mut self, reading: Reading) {
        match reading {
            Reading::Stable(kg) if Some(kg) == self.held => {}
            _ => self.held = None,
        }
    }

    /// The weight to take from `reading`, if it may be taken.
    pub fn offer(&self, reading: Reading) -> Option<Quantity> {
        match reading {
            Reading::Stable(kg) if kg.is_positive() && Some(kg) != self.held => Some(kg),
            _ => None,
        }
    }

    /// `kg` was taken: the same load is not taken again until the scale changes.
    pub fn taken(&mut self, kg: Quantity) {
        self.held = Some(kg);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kg(milli: i64) -> Quantity {
        Quantity::from_milli(milli)
    }

    #[test]
    fn a_stable_weight_is_taken_once_until_the_scale_changes() {
        let mut taking = Taking::default();
        assert_eq!(taking.offer(Reading::Moving(Some(kg(300)))), None);
        assert_eq!(taking.offer(Reading::Zero), None);
        assert_eq!(taking.offer(Reading::Negative), None);
        assert_eq!(taking.offer(Reading::Overload), None);
        assert_eq!(taking.offer(Reading::Stable(kg(350))), Some(kg(350)));
        taking.taken(kg(350));
        // Still on the scale: not again.
        taking.observe(Reading::Stable(kg(350)));
        assert_eq!(taking.offer(Reading::Stable(kg(350))), None);
        // Another pastry put beside it: a new weight.
        assert_eq!(taking.offer(Reading::Stable(kg(700))), Some(kg(700)));
        // Emptied, then the same weight again: a new load.
        taking.observe(Reading::Zero);
        assert_eq!(taking.offer(Reading::Stable(kg(350))), Some(kg(350)));
    }
}
