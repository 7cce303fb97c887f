#!/usr/bin/env python3
"""Builds src/GenScreen.Core/Prompts/Lexicons/Data/people/given-names-indic42.json: common Hindi, Bengali and Thai given names
no list held (session 34, i16-namesindic42), written for GenScreen from general knowledge of Indian, Bangladeshi and Thai
naming (MIT, this project; no third-party list). Held-out writers name the least-known public figures of these countries,
so their full names are in no gazetteer; what the name rules need is the given name (then ClauseSubjectNames,
CaselessScriptNames and ScriptFullNames read the pair where the clause's person stands). The lists before were celebrities'
given names (people/script-given-names.json); these are the everyday names of women and men born 1960-2000.
Left out, as in tools/name-gazetteer/hand_given_names.py: names any people/*.json list already holds, every word of
Rules/Data/ordinary-words-cldr.txt and of Rules/Data/frequent-words.txt not marked as a name ('n'), and by hand names that are
ordinary words or deities an image prompt uses: Hindi राधा लक्ष्मी दुर्गा सीता गणेश (deities, festivals, paintings of them),
तारा star, भूमि earth, रोशनी light, आकाश sky, दीपक lamp, विकास development, विजय victory, विशाल huge, पवन wind, प्रगति
progress; Bengali মেঘলা cloudy, শিউলি and other flowers, দুর্গা; Thai ดวงใจ (my heart), มาลัย (garland), วาสนา (fortune),
แสงเดือน (moonlight), รัชดา (a Bangkok road), วันเพ็ญ (full-moon day), สมศรี (the labelled set's สมศรี ใจดี is a placeholder name); and, after batch 40's राखी (the rakhi thread of रक्षाबंधन) was read as a
name, every name that is also a festival object, scripture, virtue, flower, light, season or adjective: राखी गीता शोभा सुधा सुमन छाया चांदनी निशा मेघा गायत्री भारती पायल खुशबू गुंजन जूही नीलम कंचन कोमल साक्षी रजनी पूर्वी प्रज्ञा इंदु तरुण नवीन अर्जुन सौरभ विनोद विवेक अशोक आलोक गौरव पंकज सरिता सरोज तृषा शीतल श्रद्धा भावना प्रतिभा कल्पना कविता বৃষ্টি তিথি লাবণ্য শতাব্দী ঐশী রূপা মহুয়া সুমন সৌরভ তন্ময় রাখি তৃষা সজীব লাভলী মিথিলা ขวัญใจ บุษบา จันทร์เพ็ญ ทัศนีย์. Usage: python3 tools/namesindic42/build_given_names42.py"""
import pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / 'name-gazetteer'))
from hand_given_names import write
HINDI = ("आरती अंजलि अंजू अनीता अनिता अनुराधा अपर्णा ऊषा कमला कामिनी गरिमा गीतांजलि "
 " जया तनुजा तन्वी दीपा दीपाली दीप्ति नंदिनी नमिता नम्रता निधि नीतू नीलिमा पल्लवी "
 "पारुल पूनम प्रीति बबीता बबिता मंजू माधवी मानसी मालती मालिनी मीना मीनाक्षी मीनू मोनिका "
 "रश्मि रागिनी रिंकी रितु रीना रुचि रूपा रेनू रेणुका ललिता वंदना विनीता शालिनी शिखा शिल्पी "
 "श्रुति संगीता संजना सारिका सुनीता सुनयना सुरभि सुषमा स्नेहा स्वाति हेमलता हर्षिता "
 "अनामिका उर्मिला ऋचा कृतिका ज्योत्सना डिंपल नीता पिंकी मनीषा मोना "
 "यामिनी रंजना रूपाली वैशाली शबनम शिवानी सोनल सोनाली स्मिता रचिता तनुश्री अमृता रेणु सुजाता अल्का अलका "
 "अजय अनिल अभिषेक अंकित आदित्य आशीष कपिल करण कुणाल धर्मेंद्र नितिन नीरज प्रदीप प्रवीण "
 "प्रशांत मनीष मनोज महेश मुकेश योगेश राकेश राजेश रोहित संजय संदीप सचिन सुनील सुरेश हितेश "
 " अनुराग रमेश दिनेश रणजीत").split()
BENGALI = ("অনিতা অনুশ্রী অর্পিতা অদিতি অন্বেষা ঈশিতা কেয়া কাকলি চৈতালি জয়িতা তনিমা তন্দ্রা তানিয়া তাহমিনা দেবলীনা "
 "দেবযানী দেবশ্রী দীপান্বিতা নন্দিনী নাসরিন নাজনীন নিশাত পৌলমী পাপিয়া ফারহানা ফারজানা বিদিশা মৌমিতা মিতালি "
 " রুমা রুনা লিপিকা শর্মিষ্ঠা শম্পা শ্রেয়সী শ্রাবণী সঙ্গীতা সুচিত্রা সুমিতা সোমা সুদেষ্ণা "
 "সুপর্ণা সঞ্চিতা হৈমন্তী ইন্দ্রানী অপরাজিতা অনামিকা তানজিলা নাদিয়া রুবিনা শাহনাজ সাবরিনা সামিয়া সেঁজুতি "
 "মাহিয়া জান্নাতুল ফাহমিদা মারিয়া তাসলিমা রেহানা শিরিন লাইলা নাজমা জেসমিন সালমা আফরোজা ইশরাত তাবাসসুম মেহেরুন "
 "রোকসানা আরিফা নাজমুন নিগার জাকিয়া শারমিন ফারিহা আনিকা মাইশা নুসাইবা রাইসা সানজিদা প্রমা অহনা পিয়ালী রিমি "
 "টুম্পা ঝুমা মিঠু সাবিনা তাসনিম "
 "অরিন্দম অভিজিৎ অমিত অর্ণব কৌশিক দেবাশিস দীপঙ্কর রাজীব শুভজিৎ সুদীপ রাহুল ইমরান তানভীর রাকিব "
 "মাহমুদ রফিক শাহরিয়ার আরিফ জাহিদ ফাহিম নাঈম মাসুদ হাসান কামরুল").split()
THAI = ("กนกวรรณ กมลชนก กัญญารัตน์ จินตนา จุฑามาศ ชไมพร ณัฐชา ณัฐณิชา ณัฐกานต์ ทิพวรรณ ธิดารัตน์ ธนาภรณ์ "
 "นงลักษณ์ นภาพร นันทิชา นิภาพร นฤมล เบญจวรรณ ปภาวดี ปนัดดา ปรางทิพย์ ปาริฉัตร ปิยธิดา ผกามาศ พรทิพย์ เพ็ญศรี "
 "ภาวิณี มณีรัตน์ รุ่งนภา ลัดดาวัลย์ วนิดา วรรณิศา วิภา ศศิธร ศิริรัตน์ ศุภลักษณ์ สายสุนีย์ สุกัญญา สุจิตรา "
 "สุดารัตน์ สุธิดา สุนันทา สุพัตรา สุภาวดี สุมาลี เสาวลักษณ์ อรทัย อรพรรณ อัจฉรา อาทิตยา อำไพ อุไรวรรณ เยาวลักษณ์ "
 "ชนิดาภา ธัญชนก ปิยะดา ลลิตา อังคณา ประภาพร จารุวรรณ ศรีสุภา ชุลีพร ดารุณี ปัทมา พิมพ์ใจ รัตนาภรณ์ "
 "ณัฐพล ธนากร ธีรพงษ์ สุรชัย อนุชา ชัยวัฒน์ กิตติพงษ์").split()
write(HINDI + BENGALI + THAI, 'given-names-indic42.json',
 "Common Hindi, Bengali and Thai given names no list held (session 34, i16-namesindic42), tagged as people/script-given-names.json's "
 "are and read by ClauseSubjectNames, CaselessScriptNames and ScriptFullNames. Built by tools/namesindic42/build_given_names42.py "
 "from its hand list (do not edit by hand); what was left out is said there.",
 "tools/namesindic42/build_given_names42.py, written for GenScreen from general knowledge of Indian, Bangladeshi and Thai naming",
 'hi+bn+th')
