#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/youth23/children.json (session 22, i16-children23).

Classes of child wording the lexicons still lacked, in 26 languages (one file, no stop words, so no language is named):
- relation words that name a child of the speaker or of an adult (niece, nephew, godchild, grandchild; level 2 as English
  `niece` already is: the relative may be an adult, so an adult marker sends the prompt to review) and their diminutives
  (`племінничок`, `sobrinita`, `nipotino`: level 4, only a small child is called so);
- colloquial child words and diminutives (`lillkillen`, `เบบี๋`, `الصغنون`; level 4);
- the youngest sections of scouting and guiding (WOSM/WAGGGS member organisations' sections, from general knowledge of
  the Scout Association (Beavers, Cubs), Girlguiding (Rainbows, Brownies), DPSG (Wölflinge), Scouts de France (louveteaux),
  ASDE (lobatos), AGESCI (lupetti, coccinelle), Scouting Nederland (bevers, welpen), ZHP (zuchy), Junák (vlčata), Plast
  (новачки), Scouts and Guides of India (Cubs, Bulbuls), Pramuka (Siaga), Scout Association of Japan (カブスカウト),
  Korea Scout Association (컵스카우트), Thai scouting (ลูกเสือสำรอง), Vietnamese scouting (Ấu sinh)); each section word that
  may be an animal or a food (beaver, brownie, welp) only beside its organisation; every section token gets the role
  `child-place`, so a leader word beside it (role `staff`: den mother, Akela, cheftaine, jefa, 隊長) keeps it the adult's
  group (Rules/AttendedPlaces.cs), as a kindergarten teacher keeps the kindergarten hers;
- birthday words (role `birthday`) and ordinals 1-17 the age reader needs for an age said through a birthday in either order
  (`sjätte födelsedag`, `عيد ميلادها السادس`, `יום הולדת שש`, `ulang tahun keenam`; Rules/AgeDetector.cs DetectBirthday);
- dative pronouns that say an age (`йому 7`, `їй 7`: role `strong-age-verb`, as Russian `ему` already is) and copulas
  (`hon är 7`, `hij is 7`: role `age-verb`, read only after a person word).
Left out as they fold onto other words: French `petite-fille` (reads as `petite fille`, a little girl of a higher level),
Vietnamese `cháu` alone (also a pronoun), `trưởng` (folds onto `truồng` of `trần truồng`) and `ấu` (folds onto French `au`).
Levels follow docs/categories.md. Written from general knowledge of the languages (MIT, this project); no list copied.
Run: python3 tools/children23/generate.py
"""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(here, "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data", "youth23", "children.json")
SRC = [{"source": "Written for GenScreen (issue 16, session 22, i16-children23) from general knowledge of the languages' kinship "
        "and child words, birthday and age grammar, and the youngest sections of WOSM and WAGGGS member organisations; "
        "no third-party list copied.", "license": "MIT (this project)"}]

# relation words that may name an adult (level 2), by language
REL2 = """
cs neteř neteře neteři netří synovec synovce synovci kmotřenec kmotřence kmotřenci kmotřenka kmotřenky vnučka vnučku vnuk vnouče
pl siostrzenica siostrzenicy siostrzenicę bratanica bratanicy bratanicę siostrzeniec siostrzeńca bratanek bratanka chrześniak chrześniaka chrześniaczka chrześnica wnuczka wnuczkę wnuczek
uk племінниця племінницю племінниці племінник племінника хрещеник хрещеника хрещениця хрещеницю похресниця похресницю похресник онука онуку онучка онук
ru крестница крестницу крестник крестника внучка внучку
sv brorsdotter systerdotter brorson systerson gudbarn gudson guddotter barnbarn dotterdotter sonson
nl petekind petekindje neefje nichtje kleinkind kleindochter kleinzoon
de patenkind patenkinder patentochter patensohn enkelin enkelsohn
fr filleul filleule
es ahijado sobrinos nieta nieto
it nipote figlioccio figlioccia nipotino
pt afilhado afilhada
el ανιψιά ανιψιός ανιψιό βαφτιστήρα βαφτιστήρι βαφτιστικός βαφτιστικιά εγγονή εγγονός εγγονάκι
tr yeğeni yeğenimiz torunum torunu
id keponakan keponakanku keponakannya cucu cucuku
tl pamangkin inaanak bunso
he אחיינית האחיינית אחיין האחיין נכדה הנכדה
ar حفيدتي حفيدي
fa برادرزاده خواهرزاده برادرزاده‌ام خواهرزاده‌ام برادرزاده‌ی خواهرزاده‌ی نوه‌ام
hi भतीजी भांजी भतीजा भांजा पोती नातिन
bn ভাগ্নি ভাইঝি ভাগ্নে ভাইপো নাতনি নাতি
"""
REL2_MULTI = ["ابن أخي", "ابنة أخي", "ابن أختي", "ابنة أختي", "ابنة اخي", "ابن اختي", "cháu gái", "cháu trai", "侄子", "侄女", "外甥",
              "甥っ子", "姪っ子"]

# diminutives and colloquial child words: level 4
CHILD4 = """
uk племінничок племінничка похресничок синочок донечка малятко
ru племянничек племяшка внучонок сынишка
pl synek córeczka wnusia
cs synáček dceruška vnoučátko
sv lillkillen lillflickan lillskiten lillgrabben småttingen
nl zoontje dochtertje
de neffchen nichtchen
fr bambine bambins
es sobrinito sobrinita nietecito nietecita peque peques chiquitín chiquitina
it nipotina figliolino
pt sobrinhozinho sobrinhazinha netinho netinha
el ανιψούλα ανιψιούλης
tr bücürü bücürüm bücürler
id ponakan bocah
he זאטוטה הזאטוט
ar الصغنون الصغنونة صغنون صغنونة
fa کوچولوم فسقلیم
th เบบี๋
hi छुटका
"""
CHILD4_MULTI = ["kab scout", "kab scouts", "mga kab", "cub scout", "beaver scout", "beaver scouts", "rainbow guide", "rainbow guides",
                "brownie guide", "brownie guides", "castors des scouts", "castor scout", "castora de los scouts", "castores scouts",
                "coccinella degli scout", "coccinelle degli scout", "bevertjes van scouting", "bevers van scouting", "welpen van scouting",
                "biber der pfadfinder", "কাব স্কাউটরা", "پیشاهنگ‌های کوچک", "پیشاهنگان کوچک", "пластуни-новачки", "пластуни новачки", "новачки пласту", "новачка з пласту", "новачок з пласту",
                "спарарscout"]
CHILD4_MULTI.remove("спарарscout")
SECTIONS4 = "zuchy zuchów zuchami zuchem spårare spårarscouter spårarna vlčata vlčat λυκόπουλα λυκόπουλων カブスカウト 幼童军 컵스카우트 ลูกเสือสำรอง"
SECTIONS3 = "걸스카우트 보이스카우트 ガールスカウト"
# section tokens that take the child-place role (a leader beside them keeps them the adult's group)
PLACE = ("cub cubs beaver beavers rainbow rainbows brownie brownies wölflinge wölfling wölflingen louveteaux louveteau louvettes "
         "lobatos lobatas lupetti lupetto coccinelle welpen bevers bevertjes zuchy zuchów spårare spårarna spårarscouter vlčata vlčat "
         "λυκόπουλα λυκόπουλων yavrukurt yavrukurtlar yavrukurtların siaga kab bulbul bulbuls lobinhos lobinho новачки новачків "
         "октябрята castors castor biber الأشبال أشبال カブスカウト 幼童军 컵스카우트 ลูกเสือสำรอง बुलबुल কাব")
STAFF = ("leader leaders akela gruppenleiterin gruppenleiter leiter cheftaine cheftaines chef cheffe jefa jefe capo chefe ledare "
         "scoutledare scoutledaren ledaren lider lideri liderinin lideriyle αρχηγός αρχηγέτης قائدة قائد pembina "
         "drużynowa drużynowy vedoucí вожатая вожатый виховниця виховник מדריכה מדריכת מדריך سرپرست लीडर লিডার 隊長 领队 女领队 지도자 "
         "ผู้กำกับ")
BIRTHDAY = ("urodziny urodzin urodzinach urodzinki narozeniny narozeninách narozeninám narozenin födelsedag födelsedagen födelsedagar "
            "verjaardag verjaardagje γενέθλια γενεθλίων народження günü gününde gününü gününe ميلاد ميلادها ميلاده الميلاد ميلادي "
            "הולדת ההולדת تولد تولدش جنمदिन जन्मदिन जन्मदिवस জন্মদিন জন্মদিনে kaarawan ulang ultah")
ORDINALS = {
    # Hebrew (masculine and feminine), Indonesian, Tagalog, Swedish, Dutch, Turkish and Persian beyond the lists the lexicons had
    "ראשון": 1, "שני": 2, "שלישי": 3, "רביעי": 4, "חמישי": 5, "שישי": 6, "שביעי": 7, "שמיני": 8, "תשיעי": 9, "עשירי": 10,
    "ראשונה": 1, "שנייה": 2, "שלישית": 3, "רביעית": 4, "חמישית": 5, "שישית": 6, "שביעית": 7, "שמינית": 8, "תשיעית": 9, "עשירית": 10,
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9,
    "kesepuluh": 10, "kesebelas": 11,
    "ikaapat": 4, "ikaapat na": 4, "ikalima": 5, "ikaanim": 6, "ikapito": 7, "ikawalo": 8, "ikasiyam": 9, "ikasampu": 10,
    "ikalimang": 5, "ikaanim na": 6, "ikapitong": 7, "ikawalong": 8, "ikasiyam na": 9,
    "femte": 5, "sjätte": 6, "sjunde": 7, "åttonde": 8, "nionde": 9, "tionde": 10, "elfte": 11, "tolfte": 12, "trettonde": 13,
    "fjortonde": 14, "femtonde": 15, "sextonde": 16, "sjuttonde": 17,
    "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12,
    "beşinci": 5, "altıncı": 6, "yedinci": 7, "sekizinci": 8, "dokuzuncu": 9, "onuncu": 10,
    "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8, "نهم": 9, "دهم": 10, "پنجمین": 5, "ششمین": 6, "هفتمین": 7, "هشتمین": 8, "نهمین": 9, "دهمین": 10,
    "δεύτερα": 2, "τρίτα": 3, "τέταρτα": 4, "πέμπτα": 5, "έκτα": 6, "έβδομα": 7, "όγδοα": 8, "ένατα": 9, "δέκατα": 10,
    "السادس": 6, "السابع": 7, "الخامس": 5, "الثامن": 8, "التاسع": 9, "العاشر": 10, "الرابع": 4, "الثالث": 3,
}
ORDINALS = {k: v for k, v in ORDINALS.items() if " " not in k}
AGE_VERB_STRONG = "йому їй jí"
AGE_VERB = "är"
PERSON = "han hij zij"
AGE_UNITS = ["سالشه", "سالش"]

def words(block):
    return [w for line in block.strip().splitlines() for w in line.split()[1:]]

prompt = [{"term": t, "signal": "minor", "level": 2} for t in words(REL2) + REL2_MULTI]
prompt += [{"term": t, "signal": "minor", "level": 4} for t in words(CHILD4) + CHILD4_MULTI + SECTIONS4.split()]
prompt += [{"term": t, "signal": "minor", "level": 3} for t in SECTIONS3.split()]
seen, rows = set(), []
for e in prompt:
    if e["term"] not in seen:
        seen.add(e["term"]); rows.append(e)
doc = {"version": "1", "about": "Session 22 (i16-children23): relation words with a child cue, colloquial child words, the youngest "
       "scout and guide sections (with leader words that keep a section the adult's group), birthday words, ordinals and "
       "pronoun ages. Many languages in one file: no stop words, so no language is named. Written by tools/children23/generate.py.",
       "sources": SRC, "prompt": rows, "ageUnits": AGE_UNITS, "ordinals": ORDINALS,
       "roles": {"child-place": PLACE.split(), "staff": STAFF.split(), "birthday": [w for w in BIRTHDAY.split() if w != "जनमदिन"],
                 "strong-age-verb": AGE_VERB_STRONG.split(), "age-verb": AGE_VERB.split(), "person": PERSON.split()}}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(rows), "terms,", len(ORDINALS), "ordinals")
