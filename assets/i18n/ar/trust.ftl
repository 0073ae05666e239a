## trust: messages of this area (see src/i18n.rs)

## Files written for people: never over the database, never over a file unless asked.
out-err-database = { $path } هو قاعدة بيانات المحل أو أحد ملفاتها أو نسخة احتياطية: لا يكتب Souk فوقه أبدا. لم يُكتب أي شيء؛ اختاروا اسما آخر.
out-err-exists = الملف { $path } موجود من قبل. لم يُكتب أي شيء؛ لاستبداله أضيفوا ‎--force.
out-err-link = { $path } رابط نحو ملف آخر: لا يكتب Souk عبر الروابط. لم يُكتب أي شيء؛ أعطوا مسار الملف نفسه.
out-err-folder = { $path } مجلد. لم يُكتب أي شيء؛ أعطوا اسم ملف.

## Time only moves forward in the ledger.
time-err-before-last = ساعة الحاسوب تشير إلى { $now }، لكن آخر عملية مسجلة ({ $event }) تعود إلى { $last }: السجل لا يرجع إلى الوراء في الزمن. لم يُسجَّل أي شيء؛ اضبطوا تاريخ الحاسوب وساعته ثم أعيدوا المحاولة.
time-err-issued-month = ساعة الحاسوب تشير إلى { $now }، لكن كشوف { $month } أُصدرت وجُمِّدت. لم يُسجَّل أي شيء؛ اضبطوا تاريخ الحاسوب وساعته ثم أعيدوا المحاولة.
time-event-sale = بيع
time-event-refund = استرجاع
time-event-void = إلغاء بيع
time-event-payout = أداء
time-event-deposit = إيداع أو إرجاع
time-event-session = الصندوق
time-event-statements = إصدار الكشوف

## A clock set by hand (SOUK_CLOCK) only on a demo's or a test's database.
kind-err-shop-clock = المتغير SOUK_CLOCK محدد ({ $clock })، لكن هذه قاعدة بيانات محل: وقتها هو وقت الحاسوب. لم يُنفَّذ أي شيء؛ احذفوا SOUK_CLOCK (فهو لقواعد العرض والاختبار فقط).
kind-err-bad-clock = قيمة SOUK_CLOCK ({ $clock }) ليست لحظة زمنية: اكتبوها مثلا 2026-11-29T10:15:00Z. لم يُنفَّذ أي شيء.
kind-err-not-empty = لا تُعلَّم للاختبار إلا قاعدة فارغة: هذه تحتوي على أشخاص أو عمليات. لم يتغير أي شيء.
kind-err-reserved = الإعداد { $key } خاص بـ Souk ولا يُغيَّر. لم يتغير أي شيء.
kind-marked-test = عُلِّمت القاعدة للاختبار: SOUK_CLOCK يحدد وقتها.

## Spreadsheets: CSV for the reader's Excel, and workbooks.
xl-err = تعذر إعداد الجدول ({ $detail }). لم يُكتب أي شيء.
xl-written = كُتب ملف Excel: { $path }
xl-sheet-summary = ملخص
xl-sheet-time = الفترة
xl-sheet-categories = الأصناف
xl-sheet-producers = النساء المنتِجات
xl-sheet-payments = الأداءات
xl-sheet-top = أفضل السلع
xl-sheet-sales = المبيعات
xl-sheet-sale-lines = سطور المبيعات
xl-sheet-statements = الكشوف
xl-sheet-statement-lines = سطور الكشوف
xl-sheet-payouts = المبالغ المؤداة
xl-col-figure = المؤشر
xl-col-period = الفترة
xl-col-previous-period = الفترة السابقة
xl-col-code = الرمز
xl-col-sku = رمز السلعة
xl-col-name = الاسم
xl-col-name-ar = الاسم بالعربية
xl-col-revenue = المداخيل
xl-col-previous-revenue = مداخيل الفترة السابقة
xl-col-step = التاريخ
xl-col-previous-step = التاريخ المقارَن
xl-col-sales = المبيعات
xl-col-number = الرقم
xl-col-at = التاريخ والساعة
xl-col-day = اليوم
xl-col-cashier = أمينة الصندوق
xl-col-status = الحالة
xl-col-refund-of = يسترجع البيع
xl-col-total = المبلغ
xl-col-line = السطر
xl-col-product = السلعة
xl-col-product-ar = السلعة بالعربية
xl-col-producer = المنتِجة
xl-col-quantity = الكمية
xl-col-unit-price = ثمن الوحدة
xl-col-discount = التخفيض
xl-col-association = حصة الجمعية
xl-col-her-share = حصتها
xl-col-opening = الرصيد السابق
xl-col-gross = مبيعات الشهر
xl-col-net = الصافي
xl-col-paid = المؤدى
xl-col-closing = الرصيد
xl-col-method = طريقة الأداء
xl-row-from = من
xl-row-to = إلى
xl-row-revenue = المداخيل
xl-row-basket = متوسط السلة
xl-row-refunds-total = الاسترجاعات (المبلغ)
xl-row-voids-total = الإلغاءات (المبلغ)
xl-row-discounts = التخفيضات
xl-row-association = حصة الجمعية
xl-row-producers = حصة النساء المنتِجات
xl-row-women-total = مداخيل النساء (المجموع)
xl-row-women-median = الدخل الوسيط
xl-row-sales = المبيعات (العدد)
xl-row-refunds = الاسترجاعات (العدد)
xl-row-voids = الإلغاءات (العدد)
xl-row-women = النساء اللواتي حققن دخلا
xl-row-newcomers = منتِجات جديدات
xl-status-completed = بيع
xl-status-refund = استرجاع
xl-status-voided = ملغى

## Saving over a file already there, in the window.
ui-replace-question = الملف { $path } موجود من قبل. هل تريدون استبداله؟ سيضيع الملف القديم.
ui-replace-keep = الاحتفاظ بالقديم
ui-replace-yes = استبدال
ui-report-export-xlsx = ملف Excel

## Rights added for #14.10.
right-cash-out = تُخرج مالا من الصندوق
right-backup = تنسخ قاعدة البيانات كلها

## Amounts that could be read two ways, and cash that cannot be right (#14.8).
parse-ambiguous = «{ $input }» قد تُقرأ { $thousands } أو { $one }: اكتبوا { $thousands } للآلاف، أو { $one } برقمين بعد الفاصلة.
err-change-too-large = استُلم { $tendered } مقابل { $due } للأداء نقدا: هذا يزيد بـ{ $change }، أكثر من ورقة 200. تحققوا من المبلغ المستلم. لم يُسجَّل أي شيء.

## People whose names look alike (#14.9).
err-user-looks-like = «{ $typed }» يشبه كثيرا «{ $existing }» الموجودة من قبل: سيقع الخلط بينهما في الصندوق. اختاروا اسما لا يُخلط. لم يتغير أي شيء.
out-err-no-folder = المجلد { $path } غير موجود. لم يُكتب أي شيء؛ أنشئوه أو اختاروا مجلدا آخر.
