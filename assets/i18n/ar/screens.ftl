## screens: messages of this area (see src/i18n.rs)
set-unchanged = لم يتغير شيء: لم يُكتب أي إعداد.
set-err-field = «{ $field }»: { $reason }
set-err-range-empty = هذه الخانة فارغة: المرجو كتابة عدد صحيح من { $min } إلى { $max }. لم يُحفظ شيء.
set-whole-hint = عدد من { $min } إلى { $max }
set-mm = { $mm } مم
set-shop-name = اسم المتجر
set-lang = لغة الشاشة
set-screen = آخر شاشة مفتوحة
set-statements-paper = حجم ورق الكشوف
set-default-share = حصة الجمعية الافتراضية
set-backup-folder = مجلد النسخ الاحتياطية
set-backup-keep = النسخ الاحتياطية المحفوظة
