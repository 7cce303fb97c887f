#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Rules/Data/wear-cues.tsv (session 44, i16-wear52): the cues of suggestive wear, read by
Rules/IntimateFrames.cs (ReadWear) before the people rules, so that a prompt whose only sexual part is what a person wears
opens the name readers' gates, and beside a named or described person counts as suggestive (review under `mature`).

Kinds (with the existing cloth, seethru, clothguard and guard cues of act-frame-cues.tsv and intimate-frame-cues.tsv):
  wonly     "only" / "nothing but" words: only, just, nur, seulement, solo, só, alleen, tylko, jen, bara, только, лише,
            sadece, μόνο, רק, فقط, सिर्फ, শুধু, แค่, chỉ, cuma, lang, だけ, 只, 만 …
  wwrap     what a body is wrapped in or wears alone: towel, bedsheet, blanket, bathrobe, a man's shirt, an oversized shirt
  wunder    intimate garments no lexicon read beside a name: men's underwear (boxer shorts, briefs, jockstrap, calzoncillos,
            caleçon, cueca, bokserki, trenýrky, kalsonger, боксеры, μπόξερ, בוקסר, بوكسر, ブリーフ, 四角裤, 사각팬티 …), a
            bodystocking, fishnets, a nightgown a lexicon lacks (nachtjapon)
  wnight    plain nightwear (nightgown, Nachthemd, camisón, ночнушка, 睡裙): suggestive only sheer or worn alone
  wtop      a top (shirt, blouse, t-shirt, camiseta, koszulka, рубашка, 衬衫): suggestive sheer, wet or worn alone
  wunderp + wskirt   "under" and a skirt noun with at most one word between, the skirt first only before a postposition, either order (sous la jupe, pod spódnicę, eteğinin altından)
  wpose + wseat or a bed cue   a posed body (on all fours, bent over, a cuatro patas, na czworakach, 四つん這い) beside a bed or sofa
  win       a wearing frame before the garment: in, wearing, im, en, con, de, em, w, v, i, в, у, με, לובשת, ترتدي, با, mặc,
            pakai, naka-, ใส่, 穿, 身穿
  winafter  a wearing frame after it: 姿, 차림, पहने, পরে, 一丁
  wguard    the garment is a business's, not worn: shop, store, brand, designer, collection, catalogue, flat lay, mannequin,
            hanger, clothesline, laundry, for sale, sewing pattern

How IntimateFrames.ReadWear combines them (one clause, a few words apart; no guard, clothguard or wguard in the prompt):
  wonly + wwrap, wnight, wtop or wunder (either order): "envuelta solo en una toalla", "kumot lang ang suot", "only a man's shirt";
  seethru + wtop, wnight or wunder with up to three words between (a wet word, wwet, not with a top alone) (either order, no "with" between): "a thin white wet
  shirt", "قميص نوم قصير شفاف", "camisón corto y transparente";
  win before or winafter after a wunder garment: "in tight boxer briefs", "en calzoncillos", "ブリーフ姿".
Cased cues (Latin, Greek, Cyrillic) match at a word's start, so a stem reads every case and number ending: the stems are
made from the lemmas by each language's endings (stem() below), not listed form by form.
Written for GenScreen from general knowledge of the 26 languages (MIT, this project); no third-party list.
Run: python3 tools/wear52/wear_cues.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from word_forms import strip_ending  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    "../../src/GenScreen.Core/Prompts/Rules/Data/wear-cues.tsv"))

# Endings a stem drops so that the prefix match reads every case and number form (Slavic, Greek, German, Swedish, Dutch).
ENDINGS = {
    "pl": ["ami", "ach", "om", "ów", "ek", "ki", "ka", "ku", "ce", "ą", "ę", "y", "i", "a", "e", "u", "o"],
    "cs": ["ách", "ami", "ům", "ech", "ky", "ka", "ce", "u", "y", "i", "a", "e", "ou", "ě"],
    "ru": ["ами", "ях", "ах", "ов", "ей", "ом", "ки", "ка", "ы", "и", "а", "я", "у", "е", "о"],
    "uk": ["ами", "ах", "ів", "ом", "ки", "ка", "и", "і", "а", "я", "у", "е", "о"],
    "el": ["ες", "ος", "ου", "α", "ο", "η", "ι", "ια"],
    "sv": ["erna", "arna", "orna", "er", "ar", "or", "na", "en", "et", "a"],
}


def stem(lang, lemma):
    """The lemma without the longest ending of its language that leaves at least four letters (a prefix cue then reads
    bokserki, bokserkach, bokserkami; боксеры, боксерах; trenýrky, trenýrkách)."""
    return strip_ending(lemma, ENDINGS.get(lang, []))


ONLY = {
    "en": ["only=", "just=", "nothing but", "nothing except", "nothing other than"],
    "de": ["nur=", "bloß=", "lediglich", "nichts als", "nichts außer"],
    "fr": ["seulement", "uniquement", "juste=", "rien qu'", "rien que", "simplement", "qu'une", "qu'un"],
    "es": ["solo=", "sólo=", "solamente", "únicamente", "nada más que", "apenas="],
    "it": ["solo=", "soltanto", "solamente", "unicamente", "soltanto", "nient'altro che"],
    "pt": ["só=", "apenas", "somente", "unicamente", "nada além de"],
    "nl": ["alleen=", "enkel=", "slechts", "niets dan", "niks anders dan"],
    "pl": ["tylko=", "jedynie", "wyłącznie", "samym=", "samej=", "samych="],
    "cs": ["jen=", "jenom", "pouze", "pouhé", "pouhém"],
    "sv": ["bara=", "endast", "enbart", "inget annat än"],
    "ru": ["только", "лишь", "одном=", "одной=", "одних="],
    "uk": ["лише", "тільки", "самому=", "самій=", "одному=", "одній="],
    "tr": ["sadece", "yalnızca", "yalnız=", "bir tek"],
    "el": ["μόνο=", "μονάχα", "τίποτα άλλο από"],
    "he": ["בלבד", "רק="],
    "ar": ["فقط", "سوى", "لا شيء غير"],
    "fa": ["فقط", "تنها"],
    "hi": ["सिर्फ", "सिर्फ़", "केवल"],
    "bn": ["শুধু", "শুধুমাত্র", "কেবল"],
    "th": ["แค่", "เพียง", "อย่างเดียว"],
    "vi": ["chỉ=", "mỗi=", "độc một"],
    "id": ["cuma", "hanya", "saja="],
    "tl": ["lang=", "lamang", "tanging"],
    "ja": ["だけ", "のみ", "一枚"],
    "zh": ["只穿", "仅穿", "只裹", "只围", "只有", "仅"],
    "ko": ["만을", "하나만", "뿐"],
}

WRAP = {
    "en": ["towel", "bath towel", "bedsheet", "bed sheet", "sheet=", "sheets=", "blanket", "bathrobe", "robe=", "man's shirt",
           "men's shirt", "oversized shirt", "boyfriend's shirt", "his shirt", "apron"],
    "de": ["handtuch", "badetuch", "bettlaken", "laken", "decke=", "bademantel", "männerhemd", "herrenhemd", "hemd="],
    "fr": ["serviette", "drap=", "draps=", "couverture", "peignoir", "chemise d'homme", "chemise de son copain", "tablier"],
    "es": ["toalla", "sábana", "manta=", "albornoz", "camisa de hombre", "camisa de su novio", "delantal"],
    "it": ["asciugamano", "asciugamani", "telo=", "lenzuolo", "lenzuola", "coperta", "accappatoio", "camicia da uomo",
           "grembiule"],
    "pt": ["toalha", "lençol", "lençóis", "cobertor", "roupão", "camisa masculina", "camisa do namorado", "avental"],
    "nl": ["handdoek", "badlaken", "laken=", "deken=", "badjas", "overhemd", "mannenoverhemd", "schort"],
    "pl": [stem("pl", w) for w in ["ręcznik", "prześcieradło", "kołdra", "szlafrok", "fartuszek"]] + ["męskiej koszul", "męską koszul"],
    "cs": [stem("cs", w) for w in ["ručník", "osuška", "prostěradlo", "deka", "župan", "zástěra"]] + ["pánské košil", "pánskou košil"],
    "sv": [stem("sv", w) for w in ["handduk", "badlakan", "lakan", "filt", "morgonrock", "badrock", "förkläde"]] + ["herrskjorta"],
    "ru": [stem("ru", w) for w in ["полотенце", "простыня", "одеяло", "халат", "фартук"]] + ["мужской рубашк", "мужскую рубашк"],
    "uk": [stem("uk", w) for w in ["рушник", "простирадло", "ковдра", "халат", "фартух"]] + ["чоловічій сорочц", "чоловічу сорочк"],
    "tr": ["havlu", "çarşaf", "battaniye", "bornoz", "erkek gömleği", "önlük"],
    "el": [stem("el", w) for w in ["πετσέτα", "σεντόνι", "κουβέρτα", "μπουρνούζι", "ποδιά"]] + ["αντρικό πουκάμισο"],
    "he": ["מגבת", "סדין", "שמיכה", "חלוק", "סינר"],
    "ar": ["منشفة", "المنشفة", "فوطة", "شرشف", "ملاءة", "بطانية", "روب", "مريلة"],
    "fa": ["حوله", "ملحفه", "پتو", "روبدوشامبر", "پیش‌بند"],
    "hi": ["तौलिया", "तौलिये", "चादर", "कंबल", "बाथरोब"],
    "bn": ["তোয়ালে", "গামছা", "চাদর", "কম্বল"],
    "th": ["ผ้าเช็ดตัว", "ผ้าขนหนู", "ผ้าห่ม", "ผ้าปูที่นอน", "ผ้าขาวม้า", "เสื้อเชิ้ตผู้ชาย"],
    "vi": ["khăn tắm", "khăn= ", "ga giường", "chăn=", "áo choàng tắm", "áo sơ mi nam", "tạp dề"],
    "id": ["handuk", "seprai", "selimut", "jubah mandi", "kemeja cowok", "kemeja pria", "celemek"],
    "tl": ["tuwalya", "twalya", "kumot", "bathrobe", "polo ng lalaki", "apron"],
    "ja": ["タオル", "バスタオル", "シーツ", "毛布", "バスローブ", "彼シャツ", "エプロン"],
    "zh": ["浴巾", "毛巾", "床单", "被子", "浴袍", "男友衬衫", "围裙"],
    "ko": ["수건", "타월", "이불", "시트", "가운", "남친 셔츠", "앞치마"],
}

UNDER = {
    "en": ["boxer briefs", "boxer shorts", "boxers=", "briefs=", "jockstrap", "jock strap", "underpants", "y-fronts",
           "tighty whities", "bodystocking", "body stocking", "fishnets", "fishnet stockings", "fishnet tights",
           "camisole"],
    "de": ["boxershorts", "boxershort", "boxer-shorts", "unterhose", "suspensorium", "bodystocking",
           "netzstrümpf", "netzstrumpfhose", "negligé"],
    "fr": ["caleçon", "calecon", "boxer=", "bodystocking", "résille", "bas résille",
           "nuisette", "déshabillé"],
    "es": ["calzoncillo", "calzoncillos", "bóxer", "boxer=", "suspensorio", "bodystocking", "medias de red",
           "medias de rejilla", "picardías"],
    "it": ["mutande", "mutandine", "boxer=", "sospensorio", "bodystocking", "calze a rete", "collant a rete",
           "baby doll"],
    "pt": ["cueca", "cuecas", "boxer=", "sunga box", "suporte atlético", "bodystocking", "meia arrastão", "meias arrastão",
           "baby-doll", "babydoll"],
    "nl": ["boxershort", "onderbroek", "slipje", "suspensoir", "bodystocking", "netkousen", "netpanty",
           "negligé"],
    "pl": [stem("pl", w) for w in ["bokserki", "majtki", "suspensorium", "bodystocking"]] + ["kabaretk"],
    "cs": [stem("cs", w) for w in ["boxerky", "suspenzor", "bodystocking", "síťované punčochy"]],
    "sv": [stem("sv", w) for w in ["kalsonger", "boxershorts", "trosor", "suspensoar", "bodystocking", "nätstrumpor"]] + ["negligé"],
    "ru": ["боксеры=", "боксерах=", "боксерами=", "боксерки", "трусы=", "трусах=", "трусиках=", "трусики=", "бодистокинг",
           "чулки в сетку", "чулках в сетку", "колготки в сетку", "колготках в сетку", "пеньюар"],
    "uk": ["боксери=", "боксерах=", "трусах=", "труси=", "трусиках=", "бодістокінг", "панчохи в сітку", "панчохах в сітку",
           "пеньюар"],
    "tr": ["boxer", "külot", "suspansuar", "bodystocking", "file çorap", "jartiyer"],
    "el": ["μπόξερ", "σλιπ", "κιλότ", "σουσπενσουάρ", "δικτυωτές κάλτσες", "κομπινεζόν"],
    "he": ["בוקסר", "בוקסרים", "תחתונים", "גרבי רשת"],
    "ar": ["بوكسر", "البوكسر", "سليب", "السليب", "كولون", "جوارب شبكية", "لانجري"],
    "fa": ["شورت مردانه", "باکسر", "شورت", "جوراب توری", "لانژری"],
    "hi": ["बॉक्सर", "अंडरवियर", "चड्डी", "कच्छा", "जालीदार स्टॉकिंग"],
    "bn": ["বক্সার", "আন্ডারওয়্যার", "জাঙ্গিয়া", "নেট স্টকিং"],
    "th": ["บ็อกเซอร์", "กางเกงใน", "ถุงน่องตาข่าย", "ชุดนอนบาง", "จีสตริง"],
    "vi": ["quần sịp", "quần lót nam", "quần đùi boxer", "quần boxer", "tất lưới", "vớ lưới"],
    "id": ["celana boxer", "boxer=", "celana dalam", "kancut", "sempak", "stoking jaring", "lingerie"],
    "tl": ["brief=", "briefs=", "boxers=", "boxer shorts", "brip", "panty=", "fishnet", "negligee"],
    "ja": ["ブリーフ", "ボクサーパンツ", "トランクス", "ふんどし", "ボディストッキング", "網タイツ", "ベビードール"],
    "zh": ["四角裤", "三角裤", "平角裤", "内裤", "丁字裤", "连体丝袜", "渔网袜", "情趣睡衣"],
    "ko": ["사각팬티", "삼각팬티", "드로즈", "팬티", "바디스타킹", "망사스타킹"],
}

# Plain nightwear: suggestive only when sheer or worn alone ("in a nightgown" by itself is what anyone sleeps in).
NIGHT = {
    "en": ["nightgown", "nightdress", "nightie", "nighty=", "chemise="],
    "de": ["nachthemd", "nachtkleid", "unterkleid"],
    "fr": ["chemise de nuit", "combinaison="],
    "es": ["camisón", "camison", "combinación="],
    "it": ["camicia da notte", "sottoveste"],
    "pt": ["camisola=", "camisa de dormir", "combinação="],
    "nl": ["nachthemd", "nachtjapon", "onderjurk"],
    "pl": ["koszul nocn", "koszulce nocnej", "koszulkę nocną", "halk"],
    "cs": ["noční košil", "noční košilk", "kombiné"],
    "sv": ["nattlinne", "nattskjort", "underklänning"],
    "ru": ["ночнушк", "ночной рубашк", "ночную рубашк", "сорочк", "комбинаци"],
    "uk": ["нічній сорочц", "нічну сорочк", "нічна сорочк", "сорочц", "сорочк", "комбінаці"],
    "tr": ["gecelik", "kombinezon"],
    "el": ["νυχτικ", "κομπινεζόν"],
    "he": ["כותונת לילה", "כתונת לילה", "כותונת", "כתונת"],
    "ar": ["قميص نوم", "قميص النوم", "ثوب نوم"],
    "fa": ["لباس خواب", "پیراهن خواب"],
    "hi": ["नाइटी", "नाइट गाउन"],
    "bn": ["নাইটি", "রাত পোশাক"],
    "th": ["ชุดนอน", "ชุดนอนกระโปรง"],
    "vi": ["váy ngủ", "đầm ngủ", "đồ ngủ"],
    "id": ["baju tidur", "gaun tidur", "daster"],
    "tl": ["pantulog", "nightgown", "daster"],
    "ja": ["ネグリジェ", "スリップ", "寝間着", "パジャマ"],
    "zh": ["睡裙", "睡衣", "吊带裙"],
    "ko": ["잠옷", "슬립", "네글리제", "나이트가운"],
}

# Tops: a sheer or wet top shows the body (the wet white shirt); a wet dress or coat in the rain does not.
TOP = {
    "en": ["shirt", "t-shirt", "tshirt", "tee=", "blouse", "tank top", "crop top", "top="],
    "de": ["hemd", "bluse", "shirt", "oberteil", "top="],
    "fr": ["chemise=", "chemisier", "t-shirt", "débardeur", "haut="],
    "es": ["camisa", "camiseta", "blusa", "top="],
    "it": ["camicia", "camicetta", "maglietta", "canottiera", "canotta", "top="],
    "pt": ["camisa", "camiseta", "blusa", "regata", "top="],
    "nl": ["overhemd", "blouse", "shirt", "hemdje", "topje"],
    "pl": ["koszul", "bluzk", "podkoszul", "t-shirt"],
    "cs": ["košil", "halenk", "tričk", "tílk"],
    "sv": ["skjort", "blus", "t-tröj", "linne="],
    "ru": ["рубашк", "блузк", "футболк", "майк", "топ="],
    "uk": ["сорочк", "блузк", "футболк", "майк", "топ="],
    "tr": ["gömlek", "bluz", "tişört", "atlet", "büstiyer"],
    "el": ["πουκάμισο", "μπλούζα", "μπλουζάκι", "φανελάκι"],
    "he": ["חולצה", "גופייה", "גופיה"],
    "ar": ["قميص", "القميص", "بلوزة", "البلوزة", "تيشيرت"],
    "fa": ["پیراهن", "بلوز", "تاپ", "تی‌شرت", "تیشرت"],
    "hi": ["शर्ट", "टी-शर्ट", "ब्लाउज", "ब्लाउज़", "टॉप"],
    "bn": ["শার্ট", "টি-শার্ট", "ব্লাউজ", "টপ"],
    "th": ["เสื้อเชิ้ต", "เสื้อยืด", "เสื้อกล้าม", "เสื้อ"],
    "vi": ["áo sơ mi", "áo thun", "áo phông", "áo ba lỗ", "áo dài"],
    "id": ["kemeja", "kaos", "blus", "atasan", "kebaya"],
    "tl": ["kamiseta", "blusa", "t-shirt", "sando"],
    "ja": ["シャツ", "ブラウス", "tシャツ", "キャミソール", "タンクトップ"],
    "zh": ["衬衫", "t恤", "背心", "上衣", "白衬衫"],
    "ko": ["셔츠", "티셔츠", "블라우스", "나시"],
}

# Under the skirt (an upskirt said by its parts): an "under" word within two words of a skirt noun, either order.
UNDER_P = {
    "en": ["under=", "underneath", "up her", "beneath"], "de": ["unter=", "unterm="], "fr": ["sous="], "es": ["debajo de", "bajo="],
    "it": ["sotto="], "pt": ["por baixo d", "debaixo d", "sob="], "nl": ["onder="], "pl": ["pod="], "cs": ["pod="], "sv": ["under="],
    "ru": ["под="], "uk": ["під="], "tr": ["altından", "altına", "altı="], "el": ["κάτω από"], "he": ["מתחת ל"], "ar": ["تحت"],
    "fa": ["زیر"], "hi": ["के नीचे"], "bn": ["নিচে"], "th": ["ใต้"], "vi": ["dưới="], "id": ["di bawah"],
    "tl": ["ilalim"], "ja": ["の中", "の下", "下から"], "zh": ["底", "下面"], "ko": ["속을", "속이", "밑을"],
}
SKIRT = {
    "en": ["skirt", "miniskirt"], "de": ["rock=", "rock,", "röckchen", "minirock"], "fr": ["jupe"], "es": ["falda", "minifalda"],
    "it": ["gonna", "gonnellina", "minigonna"], "pt": ["saia", "minissaia"], "nl": ["rok=", "rokje", "minirok"],
    "pl": ["spódnic", "spódniczk", "mini spódnicz"], "cs": ["sukn", "sukýnk"], "sv": ["kjol"], "ru": ["юбк", "юбочк", "мини-юбк"],
    "uk": ["спідниц", "спідничк"], "tr": ["etek", "eteğ", "mini etek"], "el": ["φούστα", "φούστας", "φουστίτσα"], "he": ["חצאית"],
    "ar": ["تنورة", "التنورة"], "fa": ["دامن"], "hi": ["स्कर्ट"], "bn": ["স্কার্ট"], "th": ["กระโปรง"], "vi": ["váy ngắn", "chân váy"],
    "id": ["rok=", "rok mini"], "tl": ["palda"], "ja": ["スカート"], "zh": ["裙底", "裙子", "短裙"], "ko": ["치마", "스커트"],
}
# On all fours / bottom raised: a posed body, read beside a bed or sofa (on all fours in a garden is planting tulips).
POSE = {
    "en": ["on all fours", "on hands and knees", "ass up", "butt up"],
    "de": ["auf allen vieren", "auf händen und knien", "hintern in die höhe", "po in die höhe"],
    "fr": ["à quatre pattes", "cambrée", "fesses en l'air"], "es": ["a cuatro patas", "a gatas", "culo en pompa", "en pompa"],
    "it": ["a quattro zampe", "carponi", "piegata a novanta"], "pt": ["de quatro", "de gatinhas", "empinando", "bunda empinada"],
    "nl": ["op handen en knieën", "op handen en voeten"], "pl": ["na czworakach", "na czworaka", "wypięt"],
    "cs": ["na všech čtyřech", "po čtyřech", "vystrčen"], "sv": ["på alla fyra"],
    "ru": ["на четвереньках", "раком=", "выгнув спин"], "uk": ["рачки", "навкарачки"],
    "tr": ["dört ayak", "emekleme pozisyon"], "el": ["στα τέσσερα", "στα τέσσερα πόδια"],
    "he": ["על ארבע", "על הברכיים והידיים"], "ar": ["على أربع", "على يديها وركبتيها"], "fa": ["چهار دست و پا"],
    "hi": ["घुटनों और हाथों के बल"], "bn": ["হামাগুড়ি"], "th": ["ท่าคลาน", "โก่งโค้ง", "โก้งโค้ง", "ก้นโด่ง"],
    "vi": ["chống tay quỳ", "bò bốn chân", "chổng mông", "nhô mông"], "id": ["nungging", "menungging"],
    "tl": ["nakatuwad", "naka-tuwad"], "ja": ["四つん這い", "お尻を突き出"], "zh": ["翘臀", "撅起", "跪趴"],
    "ko": ["엉덩이를 든", "엉덩이를 내민", "네발로"],
}
SEAT = {
    "en": ["sofa", "couch"], "de": ["sofa", "couch"], "fr": ["canapé", "divan"],
    "es": ["sofá", "sillón"], "it": ["divano"], "pt": ["sofá"], "nl": ["bank="],
    "pl": ["kanap", "sof"], "cs": ["gauč", "pohovk"], "sv": ["soffa"], "ru": ["диван"], "uk": ["диван"], "tr": ["kanepe", "koltuk"],
    "el": ["καναπέ"], "he": ["ספה"], "ar": ["كنبة", "الأريكة", "أريكة"], "fa": ["کاناپه", "مبل"], "hi": ["सोफा", "सोफ़े"], "bn": ["সোফা"],
    "th": ["โซฟา"], "vi": ["ghế sofa", "sofa"], "id": ["sofa", "kasur"], "tl": ["sofa"], "ja": ["ソファ"], "zh": ["沙发"], "ko": ["소파"],
}

# The wet words of act-frame-cues.tsv's seethru kind: wet is read with nightwear or underwear, not with a top alone ("in a wet
# shirt after the rain" is weather: session 40's look-alike); a sheer word is read with all three.
WET = {
    "en": ["wet=", "soaked", "soaking wet", "drenched"], "de": ["nass=", "nasse", "nassen", "nasses", "durchnässt", "klatschnass"],
    "fr": ["mouillé", "trempé"], "es": ["mojad", "empapad"], "it": ["bagnat", "fradici"], "pt": ["molhad", "encharcad"],
    "nl": ["natte", "doorweekt", "kletsnat"], "pl": ["mokr", "przemoczon"], "cs": ["promoč", "mokr"], "sv": ["våt=", "blöt", "genomblöt"],
    "ru": ["мокр", "промокш"], "uk": ["мокр", "промокл"], "tr": ["ıslak", "sırılsıklam"], "el": ["βρεγμέν", "μούσκεμα"],
    "he": ["רטוב", "רטובה", "ספוגה"], "ar": ["مبلول", "مبلل", "مبتل"], "fa": ["خیس"], "hi": ["गीली", "गीला", "भीगी", "भीगा"],
    "bn": ["ভেজা", "ভিজে"], "th": ["เปียก"], "vi": ["ướt"], "id": ["basah"], "tl": ["basa=", "basang-basa"], "ja": ["濡れ", "びしょ"],
    "zh": ["湿透", "湿身", "濕透", "湿的"], "ko": ["젖은", "젖어"],
}

WEAR_BEFORE = {
    "en": ["in=", "wearing", "in just", "in only", "clad in", "dressed in", "stripped to", "down to"],
    "de": ["in=", "im=", "trägt", "tragend", "bekleidet mit"],
    "fr": ["en=", "vêtue", "vêtu=", "porte=", "portant", "habillée d", "dans son", "dans sa"],
    "es": ["en=", "con=", "lleva=", "llevando", "vestida con", "vestido con"],
    "it": ["in=", "con=", "indossa", "indossando", "vestita di", "vestito di"],
    "pt": ["de=", "em=", "com=", "usando", "vestindo", "veste="],
    "nl": ["in=", "draagt", "gekleed in"],
    "pl": ["w=", "we=", "ubrana w", "ubrany w", "nosi="],
    "cs": ["v=", "ve=", "oblečená v", "oblečený v", "má na sobě"],
    "sv": ["i=", "klädd i", "bär="],
    "ru": ["в=", "во=", "одета в", "одет в", "в одних", "в одном"],
    "uk": ["в=", "у=", "вдягнена в", "вдягнений у", "в одних", "у самих"],
    "el": ["με=", "φορώντας", "φοράει"],
    "he": ["לובשת", "לובש", "עם="],
    "ar": ["ترتدي", "يرتدي", "مرتدية", "مرتديا", "لابسة", "لابس"],
    "fa": ["با=", "پوشیده", "تنش"],
    "th": ["ใส่", "สวม", "นุ่ง"],
    "vi": ["mặc", "diện=", "chỉ mặc", "mặc mỗi"],
    "id": ["pakai", "memakai", "mengenakan", "cuma pakai", "pake="],
    "tl": ["naka-", "nakasuot ng", "suot ang", "suot ng"],
    "ja": ["穿いた", "着た", "履いた"],
    "zh": ["穿", "身穿", "穿着", "穿著"],
    "ko": ["입은", "입고"],
}

WEAR_AFTER = {
    "tr": ["ile", "iyle", "ıyla", "la=", "le="],
    "hi": ["पहने", "पहनी", "पहना", "में"],
    "bn": ["পরে", "পরা", "পরিহিত"],
    "ja": ["姿", "一丁", "だけ"],
    "ko": ["차림", "만 입"],
    "tl": ["lang ang suot", "ang suot"],
}

GUARD = {
    "en": ["swim trunks", "swim briefs", "swimming trunks", "shop=", "store=", "boutique", "brand=", "label=", "designer", "collection", "catalog", "catalogue", "flat lay",
           "flatlay", "mannequin", "hanger", "clothesline", "washing line", "laundry", "for sale", "sewing pattern", "on display",
           "product photo", "product shot", "e-commerce", "selling", "sells=", "stall="],
    "de": ["laden", "geschäft", "marke=", "designerin", "kollektion", "katalog", "schaufensterpuppe", "kleiderbügel",
           "wäscheleine", "wäsche aufhängen", "verkauft", "verkaufen", "produktfoto", "onlineshop"],
    "fr": ["caleçon de bain", "slip de bain", "boutique", "magasin", "marque=", "créatrice", "créateur", "collection", "catalogue", "mannequin de vitrine",
           "cintre", "corde à linge", "étendoir", "vend=", "vendre", "photo produit"],
    "es": ["bóxer de baño", "slip de baño", "tienda", "marca=", "diseñadora", "diseñador", "colección", "catálogo", "maniquí", "percha", "tendedero",
           "vendiendo", "vende=", "mercadillo", "puesto de ropa", "foto de producto"],
    "it": ["slip da bagno", "boxer da bagno", "costume da bagno", "negozio", "marchio", "stilista", "collezione", "catalogo", "manichino", "gruccia", "stendino", "vende=",
           "foto prodotto"],
    "pt": ["loja=", "marca=", "estilista", "coleção", "catálogo", "manequim", "cabide", "varal", "vendendo", "foto de produto"],
    "nl": ["winkel", "merk=", "ontwerpster", "collectie", "catalogus", "etalagepop", "kleerhanger", "waslijn", "verkoopt"],
    "pl": ["sklep", "marka", "projektantk", "kolekcj", "katalog", "manekin", "wieszak", "suszark", "zdjęcie produktu", "sprzedaje"],
    "cs": ["obchod", "značk", "návrhářk", "kolekc", "katalog", "figurín", "ramínk", "sušák", "prodává"],
    "sv": ["butik", "varuhus", "märke", "designer", "kollektion", "katalog", "skyltdocka", "galge", "tvättlina", "köper=", "säljer"],
    "ru": ["магазин", "бренд", "дизайнер", "коллекци", "каталог", "манекен", "вешалк", "сушилк", "продаёт", "продает"],
    "uk": ["магазин", "бренд", "дизайнер", "колекці", "каталог", "манекен", "вішалк", "сушарк", "продає"],
    "tr": ["mağaza", "marka", "tasarımcı", "koleksiyon", "katalog", "manken", "askı", "çamaşır ipi", "satıyor"],
    "el": ["κατάστημα", "μάρκα", "σχεδιάστρια", "συλλογή", "κατάλογο", "κούκλα βιτρίνας", "κρεμάστρα", "απλώστρα"],
    "he": ["חנות", "מותג", "מעצבת", "קולקציה", "קטלוג", "בובת ראווה", "קולב", "חבל כביסה"],
    "ar": ["متجر", "محل", "علامة تجارية", "مصممة", "مجموعة", "كتالوج", "مانيكان", "علاقة ملابس", "حبل الغسيل"],
    "fa": ["فروشگاه", "مغازه", "برند", "طراح", "کلکسیون", "کاتالوگ", "مانکن", "چوب لباسی", "بند رخت"],
    "hi": ["दुकान", "ब्रांड", "डिजाइनर", "कलेक्शन", "कैटलॉग", "पुतला", "हैंगर", "कपड़े सुखा"],
    "bn": ["দোকান", "ব্র্যান্ড", "ডিজাইনার", "কালেকশন", "ক্যাটালগ", "ম্যানিকিন", "হ্যাঙ্গার"],
    "th": ["ร้าน", "แบรนด์", "ดีไซเนอร์", "คอลเลกชัน", "แคตตาล็อก", "หุ่นโชว์", "ไม้แขวน", "ราวตากผ้า", "ตากผ้า"],
    "vi": ["cửa hàng", "thương hiệu", "nhà thiết kế", "bộ sưu tập", "ma-nơ-canh", "móc áo", "phơi đồ", "phơi khăn"],
    "id": ["toko", "merek", "desainer", "koleksi", "katalog", "manekin", "gantungan", "jemuran", "menjemur"],
    "tl": ["tindahan", "brand=", "designer", "koleksyon", "mannequin", "sampayan", "nagsasampay", "nagtitiklop", "labahan"],
    "ja": ["ショップ", "ブランド", "デザイナー", "コレクション", "カタログ", "マネキン", "ハンガー", "物干し", "商品"],
    "zh": ["商店", "品牌", "设计师", "系列", "目录", "人体模特", "衣架", "晾衣", "商品", "产品图"],
    "ko": ["매장", "브랜드", "디자이너", "컬렉션", "카탈로그", "마네킹", "옷걸이", "빨랫줄", "상품"],
}

# A few cues of the lists above were already read as something else by the other tables (the guard kind of
# intimate-frame-cues.tsv holds catalogue and product-shot words): those rows are kept here too; a row read twice is one hit.


def rows():
    out = []
    for kind, table in (("wonly", ONLY), ("wwrap", WRAP), ("wunder", UNDER), ("wnight", NIGHT), ("wtop", TOP), ("wunderp", UNDER_P), ("wskirt", SKIRT),
                        ("wpose", POSE), ("wseat", SEAT), ("wwet", WET), ("win", WEAR_BEFORE), ("winafter", WEAR_AFTER),
                        ("wguard", GUARD)):
        for lang in sorted(table):
            seen = set()
            for cue in table[lang]:
                cue = cue.strip().lower()
                if cue and cue not in seen:
                    seen.add(cue)
                    out.append((kind, lang, cue))
    return out


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Suggestive-wear cues (session 44, i16-wear52), read by Rules/IntimateFrames.cs (ReadWear). Generated by\n")
        f.write("# tools/wear52/wear_cues.py (MIT, this project; written from general knowledge of the 26 languages, no third-party\n")
        f.write("# list). Columns: kind, language, cue (as intimate-frame-cues.tsv: a cased cue matches at a word start, '=' ends a\n")
        f.write("# word). Kinds: wonly, wwrap, wunder, wnight, wtop, wunderp, wskirt, wpose, wseat, wwet, win, winafter, wguard (the generator's docstring says how they combine).\n")
        for kind, lang, cue in rows():
            f.write(f"{kind}\t{lang}\t{cue}\n")
    print(len(rows()), "rows ->", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
