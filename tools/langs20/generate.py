#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/langs20/<lang>.json (session 19, i16-langs20): the child words, ages and
school stages, and (Thai, Dutch, Swedish, Vietnamese, Indonesian, Chinese) the core sexual words that the seven weakest
languages of held-out batch 22 lacked. Forms come from each language's morphology here, not from a list of phrases:
Polish age nouns (-latek/-latka in every case) and age adjectives (-letni) from the number stems; Dutch diminutives of
child and body nouns; Thai school stages (ป./ม./อ. + digit, Thai digit, spelled) and ขวบ + fraction; Vietnamese spelled ages
(number word + tuổi); Swedish grade nouns (går i fyran) and the numeral `sex` (six) before a time unit as benign.
Levels: minor 4 a child's word, 3 also said of adults or young adults, 2 a hint; sexual 6 explicit, 4 nudity/genitals,
2 suggestive. Written from general knowledge of the languages; no third-party list copied.
Run: python3 tools/langs20/generate.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lexicon-data'))
from rows import M, S, B, U, write_language_file  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'GenScreen.Core', 'Prompts', 'Lexicons', 'Data', 'langs20')
SOURCE = [{"source": "Written for GenScreen (issue 16, session 19, i16-langs20) from general knowledge of the languages' child "
                     "words, age and school grammar and sexual vocabulary; no third-party list copied.", "license": "MIT (this project)"}]

# ---------------------------------------------------------------- Thai
TH_DIGITS = '๐๑๒๓๔๕๖๗๘๙'
def th_num(n):
    return ''.join(TH_DIGITS[int(c)] for c in str(n))
TH_SPELLED = {1: 'หนึ่ง', 2: 'สอง', 3: 'สาม', 4: 'สี่', 5: 'ห้า', 6: 'หก'}

def thai():
    out = []
    # school stages written as ป.4, ม.2, อ.2, ด.ญ. are cut at the dot by the tokenizer: Rules/ThaiSchoolStages.cs reads them;
    # here the spelled stages (ประถมปีที่ 3, มัธยมศึกษาปีที่ 1)
    for g in range(1, 7):
        for d in (str(g), th_num(g), TH_SPELLED[g]):
            out += M(4, f'ประถมปีที่ {d}', f'ประถมปีที่{d}', f'ประถมศึกษาปีที่ {d}', f'ประถมศึกษาปีที่{d}', f'ประถม {d}')
            out += M(4 if g <= 3 else 3, f'มัธยมปีที่ {d}', f'มัธยมปีที่{d}', f'มัธยมศึกษาปีที่ {d}', f'มัธยมศึกษาปีที่{d}')
    out += M(4, 'มัธยมต้น', 'มัธยมศึกษาตอนต้น', 'ชั้นประถม', 'วัยประถม', 'วัยอนุบาล', 'วัยเตาะแตะ', 'เด็กวัยเตาะแตะ')
    out += M(3, 'มัธยมปลาย', 'มัธยมศึกษาตอนปลาย', 'วัยมัธยม', 'วัยเรียน')
    # ขวบ counts a small child's years: with a fraction or "and more" it is still a child's age
    out += M(4, 'ขวบครึ่ง', 'ขวบกว่า', 'ขวบกว่าๆ', 'ขวบเศษ', 'ขวบปี')
    # child words and endearments
    out += M(4, 'ลูกน้อย', 'เจ้าหนู', 'ไอ้ตัวเล็ก', 'เจ้าตัวน้อย', 'หนูจ๋า', 'เด็กตัวเล็ก', 'เด็กตัวน้อย', 'เด็กผู้หญิงตัวเล็ก',
             'เด็กผู้ชายตัวเล็ก', 'น้องผู้หญิงตัวเล็ก', 'น้องผู้ชายตัวเล็ก', 'ลูกชายตัวน้อย', 'หลานตัวน้อย', 'หลานสาวตัวน้อย',
             'หลานชายตัวน้อย', 'เด็กชายตัวน้อย', 'เด็กหญิงตัวน้อย', 'บุตรสาววัย', 'บุตรชายวัย', 'เด็กนักเรียน', 'นักเรียนประถม',
             'นักเรียนอนุบาล', 'ลูกสาววัย', 'ลูกชายวัย', 'หลานสาววัย', 'หลานชายวัย')
    out += M(3, 'น้องผู้หญิง', 'น้องผู้ชาย', 'นักเรียนชาย', 'นักเรียนมัธยม', 'เด็กมัธยม')
    out += M(2, 'ลูกชาย', 'หลานสาว', 'หลานชาย', 'บุตรสาว', 'บุตรชาย')
    # puppies, calves, field rats: หนู and ลูก of animals are no children
    out += B('ลูกหมา', 'ลูกแมว', 'ลูกไก่', 'ลูกวัว', 'ลูกม้า', 'ลูกหมู', 'หนูนา', 'หนูแฮมสเตอร์', 'หนูตะเภา', 'ลูกชิ้น', 'ลูกชายหาด')
    # sexual: genitals named plainly (nudity, 4) and in slang (6); acts and their slang; climax and fluids
    out += S(4, 'อวัยวะเพศ', 'อวัยวะเพศชาย', 'อวัยวะเพศหญิง', 'องคชาต', 'องคชาติ', 'ลึงค์', 'ช่องคลอด', 'แคมหี', 'ปากช่องคลอด',
             'เปลือยท่อนล่าง', 'ท่อนล่างเปลือย', 'เปลือยหมดทั้งตัว', 'โชว์อวัยวะเพศ', 'โชว์จิ๋ม', 'เห็นจิ๋ม', 'โชว์หอย', 'แก้ผ้าหมด')
    out += S(6, 'โม๊ก', 'โม๊ค', 'โม้กควย', 'อมนกเขา', 'แตกใส่ปาก', 'แตกในปาก', 'แตกใส่หน้า', 'แตกใส่นม', 'แตกคาปาก', 'ปล่อยในช่องคลอด',
             'ท่าหมา', 'ท่าหกเก้า', 'ท่า 69', 'ท่า69', 'ขึ้นขย่ม', 'กระเด้า', 'โดนกระเด้า', 'เย็ดสด', 'ซั่มกัน', 'โดนซั่ม',
             'เลียจิ๋ม', 'ถูจิ๋ม', 'ล้วงจิ๋ม', 'เลียหอย', 'หนีบควย', 'ใช้นมหนีบ', 'ใช้หน้าอกหนีบ', 'ขยำนม', 'บีบนมเธอ',
             'น้ำเชื้อ', 'น้ำอสุจิ', 'อวัยวะเพศชายแข็ง', 'อวัยวะเพศแข็งตัว', 'องคชาตแข็ง', 'ไวเบรเตอร์', 'ไวเบรเตอร์', 'ดิลโด้', 'ดิลโด',
             'เซ็กส์ทอย', 'เซ็กซ์ทอย', 'ไข่สั่น', 'ช่วยตัวเองด้วยนิ้ว', 'กำลังชักว่าว', 'ตั้งท่ารอเย็ด', 'ถึงจุดสุดยอดทางเพศ')
    out += S(2, 'เย้ายวน', 'สายตาเย้ายวน', 'ร่องอก', 'นมโต', 'เงี่ยนจัด', 'เสียวซ่าน', 'หื่นกาม', 'ยั่วเย้า', 'ท่ายั่วเย้า')
    out += U(4, 'ถอดกางเกงใน', 'ถอดเสื้อใน', 'ถอดบรา', 'ถอดยกทรง', 'ถอดชุดชั้นใน', 'ถอดจนหมด', 'ถอดหมดทุกชิ้น')
    out += U(1, 'ไม่ใส่เสื้อใน', 'ไม่ใส่ยกทรง', 'ไม่สวมเสื้อชั้นใน', 'ไม่สวมกางเกงใน')
    # trees bare of leaves, a man stripped of rank, bragging together (โม้กัน holds โม้ก), a yoga dog, sperm in a biology class
    out += B('เปลือยใบ', 'ต้นไม้เปลือย', 'กิ่งเปลือย', 'โม้กัน', 'โม้กับ', 'ท่าหมาก้มหน้า', 'ตัวอสุจิ', 'เสียวฟัน', 'ร่องอกไก่')
    return out

# ---------------------------------------------------------------- Dutch
def nl_dim(base):
    """Dutch diminutive of a noun (singular, plural): vowel-final and -l/-n/-r after a long vowel take -tje, -m -pje,
    a short vowel and single consonant doubles it and takes -etje, other consonants -je."""
    vowels = 'aeiouy'
    last = base[-1]
    if last in vowels:
        d = base + ('tje' if not base.endswith(('a', 'o', 'u', 'i', 'y')) else "'tje" if False else 'tje')
    elif last == 'm' and len(base) > 2 and base[-2] in vowels and base[-3] not in vowels:
        d = base + ('metje' if len(base) <= 4 else 'pje')
    elif last in 'lnr' and len(base) > 2 and base[-2] in vowels and base[-3] not in vowels and len(base) <= 4:
        d = base + last + 'etje'
    elif last in 'lnrw' or base.endswith(('el', 'en', 'er')):
        d = base + 'tje'
    elif last == 'g' and base.endswith('ng'):
        d = base[:-1] + 'kje'
    else:
        d = base + 'je'
    return [d, d + 's']

def dutch():
    out = []
    # diminutives: a "little brother/sister/guy/girl" is a child; body nouns made small are the slang of sex talk
    for base, lvl in (('broer', 3), ('zus', 3), ('vent', 4), ('meid', 4), ('knul', 4), ('kind', 4), ('zoon', 4),
                      ('dochter', 4), ('neef', 3), ('nicht', 3), ('kleuter', 4), ('peuter', 4)):
        out += M(lvl, *nl_dim(base))
    out += M(4, 'jochie', 'jochies', 'hummel', 'hummels', 'ukkie', 'ukkies', 'dreumes', 'dreumesen', 'kleine meid', 'kleine meiden',
             'klein meisje', 'kleine jongen', 'kleine vent', 'kleine knul', 'basisscholier', 'basisscholieren', 'basisschoolkind',
             'basisschoolkinderen', 'kleuterschool', 'groepachter', 'groepachters', 'onderbouwer', 'brugpieper', 'brugpiepers',
             'eersteklasser', 'tweedeklasser', 'eersteklassers', 'tweedeklassers', 'derdeklasser', 'derdeklassers', 'kinderdagverblijf')
    out += M(3, 'scholier', 'scholieren', 'scholiere', 'kleindochter', 'kleindochters', 'kleinzoon', 'kleinzoons',
             'vierdeklasser', 'vierdeklassers', 'middelbare scholier', 'middelbare scholieren')
    for g in range(1, 9):
        out += M(4, f'leerling van groep {g}', f'leerlinge van groep {g}', f'leerlingen van groep {g}')  # not 'in/uit groep': a tournament's group too
    out += S(6, *nl_dim('kut'), 'kutten', 'pijpbeurt', 'pijpbeurten', 'vluggertje', 'vluggertjes', 'beft', 'beffen', 'gebeft',
             'trekt hem af', 'trekt zich af', 'vingert', 'vingeren', 'gevingerd', 'spuit klaar', 'klaarkomt', 'kwam klaar', 'komt klaar in',
             'laat haar klaarkomen', 'geneukt worden', 'neukpartij', 'stijve piemel', 'stijve pik', 'pik in haar mond', 'lul in haar mond')
    out += S(4, 'kut', 'lul', *nl_dim('lul'), 'piemel', 'piemels', *nl_dim('piemel'), 'tietjes', 'tieten', 'pik', 'schaamlippen',
             'schaamstreek', 'vagina', 'penis', 'penissen', 'poedelnaakt', 'spiernaakt', 'moedernaakt', 'in haar blootje', 'in zijn blootje')
    # tot is "until" before a pronoun, article or preposition (tot ze klaarkomt, tot aan de knieën): not the English tot;
    # no word here is English after tot (tot in, tot we are left out)
    out += B(*[f'tot {w}' for w in ('ze', 'hij', 'zij', 'het', 'de', 'aan', 'op', 'dat', 'zich', 'ik', 'je', 'jij', 'wij', 'jullie',
                                    'morgen', 'straks', 'nu', 'slot', 'ziens', 'zover', 'haar', 'hem', 'mijn', 'zijn', 'elkaar', 'dan')], 'totdat')
    # curses and talk: lullen (to waffle) is listed above at 4 only through the diminutive table; 'pik' is also a pickaxe
    out += B('lulverhaal', 'lulkoek', 'kutweer', 'pikhouweel', 'pikdonker', 'de pik op', 'penisvis')
    return out

# ---------------------------------------------------------------- Polish
PL_NUM = {1: 'jedno', 2: 'dwu', 3: 'trzy', 4: 'cztero', 5: 'pięcio', 6: 'sześcio', 7: 'siedmio', 8: 'ośmio', 9: 'dziewięcio',
          10: 'dziesięcio', 11: 'jedenasto', 12: 'dwunasto', 13: 'trzynasto', 14: 'czternasto', 15: 'piętnasto', 16: 'szesnasto',
          17: 'siedemnasto'}
PL_LATEK = ['latek', 'latka', 'latkowi', 'latkiem', 'latku', 'latki', 'latków', 'latkom', 'latkami', 'latkach',
            'latkę', 'latką', 'latce']
PL_LETNI = ['letni', 'letnia', 'letnie', 'letniego', 'letniej', 'letniemu', 'letnim', 'letnią', 'letnich', 'letnimi']
PL_KLASA = {1: 'pierwszo', 2: 'drugo', 3: 'trzecio', 4: 'czwarto', 5: 'piąto', 6: 'szósto', 7: 'siódmo', 8: 'ósmo'}
PL_KLASIST = ['klasista', 'klasisty', 'klasiście', 'klasistę', 'klasistą', 'klasiści', 'klasistów', 'klasistka', 'klasistki',
              'klasistkę', 'klasistką', 'klasistce', 'klasistek']

def pl_noun(stem, endings):
    return [stem + e for e in endings]

def polish():
    out = []
    # age nouns and adjectives from the number stems: a child of 1-12, a teen of 13-17 (kilku- a few years, kilkunasto- a teen)
    for n, s in list(PL_NUM.items()) + [(5, 'kilku'), (14, 'kilkunasto')]:
        lvl = 3 if s == 'kilkunasto' or n >= 16 else 4
        out += M(lvl, *[s + e for e in PL_LATEK])
        if 3 <= n <= 17 and s != 'kilku':  # -letni also measures durations (pięcioletni plan): a hint, not a child
            out += M(3, *[s + e for e in PL_LETNI])
    for n, s in PL_KLASA.items():
        out += M(4, *[s + e for e in PL_KLASIST])
    out += M(4, *pl_noun('pierwszak', ['', 'a', 'i', 'iem', 'owi', 'ów', 'ach', 'ami', 'u']),
             *pl_noun('braciszk', ['a', 'iem', 'owi', 'u', 'i', 'ów']), 'braciszek',
             *pl_noun('siostrzyczk', ['a', 'i', 'ę', 'ą', 'om']), 'siostrzyczce', 'siostrzyczek',
             *pl_noun('wnusi', ['a', 'ę', 'ą', 'u', 'o']), *pl_noun('wnusi', ['ek']), 'wnusio',
             *pl_noun('dzieciątk', ['o', 'a', 'iem', 'u']), *pl_noun('szkrab', ['', 'a', 'y', 'ów', 'em', 'owi', 'ie']),
             *pl_noun('chłopacz', ['ek', 'ka', 'kowi', 'kiem', 'ki', 'ków']), *pl_noun('dziewusz', ['ka', 'ki', 'kę', 'ką', 'ek']),
             *pl_noun('córuni', ['a', 'ę', 'ą', 'o']), *pl_noun('synu', ['ś', 'sia', 'siem', 'siowi']),
             *pl_noun('maleńst', ['wo', 'wa', 'wem']), 'dziecko w żłobku', 'zerówkowicz', 'zerówkowiczka', 'zerówkowicze')
    # sex slang verbs in their present, past and participle forms (obciąga, rżnięta, palcuje się, bzykają)
    verbs = {'obciąg': ['a', 'ać', 'ała', 'ał', 'ają', 'anie', 'nęła', 'nął', 'nij'], 'zerżn': ['ął', 'ęła', 'ięta', 'ięty', 'ąć'],
             'rżnięt': ['a', 'y', 'e'], 'rżnie': ['', 'my'], 'rżną': ['', 'ć'], 'palcuj': ['e się', 'ą się', 'ę się'],
             'palcował': ['a się', ' się'], 'palców': ['ka', 'ki', 'kę'], 'bzyk': ['a', 'ać', 'ają', 'anie', 'ała', 'ał', 'nięcie'],
             'dyman': ['a', 'y', 'ie'], 'wydyman': ['a', 'y'], 'przeleci': ['ał ją', 'eć ją'], 'wyrucha': ['ł', 'na', 'ny', 'ć'],
             'ruchan': ['a', 'y'], 'minet': ['ka', 'kę', 'kę', 'a', 'ę', 'ki'], 'ruchaj': ['ą'], 'cip': ['ę', 'ką', 'ce', 'ki'], 'fiu': ['t', 'ta', 'tem', 'tka', 'cik']}
    for stem, ends in verbs.items():
        out += S(6, *[stem + e for e in ends])
    # "Anna, lat 12": the unit before the number is how Polish states an age in a description; a span puts the number first
    out += M(4, *[f'lat {n}' for n in range(2, 16)], *[f'l. {n}' for n in range(2, 16)])
    out += M(3, 'lat 16', 'lat 17', 'l. 16', 'l. 17')
    out += M(3, *pl_noun('wnucz', ['ka', 'ki', 'kę', 'ką', 'ce', 'ek', 'kiem', 'kowi']), *pl_noun('malu', ['ch', 'cha', 'chy', 'chem', 'chów', 'chowi']))
    # the Fiat 126p and the nursery as a place are no child
    out += M(2, *pl_noun('żłobk', ['a', 'u', 'owe', 'owy', 'owa']), 'żłobek')
    out += B('fiat maluch', 'maluchem fiat', 'maluch fiat', 'żłobek betlejemski', 'żłobku betlejemskim')
    return out

# ---------------------------------------------------------------- Swedish
def swedish():
    out = []
    # tös is also a young woman (en tös på 28 år) and ungar a Hungarian in German: person roles only, left out here
    out += M(4, 'tösabit', 'tösabitar', 'ungen', 'ungarna', 'pojkspoling', 'pojkspolingar', 'flickebarn',
             'lillebrorsan', 'lillasyrran', 'dagisunge', 'dagisungar', 'lågstadiebarn', 'mellanstadiebarn', 'förskolebarnet')
    # barnbarn alone is left out: split words are joined back when the whole is a term, and barn barn is no grandchild
    out += M(3, 'lillebror', 'lillebrodern', 'lillasyster', 'lillasystern', 'barnbarnet', 'barnbarnen',
             'dotterdotter', 'sondotter', 'sonson', 'dotterson')
    for word in ('ettan', 'tvåan', 'trean', 'fyran', 'femman', 'sexan', 'sjuan', 'åttan', 'nian'):
        out += M(4, f'går i {word}', f'gick i {word}', f'elev i {word}', f'eleven i {word}', f'klass {word}')
    out += S(6, 'fingrar sig', 'fingrar sig själv', 'fingrade sig', 'fingra sig', 'runkar av', 'suger av', 'slickar fittan',
             'slickar hennes fitta', 'knullad', 'knullades', 'sprutar sperma', 'kåt och blöt')
    out += S(4, 'könet syns', 'synligt kön', 'snippan', 'snoppen')
    # sex is six: before a time unit it is a number ("barnbarnet, sex år"), the age grammar reads it
    out += B('sex år', 'sex år gammal', 'sex år gammalt', 'sex månader', 'sex veckor', 'sex dagar', 'sex timmar', 'sex minuter',
             'klockan sex', 'sex stycken', 'sex kronor', 'sex meter')
    return out

# ---------------------------------------------------------------- Vietnamese
VI_NUM = {1: 'một', 2: 'hai', 3: 'ba', 4: 'bốn', 5: 'năm', 6: 'sáu', 7: 'bảy', 8: 'tám', 9: 'chín', 10: 'mười', 11: 'mười một',
          12: 'mười hai', 13: 'mười ba', 14: 'mười bốn', 15: 'mười lăm', 16: 'mười sáu', 17: 'mười bảy'}

def vietnamese():
    out = []
    # a spelled age: number word + tuổi (also after lên, turning)
    for n, w in VI_NUM.items():
        lvl = 4 if n <= 15 else 3
        out += M(lvl, f'{w} tuổi', f'lên {w} tuổi')
        if n <= 12 and n not in (1, 3, 5):
            out += M(4, f'bé lên {w}', f'con lên {w}', f'cháu lên {w}')
    out += M(4, 'mười bốn tuổi', 'mười tư tuổi', 'bảy tám tuổi', 'tám chín tuổi', 'chín mười tuổi', 'năm sáu tuổi')
    out += M(4, 'thằng bé', 'cậu nhóc', 'thằng nhóc', 'nhóc con', 'cô nhóc', 'con nhóc', 'bé út', 'đứa con nhỏ', 'con nhỏ tôi',
             'bé con', 'nhóc tì', 'con nít', 'trẻ nít', 'học trò nhỏ', 'cậu học trò', 'cô học trò', 'tiểu học sinh')
    # body and act words of sex in two syllables: diacritics fold, so a one-syllable vulgar word (cặc, lồn, vú) would be
    # an everyday word unfolded (các, lớn, vụ); with its verb it is not
    # each pair written out: folded, a verb + vulgar word must not spell an everyday phrase (chơi các, bóp lon, vượt các)
    pairs = {'cặc': ['bú', 'mút', 'liếm', 'thọc', 'banh'], 'buồi': ['bú', 'mút', 'liếm', 'sục'],
             'lồn': ['liếm', 'bú', 'mút', 'thọc', 'banh', 'nứng', 'xoa'], 'vú': ['liếm', 'bóp', 'nắn', 'vuốt'],
             'hột le': ['liếm', 'bú', 'mút', 'xoa'], 'cu': ['bú', 'mút', 'liếm', 'vuốt']}
    for n, vs in pairs.items():
        out += S(6, *[f'{v} {n}' for v in vs])
    out += S(6, 'lồn ướt', 'cặc cương', 'buồi cương', 'địt nhau', 'chịch nhau', 'xuất tinh vào miệng', 'xuất vào miệng', 'bắn tinh',
             'tinh dịch', 'vét máng', 'dương vật cương cứng', 'dương vật cương', 'lên đỉnh khoái lạc', 'đạt cực khoái', 'rên sướng')
    out += S(4, 'dương vật', 'âm đạo', 'âm hộ', 'bộ phận sinh dục', 'cơ quan sinh dục', 'vùng kín', 'lộ vùng kín', 'hở vú',
             'vú trần', 'trần truồng', 'cởi truồng', 'lõa lồ', 'khỏa thân hoàn toàn')
    out += B('vú sữa', 'quả vú sữa', 'vú em', 'vú nuôi', 'bà vú')
    # mươi (tens) and mười (ten) fold to one spelling: bốn mươi tuổi (forty) holds mười tuổi, bốn mươi hai tuổi holds
    # mười hai tuổi; the whole adult age is benign and wins as the longer match
    units = ['', ' mốt', ' một', ' hai', ' ba', ' bốn', ' tư', ' lăm', ' năm', ' sáu', ' bảy', ' tám', ' chín']
    for tens in ['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']:
        out += B(*[f'{tens} mươi{u} tuổi' for u in units])
    return out

# ---------------------------------------------------------------- Indonesian
def indonesian():
    out = []
    out += M(4, 'putri kecilku', 'putri kecil', 'putra kecil', 'putra kecilku', 'dedek', 'dedek kecil', 'adek kecil', 'adik kecil',
             'cowok sd', 'cewek sd', 'cowok smp', 'cewek smp', 'bocah sd', 'bocah smp', 'anak bungsu', 'si kecil', 'bocah ingusan',
             'bocil sd', 'anak paud', 'murid paud', 'anak tk', 'murid tk', 'siswa tk', 'siswi tk')
    out += M(3, 'cucu', 'cucuku', 'cucunya', 'cucu perempuan', 'cucu laki-laki', 'keponakan kecil')
    out += S(6, 'ngaceng', 'kontol ngaceng', 'itil', 'jilat itil', 'peju', 'pejuh', 'crot', 'crotin', 'ngecrot', 'dicrot',
             'genjot memek', 'digenjot kontol', 'ngentotin', 'dientotin', 'ewean', 'ngewe', 'coli kontol', 'ngocok kontol',
             'colmek', 'jilmek', 'sepong', 'disepong')
    out += S(4, 'ngangkang', 'mengangkang', 'pentil susu', 'pentilnya', 'toket', 'memek', 'kemaluan', 'alat kelamin')
    out += B('pentil ban', 'pentil sepeda', 'e coli', 'e. coli')
    return out

# ---------------------------------------------------------------- Chinese
def chinese():
    out = []
    out += M(4, '女娃', '男娃', '萌娃', '女娃娃', '男娃娃', '小女娃', '小男娃', '学龄前', '学龄前儿童', '小屁孩', '小丫头片子',
             '熊孩子', '小不点', '小萝卜头', '奶娃', '女童星', '男童星', '小学一年级', '小学二年级', '小学三年级', '小学四年级',
             '小学五年级', '小学六年级', '初中一年级', '初中二年级', '初中三年级')
    out += M(3, '童星', '小姑娘', '孙女', '外孙女', '孙子', '外孙')
    out += S(6, '吹箫', '口活', '舔阴', '舔逼', '肏', '操逼', '插逼', '干逼', '内射', '颜射', '口爆', '乳交', '足交', '手淫', '打飞机',
             '撸管', '抠逼', '潮吹', '射精', '精液', '阴茎勃起', '勃起的阴茎', '鸡巴', '肉棒', '小穴', '骚逼', '淫穴', '蜜穴')
    out += S(4, '上空照', '上空装', '露上空', '阴部', '阴部特写', '阴唇', '阴道', '阴茎', '阴蒂', '下体', '私处', '私密处', '生殖器', '露三点', '全裸', '一丝不挂')
    out += B('吹箫演奏', '洞箫', '阴部湿疹', '阴道炎', '生殖器官发育', '小学三年级数学', '勃起功能障碍', '孙子兵法', '打飞机游戏')
    return out

# ---------------------------------------------------------------- parents of N children (all seven, and English)
# "a mother of two children" names the adult's family: the children are not in the picture, so the whole phrase is benign
# (the longer match wins over its child word); any other child word of the prompt still counts.
PARENTS = {
    'en': (['mother', 'mom', 'mum', 'mommy', 'father', 'dad', 'grandmother', 'grandma', 'grandfather', 'grandpa', 'single mom', 'single mother'],
           ['of {n} {k}'], ['two', 'three', 'four', 'five', 'six', '2', '3', '4', '5'], ['kids', 'children', 'young kids', 'little kids', 'grown kids', 'grown children', 'teens', 'teenagers', 'boys', 'girls']),
    'nl': (['moeder', 'vader', 'mama', 'papa', 'oma', 'opa'], ['van {n} {k}'], ['twee', 'drie', 'vier', 'vijf', '2', '3', '4', '5'],
           ['kinderen', 'kids', 'jonge kinderen', 'kleine kinderen', 'tieners', 'zonen', 'dochters']),
    'pl': (['mama', 'matka', 'mamusia', 'ojciec', 'tata', 'tatuś', 'babcia', 'dziadek', 'samotna matka'], ['{n} {k}'],
           ['dwójki', 'trójki', 'czwórki', 'piątki', 'dwojga', 'trojga', 'czworga', 'pięciorga', '2', '3', '4', '5'],
           ['dzieci', 'dzieciaków', 'małych dzieci', 'dorosłych dzieci', 'nastolatków']),
    'sv': (['mamma', 'pappa', 'mor', 'far', 'mormor', 'farmor', 'morfar', 'farfar', 'ensamstående mamma'], ['till {n} {k}'],
           ['två', 'tre', 'fyra', 'fem', '2', '3', '4', '5'], ['barn', 'små barn', 'vuxna barn', 'ungar', 'tonåringar']),
    'id': (['ibu', 'bapak', 'ayah', 'mama', 'bunda', 'emak', 'nenek', 'kakek', 'janda', 'duda'], ['{n} {k}', 'dari {n} {k}', 'beranak {n}'],
           ['satu', 'dua', 'tiga', 'empat', 'lima', '1', '2', '3', '4', '5'], ['anak', 'orang anak', 'anak kecil', 'anak balita']),
    'zh': (['妈妈', '母亲', '爸爸', '父亲', '宝妈', '妈', '奶奶', '姥姥', '爷爷'], ['{n}个{k}的'], ['一', '两', '二', '三', '四', '五', '2', '3', '4'],
           ['孩子', '小孩', '娃', '儿子', '女儿']),
}

def parents(lang):
    words, frames, nums, kids = PARENTS[lang]
    out = []
    for parent in words:
        for frame in frames:
            for n in nums:
                if '{k}' not in frame:
                    out += B(f'{parent} ' + frame.format(n=n))
                    continue
                for k in kids:
                    phrase = frame.format(n=n, k=k)
                    out += B(phrase + parent if lang == 'zh' else f'{parent} {phrase}')
    return out

NUMBERS = {'sv': {'sex': 6}}  # Swedish six: read as a number before an age unit (en gosse på sex år); its benign phrases keep it from reading as sexual

def write(lang, about, terms):
    n = write_language_file(ROOT, lang, about + ' Written by tools/langs20/generate.py.', SOURCE, terms,
                            {'numbers': NUMBERS.get(lang)})
    print(lang, n)

ABOUT = 'Session 19 (i16-langs20): '
write('en', ABOUT + 'English parents of N children (the children named are not in the picture).', parents('en'))
write('th', ABOUT + 'Thai school stages (ป./ม./อ. with Arabic or Thai digits, spelled), ขวบ with a fraction, child words; genitals, sex acts and their slang, undressing.', thai())
write('nl', ABOUT + 'Dutch diminutives of child and body nouns, pupil and grade nouns, genitals and sex slang.', dutch() + parents('nl'))
write('pl', ABOUT + 'Polish age nouns and adjectives from the number stems in every case, grade nouns, diminutives.', polish() + parents('pl'))
write('sv', ABOUT + 'Swedish child words, grade phrases, sex slang; the numeral sex (six) before a time unit.', swedish() + parents('sv'))
write('vi', ABOUT + 'Vietnamese spelled ages, child words, sexual verb + body pairs.', vietnamese())
write('id', ABOUT + 'Indonesian child words and sexual slang.', indonesian() + parents('id'))
write('zh', ABOUT + 'Chinese child words, school years, genitals and sex slang.', chinese() + parents('zh'))
