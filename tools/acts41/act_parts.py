"""Session 33 (i16-acts41): writes src/GenScreen.Core/Prompts/Rules/Data/act-part-cues.tsv, read with person-act-cues.tsv and
act-order-cues.tsv by Rules/PersonActs.cs. Sexual content said by its parts rather than by a sexual word:

- a count of male partners (two men, 男二人, ผู้ชายสองคน, दो मर्दों) with a bed in the same clause, or a group-sex count word
  (3P, threesome, 쓰리섬): explicit;
- underwear said absent (ไม่ใส่ชั้นใน, không mặc đồ lót, без білизни) with a worn garment, a wet or a sheer word; a sheer
  (see-through) garment with a wet word, a body part, "nothing underneath" or no bra; a wet worn top with no bra: nudity;
- a dominant role whose only sense is BDSM (dominatrix, Domina) or a submissive one (slave, 奴隷) with a BDSM instrument
  (whip, latex, collar, dungeon) or the other role; a dominant role that is also an ordinary word (mistress, maîtresse, 女王様,
  여왕님) with two distinct instruments or a submissive role: nudity-level (blocked under `strict`); a horse, a dog or a
  laboratory guards it;
- legs spread (roztahuje nohy, 开腿, 다리 벌려) with underwear, lingerie or a bed: nudity-level;
- changing said by more verbs for the hidden-camera pair (covert + change, acts33) and more hidden-camera words.

Written for GenScreen from general knowledge of the 26 languages (MIT, this project); no third-party list.
Run: python3 tools/acts41/act_parts.py src/GenScreen.Core/Prompts/Rules/Data/act-part-cues.tsv
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from table_writer import split_cues, write_table  # noqa: E402

# Two or three (or more) men: the partners of a group scene. Women are left out ("in bed with two kids" is no scene either way).
COUNT = {
    "en": "two men|two guys|three men|three guys|two dudes|two blokes|2 guys|2 men|3 guys",
    "de": "zwei typen|zwei männern|zwei männer|drei typen|drei männern|zwei kerlen|zwei kerle",
    "fr": "deux hommes|deux mecs|trois hommes|trois mecs",
    "es": "dos hombres|dos tíos|dos tipos|tres hombres|dos chicos",
    "it": "due uomini|due ragazzi|tre uomini|due tizi",
    "pt": "dois caras|dois homens|três homens|três caras",
    "nl": "twee mannen|twee kerels|drie mannen",
    "pl": "dwoma facetami|dwoma mężczyznami|dwóch facetów|trzema facetami|dwóch mężczyzn",
    "cs": "dvěma chlapy|dvěma muži|třemi chlapy|dva chlapi",
    "sv": "två män|två killar|tre killar",
    "ru": "двумя мужиками|двумя мужчинами|двумя парнями|тремя мужиками|двух мужиков",
    "uk": "двома чоловіками|двома хлопцями|двома мужиками|трьома чоловіками",
    "tr": "iki adamla|iki erkekle|üç adamla|üç erkekle",
    "el": "δύο άντρες|δύο άνδρες|δυο άντρες|τρεις άντρες",
    "he": "שני גברים|שני בחורים|שלושה גברים",
    "ar": "رجلين|شابين|ثلاثة رجال|رجالين",
    "fa": "دو تا مرد|دو مرد|سه تا مرد",
    "hi": "दो मर्दों|दो आदमियों|तीन मर्दों|तीन आदमियों|दो लड़कों",
    "bn": "দুই পুরুষ|দুজন পুরুষ|দুই ছেলের|তিন পুরুষ",
    "th": "ผู้ชายสองคน|ผู้ชายสามคน|ชายสองคน",
    "vi": "hai người đàn ông|ba người đàn ông|hai gã|hai anh",
    "id": "dua pria|dua cowok|dua laki-laki|tiga pria|dua lelaki",
    "tl": "dalawang lalaki|tatlong lalaki",
    "ja": "男二人|男性二人|男2人|男三人|男3人|二人の男",
    "zh": "两个男人|兩個男人|三个男人|三個男人|两男",
    "ko": "남자 두 명|남자 둘|남자 세 명|두 남자",
}

# Where a group scene takes place: a bed, and the idioms "doing it" that need a partner.
BED = {
    "en": "in bed|on the bed|bed=",
    "de": "im bett|bett=|treibt es|es treibt|es treiben",
    "fr": "au lit|sur le lit|lit défait",
    "es": "en la cama|cama=",
    "it": "a letto|sul letto|letto=",
    "pt": "na cama|cama=",
    "nl": "in bed|op bed|bed=",
    "pl": "w łóżku|łóżku|łóżko",
    "cs": "v posteli|posteli|postel=",
    "sv": "i sängen|sängen",
    "ru": "в постели|в кровати|постели|кровати",
    "uk": "в ліжку|у ліжку|ліжку",
    "tr": "yatakta",
    "el": "στο κρεβάτι|κρεβάτι",
    "he": "במיטה|מיטה",
    "ar": "السرير|سرير",
    "fa": "تخت",
    "hi": "बिस्तर",
    "bn": "বিছানা",
    "th": "บนเตียง|เตียง",
    "vi": "trên giường|giường",
    "id": "di kasur|kasur|ranjang",
    "tl": "sa kama|kama=",
    "ja": "ベッド|布団",
    "zh": "床上|床=",
    "ko": "침대",
}

# A group-sex count word whose only sense is the scene (3P in Japanese and Chinese slang; "trio" and Hebrew שלישייה are also a
# band, "triangle" is a shape: left out).
GROUP = {
    "en": "3p=|4p=|threesome|foursome|3some|gangbang|gang bang|mmf=|ffm=",
    "de": "flotter dreier",
    "fr": "plan à trois|ménage à trois|plan a trois",
    "es": "trío sexual",
    "ru": "тройничок|групповушка|групповуха",
        "ja": "乱交",
    "zh": "群交",
    "ko": "쓰리섬|스리섬|쓰리썸",
    "th": "ทรีซัม",
        "id": "threesome",
}

# Underwear said absent; with a worn garment, a wet or a sheer word: nudity.
UNDERWEAR_NONE = {
    "en": "no underwear|no panties|without underwear|without panties|no knickers",
    "de": "ohne unterwäsche|ohne höschen|ohne slip|kein höschen",
    "fr": "sans culotte|sans sous-vêtements|pas de culotte",
    "es": "sin ropa interior|sin bragas|sin calzones",
    "it": "senza mutande|senza mutandine|senza intimo",
    "pt": "sem calcinha|sem roupa íntima|sem roupa interior",
    "nl": "zonder ondergoed|zonder slipje",
    "pl": "bez majtek|bez bielizny|bez majteczek",
    "cs": "bez kalhotek|bez spodního prádla",
    "sv": "utan trosor|utan underkläder",
    "ru": "без белья|без трусиков|без трусов|без нижнего белья",
    "uk": "без білизни|без трусиків|без трусів",
    "tr": "iç çamaşırsız|iç çamaşırı yok|külotsuz",
    "el": "χωρίς εσώρουχα|χωρίς κιλότα",
    "he": "בלי תחתונים|ללא תחתונים",
    "ar": "بدون ملابس داخلية|بلا ملابس داخلية|بدون كيلوت",
    "fa": "بدون لباس زیر|بی‌شورت|بدون شورت",
    "hi": "बिना अंडरवियर|बिना पैंटी|अंडरवियर नहीं",
    "bn": "অন্তর্বাস ছাড়া|প্যান্টি ছাড়া",
    "th": "ไม่ใส่ชั้นใน|ไม่ใส่กางเกงใน|ไม่สวมชั้นใน",
    "vi": "không mặc đồ lót|không mặc nội y|không mặc quần lót|không đồ lót",
    "id": "tanpa celana dalam|tanpa pakaian dalam|nggak pakai daleman|tanpa daleman",
    "tl": "walang panty|walang underwear|walang suot na panloob",
    "ja": "ノーパン|下着なし|下着をつけていない|下着を着けていない",
    "zh": "没穿内裤|沒穿內褲|不穿内衣|没穿内衣",
    "ko": "노팬티|속옷 없이|속옷을 안 입",
}

# "Nothing under (it)" said the ways the acts33 'else' rows lack (inside, in Bengali, Thai, Vietnamese, Chinese, Japanese, Korean).
NOTHING_UNDER = {
    "en": "nothing underneath|nothing under it|nothing under her",
    "ar": "وما تحته شي|ما تحته شي|وما تحتها شي|ما تحتها شي|ولا شي تحت",
    "hi": "अंदर कुछ नहीं|नीचे कुछ भी नहीं|अंदर कुछ भी नहीं",
    "bn": "ভেতরে কিছু নেই|ভেতরে কিছু পরা নেই|নিচে কিছু পরা নেই",
    "th": "ข้างในไม่ได้ใส่อะไร|ข้างในไม่ใส่อะไร|ไม่ได้ใส่อะไรข้างใน",
    "vi": "bên trong không mặc gì|bên trong không có gì|không mặc gì bên trong",
    "id": "dalamnya nggak pakai apa-apa|tidak pakai apa-apa di dalam|nggak pakai apa-apa di dalamnya|di dalamnya kosong",
    "tl": "walang suot sa ilalim|wala sa ilalim",
    "ja": "下に何も着て|中に何も着て|下は何も|中は何も",
    "zh": "里面什么都没穿|裡面什麼都沒穿|里面没穿|里面什么也没穿|下面什么都没穿",
    "ko": "안에 아무것도 안|속에 아무것도 안",
    "tr": "altında hiçbir şey yok|altı çıplak",
    "pt": "sem nada por baixo|nada por baixo",
    "it": "niente sotto|sotto niente|nulla sotto",
}

# See-through.
SHEER = {
    "en": "see-through|see through|seethrough|transparent|sheer=",
    "de": "durchsichtig|transparent",
    "fr": "transparent|translucide",
    "es": "transparente|transparentes|se transparenta",
    "it": "trasparente|trasparenti",
    "pt": "transparente|transparentes",
    "nl": "doorzichtig|doorschijnend|transparant",
    "pl": "przezroczyst|prześwitując",
    "cs": "průhledn|průsvitn",
    "sv": "genomskinlig",
    "ru": "прозрачн|просвечива",
    "uk": "прозор|просвічу",
    "tr": "şeffaf|transparan",
    "el": "διάφαν|διαφαν",
    "he": "שקוף|שקופה|שקופים|שקיפה",
    "ar": "شفاف|شفافة",
    "fa": "شفاف|بدن‌نما|بدن نما",
    "hi": "पारदर्शी|आर-पार",
    "bn": "স্বচ্ছ",
    "th": "ทะลุ|โปร่งใส|ซีทรู|ซีทู",
    "vi": "xuyên thấu|trong suốt|mỏng tang",
    "id": "tembus pandang|transparan|nerawang",
    "tl": "see-through|naaaninag|kita ang loob",
    "ja": "透け|透明|シースルー",
    "zh": "透明|透视|全透|透出",
    "ko": "시스루|비치는|투명한|속이 비치",
}

WET = {
    "en": "wet=|soaked|soaking wet|drenched",
    "de": "nass=|nasse|nassen|nasses|durchnässt|klatschnass",
    "fr": "mouillé|trempé",
    "es": "mojad|empapad",
    "it": "bagnat|fradici",
    "pt": "molhad|encharcad",
    "nl": "natte|doorweekt|kletsnat",
    "pl": "mokr|przemoczon",
    "cs": "mokr|promoč",
    "sv": "våt=|blöt|genomblöt",
    "ru": "мокр|промокш",
    "uk": "мокр|промокл",
    "tr": "ıslak|sırılsıklam",
    "el": "βρεγμέν|μούσκεμα",
    "he": "רטוב|רטובה|ספוגה",
    "ar": "مبلول|مبلل|مبتل",
    "fa": "خیس",
    "hi": "गीली|गीला|भीगी|भीगा",
    "bn": "ভেজা|ভিজে",
    "th": "เปียก",
    "vi": "ướt",
    "id": "basah",
    "tl": "basa=|basang-basa",
    "ja": "濡れ|びしょ",
    "zh": "湿透|湿身|濕透|湿的",
    "ko": "젖은|젖어",
}

# A worn top or dress (the acts33 garments are the ones that slip: towels, robes, sheets); only the new pairs read these.
WEAR = {
    "en": "shirt|blouse|t-shirt|tee=|tank top|vest=|dress=|nightgown|gown=|saree|sari=|kurta",
    "de": "hemd|bluse|shirt|kleid|top=|nachthemd",
    "fr": "chemise|chemisier|robe=|t-shirt|débardeur|nuisette",
    "es": "camisa|blusa|camiseta|vestido|top=",
    "it": "camicia|camicetta|maglietta|vestito|abito",
    "pt": "camisa|blusa|camiseta|vestido|regata",
    "nl": "shirt|blouse|jurk|hemd",
    "pl": "bluzk|koszul|sukienk|podkoszul",
    "cs": "košil|halenk|tričk|šaty",
    "sv": "skjorta|blus|linne|klänning",
    "ru": "рубашк|блузк|футболк|плать|майк",
    "uk": "сорочк|блузк|футболк|сукн|вишиванк",
    "tr": "gömlek|bluz|tişört|elbise|atlet",
    "el": "πουκάμισο|μπλούζα|φόρεμα",
    "he": "חולצה|שמלה|גופייה",
    "ar": "قميص|فستان|بلوزة|عباية|بزي",
    "fa": "پیراهن|تاپ|مانتو",
    "hi": "साड़ी|कुर्ता|कुर्ते|शर्ट|टी-शर्ट",
    "bn": "শাড়ি|ফতুয়া|জামা",
    "th": "เสื้อ|ชุด",
    "vi": "áo=|váy",
    "id": "kemeja|kaos|baju|gaun|gamis",
    "tl": "damit|blusa|kamiseta",
    "ja": "シャツ|ブラウス|ワンピース|浴衣|tシャツ",
    "zh": "衬衫|衣服|白裙|裙子|汉服|t恤",
    "ko": "셔츠|블라우스|티셔츠|원피스",
}

# Dominant roles whose only sense is the BDSM one (dominatrix, Domina, femdom): with one instrument. (Italian and French
# "dominatrice" is also an adjective, "la squadra dominatrice": left to the two-piece reading of MISTRESS.)
DOMME = {
    "en": "dominatrix|domme=|femdom",
    "de": "domina",
    "es": "dominatriz",
    "pt": "dominatrix",
    "nl": "domina",
    "pl": "domina",
    "cs": "domina|dominy",
    "sv": "domina",
    "ru": "доминатрикс",
    "uk": "домінатрикс",
    "tr": "dominatrix",
    "el": "ντόμινα",
    "he": "דומינה|דומינטריקס",
    "ar": "دومينا|سيدة مسيطرة",
    "fa": "دومیناتریکس",
    "hi": "डोमिनेट्रिक्स",
    "bn": "ডমিনেট্রিক্স",
    "th": "ดอมมินาทริกซ์",
    "ko": "도미나|펨돔",
}

# Dominant roles that are also ordinary words (a mistress, a schoolmistress, a queen, a landlady, Madam): with two distinct
# instruments or a submissive partner, as SexualStatements (session 26) reads them ("la maîtresse d'école porte un collier" is a
# teacher's necklace).
MISTRESS = {
    "en": "mistress",
    "de": "herrin",
    "fr": "maîtresse|dominatrice",
    "es": "ama dominante|dominadora",
    "it": "padrona|dominatrice|mistress",
    "pt": "dominadora",
    "nl": "meesteres",
    "sv": "härskarinna",
    "ru": "госпожа",
    "uk": "пані домінантка",
    "tr": "hükmeden kadın",
    "el": "αφέντρα",
    "he": "מאסטרס",
    "fa": "ملکه سلطه‌گر",
    "vi": "nữ chủ nhân",
    "ja": "女王様|ミストレス|s女",
    "zh": "女王|s女",
    "ko": "여왕님",
}

SUB = {
    "en": "slave=|submissive|sub on his knees",
    "de": "sklave|sklavin|devot|unterwürfig",
    "fr": "soumis|soumise|esclave",
    "es": "esclavo|esclava|sumiso",
    "it": "schiavo|schiava|sottomesso",
    "pt": "escravo|escrava|submisso",
    "nl": "slaaf|onderdanig",
    "pl": "niewolnik|uległy|uległa",
    "cs": "otrok|submisivní",
    "sv": "slav=|undergiven",
    "ru": "раб=|раба=|рабыня|покорный",
    "uk": "раб=|рабиня|покірний",
    "tr": "köle|köleyi",
    "el": "σκλάβος|σκλάβα|υποτακτικός",
    "he": "שפחה|כנוע",
    "ar": "خاضع",
    "fa": "برده",
    "hi": "गुलाम",
    "bn": "দাস=|গোলাম",
    "th": "ทาส",
    "vi": "nô lệ",
    "id": "budak",
    "tl": "alipin",
    "ja": "奴隷|m男",
    "zh": "奴隶|奴隸|m男",
    "ko": "노예",
}

# Instruments and places of a BDSM scene.
GEAR = {
    "en": "whip|riding crop|latex|leather harness|collar and leash|leash|dungeon|paddle|ball gag|gag=|handcuffs",
    "de": "peitsche|gerte|latex|lack=|halsband|leine|kellerverlies|verlies|knebel|handschellen",
    "fr": "fouet|cravache|latex|collier|laisse|donjon|bâillon|menottes",
    "es": "látigo|fusta|látex|collar|correa|mazmorra|mordaza|esposas",
    "it": "frusta|frustino|latex|collare|guinzaglio|dungeon|cantina|bavaglio|manette",
    "pt": "chicote|látex|coleira|masmorra|mordaça|algemas",
    "nl": "zweep|latex|halsband|kerker|knevel|handboeien",
    "pl": "bat=|batem|pejcz|lateks|obroż|smycz|loch=|knebel|kajdank",
    "cs": "bič|latex|obojk|obojek|vodítk|sklep|roubík|pouta",
    "sv": "piska|latex|halsband|koppel|källare",
    "ru": "плётк|плетк|кнут|латекс|ошейник|поводок|подвал|кляп|наручник",
    "uk": "батіг|батогом|латекс|нашийник|повідок|підвал|кляп|наручник",
    "tr": "kırbaç|lateks|tasma|zindan|kelepçe",
    "el": "μαστίγιο|λάτεξ|κολάρο|λουρί|μπουντρούμι|χειροπέδες",
    "he": "שוט|לטקס|קולר|רצועה|מרתף|אזיקים",
    "ar": "سوط|كرباج|لاتكس|طوق|قبو|أصفاد",
    "fa": "شلاق|لاتکس|قلاده|زیرزمین|دستبند",
    "hi": "चाबुक|कोड़ा|लेटेक्स|पट्टा|तहखाना|हथकड़ी",
    "bn": "চাবুক|ল্যাটেক্স|বকলস|হাতকড়া",
    "th": "แส้|ลาเท็กซ์|ปลอกคอ|กุญแจมือ",
    "vi": "roi=|roi da|latex|vòng cổ|còng tay",
    "id": "cambuk|lateks|kalung leher|borgol",
    "tl": "latigo|posas",
    "ja": "ムチ|鞭|ラバー|ボンデージ|首輪|ハイヒールで踏|踏みつけ|地下室",
    "zh": "鞭子|皮鞭|乳胶|项圈|皮衣|踩在",
    "ko": "채찍|라텍스|목줄|개목걸이|밟는|밟히",
}

# A horse, a stable, a race or a laboratory: a whip, a crop, a collar or latex gloves are then theirs.
TACK = {
    "en": "horse|pony|jockey|equestrian|stable|dressage|lab=|laboratory|cattle|sled dog|dog walker",
    "de": "pferd|reiter|dressur|stall=|labor|hund",
    "fr": "cheval|jockey|cavalière|cavalier|écurie|laboratoire|chien",
    "es": "caballo|jinete|hípica|laboratorio|perro",
    "it": "cavallo|fantino|maneggio|laboratorio|cane",
    "pt": "cavalo|jóquei|laboratório|cachorro",
    "nl": "paard|ruiter|laboratorium|hond",
    "pl": "koń|konia|dżokej|laborator|pies|psa",
    "cs": "kůň|koně|žokej|laboratoř|pes=|psa",
    "ru": "лошад|конь|жокей|лаборатор|собак",
    "uk": "кінь|коня|жокей|лаборатор|собак",
    "tr": "at binen|atın|jokey|laboratuvar|köpek",
    "el": "άλογο|τζόκεϊ|εργαστήριο|σκύλο",
    "he": "סוס|רוכב|מעבדה|כלב",
    "ar": "حصان|فرس|مختبر|كلب",
    "fa": "اسب|آزمایشگاه|سگ",
    "hi": "घोड़|प्रयोगशाला|कुत्त",
    "th": "ม้า|ห้องแล็บ|สุนัข",
    "vi": "ngựa|phòng thí nghiệm|chó",
    "id": "kuda|laboratorium|anjing",
    "ja": "馬=|競馬|実験室|犬",
    "zh": "马=|骑马|实验室|狗",
    "ko": "말을|경마|실험실|강아지",
}

# Legs spread (a body configuration of a sex position) and the setting that makes it one.
SPREAD = {
    "en": "legs spread|spreading her legs|spreads her legs|spread legs|legs wide open|spread eagle",
    "de": "beine gespreizt|spreizt die beine|gespreizten beinen|breitbeinig",
    "fr": "jambes écartées|écarte les jambes|cuisses écartées",
    "es": "piernas abiertas|abre las piernas|abierta de piernas",
    "it": "gambe aperte|gambe divaricate|allarga le gambe|a cosce aperte",
    "pt": "pernas abertas|abre as pernas|de pernas abertas",
    "nl": "benen gespreid|spreidt haar benen|benen wijd",
    "pl": "rozłożone nogi|rozkłada nogi|rozłożonymi nogami",
    "cs": "roztahuje nohy|roztažené nohy|roztaženýma nohama",
    "sv": "särade ben|särar på benen|brett isär",
    "ru": "раздвинутыми ногами|раздвигает ноги|раздвинутые ноги|раздвинула ноги",
    "uk": "розсунутими ногами|розсуває ноги|розставлені ноги",
    "tr": "bacaklarını açmış|bacakları açık|bacaklarını açıyor",
    "el": "ανοιχτά πόδια|ανοίγει τα πόδια",
    "he": "פושקת רגליים|רגליים פשוקות|פותחת רגליים",
    "ar": "فاتحة رجليها|تفتح رجليها|ساقين مفتوحتين",
    "fa": "پاهاشو باز|پاهایش را باز",
    "hi": "टांगें फैला|टाँगें फैला|पैर फैला",
    "bn": "পা ফাঁক|পা ছড়িয়ে",
    "th": "อ้าขา|แหกขา|ถ่างขา",
    "vi": "dạng chân|banh chân|dạng háng",
    "id": "ngangkang|kaki terbuka lebar|membuka kaki",
    "tl": "nakabukaka|bumukaka",
    "ja": "開脚|脚を広げ|足を広げ|m字",
    "zh": "张开双腿|张开腿|分开双腿|开腿",
    "ko": "다리를 벌|다리 벌",
}

# Underwear the acts33 rows lack (a bodysuit of lingerie: "krajkové body").
UNDERWEAR2 = {
    "en": "lace bodysuit|lingerie",
    "cs": "krajkovém body|krajkové body|body z krajky",
    "de": "spitzenbody|dessous",
    "fr": "body en dentelle|lingerie",
    "es": "body de encaje|lencería",
    "it": "body di pizzo|lingerie",
    "pt": "body de renda|lingerie",
    "pl": "koronkowym body|bieliźnie",
}

# Changing and covert capture the acts33 rows lack.
CHANGE2 = {
    "en": "changing room|locker room|fitting room",
    "de": "umkleide",
    "fr": "vestiaire|cabine d'essayage",
    "es": "vestuario|probador",
    "it": "spogliatoio|camerino",
    "pt": "provador|vestiário",
    "nl": "kleedkamer|paskamer",
    "pl": "przebieralni|szatni",
    "cs": "šatně|převlékárn",
    "ru": "раздевалк|примерочн",
    "uk": "роздягальн|примірочн",
    "tr": "soyunma odası|giyinme kabini",
    "id": "ruang ganti|kamar ganti|lagi ganti baju",
    "th": "ห้องแต่งตัว|ห้องเปลี่ยนเสื้อ|ตอนเปลี่ยนชุด",
    "ja": "更衣室|着替え中|着替えている",
    "zh": "更衣室|试衣间",
    "ko": "탈의실|갈아입는",
    "vi": "phòng thay đồ",
}

COVERT2 = {
    "en": "cctv|voyeur|upskirt",
    "ko": "몰카|몰래카메라|몰래 찍",
    "ja": "盗撮カメラ|隠し撮り",
    "zh": "偷拍|隐藏摄像头|针孔摄像头",
    "id": "kamera tersembunyi|rekaman cctv|ngintip",
    "th": "กล้องแอบ",
    "vi": "camera giấu|quay trộm",
}

# The body said visible through or under a garment ("يبان جسمها", "शरीर स्पष्ट"): with a sheer garment, nudity.
REVEAL3 = {
    "ar": "يبان جسمها|يبين جسمها|جسمها كله باين|يظهر جسمها",
    "hi": "जिस्म दिख|शरीर दिख|बदन दिख",
    "bn": "শরীর স্পষ্ট|শরীর দেখা",
    "th": "เห็นหัวนม|เห็นทะลุถึง",
    "fa": "بدنش معلوم|بدنش پیدا",
    "en": "body visible|body showing through|nipples showing through",
}

HEADER = """# Act-part cues (session 33, i16-acts41), read with person-act-cues.tsv and act-order-cues.tsv by Rules/PersonActs.cs: a count
# of partners with a bed, group-sex count words, underwear or anything said absent under a garment, sheer and wet garments,
# BDSM roles with their instruments (a horse or a laboratory guards them), legs spread with lingerie or a bed, more changing and
# hidden-camera words. Generated by tools/acts41/act_parts.py; written for GenScreen from general knowledge of the 26 languages
# (MIT, this project); no third-party list. Columns as person-act-cues.tsv: kind, language, cue (a cue ending in '=' must end a word)."""


def rows(kind, table):
    for lang, cues in table.items():
        for cue in split_cues(cues, "|"):
            yield kind, lang, cue


def all_rows():
    for kind, table in (("count", COUNT), ("bed", BED), ("group", GROUP), ("underwear-none", UNDERWEAR_NONE),
                        ("nothing-under", NOTHING_UNDER), ("sheer", SHEER), ("wet", WET), ("wear", WEAR), ("domme", DOMME), ("mistress", MISTRESS),
                        ("sub", SUB), ("gear", GEAR), ("tack", TACK), ("spread", SPREAD), ("underwear", UNDERWEAR2),
                        ("change", CHANGE2), ("covert", COVERT2), ("reveal", REVEAL3)):
        yield from rows(kind, table)


if __name__ == "__main__":
    write_table(sys.argv[1] if len(sys.argv) > 1 else "-", HEADER.split("\n"), all_rows())
