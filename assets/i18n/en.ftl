## Souk — English messages. Every id here must exist in ar.ftl and fr.ftl (a test checks).

## Typed numbers
parse-empty = Nothing was typed.
parse-not-a-number = “{ $input }” is not a number. Type digits, for example 12,50.
parse-negative = “{ $input }” is negative; it must be zero or more.
parse-too-many-decimals = “{ $input }” has too many decimals (at most { $max }).
parse-too-large = “{ $input }” is too large (at most { $max }).
parse-not-whole = “{ $input }”: this product is sold by the piece; type a whole number.
parse-zero = “{ $input }” must be more than zero.

field-price = price
field-quantity = quantity
field-payment = payment
field-stock = stock
field-share = association share
field-value = value
err-field = { $field }: { $detail }

## Refusals and failures
err-folder = Cannot create the folder { $path }: { $detail }
err-open = Cannot open the database { $path }: { $detail }
err-db-too-new = The database { $path } was made by a newer version of Souk (schema { $found }; this one knows { $known }). Install the newer Souk; nothing was changed.
err-migration = The database could not be upgraded; nothing was changed: { $detail }
err-sqlite = Database error: { $detail }
err-damaged = The database is damaged: in table { $table }, row { $row }, column { $column } holds { $found }, a value Souk never writes. Nothing was changed. Restore the last backup, or call the person who installed Souk.
err-read-file = Cannot read { $path }: { $detail }
err-unknown-product = No product has the code or barcode “{ $code }”.
err-inactive-product = The product { $code } is no longer sold.
err-unknown-producer = No producer has the code “{ $code }”.
err-unknown-user = Nobody called “{ $name }” uses Souk. An administrator adds them on the People screen (F12).
err-user-exists = “{ $name }” is already a user.
err-unknown-sale = No sale has the number “{ $number }”.
err-weight-needed = { $sku } is sold by weight: give the weight in kg, for example { $sku }x0.350
err-empty-cart = The cart is empty.
err-discount-too-large = The discount on { $sku } is larger than the line.
err-not-paid = Not paid: { $due } still due. Nothing was saved.
err-non-cash-exceeds = Card and transfer payments exceed the total by { $excess }; only cash gives change.
err-zero-payment = A payment must be more than zero.
err-cash-not-needed = Cash was given but the card or transfer already pays everything.
err-unknown-method = Unknown payment method “{ $method }”: use cash, card or transfer.
err-payment-syntax = A payment looks like cash:100 or card:61.50, not “{ $text }”.
err-reason-required = A reason is required.
err-already-voided = Sale { $number } is already voided.
err-refund-of-voided = Sale { $number } is voided; there is nothing to refund.
err-refund-of-refund = Sale { $number } is a refund; refund the original sale instead.
err-void-of-refunded = Sale { $number } has refunds and can no longer be voided.
err-void-of-refund = Sale { $number } is a refund and cannot be voided.
err-void-too-late = Sale { $number } is from { $day }; only today's sales can be voided. Refund it instead.
err-no-such-line = Sale { $number } has no line { $line }.
err-refund-exceeds = Line { $line } of sale { $number }: only { $left } left to refund.
err-nothing-to-refund = Sale { $number } has already been refunded in full.
err-invalid-barcode = The barcode { $code } is not a valid EAN-13.
err-import = { $count ->
    [one] The file has a bad line; nothing was imported:
   *[other] The file has { $count } problems; nothing was imported:
}
err-csv = The file is not readable CSV: { $detail }
err-missing-column = The file has no “{ $column }” column ({ $meaning }).
err-demo-needs-empty = The demo shop needs an empty database: use --db with a new file.
err-bad-day = “{ $text }” is not a day: write it as YYYY-MM-DD, for example 2026-11-29.
err-unknown-role = Unknown role “{ $role }”: use volunteer or admin.
err-check-failed = { $count ->
    [one] The check found a problem.
   *[other] The check found { $count } problems.
}

## Import
import-line = line { $line }: { $reason }
import-no-code = no code
import-no-sku = missing reference (sku column)
import-no-name = no name (neither Arabic nor Latin)
import-duplicate-in-file = “{ $code }” already appears on line { $first }
import-sku-taken = duplicate reference: { $code } already belongs to producer { $owner }
import-barcode-taken = the barcode { $code } already belongs to { $owner }
import-bad-barcode = the barcode { $code } has a wrong check digit (or is not 13 digits)
import-unknown-producer = unknown producer “{ $code }”
import-unknown-category = unknown category “{ $value }” (known: { $known })
import-unknown-workshop = unknown workshop “{ $value }” (known: { $known })
import-unknown-unit = unknown unit “{ $value }”: use piece or kg
import-bad-date = “{ $value }” is not a date (YYYY-MM-DD)
imported-producers = Producers: { $added ->
    [one] one added
   *[other] { $added } added
}, { $updated ->
    [one] one updated
   *[other] { $updated } updated
}.
imported-products = Products: { $added ->
    [one] one added
   *[other] { $added } added
}, { $updated ->
    [one] one updated
   *[other] { $updated } updated
}.

## Lists
count-producers = { $count ->
    [one] 1 producer
   *[other] { $count } producers
}
count-products = { $count ->
    [one] 1 product
   *[other] { $count } products
}
rate-default = shop's default share
inactive = inactive
unit-kg = kg
in-stock = { $quantity } in stock
user-added = { $name } added ({ $role }).

## Sales
sale-title = Sale { $number } — { $time } — { $cashier }
refund-title = Refund { $number } — { $time } — { $cashier }
voided-title = Sale { $number } (VOIDED) — { $time } — { $cashier }
refund-of = Refunds sale { $number }
reason-line = Reason: { $reason }
sale-line = { $line }. { $name } ({ $maker }) — { $quantity } × { $price } = { $total }
sale-line-discount = {" "}(discount { $discount })
sale-total = Total: { $total }
payment-line = { $method }: { $amount }
payment-cash-change = { $method }: { $tendered } received — change { $change }
method-cash = Cash
method-card = Card
method-transfer = Transfer
status-completed = completed
status-refund = refund
status-voided = voided
voided = Sale { $number } is voided.
sales-summary = { $count ->
    [one] 1 sale
   *[other] { $count } sales
}, net total { $total }

## Check
check-ok = The ledger is sound: every check passed.
check-integrity = SQLite integrity: { $a }
check-lines-total = Sale { $a }: total { $b } but its lines add up to { $c } (centimes).
check-line-shares = Sale { $a }, line { $b }: the shares do not add up to the line total { $c }.
check-line-amount = Sale { $a }, line { $b }: the total { $c } is not price × quantity − discount.
check-payments = Sale { $a }: total { $b } but payments add up to { $c } (centimes).
check-cash-change = Sale { $a }: cash received { $b } minus change { $c } does not match the payment.
check-gap = Year { $a }: { $b } receipts but the last number is { $c }; numbers are missing.
check-refund-exceeds = Sale { $a }, line { $b }: refunded more than the { $c } sold (thousandths).
check-stock = Product { $a }: stock { $b } but its movements add up to { $c } (thousandths).

## Demo
demo-done = Demo shop ready: { $producers ->
    [one] { $producers } producer
   *[other] { $producers } producers
}, { $products ->
    [one] { $products } product
   *[other] { $products } products
}, { $sales ->
    [one] { $sales } sale
   *[other] { $sales } sales
} and { $refunds ->
    [one] { $refunds } refund
   *[other] { $refunds } refunds
} from { $from } to { $to }. Users: { $users }.

## Program
status = Souk is ready. Database: { $path } — { $producers ->
    [one] { $producers } producer
   *[other] { $producers } producers
}, { $products ->
    [one] { $products } product
   *[other] { $products } products
}, { $sales ->
    [one] { $sales } sale
   *[other] { $sales } sales
}.
status-hint = To start: souk demo (a demo shop), or souk import producers FILE. All commands: souk --help

## The window
ui-loading = Opening the shop…
ui-failed-title = Souk cannot open the shop
ui-failed-hint = Nothing was changed. Close Souk, fix the problem above, and start it again.
ui-shop = The small market
ui-cashier = At the counter:
ui-nav-counter = Counter
ui-search-placeholder = Scan or search a product…
ui-all = All
ui-cart = Cart
ui-cart-empty = The cart is empty: scan a product or touch it.
ui-articles = { $count ->
    [one] 1 article
   *[other] { $count } articles
}
ui-total = TOTAL
ui-pay-cash = Cash
ui-pay-card = Card
ui-pay-transfer = Transfer
ui-clear = Empty the cart
ui-received = Received
ui-exact = Exact
ui-change = Change
ui-due = Still due
ui-confirm = Confirm
ui-back = Back
ui-rest-by-card = Rest by card
ui-rest-by-transfer = Rest by transfer
ui-weight-title = Weight of { $name }
ui-weight-hint = Put it on the scale and type the weight in kg, for example 0,350.
ui-add = Add
ui-saving = Saving…
ui-sale-done = Sale { $number } saved.
ui-added = { $name } added.
ui-unknown-code = No product has the code “{ $code }”. Check the tag, or search by name.
ui-no-match = Nothing matches “{ $query }”.
ui-per-kg = /kg
ui-no-cashier = Choose who is at the counter first.
ui-more-results = Type more letters to see the other products.
ui-first-title = Welcome to Souk
ui-first-intro = The database is empty. Name the shop and its first administrator, or load a demo shop to try Souk.
ui-first-shop-name = Shop name
ui-first-admin = First administrator's name
ui-first-create = Create the shop
ui-first-demo = Load the demo shop
ui-first-needed = Type the shop’s name (in Arabic, in French, or both) and the administrator’s.

## The window: sales history
sales-ui-nav = Sales
sales-ui-number = Receipt number
sales-ui-number-placeholder = e.g. 153
sales-ui-day = Day
sales-ui-day-placeholder = every day
sales-ui-product = Product
sales-ui-product-placeholder = name, code or barcode
sales-ui-search = Search
sales-ui-today = Today
sales-ui-hint = A receipt number is looked for on every day.
sales-ui-searching = Searching…
sales-ui-none = No sale matches. Check the number, the day or the product.
sales-ui-too-many = { $count ->
    [one] Only the newest sale is shown: add a day or a product to find the others.
   *[other] Only the { $count } newest sales are shown: add a day or a product to find the others.
}
sales-ui-pick = Touch a sale in the list to see its receipt.
sales-ui-receipt = Receipt { $number }
sales-ui-cashier = Cashier: { $name }
sales-ui-discount = discount { $amount }
sales-ui-refund = Refund
sales-ui-refund-all = Refund everything
sales-ui-void = Void the sale
sales-ui-refunded-part = Already refunded: { $quantity }
sales-ui-refund-line-title = Refund { $name } ({ $left } left)
sales-ui-refund-all-title = Refund everything left of sale { $number }
sales-ui-void-title = Void sale { $number }: it stays in the ledger, marked voided.
sales-ui-quantity = Quantity
sales-ui-reason = Reason
sales-ui-reason-placeholder = Why? (required)
sales-ui-confirm-refund = Confirm the refund
sales-ui-confirm-void = Confirm the void
sales-ui-refunded = Refund { $number } saved: give back { $amount }.

## Catalogue screen (producers and products)
cat-nav = Catalogue
cat-tab-products = Products
cat-tab-producers = Producers
cat-add-product = New product
cat-add-producer = New producer
cat-import-open = Import a file
cat-search-products = Search a product by name or code…
cat-search-producers = Search a producer by name, code or phone…
cat-col-name = Name
cat-col-sku = Code
cat-col-price = Price
cat-col-producer = Made by
cat-col-category = Category
cat-col-stock = Stock
cat-col-code = Code
cat-col-phone = Phone
cat-col-workshop = Workshop
cat-col-share = Association's share
cat-col-on-sale = Products on sale
cat-col-line = Line
cat-col-reason = What to fix
cat-withdraw = Withdraw from sale
cat-put-back = Put back on sale
cat-deactivate = Deactivate
cat-reactivate = Reactivate
cat-inactive = not on sale
cat-share-default = { $rate } (default)
cat-product-saved = Saved: { $name }.
cat-producer-saved = Saved: { $name }.
cat-product-back = On sale again: { $name }.
cat-product-withdrawn = Withdrawn from sale: { $name }. Its past sales stay in the statements; touch “Put back on sale” to sell it again.
cat-producer-back = { $name } is active again. Her products stay withdrawn: put them back on sale one by one in Products.
cat-producer-withdrawn = { $count ->
    [0] { $name } is deactivated. Her past sales stay in her statements.
    [one] { $name } is deactivated, and her product on sale was withdrawn. Her past sales stay in her statements.
   *[other] { $name } is deactivated, and her { $count } products on sale were withdrawn. Her past sales stay in her statements.
}
cat-new-product = New product
cat-edit-product = Change: { $name }
cat-new-producer = New producer
cat-edit-producer = Change: { $name }
cat-name-fr = Name in French
cat-name-ar = Name in Arabic
cat-name-latin = Name in Latin letters
cat-name-hint = One name is enough: the other is copied from it.
cat-producer = Made by
cat-choose-producer = Choose the producer…
cat-producer-fixed = This product has been sold: it stays with her, so her statements stay right. For another producer, add a new product.
cat-category = Category
cat-sold = Sold
cat-by-piece = By the piece
cat-by-kg = By weight (kg)
cat-price-piece = Price of one piece (DH)
cat-price-kg = Price of one kg (DH)
cat-price-hint = For example 12,50
cat-stock = Stock
cat-stock-not-counted = Not counted
cat-stock-counted = Counted
cat-stock-count = How many are on the shelf now
cat-stock-hint = Count them and type the number (in kg for products sold by weight). Leave it empty to keep the current figure.
cat-sku = Product code
cat-sku-hint = Leave it empty and Souk chooses one.
cat-barcode = Barcode
cat-barcode-hint = The 13 digits under the bars. No barcode? Touch “Make a barcode” for a shop label.
cat-generate-barcode = Make a barcode
cat-no-workshop = None
cat-phone = Phone
cat-workshop = Workshop
cat-share = Association's share (%)
cat-share-hint = Leave it empty for the shop's default ({ $rate }). A change applies to sales from now on.
cat-code = Producer code
cat-code-hint = Leave it empty and Souk chooses one.
cat-save = Save
cat-cancel = Cancel
cat-import-title = Import a spreadsheet file
cat-import-kind = What the file lists
cat-import-explain = In the spreadsheet, save the sheet as CSV (comma or semicolon). Its first line names the columns, with these names:
cat-import-path = Where the file is
cat-import-path-placeholder = /home/shop/Documents/products.csv
cat-import-path-hint = Type the full path of the file, or paste it from the file manager. If a single line is wrong, nothing is imported.
cat-import = Import
cat-importing = Importing…
cat-import-fix = Fix these lines in the spreadsheet, save it, and import it again.
cat-import-no-path = First type where the file is, for example /home/shop/Documents/products.csv
cat-back-to-list = Back to the list
cat-err-name-required = Type the name, in Arabic or in Latin letters (one is enough).
cat-err-code-taken = The code “{ $code }” already belongs to another producer. Choose another one, or leave it empty and Souk chooses one.
cat-err-sku-taken = The code “{ $code }” already belongs to another product. Choose another one, or leave it empty and Souk chooses one.
cat-err-sku-is-barcode = “{ $code }” is the barcode of the product { $owner }. Choose another code.
cat-err-barcode-taken = The barcode { $code } is already on the product { $owner }. Check the label, or touch “Make a barcode” for a new one.
cat-err-no-category = Choose a category.
cat-err-unknown-category = “{ $value }” is not a category. Choose one of: { $known }.
cat-err-unknown-workshop = “{ $value }” is not a workshop. Choose one of: { $known }.
cat-err-no-producer = Choose who made this product.
cat-err-producer-change = { $sku } has already been sold: it must stay with the same producer, so her statements stay right. For another producer, add a new product.
cat-err-inactive-producer = The producer { $code } is deactivated. Reactivate her first, in Producers.
cat-err-no-barcode-left = Every shop barcode is taken. Type the barcode printed on the product instead.
cat-find-producer = Type a few letters of her name or code…
cat-no-products = No products yet: touch “New product”, or import a file.
cat-no-producers = No producers yet: touch “New producer”, or import a file.

## Discounts at the counter (administrators)
ui-discount-cart = Discount on the cart
ui-discount-line = Discount on { $name }
ui-discount-hint = An amount (5) or a percentage (10 %)
ui-discounts = Discounts

## Settings (receipts and printer)
set-nav = Settings
set-title = Receipts and printer
set-printer = Printer
set-printer-hint = tcp:192.168.1.50 or file:/dev/usb/lp0 — empty: no printer
set-name-ar = Shop name in Arabic
set-name-fr = Shop name in French
set-address = Address
set-phone = Phone
set-ice = ICE
set-if = IF (tax identifier)
set-rc = RC (trade register)
set-tp = TP (business tax)
set-header = Lines at the top (separate them with |)
set-footer = Lines at the bottom (separate them with |)
set-width = Paper width
set-optional = (optional)
set-drawer = Open the cash drawer for cash sales
set-show-maker = Print the maker's name on each line
set-save = Save
set-saved = { $count ->
    [one] { $count } setting saved.
   *[other] { $count } settings saved.
}
set-print-test = Print a test page
set-test-printed = The test page was sent to the printer.

## Receipt printers
print-err-spec-kind = “{ $spec }” is not a printer. Write tcp:HOST[:PORT], file:PATH, usb:VID:PID, serial:PATH[:BAUD], system:NAME (a printer of the PC) or png:PATH; with no printer, leave the field empty.
print-err-spec-host = “{ $spec }” names no printer: write it like tcp:192.168.1.50 or tcp:printer.local:9100.
print-err-spec-port = “{ $spec }”: the port must be a number from 1 to 65535, for example tcp:192.168.1.50:9100.
print-err-spec-path = “{ $spec }” has no path: write it like file:/dev/usb/lp0, serial:/dev/ttyUSB0:9600 or png:/tmp/receipt.png.
print-err-spec-usb = “{ $spec }”: a USB printer is written usb:VID:PID with two hexadecimal ids, for example usb:04b8:0e15.
print-err-spec-baud = “{ $spec }”: the speed must be a whole number, for example serial:/dev/ttyUSB0:9600.
print-err-unsupported = This build of Souk has no { $kind } printer support. Choose in Settings (F8) a network printer (tcp:…) or a device file (file:…).
print-err-failed = The printer { $printer } did not print: { $detail }
print-err-pending = Receipt { $number } was not printed ({ $reason }). The sale is saved and its receipt waits: print it with souk receipt { $number }
print-err-no-printer = No receipt printer is set: choose it in Settings (F8).
print-err-paper = “{ $text }” is not a paper width: use 58 or 80 (mm).
print-err-not-latin = Text mode prints Latin letters only, not “{ $text }”: print the receipt as a picture.
print-done = Receipt { $number } printed on { $printer }.
print-done-duplicate = Duplicate of receipt { $number } printed on { $printer }.
print-none-pending = No receipt is waiting to be printed.
print-retry-summary = { $printed ->
    [one] { $printed } receipt printed
   *[other] { $printed } receipts printed
}, { $left ->
    [one] { $left } still waiting
   *[other] { $left } still waiting
}.
err-write-file = Cannot write { $path }: { $detail }
ui-printed = The receipt was printed.
ui-print-again = Print the receipt again
sales-ui-reprint = Print again (duplicate)
set-text-mode = Text-only receipts (French only, for printers that cannot print pictures)
backup-err-not-souk = { $path } is not a Souk database: nothing was changed.
backup-err-damaged = The backup { $path } is damaged ({ $detail }): nothing was changed. Use another backup.
backup-err-no-folder = No backup folder is set: give a file, e.g. souk backup /media/usb/souk.sqlite, or set the folder once with souk backup --folder DIR.
backup-err-keep = “{ $text }” is not a number of backups to keep: give a whole number from 1 to 10000.
backup-err-itself = { $path } is the current database itself: choose a backup file.
backup-done = Backup written and verified: { $path } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}, schema { $version }, { $sales ->
    [one] { $sales } sale
   *[other] { $sales } sales
}).
backup-removed = Older backup removed: { $path }
cli-setting-set = { $label }: { $value }. Saved.
backup-folder-set = Backups will go to { $folder }, { $keep ->
    [one] only the last one kept
   *[other] the last { $keep } kept
}.
restore-done = Database restored from { $backup } (schema { $version }, { $sales ->
    [one] { $sales } sale
   *[other] { $sales } sales
}).
restore-kept = The previous database was kept in { $path }
restore-nothing-kept = There was no previous database to keep.

## Statements and payouts
stmt-err-bad-month = "{ $text }" is not a month: write it as YYYY-MM, e.g. 2026-11.
stmt-err-month-open = The month { $month } has not ended yet: its statements can be issued from the first day of the next month. Nothing was issued.
stmt-err-already-issued = The statements of { $month } are already issued; an issued statement never changes. A later correction lands on the next month.
stmt-err-payout-exceeds = This payout is more than what { $producer } is owed ({ $balance }). Pay at most her balance, or record it as an advance (--advance). Nothing was paid.
stmt-err-payout-method = Unknown payout method "{ $method }": cash or transfer.
stmt-title = Statement of { $name } ({ $code }) for { $month }
stmt-number = Statement no. { $number }
stmt-draft = Draft (not issued)
stmt-opening = Opening balance: { $amount }
stmt-line = { $day }  { $number }  { $name } × { $quantity }: { $amount } (association { $association }, her share { $share })
stmt-refund-line = { $day }  { $number }  refund: { $name } × { $quantity }: { $amount } (association { $association }, her share { $share })
stmt-totals = Sales { $gross }, association { $association }, her net { $net }
stmt-payout-line = Paid on { $day }: { $amount } ({ $method })
stmt-paid-total = Paid this month: { $amount }
stmt-closing = Closing balance: { $amount }
stmt-none = No producer has a statement for { $month }.
stmt-issued = { $count ->
    [one] One statement issued for { $month }.
   *[other] { $count } statements issued for { $month }.
}
stmt-payout-done = Paid { $amount } to { $producer } ({ $method }). Her balance is now { $balance }.

## People, PINs and rights (#7)
auth-err-not-allowed = { $name } may not { $right }: an administrator must do it, or enter her PIN for it.
auth-err-pin-format = A PIN is 4 to 8 digits.
auth-err-wrong-pin = Wrong PIN for { $name }.
auth-err-pin-wait = Too many wrong PINs for { $name }: try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}, or ask an administrator for a new PIN.
auth-err-pin-not-set = { $name } has no PIN yet: an administrator must give her one on the People screen (F12).
auth-err-pin-needed = A PIN is needed: type it at the prompt, or set SOUK_PIN.
auth-err-pin-mismatch = The two PINs are not the same. Nothing was changed.
auth-err-user-needed = Nobody is at the counter: choose who you are at the top of the screen.
auth-err-last-admin = The shop must keep at least one administrator.
auth-pin-prompt = PIN of { $name }:
auth-new-pin-prompt = New PIN for { $name } (4 to 8 digits):
auth-new-pin-again = The same PIN again:
user-pin-changed = New PIN saved for { $name }.
user-role-changed = { $name } is now { $role }.
user-withdrawn = { $name } can no longer sign in. Her sales keep her name.
right-sell = sell
right-print = print
right-till = open or close the till
right-catalogue = change the catalogue
right-void = void a sale
right-refund = give a refund
right-discount = give this discount
right-statements = issue statements
right-payout = pay out
right-people = manage people
right-settings = change settings
right-restore = restore a backup
right-audit = read the audit trail
ui-first-pin = Her PIN (4 to 8 digits): she will type it to open the counter
ui-first-demo-pins = Demo shop: administrator “admin”, PIN 2016; volunteers Amina 1111, Fatima 2222, Khadija 3333.
ui-signin-title = Who is at the counter?
ui-signin-pin = PIN of { $name }
ui-signin-ok = Open
ui-signin-approve-title = An administrator approves
ui-signin-approve-hint = Her PIN lets the next action through, once.
ui-signin-cancel = Cancel
ui-lock = Lock
ui-approve = Administrator
ui-approved-by = Approved by { $name }
ui-backup-failed = Today's backup could not be made: { $reason } The sales are safe in the shop's database; check the backup folder (USB stick), then restart Souk.
people-nav = People
people-title = People at the counter
people-new-pin = New PIN
people-make-admin = Make administrator
people-make-volunteer = Make volunteer
people-withdraw = Withdraw
people-pin = PIN
people-name = Name
people-add = Add
people-add-title = Add someone
role-admin = administrator
role-volunteer = volunteer
audit-title = Audit trail
audit-producer-added = producer added
audit-producer-changed = producer changed
audit-product-added = product added
audit-product-changed = product changed
audit-catalogue-imported = catalogue imported
audit-discount = discount
audit-void = sale voided
audit-refund = refund
audit-statements-issued = statements issued
audit-payout = payout
audit-cash-difference = cash difference
audit-setting-changed = setting changed
audit-user-added = person added
audit-user-changed = person changed
audit-pin-changed = PIN changed
audit-pin-failed = wrong PIN
audit-restored = backup restored

## One writer, full or read-only disks, damaged files
store-err-busy = The database is busy: another Souk or another program is writing to it. Nothing was saved; try again in a moment.
store-err-read-only = The database cannot be written: its file, its folder or the disk is read-only. Nothing was saved; move the database to a writable place or ask for help.
store-err-disk-full = The disk is full. Nothing was saved; free some space (or use another disk) and try again.
store-err-damaged = The database file is damaged or is not a Souk database. Nothing was changed; restore the last backup or ask for help.
store-err-already-open = Souk is already open on this database ({ $path }) in another window. Use that window, or close it first.

## Bad input
input-err-hidden-character = “{ $text }” contains an invisible character ({ $code }), such as a tab or a direction override. Nothing was saved; type it again without it.
input-err-too-long = “{ $text }” is { $chars ->
    [one] { $chars } character
   *[other] { $chars } characters
} long; at most { $max } are allowed. Nothing was saved.
input-err-csv-not-utf8 = Line { $line } of the file is not UTF-8 text. Nothing was imported; in the spreadsheet, save it as “CSV UTF-8” and import it again.
set-discount-limit = Volunteers' discount limit (%)
set-lock-after = Lock after (idle minutes)
set-err-range = “{ $value }” is not a whole number from { $min } to { $max }. Nothing was saved.
## Cash sessions and reports
cash-err-unknown-session = There is no cash session { $id }.
cash-err-no-session = No cash session is open: open the till at the counter with the counted float. Nothing was recorded.
cash-err-already-open = Cash session { $id } is already open: close it before opening another.
cash-err-none-closed = No cash session has been closed yet: there is no Z report.
cash-err-count-syntax = “{ $text }” is not a count: write DENOMINATION:PIECES separated by commas, e.g. 200:3,100:5,0.50:4.
cash-err-denomination = { $text } DH is not a Moroccan coin or note (coins 0.10, 0.20, 0.50, 1, 2, 5, 10; notes 20, 50, 100, 200).
cash-err-void-closed = Sale { $number } belongs to a cash session that is already closed: it can no longer be voided. Refund it instead.
report-err-period = The period ends ({ $to }) before it starts ({ $from }).
cash-opened = Cash session { $id } opened by { $user } with a float of { $float }.
cash-opened-zero = No cash session was open: session { $id } was opened with a zero float. Record the change in the drawer with souk session payin.
cash-closed = Cash session { $id } closed by { $user }: expected { $expected }, counted { $counted }, difference { $difference }.
cash-pay-in-recorded = Pay-in of { $amount } recorded in session { $id }: { $reason }.
cash-pay-out-recorded = Pay-out of { $amount } recorded in session { $id }: { $reason }.
cash-drawer-recorded = Drawer opening recorded in session { $id }: { $reason }.
cash-report-printed = Report printed on { $printer }.
report-title = Revenue from { $from } to { $to } (previous period: { $pfrom } to { $pto })
report-revenue = Revenue: { $now } (previous: { $before })
report-sales = Sales: { $count }, average basket { $basket } (previous: { $pcount }, { $pbasket })
report-refunds = Refunds: { $count }, { $total } (previous: { $pcount }, { $ptotal })
report-voids = Voided sales: { $count }, { $total } (previous: { $pcount }, { $ptotal })
report-women = Women who earned an income: { $women }, { $total } in all, median { $median } (previous: { $pwomen }, { $ptotal })
report-new = Producers earning for the first time: { $count }
report-row = { $key } { $name }: { $now } (previous: { $before })
report-top = Best-selling products:
check-report-days = The review's totals of { $a } ({ $c }) differ from the ledger's ({ $b }).
check-report-months = The review's totals of the month { $a } ({ $c }) differ from the ledger's ({ $b }).
ui-nav-till = Till
ui-nav-reports = Reports
ui-till-closed = The till is not open: count the cash in the drawer (the float) and open it; the sale will then be saved.
ui-till-opened = The till is open.
ui-till-float = Float counted into the drawer
ui-till-float-placeholder = e.g. 500
ui-till-open = Open the till
ui-till-none-open = The till is closed. It opens at the counter, with the first sale.
ui-till-closed-done = The till is closed: the Z report is below.
ui-till-count = Count the drawer
ui-till-counted = Counted
ui-till-difference = Difference
ui-till-close = Close the till
ui-till-x-title = Session { $id } (open), opened by { $user } at { $time }
ui-till-z-title = Session { $id } (closed), opened by { $user } at { $time }
ui-till-sales = Sales
ui-till-refunds = Refunds
ui-till-float-line = Float
ui-till-taken = Cash taken (less change)
ui-till-cash-refunds = Cash refunds
ui-till-pay-ins = Pay-ins
ui-till-pay-outs = Pay-outs
ui-till-expected = Expected in the drawer
ui-till-sales-count = { $count ->
    [one] One sale
   *[other] { $count } sales
}
ui-report-from = From
ui-report-to = to
ui-report-show = Show
ui-report-this-month = This month
ui-report-last-month = Last month
ui-report-this-year = This year
ui-report-by-day = By day
ui-report-by-week = By week
ui-report-by-month = By month
ui-report-export = Export CSV
ui-report-export-pdf = Board PDF
ui-report-exported = Written to { $path }
ui-report-folder = Export folder
ui-report-over-time = Revenue over time (previous period in orange)
ui-report-by-category = By category
ui-report-incomes = Women by income (DH)
ui-report-revenue = Revenue
ui-report-sales = Sales
ui-report-basket = Average basket
ui-report-refunds = Refunds
ui-report-voids = Voided sales
ui-report-women = Women who earned an income
ui-report-earned = Earned by them
ui-report-median = Median income
ui-report-new = Earning for the first time
ui-report-by-producer = By producer
ui-report-top = Best sellers
report-pdf-written = PDF written: { $path }
## PDF statements and payout slips
pdf-err-font = The bundled font number { $index } cannot be read: this copy of Souk is damaged; reinstall it.
stmt-pdf-written = { $count ->
    [one] One statement written as PDF in { $folder }; to print all at once: { $all }
   *[other] { $count } statements written as PDF in { $folder }; to print all at once: { $all }
}
stmt-slip-written = The payout slip to sign is in { $path }
## Intake, returns and price tags
intake-err-empty = A deposit needs at least one item: name a product and its quantity.
intake-err-unknown = No deposit or return has the number { $number }.
intake-err-not-hers = { $sku } is not a product of { $producer }: take it in under its maker's code.
intake-err-quantity = { $quantity } is not a quantity of { $sku } to take in or give back: whole pieces, kilograms with up to 3 decimals, more than zero.
intake-err-return-exceeds = The shop holds only { $stock } of { $sku }: it cannot give back more. Nothing was recorded.
tags-err-not-by-weight = { $sku } is not sold by the kilogram: a package tag needs a product priced per kg.
tags-err-no-plu = { $sku } has no in-store code from 2000000000015 to 2000000099999: give it one in the catalogue, then print its package tags.
tags-err-package-price = A package of { $sku } must cost more than 0 and at most { $max }: weigh a smaller package.
tags-err-layout = "{ $text }" is not a label sheet: 3x8, 2x7 or 4x10.
tags-err-skip = A sheet of { $per ->
    [one] { $per } label
   *[other] { $per } labels
} has no free position after skipping { $skip }.
check-deposit-line = Deposit { $a }, line { $b }: its quantity differs from its stock movement ({ $c }).
intake-done = { $number }: { $count ->
    [one] one line
   *[other] { $count } lines
} from { $producer }.
return-done = { $number }: { $count ->
    [one] one line
   *[other] { $count } lines
} given back to { $producer }.
intake-slip-printed = Slip of { $number } printed on { $printer }.
tags-printed = { $count ->
    [one] { $count } tag printed
   *[other] { $count } tags printed
} on { $printer }.
tags-sheet-written = { $count ->
    [one] { $count } label written
   *[other] { $count } labels written
} to { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}).
tags-code-assigned = { $sku } had no barcode: it now has { $code }.
stock-producer = { $code } { $name }
stock-line = { $sku } { $name }: in the shop { $stock }, brought { $brought }, sold { $sold }, given back { $returned }
stock-old = { $sku } { $name }: { $quantity } on the shelf for more than { $days ->
    [one] { $days } day
   *[other] { $days } days
} (since { $since })
intake-err-new-spec = "{ $text }" does not describe a new product: write NAME_FR|NAME_AR|CATEGORY|UNIT|PRICE|QTY, e.g. "Ghriba|غريبة|pastries|kg|120|2.5".
photo-err-unreadable = This file is not a photo Souk can read (JPEG or PNG, under 40 MB): { $detail }
photo-set = { $sku } has its photo ({ $size } KB).
photo-removed = { $sku } has no photo any more.
intake-ui-nav = Intake
intake-ui-title = Items brought in or given back
intake-ui-in = Brought in
intake-ui-back = Given back
intake-ui-producer = Producer’s code or name (P001, Siham…)
intake-ui-code = Scan or type the product's code
intake-ui-quantity = Quantity
intake-ui-add = Add
intake-ui-record = Record
intake-ui-recorded = { $number } recorded. Print its slip for her to sign, and the tags.
intake-ui-who = Choose who is at the counter first: the deposit names who took it.
intake-ui-print-slip = Print the slip
intake-ui-print-tags = Print the tags
intake-ui-slip-printed = The slip is printed: she signs it, you sign it.
intake-ui-tags-printed = The tags are printed.
intake-slip-pdf = Slip of { $number } written to { $path }.

# Corrections on the command line, new products at the intake window, a product photo by path (issue 8)
correct-done = { $number } corrects { $corrects }:
intake-ui-new-title = A new product, made on the spot
intake-ui-new-name-fr = Name in French
intake-ui-new-name-ar = Name in Arabic
intake-ui-new-category = Category (pastries)
intake-ui-new-unit-piece = By the piece
intake-ui-new-unit-kg = By the kg
intake-ui-new-price = Price (DH)
intake-ui-new-add = Add the new product
intake-ui-new-open = New product…
intake-ui-new-line = new
cat-photo = Photo (a file's path)
cat-photo-hint = A JPEG or PNG, e.g. from a USB stick; it is scaled down and kept with the product when you save. Empty keeps the photo it has.
stock-ui-title = In the shop
stock-ui-in-shop = in the shop
stock-ui-sold = sold
stock-ui-returned = given back
stock-ui-nothing = Nothing of hers is in the shop.
stock-ui-old = { $quantity } for over { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# Till: pay-ins, pay-outs, drawer openings, printed and saved reports (#6)
ui-till-movement = Money in or out of the drawer
ui-till-amount = Amount, e.g. 20
ui-till-reason = Reason, e.g. paper rolls
ui-till-pay-in = Pay in
ui-till-pay-out = Pay out
ui-till-drawer = Drawer opened
ui-till-moved-in = { $amount } put into the drawer: { $reason }.
ui-till-moved-out = { $amount } taken out of the drawer: { $reason }.
ui-till-drawer-noted = Drawer opening noted: { $reason }.
ui-till-reports = Reports
ui-till-print-x = Print X report
ui-till-print-z = Print Z report
ui-till-printed = The report was printed.
ui-till-folder = Folder for the PDF
ui-till-save-x = Save X as PDF
ui-till-save-z = Save Z as PDF
ui-till-pdf-saved = Report saved: { $path }
ui-till-no-printer = No receipt printer is set: choose one in Settings (F8).
ui-till-drawer-count = { $count ->
    [0] The drawer was not opened without a sale
    [one] The drawer was opened once without a sale
   *[other] The drawer was opened { $count } times without a sale
}
## Statements screen (issue #5, item 5)
stmt-ui-nav = Statements
stmt-ui-title = Statements for { $month }
stmt-ui-prev = ‹ Previous month
stmt-ui-next = Next month ›
stmt-ui-issued-month = Issued: these statements no longer change.
stmt-ui-draft-month = Draft: not issued yet.
stmt-ui-col-producer = Producer
stmt-ui-col-gross = Sales
stmt-ui-col-association = Association
stmt-ui-col-net = Her share
stmt-ui-col-paid = Paid
stmt-ui-col-balance = Balance
stmt-ui-issue = Issue the month
stmt-ui-pick = Choose a producer to see her lines and pay her.
stmt-ui-balance-now = Her balance today: { $amount }
stmt-ui-pay-title = Record a payout
stmt-ui-amount = Amount
stmt-ui-advance = Advance (beyond her balance)
stmt-ui-note = Note (optional)
stmt-ui-pay = Pay
stmt-ui-folder = Folder for PDFs
stmt-ui-write-hers = Her statement as PDF
stmt-ui-write-all = The whole month as PDF
stmt-ui-written = PDF written: { $path }
stmt-ui-lines = The month's lines
stmt-ui-amounts = Amounts in dirhams (DH)
stmt-ui-working = One moment: preparing the statements…
stmt-ui-payout-exceeds = This payout is more than { $producer } is owed ({ $balance }). Pay at most her balance, or tick “Advance”. Nothing was paid.

# Statements: preview, the page printer, a producer's page
pages-err-no-cups = This PC has no printing system (CUPS). Ask for it to be installed, or set the page printer to a folder (folder:…) in the settings. The PDF can still be saved.
pages-err-printer = The page printer refused the document: { $detail }
pages-queued = { $title } sent to { $printer ->
    [none] the default printer
   *[other] the printer { $printer }
} (job { $job }).
pages-written = { $title } put in the printing folder: { $path }
pages-png-written = Page pictures written into { $folder }.
hist-title = { $name } ({ $code })
hist-balance = Her balance today: { $amount }
hist-earned = Earned since she started: { $amount }
hist-month = { $month } · { $number } · sales { $gross } · her share { $net } · paid { $paid } · balance { $closing }
hist-draft = not issued
stmt-ui-preview = See it
stmt-ui-print = Print
stmt-ui-her-page = Her page
stmt-ui-print-all = Print the whole month
stmt-ui-slip-preview = See the slip
stmt-ui-slip-ticket = Slip on the receipt printer
stmt-ui-ticket-printed = The payout slip is printed on the receipt printer.
stmt-ui-page-of = Page { $page } of { $count }
stmt-ui-page-prev = ‹ Page
stmt-ui-page-next = Page ›
stmt-ui-close = Close
stmt-ui-back = Back to the month
hist-col-month = Month
hist-none = Nothing sold or paid yet.
hist-payouts = Her payouts
set-pages-printer = Printer for statements (A4/A5)
set-pages-printer-hint = empty: this PC's printer; a printer's name; or folder:/path
hist-no-payouts = No payout yet.
stmt-ui-save-pdf = Save as PDF
hist-slip = Slip
ui-report-print = Print

# Intake: corrections and label sheets at the window
intake-ui-correct = Correct a paper
intake-ui-correct-title = Correct a deposit or a return
intake-ui-correct-hint = Pick her paper or type its number from the slip, then type what differs on each line: -1 if one piece fewer came in (or one more went back), +1 the other way. The wrong paper stays as it was; an administrator corrects, or approves.
intake-ui-correct-number = Number on the slip (DEP-2026-0001)
intake-ui-correct-open = Open
intake-ui-correct-paper = { $kind } { $number } of { $day }, { $producer }: recorded, and the difference
intake-ui-correct-difference = -1, +1…
intake-ui-correct-record = Record the correction
intake-ui-corrected = { $number } corrects { $corrects }. Print its slip for her to sign.
intake-ui-sheet-open = Labels on an A4 sheet
intake-ui-sheet-title = Labels on an A4 sheet
intake-ui-sheet-skip = Labels already used on the sheet
intake-ui-sheet-count = { $count ->
    [one] 1 label
   *[other] { $count } labels
} on { $pages ->
    [one] 1 sheet
   *[other] { $pages } sheets
}
intake-ui-sheet-print = Print the sheet
intake-ui-sheet-folder = Folder for the PDF

# The audit trail: the names of the values it shows
audit-field-amount = amount
audit-field-advance = advance
audit-field-balance-before = balance before
audit-field-method = method
audit-field-statements = statements
audit-field-discount = discount
audit-field-gross = gross
audit-field-counted = counted
audit-field-difference = difference
audit-field-expected = expected
audit-field-value = value
audit-field-role = role
audit-field-active = active
audit-field-reason = reason
audit-field-price = price
audit-field-name-fr = French name
audit-field-name-ar = Arabic name
audit-field-name-latin = name
audit-field-category = category
audit-field-unit = unit
audit-field-barcode = barcode
audit-field-share-rate = association share
audit-field-phone = phone
audit-field-workshop = workshop
audit-field-stock = stock
audit-field-total = total
audit-field-added = added
audit-field-updated = updated
audit-yes = yes
audit-no = no
stmt-slip-unmade = The payout is recorded, but its slip could not be made: { $reason }
