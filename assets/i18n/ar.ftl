## Souk — الرسائل بالعربية. يجب أن يوجد هنا كل معرّف موجود في en.ftl (يتحقق من ذلك اختبار).

## الأعداد المُدخلة
parse-empty = لم يُكتب أي شيء.
parse-not-a-number = «{ $input }» ليس عددا. المرجو كتابة أرقام، مثلا 12,50.
parse-negative = «{ $input }» عدد سالب؛ يجب أن يكون صفرا أو أكثر.
parse-too-many-decimals = «{ $input }» فيه أرقام عشرية كثيرة (الحد الأقصى { $max }).
parse-too-large = «{ $input }» كبير جدا (الحد الأقصى { $max }).
parse-not-whole = «{ $input }»: هذا المنتوج يُباع بالقطعة؛ المرجو كتابة عدد صحيح.
parse-zero = «{ $input }» يجب أن يكون أكبر من صفر.

field-price = الثمن
field-quantity = الكمية
field-payment = الدفع
field-stock = المخزون
field-share = حصة الجمعية
field-value = القيمة
err-field = { $field }: { $detail }

## الرفض والأخطاء
err-folder = تعذّر إنشاء المجلد { $path }: { $detail }
err-open = تعذّر فتح قاعدة البيانات { $path }: { $detail }
err-db-too-new = قاعدة البيانات { $path } أنشأها إصدار أحدث من Souk (المخطط { $found }؛ وهذا الإصدار لا يعرف إلا { $known }). المرجو تثبيت الإصدار الأحدث من Souk؛ لم يتغير أي شيء.
err-migration = تعذّر تحديث قاعدة البيانات؛ لم يتغير أي شيء: { $detail }
err-sqlite = خطأ في قاعدة البيانات: { $detail }
err-damaged = قاعدة البيانات تالفة: في الجدول { $table }، السطر { $row }، يحتوي العمود { $column } على { $found }، وهي قيمة لا يكتبها Souk أبدًا. لم يتغير أي شيء. المرجو استرجاع آخر نسخة احتياطية، أو الاتصال بمن ثبّت Souk.
err-read-file = تعذّرت قراءة { $path }: { $detail }
err-unknown-product = لا يوجد أي منتوج بالرمز أو الرمز الشريطي «{ $code }».
err-inactive-product = المنتوج { $code } لم يعد معروضا للبيع.
err-unknown-producer = لا توجد أي منتجة بالرمز «{ $code }».
err-unknown-user = لا يوجد في سوق مستخدم باسم «{ $name }». تضيفه مسيّرة في شاشة الأشخاص (F12).
err-user-exists = المستخدم «{ $name }» موجود من قبل.
err-unknown-sale = لا توجد أي عملية بيع تحمل الرقم «{ $number }».
err-weight-needed = المنتوج { $sku } يُباع بالوزن: المرجو إدخال الوزن بالكيلوغرام، مثلا { $sku }x0.350
err-empty-cart = السلة فارغة.
err-discount-too-large = التخفيض على { $sku } أكبر من مبلغ السطر.
err-not-paid = الدفع غير مكتمل: ما زال مبلغ { $due } مستحقا. لم يُسجَّل أي شيء.
err-non-cash-exceeds = الدفع بالبطاقة وبالتحويل يتجاوز المجموع بمبلغ { $excess }؛ لا يُرَدّ الباقي إلا عند الدفع نقدا.
err-zero-payment = يجب أن يكون مبلغ الدفع أكبر من صفر.
err-cash-not-needed = قُدِّم مبلغ نقدي، لكن الدفع بالبطاقة أو بالتحويل يغطي المجموع كله.
err-unknown-method = طريقة دفع غير معروفة «{ $method }»: المرجو استعمال cash أو card أو transfer (أو نقدا، بطاقة، تحويل).
err-payment-syntax = يُكتب الدفع هكذا: cash:100 أو card:61.50 (أو نقدا:100)، وليس «{ $text }».
err-reason-required = يجب ذكر السبب.
err-already-voided = البيع رقم { $number } ملغى من قبل.
err-refund-of-voided = البيع رقم { $number } ملغى؛ لا يوجد ما يُسترجَع.
err-refund-of-refund = العملية رقم { $number } استرجاع؛ المرجو استرجاع البيع الأصلي بدلا منها.
err-void-of-refunded = البيع رقم { $number } تمت عليه عمليات استرجاع، ولم يعد من الممكن إلغاؤه.
err-void-of-refund = العملية رقم { $number } استرجاع ولا يمكن إلغاؤها.
err-void-too-late = البيع رقم { $number } بتاريخ { $day }؛ لا يمكن إلغاء إلا مبيعات اليوم. المرجو إجراء استرجاع بدلا من ذلك.
err-no-such-line = البيع رقم { $number } ليس فيه سطر رقم { $line }.
err-refund-exceeds = السطر { $line } من البيع رقم { $number }: لم يبق للاسترجاع إلا { $left }.
err-nothing-to-refund = البيع رقم { $number } استُرجِع بالكامل من قبل.
err-invalid-barcode = الرمز الشريطي { $code } ليس رمز EAN-13 صالحا.
err-import = { $count ->
    [zero] لم يُستورد أي شيء:
    [one] في الملف سطر فيه خطأ؛ لم يُستورد أي شيء:
    [two] في الملف مشكلتان؛ لم يُستورد أي شيء:
    [few] في الملف { $count } مشاكل؛ لم يُستورد أي شيء:
    [many] في الملف { $count } مشكلة؛ لم يُستورد أي شيء:
   *[other] في الملف { $count } مشكلة؛ لم يُستورد أي شيء:
}
err-csv = الملف ليس بصيغة CSV مقروءة: { $detail }
err-missing-column = ينقص الملفَّ العمودُ «{ $column }» ({ $meaning }).
err-demo-needs-empty = المتجر التجريبي يحتاج إلى قاعدة بيانات فارغة: المرجو استعمال --db مع ملف جديد.
err-bad-day = «{ $text }» ليس تاريخا صحيحا: المرجو كتابته بالشكل YYYY-MM-DD، مثلا 2026-11-29.
err-unknown-role = دور غير معروف «{ $role }»: المرجو استعمال volunteer (متطوع) أو admin (مسؤول).
err-check-failed = { $count ->
    [zero] لم يجد الفحص أي مشكلة.
    [one] وجد الفحص مشكلة واحدة.
    [two] وجد الفحص مشكلتين.
    [few] وجد الفحص { $count } مشاكل.
    [many] وجد الفحص { $count } مشكلة.
   *[other] وجد الفحص { $count } مشكلة.
}

## الاستيراد
import-line = السطر { $line }: { $reason }
import-no-code = الرمز غير موجود
import-no-sku = المرجع ناقص (العمود sku)
import-no-name = الاسم غير موجود (لا بالعربية ولا بالحروف اللاتينية)
import-duplicate-in-file = «{ $code }» موجود من قبل في السطر { $first }
import-sku-taken = مرجع مكرر: { $code } يخص من قبل المرأة المنتِجة { $owner }
import-barcode-taken = الرمز الشريطي { $code } مستعمل من قبل لـ { $owner }
import-bad-barcode = الرمز الشريطي { $code } رقم التحقق فيه خاطئ (أو ليس من 13 رقما)
import-unknown-producer = منتجة غير معروفة «{ $code }»
import-unknown-category = صنف غير معروف «{ $value }» (الأصناف المعروفة: { $known })
import-unknown-workshop = ورشة غير معروفة «{ $value }» (الورشات المعروفة: { $known })
import-unknown-unit = وحدة غير معروفة «{ $value }»: المرجو استعمال piece أو kg
import-bad-date = «{ $value }» ليس تاريخا (YYYY-MM-DD)
imported-producers = النساء المنتِجات: { $added ->
    [zero] لم تُضف أي واحدة
    [one] أُضيفت واحدة
    [two] أُضيفت اثنتان
    [few] أُضيفت { $added }
    [many] أُضيفت { $added } امرأة
   *[other] أُضيفت { $added } امرأة
}، و{ $updated ->
    [zero] لم تُحدَّث أي واحدة
    [one] حُدِّثت واحدة
    [two] حُدِّثت اثنتان
    [few] حُدِّثت { $updated }
    [many] حُدِّثت { $updated } امرأة
   *[other] حُدِّثت { $updated } امرأة
}.
imported-products = السلع: { $added ->
    [zero] لم تُضف أي سلعة
    [one] أُضيفت سلعة واحدة
    [two] أُضيفت سلعتان
    [few] أُضيفت { $added } سلع
    [many] أُضيفت { $added } سلعة
   *[other] أُضيفت { $added } سلعة
}، و{ $updated ->
    [zero] لم تُحدَّث أي سلعة
    [one] حُدِّثت سلعة واحدة
    [two] حُدِّثت سلعتان
    [few] حُدِّثت { $updated } سلع
    [many] حُدِّثت { $updated } سلعة
   *[other] حُدِّثت { $updated } سلعة
}.

## القوائم
count-producers = { $count ->
    [zero] لا توجد أي منتجة
    [one] منتجة واحدة
    [two] منتجتان
    [few] { $count } منتِجات
    [many] { $count } منتجة
   *[other] { $count } منتجة
}
count-products = { $count ->
    [zero] لا يوجد أي منتوج
    [one] منتوج واحد
    [two] منتوجان
    [few] { $count } منتوجات
    [many] { $count } منتوجا
   *[other] { $count } منتوج
}
rate-default = حصة الجمعية الافتراضية للمتجر
inactive = غير نشيطة
unit-kg = كلغ
in-stock = في المخزون: { $quantity }
user-added = تمت إضافة { $name } ({ $role }).

## المبيعات
sale-title = بيع رقم { $number } — { $time } — { $cashier }
refund-title = استرجاع رقم { $number } — { $time } — { $cashier }
voided-title = بيع رقم { $number } (ملغى) — { $time } — { $cashier }
refund-of = استرجاع من البيع رقم { $number }
reason-line = السبب: { $reason }
sale-line = { $line }. { $name } ({ $maker }) — { $quantity } × { $price } = { $total }
sale-line-discount = {" "}(تخفيض { $discount })
sale-total = المجموع: { $total }
payment-line = { $method }: { $amount }
payment-cash-change = { $method }: المبلغ المقدَّم { $tendered } — الباقي { $change }
method-cash = نقدا
method-card = بطاقة
method-transfer = تحويل
status-completed = مكتمل
status-refund = استرجاع
status-voided = ملغى
voided = تم إلغاء البيع رقم { $number }.
sales-summary = { $count ->
    [zero] لا توجد أي عملية بيع
    [one] عملية بيع واحدة
    [two] عمليتا بيع
    [few] { $count } عمليات بيع
    [many] { $count } عملية بيع
   *[other] { $count } عملية بيع
}، المجموع الصافي { $total }

## الفحص
check-ok = السجل سليم: نجحت جميع عمليات الفحص.
check-integrity = سلامة قاعدة البيانات SQLite: { $a }
check-lines-total = البيع { $a }: المجموع { $b } لكن مجموع أسطره { $c } (بالسنتيم).
check-line-shares = البيع { $a }، السطر { $b }: حصة المنتجة وحصة الجمعية لا تساويان مبلغ السطر { $c }.
check-line-amount = البيع { $a }، السطر { $b }: المبلغ { $c } لا يساوي الثمن × الكمية − التخفيض.
check-payments = البيع { $a }: المجموع { $b } لكن مجموع الدفعات { $c } (بالسنتيم).
check-cash-change = البيع { $a }: المبلغ النقدي المقدَّم { $b } ناقص الباقي { $c } لا يطابق الدفع.
check-gap = سنة { $a }: عدد الوصولات { $b } لكن آخر رقم هو { $c }؛ هناك أرقام ناقصة.
check-refund-exceeds = البيع { $a }، السطر { $b }: الكمية المسترجعة أكبر من الكمية المبيعة { $c } (بأجزاء الألف).
check-stock = المنتوج { $a }: المخزون { $b } لكن مجموع حركاته { $c } (بأجزاء الألف).

## العرض التجريبي
demo-done = المتجر التجريبي جاهز: { $producers ->
    [zero] بلا نساء منتِجات
    [one] امرأة منتِجة واحدة
    [two] امرأتان منتِجتان
    [few] { $producers } نساء منتِجات
    [many] { $producers } امرأة منتِجة
   *[other] { $producers } امرأة منتِجة
}، { $products ->
    [zero] بلا سلع
    [one] سلعة واحدة
    [two] سلعتان
    [few] { $products } سلع
    [many] { $products } سلعة
   *[other] { $products } سلعة
}، { $sales ->
    [zero] بلا مبيعات
    [one] عملية بيع واحدة
    [two] عمليتا بيع
    [few] { $sales } عمليات بيع
    [many] { $sales } عملية بيع
   *[other] { $sales } عملية بيع
} و{ $refunds ->
    [zero] بلا استرجاعات
    [one] استرجاع واحد
    [two] استرجاعان
    [few] { $refunds } استرجاعات
    [many] { $refunds } استرجاعا
   *[other] { $refunds } استرجاع
}، من { $from } إلى { $to }. المستخدمون: { $users }.

## البرنامج
status = برنامج سوق جاهز. قاعدة البيانات: { $path } — { $producers ->
    [zero] بلا نساء منتِجات
    [one] امرأة منتِجة واحدة
    [two] امرأتان منتِجتان
    [few] { $producers } نساء منتِجات
    [many] { $producers } امرأة منتِجة
   *[other] { $producers } امرأة منتِجة
}، { $products ->
    [zero] بلا سلع
    [one] سلعة واحدة
    [two] سلعتان
    [few] { $products } سلع
    [many] { $products } سلعة
   *[other] { $products } سلعة
}، { $sales ->
    [zero] بلا مبيعات
    [one] عملية بيع واحدة
    [two] عمليتا بيع
    [few] { $sales } عمليات بيع
    [many] { $sales } عملية بيع
   *[other] { $sales } عملية بيع
}.
status-hint = للبدء: souk demo (متجر تجريبي)، أو souk import producers FILE. جميع الأوامر: souk --help

## النافذة
ui-loading = جارٍ فتح المتجر…
ui-failed-title = تعذّر على Souk فتح المتجر
ui-failed-hint = لم يتغير أي شيء. المرجو إغلاق Souk، وإصلاح المشكلة المذكورة أعلاه، ثم تشغيله من جديد.
ui-shop = السوق الصغير
ui-cashier = عند الصندوق:
ui-nav-counter = الصندوق
ui-search-placeholder = مسح الرمز أو البحث عن منتوج…
ui-all = الكل
ui-cart = السلة
ui-cart-empty = السلة فارغة: المرجو مسح رمز منتوج أو لمسه على الشاشة.
ui-articles = { $count ->
    [zero] لا توجد أي سلعة
    [one] سلعة واحدة
    [two] سلعتان
    [few] { $count } سلع
    [many] { $count } سلعة
   *[other] { $count } سلعة
}
ui-total = المجموع
ui-pay-cash = نقدا
ui-pay-card = بطاقة
ui-pay-transfer = تحويل
ui-clear = إفراغ السلة
ui-received = المبلغ المقدَّم
ui-exact = المبلغ بالضبط
ui-change = الباقي
ui-due = المتبقي للدفع
ui-confirm = تأكيد
ui-back = رجوع
ui-rest-by-card = إتمام الدفع بالبطاقة
ui-rest-by-transfer = إتمام الدفع بالتحويل
ui-weight-title = وزن { $name }
ui-weight-hint = المرجو وضع المنتوج على الميزان وكتابة وزنه بالكيلوغرام، مثلا 0,350.
ui-add = إضافة
ui-saving = جارٍ التسجيل…
ui-sale-done = تم تسجيل البيع رقم { $number }.
ui-added = تمت إضافة { $name }.
ui-unknown-code = لا يوجد أي منتوج بالرمز «{ $code }». المرجو التحقق من الملصق، أو البحث بالاسم.
ui-no-match = لا توجد أي نتيجة لـ«{ $query }».
ui-per-kg = /كلغ
ui-no-cashier = المرجو أولا اختيار الشخص الذي يعمل عند الصندوق.
ui-more-results = المرجو كتابة حروف أخرى لعرض السلع الأخرى.
ui-first-title = مرحبا بكم في Souk
ui-first-intro = قاعدة البيانات فارغة. المرجو إدخال اسم المتجر واسم أول مسؤول عنه، أو تحميل المتجر التجريبي لتجربة Souk.
ui-first-shop-name = اسم المتجر
ui-first-admin = اسم أول مسؤول
ui-first-create = إنشاء المتجر
ui-first-demo = تحميل المتجر التجريبي
ui-first-needed = المرجو كتابة اسم المتجر (بالعربية أو بالفرنسية أو بهما معا) واسم المسؤول.

## النافذة: سجل المبيعات
sales-ui-nav = المبيعات
sales-ui-number = رقم الوصل
sales-ui-number-placeholder = مثلا 153
sales-ui-day = التاريخ
sales-ui-day-placeholder = كل الأيام
sales-ui-product = المنتوج
sales-ui-product-placeholder = الاسم أو الرمز أو الرمز الشريطي
sales-ui-search = بحث
sales-ui-today = اليوم
sales-ui-hint = يُبحث عن رقم الوصل في كل الأيام.
sales-ui-searching = جارٍ البحث…
sales-ui-none = لا توجد أي عملية بيع مطابقة. المرجو التحقق من الرقم أو التاريخ أو المنتوج.
sales-ui-too-many = { $count ->
    [zero] لا تُعرض أي عملية بيع: المرجو إضافة تاريخ أو منتوج للعثور على المبيعات.
    [one] لا تُعرض إلا أحدث عملية بيع: المرجو إضافة تاريخ أو منتوج للعثور على المبيعات الأخرى.
    [two] لا تُعرض إلا أحدث عمليتي بيع: المرجو إضافة تاريخ أو منتوج للعثور على المبيعات الأخرى.
    [few] لا تُعرض إلا أحدث { $count } عمليات بيع: المرجو إضافة تاريخ أو منتوج للعثور على المبيعات الأخرى.
    [many] لا تُعرض إلا أحدث { $count } عملية بيع: المرجو إضافة تاريخ أو منتوج للعثور على المبيعات الأخرى.
   *[other] لا تُعرض إلا أحدث { $count } عملية بيع: المرجو إضافة تاريخ أو منتوج للعثور على المبيعات الأخرى.
}
sales-ui-pick = المرجو لمس عملية بيع في القائمة لعرض وصلها.
sales-ui-receipt = وصل رقم { $number }
sales-ui-cashier = عند الصندوق: { $name }
sales-ui-discount = تخفيض { $amount }
sales-ui-refund = استرجاع
sales-ui-refund-all = استرجاع الكل
sales-ui-void = إلغاء البيع
sales-ui-refunded-part = استُرجع من قبل: { $quantity }
sales-ui-refund-line-title = استرجاع { $name } (المتبقي { $left })
sales-ui-refund-all-title = استرجاع كل ما تبقى من البيع رقم { $number }
sales-ui-void-title = إلغاء البيع رقم { $number }: يبقى في السجل مع الإشارة إلى أنه ملغى.
sales-ui-quantity = الكمية
sales-ui-reason = السبب
sales-ui-reason-placeholder = لماذا؟ (إجباري)
sales-ui-confirm-refund = تأكيد الاسترجاع
sales-ui-confirm-void = تأكيد الإلغاء
sales-ui-refunded = تم تسجيل الاسترجاع رقم { $number }: المرجو رد { $amount }.

## شاشة الكتالوغ (النساء المنتِجات والسلع)
cat-nav = الكتالوغ
cat-tab-products = السلع
cat-tab-producers = النساء المنتِجات
cat-add-product = منتوج جديد
cat-add-producer = منتِجة جديدة
cat-import-open = استيراد ملف
cat-search-products = البحث عن منتوج بالاسم أو الرمز…
cat-search-producers = البحث عن منتِجة بالاسم أو الرمز أو الهاتف…
cat-col-name = الاسم
cat-col-sku = الرمز
cat-col-price = الثمن
cat-col-producer = من صنع
cat-col-category = الصنف
cat-col-stock = المخزون
cat-col-code = الرمز
cat-col-phone = الهاتف
cat-col-workshop = الورشة
cat-col-share = حصة الجمعية
cat-col-on-sale = السلع المعروضة
cat-col-line = السطر
cat-col-reason = ما يجب تصحيحه
cat-withdraw = سحب من البيع
cat-put-back = إرجاع إلى البيع
cat-deactivate = إيقاف
cat-reactivate = إعادة التفعيل
cat-inactive = خارج البيع
cat-share-default = { $rate } (الحصة الافتراضية)
cat-product-saved = تم تسجيل { $name }.
cat-producer-saved = تم تسجيل { $name }.
cat-product-back = { $name } معروض للبيع من جديد.
cat-product-withdrawn = تم سحب { $name } من البيع. تبقى مبيعاته السابقة في الكشوف؛ المرجو لمس «إرجاع إلى البيع» لبيعه من جديد.
cat-producer-back = تمت إعادة تفعيل { $name }. تبقى سلعها خارج البيع: المرجو إرجاعها إلى البيع واحدة واحدة في «السلع».
cat-producer-withdrawn = { $count ->
    [zero] تم إيقاف { $name }. تبقى مبيعاتها السابقة في كشوفها.
    [one] تم إيقاف { $name } وسحب منتوجها المعروض من البيع. تبقى مبيعاتها السابقة في كشوفها.
    [two] تم إيقاف { $name } وسحب منتوجيها المعروضين من البيع. تبقى مبيعاتها السابقة في كشوفها.
    [few] تم إيقاف { $name } وسحب { $count } منتوجات معروضة من البيع. تبقى مبيعاتها السابقة في كشوفها.
    [many] تم إيقاف { $name } وسحب { $count } منتوجا معروضا من البيع. تبقى مبيعاتها السابقة في كشوفها.
   *[other] تم إيقاف { $name } وسحب { $count } منتوج معروض من البيع. تبقى مبيعاتها السابقة في كشوفها.
}
cat-new-product = منتوج جديد
cat-edit-product = تعديل: { $name }
cat-new-producer = منتِجة جديدة
cat-edit-producer = تعديل: { $name }
cat-name-fr = الاسم بالفرنسية
cat-name-ar = الاسم بالعربية
cat-name-latin = الاسم بالحروف اللاتينية
cat-name-hint = يكفي اسم واحد: يُنسخ منه الآخر.
cat-producer = من صنع
cat-choose-producer = المرجو اختيار المنتِجة…
cat-producer-fixed = سبق بيع هذا المنتوج: يبقى لهذه المنتِجة حتى تبقى كشوفها صحيحة. لمنتِجة أخرى، المرجو إضافة منتوج جديد.
cat-category = الصنف
cat-sold = طريقة البيع
cat-by-piece = بالقطعة
cat-by-kg = بالوزن (كلغ)
cat-price-piece = ثمن القطعة (درهم)
cat-price-kg = ثمن الكيلوغرام (درهم)
cat-price-hint = مثلا 12,50
cat-stock = المخزون
cat-stock-not-counted = غير محسوب
cat-stock-counted = محسوب
cat-stock-count = العدد الموجود في الرف الآن
cat-stock-hint = المرجو عدّها وكتابة العدد (بالكيلوغرام للمنتوجات التي تباع بالوزن). يمكن تركه فارغا للإبقاء على العدد الحالي.
cat-sku = رمز المنتوج
cat-sku-hint = يمكن تركه فارغا ليختار Souk رمزا.
cat-barcode = الرمز الشريطي
cat-barcode-hint = الأرقام الثلاثة عشر تحت الخطوط. لا يوجد رمز شريطي؟ المرجو لمس «إنشاء رمز شريطي» لملصق خاص بالمتجر.
cat-generate-barcode = إنشاء رمز شريطي
cat-no-workshop = بدون ورشة
cat-phone = الهاتف
cat-workshop = الورشة
cat-share = حصة الجمعية (%)
cat-share-hint = يمكن تركها فارغة لاستعمال الحصة الافتراضية للمتجر ({ $rate }). كل تغيير يسري على المبيعات المقبلة فقط.
cat-code = رمز المنتِجة
cat-code-hint = يمكن تركه فارغا ليختار Souk رمزا.
cat-save = تسجيل
cat-cancel = إلغاء
cat-import-title = استيراد ملف جدول
cat-import-kind = محتوى الملف
cat-import-explain = في برنامج الجداول، المرجو حفظ الورقة بصيغة CSV (بفاصلة أو بفاصلة منقوطة). يذكر سطرها الأول أسماء الأعمدة، بهذه الأسماء:
cat-import-path = مكان الملف
cat-import-path-placeholder = /home/shop/Documents/products.csv
cat-import-path-hint = المرجو كتابة المسار الكامل للملف، أو لصقه من مدير الملفات. إذا كان سطر واحد خاطئا، لا يُستورد أي شيء.
cat-import = استيراد
cat-importing = جارٍ الاستيراد…
cat-import-fix = المرجو تصحيح هذه الأسطر في برنامج الجداول، وحفظ الملف، ثم استيراده من جديد.
cat-import-no-path = المرجو أولا كتابة مكان الملف، مثلا /home/shop/Documents/products.csv
cat-back-to-list = الرجوع إلى اللائحة
cat-err-name-required = المرجو كتابة الاسم بالعربية أو بالحروف اللاتينية (يكفي واحد).
cat-err-code-taken = الرمز «{ $code }» مسجل من قبل لمنتِجة أخرى. المرجو اختيار رمز آخر، أو تركه فارغا ليختار Souk رمزا.
cat-err-sku-taken = الرمز «{ $code }» مسجل من قبل لمنتوج آخر. المرجو اختيار رمز آخر، أو تركه فارغا ليختار Souk رمزا.
cat-err-sku-is-barcode = «{ $code }» هو الرمز الشريطي للمنتوج { $owner }. المرجو اختيار رمز آخر.
cat-err-barcode-taken = الرمز الشريطي { $code } مستعمل من قبل للمنتوج { $owner }. المرجو التحقق من الملصق، أو لمس «إنشاء رمز شريطي» للحصول على رمز جديد.
cat-err-no-category = المرجو اختيار صنف.
cat-err-unknown-category = «{ $value }» ليس صنفا. المرجو الاختيار من بين: { $known }.
cat-err-unknown-workshop = «{ $value }» ليست ورشة. المرجو الاختيار من بين: { $known }.
cat-err-no-producer = المرجو اختيار المنتِجة التي صنعت هذا المنتوج.
cat-err-producer-change = سبق بيع { $sku }: يجب أن يبقى لنفس المنتِجة حتى تبقى كشوفها صحيحة. لمنتِجة أخرى، المرجو إضافة منتوج جديد.
cat-err-inactive-producer = المنتِجة { $code } موقوفة. المرجو إعادة تفعيلها أولا في «النساء المنتِجات».
cat-err-no-barcode-left = كل الرموز الشريطية الخاصة بالمتجر مستعملة. المرجو كتابة الرمز الشريطي المطبوع على المنتوج.
cat-find-producer = المرجو كتابة بعض حروف اسمها أو رمزها…
cat-no-products = لا يوجد أي منتوج بعد: المرجو لمس «منتوج جديد»، أو استيراد ملف.
cat-no-producers = لا توجد أي منتِجة بعد: المرجو لمس «منتِجة جديدة»، أو استيراد ملف.

## التخفيضات عند الصندوق (للمسؤولين)
ui-discount-cart = تخفيض على السلة
ui-discount-line = تخفيض على { $name }
ui-discount-hint = مبلغ (5) أو نسبة مئوية (10 %)
ui-discounts = التخفيضات

## الإعدادات (الوصولات والطابعة)
set-nav = الإعدادات
set-title = الوصولات والطابعة
set-printer = الطابعة
set-printer-hint = tcp:192.168.1.50 أو file:/dev/usb/lp0 — فارغ: بدون طابعة
set-name-ar = اسم المتجر بالعربية
set-name-fr = اسم المتجر بالفرنسية
set-address = العنوان
set-phone = الهاتف
set-ice = ICE (التعريف الموحد للمقاولة)
set-if = IF (التعريف الضريبي)
set-rc = RC (السجل التجاري)
set-tp = TP (الرسم المهني)
set-header = الأسطر في الأعلى (يُفصل بينها بالعلامة |)
set-footer = الأسطر في الأسفل (يُفصل بينها بالعلامة |)
set-width = عرض الورق
set-optional = (اختياري)
set-drawer = فتح درج النقود عند البيع نقدا
set-show-maker = طباعة اسم المنتجة في كل سطر
set-save = حفظ
set-saved = { $count ->
    [zero] لم يُحفظ أي إعداد.
    [one] حُفظ إعداد واحد.
    [two] حُفظ إعدادان.
    [few] حُفظت { $count } إعدادات.
    [many] حُفظ { $count } إعدادا.
   *[other] حُفظ { $count } إعداد.
}
set-print-test = طباعة صفحة تجريبية
set-test-printed = أُرسلت الصفحة التجريبية إلى الطابعة.

## طابعات الوصولات
print-err-spec-kind = «{ $spec }» ليست طابعة. المرجو كتابة tcp:HOST[:PORT] أو file:PATH أو usb:VID:PID أو serial:PATH[:BAUD] أو system:NAME (طابعة من طابعات الحاسوب) أو png:PATH؛ وبدون طابعة اتركي الخانة فارغة.
print-err-spec-host = «{ $spec }» لا تحدد أي طابعة: المرجو كتابتها مثلا tcp:192.168.1.50 أو tcp:printer.local:9100.
print-err-spec-port = «{ $spec }»: يجب أن يكون المنفذ عددا من 1 إلى 65535، مثلا tcp:192.168.1.50:9100.
print-err-spec-path = «{ $spec }» بدون مسار: المرجو كتابتها مثلا file:/dev/usb/lp0 أو serial:/dev/ttyUSB0:9600 أو png:/tmp/receipt.png.
print-err-spec-usb = «{ $spec }»: تُكتب طابعة USB بالشكل usb:VID:PID بمعرّفين ست عشريين، مثلا usb:04b8:0e15.
print-err-spec-baud = «{ $spec }»: يجب أن تكون السرعة عددا صحيحا، مثلا serial:/dev/ttyUSB0:9600.
print-err-unsupported = هذه النسخة من سوق لا تدعم طابعات { $kind }. المرجو اختيار طابعة شبكة (tcp:…) أو ملف جهاز (file:…) في الإعدادات (F8).
print-err-failed = لم تطبع الطابعة { $printer }: { $detail }
print-err-pending = لم يُطبع الوصل { $number } ({ $reason }). البيع محفوظ ووصله في الانتظار: لطباعته: souk receipt { $number }
print-err-no-printer = لم تُضبط أي طابعة للوصولات: المرجو تحديدها في الإعدادات (F8).
print-err-paper = «{ $text }» ليس عرض ورق صالحا: المرجو استعمال 58 أو 80 (مم).
print-err-not-latin = وضع النص لا يطبع إلا الحروف اللاتينية، وليس «{ $text }»: المرجو طباعة الوصل كصورة.
print-done = طُبع الوصل { $number } على { $printer }.
print-done-duplicate = طُبعت نسخة ثانية من الوصل { $number } على { $printer }.
print-none-pending = لا يوجد أي وصل في انتظار الطباعة.
print-retry-summary = { $printed ->
    [zero] لم يُطبع أي وصل
    [one] طُبع وصل واحد
    [two] طُبع وصلان
    [few] طُبعت { $printed } وصولات
    [many] طُبع { $printed } وصلا
   *[other] طُبع { $printed } وصل
}، و{ $left ->
    [zero] لا شيء في الانتظار
    [one] وصل واحد في الانتظار
    [two] وصلان في الانتظار
    [few] { $left } وصولات في الانتظار
    [many] { $left } وصلا في الانتظار
   *[other] { $left } وصل في الانتظار
}.
err-write-file = تعذّرت كتابة { $path }: { $detail }
ui-printed = تمت طباعة الوصل.
ui-print-again = إعادة طباعة الوصل
sales-ui-reprint = إعادة الطباعة (نسخة)
set-text-mode = وصولات نصية فقط (بالفرنسية، للطابعات التي لا تطبع الصور)
backup-err-not-souk = { $path } ليس قاعدة بيانات Souk: لم يتغيّر أي شيء.
backup-err-damaged = النسخة الاحتياطية { $path } تالفة ({ $detail }): لم يتغيّر أي شيء. المرجو استعمال نسخة احتياطية أخرى.
backup-err-no-folder = لم يُحدَّد أي مجلد للنسخ الاحتياطية: المرجو ذكر ملف، مثلا souk backup /media/usb/souk.sqlite، أو تحديد المجلد مرة واحدة بالأمر souk backup --folder DIR.
backup-err-keep = «{ $text }» ليس عددا صالحا من النسخ الاحتياطية للاحتفاظ بها: المرجو إدخال عدد صحيح من 1 إلى 10000.
backup-err-itself = { $path } هو قاعدة البيانات الحالية نفسها: المرجو اختيار ملف نسخة احتياطية.
backup-done = كُتبت النسخة الاحتياطية وتم التحقق منها: { $path } ({ $size ->
    [zero] { $size } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $size } بايتات
    [many] { $size } بايتا
   *[other] { $size } بايت
}، المخطط { $version }، { $sales ->
    [zero] بلا مبيعات
    [one] عملية بيع واحدة
    [two] عمليتا بيع
    [few] { $sales } عمليات بيع
    [many] { $sales } عملية بيع
   *[other] { $sales } عملية بيع
}).
backup-removed = حُذفت نسخة احتياطية قديمة: { $path }
cli-setting-set = { $label }: { $value }. تم الحفظ.
backup-folder-set = ستُحفظ النسخ الاحتياطية في { $folder }، { $keep ->
    [zero] دون الاحتفاظ بأي نسخة
    [one] مع الاحتفاظ بآخر نسخة فقط
    [two] مع الاحتفاظ بآخر نسختين
    [few] مع الاحتفاظ بآخر { $keep } نسخ
    [many] مع الاحتفاظ بآخر { $keep } نسخة
   *[other] مع الاحتفاظ بآخر { $keep } نسخة
}.
restore-done = استُرجعت قاعدة البيانات من { $backup } (المخطط { $version }، { $sales ->
    [zero] بلا مبيعات
    [one] عملية بيع واحدة
    [two] عمليتا بيع
    [few] { $sales } عمليات بيع
    [many] { $sales } عملية بيع
   *[other] { $sales } عملية بيع
}).
restore-kept = احتُفظ بقاعدة البيانات السابقة في { $path }
restore-nothing-kept = لم تكن هناك قاعدة بيانات سابقة للاحتفاظ بها.

## الكشوف والأداءات
stmt-err-bad-month = «{ $text }» ليس شهرا: المرجو كتابته على شكل YYYY-MM، مثلا 2026-11.
stmt-err-month-open = لم ينته شهر { $month } بعد: يمكن إصدار كشوفه ابتداء من أول يوم في الشهر الموالي. لم يُصدر أي شيء.
stmt-err-already-issued = كشوف شهر { $month } صدرت من قبل؛ الكشف الصادر لا يتغير أبدا. أي تصحيح لاحق يظهر في الشهر الموالي.
stmt-err-payout-exceeds = هذا الأداء يتجاوز ما هو مستحق لـ { $producer } ({ $balance }). المرجو أداء رصيدها على الأكثر، أو تسجيله كتسبيق (--advance). لم يُؤدَّ أي شيء.
stmt-err-payout-method = طريقة أداء غير معروفة «{ $method }»: cash (نقدا) أو transfer (تحويل).
stmt-title = كشف { $name } ({ $code }) لشهر { $month }
stmt-number = الكشف رقم { $number }
stmt-draft = مسودة (غير صادر)
stmt-opening = الرصيد الافتتاحي: { $amount }
stmt-line = { $day }  { $number }  { $name } × { $quantity }: { $amount } (الجمعية { $association }، حصتها { $share })
stmt-refund-line = { $day }  { $number }  استرجاع: { $name } × { $quantity }: { $amount } (الجمعية { $association }، حصتها { $share })
stmt-totals = المبيعات { $gross }، حصة الجمعية { $association }، صافي حصتها { $net }
stmt-payout-line = أُدي يوم { $day }: { $amount } ({ $method })
stmt-paid-total = المؤدى هذا الشهر: { $amount }
stmt-closing = الرصيد الختامي: { $amount }
stmt-none = لا توجد أي منتجة لها كشف لشهر { $month }.
stmt-issued = { $count ->
    [zero] لم يُصدر أي كشف لشهر { $month }.
    [one] صدر كشف واحد لشهر { $month }.
    [two] صدر كشفان لشهر { $month }.
    [few] صدرت { $count } كشوف لشهر { $month }.
    [many] صدر { $count } كشفا لشهر { $month }.
   *[other] صدر { $count } كشف لشهر { $month }.
}
stmt-payout-done = أُدي { $amount } لـ { $producer } ({ $method }). رصيدها الآن { $balance }.

## الأشخاص والرموز والصلاحيات (#7)
auth-err-not-allowed = لا يمكن لـ{ $name } أن { $right }: يجب أن تقوم بذلك مسيّرة، أو أن تُدخل رمزها لهذا الغرض.
auth-err-pin-format = الرمز من 4 إلى 8 أرقام.
auth-err-wrong-pin = رمز خاطئ لـ{ $name }.
auth-err-pin-wait = رموز خاطئة كثيرة لـ{ $name }: أعيدي المحاولة بعد { $seconds ->
    [zero] لحظة
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوان
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}، أو اطلبي رمزا جديدا من مسيّرة.
auth-err-pin-not-set = ليس لـ{ $name } رمز بعد: يجب أن تعطيها مسيّرة رمزا في شاشة الأشخاص (F12).
auth-err-pin-needed = الرمز مطلوب: اكتبيه عند الطلب، أو حدّدي SOUK_PIN.
auth-err-pin-mismatch = الرمزان غير متطابقين. لم يتغير شيء.
auth-err-user-needed = لا أحد في الصندوق: اختاري من أنت في أعلى الشاشة.
auth-err-last-admin = يجب أن يبقى للمتجر مسيّرة واحدة على الأقل.
auth-pin-prompt = رمز { $name }:
auth-new-pin-prompt = رمز جديد لـ{ $name } (من 4 إلى 8 أرقام):
auth-new-pin-again = نفس الرمز مرة أخرى:
user-pin-changed = تم حفظ الرمز الجديد لـ{ $name }.
user-role-changed = أصبحت { $name } الآن { $role }.
user-withdrawn = لم يعد بإمكان { $name } الدخول. مبيعاتها تحتفظ باسمها.
right-sell = تبيع
right-print = تطبع
right-till = تفتح الصندوق أو تغلقه
right-catalogue = تغيّر الكتالوج
right-void = تلغي عملية بيع
right-refund = تسترجع مبلغا
right-discount = تمنح هذا التخفيض
right-statements = تصدر الكشوف
right-payout = تؤدي مستحقات
right-people = تدير الأشخاص
right-settings = تغيّر الإعدادات
right-restore = تسترجع نسخة احتياطية
right-audit = تقرأ سجل المراقبة
ui-first-pin = رمزها (من 4 إلى 8 أرقام): ستكتبه لفتح الصندوق
ui-first-demo-pins = متجر تجريبي: المسيّرة «admin» برمز 2016؛ المتطوعات أمينة 1111، فاطمة 2222، خديجة 3333.
ui-signin-title = من في الصندوق؟
ui-signin-pin = رمز { $name }
ui-signin-ok = فتح
ui-signin-approve-title = موافقة مسيّرة
ui-signin-approve-hint = رمزها يسمح بالعملية التالية مرة واحدة.
ui-signin-cancel = إلغاء
ui-lock = قفل
ui-approve = مسيّرة
ui-approved-by = بموافقة { $name }
ui-backup-failed = تعذّر إنجاز النسخة الاحتياطية لليوم: { $reason } المبيعات محفوظة في قاعدة بيانات المتجر؛ تحقّقي من مجلد النسخ الاحتياطية (مفتاح USB)، ثم أعيدي تشغيل سوق.
people-nav = الأشخاص
people-title = الأشخاص في الصندوق
people-new-pin = رمز جديد
people-make-admin = جعلها مسيّرة
people-make-volunteer = جعلها متطوعة
people-withdraw = سحب
people-pin = الرمز
people-name = الاسم
people-add = إضافة
people-add-title = إضافة شخص
role-admin = مسيّرة
role-volunteer = متطوعة
audit-title = سجل المراقبة
audit-producer-added = إضافة منتجة
audit-producer-changed = تعديل منتجة
audit-product-added = إضافة منتوج
audit-product-changed = تعديل منتوج
audit-catalogue-imported = استيراد الكتالوج
audit-discount = تخفيض
audit-void = إلغاء عملية بيع
audit-refund = استرجاع
audit-statements-issued = إصدار الكشوف
audit-payout = أداء مستحقات
audit-cash-difference = فرق في الصندوق
audit-setting-changed = تغيير إعداد
audit-user-added = إضافة شخص
audit-user-changed = تعديل شخص
audit-pin-changed = تغيير الرمز
audit-pin-failed = رمز خاطئ
audit-restored = استرجاع نسخة احتياطية

## كاتب واحد، قرص ممتلئ أو للقراءة فقط، ملف تالف
store-err-busy = قاعدة البيانات مشغولة: برنامج سوق آخر أو برنامج آخر يكتب فيها. لم يُحفظ شيء؛ أعيدوا المحاولة بعد لحظة.
store-err-read-only = لا يمكن الكتابة في قاعدة البيانات: الملف أو المجلد أو القرص للقراءة فقط. لم يُحفظ شيء؛ انقلوا قاعدة البيانات إلى مكان قابل للكتابة أو اطلبوا المساعدة.
store-err-disk-full = القرص ممتلئ. لم يُحفظ شيء؛ أفرغوا بعض المساحة (أو استعملوا قرصا آخر) وأعيدوا المحاولة.
store-err-damaged = ملف قاعدة البيانات تالف أو ليس قاعدة بيانات سوق. لم يتغير شيء؛ استرجعوا آخر نسخة احتياطية أو اطلبوا المساعدة.
store-err-already-open = سوق مفتوح من قبل على قاعدة البيانات هذه ({ $path }) في نافذة أخرى. استعملوا تلك النافذة أو أغلقوها أولا.

## مدخلات غير صالحة
input-err-hidden-character = «{ $text }» يحتوي على حرف غير مرئي ({ $code })، مثل مسافة جدولة أو فرض لاتجاه الكتابة. لم يُحفظ شيء؛ اكتبوه من جديد بدونه.
input-err-too-long = «{ $text }» طوله { $chars ->
    [zero] { $chars } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $chars } أحرف
    [many] { $chars } حرفا
   *[other] { $chars } حرف
}؛ المسموح به { $max } على الأكثر. لم يُحفظ شيء.
input-err-csv-not-utf8 = السطر { $line } من الملف ليس نصا بترميز UTF-8. لم يُستورد شيء؛ احفظوه في برنامج الجداول بصيغة «CSV UTF-8» ثم استوردوه من جديد.
set-discount-limit = أقصى تخفيض للمتطوعات (%)
set-lock-after = القفل بعد (دقائق دون استعمال)
set-err-range = «{ $value }» ليس عددا صحيحا من { $min } إلى { $max }. لم يُحفظ شيء.
## حصص الصندوق والتقارير
cash-err-unknown-session = لا توجد حصة صندوق رقم { $id }.
cash-err-no-session = لا توجد حصة صندوق مفتوحة: افتحي الصندوق عند البيع بالمبلغ الافتتاحي المعدود. لم يسجل أي شيء.
cash-err-already-open = حصة الصندوق رقم { $id } مفتوحة من قبل: أغلقيها قبل فتح حصة أخرى.
cash-err-none-closed = لم تغلق أي حصة صندوق بعد: لا يوجد تقرير إغلاق.
cash-err-count-syntax = «{ $text }» ليس عدا صحيحا: اكتبي القيمة:العدد مفصولة بفواصل، مثلا 200:3,100:5,0.50:4.
cash-err-denomination = { $text } درهم ليست قطعة نقدية ولا ورقة مغربية (القطع 0.10 و0.20 و0.50 و1 و2 و5 و10؛ الأوراق 20 و50 و100 و200).
cash-err-void-closed = البيع رقم { $number } ينتمي إلى حصة صندوق مغلقة: لم يعد ممكنا إلغاؤه. المرجو إجراء استرجاع بدلا من ذلك.
report-err-period = الفترة تنتهي ({ $to }) قبل أن تبدأ ({ $from }).
cash-opened = فتحت { $user } حصة الصندوق رقم { $id } بمبلغ افتتاحي قدره { $float }.
cash-opened-zero = لم تكن أي حصة صندوق مفتوحة: فتحت الحصة رقم { $id } بمبلغ افتتاحي صفر. سجلي النقود الموجودة في الدرج بالأمر souk session payin.
cash-closed = أغلقت { $user } حصة الصندوق رقم { $id }: المتوقع { $expected }، المعدود { $counted }، الفرق { $difference }.
cash-pay-in-recorded = سجل إدخال { $amount } في الحصة رقم { $id }: { $reason }.
cash-pay-out-recorded = سجل إخراج { $amount } من الحصة رقم { $id }: { $reason }.
cash-drawer-recorded = سجل فتح الدرج في الحصة رقم { $id }: { $reason }.
cash-report-printed = طبع التقرير على { $printer }.
report-title = المداخيل من { $from } إلى { $to } (الفترة السابقة: من { $pfrom } إلى { $pto })
report-revenue = المداخيل: { $now } (السابقة: { $before })
report-sales = المبيعات: { $count }، متوسط السلة { $basket } (السابقة: { $pcount }، { $pbasket })
report-refunds = الاسترجاعات: { $count }، { $total } (السابقة: { $pcount }، { $ptotal })
report-voids = المبيعات الملغاة: { $count }، { $total } (السابقة: { $pcount }، { $ptotal })
report-women = النساء اللواتي حصلن على دخل: { $women }، المجموع { $total }، الوسيط { $median } (السابقة: { $pwomen }، { $ptotal })
report-new = منتجات يحصلن على دخل لأول مرة: { $count }
report-row = { $key } { $name }: { $now } (السابقة: { $before })
report-top = المنتوجات الأكثر مبيعا:
check-report-days = مجاميع التقارير ليوم { $a } ({ $c }) تختلف عن مجاميع السجل ({ $b }).
check-report-months = مجاميع التقارير لشهر { $a } ({ $c }) تختلف عن مجاميع السجل ({ $b }).
ui-nav-till = إغلاق الصندوق
ui-nav-reports = التقارير
ui-till-closed = الصندوق غير مفتوح: عدي النقود الموجودة في الدرج (المبلغ الافتتاحي) وافتحيه، ثم سيسجل البيع.
ui-till-opened = الصندوق مفتوح.
ui-till-float = المبلغ الافتتاحي المعدود في الدرج
ui-till-float-placeholder = مثلا 500
ui-till-open = فتح الصندوق
ui-till-none-open = الصندوق مغلق. يفتح في شاشة البيع مع أول عملية بيع.
ui-till-closed-done = أغلق الصندوق: تقرير الإغلاق أدناه.
ui-till-count = عد الدرج
ui-till-counted = المعدود
ui-till-difference = الفرق
ui-till-close = إغلاق الصندوق
ui-till-x-title = الحصة { $id } (مفتوحة)، فتحتها { $user } في { $time }
ui-till-z-title = الحصة { $id } (مغلقة)، فتحتها { $user } في { $time }
ui-till-sales = المبيعات
ui-till-refunds = الاسترجاعات
ui-till-float-line = المبلغ الافتتاحي
ui-till-taken = النقود المقبوضة (بعد الباقي)
ui-till-cash-refunds = الاسترجاعات نقدا
ui-till-pay-ins = المداخيل
ui-till-pay-outs = المصاريف
ui-till-expected = المتوقع في الدرج
ui-till-sales-count = { $count ->
    [zero] لا مبيعات
    [one] عملية بيع واحدة
    [two] عمليتا بيع
    [few] { $count } عمليات بيع
    [many] { $count } عملية بيع
   *[other] { $count } عملية بيع
}
ui-report-from = من
ui-report-to = إلى
ui-report-show = عرض
ui-report-this-month = هذا الشهر
ui-report-last-month = الشهر الماضي
ui-report-this-year = هذه السنة
ui-report-by-day = حسب اليوم
ui-report-by-week = حسب الأسبوع
ui-report-by-month = حسب الشهر
ui-report-export = تصدير CSV
ui-report-export-pdf = PDF للمجلس
ui-report-exported = كتب في { $path }
ui-report-folder = مجلد التصدير
ui-report-over-time = المداخيل عبر الزمن (الفترة السابقة باللون البرتقالي)
ui-report-by-category = حسب الصنف
ui-report-incomes = النساء حسب الدخل (درهم)
ui-report-revenue = المداخيل
ui-report-sales = المبيعات
ui-report-basket = متوسط السلة
ui-report-refunds = الاسترجاعات
ui-report-voids = المبيعات الملغاة
ui-report-women = النساء اللواتي حصلن على دخل
ui-report-earned = ما ربحنه
ui-report-median = الدخل الوسيط
ui-report-new = يربحن لأول مرة
ui-report-by-producer = حسب المنتجة
ui-report-top = الأكثر مبيعا
report-pdf-written = كتب ملف PDF: { $path }
## كشوف المداخيل ووصولات الأداء بصيغة PDF
pdf-err-font = لا يمكن قراءة الخط المدمج رقم { $index }: نسخة Souk هذه تالفة، أعيدوا تثبيتها.
stmt-pdf-written = { $count ->
    [zero] لم يُكتب أي كشف بصيغة PDF في { $folder }
    [one] كُتب كشف واحد بصيغة PDF في { $folder }؛ لطباعة الكل دفعة واحدة: { $all }
    [two] كُتب كشفان بصيغة PDF في { $folder }؛ لطباعة الكل دفعة واحدة: { $all }
    [few] كُتبت { $count } كشوف بصيغة PDF في { $folder }؛ لطباعة الكل دفعة واحدة: { $all }
    [many] كُتب { $count } كشفا بصيغة PDF في { $folder }؛ لطباعة الكل دفعة واحدة: { $all }
   *[other] كُتب { $count } كشف بصيغة PDF في { $folder }؛ لطباعة الكل دفعة واحدة: { $all }
}
stmt-slip-written = وصل الأداء للتوقيع موجود في { $path }
## الإيداع والإرجاع وبطاقات الأثمنة
intake-err-empty = يجب أن يضم الإيداع منتوجا واحدا على الأقل: اذكري المنتوج وكميته.
intake-err-unknown = لا يوجد إيداع أو إرجاع بالرقم { $number }.
intake-err-not-hers = { $sku } ليس من منتوجات { $producer }: سجليه برمز المنتجة التي صنعته.
intake-err-quantity = { $quantity } ليست كمية صالحة من { $sku } للإيداع أو الإرجاع: قطع كاملة، أو كيلوغرامات بثلاثة أرقام عشرية على الأكثر، أكثر من صفر.
intake-err-return-exceeds = لا يوجد في المتجر سوى { $stock } من { $sku }: لا يمكن إرجاع أكثر. لم يسجل شيء.
tags-err-not-by-weight = { $sku } لا يباع بالكيلوغرام: بطاقة العلبة الموزونة تحتاج منتوجا ثمنه بالكيلوغرام.
tags-err-no-plu = { $sku } ليس له رمز متجر بين 2000000000015 و 2000000099999: أعطيه رمزا في الفهرس ثم اطبعي بطاقات علبه.
tags-err-package-price = يجب أن يكون ثمن علبة { $sku } أكثر من 0 و{ $max } على الأكثر: زني علبة أصغر.
tags-err-layout = "{ $text }" ليست ورقة بطاقات معروفة: 3x8 أو 2x7 أو 4x10.
tags-err-skip = ورقة { $per ->
    [zero] بلا بطاقات
    [one] من بطاقة واحدة
    [two] من بطاقتين
    [few] من { $per } بطاقات
    [many] من { $per } بطاقة
   *[other] من { $per } بطاقة
} لا يبقى فيها مكان فارغ بعد تجاوز { $skip }.
check-deposit-line = الإيداع { $a }، السطر { $b }: كميته تختلف عن حركة المخزون ({ $c }).
intake-done = { $number }: { $count ->
    [zero] لا سطر
    [one] سطر واحد
    [two] سطران
    [few] { $count } أسطر
    [many] { $count } سطرا
   *[other] { $count } سطر
} من { $producer }.
return-done = { $number }: { $count ->
    [zero] لا سطر
    [one] سطر واحد أُرجع
    [two] سطران أُرجعا
    [few] { $count } أسطر أُرجعت
    [many] { $count } سطرا أُرجعت
   *[other] { $count } سطر أُرجعت
} إلى { $producer }.
intake-slip-printed = طبع وصل { $number } على { $printer }.
tags-printed = { $count ->
    [zero] لم تُطبع أي بطاقة
    [one] طُبعت بطاقة واحدة
    [two] طُبعت بطاقتان
    [few] طُبعت { $count } بطاقات
    [many] طُبعت { $count } بطاقة
   *[other] طُبعت { $count } بطاقة
} على { $printer }.
tags-sheet-written = { $count ->
    [zero] لم تُكتب أي بطاقة
    [one] كُتبت بطاقة واحدة
    [two] كُتبت بطاقتان
    [few] كُتبت { $count } بطاقات
    [many] كُتبت { $count } بطاقة
   *[other] كُتبت { $count } بطاقة
} في { $path } ({ $pages ->
    [zero] بلا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
    [many] { $pages } صفحة
   *[other] { $pages } صفحة
}).
tags-code-assigned = لم يكن لـ { $sku } رمز شريطي: أصبح له { $code }.
stock-producer = { $code } { $name }
stock-line = { $sku } { $name }: في المتجر { $stock }، أودع { $brought }، بيع { $sold }، أرجع { $returned }
stock-old = { $sku } { $name }: { $quantity } على الرف منذ أكثر من { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يوما
   *[other] { $days } يوم
} (منذ { $since })
intake-err-new-spec = "{ $text }" لا يصف منتوجا جديدا: اكتبي الاسم_فر|الاسم_ع|الصنف|الوحدة|الثمن|الكمية، مثلا "Ghriba|غريبة|pastries|kg|120|2.5".
photo-err-unreadable = هذا الملف ليس صورة يستطيع Souk قراءتها (JPEG أو PNG، أقل من 40 ميغا): { $detail }
photo-set = أصبحت لـ { $sku } صورة ({ $size } كيلوبايت).
photo-removed = لم تعد لـ { $sku } صورة.
intake-ui-nav = الإيداع
intake-ui-title = منتوجات مودعة أو مرجعة
intake-ui-in = إيداع
intake-ui-back = إرجاع
intake-ui-producer = رمز المرأة المنتِجة أو اسمها (P001، سهام…)
intake-ui-code = امسحي أو اكتبي رمز المنتوج
intake-ui-quantity = الكمية
intake-ui-add = إضافة
intake-ui-record = تسجيل
intake-ui-recorded = سجل { $number }. اطبعي الوصل للتوقيع ثم البطاقات.
intake-ui-who = اختاري أولا من في الصندوق: الإيداع يذكر من استلمه.
intake-ui-print-slip = طباعة الوصل
intake-ui-print-tags = طباعة البطاقات
intake-ui-slip-printed = طبع الوصل: توقعه هي وتوقعين أنت.
intake-ui-tags-printed = طبعت البطاقات.
intake-slip-pdf = كتب وصل { $number } في { $path }.

# التصحيحات في سطر الأوامر، المنتجات الجديدة عند الإيداع، صورة المنتج بمساره (issue 8)
correct-done = { $number } يصحّح { $corrects }:
intake-ui-new-title = منتج جديد يُنشأ في الحين
intake-ui-new-name-fr = الاسم بالفرنسية
intake-ui-new-name-ar = الاسم بالعربية
intake-ui-new-category = الصنف (حلويات)
intake-ui-new-unit-piece = بالقطعة
intake-ui-new-unit-kg = بالكيلوغرام
intake-ui-new-price = الثمن (درهم)
intake-ui-new-add = أضيفي المنتج الجديد
intake-ui-new-open = منتج جديد…
intake-ui-new-line = جديد
cat-photo = الصورة (مسار الملف)
cat-photo-hint = ملف JPEG أو PNG، من مفتاح USB مثلاً؛ تُصغَّر وتُحفظ مع المنتج عند التسجيل. إذا بقي فارغاً تبقى الصورة كما هي.
stock-ui-title = في المتجر
stock-ui-in-shop = في المتجر
stock-ui-sold = مُباع
stock-ui-returned = مُرجَع
stock-ui-nothing = لا شيء لها في المتجر.
stock-ui-old = { $quantity } منذ أكثر من { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يوما
   *[other] { $days } يوم
}
# Till: pay-ins, pay-outs, drawer openings, printed and saved reports (#6)
ui-till-movement = إدخال النقود إلى الدرج وإخراجها منه
ui-till-amount = المبلغ، مثلا 20
ui-till-reason = السبب، مثلا لفائف الورق
ui-till-pay-in = إدخال نقود
ui-till-pay-out = إخراج نقود
ui-till-drawer = فتح الدرج
ui-till-moved-in = أدخل { $amount } إلى الدرج: { $reason }.
ui-till-moved-out = أخرج { $amount } من الدرج: { $reason }.
ui-till-drawer-noted = سجل فتح الدرج: { $reason }.
ui-till-reports = التقارير
ui-till-print-x = طباعة التقرير المؤقت X
ui-till-print-z = طباعة تقرير الإغلاق Z
ui-till-printed = طبع التقرير.
ui-till-folder = مجلد ملف PDF
ui-till-save-x = حفظ X بصيغة PDF
ui-till-save-z = حفظ Z بصيغة PDF
ui-till-pdf-saved = حفظ التقرير: { $path }
ui-till-no-printer = لم تحدد طابعة التذاكر: اختاريها في الإعدادات (F8).
ui-till-drawer-count = { $count ->
    [zero] لم يُفتح الدرج بلا بيع
    [one] فُتح الدرج مرة واحدة بلا بيع
    [two] فُتح الدرج مرتين بلا بيع
    [few] فُتح الدرج { $count } مرات بلا بيع
    [many] فُتح الدرج { $count } مرة بلا بيع
   *[other] فُتح الدرج { $count } مرة بلا بيع
}
## Statements screen (issue #5, item 5)
stmt-ui-nav = الكشوف
stmt-ui-title = كشوف شهر { $month }
stmt-ui-prev = › الشهر السابق
stmt-ui-next = الشهر التالي ‹
stmt-ui-issued-month = صدرت: هذه الكشوف لا تتغير بعد الآن.
stmt-ui-draft-month = مسودة: لم تصدر بعد.
stmt-ui-col-producer = المنتجة
stmt-ui-col-gross = المبيعات
stmt-ui-col-association = الجمعية
stmt-ui-col-net = حصتها
stmt-ui-col-paid = المدفوع
stmt-ui-col-balance = الرصيد
stmt-ui-issue = إصدار كشوف الشهر
stmt-ui-pick = اختاري منتجة لرؤية سطورها ودفع مستحقاتها.
stmt-ui-balance-now = رصيدها اليوم: { $amount }
stmt-ui-pay-title = تسجيل دفعة
stmt-ui-amount = المبلغ
stmt-ui-advance = تسبيق (أكثر من رصيدها)
stmt-ui-note = ملاحظة (اختيارية)
stmt-ui-pay = ادفعي
stmt-ui-folder = مجلد ملفات PDF
stmt-ui-write-hers = كشفها بصيغة PDF
stmt-ui-write-all = كشوف الشهر كلها بصيغة PDF
stmt-ui-written = كُتب ملف PDF في { $path }
stmt-ui-lines = سطور الشهر
stmt-ui-amounts = المبالغ بالدرهم
stmt-ui-working = لحظة: يتم تحضير الكشوف…
stmt-ui-payout-exceeds = هذا الأداء يتجاوز ما هو مستحق لـ { $producer } ({ $balance }). أدّي رصيدها على الأكثر، أو ضعي علامة على «تسبيق». لم يُؤدَّ أي شيء.

# الكشوف: المعاينة، طابعة الصفحات، صفحة المنتجة
pages-err-no-cups = لا يوجد نظام طباعة (CUPS) على هذا الحاسوب. اطلبوا تثبيته، أو اختاروا مجلد طباعة (folder:…) في الإعدادات. يمكن دائما حفظ ملف PDF.
pages-err-printer = رفضت الطابعة الوثيقة: { $detail }
pages-queued = أُرسلت { $title } إلى { $printer ->
    [none] الطابعة الافتراضية
   *[other] الطابعة { $printer }
} (المهمة { $job }).
pages-written = وُضعت { $title } في مجلد الطباعة: { $path }
pages-png-written = كُتبت صور الصفحات في { $folder }.
hist-title = { $name } ({ $code })
hist-balance = رصيدها اليوم: { $amount }
hist-earned = ما ربحته منذ بدايتها: { $amount }
hist-month = { $month } · { $number } · المبيعات { $gross } · نصيبها { $net } · المؤدى { $paid } · الرصيد { $closing }
hist-draft = غير مُصدر
stmt-ui-preview = عرض
stmt-ui-print = طباعة
stmt-ui-her-page = صفحتها
stmt-ui-print-all = طباعة الشهر كاملا
stmt-ui-slip-preview = عرض الوصل
stmt-ui-slip-ticket = الوصل على طابعة التذاكر
stmt-ui-ticket-printed = طُبع وصل الأداء على طابعة التذاكر.
stmt-ui-page-of = الصفحة { $page } من { $count }
stmt-ui-page-prev = الصفحة ›
stmt-ui-page-next = ‹ الصفحة
stmt-ui-close = إغلاق
stmt-ui-back = الرجوع إلى الشهر
hist-col-month = الشهر
hist-none = لا مبيعات ولا أداءات بعد.
hist-payouts = أداءاتها
set-pages-printer = طابعة الكشوف (A4/A5)
set-pages-printer-hint = فارغ: طابعة الحاسوب؛ اسم طابعة؛ أو folder:/المسار
hist-no-payouts = لا أداء بعد.
stmt-ui-save-pdf = حفظ بصيغة PDF
hist-slip = الوصل
ui-report-print = طباعة

# Intake: corrections and label sheets at the window
intake-ui-correct = تصحيح وصل
intake-ui-correct-title = تصحيح إيداع أو إرجاع
intake-ui-correct-hint = اختاري وصلها أو اكتبي رقمه المكتوب عليه، ثم الفرق في كل سطر: بإشارة ناقص إذا دخلت قطع أقل (أو أُرجعت قطع أكثر)، وبدونها في الاتجاه الآخر. يبقى الوصل الخاطئ كما هو؛ تصحح المسؤولة أو توافق.
intake-ui-correct-number = رقم الوصل (DEP-2026-0001)
intake-ui-correct-open = فتح
intake-ui-correct-paper = { $kind } { $number } بتاريخ { $day }، { $producer }: المسجل والفرق
intake-ui-correct-difference = الفرق
intake-ui-correct-record = تسجيل التصحيح
intake-ui-corrected = { $number } يصحح { $corrects }. اطبعي وصله للتوقيع.
intake-ui-sheet-open = بطاقات على ورقة A4
intake-ui-sheet-title = بطاقات على ورقة A4
intake-ui-sheet-skip = بطاقات مستعملة من قبل في الورقة
intake-ui-sheet-count = { $count ->
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $count } بطاقات
   *[other] { $count } بطاقة
} على { $pages ->
    [one] ورقة واحدة
    [two] ورقتين
    [few] { $pages } أوراق
   *[other] { $pages } ورقة
}
intake-ui-sheet-print = طباعة الورقة
intake-ui-sheet-folder = مجلد ملف PDF

# The audit trail: the names of the values it shows
audit-field-amount = المبلغ
audit-field-advance = تسبيق
audit-field-balance-before = الرصيد قبل
audit-field-method = الطريقة
audit-field-statements = الكشوف
audit-field-discount = التخفيض
audit-field-gross = الإجمالي
audit-field-counted = المعدود
audit-field-difference = الفرق
audit-field-expected = المتوقع
audit-field-value = القيمة
audit-field-role = الدور
audit-field-active = نشط
audit-field-reason = السبب
audit-field-price = الثمن
audit-field-name-fr = الاسم بالفرنسية
audit-field-name-ar = الاسم بالعربية
audit-field-name-latin = الاسم
audit-field-category = الصنف
audit-field-unit = الوحدة
audit-field-barcode = الرمز الشريطي
audit-field-share-rate = حصة الجمعية
audit-field-phone = الهاتف
audit-field-workshop = الورشة
audit-field-stock = المخزون
audit-field-total = المجموع
audit-field-added = المضافة
audit-field-updated = المعدلة
audit-yes = نعم
audit-no = لا
stmt-slip-unmade = سُجل الأداء، لكن تعذر إنجاز وصله: { $reason }
