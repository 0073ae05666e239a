## install: the PC's own printers (system:NAME), its file pickers, packages (src/receipt/system.rs, src/ui/widget/pick.rs, src/ui/screen/printers.rs)
print-problem-no-queue = this PC has no printer named “{ $name }”: choose one from the list of the PC's printers.
print-problem-refused = the PC's printing system refused the receipt ({ $detail }).
print-problem-waiting = the receipt was still waiting in the PC's print queue after { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}: is the printer on, with paper? It was taken out of the queue so that it does not come out twice.
print-err-spec-system = “{ $spec }” names no printer: write system: and the printer's name as the PC shows it, for example system:POS-80.
pick-choose = Choose…
pick-title-folder = Choose a folder
pick-title-csv = Choose the file to import
pick-kind-csv = CSV file
pick-title-photo = Choose the product's photo
pick-kind-photo = Photo (JPEG or PNG)
pages-handed = { $title } handed to the PC's PDF reader to print { $printer ->
    [none] on the default printer
   *[other] on { $printer }
}.
pages-opened = { $title } is open in the PC's PDF reader: print it from there (Ctrl+P). The file: { $path }
printers-title = This PC's printers
printers-refresh = Look again
printers-asking = Asking the PC for its printers…
printers-none = This PC has no printer installed, or its printing system does not answer. A receipt printer on the network or a cable is written in the field above.
printers-default = the PC's default printer
printers-for-receipts = For receipts
printers-test-receipt = Test receipt
printers-for-pages = For pages
printers-test-page = Test page
bk-ui-title = Backups
bk-ui-about = Souk makes one backup a day into this folder (a USB stick is best, kept outside the shop) and keeps the most recent ones.
bk-ui-folder-hint = Backup folder, for instance a USB stick
bk-ui-now = Back up now
bk-ui-working = Backing up…
bk-ui-no-folder = First choose the backup folder (a USB stick, for instance).
bk-ui-restore-file = Restore a backup
bk-ui-file-hint = Backup file (souk-….sqlite)
bk-ui-restore = Restore…
bk-ui-pick-title = Choose the backup to restore
bk-ui-pick-kind = Souk backup
bk-ui-question = Replace the shop's whole database with the backup { $backup } ({ $sales ->
    [one] { $sales } sale
   *[other] { $sales } sales
})? Everything recorded since that backup will be gone from Souk; the current database is first kept aside as a copy, and the cart in progress is emptied.
bk-ui-keep = Keep the current database
bk-ui-replace = Replace with the backup
bk-ui-restoring = Restoring…
bk-ui-restored = Database restored from { $backup } ({ $sales ->
    [one] { $sales } sale
   *[other] { $sales } sales
}). { $kept }
