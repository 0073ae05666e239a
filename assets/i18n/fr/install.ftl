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
