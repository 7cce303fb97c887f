#!/usr/bin/env python3
"""Builds src/GenScreen.Core/Prompts/Lexicons/Data/people/public-roles-scripts38.json: public occupations and offices of the
scripts without capitals (he ar fa hi bn th as single words; zh ja ko as CJK roles) that no earlier list held. A role right
before or after a name of these scripts says the name is a public figure's (CaselessScriptNames, CjkPersonNames): the
least-known public figures are the ones writers introduce by their job ("the announcer X", "MP X", "YouTuber X").
Written for GenScreen from general knowledge of how each language names these jobs (MIT); words any people list already
holds are left out, and by hand the jobs that describe an anonymous adult as often as a public one (model, dancer, nurse,
teacher, artist, goddess) and words with an ordinary second sense (Hebrew שרה is also the name Sarah, כתבת also "you wrote", Korean
시장 also "market", Arabic مقدمة also "introduction")."""
import json, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', 'src', 'GenScreen.Core', 'Prompts', 'Lexicons', 'Data', 'people')
SPACED = [
 # Hebrew (with and without the article ה: a role is written definite before a name, הזמרת X)
 'קריינית', 'הקריינית', 'קריין', 'הקריין', 'מגישה', 'המגישה', 'מגיש', 'המגיש', 'שדרנית', 'השדרנית', 'עיתונאית', 'העיתונאית',
 'זמרת', 'הזמרת', 'שחקנית', 'השחקנית', 'בלוגרית', 'הבלוגרית', 'טיקטוקרית', 'הטיקטוקרית', 'משפיענית', 'המשפיענית',
 'יוטיוברית', 'היוטיוברית', 'ספורטאית', 'הספורטאית', 'טניסאית', 'הטניסאית', 'כדורגלנית', 'הכדורגלנית', 'פוליטיקאית',
 'הפוליטיקאית', 'ח"כ', 'השרה', 'הכתבת', 'מנחה', 'המנחה', 'אינפלואנסרית', 'האינפלואנסרית', 'סטנדאפיסטית', 'הסטנדאפיסטית',
 # Arabic (definite and indefinite; a joined ل/ب/و is taken off in code)
 'مذيعة', 'المذيعة', 'مذيع', 'المذيع', 'إعلامية', 'الإعلامية', 'اعلامية', 'الاعلامية', 'مغنية', 'المغنية', 'مطربة', 'المطربة',
 'ممثلة', 'الممثلة', 'الفنانة', 'فنانة', 'صحفية', 'الصحفية', 'صحافية', 'الصحافية', 'مراسلة', 'المراسلة', 'يوتيوبر', 'اليوتيوبر',
 'يوتيوبرز', 'بلوجر', 'البلوجر', 'بلوقر', 'البلوقر', 'انفلونسر', 'الانفلونسر', 'مؤثرة', 'المؤثرة', 'وزيرة', 'الوزيرة', 'النائبة',
 'نائبة', 'لاعبة', 'اللاعبة', 'تيكتوكر', 'التيكتوكر', 'الشيفة',
 # Persian
 'مجری', 'گوینده', 'خبرنگار', 'روزنامه‌نگار', 'خواننده', 'بازیگر', 'هنرپیشه', 'ورزشکار', 'نماینده', 'یوتیوبر', 'اینفلوئنسر',
 'بلاگر', 'اینستاگرامر', 'تیک‌تاکر', 'والیبالیست', 'فوتبالیست', 'مجری‌', 'سلبریتی', 'وزیر',
 # Hindi
 'एंकर', 'अभिनेत्री', 'अदाकारा', 'हीरोइन', 'गायिका', 'विधायक', 'सांसद', 'मंत्री', 'यूट्यूबर', 'पत्रकार', 'रिपोर्टर', 'इन्फ्लुएंसर',
 'इंफ्लुएंसर', 'ब्लॉगर', 'व्लॉगर', 'टिकटॉकर', 'क्रिकेटर', 'खिलाड़ी', 'होस्ट', 'न्यूज़रीडर', 'एक्ट्रेस', 'सिंगर', 'नेत्री',
 # Bengali
 'অভিনেত্রী', 'নায়িকা', 'গায়িকা', 'উপস্থাপিকা', 'উপস্থাপক', 'সংবাদপাঠিকা', 'পাঠিকা', 'সাংবাদিক', 'ইউটিউবার', 'সাংসদ',
 'এমপি', 'মন্ত্রী', 'ক্রিকেটার', 'অভিনেতা', 'গায়ক', 'ইনফ্লুয়েন্সার', 'ব্লগার', 'টিকটকার', 'অ্যাঙ্কর', 'নেত্রী', 'অভিনেত্রীর',
 # Thai
 'นักแสดง', 'เน็ตไอดอล', 'นักข่าว', 'ยูทูบเบอร์', 'ดารา', 'นักร้อง', 'พิธีกร', 'ส.ส.', 'รัฐมนตรี', 'นักการเมือง', 'อินฟลูเอนเซอร์',
 'บล็อกเกอร์', 'นักกีฬา', 'ติ๊กต็อกเกอร์', 'สตรีมเมอร์', 'แคสเตอร์', 'ผู้สื่อข่าว', 'นักแสดงหญิง', 'นักร้องสาว', 'ผู้ประกาศ',
]
CJK = [
 # Chinese (simplified and traditional)
 '主播', '女主播', '记者', '記者', '女记者', '演员', '演員', '女演员', '女演員', '歌手', '女歌手', '网红', '網紅', '议员', '議員', '立委',
 '主持人', '女主持', '女主持人', '博主', '女星', '明星', '艺人', '藝人', '偶像', '运动员', '運動員', '选手', '選手', '播音员', '播音員',
 '新闻主播', '新聞主播', '部长', '部長', '市长', '市長', '官员', '官員', '视频博主', '網美',
 # Japanese
 '女優', 'アナウンサー', '女子アナ', '元アナウンサー', '政治家', '議員', 'グラビアアイドル', 'アイドル', '歌手', '記者', 'タレント', '声優',
 'ユーチューバー', '配信者', '気象予報士', 'キャスター', 'グラドル', '女流棋士', '選手', 'インフルエンサー', 'レースクイーン',
 # Korean
 '아나운서', '기상캐스터', '국회의원', '의원', '유튜버', '배우', '여배우', '가수', '기자', '앵커', '아이돌', '스트리머', '인플루언서',
 '개그우먼', '치어리더', '선수', '방송인', '리포터', '틱톡커', '인스타그래머', '장관', 
]
held = set()
for f in glob.glob(os.path.join(DATA, '*.json')):
    if f.endswith('public-roles-scripts38.json'):
        continue
    try:
        d = json.load(open(f, encoding='utf-8'))
    except Exception:
        continue
    def walk(x):
        if isinstance(x, str):
            held.add(x)
        elif isinstance(x, list):
            for y in x: walk(y)
        elif isinstance(x, dict):
            for k, y in x.items():
                if k not in ('description', 'sources'): walk(y)
    walk(d)
spaced = sorted({w for w in SPACED if w not in held})
cjk = sorted({w for w in CJK if w not in held})
out = {
 "version": "1",
 "description": "Session 31 (i16-namesscripts38): public occupations and offices of the scripts without capitals that no earlier list held (Hebrew with its article, Arabic, Persian, Hindi, Bengali, Thai single words; Chinese, Japanese, Korean roles). A role right before or after a name of these scripts makes the name a public figure's (real-person hint). Built by tools/namesscripts38/build_roles38.py; jobs as often an anonymous adult's (model, dancer) left out.",
 "sources": [{"source": "Written for GenScreen from general knowledge of how each language names these jobs; no third-party list.", "license": "MIT (this project)"}],
 "publicRoles": spaced,
 "cjkPublicRoles": cjk,
}
with open(os.path.join(DATA, 'public-roles-scripts38.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write('\n')
print(len(spaced), len(cjk), 'new;', len(SPACED) - len(spaced), len(CJK) - len(cjk), 'already held')
print(' '.join(spaced)); print(' '.join(cjk))
