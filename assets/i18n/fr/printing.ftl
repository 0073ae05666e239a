## printing: messages of this area (see src/i18n.rs)
print-problem-unreachable = l’imprimante ne répond pas à son adresse ({ $detail }) : est-elle allumée et branchée au réseau ?
print-problem-stalled = l’imprimante s’est arrêtée en cours de ticket : est-elle allumée, avec du papier, le capot fermé ?
print-problem-too-slow = l’imprimante lit trop lentement : le ticket n’était pas fini au bout de { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}.
print-problem-closed = l’imprimante a coupé la liaison avant la fin du ticket.
print-problem-paper-out = l’imprimante n’a plus de papier.
print-problem-cover-open = le capot de l’imprimante est ouvert.
print-problem-offline = l’imprimante est hors ligne ou en erreur.
print-problem-unconfirmed = l’imprimante n’a pas confirmé le ticket : il n’est peut-être pas sorti.
print-problem-no-answer = l’imprimante ne répond pas (rien en { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}) : est-elle allumée et branchée ?
print-problem-device = l’imprimante a refusé : { $detail }
print-problem-other = { $detail }
err-interrupted = Le travail s’est arrêté avant la fin ; rien n’est perdu, recommencez.
ui-printing = Impression du ticket…
ui-no-printer-shown = Pas d’imprimante : voici le ticket.
ui-receipt-waiting = Ticket en attente : { $reason }
ui-receipts-waiting = { $count ->
    [one] 1 ticket en attente : imprimer
   *[other] { $count } tickets en attente : imprimer
}
ui-receipt-waiting-untried = Ticket en attente : pas encore envoyé à l’imprimante.
