#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/youth26/ (session 24, i16-children26): the child words batch 28 still did
not read, as classes in 26 languages.

- regional and colloquial child words of each big language area (Bavarian/Austrian/Swiss `Bub`, `Bua`, `Chind`, `Gof`, Ruhr
  `Blagen`; Québec `flo`, Belgian `ket`, French `p'tit bout`, `chiard`; Mexican `chilpayate`, Nicaraguan `chigüín`, Chilean
  `cabro chico`; southern Brazilian `piá`, Portuguese `miúda`; Neapolitan `guaglioncello`, Bolognese `cinno`; Scottish `wee
  laddie`; Flemish `ketje`; Poznań `gzub`, `knajtek`; Moravian `fakan`; Gulf `يهال`; Rajasthani `टाबर`; Mymensingh `গেদা`;
  Wu `小囡`, Wuhan `伢儿`, Cantonese `细蚊仔`, Min `小囝`; Javanese `genduk`, Sundanese `budak leutik` ...): level 4 where only
  a child is called so, level 2 with the role `either-age` where adults are called so too (`Bua`, `miúda`, `chamo`, `tös`,
  `pischello`, `ছাওয়াল`), so an adult age of their own keeps them adults (Rules/AdultRelatives.cs);
- "my son", "my daughter" with the first-person possessive in the 26 languages (`mi hijo`, `meu filho`, `mein Sohn`, `دخترم`,
  `oğlum`, `আমার মেয়ে`, `con gái tôi`, `anakku`, `我女儿`, `うちの娘`, `우리 딸`): level 2 (as English `daughter` already was),
  role `either-age` on the son and daughter words (`my son, 35, at his wedding` names an adult), and the son and daughter
  words are persons (role `person`), so a school year after them is theirs (`meu filho do 5º ano`, `mein Sohn in der 4. Klasse`);
- school exams taken by minors, by the country's name for them (GCSE, 11-plus, PSLE, brevet des collèges, esame di terza media,
  egzamin ósmoklasisty, doorstroomtoets, ОГЭ, LGS, الشهادة الإعدادية, آزمون تیزهوشان, दसवीं बोर्ड, এসএসসি, জেএসসি, สอบเข้า ม.1,
  thi vào lớp 10, UN SMP, 中学受験, 小升初): level 3 for exams sat at 14-16 (an adult may resit: an adult marker makes it a
  review), level 4 for those sat at 12 or younger. School-leaving exams sat at 17-19 (Abitur, bac, A-levels, 高考, 수능, ЕГЭ,
  Πανελλήνιες, בגרות, کنکور, HSC) are left out: adults sit them.
Left out: Portuguese `piá` alone (folds onto `pia`, a sink: only after a masculine article or as `piazinho`, `piazada`), `miúdos`
alone (giblets), Brazilian `puto`, Spanish `guagua` (a bus in the Caribbean), `güila` (a prostitute in Mexico), French
`lardon` (bacon), `drôle`, `petit bout` (a small piece), Italian `cita`, Japanese `ガキ` (inside `ハガキ`), `チビ` (the chibi style),
`坊主` (a monk), `わらし` (inside `わらしべ`), Chinese `娃娃` (a doll), `崽崽` (fans' word for idols), `小鬼` (inside `小鬼子`), `中考`
alone (inside `期中考试`, a university midterm too), Korean words (Hangul terms match inside words: `얼라` in `얼라이언스`, `고입`
in `최고입니다`), Turkish `uşak` (a city), `cüce` (a dwarf), Czech `cvrček` (a cricket), Russian `шпингалет` (a window bolt),
Arabic `جاهل` alone (ignorant), `ورع` (piety), `شافع` (a name), Bengali `দাখিল` (to submit), Hebrew `בן`/`בת` as persons (the age word).
Levels follow docs/categories.md. Written from general knowledge of the languages (MIT, this project); no list copied.
Run: python3 tools/children26/generate.py
"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "lexicon-data"))
from youth_files import YouthFolder, by_language  # noqa: E402
DATA = os.path.join(here, "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data")
SRC = [{"source": "Written for GenScreen (issue 16, session 24, i16-children26) from general knowledge of the languages' regional "
        "and colloquial child words, kinship words with possessives and the national school exams; no third-party list copied.",
        "license": "MIT (this project)"}]

CHILD4 = """
en chavvy chavvies tacker tackers littlies sproglet sproglets laddie laddies lassie lassies
de bübchen büble büblein chind chindli chinde gof goofe blagen blag gschrapp gschrappen
fr chiard chiards chiarde gniard gniards loupiote minotte minottes flos
es chilpayate chilpayates chigüín chigüina chigüines chigüinas churumbel churumbeles rorro rorros
pt piazinho piazinha piazinhos piazada
it guaglioncello guaglioncella guaglioncelli guagliuncello guagliuncella guagliuncelli cinno cinni muccusu
nl boefje boefjes ketje ketjes snotjong snotjongen ukkepuk ukkepukken kereltje kereltjes
pl gzub gzuby gzubem urwis urwisy urwisem urwisa knajtek knajtki knajtkiem bachor bachory bachora bachorem
cs fakan fakánek fakani drobotina
sv pys pysen snorvalp snorvalpar småglin pojkvasker
ru пострел пострелёнок пострелята оголец огольцы детвора ребятня малышня мелюзга ребятишки
uk дітлахи малята дітвора хлопчак дівчатко
tr bıcırık çocukcağız oğlancık veled
ar يهال بزورة زغنون
fa الف‌بچه
hi लल्ली टाबर टाबरिया
bn গেদা
id krucil
tl yagit
zh 小囡 伢儿 细蚊仔 小囝 娃仔 小伢
ja 座敷わらし
"""
CHILD4_MULTI = ["wee laddie", "wee lassie", "little tacker", "little bub", "kleiner stöpsel", "kleine stöpsel", "p'tit bout",
                "p'tits bouts", "ptit bout", "p'tit bout de chou", "petit flo", "p'tit flo", "petits flos", "p'tits flos", "un flo",
                "une flo", "les flos", "des flos", "mes flos", "nos flos", "un ket", "une kette", "les kets", "cabro chico", "cabra chica",
                "cabros chicos", "cabras chicas", "cabrito chico", "o piá", "um piá", "os piás", "uns piás", "do piá", "meu piá",
                "جاهل صغير", "جهال صغار", "عيال صغيرة", "cah cilik", "ucok kecil", "budak leutik", "anak kecik",
                "batang yagit", "tụi nhỏ", "mấy đứa nhỏ", "lũ nhóc", "bọn nhóc"]
CHILD2 = """
en bub
de bub buam göre gör fratz racker lütte lütten
fr ti-gars
es chamo chama chamos chamas huerco huerca huercos huercas zagal zagala zagales
pt miúda miúdo miúdas gaiato gaiata gaiatos gaiatas cachopo cachopa cachopos cachopas
it pischello pischella pischelli pischelle cinna bardascio bardascia
nl menneke meiske
pl szczyl szczyle
sv tös tösen
tr sabi
he פיצי
ar مفعوص
fa تخس
hi छुटकू छुटकी गुड्डी बच्चू
bn পোলাপান ছাওয়াল পোলা
id tole thole genduk nduk
tl ineng
zh 伢子 细佬
ja 小僧 お嬢ちゃん 嬢ちゃん 坊ちゃん ぼっちゃん
"""
CHILD2_MULTI = ["wee lad", "wee lass", "wee boy", "wee girl", "os miúdos", "as miúdas", "os gaiatos"]
# "my son", "my daughter" with a first-person possessive: level 2 (the child may be an adult; either-age on the son/daughter word)
REL2_MULTI = """
en|my son|our son|my daughter|our daughter|my sons|my daughters|my stepson|my stepdaughter
de|mein sohn|meinen sohn|meinem sohn|unser sohn|unseren sohn|unserem sohn|meine tochter|meiner tochter|unsere tochter|unserer tochter|mein bub|unser bub|mein bua|meine söhne|meine töchter
fr|mon fils|notre fils|ma fille|notre fille|mes fils|mes filles|ma petite fille chérie
es|mi hijo|mi hija|nuestro hijo|nuestra hija|mis hijos|mis hijas|mi hijito|mi hijita
pt|meu filho|minha filha|o meu filho|a minha filha|nosso filho|nossa filha|meus filhos|minhas filhas|meu filhote|minha filhota
it|mio figlio|mia figlia|nostro figlio|nostra figlia|i miei figli|le mie figlie|mio figlioletto|mia figlioletta
nl|mijn zoon|mijn dochter|onze zoon|onze dochter|mijn zoontje|mijn dochtertje|onze zoontje|ons dochtertje
pl|mój syn|moja córka|mojego syna|moją córkę|mojej córki|mojemu synowi|mój synek|moja córeczka|nasz syn|nasza córka|naszego syna|naszą córkę|mojego synka|moją córeczkę
cs|můj syn|moje dcera|má dcera|mého syna|mou dceru|moji dceru|můj synek|moje dcerka|náš syn|naše dcera|našeho syna|naši dceru
sv|min son|min dotter|vår son|vår dotter|min lilla dotter|min lille son|min lilla son
ru|мой сын|моя дочь|моя дочка|мой сынок|моего сына|мою дочь|мою дочку|моей дочери|наш сын|наша дочь|наша дочка|нашего сына|нашу дочь|нашу дочку|моя доченька|мой сыночек
uk|мій син|моя донька|моя дочка|мій синочок|мого сина|мою доньку|мою дочку|наш син|наша донька|нашого сина|нашу доньку|моя донечка
tr|benim oğlum|benim kızım|oğlumuz|kızımız|oğlumla|kızımla|oğlumun|kızımın
el|ο γιος μου|η κόρη μου|τον γιο μου|την κόρη μου|το γιο μου|ο γιος μας|η κόρη μας|τον γιο μας|την κόρη μας|ο γιόκας μου|η κορούλα μου
he|הבן שלי|הבת שלי|הבן שלנו|הבת שלנו|את הבן שלי|את הבת שלי
ar|ابني|ابنتي|بنتي|ابنى|إبني|إبنتي|ولدي|ابننا|ابنتنا|بنتنا
fa|پسرم|دخترم|پسرمون|دخترمون|پسر من|دختر من|پسرمان|دخترمان|پسرکم|دخترکم
hi|मेरा बेटा|मेरी बेटी|मेरे बेटे|हमारा बेटा|हमारी बेटी|हमारे बेटे|मेरी बिटिया|मेरा लाडला|मेरी लाडली
bn|আমার ছেলে|আমার মেয়ে|আমাদের ছেলে|আমাদের মেয়ে|আমার ছেলেটা|আমার মেয়েটা|আমার ছেলেকে|আমার মেয়েকে
th|ลูกชายของฉัน|ลูกสาวของฉัน|ลูกชายฉัน|ลูกสาวฉัน|ลูกชายผม|ลูกสาวผม|ลูกชายเรา|ลูกสาวเรา
vi|con trai tôi|con gái tôi|con trai mình|con gái mình|con trai em|con gái em|con trai của tôi|con gái của tôi|con trai tui|con gái tui|con trai của mình|con gái của mình
id|anak saya|anakku|putraku|putriku|putra saya|putri saya|anak laki-laki saya|anak perempuan saya|anak laki-lakiku|anak perempuanku|anak lelakiku|anak gadisku
tl|anak ko|anak kong|aking anak|ang anak ko|anak kong lalaki|anak kong babae|anak namin|anak naming
ja|うちの息子|うちの娘|私の息子|私の娘|僕の息子|僕の娘|俺の息子|俺の娘
zh|我儿子|我女儿|我的儿子|我的女儿|我家儿子|我家女儿|我闺女|我家闺女|我家小子
ko|우리 아들|우리 딸|내 아들|내 딸|아들내미|딸내미|우리 아들내미|우리 딸내미
"""
# son and daughter words: role either-age (an adult age of their own names an adult) and person (a school year after them is theirs)
SON_DAUGHTER = ("son sons daughter daughters stepson stepdaughter sohn söhne tochter töchter bub bua fils fille filles hijo hija hijos hijas "
                "hijito hijita filho filha filhos filhas filhote filhota figlio figlia figli figlie figlioletto figlioletta zoon dochter "
                "zoontje dochtertje syn syna córka córkę córki synek synka córeczka córeczkę dcera dceru dcerka son dotter сын сына "
                "дочь дочка дочку дочери сынок доченька сыночек син сина донька доньку дочку синочок донечка oğlum kızım oğlumuz "
                "kızımız γιος γιο κόρη γιόκας κορούλα ابني ابنتي بنتي ابنى ولدي پسرم دخترم پسرمون دخترمون बेटा बेटी बेटे बिटिया "
                "ছেলে মেয়ে ছেলেটা মেয়েটা ลูกชาย ลูกสาว putra putri putraku putriku anakku")
PERSON = ("sohn söhne fils hijo hijos hijito hijita filho filhos figlio figlia figli zoon dochter zoontje dochtertje syn syna córka "
          "córkę synek dcera dceru dcerka dotter сын сына дочь дочка дочку сынок син сина донька доньку oğlum γιος γιο κόρη "
          "putra putri")
EXAM3 = """gcse|gcses|o level|o levels|o-level|o-levels|junior cert|junior certificate|bece|kcpe|common entrance exam
brevet des collèges|brevet blanc|épreuves du brevet|examen del comipems|comipems|examen de ingreso a la prepa|examen de admisión a la prepa|simce
prova brasil|provas de aferição|exame nacional do 9º ano|exames do 9º ano|esame di terza media|esame di licenza media|esami di terza media
egzamin ósmoklasisty|egzaminu ósmoklasisty|egzaminie ósmoklasisty|egzamin gimnazjalny|přijímačky na střední|přijímací zkoušky na střední|přijímačky na gympl
nationella proven i nian|огэ|впр|lgs|lgs'ye|lgs sınavı|liselere giriş sınavı|teog|الشهادة الإعدادية|امتحانات الإعدادية|الشهادة المتوسطة
امتحانات الشهادة الإعدادية|لامتحانات الشهادة الإعدادية|امتحان الشهادة الإعدادية|لامتحان الشهادة الإعدادية|امتحانات نهایی نهم|दसवीं की बोर्ड परीक्षा|दसवीं बोर्ड|10वीं बोर्ड|दसवीं की परीक्षा|10वीं की परीक्षा|दसवीं के बोर्ड
এসএসসি|এসএসসি পরীক্ষার্থী|মাধ্যমিক পরীক্ষা|মাধ্যমিক পরীক্ষার্থী|สอบเข้า ม.4|โอเน็ต ม.3|thi vào lớp 10|thi vào 10|thi chuyển cấp
ujian nasional smp|ujian smp|高校受験|中考生|准备中考|参加中考|备战中考"""
EXAM4 = """11-plus|eleven plus|11 plus exam|11+ exam|ks2 sats|psle|übertrittszeugnis|examen de ingreso a la secundaria|esame di quinta elementare
doorstroomtoets|cito-toets|citotoets|cito toets|eindtoets groep 8|entreetoets|sprawdzian szóstoklasisty|nationella proven i sexan
الشهادة الابتدائية|آزمون تیزهوشان|تیزهوشان ششم|नवोदय प्रवेश परीक्षा|জেএসসি|জেএসসি পরীক্ষার্থী|জেডিসি|পিইসি|প্রাথমিক সমাপনী
สอบเข้า ม.1|โอเน็ต ป.6|thi vào lớp 6|ujian nasional sd|ujian sd|中学受験|小升初"""

# scout words in the cases and forms the session-23 hints lacked: child hints (level 1) of role child-place
SCOUT_HINT = ("προσκόπων προσκόπου προσκοπικής προσκοπική προσκοπίνας স্কাউটের স্কাউটদের স্কাউটরা स्काउटों स्काउटिंग izcinin "
              "izcilerin izciliği izcilik پیشاهنگان پیشاهنگ‌ها الكشافة الكشفي الكشفية скаутской скаутскую скаутский скаутського "
              "pfadfinderkluft pfadfinderuniform pfadfinderhemd")
# words that also say whose son or daughter (the possessive is part of the word or of an unspaced run): role either-age
EITHER_MORE = "הבן הבת trai gái anak"

def terms(block):
    return [t.strip() for line in block.strip().splitlines() for t in line.split("|") if t.strip()]

folder = YouthFolder(DATA, "youth26")  # tools/lexicon-data: written afresh, terms other lexicon files hold left out
keep = folder.keep

rel = {}
for line in REL2_MULTI.strip().splitlines():
    lang, rest = line.split("|", 1)
    rel[lang] = rest.split("|")
# Korean terms are written joined (ko.json: 여자아이): a term of three syllables or more then also matches across one space
# (우리 딸), while a spaced term never matched at all (session 34: "우리 딸 알몸" was allowed).
rel["ko"] = [t.replace(" ", "") for t in rel["ko"]]
one_word = by_language((CHILD4, 4), (CHILD2, 2))
for lang, ts in rel.items():  # one-word possessives (دخترم, oğlumuz, anakku, 아들내미) go to their language's file
    one_word.setdefault(lang, []).extend({"term": t, "signal": "minor", "level": 2} for t in ts if " " not in t)
n = folder.write_languages(one_word, "Session 24 (i16-children26): regional and colloquial child words and 'my son/daughter' of {lang}. Written by tools/children26/generate.py.", SRC)
multi = keep([{"term": t, "signal": "minor", "level": 4} for t in CHILD4_MULTI])
multi += keep([{"term": t, "signal": "minor", "level": 2} for t in CHILD2_MULTI])
multi += keep([{"term": t, "signal": "minor", "level": 2} for ts in rel.values() for t in ts if " " in t])
multi += keep([{"term": t, "signal": "minor", "level": 3} for t in terms(EXAM3)])
multi += keep([{"term": t, "signal": "minor", "level": 4} for t in terms(EXAM4)])
multi += keep([{"term": t, "signal": "child-hint", "level": 1} for t in SCOUT_HINT.split()])
unspaced = [t for ts in rel.values() for t in ts if " " not in t]
child2 = [w for line in CHILD2.strip().splitlines() for w in line.split()[1:]]
doc = {"version": "1", "about": "Session 24 (i16-children26): multi-word regional child words, 'my son/daughter' with a possessive, "
       "school exams sat by minors, and the roles either-age and person of the son and daughter words. Many languages in one "
       "file: no stop words, so no language is named. Written by tools/children26/generate.py.",
       "sources": SRC, "prompt": multi,
       "roles": {"either-age": list(dict.fromkeys(SON_DAUGHTER.split() + [w for w in child2 if "-" not in w] + EITHER_MORE.split() + unspaced)),
                 "person": list(dict.fromkeys(PERSON.split())), "child-place": SCOUT_HINT.split()}}
folder.write("children.json", doc)
print(n, "one-word terms,", len(multi), "terms in children.json")
