"""Rows of child-statements.tsv added in session 40 (i16-minors48), imported by build.py after words_minors47.py: scenes
that make the one described a child with no child word or age, each row one child hint (kind thing: in a prompt naming
nobody, a nude word blocks; an adult named — a bride, a grandfather, an adult cosplayer, an artist — keeps it hers).
Every scene is generated from word classes of each language, in its word order and with the case forms a clause meets:
- COMPANION (kind companion, read as a thing): out with a grandparent, said the way a child says it (with grandpa, mit Oma, avec papi, con la abuelita,
  z dziadkiem, с бабушкой, με τον παππού, עם סבא, مع جدتي, با مادربزرگ, दादी के साथ, দাদুর সাথে, กับยาย, với bà ngoại,
  bersama nenek, kasama si lolo, おばあちゃんと, 跟奶奶, 할머니랑): the companion adposition x the grandparent's child-register
  forms (its instrumental or genitive where the language declines it). Parents are left out (an adult shops with her mum;
  "with daddy" is adult role-play). Where the adposition is also "and" (ja と, ko 와/랑/하고, zh 和/跟/同, th กับ, vi với,
  id dengan/sama), only the forms that say "together with" or "going with" are written (と一緒に, 랑 같이, 跟着, ไปกับ,
  đi với, main sama): おじいちゃんとおばあちゃん, 할아버지와 할머니, ตากับยาย are a grandparent couple, adults;
- TREAT: waiting for or running after the ice-cream van (the verbs of a child's wait x the van's names);
- CAPE: a household cloth worn as a cape (a towel, bedsheet or blanket x "as a cape", "a cape made of"; Spanish and
  Portuguese without their superhéroe / super herói, a children's character of the table already: two hints on one thing);
- PROPS: the home-made crown and the toy sword (paper, cardboard, gold-paper crowns; toy, cardboard and diminutive wooden swords: a plain wooden sword is a
  kendo or LARP adult's too);
- RITE: the children's roles of a wedding or a church service (the flower girl by her petals strewn down the aisle, the
  ring bearer, the child bridesmaid's diminutive, the altar boy, the afikoman hunt);
- GAMES: playground games by their name and play verb (hopscotch, leapfrog, elastics, marbles) where the language lacked
  them;
- PLAYPEN: the playpen in the languages whose word the lexicons lacked;
- TUCKED: French border, Portuguese cobrir with its object, the Persian blanket pulled over her (tend rows);
- MALA: Polish mała/mały in a child's costume (thing rows from tools/minors48/lexicon.py's word classes);
- SMALL: child-sized things (a tiny lunchbox, a little tiffin, little wellies): a size word x the thing (not in French,
  Korean and Chinese, whose size words petite, 작은, 小小的 are youth words of the lexicons already: two signals on one thing).
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list."""

import os as _os, sys as _sys
_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "lexicon-data"))
from word_forms import cross as form_cross, joined_cross  # noqa: E402

ROWS = []


def add(kind, lang, *texts):
    for t in texts:
        ROWS.append((kind, lang, t))


def cross(lang, firsts, seconds, sep=" "):
    add("thing", lang, *form_cross(firsts, seconds, sep))


# COMPANION: adposition x grandparent (child register), in the order of the language.
GRAND = {
    "en": (["with", "along with", "out with"], ["grandpa", "grandma", "granny", "grandad", "granddad", "grampa", "gramps", "nana",
            "her grandpa", "his grandpa", "her grandma", "his grandma", "her granny", "his granny", "her grandad", "his grandad"], True),
    "de": (["mit", "mit dem", "mit der", "mit ihrem", "mit seinem", "mit ihrer", "mit seiner"], ["opa", "oma", "opi", "omi"], True),
    "fr": (["avec", "avec son", "avec sa"], ["papi", "papy", "mamie", "pépé", "mémé", "grand-père", "grand-mère", "papi et mamie"], True),
    "es": (["con", "con el", "con la", "con su"], ["abuelo", "abuela", "abuelito", "abuelita", "yayo", "yaya", "abuelos", "abuelitos"], True),
    "it": (["con", "col", "con il", "con la", "con suo", "con sua", "insieme al", "insieme alla"], ["nonno", "nonna", "nonnino", "nonnina", "nonni"], True),
    "pt": (["com", "com o", "com a", "com seu", "com sua", "com o seu", "com a sua"], ["avô", "avó", "vovô", "vovó", "vô", "vó", "avozinho", "avozinha", "avós"], True),
    "nl": (["met", "met haar", "met zijn"], ["opa", "oma", "opaatje", "omaatje", "opa en oma"], True),
    "pl": (["z", "ze swoim", "ze swoją", "razem z"], ["dziadkiem", "babcią", "dziadziusiem", "babunią", "dziadkami", "dziadkiem i babcią"], True),
    "cs": (["s", "se", "se svým", "se svou", "s dědou a"], ["dědou", "dědečkem", "babičkou", "babi", "dědou", "prarodiči", "babičkou a dědou"], True),
    "sv": (["med", "tillsammans med"], ["morfar", "farfar", "mormor", "farmor", "morfar och mormor", "farfar och farmor"], True),
    "ru": (["с", "со своим", "со своей", "вместе с"], ["дедушкой", "бабушкой", "дедулей", "бабулей", "дедом", "бабушкой и дедушкой"], True),
    "uk": (["з", "із", "разом з", "разом із", "зі своїм", "зі своєю"], ["дідусем", "бабусею", "бабусей", "дідом", "бабцею", "дідусем і бабусею"], True),
    "el": (["με", "μαζί με"], ["τον παππού", "τη γιαγιά", "την γιαγιά", "τον παππού του", "τη γιαγιά της", "τον παππούλη", "τη γιαγιάκα", "τον παππού της", "τη γιαγιά του"], True),
    "he": (["עם"], ["סבא", "סבתא", "סבא שלו", "סבא שלה", "סבתא שלו", "סבתא שלה", "סבא וסבתא", "סבתא רבה"], True),
    "ar": (["مع", "برفقة"], ["جدي", "جدتي", "جده", "جدته", "جدها", "جدتها", "جدو", "تيتا", "ستو"], True),
    "fa": (["با", "همراه"], ["پدربزرگ", "مادربزرگ", "پدربزرگش", "مادربزرگش", "بابابزرگ", "مامان بزرگ", "بابابزرگش", "مامان بزرگش", "مامان‌بزرگ", "مامان‌بزرگش"], True),
    "hi": (["दादाजी", "दादी", "दादा", "नाना", "नानी", "नानाजी", "नानीजी", "दादीजी", "दादी माँ", "दादा जी", "नाना जी"], ["के साथ", "के संग"], False),
    "bn": (["দাদুর", "ঠাকুমার", "দিদার", "দাদির", "নানুর", "নানির", "ঠাকুরদার", "দাদুভাইয়ের", "দিদিমার"], ["সাথে", "সঙ্গে"], False),
    "th": (["ไปกับ", "ไปเที่ยวกับ", "ไปวัดกับ", "ไปตลาดกับ"], ["ยาย", "ปู่", "ย่า", "คุณยาย", "คุณตา", "คุณปู่", "คุณย่า", "ตายาย", "ปู่ย่า"], True),
    "vi": (["theo", "đi theo", "đi với", "đi cùng", "chơi với", "chơi cùng", "về quê với"], ["ông nội", "ông ngoại", "bà nội", "bà ngoại", "ông bà", "ông bà nội", "ông bà ngoại"], True),
    "id": (["ikut", "bersama", "main sama", "main dengan", "main bersama", "jalan sama", "jalan dengan"], ["kakek", "nenek", "eyang", "mbah", "kakeknya", "neneknya", "eyangnya", "mbahnya", "opa", "oma"], True),
    "tl": (["kasama si", "kasama ang", "kasama ng", "kasama sina"], ["lolo", "lola", "lolo niya", "lola niya", "lolo at lola"], True),
    "ja": (["おじいちゃん", "おばあちゃん", "じいじ", "ばあば", "じぃじ", "ばぁば"], ["といっしょに", "と一緒に", "とふたりで", "と二人で"], False),
    "zh": (["跟着", "跟著"], ["爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "阿公", "阿嬷"], True),
    "ko": (["할아버지", "할머니", "외할머니", "외할아버지", "할비", "할미"], ["와 함께", "하고 같이", "랑 같이", "랑 함께", "와 같이"], False),
}
# Korean particles join the noun: 할머니랑, 할아버지와 (와 after a vowel), 함께/같이 stay a word apart; hi, bn, ja: the
# grandparent first and the postposition after (preps holds the nouns); word_forms.joined writes each pair.
for lang, (preps, kin, prep_first) in GRAND.items():
    add("companion", lang, *(kin if preps is None else joined_cross(lang, preps, kin)))

# TREAT: a child's wait for or run after the ice-cream van.
VAN = {
    "en": (["waiting for", "running after", "runs after", "chasing", "chases", "running to", "runs to", "racing to", "queueing at",
            "queuing at", "waits for"], ["the ice cream van", "the ice cream truck", "the ice cream man", "the icecream van", "the icecream truck"]),
    "de": (["wartet auf den", "läuft zum", "rennt zum", "wartend auf den", "rennt dem", "läuft dem"], ["eiswagen", "eismann"]),
    "fr": (["attend le", "court vers le", "court après le", "qui attend le", "qui court vers le"], ["camion de glaces", "camion à glaces", "marchand de glaces", "camion du glacier"]),
    "es": (["espera al", "esperando al", "corre hacia el", "corre detrás del", "corriendo detrás del", "corriendo hacia el"], ["camión de los helados", "heladero", "carrito de los helados", "camión de helados"]),
    "it": (["aspetta il", "aspettando il", "corre verso il", "corre dietro al", "rincorre il"], ["furgone dei gelati", "camioncino dei gelati", "gelataio", "carretto dei gelati"]),
    "pt": (["espera o", "esperando o", "corre atrás do", "correndo atrás do", "corre para o"], ["carrinho de sorvete", "sorveteiro", "carro dos gelados", "vendedor de gelados", "carrinho dos gelados"]),
    "nl": (["wacht op de", "rent naar de", "rent achter de", "wachtend op de"], ["ijscowagen", "ijsco man", "ijscoman", "ijskar"]),
    "pl": (["czeka na", "biegnie do", "biegnie za", "czekając na"], ["wóz z lodami", "samochód z lodami", "lodziarza", "furgonetkę z lodami"]),
    "cs": (["čeká na", "běží za", "běží k"], ["zmrzlinářem", "zmrzlináře", "auto se zmrzlinou", "vůz se zmrzlinou"]),
    "sv": (["väntar på", "springer efter", "springer till"], ["glassbilen", "glassbil"]),
    "ru": (["ждёт", "ждет", "бежит за", "бежит к", "ждёт у"], ["фургон с мороженым", "фургоном с мороженым", "фургону с мороженым", "мороженщика", "мороженщиком", "мороженщику"]),
    "uk": (["чекає на", "біжить за", "біжить до"], ["фургон з морозивом", "фургоном з морозивом", "фургона з морозивом", "морозивника", "морозивником"]),
    "el": (["περιμένει το", "τρέχει πίσω από το", "τρέχει στο"], ["φορτηγάκι με τα παγωτά", "καροτσάκι με τα παγωτά", "παγωτατζή"]),
    "ar": (["ينتظر", "تنتظر", "يركض خلف", "تركض خلف", "يجري وراء", "تجري وراء"], ["عربة الآيس كريم", "عربة البوظة", "بائع الآيس كريم", "بائع البوظة", "عربة المثلجات", "بائع المثلجات"]),
    "fa": (["منتظر", "دنبال", "به دنبال"], ["ماشین بستنی فروشی", "بستنی فروش", "گاری بستنی", "ماشین بستنی"]),
    "id": (["menunggu", "mengejar", "berlari ke"], ["tukang es krim", "gerobak es krim", "mobil es krim", "penjual es krim"]),
    "tl": (["naghihintay sa", "hinahabol ang", "tumatakbo papunta sa", "hinahabol si"], ["sorbetero", "nagtitinda ng sorbetes", "ice cream truck", "dirty ice cream"]),
    "vi": (["chờ", "đuổi theo", "chạy theo", "đợi"], ["xe kem", "xe bán kem"]),
}
VAN_AFTER = {  # the object first (verb-final languages)
    "tr": (["dondurma arabasını", "dondurmacıyı", "dondurma arabasının peşinden", "dondurmacının peşinden"], ["bekliyor", "bekleyen", "koşuyor", "koşan"]),
    "hi": (["आइसक्रीम वाले का", "आइसक्रीम वाले के ठेले का", "आइसक्रीम वाले के पीछे", "आइसक्रीम वाले के ठेले के पीछे", "आइसक्रीम की गाड़ी के पीछे", "आइसक्रीम की गाड़ी का"], ["इंतज़ार", "इंतजार", "दौड़ता", "दौड़ती", "भागता", "भागती"]),
    "bn": (["আইসক্রিমওয়ালার", "আইসক্রিমের গাড়ির", "আইসক্রিম গাড়ির"], ["পেছনে দৌড়াচ্ছে", "জন্য অপেক্ষা", "পিছনে ছুটছে", "পেছনে ছুটছে"]),
    "ja": (["アイスクリーム屋さんの車", "アイスの移動販売車", "アイスクリーム屋さん", "アイスクリームの車"], ["を待", "を追いかけ", "に駆け寄"]),
    "zh": (["冰淇淋车", "卖冰棍的", "冰激凌车", "雪糕车", "卖冰淇淋的"], ["追着", "等着", "跑向"]),  # verb first in zh
    "ko": (["아이스크림 트럭", "아이스크림 차"], ["을 기다리", "을 쫓아", "을 따라", "를 기다리"]),
    "th": (["รถไอติม", "รถขายไอศกรีม", "คนขายไอติม", "ไอติมหลอด"], ["วิ่งตาม", "รอ"]),  # verb first in th
}
add("thing", "he", "מחכה למשאית הגלידה", "מחכה למוכר הגלידה", "מחכה לעגלת הגלידה", "רץ אחרי משאית הגלידה", "רצה אחרי משאית הגלידה",
    "רץ אחרי מוכר הגלידה", "רצה אחרי מוכר הגלידה", "רצים אחרי משאית הגלידה", "מחכים למשאית הגלידה")
for lang, (verbs, vans) in VAN.items():
    cross(lang, verbs, vans)
for lang, (objs, verbs) in VAN_AFTER.items():
    if lang in ("zh", "th"):
        cross(lang, verbs, objs, "")
    elif lang in ("ja", "ko"):
        cross(lang, objs, verbs, "")
    else:
        cross(lang, objs, verbs, " ")

# CAPE: a household cloth worn as a cape, or a cape made of one.
CLOTH = {
    "en": (["towel", "bath towel", "bedsheet", "bed sheet", "sheet", "blanket", "tea towel", "pillowcase", "dish towel"],
           ["as a cape", "as a superhero cape", "for a cape", "tied as a cape", "tied round her neck as a cape", "tied round his neck as a cape"],
           ["cape made from a", "cape made of a", "cape made out of a", "superhero cape made from a", "superhero cape made of a", "superman cape made from a", "superman cape made of a", "superman cape from a", "cape from a"]),
    "de": (["handtuch", "badetuch", "bettlaken", "laken", "decke", "kissenbezug", "geschirrtuch"],
           ["als umhang", "als superheldenumhang", "als cape", "als superman umhang"],
           ["umhang aus einem", "cape aus einem", "umhang aus dem", "superheldenumhang aus einem", "umhang aus einer"]),
    "fr": (["serviette", "drap", "couverture", "taie d'oreiller", "serviette de bain", "torchon"],
           ["en guise de cape", "comme cape", "en cape de super héros", "nouée comme une cape", "noué comme une cape"],
           ["cape faite d'un", "cape faite d'une", "cape de superman faite d'un", "cape en", "cape de super héros faite d'un"]),
    "es": (["toalla", "sábana", "manta", "funda de almohada", "trapo"],
           ["como capa", "a modo de capa", "atada como capa", "de capa"],
           ["capa hecha con una", "capa hecha de una", "capa de superman hecha con una", "capa de"]),
    "it": (["asciugamano", "lenzuolo", "coperta", "federa", "telo da bagno"],
           ["come mantello", "a mo' di mantello", "come mantello da supereroe", "legato come un mantello"],
           ["mantello fatto con un", "mantello fatto con una", "mantello da supereroe fatto con un", "mantello di superman fatto con un", "mantello ricavato da un"]),
    "pt": (["toalha", "lençol", "cobertor", "fronha", "pano de prato", "manta"],
           ["como capa", "de capa", "amarrada como capa", "amarrado como capa"],
           ["capa feita de", "capa feita com", "capa feita de um", "capa feita com um", "capa de super homem feita de", "capa de super homem feita com um"]),
    "nl": (["handdoek", "badhanddoek", "laken", "deken", "kussensloop", "theedoek"],
           ["als cape", "als superheldencape", "als mantel", "om als cape"],
           ["cape van een", "superheldencape van een", "cape gemaakt van een", "mantel van een"]),
    "pl": (["ręcznik", "prześcieradło", "koc", "poszewka", "ręcznika", "prześcieradła", "koca"],
           ["jako peleryna", "jako pelerynę", "zamiast peleryny", "jako peleryna superbohatera"],
           ["peleryna z", "pelerynka z", "peleryna supermana z", "peleryna superbohatera z"]),
    "cs": (["ručník", "prostěradlo", "deka", "ručníku", "prostěradla", "deky"],
           ["jako plášť", "místo pláštěnky", "jako plášť superhrdiny"],
           ["plášť z", "plášť supermana z", "plášť superhrdiny z"]),
    "sv": (["handduk", "lakan", "filt", "handduken", "lakanet"],
           ["som mantel", "som cape", "som superhjältemantel"],
           ["mantel av ett", "mantel av en", "cape av ett", "superhjältemantel av ett"]),
    "ru": (["полотенце", "простыня", "простыню", "одеяло", "полотенца", "простыни", "одеяла"],
           ["вместо плаща", "как плащ", "в качестве плаща", "как плащ супергероя"],
           ["плащ из", "плащ супермена из", "плащ супергероя из", "накидка из"]),
    "uk": (["рушник", "простирадло", "ковдра", "ковдру", "рушника", "простирадла", "ковдри"],
           ["замість плаща", "як плащ", "як плащ супергероя"],
           ["плащ з", "плащ із", "плащ супермена з", "плащ супергероя з", "накидка з"]),
    "tr": (["havlu", "çarşaf", "battaniye", "havluyu", "çarşafı", "battaniyeyi"],
           ["pelerin gibi", "pelerin yapmış", "süper kahraman pelerini gibi", "pelerin olarak"],
           ["çarşaftan pelerin", "havludan pelerin", "battaniyeden pelerin", "çarşaftan yapılmış pelerin", "havludan yapılmış pelerin"]),
    "el": (["πετσέτα", "σεντόνι", "κουβέρτα", "πετσέτα μπάνιου"],
           ["για κάπα", "σαν κάπα", "σαν κάπα υπερήρωα"],
           ["κάπα από", "κάπα από ένα", "κάπα του σούπερμαν από", "κάπα υπερήρωα από"]),
    "he": (["מגבת", "סדין", "שמיכה"],
           ["כגלימה", "בתור גלימה", "כמו גלימה", "כגלימת גיבור על"],
           ["גלימה עשויה", "גלימת סופרמן מ", "גלימה מ", "גלימה מסדין", "גלימה ממגבת"]),
    "ar": (["منشفة", "ملاءة", "شرشف", "بطانية", "المنشفة", "الملاءة", "الشرشف"],
           ["كعباءة", "كرداء", "مثل عباءة سوبرمان", "كعباءة بطل خارق"],
           ["عباءة من", "رداء من", "عباءة سوبرمان من", "رداء سوبرمان من"]),
    "fa": (["حوله", "ملافه", "پتو", "ملحفه"],
           ["به جای شنل", "مثل شنل", "مثل شنل سوپرمن", "به عنوان شنل"],
           ["شنل از", "شنلی از", "شنل سوپرمن از"]),
    "hi": (["तौलिया", "चादर", "तौलिये", "चादर को"],
           ["को केप बनाकर", "का केप बनाकर", "को लबादे की तरह", "का लबादा", "को सुपरमैन के केप की तरह", "का सुपरमैन केप"],
           []),
    "bn": (["তোয়ালে", "চাদর", "বিছানার চাদর", "গামছা"],
           ["দিয়ে বানানো কেপ", "দিয়ে তৈরি কেপ", "কেপের মতো", "দিয়ে সুপারম্যানের কেপ", "কে কেপ বানিয়ে"],
           []),
    "id": (["handuk", "seprai", "sprei", "selimut", "sarung bantal", "kain sarung"],
           ["sebagai jubah", "jadi jubah", "seperti jubah superman", "sebagai jubah superhero"],
           ["jubah dari", "jubah superman dari", "jubah superhero dari"]),
    "tl": (["tuwalya", "kumot", "sapin ng kama", "punda"],
           ["bilang kapa", "na ginawang kapa", "parang kapa ni superman"],
           ["kapang gawa sa", "kapa na gawa sa", "kapa ni superman na gawa sa"]),
    "vi": (["khăn tắm", "ga giường", "khăn trải giường", "chăn", "khăn"],
           ["làm áo choàng", "làm áo choàng siêu nhân", "quàng làm áo choàng", "như áo choàng siêu nhân"],
           ["áo choàng siêu nhân làm từ", "áo choàng làm từ", "áo choàng bằng"]),
}
CJK_CAPE = {
    "ja": ["バスタオルをマント", "タオルをマント", "シーツをマント", "バスタオルのマント", "タオルのマント", "シーツのマント", "風呂敷のマント", "風呂敷をマント"],
    "zh": ["床单当披风", "毛巾当披风", "浴巾当披风", "床单做的披风", "毛巾做的披风", "浴巾做的披风", "床单做成的超人披风", "床单做的超人披风", "毯子当披风", "被单当披风"],
    "ko": ["수건으로 만든 망토", "이불로 만든 망토", "수건을 망토처럼", "보자기 망토", "보자기를 망토처럼", "이불을 망토처럼", "수건 망토", "이불 망토"],
    "th": ["ผ้าเช็ดตัวเป็นผ้าคลุม", "ผ้าปูที่นอนเป็นผ้าคลุม", "ผ้าคลุมซูเปอร์แมนจากผ้าปูที่นอน", "ผ้าขาวม้าเป็นผ้าคลุม", "ผ้าเช็ดตัวผูกคอเป็นผ้าคลุม"],
}
for lang, (cloths, as_cape, cape_of) in CLOTH.items():
    cross(lang, cloths, as_cape)
    cross(lang, cape_of, cloths)
for lang, rows in CJK_CAPE.items():
    add("thing", lang, *rows)
# The superhero's cape improvised: "as a superhero cape" (a flag worn as a cape is an adult fan's too: only the superhero's).
add("thing", "en", "as a superhero cape", "as a superman cape", "as a batman cape", "for a superhero cape", "into a superhero cape")
add("thing", "de", "als superheldenumhang", "als superman umhang", "als superheldencape")
add("thing", "fr", "en cape de superman", "comme cape de super héros", "en guise de cape de super héros")
add("thing", "es", "como capa de superman")
add("thing", "it", "come mantello da supereroe", "come mantello di superman")
add("thing", "pt", "como capa de super homem", "de capa de super homem")
add("thing", "nl", "als superheldencape", "als supermancape")
add("thing", "pl", "jako peleryna superbohatera", "jako pelerynę supermana", "jako peleryna supermana")

# PROPS: the home-made crown and the toy sword, with their case forms.
PROPS = {
    "en": ["paper crown", "cardboard crown", "gold paper crown", "crown made of paper", "crown made of cardboard",
           "toy sword", "cardboard sword", "wooden toy sword", "stick sword", "tinfoil crown", "paper hat crown"],
    "de": ["papierkrone", "pappkrone", "krone aus papier", "krone aus pappe", "krone aus goldpapier", "spielzeugschwert",
           "pappschwert", "schwert aus pappe", "papierkrone*", "pappkrone*", "spielzeugschwert*"],
    "fr": ["couronne en papier", "couronne en carton", "couronne de papier", "épée en carton", "épée en plastique"],
    "es": ["corona de papel", "corona de cartón", "espada de cartón", "espada de juguete", "corona de cartulina"],
    "it": ["corona di carta", "corona di cartone", "spada di cartone", "spada giocattolo", "spadina di legno", "coroncina di carta"],
    "pt": ["coroa de papel", "coroa de cartolina", "coroa de papelão", "espada de papelão", "espada de brinquedo", "espadinha de madeira"],
    "nl": ["papieren kroon", "kartonnen kroon", "kartonnen zwaard", "speelgoedzwaard", "papieren kroontje", "houten zwaardje", "speelgoedzwaard*"],
    "pl": ["papierowa korona", "papierową koronę", "papierowej koronie", "korona z papieru", "koronę z papieru", "korona z tektury", "koronę z tektury",
           "drewniany mieczyk", "drewnianym mieczykiem", "miecz z tektury", "mieczem z tektury", "plastikowy mieczyk", "plastikowym mieczykiem"],
    "cs": ["papírová koruna", "papírovou korunu", "papírové koruně", "dřevěný mečík", "dřevěným mečíkem", "koruna z papíru", "korunu z papíru", "meč z kartonu", "mečem z kartonu"],
    "sv": ["papperskrona", "papperskronan", "pappkrona", "leksakssvärd", "pappsvärd"],
    "ru": ["бумажная корона", "бумажную корону", "бумажной короне", "бумажной короной", "картонная корона", "картонную корону", "корона из бумаги", "корону из бумаги",
           "деревянный мечик", "деревянным мечиком", "игрушечный меч", "игрушечным мечом", "картонный меч", "картонным мечом"],
    "uk": ["паперова корона", "паперову корону", "паперовій короні", "паперовою короною", "картонна корона", "картонну корону", "корона з паперу", "корону з паперу",
           "дерев'яний мечик", "дерев'яним мечиком", "іграшковий меч", "іграшковим мечем", "картонний меч", "картонним мечем"],
    "tr": ["kağıt taç", "kağıttan taç", "karton taç", "oyuncak kılıç", "karton kılıç", "kağıt taçlı", "oyuncak kılıçlı"],
    "el": ["χάρτινο στέμμα", "χάρτινη κορόνα", "χάρτινο στεφάνι", "ξύλινο σπαθάκι", "πλαστικό σπαθάκι", "χάρτινο σπαθί"],
    "he": ["כתר נייר", "כתר מנייר", "כתר מקרטון", "כתר קרטון", "חרב צעצוע", "חרב מקרטון"],
    "ar": ["تاج ورقي", "تاج من الورق", "تاج من الكرتون", "سيف بلاستيكي", "سيف لعبة", "سيف من الكرتون"],
    "fa": ["تاج کاغذی", "تاج مقوایی", "شمشیر اسباب بازی", "شمشیر پلاستیکی", "شمشیر مقوایی"],
    "hi": ["कागज़ का ताज", "कागज का ताज", "कागज़ का मुकुट", "कागज का मुकुट", "खिलौना तलवार", "गत्ते का मुकुट", "गत्ते की तलवार"],
    "bn": ["কাগজের মুকুট", "কাগজের তাজ", "খেলনা তলোয়ার", "খেলনা তরবারি", "পিচবোর্ডের মুকুট"],
    "th": ["มงกุฎกระดาษ", "ดาบของเล่น", "มงกุฎกระดาษแข็ง", "ดาบพลาสติก"],
    "vi": ["vương miện giấy", "vương miện bằng giấy", "kiếm nhựa", "kiếm đồ chơi", "vương miện bìa"],
    "id": ["mahkota kertas", "mahkota dari kertas", "mahkota karton", "pedang mainan", "pedang-pedangan", "pedang kardus"],
    "tl": ["koronang papel", "korona na papel", "koronang gawa sa papel", "laruang espada"],
    "ja": ["紙の王冠", "画用紙の王冠", "紙の冠", "段ボールの王冠", "木の剣", "木刀のおもちゃ", "おもちゃの剣", "段ボールの剣", "新聞紙の剣"],
    "zh": ["纸王冠", "纸做的王冠", "纸皇冠", "纸做的皇冠", "玩具剑", "纸板剑", "塑料剑"],
    "ko": ["종이 왕관", "종이왕관", "장난감 칼", "장난감칼", "골판지 칼", "장난감 검"],
}
for lang, rows in PROPS.items():
    add("thing", lang, *rows)

# RITE: the children's roles of a wedding or a church service, and the Passover hunt.
RITE = {
    "en": ["flower girl", "flower girls", "ring bearer", "ring boy", "page boy at the wedding", "scattering petals down the aisle",
           "scattering rose petals down the aisle", "throwing petals down the aisle", "strewing petals down the aisle", "altar boy", "altar boys",
           "hunting for the afikoman", "hunts for the afikoman", "searching for the afikoman", "finds the afikoman", "found the afikoman",
           "afikoman hunt", "stealing the afikoman", "hides the afikoman"],
    "de": ["blumenmädchen", "blumenkind", "blumenkinder", "streukind", "streukinder", "ringträger", "ringträgerin", "streut blumen", "streut blütenblätter",
           "blütenblätter streuen", "messdiener", "messdienerin", "ministrant", "ministrantin", "sucht den afikoman", "afikoman"],
    "fr": ["petite demoiselle d'honneur", "petites demoiselles d'honneur", "enfant d'honneur", "enfants d'honneur", "garçon d'honneur", "porteur des alliances",
           "porteuse des alliances", "lance des pétales", "jette des pétales", "lançant des pétales", "sème des pétales", "enfant de chœur", "enfants de chœur", "afikoman"],
    "es": ["niña de las flores", "niña de las arras", "paje de anillos", "paje de los anillos", "pajecito", "damita de honor", "damitas de honor",
           "portador de anillos", "portadora de anillos", "lanzando pétalos", "echando pétalos", "arroja pétalos", "monaguillo", "monaguilla", "afikoman"],
    "it": ["paggetto", "paggetti", "damigella dei fiori", "damigelline", "damigellina", "portatore degli anelli", "portafedi", "lancia petali", "sparge petali",
           "spargendo petali", "chierichetto", "chierichetta", "chierichetti", "afikoman"],
    "pt": ["daminha", "daminhas", "daminha de honra", "pajem", "pajens", "pajenzinho", "florista da noiva", "joga pétalas", "jogando pétalas", "espalha pétalas",
           "coroinha", "coroinhas", "sacristão mirim", "afikoman"],
    "nl": ["bruidsmeisje", "bruidsmeisjes", "bruidskind", "bruidskinderen", "bruidsjonker", "bruidsjonkers", "strooit bloemblaadjes", "bloemenmeisje",
           "misdienaar", "misdienaartje", "misdienaars", "ringdrager", "afikoman"],
    "pl": ["dziewczynka z kwiatkami", "sypie płatki", "sypie kwiatki", "sypała kwiatki", "sypiąc płatki", "sypiąc kwiatki", "ministrant", "ministranci",
           "ministrantka", "nosi obrączki", "niesie obrączki", "afikoman"],
    "cs": ["družička", "družičky", "malá družička", "sype lístky", "sype okvětní lístky", "sypala lístky", "ministrant", "ministranti", "nese prstýnky", "afikoman"],
    "sv": ["brudnäbb", "brudnäbben", "brudnäbbar", "strör blomblad", "ringbärare", "korgosse", "korgossar", "afikoman"],
    "ru": ["девочка с цветами на свадьбе", "разбрасывает лепестки", "бросает лепестки", "осыпает лепестками", "алтарник", "алтарница", "пономарь",
           "несёт кольца", "несет кольца", "пажик", "афикоман"],
    "uk": ["розкидає пелюстки", "сипле пелюстки", "кидає пелюстки", "несе обручки", "паламар", "вівтарник", "пажик", "афікоман"],
    "tr": ["nikah şekeri dağıtıyor", "yüzük taşıyıcısı", "çiçek kızı", "yol boyunca gül yaprağı serpiyor", "gül yaprakları serpiyor", "afikoman"],
    "el": ["παρανυφάκι", "παρανυφάκια", "παρανυφούλα", "ρίχνει ροδοπέταλα", "σκορπάει πέταλα", "παπαδάκι", "παπαδάκια", "κρατάει τις βέρες", "αφικόμαν"],
    "he": ["מפזרת פרחים", "מפזר פרחים", "מפזרת עלי כותרת", "נושא הטבעות", "נושאת הטבעות", "ילדת פרחים", "אפיקומן", "האפיקומן", "גונב את האפיקומן",
           "גונבת את האפיקומן", "מחפש את האפיקומן", "מחפשת את האפיקומן", "מצא את האפיקומן", "מצאה את האפיקומן"],
    "ar": ["تنثر الورود في الزفاف", "تنثر بتلات الورد", "حاملة الورود", "حامل الخواتم", "حامل الخاتم", "فتاة الزهور", "صبي المذبح", "خادم المذبح الصغير", "أفيكومان"],
    "fa": ["گل پاش عروسی", "گل می پاشد", "گلبرگ می پاشد", "حلقه ها را می آورد", "ساقدوش کوچولو"],
    "hi": ["फूल बरसाती", "फूल बिखेरती", "पंखुड़ियां बिखेरती", "पंखुड़ियाँ बिखेरती", "अंगूठियां लेकर चलता", "अंगूठी लाने वाला", "सहबाला", "शहबाला"],
    "bn": ["ফুল ছড়াচ্ছে", "পাপড়ি ছড়াচ্ছে", "আংটি বহন করছে", "নিতবর", "নিতকনে"],
    "th": ["เด็กถือแหวน", "โปรยกลีบดอกไม้", "เด็กโปรยดอกไม้", "เด็กช่วยมิสซา"],
    "vi": ["rải cánh hoa", "rắc cánh hoa", "bưng nhẫn cưới", "cầm nhẫn cưới", "phù dâu nhí", "phù rể nhí", "lễ sinh"],
    "id": ["menabur kelopak bunga", "menaburkan kelopak bunga", "pembawa cincin", "gadis bunga", "putra altar", "misdinar", "pagar ayu cilik", "pagar bagus cilik"],
    "tl": ["ring bearer", "coin bearer", "bible bearer", "sabog ng bulaklak", "nagsasabog ng bulaklak", "naghahagis ng talulot", "sakristan na bata"],
    "ja": ["フラワーガール", "リングボーイ", "リングベアラー", "花びらをまい", "花びらを撒", "侍者の子", "ベールボーイ", "ベールガール"],
    "zh": ["花童", "戒童", "撒花瓣", "撒花的", "辅祭童", "辅祭男孩", "祭台男孩"],
    "ko": ["꼬마 화동", "결혼식 화동", "화동 드레스", "반지 전달", "링보이", "꽃잎을 뿌리", "꽃잎 뿌리", "복사 소년"],
}
for lang, rows in RITE.items():
    add("thing", lang, *rows)

# GAMES: playground games by name and play verb, where the lexicons lacked them.
GAMES = {
    "en": ["playing leapfrog", "plays leapfrog", "playing elastics", "playing marbles", "plays marbles", "playing jacks", "cat's cradle"],
    "de": ["gummitwist", "bockspringen", "spielt fangen", "spielen fangen", "spielt murmeln", "murmeln spielen", "spielt verstecken", "himmel und hölle", "hickelkasten", "hüpfekästchen", "hinkelkasten"],
    "fr": ["saute mouton", "joue aux billes", "jouent aux billes", "joue à chat", "jouent à chat", "joue à cache cache", "joue à l'élastique", "joue à la corde à sauter"],
    "es": ["juega a la comba", "juega a las canicas", "juegan a las canicas", "juega al pilla pilla", "juega a pídola", "juega a la goma", "juega al escondite"],
    "it": ["gioca a nascondino", "gioca a campana", "gioca alle biglie", "giocano alle biglie", "gioca a cavallina", "gioca all'elastico", "gioca a acchiapparella", "salta la corda"],
    "pt": ["brinca de amarelinha", "brinca de pega pega", "brinca de esconde esconde", "jogando bolinha de gude", "joga bolinha de gude", "pulando elástico", "brinca de pular corda", "joga berlinde", "brinca ao macaquinho do chinês", "jogar à macaca", "joga à macaca"],
    "nl": ["hinkelen", "hinkelt", "hinkelend", "hinkelbaan", "haasje over", "knikkeren", "knikkert", "elastieken", "elastiekspringen", "tikkertje", "speelt tikkertje", "verstoppertje", "speelt verstoppertje", "touwtjespringen"],
    "pl": ["gra w klasy", "grają w klasy", "gra w gumę", "skacze na skakance", "gra w kulki", "gra w berka", "bawi się w berka", "bawi się w chowanego", "gra w zośkę", "gra w kapsle"],
    "cs": ["skáče panáka", "hraje panáka", "skákání panáka", "hraje kuličky", "hraje na honěnou", "hraje schovávanou", "skáče gumu"],
    "sv": ["hoppar hage", "hoppa hage", "hopphage", "hoppar twist", "leker kull", "leker tafatt", "spelar kula", "leker kurragömma", "bockhopp"],
    "ru": ["играет в классики", "играют в классики", "прыгает в классики", "играет в резиночку", "играет в салки", "играет в догонялки", "играет в прятки", "играет в чехарду", "играет в шарики"],
    "uk": ["грає в класики", "грають у класики", "стрибає в класики", "грає в резиночку", "грає в квача", "грає в хованки", "грає в довгої лози"],
    "tr": ["sek sek", "seksek", "sek sek oynuyor", "seksek oynuyor", "seksek oynayan", "sek sek oynayan", "misket oynuyor", "misket oynayan", "saklambaç oynuyor", "saklambaç oynayan", "birdirbir", "yakalamaca oynuyor", "istop oynuyor", "körebe oynuyor"],
    "el": ["παίζει κουτσό", "παίζουν κουτσό", "παίζει λάστιχο", "πηδάει σχοινάκι", "παίζει κρυφτό", "παίζει κυνηγητό", "παίζει μήλα", "παίζει βόλους", "παίζει αμπάριζα", "παίζει μακριά γαϊδούρα"],
    "he": ["משחקת קלאס", "משחק קלאס", "קופצת בחבל", "קופצת גומי", "משחק מחבואים", "משחקת מחבואים", "משחק תופסת", "משחקת תופסת", "משחק גולות", "חמש אבנים", "משחקת חמש אבנים"],
    "ar": ["تلعب الحجلة", "يلعب الحجلة", "لعبة الحجلة", "تلعب الغميضة", "يلعب الغميضة", "يلعب البلي", "يلعب الكلل", "تلعب الاستغماية", "يلعب الاستغماية", "تلعب السبع حجرات"],
    "fa": ["لی لی بازی", "لی لی می کند", "قایم باشک بازی", "تیله بازی", "طناب بازی", "گرگم به هوا", "هفت سنگ بازی", "الک دولک"],
    "hi": ["स्टापू खेल", "पिट्ठू खेल", "छुपन छुपाई", "छुपम छुपाई", "कंचे खेल", "गिल्ली डंडा", "आंख मिचौली", "लंगड़ी टांग", "पकड़म पकड़ाई", "खो खो खेल", "चोर सिपाही खेल"],
    "bn": ["এক্কা দোক্কা", "কানামাছি", "লুকোচুরি", "গোল্লাছুট", "মার্বেল খেলছে", "কুতকুত", "ডাংগুলি", "বৌচি"],
    "th": ["เล่นตั้งเต", "ตั้งเต", "เล่นซ่อนแอบ", "เล่นหมากเก็บ", "เล่นกระโดดยาง", "กระโดดยาง", "เล่นลูกแก้ว", "เล่นรีรีข้าวสาร", "เล่นงูกินหาง", "เล่นโพงพาง", "เล่นมอญซ่อนผ้า", "เล่นเดินกะลา"],
    "vi": ["nhảy lò cò", "chơi lò cò", "chơi ô ăn quan", "chơi trốn tìm", "chơi đuổi bắt", "chơi bắn bi", "chơi bi", "nhảy dây thun", "chơi rồng rắn lên mây", "chơi bịt mắt bắt dê", "chơi chuyền"],
    "id": ["main engklek", "engklek", "main petak umpet", "petak umpet", "main kelereng", "main gundu", "lompat tali", "main lompat tali", "main congklak", "main gobak sodor", "main bekel", "main kejar kejaran"],
    "tl": ["naglalaro ng piko", "tumbang preso", "patintero", "luksong tinik", "luksong baka", "naglalaro ng taguan", "holen", "naglalaro ng holen", "agawan base", "naglalaro ng jolens"],
    "ja": ["けんけんぱ", "ケンケンパ", "石けり", "ゴム跳び", "ゴムとび", "縄跳びをし", "なわとびをし", "かくれんぼ", "鬼ごっこ", "ビー玉遊び", "ビー玉で遊", "だるまさんがころんだ", "あやとり", "おはじき", "馬跳び"],
    "zh": ["跳房子", "跳格子", "跳皮筋", "跳橡皮筋", "捉迷藏", "老鹰捉小鸡", "弹玻璃珠", "玩弹珠", "丢手绢", "翻花绳", "抓石子", "踢毽子"],
    "ko": ["사방치기", "고무줄놀이", "고무줄 놀이", "숨바꼭질", "술래잡기", "구슬치기", "딱지치기", "공기놀이", "얼음땡", "무궁화 꽃이 피었습니다", "말뚝박기"],
}
for lang, rows in GAMES.items():
    add("thing", lang, *rows)
# Indonesian says "play" as main (spoken) or bermain (the ber- verb): each "main X" is written in both forms.
add("thing", "id", *["ber" + r for r in GAMES["id"] if r.startswith("main ")])

# PLAYPEN where the lexicons lacked it.
PLAYPEN = {
    "es": ["corralito", "en el corralito", "parque de bebé", "parque infantil de bebé"],
    "pt": ["cercadinho", "no cercadinho", "chiqueirinho", "parque do bebé", "parque de bebê"],
    "cs": ["ohrádka", "ohrádce", "ohrádku", "dětská ohrádka", "dětské ohrádce"],
    "fr": ["parc pour bébé", "dans son parc à barreaux", "parc à barreaux", "parc bébé"],
    "it": ["box per bambini", "nel box con i giochi", "recinto per bambini"],
    "nl": ["in de babybox", "babybox", "kinderbox", "speelbox", "boxkleed"],
    "sv": ["lekhage", "i lekhagen", "lekhagen"],
    "tr": ["bebek parkı", "bebek parkında"],
    "el": ["πάρκο του μωρού", "στο παρκοκρέβατο", "παρκοκρέβατο", "στο πάρκο του μωρού"],
    "he": ["לול תינוקות", "בלול התינוקות", "בלול עם צעצועים"],
    "ar": ["سرير اللعب", "حظيرة الأطفال", "في سرير اللعب", "في حظيرة الأطفال"],
    "fa": ["پارک بازی بچه", "داخل پارک کودک", "پارک کودک"],
    "id": ["boks bayi", "dalam boks bayi", "pagar bayi"],
    "tl": ["playpen", "kuna na may laruan", "sa loob ng kuna"],
    "vi": ["quây cũi", "cũi trẻ em", "cũi chơi", "quây bóng"],
    "th": ["คอกกั้นเด็ก", "ในคอกกั้นเด็ก", "คอกเด็ก", "เพลย์เพน"],
    "ko": ["아기 울타리", "놀이 울타리", "아기울타리", "베이비룸", "놀이매트 울타리"],
    "zh": ["婴儿围栏", "游戏围栏", "宝宝围栏", "儿童围栏", "围栏里玩玩具"],
    "hi": ["प्लेपेन", "बच्चों के घेरे"],
    "bn": ["প্লেপেন", "শিশুর খেলার ঘেরা"],
}
for lang, rows in PLAYPEN.items():
    add("thing", lang, *rows)

# SMALL: a size word x a thing only a small child carries or wears child-sized.
SMALL = {
    "en": (["tiny", "little", "small", "mini", "her tiny", "his tiny", "her little", "his little"], ["lunchbox", "lunch box", "tiffin", "tiffin box", "tiffin carrier"], True),
    "de": (["kleine", "kleinen", "winzige", "winzigen", "ihre kleine", "seine kleine"], ["brotdose", "brotbox", "gummistiefel", "gummistiefelchen", "kindergartentasche", "vesperdose"], True),
    "es": (["pequeña", "diminuta", "su pequeña", "la pequeña"], ["lonchera", "fiambrera", "tartera", "lonchera de"], True),
    "it": (["piccolo", "piccola", "minuscolo", "minuscola", "il suo piccolo", "la sua piccola"], ["portamerenda", "cestino della merenda", "stivaletti di gomma", "stivaletti da pioggia"], True),
    "pt": (["pequena", "minúscula", "sua pequena", "a pequena"], ["lancheira", "marmitinha", "galochinha"], True),
    "nl": (["klein", "kleine", "piepkleine", "piepklein", "haar kleine", "zijn kleine"], ["broodtrommel", "broodtrommeltje", "lunchtrommeltje", "regenlaarsjes"], True),
    "pl": (["mała", "malutka", "małą", "malutką", "maleńka", "maleńką"], ["śniadaniówka", "śniadaniówkę", "śniadaniówką", "kanapkówka", "kanapkówkę"], True),
    "cs": (["malá", "malou", "maličká", "maličkou", "drobná", "drobnou"], ["svačinová krabička", "svačinovou krabičku", "krabička na svačinu", "krabičku na svačinu"], True),
    "sv": (["liten", "lilla", "pytteliten", "pyttelilla"], ["matlåda", "matlådan", "fruktpåse"], True),
    "ru": (["маленький", "крошечный", "маленьким", "крошечным", "маленькая", "крошечная"], ["ланч бокс", "ланчбокс", "ланчбоксом", "контейнер с завтраком", "контейнером с завтраком", "резиновые сапожки", "резиновых сапожках"], True),
    "uk": (["маленький", "крихітний", "маленьким", "крихітним", "малесенький", "малесеньким"], ["ланчбокс", "ланчбоксом", "ланч бокс", "рюкзачок", "рюкзачком", "гумові чобітки", "гумових чобітках"], True),
    "tr": (["minik", "minicik", "küçücük", "ufacık", "küçük"], ["beslenme çantası", "beslenme çantasıyla", "beslenme kutusu", "beslenme kutusuyla", "sefer tası", "sefertası"], True),
    "el": (["μικρό", "μικρούλι", "μικροσκοπικό", "το μικρό"], ["τάπερ του", "τάπερ της", "κουτί φαγητού"], True),
    "he": (["קופסת אוכל", "קופסת אוכל קטנה", "קופסת סנדוויצ'ים", "תיק גן"], ["קטנטנה", "קטנה", "קטנטן", "קטן", "זעירה"], True),
    "ar": (["علبة غداء", "علبة الطعام", "صندوق غداء", "علبة اللانش"], ["صغيرة", "صغيرة جدا", "صغير", "صغيرة الحجم", "صغيرة ملونة"], True),
    "fa": (["ظرف غذای", "جامیزی"], ["کوچولو", "کوچک", "کوچولویش", "ریز", "کوچیک"], True),
    "hi": (["छोटा सा", "छोटा-सा", "नन्हा सा", "नन्हा-सा", "छोटी सी", "नन्ही सी", "छोटे से", "नन्हे से"], ["टिफिन", "टिफ़िन", "लंचबॉक्स", "लंच बॉक्स", "टिफिन बॉक्स"], True),
    "bn": (["ছোট্ট", "ছোট", "পুঁচকে", "ছোট্টো"], ["টিফিন বক্স", "টিফিন বাক্স", "টিফিনবক্স", "লাঞ্চবক্স", "টিফিন কৌটো"], True),
    "th": (["ปิ่นโต", "กล่องข้าว", "กล่องอาหาร"], ["ใบจิ๋ว", "ใบเล็ก", "จิ๋ว", "ใบน้อย", "อันเล็ก", "เล็กจิ๋ว", "ใบเล็กๆ"], False),
    "vi": (["hộp cơm", "cặp lồng", "hộp đựng cơm", "cà mèn"], ["nhỏ xíu", "bé xíu", "tí hon", "nhỏ nhỏ", "bé tí", "tí xíu"], True),
    "id": (["kotak bekal", "rantang"], ["mungil", "kecil", "kecil mungil", "imut", "mini"], True),
    "tl": (["maliit na", "munting", "maliliit na", "kapirasong"], ["baunan", "lunchbox", "baon"], True),
    "ja": (["小さな", "小さい", "ちっちゃな", "ちいさな", "ちっちゃい", "ミニ"], ["お弁当箱", "弁当箱", "おべんとうばこ"], False),
}
for lang, (a, b, spaced) in SMALL.items():
    cross(lang, a, b, " " if spaced else "")

# Unspaced scripts (Han, kana, Hangul, Thai) are read inside the clause: a row holding a shorter row of its language would be a
# second hint on the same words (バスタオルをマント holds タオルをマント), so only the shortest is kept.
UNSPACED = {"ja", "zh", "ko", "th"}
_by_lang = {}
for kind, lang, text in ROWS:
    _by_lang.setdefault(lang, []).append(text)
ROWS[:] = [(k, l, t) for k, l, t in ROWS
           if l not in UNSPACED or not any(o != t and o in t for o in _by_lang[l])]

# HAND (tried and left out): walking hand in hand with a parent in Japanese and Korean (ママと手をつないで, 엄마 손을 잡고) as
# companion rows took the parent's stronger readings of the labelled sets (a Korean para item went from block to review).

# TUCKED: tucking in said as French border and Portuguese cobrir with its object, and the Persian blanket pulled over her: care
# acts that the table's tend kind reads beside a parent (papai cobre ela na cama, bordée par maman).
add("tend", "fr", "bordée par", "bordé par", "la borde", "le borde", "bordée dans son lit", "bordé dans son lit", "vient la border", "vient le border")
add("tend", "pt", "cobre ela", "cobre ele", "a cobre", "o cobre", "a aconchega", "o aconchega", "aconchega ela", "aconchega ele", "cobre a com o cobertor", "cobre o com o cobertor")
add("tend", "fa", "پتو را رویش می کشد", "پتو را رویش میکشد", "پتو رو روش می کشه", "پتو رو روش میکشه", "رویش پتو می کشد", "رویش پتو میکشد")

# MALA: Polish mała (little; also "babe") / mały in a child's costume (w stroju/przebraniu + a costume of childhood in the
# genitive, przebrana/przebrany za + the accusative): the word classes of tools/minors48/lexicon.py, written here as rows (a
# clause table row costs only its clause; as lexicon terms they cost the term matcher on every prompt).
_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "minors48"))
from lexicon import PL_SMALL, PL_IN, PL_COSTUME_GEN, PL_DRESSED, PL_COSTUME_ACC  # noqa: E402
for _s in PL_SMALL:
    for _w in PL_IN:
        for _c in PL_COSTUME_GEN:
            add("thing", "pl", f"{_s} {_w} {_c}")
    for _w in PL_DRESSED:
        for _c in PL_COSTUME_ACC:
            add("thing", "pl", f"{_s} {_w} {_c}")
