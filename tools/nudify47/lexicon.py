#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/nudify47/nudify47.json (session 39, i16-nudify47): the word lists that
Rules/GarmentVanish.cs, Rules/ForgotToDress.cs and Rules/VerbFinalUndress.cs read as tags.

- vanishWords: a thing made to vanish or unseen, in the 26 languages and their usual inflections (disappear, invisible,
  verschwinden, unsichtbar, disparaître, desaparecer, scomparire, invisibili, исчезнуть, невидимой, zniknąć, görünmez,
  تختفي, להעלים, نامرئی, गायब, menghilang, biến mất). Beside a garment in its clause: the clothes of an input image's person
  taken away (weak undressing, decides only with img2img/inpaint). Inflections are written out by rule (stems crossed with
  each language's endings), not listed from examples.
- forgetWords: "forgot" in the 26 languages and its usual forms. Beside a dressing verb ("as if she forgot to get dressed",
  "als hätte sie vergessen, sich anzuziehen", "как будто она забыла одеться"): the person left undressed.
- verbFinalRemovals: removal verbs of the verb-final languages (Persian دربیار/درآر/بکن/بردار and بیار after a written-apart
  در, Hindi उतार, Bengali খুলে, Turkish çıkar/sil/kaldır) in their imperative forms: read back to their garment object.
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list.
Run: python3 tools/nudify47/lexicon.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from table_writer import cross, unique_words, write_lexicon  # noqa: E402


VANISH = {
    "en": ["disappear", "disappears", "disappeared", "disappearing", "vanish", "vanishes", "vanished", "invisible"],
    "de": cross(["verschwind"], ["en", "et", "e", "t"]) + ["verschwunden", "verschwand", "unsichtbar"]
          + cross(["unsichtbar"], ["e", "en", "er", "es"]),
    "fr": cross(["dispar"], ["aître", "aitre", "aissent", "aisse", "aît", "ait", "ue", "ues", "u", "us"]) + ["invisible", "invisibles"],
    "es": cross(["desaparec"], ["er", "e", "en", "ido", "ida", "idos", "idas"]) + cross(["desaparezc"], ["a", "an"]) + ["invisible", "invisibles"],
    "it": cross(["scompar"], ["ire", "isca", "iscano", "e", "sa", "si", "so"]) + ["sparire", "sparisca", "spariscano", "sparita", "spariti", "sparite",
          "invisibile", "invisibili"],
    "pt": cross(["desaparec"], ["er", "erem", "e", "em", "ido", "ida", "idos", "idas"]) + cross(["desapareç"], ["a", "am"]) + ["invisível", "invisiveis",
          "invisíveis", "invisivel", "sumir", "sumam", "suma"],
    "nl": ["verdwijnen", "verdwijnt", "verdwenen", "onzichtbaar", "onzichtbare"],
    "sv": ["försvinna", "försvinner", "försvunnen", "försvunna", "osynlig", "osynliga", "osynligt"],
    "pl": cross(["znik"], ["nąć", "nie", "nęło", "nęła", "nęły", "ną"]) + cross(["niewidzialn"], ["y", "a", "e", "ym", "ą"]),
    "cs": cross(["zmiz"], ["et", "í", "ely", "ela", "elo"]) + cross(["neviditeln"], ["ý", "á", "é", "ými", "ou"]),
    "ru": cross(["исчез"], ["нуть", "нет", "нут", "ла", "ло", "ли", ""]) + cross(["невидим"], ["ой", "ым", "ыми", "ая", "ое", "ые", "ую"]),
    "uk": cross(["зник"], ["нути", "не", "нуть", "ла", "ло", "ли"]) + cross(["невидим"], ["ою", "им", "ими", "а", "е", "і", "ий"]),
    "el": ["εξαφάνισε", "εξαφανισε", "εξαφανίσου", "εξαφανιστεί", "εξαφανιστει", "εξαφανιστούν", "εξαφανιστουν", "αόρατο", "αορατο", "αόρατα", "αορατα",
           "αόρατη", "αορατη"],
    "tr": cross(["görünmez"], ["", "e"]) + cross(["kaybol"], ["", "sun", "sunlar", "acak"]),
    "he": ["תעלים", "להעלים", "תעלימי", "העלם", "שייעלם", "שייעלמו", "שתיעלם", "ייעלמו", "תיעלם"],
    "ar": ["تختفي", "يختفي", "اختفاء", "اخفي", "أخفي", "خفية", "مخفية"],
    "fa": ["نامرئی", "ناپدید", "غیب"],
    "hi": ["गायब", "ग़ायब", "अदृश्य", "ओझल"],
    "bn": ["অদৃশ্য", "গায়েব", "উধাও"],
    "id": ["menghilang", "lenyap", "lenyapkan"],
    "tl": ["mawala", "maglaho", "naglaho"],
    "vi": ["mất"],  # only after "biến" (biến mất, vanish): GarmentVanish reads it so
    "th": ["หายไป", "ล่องหน"],
}

FORGET = {
    "en": ["forgot", "forgotten", "forget", "forgets", "forgetting"],
    "de": ["vergessen", "vergaß", "vergass", "vergisst", "vergißt", "vergessene"],
    "fr": cross(["oubli"], ["é", "ée", "e", "er", "ait"]),
    "es": cross(["olvid"], ["ado", "ada", "ó", "o", "a", "ar", "aba"]),
    "it": cross(["dimentic"], ["ata", "ato", "a", "are", "ava"]),
    "pt": cross(["esquec"], ["eu", "ido", "ida", "e", "er", "ia"]),
    "nl": ["vergeten", "vergat", "vergeet"],
    "sv": ["glömt", "glömde", "glömmer", "glömma"],
    "pl": cross(["zapomnia"], ["ła", "ł", "ły"]) + ["zapomina", "zapomniała"],
    "cs": cross(["zapomněl"], ["a", ""]) + ["zapomíná", "zapomnela", "zapomnel"],
    "ru": cross(["забыл"], ["а", "", "и"]) + ["забывает", "забыв"],
    "uk": cross(["забул"], ["а", "и"]) + ["забув", "забуває"],
    "el": ["ξέχασε", "ξεχασε", "ξέχασα", "ξεχασα", "ξεχνάει", "ξεχναει"],
    "tr": cross(["unut"], ["muş", "mus", "tu", "mış", "mis", "ur"]),
    "he": ["שכחה", "ששכחה", "שכח", "שוכחת"],
    "ar": ["نسيت", "نسي", "تنسى", "نست"],
    "fa": ["فراموش"],
    "hi": ["भूल"],
    "bn": ["ভুলে"],
    "id": ["lupa"],
    "tl": ["nakalimutan", "nakalimutang", "nakalimot"],
    "vi": ["quên"],
}

# Removal verbs of the verb-final languages, in their imperative and polite forms (stems crossed with endings).
REMOVALS = {
    "fa": cross(["دربیار", "دربیاور", "درآر"], ["", "ید", "ین"]) + ["بیار", "بیاور", "بیارید", "بیاورید", "بیارین"]
          + cross(["بکن", "بردار"], ["", "ید", "ین"]),
    "hi": cross(["उतार"], ["", "ो", "ें", "े", "िए", "िये", "ना", "कर", "दो"]) + ["उतरवा", "उतरवाओ", "उतरवाना"],
    "bn": ["খুলে", "খোলো", "খোল", "খুলুন", "খুলো", "খুলিয়ে", "খুলবে", "খুলতে"],
    "tr": cross(["çıkar", "çıkart", "sil", "kaldır"], ["", "ın", "sın"]) + ["silin", "silsin"],
}

# "Nothing" in the cases a swap takes (instrumental, genitive) that the shared nothingWords lists lacked: "nahraď její plavky
# ničím", "замени на ничто".
NOTHING = ["ničím", "ničeho", "ничто", "нічим", "ничем"]

# Persian garments the clothing lists lacked (trousers, skirt, jacket, T-shirt, shorts; the colloquial پیرهن): without them the
# verb-final reader had no object to read back to (شلوار این خانم رو از تنش بکن).
CLOTHING = ["شلوار", "دامن", "پیرهن", "ژاکت", "تیشرت", "تی‌شرت", "شلوارک", "کاپشن", "پالتو"]


def main():
    doc = {
        "version": "1",
        "description": "Session 39 (i16-nudify47): vanish words (a garment made to disappear or invisible: Rules/GarmentVanish.cs) "
                       "and forget words (as if she forgot to dress: Rules/ForgotToDress.cs) of the 26 languages, inflections "
                       "written by rule. Weak undressing: decides only with an input image (img2img/inpaint). Written by "
                       "tools/nudify47/lexicon.py.",
        "sources": [{"source": "Written for GenScreen from general knowledge of the languages; no third-party list.",
                     "license": "MIT (this project)"}],
        "vanishWords": unique_words(VANISH),
        "forgetWords": unique_words(FORGET),
        "verbFinalRemovals": unique_words(REMOVALS),
        "nothingWords": NOTHING,
        "clothing": CLOTHING,
    }
    out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data", "nudify47",
                       "nudify47.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    write_lexicon(out, doc)


if __name__ == "__main__":
    main()
