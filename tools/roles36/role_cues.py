#!/usr/bin/env python3
"""Writes the i16-roles36 section (session 30) of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv: this year's and
last year's event pins down its presenter or host as 'current' does an office (modifier rows), and hosting said with a
verb (who hosted, 司会, 主持, 사회자) as media roles.

The section was written by hand into the table in session 30 (its own comment says so), under a `# Session 30` header
rather than a `# Branch` one, so tools/roles33/role_cues.py, which rewrote its section up to the next `# Branch ` line,
deleted it on every run. Session 33 (i16-generators41) moved the rows here verbatim, in the table's order, and
tools/lexicon-data/cue_sections.write_section now also ends a section at a `# Session ` line.
Run: python3 tools/roles36/role_cues.py   (rewrites its own section; idempotent)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import write_section  # noqa: E402

MARKER = "# Session 30 (i16-roles36):"

COMMENT = [
    "# Session 30 (i16-roles36): this year's and last year's event pins down its presenter or host as 'current' does an office",
    "# (今年春晚的女主持人, 今年の紅白で司会をした女子アナ, ведуча цьогорічного нацвідбору, the woman who hosted this year's Oscars): modifier rows,",
    '# and hosting said with a verb (who hosted, 司会, 主持, 사회자) as media roles. Written by hand for GenScreen (MIT, this project).',
]

ROWS = [
    ('modifier', 'en', "this year's"),
    ('modifier', 'en', "last year's"),
    ('modifier', 'en', 'this years'),
    ('modifier', 'en', 'this year’s'),
    ('modifier', 'en', 'last year’s'),
    ('modifier', 'de', 'diesjährige'),
    ('modifier', 'de', 'diesjährigen'),
    ('modifier', 'de', 'diesjähriger'),
    ('modifier', 'de', 'diesjahrige'),
    ('modifier', 'de', 'diesjahrigen'),
    ('modifier', 'de', 'vorjährige'),
    ('modifier', 'de', 'vorjährigen'),
    ('modifier', 'de', 'letztjährige'),
    ('modifier', 'de', 'letztjährigen'),
    ('modifier', 'es', 'de este año'),
    ('modifier', 'es', 'del año pasado'),
    ('modifier', 'es', 'de este ano'),
    ('modifier', 'it', "di quest'anno"),
    ('modifier', 'it', 'di quest’anno'),
    ('modifier', 'it', "dell'anno scorso"),
    ('modifier', 'pt', 'deste ano'),
    ('modifier', 'pt', 'do ano passado'),
    ('modifier', 'fr', 'de cette année'),
    ('modifier', 'fr', "de l'an dernier"),
    ('modifier', 'fr', 'de cette annee'),
    ('modifier', 'nl', 'van dit jaar'),
    ('modifier', 'nl', 'van vorig jaar'),
    ('modifier', 'pl', 'tegoroczna'),
    ('modifier', 'pl', 'tegorocznego'),
    ('modifier', 'pl', 'tegorocznej'),
    ('modifier', 'pl', 'tegoroczny'),
    ('modifier', 'pl', 'zeszłoroczna'),
    ('modifier', 'pl', 'zeszłorocznego'),
    ('modifier', 'pl', 'zeszłorocznej'),
    ('modifier', 'cs', 'letošní'),
    ('modifier', 'cs', 'letošního'),
    ('modifier', 'cs', 'letosni'),
    ('modifier', 'cs', 'letosniho'),
    ('modifier', 'cs', 'loňský'),
    ('modifier', 'cs', 'loňského'),
    ('modifier', 'cs', 'loňské'),
    ('modifier', 'sv', 'årets'),
    ('modifier', 'sv', 'fjolårets'),
    ('modifier', 'sv', 'arets'),
    ('modifier', 'ru', 'этого года'),
    ('modifier', 'ru', 'прошлогоднего'),
    ('modifier', 'ru', 'прошлогодняя'),
    ('modifier', 'ru', 'прошлогодний'),
    ('modifier', 'ru', 'нынешнего года'),
    ('modifier', 'ru', 'этогодняя'),
    ('modifier', 'uk', 'цьогорічного'),
    ('modifier', 'uk', 'цьогорічна'),
    ('modifier', 'uk', 'цьогорічний'),
    ('modifier', 'uk', 'цьогорічної'),
    ('modifier', 'uk', 'торішнього'),
    ('modifier', 'uk', 'торішня'),
    ('modifier', 'uk', 'минулорічного'),
    ('modifier', 'uk', 'цього року'),
    ('modifier', 'el', 'φετινού'),
    ('modifier', 'el', 'φετινή'),
    ('modifier', 'el', 'φετινό'),
    ('modifier', 'el', 'φετινου'),
    ('modifier', 'el', 'φετινη'),
    ('modifier', 'el', 'φετινο'),
    ('modifier', 'el', 'περσινού'),
    ('modifier', 'el', 'περσινου'),
    ('modifier', 'el', 'περσινή'),
    ('modifier', 'tr', 'bu yılki'),
    ('modifier', 'tr', 'bu yilki'),
    ('modifier', 'tr', 'geçen yılki'),
    ('modifier', 'tr', 'gecen yilki'),
    ('modifier', 'he', 'של השנה'),
    ('modifier', 'he', 'של שנה שעברה'),
    ('modifier', 'ar', 'هذا العام'),
    ('modifier', 'ar', 'هذه السنة'),
    ('modifier', 'ar', 'هذه السنه'),
    ('modifier', 'ar', 'العام الماضي'),
    ('modifier', 'fa', 'امسال'),
    ('modifier', 'fa', 'پارسال'),
    ('modifier', 'hi', 'इस साल'),
    ('modifier', 'hi', 'इस साल के'),
    ('modifier', 'hi', 'पिछले साल'),
    ('modifier', 'bn', 'এ বছরের'),
    ('modifier', 'bn', 'এই বছরের'),
    ('modifier', 'bn', 'গত বছরের'),
    ('modifier', 'th', 'ปีนี้'),
    ('modifier', 'th', 'ปีที่แล้ว'),
    ('modifier', 'vi', 'năm nay'),
    ('modifier', 'vi', 'năm ngoái'),
    ('modifier', 'id', 'tahun ini'),
    ('modifier', 'id', 'tahun lalu'),
    ('modifier', 'tl', 'ngayong taon'),
    ('modifier', 'tl', 'noong nakaraang taon'),
    ('modifier', 'ja', '今年の'),
    ('modifier', 'ja', '去年の'),
    ('modifier', 'ja', '昨年の'),
    ('modifier', 'ja', '今年'),
    ('modifier', 'ja', '去年'),
    ('modifier', 'ja', '昨年'),
    ('modifier', 'zh', '今年'),
    ('modifier', 'zh', '去年'),
    ('modifier', 'zh', '今年的'),
    ('modifier', 'ko', '올해'),
    ('modifier', 'ko', '작년'),
    ('modifier', 'ko', '올해의'),
    ('media', 'en', 'who hosted'),
    ('media', 'en', 'who hosts'),
    ('media', 'en', 'who presented'),
    ('media', 'en', 'who presents'),
    ('media', 'en', 'who emceed'),
    ('media', 'ja', '司会'),
    ('media', 'zh', '主持'),
    ('media', 'ko', '사회자'),
    ('media', 'ko', '사회를 본'),
]


def main():
    data = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data")
    print(write_section(os.path.join(data, "office-cues.tsv"), MARKER, COMMENT, ROWS), "office rows")


if __name__ == "__main__":
    main()
