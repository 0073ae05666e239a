## printing: messages of this area (see src/i18n.rs)
print-problem-unreachable = the printer does not answer at its address ({ $detail }): is it on and plugged into the network?
print-problem-stalled = the printer stopped in the middle of the receipt: is it on, with paper, its cover closed?
print-problem-too-slow = the printer reads too slowly: the receipt was not finished after { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
print-problem-closed = the printer cut the connection before the end of the receipt.
print-problem-paper-out = the printer is out of paper.
print-problem-cover-open = the printer's cover is open.
print-problem-offline = the printer is offline or in error.
print-problem-unconfirmed = the printer did not confirm the receipt: it may not have come out.
print-problem-no-answer = the printer does not answer (nothing in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}): is it on and plugged in?
print-problem-device = the printer refused: { $detail }
print-problem-other = { $detail }
err-interrupted = The work stopped before it finished; nothing is lost, try again.
ui-printing = Printing the receipt…
ui-no-printer-shown = No printer: here is the receipt.
ui-receipt-waiting = Receipt waiting: { $reason }
ui-receipts-waiting = { $count ->
    [one] 1 receipt waiting: print
   *[other] { $count } receipts waiting: print
}
ui-receipt-waiting-untried = Receipt waiting: not sent to the printer yet.
