## install: the PC's own printers (system:NAME), its file pickers, packages (src/receipt/system.rs, src/ui/widget/pick.rs, src/ui/screen/printers.rs)
print-problem-no-queue = لا توجد في هذا الحاسوب طابعة باسم «{ $name }»: اختاري واحدة من قائمة طابعات الحاسوب.
print-problem-refused = رفض نظام الطباعة في الحاسوب الوصل ({ $detail }).
print-problem-waiting = بقي الوصل ينتظر في قائمة الطباعة بالحاسوب بعد { $seconds ->
    [zero] أقل من ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوان
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}: هل الطابعة مشغلة وفيها ورق؟ سُحب من القائمة حتى لا يخرج مرتين.
print-err-spec-system = «{ $spec }» لا تحدد أي طابعة: اكتبي system: ثم اسم الطابعة كما يظهر في الحاسوب، مثلا system:POS-80.
pick-choose = اختيار…
pick-title-folder = اختاري مجلدا
pick-title-csv = اختاري الملف المراد استيراده
pick-kind-csv = ملف CSV
pick-title-photo = اختاري صورة المنتج
pick-kind-photo = صورة (JPEG أو PNG)
pages-handed = سُلّمت { $title } لقارئ PDF في الحاسوب لطباعتها { $printer ->
    [none] على الطابعة الافتراضية
   *[other] على { $printer }
}.
pages-opened = فُتحت { $title } في قارئ PDF بالحاسوب: اطبعيها من هناك (Ctrl+P). الملف: { $path }
printers-title = طابعات هذا الحاسوب
printers-refresh = البحث من جديد
printers-asking = يبحث الحاسوب عن طابعاته…
printers-none = لا توجد في هذا الحاسوب أي طابعة مثبتة، أو أن نظام الطباعة لا يجيب. طابعة الوصولات الموصولة بالشبكة أو بكابل تُكتب في الخانة أعلاه.
printers-default = الطابعة الافتراضية للحاسوب
printers-for-receipts = للوصولات
printers-test-receipt = وصل تجريبي
printers-for-pages = للصفحات
printers-test-page = صفحة تجريبية
bk-ui-title = النسخ الاحتياطية
bk-ui-about = يصنع Souk نسخة احتياطية كل يوم في هذا المجلد (والأفضل مفتاح USB يُحفظ خارج الدكان) ويحتفظ بأحدثها.
bk-ui-folder-hint = مجلد النسخ الاحتياطية، مثلا مفتاح USB
bk-ui-now = نسخ احتياطي الآن
bk-ui-working = النسخ الاحتياطي جار…
bk-ui-no-folder = اختاري أولا مجلد النسخ الاحتياطية (مفتاح USB مثلا).
bk-ui-restore-file = استرجاع نسخة احتياطية
bk-ui-file-hint = ملف النسخة الاحتياطية (souk-….sqlite)
bk-ui-restore = استرجاع…
bk-ui-pick-title = اختاري النسخة الاحتياطية المراد استرجاعها
bk-ui-pick-kind = نسخة احتياطية من Souk
bk-ui-question = هل تستبدلين قاعدة بيانات الدكان كلها بالنسخة الاحتياطية { $backup } ({ $sales ->
    [zero] بلا مبيعات
    [one] عملية بيع واحدة
    [two] عمليتا بيع
    [few] { $sales } عمليات بيع
    [many] { $sales } عملية بيع
   *[other] { $sales } عملية بيع
})؟ كل ما سُجّل بعد هذه النسخة سيختفي من Souk؛ تُحفظ القاعدة الحالية أولا جانبا كنسخة، وتُفرغ السلة الجارية.
bk-ui-keep = الاحتفاظ بالقاعدة الحالية
bk-ui-replace = الاستبدال بالنسخة الاحتياطية
bk-ui-restoring = الاسترجاع جار…
bk-ui-restored = استُرجعت القاعدة من { $backup } ({ $sales ->
    [zero] بلا مبيعات
    [one] عملية بيع واحدة
    [two] عمليتا بيع
    [few] { $sales } عمليات بيع
    [many] { $sales } عملية بيع
   *[other] { $sales } عملية بيع
}). { $kept }
