#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/acts32/<lang>.json (session 28, i16-acts32): words of batch 32's classes
that have no innocent sense, so no grammar is needed (the words with one are word classes of
tools/sexual-statements/words_acts32.py, read with their context by Rules/SexualStatements.cs). Terms another lexicon
already holds (same text, any file) are left out. Written for GenScreen from general knowledge of the languages; no
third-party list copied (MIT, this project).

Classes and levels (docs/categories.md: 2 suggestive, 4 nudity, 6 explicit):
  plunge    a garment open to the navel or slit to the waist (ज़िप नाभि तक खुली, 开衩到腰, open to the navel): suggestive (2),
            the plunging neckline a real person may not be shown in
  naked     Persian colloquial "is naked" (لخته, لختن: لخت with the copula clitic), which the lexicon's لخت did not reach: 4
  strip     Hebrew striptease (בחשפנות, ריקוד חשפנות): nudity (4), as striptease is
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
S, N = ("sexual", 2), ("sexual", 4)

T = {
 "en": [(S, "open to the navel", "unzipped to the navel", "slit to the waist", "slit up to the waist", "plunging to the navel")],
 "de": [(S, "bis zum bauchnabel offen", "bis zum nabel offen", "bis zum bauchnabel geöffnet", "bis zur taille geschlitzt")],
 "fr": [(S, "ouverte jusqu'au nombril", "ouvert jusqu'au nombril", "fendue jusqu'à la taille", "décolleté jusqu'au nombril")],
 "es": [(S, "abierto hasta el ombligo", "abierta hasta el ombligo", "escote hasta el ombligo", "abertura hasta la cintura")],
 "it": [(S, "aperta fino all'ombelico", "aperto fino all'ombelico", "scollatura fino all'ombelico", "spacco fino alla vita")],
 "pt": [(S, "aberto até o umbigo", "aberta até o umbigo", "decote até o umbigo", "fenda até a cintura")],
 "nl": [(S, "open tot aan de navel", "open tot de navel", "decolleté tot de navel")],
 "pl": [(S, "rozpięta do pępka", "rozpięty do pępka", "dekolt do pępka", "rozcięcie do talii")],
 "cs": [(S, "rozepnutá až k pupíku", "rozepnutý až k pupíku", "výstřih až k pupíku", "rozparek až do pasu")],
 "ru": [(S, "расстёгнута до пупка", "расстегнута до пупка", "декольте до пупка", "разрез до талии")],
 "uk": [(S, "розстебнута до пупка", "декольте до пупка", "розріз до талії")],
 "tr": [(S, "göbeğine kadar açık", "göbeğe kadar açık", "beline kadar yırtmaçlı")],
 "hi": [(S, "नाभि तक खुली", "नाभि तक खुला", "नाभि तक खुले")],
 "zh": [(S, "开衩到腰", "开叉到腰", "开到肚脐", "开衩到大腿根")],
 "ja": [(S, "へそまで開いた", "へそまで開い", "腰までスリット", "腰までのスリット")],
 "fa": [(N, "لخته", "لختن", "لخت لخته")],
 "he": [(N, "בחשפנות", "ריקוד חשפנות", "רוקדת חשפנות", "עושה חשפנות")],
}

kept, skipped = write_term_files(  # tools/lexicon-data: leaves out every other lexicon file's terms
    ROOT, "acts32", T,
    about="Session 28 (i16-acts32): a garment open to the navel or slit to the waist, Persian 'is naked' with its clitic, "
          "Hebrew striptease, that batch 32 showed unread beside a real person's name. Written by tools/acts32/lexicon.py.",
    source="Written for GenScreen (issue 16, session 28, i16-acts32) from general knowledge of the "
          "languages; no third-party list copied.")
print("kept", kept, "already held", skipped)
