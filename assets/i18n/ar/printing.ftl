## printing: messages of this area (see src/i18n.rs)
print-problem-unreachable = الطابعة لا تجيب في عنوانها ({ $detail }): هل هي مشغّلة وموصولة بالشبكة؟
print-problem-stalled = توقفت الطابعة في وسط الوصل: هل هي مشغّلة، وفيها ورق، وغطاؤها مغلق؟
print-problem-too-slow = الطابعة بطيئة جدا: لم ينته الوصل بعد { $seconds ->
    [zero] أقل من ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوان
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
print-problem-closed = قطعت الطابعة الاتصال قبل نهاية الوصل.
print-problem-paper-out = نفد الورق من الطابعة.
print-problem-cover-open = غطاء الطابعة مفتوح.
print-problem-offline = الطابعة غير متصلة أو بها عطل.
print-problem-unconfirmed = لم تؤكد الطابعة طباعة الوصل: ربما لم يخرج.
print-problem-no-answer = الطابعة لا تجيب (لا شيء خلال { $seconds ->
    [zero] أقل من ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوان
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}): هل هي مشغّلة وموصولة؟
print-problem-device = رفضت الطابعة: { $detail }
print-problem-other = { $detail }
err-interrupted = توقف العمل قبل أن ينتهي؛ لم يضع أي شيء، المرجو إعادة المحاولة.
ui-printing = جارٍ طبع الوصل…
ui-no-printer-shown = لا توجد طابعة: هذا هو الوصل.
ui-receipt-waiting = الوصل في الانتظار: { $reason }
ui-receipts-waiting = { $count ->
    [zero] لا يوجد وصل في الانتظار
    [one] وصل واحد في الانتظار: اطبعيه
    [two] وصلان في الانتظار: اطبعيهما
    [few] { $count } وصولات في الانتظار: اطبعيها
    [many] { $count } وصلا في الانتظار: اطبعيها
   *[other] { $count } وصل في الانتظار: اطبعيها
}
ui-receipt-waiting-untried = الوصل في الانتظار: لم يُرسل إلى الطابعة بعد.
