#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/minors43/*.json (session 35, i16-minors43): child nouns read with their particles.
- Korean child nouns are matched as substrings of a Hangul run (TermShape.Unspaced), so the bare 아이 (child) cannot be a term:
  it starts 아이돌 (idol), 아이라인 (eyeliner), 아이스 (ice), 아이디 (ID), 아이템 (item), 아이폰, 아이패드, 아이보리, 아이러니.
  Korean marks a noun's role with a particle written joined to it, and none of those loanwords continues with a particle's
  syllable: so the child noun is written once per case particle (아이가, 아이는, 아이의, 아이를 …). A particle form is a word
  boundary read from the grammar, not a list of phrases. The same for 딸 (daughter) and 아들 (son), whose bare two syllables
  only matched written joined to their possessor (내딸): with a particle (딸이, 아들의) the noun is read in any phrase, and
  with the possessor (내 딸이, 우리 아들은) across one space, as three syllables or more are. All are ambiguous youth (level
  2) with the either-age role: an adult age of the noun's own phrase (34세, 서른 살) names an adult child, as "my son" does.
  Left out: 애 (also 애인 lover, 애가 elegy, 애를 쓰다 to try hard), 아이처럼 / 아이 같은 (an adult "like a child"), the plural
  아이들 (also the idol group (여자)아이들).
- The Bengali Cub section said as a unit (কাব দল, the cub pack): its members are children, as কাব স্কাউট already is.
Written for GenScreen from general knowledge of Korean grammar and of scouting (MIT, this project); no third-party list.
Run: python3 lexicon.py"""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import listed_by_language  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.normpath(os.path.join(here, '..', '..', 'src', 'GenScreen.Core', 'Prompts', 'Lexicons', 'Data', 'minors43'))

# Korean particles after a noun ending in a vowel (아이) and in a consonant (딸, 아들) that leave the noun the clause's subject or
# its topic: subject 가/이, topic 는/은, "also" 도, "only" 만, the vocative 아. Left out: the object 를/을, the dative 에게/한테, the
# comitative 와/과/랑 and the genitive 의: they make the child someone the clause's subject acts on or belongs to ("교문 앞에서
# 아들을 기다리는 엄마, 알몸", a mother waiting for her son at the school gate, nude, is the mother: para20-fresh-adult-ko-01).
PARTICLES_VOWEL = ["가", "는", "도", "만"]
PARTICLES_CONSONANT = ["이", "은", "도", "만", "아"]
NOUNS = {"아이": PARTICLES_VOWEL, "딸": PARTICLES_CONSONANT, "아들": PARTICLES_CONSONANT}
POSSESSORS = ["", "내", "제", "우리"]
# the bare possessed noun (우리 아이) is left out too: it heads a phrase about another person as often (우리 아이 담임 선생님)
KO = sorted({p + n + part for n, parts in NOUNS.items() for part in parts for p in POSSESSORS})
YOUTH_UNITS = {"bn": ["কাব দল", "কাব দলের", "কাব দলে", "কাব দলটি"]}
WORDS = {"ko": KO, **YOUTH_UNITS}

# a term another lexicon file already lists for the language is not written again (one owner per term)
listed = listed_by_language(os.path.dirname(out), 'minors43')
os.makedirs(out, exist_ok=True)
for lang, words in sorted(WORDS.items()):
    terms = [t for t in sorted(set(words)) if (lang, t) not in listed and (None, t) not in listed]
    doc = {
        "language": lang,
        "version": "1",
        "about": f"Session 35 (i16-minors43): child nouns read with their particles, youth units of {lang}. Written by tools/minors43/lexicon.py.",
        "sources": [{"source": "Written for GenScreen (issue 16, session 35, i16-minors43) from general knowledge of the language's grammar; no third-party list copied.",
                     "license": "MIT (this project)"}],
        "prompt": [{"term": t, "signal": "minor", "level": 2} for t in terms],
    }
    either = [t for t in terms if " " not in t] if lang == "ko" else []
    if either:
        doc["roles"] = {"either-age": either}
    with open(os.path.join(out, f"{lang}.json"), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(WORDS), 'files ->', out)
