#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/youth29/ (session 25, i16-children29): the child words held-out batch 29
still did not read, as classes in the 26 languages.

- grandchildren: the lexicons read a grandchild word (`granddaughter`, `Enkelin`, `孫娘`, `حفيدة`, `نوه`, `torun`) as level 2,
  role either-age, since session 22: with nudity it blocks, and an adult age of its own (`my grandson, 31`) makes it an adult.
  This file adds the forms that were missing: Arabic possessive suffixes (`حفيدها`, `حفيدته`, `أحفادها`), Persian
  `نوه‌اش`, `نوه‌مان` (with and without the zero-width non-joiner), Turkish case forms (`torununa`, `torunlarıyla`), Bengali
  `নাতনিকে`, `নাতিকে`, Tagalog `apo niyang`/`apo kong`/`apo ko`, Japanese `孫` with a particle after it (`孫と`, `孫を`,
  `孫に`: the noun, not the surname Son/Sun, which a given name follows: `孫悟空`, `孫正義`), Chinese `小孙女`. Level 2,
  role either-age, as the grandchild words already were. Decision (session 25): a grandchild word is read as the son and
  daughter words are, ambiguous (the person may be an adult) rather than a child; what marks the adult is an adult age or
  role of its own.
- scout section members by gender: Portuguese `escuteiro`, `escuteira` (the European spelling; Brazilian `escoteira` was
  read), German `Wölflingin`, Vietnamese `oanh vũ` (the cub section of Vietnamese scouting) after a classifier or with
  `hướng đạo`: level 2 with role either-age where older members exist (`escuteiro`: rovers are 18-22), level 3 for the
  children's sections.
- literary and old child words: Bengali `বালক` (boy) and its case forms, German `Knäblein`, `Mägdlein`, Italian
  `fanciullo`, `fanciullino` (level 3) and `fanciulla` (level 2, either-age: the opera's `fanciulla del West` is a woman),
  Dutch `knaapje` (level 4) and `knaap` (level 2), Polish `pacholę`, `chłopię`, Czech `pachole`, Russian `отрок`,
  `отроковица`, Greek `παιδίσκη`, Japanese `わらべ`, `稚児`, Chinese `稚子`, Arabic `غلام` (level 2: also a name's first part).
- colloquial words with a possessive: Russian `мой малой`, `наш малой`, Ukrainian `мій малий`, `наш малий`, `моя мала`
  (level 2, either-age: `моя малая` is also said of a girlfriend; the bare adjectives are left out, `малий бізнес`).
Left out: Thai `กุมาร` (inside `กุมารแพทย์`, a paediatrician), Hebrew `עולל` (also a verb), Korean `동자` (Hangul terms match
inside words), Japanese `童子` (`酒呑童子`, an adult demon), English `urchin` (a sea urchin), `lad`, `lass` (said of adults),
Spanish `infante` (a royal prince), European Portuguese `puto` (vulgar in Brazil), Japanese `孫` alone or after a verb
(`戦う孫悟空`), bare Russian `малой` (`малой кровью`) and Ukrainian `малий`, `мала` (adjectives).
Levels follow docs/categories.md. Written from general knowledge of the languages (MIT, this project); no list copied.
Run: python3 tools/children29/generate.py
"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "lexicon-data"))
from functools import partial
from youth_files import YouthFolder, by_language  # noqa: E402
by_language = partial(by_language, without_zwnj=True)  # Persian words with the non-joiner are also listed without it
DATA = os.path.join(here, "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data")
SRC = [{"source": "Written for GenScreen (issue 16, session 25, i16-children29) from general knowledge of the languages' kinship "
        "inflections, scout sections and literary child words; no third-party list copied.", "license": "MIT (this project)"}]
# grandchild forms: level 2, role either-age
GRAND2 = """
ar حفيدها حفيدته حفيدتها حفيده حفيدك حفيدتك حفيدهما حفيدتهما أحفادها أحفاده أحفادنا أحفادك احفادها احفاده حفيدى حفيدتى
fa نوه‌اش نوه‌ات نوه‌مان نوه‌تان نوه‌شان نوه‌هایش نوه‌هایمان نوه‌هاش نوه‌ش نوه‌ها
tr torununa torunumu torunuma torununu torununun torunları torunlarına torunlarıyla torunlarını torunlarım torunlarımla torunlarımız torunumuz torununla
bn নাতনিকে নাতিকে নাতিটা নাতনিটা নাতিটি নাতনিটি নাতনিরা নাতিরা নাতিনাতনি
zh 小孙女 小孙孙 孙孙
ja 孫と 孫を 孫に 孫は 孫も 孫へ 孫や 孫ちゃん 孫っ子 お孫ちゃん
"""
GRAND2_MULTI = ["apo niyang babae", "apo niyang lalaki", "apo niya", "apo niyang", "apo ko", "apo kong", "apo naming", "apo namin",
                "ang apo", "kanyang apo", "aking apo", "mga apo"]
SCOUT3 = """
de wölflingin wölflinginnen
"""
SCOUT2 = """
pt escuteiro escuteira escuteiros escuteiras escuteirinho escuteirinha
"""
SCOUT3_MULTI = ["em oanh vũ", "bé oanh vũ", "đoàn oanh vũ", "oanh vũ hướng đạo", "các em oanh vũ", "ngành oanh vũ"]
LIT3 = """
bn বালক বালকটি বালকেরা বালকের বালককে বালকদের বালকটা
de knäblein mägdlein
it fanciullo fanciullino fanciullina fanciulli fanciullini
pl pacholę pacholęcia chłopię chłopięcia
cs pachole pacholátko
ru отрок отрока отроку отроком отроки отроковица отроковицу
el παιδίσκη παιδίσκες
ja わらべ 稚児
zh 稚子
"""
LIT4 = """
nl knaapje knaapjes
"""
LIT2 = """
it fanciulla fanciulle
nl knaap knapen
ar غلام غلاما
"""
COLL2_MULTI = ["мой малой", "наш малой", "моего малого", "нашего малого", "мій малий", "наш малий", "мого малого", "нашого малого",
               "моя мала", "наша мала", "мою малу", "нашу малу", "моя малая", "наша малая"]

folder = YouthFolder(DATA, "youth29")  # tools/lexicon-data: written afresh, terms other lexicon files hold left out
keep, seen, skipped = folder.keep, folder.seen, folder.skipped

one_word = by_language((GRAND2, 2), (SCOUT3, 3), (SCOUT2, 2), (LIT3, 3), (LIT4, 4), (LIT2, 2))
n = folder.write_languages(one_word, "Session 25 (i16-children29): grandchild forms, scout members and literary child words of {lang}. Written by tools/children29/generate.py.", SRC)
multi = keep([{"term": t, "signal": "minor", "level": 2} for t in GRAND2_MULTI + COLL2_MULTI])
multi += keep([{"term": t, "signal": "minor", "level": 3} for t in SCOUT3_MULTI])
either = [e["term"] for rows in (by_language((GRAND2, 2), (SCOUT2, 2), (LIT2, 2))).values() for e in rows] + GRAND2_MULTI + COLL2_MULTI
# roles name single words: a phrase's words carry it (apo, малой, малий, мала, малая)
either = [t for t in dict.fromkeys(either) if t.lower() in seen and " " not in t] + ["apo", "малой", "малий", "мала", "малая"]
doc = {"version": "1", "about": "Session 25 (i16-children29): multi-word grandchild, scout-section and colloquial child words, and the "
       "role either-age of the ambiguous ones (an adult age of their own names an adult). Many languages in one file: no stop "
       "words, so no language is named. Written by tools/children29/generate.py.",
       "sources": SRC, "prompt": multi, "roles": {"either-age": either}}
folder.write("children.json", doc)
print(n, "one-word terms,", len(multi), "terms in children.json; already elsewhere:", " ".join(skipped))
