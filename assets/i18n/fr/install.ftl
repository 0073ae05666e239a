## install: the PC's own printers (system:NAME), its file pickers, packages (src/receipt/system.rs, src/ui/widget/pick.rs, src/ui/screen/printers.rs)
print-problem-no-queue = ce PC n’a pas d’imprimante nommée « { $name } » : choisissez-en une dans la liste des imprimantes du PC.
print-problem-refused = le système d’impression du PC a refusé le ticket ({ $detail }).
print-problem-waiting = le ticket attendait encore dans la file d’impression du PC après { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
} : l’imprimante est-elle allumée, avec du papier ? Il a été retiré de la file pour ne pas sortir deux fois.
print-err-spec-system = « { $spec } » ne nomme aucune imprimante : écrivez system: et le nom de l’imprimante tel que le PC l’affiche, par exemple system:POS-80.
pick-choose = Choisir…
pick-title-folder = Choisir un dossier
pick-title-csv = Choisir le fichier à importer
pick-kind-csv = Fichier CSV
pick-title-photo = Choisir la photo du produit
pick-kind-photo = Photo (JPEG ou PNG)
pages-handed = { $title } confié au lecteur PDF du PC pour l’imprimer { $printer ->
    [none] sur l’imprimante par défaut
   *[other] sur { $printer }
}.
pages-opened = { $title } est ouvert dans le lecteur PDF du PC : imprimez-le de là (Ctrl+P). Le fichier : { $path }
printers-title = Les imprimantes de ce PC
printers-refresh = Chercher à nouveau
printers-asking = Le PC cherche ses imprimantes…
printers-none = Ce PC n’a aucune imprimante installée, ou son système d’impression ne répond pas. Une imprimante de tickets en réseau ou sur un câble s’écrit dans le champ ci-dessus.
printers-default = l’imprimante par défaut du PC
printers-for-receipts = Pour les tickets
printers-test-receipt = Ticket de test
printers-for-pages = Pour les pages
printers-test-page = Page de test
bk-ui-title = Sauvegardes
bk-ui-about = Souk fait une sauvegarde par jour dans ce dossier (une clé USB de préférence, gardée hors de la boutique) et garde les plus récentes.
bk-ui-folder-hint = Dossier des sauvegardes, par exemple une clé USB
bk-ui-now = Sauvegarder maintenant
bk-ui-working = Sauvegarde en cours…
bk-ui-no-folder = Choisissez d’abord le dossier des sauvegardes (une clé USB, par exemple).
bk-ui-restore-file = Restaurer une sauvegarde
bk-ui-file-hint = Fichier de sauvegarde (souk-….sqlite)
bk-ui-restore = Restaurer…
bk-ui-pick-title = Choisissez la sauvegarde à restaurer
bk-ui-pick-kind = Sauvegarde Souk
bk-ui-question = Remplacer toute la base de la boutique par la sauvegarde { $backup } ({ $sales ->
    [one] { $sales } vente
   *[other] { $sales } ventes
}) ? Tout ce qui a été enregistré depuis cette sauvegarde disparaîtra de Souk ; la base actuelle est d’abord gardée à côté, en copie, et le panier en cours est vidé.
bk-ui-keep = Garder la base actuelle
bk-ui-replace = Remplacer par la sauvegarde
bk-ui-restoring = Restauration en cours…
bk-ui-restored = Base restaurée depuis { $backup } ({ $sales ->
    [one] { $sales } vente
   *[other] { $sales } ventes
}). { $kept }
