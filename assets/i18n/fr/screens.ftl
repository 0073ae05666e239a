## screens: messages of this area (see src/i18n.rs)
set-unchanged = Rien n’a changé : aucun réglage n’a été écrit.
set-err-field = « { $field } » : { $reason }
set-err-range-empty = Ce champ est vide : écrivez un nombre entier de { $min } à { $max }. Rien n’a été enregistré.
set-whole-hint = un nombre de { $min } à { $max }
set-mm = { $mm } mm
set-shop-name = Nom de la boutique
set-lang = Langue de l’écran
set-screen = Dernier écran ouvert
set-statements-paper = Format des relevés
set-default-share = Part de l’association par défaut
set-backup-folder = Dossier des sauvegardes
set-backup-keep = Sauvegardes gardées
