## scale: the shop's scale, its readings and troubles (src/scale)
scale-stable = وزن ثابت
scale-moving = الميزان يتحرك…
scale-zero = لا شيء على الميزان
scale-negative = تحت الصفر: المرجو تصفير الميزان
scale-overload = ثقيل جدا على الميزان
scale-unplugged = الميزان لا يجيب على { $port } ({ $detail }): هل هو موصول ومشغّل؟ اكتبي الوزن في الأثناء.
scale-silent = الميزان لا يرسل شيئا: هل هو مشغّل؟ اكتبي الوزن في الأثناء.
scale-garbage = الميزان يرسل ما لا يفهمه Souk: تحققي من بروتوكوله وسرعته في الإعدادات (F8).
scale-unit = الميزان يزن بـ{ $unit }: اضبطيه على الكيلوغرام.
scale-fault = الميزان يشير إلى عطل: أطفئيه ثم شغّليه من جديد.
scale-err-protocol = «{ $text }» ليس بروتوكول ميزان: اختاري Toledo 8217 أو CAS.
scale-err-baud = «{ $text }» ليست سرعة خط: مثلا 9600.
scale-waiting = قراءة الميزان…
scale-press-enter = وزن ثابت: اضغطي Entrée لإضافته
ui-weight-hint-grams = اكتبي الوزن بالغرام (350) أو بالكيلو (0,350).
ui-kg = كلغ
