## Souk — messages en français. Chaque identifiant de en.ftl doit exister ici (un test le vérifie).

## Nombres saisis
parse-empty = Rien n’a été saisi.
parse-not-a-number = « { $input } » n’est pas un nombre. Tapez des chiffres, par exemple 12,50.
parse-negative = « { $input } » est négatif ; il doit être égal ou supérieur à zéro.
parse-too-many-decimals = « { $input } » a trop de décimales ({ $max } au maximum).
parse-too-large = « { $input } » est trop grand ({ $max } au maximum).
parse-not-whole = « { $input } » : ce produit se vend à la pièce ; tapez un nombre entier.
parse-zero = « { $input } » doit être supérieur à zéro.

field-price = prix
field-quantity = quantité
field-payment = paiement
field-stock = stock
field-share = part de l’association
field-value = valeur
err-field = { $field } : { $detail }

## Refus et erreurs
err-folder = Impossible de créer le dossier { $path } : { $detail }
err-open = Impossible d’ouvrir la base de données { $path } : { $detail }
err-db-too-new = La base de données { $path } a été créée par une version plus récente de Souk (schéma { $found } ; cette version connaît le schéma { $known }). Installez la nouvelle version de Souk ; rien n’a été modifié.
err-migration = La base de données n’a pas pu être mise à jour ; rien n’a été modifié : { $detail }
err-sqlite = Erreur de base de données : { $detail }
err-damaged = La base de données est abîmée : dans la table { $table }, ligne { $row }, la colonne { $column } contient { $found }, une valeur que Souk n’écrit jamais. Rien n’a été modifié. Restaurez la dernière sauvegarde, ou appelez la personne qui a installé Souk.
err-read-file = Impossible de lire { $path } : { $detail }
err-unknown-product = Aucun produit ne porte le code ou le code-barres « { $code } ».
err-inactive-product = Le produit { $code } n’est plus en vente.
err-unknown-producer = Aucune productrice ne porte le code « { $code } ».
err-unknown-user = Personne du nom de « { $name } » n’utilise Souk. Une administratrice l’ajoute dans l’écran Personnes (F12).
err-user-exists = « { $name } » a déjà un compte.
err-unknown-sale = Aucune vente ne porte le numéro « { $number } ».
err-weight-needed = { $sku } se vend au poids : indiquez le poids en kg, par exemple { $sku }x0.350
err-empty-cart = Le panier est vide.
err-discount-too-large = La remise sur { $sku } dépasse le montant de la ligne.
err-not-paid = Paiement incomplet : il reste { $due } à payer. Rien n’a été enregistré.
err-non-cash-exceeds = Les paiements par carte et par virement dépassent le total de { $excess } ; seules les espèces permettent de rendre la monnaie.
err-zero-payment = Un paiement doit être supérieur à zéro.
err-cash-not-needed = Des espèces ont été données, mais la carte ou le virement couvre déjà tout le total.
err-unknown-method = Moyen de paiement inconnu « { $method } » : utilisez cash, card ou transfer (ou espèces, carte, virement).
err-payment-syntax = Un paiement s’écrit cash:100 ou card:61.50 (ou espèces:100, carte:61,50), et non « { $text } ».
err-reason-required = Un motif est obligatoire.
err-already-voided = La vente { $number } est déjà annulée.
err-refund-of-voided = La vente { $number } est annulée ; il n’y a rien à rembourser.
err-refund-of-refund = La vente { $number } est un remboursement ; remboursez plutôt la vente d’origine.
err-void-of-refunded = La vente { $number } a déjà été remboursée (en tout ou en partie) et ne peut plus être annulée.
err-void-of-refund = La vente { $number } est un remboursement et ne peut pas être annulée.
err-void-too-late = La vente { $number } date du { $day } ; seules les ventes du jour peuvent être annulées. Faites plutôt un remboursement.
err-no-such-line = La vente { $number } n’a pas de ligne { $line }.
err-refund-exceeds = Ligne { $line } de la vente { $number } : il ne reste que { $left } à rembourser.
err-nothing-to-refund = La vente { $number } a déjà été remboursée en totalité.
err-invalid-barcode = Le code-barres { $code } n’est pas un EAN-13 valide.
err-import = { $count ->
    [one] Le fichier contient { $count } erreur ; rien n’a été importé :
   *[other] Le fichier contient { $count } erreurs ; rien n’a été importé :
}
err-csv = Le fichier n’est pas un CSV lisible : { $detail }
err-missing-column = Il manque la colonne « { $column } » ({ $meaning }) dans le fichier.
err-demo-needs-empty = La boutique de démonstration a besoin d’une base de données vide : utilisez --db avec un nouveau fichier.
err-bad-day = « { $text } » n’est pas une date : écrivez-la sous la forme YYYY-MM-DD, par exemple 2026-11-29.
err-unknown-role = Rôle inconnu « { $role } » : utilisez volunteer (bénévole) ou admin (administrateur).
err-check-failed = { $count ->
    [one] Le contrôle a trouvé { $count } problème.
   *[other] Le contrôle a trouvé { $count } problèmes.
}

## Importation
import-line = ligne { $line } : { $reason }
import-no-code = code manquant
import-no-sku = référence manquante (colonne sku)
import-no-name = nom manquant (ni en arabe ni en caractères latins)
import-duplicate-in-file = « { $code } » figure déjà à la ligne { $first }
import-sku-taken = référence en double : { $code } appartient déjà à la productrice { $owner }
import-barcode-taken = le code-barres { $code } est déjà attribué à { $owner }
import-bad-barcode = le code-barres { $code } a une clé de contrôle erronée (ou n’a pas 13 chiffres)
import-unknown-producer = productrice inconnue « { $code } »
import-unknown-category = catégorie inconnue « { $value } » (valeurs possibles : { $known })
import-unknown-workshop = atelier inconnu « { $value } » (valeurs possibles : { $known })
import-unknown-unit = unité inconnue « { $value } » : utilisez piece (ou pièce) ou kg
import-bad-date = « { $value } » n’est pas une date (YYYY-MM-DD)
imported-producers = Productrices : { $added ->
    [one] { $added } ajoutée
   *[other] { $added } ajoutées
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}.
imported-products = Produits : { $added ->
    [one] { $added } ajouté
   *[other] { $added } ajoutés
}, { $updated ->
    [one] { $updated } mis à jour
   *[other] { $updated } mis à jour
}.

## Listes
count-producers = { $count ->
    [one] { $count } productrice
   *[other] { $count } productrices
}
count-products = { $count ->
    [one] { $count } produit
   *[other] { $count } produits
}
rate-default = part par défaut de la boutique
inactive = inactive
unit-kg = kg
in-stock = { $quantity } en stock
user-added = Compte créé pour { $name } ({ $role }).

## Ventes
sale-title = Vente { $number } — { $time } — { $cashier }
refund-title = Remboursement { $number } — { $time } — { $cashier }
voided-title = Vente { $number } (ANNULÉE) — { $time } — { $cashier }
refund-of = Remboursement de la vente { $number }
reason-line = Motif : { $reason }
sale-line = { $line }. { $name } ({ $maker }) — { $quantity } × { $price } = { $total }
sale-line-discount = {" "}(remise { $discount })
sale-total = Total : { $total }
payment-line = { $method } : { $amount }
payment-cash-change = { $method } : reçu { $tendered } — rendu { $change }
method-cash = Espèces
method-card = Carte
method-transfer = Virement
status-completed = validée
status-refund = remboursement
status-voided = annulée
voided = La vente { $number } est annulée.
sales-summary = { $count ->
    [one] { $count } vente
   *[other] { $count } ventes
}, total net { $total }

## Contrôle
check-ok = Le registre est cohérent : tous les contrôles sont réussis.
check-integrity = Intégrité SQLite : { $a }
check-lines-total = Vente { $a } : total { $b }, mais ses lignes totalisent { $c } (centimes).
check-line-shares = Vente { $a }, ligne { $b } : la part de la productrice et celle de l’association ne font pas le total de la ligne ({ $c }).
check-line-amount = Vente { $a }, ligne { $b } : le total { $c } n’est pas égal à prix × quantité − remise.
check-payments = Vente { $a } : total { $b }, mais les paiements totalisent { $c } (centimes).
check-cash-change = Vente { $a } : les espèces reçues { $b } moins la monnaie rendue { $c } ne correspondent pas au paiement.
check-gap = Année { $a } : { $b } tickets mais le dernier numéro est { $c } ; des numéros manquent.
check-refund-exceeds = Vente { $a }, ligne { $b } : la quantité remboursée dépasse la quantité vendue, { $c } (millièmes).
check-stock = Produit { $a } : stock { $b }, mais ses mouvements totalisent { $c } (millièmes).

## Démonstration
demo-done = Boutique de démonstration prête : { $producers ->
    [one] { $producers } productrice
   *[other] { $producers } productrices
}, { $products ->
    [one] { $products } produit
   *[other] { $products } produits
}, { $sales ->
    [one] { $sales } vente
   *[other] { $sales } ventes
} et { $refunds ->
    [one] { $refunds } remboursement
   *[other] { $refunds } remboursements
} du { $from } au { $to }. Utilisateurs : { $users }.

## Programme
status = Souk est prêt. Base de données : { $path } — { $producers ->
    [one] { $producers } productrice
   *[other] { $producers } productrices
}, { $products ->
    [one] { $products } produit
   *[other] { $products } produits
}, { $sales ->
    [one] { $sales } vente
   *[other] { $sales } ventes
}.
status-hint = Pour commencer : souk demo (une boutique de démonstration) ou souk import producers FICHIER. Toutes les commandes : souk --help

## La fenêtre
ui-loading = Ouverture de la boutique…
ui-failed-title = Souk ne peut pas ouvrir la boutique
ui-failed-hint = Rien n’a été modifié. Fermez Souk, corrigez le problème indiqué ci-dessus, puis relancez-le.
ui-shop = Le petit marché
ui-cashier = À la caisse :
ui-nav-counter = Caisse
ui-search-placeholder = Scannez ou cherchez un produit…
ui-all = Tout
ui-cart = Panier
ui-cart-empty = Le panier est vide : scannez un produit ou touchez-le à l’écran.
ui-articles = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
ui-total = TOTAL
ui-pay-cash = Espèces
ui-pay-card = Carte
ui-pay-transfer = Virement
ui-clear = Vider le panier
ui-received = Montant reçu
ui-exact = Compte juste
ui-change = Rendu
ui-due = Reste à payer
ui-confirm = Valider
ui-back = Retour
ui-rest-by-card = Le reste par carte
ui-rest-by-transfer = Le reste par virement
ui-weight-title = Poids : { $name }
ui-weight-hint = Posez le produit sur la balance et tapez son poids en kg, par exemple 0,350.
ui-add = Ajouter
ui-saving = Enregistrement…
ui-sale-done = Vente { $number } enregistrée.
ui-added = { $name } est dans le panier.
ui-unknown-code = Aucun produit ne porte le code « { $code } ». Vérifiez l’étiquette ou cherchez par le nom.
ui-no-match = Aucun résultat pour « { $query } ».
ui-per-kg = /kg
ui-no-cashier = Choisissez d’abord qui est à la caisse.
ui-more-results = Tapez plus de lettres pour voir les autres produits.
ui-first-title = Bienvenue dans Souk
ui-first-intro = La base de données est vide. Donnez un nom à la boutique et à son premier administrateur, ou chargez la boutique de démonstration pour essayer Souk.
ui-first-shop-name = Nom de la boutique
ui-first-admin = Nom du premier administrateur
ui-first-create = Créer la boutique
ui-first-demo = Charger la boutique de démonstration
ui-first-needed = Tapez le nom de la boutique (en arabe, en français, ou les deux) et celui de l’administrateur.

## La fenêtre : historique des ventes
sales-ui-nav = Ventes
sales-ui-number = N° de ticket
sales-ui-number-placeholder = ex. 153
sales-ui-day = Jour
sales-ui-day-placeholder = tous les jours
sales-ui-product = Produit
sales-ui-product-placeholder = nom, code ou code-barres
sales-ui-search = Chercher
sales-ui-today = Aujourd’hui
sales-ui-hint = Un numéro de ticket est cherché sur tous les jours.
sales-ui-searching = Recherche…
sales-ui-none = Aucune vente ne correspond. Vérifiez le numéro, le jour ou le produit.
sales-ui-too-many = { $count ->
    [one] Seule la vente la plus récente est affichée : ajoutez un jour ou un produit pour trouver les autres.
   *[other] Seules les { $count } ventes les plus récentes sont affichées : ajoutez un jour ou un produit pour trouver les autres.
}
sales-ui-pick = Touchez une vente dans la liste pour voir son ticket.
sales-ui-receipt = Ticket { $number }
sales-ui-cashier = Caisse : { $name }
sales-ui-discount = remise { $amount }
sales-ui-refund = Rembourser
sales-ui-refund-all = Tout rembourser
sales-ui-void = Annuler la vente
sales-ui-refunded-part = Déjà remboursé : { $quantity }
sales-ui-refund-line-title = Rembourser { $name } (reste { $left })
sales-ui-refund-all-title = Rembourser tout ce qui reste de la vente { $number }
sales-ui-void-title = Annuler la vente { $number } : elle reste dans le registre, marquée annulée.
sales-ui-quantity = Quantité
sales-ui-reason = Motif
sales-ui-reason-placeholder = Pourquoi ? (obligatoire)
sales-ui-confirm-refund = Valider le remboursement
sales-ui-confirm-void = Confirmer l’annulation
sales-ui-refunded = Remboursement { $number } enregistré : rendez { $amount }.

## Écran du catalogue (productrices et produits)
cat-nav = Catalogue
cat-tab-products = Produits
cat-tab-producers = Productrices
cat-add-product = Nouveau produit
cat-add-producer = Nouvelle productrice
cat-import-open = Importer un fichier
cat-search-products = Chercher un produit par son nom ou son code…
cat-search-producers = Chercher une productrice par son nom, son code ou son téléphone…
cat-col-name = Nom
cat-col-sku = Code
cat-col-price = Prix
cat-col-producer = Fait par
cat-col-category = Catégorie
cat-col-stock = Stock
cat-col-code = Code
cat-col-phone = Téléphone
cat-col-workshop = Atelier
cat-col-share = Part de l’association
cat-col-on-sale = Produits en vente
cat-col-line = Ligne
cat-col-reason = À corriger
cat-withdraw = Retirer de la vente
cat-put-back = Remettre en vente
cat-deactivate = Désactiver
cat-reactivate = Réactiver
cat-inactive = hors vente
cat-share-default = { $rate } (par défaut)
cat-product-saved = C’est enregistré : { $name }.
cat-producer-saved = C’est enregistré : { $name }.
cat-product-back = De nouveau en vente : { $name }.
cat-product-withdrawn = Retiré de la vente : { $name }. Ses ventes passées restent dans les relevés ; touchez « Remettre en vente » pour le vendre de nouveau.
cat-producer-back = { $name } est réactivée. Ses produits restent hors vente : remettez-les en vente un par un dans Produits.
cat-producer-withdrawn = { $count ->
    [0] { $name } est désactivée. Ses ventes passées restent dans ses relevés.
    [one] { $name } est désactivée et son produit en vente a été retiré. Ses ventes passées restent dans ses relevés.
   *[other] { $name } est désactivée et ses { $count } produits en vente ont été retirés. Ses ventes passées restent dans ses relevés.
}
cat-new-product = Nouveau produit
cat-edit-product = Modifier : { $name }
cat-new-producer = Nouvelle productrice
cat-edit-producer = Modifier : { $name }
cat-name-fr = Nom en français
cat-name-ar = Nom en arabe
cat-name-latin = Nom en lettres latines
cat-name-hint = Un seul nom suffit : l’autre en est copié.
cat-producer = Fait par
cat-choose-producer = Choisissez la productrice…
cat-producer-fixed = Ce produit a déjà été vendu : il reste à cette productrice, pour que ses relevés restent justes. Pour une autre productrice, créez un nouveau produit.
cat-category = Catégorie
cat-sold = Vendu
cat-by-piece = À la pièce
cat-by-kg = Au poids (kg)
cat-price-piece = Prix d’une pièce (DH)
cat-price-kg = Prix du kilo (DH)
cat-price-hint = Par exemple 12,50
cat-stock = Stock
cat-stock-not-counted = Non compté
cat-stock-counted = Compté
cat-stock-count = Combien en rayon maintenant
cat-stock-hint = Comptez-les et tapez le nombre (en kg pour les produits au poids). Laissez vide pour garder le chiffre actuel.
cat-sku = Code du produit
cat-sku-hint = Laissez vide : Souk en choisit un.
cat-barcode = Code-barres
cat-barcode-hint = Les 13 chiffres sous les barres. Pas de code-barres ? Touchez « Créer un code-barres » pour une étiquette de la boutique.
cat-generate-barcode = Créer un code-barres
cat-no-workshop = Aucun
cat-phone = Téléphone
cat-workshop = Atelier
cat-share = Part de l’association (%)
cat-share-hint = Laissez vide pour la part par défaut de la boutique ({ $rate }). Un changement vaut pour les ventes à venir.
cat-code = Code de la productrice
cat-code-hint = Laissez vide : Souk en choisit un.
cat-save = Enregistrer
cat-cancel = Annuler
cat-import-title = Importer un fichier de tableur
cat-import-kind = Ce que contient le fichier
cat-import-explain = Dans le tableur, enregistrez la feuille au format CSV (virgule ou point-virgule). Sa première ligne nomme les colonnes, avec ces noms :
cat-import-path = Où se trouve le fichier
cat-import-path-placeholder = /home/boutique/Documents/produits.csv
cat-import-path-hint = Tapez le chemin complet du fichier, ou collez-le depuis le gestionnaire de fichiers. Si une seule ligne est fausse, rien n’est importé.
cat-import = Importer
cat-importing = Importation…
cat-import-fix = Corrigez ces lignes dans le tableur, enregistrez-le et importez-le de nouveau.
cat-import-no-path = Tapez d’abord où se trouve le fichier, par exemple /home/boutique/Documents/produits.csv
cat-back-to-list = Retour à la liste
cat-err-name-required = Tapez le nom, en arabe ou en lettres latines (un seul suffit).
cat-err-code-taken = Le code « { $code } » appartient déjà à une autre productrice. Choisissez-en un autre, ou laissez-le vide et Souk en choisira un.
cat-err-sku-taken = Le code « { $code } » appartient déjà à un autre produit. Choisissez-en un autre, ou laissez-le vide et Souk en choisira un.
cat-err-sku-is-barcode = « { $code } » est le code-barres du produit { $owner }. Choisissez un autre code.
cat-err-barcode-taken = Le code-barres { $code } est déjà celui du produit { $owner }. Vérifiez l’étiquette, ou touchez « Créer un code-barres » pour en avoir un nouveau.
cat-err-no-category = Choisissez une catégorie.
cat-err-unknown-category = « { $value } » n’est pas une catégorie. Choisissez parmi : { $known }.
cat-err-unknown-workshop = « { $value } » n’est pas un atelier. Choisissez parmi : { $known }.
cat-err-no-producer = Choisissez la productrice qui a fait ce produit.
cat-err-producer-change = { $sku } a déjà été vendu : il doit rester à la même productrice, pour que ses relevés restent justes. Pour une autre productrice, créez un nouveau produit.
cat-err-inactive-producer = La productrice { $code } est désactivée. Réactivez-la d’abord, dans Productrices.
cat-err-no-barcode-left = Tous les codes-barres de la boutique sont pris. Tapez plutôt le code-barres imprimé sur le produit.
cat-find-producer = Tapez quelques lettres de son nom ou de son code…
cat-no-products = Aucun produit pour l’instant : touchez « Nouveau produit », ou importez un fichier.
cat-no-producers = Aucune productrice pour l’instant : touchez « Nouvelle productrice », ou importez un fichier.

## Remises à la caisse (administrateurs)
ui-discount-cart = Remise sur le panier
ui-discount-line = Remise sur { $name }
ui-discount-hint = Un montant (5) ou un pourcentage (10 %)
ui-discounts = Remises

## Réglages (tickets et imprimante)
set-nav = Réglages
set-title = Tickets et imprimante
set-printer = Imprimante
set-printer-hint = tcp:192.168.1.50 ou file:/dev/usb/lp0 — vide : pas d’imprimante
set-name-ar = Nom de la boutique en arabe
set-name-fr = Nom de la boutique en français
set-address = Adresse
set-phone = Téléphone
set-ice = ICE
set-if = IF (identifiant fiscal)
set-rc = RC (registre du commerce)
set-tp = TP (taxe professionnelle)
set-header = Lignes en haut (séparez-les par |)
set-footer = Lignes en bas (séparez-les par |)
set-width = Largeur du papier
set-optional = (facultatif)
set-drawer = Ouvrir le tiroir-caisse pour les ventes en espèces
set-show-maker = Imprimer le nom de la productrice sur chaque ligne
set-save = Enregistrer
set-saved = { $count ->
    [one] { $count } réglage enregistré.
   *[other] { $count } réglages enregistrés.
}
set-print-test = Imprimer une page de test
set-test-printed = La page de test a été envoyée à l’imprimante.

## Imprimantes de tickets
print-err-spec-kind = « { $spec } » n’est pas une imprimante. Écrivez tcp:HÔTE[:PORT], file:CHEMIN, usb:VID:PID, serial:CHEMIN[:DÉBIT], system:NOM (une imprimante du PC) ou png:CHEMIN ; sans imprimante, laissez le champ vide.
print-err-spec-host = « { $spec } » ne nomme aucune imprimante : écrivez par exemple tcp:192.168.1.50 ou tcp:imprimante.local:9100.
print-err-spec-port = « { $spec } » : le port doit être un nombre de 1 à 65535, par exemple tcp:192.168.1.50:9100.
print-err-spec-path = « { $spec } » n’a pas de chemin : écrivez par exemple file:/dev/usb/lp0, serial:/dev/ttyUSB0:9600 ou png:/tmp/ticket.png.
print-err-spec-usb = « { $spec } » : une imprimante USB s’écrit usb:VID:PID avec deux identifiants hexadécimaux, par exemple usb:04b8:0e15.
print-err-spec-baud = « { $spec } » : le débit doit être un nombre entier, par exemple serial:/dev/ttyUSB0:9600.
print-err-unsupported = Cette version de Souk ne gère pas les imprimantes { $kind }. Choisissez dans Réglages (F8) une imprimante réseau (tcp:…) ou un fichier de périphérique (file:…).
print-err-failed = L’imprimante { $printer } n’a pas imprimé : { $detail }
print-err-pending = Le ticket { $number } n’a pas été imprimé ({ $reason }). La vente est enregistrée et son ticket attend : imprimez-le avec souk receipt { $number }
print-err-no-printer = Aucune imprimante à tickets n’est réglée : indiquez-la dans Réglages (F8).
print-err-paper = « { $text } » n’est pas une largeur de papier : utilisez 58 ou 80 (mm).
print-err-not-latin = Le mode texte n’imprime que des lettres latines, pas « { $text } » : imprimez le ticket en image.
print-done = Ticket { $number } imprimé sur { $printer }.
print-done-duplicate = Duplicata du ticket { $number } imprimé sur { $printer }.
print-none-pending = Aucun ticket n’attend d’être imprimé.
print-retry-summary = { $printed ->
    [one] { $printed } ticket imprimé
   *[other] { $printed } tickets imprimés
}, { $left ->
    [one] { $left } en attente
   *[other] { $left } en attente
}.
err-write-file = Impossible d'écrire { $path } : { $detail }
ui-printed = Le ticket a été imprimé.
ui-print-again = Imprimer le ticket à nouveau
sales-ui-reprint = Réimprimer (duplicata)
set-text-mode = Tickets en texte seul (en français, pour les imprimantes qui n’impriment pas d’images)
backup-err-not-souk = { $path } n’est pas une base de données Souk : rien n’a été modifié.
backup-err-damaged = La sauvegarde { $path } est endommagée ({ $detail }) : rien n’a été modifié. Utilisez une autre sauvegarde.
backup-err-no-folder = Aucun dossier de sauvegarde n’est défini : indiquez un fichier, par exemple souk backup /media/usb/souk.sqlite, ou définissez le dossier une fois avec souk backup --folder DOSSIER.
backup-err-keep = « { $text } » n’est pas un nombre de sauvegardes à garder : indiquez un nombre entier de 1 à 10000.
backup-err-itself = { $path } est la base de données actuelle elle-même : choisissez un fichier de sauvegarde.
backup-done = Sauvegarde écrite et vérifiée : { $path } ({ $size ->
    [one] { $size } octet
   *[other] { $size } octets
}, schéma { $version }, { $sales ->
    [one] { $sales } vente
   *[other] { $sales } ventes
}).
backup-removed = Ancienne sauvegarde supprimée : { $path }
cli-setting-set = { $label } : { $value }. Enregistré.
backup-folder-set = Les sauvegardes iront dans { $folder } ; { $keep ->
    [one] seule la dernière est gardée
   *[other] les { $keep } dernières sont gardées
}.
restore-done = Base de données restaurée depuis { $backup } (schéma { $version }, { $sales ->
    [one] { $sales } vente
   *[other] { $sales } ventes
}).
restore-kept = La base de données précédente a été gardée dans { $path }
restore-nothing-kept = Il n’y avait pas de base de données précédente à garder.

## Relevés et versements
stmt-err-bad-month = « { $text } » n’est pas un mois : écrivez-le AAAA-MM, par exemple 2026-11.
stmt-err-month-open = Le mois { $month } n’est pas terminé : ses relevés pourront être émis à partir du premier jour du mois suivant. Rien n’a été émis.
stmt-err-already-issued = Les relevés de { $month } sont déjà émis ; un relevé émis ne change plus. Une correction ultérieure figure sur le mois suivant.
stmt-err-payout-exceeds = Ce versement dépasse ce qui est dû à { $producer } ({ $balance }). Versez au plus son solde, ou enregistrez-le comme avance (--advance). Rien n’a été versé.
stmt-err-payout-method = Mode de versement inconnu « { $method } » : cash (espèces) ou transfer (virement).
stmt-title = Relevé de { $name } ({ $code }) pour { $month }
stmt-number = Relevé n° { $number }
stmt-draft = Brouillon (non émis)
stmt-opening = Solde d’ouverture : { $amount }
stmt-line = { $day }  { $number }  { $name } × { $quantity } : { $amount } (association { $association }, sa part { $share })
stmt-refund-line = { $day }  { $number }  remboursement : { $name } × { $quantity } : { $amount } (association { $association }, sa part { $share })
stmt-totals = Ventes { $gross }, association { $association }, sa part nette { $net }
stmt-payout-line = Versé le { $day } : { $amount } ({ $method })
stmt-paid-total = Versé ce mois : { $amount }
stmt-closing = Solde de clôture : { $amount }
stmt-none = Aucune productrice n’a de relevé pour { $month }.
stmt-issued = { $count ->
    [one] Un relevé émis pour { $month }.
   *[other] { $count } relevés émis pour { $month }.
}
stmt-payout-done = { $amount } versés à { $producer } ({ $method }). Son solde est maintenant de { $balance }.

## Personnes, codes et droits (#7)
auth-err-not-allowed = { $name } ne peut pas { $right } : une administratrice doit le faire, ou taper son code pour cela.
auth-err-pin-format = Un code a 4 à 8 chiffres.
auth-err-wrong-pin = Code erroné pour { $name }.
auth-err-pin-wait = Trop de codes erronés pour { $name } : réessayez dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}, ou demandez un nouveau code à une administratrice.
auth-err-pin-not-set = { $name } n’a pas encore de code : une administratrice doit lui en donner un dans l’écran Personnes (F12).
auth-err-pin-needed = Il faut un code : tapez-le à l’invite, ou définissez SOUK_PIN.
auth-err-pin-mismatch = Les deux codes ne sont pas les mêmes. Rien n’a été changé.
auth-err-user-needed = Personne n’est à la caisse : choisissez qui vous êtes en haut de l’écran.
auth-err-last-admin = La boutique doit garder au moins une administratrice.
auth-pin-prompt = Code de { $name } :
auth-new-pin-prompt = Nouveau code pour { $name } (4 à 8 chiffres) :
auth-new-pin-again = Le même code encore une fois :
user-pin-changed = Nouveau code enregistré pour { $name }.
user-role-changed = { $name } est maintenant { $role }.
user-withdrawn = { $name } ne peut plus se connecter. Ses ventes gardent son nom.
right-sell = vendre
right-print = imprimer
right-till = ouvrir ou fermer la caisse
right-catalogue = modifier le catalogue
right-void = annuler une vente
right-refund = rembourser
right-discount = accorder cette remise
right-statements = émettre les relevés
right-payout = faire un versement
right-people = gérer les personnes
right-settings = changer les réglages
right-restore = restaurer une sauvegarde
right-audit = lire le journal
ui-first-pin = Son code (4 à 8 chiffres) : elle le tapera pour ouvrir la caisse
ui-first-demo-pins = Boutique de démonstration : administratrice « admin », code 2016 ; bénévoles Amina 1111, Fatima 2222, Khadija 3333.
ui-signin-title = Qui tient la caisse ?
ui-signin-pin = Code de { $name }
ui-signin-ok = Ouvrir
ui-signin-approve-title = Une administratrice approuve
ui-signin-approve-hint = Son code laisse passer l’action suivante, une seule fois.
ui-signin-cancel = Annuler
ui-lock = Verrouiller
ui-approve = Administratrice
ui-approved-by = Approuvé par { $name }
ui-backup-failed = La sauvegarde du jour n’a pas pu être faite : { $reason } Les ventes sont en sécurité dans la base de la boutique ; vérifiez le dossier de sauvegarde (clé USB), puis relancez Souk.
people-nav = Personnes
people-title = Les personnes à la caisse
people-new-pin = Nouveau code
people-make-admin = Rendre administratrice
people-make-volunteer = Rendre bénévole
people-withdraw = Retirer
people-pin = Code
people-name = Nom
people-add = Ajouter
people-add-title = Ajouter quelqu’un
role-admin = administratrice
role-volunteer = bénévole
audit-title = Journal des actions
audit-producer-added = productrice ajoutée
audit-producer-changed = productrice modifiée
audit-product-added = produit ajouté
audit-product-changed = produit modifié
audit-catalogue-imported = catalogue importé
audit-discount = remise
audit-void = vente annulée
audit-refund = remboursement
audit-statements-issued = relevés émis
audit-payout = versement
audit-cash-difference = écart de caisse
audit-setting-changed = réglage modifié
audit-user-added = personne ajoutée
audit-user-changed = personne modifiée
audit-pin-changed = code changé
audit-pin-failed = code erroné
audit-restored = sauvegarde restaurée

## Un seul rédacteur, disques pleins ou en lecture seule, fichiers abîmés
store-err-busy = La base de données est occupée : un autre Souk ou un autre programme y écrit. Rien n’a été enregistré ; réessayez dans un instant.
store-err-read-only = La base de données ne peut pas être écrite : son fichier, son dossier ou le disque est en lecture seule. Rien n’a été enregistré ; placez la base dans un endroit accessible en écriture ou demandez de l’aide.
store-err-disk-full = Le disque est plein. Rien n’a été enregistré ; libérez de la place (ou utilisez un autre disque) et réessayez.
store-err-damaged = Le fichier de la base de données est abîmé ou n’est pas une base Souk. Rien n’a été modifié ; restaurez la dernière sauvegarde ou demandez de l’aide.
store-err-already-open = Souk est déjà ouvert sur cette base de données ({ $path }) dans une autre fenêtre. Utilisez cette fenêtre, ou fermez-la d’abord.

## Saisies incorrectes
input-err-hidden-character = « { $text } » contient un caractère invisible ({ $code }), comme une tabulation ou un forçage de sens d’écriture. Rien n’a été enregistré ; retapez-le sans ce caractère.
input-err-too-long = « { $text } » fait { $chars ->
    [one] { $chars } caractère
   *[other] { $chars } caractères
} ; { $max } au plus sont permis. Rien n’a été enregistré.
input-err-csv-not-utf8 = La ligne { $line } du fichier n’est pas du texte UTF-8. Rien n’a été importé ; dans le tableur, enregistrez-le en « CSV UTF-8 » puis importez-le à nouveau.
set-discount-limit = Remise maximale des bénévoles (%)
set-lock-after = Verrouiller après (minutes d’inactivité)
set-err-range = « { $value } » n’est pas un nombre entier de { $min } à { $max }. Rien n’a été enregistré.
## Sessions de caisse et rapports
cash-err-unknown-session = Il n’y a pas de session de caisse { $id }.
cash-err-no-session = Aucune session de caisse n’est ouverte : ouvrez la caisse au comptoir avec le fond compté. Rien n’a été enregistré.
cash-err-already-open = La session de caisse { $id } est déjà ouverte : fermez-la avant d’en ouvrir une autre.
cash-err-none-closed = Aucune session de caisse n’a encore été fermée : il n’y a pas de rapport Z.
cash-err-count-syntax = « { $text } » n’est pas un comptage : écrivez VALEUR:NOMBRE séparés par des virgules, par exemple 200:3,100:5,0.50:4.
cash-err-denomination = { $text } DH n’est ni une pièce ni un billet marocain (pièces 0,10, 0,20, 0,50, 1, 2, 5, 10 ; billets 20, 50, 100, 200).
cash-err-void-closed = La vente { $number } appartient à une session de caisse déjà fermée : elle ne peut plus être annulée. Faites plutôt un remboursement.
report-err-period = La période finit ({ $to }) avant de commencer ({ $from }).
cash-opened = Session de caisse { $id } ouverte par { $user } avec un fond de caisse de { $float }.
cash-opened-zero = Aucune session de caisse n’était ouverte : la session { $id } a été ouverte avec un fond de caisse nul. Enregistrez la monnaie du tiroir avec souk session payin.
cash-closed = Session de caisse { $id } fermée par { $user } : attendu { $expected }, compté { $counted }, écart { $difference }.
cash-pay-in-recorded = Entrée de { $amount } enregistrée dans la session { $id } : { $reason }.
cash-pay-out-recorded = Sortie de { $amount } enregistrée dans la session { $id } : { $reason }.
cash-drawer-recorded = Ouverture du tiroir enregistrée dans la session { $id } : { $reason }.
cash-report-printed = Rapport imprimé sur { $printer }.
report-title = Chiffre d’affaires du { $from } au { $to } (période précédente : du { $pfrom } au { $pto })
report-revenue = Chiffre d’affaires : { $now } (précédent : { $before })
report-sales = Ventes : { $count }, panier moyen { $basket } (précédent : { $pcount }, { $pbasket })
report-refunds = Remboursements : { $count }, { $total } (précédent : { $pcount }, { $ptotal })
report-voids = Ventes annulées : { $count }, { $total } (précédent : { $pcount }, { $ptotal })
report-women = Femmes ayant gagné un revenu : { $women }, { $total } au total, médiane { $median } (précédent : { $pwomen }, { $ptotal })
report-new = Productrices gagnant pour la première fois : { $count }
report-row = { $key } { $name } : { $now } (précédent : { $before })
report-top = Produits les plus vendus :
check-report-days = Les totaux des rapports du { $a } ({ $c }) diffèrent de ceux du registre ({ $b }).
check-report-months = Les totaux des rapports du mois { $a } ({ $c }) diffèrent de ceux du registre ({ $b }).
ui-nav-till = Clôture
ui-nav-reports = Rapports
ui-till-closed = La caisse n’est pas ouverte : comptez le fond de caisse du tiroir et ouvrez-la ; la vente sera ensuite enregistrée.
ui-till-opened = La caisse est ouverte.
ui-till-float = Fond de caisse compté dans le tiroir
ui-till-float-placeholder = par ex. 500
ui-till-open = Ouvrir la caisse
ui-till-none-open = La caisse est fermée. Elle s’ouvre au comptoir, à la première vente.
ui-till-closed-done = La caisse est fermée : le rapport Z est ci-dessous.
ui-till-count = Compter le tiroir
ui-till-counted = Compté
ui-till-difference = Écart
ui-till-close = Fermer la caisse
ui-till-x-title = Session { $id } (ouverte), ouverte par { $user } le { $time }
ui-till-z-title = Session { $id } (fermée), ouverte par { $user } le { $time }
ui-till-sales = Ventes
ui-till-refunds = Remboursements
ui-till-float-line = Fond de caisse
ui-till-taken = Espèces reçues (moins le rendu)
ui-till-cash-refunds = Remboursements en espèces
ui-till-pay-ins = Entrées
ui-till-pay-outs = Sorties
ui-till-expected = Attendu dans le tiroir
ui-till-sales-count = { $count ->
    [one] { $count } vente
   *[other] { $count } ventes
}
ui-report-from = Du
ui-report-to = au
ui-report-show = Afficher
ui-report-this-month = Ce mois
ui-report-last-month = Mois dernier
ui-report-this-year = Cette année
ui-report-by-day = Par jour
ui-report-by-week = Par semaine
ui-report-by-month = Par mois
ui-report-export = Exporter en CSV
ui-report-export-pdf = PDF du conseil
ui-report-exported = Écrit dans { $path }
ui-report-folder = Dossier des exports
ui-report-over-time = Chiffre d’affaires dans le temps (période précédente en orange)
ui-report-by-category = Par catégorie
ui-report-incomes = Femmes par revenu (DH)
ui-report-revenue = Chiffre d’affaires
ui-report-sales = Ventes
ui-report-basket = Panier moyen
ui-report-refunds = Remboursements
ui-report-voids = Ventes annulées
ui-report-women = Femmes ayant gagné un revenu
ui-report-earned = Gagné par elles
ui-report-median = Revenu médian
ui-report-new = Gagnant pour la première fois
ui-report-by-producer = Par productrice
ui-report-top = Meilleures ventes
report-pdf-written = PDF écrit : { $path }
## Relevés et bordereaux en PDF
pdf-err-font = La police intégrée n° { $index } est illisible : cette copie de Souk est abîmée, réinstallez-la.
stmt-pdf-written = { $count ->
    [one] Un relevé écrit en PDF dans { $folder } ; pour tout imprimer d’un coup : { $all }
   *[other] { $count } relevés écrits en PDF dans { $folder } ; pour tout imprimer d’un coup : { $all }
}
stmt-slip-written = Le bon de versement à signer est dans { $path }
## Dépôts, retours et étiquettes
intake-err-empty = Un dépôt compte au moins un article : indiquez un produit et sa quantité.
intake-err-unknown = Aucun dépôt ni retour ne porte le numéro { $number }.
intake-err-not-hers = { $sku } n'est pas un produit de { $producer } : enregistrez-le sous le code de sa productrice.
intake-err-quantity = { $quantity } n'est pas une quantité de { $sku } à déposer ou rendre : pièces entières, kilos avec 3 décimales au plus, plus que zéro.
intake-err-return-exceeds = La boutique n'a que { $stock } de { $sku } : impossible d'en rendre plus. Rien n'a été enregistré.
tags-err-not-by-weight = { $sku } ne se vend pas au kilo : une étiquette de barquette demande un produit au prix du kilo.
tags-err-no-plu = { $sku } n'a pas de code magasin entre 2000000000015 et 2000000099999 : donnez-lui en un dans le catalogue, puis imprimez ses étiquettes de barquette.
tags-err-package-price = Une barquette de { $sku } doit coûter plus de 0 et au plus { $max } : pesez une barquette plus petite.
tags-err-layout = « { $text } » n'est pas une planche d'étiquettes : 3x8, 2x7 ou 4x10.
tags-err-skip = Une planche de { $per ->
    [one] { $per } étiquette
   *[other] { $per } étiquettes
} n'a plus de place libre après en avoir sauté { $skip }.
check-deposit-line = Dépôt { $a }, ligne { $b } : sa quantité diffère de son mouvement de stock ({ $c }).
intake-done = { $number } : { $count ->
    [one] une ligne
   *[other] { $count } lignes
} de { $producer }.
return-done = { $number } : { $count ->
    [one] une ligne rendue
   *[other] { $count } lignes rendues
} à { $producer }.
intake-slip-printed = Bon { $number } imprimé sur { $printer }.
tags-printed = { $count ->
    [one] { $count } étiquette imprimée
   *[other] { $count } étiquettes imprimées
} sur { $printer }.
tags-sheet-written = { $count ->
    [one] { $count } étiquette écrite
   *[other] { $count } étiquettes écrites
} dans { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}).
tags-code-assigned = { $sku } n'avait pas de code-barres : il a maintenant { $code }.
stock-producer = { $code } { $name }
stock-line = { $sku } { $name } : en boutique { $stock }, déposé { $brought }, vendu { $sold }, rendu { $returned }
stock-old = { $sku } { $name } : { $quantity } en rayon depuis plus de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} (depuis le { $since })
intake-err-new-spec = « { $text } » ne décrit pas un nouveau produit : écrivez NOM_FR|NOM_AR|CATÉGORIE|UNITÉ|PRIX|QTÉ, par ex. « Ghriba|غريبة|pastries|kg|120|2,5 ».
photo-err-unreadable = Ce fichier n'est pas une photo que Souk sait lire (JPEG ou PNG, moins de 40 Mo) : { $detail }
photo-set = { $sku } a sa photo ({ $size } Ko).
photo-removed = { $sku } n'a plus de photo.
intake-ui-nav = Dépôts
intake-ui-title = Articles déposés ou rendus
intake-ui-in = Dépôt
intake-ui-back = Retour
intake-ui-producer = Code ou nom de la productrice (P001, Siham…)
intake-ui-code = Scannez ou tapez le code du produit
intake-ui-quantity = Quantité
intake-ui-add = Ajouter
intake-ui-record = Enregistrer
intake-ui-recorded = { $number } enregistré. Imprimez le bon à signer, puis les étiquettes.
intake-ui-who = Choisissez d'abord qui tient la caisse : le dépôt nomme qui l'a reçu.
intake-ui-print-slip = Imprimer le bon
intake-ui-print-tags = Imprimer les étiquettes
intake-ui-slip-printed = Le bon est imprimé : elle le signe, vous aussi.
intake-ui-tags-printed = Les étiquettes sont imprimées.
intake-slip-pdf = Bon { $number } écrit dans { $path }.

# Corrections en ligne de commande, nouveaux produits au dépôt, photo de produit par chemin (issue 8)
correct-done = { $number } corrige { $corrects } :
intake-ui-new-title = Un nouveau produit, créé sur place
intake-ui-new-name-fr = Nom en français
intake-ui-new-name-ar = Nom en arabe
intake-ui-new-category = Catégorie (pâtisseries)
intake-ui-new-unit-piece = À la pièce
intake-ui-new-unit-kg = Au kg
intake-ui-new-price = Prix (DH)
intake-ui-new-add = Ajouter le nouveau produit
intake-ui-new-open = Nouveau produit…
intake-ui-new-line = nouveau
cat-photo = Photo (chemin du fichier)
cat-photo-hint = Un JPEG ou PNG, par exemple sur une clé USB ; il est réduit et gardé avec le produit à l’enregistrement. Vide : la photo reste comme elle est.
stock-ui-title = Dans la boutique
stock-ui-in-shop = en boutique
stock-ui-sold = vendu
stock-ui-returned = rendu
stock-ui-nothing = Rien d’elle n’est en boutique.
stock-ui-old = { $quantity } depuis plus de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
# Till: pay-ins, pay-outs, drawer openings, printed and saved reports (#6)
ui-till-movement = Entrées et sorties d’argent du tiroir
ui-till-amount = Montant, par ex. 20
ui-till-reason = Motif, par ex. rouleaux de papier
ui-till-pay-in = Entrée d’argent
ui-till-pay-out = Sortie d’argent
ui-till-drawer = Tiroir ouvert
ui-till-moved-in = { $amount } mis dans le tiroir : { $reason }.
ui-till-moved-out = { $amount } sortis du tiroir : { $reason }.
ui-till-drawer-noted = Ouverture du tiroir notée : { $reason }.
ui-till-reports = Rapports
ui-till-print-x = Imprimer le rapport X
ui-till-print-z = Imprimer le rapport Z
ui-till-printed = Le rapport est imprimé.
ui-till-folder = Dossier du PDF
ui-till-save-x = Enregistrer X en PDF
ui-till-save-z = Enregistrer Z en PDF
ui-till-pdf-saved = Rapport enregistré : { $path }
ui-till-no-printer = Aucune imprimante de tickets n’est réglée : choisissez-la dans Réglages (F8).
ui-till-drawer-count = { $count ->
    [0] Tiroir jamais ouvert sans vente
    [one] Tiroir ouvert une fois sans vente
   *[other] Tiroir ouvert { $count } fois sans vente
}
## Statements screen (issue #5, item 5)
stmt-ui-nav = Relevés
stmt-ui-title = Relevés de { $month }
stmt-ui-prev = ‹ Mois précédent
stmt-ui-next = Mois suivant ›
stmt-ui-issued-month = Émis : ces relevés ne changent plus.
stmt-ui-draft-month = Brouillon : pas encore émis.
stmt-ui-col-producer = Productrice
stmt-ui-col-gross = Ventes
stmt-ui-col-association = Association
stmt-ui-col-net = Sa part
stmt-ui-col-paid = Versé
stmt-ui-col-balance = Solde
stmt-ui-issue = Émettre le mois
stmt-ui-pick = Choisissez une productrice pour voir ses lignes et lui verser son argent.
stmt-ui-balance-now = Son solde aujourd’hui : { $amount }
stmt-ui-pay-title = Enregistrer un versement
stmt-ui-amount = Montant
stmt-ui-advance = Avance (au-delà de son solde)
stmt-ui-note = Note (facultative)
stmt-ui-pay = Verser
stmt-ui-folder = Dossier des PDF
stmt-ui-write-hers = PDF de son relevé
stmt-ui-write-all = PDF de tout le mois
stmt-ui-written = PDF écrit : { $path }
stmt-ui-lines = Lignes du mois
stmt-ui-amounts = Montants en dirhams (DH)
stmt-ui-working = Un instant : les relevés sont préparés…
stmt-ui-payout-exceeds = Ce versement dépasse ce qui est dû à { $producer } ({ $balance }). Versez au plus son solde, ou cochez « Avance ». Rien n’a été versé.

# Relevés : aperçu, imprimante de pages, page d'une productrice
pages-err-no-cups = Ce PC n'a pas de système d'impression (CUPS). Faites-le installer, ou choisissez un dossier d'impression (folder:…) dans les réglages. Le PDF peut toujours être enregistré.
pages-err-printer = L'imprimante a refusé le document : { $detail }
pages-queued = { $title } envoyé { $printer ->
    [none] à l'imprimante par défaut
   *[other] à l'imprimante { $printer }
} (travail { $job }).
pages-written = { $title } déposé dans le dossier d'impression : { $path }
pages-png-written = Images des pages écrites dans { $folder }.
hist-title = { $name } ({ $code })
hist-balance = Son solde aujourd'hui : { $amount }
hist-earned = Gagné depuis ses débuts : { $amount }
hist-month = { $month } · { $number } · ventes { $gross } · sa part { $net } · payé { $paid } · solde { $closing }
hist-draft = non émis
stmt-ui-preview = Voir
stmt-ui-print = Imprimer
stmt-ui-her-page = Sa page
stmt-ui-print-all = Imprimer tout le mois
stmt-ui-slip-preview = Voir le bon
stmt-ui-slip-ticket = Bon sur l'imprimante à tickets
stmt-ui-ticket-printed = Le bon de versement est imprimé sur l'imprimante à tickets.
stmt-ui-page-of = Page { $page } sur { $count }
stmt-ui-page-prev = ‹ Page
stmt-ui-page-next = Page ›
stmt-ui-close = Fermer
stmt-ui-back = Retour au mois
hist-col-month = Mois
hist-none = Rien de vendu ni de payé pour l'instant.
hist-payouts = Ses versements
set-pages-printer = Imprimante des relevés (A4/A5)
set-pages-printer-hint = vide : l'imprimante du PC ; le nom d'une imprimante ; ou folder:/chemin
hist-no-payouts = Aucun versement pour l'instant.
stmt-ui-save-pdf = Enregistrer en PDF
hist-slip = Bon
ui-report-print = Imprimer

# Intake: corrections and label sheets at the window
intake-ui-correct = Corriger un bon
intake-ui-correct-title = Corriger un dépôt ou un retour
intake-ui-correct-hint = Choisissez son bon ou tapez le numéro écrit dessus, puis ce qui diffère sur chaque ligne : -1 s'il est entré une pièce de moins (ou rendu une de plus), +1 dans l'autre sens. Le bon erroné reste tel quel ; une administratrice corrige, ou donne son accord.
intake-ui-correct-number = Numéro du bon (DEP-2026-0001)
intake-ui-correct-open = Ouvrir
intake-ui-correct-paper = { $kind } { $number } du { $day }, { $producer } : enregistré, et la différence
intake-ui-correct-difference = -1, +1…
intake-ui-correct-record = Enregistrer la correction
intake-ui-corrected = { $number } corrige { $corrects }. Imprimez son bon à signer.
intake-ui-sheet-open = Étiquettes sur planche A4
intake-ui-sheet-title = Étiquettes sur une planche A4
intake-ui-sheet-skip = Étiquettes déjà utilisées sur la planche
intake-ui-sheet-count = { $count ->
    [one] { $count } étiquette
   *[other] { $count } étiquettes
} sur { $pages ->
    [one] { $pages } planche
   *[other] { $pages } planches
}
intake-ui-sheet-print = Imprimer la planche
intake-ui-sheet-folder = Dossier du PDF

# The audit trail: the names of the values it shows
audit-field-amount = montant
audit-field-advance = avance
audit-field-balance-before = solde avant
audit-field-method = moyen
audit-field-statements = relevés
audit-field-discount = remise
audit-field-gross = brut
audit-field-counted = compté
audit-field-difference = écart
audit-field-expected = attendu
audit-field-value = valeur
audit-field-role = rôle
audit-field-active = actif
audit-field-reason = motif
audit-field-price = prix
audit-field-name-fr = nom français
audit-field-name-ar = nom arabe
audit-field-name-latin = nom
audit-field-category = catégorie
audit-field-unit = unité
audit-field-barcode = code-barres
audit-field-share-rate = part association
audit-field-phone = téléphone
audit-field-workshop = atelier
audit-field-stock = stock
audit-field-total = total
audit-field-added = ajoutés
audit-field-updated = modifiés
audit-yes = oui
audit-no = non
stmt-slip-unmade = Le versement est enregistré, mais son bon n'a pas pu être fait : { $reason }
