#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/sexual22/<language>.json (session 21, i16-sexual22).

The words of Arabic, Persian, Hebrew, Hindi, Bengali and Tagalog that say the sexual half by themselves, at the project's
levels (docs/categories.md): named positions said alone (وضعية الكلب, حالت سگی, doggy), masturbation slang (خیمه, খেঁচা,
हाथ मारना), porn-story and porn-film words (চটি গল্প), Banglish and Hinglish acts as users type them (gud chata, chut chatna),
undressed said as "without clothes" (بدون هدوم): 6 for acts, 4 for nudity. The words that are innocent alone are read by the
sexual-statement grammar instead (tools/sexual-statements/words_sexual22.py, Rules/SexualInflection.cs).
Word choice: written for GenScreen from general knowledge of the languages (MIT); no third-party list copied.
Every term an earlier lexicon file already lists is skipped.
Run: python3 tools/sexual22/generate.py src/GenScreen.Core/Prompts/Lexicons/Data
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import existing_terms, new_terms, write_lexicon  # noqa: E402

SRC = [{"source": "Written for GenScreen (issue 16, session 21, i16-sexual22) from general knowledge of the languages' sexual "
        "slang, named positions and undress phrases; no third-party list copied.", "license": "MIT (this project)"}]

X, N = ("sexual", 6), ("sexual", 4)


def t(kind, words):
    return [(w, kind) for w in words.split("|") if w]


DATA = {
"ar": t(X, "وضعية الكلب|وضع الكلب|وضعية الدوجي|تستمني|يستمني|استمناء|تلعب في كسها|يلعب في زبه|جلخ|يجلخ|نيك طيز|ينيكها|تتناك")
      + t(N, "بدون هدوم|بلا هدوم|من غير هدوم|عريانة ملط"),
"fa": t(X, "حالت سگی|پوزیشن سگی|حالت داگی|داگی استایل|جق|جق زدن|جلق|خودارضایی|کوس لیسی|کس لیسی|ساک زدن|کیر خوردن")
      + t(N, "لخت مادرزاد|لخت و عور|بدون لباس"),
"he": t(X, "תנוחת דוגי|דוגי סטייל|מאונן|מאוננת|אוננות|מזדיינים|מזדיינת|ליקוק כוס|מציצת זין")
      + t(N, "בעירום מלא|ערום לגמרי|עירום מלא"),
"hi": t(X, "डॉगी स्टाइल|मुठ मारना|मुठ मार रहा|मुठ मार रही|हस्तमैथुन|चूत चाटना|लंड चूसना|chut chatna|chut chaatna|lund chusna|lund choosna|chudai|chudwana|chudwa rahi|muth marna|muth maar|doggy style|blue film|ब्लू फिल्म")
      + t(N, "bina kapdon ke|bina kapde ke|nangi|nanga|nangi ladki"),
"bn": t(X, "ডগি স্টাইল|চটি গল্প|চটি গল্পের|চটি বই|খেঁচা|খেঁচছে|খিঁচছে|খেঁচে|হাত মারা|হাত মারছে|চোদাচুদি|gud chata|gud chatche|gud mara|dhon chosa|bara chosa|chodachudi|choda chudi")
      + t(N, "nangta|nangto|lengta|উলঙ্গ হয়ে|ন্যাংটা হয়ে"),
"tl": t(X, "jinajakol|nagjajakol|nagbabate|binabate ang titi|fini-finger ang sarili|nagfi-finger|nagfifinger|tsinutsupa|chinuchupa|kinakantot|nagkakantutan|kantutan|iyutan|nagtatalik")
      + t(N, "hubo't hubad|walang saplot|hubo at hubad"),
}

# Left out for an innocent sense: Tagalog bold (a bold colour), Hebrew גומרת (finishing), ביד (by hand) and זיון (arms),
# Arabic ملط alone (mortar), Bengali লিঙ্গ (gender).
DROPPED_TERMS = set()


def main(root):
    seen = existing_terms(root, "sexual22")
    out = os.path.join(root, "sexual22")
    os.makedirs(out, exist_ok=True)
    total = 0
    for lang, terms in DATA.items():
        dup = set()
        kept = [{"term": term, "signal": kind[0], "level": kind[1]} for term, kind in new_terms(terms, seen, DROPPED_TERMS, dup)]
        doc = {"language": lang, "version": "1",
               "about": "Session 21 (i16-sexual22): named positions, masturbation and porn slang, romanised acts, without-clothes "
                        "phrases. Written by tools/sexual22/generate.py.",
               "sources": SRC, "prompt": kept}
        write_lexicon(os.path.join(out, lang + ".json"), doc)
        total += len(kept)
        print(lang, len(kept))
    print("total", total)


if __name__ == "__main__":
    main(sys.argv[1])
