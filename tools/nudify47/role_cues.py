#!/usr/bin/env python3
"""Writes the i16-nudify47 section (session 39) of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv: words of a day
(kind `when`: yesterday, today, last night, this morning, and the adjectives "yesterday's", "today's" in their case
forms) in the 26 languages. An office or broadcast role said with what its holder did on a named day ("the MP who spoke
in the Knesset yesterday", "posłanka, która wczoraj przemawiała w Sejmie", "the presenter of yesterday's evening news",
"昨日の夜のニュースの女性キャスター") is the one person who did it: Rules/OfficeHolders.cs reads a `when` word as it reads the
user's surroundings (the longer gap, a comma after the role crossed), but for offices and broadcast roles only (a service
role or a relation is singled out by the user's surroundings alone) and never after an indefinite article.
Words that are another word of a language (French `hier` is German "here", Tagalog `ngayon` is also "now") are left out
or written only in a phrase. Written for GenScreen from general knowledge of each language (MIT, this project).
Run: python3 tools/nudify47/role_cues.py   (rewrites its own section through tools/lexicon-data/cue_sections.py; idempotent)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import cue_rows, write_section  # noqa: E402

MARKER = "# Branch i16-nudify47 (session 39):"


def forms(stem, endings):
    return "|".join(stem + e for e in endings.split())


WHEN = {
    "en": "yesterday|yesterday's|today|today's|tonight|tonight's|last night|last night's|this morning|this morning's",
    "de": "gestern|heute|gestern abend|heute morgen|" + forms("gestrig", "e en er es em") + "|" + forms("heutig", "e en er es em"),
    "fr": "hier soir|d'hier|hier matin|hier après-midi|aujourd'hui|ce matin|ce soir",
    "es": "ayer|hoy|anoche|esta mañana|esta noche",
    "it": "ieri|oggi|ieri sera|stasera|stamattina|stamani",
    "pt": "ontem|hoje|ontem à noite|hoje de manhã|esta manhã",
    "nl": "gisteren|vandaag|gisteravond|vanavond|vanochtend|vanmorgen",
    "sv": "igår|i går|idag|i dag|i kväll|ikväll|i morse",
    "pl": "wczoraj|dzisiaj|dziś|" + forms("wczorajsz", "y ego ej ych ym ymi e a ą") + "|" + forms("dzisiejsz", "y ego ej ych ym e a ą"),
    "cs": "včera|dnes|" + forms("včerejš", "í ího ích ím ími") + "|" + forms("dnešn", "í ího ích ím ími"),
    "ru": "вчера|сегодня|вчера вечером|" + forms("вчерашн", "ий его ей их ем ие яя юю им") + "|" + forms("сегодняшн", "ий его ей их ем ие яя юю им"),
    "uk": "вчора|учора|сьогодні|" + forms("вчорашн", "ій ього ьої іх ьому і я ю ім") + "|" + forms("сьогоднішн", "ій ього ьої іх ьому і я ю ім"),
    "el": "χθες|χτες|σήμερα|χθεσινό|χθεσινή|χθεσινού|χθεσινής|χθεσινά|σημερινό|σημερινή|σημερινού|σημερινής",
    "tr": "dün|bugün|dün akşam|dünkü|bugünkü|dün gece",
    "he": "אתמול|היום|הבוקר|אמש",
    "ar": "أمس|امس|البارحة|اليوم|الليلة|هذا الصباح",
    "fa": "دیروز|امروز|دیشب|امشب|امروز صبح",
    "hi": "कल|आज|कल रात|आज सुबह",
    "bn": "গতকাল|আজ|কাল রাতে|আজ সকালে",
    "id": "kemarin|hari ini|tadi malam|semalam|tadi pagi",
    "tl": "kahapon|kagabi|kaninang umaga",
    "vi": "hôm qua|hôm nay|tối qua|sáng nay",
    "th": "เมื่อวาน|วันนี้|เมื่อคืน",
    "ja": "昨日|今日|昨夜|今朝|昨晩",
    "ko": "어제|오늘|어젯밤|오늘 아침",
    "zh": "昨天|今天|昨晚|今早|昨日|今日",
}


def main():
    path = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data", "office-cues.tsv")
    rows = cue_rows([("when", WHEN)], lower=True)
    comment = [MARKER + " words of a day (when: yesterday, today, last night, yesterday's in its case forms) that single",
               "# out an office or broadcast role whose holder did something that day ('the MP who spoke in the Knesset yesterday',",
               "# 'the presenter of yesterday's evening news'); never a service role or relation. Written by tools/nudify47/role_cues.py",
               "# for GenScreen from general knowledge of each language (MIT, this project)."]
    print(write_section(path, MARKER, comment, rows), "rows")


if __name__ == "__main__":
    main()
