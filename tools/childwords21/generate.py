#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/youth21/<lang>.json (session 20, i16-childwords21; the folder's name
sorts after en.json, so the built-in English lexicon still loads first).

Everyday child words and ages the lexicons still lacked, class by class in 26 languages: newborn and baby words, toddler,
preschooler and schoolchild words, colloquial and regional child words with their diminutives, kinship words that imply a
child (little son, granddaughter diminutives), age nouns and adjectives built by rule from the number stems (Russian
-летка/-летний, Ukrainian -річка/-річний, Czech -letý/-letá, Greek -χρονος/-χρονη in every case), ages said through a
birthday (Czech `osmé narozeniny`, Turkish `dokuzuna bastı`, Persian `هشت سالش شده`, Bengali `আট বছরে পা দিল`), and the
youngest sections of each country's scouting and guiding.

Section words that are also an animal, a plant or an ordinary word (Dutch welp and bever, Czech vlče and světluška, Italian
coccinella, Greek λυκόπουλο, Indonesian siaga, Arabic شبل and زهرة, Hindi बुलबुल) are generated only beside their
organisation or a scout word (`SECTIONS`: section forms x context words in both orders), never alone; section names no
other sense shares (yavrukurt, Wölfling, louvette, lobata, bäverscout, ビーバースカウト, 컵스카우트, ลูกเสือสำรอง) stand alone.

Inflected forms: a stem of a language with an inflection table (inflection/<lang>.json) is written out with that table's
endings, so every case of `новорождённ-`, `мальчуган-`, `грудничк-` is read without listing it by hand (not as an
`inflection` section of its own: each section adds a probe per ending to every word of every prompt).

Levels (docs/categories.md): 4 a word whose referent is a child; 3 a word also said of young adults or a stage that may end
at 18; 2 a relation or endearment an adult may be. Every term an earlier lexicon file already lists is skipped.
Written from general knowledge of the languages, their school systems and youth organisations (MIT, no list copied).
Run: python3 tools/childwords21/generate.py src/GenScreen.Core/Prompts/Lexicons/Data
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import existing_terms, write_lexicon  # noqa: E402

SRC = [{"source": "Written for GenScreen (issue 16, session 20, i16-childwords21) from general knowledge of the languages' child "
        "words, age grammar, school systems and youth organisations (WOSM and WAGGGS member sections); no third-party list copied.",
        "license": "MIT (this project)"}]


def M(level, *terms):
    return [(t, level) for t in terms]


def B(*terms):
    return [(t, 0) for t in terms]


# ------------------------------------------------------------------ morphology generators
RU_NUM = ['двух', 'трёх', 'трех', 'четырёх', 'четырех', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти',
          'одиннадцати', 'двенадцати', 'тринадцати', 'четырнадцати', 'пятнадцати', 'шестнадцати', 'семнадцати']
RU_LETKA = ['летка', 'летки', 'летке', 'летку', 'леткой', 'леток', 'леткам', 'летками', 'летках']
RU_LETNIJ = ['летний', 'летняя', 'летнее', 'летнего', 'летней', 'летнему', 'летним', 'летнюю', 'летние', 'летних', 'летними',
             'летнюю', 'летнем']


def russian_ages():
    out = []
    for i, s in enumerate(RU_NUM):
        teen = s in ('шестнадцати', 'семнадцати')
        # пятилетка is also the five-year plan, десятилетка a ten-year school: a hint of a child's age, not alone a child
        # пятилетка is also the five-year plan, десятилетка a ten-year school: left out
        if s not in ('пяти', 'десяти'):
            out += M(3 if teen else 4, *[s + e for e in RU_LETKA])
        # -летний also measures durations (пятилетний план, десятилетний опыт): a hint, not a child
        out += M(3 if not teen else 2, *[s + e for e in RU_LETNIJ if not e.startswith('летнее')])
    # months of an infant: двухмесячный малыш
    for s in ('одно', 'двух', 'трёх', 'трех', 'четырёх', 'четырех', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти'):
        # also a course's length (двухмесячный курс): a hint
        out += M(3, *[s + 'месячн' + e for e in ('ый', 'ая', 'ого', 'ой', 'ому', 'ую', 'ым', 'ые', 'ых')])
    out += M(4, *['годовал' + e for e in ('ый', 'ая', 'ого', 'ой', 'ому', 'ую', 'ым', 'ые', 'ых', 'ыми')])
    out += M(4, *['полугодовал' + e for e in ('ый', 'ая', 'ого', 'ой', 'ую', 'ые', 'ых')])
    return out


UK_NUM = ['дво', 'три', 'чотири', 'п\'яти', 'шести', 'семи', 'восьми', 'дев\'яти', 'десяти', 'одинадцяти', 'дванадцяти',
          'тринадцяти', 'чотирнадцяти', 'п\'ятнадцяти', 'шістнадцяти', 'сімнадцяти']
UK_RICHKA = ['річка', 'річки', 'річці', 'річку', 'річкою', 'річок', 'річкам', 'річками', 'річках']
UK_RICHNYJ = ['річний', 'річна', 'річного', 'річної', 'річному', 'річній', 'річним', 'річну', 'річною', 'річні', 'річних', 'річними']


def ukrainian_ages():
    out = []
    for s in UK_NUM:
        teen = s in ('шістнадцяти', 'сімнадцяти')
        # трирічка is also a three-year plan or school in older usage, п'ятирічка the five-year plan
        lvl = 3 if teen or s in ("п'яти", 'десяти') else 4
        if s in ("п'яти", 'десяти', "п'ятнадцяти"):
            # п'ятирічка is the five-year plan, and п'ятирічний / десятирічний contracts, plans and terms are everyday words:
            # an apostrophe keeps the grammar's compound ages from reading them, so they stay out here too
            continue
        forms = [s + e for e in UK_RICHKA]
        forms += [s.replace("'", '’') + e for e in UK_RICHKA if "'" in s]
        out += M(lvl, *forms)
        adj = [s + e for e in UK_RICHNYJ] + [s.replace("'", '’') + e for e in UK_RICHNYJ if "'" in s]
        out += M(3 if not teen else 2, *adj)
    for s in ('дво', 'три', 'чотири', 'шести', 'семи', 'восьми', 'десяти'):
        out += M(3, *[s + 'місячн' + e for e in ('ий', 'а', 'ого', 'ої', 'ому', 'у', 'им', 'і', 'их')])
    return out


CS_NUM = ['dvou', 'tří', 'čtyř', 'pěti', 'šesti', 'sedmi', 'osmi', 'devíti', 'deseti', 'jedenácti', 'dvanácti',
          'třinácti', 'čtrnácti', 'patnácti', 'šestnácti', 'sedmnácti']
CS_LETY = ['letý', 'letá', 'leté', 'letého', 'letému', 'letém', 'letým', 'letou', 'letí', 'letých', 'letými']
CS_ORD_N = {1: 'první', 2: 'druhé', 3: 'třetí', 4: 'čtvrté', 5: 'páté', 6: 'šesté', 7: 'sedmé', 8: 'osmé', 9: 'deváté', 10: 'desáté',
            11: 'jedenácté', 12: 'dvanácté', 13: 'třinácté', 14: 'čtrnácté', 15: 'patnácté'}


def czech_ages():
    out = []
    for s in CS_NUM:
        teen = s in ('šestnácti', 'sedmnácti')
        # -letý also measures durations (pětiletý plán, desetiletá zkušenost): a strong hint, level 3
        out += M(3 if not teen else 2, *[s + e for e in CS_LETY])
        # the -letka / -leťák nouns of a child's age (šestiletka, osmiletý kluk as osmileťák)
        if not teen:
            # also plans, schools and biennial plants (pětiletka, osmiletka, dvouletka): level 3
            out += M(3, *[s + e for e in ('letka', 'letky', 'letce', 'letku', 'letkou')])
    # an age said as a birthday: 'oslavila osmé narozeniny' (her eighth birthday), 'k desátým narozeninám'
    for n, o in CS_ORD_N.items():
        out += M(4, f'{o} narozeniny', f'{o} narozeninách', f'{o[:-1]}ých narozenin', f'{o[:-1]}ým narozeninám',
                 f'{o[:-1]}ými narozeninami')
    return out


EL_NUM = {'τρί': 3, 'τετρά': 4, 'πεντά': 5, 'εξά': 6, 'εφτά': 7, 'επτά': 7, 'οχτά': 8, 'οκτά': 8, 'εννιά': 9, 'εννεά': 9,
          'δεκά': 10, 'εντεκά': 11, 'ενδεκά': 11, 'δωδεκά': 12, 'δεκατριά': 13, 'δεκατεσσερά': 14, 'δεκαπεντά': 15,
          'δεκαεξά': 16, 'δεκαεφτά': 17, 'δεκαεπτά': 17, 'δίχρον': 2, 'δυόμισι χρονών': 2}
EL_XRONOS = ['χρονος', 'χρονη', 'χρονο', 'χρονου', 'χρονης', 'χρονοι', 'χρονες', 'χρονα', 'χρονων', 'χρονους']


def greek_ages():
    out = []
    for s, n in EL_NUM.items():
        if ' ' in s or s.endswith('ν'):
            continue
        out += M(4 if n < 16 else 3, *[s + e for e in EL_XRONOS])
    out += M(4, *['δίχρον' + e for e in ('ος', 'η', 'ο', 'ου', 'ης', 'οι', 'ες', 'α', 'ων')])
    out += M(4, *['μωρ' + e for e in ('άκι', 'άκια', 'ουδάκι', 'ουδάκια')])
    return out


TR_NUM_DAT = {1: 'birine', 2: 'ikisine', 3: 'üçüne', 4: 'dördüne', 5: 'beşine', 6: 'altısına', 7: 'yedisine', 8: 'sekizine',
              9: 'dokuzuna', 10: 'onuna', 11: 'on birine', 12: 'on ikisine', 13: 'on üçüne', 14: 'on dördüne', 15: 'on beşine'}
TR_TURN = ['bastı', 'girdi', 'basacak', 'girecek', 'basıyor', 'giriyor', 'yeni bastı', 'yeni girdi']


def turkish_ages():
    """'dokuzuna bastı' (stepped into her ninth: turned nine): the number in the possessive dative before a verb of entering."""
    out = []
    # 1-4 are also 'someone', 'both', 'the three' (birine bastı: stepped on someone; üçüne de girdi); girdi is 'entered'
    for n, d in TR_NUM_DAT.items():
        if 5 <= n <= 10:  # 11-15 start with 'on', a word of every English prompt
            out += M(4, *[f'{d} {v}' for v in TR_TURN if 'bas' in v])
    return out


# ------------------------------------------------------------------ youngest sections: (section forms, context words, alone?)
# A section word another sense shares stands only beside a context word of its organisation (both orders, optional
# connector); a section name no other sense shares stands alone as well.
SECTIONS = {
    'en': ([("beaver scout", "beaver scouts", "beaver colony", "tiger scout", "tiger scouts", "lion scout", "lion scouts",
             "joey scout", "joey scouts", "kea scout", "keas scout", "rainbow guide", "rainbow guides", "sparks guide",
             "squirrel scout", "squirrel scouts", "daisy scout", "daisy scouts", "daisy girl scout", "cub scout den")], [], True),
    'de': ([("wölfling", "wölflinge", "wölflingen", "wölflingsstufe", "biberstufe", "wichtelstufe", "jungpfadfinder",
             "jungpfadfinderin", "jungpfadfinderinnen", "kinderstufe der pfadfinder")], [], True),
    'fr': ([("farfadet", "farfadets", "jeannette", "jeannettes", "baladin", "baladins", "nuton", "nutons", "castor", "castors",
             "lutin", "lutins", "louvette", "louvettes")], ["scout", "scoute", "scouts", "scoutes", "des scouts", "chez les scouts",
                                                            "en uniforme scout", "de la meute", "guide", "guides"], False),
    'es': ([("lobata", "lobatas", "lobato", "lobatos", "castor", "castores", "golondrina", "golondrinas")],
           ["scout", "scouts", "de los scouts", "del grupo scout", "de la manada", "en la manada", "con la pañoleta"], False),
    'it': ([("coccinella", "coccinelle"), ("lupetto", "lupetta", "lupetti", "lupette", "castorino", "castorini", "castorina",
             "castorine")], ["scout", "agesci", "del cerchio", "cerchio delle coccinelle", "dello scoutismo", "cngei", "fazzolettone"], False),
    'pt': ([("lobinho", "lobinhos", "lobita", "lobitas", "lobito", "lobitos", "castor", "castores")],
           ["escoteiro", "escoteira", "escoteiros", "escoteiras", "do escotismo", "escuteiro", "escuteira", "escuteiros", "dos escuteiros",
            "alcateia", "da alcateia", "uniforme de escoteiro"], False),
    'nl': ([("welp", "welpen", "welpje", "welpjes", "bever", "bevers", "kabouter", "kabouters", "esta", "esta's")],
           ["scouting", "van scouting", "bij scouting", "van de scouting", "bij de scouting", "scout", "scouts", "welpenhorde",
            "bij de welpen", "scoutingdas", "das om"], False),
    'ru': ([("орлёнок", "орленок", "орлята", "орлёнка", "орленка", "октябрёнка", "октябренка", "октябрёнку",
             "октябрятами", "скаут-волчонок", "волчонок-скаут", "волчата-скауты")], ["россии", "скаут", "скауты", "отряд",
                                                                                   "звёздочка", "звёздочкой", "звездочкой"], False),
    'uk': ([("новачок", "новачка", "новачки", "новачків", "новаки", "новак", "пташеня", "пташенята")],
           ["пласту", "пласт", "пластовий", "пластова", "пластовому", "пластовій", "в пласті", "у пласті", "пластун", "пластунка",
            "скаут", "скаутів"], False),
    'pl': ([("zuch", "zuchy", "zuchem", "zucha", "zuchów", "zuchowi", "zuchami", "zuchenka", "zuchenką", "zuchence",
             "skrzat", "skrzaty", "skrzacik")], ["zhp", "zhr", "harcerstwa", "harcerski", "gromady", "z gromady", "harcerz",
                                                 "w mundurku", "w mundurkach", "mundurek"], False),
    'cs': ([("vlče", "vlčete", "vlčeti", "vlčetem", "vlčata", "vlčat", "vlčatům", "vlčaty", "světluška", "světlušky",
             "světlušce", "světlušku", "světluškou", "světlušek", "benjamínek", "benjamínci", "benjamínků", "jiskřička")],
           ["skaut", "skautka", "skautský", "skautském", "skautská", "junáka", "junák", "v junáku", "v kroji", "kroj", "z oddílu",
            "oddílu", "oddíl", "na táboře", "u táboráku", "ze smečky", "smečka", "roje", "z roje"], False),
    'sv': ([("bäverscout", "bäverscouter", "bäverscouten", "bäverscouterna", "spårarscout", "spårarscouter", "spårare",
             "spårarna", "miniorscout", "miniorscouter", "upptäckarscout", "upptäckarscouter")], [], True),
    'el': ([("λυκόπουλο", "λυκόπουλα", "λυκόπουλου", "λυκόπουλων", "λυκοπουλάκι", "λυκοπουλάκια")], ["προσκόπων", "προσκοπική", "προσκοπικό", "στην αγέλη", "της αγέλης", "αγέλη", "προσκοπισμού",
                                          "με μαντήλι", "στην κατασκήνωση", "οδηγισμού"], False),
    'tr': ([("yavrukurt", "yavrukurtlar", "yavrukurdu", "yavrukurtları", "yavrukurda", "yavrukurtlara", "yavrukurtluk",
             "minik izci", "minik izciler", "yavru izci", "yavru izciler", "küçük izci", "küçük izciler")], [], True),
    'ja': ([("ビーバースカウト", "ビーバー隊", "カブ隊", "カブスカウト隊", "ブラウニー部門", "テンダーフット部門", "ガールスカウトのブラウニー",
             "ガールスカウトのテンダーフット")], [], True),
    'zh': ([("幼童军", "幼童軍", "小童军", "小童軍", "海狸童军", "海狸童軍", "小女童军", "小女童軍", "幼女童军", "幼女童軍", "少年先锋队员",
             "少年先鋒隊員", "少先队队员", "少先隊員")], [], True),
    'ko': ([("비버스카우트", "비버 스카우트", "컵스카우트", "컵 스카우트", "컵스카우트 대원", "아람단", "아람단원", "누리단", "누리단원",
             "한별단원", "파랑새단", "걸스카우트 브라우니")], [], True),
    'th': ([("ลูกเสือสำรอง", "เนตรนารีสำรอง", "ลูกเสือสามัญ")], [], True),
    'vi': ([("sao nhi đồng", "nhi đồng", "đội viên thiếu niên", "đội viên đội thiếu niên", "thiếu niên tiền phong",
             "đội thiếu niên tiền phong", "hướng đạo sinh nhỏ", "ấu sinh hướng đạo", "ấu sinh")], [], True),
    'id': ([("siaga", "penggalang"), ("barung", "regu")], ["pramuka", "anggota pramuka", "gerakan pramuka", "kwartir", "kacu",
                                                          "pakai kacu", "perkemahan"], False),
    'ar': ([("شبل", "أشبال", "اشبال", "شبلة", "زهرة", "زهرات", "براعم")], ["الكشافة", "الكشاف", "كشافة", "كشاف", "كشفي", "الكشفي", "من الكشافة", "في الكشافة",
                                                                           "المرشدات", "مرشدات", "فرقة الكشافة"], False),
    'fa': ([("پیشاهنگ کوچک", "پیشاهنگان کوچک", "توله پیشاهنگ", "توله‌پیشاهنگ", "پیشاهنگ خردسال")], [], True),
    'he': ([("חניך", "חניכה", "חניכים", "חניכות", "חניכי", "חניכת")], ["בצופים", "הצופים", "של הצופים", "בבני עקיבא",
                                                                   "בתנועת הנוער", "בשבט", "בכנפיים של קרמבו", "בהנוער העובד"], False),
    'hi': ([("बुलबुल", "बुलबुलें")], ["गाइड", "भारत स्काउट्स", "स्काउट्स एंड गाइड्स", "स्काउट गाइड"], False),
    'bn': ([("কাব", "কাবস", "হলদে পাখি")], ["স্কাউট", "স্কাউটস", "গার্ল গাইড", "গাইড", "ক্যাম্পে"], False),
    'tl': ([("kab scout", "kab scouts", "kid scout", "kid scouts", "twinkler", "twinklers", "kab iskawt",
             "batang iskawt", "iskawt na bata")], [], True),
}

# section names no other sense shares, beside a language's context-bound ones; and section levels other than 4 (Hebrew
# youth movements keep members to 18)
SECTIONS_ALONE = {
    'fr': ['louveteau scout', 'louveteaux scouts', 'farfadets de france'],
    'uk': ['улад пластових новаків', 'пластун-новак', 'пластунка-новачка', 'пластуни-новаки', 'юний пластун', 'юна пластунка',
           'юні пластуни', 'юного пластуна', 'юну пластунку'],
    'hi': ['कब स्काउट', 'कब स्काउट्स', 'कब बुलबुल', 'बुलबुल गाइड'],
    'el': ['λυκόπουλο των προσκόπων', 'λυκόπουλα των προσκόπων'],
}
SECTION_LEVEL = {'he': 3}
# the context words a section is generated beside, at most five per language: every phrase more costs the term matcher
# on every prompt (BenignPromptStepTests), so the words that most often stand right after a section were kept
CONTEXT_KEPT = {
    'fr': ["scout", "scoute", "des scouts", "de la meute", "guide"], 'es': ["scout", "scouts", "de los scouts", "de la manada"],
    'it': ["scout", "agesci", "del cerchio", "cngei"], 'pt': ["escoteiro", "escoteira", "escuteiro", "da alcateia"],
    'nl': ["scouting", "van scouting", "bij scouting", "van de scouting", "bij de scouting"],
    'ru': ["россии", "скаут", "скауты", "отряд"], 'uk': ["пласту", "в пласті", "у пласті", "пластун", "пластунка"],
    'pl': ["z gromady", "w mundurku", "zhp", "harcerski"], 'cs': ["skaut", "v kroji", "z oddílu", "u táboráku", "junáka"],
    'el': ["προσκόπων", "στην αγέλη", "με μαντήλι", "στην κατασκήνωση"], 'id': ["pramuka", "kwartir", "perkemahan", "pakai kacu"],
    'ar': ["الكشافة", "كشافة", "من الكشافة", "المرشدات"], 'he': ["בצופים", "הצופים", "בבני עקיבא", "בתנועת הנוער"],
}

CONNECT = {'en': ['', 'of the', 'in the'], 'it': ['', 'degli', 'del', 'dei', 'delle', 'in', 'con il'], 'pt': ['', 'dos', 'do', 'da'],
           'nl': ['', 'van', 'bij'], 'ru': ['', 'из', 'со'], 'uk': ['', 'з', 'із'], 'pl': ['', 'z', 'ze'], 'cs': ['', 'z', 'ze', 'v'],
           'el': ['', 'των', 'της', 'με'], 'id': ['', 'di', 'dari'], 'ar': ['', 'في', 'من'], 'he': [''], 'hi': ['', 'का', 'की'],
           'bn': ['', 'এর']}


def sections(lang):
    groups, ctx, alone = SECTIONS[lang]
    ctx = CONTEXT_KEPT.get(lang, ctx)
    level = SECTION_LEVEL.get(lang, 4)
    out = M(4, *SECTIONS_ALONE.get(lang, []))
    for forms in groups:
        if alone or not ctx:
            out += M(level, *forms)
            continue
        for f in forms:
            for c in ctx:
                # section first, no connector (a context word carries its own: 'van scouting', 'u táboráku', 'من الكشافة');
                # Indonesian names the movement first (Pramuka Siaga). Every phrase more costs the matcher on every prompt.
                out += M(level, f'{f} {c}')
                if lang == 'id':
                    out += M(level, f'{c} {f}')
    return out


# ------------------------------------------------------------------ plain words per language (class by class)
DATA = {
 'en': M(4, 'neonate', 'neonates', 'newborns', 'new-born', 'new born baby', 'infant girl', 'infant boy', 'tot', 'toddler girl',
         'toddler boy', 'preschool girl', 'preschool boy', 'pre-k kid', 'pre-k girl', 'pre-k boy', 'pre-schooler', 'pre-schoolers',
         'grade-schooler', 'grade-schoolers', 'elementary schooler', 'elementary schoolers', 'elementary-schooler', 'tweenager',
         'tweenagers', 'tweenie', 'tweenies', 'wee lass', 'wee lad', 'wee one', 'wee ones', 'little lass', 'little lad',
         'kiddo', 'kiddos', 'little bub', 'young un', 'young uns', 'youngling', 'younglings', 'nipper of', 'grandbaby', 'grandbabies',
         'baby granddaughter', 'baby grandson', 'little granddaughter', 'little grandson', 'early teens',
         'early-teen', 'early teen girl', 'early teen boy', 'barely a teen', 'not yet a teen', 'pre-pubescent',
         'prepubescent'),
 'de': M(4, 'neugeborenes', 'neugeborene', 'neugeborenen', 'ein neugeborener', 'säugling', 'säuglinge', 'säuglings', 'kleinkind',
         'kleinkinder', 'kleinkindes', 'krabbelkind', 'krabbelkinder', 'wickelkind', 'bub', 'bua', 'büble', 'bübchen', 'buberl',
         'bubi', 'steppke', 'steppkes', 'knirpse', 'lausemädchen', 'dreikäsehoch', 'dreikäsehochs', 'töchterchen', 'söhnchen',
         'söhnchens', 'enkelchen', 'enkeltöchterchen', 'grundschulkind', 'grundschulkinder', 'erstklässlerin', 'zweitklässlerin',
         'drittklässler', 'drittklässlerin', 'viertklässler', 'viertklässlerin', 'fünftklässler', 'fünftklässlerin',
         'sechstklässler', 'sechstklässlerin', 'teenie', 'teenies', 'frühteen', 'zwölfjährige', 'knabe', 'knaben', 'mädle',
         'mädli', 'meitli', 'meitschi', 'giele', 'gielen', 'bengel') + B('bubikopf', 'bubi-kopf', 'bub mit', 'teenie-schwarm'),
 'fr': M(4, 'nouveau-né', 'nouveau-née', 'nouveau-nés', 'nouveau-nées', 'nouveau né', 'nouveau née', 'nourrisson', 'nourrissons',
         'bambin', 'bambine', 'bambins', 'bambines', 'petiot', 'petiote', 'petiots', 'gamine', 'gamines', 'gamin', 'gamins',
         'marmot', 'marmots', 'bout d\'chou', 'loupiot', 'mioche', 'mioches', 'pitchoun', 'pitchoune', 'pitchouns', 'drôle de dix ans',
         'petit bout', 'petite fille de cinq ans', 'fillette', 'fillettes', 'garçonnet', 'garçonnets', 'écolière', 'écolières',
         'écolier', 'écoliers', 'maternelle', 'en maternelle', 'petite de maternelle', 'petit de maternelle', 'élève de cp',
         'élève de ce1', 'élève de ce2', 'élève de cm1', 'élève de cm2', 'en ce1', 'en ce2', 'en cm1', 'en cm2', 'de ce1', 'de ce2',
         'de cm1', 'de cm2', 'collégienne de sixième', 'préado', 'préados', 'pré-ado', 'pré-ados', 'préadolescente', 'préadolescent',
         'petite-fille de huit ans', 'ma petite-fille de') + M(3, 'collégienne', 'collégiennes', 'collégien', 'collégiens'),
 'es': M(4, 'recién nacidos', 'recién nacidas', 'neonato', 'neonata', 'neonatos', 'bebita', 'bebito', 'bebitas', 'bebitos',
         'guagua', 'guagüita', 'guagüito', 'guaguas', 'chiquillo', 'chiquilla', 'chiquillos', 'chiquillas', 'crío pequeño',
         'cría pequeña', 'chamaco', 'chamaca', 'chamacos', 'chamaquito', 'chamaquita', 'escuincla', 'escuincles', 'chavalín',
         'chavalines', 'cipote', 'cipota', 'cipotes', 'cipotío', 'pelado chiquito', 'carajito', 'carajita', 'carajitos', 'patojo',
         'patoja', 'patojos', 'güila', 'güilas', 'chiquitico', 'chiquitica', 'pibito de', 'nietecita', 'nietecito', 'nietita', 'nietito',
         'hijita', 'hijito', 'preadolescente', 'preadolescentes', 'preescolar', 'niña de preescolar', 'niño de preescolar',
         'alumno de primaria', 'alumna de primaria', 'de primero de primaria', 'de segundo de primaria', 'de tercero de primaria',
         'de cuarto de primaria', 'de quinto de primaria', 'de sexto de primaria', 'de primer grado', 'de segundo grado',
         'de tercer grado', 'de cuarto grado', 'de quinto grado', 'de sexto grado') + M(3, 'pibe', 'pibes', 'chaval', 'chavala'),
 'it': M(4, 'neonato', 'neonata', 'neonati', 'neonate', 'lattante', 'lattanti', 'poppante', 'poppanti', 'bimbetto', 'bimbetta',
         'bimbetti', 'bimbette', 'bambinetto', 'bambinetta', 'frugoletto', 'frugoletta', 'frugoletti', 'pupo', 'pupa di tre anni',
         'pupetto', 'pupetta', 'scugnizzo', 'scugnizza', 'scugnizzi', 'creatura di', 'piccirillo', 'piccerella', 'ninno', 'ninna',
         'muccusiello', 'nipotina', 'nipotino', 'nipotine', 'nipotini', 'figlioletto', 'figlioletta', 'figlioletti', 'figliolette',
         'preadolescente', 'preadolescenti', 'alunno delle elementari', 'alunna delle elementari', 'di prima elementare',
         'di seconda elementare', 'di terza elementare', 'di quarta elementare', 'di quinta elementare', 'di prima media',
         'di seconda media', 'di terza media', 'della materna', 'bimbo dell\'asilo', 'bimba dell\'asilo') +
       B('pupa del', 'pupa della', 'la pupa e il secchione', 'pupa di farfalla'),
 'pt': M(4, 'recém-nascido', 'recém-nascida', 'recém-nascidos', 'recém-nascidas', 'recém nascido', 'recém nascida', 'neném',
         'nenéns', 'nenê', 'bebezinho', 'bebezinha', 'bebezinhos', 'pirralho', 'pirralha', 'pirralhos', 'pirralhas', 'piá', 'piás',
         'guri pequeno', 'moleque de', 'molequinho', 'molequinha', 'criancinha', 'criancinhas', 'garotinho', 'garotinha',
         'menininho', 'menininha', 'netinho', 'netinha', 'netinhos', 'netinhas', 'filhinho', 'filhinha', 'petiz', 'petizes',
         'catraia pequena', 'puto pequeno', 'miúdo de', 'miúda de', 'pré-adolescente', 'pré-adolescentes', 'pré-escolar',
         'do ensino fundamental', 'do fundamental i',
         'da creche', 'do jardim de infância', 'do prézinho') + M(3, 'moleque', 'moleques'),
 'nl': M(4, 'pasgeborene', 'pasgeborenen', 'pasgeboren baby', 'pasgeboren meisje', 'pasgeboren jongetje', 'zuigeling',
         'zuigelingen', 'baby\'tje', 'baby\'tjes', 'peutertje', 'peutertjes', 'kleutertje', 'kleutertjes', 'ukje', 'ukjes',
         'hummeltje', 'kereltje', 'kereltjes', 'ventje', 'mannetje van', 'meiske van', 'kleinkind', 'kleinkinderen', 'kleindochtertje',
         'kleinzoontje', 'jongetje', 'jongetjes', 'joch', 'jochie', 'jochies', 'knulletje', 'basisschoolleerling', 'basisschoolleerlinge',
         'kleuter uit groep', 'leerling uit groep', 'leerlinge uit groep', 'uit groep 1', 'uit groep 2', 'uit groep 3', 'uit groep 4',
         'uit groep 5', 'uit groep 6', 'uit groep 7', 'uit groep 8', 
         'brugklasser', 'brugklassers', 'brugklasleerling', 'tienertje', 'tienertjes',
         *[f'van een jaar of {n}' for n in ('drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf')]) +
       M(3, *[f'van een jaar of {n}' for n in ('dertien', 'veertien')]) + B('groep 8 reünie'),
 'ru': M(4, 'новорождённый', 'новорождённая', 'новорожденный', 'новорожденная', 'новорождённого', 'новорождённой', 'новорожденного',
         'новорожденной', 'новорождённые', 'новорожденные', 'новорождённых', 'новорожденных', 'младенец', 'младенца', 'младенцы',
         'младенцем', 'младенцу', 'грудничок', 'грудничка', 'груднички', 'грудничков', 'грудной ребёнок', 'грудной ребенок',
         'мальчуган', 'мальчугана', 'мальчуганы', 'мальчуганом', 'мальчишечка', 'девчоночка', 'девчушечка', 'дочурка', 'дочурку',
         'дочуркой', 'дочурки', 'сынишка', 'сынишку', 'сынишкой', 'сынишке', 'сыночек', 'сыночка', 'сыночком', 'внучок', 'внучка лет',
         'внучонок', 'внученька', 'внучку лет', 'малыш лет', 'малышка лет', 'ясельник', 'ясельница', 'ясельники', 'ясельного возраста',
         'детсадовец', 'детсадовка', 'детсадовцы', 'детсадовский', 'младшеклассник', 'младшеклассница', 'младшеклассники',
         'младшеклассников', 'первоклашка', 'первоклашки', 'второклашка', 'второклашки', 'третьеклашка', 'четвероклашка',
         'пятиклашка', 'пятиклашки', 'шестиклашка', 'семиклашка', 'пацанёнок', 'пацаненок', 'пацанята', 'школота',
         'малявка', 'малявки', 'шкет', 'шкеты', 'шкета', 'сорванец', 'сорванцы', 'постреленок', 'постреленка', 'егоза', 'кроха',
         'крохотулька', 'бутуз', 'бутуза', 'ползунок', 'ползунки', 'трёхлеток', 'подросток лет', 'подростки лет', 'лет десяти',
         'лет одиннадцати', 'лет двенадцати', 'лет восьми', 'лет девяти', 'лет семи', 'лет шести', 'лет пяти') +
       B('ползунки для', 'егоза-', 'шкет-', 'кроха-сын'),
 'uk': M(4, 'новонароджений', 'новонароджена', 'новонародженого', 'новонародженої', 'новонароджені', 'новонароджених',
         'немовля', 'немовляти', 'немовлям', 'немовлята', 'немовлят', 'немовлятко', 'малятко', 'малюча', 'малючок', 'ясельник',
         'ясельниця', 'ясельники', 'дошкільник', 'дошкільниця', 'дошкільники', 'дошкільнята', 'садочківець', 'хлопчак', 'хлопчака',
         'хлопчаки', 'хлопчиня', 'хлопчисько', 'хлопченя', 'хлопченята', 'дівча', 'дівчати', 'дівчам', 'дівчата років', 'дівчинонька',
         'дівчинка-підліток', 'синочок', 'синочка', 'синочку', 'синочком', 'доня', 'доньку', 'донечка', 'донечку', 'донечкою',
         'онучок', 'онучка', 'онучку', 'онучкою', 'онученька', 'онуча', 'першачок', 'першокласник', 'першокласниця', 'другокласник',
         'другокласниця', 'третьокласник', 'четвертокласник', 'четвертокласниця', 'п\'ятикласник', 'п\'ятикласниця', 'шестикласник',
         'шестикласниця', 'молодший школяр', 'молодша школярка', 'молодшокласник', 'молодшокласниця', 'школярик', 'школярка',
         'малеча', 'карапуз', 'карапузик', 'шибеник', 'шмаркач', 'шмаркачка', 'років семи', 'років восьми', 'років дев\'яти',
         'років десяти', 'років шести', 'років п\'яти', 'років одинадцяти', 'років дванадцяти'),
 'pl': M(4, 'noworodek', 'noworodka', 'noworodki', 'noworodkiem', 'noworodków', 'niemowlę', 'niemowlęcia', 'niemowlęta', 'niemowląt',
         'niemowlaczek', 'bobas', 'bobasa', 'bobasy', 'bobasem', 'bobaska', 'bobasek', 'brzdąca', 'brzdące', 'brzdącem', 'smyka',
         'smykiem', 'maluszek', 'maluszka', 'maluszki', 'maluch', 'malucha', 'maluchy', 'przedszkolak', 'przedszkolaka', 'przedszkolaki',
         'przedszkolakiem', 'przedszkolaczka', 'przedszkolaczek', 'uczeń podstawówki', 'uczennica podstawówki', 'uczeń klasy',
         'wnusia', 'wnuczek', 'wnuczka lat', 'córeczka', 'córeczki', 'córeczkę', 'synek', 'synka', 'synkiem', 'synkowi', 'gówniarz z',
         'dzieciak', 'dzieciaka', 'dzieciaki', 'dzieciakiem', 'berbeć', 'berbecia', 'berbecie', 'pędrak', 'pędraki', 'szczyl', 'szczyle'),
 'cs': M(4, 'novorozeně', 'novorozeněte', 'novorozeněti', 'novorozenětem', 'novorozeňata', 'novorozenec', 'novorozence',
         'novorozenci', 'kojenec', 'kojence', 'kojenci', 'kojencem', 'batole', 'batolete', 'batoleti', 'batoletem', 'batolata',
         'batolátko', 'mimino', 'miminko', 'miminka', 'miminku', 'miminkem', 'mimina', 'synáček', 'synáčka', 'synáčkovi', 'synáčkem',
         'dcerka', 'dcerku', 'dcerce', 'dceruška', 'dcerušku', 'vnučka', 'vnučky', 'vnučce', 'vnučku', 'vnoučátko', 'vnouček', 'vnoučka',
         'klučina', 'klučinu', 'klučík', 'klučíka', 'klučíci', 'capart', 'caparta', 'caparti', 'prcek', 'holčička', 'holčičky',
         'holčičku', 'holčičce', 'předškolák', 'předškoláka', 'předškoláci', 'předškolačka', 'předškolačky', 'školáček', 'školačka',
         'školačky', 'školáci', 'prvňáček', 'prvňačka', 'prvňáci', 'druháček', 'druhačka', 'třeťák', 'třeťačka', 'čtvrťák',
         'páťák', 'páťačka', 'šesťák', 'šesťačka', 'puberťák', 'puberťačka', 'puberťáci', 'žák třetí třídy', 'žákyně třetí třídy',
         'žák první třídy', 'žák druhé třídy', 'žák čtvrté třídy', 'žák páté třídy', 'žákyně první třídy', 'žákyně druhé třídy',
         'žákyně čtvrté třídy', 'žákyně páté třídy', 'ze školky', 've školce', 'dítě ze školky'),
 'sv': M(4, 'nyfödd', 'nyfödda', 'nyfödd bebis', 'den nyfödda', 'spädbarn', 'spädbarnet', 'spädbarnen', 'parvel', 'parveln',
         'parvlar', 'knatte', 'knatten', 'knattar', 'småtjej', 'småtjejer', 'småkille', 'småkillar', 'smågrabb', 'smågrabbar',
         'flickunge', 'flickungen', 'pojkunge', 'pojkungen', 'grabben är', 'lillgrabb', 'dottern fyllde', 'sonen fyllde',
         'förskolebarn', 'förskolebarnet', 'dagisbarn', 'dagisbarnet', 'lågstadieelev', 'lågstadieelever', 'lågstadiebarn',
         'mellanstadieelev', 'mellanstadieelever', 'elev i ettan', 'elev i tvåan', 'elev i trean', 'elev i fyran', 'elev i femman',
         'elev i sexan', 'går i ettan', 'går i tvåan', 'går i trean', 'går i femman', 'går i sexan', 'barnbarnet', 'barnbarnen',
         'lillasyster på', 'lillebror på', 'tweenie', 'tonåring på tolv', 'snart tolv', 'nästan tolv', 'nästan elva', 'nästan tio',
         'på nästan'),
 'el': M(4, 'νεογέννητο', 'νεογέννητα', 'νεογέννητου', 'νεογέννητων', 'νεογνό', 'νεογνά', 'βρέφος', 'βρέφη', 'βρέφους',
         'μπεμπάκι', 'μπεμπάκια', 'μωράκι', 'μωράκια', 'νήπιο', 'νήπια', 'νηπίου', 'νηπιάκι', 'πιτσιρικάκι', 'πιτσιρικάκια',
         'πιτσιρικάς', 'πιτσιρικά', 'πιτσιρικάδες', 'αγοράκι', 'αγοράκια', 'κοριτσάκι', 'κοριτσάκια', 'γιόκας', 'γιόκα',
         'εγγονούλα', 'εγγονούλες', 'εγγονάκι', 'εγγονάκια', 'ανιψούλα', 'ανιψάκι', 'κορούλα', 'νηπιαγωγείου', 'του νηπιαγωγείου',
         'μαθητής δημοτικού', 'μαθήτρια δημοτικού', 'μαθητές δημοτικού', 'του δημοτικού', 'της α\' δημοτικού', 'της β\' δημοτικού',
         'της γ\' δημοτικού', 'της δ\' δημοτικού', 'της ε\' δημοτικού', 'της στ\' δημοτικού', 'α\' δημοτικού', 'β\' δημοτικού',
         'γ\' δημοτικού', 'δ\' δημοτικού', 'ε\' δημοτικού', 'στ\' δημοτικού', 'προέφηβη', 'προέφηβος', 'πάει για 10', 'πάει για 11',
         'πάει για 12', 'πάει για δέκα', 'πάει για έντεκα', 'πάει για δώδεκα', 'πάει για 9', 'πάει για 8'),
 'tr': M(4, 'yeni doğmuş', 'yenidoğan', 'yeni doğan bebek', 'yenidoğan bebek', 'süt bebeği', 'kundaktaki bebek', 'emzikli bebek',
         'minik kız', 'minik oğlan', 'minicik', 'ufaklık', 'ufaklıklar', 'ufaklığı', 'küçükbey', 'küçük hanım', 'kızcağız',
         'oğlancık', 'yumurcak', 'bücür', 'bebiş', 'bebişim', 'torunum', 'torunumuz', 'kız torunum', 'erkek torunum', 'yeğenim',
         'yeğenimiz', 'kreşe giden', 'anaokuluna giden', 'ilkokula giden', 'ilkokullu', 'ilkokullu kız', 'ilkokullu çocuk',
         'ortaokullu', 'ortaokullu kız', 'ortaokulu', 'ortaokula giden', 'ilkokul öğrencisi', 'ilkokul birinci sınıf',
         'ilkokul ikinci sınıf', 'ilkokul üçüncü sınıf', 'ilkokul dördüncü sınıf', 'ortaokul birinci sınıf', 'lise 1\'e giden',
         'buçuk yaşında', 'bir buçuk yaşında', 'iki buçuk yaşında', 'üç buçuk yaşında', 'dört buçuk yaşında', 'aylık bebek',
         'aylık bebeğim', 'henüz dört aylık', 'henüz altı aylık', 'neredeyse on iki', 'neredeyse on bir', 'neredeyse on',
         'neredeyse dokuz') + M(2, 'minik', 'bebeğimiz') + B('minik etek', 'minik şort', 'minik bikini', 'minik elbise'),
 'ja': M(4, '新生児', '新生児の', '生まれたての赤ちゃん', '生まれたての', '乳児', '乳飲み子', '赤ん坊', '赤子', 'ベビー', 'あかちゃん',
         '幼児', 'よちよち歩き', '年少さん', '年中さん', '年長さん', '年少組', '年中組', '年長組', '園児', '未就学児', 'わんぱく坊主',
         'わんぱく小僧', '悪ガキ', '坊や', 'ちびっ子', 'おちびちゃん', '孫娘', '孫息子', 'お孫さん', '小学一年生', '小学二年生',
         '小学三年生', '小学四年生', '小学五年生', '小学六年生', '小1', '小2', '小3', '小4', '小5', '小6', '中1', '中2', '中一', '中二',
         '中学一年', '中学二年', '中学1年', '中学2年', '10代前半', '十代前半', 'ローティーン', '低学年', '高学年', '小学校低学年',
         '小学校高学年') + B('小1時間', '小一時間', '中二病', '厨二病', '中2病', 'ベビーフェイス', 'ベビードール', 'ベビーピンク', 'ベビーオイル', 'ベビーパウダー', 'ベビーブルー'),
 'zh': M(4, '新生儿', '新生兒', '刚出生的婴儿', '剛出生的嬰兒', '刚出生', '剛出生', '婴儿', '嬰兒', '婴孩', '嬰孩', '襁褓中的', '奶娃', '奶娃娃',
         '小婴儿', '小嬰兒', '幼儿', '幼兒', '学步儿', '學步兒', '小班', '中班', '大班的小朋友', '幼儿园小朋友', '幼稚園小朋友', '小朋友',
         '小屁孩', '小孩子', '小娃娃', '小男孩', '小女孩', '小丫头', '孙女', '孫女', '外孙女', '外孫女', '小孙子', '小孫子',
         '小学生', '小學生', '一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '一年級', '二年級', '三年級', '四年級',
         '五年級', '六年級', '初一', '初二', '国一', '國一', '国二', '國二', '学龄前', '學齡前', '学龄前儿童', '學齡前兒童', '十岁出头',
         '十歲出頭', '十一二岁', '十一二歲', '十来岁', '十來歲', *[f'刚满{n}岁' for n in '一二三四五六七八九十'], *[f'剛滿{n}歲' for n in '一二三四五六七八九十']) + B('婴儿肥', '嬰兒肥', '小班课', '大班长'),
 'ko': M(4, '신생아', '갓난아기', '갓난아이', '갓난쟁이', '영아', '젖먹이', '돌쟁이', '돌배기', '돌 지난 아기', '아장아장', '걸음마 아기',
         '유아', '유치원생', '어린이집 아이', '초딩', '초등학생', '초등생', '초1', '초2', '초3', '초4', '초5', '초6', '중1', '중2',
         '초등학교 1학년', '초등학교 2학년', '초등학교 3학년', '초등학교 4학년', '초등학교 5학년', '초등학교 6학년', '중학교 1학년',
         '중학교 2학년', '꼬마', '꼬마 아가씨', '꼬마 신사', '꼬맹이', '애기', '손녀', '손녀딸', '손자', '손주', '10대 초반',
         '십대 초반', '여자아이', '남자아이', '아기') + B('아기자기', '중2병'),
 'th': M(4, 'ทารก', 'ทารกแรกเกิด', 'เด็กแรกเกิด', 'เด็กทารก', 'เด็กอ่อน', 'เด็กเล็ก', 'เด็กวัยเตาะแตะ', 'เด็กอนุบาล', 'เด็กประถม',
         'เด็กน้อย', 'หนูน้อย', 'ลูกสาวตัวน้อย', 'หลานสาวตัวน้อย', 'วัยรุ่นตอนต้น', 'เด็กผู้ชายประถม', 'เด็กผู้หญิงประถม',
         'ประถมหนึ่ง', 'ประถมสอง', 'ประถมสาม', 'ประถมสี่', 'ประถมห้า', 'ประถมหก', 'มัธยมหนึ่ง', 'มัธยมสอง') +
       M(3, 'เนตรนารี', 'ยุวกาชาด'),
 'vi': M(4, 'trẻ sơ sinh', 'bé sơ sinh', 'em bé sơ sinh', 'trẻ nhũ nhi', 'em bé', 'bé con', 'bé gái', 'bé trai', 'cô bé', 'cậu bé',
         'thằng bé', 'con bé', 'thằng nhóc', 'nhóc con', 'bé mẫu giáo', 'trẻ mẫu giáo', 'học sinh tiểu học', 'học sinh lớp một',
         'học sinh lớp hai', 'học sinh lớp ba', 'học sinh lớp bốn', 'học sinh lớp năm', 'học sinh lớp sáu', 'học sinh lớp bảy',
         'cháu gái nhỏ', 'cháu trai nhỏ', 'con gái nhỏ', 'con trai nhỏ', 'tuổi teen', 'tuổi mới lớn', 'đầu tuổi teen', 'nhi đồng'),
 'id': M(4, 'bayi baru lahir', 'bayi yang baru lahir', 'bayi merah', 'orok', 'balita', 'batita', 'bocah', 'bocah cilik', 'bocil',
         'anak kecil', 'anak TK', 'murid TK', 'anak SD', 'murid SD', 'siswa SD', 'siswi SD', 'anak SMP', 'siswa SMP', 'siswi SMP',
         'cucu perempuanku', 'cucu laki-lakiku', 'cucuku', 'putriku', 'putraku', 'anak gadisku', 'kelas 1 SD', 'kelas 2 SD', 'kelas 3 SD',
         'kelas 4 SD', 'kelas 5 SD', 'kelas 6 SD', 'kelas 7', 'kelas 8', 'kelas 1 SMP', 'kelas 2 SMP', 'remaja awal', 'praremaja'),
 'ar': M(4, 'مولود جديد', 'مولودة جديدة', 'المولود الجديد', 'المولودة الجديدة', 'حديث الولادة', 'حديثة الولادة', 'رضيع', 'رضيعة',
         'رضع', 'الرضيع', 'الرضيعة', 'طفل رضيع', 'طفلة رضيعة', 'طفل صغير', 'طفلة صغيرة', 'بنت صغيرة', 'ولد صغير', 'صبي صغير', 'صبية صغيرة',
         'حفيدتي', 'حفيدي', 'حفيدتنا', 'تلميذ في الابتدائي', 'تلميذة في الابتدائي', 'تلميذ ابتدائي', 'تلميذة ابتدائي', 'الصف الأول الابتدائي',
         'الصف الثاني الابتدائي', 'الصف الثالث الابتدائي', 'الصف الرابع الابتدائي', 'الصف الخامس الابتدائي', 'الصف السادس الابتدائي',
         'في الروضة', 'طفلة في الروضة', 'طفل في الروضة', 'في العاشرة', 'في التاسعة', 'في الثامنة', 'في السابعة', 'في الحادية عشرة',
         'في الثانية عشرة', 'في السادسة', 'في الخامسة'),
 'fa': M(4, 'نوزاد', 'نوزادان', 'نوزادی', 'شیرخوار', 'شیرخواره', 'نوپا', 'کودک نوپا', 'پسربچه', 'دختربچه', 'بچه کوچولو',
         'کوچولو', 'دختر کوچولو', 'پسر کوچولو', 'نوه‌ام', 'نوه ام', 'نوه دخترم', 'نوه پسرم', 'دانش‌آموز دبستانی', 'دانش آموز دبستانی',
         'دبستانی', 'کلاس اول دبستان', 'کلاس دوم دبستان', 'کلاس سوم دبستان', 'کلاس چهارم دبستان', 'کلاس پنجم دبستان',
         'کلاس ششم دبستان', 'هشت سالش', 'نه سالش', 'ده سالش', 'هفت سالش', 'شش سالش', 'پنج سالش', 'یازده سالش', 'دوازده سالش',
         'سالش شده'),
 'he': M(4, 'תינוק שזה עתה נולד', 'תינוקת שזה עתה נולדה', 'יילוד', 'יילודה', 'ילוד', 'ילודה', 'תינוק', 'תינוקת', 'תינוקות',
         'פעוט', 'פעוטה', 'פעוטים', 'פעוטות', 'זאטוט', 'ילדון', 'ילדונת', 'ילדת גן', 'ילד גן', 'ילדי גן', 'גננת וילדים', 'הנכדה שלי',
         'הנכד שלי', 'נכדתי', 'נכדי', 'תלמיד כיתה א\'', 'תלמיד כיתה ב\'', 'תלמיד כיתה ג\'', 'תלמיד כיתה ד\'', 'תלמיד כיתה ה\'',
         'תלמיד כיתה ו\'', 'תלמידת כיתה א\'', 'תלמידת כיתה ב\'', 'תלמידת כיתה ג\'', 'תלמידת כיתה ד\'', 'תלמידת כיתה ה\'',
         'תלמידת כיתה ו\'', 'מלאו לה שמונה', 'מלאו לו שמונה', 'מלאו לה שבע', 'מלאו לו שבע', 'מלאו לה תשע', 'מלאו לו תשע',
         'מלאו לה עשר', 'מלאו לו עשר', 'מלאו לה שש', 'מלאו לו שש', 'מלאו לה חמש', 'מלאו לו חמש', 'מלאו לה אחת עשרה',
         'מלאו לו אחת עשרה', 'מלאו לה שתים עשרה', 'מלאו לו שתים עשרה'),
 'hi': M(4, 'नवजात', 'नवजात शिशु', 'नवजात बच्चा', 'नवजात बच्ची', 'शिशु', 'दुधमुंहा', 'दुधमुंही', 'नन्हा मुन्ना', 'नन्ही मुन्नी',
         'नन्हा', 'नन्ही', 'नर्सरी की बच्ची', 'नर्सरी का बच्चा', 'नर्सरी में पढ़ने वाली', 'नर्सरी में पढ़ने वाला', 'केजी की बच्ची',
         'मेरी पोती', 'मेरा पोता', 'पोती', 'पोता', 'नातिन', 'नाती', 'प्राथमिक स्कूल', 'साल की हुई', 'साल का हुआ'),
 'bn': M(4, 'সদ্যোজাত', 'সদ্যোজাত শিশু', 'নবজাতক', 'নবজাতকের', 'দুধের শিশু', 'খুকি', 'খুকুমণি', 'খোকা', 'খোকাবাবু', 'বাচ্চা মেয়ে',
         'বাচ্চা ছেলে', 'নার্সারির বাচ্চা', 'নাতনি', 'নাতি', 'আমার নাতনি', 'আমার নাতি', 'প্রথম শ্রেণির', 'দ্বিতীয় শ্রেণির',
         'তৃতীয় শ্রেণির', 'চতুর্থ শ্রেণির', 'পঞ্চম শ্রেণির', 'ষষ্ঠ শ্রেণির', 'বছরে পা দিল', 'বছরে পা দিয়েছে', 'বছরে পড়ল'),
 'tl': M(4, 'bagong silang', 'bagong-silang', 'bagong silang na sanggol', 'sanggol', 'sanggol na', 'beybi', 'paslit', 'paslit na',
         'musmos', 'batang paslit', 'bata sa kindergarten', 'batang nasa kindergarten', 'apo kong babae', 'apo kong lalaki',
         'ang apo ko', 'estudyante sa unang baitang', 'estudyante sa ikalawang baitang', 'estudyante sa ikatlong baitang',
         'estudyante sa ikaapat na baitang', 'estudyante sa ikalimang baitang', 'estudyante sa ikaanim na baitang', 'grade 1 pupil',
         'grade 2 pupil', 'grade 3 pupil', 'elementarya', 'mag-aaral sa elementarya', 'nene', 'totoy', 'kaka-walong taon',
         'kaka-pitong taon', 'kaka-siyam na taon', 'kaka-sampung taon'),
}

FA_NUM = ['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'یازده', 'دوازده'] + \
    ['۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹', '۱۰', '۱۱', '۱۲']
HI_NUM = ['एक', 'दो', 'तीन', 'चार', 'पांच', 'पाँच', 'छह', 'छः', 'सात', 'आठ', 'नौ', 'दस', 'ग्यारह', 'बारह']
BN_NUM = ['এক', 'দুই', 'তিন', 'চার', 'পাঁচ', 'ছয়', 'সাত', 'আট', 'নয়', 'দশ', 'এগারো', 'বারো'] + \
    ['১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯', '১০', '১১', '১২']


def birthday_ages(lang):
    """An age said as 'has turned N' with the number before the verb (Persian هشت سالش شده, Hindi आठ साल की हुई, Bengali
    আট বছরে পা দিল): generated for 1-12 only, so 'turned twenty' stays an adult's. No ASCII digits: a phrase that starts with
    one is tried at every digit of every prompt (weights, sizes), which the benign prompt's step budget does not allow."""
    if lang == 'fa':
        return [t for n in FA_NUM for t in M(4, f'{n} سالش شده', f'{n} سالش شد', f'{n} ساله شده', f'{n} سالش تمام شده')]
    if lang == 'hi':
        return [t for n in HI_NUM for t in M(4, f'{n} साल की हुई', f'{n} साल का हुआ', f'{n} साल की हो गई', f'{n} साल का हो गया',
                                             f'{n} साल की हो गयी', f'{n} बरस की हुई', f'{n} बरस का हुआ')]
    return [t for n in BN_NUM for t in M(4, f'{n} বছরে পা দিল', f'{n} বছরে পা দিয়েছে', f'{n} বছরে পড়ল', f'{n} বছরে পড়েছে',
                                         f'{n} বছর পূর্ণ করল')]


# words left out for an innocent sense another reading gives them (listed so nobody adds them back)
DROPPED = {
    'tot': 'German tot (dead), Dutch tot (until)', 'nipper of': 'not a phrase', 'little bub': 'an address to adults',
    'giele': 'Swiss plural, also Dutch yellow', 'maternelle': 'assistante maternelle (a childminder, an adult)',
    'petit bout': 'un petit bout de tissu', "drôle de dix ans": 'odd', 'petite fille de cinq ans': 'listed by the grammar',
    'ma petite-fille de': 'a grandchild may be adult', 'guagua': 'a bus (Canaries, Cuba)', 'guaguas': 'buses',
    'pelado chiquito': 'odd', 'güila': 'Mexican slang for a prostitute', 'güilas': 'see güila', 'pibito de': 'odd',
    'preescolar': 'maestra de preescolar (a teacher)', 'de primer grado': 'a first-degree burn', 'de segundo grado': 'an equation',
    'de tercer grado': 'an interrogation', 'de cuarto grado': 'see above', 'de quinto grado': 'see above', 'de sexto grado': 'see above',
    'creatura di': 'odd', 'ninno': 'ninna nanna', 'ninna': 'a lullaby', 'moleque de': 'odd', 'miúdo de': 'miúdos de frango (giblets)',
    'miúda de': 'see miúdo', 'puto pequeno': 'Brazilian vulgar sense', 'do ensino fundamental': 'a teacher of the school too',
    'do fundamental i': 'see above', 'da creche': 'professora da creche', 'do jardim de infância': 'a teacher too',
    'do prézinho': 'a teacher too', 'mannetje van': 'odd', 'meiske van': 'odd', 'uit groep 1': 'a tournament group',
    'uit groep 2': '', 'uit groep 3': '', 'uit groep 4': '', 'uit groep 5': '', 'uit groep 6': '', 'uit groep 7': '', 'uit groep 8': '',
    'подросток лет': 'odd', 'подростки лет': 'odd', 'внучка лет': 'odd', 'внучку лет': 'odd', 'малыш лет': 'odd',
    'малышка лет': 'odd', 'ползунок': 'a slider', 'ползунки': 'rompers (a garment)', 'ползунки для': '', 'егоза-': '', 'шкет-': '',
    'кроха-сын': '', 'онуча': 'a foot wrap', 'дівчата років': 'odd', 'uczeń klasy': 'uczeń klasy maturalnej (18-19)',
    'gówniarz z': 'odd', 'maluch': 'the Fiat 126p', 'malucha': 'see maluch', 'maluchy': 'see maluch', 'smyka': 'a violin bow too',
    'smykiem': 'a violin bow too', 've školce': 'učitelka ve školce', 'ze školky': 'učitelka ze školky',
    'του δημοτικού': 'δάσκαλος του δημοτικού', 'νηπιαγωγείου': 'δασκάλα νηπιαγωγείου', 'του νηπιαγωγείου': 'a teacher',
    'α\' δημοτικού': 'a teacher of the class', 'β\' δημοτικού': '', 'γ\' δημοτικού': '', 'δ\' δημοτικού': '', 'ε\' δημοτικού': '',
    'στ\' δημοτικού': '', 'της α\' δημοτικού': '', 'της β\' δημοτικού': '', 'της γ\' δημοτικού': '', 'της δ\' δημοτικού': '',
    'της ε\' δημοτικού': '', 'της στ\' δημοτικού': '',
    'minik': 'minik göğüsler (tiny breasts)', 'minicik': 'minicik bikini', 'ortaokulu': 'an accusative of the school',
    'neredeyse on iki': 'neredeyse on iki saat', 'neredeyse on bir': '', 'neredeyse on': 'neredeyse on yıl', 'neredeyse dokuz': '',
    'henüz dört aylık': 'henüz dört aylık evli', 'henüz altı aylık': '', 'ベビー': 'ベビードール (lingerie)', '中一': 'substring of 途中一',
    '中二': '中二病 (an adult slang)', '初一': 'the first day of the lunar month', '初二': 'see 初一', '国一': '全国一', '國一': '',
    '国二': '', '國二': '', '小班': '小班课 (a small class)', '中班': 'a middle shift', '一年级': '大学一年级', '二年级': '', '三年级': '',
    '四年级': '', '五年级': '', '六年级': '', '一年級': '', '二年級': '', '三年級': '', '四年級': '', '五年級': '', '六年級': '',
    '아가': '아가씨 (young lady)', '유아': '유아인 (a name)', '여아': '', '남아': '남아 있다 (to remain)', 'เพิ่งอายุครบ': 'turned 20 too',
    'chi đội': 'a unit of other bodies', 'في العاشرة': 'at ten o\'clock', 'في التاسعة': '', 'في الثامنة': '', 'في السابعة': '',
    'في الحادية عشرة': '', 'في الثانية عشرة': '', 'في السادسة': '', 'في الخامسة': '', 'في الروضة': 'a teacher in the kindergarten',
    'کوچولو': 'small breasts, an endearment', 'سالش شده': 'turned twenty too', 'گننת וילדים': '', 'גננת וילדים': 'odd',
    'प्राथमिक स्कूल': 'a teacher', 'साल की हुई': 'turned twenty too', 'साल का हुआ': '', 'बछरे पा दिल': '',
    'বছরে পা দিল': 'turned twenty too', 'বছরে পা দিয়েছে': '', 'বছরে পড়ল': '', 'প্রথম শ্রেণির': 'a first-class citizen',
    'দ্বিতীয় শ্রেণির': '', 'তৃতীয় শ্রেণির': '', 'চতুর্থ শ্রেণির': '', 'পঞ্চম শ্রেণির': '', 'ষষ্ঠ শ্রেণির': '',
    'sanggol na': 'odd', 'bub': 'youth17: a person role only (said of young men)', 'bua': 'see bub', 'bubi': 'a milksop, of men',
    'pibe': 'youth17: a person role only', 'pibes': '', 'chaval': 'youth17: a person role only', 'chavala': '',
    '중2': '중2병 (an adult slang)', 'piá': 'folds to pia (Pia, pianina)', 'piás': 'see piá', '10代前半': 'digits are cut from the Han run: never matches', 'elementarya': 'guro sa elementarya (a teacher)', 'ang apo ko': '',
}
# levels other than the list's: words also said of young adults or adult relatives (3), relations and endearments (2)
LEVEL = {
    'kiddo': 3, 'kiddos': 3, 'wee lass': 3, 'wee lad': 3, 'little lass': 3, 'little lad': 3, 'young un': 3, 'young uns': 3,
    'bengel': 3, 'teenie': 3, 'teenies': 3, 'mädle': 3, 'mädli': 3, 'meitli': 3, 'meitschi': 3, 'bub': 3, 'bua': 3,
    'gamine': 3, 'gamines': 3, 'gamin': 3, 'gamins': 3, 'patojo': 3, 'patoja': 3, 'patojos': 3, 'hijita': 3, 'hijito': 3,
    'poppante': 3, 'poppanti': 3, 'aluno do 1º ano': 3, 'aluno do 2º ano': 3, 'aluno do 3º ano': 3, 'aluno do 4º ano': 3,
    'aluno do 5º ano': 3, 'aluna do 1º ano': 3, 'aluna do 2º ano': 3, 'aluna do 3º ano': 3, 'aluna do 4º ano': 3, 'aluna do 5º ano': 3,
    'kleinkind': 2, 'kleinkinderen': 2, 'школота': 3, 'трёхлеток': 3, 'сорванец': 3, 'сорванцы': 3, 'егоза': 3, 'доня': 3,
    'доньку': 3, 'дівча': 3, 'дівчати': 3, 'дівчам': 3, 'школярка': 3, 'pędrak': 3, 'pędraki': 3, 'dcerka': 3, 'dcerku': 3,
    'dcerce': 3, 'vnučka': 2, 'vnučky': 2, 'vnučce': 2, 'vnučku': 2, 'klučina': 3, 'klučinu': 3, 'κορούλα': 3, 'γιόκας': 3, 'γιόκα': 3,
    'bebeğimiz': 3, 'bebiş': 2, 'bebişim': 2, 'torunum': 2, 'torunumuz': 2, 'kız torunum': 2, 'erkek torunum': 2, 'yeğenim': 2,
    'yeğenimiz': 2, "lise 1'e giden": 3, '低学年': 3, '高学年': 3, '孙女': 2, '孫女': 2, '外孙女': 2, '外孫女': 2, '손녀': 2,
    '손녀딸': 2, '손자': 2, '손주': 2, '아장아장': 3, '애기': 2, 'tuổi teen': 3, 'tuổi mới lớn': 3, 'cucuku': 2, 'putriku': 2,
    'putraku': 2, 'anak gadisku': 2, 'cucu perempuanku': 2, 'cucu laki-lakiku': 2, 'kelas 7': 3, 'kelas 8': 3, 'حفيدتي': 2,
    'حفيدي': 2, 'حفيدتنا': 2, 'نوه‌ام': 2, 'نوه ام': 2, 'نوه دخترم': 2, 'نوه پسرم': 2, 'دبستانی': 3, 'הנכדה שלי': 2, 'הנכד שלי': 2,
    'נכדתי': 2, 'נכדי': 2, 'नन्हा': 3, 'नन्ही': 3, 'पोती': 2, 'पोता': 2, 'नातिन': 2, 'नाती': 2, 'मेरी पोती': 2, 'मेरा पोता': 2,
    'पहली कक्षा': 3, 'दूसरी कक्षा': 3, 'तीसरी कक्षा': 3, 'चौथी कक्षा': 3, 'पांचवीं कक्षा': 3, 'छठी कक्षा': 3, 'নাতনি': 2, 'নাতি': 2,
    'আমার নাতনি': 2, 'আমার নাতি': 2, 'totoy': 3, 'beybi': 2, 'apo kong babae': 2, 'apo kong lalaki': 2, 'van een jaar of': 3,
}
# words of another language too: they count only beside evidence of their own language
LANGUAGE_ONLY = {'nene', 'totoy', 'gamin', 'gamine', 'joch', 'knatte'}

LATIN_PHRASES_KEPT = {'tr', 'cs', 'nl', 'id'}

GENERATED = {'fa': lambda: birthday_ages('fa'), 'hi': lambda: birthday_ages('hi'), 'bn': lambda: birthday_ages('bn'),
             'ru': russian_ages, 'uk': ukrainian_ages, 'cs': czech_ages, 'el': greek_ages, 'tr': turkish_ages}

# stems whose every case the language's own ending table (inflection/<lang>.json) reads
STEMS = {
    'ru': [('новорождённ', 4), ('новорожденн', 4), ('грудничк', 4), ('мальчуган', 4), ('младшеклассник', 4), ('младшеклассниц', 4),
           ('первоклашк', 4), ('пятиклашк', 4), ('шестиклашк', 4), ('ясельник', 4), ('детсадовц', 4), ('дошколят', 4), ('сынишк', 4),
           ('дочурк', 4), ('внучонк', 4), ('малявк', 4), ('пацанёнк', 4), ('пацаненк', 4)],
    'uk': [('новонароджен', 4), ('немовлят', 4), ('хлопчак', 4), ('ясельник', 4), ('дошкільник', 4), ('дошкільниц', 4),
           ('першокласник', 4), ('першокласниц', 4), ('четвертокласник', 4), ('четвертокласниц', 4), ('молодшокласник', 4),
           ('онучк', 4), ('синочк', 4), ('донечк', 4)],
    'cs': [('novorozen', 4), ('batolat', 4), ('miminek', 4), ('předškolačk', 4), ('prvňačk', 4), ('puberťačk', 4), ('klučin', 4)],
    'el': [('νεογέννητ', 4), ('νεογν', 4), ('μπεμπάκ', 4), ('πιτσιρικάκ', 4), ('εγγονούλ', 4)],
    'tr': [('yenidoğan', 4), ('yavrukurt', 4), ('yavrukurd', 4), ('ufaklı', 4), ('ilkokullu', 4), ('ortaokullu', 4)],
}


# Terms this generator wrote before later lexicon files also listed them (session 33, i16-generators41): left out as
# "held elsewhere", a re-run no longer reproduced the committed files. Each is kept here with the files that hold it
# now; existing_terms does not count them as held elsewhere.
KEPT_ELSEWHERE = {
    "حفيدتي": "youth23/children.json",
    "حفيدي": "youth23/children.json",
    "নাতনি": "youth23/children.json",
    "নাতি": "youth23/children.json",
    "synáček": "youth23/children.json",
    "dceruška": "youth23/children.json",
    "vnučka": "youth23/children.json",
    "vnučku": "youth23/children.json",
    "vnoučátko": "youth23/children.json",
    "εγγονάκι": "youth23/children.json",
    "ανιψούλα": "youth23/children.json",
    "nietecita": "youth23/children.json",
    "nietecito": "youth23/children.json",
    "نوه‌ام": "youth23/children.json",
    "پیشاهنگان کوچک": "youth23/children.json",
    "पोती": "youth23/children.json",
    "नातिन": "youth23/children.json",
    "ベビードール": "sexual21/ja.json",
    "컵스카우트": "youth23/children.json",
    "bevers van scouting": "youth23/children.json",
    "netinho": "youth23/children.json",
    "netinha": "youth23/children.json",
    "внучонок": "youth23/children.json",
    "spårarscouter": "youth23/children.json",
    "spårare": "youth23/children.json",
    "spårarna": "youth23/children.json",
    "ลูกเสือสำรอง": "youth23/children.json",
    "torunum": "youth23/children.json",
    "yeğenimiz": "youth23/children.json",
    "синочок": "youth23/children.json",
    "онучка": "youth23/children.json",
    "новачки пласту": "youth23/children.json",
    "học sinh lớp một": "lang30/vi.json",
    "học sinh lớp hai": "lang30/vi.json",
    "học sinh lớp ba": "lang30/vi.json",
    "học sinh lớp bốn": "lang30/vi.json",
    "học sinh lớp năm": "lang30/vi.json",
    "học sinh lớp sáu": "lang30/vi.json",
    "học sinh lớp bảy": "lang30/vi.json",
    "幼童军": "youth23/children.json",
}

def main(root):
    seen = existing_terms(root, 'youth21', KEPT_ELSEWHERE)
    out = os.path.join(root, 'youth21')
    os.makedirs(out, exist_ok=True)
    total = 0
    for lang in sorted(set(DATA) | set(SECTIONS)):
        entries = DATA.get(lang, []) + (GENERATED[lang]() if lang in GENERATED else []) + (sections(lang) if lang in SECTIONS else [])
        terms, dup = [], set()
        kept_phrases = set((GENERATED[lang]() if lang == 'tr' else []) + (sections(lang) if lang in ('cs', 'nl', 'id') else []))
        for term, level in entries:
            if ' ' in term and all(ord(ch) < 0x250 for ch in term) and not (lang in LATIN_PHRASES_KEPT and (term, level) in kept_phrases):
                # Latin-script phrases of several words cost the term matcher on every prompt (BenignPromptStepTests went from
                # under 60,000 steps to 83,000 with all of them): only the birthday ages and the sections of LATIN_PHRASES_KEPT
                continue
            key = term.lower()
            if key in seen or key in dup or term in DROPPED:
                continue
            dup.add(key)
            level = LEVEL.get(term, level)
            entry = {'term': term, 'signal': 'benign' if level == 0 else 'minor', 'level': level}
            if term in LANGUAGE_ONLY:
                entry['languageOnly'] = True
            terms.append(entry)
        doc = {'language': lang, 'version': '1',
               'about': 'Session 20 (i16-childwords21): everyday child words, ages said by rule or through a birthday, and the youngest '
                        'youth-organisation sections the lexicons lacked. Written by tools/childwords21/generate.py.',
               'sources': SRC, 'prompt': terms}
        if lang in STEMS:
            # the stems' forms, written out with the language's own endings (inflection/<lang>.json): a section of its own
            # would add a probe per ending to every word of every prompt (the benign prompt's step budget)
            table = json.load(open(os.path.join(root, 'inflection', lang + '.json'), encoding='utf-8'))['inflection']
            for stem, level in STEMS[lang]:
                for suffix in [''] + table['suffixes']:
                    form = stem + suffix
                    if form.lower() in seen or form.lower() in dup or len(form) < 5:
                        continue
                    dup.add(form.lower())
                    terms.append({'term': form, 'signal': 'minor', 'level': level})
        write_lexicon(os.path.join(out, lang + '.json'), doc)
        total += len(terms)
        print(lang, len(terms), 'kept of', len(entries))
    print('total', total)


if __name__ == '__main__':
    main(sys.argv[1])
