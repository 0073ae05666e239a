## screens: messages of this area (see src/i18n.rs)
set-unchanged = لم يتغير شيء: لم يُكتب أي إعداد.
set-err-field = «{ $field }»: { $reason }
set-err-range-empty = هذه الخانة فارغة: المرجو كتابة عدد صحيح من { $min } إلى { $max }. لم يُحفظ شيء.
set-err-choice = «{ $value }» ليس من بين: { $codes }. لم يُحفظ شيء.
set-err-unknown = لا يوجد في Souk إعداد باسم «{ $key }». لم يُحفظ شيء.
set-db-kind = الغرض من قاعدة البيانات هذه
set-whole-hint = عدد من { $min } إلى { $max }
set-mm = { $mm } مم
set-shop-name = اسم المتجر
set-lang = لغة الشاشة
set-screen = آخر شاشة مفتوحة
set-statements-paper = حجم ورق الكشوف
set-reports-folder = مجلد تصدير التقارير
set-default-share = حصة الجمعية الافتراضية
set-backup-folder = مجلد النسخ الاحتياطية
set-backup-keep = النسخ الاحتياطية المحفوظة
confirm-close-title = إغلاق صندوق { $user }؟
confirm-close-counted = المعدود { $counted } · المنتظر { $expected }
confirm-close-difference = الفرق { $difference }. الصندوق المغلق لا يتغير بعد ذلك.
confirm-close-even = لا فرق. الصندوق المغلق لا يتغير بعد ذلك.
confirm-close-yes = إغلاق
confirm-payout-title = أداء { $amount } لـ { $name }؟
confirm-payout-how = طريقة الأداء: { $method }.
confirm-payout-balance = ينتقل رصيدها من { $before } إلى { $after }.
confirm-payout-final = الأداء المسجل لا يُمحى؛ ووصله للتوقيع.
confirm-payout-yes = أداء
confirm-clear-title = إفراغ السلة؟
confirm-clear-what = { $count ->
    [zero] لا شيء في السلة.
    [one] ستُزال السلعة ({ $total }) من السلة؛ لا شيء يُباع.
    [two] ستُزال السلعتان ({ $total }) من السلة؛ لا شيء يُباع.
    [few] ستُزال { $count } سلع ({ $total }) من السلة؛ لا شيء يُباع.
    [many] ستُزال { $count } سلعة ({ $total }) من السلة؛ لا شيء يُباع.
   *[other] ستُزال { $count } سلعة ({ $total }) من السلة؛ لا شيء يُباع.
}
confirm-clear-yes = إفراغ
confirm-void-title = إلغاء البيع رقم { $number }؟
confirm-void-what = يُرَدّ مبلغه { $total } ويُحذف من حصص النساء المنتِجات.
confirm-void-reason = السبب: { $reason }
confirm-void-final = البيع الملغى يبقى في السجل ولا يمكن استرجاعه أبدا.
confirm-void-yes = إلغاء البيع
confirm-issue-title = إصدار { $count ->
    [zero] الكشوف
    [one] الكشف
    [two] الكشفين
    [few] الكشوف الـ { $count }
    [many] الكشوف الـ { $count }
   *[other] الكشوف الـ { $count }
} لشهر { $month }؟
confirm-issue-what = { $count ->
    [zero] لن يُرقَّم أي كشف
    [one] سيُرقَّم كشف واحد
    [two] سيُرقَّم كشفان
    [few] ستُرقَّم { $count } كشوف
    [many] سيُرقَّم { $count } كشفا
   *[other] سيُرقَّم { $count } كشف
}، بمبلغ { $net } من حصص النساء المنتِجات.
confirm-issue-final = الكشف الصادر لا يتغير بعد ذلك: أي استرجاع لاحق يُسجَّل في الشهر الموالي.
confirm-issue-yes = إصدار
ui-already-open-title = سوق مفتوح من قبل
ui-already-open-text = نافذة أخرى من سوق تعمل من قبل على قاعدة البيانات هذه ({ $path }). تابعي العمل فيها: صندوقان على القاعدة نفسها يخلطان سلّتيهما.
ui-already-open-close = إغلاق
import-err-producers-first = { $count ->
    [zero] لا توجد أي سلعة في هذا الملف
    [one] لا يمكن ربط هذه السلعة بأي امرأة منتِجة
    [two] لا يمكن ربط هاتين السلعتين بأي امرأة منتِجة
    [few] لا يمكن ربط هذه السلع الـ { $count } بأي امرأة منتِجة
    [many] لا يمكن ربط هذه الـ { $count } سلعة بأي امرأة منتِجة
   *[other] لا يمكن ربط هذه الـ { $count } سلعة بأي امرأة منتِجة
}: لم تُسجَّل أي امرأة منتِجة بعد. المرجو استيراد ملف النساء المنتِجات أولا (اختاري «النساء المنتِجات» أعلاه)، ثم ملف السلع. لم يُستورد أي شيء.
ui-first-name-ar = اسم المتجر بالعربية (على الوصولات)
ui-first-name-fr = اسم المتجر بالفرنسية (على الوصولات)
ui-empty-catalogue = لا توجد أي سلعة بعد. يُعَدّ الكتالوغ في شاشة الكتالوغ (F7): استوردي النساء المنتِجات ثم السلع، أو أضيفيها واحدة واحدة.
intake-ui-nobody = لا توجد امرأة منتِجة اسمها أو رمزها «{ $typed }».
cli-err-unknown-user = لا يوجد في Souk مستخدم باسم «{ $name }». لإضافته: souk user add NAME
cli-print-err-unsupported = هذه النسخة من Souk لا تدعم طابعات { $kind }؛ المرجو إعادة بنائها بالخيار --features { $feature }.
cli-print-err-no-printer = لم تُحدَّد أي طابعة: المرجو إضافة --printer، مثلا --printer tcp:192.168.1.50، أو ضبط الإعداد receipt.printer.
cli-auth-err-pin-not-set = ليس لـ{ $name } رمز بعد: يجب أن تعطيها مسيّرة رمزا (souk user pin NAME).
cli-auth-err-user-needed = قولي من أنت بـ ‎--user NAME‎ (أو ‎--cashier‎ لعملية بيع).
cli-store-err-damaged = ملف قاعدة البيانات تالف أو ليس قاعدة بيانات سوق. لم يتغير شيء؛ استرجعوا آخر نسخة احتياطية (souk restore FILE) أو اطلبوا المساعدة.
cli-cash-err-no-session = لا توجد حصة صندوق مفتوحة: افتحي حصة بالمبلغ الافتتاحي المعدود (souk session open --float المبلغ). لم يسجل أي شيء.
unit-piece = قطعة
audit-field-refund = الاسترجاع
audit-field-sku = المرجع
audit-field-producer = المرأة المنتِجة
audit-field-stock-tracked = تتبع المخزون
audit-field-code = الرمز
audit-field-joined = تاريخ الالتحاق
audit-field-sales = المبيعات
audit-field-by = بواسطة
import-col-sku = مرجع السلعة
import-col-barcode = الرمز الشريطي
import-col-name-ar = الاسم بالعربية
import-col-name-fr = الاسم بالفرنسية
import-col-category = الصنف
import-col-producer-code = رمز المرأة المنتِجة
import-col-unit = الوحدة: piece أو kg
import-col-price = الثمن
import-col-stock = الكمية في المتجر
import-col-code = رمز المرأة المنتِجة
import-col-name-latin = الاسم بالحروف اللاتينية
import-col-phone = الهاتف
import-col-workshop = الورشة
import-col-share = حصة الجمعية بالمائة
import-col-joined = تاريخ الالتحاق
import-col-other = عمود في الملف
stmt-ui-slip-heading = وصل الأداء رقم { $number }: { $amount } لـ { $name } ({ $code })
cli-print-err-spec-kind = «{ $spec }» ليست طابعة. المرجو كتابة tcp:HOST[:PORT] أو file:PATH أو usb:VID:PID أو serial:PATH[:BAUD] أو png:PATH أو none.
