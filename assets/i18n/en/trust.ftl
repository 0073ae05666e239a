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

## Spreadsheets: CSV for the reader's Excel, and workbooks.
xl-err = The spreadsheet could not be made ({ $detail }). Nothing was written.
xl-written = Excel workbook written: { $path }
xl-sheet-summary = Summary
xl-sheet-time = Period
xl-sheet-categories = Categories
xl-sheet-producers = Producers
xl-sheet-payments = Payments
xl-sheet-top = Top products
xl-sheet-sales = Sales
xl-sheet-sale-lines = Sale lines
xl-sheet-statements = Statements
xl-sheet-statement-lines = Statement lines
xl-sheet-payouts = Payouts
xl-col-figure = Figure
xl-col-period = Period
xl-col-previous-period = Previous period
xl-col-code = Code
xl-col-sku = Product code
xl-col-name = Name
xl-col-name-ar = Name in Arabic
xl-col-revenue = Revenue
xl-col-previous-revenue = Revenue of the previous period
xl-col-step = Date
xl-col-previous-step = Compared date
xl-col-sales = Sales
xl-col-number = Number
xl-col-at = Date and time
xl-col-day = Day
xl-col-cashier = Cashier
xl-col-status = Status
xl-col-refund-of = Refunds sale
xl-col-total = Amount
xl-col-line = Line
xl-col-product = Product
xl-col-product-ar = Product in Arabic
xl-col-producer = Producer
xl-col-quantity = Quantity
xl-col-unit-price = Unit price
xl-col-discount = Discount
xl-col-association = Association's share
xl-col-her-share = Her share
xl-col-opening = Opening balance
xl-col-gross = Month's sales
xl-col-net = Net
xl-col-paid = Paid
xl-col-closing = Balance
xl-col-method = Method
xl-row-from = From
xl-row-to = To
xl-row-revenue = Revenue
xl-row-basket = Average basket
xl-row-refunds-total = Refunds (amount)
xl-row-voids-total = Voids (amount)
xl-row-discounts = Discounts
xl-row-association = Association's share
xl-row-producers = Producers' share
xl-row-women-total = Women's income (total)
xl-row-women-median = Median income
xl-row-sales = Sales (count)
xl-row-refunds = Refunds (count)
xl-row-voids = Voids (count)
xl-row-women = Women with an income
xl-row-newcomers = New producers
xl-status-completed = Sale
xl-status-refund = Refund
xl-status-voided = Voided

## Saving over a file already there, in the window.
ui-replace-question = The file { $path } already exists. Replace it? The old one will be lost.
ui-replace-keep = Keep the old one
ui-replace-yes = Replace
ui-report-export-xlsx = Excel workbook

## Rights added for #14.10.
right-cash-out = take money out of the drawer
right-backup = copy the whole database

## Amounts that could be read two ways, and cash that cannot be right (#14.8).
parse-ambiguous = “{ $input }” could be { $thousands } or { $one }: write { $thousands } for thousands, or { $one } with two decimals.
err-change-too-large = { $tendered } received for { $due } to pay in cash: that is { $change } too much, more than a 200 note. Check the amount received. Nothing was recorded.

## People whose names look alike (#14.9).
err-user-looks-like = “{ $typed }” looks too much like “{ $existing }”, who is already a user: at the counter they would be mistaken for each other. Choose a name no one can mistake. Nothing was changed.
out-err-no-folder = The folder { $path } does not exist. Nothing was written; create it or choose another.
