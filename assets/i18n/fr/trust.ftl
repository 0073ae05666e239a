## trust: messages of this area (see src/i18n.rs)

## Files written for people: never over the database, never over a file unless asked.
out-err-database = { $path } est la base de données de la boutique, un de ses fichiers ou une sauvegarde : Souk n’écrit jamais dessus. Rien n’a été écrit ; choisissez un autre nom.
out-err-exists = { $path } existe déjà. Rien n’a été écrit ; pour le remplacer, ajoutez --force.
out-err-link = { $path } est un lien vers un autre fichier : Souk n’écrit pas à travers un lien. Rien n’a été écrit ; donnez le chemin du fichier lui-même.
out-err-folder = { $path } est un dossier. Rien n’a été écrit ; donnez un nom de fichier.

## Time only moves forward in the ledger.
time-err-before-last = L’horloge du PC indique { $now }, mais la dernière opération enregistrée ({ $event }) date du { $last } : le registre ne revient pas en arrière. Rien n’a été enregistré ; réglez la date et l’heure du PC, puis recommencez.
time-err-issued-month = L’horloge du PC indique { $now }, mais les relevés de { $month } sont déjà émis et figés. Rien n’a été enregistré ; réglez la date et l’heure du PC, puis recommencez.
time-event-sale = une vente
time-event-refund = un remboursement
time-event-void = une annulation
time-event-payout = un versement
time-event-deposit = un dépôt ou un retour
time-event-session = la caisse
time-event-statements = l’émission des relevés

## A clock set by hand (SOUK_CLOCK) only on a demo's or a test's database.
kind-err-shop-clock = SOUK_CLOCK est défini ({ $clock }), mais cette base est celle d’une boutique : son heure est celle du PC. Rien n’a été fait ; retirez SOUK_CLOCK (il ne sert qu’aux bases de démonstration et de test).
kind-err-bad-clock = SOUK_CLOCK ({ $clock }) n’est pas un instant : écrivez-le par exemple 2026-11-29T10:15:00Z. Rien n’a été fait.
kind-err-not-empty = Seule une base vide peut être marquée pour les tests : celle-ci contient déjà des personnes ou des opérations. Rien n’a été changé.
kind-err-reserved = Le réglage { $key } appartient à Souk et ne se change pas. Rien n’a été changé.
kind-marked-test = Base marquée pour les tests : SOUK_CLOCK y fixe l’heure.

## Spreadsheets: CSV for the reader's Excel, and workbooks.
xl-err = Le tableur n’a pas pu être fait ({ $detail }). Rien n’a été écrit.
xl-written = Classeur Excel écrit : { $path }
xl-sheet-summary = Résumé
xl-sheet-time = Période
xl-sheet-categories = Catégories
xl-sheet-producers = Productrices
xl-sheet-payments = Paiements
xl-sheet-top = Meilleurs produits
xl-sheet-sales = Ventes
xl-sheet-sale-lines = Lignes des ventes
xl-sheet-statements = Relevés
xl-sheet-statement-lines = Lignes des relevés
xl-sheet-payouts = Versements
xl-col-figure = Chiffre
xl-col-period = Période
xl-col-previous-period = Période précédente
xl-col-code = Code
xl-col-sku = Code produit
xl-col-name = Nom
xl-col-name-ar = Nom en arabe
xl-col-revenue = Recettes
xl-col-previous-revenue = Recettes de la période précédente
xl-col-step = Date
xl-col-previous-step = Date comparée
xl-col-sales = Ventes
xl-col-number = Numéro
xl-col-at = Date et heure
xl-col-day = Jour
xl-col-cashier = Caissière
xl-col-status = État
xl-col-refund-of = Rembourse la vente
xl-col-total = Montant
xl-col-line = Ligne
xl-col-product = Produit
xl-col-product-ar = Produit en arabe
xl-col-producer = Productrice
xl-col-quantity = Quantité
xl-col-unit-price = Prix unitaire
xl-col-discount = Remise
xl-col-association = Part de l’association
xl-col-her-share = Sa part
xl-col-opening = Solde précédent
xl-col-gross = Ventes du mois
xl-col-net = Net
xl-col-paid = Versé
xl-col-closing = Solde
xl-col-method = Mode
xl-row-from = Du
xl-row-to = Au
xl-row-revenue = Recettes
xl-row-basket = Panier moyen
xl-row-refunds-total = Remboursements (montant)
xl-row-voids-total = Annulations (montant)
xl-row-discounts = Remises
xl-row-association = Part de l’association
xl-row-producers = Part des productrices
xl-row-women-total = Revenus des femmes (total)
xl-row-women-median = Revenu médian
xl-row-sales = Ventes (nombre)
xl-row-refunds = Remboursements (nombre)
xl-row-voids = Annulations (nombre)
xl-row-women = Femmes ayant un revenu
xl-row-newcomers = Nouvelles productrices
xl-status-completed = Vente
xl-status-refund = Remboursement
xl-status-voided = Annulée

## Saving over a file already there, in the window.
ui-replace-question = Le fichier { $path } existe déjà. Le remplacer ? L’ancien sera perdu.
ui-replace-keep = Garder l’ancien
ui-replace-yes = Remplacer
ui-report-export-xlsx = Classeur Excel

## Rights added for #14.10.
right-cash-out = sortir de l’argent de la caisse
right-backup = copier toute la base de données

## Amounts that could be read two ways, and cash that cannot be right (#14.8).
parse-ambiguous = « { $input } » peut se lire { $thousands } ou { $one } : écrivez { $thousands } pour des milliers, ou { $one } avec deux décimales.
err-change-too-large = { $tendered } reçus pour { $due } à payer en espèces : c’est { $change } de trop, plus qu’un billet de 200. Vérifiez le montant reçu. Rien n’a été enregistré.

## People whose names look alike (#14.9).
err-user-looks-like = « { $typed } » ressemble trop à « { $existing } », qui est déjà là : à la caisse on les confondrait. Choisissez un nom que personne ne peut confondre. Rien n’a été changé.
out-err-no-folder = Le dossier { $path } n’existe pas. Rien n’a été écrit ; créez-le ou choisissez-en un autre.
