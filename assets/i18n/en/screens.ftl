## screens: messages of this area (see src/i18n.rs)
set-unchanged = Nothing changed: no setting was written.
set-err-field = “{ $field }”: { $reason }
set-err-range-empty = This field is empty: write a whole number from { $min } to { $max }. Nothing was saved.
set-whole-hint = a number from { $min } to { $max }
set-mm = { $mm } mm
set-shop-name = Shop name
set-lang = Screen language
set-screen = Last screen open
set-statements-paper = Statements paper
set-default-share = Default association share
set-backup-folder = Backup folder
set-backup-keep = Backups kept
