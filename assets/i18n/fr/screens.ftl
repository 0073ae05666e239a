## screens: messages of this area (see src/i18n.rs)
set-unchanged = Rien n’a changé : aucun réglage n’a été écrit.
set-err-field = « { $field } » : { $reason }
set-err-range-empty = Ce champ est vide : écrivez un nombre entier de { $min } à { $max }. Rien n’a été enregistré.
set-err-choice = « { $value } » n’est pas l’un de : { $codes }. Rien n’a été enregistré.
set-err-unknown = Souk n’a pas de réglage nommé « { $key } ». Rien n’a été enregistré.
set-db-kind = À quoi sert cette base
set-whole-hint = un nombre de { $min } à { $max }
set-mm = { $mm } mm
set-shop-name = Nom de la boutique
set-lang = Langue de l’écran
set-screen = Dernier écran ouvert
set-statements-paper = Format des relevés
set-reports-folder = Dossier des exports des rapports
set-default-share = Part de l’association par défaut
set-backup-folder = Dossier des sauvegardes
set-backup-keep = Sauvegardes gardées
confirm-close-title = Clôturer la caisse de { $user } ?
confirm-close-counted = Compté { $counted } · attendu { $expected }
confirm-close-difference = Écart { $difference }. Une caisse clôturée ne change plus.
confirm-close-even = Pas d’écart. Une caisse clôturée ne change plus.
confirm-close-yes = Clôturer
confirm-payout-title = Verser { $amount } à { $name } ?
confirm-payout-how = Mode : { $method }.
confirm-payout-balance = Son solde passe de { $before } à { $after }.
confirm-payout-final = Un versement enregistré ne s’efface pas ; son bon sera à signer.
confirm-payout-yes = Verser
confirm-clear-title = Vider le panier ?
confirm-clear-what = { $count ->
    [one] L’article ({ $total }) sera retiré du panier ; rien n’est vendu.
   *[other] Les { $count } articles ({ $total }) seront retirés du panier ; rien n’est vendu.
}
confirm-clear-yes = Vider
confirm-void-title = Annuler la vente { $number } ?
confirm-void-what = Ses { $total } sont rendus et retirés des parts des productrices.
confirm-void-reason = Motif : { $reason }
confirm-void-final = Une vente annulée reste dans le registre et ne peut plus être rétablie.
confirm-void-yes = Annuler la vente
confirm-issue-title = Émettre { $count ->
    [one] le relevé
   *[other] les { $count } relevés
} de { $month } ?
confirm-issue-what = { $count ->
    [one] Un relevé sera numéroté
   *[other] { $count } relevés seront numérotés
}, pour { $net } de parts des productrices.
confirm-issue-final = Un relevé émis ne change plus : un remboursement plus tard ira sur le mois suivant.
confirm-issue-yes = Émettre
ui-already-open-title = Souk est déjà ouvert
ui-already-open-text = Une autre fenêtre de Souk travaille déjà sur cette base ({ $path }). Continuez dans celle-là : deux caisses sur la même base mêleraient leurs paniers.
ui-already-open-close = Fermer
import-err-producers-first = { $count ->
    [one] Ce produit ne peut être rattaché à personne
   *[other] Ces { $count } produits ne peuvent être rattachés à personne
} : aucune productrice n’est encore enregistrée. Importez d’abord le fichier des productrices (choisissez « Productrices » ci-dessus), puis celui des produits. Rien n’a été importé.
ui-first-name-ar = Nom de la boutique en arabe (sur les tickets)
ui-first-name-fr = Nom de la boutique en français (sur les tickets)
ui-empty-catalogue = Aucun produit pour l’instant. Le catalogue se fait dans l’écran Catalogue (F7) : importez les productrices puis les produits, ou ajoutez-les un par un.
intake-ui-nobody = Aucune productrice ne s’appelle ni n’a pour code « { $typed } ».
cli-err-unknown-user = Personne du nom de « { $name } » n’utilise Souk. Pour l’ajouter : souk user add NOM
cli-print-err-unsupported = Cette version de Souk ne gère pas les imprimantes { $kind } ; recompilez-la avec --features { $feature }.
cli-print-err-no-printer = Aucune imprimante indiquée : ajoutez --printer, par exemple --printer tcp:192.168.1.50, ou réglez receipt.printer.
cli-auth-err-pin-not-set = { $name } n’a pas encore de code : une administratrice doit lui en donner un (souk user pin NOM).
cli-auth-err-user-needed = Dites qui vous êtes avec --user NOM (ou --cashier pour une vente).
cli-store-err-damaged = Le fichier de la base de données est abîmé ou n’est pas une base Souk. Rien n’a été modifié ; restaurez la dernière sauvegarde (souk restore FICHIER) ou demandez de l’aide.
cli-cash-err-no-session = Aucune session de caisse n’est ouverte : ouvrez-en une avec le fond de caisse compté (souk session open --float MONTANT). Rien n’a été enregistré.
unit-piece = pièce
audit-field-refund = remboursement
audit-field-sku = référence
audit-field-producer = productrice
audit-field-stock-tracked = stock suivi
audit-field-code = code
audit-field-joined = arrivée
audit-field-sales = ventes
audit-field-by = par
import-col-sku = référence du produit
import-col-barcode = code-barres
import-col-name-ar = nom en arabe
import-col-name-fr = nom en français
import-col-category = catégorie
import-col-producer-code = code de la productrice
import-col-unit = unité : piece ou kg
import-col-price = prix
import-col-stock = quantité en boutique
import-col-code = code de la productrice
import-col-name-latin = nom en lettres latines
import-col-phone = téléphone
import-col-workshop = atelier
import-col-share = part de l’association en %
import-col-joined = date d’arrivée
import-col-other = colonne du fichier
stmt-ui-slip-heading = Bon de versement n° { $number } : { $amount } à { $name } ({ $code })
cli-print-err-spec-kind = « { $spec } » n’est pas une imprimante. Écrivez tcp:HÔTE[:PORT], file:CHEMIN, usb:VID:PID, serial:CHEMIN[:DÉBIT], png:CHEMIN ou none.
