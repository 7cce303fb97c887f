#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/youth30/ (session 26, i16-children30): the child words held-out batch 30
still did not read, as classes in the languages where the class exists.

- school stages with their grade numbers, as each school system counts them:
  Vietnamese upper secondary `lớp 10`, `lớp 11`, `lớp 12` (lớp 1-9 were read; 10-12 are ages 15-18: level 3, as `học sinh`)
  and the male school pupil `nam sinh` (level 3, as `nữ sinh`); the university student `sinh viên`, `nữ sinh viên`, `nam sinh
  viên` is an adult (level 0), so the longer phrase wins over `nữ sinh` (`nữ sinh viên năm ba, khỏa thân` was blocked on main);
  Arabic secondary and preparatory stages as Egypt and the Levant name them: `الثانوية العامة` (the final secondary years),
  `طالبة ثانوي`, `المرحلة الثانوية`, `أولى ثانوي`, `الصف الأول الثانوي`, `الصف العاشر`, `الصف الحادي عشر`, `الصف الثاني عشر`
  (level 3: 15-18), `المرحلة الإعدادية`, `المرحلة المتوسطة`, `أولى إعدادي`, `الصف الأول الإعدادي` ... (level 4: 12-15),
  `المرحلة الابتدائية` (level 4).
- Persian age units with the indefinite and ezafe endings (`پنج‌ساله‌ای`: "a five-year-old", `ده ساله‌ی`): `ساله‌ای`,
  `ساله‌ی`, `سالهٔ` are `ageUnits` of the Persian grammar, so the number before them is read as an age as with `ساله`. The
  form without the non-joiner (`سالهای`) is left out: it is also `سال‌های` (years of).
- the Tagalog linker `-ng` joined to a youth word that ends in a vowel: `binatilyong` (the inflection file lists `binatilyo`
  and `binatilyong` as exceptions, so that `b-in-ata` is no `bata`, and so its linker form was never read), `elementaryang`,
  `beybing` (levels of their bare words).
- Father Christmas is no father: `father christmas`, `papá noel`, `babbo natale`, `papai noel`, `дед мороз`, `дід мороз` are
  benign phrases (level 0), so their parent word is no adult marker beside a child visiting him (batch 30's para-nude-en-01,
  "in the queue for Father Christmas's grotto ..., nude", was reviewed with `father` as an adult).
- "our/my little one" and "our youngest" as kin: German `unser Kleiner`, `unsere Kleine`, `mein Kleiner`, French `notre petit
  dernier`, `ma petite dernière`, Czech `malý syn`, `malou dceru` and their cases (level 2, role either-age: the youngest child
  may be grown up, and `meine Kleine` is also said of a girlfriend: an adult age or role of their own names an adult).
Levels follow docs/categories.md. Written from general knowledge of the languages (MIT, this project); no list copied.
Run: python3 tools/children30/generate.py
"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "lexicon-data"))
from youth_files import YouthFolder  # noqa: E402
DATA = os.path.join(here, "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data")
SRC = [{"source": "Written for GenScreen (issue 16, session 26, i16-children30) from general knowledge of the languages' school "
        "systems, Persian age endings, the Tagalog linker and kin phrases; no third-party list copied.", "license": "MIT (this project)"}]
AR_SECONDARY = ["الثانوية العامة", "طالبة ثانوي", "طالب ثانوي", "طالبة في الثانوية", "طالب في الثانوية", "المرحلة الثانوية",
                "أولى ثانوي", "اولى ثانوي", "تانية ثانوي", "ثانية ثانوي", "تالتة ثانوي", "ثالثة ثانوي",
                "الصف الأول الثانوي", "الصف الثاني الثانوي", "الصف الثالث الثانوي", "الصف الاول الثانوي",
                "الصف العاشر", "الصف الحادي عشر", "الصف الثاني عشر"]
AR_PREP = ["المرحلة الإعدادية", "المرحلة الاعدادية", "المرحلة المتوسطة", "المرحلة الابتدائية", "طالبة إعدادي", "طالب إعدادي",
           "طالبة اعدادي", "طالب اعدادي", "أولى إعدادي", "اولى اعدادي", "تانية إعدادي", "تالتة إعدادي",
           "الصف الأول الإعدادي", "الصف الثاني الإعدادي", "الصف الثالث الإعدادي", "الصف الأول المتوسط", "الصف الثاني المتوسط",
           "الصف الثالث المتوسط"]
ROWS = {
 "vi": [("lớp 10", 3), ("lớp 11", 3), ("lớp 12", 3), ("nam sinh", 3),
        ("sinh viên", 0, "adult"), ("nữ sinh viên", 0, "adult"), ("nam sinh viên", 0, "adult")],
 "ar": [(t, 3) for t in AR_SECONDARY] + [(t, 4) for t in AR_PREP],
 "en": [("father christmas", 0, "benign"), ("father christmas's", 0, "benign")],
 "es": [("papá noel", 0, "benign"), ("papa noel", 0, "benign")],
 "it": [("babbo natale", 0, "benign")],
 "pt": [("papai noel", 0, "benign")],
 "ru": [("дед мороз", 0, "benign"), ("деду морозу", 0, "benign"), ("деда мороза", 0, "benign")],
 "uk": [("дід мороз", 0, "benign"), ("діду морозу", 0, "benign")],
 "tl": [("binatilyong", 3), ("elementaryang", 4), ("beybing", 2)],
 "de": [("unser kleiner", 2), ("unsere kleine", 2), ("unseren kleinen", 2), ("unserem kleinen", 2), ("unserer kleinen", 2),
        ("mein kleiner", 2), ("meine kleine", 2), ("meinen kleinen", 2), ("meinem kleinen", 2)],
 "fr": [("notre petit dernier", 2), ("notre petite dernière", 2), ("mon petit dernier", 2), ("ma petite dernière", 2),
        ("notre dernier-né", 2), ("notre dernière-née", 2)],
 "cs": [("malý syn", 3), ("malého syna", 3), ("malému synovi", 3), ("malým synem", 3), ("malá dcera", 3), ("malou dceru", 3),
        ("malé dceři", 3), ("malou dcerou", 3), ("malé dcery", 3), ("malý synek", 3), ("malá dcerka", 3)],
}
FA_AGE_UNITS = ["ساله\u200cای", "ساله\u200cی", "سالهٔ", "ساله\u200cٔ"]

# Terms this generator wrote before later lexicon files also listed them (session 33, i16-generators41): left out as
# "held elsewhere", a re-run no longer reproduced the committed files. Each is kept here with the files that hold it
# now; existing_terms does not count them as held elsewhere.
KEPT_ELSEWHERE = {
    "طالبة ثانوي": "lang30/ar.json",
    "طالب ثانوي": "lang30/ar.json",
    "طالبة في الثانوية": "lang30/ar.json",
    "طالب في الثانوية": "lang30/ar.json",
    "أولى ثانوي": "lang30/ar.json",
    "ثانية ثانوي": "lang30/ar.json",
    "ثالثة ثانوي": "lang30/ar.json",
    "الصف الأول الثانوي": "lang30/ar.json",
    "الصف الثاني الثانوي": "lang30/ar.json",
    "الصف الثالث الثانوي": "lang30/ar.json",
    "الصف العاشر": "lang30/ar.json",
    "الصف الحادي عشر": "lang30/ar.json",
    "المرحلة الإعدادية": "lang30/ar.json",
    "المرحلة المتوسطة": "lang30/ar.json",
    "طالبة إعدادي": "lang30/ar.json",
    "طالب إعدادي": "lang30/ar.json",
    "طالبة اعدادي": "lang30/ar.json",
    "طالب اعدادي": "lang30/ar.json",
    "أولى إعدادي": "lang30/ar.json",
    "الصف الأول الإعدادي": "lang30/ar.json",
    "الصف الثاني الإعدادي": "lang30/ar.json",
    "الصف الثالث الإعدادي": "lang30/ar.json",
    "الصف الأول المتوسط": "lang30/ar.json",
    "الصف الثاني المتوسط": "lang30/ar.json",
    "الصف الثالث المتوسط": "lang30/ar.json",
    "binatilyong": "lang30/tl.json",
    "elementaryang": "lang30/tl.json",
    "beybing": "lang30/tl.json",
}

folder = YouthFolder(DATA, "youth30", KEPT_ELSEWHERE)  # tools/lexicon-data: written afresh, terms other lexicon files hold left out
keep, seen, skipped = folder.keep, folder.seen, folder.skipped
rows = {lang: ([{"term": r[0], "signal": r[2] if len(r) > 2 else "minor", "level": r[1]} for r in rs]) for lang, rs in ROWS.items()}
n = folder.write_languages(rows, "Session 26 (i16-children30): school stages with grade numbers, linker forms and kin phrases of {lang}. Written by tools/children30/generate.py.", SRC)
either = [r["term"] for lang in ("de", "fr") for r in rows[lang] if r["term"] in seen]
# roles name single words: a phrase's last word carries it (Kleiner, Kleine, dernier, dernière)
either = sorted({t.split()[-1] for t in either if "-" not in t.split()[-1]})
doc = {"version": "1", "about": "Session 26 (i16-children30): Persian age units with the indefinite and ezafe endings, and the "
       "role either-age of the kin phrases (an adult age of their own names an adult). Written by tools/children30/generate.py.",
       "sources": SRC, "prompt": [], "ageUnits": FA_AGE_UNITS, "roles": {"either-age": either}}
folder.write("children.json", doc)
print(n, "terms; already elsewhere:", " ".join(skipped))
