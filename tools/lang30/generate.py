#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/lang30/<lang>.json (session 26, i16-lang30): the morphology and
vocabulary that the weaker languages' basic prompts (a child or an adult, with a nude word) showed missing in the fresh set
tools/lang30/fresh_set.py (written before this script, scored on main in tools/lang30/evals/fresh.main.txt).

Classes, each generated from the language's grammar rather than listed phrase by phrase:
- Tagalog numbers: the native tens (dalawampu ... siyamnapu) with and without the linker -ng, and the Spanish-derived
  numbers of everyday Tagalog (beinte, trenta, kuwarenta ...; singko, siyete, otso, nuwebe), so that a compound adult age
  (tatlumpu't limang taong gulang, beinte-siyete anyos) is read whole as 35 or 27 by the compound-number reader instead of
  its last word alone as a child's 5 or 7 (the misspelling reader took siyete for Spanish siete and otso for Italian otto).
- Tagalog linker -ng on the vowel-final minor nouns of the Tagalog lexicon files (binatilyong, estudyanteng).
- Vietnamese nam sinh (male pupil; read as the name Nam Sinh) and pupil nouns with their grade (học sinh lớp 11; lớp N
  alone is also a layer).
- Persian age units with the suffixes written after a ZWNJ (indefinite/relative -ای, ezafe -ی): پنج‌ساله‌ای, هفت ساله‌ی.
- Arabic school stages (preparatory, intermediate and secondary stages and their grades, Egyptian, Levantine and Gulf
  names) with a pupil noun, colloquial child words (عيال said with the neighbourhood or small, the diminutive بنية with
  its possessive clitics).
- College and university students with an adult marker in Hindi and Bengali (a college student is an adult; the bare
  छात्रा/ছাত্রী "student" stays a minor word): adult terms that win as the longer match.
(The innocent senses of the nude words, the naked truth, the naked king, are sense guards: Rules/Data/sense-guards.tsv.)
Written from general knowledge of the languages; no third-party list copied.
Run: python3 tools/lang30/generate.py"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lexicon-data'))
from rows import M, A, B, write_language_file  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'GenScreen.Core', 'Prompts', 'Lexicons', 'Data', 'lang30')
SOURCE = [{"source": "Written for GenScreen (issue 16, session 26, i16-lang30) from general knowledge of the languages' number, "
                     "age and school grammar; no third-party list copied.", "license": "MIT (this project)"}]


def tagalog_numbers():
    native_tens = {'dalawampu': 20, 'tatlumpu': 30, 'apatnapu': 40, 'limampu': 50, 'animnapu': 60,
                   'pitumpu': 70, 'walumpu': 80, 'siyamnapu': 90}
    spanish_tens = {'beinte': 20, 'bente': 20, 'benti': 20, 'trenta': 30, 'treinta': 30, 'kuwarenta': 40, 'kwarenta': 40,
                    'singkuwenta': 50, 'singkwenta': 50, 'sisenta': 60, 'sitenta': 70, 'setenta': 70, 'otsenta': 80,
                    'nobenta': 90}
    spanish_units = {'kuwatro': 4, 'kwatro': 4, 'singko': 5, 'sais': 6, 'siyete': 7, 'syete': 7, 'otso': 8,
                     'nuwebe': 9, 'nwebe': 9, 'diyes': 10, 'onse': 11, 'disiotso': 18, 'disinuwebe': 19}
    native_units = {'isang': 1, 'pitong': 7, 'walong': 8, 'sampung': 10,
                    'labindalawa': 12, 'labindalawang': 12, 'labintatlo': 13, 'labintatlong': 13,
                    'labinlima': 15, 'labinlimang': 15, 'labimpito': 17, 'labimpitong': 17,
                    'labingwalo': 18, 'labingwalong': 18, 'labinsiyam': 19, 'labinsiyam na': 19}
    out = {}
    for word, value in native_tens.items():
        out[word] = value
        out[word + 'ng'] = value      # linker: tatlumpung taon
        out[word + "'t"] = value      # contracted "at" (and): tatlumpu't lima
        out[word + 't'] = value       # the same typed without the apostrophe
    out.update(spanish_tens)
    out.update(spanish_units)
    out.update({k: v for k, v in native_units.items() if ' ' not in k})
    return out


# ---------------------------------------------------------------- Persian age units with their joined suffixes
# Session 27 (lead, from held-out batch 32's دختر هفت‌ساله‌ام, "my seven-year-old daughter"): the possessive clitics of every
# person (-am my, -at your, -ash his/her, -eman our, -etan your, -eshan their), after a ZWNJ as written.
FA_POSSESSIVES = ('ام', 'ات', 'اش', 'مان', 'تان', 'شان')
FA_UNITS = [u + '\u200c' + s for u in ('ساله',) for s in ('ای', 'ی') + FA_POSSESSIVES] + ['سالهای', 'سالهی']


# ---------------------------------------------------------------- Arabic
def arabic():
    pupils = ['طالب', 'طالبة', 'تلميذ', 'تلميذة', 'طلاب', 'طالبات', 'تلاميذ', 'تلميذات']
    stages = ['المرحلة الإعدادية', 'المرحلة المتوسطة', 'المرحلة الثانوية', 'الإعدادية', 'الاعدادية', 'الإعدادي', 'الاعدادي',
              'المتوسطة', 'المتوسط', 'الثانوية', 'الثانوي', 'الثانوية العامة']
    out = []
    for p in pupils:
        for s in stages:
            out += M(4, f'{p} في {s}')
        for adj in ('إعدادي', 'اعدادي', 'إعدادية', 'اعدادية', 'متوسط', 'ثانوي'):
            out += M(4, f'{p} {adj}')
    # grades of the preparatory / intermediate / secondary stages (ages 12 to 17)
    ordinals = ['الأول', 'الثاني', 'الثالث', 'اول', 'ثاني', 'ثالث', 'أولى', 'ثانية', 'ثالثة']
    for o in ordinals[:3]:
        for stage in ('الإعدادي', 'الاعدادي', 'المتوسط', 'الثانوي'):
            out += M(4, f'الصف {o} {stage}')
    for o in ordinals[6:]:
        for stage in ('إعدادي', 'اعدادي', 'متوسط', 'ثانوي'):
            out += M(4, f'{o} {stage}')
    out += M(4, 'المرحلة الإعدادية', 'المرحلة المتوسطة')
    out += M(3, 'الصف السابع', 'الصف الثامن', 'الصف التاسع', 'الصف العاشر', 'الصف الحادي عشر')  # also "the seventh row"
    # colloquial child words: عيال (kids; alone also "dependants": رب عيال) only with a child's setting or size
    for w in ('عيال', 'العيال'):
        out += M(4, f'{w} الحارة', f'{w} الحي', f'{w} الفريج', f'{w} صغار', f'{w} الصغار', f'{w} المدرسة')
    out += M(4, 'عيالي', 'عيالنا', 'عيالها', 'عياله')
    # the diminutive بنية (little girl) with its possessive clitics
    out += M(4, 'بنيتي', 'بنيتها', 'بنيته', 'بنيتك', 'بنيتنا', 'بنية صغيرة', 'البنية الصغيرة', 'بنيتي الصغيرة')
    return out


def hindi():
    out = A('कॉलेज छात्रा', 'कॉलेज की छात्रा', 'कॉलेज का छात्र', 'कॉलेज छात्र', 'कॉलेज के छात्र', 'कॉलेज स्टूडेंट',
            'विश्वविद्यालय की छात्रा', 'विश्वविद्यालय का छात्र', 'यूनिवर्सिटी की छात्रा', 'यूनिवर्सिटी का छात्र',
            'कॉलेज गर्ल', 'कॉलेज की लड़की')
    return out


def bengali():
    out = A('কলেজ ছাত্রী', 'কলেজের ছাত্রী', 'কলেজ ছাত্র', 'কলেজের ছাত্র', 'বিশ্ববিদ্যালয়ের ছাত্রী', 'বিশ্ববিদ্যালয়ের ছাত্র',
            'ভার্সিটির ছাত্রী', 'ভার্সিটির ছাত্র', 'কলেজ পড়ুয়া', 'কলেজপড়ুয়া')
    return out


# ---------------------------------------------------------------- Tagalog linker -ng on the minor nouns
ANY_AGE = {'estudyante'}  # a student of any age: its linked form names college students too


# Linked forms this script wrote before a later Tagalog file also listed them (session 33, i16-generators41): read as
# "already listed", a re-run dropped them and no longer reproduced lang30/tl.json. Form -> the files that hold it now.
LINKED_KEPT = {
    "beybing": "youth30/tl.json",
    "binatilyong": "youth30/tl.json",
    "elementaryang": "youth30/tl.json",
}


def tagalog_linked():
    """A vowel-final noun takes the linker -ng before what describes it (binatilyong naglalaro, estudyanteng Grade 9): the
    minor nouns of every Tagalog lexicon file, read from the files themselves, get that form at their own level; not the
    nouns said of any age (ANY_AGE: estudyanteng kolehiyala is a college student)."""
    data = os.path.join(os.path.dirname(ROOT))
    found, out = {}, []
    for folder, _, files in os.walk(data):
        if os.path.abspath(folder) == os.path.abspath(ROOT):
            continue
        for name in files:
            if not name.endswith('.json'):
                continue
            try:
                with open(os.path.join(folder, name), encoding='utf-8') as f:
                    doc = json.load(f)
            except (ValueError, OSError):
                continue
            if not isinstance(doc, dict) or doc.get('language') != 'tl':
                continue
            for e in doc.get('prompt') or []:
                if isinstance(e, dict):
                    found[e['term']] = (e.get('signal'), e.get('level', 0))
    for term, (signal, level) in sorted(found.items()):
        if signal == 'minor' and term not in ANY_AGE and ' ' not in term and term[-1] in 'aeiou' and (
                term + 'ng' not in found or term + 'ng' in LINKED_KEPT):
            out += M(level, term + 'ng')
    return out


# ---------------------------------------------------------------- Vietnamese pupils and their grade
def vietnamese():
    words = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai']
    # bare nam sinh stays out: also the given name Nam Sinh (names22-fresh-adult-sexual-vi-012, an adult of 22)
    out = M(3, 'nam sinh trung học', 'nam sinh cấp hai', 'nam sinh cấp ba', 'nam sinh tiểu học')
    # lớp N alone is also a layer (lớp 2 of an image); with a pupil noun before it, a grade
    for pupil in ('học sinh', 'nam sinh', 'nữ sinh', 'cậu học trò', 'cô học trò', 'bé', 'em'):
        for n in range(1, 13):
            out += M(4, f'{pupil} lớp {n}', f'{pupil} lớp {words[n - 1]}')
    return out


def write(lang, about, terms, numbers=None, units=None):
    n = write_language_file(ROOT, lang, about + ' Written by tools/lang30/generate.py.', SOURCE, terms,
                            {'numbers': numbers, 'ageUnits': units})
    print(lang, n, len(numbers or {}), len(units or []))


ABOUT = 'Session 26 (i16-lang30): '
write('tl', ABOUT + 'Tagalog tens (native with -ng and \'t, Spanish-derived) and Spanish-derived units, so compound adult ages read whole; the linker -ng on the minor nouns.',
      tagalog_linked(), numbers=tagalog_numbers())
write('fa', ABOUT + 'Persian age units with the suffixes joined after a ZWNJ.', [], units=FA_UNITS)
write('vi', ABOUT + 'Vietnamese male pupils (nam sinh, read as a name before) and pupil nouns with their grade.', vietnamese())
write('ar', ABOUT + 'Arabic school stages with a pupil noun, grades, colloquial child words.', arabic())
write('hi', ABOUT + 'Hindi college and university students (adult).', hindi())
write('bn', ABOUT + 'Bengali college and university students (adult).', bengali())
