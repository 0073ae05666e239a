## trust: messages of this area (see src/i18n.rs)

## Files written for people: never over the database, never over a file unless asked.
out-err-database = { $path } is the shop's database, one of its files or a backup: Souk never writes over it. Nothing was written; choose another name.
out-err-exists = { $path } already exists. Nothing was written; to replace it, add --force.
out-err-link = { $path } is a link to another file: Souk does not write through links. Nothing was written; give the path of the file itself.
out-err-folder = { $path } is a folder. Nothing was written; give a file name.

## Time only moves forward in the ledger.
time-err-before-last = The PC's clock says { $now }, but the last recorded event ({ $event }) is from { $last }: the ledger does not go back in time. Nothing was recorded; set the PC's date and time, then try again.
time-err-issued-month = The PC's clock says { $now }, but the statements of { $month } are already issued and frozen. Nothing was recorded; set the PC's date and time, then try again.
time-event-sale = a sale
time-event-refund = a refund
time-event-void = a void
time-event-payout = a payout
time-event-deposit = a deposit or return
time-event-session = the till
time-event-statements = the issue of statements

## A clock set by hand (SOUK_CLOCK) only on a demo's or a test's database.
kind-err-shop-clock = SOUK_CLOCK is set ({ $clock }), but this is a shop's database: its time is the PC's. Nothing was done; unset SOUK_CLOCK (it is for demo and test databases only).
kind-err-bad-clock = SOUK_CLOCK ({ $clock }) is not an instant: write it like 2026-11-29T10:15:00Z. Nothing was done.
kind-err-not-empty = Only an empty database can be marked for tests: this one already holds people or records. Nothing was changed.
kind-err-reserved = The setting { $key } is Souk's own and cannot be changed. Nothing was changed.
kind-marked-test = Database marked for tests: SOUK_CLOCK sets its time.
