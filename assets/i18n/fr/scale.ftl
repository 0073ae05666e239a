## scale: the shop's scale, its readings and troubles (src/scale)
scale-stable = Poids stable
scale-moving = La balance bouge…
scale-zero = Rien sur la balance
scale-negative = Sous zéro : remettez la balance à zéro
scale-overload = Trop lourd pour la balance
scale-unplugged = La balance ne répond pas sur { $port } ({ $detail }) : est-elle branchée et allumée ? Tapez le poids en attendant.
scale-silent = La balance ne dit rien : est-elle allumée ? Tapez le poids en attendant.
scale-garbage = La balance envoie ce que Souk ne sait pas lire : vérifiez son protocole et sa vitesse dans Réglages (F8).
scale-unit = La balance pèse en { $unit } : réglez-la en kilogrammes.
scale-fault = La balance signale une panne : éteignez-la puis rallumez-la.
scale-err-protocol = « { $text } » n’est pas un protocole de balance : choisissez Toledo 8217 ou CAS.
scale-err-baud = « { $text } » n’est pas une vitesse de ligne : par exemple 9600.
scale-waiting = Lecture de la balance…
scale-press-enter = Poids stable : Entrée pour l’ajouter
ui-weight-hint-grams = Tapez le poids en grammes (350) ou en kilos (0,350).
ui-kg = kg
