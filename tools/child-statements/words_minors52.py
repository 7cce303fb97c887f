"""Rows of child-statements.tsv added in session 44 (i16-minors52), imported by build.py after words_para51.py: a small child
said by a paraphrased scene, written as classes per language (concept x language), not as the phrases any batch held:
- LOW (thing a grown-up sees or reaches standing): what a small child stands on tiptoe or on a stool to see into or to work at:
  an ice-cream counter, stall or window, a shop's display case or glass counter, a service window, the stove or hob. With a
  boost word of the clause (tiptoe, a stool: session 23's boost rows) it is the low hint (ChildDetails: a child's reach); alone
  nothing (a woman at a display case), and the boost word with a shelf stays the adult's pose (no row here holds a shelf).
- BESIDE (companion): asleep, sitting or snuggled right beside a grandparent, said with the language's adposition of place
  (next to grandma, neben Oma, obok babci, ninesinin yanında, کنار مادربزرگ, दादी के पास, おばあちゃんの隣で, 奶奶身边, 할머니 옆에서):
  one hint as session 40's "with grandma" is, and the grandparent is no adult marker of the one described.
- PARENTS' DAY: what a small child makes for Mother's or Father's Day (a card, a drawing, a craft: fête des mères, Muttertag,
  عيد الأم, 母の日, 어버이날) is a thing, and a parents-day row: the parent word inside it is no adult marker of the one described
  (ChildDetails drops it). The day's name alone is no row and no hint (a Mother's Day boudoir shoot is an adult's); its parent
  word is consumed as a benign phrase (tools/minors52/lexicon.py), so it names no one. A child's crafts (a macaroni necklace,
  a handprint card, salt dough) are things.
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from word_forms import concept_words, joined_cross  # noqa: E402

ROWS = []


def add(kind, lang, *texts):
    for t in texts:
        ROWS.append((kind, lang, t.replace("-", " ")))


LOW = {
 "ice cream": {
  "en": ["ice cream counter", "ice cream stand", "ice cream window", "ice cream freezer", "ice cream cabinet", "gelato counter",
         "ice cream flavours", "ice cream flavors"],
  "de": ["eistheke", "eisvitrine", "eisstand", "eisfenster", "eissorten", "eiskiosk"],
  "fr": ["vitrine des glaces", "comptoir du glacier", "stand de glaces", "parfums de glace", "bac à glaces"],
  "es": ["mostrador de helados", "vitrina de helados", "puesto de helados", "sabores de helado", "ventanilla de la heladería"],
  "it": ["banco dei gelati", "vetrina dei gelati", "banco del gelataio", "i gusti", "vaschette del gelato", "finestrella della gelateria"],
  "pt": ["balcão de sorvete", "vitrine de sorvete", "vitrine dos sorvetes", "balcão da gelataria", "sabores de sorvete", "sabores de gelado"],
  "nl": ["ijsvitrine", "ijstoonbank", "ijskraam", "ijssmaken", "ijsloket"],
  "pl": ["ladzie z lodami", "lady z lodami", "okienka z lodami", "okienku z lodami", "smaki lodów", "budki z lodami", "witryny z lodami"],
  "cs": ["okénka se zmrzlinou", "okénku se zmrzlinou", "pultu se zmrzlinou", "pult se zmrzlinou", "vitríny se zmrzlinou", "stánku se zmrzlinou"],
  "sv": ["glassdisken", "glasskiosk", "glassluckan", "glassorterna"],
  "ru": ["окошка с мороженым", "окошку с мороженым", "окошком с мороженым", "окошко с мороженым", "витрины с мороженым", "витрину с мороженым",
         "прилавка с мороженым", "прилавку с мороженым", "ларька с мороженым", "ларьку с мороженым"],
  "uk": ["віконця з морозивом", "віконечка з морозивом", "вітрини з морозивом", "вітрину з морозивом", "прилавка з морозивом", "кіоску з морозивом"],
  "tr": ["dondurma tezgahına", "dondurma tezgâhına", "dondurma dolabına", "dondurma vitrinine", "dondurmacının tezgahına", "dondurmacının camına"],
  "el": ["ψυγείο με τα παγωτά", "βιτρίνα με τα παγωτά", "πάγκο με τα παγωτά", "τις γεύσεις παγωτού"],
  "he": ["לדלפק הגלידה", "דלפק הגלידה", "לוויטרינת הגלידה", "ויטרינת הגלידה", "טעמי הגלידה"],
  "ar": ["ثلاجة الآيس كريم", "واجهة الآيس كريم", "نكهات الآيس كريم", "ثلاجة البوظة", "واجهة البوظة", "نكهات البوظة"],
  "fa": ["یخچال بستنی", "ویترین بستنی", "طعم‌های بستنی", "طعم های بستنی", "پیشخوان بستنی"],
  "hi": ["आइसक्रीम के ठेले", "आइसक्रीम के फ्रिज", "आइसक्रीम काउंटर", "आइसक्रीम की गाड़ी", "आइसक्रीम के काउंटर"],
  "bn": ["আইসক্রিমের গাড়ি", "আইসক্রিমের ফ্রিজ", "আইসক্রিম কাউন্টার", "আইসক্রিমের কাউন্টার"],
  "th": ["ตู้ไอศกรีม", "ตู้ไอติม", "รถไอติม", "รสไอติม", "เคาน์เตอร์ไอศกรีม"],
  "vi": ["tủ kem", "quầy kem", "xe kem", "các vị kem"],
  "id": ["etalase es krim", "kulkas es krim", "gerobak es krim", "rasa es krim", "konter es krim"],
  "tl": ["sorbetes", "tindahan ng sorbetes", "ice cream counter"],
  "ja": ["アイスのショーケース", "アイスクリームのショーケース", "アイスケース", "アイスのケース", "ソフトクリームの窓口"],
  "zh": ["冰淇淋柜", "冰激凌柜", "冰柜", "冰淇淋的口味", "冰激凌的口味"],
  "ko": ["아이스크림 진열대", "아이스크림 냉동고", "아이스크림 쇼케이스", "아이스크림 가게 진열대"],
 },
 "display case": {
  "en": ["display case", "glass case", "glass counter", "shop window", "sweet jars"],
  "de": ["vitrine", "glastheke", "schaufenster", "bonbongläser"],
  "fr": ["vitrine", "la vitrine", "vitrine de la boulangerie", "bocaux de bonbons"],
  "es": ["vitrina", "escaparate", "vitrina de la pastelería"],
  "it": ["vetrina", "vetrinetta", "vetrina dei dolci", "vetrina della pasticceria"],
  "pt": ["vitrine", "vitrine da padaria", "montra", "vitrine de doces"],
  "nl": ["vitrine", "etalage", "snoeppotten"],
  "pl": ["witryny", "witrynę", "witrynie", "gablotę", "gablocie", "gabloty"],
  "cs": ["vitríny", "vitrínu", "vitríně", "výlohy", "výlohu", "výloze"],
  "sv": ["montern", "skyltfönstret", "godisdisken", "lösgodis"],
  "ru": ["витрины", "витрину", "витрине", "стеклянного прилавка", "стеклянному прилавку"],
  "uk": ["вітрини", "вітрину", "вітрині", "скляного прилавка"],
  "tr": ["vitrine", "vitrindeki", "vitrinin", "camekâna", "camekana"],
  "el": ["βιτρίνα", "τη βιτρίνα", "βιτρίνας", "τζαμαρία"],
  "he": ["לוויטרינה", "הוויטרינה", "ויטרינה", "חלון הראווה"],
  "ar": ["الواجهة الزجاجية", "واجهة المحل", "الفاترينة", "فاترينة"],
  "fa": ["ویترین", "ویترین مغازه", "ویترینِ"],
  "hi": ["शोकेस", "काँच के काउंटर", "कांच के काउंटर"],
  "bn": ["শোকেস", "কাচের কাউন্টার"],
  "th": ["ตู้โชว์", "ตู้กระจก", "ตู้ขนม"],
  "vi": ["tủ kính", "quầy kính"],
  "id": ["etalase", "lemari kaca"],
  "tl": ["eskaparate", "salamin ng tindahan"],
  "ja": ["ショーケース", "ガラスケース"],
  "zh": ["橱窗", "玻璃柜", "展示柜", "玻璃柜台"],
  "ko": ["진열대", "쇼케이스", "유리 진열장", "진열장"],
 },
 "stove": {
  "en": ["the stove", "the hob", "the cooker", "the pancake pan"],
  "de": ["herd", "am herd", "den herd", "kochtopf"],
  "fr": ["cuisinière", "fourneaux", "plaque de cuisson", "la poêle"],
  "es": ["fogón", "fogones", "la estufa", "la cocina de gas", "la sartén"],
  "it": ["fornelli", "ai fornelli", "il fornello", "la padella"],
  "pt": ["fogão", "ao fogão", "no fogão", "a frigideira"],
  "nl": ["fornuis", "het fornuis", "kookplaat", "pannenkoekenpan"],
  "pl": ["kuchenki", "kuchence", "kuchenkę", "patelni", "garnka"],
  "cs": ["sporáku", "sporák", "plotny", "pánve", "hrnce"],
  "sv": ["spisen", "spis", "stekpannan"],
  "ru": ["плиты", "плите", "плиту", "сковородки", "кастрюли"],
  "uk": ["плити", "плиті", "плиту", "сковорідки", "каструлі"],
  "tr": ["ocağa", "ocağın", "ocakta", "tencereye", "tavaya"],
  "el": ["κουζίνα", "στην κουζίνα", "στο τηγάνι", "την κατσαρόλα"],
  "he": ["לכיריים", "הכיריים", "כיריים", "המחבת"],
  "ar": ["الموقد", "البوتاجاز", "الطباخ", "المقلاة"],
  "fa": ["اجاق", "اجاق گاز", "گاز", "ماهیتابه"],
  "hi": ["चूल्हे", "चूल्हा", "गैस चूल्हे", "कढ़ाई", "तवे"],
  "bn": ["চুলা", "চুলার", "উনুন", "কড়াই"],
  "th": ["เตา", "เตาแก๊ส", "กระทะ"],
  "vi": ["bếp", "bếp ga", "cái chảo"],
  "id": ["kompor", "wajan", "panci"],
  "tl": ["kawali", "lutuan"],  # no bare kalan: a frequent Turkish word (remaining)
  "ja": ["コンロ", "ガスコンロ", "フライパン", "台所"],
  "zh": ["灶台", "炉灶", "锅台", "灶边"],
  "ko": ["가스레인지", "싱크대", "조리대", "프라이팬"],
 },
}

# More of the same class: the counter of a shop that sells sweets to children (bakery, pastry shop, sweet shop), and cooking at
# the hob or the counter (a stool to help bake or stir: an adult stands on one to hang curtains, never to cook).
LOW_MORE = {
 "sweets counter": {
  "en": ["bakery counter", "sweet shop counter", "candy counter", "pick and mix", "cake display"],
  "de": ["bäckertheke", "kuchentheke", "süßigkeitentheke", "theke der bäckerei", "kuchenvitrine"],
  "fr": ["comptoir de la boulangerie", "comptoir de la pâtisserie", "vitrine de la pâtisserie", "comptoir à bonbons"],
  "es": ["mostrador de la panadería", "mostrador de la pastelería", "mostrador de la confitería", "mostrador de las chuches"],
  "it": ["bancone della pasticceria", "banco della pasticceria", "bancone del forno", "banco dei dolci"],
  "pt": ["balcão da padaria", "balcão da confeitaria", "balcão de doces", "vitrine da confeitaria"],
  "nl": ["toonbank van de bakker", "toonbank bij de bakker", "snoepwinkel", "vitrine van de bakker"],
  "pl": ["ladzie cukierni", "lady cukierni", "ladzie w cukierni", "ladą cukierni", "ladzie piekarni", "lady w piekarni"],
  "cs": ["pultu cukrárny", "pultu v cukrárně", "pult cukrárny", "pultu pekárny"],
  "sv": ["bageridisken", "konditoridisken", "godisdisken"],
  "ru": ["прилавка кондитерской", "прилавку кондитерской", "прилавка булочной", "витрины кондитерской", "витрины с пирожными"],
  "uk": ["прилавка кондитерської", "вітрини кондитерської", "вітрини з тістечками", "прилавка пекарні"],
  "tr": ["pastane tezgahına", "pastane tezgâhına", "pastanenin vitrinine", "fırının tezgahına", "şekerci tezgahına"],
  "el": ["πάγκο του ζαχαροπλαστείου", "βιτρίνα του ζαχαροπλαστείου", "πάγκο του φούρνου", "βιτρίνα του φούρνου"],
  "he": ["דלפק המאפייה", "לדלפק המאפייה", "דלפק הממתקים", "ויטרינת העוגות"],
  "ar": ["واجهة الحلويات", "ثلاجة الحلويات", "رف الحلويات", "واجهة المخبز"],
  "fa": ["ویترین شیرینی", "ویترین شیرینی‌فروشی", "پیشخوان نانوایی", "پیشخوان قنادی"],
  "hi": ["मिठाई के काउंटर", "मिठाई की दुकान के काउंटर", "हलवाई के काउंटर"],
  "bn": ["মিষ্টির দোকানের কাউন্টার", "মিষ্টির কাউন্টার"],
  "th": ["ตู้ขนมเค้ก", "ตู้เบเกอรี่"],
  "vi": ["tủ bánh", "quầy bánh", "tủ kính bánh ngọt"],
  "id": ["etalase kue", "etalase toko roti"],
  "tl": ["estante ng tinapay", "counter ng bakery"],
  "ja": ["ケーキのショーケース", "お菓子のショーケース", "パン屋のカウンター"],
  "zh": ["蛋糕柜", "糖果柜台", "面包柜台", "甜品柜"],
  "ko": ["케이크 진열대", "빵 진열대", "과자 진열대", "케이크 쇼케이스"],
 },
 "cooking": {
  "en": ["help bake", "helping bake", "help cook", "helping cook", "stir the batter", "stirring the batter", "stir the pot", "stirring the pot"],
  "de": ["backen", "mitbacken", "mitkochen", "umrühren", "rührt den teig", "plätzchen backen", "pfannkuchen backen"],
  "fr": ["aider à cuisiner", "aider à faire les crêpes", "remuer la pâte", "touiller", "faire des crêpes", "pâtisser"],
  "es": ["ayudar a cocinar", "ayuda a cocinar", "remover la masa", "remueve la olla", "hacer galletas", "hacer tortitas"],
  "it": ["aiutare a cucinare", "aiuta a cucinare", "mescolare l'impasto", "mescola il sugo", "fare i biscotti", "impastare"],
  "pt": ["ajudar a cozinhar", "ajuda a cozinhar", "mexer a panela", "mexe a massa", "fazer bolo", "fazer biscoitos"],
  "nl": ["helpen koken", "helpen bakken", "pannenkoeken bakken", "koekjes bakken", "roeren in de pan", "het beslag roeren"],
  "pl": ["pomaga gotować", "pomagać gotować", "pomaga piec", "mieszać ciasto", "miesza w garnku", "lepić pierogi", "lepi pierogi"],
  "cs": ["pomáhá vařit", "pomáhat vařit", "pomáhá péct", "míchat těsto", "míchá těsto", "péct cukroví"],
  "sv": ["hjälpa till att baka", "hjälper till att baka", "hjälper till att laga mat", "röra i grytan", "baka kakor"],
  "ru": ["помогает готовить", "помогать готовить", "помогает печь", "мешает тесто", "лепить пельмени", "лепит пельмени", "лепить вареники"],
  "uk": ["допомагає готувати", "допомагати готувати", "допомагає пекти", "ліпити вареники", "ліпить вареники", "місить тісто"],
  "tr": ["yemek yapmaya yardım", "kek yapmaya yardım", "hamuru karıştırıyor", "kurabiye yapıyor", "mantı yapmaya yardım"],
  "el": ["βοηθάει στο μαγείρεμα", "βοηθά στο μαγείρεμα", "ανακατεύει τη ζύμη", "φτιάχνει κουλουράκια"],
  "he": ["עוזר לבשל", "עוזרת לבשל", "עוזר לאפות", "עוזרת לאפות", "מערבב את הבצק", "מערבבת את הבצק"],
  "ar": ["يساعد في الطبخ", "تساعد في الطبخ", "يساعد في الخبز", "تساعد في الخبز", "يحرك العجين", "تحرك العجين"],
  "fa": ["کمک آشپزی", "کمک می‌کند غذا بپزد", "هم زدن خمیر", "شیرینی پختن"],
  "hi": ["खाना बनाने में मदद", "रोटी बेलने", "रोटी बेल रही", "रोटी बेल रहा"],
  "bn": ["রান্নায় সাহায্য", "রুটি বেলছে", "পিঠে বানাতে"],
  "th": ["ช่วยทำอาหาร", "ช่วยทำขนม", "ช่วยแม่ทำกับข้าว"],
  "vi": ["phụ nấu ăn", "phụ làm bánh", "giúp mẹ nấu ăn", "giúp bà làm bánh"],
  "id": ["bantu memasak", "membantu memasak", "bantu bikin kue", "membantu membuat kue"],
  "tl": ["tumutulong magluto", "tumulong magluto", "tumutulong magbake"],
  "ja": ["料理のお手伝い", "お手伝いで料理", "お菓子作りのお手伝い", "餃子を包むお手伝い"],
  "zh": ["帮忙做饭", "帮妈妈做饭", "帮奶奶包饺子", "帮忙包饺子", "帮忙做蛋糕"],
  "ko": ["요리를 돕", "요리 돕기", "빵 만들기를 돕", "만두 빚기를 돕"],
 },
}

# Tiptoe and a low stool as each language says them in its own idiom (session 23's boost rows held a few forms per language).
BOOST_MORE = {
 "en": ["tip toes", "tippytoes", "tippy-toes"], "de": ["fußspitzen", "fussspitzen", "fußbank", "fußbänkchen", "schemelchen"],
 "fr": ["petit banc", "pointe de ses pieds", "petit tabouret"], "es": ["punta de pie", "punta de los pies", "banqueta", "taburetito"],
 "it": ["punta di piedi", "punte di piedi", "sulle punte", "panchetto", "sgabellino"],
 "pt": ["ponta de pé", "pontas dos pés", "pontinha do pé", "banquinho de madeira"], "nl": ["op z'n tenen", "op tenen", "tippen van"],
 "pl": ["na palce", "taborecie", "taboreciku", "krzesełku", "krzesełko"], "cs": ["štokrleti", "stoličku", "na špičky"],
 "sv": ["på tårna", "pallen", "en liten pall"], "ru": ["табуреточку", "скамеечке", "скамеечку", "носочках", "носочки"],
 "uk": ["ослінчику", "ослінчик", "пальчиках", "носочках"], "tr": ["ayak parmaklarının ucunda", "parmak ucunda", "taburede", "tabure", "taburenin üstüne"],
 "el": ["στις μύτες", "σκαμνάκι", "σκαμνί"], "he": ["קצות האצבעות", "קצות האצבעות", "שרפרפון", "על שרפרפון"],
 "ar": ["رؤوس أصابعه", "رؤوس أصابعها", "أطراف قدميه", "أطراف قدميها", "أطراف أصابع قدميه", "أطراف أصابع قدميها"],
 "fa": ["پنجه‌ی پا", "پنجه پا", "نوک پا", "نوک پنجه", "چهارپایه‌ی"], "hi": ["पीढ़े", "पीढ़ा", "पंजों के बल", "एड़ियाँ उठाकर"],
 "bn": ["পিঁড়ি", "পিঁড়িতে", "ডিঙি মেরে", "পায়ের আঙুলে ভর"], "th": ["เขย่งเท้า", "เขย่งปลายเท้า"], "vi": ["kiễng", "nhón gót", "kiễng gót"],
 "id": ["berjinjit-jinjit", "jinjit kaki"], "tl": ["tingkayad", "nakatingkayad", "tumingkayad", "nakatiyad"],
 "ja": ["つま先で", "台に乗って", "踏み台に"], "zh": ["踮起脚尖", "踮着脚尖", "垫着脚", "垫脚"], "ko": ["발끝으로", "까치발로", "발끝을 세우"],
}

# A child's festival lantern by its shape (a carp, a rabbit, a star: the lanterns of Trung thu and 中秋 children carry), and the
# St. Martin's procession of Germany and the Netherlands.
LANTERNS = {
 "vi": ["đèn lồng cá chép", "đèn lồng con thỏ", "đèn lồng ông sao", "đèn lồng ngôi sao", "đèn lồng hình", "đèn kéo quân", "đèn con cá", "đèn con thỏ"],
 "zh": ["兔子灯", "兔子灯笼", "鲤鱼灯", "鲤鱼灯笼", "金鱼灯", "小兔灯", "拉兔子灯"],
 "de": ["martinszug", "martinsumzug", "sankt martins umzug", "st martins umzug", "laternenlied", "laternelaufen"],
 "nl": ["sint maarten lopen", "sint maartenliedje", "sint maarten liedje", "langs de deuren met een lampion"],
}
BESIDE_MORE = {"ko": ["할머니 옆", "할아버지 옆", "외할머니 옆", "외할아버지 옆"]}

# BESIDE: adposition of place x grandparent, in the order of the language (preps first unless noted).
BESIDE = {
 "en": (["next to", "beside", "snuggled up to", "curled up next to", "cuddled up to"], ["grandma", "grandpa", "granny", "nana", "her grandma", "his grandma", "her grandpa", "his grandpa"], True),
 "de": (["neben", "an", "dicht an"], ["oma", "opa", "omi", "opi", "ihre oma", "seine oma", "ihren opa", "seinen opa"], True),
 "fr": (["à côté de", "contre", "blotti contre", "blottie contre", "près de"], ["mamie", "papi", "papy", "mémé", "sa mamie", "son papi", "sa grand-mère", "son grand-père"], True),
 "es": (["al lado de", "junto a", "acurrucado junto a", "acurrucada junto a", "pegado a", "pegada a"], ["la abuela", "el abuelo", "su abuela", "su abuelo", "la abuelita", "el abuelito", "la yaya"], True),
 "it": (["accanto alla", "vicino alla", "accanto al", "vicino al", "accoccolato alla", "accoccolata alla"], ["nonna", "nonno", "nonnina", "nonnino"], True),
 "pt": (["ao lado da", "junto da", "ao lado do", "junto do", "agarradinho à", "agarradinha à"], ["avó", "vovó", "avô", "vovô", "vó", "vô"], True),
 "nl": (["naast", "tegen", "dicht tegen"], ["oma", "opa", "oma aan", "omaatje", "opaatje"], True),
 "pl": (["obok", "przy", "koło", "przytulony do", "przytulona do"], ["babci", "dziadka", "babuni", "dziadziusia", "swojej babci", "swojego dziadka"], True),
 "cs": (["vedle", "u", "přitulený k", "přitulená k"], ["babičky", "dědy", "dědečka", "babičce", "dědovi"], True),
 "sv": (["bredvid", "intill", "hos"], ["mormor", "farmor", "morfar", "farfar"], True),
 "ru": (["рядом с", "возле", "около", "под боком у", "прижавшись к"], ["бабушкой", "дедушкой", "бабушки", "дедушки", "бабуле", "бабушке", "дедушке", "бабулей"], True),
 "uk": (["поруч з", "поруч із", "біля", "коло", "під боком у", "притулившись до"], ["бабусею", "дідусем", "бабусі", "дідуся", "бабці"], True),
 "tr": (["ninesinin", "babaannesinin", "anneannesinin", "dedesinin", "büyükannesinin", "büyükbabasının"], ["yanında", "yanına", "koynunda", "dizinin dibinde"], True),
 "el": (["δίπλα στη", "δίπλα στον", "κοντά στη", "κοντά στον", "κουλουριασμένος δίπλα στη", "κουλουριασμένη δίπλα στη"], ["γιαγιά", "παππού", "γιαγιά του", "γιαγιά της", "παππού του", "παππού της"], True),
 "he": (["ליד", "לצד", "צמוד ל", "מכורבל ליד", "מכורבלת ליד"], ["סבתא", "סבא", "סבתא שלו", "סבתא שלה", "סבא שלו", "סבא שלה"], True),
 "ar": (["بجانب", "بجوار", "قرب", "في حضن"], ["جدته", "جده", "جدتها", "جدها", "الجدة", "الجد", "تيتا", "ستو"], True),
 "fa": (["کنار", "پیش", "بغل", "پهلوی"], ["مادربزرگ", "مادربزرگش", "پدربزرگ", "پدربزرگش", "مامان بزرگ", "مامان‌بزرگ", "مامان بزرگش", "بابابزرگ", "بابابزرگش", "ننه", "ننه‌جون", "ننه جون"], True),
 "hi": (["दादी", "नानी", "दादा", "नाना", "दादी माँ", "दादीजी", "नानीजी"], ["के पास", "के बगल में", "की गोद में", "के पास सो"], False),
 "bn": (["ঠাকুমার", "দিদার", "দাদুর", "নানির", "দাদির", "দিদিমার"], ["পাশে", "কোলে", "কাছে"], False),
 "th": (["ข้าง", "ข้างๆ", "นอนข้าง", "ซุกตัวข้าง", "นอนกอด"], ["ยาย", "ย่า", "คุณยาย", "คุณย่า", "คุณตา"], True),  # no bare ตา: also an eye
 "vi": (["bên cạnh", "cạnh", "nằm cạnh", "ngủ cạnh", "rúc vào lòng"], ["bà nội", "bà ngoại", "ông nội", "ông ngoại"], True),  # no bare bà: also "she", an old woman
 "id": (["di samping", "di sebelah", "di dekat", "meringkuk di samping", "tidur di samping"], ["nenek", "kakek", "eyang", "oma", "neneknya", "kakeknya", "mbah"], True),
 "tl": (["katabi si", "katabi ang", "tabi ni", "katabi ni"], ["lola", "lolo", "lola niya", "lolo niya"], True),
 "ja": (["おばあちゃん", "おじいちゃん", "ばあば", "じいじ", "祖母", "祖父"], ["の隣で", "のそばで", "の横で", "に寄り添って", "の膝で", "のひざで"], False),
 "zh": (["奶奶", "外婆", "姥姥", "爷爷", "外公", "姥爷"], ["身边", "旁边", "怀里"], False),
 "ko": (["할머니", "할아버지", "외할머니", "외할아버지"], [" 옆에서", " 옆에", " 곁에서", " 곁에", " 품에서", " 품에"], False),
}

PARENTS_DAY = {
 "en": ["mother's day", "mothers day", "mother s day", "father's day", "fathers day", "father s day"],
 "de": ["muttertag", "muttertagskarte", "muttertagsgeschenk", "vatertag", "vatertagsgeschenk", "zum muttertag", "zum vatertag"],
 "fr": ["fête des mères", "fête des pères", "la fête des mères", "la fête des pères"],
 "es": ["día de la madre", "día del padre", "dia de la madre", "dia del padre", "día de las madres"],
 "it": ["festa della mamma", "festa del papà", "festa del papa"],
 "pt": ["dia das mães", "dia dos pais", "dia da mãe", "dia do pai"],
 "nl": ["moederdag", "vaderdag"],
 "pl": ["dzień matki", "dzień mamy", "dzień ojca", "dnia matki", "dnia mamy", "dnia ojca"],  # no "dzień taty": taty folds to a Cyrillic word (Тату)
 "cs": ["den matek", "den otců", "ke dni matek"],
 "sv": ["mors dag", "fars dag"],
 "ru": ["день матери", "день мамы", "ко дню матери", "день отца"],
 "uk": ["день матері", "день мами", "до дня матері", "день батька"],
 "tr": ["anneler günü", "babalar günü", "anneler gününe", "babalar gününe", "anneler günü için"],
 "el": ["γιορτή της μητέρας", "γιορτή της μαμάς", "γιορτή του πατέρα"],
 "he": ["יום האם", "יום המשפחה", "ליום האם"],
 "ar": ["عيد الأم", "عيد الام", "لعيد الأم", "عيد الأب"],
 "fa": ["روز مادر", "روز پدر"],
 "hi": ["मदर्स डे", "मातृ दिवस", "फादर्स डे"],
 "bn": ["মা দিবস", "মাতৃ দিবস", "বাবা দিবস"],
 "th": ["วันแม่", "วันพ่อ"],
 "vi": ["ngày của mẹ", "ngày của cha", "ngày của bố"],
 "id": ["hari ibu", "hari ayah"],
 "tl": ["araw ng mga ina", "araw ng mga ama"],
 "ja": ["母の日", "父の日"],
 "zh": ["母亲节", "父亲节", "母親節", "父親節"],
 "ko": ["어버이날", "어머니날"],
}

# What a small child makes for the day: a card or drawing made by hand ("card for Mother's Day" in the order of each language).
PARENTS_DAY_CRAFT = {
 "en": ["mother's day card", "mothers day card", "father's day card", "card for mother's day", "card for father's day", "mother's day craft"],
 "de": ["muttertagskarte", "karte zum muttertag", "karte für den muttertag", "bastelt zum muttertag", "vatertagskarte", "bild zum muttertag"],
 "fr": ["carte pour la fête des mères", "dessin pour la fête des mères", "bricolage de la fête des mères", "carte pour la fête des pères"],
 "es": ["tarjeta para el día de la madre", "tarjeta del día de la madre", "manualidad para el día de la madre", "dibujo para el día de la madre", "tarjeta para el día del padre"],
 "it": ["biglietto per la festa della mamma", "lavoretto per la festa della mamma", "disegno per la festa della mamma", "lavoretto per la festa del papà"],
 "pt": ["cartão para o dia das mães", "cartão do dia das mães", "lembrancinha do dia das mães", "desenho para o dia das mães", "cartão para o dia dos pais"],
 "nl": ["moederdagkaart", "moederdagcadeautje", "knutselwerkje voor moederdag", "vaderdagkaart", "tekening voor moederdag"],
 "pl": ["laurkę na dzień matki", "laurka na dzień matki", "laurkę na dzień mamy", "laurka na dzień mamy", "laurkę dla mamy", "laurka dla mamy", "laurkę na dzień taty"],
 "cs": ["přáníčko ke dni matek", "přání ke dni matek", "obrázek ke dni matek"],
 "sv": ["kort till mors dag", "teckning till mors dag"],
 "ru": ["открытку ко дню матери", "открытка ко дню матери", "открытку для мамы", "открытка для мамы", "поделку для мамы", "поделка ко дню матери"],
 "uk": ["листівку до дня матері", "листівка до дня матері", "листівку для мами", "листівка для мами", "саморобку для мами"],
 "tr": ["anneler günü kartı", "anneler günü için kart", "anneler günü hediyesi yapıyor", "babalar günü kartı"],
 "el": ["κάρτα για τη γιορτή της μητέρας", "κάρτα για τη γιορτή της μαμάς"],
 "he": ["כרטיס ליום האם", "ברכה ליום האם", "ציור ליום האם"],
 "ar": ["بطاقة لعيد الأم", "بطاقة عيد الأم", "رسمة لعيد الأم", "هدية يدوية لعيد الأم"],
 "fa": ["کارت روز مادر", "کارت برای روز مادر", "نقاشی برای روز مادر", "کاردستی روز مادر"],
 "hi": ["मदर्स डे कार्ड", "मदर्स डे के लिए कार्ड", "माँ के लिए कार्ड"],
 "bn": ["মা দিবসের কার্ড", "মায়ের জন্য কার্ড"],
 "th": ["การ์ดวันแม่", "วาดรูปวันแม่"],
 "vi": ["thiệp ngày của mẹ", "thiệp tặng mẹ", "làm thiệp cho mẹ"],
 "id": ["kartu hari ibu", "kartu untuk ibu", "gambar untuk hari ibu"],
 "tl": ["card para kay nanay", "kard para sa araw ng mga ina"],
 "ja": ["母の日のカード", "母の日の似顔絵", "お母さんの似顔絵", "父の日の似顔絵", "母の日の手紙"],
 "zh": ["母亲节贺卡", "给妈妈的贺卡", "母亲节手工", "给妈妈做贺卡"],
 "ko": ["어버이날 카드", "어버이날 카네이션", "카네이션 카드", "부모님께 드릴 카드", "엄마에게 줄 카드"],
}


# A small child's craft (nursery and kindergarten): a macaroni necklace, a handprint card or painting, a paper-plate mask, salt
# dough. "For Mother's Day" is no parent (session 21's benefactive hint came from "for mom"): what is made tells the child.
CRAFTS = {
 "en": ["macaroni necklace", "pasta necklace", "handprint card", "handprint painting", "handprint art", "paper plate mask", "salt dough"],
 "de": ["nudelkette", "nudelketten", "handabdruck karte", "handabdruckbild", "pappteller maske", "papptellermaske", "salzteig"],
 "fr": ["collier de pâtes", "colliers de pâtes", "empreinte de main", "empreintes de mains", "masque en assiette en carton", "pâte à sel"],
 "es": ["collar de macarrones", "collar de pasta", "huella de la mano", "huellas de manos", "máscara de plato de cartón", "masa de sal"],
 "it": ["collana di pasta", "collana di maccheroni", "impronta della mano", "impronte delle mani", "pasta di sale"],
 "pt": ["colar de macarrão", "colar de macarrões", "carimbo da mão", "marca da mãozinha", "massinha de sal", "massa de sal"],
 "nl": ["macaroniketting", "macaronikettinkje", "handafdruk", "handafdrukje", "zoutdeeg"],
 "pl": ["naszyjnik z makaronu", "korale z makaronu", "odcisk dłoni", "odciski dłoni", "odcisk rączki", "masa solna", "masy solnej"],
 "cs": ["korále z těstovin", "náhrdelník z těstovin", "otisk ruky", "otisk ručičky", "slané těsto", "slaného těsta"],
 "sv": ["makaronhalsband", "handavtryck", "saltdeg"],
 "ru": ["бусы из макарон", "ожерелье из макарон", "отпечаток ладошки", "отпечатки ладошек", "солёное тесто", "соленое тесто", "солёного теста"],
 "uk": ["намисто з макаронів", "відбиток долоньки", "відбитки долоньок", "солоне тісто", "солоного тіста"],
 "tr": ["makarnadan kolye", "makarna kolye", "el izi boyama", "tuz hamuru"],
 "el": ["κολιέ από μακαρόνια", "αποτύπωμα παλάμης", "αλατοζύμαρο"],
 "he": ["שרשרת מקרונים", "שרשרת פסטה", "טביעת כף יד", "בצק מלח"],
 "ar": ["عقد من المعكرونة", "قلادة من المعكرونة", "بصمة كف", "بصمات الكف", "عجينة الملح"],
 "fa": ["گردنبند ماکارونی", "رد دست", "خمیر نمک"],
 "hi": ["मैकरोनी का हार", "हाथ की छाप"], "bn": ["ম্যাকারনির মালা", "হাতের ছাপ"],
 "th": ["สร้อยมักกะโรนี", "ปั๊มมือ"], "vi": ["vòng cổ mì ống", "in dấu bàn tay"], "id": ["kalung makaroni", "cap tangan"],
 "tl": ["kuwintas na macaroni"], "ja": ["マカロニのネックレス", "マカロニネックレス", "手形アート", "紙皿のお面"],
 "zh": ["通心粉项链", "手印画", "纸盘面具"], "ko": ["마카로니 목걸이", "종이접시 가면"],
}


def build(existing):
    for lang, words in [*concept_words(LOW), *concept_words(LOW_MORE)]:
        add("low", lang, *words)
    for lang, words in BOOST_MORE.items():
        add("boost", lang, *words)
    for lang, words in LANTERNS.items():
        add("thing", lang, *words)
    for lang, words in BESIDE_MORE.items():
        add("companion", lang, *words)
    for lang, (firsts, seconds, _) in BESIDE.items():
        add("companion", lang, *joined_cross(lang, firsts, seconds))
    # The day names themselves are no rows: a clause keeps reading "for Mother's Day" as it did (the benefactive parent of
    # session 21); the parent word inside them is consumed by the benign phrases of tools/minors52/lexicon.py.
    for lang, texts in CRAFTS.items():
        add("thing", lang, *texts)
    for lang, texts in PARENTS_DAY_CRAFT.items():
        add("thing", lang, *texts)
        add("parents-day", lang, *texts)  # the same row drops the parent inside it (a row's kinds are joined)
    return ROWS
