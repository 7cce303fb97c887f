#!/usr/bin/env python3
"""Builds src/GenScreen.Core/Prompts/Lexicons/Data/people/given-names-script36.json: Hebrew and Arabic given names no list
held (session 30, i16-scripts36), written for GenScreen from general knowledge of Israeli and Arab naming (MIT, this project;
no third-party list): Israeli male and female given names of the last decades (batch 33's ערן was read by sound only, and
a two-consonant key spells too many words), and Arabic, Kurdish and Levantine female given names that social-media
figures go by (نارين). Left out, as in tools/scripts36/build_given_names36.py: names any people/*.json list already holds,
every word of Rules/Data/ordinary-words-cldr.txt and every word of Rules/Data/frequent-words.txt not marked as a name ('n'),
and by hand names that are ordinary words an image prompt uses (Hebrew שלי mine, אודי Audi, קרן ray, חן charm, רז secret, דור generation, עוז strength, שי gift, ניר field, זיו radiance, מתן giving, ערד a town, אלון oak, ורד rose, ray, שחר dawn, טל dew, גל
wave, ים sea, אור light, שמש sun; Arabic ورد, نسمة breeze, غيمة cloud). Usage: python3 tools/scripts36/build_given_names36.py"""
import pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / 'name-gazetteer'))
from hand_given_names import write
HAND = ("ערן גיא תומר רועי אסף עמית אורן אייל רון גלעד אלעד אופיר יניב אריאל נדב יואב אליה עמרי "
        "בועז איתמר צחי קובי ששון אבירם אביתר עופר "
        "ליהיא רעות גלית סיון שני ספיר טליה עינב אביטל הגר לירון לינוי אושרת מרב סיגל אילנה יפעת שרון לימור ענת "
        "דפנה נעמה מורן אגם לוסי מגי נסרין עינת "
        "نارين ريا روان لجين بيسان ياسمينا رزان جنان ميار لمى رنيم هيفاء عبير نسرين ديما رهف "
        "إليسا نوال أصالة شيماء إسراء دعاء").split()
write(HAND, 'given-names-script36.json',
      "Hebrew and Arabic given names no list held (session 30, i16-scripts36), tagged as people/script-given-names.json's are and read by "
      "ScriptFullNames (with IsPatronymic: a second given name as the father's name) and CaselessScriptNames. Built by "
      "tools/scripts36/build_given_names36.py from its hand list (do not edit by hand); what was left out is said there.",
      "tools/scripts36/build_given_names36.py, written for GenScreen from general knowledge of Israeli and Arab naming", 'he+ar')
