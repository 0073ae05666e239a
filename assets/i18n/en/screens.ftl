## screens: messages of this area (see src/i18n.rs)
set-unchanged = Nothing changed: no setting was written.
set-err-field = “{ $field }”: { $reason }
set-err-range-empty = This field is empty: write a whole number from { $min } to { $max }. Nothing was saved.
set-err-choice = “{ $value }” is not one of: { $codes }. Nothing was saved.
set-err-unknown = Souk has no setting called “{ $key }”. Nothing was saved.
set-db-kind = What this database is for
set-whole-hint = a number from { $min } to { $max }
set-mm = { $mm } mm
set-shop-name = Shop name
set-lang = Screen language
set-screen = Last screen open
set-statements-paper = Statements paper
set-reports-folder = Reports export folder
set-default-share = Default association share
set-backup-folder = Backup folder
set-backup-keep = Backups kept
confirm-close-title = Close { $user }’s till?
confirm-close-counted = Counted { $counted } · expected { $expected }
confirm-close-difference = Difference { $difference }. A closed till never changes again.
confirm-close-even = No difference. A closed till never changes again.
confirm-close-yes = Close
confirm-payout-title = Pay { $amount } to { $name }?
confirm-payout-how = Method: { $method }.
confirm-payout-balance = Her balance goes from { $before } to { $after }.
confirm-payout-final = A recorded payout cannot be erased; its slip is to be signed.
confirm-payout-yes = Pay
confirm-clear-title = Empty the cart?
confirm-clear-what = { $count ->
    [one] The article ({ $total }) leaves the cart; nothing is sold.
   *[other] The { $count } articles ({ $total }) leave the cart; nothing is sold.
}
confirm-clear-yes = Empty
confirm-void-title = Void sale { $number }?
confirm-void-what = Its { $total } are handed back and taken off the producers’ shares.
confirm-void-reason = Reason: { $reason }
confirm-void-final = A voided sale stays in the ledger and can never be restored.
confirm-void-yes = Void the sale
confirm-issue-title = Issue { $count ->
    [one] the statement
   *[other] the { $count } statements
} of { $month }?
confirm-issue-what = { $count ->
    [one] One statement will be numbered
   *[other] { $count } statements will be numbered
}, for { $net } of producers’ shares.
confirm-issue-final = An issued statement never changes: a later refund goes on the next month.
confirm-issue-yes = Issue
ui-already-open-title = Souk is already open
ui-already-open-text = Another Souk window is already working on this database ({ $path }). Go on in that one: two counters on one database would mix their carts.
ui-already-open-close = Close
import-err-producers-first = { $count ->
    [one] This product belongs to nobody
   *[other] These { $count } products belong to nobody
}: no producer is recorded yet. Import the producers’ file first (choose “Producers” above), then the products’. Nothing was imported.
ui-first-name-ar = Shop name in Arabic (on receipts)
ui-first-name-fr = Shop name in French (on receipts)
ui-empty-catalogue = No products yet. The catalogue is made on the Catalogue screen (F7): import the producers then the products, or add them one by one.
intake-ui-nobody = No producer is named or coded “{ $typed }”.
cli-err-unknown-user = Nobody called “{ $name }” uses Souk. Add them with: souk user add NAME
cli-print-err-unsupported = This build of Souk has no { $kind } printer support; rebuild it with --features { $feature }.
cli-print-err-no-printer = No printer given: add --printer, for example --printer tcp:192.168.1.50, or set the receipt.printer setting.
cli-auth-err-pin-not-set = { $name } has no PIN yet: an administrator must give her one (souk user pin NAME).
cli-auth-err-user-needed = Say who you are with --user NAME (or --cashier for a sale).
cli-store-err-damaged = The database file is damaged or is not a Souk database. Nothing was changed; restore the last backup (souk restore FILE) or ask for help.
cli-cash-err-no-session = No cash session is open: open one with the counted float (souk session open --float AMOUNT). Nothing was recorded.
unit-piece = piece
audit-field-refund = refund
audit-field-sku = reference
audit-field-producer = producer
audit-field-stock-tracked = stock tracked
audit-field-code = code
audit-field-joined = joined
audit-field-sales = sales
audit-field-by = by
import-col-sku = the product’s reference
import-col-barcode = barcode
import-col-name-ar = name in Arabic
import-col-name-fr = name in French
import-col-category = category
import-col-producer-code = the producer’s code
import-col-unit = unit: piece or kg
import-col-price = price
import-col-stock = quantity in the shop
import-col-code = the producer’s code
import-col-name-latin = name in Latin letters
import-col-phone = phone
import-col-workshop = workshop
import-col-share = the association’s share in %
import-col-joined = date she joined
import-col-other = a column of the file
stmt-ui-slip-heading = Payout slip no. { $number }: { $amount } to { $name } ({ $code })
cli-print-err-spec-kind = “{ $spec }” is not a printer. Write tcp:HOST[:PORT], file:PATH, usb:VID:PID, serial:PATH[:BAUD], png:PATH or none.
