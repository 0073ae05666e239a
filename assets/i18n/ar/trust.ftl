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
