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
