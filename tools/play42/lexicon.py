#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/play42/*.json (session 34, i16-play42): the child words sealed batch 41 still
missed, made general.
- A possessed son or daughter (my son, oğlum): an ambiguous youth term (level 2) with the either-age role (an adult age of its
  own phrase names an adult: kırk yaşındaki oğlum), as "my son" / "mein Sohn" already are; in
  Turkish the possessive is an ending (oğlum, oğluma, kızımla), in Korean the possessor is 우리 or 내 before the noun.
  The bare Turkish oğlum / kızım were left out by the branch ("kırk yaşındaki oğlum", my forty-year-old son, went to review:
  AdultRelatives read only ages in digits) and came back once it read a number word said as an age (the lead, session 34).
  Left out: Hebrew בני / בתי (also "sons of", "houses of": בני זוג, בתי קפה), Japanese bare 息子 / 娘 (slang and "young woman").
- Youth organisations whose members are children (youth fire brigades, cadets, youth army): ambiguous youth (level 2), so a
  bare age beside them (", 14,") is read as the member's and an adult marker (a leader, 30) keeps the prompt adult.
- School stage written as stage + digit (lise 1, ortaokul 2), the Indian "std" unit (10th std, std 9), Hindi classes named by
  an English ordinal in Devanagari (टेंथ, ट्वेल्थ) and the board exam of a class (टेंथ बोर्ड, दसवीं बोर्ड): school-stage rows
  (Lexicons/SchoolStage.cs), so the level follows the stage's age (class 10 is 15-16: a minor; class 12 may reach 18: ambiguous).
Written for GenScreen from general knowledge of the languages and their school systems (MIT, this project); no third-party list.
Run: python3 lexicon.py"""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import listed_by_language  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.normpath(os.path.join(here, '..', '..', 'src', 'GenScreen.Core', 'Prompts', 'Lexicons', 'Data', 'play42'))

POSSESSED = {
 "tr": ["oğlum", "kızım", "oğluma", "oğlumu", "oğlumla", "oğlumun", "oğlumuz", "oğlumuza", "oğlumuzu", "oğlumuzla",
        "kızıma", "kızımı", "kızımla", "kızımın", "kızımız", "kızımıza", "kızımızı", "kızımızla"],
 # Korean written joined, as ko.json writes its terms: three syllables or more match across one space too (우리 딸이)
 "ko": ["우리아들", "우리딸", "내아들", "내딸", "우리아들이", "우리딸이", "딸아이", "아들아이", "우리딸아이"],
 "ja": ["うちの息子", "うちの娘", "私の息子", "私の娘", "僕の息子", "僕の娘", "俺の息子", "俺の娘"],
 "pt": ["meu filho", "minha filha", "meu filhinho", "minha filhinha"],
 "fr": ["mon fils", "ma fille", "ma petite fille", "mon petit garçon"],
 "pl": ["mój syn", "moja córka", "mojego syna", "moją córkę", "mojej córki", "mój synek", "moja córeczka"],
}
YOUTH_ORGS = {
 "de": ["jugendfeuerwehr", "der jugendfeuerwehr", "jugendrotkreuz", "jungschar", "jungfeuerwehr", "kinderfeuerwehr", "thw jugend"],
 "en": ["army cadets", "sea cadets", "air cadets", "junior rotc", "jrotc", "cub scouts", "boys brigade", "girls brigade",
        "junior firefighter", "junior firefighters"],
 "fr": ["jeunes sapeurs pompiers", "jeune sapeur pompier"],
 "es": ["bomberos infantiles", "bombero infantil", "miembro de los scouts"],
 "it": ["allievi vigili del fuoco"],
 "pt": ["bombeiro mirim", "bombeiros mirins", "escoteiro mirim"],
 "nl": ["jeugdbrandweer"],
 "pl": ["młodzieżowa drużyna pożarnicza", "młodzieżowej drużyny pożarniczej", "zuch", "zuchy", "zuchem", "zucha"],
 "cs": ["mladí hasiči", "mladý hasič", "mladá hasička", "mladých hasičů"],
 "sv": ["ungdomsbrandkår", "ungdomsbrandkåren"],
 "ru": ["юнармеец", "юнармейка", "юнармейцы", "юнармии", "юный пожарный", "юные пожарные", "юная пожарная"],
 "uk": ["юний рятувальник", "юні рятувальники", "юна рятувальниця"],
 "ja": ["少年消防クラブ", "スポーツ少年団", "少年団員"],
}
# Children's heroes whose name holds a person word (Spider-Man, Iron Man): benign phrases, as youth36 wrote them for English,
# so that their man/hombre/человек/مرد is no adult marker (a cake shaped as Spider-Man is a child's party).
HEROES = {
 "es": ["hombre araña", "el hombre araña", "del hombre araña", "hombre de hierro"],
 "pt": ["homem aranha", "do homem aranha", "homem de ferro", "homem formiga"],
 "it": ["uomo ragno", "dell'uomo ragno", "uomo d'acciaio"],
 "fr": ["homme araignée", "l'homme araignée"],
 "ru": ["человек паук", "человека паука", "человеком пауком", "человеке пауке", "железный человек", "железного человека"],
 "uk": ["людина павук", "людини павука", "людиною павуком", "залізна людина"],
 "pl": ["człowiek pająk", "człowieka pająka", "człowiekiem pająkiem"],
 "el": ["άνθρωπος αράχνη", "ανθρώπου αράχνη"],
 "ar": ["الرجل العنكبوت", "رجل العنكبوت", "الرجل الحديدي"],
 "fa": ["مرد عنکبوتی", "مرد آهنی"],
 "he": ["איש העכביש", "איש הברזל"],
 "vi": ["người nhện", "người sắt"],
 "id": ["manusia laba laba"],
 "tl": ["taong gagamba"],
 "hi": ["स्पाइडर मैन", "स्पाइडरमैन", "आयरन मैन"],
 "bn": ["স্পাইডার ম্যান", "স্পাইডারম্যান", "আয়রন ম্যান"],
}
STAGES = {
 "tr": [{"unit": "lise", "after": True, "firstAge": 14, "count": 4, "context": True},
        {"unit": "ortaokul", "after": True, "firstAge": 10, "count": 4, "context": True}],
 "en": [{"unit": "std", "before": "ordinal", "firstAge": 6, "count": 12},
        {"unit": "std", "after": True, "firstAge": 6, "count": 12, "context": True}],
 "hi": [{"unit": "बोर्ड", "before": "ordinal", "firstAge": 6, "count": 12}],
}
ORDINALS = {
 "hi": {"फिफ्थ": 5, "सिक्स्थ": 6, "सेवंथ": 7, "सेवन्थ": 7, "एटथ": 8, "एट्थ": 8, "नाइंथ": 9, "नाइन्थ": 9, "टेंथ": 10, "टेन्थ": 10,
        "इलेवंथ": 11, "इलेवन्थ": 11, "ट्वेल्थ": 12, "ट्वेल्फ्थ": 12},
}
# a term another lexicon file already lists for the language is not written again (one owner per term)
listed = listed_by_language(os.path.dirname(out), 'play42')
os.makedirs(out, exist_ok=True)
langs = sorted(set(POSSESSED) | set(YOUTH_ORGS) | set(STAGES) | set(ORDINALS) | set(HEROES))
for lang in langs:
    doc = {
        "language": lang,
        "version": "1",
        "about": f"Session 34 (i16-play42): possessed son and daughter nouns, youth organisations, school stage + digit, heroes named with a person word of {lang}. Written by tools/play42/lexicon.py.",
        "sources": [{"source": "Written for GenScreen (issue 16, session 34, i16-play42) from general knowledge of the language and its school system; no third-party list copied.",
                     "license": "MIT (this project)"}],
        "prompt": [{"term": t, "signal": "minor", "level": 2} for t in sorted(set(POSSESSED.get(lang, []) + YOUTH_ORGS.get(lang, [])))
                   if (lang, t) not in listed and (None, t) not in listed]
                  + [{"term": t, "signal": "benign", "level": 0} for t in sorted(set(HEROES.get(lang, [])))
                     if (lang, t) not in listed and (None, t) not in listed],
    }
    # a possessed son or daughter may name an adult (kırk yaşındaki oğlum, my forty-year-old son): the either-age role lets
    # an adult age of its own phrase name that adult (Rules/AdultRelatives.cs), as for grandson, nipote, fils
    either = sorted({t for t in POSSESSED.get(lang, []) if " " not in t})
    if either:
        doc["roles"] = {"either-age": either}
    if lang in STAGES:
        doc["schoolStages"] = STAGES[lang]
    if lang in ORDINALS:
        doc["ordinals"] = ORDINALS[lang]
    with open(os.path.join(out, f"{lang}.json"), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(langs), 'files ->', out)
