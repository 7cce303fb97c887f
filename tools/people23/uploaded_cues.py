#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Rules/Data/uploaded-cues.tsv (session 22, i16-people23): the words by which a prompt
says its person is in a photo the user uploaded or sent, in the 26 languages. Written for GenScreen from general knowledge
of each language (MIT, this project). Run: python3 tools/people23/uploaded_cues.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from table_writer import split_cues, with_folded, write_table  # noqa: E402

ROWS = {
"en": "uploaded|i upload|i just upload|attached photo|attached picture|attached image|photo i sent|picture i sent",
"de": "hochgeladen|hochlade|foto, das ich geschickt|bild, das ich geschickt",
"fr": "téléversé|uploadé|que j'ai envoyée|que j'ai envoyé|photo envoyée",
"es": "que subí|acabo de subir|foto subida|imagen subida|que te mandé|que te envié",
"it": "foto caricata|immagine caricata|ho caricato|che ti ho mandato|foto che ho inviato",
"pt": "que eu enviei|que enviei|que eu subi|foto enviada|que mandei|que eu mandei",
"nl": "geüpload|upgeload|die ik stuurde|die ik heb gestuurd",
"pl": "wrzuciłem|wrzuciłam|przesłanego zdjęcia|przesłanym zdjęciu|przesłane zdjęcie|wgrałem|wgrałam|wgranego zdjęcia",
"cs": "jsem nahrál|jsem nahrála|nahrané fotky|nahrané fotce|nahraná fotka|jsem poslal|jsem poslala",
"sv": "laddade upp|uppladdade|bilden jag skickade",
"tr": "yüklediğim|yüklenen fotoğraf|attığım fotoğraf|gönderdiğim fotoğraf",
"vi": "tải lên|up lên|mình gửi|tôi gửi",
"id": "upload|unggah|yang aku kirim|yang gue kirim|yang saya kirim",
"tl": "inupload|in-upload|pinadala ko|sinend ko|pinost ko",
"ru": "загрузил|загрузила|загруженн|скинул|скинула",
"uk": "завантажив|завантажила|завантажен|скинув|скинула",
"el": "ανέβασα|ανεβασμένη|ανεβασμένο|που έστειλα",
"ar": "رفعتها|رفعته|اللي رفعت|التي رفعت|المرفوعة|المرفقة|اللي بعتها",
"fa": "آپلود|فرستادم",
"he": "שהעליתי|העליתי|ששלחתי",
"hi": "अपलोड|भेजी फोटो|भेजी हुई फोटो",
"bn": "আপলোড|পাঠানো ছবি",
"th": "อัปโหลด|อัพโหลด|ที่ฉันส่ง|ที่ส่งไป",
"zh": "上传|上傳|我发的照片|我發的照片|我发的图",
"ja": "アップした|アップロード|送った写真|送った画像",
"ko": "올린 사진|업로드|보낸 사진",
}

HEADER = ["# Uploaded-photo cues: words by which a prompt says its person is in a photo the user uploaded or sent (\"my coworker in",
       "# the photo I uploaded\", \"foto yang gue upload\", 내가 올린 사진, アップした画像). With undressing or nudity such a text-to-image",
       "# prompt asks for that photo's person exposed, as an img2img request does: a nudify request (session 22, i16-people23).",
       "# Read by Rules/InputKept.cs only when a text-to-image prompt has undressing or nudity, and (session 24) beside a",
       "# real-person hint with suggestive content (PromptRules.InUsersPhoto: the acquaintance is in the user's photo).",
       "# Columns: language, cue (lower case; Latin cues also without diacritics). A Latin cue matches at a word start.",
       "# Written for GenScreen from general knowledge of each language (MIT, this project) by tools/people23/uploaded_cues.py."]
seen = set()
rows = []
for lang, words in ROWS.items():
    for w in split_cues(words):
        for v in with_folded(w):
            if (lang, v) not in seen:
                seen.add((lang, v))
                rows.append((lang, v))
path = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data", "uploaded-cues.tsv")
# The count printed is the rows plus one, as the former copy printed it (len(out) - 6 over seven comment lines).
print(write_table(path, HEADER, rows) + 1, "cues")
