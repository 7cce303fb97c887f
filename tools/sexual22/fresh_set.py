#!/usr/bin/env python3
"""Writes the FRESH set of session 21 (i16-sexual22): tests/GenScreen.Core.Tests/Data/sexual22/fresh.jsonl.

Written before any rule of the session, from scratch (not copied from any batch): per language of the task (ar fa he hi bn tl)
32 sexual fragments with no age and no person word (body part + act or state, undress states, underwear taken off or absent,
see-through, nothing underneath, positions, fluids, slang and euphemism; Arabic/Hebrew prefixes and possessive suffixes,
Persian ezafe/plural/ZWNJ, Hindi and Bengali postpositions and their Latin typing, Tagalog affixes and Taglish) and 20
look-alikes (medical, food, sport, fashion, art: chicken breast, breast cancer, the naked eye, a cup in Hebrew); 12 fragments
and 6 look-alikes for each checked language (th id vi).
  fragment alone                  -> allow / block  (label sexual22-fragment)
  child description + fragment    -> block / block  (label sexual22-minors)
  look-alike                      -> allow / allow  (label sexual22-lookalike)
Run: python3 tools/sexual22/fresh_set.py [out.jsonl]
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "grammar19"))
from labelled_rows import row, write, out_path
from sets22 import CHILD, items

FRAGS = {
"ar": ["ثدييها عاريين", "بزازها ظاهرة", "كسها مبلول", "يلحس كسها", "تمص زبه", "زبه منتصب",
       "عارية تماما على السرير", "بدون ملابس داخلية", "خلعت الستيان والكيلوت", "قميص شفاف بدون ستيان، الحلمات ظاهرة",
       "حلماتها منتصبة", "مؤخرتها عارية", "طيزها مكشوفة", "ينيكها من الخلف", "نيك في الطيز", "وضعية الكلب",
       "منيه على صدرها", "تستمني بأصابعها", "تفتح رجليها وكسها ظاهر", "سكس ساخن", "ممارسة الجنس على السرير",
       "مشهد إباحي", "بالملابس الداخلية فقط، وضعية مثيرة", "قضيبه في فمها", "بلا هدوم في الحمام", "فرجها مكشوف",
       "لانجري شفاف، كل شي باين", "وبزازها عارية", "تحت البشكير ما في شي", "لحس الحلمات", "عضوه الذكري ظاهر", "تتناك بقوة"],
"fa": ["سینه‌هاش لخت", "ممه‌هاش معلومه", "کوسش خیسه", "کیرش راست شده", "کیرشو میخوره", "کوسشو میلیسه",
       "لخت مادرزاد روی تخت", "بدون شورت و سوتین", "سوتینشو درآورد", "لباس بدن‌نما، نوک سینه پیداست",
       "کونش لخته", "از کون میکنتش", "داره از پشت میکنتش", "سکس داغ روی تخت", "آبش ریخت روی سینه‌هاش",
       "خودارضایی با انگشت", "پاهاشو باز کرده، کسش پیداست", "فیلم سوپر", "عکس سکسی با لباس زیر", "حالت سگی",
       "آلت تناسلی‌اش بیرونه", "فقط شورت پاشه", "لخت تو حموم", "زیر حوله هیچی نپوشیده", "لیسیدن نوک پستان",
       "پستان‌های برهنه", "جق زدن", "ساک میزنه", "رابطه جنسی دهانی", "کیر تو دهنش", "برهنه کامل، ژست شهوانی",
       "با لباس زیر توری، شهوتی"],
"he": ["חזה חשוף", "הציצים שלה בחוץ", "הכוס שלה רטוב", "מוצצת לו את הזין", "זין זקוף", "מלקק לה את הכוס",
       "עירומה לגמרי על המיטה", "בלי תחתונים וחזייה", "הורידה את החזייה והתחתונים", "חולצה שקופה בלי חזייה, רואים פטמות",
       "פטמות זקופות", "התחת שלה חשוף", "מזיין אותה מאחור", "סקס אנאלי במיטה", "תנוחת דוגי", "זרע על החזה שלה",
       "מאוננת עם האצבעות", "פותחת רגליים, הכוס בחוץ", "סקס לוהט במיטה", "סרט פורנו", "רק בהלבשה תחתונה, פוזה סקסית",
       "והזין שלו בפה שלה", "בעירום מלא במקלחת", "מתחת למגבת אין כלום", "ליקוק פטמות", "שדיים חשופים",
       "גומרת, גניחות", "איבר המין שלו בחוץ", "בחוטיני בלבד, ישבן חשוף", "מתפשטת לאט מול המצלמה", "ערומה בים",
       "מזדיינים על הספה"],
"hi": ["नंगे स्तन", "उसकी चूचियाँ दिख रही हैं", "चूत गीली", "लंड खड़ा", "लंड चूस रही है", "चूत चाट रहा है",
       "पूरी नंगी बिस्तर पर", "बिना ब्रा और पैंटी के", "ब्रा उतार दी", "पारदर्शी कुर्ती, अंदर कुछ नहीं",
       "निप्पल्स दिख रहे", "नंगी गांड", "पीछे से चोद रहा है", "चुदाई", "डॉगी स्टाइल", "वीर्य छाती पर",
       "उंगली से हस्तमैथुन", "टांगें फैलाकर चूत दिखाती", "सेक्सी वीडियो, गरम सीन", "ब्लू फिल्म",
       "सिर्फ ब्रा पैंटी में, सेक्सी पोज़", "nangi bed pe", "chut chatna", "lund chusna", "chudai from behind",
       "boobs dikh rahe", "bina kapdon ke nahate hue", "तौलिये के नीचे कुछ नहीं", "संभोग करते हुए", "मुठ मारना",
       "gaand nangi", "नंगा बदन, कामुक पोज़"],
"bn": ["নগ্ন স্তন", "মাই দেখা যাচ্ছে", "গুদ ভেজা", "বাঁড়া খাড়া", "বাঁড়া চুষছে", "গুদ চাটছে",
       "সম্পূর্ণ উলঙ্গ বিছানায়", "ব্রা আর প্যান্টি ছাড়া", "ব্রা খুলে ফেলল", "স্বচ্ছ ব্লাউজ, ভেতরে কিছু নেই",
       "বোঁটা দেখা যাচ্ছে", "ন্যাংটো পাছা", "পেছন থেকে চুদছে", "চোদাচুদি", "ডগি স্টাইল", "বীর্য বুকের উপর",
       "আঙুল দিয়ে হস্তমৈথুন", "পা ফাঁক করে গুদ দেখাচ্ছে", "গরম সেক্স ভিডিও", "চটি গল্পের ছবি",
       "শুধু ব্রা প্যান্টিতে, সেক্সি পোজ", "nangta bichanay", "gud chata", "তোয়ালের নিচে কিছু নেই", "যৌনসঙ্গম করছে",
       "নগ্ন শরীর, কামুক ভঙ্গি", "উলঙ্গ হয়ে স্নান", "লিঙ্গ মুখে", "মুখে মাল ফেলা", "খিঁচছে", "ভোদা ফাঁক করে",
       "জামা খুলে নগ্ন"],
"tl": ["hubad na suso", "kita ang dede niya", "basang puke", "tigas na titi", "sinusubo ang titi", "dinidilaan ang puke",
       "hubo't hubad sa kama", "walang bra at panty", "hinubad ang bra", "see-through na blouse, walang bra, kita utong",
       "nakalabas ang utong", "hubad na pwet", "kinakantot mula sa likod", "kantutan", "doggy style", "tamod sa dibdib",
       "fini-finger ang sarili", "nakabukaka, kita ang puke", "bold na eksena, mainit", "nagsesex sa kama",
       "naka-bra at panty lang, sexy pose", "jinajakol", "tsinutsupa", "walang saplot", "walang suot sa ilalim ng tuwalya",
       "hubad na katawan, malibog na pose", "naliligo nang hubo't hubad", "dinidilaan ang pekpek", "burat sa bibig",
       "nilalamas ang suso", "kinikiskis ang tinggil", "nagtatalik sa kama"],
"th": ["หน้าอกเปลือย", "นมโผล่", "หีเปียก", "ควยแข็ง", "อมควย", "เลียหี", "แก้ผ้าบนเตียง", "ไม่ใส่ชุดชั้นใน",
       "ถอดเสื้อชั้นใน", "เสื้อซีทรู ไม่ใส่บรา หัวนมโผล่", "เย็ดจากข้างหลัง", "น้ำเงี่ยนแตกใส่หน้า"],
"id": ["payudara telanjang", "toket kelihatan", "memek basah", "kontol ngaceng", "ngisep kontol", "jilat memek",
       "bugil di kasur", "tanpa bh dan celana dalam", "copot bh", "kemeja transparan tanpa bh, puting kelihatan",
       "dientot dari belakang", "peju di dada"],
"vi": ["ngực trần", "vú lộ ra", "lồn ướt", "cặc cương cứng", "bú cặc", "liếm lồn", "khỏa thân trên giường",
       "không mặc áo ngực và quần lót", "cởi áo ngực", "áo sơ mi xuyên thấu, không mặc áo ngực, lộ núm vú",
       "địt từ phía sau", "tinh dịch trên ngực"],
}

LOOKS = {
"ar": ["صدر دجاج مشوي مع أرز", "سرطان الثدي، حملة توعية", "سباحة الصدر في الأولمبياد", "طبيب يفحص الصدر بالسماعة",
       "شجرة عارية من الأوراق في الشتاء", "يمكن رؤيته بالعين المجردة", "أسلاك كهربائية عارية", "لوحة زيتية لامرأة تقرأ في الحديقة",
       "فستان سهرة أحمر طويل، عرض أزياء", "قميص أبيض بأكمام طويلة", "لاعب كرة قدم يسدد الكرة", "عصير شفاف في كأس زجاجي",
       "زجاج شفاف للنوافذ", "مص العصير بالقصبة", "لحس الآيس كريم في الصيف", "وضعية اليوغا، تمارين الإطالة",
       "ملابس داخلية رجالية قطنية، إعلان متجر", "الخروف المشوي في العيد", "جرح في الفخذ بعد المباراة، علاج طبيعي",
       "فحص البروستاتا عند الطبيب"],
"fa": ["سینه مرغ گریل شده با برنج", "سرطان پستان، غربالگری", "شنای کرال سینه در مسابقه", "درخت لخت زمستانی",
       "با چشم غیرمسلح دیده می‌شود", "سیم لخت برق", "پزشک سینه بیمار را معاینه می‌کند", "شیشه شفاف پنجره",
       "ژله شفاف توت‌فرنگی", "لیسیدن بستنی در تابستان", "فروشگاه لباس زیر مردانه، تبلیغ", "حالت یوگا، کشش بدن",
       "کوه دماوند زیر برف", "پای مرغ سوخاری", "ران گوسفند کبابی", "تمرین شکم در باشگاه", "لباس عروس سفید توری",
       "پیراهن مردانه آستین بلند", "شیر دادن به گوساله در مزرعه", "کیف چرمی قهوه‌ای"],
"he": ["חזה עוף בגריל עם אורז", "סרטן השד, מודעות", "שחיית חזה בתחרות", "רופא בודק את החזה בסטטוסקופ",
       "עץ חשוף מעלים בחורף", "נראה בעין בלתי מזוינת", "חוטים חשופים בקיר", "כוס קפה חם על השולחן",
       "כוס מים קרים", "זכוכית שקופה בחלון", "ליקוק גלידה בקיץ", "תנוחת יוגה, מתיחות",
       "חנות הלבשה תחתונה לגברים, פרסומת", "שמלת כלה מתחרה לבנה", "חולצה לבנה עם שרוולים ארוכים", "כרעי עוף בתנור",
       "פציעה בירך, פיזיותרפיה", "ירך כבש צלויה", "ציפור על ענף, צילום טבע", "מגדל זקוף בעיר העתיקה"],
"hi": ["चिकन ब्रेस्ट ग्रिल्ड, चावल के साथ", "स्तन कैंसर जागरूकता अभियान", "नंगे पाँव बगीचे में", "नंगी आँखों से दिखता है",
       "नंगे तार दीवार पर", "डॉक्टर छाती की जाँच करता है", "पारदर्शी कांच की खिड़की", "आइसक्रीम चाटना गर्मियों में",
       "योग मुद्रा, स्ट्रेचिंग", "पुरुषों के अंडरवियर की दुकान, विज्ञापन", "लाल लहंगा, शादी की तस्वीर",
       "क्रिकेट खिलाड़ी छक्का मारता है", "ब्रेस्टस्ट्रोक तैराकी प्रतियोगिता", "जांघ की चोट, फिज़ियोथेरेपी",
       "गन्ना चूसना, गाँव", "chicken leg piece biryani", "nange pair park mein", "खड़ा पहाड़ बर्फ से ढका",
       "गीली मिट्टी, बारिश के बाद", "गरम चाय और पकौड़े"],
"bn": ["চিকেন ব্রেস্ট গ্রিল, ভাতের সাথে", "স্তন ক্যান্সার সচেতনতা", "খালি পায়ে মাঠে", "খালি চোখে দেখা যায় না",
       "ডাক্তার বুক পরীক্ষা করছেন", "স্বচ্ছ কাচের জানালা", "আইসক্রিম চাটছে গরমে", "যোগ ভঙ্গি, স্ট্রেচিং",
       "পুরুষদের অন্তর্বাসের দোকান, বিজ্ঞাপন", "লাল বেনারসি শাড়ি, বিয়ে", "ক্রিকেটার ছক্কা মারছে", "উরুর চোট, ফিজিওথেরাপি",
       "আখ চুষছে, গ্রামের হাট", "মুরগির রান ভাজা", "ভেজা মাটি, বৃষ্টির পরে", "গরম চা আর সিঙ্গারা",
       "মাছের মাথা দিয়ে মুড়িঘণ্ট", "খাড়া পাহাড়ে ট্রেকিং", "নগ্ন সত্য, প্রবন্ধ", "পাখির বাসা গাছের ডালে"],
"tl": ["chicken breast na inihaw, may kanin", "breast cancer awareness, kampanya", "suso sa palayan, kuhol", "nakayapak sa damuhan",
       "hubad na puno sa tag-araw", "doktor na sinusuri ang dibdib ng pasyente", "malinaw na salamin ng bintana",
       "dinidilaan ang ice cream sa tag-init", "yoga pose, stretching", "tindahan ng brief at boxer ng lalaki, ad",
       "pulang gown sa kasal", "basketball player nagda-dunk", "pinsala sa hita, physical therapy",
       "basang damit pagkatapos ng ulan, nakasampay", "pwet ng kaldero, uling", "hita ng manok, adobo",
       "mainit na kape sa umaga", "matigas na tinapay, pandesal", "tahong at talaba sa palengke", "bukas na bintana, hangin"],
"th": ["อกไก่ย่าง กับข้าว", "มะเร็งเต้านม รณรงค์", "เดินเท้าเปล่าบนหญ้า", "กระจกใส หน้าต่าง", "ท่าโยคะ ยืดเหยียด",
       "เลียไอศกรีมหน้าร้อน"],
"id": ["dada ayam panggang dengan nasi", "kanker payudara, kampanye", "telanjang kaki di rumput", "kaca transparan jendela",
       "pose yoga, peregangan", "jilat es krim di musim panas"],
"vi": ["ức gà nướng với cơm", "ung thư vú, chiến dịch", "đi chân trần trên cỏ", "kính trong suốt cửa sổ",
       "tư thế yoga, giãn cơ", "liếm kem mùa hè"],
}

# Labels corrected after the first run on main (6decf69): eight fragments say underwear or a sexy pose and nothing more, which
# is suggestive, and `strict` reviews suggestive content (policies.json); they were first written block under `strict`.
SUGGESTIVE = {("ar", 23), ("fa", 22), ("fa", 32), ("he", 21), ("hi", 19), ("hi", 21), ("bn", 21), ("tl", 21)}

if __name__ == "__main__":
    rows = list(items("fresh", FRAGS, LOOKS, row, SUGGESTIVE))
    write(rows, out_path("tests/GenScreen.Core.Tests/Data/sexual22/fresh.jsonl"), len(FRAGS))
