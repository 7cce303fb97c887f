#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/youth25/ (session 23, i16-children25): the child words, relations and
ages batch 27 still did not read, as classes in 26 languages.

- regional and colloquial child words (`piba`, `botija`, `chiquilín`, `galopin`, `kotertje`, `snorunge`, `prťous`,
  `мальчонка`, `زعطوط`, `लल्ला`, `পুঁচকেটা`, `小鬼头`, `ガキんちょ`, `코흘리개` ...; level 4 where only a child is called so, level 2 where an
  adult may be called so too: `pibe`, `chaval`, `छोरा`, `小家伙`);
- relation words in the forms the lexicons lacked (`Enkelkind`, `petit fils`, `nietos`, `wnukiem`, `внуком`, `εγγόνι`,
  `torunuyla`, `حفيدة`, `נכד`, `نوه‌م`, `भांजे`, `ভাগ্নের`, `cháu nội`, `apo ko`, `孙儿`, `お孫さん`, `손주`; level 2: the
  relative may be an adult). Every relation word of the youth lexicons and the level-2 colloquial words take the role
  `either-age`: with an adult age of its own (`piba de 28 años`, `my grandson, 30`, `حفيدي، 30 عاما`, `我孙子，30岁`, `הנכד שלי, בן 30`) it names that adult (Rules/AdultRelatives.cs);
- scouts said without a section word: a scout word alone is a child hint (role `child-place`, so a leader beside it keeps
  it the adult's; a scout word and another hint weigh as ambiguous youth), the scout's neckerchief (`neckerchief`,
  `pañoleta`, `fazzolettone`, `ネッカチーフ`) is a hint, and a small scout (`little scout`, `petit scout`, `scout pequeño`,
  `маленький скаут`, `كشاف صغير`, `小童子军`, `꼬마 스카우트`) is a likely minor (level 3);
- spans that are no age (`sette anni di matrimonio`, `sju års äktenskap`, `शादी के सात साल`, `বিয়ের সাত বছর`): marriage words
  as span words; Persian age units glued to a copula (`هفت‌ساله‌ست`);
- animal words and the colloquial words that also call an animal's young (`rascal`, `کوچولو`, `ছোট্ট`, `小家伙`): a puppy
  beside them keeps them the animal's (AttendedPlaces.IsAnimalYoung).
Left out: Portuguese `piá` (folds inside `pianina`), Hebrew `צופה` alone (also a viewer; `צופה קטן` is read), `פישר` (a surname), Chinese `细路` (a narrow road), Polish `bąbel` (a bubble),
Swedish `unge` alone (`den unge mannen`, the young man), Japanese `孫` alone (`孫悟空`) and `孫の` (`孫の手`, a back scratcher),
generic scarf words as hints (an adult's scarf).
Levels follow docs/categories.md. Written from general knowledge of the languages (MIT, this project); no list copied.
Run: python3 tools/children25/generate.py
"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "lexicon-data"))
from youth_files import YouthFolder, by_language  # noqa: E402
DATA = os.path.join(here, "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data")
SRC = [{"source": "Written for GenScreen (issue 16, session 23, i16-children25) from general knowledge of the languages' colloquial "
        "child words, kinship words, scouting vocabulary and age grammar; no third-party list copied.", "license": "MIT (this project)"}]

CHILD4 = """
en kidlet kidlets ankle-biter ankle-biters young'un young'uns youngun younguns
de lausbube lausbuben hosenmatz
fr galopin galopins garnement garnements
es chiquilín chiquilina chiquilines chiquilinas pibito pibita pibitos pibitas
pt pimpolho pimpolha pimpolhos
nl kotertje kotertjes
sv busunge busungar telning telningar snorunge snorungar
pl łobuziaki
cs skrček prťous prťousek
uk онученя
ru мальчонка внучек
ar زعطوط زعاطيط
hi लल्ला
bn পুঁচকেটা পুচকেটা পুঁচকিটা পুচকিটা পুঁচকেরা পুচকেরা
vi
zh 小鬼头 小崽子 小破孩 小毛头 细路仔
ja ガキんちょ がきんちょ おチビ おチビちゃん おちびちゃん 幼子 ちびっ子
ko 코흘리개 꼬마애
"""
CHILD4_MULTI = ["wee one", "wee ones", "nhóc tì", "nít ranh", "ranh con", "batang kalye", "bocah ingusan", "en unge",
                "liten unge", "lilla ungen", "busig unge"]
CHILD2 = """
en rascal rascals
es pibe piba pibes pibas chaval chavala chavales chavalas botija botijas morrito morrita
nl snotaap snotapen
pl łobuziak
cs drobeček
el ζουζούνι
hi छोरा छोरी छोकरा छोकरी बबुआ पिद्दी
tl utoy
th อีหนู
zh 小家伙 娃儿
ko 개구쟁이
"""
CHILD2_MULTI = ["little rascal", "little rascals", "bé tí"]
# relation words in the forms the lexicons lacked (level 2: the relative may be an adult)
REL2 = """
de enkelkind enkelkinder enkeltochter enkels neffen nichten enkelkindern
es nietos nietas
pt netos netas
it nipoti nipotini
pl wnuk wnuka wnukiem wnukowi wnuki wnuków bratankiem siostrzeńcem siostrzenicą bratanicą wnuczką wnuczkiem
cs vnoučata vnoučat vnukem vnuka vnukovi vnučkou neteří synovcem
uk онуком онуку онуки онуків онукою племінником племінницею
ru внука внуку внуком внуки внуков внучата внучкой племянник племянника племяннику племянником племянница племянницу племянницей
el εγγόνι εγγόνια εγγονό εγγονού εγγονής ανιψάκι
tr torun torunlarım torunuyla torunumla torunum yeğen yeğenimle yeğenlerim yeğenime yeğenimin
ar حفيد حفيدة أحفادي احفادي حفيدنا
he נכד נכדי נכדתי נכדיי אחייני האחיינים
fa نوه نوه‌م نوه‌ی نوه‌هام نوه‌هایم خواهرزاده‌م برادرزاده‌م خواهرزاده‌ام برادرزاده‌ام
hi पोते नाती भतीजे भांजे नातिन
bn ভাগ্নের ভাইপোর নাতির নাতনির ভাগ্নির ভাইঝির ভাগ্নেকে ভাইপোকে
id cucunya
zh 孙儿 外孙女 孙儿子
ja 初孫 お孫さん 孫息子 孫たち 孫が 孫は 孫も うちの孫
ko 손주
"""
REL2_MULTI = ["petit fils", "petits fils", "petit-fils", "petits-fils", "petits enfants", "apo ko", "aking apo", "mga apo",
              "apo kong", "cháu nội", "cháu ngoại", "بنت أخي", "بنت أختي", "بنت اخويا", "ابن اخويا"]
# a small scout: likely minor (level 3)
SCOUT3_MULTI = ["little scout", "small scout", "little scouts", "wee scout", "kleiner pfadfinder", "kleine pfadfinderin",
                "kleinen pfadfinder", "petit scout", "petite scout", "petits scouts", "scout pequeño", "scout pequeña",
                "pequeño scout", "pequeña scout", "scoutcito", "scoutcita", "piccolo scout", "piccola scout", "piccoli scout",
                "escoteiro pequeno", "escoteira pequena", "pequeno escoteiro", "pequena escoteira", "escoteirinho", "escoteirinha",
                "kleine scout", "scoutje", "kleine verkenner", "liten scout", "lilla scouten", "mały harcerz", "mała harcerka",
                "harcerzyk", "malý skaut", "malá skautka", "skautík", "маленький пластун", "маленька пластунка", "пластунчик",
                "маленький скаут", "маленькая скаутка", "маленький пионер", "μικρός πρόσκοπος", "μικρή προσκοπίνα",
                "προσκοπάκι", "küçük izci", "minik izci", "كشاف صغير", "الكشاف الصغير", "كشافة صغيرة",
                "پیشاهنگ کوچیک", "پیشاهنگ کوچولو", "छोटा स्काउट", "नन्हा स्काउट", "ছোট্ট স্কাউট", "ছোট স্কাউট",
                "pramuka kecil", "pramuka cilik", "צופה קטן", "צופה קטנה", "צופים קטנים", "maliit na iskawt", "batang iskawt", "munting iskawt", "ลูกเสือตัวเล็ก",
                "ลูกเสือตัวน้อย", "hướng đạo sinh nhỏ", "hướng đạo sinh nhí", "小童子军", "小小童子军", "小さなスカウト",
                "ちびっこスカウト", "작은 스카우트", "꼬마 스카우트", "어린 스카우트"]
# scout words alone and the scout's neckerchief: child hints (one hint is no youth; two weigh as ambiguous youth)
SCOUT_HINT = ("scout scouts skaut skautka skauti skauta скаут скаути скауты пластун пластунка пластуни πρόσκοπος πρόσκοποι "
              "προσκοπίνα izci izciler كشاف كشافة پیشاهنگ پیشاهنگی स्काउट স্কাউট pramuka iskawt ลูกเสือ 童子军 スカウト 스카우트 "
              "neckerchief neckerchiefs woggle pañoleta pañoletas fazzolettone fazzolettoni ネッカチーフ 领巾 領巾")
SCOUT_HINT_MULTI = ["scout neckerchief", "עניבת צופים", "עניבת הצופים", "חולצת צופים", "hướng đạo sinh", "dasje van de scouting", "setangan leher", "panyo sa leeg",
                    "دستمال گردن", "khăn quàng cổ"]
SCOUT_PLACE = ("scout scouts skaut skautka skauti skauta скаут скаути скауты пластун пластунка пластуни πρόσκοπος πρόσκοποι προσκοπίνα "
               "izci izciler كشاف كشافة الكشافة پیشاهنگ پیشاهنگ‌ها स्काउट স্কাউট pramuka iskawt iskawts ลูกเสือ 童子军 スカウト 스카우트 "
               "pfadfinder pfadfinderin pfadfindern escoteiro escoteira escoteiros harcerz harcerzy harcerka harcerek")
STAFF = ("leiter leiterin pfadfinderleiter scoutleider scoutingleider instruktor harcerski drużynowa drużynowy руководитель "
         "керівник вожатый αρχηγός lideri lider قائد قائدة سرپرست लीडर লিডার pembina pinuno ผู้กำกับ 领队 隊長 대장 "
         "scoutmaster scoutmasters akela")
RELATIVE = ("niece nieces nephew nephews grandson grandsons granddaughter granddaughters grandchild grandchildren godson goddaughter godchild "
            "neffe nichte enkel enkelin enkelkind enkelkinder enkeltochter enkelsohn neffen nichten patenkind "
            "neveu nièce nièces neveux filleul filleule fils "
            "sobrino sobrina sobrinos sobrinas nieto nieta nietos nietas ahijado ahijada "
            "nipote nipoti nipotino nipotina figlioccio figlioccia "
            "sobrinho sobrinha neto neta netos netas afilhado afilhada "
            "neefje nichtje kleinzoon kleindochter kleinkind petekind "
            "brorsdotter systerdotter brorson systerson barnbarn gudbarn "
            "wnuk wnuka wnukiem wnuczka wnuczek wnuczkę bratanek siostrzeniec siostrzenica bratanica chrześniak "
            "vnuk vnuka vnukem vnučka vnouček synovec neteř "
            "онук онука онуком внук внука внуком внучка племянник племянница племінник племінниця "
            "εγγονός εγγονή εγγόνι ανιψιός ανιψιά "
            "torun torunum torunu yeğen yeğenim yeğeni "
            "حفيد حفيدي حفيدة حفيدتي "
            "נכד הנכד נכדה הנכדה אחיין האחיין אחיינית האחיינית "
            "نوه نوه‌ام نوه‌م برادرزاده خواهرزاده برادرزاده‌م خواهرزاده‌م "
            "पोता पोती पोते नाती भतीजा भतीजी भांजा भांजी भांजे भतीजे "
            "নাতি নাতনি ভাগ্নে ভাগ্নি ভাইপো ভাইঝি "
            "cucu cucuku cucunya keponakan keponakanku apo pamangkin "
            "หลานชาย หลานสาว cháu 孙子 孙女 外孙 侄子 侄女 外甥 孫娘 孫息子 姪っ子 甥っ子 손자 손녀 조카 손주")
ANIMAL = ("puppy puppies pup pups kitten kittens dog dogs cat cats foal lamb piglet "
          "welpe welpen hündchen kätzchen chiot chiots chaton chatons cachorro cachorros gatito gatitos cucciolo cuccioli gattino "
          "filhote filhotes gatinho cachorrinho puppy kitten valp valpar kattunge szczeniak szczeniaczek kociak štěně koťátko "
          "щенок щеня цуценя котёнок кошеня κουτάβι γατάκι köpek yavrusu kedi yavrusu جرو قطة גור גורים توله‌سگ توله سگ "
          "بچه‌گربه گربه سگ पिल्ला बिल्ली কুকুরছানা বিড়ালছানা কুকুর anak anjing anak kucing tuta kuting ลูกหมา ลูกแมว chó mèo cún "
          "小狗 小猫 小奶狗 子犬 子猫 강아지 고양이")
YOUNG_ANIMAL = "rascal rascals کوچولو ছোট্ট 小家伙 ζουζούνι"
SPAN_AFTER = "matrimonio matrimônio casamento äktenskap äktenskapet ślubie evlilik evliliğin matrimoni"
SPAN_BEFORE = "शादी विवाह বিয়ের বিবাহের"
AGE_UNITS = ["ساله‌ست", "ساله‌است", "ساله‌اس", "سالمه", "سالشه", "سالگیشه", "سالگی‌اش", "سالش‌ه"]

def words(block):
    return [w for line in block.strip().splitlines() for w in line.split()[1:]]

# Terms this generator wrote before later lexicon files also listed them (session 33, i16-generators41): left out as
# "held elsewhere", a re-run no longer reproduced the committed files. Each is kept here with the files that hold it
# now; existing_terms does not count them as held elsewhere.
KEPT_ELSEWHERE = {
    "孫たち": "youth36/ja.json",
    "孫が": "youth36/ja.json",
    "孫は": "youth36/ja.json",
    "孫も": "youth36/ja.json",
}

folder = YouthFolder(DATA, "youth25", KEPT_ELSEWHERE)  # tools/lexicon-data: written afresh, terms other lexicon files hold left out
keep = folder.keep

n = folder.write_languages(by_language((CHILD4, 4), (CHILD2, 2), (REL2, 2)), "Session 23 (i16-children25): colloquial child words and relation words of {lang}. Written by tools/children25/generate.py.", SRC)
multi = keep([{"term": t, "signal": "minor", "level": 4} for t in CHILD4_MULTI])
multi += keep([{"term": t, "signal": "minor", "level": 2} for t in CHILD2_MULTI + REL2_MULTI])
multi += keep([{"term": t, "signal": "minor", "level": 3} for t in SCOUT3_MULTI])
multi += keep([{"term": t, "signal": "child-hint", "level": 1} for t in SCOUT_HINT.split() + SCOUT_HINT_MULTI])
doc = {"version": "1", "about": "Session 23 (i16-children25): multi-word child and relation words, small scouts, scout hints, "
       "the roles relative, animal and young-animal, marriage span words and Persian glued age units. Many languages in one "
       "file: no stop words, so no language is named. Written by tools/children25/generate.py.",
       "sources": SRC, "prompt": multi, "ageUnits": AGE_UNITS,
       "roles": {"either-age": list(dict.fromkeys(RELATIVE.split() + words(CHILD2))), "child-place": SCOUT_PLACE.split(), "staff": STAFF.split(),
                 "animal": list(dict.fromkeys(ANIMAL.split())), "young-animal": YOUNG_ANIMAL.split(),
                 "span-after": SPAN_AFTER.split(), "span-before": SPAN_BEFORE.split()}}
folder.write("children.json", doc)
print(n, "one-word terms,", len(multi), "terms in children.json")
