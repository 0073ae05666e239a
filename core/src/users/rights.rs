//! Who may do what. Volunteers sell, print and open or close the till; administrators also
//! change the catalogue, prices and rates, void, refund, discount beyond the shop's limit,
//! issue statements, pay out (producers, or anything from the drawer), copy the whole
//! database, and manage people and settings.
//!
//! The core checks these itself, whatever the window shows. Until the first administrator
//! exists (a new or freshly imported shop) everyone may do everything: someone has to set
//! the shop up, and there is nobody yet to ask.
//!
//! The list of rights itself lives in [`crate::error::users`], below this module, so that a
//! refusal can name one.

use rusqlite::Connection;

use super::{Role, User, by_id};
use crate::error::{Error, Result, UsersError};

pub use crate::error::users::Right;

impl Role {
    pub fn may(self, right: Right) -> bool {
        match self {
            Role::Admin => true,
            Role::Volunteer => matches!(right, Right::Sell | Right::Print | Right::Till),
        }
    }
}

/// Whether an active administrator exists: from then on PINs are asked and rights held.
pub fn pins_required(conn: &Connection) -> Result<bool> {
    let mut stmt = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND active = 1)",
    )?;
    Ok(stmt.query_row([], |r| r.get(0))?)
}

/// The user `user_id`, if she is active and may do `right`; a typed refusal otherwise.
pub fn require(conn: &Connection, user_id: i64, right: Right) -> Result<User> {
    let user = by_id(conn, user_id)?;
    allow(conn, &user, right)?;
    Ok(user)
}

/// As `require`, for a user already read in this transaction. The shop's administrators
/// are asked about only when her role may not do `right` (a sale never asks).
pub fn allow(conn: &Connection, user: &User, right: Right) -> Result<()> {
    if !user.active {
        return Err(Error::Users(UsersError::UnknownUser(user.name.clone())));
    }
    if user.role.may(right) || !pins_required(conn)? {
        Ok(())
    } else {
        Err(Error::Users(UsersError::NotAllowed {
            user: user.name.clone(),
            right,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::users::add;

    fn shop() -> Result<(tempfile::TempDir, Connection)> {
        let dir = tempfile::TempDir::new().map_err(|e| Error::Migration(e.to_string()))?;
        let conn = crate::db::open(&dir.path().join("r.sqlite"))?;
        Ok((dir, conn))
    }

    #[test]
    fn every_right_has_a_name() {
        let ids = crate::i18n::Translator::new(crate::i18n::Lang::En).ids();
        let all = [
            Right::Sell,
            Right::Print,
            Right::Till,
            Right::Catalogue,
            Right::Void,
            Right::Refund,
            Right::Discount,
            Right::Statements,
            Right::Payout,
            Right::People,
            Right::Settings,
            Right::Restore,
            Right::Audit,
        ];
        for right in all {
            assert!(
                ids.contains(&right.msg_id().to_owned()),
                "{}",
                right.msg_id()
            );
        }
    }

    #[test]
    fn volunteers_sell_and_administrators_do_the_rest() -> Result<()> {
        let (_dir, conn) = shop()?;
        let amina = add(&conn, "Amina", Role::Volunteer)?.id;
        // Nobody to ask yet: the shop is being set up.
        assert!(require(&conn, amina, Right::Void).is_ok());
        let salma = add(&conn, "Salma", Role::Admin)?.id;
        assert!(require(&conn, amina, Right::Sell).is_ok());
        assert!(require(&conn, amina, Right::Till).is_ok());
        for right in [Right::Void, Right::Refund, Right::Catalogue, Right::Payout] {
            assert!(matches!(
                require(&conn, amina, right),
                Err(Error::Users(UsersError::NotAllowed { right: r, .. })) if r == right
            ));
            assert!(require(&conn, salma, right).is_ok());
        }
        Ok(())
    }
}
