<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Headshot Desktop is free software under the MIT licence. It uses Qt and PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif and libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) and FFmpeg (LGPLv2.1+) through QtMultimedia.</source>
        <translation>Headshot Desktop برنامج حر مرخّص بموجب رخصة MIT. يستخدم Qt وPySide6 (LGPLv3) وPillow (MIT-CMU) وpi-heif وlibheif (BSD-3 / LGPLv3) وhttpx (BSD-3) وkeyring (MIT) وplatformdirs (MIT) وfilelock (Unlicense) وSend2Trash (BSD-3) وFFmpeg (LGPLv2.1+) عبر QtMultimedia.</translation>
    </message>
    <message>
        <source>&amp;Open Photo…</source>
        <translation>&amp;فتح صورة…</translation>
    </message>
    <message>
        <source>&amp;Paste Photo</source>
        <translation>&amp;لصق صورة</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Take Photo with &amp;Camera…</source>
        <translation>التقاط صورة بال&amp;كاميرا…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;توليد</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>&amp;تصدير المحدد…</translation>
    </message>
    <message>
        <source>Move Selected to &amp;Trash</source>
        <translation>نقل المحدد إلى &amp;سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Cancel All Runs</source>
        <translation>&amp;إلغاء كل عمليات التوليد</translation>
    </message>
    <message>
        <source>&amp;Recover Kept Headshots…</source>
        <translation>ا&amp;ستعادة الصور الاحترافية المحفوظة جانبًا…</translation>
    </message>
    <message>
        <source>&amp;New Style…</source>
        <translation>&amp;نمط جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit Style…</source>
        <translation>ت&amp;عديل النمط…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Export All My Data…</source>
        <translation>تصدير &amp;كل بياناتي…</translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation>&amp;حذف كل بياناتي…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>إعادة ت&amp;حميل المكتبة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;حول {app}</translation>
    </message>
    <message>
        <source>Show Create</source>
        <translation>عرض «إنشاء»</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation>عرض «النتائج»</translation>
    </message>
    <message>
        <source>Show Library</source>
        <translation>عرض «المكتبة»</translation>
    </message>
    <message>
        <source>Show Team</source>
        <translation>عرض «الفريق»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Headshots</source>
        <translation>الصور ال&amp;احترافية</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ع&amp;رض</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Professional headshots from a selfie. Your photos and headshots are kept on this computer, in a folder you choose. To make a headshot, the photo goes only to the image provider you choose: a cloud service, with your own key, or your own server. No account, no telemetry.</source>
        <translation>صور احترافية من صورة سيلفي. تُحفظ صورك وصورك الاحترافية على هذا الحاسوب، في مجلد تختاره. لصنع صورة احترافية، لا تُرسَل الصورة إلا إلى مزوّد الصور الذي تختاره: خدمة سحابية بمفتاحك الخاص، أو خادمك الخاص. بلا حساب، وبلا قياس عن بُعد.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>جارٍ فحص الخادم…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>جارٍ فحص المفتاح…</translation>
    </message>
    <message>
        <source>{sentence} Models: {models}.</source>
        <translation>{sentence} النماذج: {models}.</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>لم يكتمل الفحص.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>No camera found. Connect a webcam, or open or paste a photo instead.</source>
        <translation>لم يُعثر على كاميرا. وصّل كاميرا ويب، أو افتح صورة أو الصقها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Camera access denied. Allow Headshot Desktop to use the camera in your system&apos;s privacy settings, then open this window again.</source>
        <translation>رُفض الوصول إلى الكاميرا. اسمح لـ Headshot Desktop باستخدام الكاميرا من إعدادات الخصوصية في نظامك، ثم افتح هذه النافذة مجددًا.</translation>
    </message>
    <message>
        <source>Take a selfie</source>
        <translation>التقط صورة سيلفي</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <source>Camera viewfinder</source>
        <translation>معاين الكاميرا</translation>
    </message>
    <message>
        <source>Camera message</source>
        <translation>رسالة الكاميرا</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>ا&amp;لتقاط</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>إ&amp;عادة الالتقاط</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>ا&amp;ستخدام هذه الصورة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Open a photo…</source>
        <translation>&amp;فتح صورة…</translation>
    </message>
    <message>
        <source>&amp;Paste a photo</source>
        <translation>&amp;لصق صورة</translation>
    </message>
    <message>
        <source>The camera stopped: {reason}</source>
        <translation>توقفت الكاميرا: {reason}</translation>
    </message>
    <message>
        <source>Captured. Use this photo, or retake it.</source>
        <translation>تم الالتقاط. استخدم هذه الصورة أو أعد التقاطها.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare providers</source>
        <translation>مقارنة المزوّدين</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;{style}&lt;/b&gt; from this photo with each provider you tick, side by side: one image each. A provider that refuses or fails says why; the others go on.</source>
        <translation>اصنع &lt;b&gt;{style}&lt;/b&gt; من هذه الصورة بكل مزوّد تحدده، جنبًا إلى جنب: صورة واحدة من كل مزوّد. المزوّد الذي يرفض أو يفشل يذكر السبب، ويواصل الآخرون.</translation>
    </message>
    <message>
        <source>its default model</source>
        <translation>نموذجه الافتراضي</translation>
    </message>
    <message>
        <source>Model for {provider}</source>
        <translation>نموذج {provider}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;مقارنة</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Keys: 1 slider, 2 side by side, F or Space flicker between before and after. Plus, minus or the wheel zoom, 0 resets, drag or Shift+arrows pan. Left and right arrows move the divider. A: click both eyes on each photo to line them up.</source>
        <translation>الاختصارات: 1 شريط التمرير، 2 جنبًا إلى جنب، F أو Space للتبديل السريع بين قبل وبعد. زائد أو ناقص أو العجلة للتكبير والتصغير، 0 لإعادة الضبط، السحب أو Shift+الأسهم للتحريك. السهمان الأيسر والأيمن يحرّكان الفاصل. A: انقر على العينين في كل صورة لمحاذاتهما.</translation>
    </message>
    <message>
        <source>Your headshots appear here.</source>
        <translation>تظهر صورك الاحترافية هنا.</translation>
    </message>
    <message>
        <source>Before and after comparison</source>
        <translation>مقارنة قبل وبعد</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>{took} · {status}</source>
        <translation>{took} · {status}</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>النموذج الافتراضي</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>التكلفة غير معروفة</translation>
    </message>
    <message>
        <source>{model} · {took} · {price}</source>
        <translation>{model} · {took} · {price}</translation>
    </message>
    <message>
        <source>Compare providers</source>
        <translation>مقارنة المزوّدين</translation>
    </message>
    <message>
        <source>Choose a photo and a style first.</source>
        <translation>اختر صورة ونمطًا أولًا.</translation>
    </message>
</context>
<context>
    <name>CopyAndDrag</name>
    <message>
        <source>{preset}, {format}</source>
        <comment>an export size, then a file format</comment>
        <translation>{preset}، {format}</translation>
    </message>
    <message>
        <source>Select a headshot in Results or the Library to copy it.</source>
        <translation>حدد صورة احترافية في «النتائج» أو «المكتبة» لنسخها.</translation>
    </message>
    <message>
        <source>Copied “{name}” to the clipboard as {made_as}.</source>
        <translation>نُسخت «{name}» إلى الحافظة بصيغة {made_as}.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>جارٍ النسخ…</translation>
    </message>
</context>
<context>
    <name>CropAdjust</name>
    <message>
        <source>The headshot could not be read.</source>
        <translation>تعذّرت قراءة الصورة الاحترافية.</translation>
    </message>
    <message>
        <source>The crop could not be saved.</source>
        <translation>تعذّر حفظ الاقتصاص.</translation>
    </message>
    <message>
        <source>Adjust the crop</source>
        <translation>ضبط الاقتصاص</translation>
    </message>
    <message>
        <source>This crop is for this headshot only: everyone else keeps the kit&apos;s framing.</source>
        <translation>هذا الاقتصاص لهذه الصورة الاحترافية فقط: يحتفظ الآخرون جميعًا بتأطير حزمة الفريق.</translation>
    </message>
    <message>
        <source>&amp;Back to the kit&apos;s framing</source>
        <translation>ال&amp;عودة إلى تأطير حزمة الفريق</translation>
    </message>
    <message>
        <source>&amp;Back to the usual framing</source>
        <translation>ال&amp;عودة إلى التأطير المعتاد</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>ما يحتويه الإطار</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>لا معاينة: تعذّرت قراءة «{name}».</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels.</source>
        <translation>يحتوي الإطار على {width} × {height} من أصل {full_width} × {full_height} بكسل في الصورة الاحترافية.</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Drag the picture or use the arrow keys to move the frame (Shift moves it further); the wheel or the + and - keys zoom; Home goes back to the usual framing. Drag the eye and chin lines to where you want the eyes and the chin, or move them with Alt and the up and down keys (the chin line with Alt and Shift).</source>
        <translation>اسحب الصورة أو استخدم مفاتيح الأسهم لتحريك الإطار (مع Shift يتحرك أبعد)؛ العجلة أو المفتاحان + و- للتكبير والتصغير؛ Home يعيد التأطير المعتاد. اسحب خطَّي العينين والذقن إلى حيث تريد العينين والذقن، أو حرّكهما بـ Alt مع مفتاحي الأعلى والأسفل (خط الذقن بـ Alt وShift).</translation>
    </message>
    <message>
        <source>Framing of the exported picture</source>
        <translation>تأطير الصورة المُصدَّرة</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
</context>
<context>
    <name>CropGuides</name>
    <message>
        <source>Eyes</source>
        <translation>العينان</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>الذقن</translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <source>{app} data</source>
        <comment>the export&apos;s file name, before .zip</comment>
        <translation>بيانات {app}</translation>
    </message>
    <message>
        <source>Export all my data</source>
        <translation>تصدير كل بياناتي</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>أرشيف Zip (*.zip)</translation>
    </message>
    <message>
        <source>Saving all your data to {name}…</source>
        <translation>جارٍ حفظ كل بياناتك في {name}…</translation>
    </message>
    <message>
        <source>Saved {originals}, {headshots} and metadata.json to
{path}</source>
        <translation>حُفظت {originals} و{headshots} وmetadata.json في
{path}</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>Your data could not be saved to {path}.</source>
        <translation>تعذّر حفظ بياناتك في {path}.</translation>
    </message>
    <message>
        <source>This deletes every original and headshot in the library, its team batches, the thumbnails, logs, settings and the API keys stored in the system keyring. It cannot be undone.</source>
        <translation>يحذف هذا كل صورة أصلية وكل صورة احترافية في المكتبة، ودفعات الفريق، والصور المصغّرة، والسجلات، والإعدادات، ومفاتيح API المخزّنة في سلسلة مفاتيح النظام. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>حذف كل بياناتي؟</translation>
    </message>
    <message>
        <source>Looking for what you deleted earlier in the system trash…</source>
        <translation>جارٍ البحث في سلة مهملات النظام عمّا حذفته سابقًا…</translation>
    </message>
    <message>
        <source>Nothing was deleted: the system trash could not be read.</source>
        <translation>لم يُحذف شيء: تعذّرت قراءة سلة مهملات النظام.</translation>
    </message>
    <message>
        <source>Deleting all your data…</source>
        <translation>جارٍ حذف كل بياناتك…</translation>
    </message>
    <message>
        <source>{summary}

{app} will close now.</source>
        <translation>{summary}

سيُغلَق {app} الآن.</translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation>حُذفت بياناتك</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>لم يُحذف شيء</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>لم يُحذف كل شيء</translation>
    </message>
    <message>
        <source>Your data could not all be deleted.</source>
        <translation>تعذّر حذف بياناتك كلها.</translation>
    </message>
    <message>
        <source>Privacy &amp; data</source>
        <translation>الخصوصية &amp; البيانات</translation>
    </message>
    <message>
        <source>Empty these from the trash too?</source>
        <translation>إفراغها من سلة المهملات أيضًا؟</translation>
    </message>
    <message>
        <source>Remove them from the trash as well? Only these files go; everything else in the trash stays.</source>
        <translation>هل تريد إزالتها من سلة المهملات أيضًا؟ تُزال هذه الملفات فقط، ويبقى كل ما عداها في سلة المهملات.</translation>
    </message>
    <message>
        <source>Remove from the trash</source>
        <translation>إزالتها من سلة المهملات</translation>
    </message>
    <message>
        <source>Keep them in the trash</source>
        <translation>إبقاؤها في سلة المهملات</translation>
    </message>
</context>
<context>
    <name>DialogOps</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>تعذّر حفظ الإعدادات.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Photo drop zone</source>
        <translation>منطقة إفلات الصورة</translation>
    </message>
    <message>
        <source>Drop a selfie here, or press Enter to choose a file</source>
        <translation>أفلت صورة سيلفي هنا، أو اضغط Enter لاختيار ملف</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop a selfie here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;or click to choose a file · Ctrl+V to paste&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;أفلت صورة سيلفي هنا&lt;/b&gt;&lt;/p&gt;&lt;p&gt;أو انقر لاختيار ملف · Ctrl+V للّصق&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG أو PNG أو HEIC أو WebP أو TIFF أو BMP أو GIF&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your API key was rejected</source>
        <translation>رُفض مفتاح API الخاص بك</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>لا يوجد مفتاح API بعد</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>غير مسموح لهذا المفتاح</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>نفد الرصيد</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>طلبات كثيرة جدًا</translation>
    </message>
    <message>
        <source>Refused by the safety system</source>
        <translation>رفضه نظام الأمان</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>لا يوجد اتصال</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>لم يصل رد في الوقت المحدد</translation>
    </message>
    <message>
        <source>The provider had a problem</source>
        <translation>واجه المزوّد مشكلة</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>لم تُصنع أي صورة</translation>
    </message>
    <message>
        <source>The system keyring is not available</source>
        <translation>سلسلة مفاتيح النظام غير متاحة</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>لا يمكن استخدام هذه الصورة</translation>
    </message>
    <message>
        <source>A setting needs attention</source>
        <translation>أحد الإعدادات يحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>.</source>
        <comment>ends a sentence before the hint</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>EstimateLine</name>
    <message>
        <source>{model} (newest available)</source>
        <translation>{model} (الأحدث المتاح)</translation>
    </message>
    <message>
        <source>Newest available</source>
        <translation>الأحدث المتاح</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>الافتراضي لدى المزوّد</translation>
    </message>
    <message>
        <source>Choose a photo and a style to see the cost.</source>
        <translation>اختر صورة ونمطًا لمعرفة التكلفة.</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>جارٍ حساب التكلفة…</translation>
    </message>
</context>
<context>
    <name>ExportCollisions</name>
    <message>
        <source>A file of this name is already there</source>
        <translation>يوجد ملف بهذا الاسم بالفعل</translation>
    </message>
    <message>
        <source>“{name}” is already in {folder}.</source>
        <translation>«{name}» موجود بالفعل في {folder}.</translation>
    </message>
    <message>
        <source>Replace it, keep both (the new file gets a number, like “(2)”), or skip it?</source>
        <translation>هل تريد استبداله، أو الاحتفاظ بكليهما (يأخذ الملف الجديد رقمًا، مثل «(2)»)، أو تخطيه؟</translation>
    </message>
    <message>
        <source>Files of these names are already there</source>
        <translation>توجد ملفات بهذه الأسماء بالفعل</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Replace them, keep both (the new files get a number, like “(2)”), or skip them?</source>
        <translation>هل تريد استبدالها، أو الاحتفاظ بكليهما (تأخذ الملفات الجديدة رقمًا، مثل «(2)»)، أو تخطيها؟</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>الا&amp;حتفاظ بكليهما</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>ت&amp;خطٍّ</translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>The headshots could not all be exported.</source>
        <translation>تعذّر تصدير الصور الاحترافية كلها.</translation>
    </message>
    <message>
        <source>Export the team&apos;s headshots into</source>
        <translation>تصدير الصور الاحترافية للفريق إلى</translation>
    </message>
    <message>
        <source>Exporting into {folder}…</source>
        <translation>جارٍ التصدير إلى {folder}…</translation>
    </message>
    <message>
        <source>Nothing was exported into {folder}: nobody is done yet.</source>
        <translation>لم يُصدَّر شيء إلى {folder}: لم ينتهِ أحد بعد.</translation>
    </message>
    <message>
        <source>The export was cancelled. The files written so far are whole.</source>
        <translation>أُلغي التصدير. الملفات المكتوبة حتى الآن سليمة.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Si&amp;ze and file</source>
        <translation>المقاس وال&amp;ملف</translation>
    </message>
    <message>
        <source>Looking in the folder…</source>
        <translation>جارٍ البحث في المجلد…</translation>
    </message>
    <message>
        <source>Could not look for the files in {folder}.</source>
        <translation>تعذّر البحث عن الملفات في {folder}.</translation>
    </message>
    <message>
        <source>The headshots could not be exported.</source>
        <translation>تعذّر تصدير الصور الاحترافية.</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>جارٍ الإيقاف بعد الملف الذي يُكتب الآن…</translation>
    </message>
    <message>
        <source>“{name}”: </source>
        <translation>«{name}»: </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>LinkedIn and most sites show a profile picture in a circle. This only changes the preview: the file stays square, and the site crops it.</source>
        <translation>يعرض LinkedIn ومعظم المواقع صورة الملف الشخصي داخل دائرة. هذا يغيّر المعاينة فقط: يبقى الملف مربعًا، والموقع هو الذي يقتصّه.</translation>
    </message>
    <message>
        <source>Writes one statement in the file: that a trained algorithm made the picture (the IPTC “digital source type”). LinkedIn and other sites read it to show that a photo was made with AI, and the EU AI Act asks for such labels from August 2026. Nothing else about you or the photo is written: no name, place, date or camera.</source>
        <translation>يكتب عبارة واحدة في الملف: أن خوارزمية مدرَّبة صنعت الصورة («نوع المصدر الرقمي» في IPTC). يقرؤها LinkedIn ومواقع أخرى لتوضيح أن الصورة صُنعت بالذكاء الاصطناعي، ويطلب قانون الذكاء الاصطناعي الأوروبي مثل هذه العلامات بدءًا من أغسطس 2026. لا يُكتب أي شيء آخر عنك أو عن الصورة: لا اسم ولا مكان ولا تاريخ ولا كاميرا.</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>المقاس الجاهز</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>تنسيق الملف</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <source>Preview the round crop of profile sites</source>
        <translation>معاينة الاقتصاص الدائري لمواقع الملفات الشخصية</translation>
    </message>
    <message>
        <source>Label the file as made with AI</source>
        <translation>وسم الملف بأنه مصنوع بالذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>قالب اسم الملف</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {style} {n} {original} {preset}</source>
        <translation>الحقول: {date} {time} {style} {n} {original} {preset}</translation>
    </message>
    <message>
        <source>Files it will write</source>
        <translation>الملفات التي سيكتبها</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>مجلد التصدير</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Team page picture width</source>
        <translation>عرض الصورة في صفحة الفريق</translation>
    </message>
    <message>
        <source>Team page picture height</source>
        <translation>ارتفاع الصورة في صفحة الفريق</translation>
    </message>
    <message>
        <source>The size your team page shows each person&apos;s picture at: ask whoever runs it, or look at one of the pictures there.</source>
        <translation>المقاس الذي تعرض به صفحة فريقك صورة كل شخص: اسأل المسؤول عنها، أو افحص إحدى الصور المعروضة فيها.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>ال&amp;مقاس:</translation>
    </message>
    <message>
        <source>&amp;Team page:</source>
        <translation>صفحة ال&amp;فريق:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;تنسيق:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>ال&amp;جودة:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملف:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>الم&amp;جلد:</translation>
    </message>
</context>
<context>
    <name>ExportFraming</name>
    <message>
        <source>&amp;Reset framing</source>
        <translation>إعادة &amp;ضبط التأطير</translation>
    </message>
    <message>
        <source>Back to the usual framing: centred across, a little more cut from the bottom.</source>
        <translation>العودة إلى التأطير المعتاد: في المنتصف أفقيًا، مع قصّ أكثر قليلًا من الأسفل.</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>ما يحتويه الإطار</translation>
    </message>
    <message>
        <source>The headshot could not be read.</source>
        <translation>تعذّرت قراءة الصورة الاحترافية.</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>لا معاينة: تعذّرت قراءة «{name}».</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels (zoom {zoom}×).</source>
        <translation>يحتوي الإطار على {width} × {height} من أصل {full_width} × {full_height} بكسل في الصورة الاحترافية (تكبير {zoom}×).</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>لا معاينة: تعذّرت قراءة «{name}».</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>معاينة التصدير</translation>
    </message>
    <message>
        <source>Nothing left to write.</source>
        <translation>لم يبقَ شيء لكتابته.</translation>
    </message>
    <message>
        <source>Writes “{name}”.</source>
        <translation>سيكتب «{name}».</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting “{name}”…</source>
        <translation>جارٍ تصدير «{name}»…</translation>
    </message>
    <message>
        <source>Exporting {number} of {total}…</source>
        <translation>جارٍ تصدير {number} من {total}…</translation>
    </message>
    <message>
        <source>Could not export “{name}” to {folder}.</source>
        <translation>تعذّر تصدير «{name}» إلى {folder}.</translation>
    </message>
</context>
<context>
    <name>ExportSizes</name>
    <message>
        <source>Your own export sizes could not be read.</source>
        <translation>تعذّرت قراءة مقاسات التصدير الخاصة بك.</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Export headshot</source>
        <translation>تصدير الصورة الاحترافية</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>لم يُصدَّر شيء.</translation>
    </message>
    <message>
        <source>You stopped the export before the last one.</source>
        <translation>أوقفت التصدير قبل الملف الأخير.</translation>
    </message>
    <message>
        <source>Nothing was exported: the file is already in {folder}, and you chose to skip it. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>لم يُصدَّر شيء: الملف موجود بالفعل في {folder}، واخترت تخطيه. صدِّر مجددًا واختر «استبدال» أو «الاحتفاظ بكليهما»، أو اختر مجلدًا أو اسم ملف آخر.</translation>
    </message>
    <message>
        <source>Nothing was exported: all the files are already in {folder}, and you chose to skip them. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>لم يُصدَّر شيء: كل الملفات موجودة بالفعل في {folder}، واخترت تخطيها. صدِّر مجددًا واختر «استبدال» أو «الاحتفاظ بكليهما»، أو اختر مجلدًا أو اسم ملف آخر.</translation>
    </message>
</context>
<context>
    <name>ExportedCopies</name>
    <message>
        <source>The copy was stopped.</source>
        <translation>أُوقف النسخ.</translation>
    </message>
</context>
<context>
    <name>EyePoints</name>
    <message>
        <source>Click the eye on the left, then the eye on the right, on the before photo ({clicked}/2)</source>
        <translation>انقر على العين التي على اليسار، ثم العين التي على اليمين، في صورة «قبل» ({clicked}/2)</translation>
    </message>
    <message>
        <source>Now the same two eyes on the after photo ({clicked}/2)</source>
        <translation>والآن العينان نفسهما في صورة «بعد» ({clicked}/2)</translation>
    </message>
    <message>
        <source>The two points of a photo are too close together: click them again</source>
        <translation>نقطتا الصورة متقاربتان جدًا: انقر عليهما مجددًا</translation>
    </message>
    <message>
        <source>Lined up. Click near a point to move it; Delete clears them; A finishes</source>
        <translation>تمت المحاذاة. انقر قرب نقطة لتحريكها؛ Delete يمسحهما؛ A للإنهاء</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <source>The app is not intended for children under 13.</source>
        <translation>التطبيق غير مخصص للأطفال دون 13 عامًا.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and the stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>يمكنك في أي وقت رؤية كل ملف في مجلد المكتبة، أو تصديرها كلها في ملف zip واحد، أو حذفها كلها (الصور والإعدادات والسجلات والمفاتيح المخزّنة) من &lt;i&gt;الخصوصية &amp;amp; البيانات&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and any stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>يمكنك في أي وقت رؤية كل ملف في مجلد المكتبة، أو تصديرها كلها في ملف zip واحد، أو حذفها كلها (الصور والإعدادات والسجلات وأي مفاتيح مخزّنة) من &lt;i&gt;الخصوصية &amp;amp; البيانات&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>The app does no face detection or recognition and creates no face templates.</source>
        <translation>لا يُجري التطبيق أي كشف للوجوه أو تعرّف عليها، ولا ينشئ أي قوالب للوجه.</translation>
    </message>
    <message>
        <source>{app} has no account, no analytics and no telemetry. Your originals and headshots are kept in a folder you choose; the app keeps no copy anywhere else.</source>
        <translation>لا يوجد في {app} حساب ولا تحليلات ولا قياس عن بُعد. تُحفظ صورك الأصلية وصورك الاحترافية في مجلد تختاره؛ ولا يحتفظ التطبيق بأي نسخة في أي مكان آخر.</translation>
    </message>
    <message>
        <source>Your library stays on this computer</source>
        <translation>تبقى مكتبتك على هذا الحاسوب</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>ما الذي يُرسَل، وإلى من</translation>
    </message>
    <message>
        <source>No biometrics</source>
        <translation>لا بيانات بيومترية</translation>
    </message>
    <message>
        <source>Your data, your rights</source>
        <translation>بياناتك، حقوقك</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>مرحبًا بك في {app}</translation>
    </message>
    <message>
        <source>What is sent to {provider}, and what it keeps</source>
        <translation>ما الذي يُرسَل إلى {provider}، وما الذي يحتفظ به</translation>
    </message>
    <message>
        <source>I am 13 years of age or older</source>
        <translation>عمري 13 عامًا أو أكثر</translation>
    </message>
    <message>
        <source>Confirm you are 13 or older</source>
        <translation>أكّد أن عمرك 13 عامًا أو أكثر</translation>
    </message>
    <message>
        <source>The notice (the arrow keys scroll it)</source>
        <translation>الإشعار (تمرّره مفاتيح الأسهم)</translation>
    </message>
    <message>
        <source>Before anything is sent</source>
        <translation>قبل إرسال أي شيء</translation>
    </message>
    <message>
        <source>&amp;Accept and use {provider}</source>
        <translation>&amp;قبول واستخدام {provider}</translation>
    </message>
    <message>
        <source>Nothing leaves this computer until you have read this and confirmed your age.</source>
        <translation>لا يغادر أي شيء هذا الحاسوب حتى تقرأ هذا وتؤكد عمرك.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Your {provider} API key</source>
        <translation>مفتاح API الخاص بك لـ {provider}</translation>
    </message>
    <message>
        <source>You can also skip this and enter it later in Settings.</source>
        <translation>يمكنك أيضًا تخطي هذا وإدخاله لاحقًا في الإعدادات.</translation>
    </message>
    <message>
        <source>A saved key is kept in your system keyring, never in a file.</source>
        <translation>يُخزَّن المفتاح عند حفظه في سلسلة مفاتيح النظام، ولا يُخزَّن في ملف أبدًا.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the {lowercase}</source>
        <comment>{lowercase}: the field&apos;s name in lower case; {name}: as written</comment>
        <translation>اختيار {lowercase}</translation>
    </message>
</context>
<context>
    <name>Generating</name>
    <message>
        <source>Run it again?</source>
        <translation>تشغيلها مجددًا؟</translation>
    </message>
    <message>
        <source>This exact run is already in progress. Run it again and pay again?</source>
        <translation>عملية التوليد هذه نفسها جارية بالفعل. هل تريد تشغيلها مجددًا والدفع مرة أخرى؟</translation>
    </message>
    <message>
        <source>Its card is on the Results tab. Change the style or an option to make a different run.</source>
        <translation>بطاقتها في تبويب «النتائج». غيّر النمط أو أحد الخيارات لإجراء عملية مختلفة.</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>The same seed for everyone keeps the look consistent: each person&apos;s first variant is made with it, the second with the next number, and so on.</source>
        <translation>البذرة نفسها للجميع تحافظ على تناسق المظهر: يُصنع البديل الأول لكل شخص بها، والثاني بالرقم التالي، وهكذا.</translation>
    </message>
    <message>
        <source>Say what should change for everyone: clothing, backdrop, lighting, framing. The app adds the instructions that keep each face as it is.</source>
        <translation>اذكر ما يجب أن يتغير للجميع: الملابس، والخلفية، والإضاءة، والتأطير. يضيف التطبيق التعليمات التي تُبقي كل وجه كما هو.</translation>
    </message>
    <message>
        <source>How every headshot is made</source>
        <translation>كيف تُصنع كل صورة احترافية</translation>
    </message>
    <message>
        <source>Acme team page</source>
        <translation>صفحة فريق Acme</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>اسم الحزمة</translation>
    </message>
    <message>
        <source>Image provider</source>
        <translation>مزوّد الصور</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>النموذج الافتراضي لدى المزوّد</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>النمط</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>موجِّه مخصص</translation>
    </message>
    <message>
        <source>e.g. the scar above the left eyebrow</source>
        <translation>مثلًا: الندبة فوق الحاجب الأيسر</translation>
    </message>
    <message>
        <source>Features to keep, in your words</source>
        <translation>ملامح يجب الحفاظ عليها، بكلماتك</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Variants per person</source>
        <translation>عدد البدائل لكل شخص</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>بذرة جديدة</translation>
    </message>
    <message>
        <source>Draw another seed: a new look, the same for everyone.</source>
        <translation>اختيار بذرة أخرى عشوائيًا: مظهر جديد، موحّد للجميع.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>المزوّد:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>النمط:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>الموجِّه:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>الحفاظ على:</translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation>بكلماتك:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>الشكل:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>التفاصيل:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>البدائل:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>البذرة:</translation>
    </message>
    <message>
        <source>{provider} (not known here)</source>
        <translation>{provider} (غير معروف هنا)</translation>
    </message>
    <message>
        <source>{style} (not here)</source>
        <translation>{style} (غير موجود هنا)</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider}&apos;s own options, the same for everyone:&lt;/small&gt;</source>
        <translation>&lt;small&gt;خيارات {provider} الخاصة، وهي نفسها للجميع:&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>أعطِ الحزمة اسمًا، مثل اسم الفريق.</translation>
    </message>
    <message>
        <source>Write the custom prompt, or choose a style.</source>
        <translation>اكتب الموجِّه المخصص، أو اختر نمطًا.</translation>
    </message>
    <message>
        <source>Enter a seed (a whole number), or press New seed.</source>
        <translation>أدخل بذرة (عددًا صحيحًا)، أو اضغط «بذرة جديدة».</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {largest}.</source>
        <translation>يجب أن تكون البذرة عددًا صحيحًا من 0 إلى {largest}.</translation>
    </message>
    <message>
        <source>{value} (not offered)</source>
        <translation>{value} (غير متاح)</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued…</source>
        <translation>في قائمة الانتظار…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Progress of {run}</source>
        <translation>تقدّم {run}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel {run}</source>
        <translation>إلغاء {run}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Run {run} again</source>
        <translation>تشغيل {run} مجددًا</translation>
    </message>
    <message>
        <source>The same photo, style, options and provider again: paid again.</source>
        <translation>الصورة والنمط والخيارات والمزوّد نفسها مرة أخرى: تُدفع التكلفة مجددًا.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Take the card of {run} away</source>
        <translation>إزالة بطاقة {run}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>images of a run</comment>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>مسح المنتهية</translation>
    </message>
    <message>
        <source>Take the cards of every finished run away</source>
        <translation>إزالة بطاقات كل العمليات المنتهية</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;عمليات التوليد&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No runs yet. Choose a photo and a style, then press Generate.</source>
        <translation>لا توجد عمليات توليد بعد. اختر صورة ونمطًا، ثم اضغط «توليد».</translation>
    </message>
</context>
<context>
    <name>KeepChecklist</name>
    <message>
        <source>&lt;b&gt;Does it still look like you?&lt;/b&gt;</source>
        <translation>&lt;b&gt;هل لا تزال تشبهك؟&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Features to check in this headshot</source>
        <translation>ملامح يجب التحقق منها في هذه الصورة الاحترافية</translation>
    </message>
    <message>
        <source>Face and features</source>
        <translation>الوجه والملامح</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>لون البشرة</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>الشعر</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>العمر الظاهر</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>your notes</source>
        <translation>ملاحظاتك</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot.</source>
        <translation>حدّد ما يجب أن يبقى كما هو في كل صورة احترافية.</translation>
    </message>
    <message>
        <source>Features to keep…</source>
        <translation>ملامح يجب الحفاظ عليها…</translation>
    </message>
    <message>
        <source>Keeping: {features}</source>
        <translation>الحفاظ على: {features}</translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation>ملامح يجب الحفاظ عليها</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot. The app adds it to every style&apos;s instructions; nothing here looks at your face.</source>
        <translation>حدّد ما يجب أن يبقى كما هو في كل صورة احترافية. يضيفه التطبيق إلى تعليمات كل نمط؛ ولا شيء هنا يفحص وجهك.</translation>
    </message>
    <message>
        <source>Anything else, in your words (e.g. “my scar above the left eyebrow”)</source>
        <translation>أي شيء آخر، بكلماتك (مثلًا: «ندبتي فوق الحاجب الأيسر»)</translation>
    </message>
    <message>
        <source>What else to keep, in your words</source>
        <translation>ما يجب الحفاظ عليه أيضًا، بكلماتك</translation>
    </message>
</context>
<context>
    <name>KeepWords</name>
    <message>
        <source>Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, and Delete asks again before removing them.</source>
        <translation>احتفاظ: صورة مفضّلة. لا يزيل إعداد مدة الحفظ أبدًا الصور الاحترافية المحتفَظ بها ولا صورها الأصلية، ويسأل «حذف» مجددًا قبل إزالتها.</translation>
    </message>
    <message>
        <source>Keep: a favourite. A kept photo is never removed by the retention setting, and Move to trash asks again before removing it.</source>
        <translation>احتفاظ: صورة مفضّلة. لا يزيل إعداد مدة الحفظ أبدًا الصورة المحتفَظ بها، ويسأل «نقل إلى سلة المهملات» مجددًا قبل إزالتها.</translation>
    </message>
    <message>
        <source>Marked Keep</source>
        <translation>مُعلَّم بـ«احتفاظ»</translation>
    </message>
    <message>
        <source>“{name}” is marked Keep.</source>
        <translation>«{name}» مُعلَّم بـ«احتفاظ».</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Delete anyway?</source>
        <translation>العناصر المحتفَظ بها هي مفضّلاتك. هل تريد الحذف على أي حال؟</translation>
    </message>
    <message>
        <source>Delete, kept ones too</source>
        <translation>حذف، بما فيها المحتفَظ بها</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Move to the trash anyway?</source>
        <translation>العناصر المحتفَظ بها هي مفضّلاتك. هل تريد نقلها إلى سلة المهملات على أي حال؟</translation>
    </message>
    <message>
        <source>Move to the trash, kept ones too</source>
        <translation>نقل إلى سلة المهملات، بما فيها المحتفَظ بها</translation>
    </message>
    <message>
        <source>Only those not kept</source>
        <translation>غير المحتفَظ بها فقط</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Keep for this session only (not saved)</source>
        <translation>الاحتفاظ بالمفتاح لهذه الجلسة فقط (دون حفظه)</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;حفظ المفتاح</translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation>إ&amp;زالة المفتاح المخزّن</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>ا&amp;ختبار المفتاح</translation>
    </message>
    <message>
        <source>Asks the provider whether the key works. A key typed here is saved first.</source>
        <translation>يسأل المزوّد هل يعمل المفتاح. يُحفظ المفتاح المكتوب هنا أولًا.</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>حالة المفتاح</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>مفتاح API لـ {provider}</translation>
    </message>
    <message>
        <source>Get a key from {provider}…</source>
        <translation>الحصول على مفتاح من {provider}…</translation>
    </message>
    <message>
        <source>Get a {provider} API key (opens {url} in your browser)</source>
        <translation>الحصول على مفتاح API من {provider} (يفتح {url} في متصفحك)</translation>
    </message>
    <message>
        <source>{names} or {name}</source>
        <comment>names of environment variables</comment>
        <translation>{names} أو {name}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Or set {names} in the environment: it is read, never stored, and wins over a saved key.&lt;/small&gt;</source>
        <translation>&lt;small&gt;أو اضبط {names} في متغيرات البيئة: يُقرأ ولا يُخزَّن أبدًا، وله الأولوية على المفتاح المحفوظ.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{provider} needs no API key.</source>
        <translation>لا يحتاج {provider} إلى مفتاح API.</translation>
    </message>
    <message>
        <source>Checking where the key is kept…</source>
        <translation>جارٍ التحقق من مكان حفظ المفتاح…</translation>
    </message>
    <message>
        <source>Current key: {where}.</source>
        <translation>المفتاح الحالي: {where}.</translation>
    </message>
    <message>
        <source>No system keyring is available, so a key can be kept for this session only.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام، لذا لا يمكن الاحتفاظ بالمفتاح إلا لهذه الجلسة.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open {url} in yours.</source>
        <translation>تعذّر فتح متصفح ويب. افتح {url} في متصفحك.</translation>
    </message>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>لم تستجب سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Where the key is kept could not be read.</source>
        <translation>تعذّرت قراءة مكان حفظ المفتاح.</translation>
    </message>
    <message>
        <source>Type or paste a key first.</source>
        <translation>اكتب مفتاحًا أو الصقه أولًا.</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>حُفظ في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Kept for this session.</source>
        <translation>محفوظ لهذه الجلسة.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>جارٍ حفظ المفتاح…</translation>
    </message>
    <message>
        <source>The key could not be saved.</source>
        <translation>تعذّر حفظ المفتاح.</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>أُزيل المفتاح المخزّن.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>لم يكن هناك مفتاح مخزّن.</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>جارٍ إزالة المفتاح…</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>تعذّرت إزالة المفتاح.</translation>
    </message>
</context>
<context>
    <name>KeyStatusLine</name>
    <message>
        <source>being looked up…</source>
        <translation>جارٍ البحث عنه…</translation>
    </message>
    <message>
        <source>unknown: the system keyring did not answer</source>
        <translation>غير معروف: لم تستجب سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>{key} · Library: {folder}</source>
        <translation>{key} · المكتبة: {folder}</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Your own styles and export sizes could not be read; the built-in ones are offered.</source>
        <translation>تعذّرت قراءة أنماطك ومقاسات التصدير الخاصة بك؛ المعروض هو المضمَّن منها في التطبيق.</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>حزمة الفريق</translation>
    </message>
    <message>
        <source>New team kit</source>
        <translation>حزمة فريق جديدة</translation>
    </message>
    <message>
        <source>Reading your styles and export sizes…</source>
        <translation>جارٍ قراءة أنماطك ومقاسات التصدير…</translation>
    </message>
    <message>
        <source>What keeps the kit from being used</source>
        <translation>ما الذي يمنع استخدام الحزمة</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
</context>
<context>
    <name>KitExportForm</name>
    <message>
        <source>Jane Doe</source>
        <translation>سارة أحمد</translation>
    </message>
    <message>
        <source>jane_doe</source>
        <translation>sara_ahmed</translation>
    </message>
    <message>
        <source>Fractions of each headshot&apos;s width and height: 0.1,0.05,0.8,0.8 keeps the middle 80 % across and cuts a little off the top. After the batch you can still adjust one person&apos;s crop.</source>
        <translation>كسور من عرض كل صورة احترافية وارتفاعها: 0.1,0.05,0.8,0.8 تُبقي 80 % من الوسط أفقيًا وتقصّ قليلًا من الأعلى. بعد الدفعة يظل بإمكانك ضبط اقتصاص شخص بعينه.</translation>
    </message>
    <message>
        <source>Use {name}, {date}, {time}, {style}, {n}, {original} or {preset}.</source>
        <translation>استخدم {name} أو {date} أو {time} أو {style} أو {n} أو {original} أو {preset}.</translation>
    </message>
    <message>
        <source>How every headshot is exported</source>
        <translation>كيف تُصدَّر كل صورة احترافية</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>مقاس التصدير</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>تنسيق الملف</translation>
    </message>
    <message>
        <source>As the size says</source>
        <translation>كما يحدد المقاس</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>قالب اسم الملف</translation>
    </message>
    <message>
        <source>Example file name</source>
        <translation>مثال على اسم الملف</translation>
    </message>
    <message>
        <source>Label the files as made with AI</source>
        <translation>وسم الملفات بأنها مصنوعة بالذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>التأطير</translation>
    </message>
    <message>
        <source>Each size&apos;s usual framing</source>
        <translation>التأطير المعتاد لكل مقاس</translation>
    </message>
    <message>
        <source>The same crop of every headshot</source>
        <translation>الاقتصاص نفسه لكل صورة احترافية</translation>
    </message>
    <message>
        <source>Crop of every headshot, as fractions x,y,w,h</source>
        <translation>اقتصاص كل صورة احترافية، ككسور x,y,w,h</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>المقاس:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>الجودة:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>اسم الملف:</translation>
    </message>
    <message>
        <source>Framing:</source>
        <translation>التأطير:</translation>
    </message>
    <message>
        <source>Crop:</source>
        <translation>الاقتصاص:</translation>
    </message>
    <message>
        <source>{preset} (not here)</source>
        <translation>{preset} (غير موجود هنا)</translation>
    </message>
    <message>
        <source>Enter a file name template, e.g. {name}.</source>
        <translation>أدخل قالبًا لاسم الملف، مثل {name}.</translation>
    </message>
    <message>
        <source>&lt;small&gt;For example: {name}&lt;/small&gt;</source>
        <translation>&lt;small&gt;مثال: {name}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>added by hand</source>
        <translation>مضافة يدويًا</translation>
    </message>
    <message>
        <source>{style} {number}</source>
        <comment>a style&apos;s name and an image&apos;s number in its run</comment>
        <translation>{style} {number}</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <source>{title}, kept, from {photo}, {time}</source>
        <translation>{title}، محتفَظ بها، من {photo}، {time}</translation>
    </message>
    <message>
        <source>{title}, from {photo}, {time}</source>
        <translation>{title}، من {photo}، {time}</translation>
    </message>
    <message>
        <source>From {photo}</source>
        <translation>من {photo}</translation>
    </message>
    <message>
        <source>{time} · {model}</source>
        <translation>{time} · {model}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting; Delete asks again.</source>
        <translation>★ محتفَظ بها: لا يزيلها إعداد مدة الحفظ أبدًا؛ ويسأل «حذف» مجددًا.</translation>
    </message>
</context>
<context>
    <name>LibraryMove</name>
    <message>
        <source>The folder {folder} could not be checked.</source>
        <translation>تعذّر فحص المجلد {folder}.</translation>
    </message>
    <message>
        <source>Move your library?</source>
        <translation>نقل مكتبتك؟</translation>
    </message>
    <message>
        <source>With the new folder as it is, your photos stay in {old}.</source>
        <translation>إذا استُخدم المجلد الجديد كما هو، تبقى صورك في {old}.</translation>
    </message>
    <message>
        <source>Each photo is copied and checked before the old one is removed, so none is lost if the move is interrupted.</source>
        <translation>تُنسخ كل صورة وتُفحص قبل إزالة القديمة، فلا تضيع أي صورة إذا انقطع النقل.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;نقل</translation>
    </message>
    <message>
        <source>&amp;Use the new folder as it is</source>
        <translation>ا&amp;ستخدام المجلد الجديد كما هو</translation>
    </message>
    <message>
        <source>The library folder could not be changed to {folder}.</source>
        <translation>تعذّر تغيير مجلد المكتبة إلى {folder}.</translation>
    </message>
    <message>
        <source>The library cannot be moved while headshots are being made: they are saved into it.</source>
        <translation>لا يمكن نقل المكتبة أثناء صنع صور احترافية: فهي تُحفظ فيها.</translation>
    </message>
    <message>
        <source>Wait for the runs to finish (or cancel them), then choose the folder again in Settings.</source>
        <translation>انتظر حتى تنتهي عمليات التوليد (أو ألغِها)، ثم اختر المجلد مجددًا في الإعدادات.</translation>
    </message>
    <message>
        <source>Moving your library to {folder}…</source>
        <translation>جارٍ نقل مكتبتك إلى {folder}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Moving your library</source>
        <translation>نقل مكتبتك</translation>
    </message>
    <message>
        <source>The library is now in {folder}, but these could not be removed from {old}: {listed}.</source>
        <translation>المكتبة الآن في {folder}، لكن تعذّرت إزالة هذه من {old}: {listed}.</translation>
    </message>
    <message>
        <source>They are copies or files of your own; remove them by hand if you no longer need them.</source>
        <translation>إنها نُسخ أو ملفات خاصة بك؛ أزلها يدويًا إن لم تعد بحاجة إليها.</translation>
    </message>
    <message>
        <source>The move was cancelled; your library stays in {old}.</source>
        <translation>أُلغي النقل؛ تبقى مكتبتك في {old}.</translation>
    </message>
    <message>
        <source>The library could not be moved to {folder}; nothing was removed from {old}.</source>
        <translation>تعذّر نقل المكتبة إلى {folder}؛ ولم يُزَل شيء من {old}.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Added by hand</source>
        <translation>مضافة يدويًا</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>الأقدم أولًا</translation>
    </message>
    <message>
        <source>By style</source>
        <translation>حسب النمط</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a heading: the headshots made that month</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Filter by photo</source>
        <translation>التصفية حسب الصورة</translation>
    </message>
    <message>
        <source>Filter by style</source>
        <translation>التصفية حسب النمط</translation>
    </message>
    <message>
        <source>Sort and group</source>
        <translation>الفرز والتجميع</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ ا&amp;حتفاظ</translation>
    </message>
    <message>
        <source>Keep the selected headshots</source>
        <translation>الاحتفاظ بالصور الاحترافية المحددة</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move the selected headshots to the trash</source>
        <translation>نقل الصور الاحترافية المحددة إلى سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>النمط:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>الفرز:</translation>
    </message>
    <message>
        <source>He&amp;adshots</source>
        <translation>الصور الا&amp;حترافية</translation>
    </message>
    <message>
        <source>&amp;Originals</source>
        <translation>الصور الأ&amp;صلية</translation>
    </message>
    <message>
        <source>The photos you brought in: see, keep or move them to the trash</source>
        <translation>الصور التي أدخلتها: اعرضها أو احتفظ بها أو انقلها إلى سلة المهملات</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>كل الصور</translation>
    </message>
    <message>
        <source>{photo} · {time}</source>
        <comment>a photo and when it was brought in</comment>
        <translation>{photo} · {time}</translation>
    </message>
    <message>
        <source>All styles</source>
        <translation>كل الأنماط</translation>
    </message>
    <message>
        <source>He&amp;adshots ({count})</source>
        <translation>الصور الا&amp;حترافية ({count})</translation>
    </message>
    <message>
        <source>&amp;Originals ({count})</source>
        <translation>الصور الأ&amp;صلية ({count})</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>headshots shown of all</comment>
        <translation>{shown} من {total}</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>المكتبة غير متاحة</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Not everything chosen could be moved to the trash.</source>
        <translation>تعذّر نقل كل ما اخترته إلى سلة المهملات.</translation>
    </message>
    <message>
        <source>Moved {photos} and {headshots} to the trash.</source>
        <translation>نُقلت {photos} و{headshots} إلى سلة المهملات.</translation>
    </message>
    <message>
        <source>Moved nothing to the trash.</source>
        <translation>لم يُنقل شيء إلى سلة المهملات.</translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>Another photo of you</source>
        <translation>صورة أخرى لك</translation>
    </message>
    <message>
        <source>Reading the further photo and removing its metadata…</source>
        <translation>جارٍ قراءة الصورة الإضافية وإزالة بياناتها الوصفية…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API key and library</source>
        <translation>مفتاح API والمكتبة</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2 · Style&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;2 · النمط&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation>فتح صورة سيلفي</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a photo first, then paste.</source>
        <translation>لا تحتوي الحافظة على صورة. انسخ صورة أولًا، ثم الصقها.</translation>
    </message>
    <message>
        <source>Reading the photo and removing its metadata…</source>
        <translation>جارٍ قراءة الصورة وإزالة بياناتها الوصفية…</translation>
    </message>
</context>
<context>
    <name>MorePixels</name>
    <message>
        <source>Makes this headshot again at the highest detail level your provider offers, at the size this needs where it makes one that large: a paid request, its cost shown before it is sent.</source>
        <translation>يصنع هذه الصورة الاحترافية مجددًا بأعلى مستوى تفاصيل يقدمه مزوّدك، وبالمقاس المطلوب إن كان يصنع صورًا بهذا الحجم: طلب مدفوع، تُعرض تكلفته قبل إرساله.</translation>
    </message>
    <message>
        <source>Exports it anyway, enlarged: bigger, but no sharper.</source>
        <translation>يصدّرها على أي حال، مكبَّرة: أكبر، لكنها ليست أوضح.</translation>
    </message>
    <message>
        <source>Enlarged: the file gets {needed} pixels made from {available}. It looks softer than a headshot made at that size, most of all in print, and adds no detail.</source>
        <translation>مكبَّرة: يحصل الملف على {needed} بكسل مصنوعة من {available}. تبدو أقل حدة من صورة احترافية صُنعت بذلك المقاس، خاصة عند الطباعة، ولا تضيف أي تفاصيل.</translation>
    </message>
    <message>
        <source>Not enough pixels</source>
        <translation>لا توجد بكسلات كافية</translation>
    </message>
    <message>
        <source>Final in &amp;high detail…</source>
        <translation>نسخة نهائية بتفاصيل &amp;عالية…</translation>
    </message>
    <message>
        <source>Enlarge &amp;anyway</source>
        <translation>تكبير على &amp;أي حال</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Make it again in high detail, or enlarge it anyway: a plain enlargement looks softer and adds no detail.</source>
        <translation>{name}{problem} {reach}اصنعها مجددًا بتفاصيل عالية، أو كبّرها على أي حال: التكبير العادي يبدو أقل حدة ولا يضيف تفاصيل.</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Enlarge it anyway (a plain enlargement looks softer and adds no detail), or choose a provider that makes larger images.</source>
        <translation>{name}{problem} {reach}كبّرها على أي حال (التكبير العادي يبدو أقل حدة ولا يضيف تفاصيل)، أو اختر مزوّدًا يصنع صورًا أكبر.</translation>
    </message>
</context>
<context>
    <name>NewestDrawing</name>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>تعذّر رسم المعاينة.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>See the log for details.</source>
        <translation>راجع السجل لمعرفة التفاصيل.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Image provider</source>
        <translation>مزوّد الصور</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>عدد البدائل</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Choose a photo and a style.</source>
        <translation>اختر صورة ونمطًا.</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>&amp;Generate  (Ctrl+Enter)</source>
        <translation>&amp;توليد  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Generate headshots</source>
        <translation>توليد صور احترافية</translation>
    </message>
    <message>
        <source>Where your photo goes</source>
        <translation>أين تذهب صورتك</translation>
    </message>
    <message>
        <source>Features to keep in every headshot</source>
        <translation>ملامح يجب الحفاظ عليها في كل صورة احترافية</translation>
    </message>
    <message>
        <source>C&amp;ompare…</source>
        <translation>م&amp;قارنة…</translation>
    </message>
    <message>
        <source>Make this style with several providers at once, side by side</source>
        <translation>صنع هذا النمط بعدة مزوّدين في آن واحد، جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;مزيد من الخيارات</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>ال&amp;مزوّد:</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>ال&amp;بدائل:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>ال&amp;تفاصيل:</translation>
    </message>
    <message>
        <source>Sh&amp;ape:</source>
        <translation>ال&amp;شكل:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3 · Options&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;3 · الخيارات&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <comment>a provider&apos;s option, before its choices</comment>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>&amp;More options ({count})</source>
        <translation>&amp;مزيد من الخيارات ({count})</translation>
    </message>
</context>
<context>
    <name>OriginalsModel</name>
    <message>
        <source>No headshots yet</source>
        <translation>لا صور احترافية بعد</translation>
    </message>
    <message>
        <source>no headshots yet</source>
        <translation>لا صور احترافية بعد</translation>
    </message>
    <message>
        <source>Brought in {time}</source>
        <translation>أُدخلت {time}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>الملف: {name}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting</source>
        <translation>★ محتفَظ بها: لا يزيلها إعداد مدة الحفظ أبدًا</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>لا يمكن قراءة الملف</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Original photos</source>
        <translation>الصور الأصلية</translation>
    </message>
    <message>
        <source>&lt;small&gt;The photos you brought in, without their metadata. Headshots are made from these.&lt;/small&gt;</source>
        <translation>&lt;small&gt;الصور التي أدخلتها، دون بياناتها الوصفية. منها تُصنع الصور الاحترافية.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ ا&amp;حتفاظ</translation>
    </message>
    <message>
        <source>Keep the selected photos</source>
        <translation>الاحتفاظ بالصور المحددة</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>نقل إلى &amp;سلة المهملات…</translation>
    </message>
    <message>
        <source>Move the selected photos to the trash; you choose whether their headshots go too</source>
        <translation>نقل الصور المحددة إلى سلة المهملات؛ وتختار أنت هل تُنقل صورها الاحترافية أيضًا</translation>
    </message>
    <message>
        <source>Show &amp;its headshots</source>
        <translation>إظهار &amp;صورها الاحترافية</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
</context>
<context>
    <name>OriginalsTrash</name>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>لا تزال قيد الاستخدام</translation>
    </message>
    <message>
        <source>Move the photo “{name}” to the trash?</source>
        <translation>نقل الصورة «{name}» إلى سلة المهملات؟</translation>
    </message>
    <message>
        <source>No headshots were made from it. You can get it back from the system trash.</source>
        <translation>لم تُصنع منها أي صورة احترافية. يمكنك استعادتها من سلة مهملات النظام.</translation>
    </message>
    <message>
        <source>No headshots were made from them. You can get them back from the system trash.</source>
        <translation>لم تُصنع منها أي صور احترافية. يمكنك استعادتها من سلة مهملات النظام.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Photo and headshots</source>
        <translation>الصورة وصورها الاحترافية</translation>
    </message>
    <message>
        <source>Photos and headshots</source>
        <translation>الصور وصورها الاحترافية</translation>
    </message>
    <message>
        <source>Only the photo</source>
        <translation>الصورة فقط</translation>
    </message>
    <message>
        <source>Only the photos</source>
        <translation>الصور فقط</translation>
    </message>
</context>
<context>
    <name>PeopleControl</name>
    <message>
        <source>Lists of people (*.csv);;All files (*)</source>
        <translation>قوائم الأشخاص (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>إضافة أشخاص عبر صورهم</translation>
    </message>
    <message>
        <source>Add everyone in a folder</source>
        <translation>إضافة كل من في مجلد</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>إضافة أشخاص من قائمة</translation>
    </message>
    <message>
        <source>The people in {file} could not be read.</source>
        <translation>تعذّرت قراءة الأشخاص في {file}.</translation>
    </message>
    <message>
        <source>These photos could not be added.</source>
        <translation>تعذّرت إضافة هذه الصور.</translation>
    </message>
    <message>
        <source>No photos were found there. Add photos (JPEG, PNG, WebP, HEIC…) or a folder holding them.</source>
        <translation>لم يُعثر على صور هناك. أضف صورًا (JPEG وPNG وWebP وHEIC…) أو مجلدًا يحتويها.</translation>
    </message>
    <message>
        <source>These people could not be added to the batch.</source>
        <translation>تعذّرت إضافة هؤلاء الأشخاص إلى الدفعة.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people.</source>
        <translation>أوقف الدفعة أولًا لإزالة أشخاص.</translation>
    </message>
    <message>
        <source>Only people still queued can be removed: the others have been run.</source>
        <translation>لا يمكن إزالة إلا الأشخاص الذين لا يزالون في الانتظار: أما الآخرون فقد عولجوا.</translation>
    </message>
    <message>
        <source>Remove from the batch?</source>
        <translation>إزالة من الدفعة؟</translation>
    </message>
    <message>
        <source>Remove {names} from the batch?</source>
        <translation>إزالة {names} من الدفعة؟</translation>
    </message>
    <message>
        <source>These people could not be removed from the batch.</source>
        <translation>تعذّرت إزالة هؤلاء الأشخاص من الدفعة.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>البدائل</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>{heading}: none</source>
        <translation>{heading}: لا شيء</translation>
    </message>
    <message>
        <source>{heading}: {value}</source>
        <translation>{heading}: {value}</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>People in the batch</source>
        <translation>الأشخاص في الدفعة</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>Select a person to see their variants; press Enter, then 1–4, to pick the best one.</source>
        <translation>حدد شخصًا لرؤية بدائله؛ اضغط Enter، ثم 1–4، لاختيار أفضلها.</translation>
    </message>
    <message>
        <source>Ad&amp;just crop…</source>
        <translation>&amp;ضبط الاقتصاص…</translation>
    </message>
    <message>
        <source>Adjust how this person&apos;s headshot is framed</source>
        <translation>ضبط تأطير الصورة الاحترافية لهذا الشخص</translation>
    </message>
    <message>
        <source>The choice for {name} could not be saved.</source>
        <translation>تعذّر حفظ الاختيار لـ {name}.</translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <source>camera photo</source>
        <translation>صورة الكاميرا</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>صورة ملصقة</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>صورة مسحوبة</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Chosen photo; drop or click to replace it</source>
        <translation>الصورة المختارة؛ أفلت صورة أو انقر لاستبدالها</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>حالة الصورة</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open a photo file</source>
        <translation>فتح ملف صورة</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>لصق صورة</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>ال&amp;كاميرا…</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>التقاط صورة بالكاميرا</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1 · Your photo&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;1 · صورتك&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · metadata removed. Drop another photo to replace it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · أُزيلت البيانات الوصفية. أفلت صورة أخرى لاستبدالها.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Copied %n headshot(s) to the clipboard as {made_as}.</source>
        <translation>
            <numerusform>نُسخت %n صورة احترافية إلى الحافظة بصيغة {made_as}.</numerusform>
            <numerusform>نُسخت صورة احترافية واحدة إلى الحافظة بصيغة {made_as}.</numerusform>
            <numerusform>نُسخت صورتان احترافيتان إلى الحافظة بصيغة {made_as}.</numerusform>
            <numerusform>نُسخت %n صور احترافية إلى الحافظة بصيغة {made_as}.</numerusform>
            <numerusform>نُسخت %n صورة احترافية إلى الحافظة بصيغة {made_as}.</numerusform>
            <numerusform>نُسخت %n صورة احترافية إلى الحافظة بصيغة {made_as}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be copied.</source>
        <translation>
            <numerusform>تعذّر نسخ %n صورة احترافية.</numerusform>
            <numerusform>تعذّر نسخ الصورة الاحترافية.</numerusform>
            <numerusform>تعذّر نسخ الصورتين الاحترافيتين.</numerusform>
            <numerusform>تعذّر نسخ %n صور احترافية.</numerusform>
            <numerusform>تعذّر نسخ %n صورة احترافية.</numerusform>
            <numerusform>تعذّر نسخ %n صورة احترافية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be made ready to drag.</source>
        <translation>
            <numerusform>تعذّر تجهيز %n صورة احترافية للسحب.</numerusform>
            <numerusform>تعذّر تجهيز الصورة الاحترافية للسحب.</numerusform>
            <numerusform>تعذّر تجهيز الصورتين الاحترافيتين للسحب.</numerusform>
            <numerusform>تعذّر تجهيز %n صور احترافية للسحب.</numerusform>
            <numerusform>تعذّر تجهيز %n صورة احترافية للسحب.</numerusform>
            <numerusform>تعذّر تجهيز %n صورة احترافية للسحب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making {number} of %n headshot(s) ready to drag…</source>
        <translation>
            <numerusform>جارٍ تجهيز الصور الاحترافية للسحب ({number} من %n)…</numerusform>
            <numerusform>جارٍ تجهيز الصورة الاحترافية للسحب ({number} من %n)…</numerusform>
            <numerusform>جارٍ تجهيز الصورتين الاحترافيتين للسحب ({number} من %n)…</numerusform>
            <numerusform>جارٍ تجهيز الصور الاحترافية للسحب ({number} من %n)…</numerusform>
            <numerusform>جارٍ تجهيز الصور الاحترافية للسحب ({number} من %n)…</numerusform>
            <numerusform>جارٍ تجهيز الصور الاحترافية للسحب ({number} من %n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be dragged out.</source>
        <translation>
            <numerusform>تعذّر سحب %n صورة احترافية إلى الخارج.</numerusform>
            <numerusform>تعذّر سحب الصورة الاحترافية إلى الخارج.</numerusform>
            <numerusform>تعذّر سحب الصورتين الاحترافيتين إلى الخارج.</numerusform>
            <numerusform>تعذّر سحب %n صور احترافية إلى الخارج.</numerusform>
            <numerusform>تعذّر سحب %n صورة احترافية إلى الخارج.</numerusform>
            <numerusform>تعذّر سحب %n صورة احترافية إلى الخارج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n صورة أصلية</numerusform>
            <numerusform>صورة أصلية واحدة</numerusform>
            <numerusform>صورتان أصليتان</numerusform>
            <numerusform>%n صور أصلية</numerusform>
            <numerusform>%n صورة أصلية</numerusform>
            <numerusform>%n صورة أصلية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s)</source>
        <translation>
            <numerusform>%n صورة احترافية</numerusform>
            <numerusform>صورة احترافية واحدة</numerusform>
            <numerusform>صورتان احترافيتان</numerusform>
            <numerusform>%n صور احترافية</numerusform>
            <numerusform>%n صورة احترافية</numerusform>
            <numerusform>%n صورة احترافية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) and headshot(s) you deleted in {app} earlier are still in the system trash.</source>
        <translation>
            <numerusform>لا يزال في سلة مهملات النظام %n من الصور والصور الاحترافية التي حذفتها في {app} سابقًا.</numerusform>
            <numerusform>لا تزال في سلة مهملات النظام صورة واحدة (أصلية أو احترافية) حذفتها في {app} سابقًا.</numerusform>
            <numerusform>لا يزال في سلة مهملات النظام %n من الصور والصور الاحترافية التي حذفتها في {app} سابقًا.</numerusform>
            <numerusform>لا يزال في سلة مهملات النظام %n من الصور والصور الاحترافية التي حذفتها في {app} سابقًا.</numerusform>
            <numerusform>لا يزال في سلة مهملات النظام %n من الصور والصور الاحترافية التي حذفتها في {app} سابقًا.</numerusform>
            <numerusform>لا يزال في سلة مهملات النظام %n من الصور والصور الاحترافية التي حذفتها في {app} سابقًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in {folder}:</source>
        <translation>
            <numerusform>%n من الملفات موجودة بالفعل في {folder}:</numerusform>
            <numerusform>ملف واحد موجود بالفعل في {folder}:</numerusform>
            <numerusform>ملفان موجودان بالفعل في {folder}:</numerusform>
            <numerusform>%n من الملفات موجودة بالفعل في {folder}:</numerusform>
            <numerusform>%n من الملفات موجودة بالفعل في {folder}:</numerusform>
            <numerusform>%n من الملفات موجودة بالفعل في {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Show Details).</source>
        <translation>
            <numerusform>و%n غيرها (انظر «إظهار التفاصيل»).</numerusform>
            <numerusform>وواحد آخر (انظر «إظهار التفاصيل»).</numerusform>
            <numerusform>واثنان آخران (انظر «إظهار التفاصيل»).</numerusform>
            <numerusform>و%n أخرى (انظر «إظهار التفاصيل»).</numerusform>
            <numerusform>و%n غيرها (انظر «إظهار التفاصيل»).</numerusform>
            <numerusform>و%n غيرها (انظر «إظهار التفاصيل»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} و%n غيرها</numerusform>
            <numerusform>{names} وواحد آخر</numerusform>
            <numerusform>{names} واثنان آخران</numerusform>
            <numerusform>{names} و%n أخرى</numerusform>
            <numerusform>{names} و%n غيرها</numerusform>
            <numerusform>{names} و%n غيرها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s): {names}.</source>
        <translation>
            <numerusform>سيكتب %n ملف: {names}.</numerusform>
            <numerusform>سيكتب ملفًا واحدًا: {names}.</numerusform>
            <numerusform>سيكتب ملفين: {names}.</numerusform>
            <numerusform>سيكتب %n ملفات: {names}.</numerusform>
            <numerusform>سيكتب %n ملفًا: {names}.</numerusform>
            <numerusform>سيكتب %n ملف: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n headshot(s)</source>
        <translation>
            <numerusform>تصدير %n صورة احترافية</numerusform>
            <numerusform>تصدير صورة احترافية واحدة</numerusform>
            <numerusform>تصدير صورتين احترافيتين</numerusform>
            <numerusform>تصدير %n صور احترافية</numerusform>
            <numerusform>تصدير %n صورة احترافية</numerusform>
            <numerusform>تصدير %n صورة احترافية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}.</source>
        <translation>
            <numerusform>صُدِّر %n ملف إلى {folder}.</numerusform>
            <numerusform>صُدِّر ملف واحد إلى {folder}.</numerusform>
            <numerusform>صُدِّر ملفان إلى {folder}.</numerusform>
            <numerusform>صُدِّر %n ملفات إلى {folder}.</numerusform>
            <numerusform>صُدِّر %n ملفًا إلى {folder}.</numerusform>
            <numerusform>صُدِّر %n ملف إلى {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) already there: {names}.</source>
        <translation>
            <numerusform>تُخطّي %n ملف موجود بالفعل: {names}.</numerusform>
            <numerusform>تُخطّي ملف واحد موجود بالفعل: {names}.</numerusform>
            <numerusform>تُخطّي ملفان موجودان بالفعل: {names}.</numerusform>
            <numerusform>تُخطّي %n ملفات موجودة بالفعل: {names}.</numerusform>
            <numerusform>تُخطّي %n ملفًا موجودًا بالفعل: {names}.</numerusform>
            <numerusform>تُخطّي %n ملف موجود بالفعل: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the export before the other %n.</source>
        <translation>
            <numerusform>أوقفت التصدير قبل الملفات الـ%n الأخرى.</numerusform>
            <numerusform>أوقفت التصدير قبل الملف الأخير.</numerusform>
            <numerusform>أوقفت التصدير قبل الملفين الآخرين.</numerusform>
            <numerusform>أوقفت التصدير قبل الملفات الـ%n الأخرى.</numerusform>
            <numerusform>أوقفت التصدير قبل الملفات الـ%n الأخرى.</numerusform>
            <numerusform>أوقفت التصدير قبل الملفات الـ%n الأخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were exported before this: {names}. Export again to go on with the rest.</source>
        <translation>
            <numerusform>صُدِّر %n ملف قبل ذلك: {names}. صدِّر مجددًا لمتابعة البقية.</numerusform>
            <numerusform>صُدِّر ملف واحد قبل ذلك: {names}. صدِّر مجددًا لمتابعة البقية.</numerusform>
            <numerusform>صُدِّر ملفان قبل ذلك: {names}. صدِّر مجددًا لمتابعة البقية.</numerusform>
            <numerusform>صُدِّر %n ملفات قبل ذلك: {names}. صدِّر مجددًا لمتابعة البقية.</numerusform>
            <numerusform>صُدِّر %n ملفًا قبل ذلك: {names}. صدِّر مجددًا لمتابعة البقية.</numerusform>
            <numerusform>صُدِّر %n ملف قبل ذلك: {names}. صدِّر مجددًا لمتابعة البقية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n feature(s)…</source>
        <translation>
            <numerusform>الحفاظ على %n ملمح…</numerusform>
            <numerusform>الحفاظ على ملمح واحد…</numerusform>
            <numerusform>الحفاظ على ملمحين…</numerusform>
            <numerusform>الحفاظ على %n ملامح…</numerusform>
            <numerusform>الحفاظ على %n ملمحًا…</numerusform>
            <numerusform>الحفاظ على %n ملمح…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are still in use, so nothing was moved to the trash.</source>
        <translation>
            <numerusform>لا تزال {names} قيد الاستخدام، لذا لم يُنقل شيء إلى سلة المهملات.</numerusform>
            <numerusform>لا تزال {names} قيد الاستخدام، لذا لم يُنقل شيء إلى سلة المهملات.</numerusform>
            <numerusform>لا تزال {names} قيد الاستخدام، لذا لم يُنقل شيء إلى سلة المهملات.</numerusform>
            <numerusform>لا تزال {names} قيد الاستخدام، لذا لم يُنقل شيء إلى سلة المهملات.</numerusform>
            <numerusform>لا تزال {names} قيد الاستخدام، لذا لم يُنقل شيء إلى سلة المهملات.</numerusform>
            <numerusform>لا تزال {names} قيد الاستخدام، لذا لم يُنقل شيء إلى سلة المهملات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</source>
        <translation>
            <numerusform>إنها مفتوحة في صفحة «إنشاء»، أو لا تزال عملية توليد تحتاج إليها. افتح صورة أخرى، أو انتظر انتهاء العملية، ثم حاول مجددًا.</numerusform>
            <numerusform>إنها مفتوحة في صفحة «إنشاء»، أو لا تزال عملية توليد تحتاج إليها. افتح صورة أخرى، أو انتظر انتهاء العملية، ثم حاول مجددًا.</numerusform>
            <numerusform>إنهما مفتوحتان في صفحة «إنشاء»، أو لا تزال عملية توليد تحتاج إليهما. افتح صورة أخرى، أو انتظر انتهاء العملية، ثم حاول مجددًا.</numerusform>
            <numerusform>إنها مفتوحة في صفحة «إنشاء»، أو لا تزال عملية توليد تحتاج إليها. افتح صورة أخرى، أو انتظر انتهاء العملية، ثم حاول مجددًا.</numerusform>
            <numerusform>إنها مفتوحة في صفحة «إنشاء»، أو لا تزال عملية توليد تحتاج إليها. افتح صورة أخرى، أو انتظر انتهاء العملية، ثم حاول مجددًا.</numerusform>
            <numerusform>إنها مفتوحة في صفحة «إنشاء»، أو لا تزال عملية توليد تحتاج إليها. افتح صورة أخرى، أو انتظر انتهاء العملية، ثم حاول مجددًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from it. Move them to the trash as well, or keep them in the library without its photo?</source>
        <translation>
            <numerusform>صُنعت منها %n صورة احترافية. هل تريد نقلها إلى سلة المهملات أيضًا، أم إبقاءها في المكتبة دون الصورة الأصلية؟</numerusform>
            <numerusform>صُنعت منها صورة احترافية واحدة. هل تريد نقلها إلى سلة المهملات أيضًا، أم إبقاءها في المكتبة دون الصورة الأصلية؟</numerusform>
            <numerusform>صُنعت منها صورتان احترافيتان. هل تريد نقلهما إلى سلة المهملات أيضًا، أم إبقاءهما في المكتبة دون الصورة الأصلية؟</numerusform>
            <numerusform>صُنعت منها %n صور احترافية. هل تريد نقلها إلى سلة المهملات أيضًا، أم إبقاءها في المكتبة دون الصورة الأصلية؟</numerusform>
            <numerusform>صُنعت منها %n صورة احترافية. هل تريد نقلها إلى سلة المهملات أيضًا، أم إبقاءها في المكتبة دون الصورة الأصلية؟</numerusform>
            <numerusform>صُنعت منها %n صورة احترافية. هل تريد نقلها إلى سلة المهملات أيضًا، أم إبقاءها في المكتبة دون الصورة الأصلية؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from them. Move them to the trash as well, or keep them in the library without their photo?</source>
        <translation>
            <numerusform>صُنعت منها %n صورة احترافية. هل تريد نقلها إلى سلة المهملات أيضًا، أم إبقاءها في المكتبة دون صورها الأصلية؟</numerusform>
            <numerusform>صُنعت منها صورة احترافية واحدة. هل تريد نقلها إلى سلة المهملات أيضًا، أم إبقاءها في المكتبة دون صورها الأصلية؟</numerusform>
            <numerusform>صُنعت منها صورتان احترافيتان. هل تريد نقلهما إلى سلة المهملات أيضًا، أم إبقاءهما في المكتبة دون صورهما الأصلية؟</numerusform>
            <numerusform>صُنعت منها %n صور احترافية. هل تريد نقلها إلى سلة المهملات أيضًا، أم إبقاءها في المكتبة دون صورها الأصلية؟</numerusform>
            <numerusform>صُنعت منها %n صورة احترافية. هل تريد نقلها إلى سلة المهملات أيضًا، أم إبقاءها في المكتبة دون صورها الأصلية؟</numerusform>
            <numerusform>صُنعت منها %n صورة احترافية. هل تريد نقلها إلى سلة المهملات أيضًا، أم إبقاءها في المكتبة دون صورها الأصلية؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash?</source>
        <translation>
            <numerusform>نقل %n صورة إلى سلة المهملات؟</numerusform>
            <numerusform>نقل صورة واحدة إلى سلة المهملات؟</numerusform>
            <numerusform>نقل صورتين إلى سلة المهملات؟</numerusform>
            <numerusform>نقل %n صور إلى سلة المهملات؟</numerusform>
            <numerusform>نقل %n صورة إلى سلة المهملات؟</numerusform>
            <numerusform>نقل %n صورة إلى سلة المهملات؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are marked Keep: {names}.</source>
        <translation>
            <numerusform>%n منها مُعلَّمة بـ«احتفاظ»: {names}.</numerusform>
            <numerusform>واحدة منها مُعلَّمة بـ«احتفاظ»: {names}.</numerusform>
            <numerusform>اثنتان منها مُعلَّمتان بـ«احتفاظ»: {names}.</numerusform>
            <numerusform>%n منها مُعلَّمة بـ«احتفاظ»: {names}.</numerusform>
            <numerusform>%n منها مُعلَّمة بـ«احتفاظ»: {names}.</numerusform>
            <numerusform>%n منها مُعلَّمة بـ«احتفاظ»: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move your library (%n photo(s)) to {folder}?</source>
        <translation>
            <numerusform>نقل مكتبتك (%n صورة) إلى {folder}؟</numerusform>
            <numerusform>نقل مكتبتك (صورة واحدة) إلى {folder}؟</numerusform>
            <numerusform>نقل مكتبتك (صورتان) إلى {folder}؟</numerusform>
            <numerusform>نقل مكتبتك (%n صور) إلى {folder}؟</numerusform>
            <numerusform>نقل مكتبتك (%n صورة) إلى {folder}؟</numerusform>
            <numerusform>نقل مكتبتك (%n صورة) إلى {folder}؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving your library to {folder}…
{done} of %n file(s) copied and checked.</source>
        <translation>
            <numerusform>جارٍ نقل مكتبتك إلى {folder}…
نُسخ وفُحص {done} من أصل %n ملف.</numerusform>
            <numerusform>جارٍ نقل مكتبتك إلى {folder}…
نُسخ وفُحص {done} من أصل ملف واحد.</numerusform>
            <numerusform>جارٍ نقل مكتبتك إلى {folder}…
نُسخ وفُحص {done} من أصل ملفين.</numerusform>
            <numerusform>جارٍ نقل مكتبتك إلى {folder}…
نُسخ وفُحص {done} من أصل %n ملفات.</numerusform>
            <numerusform>جارٍ نقل مكتبتك إلى {folder}…
نُسخ وفُحص {done} من أصل %n ملفًا.</numerusform>
            <numerusform>جارٍ نقل مكتبتك إلى {folder}…
نُسخ وفُحص {done} من أصل %n ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to {folder}.</source>
        <translation>
            <numerusform>نُقلت %n صورة إلى {folder}.</numerusform>
            <numerusform>نُقلت صورة واحدة إلى {folder}.</numerusform>
            <numerusform>نُقلت صورتان إلى {folder}.</numerusform>
            <numerusform>نُقلت %n صور إلى {folder}.</numerusform>
            <numerusform>نُقلت %n صورة إلى {folder}.</numerusform>
            <numerusform>نُقلت %n صورة إلى {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Keep mark(s) could not be changed.</source>
        <translation>
            <numerusform>تعذّر تغيير علامات «احتفاظ».</numerusform>
            <numerusform>تعذّر تغيير علامة «احتفاظ».</numerusform>
            <numerusform>تعذّر تغيير علامتَي «احتفاظ».</numerusform>
            <numerusform>تعذّر تغيير علامات «احتفاظ».</numerusform>
            <numerusform>تعذّر تغيير علامات «احتفاظ».</numerusform>
            <numerusform>تعذّر تغيير علامات «احتفاظ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n صورة</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to the trash.</source>
        <translation>
            <numerusform>نُقلت %n صورة إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت صورة واحدة إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت صورتان إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت %n صور إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت %n صورة إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت %n صورة إلى سلة المهملات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) to the trash.</source>
        <translation>
            <numerusform>نُقلت %n صورة احترافية إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت صورة احترافية واحدة إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت صورتان احترافيتان إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت %n صور احترافية إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت %n صورة احترافية إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت %n صورة احترافية إلى سلة المهملات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further photo(s) of you will go with this one, metadata removed.</source>
        <translation>
            <numerusform>ستُرسَل مع هذه الصورة %n صورة أخرى لك، بعد إزالة بياناتها الوصفية.</numerusform>
            <numerusform>ستُرسَل مع هذه الصورة صورة أخرى لك، بعد إزالة بياناتها الوصفية.</numerusform>
            <numerusform>ستُرسَل مع هذه الصورة صورتان أخريان لك، بعد إزالة بياناتهما الوصفية.</numerusform>
            <numerusform>ستُرسَل مع هذه الصورة %n صور أخرى لك، بعد إزالة بياناتها الوصفية.</numerusform>
            <numerusform>ستُرسَل مع هذه الصورة %n صورة أخرى لك، بعد إزالة بياناتها الوصفية.</numerusform>
            <numerusform>ستُرسَل مع هذه الصورة %n صورة أخرى لك، بعد إزالة بياناتها الوصفية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library index was rebuilt from your files; %n headshot(s) got their style, prompt and cost back.</source>
        <translation>
            <numerusform>أُعيد بناء فهرس المكتبة من ملفاتك؛ واستعادت %n صورة احترافية نمطها وموجِّهها وتكلفتها.</numerusform>
            <numerusform>أُعيد بناء فهرس المكتبة من ملفاتك؛ واستعادت صورة احترافية واحدة نمطها وموجِّهها وتكلفتها.</numerusform>
            <numerusform>أُعيد بناء فهرس المكتبة من ملفاتك؛ واستعادت صورتان احترافيتان نمطهما وموجِّههما وتكلفتهما.</numerusform>
            <numerusform>أُعيد بناء فهرس المكتبة من ملفاتك؛ واستعادت %n صور احترافية نمطها وموجِّهها وتكلفتها.</numerusform>
            <numerusform>أُعيد بناء فهرس المكتبة من ملفاتك؛ واستعادت %n صورة احترافية نمطها وموجِّهها وتكلفتها.</numerusform>
            <numerusform>أُعيد بناء فهرس المكتبة من ملفاتك؛ واستعادت %n صورة احترافية نمطها وموجِّهها وتكلفتها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not: {names}.</source>
        <translation>
            <numerusform>تعذّر ذلك على %n منها: {names}.</numerusform>
            <numerusform>تعذّر ذلك على واحدة منها: {names}.</numerusform>
            <numerusform>تعذّر ذلك على اثنتين منها: {names}.</numerusform>
            <numerusform>تعذّر ذلك على %n منها: {names}.</numerusform>
            <numerusform>تعذّر ذلك على %n منها: {names}.</numerusform>
            <numerusform>تعذّر ذلك على %n منها: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the library folder were not followed.</source>
        <translation>
            <numerusform>لم يُتبَع %n رابط في مجلد المكتبة.</numerusform>
            <numerusform>لم يُتبَع رابط واحد في مجلد المكتبة.</numerusform>
            <numerusform>لم يُتبَع رابطان في مجلد المكتبة.</numerusform>
            <numerusform>لم يُتبَع %n روابط في مجلد المكتبة.</numerusform>
            <numerusform>لم يُتبَع %n رابطًا في مجلد المكتبة.</numerusform>
            <numerusform>لم يُتبَع %n رابط في مجلد المكتبة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More options: the %n option(s) {provider} has</source>
        <translation>
            <numerusform>مزيد من الخيارات: %n خيار لدى {provider}</numerusform>
            <numerusform>مزيد من الخيارات: خيار واحد لدى {provider}</numerusform>
            <numerusform>مزيد من الخيارات: خياران لدى {provider}</numerusform>
            <numerusform>مزيد من الخيارات: %n خيارات لدى {provider}</numerusform>
            <numerusform>مزيد من الخيارات: %n خيارًا لدى {provider}</numerusform>
            <numerusform>مزيد من الخيارات: %n خيار لدى {provider}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on your server at {hosts}; nothing is sent to any cloud service.</source>
        <translation>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: %n صورة تُصنع على خادمك في {hosts}؛ لا يُرسَل شيء إلى أي خدمة سحابية.</numerusform>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: صورة واحدة تُصنع على خادمك في {hosts}؛ لا يُرسَل شيء إلى أي خدمة سحابية.</numerusform>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: صورتان تُصنعان على خادمك في {hosts}؛ لا يُرسَل شيء إلى أي خدمة سحابية.</numerusform>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: %n صور تُصنع على خادمك في {hosts}؛ لا يُرسَل شيء إلى أي خدمة سحابية.</numerusform>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: %n صورة تُصنع على خادمك في {hosts}؛ لا يُرسَل شيء إلى أي خدمة سحابية.</numerusform>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: %n صورة تُصنع على خادمك في {hosts}؛ لا يُرسَل شيء إلى أي خدمة سحابية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on this computer by {title}.</source>
        <translation>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: %n صورة يصنعها {title} على هذا الحاسوب.</numerusform>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: صورة واحدة يصنعها {title} على هذا الحاسوب.</numerusform>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: صورتان يصنعهما {title} على هذا الحاسوب.</numerusform>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: %n صور يصنعها {title} على هذا الحاسوب.</numerusform>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: %n صورة يصنعها {title} على هذا الحاسوب.</numerusform>
            <numerusform>التكلفة: &lt;b&gt;مجانية&lt;/b&gt;: %n صورة يصنعها {title} على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title} with your key.</source>
        <translation>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل %n صورة، تُدفع إلى {title} بمفتاحك.</numerusform>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل صورة واحدة، تُدفع إلى {title} بمفتاحك.</numerusform>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل صورتين، تُدفع إلى {title} بمفتاحك.</numerusform>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل %n صور، تُدفع إلى {title} بمفتاحك.</numerusform>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل %n صورة، تُدفع إلى {title} بمفتاحك.</numerusform>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل %n صورة، تُدفع إلى {title} بمفتاحك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title}.</source>
        <translation>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل %n صورة، تُدفع إلى {title}.</numerusform>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل صورة واحدة، تُدفع إلى {title}.</numerusform>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل صورتين، تُدفع إلى {title}.</numerusform>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل %n صور، تُدفع إلى {title}.</numerusform>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل %n صورة، تُدفع إلى {title}.</numerusform>
            <numerusform>التكلفة التقديرية: &lt;b&gt;{price}&lt;/b&gt; مقابل %n صورة، تُدفع إلى {title}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</source>
        <translation>
            <numerusform>حُفظت في {folder} %n صورة احترافية دفعت ثمنها، لأن المكتبة لم تستطع استقبالها حينها. هل تريد نقلها إلى المكتبة الآن؟</numerusform>
            <numerusform>حُفظت في {folder} صورة احترافية واحدة دفعت ثمنها، لأن المكتبة لم تستطع استقبالها حينها. هل تريد نقلها إلى المكتبة الآن؟</numerusform>
            <numerusform>حُفظت في {folder} صورتان احترافيتان دفعت ثمنهما، لأن المكتبة لم تستطع استقبالهما حينها. هل تريد نقلهما إلى المكتبة الآن؟</numerusform>
            <numerusform>حُفظت في {folder} %n صور احترافية دفعت ثمنها، لأن المكتبة لم تستطع استقبالها حينها. هل تريد نقلها إلى المكتبة الآن؟</numerusform>
            <numerusform>حُفظت في {folder} %n صورة احترافية دفعت ثمنها، لأن المكتبة لم تستطع استقبالها حينها. هل تريد نقلها إلى المكتبة الآن؟</numerusform>
            <numerusform>حُفظت في {folder} %n صورة احترافية دفعت ثمنها، لأن المكتبة لم تستطع استقبالها حينها. هل تريد نقلها إلى المكتبة الآن؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) into the library.</source>
        <translation>
            <numerusform>نُقلت %n صورة احترافية إلى المكتبة.</numerusform>
            <numerusform>نُقلت صورة احترافية واحدة إلى المكتبة.</numerusform>
            <numerusform>نُقلت صورتان احترافيتان إلى المكتبة.</numerusform>
            <numerusform>نُقلت %n صور احترافية إلى المكتبة.</numerusform>
            <numerusform>نُقلت %n صورة احترافية إلى المكتبة.</numerusform>
            <numerusform>نُقلت %n صورة احترافية إلى المكتبة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ready</source>
        <translation>
            <numerusform>%n من {total} جاهزة</numerusform>
            <numerusform>%n من {total} جاهزة</numerusform>
            <numerusform>%n من {total} جاهزة</numerusform>
            <numerusform>%n من {total} جاهزة</numerusform>
            <numerusform>%n من {total} جاهزة</numerusform>
            <numerusform>%n من {total} جاهزة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s) · {cost}</source>
        <translation>
            <numerusform>تم · %n صورة احترافية · {cost}</numerusform>
            <numerusform>تم · صورة احترافية واحدة · {cost}</numerusform>
            <numerusform>تم · صورتان احترافيتان · {cost}</numerusform>
            <numerusform>تم · %n صور احترافية · {cost}</numerusform>
            <numerusform>تم · %n صورة احترافية · {cost}</numerusform>
            <numerusform>تم · %n صورة احترافية · {cost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s)</source>
        <translation>
            <numerusform>تم · %n صورة احترافية</numerusform>
            <numerusform>تم · صورة احترافية واحدة</numerusform>
            <numerusform>تم · صورتان احترافيتان</numerusform>
            <numerusform>تم · %n صور احترافية</numerusform>
            <numerusform>تم · %n صورة احترافية</numerusform>
            <numerusform>تم · %n صورة احترافية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n headshot(s) into {folder}.</source>
        <translation>
            <numerusform>صُدِّرت %n صورة احترافية إلى {folder}.</numerusform>
            <numerusform>صُدِّرت صورة احترافية واحدة إلى {folder}.</numerusform>
            <numerusform>صُدِّرت صورتان احترافيتان إلى {folder}.</numerusform>
            <numerusform>صُدِّرت %n صور احترافية إلى {folder}.</numerusform>
            <numerusform>صُدِّرت %n صورة احترافية إلى {folder}.</numerusform>
            <numerusform>صُدِّرت %n صورة احترافية إلى {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>يتبقى نحو %n دقيقة</numerusform>
            <numerusform>يتبقى نحو دقيقة واحدة</numerusform>
            <numerusform>يتبقى نحو دقيقتين</numerusform>
            <numerusform>يتبقى نحو %n دقائق</numerusform>
            <numerusform>يتبقى نحو %n دقيقة</numerusform>
            <numerusform>يتبقى نحو %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n شخص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n بديل</numerusform>
            <numerusform>بديل واحد</numerusform>
            <numerusform>بديلان</numerusform>
            <numerusform>%n بدائل</numerusform>
            <numerusform>%n بديلًا</numerusform>
            <numerusform>%n بديل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) left</source>
        <translation>
            <numerusform>الأشخاص الـ%n المتبقون</numerusform>
            <numerusform>الشخص المتبقي</numerusform>
            <numerusform>الشخصان المتبقيان</numerusform>
            <numerusform>الأشخاص الـ%n المتبقون</numerusform>
            <numerusform>الأشخاص الـ%n المتبقون</numerusform>
            <numerusform>الأشخاص الـ%n المتبقون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;small&gt;صور إضافية لك تساعد على أن تشبهك النتيجة (اختياري، حتى %n):&lt;/small&gt;</numerusform>
            <numerusform>&lt;small&gt;صور إضافية لك تساعد على أن تشبهك النتيجة (اختياري، حتى %n):&lt;/small&gt;</numerusform>
            <numerusform>&lt;small&gt;صور إضافية لك تساعد على أن تشبهك النتيجة (اختياري، حتى %n):&lt;/small&gt;</numerusform>
            <numerusform>&lt;small&gt;صور إضافية لك تساعد على أن تشبهك النتيجة (اختياري، حتى %n):&lt;/small&gt;</numerusform>
            <numerusform>&lt;small&gt;صور إضافية لك تساعد على أن تشبهك النتيجة (اختياري، حتى %n):&lt;/small&gt;</numerusform>
            <numerusform>&lt;small&gt;صور إضافية لك تساعد على أن تشبهك النتيجة (اختياري، حتى %n):&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LinkedIn circle, %n pixel(s)</source>
        <translation>
            <numerusform>دائرة LinkedIn، %n بكسل</numerusform>
            <numerusform>دائرة LinkedIn، %n بكسل</numerusform>
            <numerusform>دائرة LinkedIn، %n بكسل</numerusform>
            <numerusform>دائرة LinkedIn، %n بكسل</numerusform>
            <numerusform>دائرة LinkedIn، %n بكسل</numerusform>
            <numerusform>دائرة LinkedIn، %n بكسل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) across</source>
        <translation>
            <numerusform>%n بكسل عرضًا</numerusform>
            <numerusform>%n بكسل عرضًا</numerusform>
            <numerusform>%n بكسل عرضًا</numerusform>
            <numerusform>%n بكسل عرضًا</numerusform>
            <numerusform>%n بكسل عرضًا</numerusform>
            <numerusform>%n بكسل عرضًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s)</source>
        <translation>
            <numerusform>%n بكسل</numerusform>
            <numerusform>%n بكسل</numerusform>
            <numerusform>%n بكسل</numerusform>
            <numerusform>%n بكسل</numerusform>
            <numerusform>%n بكسل</numerusform>
            <numerusform>%n بكسل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s), as beside a comment</source>
        <translation>
            <numerusform>%n بكسل، كما تظهر بجانب تعليق</numerusform>
            <numerusform>%n بكسل، كما تظهر بجانب تعليق</numerusform>
            <numerusform>%n بكسل، كما تظهر بجانب تعليق</numerusform>
            <numerusform>%n بكسل، كما تظهر بجانب تعليق</numerusform>
            <numerusform>%n بكسل، كما تظهر بجانب تعليق</numerusform>
            <numerusform>%n بكسل، كما تظهر بجانب تعليق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a tile on a team page, %n pixel(s) wide. The same framing for everyone makes the heads the same size.</source>
        <translation>
            <numerusform>كمربّع في صفحة فريق، بعرض %n بكسل. التأطير نفسه للجميع يجعل الرؤوس بالحجم نفسه.</numerusform>
            <numerusform>كمربّع في صفحة فريق، بعرض %n بكسل. التأطير نفسه للجميع يجعل الرؤوس بالحجم نفسه.</numerusform>
            <numerusform>كمربّع في صفحة فريق، بعرض %n بكسل. التأطير نفسه للجميع يجعل الرؤوس بالحجم نفسه.</numerusform>
            <numerusform>كمربّع في صفحة فريق، بعرض %n بكسل. التأطير نفسه للجميع يجعل الرؤوس بالحجم نفسه.</numerusform>
            <numerusform>كمربّع في صفحة فريق، بعرض %n بكسل. التأطير نفسه للجميع يجعل الرؤوس بالحجم نفسه.</numerusform>
            <numerusform>كمربّع في صفحة فريق، بعرض %n بكسل. التأطير نفسه للجميع يجعل الرؤوس بالحجم نفسه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) an inch). Hold a ruler to it to check.</source>
        <translation>
            <numerusform>{preset} بحجمه على الورق، {size}، وفق الحجم الذي تُبلغ عنه هذه الشاشة (%n بكسل لكل بوصة). ضع مسطرة عليها للتحقق.</numerusform>
            <numerusform>{preset} بحجمه على الورق، {size}، وفق الحجم الذي تُبلغ عنه هذه الشاشة (%n بكسل لكل بوصة). ضع مسطرة عليها للتحقق.</numerusform>
            <numerusform>{preset} بحجمه على الورق، {size}، وفق الحجم الذي تُبلغ عنه هذه الشاشة (%n بكسل لكل بوصة). ضع مسطرة عليها للتحقق.</numerusform>
            <numerusform>{preset} بحجمه على الورق، {size}، وفق الحجم الذي تُبلغ عنه هذه الشاشة (%n بكسل لكل بوصة). ضع مسطرة عليها للتحقق.</numerusform>
            <numerusform>{preset} بحجمه على الورق، {size}، وفق الحجم الذي تُبلغ عنه هذه الشاشة (%n بكسل لكل بوصة). ضع مسطرة عليها للتحقق.</numerusform>
            <numerusform>{preset} بحجمه على الورق، {size}، وفق الحجم الذي تُبلغ عنه هذه الشاشة (%n بكسل لكل بوصة). ضع مسطرة عليها للتحقق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel(s) an inch: the size shown is approximate.</source>
        <translation>
            <numerusform>{preset} بحجمه التقريبي على الورق، {size}. لا تُبلغ هذه الشاشة عن حجمها الحقيقي، لذا يفترض التطبيق %n بكسل لكل بوصة: الحجم المعروض تقريبي.</numerusform>
            <numerusform>{preset} بحجمه التقريبي على الورق، {size}. لا تُبلغ هذه الشاشة عن حجمها الحقيقي، لذا يفترض التطبيق %n بكسل لكل بوصة: الحجم المعروض تقريبي.</numerusform>
            <numerusform>{preset} بحجمه التقريبي على الورق، {size}. لا تُبلغ هذه الشاشة عن حجمها الحقيقي، لذا يفترض التطبيق %n بكسل لكل بوصة: الحجم المعروض تقريبي.</numerusform>
            <numerusform>{preset} بحجمه التقريبي على الورق، {size}. لا تُبلغ هذه الشاشة عن حجمها الحقيقي، لذا يفترض التطبيق %n بكسل لكل بوصة: الحجم المعروض تقريبي.</numerusform>
            <numerusform>{preset} بحجمه التقريبي على الورق، {size}. لا تُبلغ هذه الشاشة عن حجمها الحقيقي، لذا يفترض التطبيق %n بكسل لكل بوصة: الحجم المعروض تقريبي.</numerusform>
            <numerusform>{preset} بحجمه التقريبي على الورق، {size}. لا تُبلغ هذه الشاشة عن حجمها الحقيقي، لذا يفترض التطبيق %n بكسل لكل بوصة: الحجم المعروض تقريبي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Use {title}?</source>
        <translation>استخدام {title}؟</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before your photos go there, please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;قبل أن تذهب صورك إلى هناك، يُرجى قراءة ما يفعله {title} بها.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;يُرجى قراءة ما يفعله {title} بها.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use {title}</source>
        <translation>استخدام {title}</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Image provider</source>
        <translation>مزوّد الصور</translation>
    </message>
    <message>
        <source>Where your photo goes, and what the provider keeps</source>
        <translation>أين تذهب صورتك، وما يحتفظ به المزوّد</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>The models your key can use</source>
        <translation>النماذج التي يمكن لمفتاحك استخدامها</translation>
    </message>
    <message>
        <source>Rough previews while rendering</source>
        <translation>معاينات أولية أثناء الإنشاء</translation>
    </message>
    <message>
        <source> previews while rendering</source>
        <translation> معاينات أثناء الإنشاء</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>ال&amp;مزوّد:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>ال&amp;نموذج:</translation>
    </message>
    <message>
        <source>P&amp;reviews:</source>
        <translation>المعا&amp;ينات:</translation>
    </message>
    <message>
        <source>&lt;p&gt;{provider} needs no API key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا يحتاج {provider} إلى مفتاح API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>مفتاح API لـ {provider}</translation>
    </message>
    <message>
        <source>{provider} sends no previews.</source>
        <translation>لا يرسل {provider} معاينات.</translation>
    </message>
    <message>
        <source>Newest your key can use (recommended)</source>
        <translation>الأحدث الذي يمكن لمفتاحك استخدامه (مستحسن)</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>الافتراضي لدى المزوّد</translation>
    </message>
    <message>
        <source>Listing the models your key can use…</source>
        <translation>جارٍ سرد النماذج التي يمكن لمفتاحك استخدامها…</translation>
    </message>
    <message>
        <source>The models your key can use could not be listed. {reason} The model chosen stays, and you can type the name of another.</source>
        <translation>تعذّر سرد النماذج التي يمكن لمفتاحك استخدامها. {reason} يبقى النموذج المختار، ويمكنك كتابة اسم نموذج آخر.</translation>
    </message>
    <message>
        <source>{provider} lists no image models for this key. You can type a model&apos;s name.</source>
        <translation>لا يعرض {provider} أي نماذج صور لهذا المفتاح. يمكنك كتابة اسم نموذج.</translation>
    </message>
</context>
<context>
    <name>ProviderWords</name>
    <message>
        <source>Draft (low)</source>
        <translation>مسودة (منخفض)</translation>
    </message>
    <message>
        <source>Good (medium)</source>
        <translation>جيد (متوسط)</translation>
    </message>
    <message>
        <source>Best (high)</source>
        <translation>الأفضل (عالٍ)</translation>
    </message>
    <message>
        <source>As the style says</source>
        <translation>كما يحدد النمط</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>مربع</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Your photo goes only to {title} at {hosts} when you press Generate; nothing is sent to any cloud service. No account, no tracking.</source>
        <translation>لا تذهب صورتك إلا إلى {title} في {hosts} عندما تضغط «توليد»؛ ولا يُرسَل شيء إلى أي خدمة سحابية. بلا حساب، وبلا تتبّع.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} ({hosts}) over HTTPS. No account, no tracking.</source>
        <translation>تبقى صورتك على هذا الحاسوب حتى تضغط «توليد»؛ وعندها لا يذهب إلا بكسلاتها إلى {title} ({hosts}) عبر HTTPS. بلا حساب، وبلا تتبّع.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} over HTTPS. No account, no tracking.</source>
        <translation>تبقى صورتك على هذا الحاسوب حتى تضغط «توليد»؛ وعندها لا يذهب إلا بكسلاتها إلى {title} عبر HTTPS. بلا حساب، وبلا تتبّع.</translation>
    </message>
    <message>
        <source>Your photo never leaves this computer: {title} makes the headshots here. No account, no tracking.</source>
        <translation>لا تغادر صورتك هذا الحاسوب أبدًا: يصنع {title} الصور الاحترافية هنا. بلا حساب، وبلا تتبّع.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on your network). Nothing is sent to any cloud service.</source>
        <translation>عندما تضغط &lt;b&gt;توليد&lt;/b&gt;، تذهب الصورة التي اخترتها (مصغّرة، مع إزالة كل بياناتها الوصفية مثل الموقع وتفاصيل الكاميرا) ونص النمط إلى &lt;b&gt;{title}&lt;/b&gt; في &lt;b&gt;{hosts}&lt;/b&gt; (على شبكتك). لا يُرسَل شيء إلى أي خدمة سحابية.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on this computer). Nothing is sent to any cloud service.</source>
        <translation>عندما تضغط &lt;b&gt;توليد&lt;/b&gt;، تذهب الصورة التي اخترتها (مصغّرة، مع إزالة كل بياناتها الوصفية مثل الموقع وتفاصيل الكاميرا) ونص النمط إلى &lt;b&gt;{title}&lt;/b&gt; في &lt;b&gt;{hosts}&lt;/b&gt; (على هذا الحاسوب). لا يُرسَل شيء إلى أي خدمة سحابية.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; at {hosts} makes the headshot on this computer: your photo does not leave it.</source>
        <translation>عندما تضغط &lt;b&gt;توليد&lt;/b&gt;، يصنع &lt;b&gt;{title}&lt;/b&gt; في {hosts} الصورة الاحترافية على هذا الحاسوب: لا تغادره صورتك.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; makes the headshot on this computer: your photo does not leave it.</source>
        <translation>عندما تضغط &lt;b&gt;توليد&lt;/b&gt;، يصنع &lt;b&gt;{title}&lt;/b&gt; الصورة الاحترافية على هذا الحاسوب: لا تغادره صورتك.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}), using your own API key. Nothing else leaves your computer.</source>
        <translation>عندما تضغط &lt;b&gt;توليد&lt;/b&gt;، تُرسَل الصورة التي اخترتها (مصغّرة، مع إزالة كل بياناتها الوصفية مثل الموقع وتفاصيل الكاميرا) ونص النمط عبر HTTPS إلى &lt;b&gt;{title}&lt;/b&gt; ({hosts})، باستخدام مفتاح API الخاص بك. لا يغادر حاسوبك أي شيء آخر.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nothing else leaves your computer.</source>
        <translation>عندما تضغط &lt;b&gt;توليد&lt;/b&gt;، تُرسَل الصورة التي اخترتها (مصغّرة، مع إزالة كل بياناتها الوصفية مثل الموقع وتفاصيل الكاميرا) ونص النمط عبر HTTPS إلى &lt;b&gt;{title}&lt;/b&gt; ({hosts}). لا يغادر حاسوبك أي شيء آخر.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;, using your own API key. Nothing else leaves your computer.</source>
        <translation>عندما تضغط &lt;b&gt;توليد&lt;/b&gt;، تُرسَل الصورة التي اخترتها (مصغّرة، مع إزالة كل بياناتها الوصفية مثل الموقع وتفاصيل الكاميرا) ونص النمط عبر HTTPS إلى &lt;b&gt;{title}&lt;/b&gt;، باستخدام مفتاح API الخاص بك. لا يغادر حاسوبك أي شيء آخر.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;. Nothing else leaves your computer.</source>
        <translation>عندما تضغط &lt;b&gt;توليد&lt;/b&gt;، تُرسَل الصورة التي اخترتها (مصغّرة، مع إزالة كل بياناتها الوصفية مثل الموقع وتفاصيل الكاميرا) ونص النمط عبر HTTPS إلى &lt;b&gt;{title}&lt;/b&gt;. لا يغادر حاسوبك أي شيء آخر.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {title} keeps:&lt;/b&gt; {privacy}</source>
        <translation>&lt;b&gt;ما يحتفظ به {title}:&lt;/b&gt; {privacy}</translation>
    </message>
    <message>
        <source>{title}&apos;s terms as read on {date}.</source>
        <translation>شروط {title} كما قُرئت في {date}.</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>غير معروف ({reason})</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the cost</comment>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>about {price}</source>
        <translation>نحو {price}</translation>
    </message>
    <message>
        <source>{title} at {hosts}</source>
        <translation>{title} في {hosts}</translation>
    </message>
    <message>
        <source>{title}: no API key needed</source>
        <translation>{title}: لا حاجة إلى مفتاح API</translation>
    </message>
    <message>
        <source>API key for {title}: {where}</source>
        <translation>مفتاح API لـ {title}: {where}</translation>
    </message>
</context>
<context>
    <name>QtPaths</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Some settings were damaged</source>
        <translation>تلفت بعض الإعدادات</translation>
    </message>
    <message>
        <source>Headshots kept aside</source>
        <translation>صور احترافية محفوظة جانبًا</translation>
    </message>
    <message>
        <source>The headshots kept aside could not be counted.</source>
        <translation>تعذّر عدّ الصور الاحترافية المحفوظة جانبًا.</translation>
    </message>
    <message>
        <source>These could not be moved yet:
{problems}</source>
        <translation>تعذّر نقل هذه حتى الآن:
{problems}</translation>
    </message>
    <message>
        <source>Kept headshots</source>
        <translation>الصور الاحترافية المحفوظة جانبًا</translation>
    </message>
    <message>
        <source>The kept headshots could not be moved into the library.</source>
        <translation>تعذّر نقل الصور الاحترافية المحفوظة جانبًا إلى المكتبة.</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Add another photo of you, to keep your likeness</source>
        <translation>إضافة صورة أخرى لك، للحفاظ على الشبه بك</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider} takes no further photos of you.&lt;/small&gt;</source>
        <translation>&lt;small&gt;لا يقبل {provider} صورًا إضافية لك.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{name}: click to remove it</source>
        <translation>{name}: انقر لإزالتها</translation>
    </message>
    <message>
        <source>Remove further photo {number}, {name}</source>
        <translation>إزالة الصورة الإضافية {number}، {name}</translation>
    </message>
</context>
<context>
    <name>Refining</name>
    <message>
        <source>Refine this headshot</source>
        <translation>تنقيح هذه الصورة الاحترافية</translation>
    </message>
    <message>
        <source>What to change, e.g. “tie navy instead of red”, “less smile”</source>
        <translation>ما الذي يجب تغييره، مثلًا: «ربطة عنق كحلية بدلًا من الحمراء»، «ابتسامة أقل»</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>ما الذي يجب تغييره</translation>
    </message>
    <message>
        <source>The app sends {name} with your selfie, so the change keeps your likeness, and your features to keep.</source>
        <translation>يرسل التطبيق {name} مع صورتك السيلفي، كي يحافظ التغيير على الشبه بك وعلى الملامح التي تريد الحفاظ عليها.</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>&amp;تنقيح</translation>
    </message>
    <message>
        <source>A new variant of {style} from the same photo.</source>
        <translation>بديل جديد من {style} من الصورة نفسها.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level.</source>
        <translation>إعادة صنع {name} بأعلى مستوى من التفاصيل.</translation>
    </message>
    <message>
        <source>Final in high detail</source>
        <translation>نسخة نهائية بتفاصيل عالية</translation>
    </message>
    <message>
        <source>{provider} does not say how large an image it makes, so a final may still fall short.</source>
        <translation>لا يذكر {provider} حجم الصورة التي يصنعها، لذا قد تظل النسخة النهائية أصغر من المطلوب.</translation>
    </message>
    <message>
        <source>{provider} can make it again at {size} pixels, which is enough.</source>
        <translation>يستطيع {provider} صنعها مجددًا بمقاس {size} بكسل، وهذا كافٍ.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, no more than this headshot has.</source>
        <translation>أكبر صورة يصنعها {provider} مقاسها {size} بكسل، وهذا ليس أكثر مما في هذه الصورة الاحترافية.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, which frames to {framed}: closer, but still short.</source>
        <translation>أكبر صورة يصنعها {provider} مقاسها {size} بكسل، وتصبح بعد التأطير {framed}: أقرب، لكنها لا تزال أقل من المطلوب.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level (the provider does not say at what size).</source>
        <translation>إعادة صنع {name} بأعلى مستوى من التفاصيل (لا يذكر المزوّد بأي مقاس).</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at the largest size {provider} makes: {size} pixels.</source>
        <translation>إعادة صنع {name} بأعلى مستوى من التفاصيل، بأكبر مقاس يصنعه {provider}: {size} بكسل.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at {size} pixels.</source>
        <translation>إعادة صنع {name} بأعلى مستوى من التفاصيل، بمقاس {size} بكسل.</translation>
    </message>
    <message>
        <source>That is enough for {destination}.</source>
        <translation>هذا يكفي لـ {destination}.</translation>
    </message>
    <message>
        <source>{destination} needs {needed}: it will still be enlarged, from about {framed}.</source>
        <translation>يحتاج {destination} إلى {needed}: ستظل مكبَّرة، من نحو {framed}.</translation>
    </message>
</context>
<context>
    <name>ResultStrip</name>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>{label}, kept</source>
        <translation>{label}، محتفَظ بها</translation>
    </message>
    <message>
        <source>{path}
Kept: a favourite</source>
        <translation>{path}
محتفَظ بها: صورة مفضّلة</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>تعذّرت قراءة {name}.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>ربما نُقلت أو حُذفت.</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>تعذّر فتح {name}.</translation>
    </message>
    <message>
        <source>Not every headshot chosen could be moved to the trash.</source>
        <translation>تعذّر نقل كل الصور الاحترافية المختارة إلى سلة المهملات.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Your headshots appear here.</source>
        <translation>تظهر صورك الاحترافية هنا.</translation>
    </message>
    <message>
        <source>Choose a result below to see it here.</source>
        <translation>اختر نتيجة أدناه لعرضها هنا.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالٍ</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ ا&amp;حتفاظ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <source>&amp;Refine…</source>
        <translation>&amp;تنقيح…</translation>
    </message>
    <message>
        <source>Change this headshot as you say (say what), keeping your likeness</source>
        <translation>تغيير هذه الصورة الاحترافية كما تقول (اذكر ماذا)، مع الحفاظ على الشبه بك</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>مرة أ&amp;خرى</translation>
    </message>
    <message>
        <source>A new variant of the same style and photo</source>
        <translation>بديل جديد بالنمط والصورة نفسيهما</translation>
    </message>
    <message>
        <source>&amp;Final in high detail</source>
        <translation>نسخة نهائية بتفاصيل &amp;عالية</translation>
    </message>
    <message>
        <source>Make this one again at the highest detail level</source>
        <translation>إعادة صنع هذه الصورة بأعلى مستوى من التفاصيل</translation>
    </message>
    <message>
        <source>{file} · “{instruction}”</source>
        <comment>a headshot&apos;s file and what changed it</comment>
        <translation>{file} · «{instruction}»</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>محتفَظ بها</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention settings could not be applied.</source>
        <translation>تعذّر تطبيق إعدادات مدة الحفظ.</translation>
    </message>
    <message>
        <source>The retention settings could not be applied in full. {problems}</source>
        <translation>تعذّر تطبيق إعدادات مدة الحفظ بالكامل. {problems}</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>The folder {folder} could not be shown.</source>
        <translation>تعذّر إظهار المجلد {folder}.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself.</source>
        <translation>افتح ذلك المجلد بنفسك في مدير الملفات.</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Open or make a team kit, then add people, to see what the batch will cost.</source>
        <translation>افتح حزمة فريق أو أنشئ واحدة، ثم أضف أشخاصًا، لمعرفة تكلفة الدفعة.</translation>
    </message>
    <message>
        <source>The cost of the batch could not be worked out.</source>
        <translation>تعذّر حساب تكلفة الدفعة.</translation>
    </message>
    <message>
        <source>The batch could not be made.</source>
        <translation>تعذّر إنشاء الدفعة.</translation>
    </message>
    <message>
        <source>The batch stopped.</source>
        <translation>توقفت الدفعة.</translation>
    </message>
    <message>
        <source>The kit cannot be used on this computer.</source>
        <translation>لا يمكن استخدام الحزمة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Nobody is waiting to be made.</source>
        <translation>لا يوجد أحد في انتظار المعالجة.</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <source>St&amp;art · {price}</source>
        <translation>&amp;بدء · {price}</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>جارٍ حساب التكلفة…</translation>
    </message>
    <message>
        <source>The people who failed could not be queued again.</source>
        <translation>تعذّرت إعادة الأشخاص الذين فشلت معالجتهم إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Stopping… the people being made now go back to the queue.</source>
        <translation>جارٍ الإيقاف… يعود الأشخاص الجارية معالجتهم الآن إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>The batch was stopped. Continue it whenever you like.</source>
        <translation>أُوقفت الدفعة. تابعها متى شئت.</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Trust this server on my network (plain http://)</source>
        <translation>الثقة بهذا الخادم على شبكتي (http:// عادي)</translation>
    </message>
    <message>
        <source>Trust this server on my network</source>
        <translation>الثقة بهذا الخادم على شبكتي</translation>
    </message>
    <message>
        <source>Over plain http:// your photo crosses the network unencrypted: anyone on it could see it. Tick this only for your own server on a network you trust, or use https://.</source>
        <translation>عبر http:// العادي تعبر صورتك الشبكة دون تشفير: يمكن لأي شخص عليها رؤيتها. حدّد هذا فقط لخادمك الخاص على شبكة تثق بها، أو استخدم https://.</translation>
    </message>
    <message>
        <source>&amp;Test server</source>
        <translation>ا&amp;ختبار الخادم</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>حالة الخادم</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The photo could not be imported.</source>
        <translation>تعذّر استيراد الصورة.</translation>
    </message>
    <message>
        <source>The library folder could not be read.</source>
        <translation>تعذّرت قراءة مجلد المكتبة.</translation>
    </message>
    <message>
        <source>The library could not be listed.</source>
        <translation>تعذّر سرد محتويات المكتبة.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>صورة السيلفي التي صُنعت منها {name} لم تعد في المكتبة.</translation>
    </message>
    <message>
        <source>The versions of {name} could not be read.</source>
        <translation>تعذّرت قراءة إصدارات {name}.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be read.</source>
        <translation>تعذّرت قراءة الصورة الاحترافية {name}.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Press F5 to read the library folder again.</source>
        <translation>ربما نُقلت أو حُذفت. اضغط F5 لقراءة مجلد المكتبة مجددًا.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be shown.</source>
        <translation>تعذّر عرض الصورة الاحترافية {name}.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Rendering image {index} of {total}…</source>
        <translation>جارٍ إنشاء الصورة {index} من {total}…</translation>
    </message>
    <message>
        <source>Making image {index} of {total}… {percent}%</source>
        <translation>جارٍ صنع الصورة {index} من {total}… {percent}%</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s…</source>
        <translation>{reason} إعادة المحاولة خلال {seconds} ث…</translation>
    </message>
    <message>
        <source>Old photos could not be cleared as the retention setting asks.</source>
        <translation>تعذّر مسح الصور القديمة كما يطلب إعداد مدة الحفظ.</translation>
    </message>
    <message>
        <source>Cancelled · nothing was kept</source>
        <translation>أُلغي · لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>Something went wrong while making the headshot.</source>
        <translation>حدث خطأ ما أثناء صنع الصورة الاحترافية.</translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation>تعذّر بدء عملية التوليد.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep them</source>
        <translation>الاحتفاظ بها</translation>
    </message>
    <message>
        <source>Move to the trash after generating, once you move on to another photo</source>
        <translation>نقلها إلى سلة المهملات بعد التوليد، بمجرد انتقالك إلى صورة أخرى</translation>
    </message>
    <message>
        <source>Move to the trash after a number of days</source>
        <translation>نقلها إلى سلة المهملات بعد عدد من الأيام</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Provider &amp;&amp; &amp;key</source>
        <translation>المزوّد &amp;&amp; ال&amp;مفتاح</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>مجلد المكتبة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>What happens to originals</source>
        <translation>ما يحدث للصور الأصلية</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Days to keep originals</source>
        <translation>عدد أيام حفظ الصور الأصلية</translation>
    </message>
    <message>
        <source>Days to keep logs</source>
        <translation>عدد أيام حفظ السجلات</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>&amp;Originals:</source>
        <translation>الصور الأ&amp;صلية:</translation>
    </message>
    <message>
        <source>…after:</source>
        <translation>…بعد:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Originals marked Keep (Library ▸ Originals), and the originals of kept headshots, always stay. Headshots themselves are never removed by this setting.&lt;/small&gt;</source>
        <translation>&lt;small&gt;الصور الأصلية المعلَّمة بـ«احتفاظ» (المكتبة ◂ الصور الأصلية)، والصور الأصلية للصور الاحترافية المحتفَظ بها، تبقى دائمًا. أما الصور الاحترافية نفسها فلا يزيلها هذا الإعداد أبدًا.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Logs kept for:</source>
        <translation>مدة حفظ ال&amp;سجلات:</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>المكت&amp;بة</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language applies the next time the app starts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;تُطبَّق اللغة الجديدة في المرة التالية التي يبدأ فيها التطبيق.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>المظ&amp;هر</translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; data</source>
        <translation>ال&amp;خصوصية &amp;&amp; البيانات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>مثل النظام ({language})</translation>
    </message>
    <message>
        <source>Everything the app keeps is on this computer: the library folder, thumbnails, logs, settings and the API keys in the system keyring. Nothing is sent anywhere except the photo you generate from, to the image provider you chose.</source>
        <translation>كل ما يحتفظ به التطبيق موجود على هذا الحاسوب: مجلد المكتبة، والصور المصغّرة، والسجلات، والإعدادات، ومفاتيح API في سلسلة مفاتيح النظام. لا يُرسَل شيء إلى أي مكان سوى الصورة التي تولّد منها، إلى مزوّد الصور الذي اخترته.</translation>
    </message>
    <message>
        <source>&amp;Export all my data…</source>
        <translation>ت&amp;صدير كل بياناتي…</translation>
    </message>
    <message>
        <source>Export all my data as a zip file</source>
        <translation>تصدير كل بياناتي كملف zip</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;حذف كل بياناتي…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>حذف كل بياناتي</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>اختيار مجلد المكتبة</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No answer came.</source>
        <translation>لم يصل أي رد.</translation>
    </message>
    <message>
        <source>The models could not be listed.</source>
        <translation>تعذّر سرد النماذج.</translation>
    </message>
</context>
<context>
    <name>StyleActions</name>
    <message>
        <source>Built-in styles cannot be edited; make a new style instead.</source>
        <translation>لا يمكن تعديل الأنماط المضمَّنة؛ أنشئ نمطًا جديدًا بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>Portrait (taller than wide)</source>
        <translation>عمودي (الطول أكبر من العرض)</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>مربع</translation>
    </message>
    <message>
        <source>Landscape (wider than tall)</source>
        <translation>أفقي (العرض أكبر من الطول)</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>تعديل النمط</translation>
    </message>
    <message>
        <source>New style</source>
        <translation>نمط جديد</translation>
    </message>
    <message>
        <source>Style name</source>
        <translation>اسم النمط</translation>
    </message>
    <message>
        <source>Style description</source>
        <translation>وصف النمط</translation>
    </message>
    <message>
        <source>Style prompt</source>
        <translation>موجِّه النمط</translation>
    </message>
    <message>
        <source>Say what should change: clothing, backdrop, lighting, framing. The app adds the instructions that keep your face as it is.</source>
        <translation>اذكر ما يجب أن يتغير: الملابس، والخلفية، والإضاءة، والتأطير. يضيف التطبيق التعليمات التي تُبقي وجهك كما هو.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>الم&amp;وجِّه:</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>ال&amp;شكل:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>The style could not be saved.</source>
        <translation>تعذّر حفظ النمط.</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Mine</source>
        <comment>a style made by the person</comment>
        <translation>من صنعي</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>الأنماط</translation>
    </message>
</context>
<context>
    <name>TabPages</name>
    <message>
        <source>&amp;Results</source>
        <translation>النت&amp;ائج</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>المكت&amp;بة</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Team kits (*.headshot-kit.json *.json);;All files (*)</source>
        <translation>حزم الفريق (*.headshot-kit.json *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>حزمة الفريق</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>حزمة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Make a new team kit</source>
        <translation>إنشاء حزمة فريق جديدة</translation>
    </message>
    <message>
        <source>Open &amp;kit…</source>
        <translation>فتح &amp;حزمة…</translation>
    </message>
    <message>
        <source>Open a team kit file</source>
        <translation>فتح ملف حزمة فريق</translation>
    </message>
    <message>
        <source>Save k&amp;it as…</source>
        <translation>حفظ ال&amp;حزمة باسم…</translation>
    </message>
    <message>
        <source>Save the team kit as a file to share</source>
        <translation>حفظ حزمة الفريق كملف لمشاركته</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>إضافة &amp;صور…</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>إضافة أشخاص عبر صورهم</translation>
    </message>
    <message>
        <source>One person per photo</source>
        <translation>شخص واحد لكل صورة</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>إضافة م&amp;جلد…</translation>
    </message>
    <message>
        <source>Add everyone in a folder of photos</source>
        <translation>إضافة كل من في مجلد صور</translation>
    </message>
    <message>
        <source>One person per photo in the folder</source>
        <translation>شخص واحد لكل صورة في المجلد</translation>
    </message>
    <message>
        <source>Add fro&amp;m CSV…</source>
        <translation>إضافة من &amp;CSV…</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>إضافة أشخاص من قائمة</translation>
    </message>
    <message>
        <source>A CSV file: name,photo[,reference…]</source>
        <translation>ملف CSV: name,photo[,reference…]</translation>
    </message>
    <message>
        <source>or drop photos and folders on the table.</source>
        <translation>أو أفلت صورًا ومجلدات على الجدول.</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <source>Continue the batch that stopped</source>
        <translation>متابعة الدفعة التي توقفت</translation>
    </message>
    <message>
        <source>Cost of the batch</source>
        <translation>تكلفة الدفعة</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Spending cap in dollars</source>
        <translation>حد الإنفاق بالدولار</translation>
    </message>
    <message>
        <source>The batch stops before the next person would take it past this amount.</source>
        <translation>تتوقف الدفعة قبل أن يتجاوز الشخص التالي هذا المبلغ.</translation>
    </message>
    <message>
        <source>Spendin&amp;g cap:</source>
        <translation>حد الإن&amp;فاق:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>بدء الدفعة</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Stop the batch; it can be continued later</source>
        <translation>إيقاف الدفعة؛ يمكن متابعتها لاحقًا</translation>
    </message>
    <message>
        <source>Tr&amp;y failed again</source>
        <translation>إعادة محاولة ال&amp;فاشلة</translation>
    </message>
    <message>
        <source>Queue again the people a fault stopped (nothing was paid)</source>
        <translation>إعادة الأشخاص الذين أوقفهم عطل إلى قائمة الانتظار (لم يُدفع شيء)</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>تقدّم الدفعة</translation>
    </message>
    <message>
        <source>Where the batch is</source>
        <translation>أين وصلت الدفعة</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>ت&amp;صدير الكل…</translation>
    </message>
    <message>
        <source>Export every finished person&apos;s headshot</source>
        <translation>تصدير الصورة الاحترافية لكل شخص انتهت معالجته</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation>إظهار الملفات المُصدَّرة في مجلدها</translation>
    </message>
    <message>
        <source>The team batches could not be read.</source>
        <translation>تعذّرت قراءة دفعات الفريق.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team kit&lt;/b&gt;</source>
        <translation>&lt;b&gt;حزمة الفريق&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No team kit yet. Make one with New…, or open one a colleague shared.</source>
        <translation>لا توجد حزمة فريق بعد. أنشئ واحدة عبر «حزمة جديدة…»، أو افتح حزمة شاركها معك زميل.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; ({file})</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; ({file})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; (not saved)</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; (غير محفوظة)</translation>
    </message>
    <message>
        <source>This kit cannot be used on this computer: {problems}</source>
        <translation>لا يمكن استخدام هذه الحزمة على هذا الحاسوب: {problems}</translation>
    </message>
    <message>
        <source>Open a team kit</source>
        <translation>فتح حزمة فريق</translation>
    </message>
    <message>
        <source>The team kit {file} could not be opened.</source>
        <translation>تعذّر فتح حزمة الفريق {file}.</translation>
    </message>
    <message>
        <source>Save the team kit</source>
        <translation>حفظ حزمة الفريق</translation>
    </message>
    <message>
        <source>The team kit could not be saved to {file}.</source>
        <translation>تعذّر حفظ حزمة الفريق في {file}.</translation>
    </message>
    <message>
        <source>The team kit was saved to {file}.</source>
        <translation>حُفظت حزمة الفريق في {file}.</translation>
    </message>
    <message>
        <source>The batch is running with its own kit. Stop it before choosing another kit.</source>
        <translation>الدفعة تعمل بحزمتها الخاصة. أوقفها قبل اختيار حزمة أخرى.</translation>
    </message>
    <message>
        <source>A new batch starts with this kit; the previous one stays in the library.</source>
        <translation>تبدأ دفعة جديدة بهذه الحزمة؛ وتبقى الدفعة السابقة في المكتبة.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <source>A whole team in one consistent batch: one kit, everyone&apos;s headshot</source>
        <translation>فريق كامل في دفعة واحدة متناسقة: حزمة واحدة، وصورة احترافية لكل فرد</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>Queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>قيد التشغيل…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Refused — {reason}</source>
        <translation>مرفوض — {reason}</translation>
    </message>
    <message>
        <source>Failed — {reason}</source>
        <translation>فشل — {reason}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>يتبقى أقل من دقيقة</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>يتبقى نحو {hours} ساعة</translation>
    </message>
    <message>
        <source>{done} of {total} · {time_left}</source>
        <translation>{done} من {total} · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s rate limit · {minutes}:{seconds}</source>
        <translation>بانتظار حد المعدّل لدى المزوّد · {minutes}:{seconds}</translation>
    </message>
    <message>
        <source>{people} × {variants}</source>
        <translation>{people} × {variants}</translation>
    </message>
    <message>
        <source>Free on your server for {who}</source>
        <translation>مجانًا على خادمك لـ {who}</translation>
    </message>
    <message>
        <source>free on your server</source>
        <translation>مجانًا على خادمك</translation>
    </message>
    <message>
        <source>Free on this computer for {who}</source>
        <translation>مجانًا على هذا الحاسوب لـ {who}</translation>
    </message>
    <message>
        <source>free on this computer</source>
        <translation>مجانًا على هذا الحاسوب</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>التكلفة غير معروفة</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown ({reason}).</source>
        <translation>تكلفة {who} غير معروفة ({reason}).</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown.</source>
        <translation>تكلفة {who} غير معروفة.</translation>
    </message>
    <message>
        <source>About {cost} for {who}</source>
        <translation>نحو {cost} لـ {who}</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>نحو {cost}</translation>
    </message>
    <message>
        <source>{cost} for {who}</source>
        <translation>{cost} لـ {who}</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>موجِّه مخصص</translation>
    </message>
    <message>
        <source>{provider} · {style} · {variants} · export: {preset}</source>
        <translation>{provider} · {style} · {variants} · التصدير: {preset}</translation>
    </message>
    <message>
        <source>This batch stopped with {done} of {total} done.</source>
        <translation>توقفت هذه الدفعة بعد إنجاز {done} من {total}.</translation>
    </message>
</context>
<context>
    <name>TrueSizePreviews</name>
    <message>
        <source>True-size previews</source>
        <translation>معاينات بالحجم الحقيقي</translation>
    </message>
    <message>
        <source>Team page tile</source>
        <translation>مربّع صفحة الفريق</translation>
    </message>
    <message>
        <source>Print at its size on paper</source>
        <translation>الطباعة بحجمها على الورق</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Team page</source>
        <translation>صفحة ال&amp;فريق</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>ال&amp;طباعة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name&lt;/b&gt;</source>
        <translation>&lt;b&gt;اسمك&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>منصبك</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment.</source>
        <translation>كما يعرضها LinkedIn: داخل دائرة، من صفحة الملف الشخصي وصولًا إلى الحجم المعروض بجانب تعليق.</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment. LinkedIn keeps the middle square of a picture that is not square.</source>
        <translation>كما يعرضها LinkedIn: داخل دائرة، من صفحة الملف الشخصي وصولًا إلى الحجم المعروض بجانب تعليق. يحتفظ LinkedIn بالمربع الأوسط من الصورة غير المربعة.</translation>
    </message>
    <message>
        <source>Choose a print size, such as Print 8 × 10 or Casting 5 × 7, to see it at its size on paper.</source>
        <translation>اختر مقاس طباعة، مثل «طباعة 8 × 10» أو «اختبار أداء 5 × 7»، لرؤيتها بحجمها على الورق.</translation>
    </message>
    <message>
        <source>{width} × {height} inches</source>
        <translation>{width} × {height} بوصة</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <source>Click a headshot or press its number (1–4) to choose the one to export.</source>
        <translation>انقر على صورة احترافية أو اضغط رقمها (1–4) لاختيار التي ستُصدَّر.</translation>
    </message>
    <message>
        <source>Does each still look like them? Compare it with their photo on the left.</source>
        <translation>هل لا تزال كل واحدة تشبه صاحبها؟ قارنها بالصورة الأصلية المعروضة بجانبها.</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>صورة الشخص</translation>
    </message>
    <message>
        <source>&lt;small&gt;Their photo&lt;/small&gt;</source>
        <translation>&lt;small&gt;صورة الشخص&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>البدائل</translation>
    </message>
    <message>
        <source>About this person&apos;s headshots</source>
        <translation>عن الصور الاحترافية لهذا الشخص</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a person&lt;/b&gt; to see their headshots.</source>
        <translation>&lt;b&gt;اختر شخصًا&lt;/b&gt; لرؤية صوره الاحترافية.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {help}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {help}</translation>
    </message>
    <message>
        <source>No headshots of this person yet.</source>
        <translation>لا صور احترافية لهذا الشخص بعد.</translation>
    </message>
    <message>
        <source>The headshots of {name} could not be read.</source>
        <translation>تعذّرت قراءة الصور الاحترافية لـ {name}.</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>ليست في المكتبة</translation>
    </message>
    <message>
        <source>This headshot could not be read.</source>
        <translation>تعذّرت قراءة هذه الصورة الاحترافية.</translation>
    </message>
    <message>
        <source>{number} · chosen</source>
        <translation>{number} · مختارة</translation>
    </message>
    <message>
        <source>Variant {number}, chosen</source>
        <translation>البديل {number}، مختار</translation>
    </message>
    <message>
        <source>Variant {number}</source>
        <translation>البديل {number}</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <source>Versions:</source>
        <translation>الإصدارات:</translation>
    </message>
    <message>
        <source>{number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>{number}: الأول</translation>
    </message>
    <message>
        <source>Version {number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>الإصدار {number}: الأول</translation>
    </message>
    <message>
        <source>{number}: “{instruction}”</source>
        <translation>{number}: «{instruction}»</translation>
    </message>
    <message>
        <source>Version {number}: “{instruction}”</source>
        <translation>الإصدار {number}: «{instruction}»</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <source>No {provider} API key is set.</source>
        <translation>لم يُضبط مفتاح API لـ {provider}.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variables}.</source>
        <translation>أدخل مفتاحك في الإعدادات، أو اضبط {variables}.</translation>
    </message>
</context>
<context>
    <name>bfl</name>
    <message>
        <source>No Black Forest Labs API key is set.</source>
        <translation>لم يُضبط مفتاح API لـ Black Forest Labs.</translation>
    </message>
    <message>
        <source>the region in Settings</source>
        <translation>المنطقة في الإعدادات</translation>
    </message>
    <message>
        <source>BFL&apos;s delivery host</source>
        <translation>مضيف التسليم لدى BFL</translation>
    </message>
    <message>
        <source>the link BFL gave</source>
        <translation>الرابط الذي قدّمه BFL</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not BFL&apos;s (HTTP {status}).</source>
        <translation>أعاد {service} ردًا لا يبدو صادرًا عن BFL (HTTP {status}).</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credits.</source>
        <translation>نفد رصيد حسابك لدى {service}.</translation>
    </message>
    <message>
        <source>Add credits at {address}, then try again.</source>
        <translation>أضف رصيدًا من {address}، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>{service} does not offer {model}.</source>
        <translation>لا يقدّم {service} النموذج {model}.</translation>
    </message>
    <message>
        <source>{service} refused a value in the request.</source>
        <translation>رفض {service} قيمة في الطلب.</translation>
    </message>
    <message>
        <source>Choose another model, shape or detail level, or another photo.</source>
        <translation>اختر نموذجًا أو شكلًا أو مستوى تفاصيل آخر، أو صورة أخرى.</translation>
    </message>
    <message>
        <source>{service} has too many of your jobs running at once.</source>
        <translation>لديك عدد كبير جدًا من المهام الجارية في وقت واحد لدى {service}.</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for fewer variants at once.</source>
        <translation>انتظر قليلًا وحاول مجددًا، أو اطلب بدائل أقل في المرة الواحدة.</translation>
    </message>
    <message>
        <source>Check the model in Settings, or try another photo.</source>
        <translation>تحقق من النموذج في الإعدادات، أو جرّب صورة أخرى.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged your photo or the style&apos;s text before it started{reasons}. BFL does not charge for it.</source>
        <translation>أشار نظام الإشراف لدى {service} إلى صورتك أو نص النمط قبل البدء{reasons}. لا يفرض BFL رسومًا على ذلك.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style.</source>
        <translation>جرّب صورة أخرى (جيدة الإضاءة، وأنت وحدك في الإطار) أو نمطًا آخر.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged the headshot it made, so it was not delivered{reasons}. BFL does not charge for it.</source>
        <translation>أشار نظام الإشراف لدى {service} إلى الصورة الاحترافية التي صنعها، فلم تُسلَّم{reasons}. لا يفرض BFL رسومًا على ذلك.</translation>
    </message>
    <message>
        <source>{service} reported an error while making the image{reasons}.</source>
        <translation>أبلغ {service} عن خطأ أثناء صنع الصورة{reasons}.</translation>
    </message>
    <message>
        <source>{service} no longer knows the job it was given (Task not found).</source>
        <translation>لم يعد {service} يعرف المهمة التي أُعطيت له (Task not found).</translation>
    </message>
    <message>
        <source>{service} reported a job status the app does not know: “{status}”.</source>
        <translation>أبلغ {service} عن حالة مهمة لا يعرفها التطبيق: «{status}».</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app.</source>
        <translation>حاول مجددًا؛ وإن تكرر ذلك، فحدّث التطبيق.</translation>
    </message>
    <message>
        <source>The link to the finished headshot expired before it could be fetched.</source>
        <translation>انتهت صلاحية رابط الصورة الاحترافية المكتملة قبل أن يتسنى جلبها.</translation>
    </message>
    <message>
        <source>The finished headshot could not be fetched from {service} (HTTP {status}).</source>
        <translation>تعذّر جلب الصورة الاحترافية المكتملة من {service} (HTTP {status}).</translation>
    </message>
    <message>
        <source>BFL made it, and may have charged for it: try again to make a new one.</source>
        <translation>صنعها BFL، وربما فرض رسومًا عليها: حاول مجددًا لصنع صورة جديدة.</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs cannot stop a job it has queued, so it may still finish it and charge for it.</source>
        <translation>أُلغي. لا يستطيع Black Forest Labs إيقاف مهمة وضعها في قائمة الانتظار، لذا قد يُكملها ويفرض رسومًا عليها.</translation>
    </message>
    <message>
        <source>Black Forest Labs&apos; {model} takes at most {count} reference photos.</source>
        <translation>يقبل {model} من Black Forest Labs صورًا مرجعية لا يتجاوز عددها {count}.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or another FLUX model.</source>
        <translation>اختر صورًا مرجعية أقل، أو نموذج FLUX آخر.</translation>
    </message>
    <message>
        <source>a job answer without an id</source>
        <translation>رد مهمة بلا معرّف</translation>
    </message>
    <message>
        <source>a polling address outside BFL ({host})</source>
        <translation>عنوان استطلاع خارج BFL ({host})</translation>
    </message>
    <message>
        <source>a job status that is not a JSON object</source>
        <translation>حالة مهمة ليست كائن JSON</translation>
    </message>
    <message>
        <source>a finished job without an https link to its image</source>
        <translation>مهمة مكتملة بلا رابط https لصورتها</translation>
    </message>
    <message>
        <source>{service} did not finish the image within {seconds:.0f} seconds, so the app stopped waiting.</source>
        <translation>لم يُكمل {service} الصورة خلال {seconds:.0f} ثانية، فتوقف التطبيق عن الانتظار.</translation>
    </message>
    <message>
        <source>It may still finish it and charge for it: check your usage page before trying again.</source>
        <translation>قد يُكملها ويفرض رسومًا عليها: راجع صفحة الاستخدام قبل المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>an image larger than any headshot</source>
        <translation>صورة أكبر من أي صورة احترافية</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs had already made the image, and charges for it.</source>
        <translation>أُلغي. كان Black Forest Labs قد صنع الصورة بالفعل، ويفرض رسومًا عليها.</translation>
    </message>
    <message>
        <source>Black Forest Labs has not published how long its API keeps the photos and images it is sent, or whether it uses them for training: we could not confirm either. Read its API terms: {address}</source>
        <translation>لم تنشر Black Forest Labs المدة التي تحتفظ فيها واجهتها البرمجية بالصور المُرسَلة إليها، ولا ما إذا كانت تستخدمها للتدريب: لم نتمكن من تأكيد أيٍّ من الأمرين. اقرأ شروط واجهتها البرمجية: {address}</translation>
    </message>
    <message>
        <source>The photo goes to BFL&apos;s EU host by default (api.eu.bfl.ai, which BFL runs in EU regions only); you can choose its global or US host instead.</source>
        <translation>تذهب الصورة افتراضيًا إلى مضيف BFL في الاتحاد الأوروبي (api.eu.bfl.ai، الذي تشغّله BFL في مناطق الاتحاد الأوروبي فقط)؛ ويمكنك اختيار مضيفها العالمي أو الأمريكي بدلًا منه.</translation>
    </message>
    <message>
        <source>The finished headshot comes back from a second BFL host (delivery…bfl.ai) through a link that works for about 10 minutes; the app fetches it at once, without your key.</source>
        <translation>تعود الصورة الاحترافية المكتملة من مضيف ثانٍ لدى BFL (delivery…bfl.ai) عبر رابط يعمل نحو 10 دقائق؛ ويجلبها التطبيق فورًا، دون مفتاحك.</translation>
    </message>
    <message>
        <source>eu</source>
        <translation>الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>global</source>
        <translation>عالمي</translation>
    </message>
    <message>
        <source>us</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>Where BFL receives your photo: its EU host (the default), its global host, or its US host.</source>
        <translation>مكان استقبال BFL لصورتك: مضيفها في الاتحاد الأوروبي (الافتراضي)، أو مضيفها العالمي، أو مضيفها في الولايات المتحدة.</translation>
    </message>
    <message>
        <source>The format BFL sends the headshot in.</source>
        <translation>التنسيق الذي يرسل به BFL الصورة الاحترافية.</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <source>Use https://, or tick “Trust this server on my network” in Settings (on the command line: --trust-server, once). Only do that on a network you trust: plain http:// can be read on the way.</source>
        <translation>استخدم https://، أو حدّد «الثقة بهذا الخادم على شبكتي» في الإعدادات (في سطر الأوامر: --trust-server، مرة واحدة). لا تفعل ذلك إلا على شبكة تثق بها: يمكن قراءة http:// العادي في الطريق.</translation>
    </message>
    <message>
        <source>The ComfyUI address {address} is not a valid URL.</source>
        <translation>عنوان ComfyUI {address} ليس عنوان URL صالحًا.</translation>
    </message>
    <message>
        <source>The ComfyUI server {server} would be reached over plain http://, which sends your photo unencrypted across the network.</source>
        <translation>سيُتصَل بخادم ComfyUI {server} عبر http:// العادي، الذي يرسل صورتك دون تشفير عبر الشبكة.</translation>
    </message>
    <message>
        <source>Check that the address in Settings is your ComfyUI server.</source>
        <translation>تحقق من أن العنوان في الإعدادات هو خادم ComfyUI الخاص بك.</translation>
    </message>
    <message>
        <source>ComfyUI at {server}</source>
        <translation>ComfyUI في {server}</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP 403).</source>
        <translation>رفض {service} الطلب (HTTP 403).</translation>
    </message>
    <message>
        <source>If ComfyUI runs behind a proxy or with special settings, check them.</source>
        <translation>إذا كان ComfyUI يعمل خلف وكيل (proxy) أو بإعدادات خاصة، فتحقق منها.</translation>
    </message>
    <message>
        <source>{service} does not answer like ComfyUI (HTTP 404).</source>
        <translation>لا يستجيب {service} كما يستجيب ComfyUI (HTTP 404).</translation>
    </message>
    <message>
        <source>{service} had a problem (HTTP {status}).</source>
        <translation>واجه {service} مشكلة (HTTP {status}).</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log, then try again.</source>
        <translation>راجع نافذة ComfyUI أو سجله، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request (HTTP {status}).</source>
        <translation>تعذّر على {service} تنفيذ الطلب (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the workflow and the server address in Settings.</source>
        <translation>تحقق من سير العمل وعنوان الخادم في الإعدادات.</translation>
    </message>
    <message>
        <source>node {node} ({type}): {words}</source>
        <translation>العقدة {node} ({type}): {words}</translation>
    </message>
    <message>
        <source>{service} refused the workflow: {reason}.</source>
        <translation>رفض {service} سير العمل: {reason}.</translation>
    </message>
    <message>
        <source>Install what it names on the server (a model file or a custom node), or choose another workflow.</source>
        <translation>ثبّت ما يذكره على الخادم (ملف نموذج أو عقدة مخصصة)، أو اختر سير عمل آخر.</translation>
    </message>
    <message>
        <source>node {node} ({type})</source>
        <translation>العقدة {node} ({type})</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model (it needs about {size:g} GB).</source>
        <translation>لا يملك {service} ذاكرة GPU كافية لهذا النموذج (يحتاج إلى نحو {size:g} GB).</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model.</source>
        <translation>لا يملك {service} ذاكرة GPU كافية لهذا النموذج.</translation>
    </message>
    <message>
        <source>Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close other programs that use the GPU, or use a server with a bigger GPU.</source>
        <translation>اختر سير عمل أصغر (FLUX.2 [klein] 4B) في الإعدادات، أو أغلق البرامج الأخرى التي تستخدم GPU، أو استخدم خادمًا بـ GPU أكبر.</translation>
    </message>
    <message>
        <source>{service} stopped with an error in {node}: {reason}.</source>
        <translation>توقف {service} بخطأ في {node}: {reason}.</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log for the details.</source>
        <translation>راجع نافذة ComfyUI أو سجله لمعرفة التفاصيل.</translation>
    </message>
    <message>
        <source>{service} restarted or forgot the run while it was making your headshot.</source>
        <translation>أُعيد تشغيل {service} أو نسي عملية التوليد أثناء صنع صورتك الاحترافية.</translation>
    </message>
    <message>
        <source>The connection to {service} was lost while it was making your headshot.</source>
        <translation>انقطع الاتصال بـ {service} أثناء صنع صورتك الاحترافية.</translation>
    </message>
    <message>
        <source>Nothing was kept. Check that ComfyUI is running, then try again.</source>
        <translation>لم يُحفظ شيء. تحقق من أن ComfyUI يعمل، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The run was stopped on {service} (someone pressed Cancel there, or it was interrupted).</source>
        <translation>أُوقفت عملية التوليد على {service} (ضغط أحدهم زر الإلغاء هناك، أو انقطعت).</translation>
    </message>
    <message>
        <source>Nothing was kept. Try again.</source>
        <translation>لم يُحفظ شيء. حاول مجددًا.</translation>
    </message>
    <message>
        <source>Could not open {service}&apos;s live connection (WebSocket).</source>
        <translation>تعذّر فتح الاتصال المباشر مع {service} (WebSocket).</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running at the address in Settings.</source>
        <translation>تحقق من أن ComfyUI يعمل على العنوان المحدد في الإعدادات.</translation>
    </message>
    <message>
        <source>Nothing answers at {address}.</source>
        <translation>لا شيء يستجيب على {address}.</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running there, and the address in Settings.</source>
        <translation>تحقق من أن ComfyUI يعمل هناك، ومن العنوان في الإعدادات.</translation>
    </message>
    <message>
        <source>The server at {address} is not ComfyUI.</source>
        <translation>الخادم على {address} ليس ComfyUI.</translation>
    </message>
    <message>
        <source>Check the address in Settings.</source>
        <translation>تحقق من العنوان في الإعدادات.</translation>
    </message>
    <message>
        <source>(version not given)</source>
        <translation>(الإصدار غير مذكور)</translation>
    </message>
    <message>
        <source>no GPU, so it runs on the processor (very slowly)</source>
        <translation>لا يوجد GPU، لذا يعمل على المعالج (ببطء شديد)</translation>
    </message>
    <message>
        <source>{gpu} with {size:.1f} GB</source>
        <translation>{gpu} بذاكرة {size:.1f} GB</translation>
    </message>
    <message>
        <source>Found ComfyUI {version} at {server}: {memory}.</source>
        <translation>عُثر على ComfyUI {version} في {server}: {memory}.</translation>
    </message>
    <message>
        <source>{workflow}: its licence ({licence}) allows no commercial use.</source>
        <translation>{workflow}: ترخيصه ({licence}) لا يسمح بأي استخدام تجاري.</translation>
    </message>
    <message>
        <source>a node list that is not an object</source>
        <translation>قائمة عقد ليست كائنًا</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes no reference photos; {chosen} were chosen.</source>
        <translation>سير عمل ComfyUI {workflow} لا يقبل صورًا مرجعية؛ واختيرت {chosen}.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photo; {chosen} were chosen.</source>
        <translation>سير عمل ComfyUI {workflow} يقبل {count} صورة مرجعية على الأكثر؛ واختيرت {chosen}.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photos; {chosen} were chosen.</source>
        <translation>سير عمل ComfyUI {workflow} يقبل صورًا مرجعية لا يتجاوز عددها {count}؛ واختيرت {chosen}.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a workflow with {{{{reference_1}}}}, {{{{reference_2}}}}, … slots (a LoadImage for each).</source>
        <translation>اختر صورًا مرجعية أقل، أو سير عمل فيه خانات {{{{reference_1}}}}، {{{{reference_2}}}}، … (عقدة LoadImage لكل منها).</translation>
    </message>
    <message>
        <source>an upload answer without a file name</source>
        <translation>رد رفع بلا اسم ملف</translation>
    </message>
    <message>
        <source>{service} did not finish within {minutes:.0f} minutes, so the run was stopped.</source>
        <translation>لم يُكمل {service} خلال {minutes:.0f} دقيقة، لذا أُوقفت عملية التوليد.</translation>
    </message>
    <message>
        <source>A large model on a small GPU (or a CPU) can be very slow.</source>
        <translation>قد يكون النموذج الكبير على GPU صغير (أو على CPU) بطيئًا جدًا.</translation>
    </message>
    <message>
        <source>{service} is making your headshot…</source>
        <translation>يصنع {service} صورتك الاحترافية…</translation>
    </message>
    <message>
        <source>{service} finished without an image.</source>
        <translation>انتهى {service} دون صورة.</translation>
    </message>
    <message>
        <source>Check that the workflow ends in a PreviewImage or SaveImage node.</source>
        <translation>تحقق من أن سير العمل ينتهي بعقدة PreviewImage أو SaveImage.</translation>
    </message>
    <message>
        <source>ComfyUI (your own server)</source>
        <translation>ComfyUI (خادمك الخاص)</translation>
    </message>
    <message>
        <source>Nothing is sent to any cloud service: the photo goes only to the ComfyUI server you run, which keeps what its own settings say. The app uploads it as a temporary file (ComfyUI clears those when it starts) and removes the run from the server&apos;s history once the headshot is back.</source>
        <translation>لا يُرسَل شيء إلى أي خدمة سحابية: تذهب الصورة فقط إلى خادم ComfyUI الذي تشغّله، والذي يحتفظ بما تحدده إعداداته. يرفعها التطبيق كملف مؤقت (يمسح ComfyUI هذه الملفات عند بدء تشغيله) ويزيل عملية التوليد من سجل الخادم بمجرد عودة الصورة الاحترافية.</translation>
    </message>
    <message>
        <source>The shipped workflows use open-weight models you download to your server once; their licences differ (FLUX.1 Kontext [dev] is for non-commercial use only).</source>
        <translation>تستخدم مخططات سير العمل المرفقة نماذج مفتوحة الأوزان تنزّلها على خادمك مرة واحدة؛ وتختلف تراخيصها (FLUX.1 Kontext [dev] للاستخدام غير التجاري فقط).</translation>
    </message>
    <message>
        <source>Qwen-Image-Edit 2511 (best likeness)</source>
        <translation>Qwen-Image-Edit 2511 (أفضل شبه)</translation>
    </message>
    <message>
        <source>FLUX.2 [klein] 4B (fast, smaller GPUs)</source>
        <translation>FLUX.2 [klein] 4B (سريع، لوحدات GPU الأصغر)</translation>
    </message>
    <message>
        <source>FLUX.1 Kontext [dev] (non-commercial use only)</source>
        <translation>FLUX.1 Kontext [dev] (للاستخدام غير التجاري فقط)</translation>
    </message>
    <message>
        <source>as its author says</source>
        <translation>كما يذكر مؤلفه</translation>
    </message>
    <message>
        <source>There is no ComfyUI workflow called {name}.</source>
        <translation>لا يوجد سير عمل ComfyUI باسم {name}.</translation>
    </message>
    <message>
        <source>Known workflows: {names}, or the path of your own API-format workflow file.</source>
        <translation>مخططات سير العمل المعروفة: {names}، أو مسار ملف سير عمل خاص بك بتنسيق API.</translation>
    </message>
    <message>
        <source>The workflow file {path} cannot be read: {reason}.</source>
        <translation>لا يمكن قراءة ملف سير العمل {path}: {reason}.</translation>
    </message>
    <message>
        <source>The workflow file {path} is larger than any workflow (over 2 MB).</source>
        <translation>ملف سير العمل {path} أكبر من أي سير عمل (أكثر من 2 MB).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not valid JSON ({reason}).</source>
        <translation>ملف سير العمل {path} ليس JSON صالحًا ({reason}).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not in ComfyUI&apos;s API format.</source>
        <translation>ملف سير العمل {path} ليس بتنسيق API الخاص بـ ComfyUI.</translation>
    </message>
    <message>
        <source>In ComfyUI use Workflow ▸ Export (API), then choose that file.</source>
        <translation>في ComfyUI استخدم Workflow ◂ Export (API)، ثم اختر ذلك الملف.</translation>
    </message>
    <message>
        <source>The workflow file {path} has no {placeholders} placeholder.</source>
        <translation>ملف سير العمل {path} لا يحتوي على العنصر النائب {placeholders}.</translation>
    </message>
    <message>
        <source>Put {{{{photo}}}} where LoadImage names its image and {{{{prompt}}}} where the text goes; {{{{seed}}}}, {{{{width}}}} and {{{{height}}}} are optional.</source>
        <translation>ضع {{{{photo}}}} حيث تسمّي LoadImage صورتها، و{{{{prompt}}}} حيث يوضع النص؛ أما {{{{seed}}}} و{{{{width}}}} و{{{{height}}}} فاختيارية.</translation>
    </message>
    <message>
        <source>The workflow asks for {placeholder}, which the app does not fill.</source>
        <translation>يطلب سير العمل {placeholder}، وهو ما لا يملؤه التطبيق.</translation>
    </message>
    <message>
        <source>Known placeholders: {names}.</source>
        <translation>العناصر النائبة المعروفة: {names}.</translation>
    </message>
    <message>
        <source>{server} has no node called “{type}” (node {node} of this workflow).</source>
        <translation>لا توجد في {server} عقدة باسم «{type}» (العقدة {node} في سير العمل هذا).</translation>
    </message>
    <message>
        <source>Update ComfyUI, or install the custom node that provides it.</source>
        <translation>حدّث ComfyUI، أو ثبّت العقدة المخصصة التي توفرها.</translation>
    </message>
    <message>
        <source>This workflow uses “{type}”, a node that sends the picture to a cloud service, so the app will not run it.</source>
        <translation>يستخدم سير العمل هذا «{type}»، وهي عقدة ترسل الصورة إلى خدمة سحابية، لذا لن يشغّله التطبيق.</translation>
    </message>
    <message>
        <source>Choose a workflow that runs only on your server.</source>
        <translation>اختر سير عمل يعمل على خادمك فقط.</translation>
    </message>
    <message>
        <source>{server}&apos;s “{type}” node has no input called “{name}” (node {node}).</source>
        <translation>العقدة «{type}» في {server} ليس لها مُدخل باسم «{name}» (العقدة {node}).</translation>
    </message>
    <message>
        <source>Update ComfyUI: the workflow was made for a newer version.</source>
        <translation>حدّث ComfyUI: صُمّم سير العمل لإصدار أحدث.</translation>
    </message>
    <message>
        <source>{server} does not have the model file {file}, which {workflow} needs ({type}).</source>
        <translation>لا يملك {server} ملف النموذج {file}، الذي يحتاج إليه {workflow} ({type}).</translation>
    </message>
    <message>
        <source>{missing} Put it in ComfyUI&apos;s models/{folder} folder (about {size:g} GB; get it from {address}).</source>
        <translation>{missing} ضعه في مجلد models/{folder} الخاص بـ ComfyUI (نحو {size:g} GB؛ احصل عليه من {address}).</translation>
    </message>
    <message>
        <source>Download it to the server, restart ComfyUI, or choose another workflow.</source>
        <translation>نزّله على الخادم، ثم أعد تشغيل ComfyUI، أو اختر سير عمل آخر.</translation>
    </message>
</context>
<context>
    <name>fake</name>
    <message>
        <source>Fake provider (developers)</source>
        <translation>مزوّد وهمي (للمطورين)</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the fake provider makes its pictures locally and keeps nothing.</source>
        <translation>لا يغادر شيء هذا الحاسوب: يصنع المزوّد الوهمي صوره محليًا ولا يحتفظ بشيء.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>دافئ</translation>
    </message>
    <message>
        <source>cool</source>
        <translation>بارد</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>أحادي اللون</translation>
    </message>
    <message>
        <source>The tint the fake headshot gets.</source>
        <translation>الصبغة التي تأخذها الصورة الاحترافية الوهمية.</translation>
    </message>
    <message>
        <source>This failure was asked for on purpose: unset {variable} (or the fail option) to stop it.</source>
        <translation>هذا الفشل مطلوب عمدًا: ألغِ ضبط {variable} (أو خيار الفشل) لإيقافه.</translation>
    </message>
    <message>
        <source>The fake provider did not accept the API key.</source>
        <translation>لم يقبل المزوّد الوهمي مفتاح API.</translation>
    </message>
    <message>
        <source>The fake provider refused access to its model.</source>
        <translation>رفض المزوّد الوهمي الوصول إلى نموذجه.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s account has run out of credit.</source>
        <translation>نفد رصيد حساب المزوّد الوهمي.</translation>
    </message>
    <message>
        <source>The fake provider is limiting how fast requests can be sent.</source>
        <translation>يحدّ المزوّد الوهمي من سرعة إرسال الطلبات.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>رفض نظام الأمان لدى المزوّد الوهمي هذه الصورة أو موجِّه النمط.</translation>
    </message>
    <message>
        <source>The fake provider could not carry out the request.</source>
        <translation>تعذّر على المزوّد الوهمي تنفيذ الطلب.</translation>
    </message>
    <message>
        <source>The fake provider does not offer what was asked for.</source>
        <translation>لا يقدّم المزوّد الوهمي ما طُلب.</translation>
    </message>
    <message>
        <source>The fake provider had a problem on its side.</source>
        <translation>واجه المزوّد الوهمي مشكلة من جهته.</translation>
    </message>
    <message>
        <source>The connection to the fake provider was interrupted.</source>
        <translation>انقطع الاتصال بالمزوّد الوهمي.</translation>
    </message>
    <message>
        <source>The fake provider did not answer in time.</source>
        <translation>لم يستجب المزوّد الوهمي في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The fake provider sent an answer that cannot be read.</source>
        <translation>أرسل المزوّد الوهمي ردًا لا يمكن قراءته.</translation>
    </message>
    <message>
        <source>The fake provider cannot fail with {value}.</source>
        <translation>لا يمكن للمزوّد الوهمي أن يفشل بـ {value}.</translation>
    </message>
    <message>
        <source>Use one of {kinds}, optionally followed by :N.</source>
        <translation>استخدم أحد {kinds}، متبوعًا اختياريًا بـ :N.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s latency {value} is not a number of seconds from 0 to 3600.</source>
        <translation>زمن الاستجابة {value} للمزوّد الوهمي ليس عددًا من الثواني من 0 إلى 3600.</translation>
    </message>
    <message>
        <source>Fix {variable} or the latency option.</source>
        <translation>أصلح {variable} أو خيار زمن الاستجابة.</translation>
    </message>
    <message>
        <source>The fake provider has no model called {model}.</source>
        <translation>لا يملك المزوّد الوهمي نموذجًا باسم {model}.</translation>
    </message>
    <message>
        <source>Leave the model empty or choose {model}.</source>
        <translation>اترك النموذج فارغًا أو اختر {model}.</translation>
    </message>
    <message>
        <source>The fake provider works: it makes headshots on this computer, for nothing.</source>
        <translation>المزوّد الوهمي يعمل: يصنع صورًا احترافية على هذا الحاسوب، مجانًا.</translation>
    </message>
    <message>
        <source>The fake provider has no look called {look}.</source>
        <translation>لا يملك المزوّد الوهمي مظهرًا باسم {look}.</translation>
    </message>
    <message>
        <source>Choose {looks}.</source>
        <translation>اختر {looks}.</translation>
    </message>
    <message>
        <source>Making a fake headshot on this computer…</source>
        <translation>جارٍ صنع صورة احترافية وهمية على هذا الحاسوب…</translation>
    </message>
    <message>
        <source>The fake provider could not read the photo.</source>
        <translation>تعذّر على المزوّد الوهمي قراءة الصورة.</translation>
    </message>
    <message>
        <source>Try another photo.</source>
        <translation>جرّب صورة أخرى.</translation>
    </message>
</context>
<context>
    <name>gemini</name>
    <message>
        <source>Gemini&apos;s {model} takes at most {count} reference photos.</source>
        <translation>يقبل {model} من Gemini صورًا مرجعية لا يتجاوز عددها {count}.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a newer Gemini image model.</source>
        <translation>اختر صورًا مرجعية أقل، أو نموذج صور أحدث من Gemini.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system blocked the request before making anything ({reason}): it flagged your photo or the style&apos;s text.</source>
        <translation>حظر نظام الأمان لدى {service} الطلب قبل صنع أي شيء ({reason}): أشار إلى صورتك أو نص النمط.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system stopped the headshot it made ({reason}).</source>
        <translation>أوقف نظام الأمان لدى {service} الصورة الاحترافية التي صنعها ({reason}).</translation>
    </message>
    <message>
        <source>{service} stopped because the result looked too much like an existing image.</source>
        <translation>توقف {service} لأن النتيجة بدت شديدة الشبه بصورة موجودة.</translation>
    </message>
    <message>
        <source>{service} answered in words instead of making the headshot.</source>
        <translation>ردّ {service} بكلمات بدلًا من صنع الصورة الاحترافية.</translation>
    </message>
    <message>
        <source>This is how Gemini declines: try another photo or another style.</source>
        <translation>هكذا يرفض Gemini: جرّب صورة أخرى أو نمطًا آخر.</translation>
    </message>
    <message>
        <source>{service} made no image this time ({reason}).</source>
        <translation>لم يصنع {service} أي صورة هذه المرة ({reason}).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will likely be refused again.</source>
        <translation>جرّب صورة أخرى (جيدة الإضاءة، وأنت وحدك في الإطار) أو نمطًا آخر. إعادة المحاولة بالصورة والنمط نفسيهما ستُرفض على الأرجح مجددًا.</translation>
    </message>
    <message>
        <source>The Gemini API version {version} is not one Google serves.</source>
        <translation>إصدار Gemini API {version} ليس من الإصدارات التي تقدمها Google.</translation>
    </message>
    <message>
        <source>Use v1 or v1beta (or unset {variable}).</source>
        <translation>استخدم v1 أو v1beta (أو ألغِ ضبط {variable}).</translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation>لم يُضبط مفتاح API لـ Gemini.</translation>
    </message>
    <message>
        <source>The prepaid credit for your {service} key is used up.</source>
        <translation>نفد الرصيد المدفوع مسبقًا لمفتاح {service} الخاص بك.</translation>
    </message>
    <message>
        <source>Add credit or check billing in Google AI Studio ({address}), then try again.</source>
        <translation>أضف رصيدًا أو تحقق من الفوترة في Google AI Studio ({address})، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>{service} cannot be used with this key as it is.</source>
        <translation>لا يمكن استخدام {service} بهذا المفتاح بوضعه الحالي.</translation>
    </message>
    <message>
        <source>Turn on billing for the key&apos;s project in Google AI Studio: the free tier is not offered everywhere.</source>
        <translation>فعّل الفوترة لمشروع المفتاح في Google AI Studio: المستوى المجاني غير متاح في كل مكان.</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project has the Gemini API turned on and may use this model.</source>
        <translation>تحقق من أن Gemini API مفعّلة في مشروع المفتاح وأنه مسموح له باستخدام هذا النموذج.</translation>
    </message>
    <message>
        <source>{service} does not offer {model} to this key.</source>
        <translation>لا يقدّم {service} النموذج {model} لهذا المفتاح.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for to this key.</source>
        <translation>لا يقدّم {service} ما طُلب لهذا المفتاح.</translation>
    </message>
    <message>
        <source>Choose another model in Settings (Test key lists the ones your key can use).</source>
        <translation>اختر نموذجًا آخر في الإعدادات (يسرد «اختبار المفتاح» النماذج التي يمكن لمفتاحك استخدامها).</translation>
    </message>
    <message>
        <source>{service} took too long to make the image (HTTP {status}).</source>
        <translation>استغرق {service} وقتًا طويلًا جدًا لصنع الصورة (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the model and detail level in Settings, or try another photo.</source>
        <translation>تحقق من النموذج ومستوى التفاصيل في الإعدادات، أو جرّب صورة أخرى.</translation>
    </message>
    <message>
        <source>{service} could not be reached properly (HTTP {status}).</source>
        <translation>تعذّر الوصول إلى {service} على النحو الصحيح (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not Gemini&apos;s (HTTP {status}).</source>
        <translation>أعاد {service} ردًا لا يبدو صادرًا عن Gemini (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the key&apos;s project in Google AI Studio, or type a model name in Settings.</source>
        <translation>تحقق من مشروع المفتاح في Google AI Studio، أو اكتب اسم نموذج في الإعدادات.</translation>
    </message>
    <message>
        <source>Google keeps prompts and images for up to 55 days to watch for abuse. On a paid (billing-enabled) project it does not use them to improve its products.</source>
        <translation>تحتفظ Google بالموجِّهات والصور لمدة تصل إلى 55 يومًا لرصد إساءة الاستخدام. وفي المشروع المدفوع (المفعّلة فيه الفوترة) لا تستخدمها لتحسين منتجاتها.</translation>
    </message>
    <message>
        <source>On the free tier Google may use what you send to improve its products, and people at Google may read it: use a key from a Google Cloud project with billing turned on.</source>
        <translation>في المستوى المجاني قد تستخدم Google ما ترسله لتحسين منتجاتها، وقد يقرؤه موظفون لدى Google: استخدم مفتاحًا من مشروع Google Cloud مفعّلة فيه الفوترة.</translation>
    </message>
    <message>
        <source>Projects created since 26 October 2026 keep a log of requests unless logging is turned off in Google AI Studio. The app asks Google not to log each request; turning logging off in AI Studio makes sure.</source>
        <translation>تحتفظ المشاريع المُنشأة منذ 26 أكتوبر 2026 بسجل للطلبات ما لم يُعطَّل التسجيل في Google AI Studio. يطلب التطبيق من Google عدم تسجيل كل طلب؛ وتعطيل التسجيل في AI Studio يضمن ذلك.</translation>
    </message>
    <message>
        <source>Google&apos;s terms say the Gemini API is for professional or business use, by people aged 18 or over.</source>
        <translation>تنص شروط Google على أن Gemini API مخصصة للاستخدام المهني أو التجاري، من قِبل من بلغوا 18 عامًا أو أكثر.</translation>
    </message>
    <message>
        <source>My Gemini API key belongs to a project with billing turned on (the paid tier).</source>
        <translation>مفتاح Gemini API الخاص بي تابع لمشروع مفعّلة فيه الفوترة (المستوى المدفوع).</translation>
    </message>
    <message>
        <source>Every image Gemini makes carries Google&apos;s invisible SynthID watermark, which marks it as made by AI.</source>
        <translation>كل صورة يصنعها Gemini تحمل علامة SynthID المائية غير المرئية من Google، التي تَسِمها بأنها مصنوعة بالذكاء الاصطناعي.</translation>
    </message>
</context>
<context>
    <name>generation</name>
    <message>
        <source>the prompt is empty</source>
        <translation>الموجِّه فارغ</translation>
    </message>
    <message>
        <source>the prompt is longer than {limit} characters</source>
        <translation>الموجِّه أطول من {limit} حرف</translation>
    </message>
    <message>
        <source>the shape {shape} is not one of {shapes}</source>
        <translation>الشكل {shape} ليس أحد {shapes}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}؛ {then}</translation>
    </message>
    <message>
        <source>the detail level {level} is not one of {levels}</source>
        <translation>مستوى التفاصيل {level} ليس أحد {levels}</translation>
    </message>
    <message>
        <source>the number of previews must be 0 to {most}</source>
        <translation>يجب أن يكون عدد المعاينات من 0 إلى {most}</translation>
    </message>
    <message>
        <source>there are at most {most} variants</source>
        <translation>الحد الأقصى للبدائل هو {most}</translation>
    </message>
    <message>
        <source>there are at most {most} reference photos</source>
        <translation>الحد الأقصى للصور المرجعية هو {most}</translation>
    </message>
    <message>
        <source>These generation settings cannot be used: {problems}.</source>
        <translation>لا يمكن استخدام إعدادات التوليد هذه: {problems}.</translation>
    </message>
    <message>
        <source>Change them in Settings and try again.</source>
        <translation>غيّرها في الإعدادات وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The model {model} was retired on {when}. Choose another model in Settings.</source>
        <translation>أُوقف النموذج {model} في {when}. اختر نموذجًا آخر في الإعدادات.</translation>
    </message>
    <message>
        <source>The model {model} will be retired on {when}. Choose a newer model in Settings before then.</source>
        <translation>سيُوقف النموذج {model} في {when}. اختر نموذجًا أحدث في الإعدادات قبل ذلك الحين.</translation>
    </message>
    <message>
        <source>Uploading to {service}… {fraction:.0%}</source>
        <translation>جارٍ الرفع إلى {service}… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Uploading to {service}…</source>
        <translation>جارٍ الرفع إلى {service}…</translation>
    </message>
    <message>
        <source>Receiving the headshot… {fraction:.0%}</source>
        <translation>جارٍ استلام الصورة الاحترافية… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Receiving the headshot…</source>
        <translation>جارٍ استلام الصورة الاحترافية…</translation>
    </message>
    <message>
        <source>Waiting for {service}…</source>
        <translation>بانتظار {service}…</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <source>the photo&apos;s colour profile could not be used; colours may look slightly different</source>
        <translation>تعذّر استخدام ملف تعريف الألوان في الصورة؛ قد تبدو الألوان مختلفة قليلًا</translation>
    </message>
    <message>
        <source>the photo&apos;s transparent parts were filled with white</source>
        <translation>مُلئت الأجزاء الشفافة من الصورة باللون الأبيض</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>الملف تالف أو غير مكتمل</translation>
    </message>
    <message>
        <source>Open it in another app to check it, or choose another photo.</source>
        <translation>افتحه في تطبيق آخر للتحقق منه، أو اختر صورة أخرى.</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo (a few thousand pixels across is plenty).</source>
        <translation>استخدم نسخة أصغر من الصورة (بضعة آلاف من البكسلات عرضًا تكفي).</translation>
    </message>
    <message>
        <source>{format} photos cannot be opened on this computer</source>
        <translation>لا يمكن فتح صور {format} على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Convert it to JPEG first.</source>
        <translation>حوّلها إلى JPEG أولًا.</translation>
    </message>
    <message>
        <source>the image is too large ({megapixels} megapixels); the limit is {limit} megapixels</source>
        <translation>الصورة كبيرة جدًا ({megapixels} ميغابكسل)؛ الحد هو {limit} ميغابكسل</translation>
    </message>
    <message>
        <source>the image is too large; the limit is {limit} megapixels</source>
        <translation>الصورة كبيرة جدًا؛ الحد هو {limit} ميغابكسل</translation>
    </message>
    <message>
        <source>the image is too large ({width} × {height} pixels); the limit is {limit} megapixels</source>
        <translation>الصورة كبيرة جدًا ({width} × {height} بكسل)؛ الحد هو {limit} ميغابكسل</translation>
    </message>
    <message>
        <source>the image is too small for a headshot ({width} × {height} pixels); it needs at least {minimum} pixels on its shorter side</source>
        <translation>الصورة صغيرة جدًا على صورة احترافية ({width} × {height} بكسل)؛ تحتاج إلى {minimum} بكسل على الأقل في ضلعها الأقصر</translation>
    </message>
    <message>
        <source>Use a larger photo, for example the original from your phone or camera.</source>
        <translation>استخدم صورة أكبر، مثل الصورة الأصلية من هاتفك أو كاميرتك.</translation>
    </message>
    <message>
        <source>animated GIF: the first frame was used</source>
        <translation>صورة GIF متحركة: استُخدم الإطار الأول</translation>
    </message>
    <message>
        <source>the TIFF file has several pages: the first one was used</source>
        <translation>ملف TIFF متعدد الصفحات: استُخدمت الصفحة الأولى</translation>
    </message>
    <message>
        <source>the HEIC file holds several images: the first one was used</source>
        <translation>ملف HEIC يحتوي على عدة صور: استُخدمت الأولى</translation>
    </message>
    <message>
        <source>the file holds several pictures: the first one was used</source>
        <translation>الملف يحتوي على عدة صور: استُخدمت الأولى</translation>
    </message>
    <message>
        <source>animated image: the first frame was used</source>
        <translation>صورة متحركة: استُخدم الإطار الأول</translation>
    </message>
    <message>
        <source>there is not enough memory to open this image</source>
        <translation>لا توجد ذاكرة كافية لفتح هذه الصورة</translation>
    </message>
    <message>
        <source>the photo was reduced to {width} × {height} pixels to stay under the provider&apos;s {limit} limit</source>
        <translation>صُغّرت الصورة إلى {width} × {height} بكسل لتبقى ضمن حد {limit} لدى المزوّد</translation>
    </message>
    <message>
        <source>JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF</source>
        <translation>JPEG أو PNG أو HEIC أو WebP أو TIFF أو BMP أو GIF</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo.</source>
        <translation>استخدم نسخة أصغر من الصورة.</translation>
    </message>
    <message>
        <source>the image uses a colour format that cannot be read</source>
        <translation>تستخدم الصورة تنسيق ألوان لا يمكن قراءته</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and try again.</source>
        <translation>احفظها بتنسيق JPEG أو PNG وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Choose a photo: {formats}.</source>
        <translation>اختر صورة: {formats}.</translation>
    </message>
    <message>
        <source>Export or save it as a JPEG or PNG photo, then try again.</source>
        <translation>صدّرها أو احفظها كصورة JPEG أو PNG، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>Choose another photo.</source>
        <translation>اختر صورة أخرى.</translation>
    </message>
    <message>
        <source>this is not a photo Headshot Desktop can read</source>
        <translation>هذه ليست صورة يستطيع Headshot Desktop قراءتها</translation>
    </message>
    <message>
        <source>this is a PDF document, not a photo</source>
        <translation>هذا مستند PDF، وليس صورة</translation>
    </message>
    <message>
        <source>Export the page as a JPEG or PNG image first.</source>
        <translation>صدّر الصفحة كصورة JPEG أو PNG أولًا.</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a photo</source>
        <translation>هذه صفحة ويب (HTML)، وليست صورة</translation>
    </message>
    <message>
        <source>Save the picture itself from the page (right-click it, then Save Image As) and use that file.</source>
        <translation>احفظ الصورة نفسها من الصفحة (انقر عليها بزر الفأرة الأيمن، ثم «حفظ الصورة باسم») واستخدم ذلك الملف.</translation>
    </message>
    <message>
        <source>this is an SVG drawing, not a photo</source>
        <translation>هذا رسم SVG، وليس صورة</translation>
    </message>
    <message>
        <source>this is an XML document, not a photo</source>
        <translation>هذا مستند XML، وليس صورة</translation>
    </message>
    <message>
        <source>this is a text file, not a photo</source>
        <translation>هذا ملف نصي، وليس صورة</translation>
    </message>
    <message>
        <source>this is a video, not a photo</source>
        <translation>هذا مقطع فيديو، وليس صورة</translation>
    </message>
    <message>
        <source>Take a still picture from the video, or choose a photo.</source>
        <translation>التقط صورة ثابتة من الفيديو، أو اختر صورة.</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a photo</source>
        <translation>هذا أرشيف مضغوط، وليس صورة</translation>
    </message>
    <message>
        <source>Unpack it first, then choose the photo inside.</source>
        <translation>فك ضغطه أولًا، ثم اختر الصورة التي بداخله.</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>ملفات {format} غير مدعومة</translation>
    </message>
    <message>
        <source>Camera RAW</source>
        <translation>RAW الخاصة بالكاميرات</translation>
    </message>
    <message>
        <source>Photoshop (PSD)</source>
        <translation>Photoshop (PSD)</translation>
    </message>
    <message>
        <source>Icon (ICO)</source>
        <translation>أيقونة (ICO)</translation>
    </message>
    <message>
        <source>Export a smaller copy of the photo (a JPEG is plenty) and try again.</source>
        <translation>صدّر نسخة أصغر من الصورة (تكفي صورة JPEG) وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it to a folder of yours and choose the copy.</source>
        <translation>تحقق من أذونات الملف، أو انسخه إلى مجلد خاص بك واختر النسخة.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>ربما نُقل أو أُعيدت تسميته أو حُذف.</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>هذا مجلد، وليس صورة</translation>
    </message>
    <message>
        <source>Open the folder and choose a photo in it.</source>
        <translation>افتح المجلد واختر صورة بداخله.</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>الصورة فارغة</translation>
    </message>
    <message>
        <source>the image is too large ({size}); the limit is {limit}</source>
        <translation>الصورة كبيرة جدًا ({size})؛ الحد هو {limit}</translation>
    </message>
    <message>
        <source>the file is too large ({size}); the limit is {limit}</source>
        <translation>الملف كبير جدًا ({size})؛ الحد هو {limit}</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>هذا ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation>اختر ملف صورة.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>لا يمكن قراءة الملف (رُفض الإذن)</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>لا يمكن قراءة الملف ({error})</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{folder} is a link (to {target}), not a folder. Headshot Desktop does not follow links out of its library, so it leaves this library alone.</source>
        <translation>{folder} رابط (إلى {target})، وليس مجلدًا. لا يتبع Headshot Desktop الروابط إلى خارج مكتبته، لذا يترك هذه المكتبة كما هي.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the photos into it), or choose another library folder in Settings.</source>
        <translation>استبدل الرابط بمجلد حقيقي (وانقل الصور إليه)، أو اختر مجلد مكتبة آخر في الإعدادات.</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h (fractions of the width and height, e.g. 0,0.1,1,0.7).</source>
        <translation>{text} ليست أربعة أعداد x,y,w,h (كسور من العرض والارتفاع، مثل 0,0.1,1,0.7).</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h: each must be a number from 0 to 1.</source>
        <translation>{text} ليست أربعة أعداد x,y,w,h: يجب أن يكون كل منها عددًا من 0 إلى 1.</translation>
    </message>
    <message>
        <source>{text} holds a value that is not a number.</source>
        <translation>{text} تحتوي على قيمة ليست عددًا.</translation>
    </message>
    <message>
        <source>{text}: x and y are where the crop starts, from 0 (left, top) to below 1.</source>
        <translation>{text}: x وy هما موضع بداية الاقتصاص، من 0 (اليسار، الأعلى) إلى أقل من 1.</translation>
    </message>
    <message>
        <source>{text}: the width and height must be more than 0 and at most 1 (the whole image).</source>
        <translation>{text}: يجب أن يكون العرض والارتفاع أكبر من 0 وألا يتجاوزا 1 (الصورة كاملة).</translation>
    </message>
    <message>
        <source>{text} reaches past the image&apos;s edge: x + w and y + h must be at most 1.</source>
        <translation>{text} يتجاوز حافة الصورة: يجب ألا يتجاوز x + w وy + h القيمة 1.</translation>
    </message>
    <message>
        <source>{path} (a link, or not a file: not copied)</source>
        <translation>{path} (رابط، أو ليس ملفًا: لم يُنسخ)</translation>
    </message>
    <message>
        <source>{path} (a link, or outside the library: not copied)</source>
        <translation>{path} (رابط، أو خارج المكتبة: لم يُنسخ)</translation>
    </message>
    <message>
        <source>write the export</source>
        <translation>كتابة ملف التصدير</translation>
    </message>
    <message>
        <source>Removed {count} file(s) you had deleted in the app from the system trash.</source>
        <translation>أُزيل من سلة مهملات النظام {count} من الملفات التي كنت قد حذفتها في التطبيق.</translation>
    </message>
    <message>
        <source>They stay there until the trash is emptied.</source>
        <translation>تبقى هناك حتى تُفرَّغ سلة المهملات.</translation>
    </message>
    <message>
        <source>{count} file(s) you deleted in the app are still in the system trash: {names}. {hint}</source>
        <translation>لا يزال {count} من الملفات التي حذفتها في التطبيق في سلة مهملات النظام: {names}. {hint}</translation>
    </message>
    <message>
        <source>Nothing was deleted: deleting all data needs an explicit confirmation.</source>
        <translation>لم يُحذف شيء: يتطلب حذف كل البيانات تأكيدًا صريحًا.</translation>
    </message>
    <message>
        <source>Confirm that everything should be deleted.</source>
        <translation>أكّد أنه يجب حذف كل شيء.</translation>
    </message>
    <message>
        <source>the library folder {folder} was not found (is its drive connected?), so its photos were not deleted. The setting that says where it is was kept: connect the drive and run this again.</source>
        <translation>لم يُعثر على مجلد المكتبة {folder} (هل قرصه متصل؟)، لذا لم تُحذف صوره. احتُفظ بالإعداد الذي يحدد موقعه: وصّل القرص وشغّل هذا مجددًا.</translation>
    </message>
    <message>
        <source>the library in {folder}: {error}</source>
        <translation>المكتبة في {folder}: {error}</translation>
    </message>
    <message>
        <source>the library folder setting ({error})</source>
        <translation>إعداد مجلد المكتبة ({error})</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>ملف التصدير</translation>
    </message>
    <message>
        <source>{what} would be {size} as PNG, over its limit of {limit}.</source>
        <translation>سيكون حجم {what} بتنسيق PNG {size}، متجاوزًا حده البالغ {limit}.</translation>
    </message>
    <message>
        <source>Choose JPEG or WebP: their quality is lowered until the file fits.</source>
        <translation>اختر JPEG أو WebP: تُخفَّض جودتهما حتى يتسع الملف.</translation>
    </message>
    <message>
        <source>{what} does not fit in {limit} even at quality {quality}.</source>
        <translation>لا يتسع {what} ضمن {limit} حتى بجودة {quality}.</translation>
    </message>
    <message>
        <source>Choose a smaller size, or a preset without a size limit.</source>
        <translation>اختر مقاسًا أصغر، أو مقاسًا جاهزًا بلا حد للحجم.</translation>
    </message>
    <message>
        <source>The file name template uses {field}, which is not a known field.</source>
        <translation>يستخدم قالب اسم الملف {field}، وهو ليس حقلًا معروفًا.</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>استخدم {fields}.</translation>
    </message>
    <message>
        <source>The file name template {template} is not valid.</source>
        <translation>قالب اسم الملف {template} غير صالح.</translation>
    </message>
    <message>
        <source>Cannot export as {format}.</source>
        <translation>لا يمكن التصدير بتنسيق {format}.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>اختر PNG أو JPEG أو WebP.</translation>
    </message>
    <message>
        <source>Quality {quality} is out of range.</source>
        <translation>الجودة {quality} خارج النطاق.</translation>
    </message>
    <message>
        <source>Use a number from 1 to 100.</source>
        <translation>استخدم عددًا من 1 إلى 100.</translation>
    </message>
    <message>
        <source>{name} is no longer in the library.</source>
        <translation>لم يعد {name} في المكتبة.</translation>
    </message>
    <message>
        <source>Cannot export {name}: the file is damaged or not an image.</source>
        <translation>لا يمكن تصدير {name}: الملف تالف أو ليس صورة.</translation>
    </message>
    <message>
        <source>{name} for {preset}</source>
        <translation>{name} لـ {preset}</translation>
    </message>
    <message>
        <source>export the headshot</source>
        <translation>تصدير الصورة الاحترافية</translation>
    </message>
    <message>
        <source>The move was cancelled; the library stays where it was.</source>
        <translation>أُلغي النقل؛ تبقى المكتبة حيث كانت.</translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation>إنشاء المجلد</translation>
    </message>
    <message>
        <source>The library folder {folder} is no longer there.</source>
        <translation>لم يعد مجلد المكتبة {folder} موجودًا.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5).</source>
        <translation>إذا كان على قرص فُصل، فوصّله واستخدم عرض ◂ إعادة تحميل المكتبة (F5).</translation>
    </message>
    <message>
        <source>create the library folder</source>
        <translation>إنشاء مجلد المكتبة</translation>
    </message>
    <message>
        <source>The library {folder} is being deleted by another Headshot Desktop.</source>
        <translation>تُحذف المكتبة {folder} بواسطة نسخة أخرى من Headshot Desktop.</translation>
    </message>
    <message>
        <source>Wait until that has finished, or choose another library folder.</source>
        <translation>انتظر حتى ينتهي ذلك، أو اختر مجلد مكتبة آخر.</translation>
    </message>
    <message>
        <source>Could not {action}: the library folder {folder} is no longer there.</source>
        <translation>تعذّر {action}: لم يعد مجلد المكتبة {folder} موجودًا.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and try again.</source>
        <translation>إذا كان على قرص فُصل، فوصّله وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The image {provider} returned cannot be read, so it was not saved.</source>
        <translation>لا يمكن قراءة الصورة التي أعادها {provider}، لذا لم تُحفظ.</translation>
    </message>
    <message>
        <source>The image the provider returned cannot be read, so it was not saved.</source>
        <translation>لا يمكن قراءة الصورة التي أعادها المزوّد، لذا لم تُحفظ.</translation>
    </message>
    <message>
        <source>Try generating it again.</source>
        <translation>جرّب توليدها مجددًا.</translation>
    </message>
    <message>
        <source>The library index {path} was written by a newer version of Headshot Desktop.</source>
        <translation>كُتب فهرس المكتبة {path} بإصدار أحدث من Headshot Desktop.</translation>
    </message>
    <message>
        <source>Update the app to open this library.</source>
        <translation>حدّث التطبيق لفتح هذه المكتبة.</translation>
    </message>
    <message>
        <source>That original photo (number {number}) is no longer in the library.</source>
        <translation>تلك الصورة الأصلية (رقم {number}) لم تعد في المكتبة.</translation>
    </message>
    <message>
        <source>That headshot (number {number}) is no longer in the library.</source>
        <translation>تلك الصورة الاحترافية (رقم {number}) لم تعد في المكتبة.</translation>
    </message>
    <message>
        <source>keep the paid headshot in the recovery folder</source>
        <translation>حفظ الصورة الاحترافية المدفوعة في مجلد الاسترداد</translation>
    </message>
    <message>
        <source>read the recovery folder</source>
        <translation>قراءة مجلد الاسترداد</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>Could not remove {path} ({error}).</source>
        <translation>تعذّرت إزالة {path} ({error}).</translation>
    </message>
    <message>
        <source>Choose an empty folder, or a new one.</source>
        <translation>اختر مجلدًا فارغًا، أو مجلدًا جديدًا.</translation>
    </message>
    <message>
        <source>{target} is inside the library folder {source}, so the library cannot be moved there.</source>
        <translation>{target} موجود داخل مجلد المكتبة {source}، لذا لا يمكن نقل المكتبة إليه.</translation>
    </message>
    <message>
        <source>Choose a folder outside it.</source>
        <translation>اختر مجلدًا خارجه.</translation>
    </message>
    <message>
        <source>{target} holds the library folder {source}, so the library cannot be moved into it.</source>
        <translation>{target} يحتوي على مجلد المكتبة {source}، لذا لا يمكن نقل المكتبة إليه.</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder.</source>
        <translation>{target} ملف، وليس مجلدًا.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>اختر مجلدًا.</translation>
    </message>
    <message>
        <source>The library folder {source} was not found, so there is nothing to move.</source>
        <translation>لم يُعثر على مجلد المكتبة {source}، لذا لا يوجد ما يُنقل.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again.</source>
        <translation>إذا كان على قرص غير متصل، فوصّله وحاول مجددًا.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos and {batches} team batch(es) of its own.</source>
        <translation>يحتوي {target} بالفعل على مكتبة خاصة به: عدد الصور {photos}، وعدد دفعات الفريق {batches}.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos of its own.</source>
        <translation>يحتوي {target} بالفعل على مكتبة خاصة به: عدد الصور {photos}.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {batches} team batch(es) of its own.</source>
        <translation>يحتوي {target} بالفعل على مكتبة خاصة به: عدد دفعات الفريق {batches}.</translation>
    </message>
    <message>
        <source>Choose an empty folder to move your library to, or use that library as it is.</source>
        <translation>اختر مجلدًا فارغًا لنقل مكتبتك إليه، أو استخدم تلك المكتبة كما هي.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} و{count} غيرها</translation>
    </message>
    <message>
        <source>{target} is not empty ({names}) and is not a Headshot Desktop library.</source>
        <translation>{target} ليس فارغًا ({names}) وليس مكتبة Headshot Desktop.</translation>
    </message>
    <message>
        <source>There is not enough free space for the library in {target}: it needs {needed}, and {free} is free.</source>
        <translation>لا توجد مساحة فارغة كافية للمكتبة في {target}: تحتاج إلى {needed}، والمتاح {free}.</translation>
    </message>
    <message>
        <source>Free some space on that disk, or choose a folder on another one.</source>
        <translation>حرّر بعض المساحة على ذلك القرص، أو اختر مجلدًا على قرص آخر.</translation>
    </message>
    <message>
        <source>The library {folder} is open in another Headshot Desktop window or command.</source>
        <translation>المكتبة {folder} مفتوحة في نافذة أو أمر آخر من Headshot Desktop.</translation>
    </message>
    <message>
        <source>Close it, or wait for the command to finish, and try again. Nothing was moved.</source>
        <translation>أغلقها، أو انتظر انتهاء الأمر، وحاول مجددًا. لم يُنقل شيء.</translation>
    </message>
    <message>
        <source>lock the library</source>
        <translation>قفل المكتبة</translation>
    </message>
    <message>
        <source>replace the empty library&apos;s index</source>
        <translation>استبدال فهرس المكتبة الفارغة</translation>
    </message>
    <message>
        <source>{target} appeared while the library was being moved, and differs from {source}.</source>
        <translation>ظهر {target} أثناء نقل المكتبة، وهو يختلف عن {source}.</translation>
    </message>
    <message>
        <source>Nothing was removed from the old library. Choose an empty folder and try again.</source>
        <translation>لم يُزَل شيء من المكتبة القديمة. اختر مجلدًا فارغًا وحاول مجددًا.</translation>
    </message>
    <message>
        <source>copy the library</source>
        <translation>نسخ المكتبة</translation>
    </message>
    <message>
        <source>The copy of {name} in {folder} differs from the original.</source>
        <translation>نسخة {name} في {folder} تختلف عن الأصل.</translation>
    </message>
    <message>
        <source>The disk may be failing. Nothing was removed from the old library.</source>
        <translation>ربما يكون القرص معطوبًا. لم يُزَل شيء من المكتبة القديمة.</translation>
    </message>
    <message>
        <source>Deleted {originals} original photo(s) and {headshots} headshot(s).</source>
        <translation>حُذف: الصور الأصلية ({originals})، والصور الاحترافية ({headshots}).</translation>
    </message>
    <message>
        <source>Deleted the library index, {thumbnails} preview(s), {logs} log file(s) and {others} settings and state file(s).</source>
        <translation>حُذف فهرس المكتبة، والمعاينات ({thumbnails})، وملفات السجل ({logs})، وملفات الإعدادات والحالة ({others}).</translation>
    </message>
    <message>
        <source>Deleted {batches} team batch(es): who was in each and where their photos were.</source>
        <translation>حُذفت دفعات الفريق ({batches}): من كان في كل منها وأين كانت صورهم.</translation>
    </message>
    <message>
        <source>Removed the API key of {providers} from the system keyring.</source>
        <translation>أُزيل مفتاح API لـ {providers} من سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>The stored API keys could not be checked: {problem}</source>
        <translation>تعذّر التحقق من مفاتيح API المخزّنة: {problem}</translation>
    </message>
    <message>
        <source>No API key was stored for {providers}.</source>
        <translation>لم يكن هناك مفتاح API مخزّن لـ {providers}.</translation>
    </message>
    <message>
        <source>Earlier, {count} file(s) went to the system trash (by Delete or by the retention setting): {names}. If the trash has not been emptied since, they are still there: empty the trash to remove them.</source>
        <translation>في وقت سابق، ذهب {count} من الملفات إلى سلة مهملات النظام (بالحذف أو بإعداد مدة الحفظ): {names}. إن لم تُفرَّغ سلة المهملات منذ ذلك الحين، فهي لا تزال هناك: أفرغ سلة المهملات لإزالتها.</translation>
    </message>
    <message>
        <source>These files are not the app&apos;s and were left where they are: {paths}</source>
        <translation>هذه الملفات ليست ملفات التطبيق وتُركت في مكانها: {paths}</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>لم يُحذف: {error}</translation>
    </message>
    <message>
        <source>The library {folder} is open in Headshot Desktop (a window, or a command still running).</source>
        <translation>المكتبة {folder} مفتوحة في Headshot Desktop (نافذة، أو أمر لا يزال قيد التشغيل).</translation>
    </message>
    <message>
        <source>Close every Headshot Desktop window, wait for running commands to finish, and try again. Nothing was deleted.</source>
        <translation>أغلق كل نوافذ Headshot Desktop، وانتظر انتهاء الأوامر الجارية، ثم حاول مجددًا. لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>{folder} (not removed: it is not a folder of the app&apos;s own)</source>
        <translation>{folder} (لم يُزَل: ليس مجلدًا خاصًا بالتطبيق)</translation>
    </message>
    <message>
        <source>Could not delete the old log file {path} ({error}).</source>
        <translation>تعذّر حذف ملف السجل القديم {path} ({error}).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>القرص ممتلئ. حرّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Check that you may change files in {folder}.</source>
        <translation>تحقق من أنه مسموح لك بتغيير الملفات في {folder}.</translation>
    </message>
    <message>
        <source>The file name or folder path is too long; choose a shorter one.</source>
        <translation>اسم الملف أو مسار المجلد طويل جدًا؛ اختر اسمًا أقصر.</translation>
    </message>
    <message>
        <source>Could not {action}: the disk is full ({path}).</source>
        <translation>تعذّر {action}: القرص ممتلئ ({path}).</translation>
    </message>
    <message>
        <source>Could not {action} ({path}).</source>
        <translation>تعذّر {action} ({path}).</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation>{name} موجود بالفعل في {folder}.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it (on the command line: --force).</source>
        <translation>اختر اسمًا آخر، أو اسمح باستبداله (في سطر الأوامر: --force).</translation>
    </message>
    <message>
        <source>The library folder {folder} was not found.</source>
        <translation>لم يُعثر على مجلد المكتبة {folder}.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again; otherwise choose another library folder in Settings.</source>
        <translation>إذا كان على قرص غير متصل، فوصّله وحاول مجددًا؛ وإلا فاختر مجلد مكتبة آخر في الإعدادات.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s index file should be ({path}).</source>
        <translation>يوجد مجلد في المكان الذي يجب أن يكون فيه ملف فهرس المكتبة ({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder; the index is then rebuilt from your photos.</source>
        <translation>انقل ذلك المجلد خارج مجلد المكتبة؛ ثم يُعاد بناء الفهرس من صورك.</translation>
    </message>
    <message>
        <source>The disk that holds the library is full ({folder}).</source>
        <translation>القرص الذي يحتوي على المكتبة ممتلئ ({folder}).</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>حرّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The library {folder} is read-only.</source>
        <translation>المكتبة {folder} للقراءة فقط.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, choose a folder you may change.</source>
        <translation>يمكنك تصفحها والتصدير منها؛ وللإضافة إليها، اختر مجلدًا مسموحًا لك بتغييره.</translation>
    </message>
    <message>
        <source>The library index {path} is busy.</source>
        <translation>فهرس المكتبة {path} مشغول.</translation>
    </message>
    <message>
        <source>Another program may be using it; close it and try again.</source>
        <translation>ربما يستخدمه برنامج آخر؛ أغلقه وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library index ({path}).</source>
        <translation>أبلغ القرص عن خطأ أثناء قراءة فهرس المكتبة أو كتابته ({path}).</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>تحقق من أن القرص لا يزال متصلًا ويعمل، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be opened.</source>
        <translation>لا يمكن فتح فهرس المكتبة {path}.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be used ({error}).</source>
        <translation>لا يمكن استخدام فهرس المكتبة {path} ({error}).</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, move the index file away and it is rebuilt from your photos.</source>
        <translation>حاول مجددًا؛ وإن استمر الفشل، فانقل ملف الفهرس بعيدًا ليُعاد بناؤه من صورك.</translation>
    </message>
    <message>
        <source>The library {folder} is busy.</source>
        <translation>المكتبة {folder} مشغولة.</translation>
    </message>
    <message>
        <source>Another Headshot Desktop window may be saving to it; try again in a moment.</source>
        <translation>ربما تحفظ فيها نافذة أخرى من Headshot Desktop؛ حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>The library&apos;s lock file {path} is a link. Headshot Desktop does not follow links out of its library.</source>
        <translation>ملف القفل الخاص بالمكتبة {path} رابط. لا يتبع Headshot Desktop الروابط إلى خارج مكتبته.</translation>
    </message>
    <message>
        <source>Delete that link (it holds nothing of yours) and try again.</source>
        <translation>احذف ذلك الرابط (لا يحتوي على شيء يخصك) وحاول مجددًا.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s lock file should be ({path}).</source>
        <translation>يوجد مجلد في المكان الذي يجب أن يكون فيه ملف القفل الخاص بالمكتبة ({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder and try again.</source>
        <translation>انقل ذلك المجلد خارج مجلد المكتبة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>use the library&apos;s lock file</source>
        <translation>استخدام ملف القفل الخاص بالمكتبة</translation>
    </message>
    <message>
        <source>The library {folder} is read-only, so Headshot Desktop cannot {action} there.</source>
        <translation>المكتبة {folder} للقراءة فقط، لذا لا يستطيع Headshot Desktop {action} هناك.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, copy it to a folder you may change and choose that one in Settings.</source>
        <translation>يمكنك تصفحها والتصدير منها؛ وللإضافة إليها، انسخها إلى مجلد مسموح لك بتغييره واختره في الإعدادات.</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>المكتبة مغلقة.</translation>
    </message>
    <message>
        <source>store the photo {name}</source>
        <translation>تخزين الصورة {name}</translation>
    </message>
    <message>
        <source>save the photo {name}</source>
        <translation>حفظ الصورة {name}</translation>
    </message>
    <message>
        <source>save the headshot</source>
        <translation>حفظ الصورة الاحترافية</translation>
    </message>
    <message>
        <source>mark it to keep</source>
        <translation>تعليمها بـ«احتفاظ»</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>حذفها</translation>
    </message>
    <message>
        <source>Cannot show a preview of {name}: the file is damaged or not an image.</source>
        <translation>لا يمكن عرض معاينة لـ {name}: الملف تالف أو ليس صورة.</translation>
    </message>
    <message>
        <source>Cannot save a preview in {folder}.</source>
        <translation>لا يمكن حفظ معاينة في {folder}.</translation>
    </message>
    <message>
        <source>It was moved or deleted already.</source>
        <translation>سبق أن نُقل أو حُذف.</translation>
    </message>
    <message>
        <source>Could not delete {path}.</source>
        <translation>تعذّر حذف {path}.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder.</source>
        <translation>تحقق من أنه مسموح لك بتغيير الملفات في مجلد المكتبة.</translation>
    </message>
    <message>
        <source>Could not move to the trash {path}.</source>
        <translation>تعذّر نقل {path} إلى سلة المهملات.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder. You can also delete it permanently instead.</source>
        <translation>تحقق من أنه مسموح لك بتغيير الملفات في مجلد المكتبة. ويمكنك أيضًا حذفه نهائيًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>{path} in the system trash ({error})</source>
        <translation>{path} في سلة مهملات النظام ({error})</translation>
    </message>
</context>
<context>
    <name>likeness</name>
    <message>
        <source>Glasses</source>
        <translation>النظارات</translation>
    </message>
    <message>
        <source>Grey or greying hair</source>
        <translation>الشعر الرمادي أو الذي بدأ يشيب</translation>
    </message>
    <message>
        <source>Beard or stubble</source>
        <translation>اللحية أو شعر الذقن الخفيف</translation>
    </message>
    <message>
        <source>Freckles and moles</source>
        <translation>النمش والشامات</translation>
    </message>
    <message>
        <source>Natural teeth</source>
        <translation>الأسنان الطبيعية</translation>
    </message>
    <message>
        <source>Skin texture (no smoothing)</source>
        <translation>ملمس البشرة (دون تنعيم)</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>العمر الظاهر</translation>
    </message>
    <message>
        <source>Body shape</source>
        <translation>شكل الجسم</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>لون البشرة</translation>
    </message>
    <message>
        <source>Hairstyle</source>
        <translation>تسريحة الشعر</translation>
    </message>
    <message>
        <source>there is no feature called {features} to keep (known: {known})</source>
        <translation>لا يوجد ملمح باسم {features} للحفاظ عليه (المعروفة: {known})</translation>
    </message>
    <message>
        <source>what to keep, in your words, may be at most {limit} characters</source>
        <translation>يجب ألا يتجاوز ما تكتبه بكلماتك للحفاظ عليه {limit} حرف</translation>
    </message>
</context>
<context>
    <name>openai</name>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation>لم يُضبط مفتاح API لـ OpenAI.</translation>
    </message>
    <message>
        <source>OpenAI&apos;s {model} takes at most {count} reference photos.</source>
        <translation>يقبل {model} من OpenAI صورًا مرجعية لا يتجاوز عددها {count}.</translation>
    </message>
    <message>
        <source>OpenAI cannot send images as {format}.</source>
        <translation>لا يستطيع OpenAI إرسال الصور بتنسيق {format}.</translation>
    </message>
    <message>
        <source>Choose png, jpeg or webp.</source>
        <translation>اختر png أو jpeg أو webp.</translation>
    </message>
    <message>
        <source>no images in the answer</source>
        <translation>لا صور في الرد</translation>
    </message>
    <message>
        <source>malformed JSON in the stream</source>
        <translation>JSON غير سليم في البث</translation>
    </message>
    <message>
        <source>a stream event that is not an object</source>
        <translation>حدث بث ليس كائنًا</translation>
    </message>
    <message>
        <source>{count} previews for {expected} image(s)</source>
        <translation>{count} معاينة مقابل {expected} صورة</translation>
    </message>
    <message>
        <source>a preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>the stream stopped before the image was finished</source>
        <translation>توقف البث قبل اكتمال الصورة</translation>
    </message>
    <message>
        <source>Only {count} of {expected} images arrived before the connection ended.</source>
        <translation>لم يصل قبل انتهاء الاتصال إلا {count} من أصل {expected} من الصور.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server, check that it is OpenAI-compatible.</source>
        <translation>حاول مجددًا؛ وإن تكرر ذلك مع خادم مخصص، فتحقق من أنه متوافق مع OpenAI.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use the model {model}.</source>
        <translation>يجب التحقق من مؤسستك لدى {service} قبل أن تتمكن من استخدام النموذج {model}.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use this model.</source>
        <translation>يجب التحقق من مؤسستك لدى {service} قبل أن تتمكن من استخدام هذا النموذج.</translation>
    </message>
    <message>
        <source>Verify your organisation in the provider&apos;s settings ({address}, “Verify Organization”); access can take up to 15 minutes to arrive. Or choose another model in Settings.</source>
        <translation>تحقّق من مؤسستك في إعدادات المزوّد ({address}، «Verify Organization»)؛ قد يستغرق تفعيل الوصول حتى 15 دقيقة. أو اختر نموذجًا آخر في الإعدادات.</translation>
    </message>
    <message>
        <source>Check that your key and organisation may use this model.</source>
        <translation>تحقق من أن مفتاحك ومؤسستك مسموح لهما باستخدام هذا النموذج.</translation>
    </message>
    <message>
        <source>{service} took too long to take the request.</source>
        <translation>استغرق {service} وقتًا طويلًا جدًا لاستقبال الطلب.</translation>
    </message>
    <message>
        <source>Check the model, size and quality in Settings, or try another photo.</source>
        <translation>تحقق من النموذج والمقاس والجودة في الإعدادات، أو جرّب صورة أخرى.</translation>
    </message>
    <message>
        <source>{service} stopped while making the image.</source>
        <translation>توقف {service} أثناء صنع الصورة.</translation>
    </message>
    <message>
        <source>{service} gave an unexpected answer (HTTP {status}).</source>
        <translation>أعاد {service} ردًا غير متوقع (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project may use GPT image models, or type a model name in Settings.</source>
        <translation>تحقق من أن مشروع المفتاح مسموح له باستخدام نماذج GPT للصور، أو اكتب اسم نموذج في الإعدادات.</translation>
    </message>
    <message>
        <source>OpenAI acts as a processor for API requests: it does not train on them by default, and keeps inputs and outputs for up to 30 days for abuse monitoring, under its own policy.</source>
        <translation>تعمل OpenAI كجهة معالجة لطلبات API: لا تدرّب نماذجها عليها افتراضيًا، وتحتفظ بالمدخلات والمخرجات لمدة تصل إلى 30 يومًا لرصد إساءة الاستخدام، وفق سياستها الخاصة.</translation>
    </message>
    <message>
        <source>The format OpenAI sends the headshot in.</source>
        <translation>التنسيق الذي يرسل به OpenAI الصورة الاحترافية.</translation>
    </message>
    <message>
        <source>High keeps more of your features; it costs a few more input tokens.</source>
        <translation>«عالٍ» يحافظ على المزيد من ملامحك؛ ويكلّف بضعة رموز إدخال (tokens) إضافية.</translation>
    </message>
    <message>
        <source>Turn off for OpenAI-compatible servers that cannot stream.</source>
        <translation>أوقفه للخوادم المتوافقة مع OpenAI التي لا تدعم البث.</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>on</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالٍ</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Server region</source>
        <translation>منطقة الخادم</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>تنسيق الملف</translation>
    </message>
    <message>
        <source>Keep the face closely</source>
        <translation>الحفاظ على الوجه بدقة</translation>
    </message>
    <message>
        <source>Show previews while it works</source>
        <translation>عرض المعاينات أثناء العمل</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>صورة رمزية</translation>
    </message>
    <message>
        <source>Team page</source>
        <translation>صفحة الفريق</translation>
    </message>
    <message>
        <source>Portrait 4:5</source>
        <translation>عمودي 4:5</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>مربع</translation>
    </message>
    <message>
        <source>Print 8 × 10</source>
        <translation>طباعة 8 × 10</translation>
    </message>
    <message>
        <source>Casting 5 × 7</source>
        <translation>اختبار أداء 5 × 7</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>المقاس الأصلي</translation>
    </message>
    <message>
        <source>{name} ({width} × {height}, {dpi} dpi)</source>
        <translation>{name} ({width} × {height}، {dpi} dpi)</translation>
    </message>
    <message>
        <source>{name} ({width} × {height})</source>
        <translation>{name} ({width} × {height})</translation>
    </message>
    <message>
        <source>its {key} {value} is not a whole number from {low} to {high}</source>
        <translation>قيمة {key} فيه {value} ليست عددًا صحيحًا من {low} إلى {high}</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>أحد الإدخالات ليس كائن JSON</translation>
    </message>
    <message>
        <source>the id {id} is not lower-case letters, digits and dashes</source>
        <translation>المعرّف {id} ليس مكوّنًا من أحرف لاتينية صغيرة وأرقام وشرطات</translation>
    </message>
    <message>
        <source>the preset {id} has no name</source>
        <translation>المقاس الجاهز {id} بلا اسم</translation>
    </message>
    <message>
        <source>the size of {id} is not [width, height] from {low} to {high}</source>
        <translation>مقاس {id} ليس [width, height] من {low} إلى {high}</translation>
    </message>
    <message>
        <source>the format of {id} is not png, jpeg or webp</source>
        <translation>تنسيق {id} ليس png أو jpeg أو webp</translation>
    </message>
    <message>
        <source>round_preview of {id} is not true or false</source>
        <translation>قيمة round_preview في {id} ليست true أو false</translation>
    </message>
    <message>
        <source>it has no &quot;presets&quot; list</source>
        <translation>لا يحتوي على قائمة &quot;presets&quot;</translation>
    </message>
    <message>
        <source>{path}: the preset {preset} has the id of a built-in preset and was left out.</source>
        <translation>{path}: المقاس الجاهز {preset} يحمل معرّف مقاس جاهز مضمَّن، فاستُبعد.</translation>
    </message>
    <message>
        <source>There is no export size called {preset}.</source>
        <translation>لا يوجد مقاس تصدير باسم {preset}.</translation>
    </message>
    <message>
        <source>Choose {presets}.</source>
        <translation>اختر {presets}.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}.</source>
        <translation>يحتاج {preset} إلى {width} × {height} بكسل؛ وهذه الصورة الاحترافية فيها {has_width} × {has_height}.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}, and the framed part {framed_width} × {framed_height}.</source>
        <translation>يحتاج {preset} إلى {width} × {height} بكسل؛ وهذه الصورة الاحترافية فيها {has_width} × {has_height}، والجزء المؤطَّر {framed_width} × {framed_height}.</translation>
    </message>
    <message>
        <source>Make it again in high detail at a larger size, or enlarge it anyway: a plain enlargement (Lanczos) looks softer and adds no detail.</source>
        <translation>اصنعها مجددًا بتفاصيل عالية وبمقاس أكبر، أو كبّرها على أي حال: التكبير العادي (Lanczos) يبدو أقل حدة ولا يضيف تفاصيل.</translation>
    </message>
</context>
<context>
    <name>pricing</name>
    <message>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>غير معروفة ({reason})</translation>
    </message>
    <message>
        <source>about {usd}</source>
        <translation>نحو {usd}</translation>
    </message>
    <message>
        <source>{usd}</source>
        <translation>{usd}</translation>
    </message>
    <message>
        <source>The spending log {path} cannot be written.</source>
        <translation>لا يمكن الكتابة في سجل الإنفاق {path}.</translation>
    </message>
    <message>
        <source>no prices known for {model}</source>
        <translation>لا توجد أسعار معروفة لـ {model}</translation>
    </message>
    <message>
        <source>no per-image prices known for {model}</source>
        <translation>لا توجد أسعار معروفة لكل صورة لـ {model}</translation>
    </message>
</context>
<context>
    <name>providers</name>
    <message>
        <source>{title}-compatible server at {host}</source>
        <translation>خادم متوافق مع {title} على {host}</translation>
    </message>
    <message>
        <source>{variable} points to {host}, not {title}&apos;s own service: what that server keeps is up to whoever runs it. For what it passes on to {title}: {privacy}</source>
        <translation>يشير {variable} إلى {host}، وليس إلى خدمة {title} نفسها: ما يحتفظ به ذلك الخادم يعود إلى من يشغّله. أما ما يمرّره إلى {title}: {privacy}</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check {variable}.</source>
        <translation>حاول مجددًا؛ وإن تكرر ذلك مع عنوان خادم مخصص، فتحقق من {variable}.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variable}.</source>
        <translation>أدخل مفتاحك في الإعدادات، أو اضبط {variable}.</translation>
    </message>
    <message>
        <source>Check the server address ({variable}), or try again later.</source>
        <translation>تحقق من عنوان الخادم ({variable})، أو حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>{service} did not accept the API key.</source>
        <translation>لم يقبل {service} مفتاح API.</translation>
    </message>
    <message>
        <source>Check the key, or create a new one at {address}, and enter it again.</source>
        <translation>تحقق من المفتاح، أو أنشئ مفتاحًا جديدًا من {address}، وأدخله مجددًا.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for.</source>
        <translation>لا يقدّم {service} ما طُلب.</translation>
    </message>
    <message>
        <source>Choose another model in Settings, or check the server address.</source>
        <translation>اختر نموذجًا آخر في الإعدادات، أو تحقق من عنوان الخادم.</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation>واجه {service} مشكلة من جهته (HTTP {status}).</translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a few minutes.</source>
        <translation>عادةً ما يكون هذا مؤقتًا: حاول مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request.</source>
        <translation>تعذّر على {service} تنفيذ الطلب.</translation>
    </message>
    <message>
        <source>Try again, or choose another style.</source>
        <translation>حاول مجددًا، أو اختر نمطًا آخر.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>حاول مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>حاول مجددًا.</translation>
    </message>
    <message>
        <source>The key works: {service} accepted it.</source>
        <translation>المفتاح يعمل: قبِله {service}.</translation>
    </message>
    <message>
        <source>Check the server address in Settings.</source>
        <translation>تحقق من عنوان الخادم في الإعدادات.</translation>
    </message>
    <message>
        <source>an answer that is not a JSON object</source>
        <translation>رد ليس كائن JSON</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>{service} refused access.</source>
        <translation>رفض {service} الوصول.</translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests can be sent.</source>
        <translation>يحدّ {service} من سرعة إرسال الطلبات.</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or ask for fewer variants at once.</source>
        <translation>انتظر دقيقة وحاول مجددًا، أو اطلب بدائل أقل في المرة الواحدة.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>The key works: {service} offers it {count} image model(s).</source>
        <translation>المفتاح يعمل: عدد نماذج الصور التي يتيحها له {service}: {count}.</translation>
    </message>
    <message>
        <source>{service} offers no image model to this key.</source>
        <translation>لا يتيح {service} أي نموذج صور لهذا المفتاح.</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>انقطع الرد</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>JSON غير سليم</translation>
    </message>
    <message>
        <source>{variable} or the server address in Settings</source>
        <translation>{variable} أو عنوان الخادم في الإعدادات</translation>
    </message>
    <message>
        <source>The server address {address} is not a valid URL.</source>
        <translation>عنوان الخادم {address} ليس عنوان URL صالحًا.</translation>
    </message>
    <message>
        <source>The server address {address} must start with https://.</source>
        <translation>يجب أن يبدأ عنوان الخادم {address} بـ https://.</translation>
    </message>
    <message>
        <source>Check {where}.</source>
        <translation>تحقق من {where}.</translation>
    </message>
    <message>
        <source>The server address {address} uses plain http://, which would send your key and photo unencrypted.</source>
        <translation>يستخدم عنوان الخادم {address} بروتوكول http:// العادي، الذي سيرسل مفتاحك وصورتك دون تشفير.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed for a server on this computer (localhost).</source>
        <translation>استخدم https://. لا يُسمح بـ http:// العادي إلا لخادم على هذا الحاسوب (localhost).</translation>
    </message>
    <message>
        <source>{variable} points to {path}, which does not exist.</source>
        <translation>يشير {variable} إلى {path}، وهو غير موجود.</translation>
    </message>
    <message>
        <source>Fix or unset {variable} and start the app again.</source>
        <translation>أصلح {variable} أو ألغِ ضبطه، ثم أعد تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>The certificates in {path} cannot be read.</source>
        <translation>لا يمكن قراءة الشهادات في {path}.</translation>
    </message>
    <message>
        <source>It may still be making the image, and may still charge for it: check your usage page before trying again.</source>
        <translation>ربما لا يزال يصنع الصورة، وقد يفرض رسومًا عليها: راجع صفحة الاستخدام قبل المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check that it is the right server.</source>
        <translation>حاول مجددًا؛ وإن تكرر ذلك مع عنوان خادم مخصص، فتحقق من أنه الخادم الصحيح.</translation>
    </message>
    <message>
        <source>the server address in Settings</source>
        <translation>عنوان الخادم في الإعدادات</translation>
    </message>
    <message>
        <source>{sentence} It said: “{message}”</source>
        <translation>{sentence} وقد قال: «{message}»</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>{first}. {second}</source>
        <translation>{first}. {second}</translation>
    </message>
    <message>
        <source>The connection to {service} broke off while the answer was arriving.</source>
        <translation>انقطع الاتصال بـ {service} أثناء وصول الرد.</translation>
    </message>
    <message>
        <source>{service} did not answer in time.</source>
        <translation>لم يستجب {service} في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Image generation can take a couple of minutes; try again, perhaps with fewer variants.</source>
        <translation>قد يستغرق توليد الصور بضع دقائق؛ حاول مجددًا، وربما ببدائل أقل.</translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (TLS certificate problem).</source>
        <translation>تعذّر التحقق من الاتصال الآمن بـ {host} (مشكلة في شهادة TLS).</translation>
    </message>
    <message>
        <source>If your network uses its own certificate authority, set SSL_CERT_FILE to its certificate file (PEM) and start the app again.</source>
        <translation>إذا كانت شبكتك تستخدم جهة شهادات خاصة بها، فاضبط SSL_CERT_FILE على ملف شهادتها (PEM) وأعد تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>a body that cannot be decoded</source>
        <translation>محتوى لا يمكن فك ترميزه</translation>
    </message>
    <message>
        <source>Check your internet connection (or proxy) and try again.</source>
        <translation>تحقق من اتصالك بالإنترنت (أو الوكيل) وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>تعذّر الاتصال بـ {host}.</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>تحقق من اتصالك بالإنترنت (وإعدادات الوكيل)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The server address for {service} cannot be used.</source>
        <translation>لا يمكن استخدام عنوان الخادم لـ {service}.</translation>
    </message>
    <message>
        <source>The connection to {service} was interrupted.</source>
        <translation>انقطع الاتصال بـ {service}.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>تحقق من اتصالك بالإنترنت وحاول مجددًا.</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read ({what}).</source>
        <translation>أرسل {service} ردًا لا يمكن قراءته ({what}).</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>It may still have made (and charged for) the images: check your usage page before trying again.</source>
        <translation>ربما صنع الصور بالفعل (وفرض رسومًا عليها): راجع صفحة الاستخدام قبل المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>{service} took too long to answer (more than {seconds:.0f} seconds), so the request was stopped.</source>
        <translation>استغرق {service} وقتًا طويلًا جدًا للرد (أكثر من {seconds:.0f} ثانية)، لذا أُوقف الطلب.</translation>
    </message>
    <message>
        <source>{service} did not answer in time after your photo was sent.</source>
        <translation>لم يستجب {service} في الوقت المحدد بعد إرسال صورتك.</translation>
    </message>
    <message>
        <source>It may still be making the images, and may still have charged for them: check your usage page before trying again.</source>
        <translation>ربما لا يزال يصنع الصور، وربما فرض رسومًا عليها بالفعل: راجع صفحة الاستخدام قبل المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>an answer of {size:.0f} MB, more than the {limit} MB images ever take</source>
        <translation>رد بحجم {size:.0f} MB، أكبر من {limit} MB التي لا تتجاوزها الصور أبدًا</translation>
    </message>
    <message>
        <source>{what} without image data</source>
        <translation>{what} بلا بيانات صورة</translation>
    </message>
    <message>
        <source>{what} with damaged base64</source>
        <translation>{what} بترميز base64 تالف</translation>
    </message>
    <message>
        <source>data that is not an image</source>
        <translation>بيانات ليست صورة</translation>
    </message>
    <message>
        <source>Choose fewer reference photos.</source>
        <translation>اختر صورًا مرجعية أقل.</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credit.</source>
        <translation>نفد رصيد حسابك لدى {service}.</translation>
    </message>
    <message>
        <source>Add credit or raise the spending limit ({address}), then try again.</source>
        <translation>أضف رصيدًا أو ارفع حد الإنفاق ({address})، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>رفض نظام الأمان لدى {service} هذه الصورة أو موجِّه النمط.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will be refused again.</source>
        <translation>جرّب صورة أخرى (جيدة الإضاءة، وأنت وحدك في الإطار) أو نمطًا آخر. إعادة المحاولة بالصورة والنمط نفسيهما ستُرفض مجددًا.</translation>
    </message>
    <message>
        <source>a line of more than {size} MB</source>
        <translation>سطر يتجاوز {size} MB</translation>
    </message>
    <message>
        <source>an event of more than {size} MB</source>
        <translation>حدث يتجاوز {size} MB</translation>
    </message>
    <message>
        <source>There is no image provider called {name}.</source>
        <translation>لا يوجد مزوّد صور باسم {name}.</translation>
    </message>
    <message>
        <source>Known providers: {names}.</source>
        <translation>المزوّدون المعروفون: {names}.</translation>
    </message>
    <message>
        <source>The {title} provider is for developers only.</source>
        <translation>المزوّد {title} مخصص للمطورين فقط.</translation>
    </message>
    <message>
        <source>Set {variable}=1 to use it.</source>
        <translation>اضبط {variable}=1 لاستخدامه.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>a run takes at most {count} reference photos</source>
        <translation>تقبل عملية التوليد الواحدة صورًا مرجعية لا يتجاوز عددها {count}</translation>
    </message>
    <message>
        <source>{provider} takes no reference photos</source>
        <translation>لا يقبل {provider} صورًا مرجعية</translation>
    </message>
    <message>
        <source>{provider} takes at most {count} reference photos</source>
        <translation>يقبل {provider} صورًا مرجعية لا يتجاوز عددها {count}</translation>
    </message>
    <message>
        <source>the number of variants must be 1 to {count}</source>
        <translation>يجب أن يكون عدد البدائل من 1 إلى {count}</translation>
    </message>
    <message>
        <source>{provider} offers the detail levels {levels}, not {asked}</source>
        <translation>يقدّم {provider} مستويات التفاصيل {levels}، وليس {asked}</translation>
    </message>
    <message>
        <source>{provider} makes the shapes {shapes}, not {asked}</source>
        <translation>يصنع {provider} الأشكال {shapes}، وليس {asked}</translation>
    </message>
    <message>
        <source>{provider} has no option {option} (its options: {options})</source>
        <translation>لا يملك {provider} الخيار {option} (خياراته: {options})</translation>
    </message>
    <message>
        <source>{provider} has no option {option}</source>
        <translation>لا يملك {provider} الخيار {option}</translation>
    </message>
    <message>
        <source>{provider}&apos;s option {option} takes {choices}, not {asked}</source>
        <translation>يقبل الخيار {option} لدى {provider} القيم {choices}، وليس {asked}</translation>
    </message>
    <message>
        <source>The detail level {detail} is unknown.</source>
        <translation>مستوى التفاصيل {detail} غير معروف.</translation>
    </message>
    <message>
        <source>Generate from the selfie again.</source>
        <translation>ولّد من صورة السيلفي مجددًا.</translation>
    </message>
    <message>
        <source>Say what to change, for example “tie navy instead of red” or “less smile”.</source>
        <translation>اذكر ما يجب تغييره، مثلًا «ربطة عنق كحلية بدلًا من الحمراء» أو «ابتسامة أقل».</translation>
    </message>
    <message>
        <source>The instruction is longer than {count} characters: keep it to one change.</source>
        <translation>التعليمة أطول من {count} حرف: اقتصر على تغيير واحد.</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library, so it cannot be refined.</source>
        <translation>لم تعد الصورة الاحترافية {name} في المكتبة، لذا لا يمكن تنقيحها.</translation>
    </message>
    <message>
        <source>Choose another headshot.</source>
        <translation>اختر صورة احترافية أخرى.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library, so the app cannot hold the likeness to it.</source>
        <translation>صورة السيلفي التي صُنعت منها {name} لم تعد في المكتبة، لذا لا يستطيع التطبيق الحفاظ على الشبه بها.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>صورة السيلفي التي صُنعت منها {name} لم تعد في المكتبة.</translation>
    </message>
    <message>
        <source>Preparing your photos…</source>
        <translation>جارٍ تجهيز صورك…</translation>
    </message>
    <message>
        <source>Preparing your photo…</source>
        <translation>جارٍ تجهيز صورتك…</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>لم تعد الصورة الاحترافية {name} في المكتبة: نُقلت إلى سلة المهملات أو حُذفت.</translation>
    </message>
    <message>
        <source>Choose another headshot to refine.</source>
        <translation>اختر صورة احترافية أخرى لتنقيحها.</translation>
    </message>
    <message>
        <source>{provider} takes no further photos, so the refinement was held to the headshot alone, not to your selfie.</source>
        <translation>لا يقبل {provider} صورًا إضافية، لذا اعتمد التنقيح على الصورة الاحترافية وحدها، لا على صورتك السيلفي.</translation>
    </message>
    <message>
        <source>This run cannot be made: {problems}.</source>
        <translation>لا يمكن إجراء عملية التوليد هذه: {problems}.</translation>
    </message>
    <message>
        <source>{saved} of {total} headshots were saved in the library.</source>
        <translation>حُفظ في المكتبة {saved} من أصل {total} من الصور الاحترافية.</translation>
    </message>
    <message>
        <source>One variant failed: {error}</source>
        <translation>فشل أحد البدائل: {error}</translation>
    </message>
    <message>
        <source>This run&apos;s spending could not be recorded: {error}</source>
        <translation>تعذّر تسجيل إنفاق عملية التوليد هذه: {error}</translation>
    </message>
    <message>
        <source>Image {number} arrived damaged, so it could not be saved.</source>
        <translation>وصلت الصورة {number} تالفة، لذا تعذّر حفظها.</translation>
    </message>
    <message>
        <source>{sentence} {hint}</source>
        <translation>{sentence} {hint}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error}</source>
        <translation>تعذّر حفظ الصورة {number}: {error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error} Keeping it in the recovery folder failed too: {recovery_error}</source>
        <translation>تعذّر حفظ الصورة {number}: {error} وفشل أيضًا حفظها في مجلد الاسترداد: {recovery_error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved in the library ({error}) It was kept in {folder}; once the library can take it again, use `headshot-desktop library recover` or Headshots ▸ Recover Kept Headshots in the window.</source>
        <translation>تعذّر حفظ الصورة {number} في المكتبة ({error}) وقد حُفظت في {folder}؛ وعندما تتمكن المكتبة من استقبالها مجددًا، استخدم `headshot-desktop library recover` أو الصور الاحترافية ◂ استعادة الصور الاحترافية المحفوظة جانبًا في النافذة.</translation>
    </message>
    <message>
        <source>The photo {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>لم تعد الصورة {name} في المكتبة: نُقلت إلى سلة المهملات أو حُذفت.</translation>
    </message>
    <message>
        <source>Open it again (or choose another photo), then generate.</source>
        <translation>افتحها مجددًا (أو اختر صورة أخرى)، ثم ولّد.</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Corporate grey</source>
        <translation>رمادي مؤسسي</translation>
    </message>
    <message>
        <source>The classic company-website portrait: dark suit, seamless grey backdrop, soft studio light.</source>
        <translation>الصورة الكلاسيكية لمواقع الشركات: بدلة داكنة، وخلفية رمادية متصلة، وإضاءة استوديو ناعمة.</translation>
    </message>
    <message>
        <source>Navy suit</source>
        <translation>بدلة كحلية</translation>
    </message>
    <message>
        <source>A crisp navy suit and light shirt against a pale backdrop: confident and formal.</source>
        <translation>بدلة كحلية أنيقة وقميص فاتح أمام خلفية باهتة: واثقة ورسمية.</translation>
    </message>
    <message>
        <source>Business casual</source>
        <translation>كاجوال عملي</translation>
    </message>
    <message>
        <source>A blazer without a tie, warm neutral backdrop: professional but relaxed.</source>
        <translation>سترة دون ربطة عنق، وخلفية محايدة دافئة: احترافية لكن مريحة.</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>شركة ناشئة</translation>
    </message>
    <message>
        <source>Smart-casual in a bright, modern office, softly out of focus behind you.</source>
        <translation>أناقة غير رسمية في مكتب عصري ومشرق، يبدو خلفك ضبابيًا بنعومة.</translation>
    </message>
    <message>
        <source>Creative studio</source>
        <translation>استوديو إبداعي</translation>
    </message>
    <message>
        <source>A black top against a deep coloured backdrop, with sculpted studio light.</source>
        <translation>قميص أسود أمام خلفية ذات لون عميق، مع إضاءة استوديو منحوتة.</translation>
    </message>
    <message>
        <source>Outdoor, natural light</source>
        <translation>في الهواء الطلق، بإضاءة طبيعية</translation>
    </message>
    <message>
        <source>Open shade outdoors with soft green bokeh: friendly and approachable.</source>
        <translation>ظل مفتوح في الهواء الطلق مع تمويه أخضر ناعم في الخلفية: ودودة وقريبة.</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>أكاديمي</translation>
    </message>
    <message>
        <source>A blazer in front of softly blurred bookshelves, for faculty pages and conference bios.</source>
        <translation>سترة أمام رفوف كتب ضبابية بنعومة، لصفحات أعضاء هيئة التدريس والسير الذاتية في المؤتمرات.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>طبي</translation>
    </message>
    <message>
        <source>A white coat in a bright, clean clinic: for practices, hospitals and health profiles.</source>
        <translation>معطف أبيض في عيادة مشرقة ونظيفة: للعيادات والمستشفيات والملفات الصحية.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانوني</translation>
    </message>
    <message>
        <source>A dark suit in a wood-panelled office: serious and trustworthy.</source>
        <translation>بدلة داكنة في مكتب مكسوّ بألواح خشبية: جادة وجديرة بالثقة.</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>عقارات</translation>
    </message>
    <message>
        <source>Bright, warm and welcoming, with a light modern interior behind you.</source>
        <translation>مشرقة ودافئة ومرحّبة، مع ديكور داخلي عصري فاتح خلفك.</translation>
    </message>
    <message>
        <source>Actor&apos;s headshot</source>
        <translation>صورة ممثل</translation>
    </message>
    <message>
        <source>The casting-style headshot: true to life, plain top, neutral backdrop, minimal styling.</source>
        <translation>صورة بأسلوب اختبارات الأداء: واقعية، وقميص بسيط، وخلفية محايدة، وأقل قدر من التنسيق.</translation>
    </message>
    <message>
        <source>Classic black and white</source>
        <translation>أبيض وأسود كلاسيكي</translation>
    </message>
    <message>
        <source>A timeless monochrome portrait on a dark backdrop.</source>
        <translation>صورة أحادية اللون خالدة على خلفية داكنة.</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>تنفيذي</translation>
    </message>
    <message>
        <source>A dark suit in a glass-walled office high above the city.</source>
        <translation>بدلة داكنة في مكتب بجدران زجاجية عاليًا فوق المدينة.</translation>
    </message>
    <message>
        <source>Conference speaker</source>
        <translation>متحدث في مؤتمر</translation>
    </message>
    <message>
        <source>Smart attire with warm stage lights blurred behind you: for speaker bios.</source>
        <translation>ملابس أنيقة مع أضواء مسرح دافئة ضبابية خلفك: للسير الذاتية للمتحدثين.</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>محسّنة</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>الاسم فارغ</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>الاسم أطول من {limit} حرف</translation>
    </message>
    <message>
        <source>This style cannot be saved: {problems}.</source>
        <translation>لا يمكن حفظ هذا النمط: {problems}.</translation>
    </message>
    <message>
        <source>no &quot;styles&quot; list</source>
        <translation>لا توجد قائمة &quot;styles&quot;</translation>
    </message>
    <message>
        <source>an entry is not a style</source>
        <translation>أحد الإدخالات ليس نمطًا</translation>
    </message>
    <message>
        <source>its &quot;styles&quot; is not a list</source>
        <translation>قيمة &quot;styles&quot; فيه ليست قائمة</translation>
    </message>
    <message>
        <source>There is no style called {style}.</source>
        <translation>لا يوجد نمط باسم {style}.</translation>
    </message>
    <message>
        <source>List the styles to see their names.</source>
        <translation>اعرض قائمة الأنماط لرؤية أسمائها.</translation>
    </message>
    <message>
        <source>The built-in style {style} cannot be changed.</source>
        <translation>لا يمكن تغيير النمط المضمَّن {style}.</translation>
    </message>
    <message>
        <source>Add a style of your own instead.</source>
        <translation>أضف نمطًا خاصًا بك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>There is no style of yours called {style}.</source>
        <translation>لا يوجد نمط خاص بك باسم {style}.</translation>
    </message>
    <message>
        <source>Your styles cannot be saved to {path}.</source>
        <translation>لا يمكن حفظ أنماطك في {path}.</translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>متداخل بعمق كبير جدًا</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>ليس JSON صالحًا (السطر {line}، العمود {column})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was ignored; the defaults are used.</source>
        <translation>{path} تالف ({reason}) وتم تجاهله؛ تُستخدم القيم الافتراضية.</translation>
    </message>
    <message>
        <source>{path} was damaged ({reason}); it was set aside as {name} and the defaults are used.</source>
        <translation>{path} كان تالفًا ({reason})؛ نُحّي جانبًا باسم {name} وتُستخدم القيم الافتراضية.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); the defaults are used.</source>
        <translation>لا يمكن قراءة {path} ({error})؛ تُستخدم القيم الافتراضية.</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>حجمه أكبر من {size} MB</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>لا يحتوي على كائن JSON</translation>
    </message>
    <message>
        <source>{program} is not installed</source>
        <translation>{program} غير مثبّت</translation>
    </message>
    <message>
        <source>{program} could not start ({error})</source>
        <translation>تعذّر بدء {program} ({error})</translation>
    </message>
    <message>
        <source>{program} found no program to show it (it ended with code {code})</source>
        <translation>لم يجد {program} برنامجًا لعرضه (انتهى بالرمز {code})</translation>
    </message>
    <message>
        <source>The folder {folder} could not be shown: {problem}.</source>
        <translation>تعذّر إظهار المجلد {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself. On Linux, showing it needs a file manager and xdg-open (the xdg-utils package).</source>
        <translation>افتح ذلك المجلد بنفسك في مدير الملفات. على Linux، يتطلب إظهاره مدير ملفات وxdg-open (الحزمة xdg-utils).</translation>
    </message>
    <message>
        <source>from the environment variable {variable}</source>
        <translation>من متغير البيئة {variable}</translation>
    </message>
    <message>
        <source>from the environment variable</source>
        <translation>من متغير البيئة</translation>
    </message>
    <message>
        <source>for this session only (forgotten when the app closes)</source>
        <translation>لهذه الجلسة فقط (يُنسى عند إغلاق التطبيق)</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير مضبوط</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>فاصل أسطر</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>حرف تحكم</translation>
    </message>
    <message>
        <source>a character that is not plain ASCII</source>
        <translation>حرف ليس من ASCII العادي</translation>
    </message>
    <message>
        <source>The API key contains {what} inside it, which no server accepts: a character that cannot be sent.</source>
        <translation>يحتوي مفتاح API على {what} بداخله، وهو ما لا يقبله أي خادم: حرف لا يمكن إرساله.</translation>
    </message>
    <message>
        <source>Copy the key again from your provider&apos;s page, as one line, and paste it.</source>
        <translation>انسخ المفتاح مجددًا من صفحة مزوّدك، كسطر واحد، ثم الصقه.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>سلسلة مفاتيح النظام مقفلة.</translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session again) or keep the key for this session only.</source>
        <translation>افتح قفلها (سجّل الدخول إلى جلسة سطح المكتب مجددًا) أو احتفظ بالمفتاح لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>No system keyring is available to store the API key.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام لتخزين مفتاح API.</translation>
    </message>
    <message>
        <source>Install or start a keyring service (GNOME Keyring, KWallet, KeePassXC), or keep the key for this session only.</source>
        <translation>ثبّت خدمة سلسلة مفاتيح أو شغّلها (GNOME Keyring أو KWallet أو KeePassXC)، أو احتفظ بالمفتاح لهذه الجلسة فقط.</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Check that the file is yours to read.</source>
        <translation>تحقق من أن لديك صلاحية قراءة الملف.</translation>
    </message>
    <message>
        <source>Each line is: name,photo[,reference…]; paths may be relative to the CSV file&apos;s folder.</source>
        <translation>كل سطر بالشكل: name,photo[,reference…]؛ ويمكن أن تكون المسارات نسبية إلى مجلد ملف CSV.</translation>
    </message>
    <message>
        <source>The list of people {name} is a folder, not a CSV file.</source>
        <translation>قائمة الأشخاص {name} مجلد، وليست ملف CSV.</translation>
    </message>
    <message>
        <source>The list of people {path} does not exist.</source>
        <translation>قائمة الأشخاص {path} غير موجودة.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read: {error}.</source>
        <translation>لا يمكن قراءة قائمة الأشخاص {name}: {error}.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be used: it is too large (more than 4 MB).</source>
        <translation>لا يمكن استخدام قائمة الأشخاص {name}: إنها كبيرة جدًا (أكثر من 4 MB).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}.</source>
        <translation>لا يمكن قراءة المجلد {folder}: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder is yours to read.</source>
        <translation>تحقق من أن لديك صلاحية قراءة المجلد.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no photos.</source>
        <translation>لا يحتوي المجلد {folder} على أي صور.</translation>
    </message>
    <message>
        <source>Put the team&apos;s photos (JPEG, PNG, HEIC, WebP…) directly in it.</source>
        <translation>ضع صور الفريق (JPEG وPNG وHEIC وWebP…) فيه مباشرةً.</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>الصورة {path} غير موجودة.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>تحقق من اسم الملف والمجلد.</translation>
    </message>
    <message>
        <source>The list of people {name} names nobody.</source>
        <translation>قائمة الأشخاص {name} لا تذكر أحدًا.</translation>
    </message>
    <message>
        <source>The list of people {name} is not UTF-8 text.</source>
        <translation>قائمة الأشخاص {name} ليست نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” and try again.</source>
        <translation>احفظها بتنسيق «CSV UTF-8» وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read as CSV: {error}.</source>
        <translation>لا يمكن قراءة قائمة الأشخاص {name} كملف CSV: {error}.</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}، السطر {line}</translation>
    </message>
    <message>
        <source>{where}: the name is missing.</source>
        <translation>{where}: الاسم مفقود.</translation>
    </message>
    <message>
        <source>{where}: {name} has no photo.</source>
        <translation>{where}: لا توجد صورة لـ {name}.</translation>
    </message>
    <message>
        <source>{where}: {name} has {count} reference photos; a run takes at most {most}.</source>
        <translation>{where}: لدى {name} عدد {count} من الصور المرجعية؛ وعملية التوليد الواحدة تقبل {most} على الأكثر.</translation>
    </message>
    <message>
        <source>Keep the clearest ones.</source>
        <translation>احتفظ بأوضحها.</translation>
    </message>
    <message>
        <source>{where}: {cell} is a folder, not a photo.</source>
        <translation>{where}: {cell} مجلد، وليس صورة.</translation>
    </message>
    <message>
        <source>{where}: the photo {cell} does not exist (looked for {path}).</source>
        <translation>{where}: الصورة {cell} غير موجودة (بُحث عنها في {path}).</translation>
    </message>
    <message>
        <source>Let it finish there, or stop it there, then go on with it here.</source>
        <translation>دعها تنتهي هناك، أو أوقفها هناك، ثم تابعها هنا.</translation>
    </message>
    <message>
        <source>This batch is being made in another window or command: {batch} (its lock {path} is held). Nothing was changed.</source>
        <translation>تُصنع هذه الدفعة في نافذة أو أمر آخر: {batch} (قفلها {path} محجوز). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The team batch {path} could not be locked (with {lock} beside it): {error}.</source>
        <translation>تعذّر قفل دفعة الفريق {path} (مع {lock} بجانبها): {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and can be written.</source>
        <translation>تحقق من أن مجلد المكتبة موجود وقابل للكتابة.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent.</source>
        <translation>توقفت الدفعة قبل تجاوز حد الإنفاق البالغ {cap}: أُنفق {spent}.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent (the next person costs about {estimate}).</source>
        <translation>توقفت الدفعة قبل تجاوز حد الإنفاق البالغ {cap}: أُنفق {spent} (تكلفة الشخص التالي نحو {estimate}).</translation>
    </message>
    <message>
        <source>The photo {photo} is no longer there: it was moved or deleted after it was added. Put it back, then try the failed people again.</source>
        <translation>الصورة {photo} لم تعد موجودة: نُقلت أو حُذفت بعد إضافتها. أعدها، ثم أعد محاولة الأشخاص الذين فشلت معالجتهم.</translation>
    </message>
    <message>
        <source>Something went wrong while making these headshots ({error}). The log has the details.</source>
        <translation>حدث خطأ ما أثناء صنع هذه الصور الاحترافية ({error}). التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>The batch stopped: {reason}</source>
        <translation>توقفت الدفعة: {reason}</translation>
    </message>
    <message>
        <source>The batch was cancelled; {left} still to do when it goes on.</source>
        <translation>أُلغيت الدفعة؛ ويتبقى {left} عند متابعتها.</translation>
    </message>
    <message>
        <source>{cap_hit} {left} still to do; raise the cap to go on.</source>
        <translation>{cap_hit} يتبقى {left}؛ ارفع الحد للمتابعة.</translation>
    </message>
    <message>
        <source>The kit&apos;s export size {preset} is not known here.</source>
        <translation>مقاس التصدير {preset} في الحزمة غير معروف هنا.</translation>
    </message>
    <message>
        <source>Choose another export size in the kit, or add it under Export sizes.</source>
        <translation>اختر مقاس تصدير آخر في الحزمة، أو أضفه ضمن مقاسات التصدير.</translation>
    </message>
    <message>
        <source>The kit&apos;s file format {format} is not known.</source>
        <translation>تنسيق الملف {format} في الحزمة غير معروف.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>اختر PNG أو JPEG أو WebP.</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{failed} of {total} headshots could not be exported: {problems}</source>
        <translation>تعذّر تصدير {failed} من أصل {total} من الصور الاحترافية: {problems}</translation>
    </message>
    <message>
        <source>The other {count} are in {folder}.</source>
        <translation>البقية ({count}) في {folder}.</translation>
    </message>
    <message>
        <source>Open a kit made with “Save team kit” or `headshot-desktop kit new`.</source>
        <translation>افتح حزمة أُنشئت بـ«حفظ حزمة الفريق» أو `headshot-desktop kit new`.</translation>
    </message>
    <message>
        <source>the team kit</source>
        <translation>حزمة الفريق</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be opened: it is a folder, not a file.</source>
        <translation>لا يمكن فتح حزمة الفريق {name}: إنها مجلد، وليست ملفًا.</translation>
    </message>
    <message>
        <source>The team kit {path} does not exist.</source>
        <translation>حزمة الفريق {path} غير موجودة.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be read: {error}.</source>
        <translation>لا يمكن قراءة حزمة الفريق {name}: {error}.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is far too large to be a team kit.</source>
        <translation>لا يمكن استخدام حزمة الفريق {name}: حجمها أكبر بكثير من أن تكون حزمة فريق.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be made</source>
        <translation>لا يمكن إنشاء حزمة الفريق {source}</translation>
    </message>
    <message>
        <source>There is no style called {style} here; the kit needs it or a prompt.</source>
        <translation>لا يوجد نمط باسم {style} هنا؛ والحزمة تحتاج إليه أو إلى موجِّه.</translation>
    </message>
    <message>
        <source>There is no export size called {preset} here (there are {presets}).</source>
        <translation>لا يوجد مقاس تصدير باسم {preset} هنا (المتاح: {presets}).</translation>
    </message>
    <message>
        <source>There is no image provider called {provider} (known providers: {known}).</source>
        <translation>لا يوجد مزوّد صور باسم {provider} (المزوّدون المعروفون: {known}).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is not JSON text (it may be damaged).</source>
        <translation>لا يمكن استخدام حزمة الفريق {name}: ليست نص JSON (ربما تكون تالفة).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: a file is in the way.</source>
        <translation>لا يمكن حفظ حزمة الفريق {name} في {folder}: يعترضها ملف موجود.</translation>
    </message>
    <message>
        <source>The team kit {name} already exists in {folder}; it was kept as it is.</source>
        <translation>حزمة الفريق {name} موجودة بالفعل في {folder}؛ وقد تُركت كما هي.</translation>
    </message>
    <message>
        <source>Choose another name, or replace it.</source>
        <translation>اختر اسمًا آخر، أو استبدلها.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: {error}.</source>
        <translation>لا يمكن حفظ حزمة الفريق {name} في {folder}: {error}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be used</source>
        <translation>لا يمكن استخدام حزمة الفريق {source}</translation>
    </message>
    <message>
        <source>{lead}: {reason}.</source>
        <translation>{lead}: {reason}.</translation>
    </message>
    <message>
        <source>Fix the field, or make the kit again.</source>
        <translation>أصلح الحقل، أو أنشئ الحزمة مجددًا.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a group of fields ({{…}}), not {kind}</source>
        <translation>يجب أن يكون &quot;{key}&quot; مجموعة حقول ({{…}})، وليس {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, not {kind}</source>
        <translation>يجب أن يكون &quot;{key}&quot; نصًا، وليس {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; may be at most {limit} characters, not {length}</source>
        <translation>يجب ألا يزيد &quot;{key}&quot; على {limit} حرف، وطوله الآن {length}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}, not {value}</source>
        <translation>يجب أن يكون &quot;{key}&quot; أحد {choices}، وليس {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}, not {kind}</source>
        <translation>يجب أن يكون &quot;{key}&quot; عددًا صحيحًا من {low} إلى {high}، وليس {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be {low} to {high}, not {value}</source>
        <translation>يجب أن يكون &quot;{key}&quot; من {low} إلى {high}، وليس {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false, not {kind}</source>
        <translation>يجب أن يكون &quot;{key}&quot; true أو false، وليس {kind}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>قيمة غير عددية</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation>النص {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>مجموعة حقول</translation>
    </message>
    <message>
        <source>{lead}: it is not a Headshot Desktop team kit.</source>
        <translation>{lead}: ليست حزمة فريق لـ Headshot Desktop.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1, not {kind}</source>
        <translation>يجب أن يكون &quot;version&quot; عددًا صحيحًا بدءًا من 1، وليس {kind}</translation>
    </message>
    <message>
        <source>The team kit {source} was made by a newer version of Headshot Desktop (kit version {version}; this version reads {supported}).</source>
        <translation>أُنشئت حزمة الفريق {source} بإصدار أحدث من Headshot Desktop (إصدار الحزمة {version}؛ وهذا الإصدار يقرأ {supported}).</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>حدّث التطبيق لفتحها.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>&quot;name&quot; فارغ</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>أعطِ الحزمة اسمًا، مثل اسم الفريق.</translation>
    </message>
    <message>
        <source>&quot;provider&quot; is empty</source>
        <translation>&quot;provider&quot; فارغ</translation>
    </message>
    <message>
        <source>Name an image provider: `headshot-desktop providers` lists their ids.</source>
        <translation>اذكر مزوّد صور: يسرد `headshot-desktop providers` معرّفاتهم.</translation>
    </message>
    <message>
        <source>it has neither a &quot;style&quot; nor a &quot;prompt&quot;</source>
        <translation>لا يحتوي على &quot;style&quot; ولا &quot;prompt&quot;</translation>
    </message>
    <message>
        <source>Give it a style id or a prompt of its own.</source>
        <translation>أعطه معرّف نمط أو موجِّهًا خاصًا به.</translation>
    </message>
    <message>
        <source>&quot;keep&quot; must be a list of feature names, not {kind}</source>
        <translation>يجب أن يكون &quot;keep&quot; قائمة بأسماء ملامح، وليس {kind}</translation>
    </message>
    <message>
        <source>&quot;keep&quot; names {names}, which is not a feature to keep</source>
        <translation>يذكر &quot;keep&quot; {names}، وهو ليس ملمحًا يمكن الحفاظ عليه</translation>
    </message>
    <message>
        <source>Use {features}.</source>
        <translation>استخدم {features}.</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a group of option names and text values, not {kind}</source>
        <translation>يجب أن يكون &quot;options&quot; مجموعة من أسماء الخيارات وقيم نصية، وليس {kind}</translation>
    </message>
    <message>
        <source>&quot;preset&quot; is empty</source>
        <translation>&quot;preset&quot; فارغ</translation>
    </message>
    <message>
        <source>Name an export size, e.g. linkedin.</source>
        <translation>اذكر مقاس تصدير، مثل linkedin.</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;&quot;, {formats}, not {value}</source>
        <translation>يجب أن يكون &quot;format&quot; &quot;&quot; أو {formats}، وليس {value}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; must be null or four numbers [x, y, w, h], not {kind}</source>
        <translation>يجب أن يكون &quot;framing&quot; null أو أربعة أعداد [x, y, w, h]، وليس {kind}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; is not a framing ({problem})</source>
        <translation>&quot;framing&quot; ليس تأطيرًا صالحًا ({problem})</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>استخدم {fields}.</translation>
    </message>
    <message>
        <source>&quot;template&quot; is empty</source>
        <translation>&quot;template&quot; فارغ</translation>
    </message>
    <message>
        <source>&quot;template&quot; {template} is not valid ({error})</source>
        <translation>&quot;template&quot; {template} غير صالح ({error})</translation>
    </message>
    <message>
        <source>&quot;template&quot; uses {field}, which is not a known field</source>
        <translation>يستخدم &quot;template&quot; {field}، وهو ليس حقلًا معروفًا</translation>
    </message>
    <message>
        <source>Start the batch again from its kit; the headshots it made are still in the library.</source>
        <translation>ابدأ الدفعة مجددًا من حزمتها؛ فالصور الاحترافية التي صنعتها لا تزال في المكتبة.</translation>
    </message>
    <message>
        <source>The team batch {name} is a folder, not a file.</source>
        <translation>دفعة الفريق {name} مجلد، وليست ملفًا.</translation>
    </message>
    <message>
        <source>The team batch {path} does not exist.</source>
        <translation>دفعة الفريق {path} غير موجودة.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be read: {error}.</source>
        <translation>لا يمكن قراءة دفعة الفريق {name}: {error}.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be used: it is too large to be a batch.</source>
        <translation>لا يمكن استخدام دفعة الفريق {name}: حجمها أكبر من أن تكون دفعة.</translation>
    </message>
    <message>
        <source>List the batches with `headshot-desktop batch --list`.</source>
        <translation>اعرض الدفعات بـ `headshot-desktop batch --list`.</translation>
    </message>
    <message>
        <source>the kit of the batch {batch}</source>
        <translation>حزمة الدفعة {batch}</translation>
    </message>
    <message>
        <source>{source} is not a Headshot Desktop team batch.</source>
        <translation>{source} ليست دفعة فريق لـ Headshot Desktop.</translation>
    </message>
    <message>
        <source>{source} has no valid version number, so it cannot be read.</source>
        <translation>لا يحتوي {source} على رقم إصدار صالح، لذا لا يمكن قراءته.</translation>
    </message>
    <message>
        <source>{source} was written by a newer Headshot Desktop (batch format {version}; this one reads up to {supported}).</source>
        <translation>كُتب {source} بإصدار أحدث من Headshot Desktop (تنسيق الدفعة {version}؛ وهذا الإصدار يقرأ حتى {supported}).</translation>
    </message>
    <message>
        <source>Update Headshot Desktop to go on with this batch.</source>
        <translation>حدّث Headshot Desktop لمتابعة هذه الدفعة.</translation>
    </message>
    <message>
        <source>it lists no people</source>
        <translation>لا تذكر أي أشخاص</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>الشخص {number}</translation>
    </message>
    <message>
        <source>two people have the same key</source>
        <translation>لشخصين المفتاح نفسه</translation>
    </message>
    <message>
        <source>its {field} is missing</source>
        <translation>{field} الخاص به مفقود</translation>
    </message>
    <message>
        <source>its batch_id is empty</source>
        <translation>batch_id الخاص بها فارغ</translation>
    </message>
    <message>
        <source>its kit is missing</source>
        <translation>حزمتها مفقودة</translation>
    </message>
    <message>
        <source>its {field} is not a number</source>
        <translation>{field} الخاص به ليس عددًا</translation>
    </message>
    <message>
        <source>{source} is damaged: {problem}.</source>
        <translation>{source} تالف: {problem}.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people: it is being made.</source>
        <translation>أوقف الدفعة أولًا لإزالة أشخاص: إنها قيد الإنشاء.</translation>
    </message>
    <message>
        <source>Press Stop, then remove them.</source>
        <translation>اضغط «إيقاف»، ثم أزلهم.</translation>
    </message>
    <message>
        <source>The team batch could not be saved in {path}: {error}.</source>
        <translation>تعذّر حفظ دفعة الفريق في {path}: {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and has free space.</source>
        <translation>تحقق من أن مجلد المكتبة موجود وفيه مساحة فارغة.</translation>
    </message>
    <message>
        <source>The team batches&apos; place {place} is a link to somewhere outside the library, so the batch was not saved there.</source>
        <translation>مكان دفعات الفريق {place} رابط إلى مكان خارج المكتبة، لذا لم تُحفظ الدفعة هناك.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder named {folder} in the library.</source>
        <translation>استبدل الرابط بمجلد حقيقي باسم {folder} داخل المكتبة.</translation>
    </message>
    <message>
        <source>The team batch {path}</source>
        <translation>دفعة الفريق {path}</translation>
    </message>
    <message>
        <source>{source} is damaged: it is not valid JSON.</source>
        <translation>{source} تالف: ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>{made} of {variants} headshots made; the provider&apos;s rate limit held back the rest, which are made on this person&apos;s next turn.</source>
        <translation>صُنع {made} من أصل {variants} من الصور الاحترافية؛ وأخّر حدّ المعدّل لدى المزوّد البقية، وستُصنع في الدور التالي لهذا الشخص.</translation>
    </message>
    <message>
        <source>No headshot could be kept.</source>
        <translation>تعذّر حفظ أي صورة احترافية.</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} ليس كائنًا</translation>
    </message>
    <message>
        <source>{where} has no {field}</source>
        <translation>{where} بلا {field}</translation>
    </message>
    <message>
        <source>{where} has the unknown status {status}</source>
        <translation>{where} له حالة غير معروفة {status}</translation>
    </message>
    <message>
        <source>{where} has references that are not a list of paths</source>
        <translation>{where} فيه مراجع ليست قائمة مسارات</translation>
    </message>
    <message>
        <source>{where} has headshot ids that are not a list of numbers</source>
        <translation>{where} فيه معرّفات صور احترافية ليست قائمة أعداد</translation>
    </message>
    <message>
        <source>{where} has missing variants that are not a list of small numbers</source>
        <translation>{where} فيه بدائل مفقودة ليست قائمة أعداد صغيرة</translation>
    </message>
    <message>
        <source>{where} has a start time that is not text</source>
        <translation>{where} فيه وقت بدء ليس نصًا</translation>
    </message>
    <message>
        <source>{where} has a {field} that is not a number</source>
        <translation>{where} فيه {field} ليس عددًا</translation>
    </message>
    <message>
        <source>{where} has a cost that is not a number</source>
        <translation>{where} فيه تكلفة ليست عددًا</translation>
    </message>
    <message>
        <source>The batch was not started: it has a spending cap of {cap}, but the provider&apos;s prices for this kit are unknown, so the cap could not be kept. Remove the cap to make the batch anyway, or choose a model whose prices are known.</source>
        <translation>لم تبدأ الدفعة: لها حد إنفاق قدره {cap}، لكن أسعار المزوّد لهذه الحزمة غير معروفة، فلا يمكن الالتزام بالحد. أزل الحد لإنشاء الدفعة على أي حال، أو اختر نموذجًا أسعاره معروفة.</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>تم: {count}</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>مرفوض: {count}</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>فشل: {count}</translation>
    </message>
    <message>
        <source>The batch is finished: {counts}; {spent} spent.</source>
        <translation>انتهت الدفعة: {counts}؛ أُنفق {spent}.</translation>
    </message>
</context>
</TS>
