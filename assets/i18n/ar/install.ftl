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
