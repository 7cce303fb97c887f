#!/usr/bin/env python3
"""Writes the CHECK set of session 21 (i16-sexual22): tests/GenScreen.Core.Tests/Data/sexual22/check.jsonl.

Written after the rules (SexualInflection, words_sexual22, lexicon sexual22), before scoring, and not used to write any
rule: new fragments in the same classes as the fresh set (16 per language of the task, 6 for th id vi), new look-alikes
(8 and 3). Same shape and labels as fresh_set.py (sets22.items).
Run: python3 tools/sexual22/check_set.py [out.jsonl]
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "grammar19"))
from labelled_rows import row, write, out_path
from sets22 import items

FRAGS = {
"ar": ["حلماتها بارزة من تحت القميص المبلول", "تدعك بزازها بيديها", "لسانه على كسها", "طيزها مرفوعة، على ركبتيها",
       "يقذف في فمها", "نهودها مكشوفة على الشاطئ", "تخلع كيلوتها ببطء", "روب مفتوح وما تحته شي", "زبه في يدها",
       "تتأوه وهو ينيكها", "فخذاها مفتوحان، مبللة", "عارية في السرير، ساقاها مفتوحتان", "يمص حلمتها",
       "شفاف وبدون ستيان، صدرها واضح", "ترضعه زبه"  , "قضيبه المنتصب"],
"fa": ["نوک سینه‌هاش سفت شده", "ممه‌هاشو میماله", "زبونش لای پاش", "کونشو داده بالا، خم شده", "آبشو ریخت تو دهنش",
       "سینه‌هاش بیرونه کنار ساحل", "شورتشو آروم درآورد", "زیر ربدوشامبر هیچی نپوشیده", "کیرش تو دستشه",
       "ناله میکنه و داره میکنتش", "رون‌هاش باز، خیس خیس", "برهنه روی تخت، پاهاش باز", "نوک پستانشو میمکه",
       "بلوز شفاف بدون سوتین، سینه‌هاش معلومه", "کوسشو انگشت میکنه", "کیر شق کرده"],
"he": ["הפטמות שלה בולטות מתחת לחולצה הרטובה", "ממשמשת את הציצים שלה", "הלשון שלו על הכוס שלה", "התחת שלה למעלה, על הברכיים",
       "גומר לה בפה", "השדיים שלה חשופים בחוף", "מורידה את התחתונים לאט", "חלוק פתוח ואין כלום מתחת", "הזין שלו ביד שלה",
       "גונחת בזמן שהוא מזיין אותה", "הירכיים פשוקות, רטובה", "עירומה במיטה, רגליים פשוקות", "מוצץ את הפטמה שלה",
       "חולצה שקופה בלי חזייה, השדיים נראים", "מאצבעת את עצמה", "זין זקור ונוטף"],
"hi": ["गीली शर्ट के नीचे निप्पल उभरे हुए", "अपने मम्मे दबा रही है", "उसकी जीभ चूत पर", "गांड ऊपर उठाए, घुटनों के बल",
       "उसके मुँह में झड़ गया", "समुद्र तट पर नंगे स्तन", "धीरे से पैंटी उतारती", "बाथरोब खुला, नीचे कुछ नहीं", "लंड उसके हाथ में",
       "कराहती हुई चुद रही है", "जांघें फैली हुई, गीली", "बिस्तर पर नंगी, टांगें फैलाए", "उसके निप्पल चूस रहा है",
       "chut geeli ho gayi", "lund khada hai", "boobs daba raha hai"],
"bn": ["ভেজা জামার নিচে বোঁটা উঁচু হয়ে আছে", "নিজের মাই টিপছে", "জিভ গুদের উপর", "পাছা উঁচু করে, হাঁটু গেড়ে",
       "ওর মুখে মাল ফেলল", "সমুদ্রের ধারে নগ্ন স্তন", "আস্তে আস্তে প্যান্টি খুলছে", "বাথরোব খোলা, নিচে কিছুই নেই",
       "বাঁড়াটা ওর হাতে", "গোঙাতে গোঙাতে চোদা খাচ্ছে", "উরু ফাঁক করা, ভেজা", "বিছানায় উলঙ্গ, পা ফাঁক করে",
       "বোঁটা চুষছে", "পাতলা ব্লাউজ, ব্রা নেই, মাই দেখা যাচ্ছে", "গুদে আঙুল দিচ্ছে", "খাড়া বাঁড়া থেকে রস পড়ছে"],
"tl": ["bakat ang utong sa basang damit", "nilalamas ang sariling suso", "dila niya sa puke", "nakatuwad, nakaluhod sa kama",
       "pinutok sa bibig niya", "hubad na dede sa beach", "dahan-dahang hinuhubad ang panty", "bukas ang roba, walang suot sa ilalim",
       "hawak ang titi niya", "umuungol habang kinakantot", "nakabukaka, basang-basa", "hubad sa kama, nakabukaka",
       "sinisipsip ang utong", "manipis na blouse, walang bra, kita ang suso", "finifinger ang puke", "tigas na tigas ang burat"],
"th": ["หัวนมตั้งใต้เสื้อเปียก", "บีบนมตัวเอง", "ลิ้นเลียหี", "ก้นโด่ง คุกเข่าบนเตียง", "แตกในปาก", "นอนแก้ผ้าถ่างขา"],
"id": ["puting menonjol di balik kaos basah", "meremas toketnya sendiri", "lidahnya di memek", "nungging di kasur",
       "crot di mulutnya", "bugil di kasur, ngangkang"],
"vi": ["núm vú nhô lên dưới áo ướt", "tự bóp vú", "lưỡi liếm lồn", "chổng mông trên giường", "xuất vào miệng", "khỏa thân dạng chân trên giường"],
}

LOOKS = {
"ar": ["صدر الديك الرومي المحشي، وصفة", "فحص الثدي بالأشعة، مستشفى", "سباح يتدرب على سباحة الفراشة", "جذع شجرة عاري في الصحراء",
       "ملابس داخلية حرارية للتخييم، قائمة", "طبيب أطفال يفحص بطن الطفل", "لحس الملعقة بعد الحلوى", "كاميرا شفافة للمراقبة"],
"fa": ["سینه مرغ سوخاری، منو", "ماموگرافی پستان، بیمارستان", "شنای پروانه در استخر", "کوه‌های لخت بدون درخت",
       "لیس زدن قاشق بعد از دسر", "پزشک شکم بیمار را معاینه می‌کند", "کیف شفاف پلاستیکی", "کباب ران مرغ"],
"he": ["חזה הודו ממולא, מתכון", "ממוגרפיה לגילוי מוקדם", "שחיית פרפר בבריכה", "הרים חשופים מצמחייה",
       "ליקוק כף אחרי הקינוח", "רופא ילדים בודק את הבטן", "תיק שקוף מפלסטיק", "כוס תה עם לימון"],
"hi": ["चिकन लेग पीस तंदूरी", "स्तन की जांच, अस्पताल", "तितली तैराकी अभ्यास", "नंगी पहाड़ियाँ बिना पेड़ों के",
       "चम्मच चाटना मिठाई के बाद", "डॉक्टर पेट की जांच करता है", "पारदर्शी प्लास्टिक बैग", "गीले कपड़े धूप में सूखते हुए"],
"bn": ["মুরগির বুকের মাংস গ্রিল", "স্তন পরীক্ষা, হাসপাতাল", "প্রজাপতি সাঁতার অনুশীলন", "গাছহীন ন্যাড়া পাহাড়",
       "মিষ্টির পরে চামচ চাটছে", "ডাক্তার পেট পরীক্ষা করছেন", "স্বচ্ছ প্লাস্টিকের ব্যাগ", "ভেজা কাপড় রোদে শুকাচ্ছে"],
"tl": ["inihaw na dibdib ng manok", "mammogram, ospital", "butterfly stroke sa pool", "kalbong bundok walang puno",
       "dinidilaan ang kutsara pagkatapos ng dessert", "doktor na sinusuri ang tiyan ng bata", "transparent na plastic bag",
       "basang sampay sa araw"],
"th": ["อกไก่ทอด เมนู", "ตรวจแมมโมแกรม โรงพยาบาล", "ถุงพลาสติกใส"],
"id": ["paha ayam goreng", "mamografi di rumah sakit", "kantong plastik transparan"],
"vi": ["đùi gà rán", "chụp nhũ ảnh, bệnh viện", "túi nhựa trong suốt"],
}

if __name__ == "__main__":
    rows = list(items("check", FRAGS, LOOKS, row))
    write(rows, out_path("tests/GenScreen.Core.Tests/Data/sexual22/check.jsonl"), len(FRAGS))
