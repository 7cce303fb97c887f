#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/nameslatin43/<language>.json (session 35, i16-nameslatin43).

States of undress said by what is left on or what falls off, which batches 39-42 showed the lists did not hold for Hindi,
Bengali, Turkish, Ukrainian and Russian (a real person's prompt was allowed under `mature` because nothing in it was read as
sexual: "सिर्फ़ पेटीकोट में हो, ऊपर कुछ नहीं", "у самих панчохах", "sadece havluyla, havlu yere düşmüş", "গামছাটা খুলে পড়ে
যাচ্ছে"). Each term is composed here from two short inventories, so the list is no phrase of a held-out prompt:
  - "only" + a petticoat or jewellery (only in a petticoat, only in jewellery): nothing covers the breasts, so nudity (level 4);
    "only" + an undergarment or a towel (only in stockings, only in a bra and panties): suggestive (level 2), as "in
    lingerie" is — the labelled set expects "सिर्फ ब्रा पैंटी में, सेक्सी पोज़" to be reviewed, not blocked, under `strict`;
  - nothing above / below / underneath with the language's "nothing" (ऊपर कुछ नहीं, ভেতরে কিছু নেই, üstünde hiçbir şey yok):
    suggestive (level 2) — alone it is an ordinary phrase, so it only tips a name or a garment that is there already;
  - a towel (with the definite suffix the language writes: গামছাটা, তোয়ালেটা, havlusu) with a falling or slipping verb (level 4).
Negated forms are not composed. Written for GenScreen from general knowledge of the languages (MIT, this project); no
third-party list copied.
Run: python3 tools/nameslatin43/lexicon.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
S, N = ("sexual", 2), ("sexual", 4)


def pairs(first, second, sep=" "):
    return [a + sep + b for a in first for b in second]


HI_ONLY = ["सिर्फ़", "सिर्फ", "केवल", "बस"]
HI_BARE = ["पेटीकोट", "गहनों"]
HI_UNDER = ["तौलिये", "तौलिया", "ब्रा", "पैंटी", "ब्रा-पैंटी", "चड्डी", "अंतर्वस्त्र", "लॉन्जरी", "स्टॉकिंग्स"]
HI = [(N, *pairs(pairs(HI_ONLY, HI_BARE), ["में"])), (S, *pairs(pairs(HI_ONLY, HI_UNDER), ["में"])),
      (S, *pairs(["ऊपर", "नीचे", "अंदर", "भीतर"], ["कुछ नहीं", "कुछ भी नहीं"])),
      (N, *pairs(["तौलिया", "तौलिये"], ["गिरते हुए", "गिरता हुआ", "खिसकता हुआ", "खिसक रहा", "गिर रहा"]))]
BN_ONLY = ["শুধু", "কেবল", "শুধুই"]
BN_BARE = ["পেটিকোট", "গয়না", "একটা পেটিকোট"]
BN_UNDER = ["তোয়ালে", "গামছা", "ব্রা", "প্যান্টি", "অন্তর্বাস", "লঁজারি", "একটা তোয়ালে", "একটা গামছা"]
BN = [(N, *pairs(BN_ONLY, BN_BARE)), (S, *pairs(BN_ONLY, BN_UNDER)),
      (S, *pairs(["ভেতরে", "নিচে", "ওপরে", "উপরে"], ["কিছু নেই", "কিছুই নেই"])),
      (N, *pairs(["তোয়ালেটা", "গামছাটা", "তোয়ালে", "গামছা"], ["খুলে পড়ে যাচ্ছে", "খুলে পড়ছে", "পড়ে যাচ্ছে", "খসে পড়ছে", "খুলে যাচ্ছে"]))]
TR_ONLY = ["sadece", "yalnızca", "yalnız", "sırf"]
TR_WORN = ["havluyla", "havlu ile", "iç çamaşırıyla", "iç çamaşırlarıyla", "sütyenle", "külotla", "çorapla", "file çoraplarla", "jartiyerle", "takılarıyla"]
TR = [(S, *pairs(TR_ONLY, TR_WORN)),
      (S, *pairs(["üstünde", "altında", "içinde"], ["hiçbir şey yok", "bir şey yok", "hiçbir şey olmadan"])),
      (N, *pairs(["havlu", "havlusu"], ["yere düşmüş", "yere düşüyor", "düşmüş", "kaymış", "kayıyor", "açılmış"]))]
UK = [(S, *pairs(["у самих", "в самих", "лише в", "тільки в", "у самій", "в самій", "у самому", "в самому"], ["панчохах", "трусиках", "білизні", "рушнику", "бюстгальтері", "коштовностях"])),
      (N, *pairs(["рушник"], ["падає", "сповзає", "впав", "сповз", "спадає"]))]
RU = [(S, *pairs(["в одних", "только в"], ["чулках", "трусиках", "стрингах"]), *pairs(["в одном", "только в"], ["полотенце", "белье", "бельё", "лифчике"])),
      (N, *pairs(["полотенце"], ["падает", "сползает", "упало", "сползло", "спадает"]))]

T = {"hi": HI, "bn": BN, "tr": TR, "uk": UK, "ru": RU}

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from undress_concepts import CONCEPTS, ONLY  # noqa: E402  (session 36, i16-undress44: the concept table x 26 languages)


def hangul_joined(terms):
    """A spaced Hangul phrase and its joined form: the matcher joins a spaced Hangul compound before lookup, so the spaced
    form alone never matches (as existing_terms.new_terms does for the generators that use it)."""
    out = []
    for t in terms:
        out.append(t)
        if " " in t and any("\uac00" <= c <= "\ud7a3" for c in t) and t.replace(" ", "") not in terms:
            out.append(t.replace(" ", ""))
    return out


for _concept, _level, _by_lang in CONCEPTS:
    for _lang, _terms in _by_lang.items():
        T.setdefault(_lang, []).append((("sexual", _level), *hangul_joined(_terms)))

if __name__ == "__main__":
    kept, skipped = write_term_files(
        ROOT, "nameslatin43", T, only=ONLY,
        about="Session 35 (i16-nameslatin43): states of undress of Hindi, Bengali, Turkish, Ukrainian and Russian said by what is "
              "left on or what falls off, composed from two short inventories; session 36 (i16-undress44): the concept table of "
              "states of undress and exposure x 26 languages (tools/nameslatin43/undress_concepts.py). Written by "
              "tools/nameslatin43/lexicon.py.",
        source="Written for GenScreen (issue 16, session 35, i16-nameslatin43) from general knowledge of the languages; no "
               "third-party list copied.")
    print("kept", kept, "already held", skipped)
