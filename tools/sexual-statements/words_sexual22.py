# Word classes of session 21 (i16-sexual22): the sexual grammar of Arabic, Persian, Hebrew, Hindi, Bengali and Tagalog, with
# the Latin typing of Hindi (Hinglish) and the forms users type (Arabic dialect and Persian colloquial spellings, Hebrew
# definite phrases, Tagalog roots). Inflected forms are read by Rules/SexualInflection.cs (endings and Tagalog affixes off,
# then the base looked up here), so a row lists a base, not each of its forms: Tagalog roots (kiskis, lamas, tsupa, jakol)
# stand for kinikiskis, nilalamas, tsinutsupa, jinajakol. Left out for their innocent senses: Persian کسی (someone) and
# کسان (people), Hebrew כוס (a cup), Bengali লিঙ্গ (gender), Banglish gud (good), Hinglish gand (Ghent) and mamme (Italian),
# Hebrew תחת (under) and גמר (a final), Arabic ذكره (his mention), عضوها (her member) and بز (Persian: a goat), Persian
# کردش/میکنمش (did it) and Tagalog finger (English).
# Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list. A trailing * marks
# a stem (one word, at least 3 letters). Kinds are described in build.py.
W = {
"ar": {
 "body": "زبر|عضوه الذكري|العضو الذكري|عضو ذكري|نهودها|ثدياها|شفراتها",
 "act": "يمصمص|تمصمص|يبوس|تبوس|يفرش|تفرش|يلعب في|تلعب في|يلحسها|تلحسه",
 "aroused": "هايج|هايجة|هيجانة|ممحونة|ممحون|شهوة|شهواني*|يقذف|تقذف|المني|منيه",
 "bare": "عريانة|عريان|ملط|زلط",
 "spread": "فشخت|فاشخة|مفشوخة|فاشخ|فشخ",
 "nothing": "ما في شي|ما فيه شي|مافي شي|ولا شي|ما تحته شي|مو لابسة شي|مش لابسة حاجة|ولا حاجة",
 "cover": "البشكير|بشكير|فوطة|الفوطة|روب الحمام|البرنس",
 "strip": "قلعت|تقلع|شلحت|تشلح|نزلت|قلعها|شلحها",
 "bra": "السوتيان|سوتيان|الكيلوت|كيلوت|السليب|سليب|الكلسون|كلسون",
 "named": "وضعية الكلب|وضع الكلب|وضعية الدوجي",
 "food": "دجاجة|فراخ|خروف",
},
"fa": {
 "body": "کوس|کص|چوچول|دودول|آلتش|آلت تناسلی|پستون|بزاز",
 "act": "میخوره|می‌خوره|میخورد|خوردن|میک|مک|لیسید|لیسیدن|لیسه|میلیسد|میماله|مالید",
 "mount": "گایید|گاییده|گاییدش|میگامت",
 "aroused": "آبش ریخت|آبشو ریخت|آبم اومد|شهوتی|شهوانی|راست کرده|سیخ شده|سیخ|ارضا شد|ارضا شده",
 "bare": "لخت و عور|عور",
 "strip": "درآورده|درآوردن|دراورد|دراورده|درش آورد|کشید پایین|کند|کنده",
 "bra": "سوتین|کرست|شورتش",
 "named": "حالت سگی|پوزیشن سگی|حالت داگی|داگی استایل",
 "nothing": "هیچی زیرش نیست|هیچی نپوشیده|چیزی تنش نیست",
},
"he": {
 "body": "חזה|החזה|זינו|הזין|איבר המין|איבר מינו|איבר מינה|הישבן|התחת|ציצי|פטמה|פטמות",
 "aroused": "זקוף|זקופה|זקופים|זקופות|זרעו|הזרע|חרמנה",
 "bare": "בחוץ|בחוצה",
 "spread": "פותחת|פותח|פתחה|פותחות|פוסק",
 "strip": "מתפשטת|מתפשט|התפשטה|פשטה|מסירה|הסירה",
 "named": "דוגי|דוגי סטייל|תנוחת דוגי|בתנוחת דוגי",
 "food": "כרעי|שניצל",
},
"hi": {
 "body": "निप्पल*|निपल*|बूब्स|चूचे|चुचे|गांड़|लौड़े|लौडा|लवड़ा|योनी|भग्नासा|chut|choot|chuut|lund|lauda|lavda|lode|gaand|boobs|chuchi|chuchiyan|chuchiya",
 "agent": "zubaan|jeebh|ungli|ungliyan|munh|muh",
 "act": "chatna|chaatna|chaat|chaata|chaati|chat rahi|chat raha|chaat rahi|chaat raha|choosna|chusna|chus rahi|choos rahi|chus raha|choos raha|chuso|masalna|masal rahi|dabana|daba rahi|daba raha|sehla rahi",
 "mount": "chodna|chod raha|chod rahi|pel raha|pelna|ghusa raha",
 "bare": "nangi|nanga|nange|dikh rahe|dikh rahi|dikh raha|dikhti|khuli|khule",
 "wet": "geeli|gili|geela|bheegi|bhigi",
 "aroused": "khada|khadaa|tana hua|tani hui|sakht|jhad gaya|jhad gayi|virya|तना हुआ|तनी हुई",
 "garment": "कुर्ती|कुरती|ब्लाउज|ब्लाउज़|टॉप|kurti|blouse",
 "nothing": "kuch nahi|kuch bhi nahi|kuch nahin",
 "under": "andar|neeche|niche",
 "named": "डॉगी|डॉगी स्टाइल|doggy style|ghodi bana|ghodi bani",
 "food": "chicken|leg piece|tangdi",
 "water": "nahate|naha rahi|baarish|pani",
},
"bn": {
 "body": "মাই|গুদ|ভোদা|ভুদা|বাঁড়া|বাড়া|ধোন|পাছা|পোঁদ|পুরুষাঙ্গ|যোনি|স্তনবৃন্ত|বোঁটা|নিপল|দুধের বোঁটা",
 "agent": "মুখ|জিভ|আঙুল|ঠোঁট",
 "act": "চুষছে|চোষা|চুষে|চাটছে|চাটা|চেটে|টিপছে|টেপা|টিপে|ঘষছে|ঘষা",
 "mount": "চুদছে|চোদা|চুদে|ঠাপ|ঠাপাচ্ছে",
 "bare": "ন্যাংটো|ন্যাংটা|উলঙ্গ|নগ্ন|খোলা",
 "wet": "ভেজা|ভিজে",
 "aroused": "খাড়া|শক্ত|মাল|বীর্য|রস",
 "nothing": "কিছু নেই|কিছু পরা নেই|কিছুই পরা নেই",
 "named": "ডগি স্টাইল|ডগি",
 "food": "মুরগির|মুরগি|মাংস|রান",
},
"tl": {
 "body": "dede|dodo|tinggil|bilat|bayag|etits|oten|tarugo|kepyas|puday|pekpek|boobs",
 "act": "tsupa|chupa|subo|kiskis|lamas|himas|sipsip|supsop|jakol|bate|dila|kantot|iyot",
 "aroused": "tigas na|matigas|tumitigas|nanigas|tirik|libog*|nilabasan",
 "tag-act": "fini finger ang sarili|nagfi finger|finger ang sarili|jinajakol|nagjajakol|nagbabate|tsinutsupa|chinuchupa",
 "named": "doggy style",
},
"th": {
 "bra": "เสื้อชั้นใน|ยกทรง|บรา|กางเกงใน",
},
}
