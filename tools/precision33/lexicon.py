#!/usr/bin/env python3
"""Lexicon of session 29 (i16-precision33): src/GenScreen.Core/Prompts/Lexicons/Data/precision33/terms.json.

Two word classes, written for GenScreen from general knowledge of the languages (no third-party list copied; MIT):
- adult age words: the decade adjectives and age adjectives of an adult (Arabic أربعينية "in her forties" and its dual and
  plural forms, the dual of "adult"/"woman"; Persian "forty-year-old" چهل ساله; Polish trzydziestoletnia and
  trzydziestoparoletnia "thirty-odd"; Czech třicetiletá), adult markers (level 0): they name the subject as an adult and,
  being lexicon words, are never read as a name by the caseless-script name rules (ميلف أربعينية, امرأتين بالغتين, عضلانی
  چهل were reviewed as likely people). Only the decades 20-90: no child age is a decade adjective.
- sex acts and positions said as a name (level 4, blocked under strict): sixty-nine as a position in words (no digits: a term with digits adds work to every prompt with a number, BenignPromptStepTests) (with its preposition or
  article: never the bare number, "le numéro soixante-neuf"), scissoring, facesitting, footjob, strap-on, eating out,
  handjob slang said with its verb (paja is also straw), swingers' parties, massage with a sexual service. Each is a
  phrase whose words have no innocent reading together."""
import json, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2] / "src/GenScreen.Core/Prompts/Lexicons/Data/precision33"
ABOUT = ("Session 29 (i16-precision33): adult age words (decade and age adjectives of adults, never a name) and sex acts "
         "and positions said as a name (sixty-nine as a position in words (no digits: a term with digits adds work to every prompt with a number, BenignPromptStepTests), scissoring, facesitting, footjob, eating out, "
         "swingers, massage with a sexual service). Written by tools/precision33/lexicon.py.")
SOURCE = [{"source": "Written for GenScreen (issue 16, session 29, i16-precision33) from general knowledge of the languages; no third-party list copied.",
           "license": "MIT (this project)"}]

adult, acts = {}, {}
def A(lang, *terms): adult.setdefault(lang, []).extend(terms)
def S(lang, *terms): acts.setdefault(lang, []).extend(terms)

# --- adult age words -------------------------------------------------------------------------------------------
ar_decades = ["عشريني", "ثلاثيني", "أربعيني", "اربعيني", "خمسيني", "ستيني", "سبعيني", "ثمانيني", "تسعيني"]
ar_endings = ["", "ة", "ه", "ات", "ين", "ون", "ان", "تان", "تين", "ية", "يات"]
A("ar", *sorted({d + e for d in ar_decades for e in ar_endings if not (d.endswith("ي") and e.startswith("ي"))}))
A("ar", "بالغتين", "بالغتان", "بالغات", "بالغان", "امرأتين", "امرأتان", "امراتين", "امراتان", "ميلف", "ناضجات", "ناضجتين")
fa_tens = ["بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"]
A("fa", *[t + " ساله" for t in fa_tens], *[t + "\u200cساله" for t in fa_tens], *[t + "ساله" for t in fa_tens if t != "سی"],
  *[t + " و چند ساله" for t in fa_tens], "میلف")
pl_pref = ["dwudziesto", "trzydziesto", "czterdziesto", "pięćdziesięcio", "sześćdziesięcio", "siedemdziesięcio",
           "osiemdziesięcio", "dziewięćdziesięcio"]
pl_end = ["letni", "letnia", "letnie", "letniego", "letniej", "letnią", "letnim", "letniemu", "letnich", "letnimi"]
A("pl", *[p + m + e for p in pl_pref for m in ("", "paro") for e in pl_end])
cs_pref = ["dvaceti", "třiceti", "čtyřiceti", "padesáti", "šedesáti", "sedmdesáti", "osmdesáti", "devadesáti"]
cs_end = ["letý", "letá", "leté", "letého", "leté", "letou", "letém", "letí", "letých", "letému"]
A("cs", *sorted({p + e for p in cs_pref for e in ("letý", "letá")}))
A("he", "מילפית", "מילף")

# --- sex acts and positions (level 4) ---------------------------------------------------------------------------
S("en", "sixty-nine position", "doing a sixty-nine", 
  "face sitting", "face-sitting", "foot job", "eating her out", "eats her out", "eat her out", "ate her out",
  "eating each other out", "eat each other out", "eating him out", "swingers party", "swinger party", "swingers club",
  "happy ending massage", "massage with a happy ending", "tribadism")
S("de", "neunundsechziger", "scherenstellung", "footjob",
  "swingerparty", "swingerclub", "leckt sie aus", "lecken sich gegenseitig die muschi")
S("fr", "soixante-neuf entre", "position soixante-neuf", 
  "se broutent le minou", "broute le minou", "brouter le minou", "se broutent la chatte",
  "broute la chatte", "font les ciseaux", "position des ciseaux", "branlette espagnole",
  "soirée échangiste", "club échangiste", "massage avec finition")
S("es", "haciendo un sesenta y nueve", 
  "haciendo la tijera", "hacer la tijera", "hacen la tijera", "hacían la tijera", "haciendo tijeras", "hacer tijeras",
  "acaba en paja", "hacerle una paja", "haciendo una paja", "hacerse una paja",
  "fiesta swinger", "intercambio de parejas", "masaje con final feliz")
S("it", "fanno la forbice",
  "serata scambista", "club per scambisti", "massaggio con lieto fine")
S("pt", "fazendo um sessenta e nove", 
  "fazendo tesoura", "fazem tesourinha", "fazendo tesourinha", "festa swing", "troca de casais",
  "massagem com final feliz")
S("nl", "negenenzestig standje", "parenclub", "swingersfeest",
  "beha uittrekt", "trekt haar beha uit", "beha uittrekken")
S("pl", "robi dobrze stopami", "dobrze stopami", "impreza swingersów")
S("cs", "kundička", "kundičku", "kundičky", "kundičce", "kundou",
  "swingers párty")
S("sv", "sextionio", "swingersklubb", "swingersfest")
S("ru", "фейситтинг", "страпон", "страпоном", "свингер-вечеринка", "вечеринка свингеров")
S("uk", "фейситинг", "страпон", "страпоном", "вечірка свінгерів")
S("tr", "eş değiştirme partisi")
S("el")
S("he", "מסיבת סווינגרס", "סווינגרס")
S("ar", "حفلة تبادل الزوجات")
S("fa", "پوزیشن ۶۹")
S("hi", "चेहरे पर माल", "मुँह पर माल", "स्ट्रैप-ऑन")
S("bn", "স্ট্র্যাপ-অন", "স্ট্র্যাপঅন", "পেছন থেকে করছে")
S("th", "บีดีเอสเอ็ม")
S("vi", "massage kích dục", "mát-xa kích dục", "mát xa kích dục")
S("id", "pijat plus-plus", "pijat plus plus", "istri wot")

# Terms held for evidence of their language (none this session: Czech nazí was tried and matched nothing).
LANGUAGE_ONLY: dict = {}

ROOT.mkdir(parents=True, exist_ok=True)
for old in ROOT.glob("*.json"):
    old.unlink()
# One file for every language, naming none (as youth19/children.json): a file per language added work to every prompt's
# term matching (BenignPromptStepTests: +261 steps with 23 files, whatever their rows), one file adds none.
rows = []
for lang in sorted(set(adult) | set(acts)):
    rows += [{"term": t, "signal": "adult", "level": 0} for t in dict.fromkeys(adult.get(lang, []))]
    rows += [{"term": t, "signal": "sexual", "level": 4} for t in dict.fromkeys(acts.get(lang, []))]
doc = {"version": "1", "about": ABOUT + " Many languages in one file: no stop words, so no language is named.", "sources": SOURCE, "prompt": rows}
(ROOT / "terms.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(v) for v in adult.values()), "adult,", sum(len(v) for v in acts.values()), "act rows ->", ROOT / "terms.json")
