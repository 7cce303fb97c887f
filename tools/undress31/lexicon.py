#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/undress31/<lang>.json (session 27, i16-undress31): the words of batch 31's
classes that have no innocent sense, so no grammar is needed (the words with one are word classes of
tools/sexual-statements/words_undress31.py, read with their context by Rules/SexualStatements.cs). Terms another lexicon
already holds (same text, any file) are left out. Written for GenScreen from general knowledge of the languages; no
third-party list copied (MIT, this project).

Classes and levels (docs/categories.md: 2 suggestive, 4 nudity, 6 explicit):
  topless   the Greek adjective "bare-breasted" in its genders and numbers: γυμνόστηθη, γυμνόστηθος (4)
  leaked    a leaked intimate video or photos (Ukrainian, Russian злите/слитое інтимне відео): the leaked sex tape (4), as
            sexual29's leaked MMS and 流出動画 are
  only      only a bra, only panties on (Korean 브라만 입은, 팬티만 입은; the word 브라만 alone is also the Brahman): nudity (4),
            as only a thong on is
  flash     a wardrobe slip that shows everything (flashing everything): nudity (4)
  idiom     Thai มีอะไรกับ ("to have something with", sex) with a partner noun; alone it asks what is the matter (6)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
N, X = ("sexual", 4), ("sexual", 6)

T = {
 "en": [(N, "flashing everything", "flashes everything", "flashed everything", "nip slip", "nipple slip")],
 "el": [(N, "γυμνόστηθη", "γυμνόστηθος", "γυμνόστηθες", "γυμνόστηθο", "γυμνόστηθων")],
 "uk": [(N, "злите інтимне відео", "злиті інтимні фото", "злите інтимне фото", "злив інтимного відео", "злиті інтимні відео")],
 "ru": [(N, "слитое интимное видео", "слитые интимные фото", "слив интимного видео", "слитое интимное фото")],
 "ko": [(N, "브라만 입은", "브라만 입고", "팬티만 입은", "팬티만 입고", "속옷만 입은", "속옷만 입고")],
 "th": [(X, "มีอะไรกับผู้ชาย", "มีอะไรกับผู้หญิง", "มีอะไรกับแฟน", "มีอะไรกับสามี", "มีอะไรกับภรรยา", "มีอะไรกับหนุ่ม")],
}

kept, skipped = write_term_files(  # tools/lexicon-data: leaves out every other lexicon file's terms
    ROOT, "undress31", T,
    about="Session 27 (i16-undress31): bare-breasted in Greek, leaked intimate videos, only a bra or panties on, a "
          "wardrobe slip showing everything, and the Thai sex idiom with a partner, that batch 31 showed unread. "
          "Written by tools/undress31/lexicon.py.",
    source="Written for GenScreen (issue 16, session 27, i16-undress31) from general knowledge of the "
          "languages; no third-party list copied.")
print("kept", kept, "already held", skipped)
