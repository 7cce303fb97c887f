#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/sexual30/<lang>.json (session 26, i16-sexual30): the words of batch 30's
classes that have no innocent sense, so no grammar is needed (the words with one are word classes of
tools/sexual-statements/words_sexual30.py, read with their context by Rules/SexualStatements.cs). Terms another lexicon
already holds (same text, any file) are left out. Written for GenScreen from general knowledge of the languages; no
third-party list copied (MIT, this project).

Classes and levels (docs/categories.md: 2 suggestive, 4 nudity, 6 explicit):
  group   group sex said by a loan word or slang with no other sense: थ्रीसम, থ্রিসাম, ทรีซัม, スリーサム, suruba, plan à trois,
          cosa a tre, тройничок, üçlü seks, chơi some (6). Words that are also a number or a shape (3P, Dreier, trio,
          trójkąt, trekant, some) are the coupling class, read only with partners named.
  act     sex acts said by a noun or verb with no innocent sense: aftrekbeurt (a handjob; aftrekken alone subtracts),
          ঠাপাচ্ছে, dar uma queca (6).
  bdsm    the BDSM practice in spellings that were missing: בדסמ, שיבארי, SM摄影, SM화보 (4), as bdsm is.
"""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
N, X = ("sexual", 4), ("sexual", 6)

T = {
 "en": [(X, "mmf threesome", "ffm threesome", "group sex")],
 "fr": [(X, "plan à trois", "plan a trois", "plan à 3", "ménage à trois")],
 "it": [(X, "cosa a tre", "cosa a tre sessuale")],
 "pt": [(X, "suruba", "surubas", "surubinha", "dar uma queca", "a dar uma queca", "dando uma queca", "deram uma queca", "ménage à trois")],
 "es": [(X, "trío sexual", "ménage à trois")],
 "nl": [(X, "aftrekbeurt", "aftrekbeurtje", "trio seks")],
 "de": [(X, "flotter dreier", "einen dreier", "dreier im hotel", "gruppensex")],
 "ru": [(X, "тройничок", "тройничке", "групповой секс")],
 "uk": [(X, "секс утрьох", "груповий секс")],
 "tr": [(X, "üçlü seks", "grup seks", "grup seksi")],
 "el": [(X, "τρίο σεξ", "ομαδικό σεξ")],
 "he": [(X, "סקס בשלישייה", "סקס קבוצתי"), (N, "בדסמ", "בי.די.אס.אם", "שיבארי")],
 "ar": [(X, "جنس جماعي", "سكس جماعي", "ثريسوم")],
 "fa": [(X, "سکس سه نفره", "سکس گروهی", "تریسام")],
 "hi": [(X, "थ्रीसम", "ग्रुप सेक्स", "थ्रीसम सेक्स")],
 "bn": [(X, "থ্রিসাম", "গ্রুপ সেক্স", "ঠাপাচ্ছে", "ঠাপাচ্ছেন", "ঠাপিয়ে", "চোদাচুদি")],
 "th": [(X, "ทรีซัม", "ทรีซั่ม", "เซ็กส์หมู่")],
 "vi": [(X, "chơi some", "some ba người", "some 3 người", "tình dục tập thể", "quan hệ tập thể")],
 "id": [(X, "seks bertiga", "seks grup")],
 "tl": [(X, "threesome na sex", "group sex")],
 "ja": [(X, "スリーサム", "3pプレイ", "乱交")],
 "zh": [(X, "玩3p", "3p性爱", "群交"), (N, "sm摄影", "sm写真", "sm调教照")],
 "ko": [(X, "스리섬", "쓰리섬 플레이"), (N, "sm 화보", "sm화보", "sm 플레이", "sm플레이")],
}

kept, skipped = write_term_files(  # tools/lexicon-data: leaves out every other lexicon file's terms
    ROOT, "sexual30", T,
    about="Session 26 (i16-sexual30): group sex said by a loan word or slang with no other sense, sex acts said by a "
          "noun with no innocent sense, and BDSM spellings batch 30 showed unread. Written by tools/sexual30/lexicon.py.",
    source="Written for GenScreen (issue 16, session 26, i16-sexual30) from general knowledge of the "
          "languages; no third-party list copied.")
print("kept", kept, "already held", skipped)
