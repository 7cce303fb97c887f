#!/usr/bin/env python3
"""Builds src/GenScreen.Core/Prompts/Lexicons/Data/people/given-names-script32.json: Arabic given names no list held
(session 28, i16-names32), written for GenScreen from general knowledge of Arabic naming (MIT, this project; no third-party
list). Female given names common in Egypt and the Levant, and male given names that stand second in an Arabic name as the
father's name (patronymic: عبير موسى). Left out: names any people/*.json list already holds, every word of
Rules/Data/ordinary-words-cldr.txt and every word of Rules/Data/frequent-words.txt not marked as a name ('n'), and by hand
names that are ordinary words an image prompt uses (نور light, وردة rose, دنيا world, ذكرى memory, سما sky, هالة halo,
أحلام dreams, وفاء loyalty, حنان tenderness, إلهام inspiration, بسمة smile, لطيفة kind, جنى harvest, لين softness, ريم
gazelle, هند India, منى wishes, بشرى good news, منة grace, ياسمين jasmine, شيرين sweet in Persian, حسن good, شريف noble,
سامي lofty, خالد eternal). Usage: python3 tools/names32/build_given_names32.py"""
import pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / 'name-gazetteer'))
from hand_given_names import write
HAND = ("فريال ديانا نجوى سهير ليلى رغدة ميرفت صابرين إيناس نادية نبيلة زينة جيهان نيكول هيدي لارا ميرا تالا كندة ديما "
        "جومانا باسكال كارول ماغي مايا سلاف شريهان أروى عايدة رحاب فيفي دينا نانسي "
        "موسى عيسى أحمد محمد حسين").split()
write(HAND, 'given-names-script32.json',
      "Arabic given names no list held (session 28, i16-names32), tagged as people/script-given-names.json's are and read by "
      "ScriptFullNames (with IsPatronymic: a second given name as the father's name) and CaselessScriptNames. Built by "
      "tools/names32/build_given_names32.py from its hand list (do not edit by hand); what was left out is said there.",
      "tools/names32/build_given_names32.py, written for GenScreen from general knowledge of Arabic naming", 'ar')
