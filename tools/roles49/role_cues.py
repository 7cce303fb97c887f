#!/usr/bin/env python3
"""Writes the i16-roles49 section (session 41) of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv.

Extends the older sections' tables (read by Rules/OfficeHolders.cs; no parallel reader):
1. Teaching roles (service) in the 26 languages: lecturer, professor, tutor, docent and their feminine and case forms
   (Dozentin, wykładowczyni, преподаватель, викладач, מרצה, أستاذة, 강사, 講師, giảng viên, dosen). A service role is singled
   out only by the user's surroundings: the speaker's own course (Rules/SpeakersCourses.cs), "my", the uploaded photo.
2. Deputies whose office the older derivation wrote in the wrong case or form: Russian feminine заместительница (+ the
   office's genitive stem), Turkish compounds that drop the office's possessive before yardımcısı/vekili (belediye
   başkan|ı -> belediye başkan yardımcısı, by rule from the older town rows), deputy ministers in each language's grammar
   (viceministra, wiceministra, замминистра, заступниця міністра, Staatssekretärin, bakan yardımcısı, 副部长, 차관 ...).
3. Ministry portfolios (org): the portfolio in the genitive or as the ministry's name singles out its minister or deputy
   ("замминистра здравоохранения", "wiceministra zdrowia", "viceministra de Cultura", "Staatssekretärin im
   Gesundheitsministerium", "보건복지부 차관"): portfolio heads crossed with each language's ministry pattern.
4. Council members of a named town (town): councillor, alderman, wethouder, raadslid, read with the town's capitalised
   name after "of"/"van" as a mayor is; Persian and Thai town offices (شهردار, استاندار, فرماندار, นายกเทศมนตรี ...) with
   their deputies, whose town Rules/CaselessTowns.cs and OfficeHolders.TownWritten read after them.
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic
and Greek rows also without diacritics (cue_rows).
Run: python3 tools/roles49/role_cues.py   (rewrites its own section through tools/lexicon-data/cue_sections.py; idempotent)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import RULES_DATA, cue_rows, older_rows, stem_completer, write_section  # noqa: E402

MARKER = "# Branch i16-roles49 (session 41):"

TEACHERS = {
    "en": "lecturer|senior lecturer|professor|tutor|instructor|teaching assistant|module leader|course leader|lab instructor",
    "de": "dozentin|dozent|professorin|tutorin|übungsleiterin|lehrbeauftragte|kursleiterin|kursleiter",
    "fr": "professeure|enseignante|chargée de td|maîtresse de conférences|chargée de cours",
    "es": "catedrática|docente|tutora|profe",
    "it": "docente|professore|assistente universitaria",
    "pt": "docente|stora|regente",
    "nl": "docente|docent|hoogleraar|juf|leraar",
    "pl": "wykładowczyni|wykładowc|prowadząc|profesork|doktorantk|nauczyciel",
    "cs": "vyučující|přednášející|cvičící|profesork|docentk|učitel",
    "sv": "föreläsare|föreläsaren|lektor|kursansvarig|lärarinnan|läraren",
    "ru": "преподавател|лектор|доцент|профессор|училк|учител",
    "uk": "викладач|лекторк|доцентк|професорк|вчител|учител",
    "tr": "öğretim görevlisi|öğretim üyesi|hocası|hocasını",
    "el": "καθηγητής|καθηγητή|διδάσκουσα|λέκτορας|λέκτορα",
    "he": "מרצה|המרצה|מתרגלת|המתרגלת|המורה",
    "ar": "الأستاذة|أستاذة|الدكتورة|محاضرة|المحاضرة|المعيدة|المدرسة|مدرسة",
    "fa": "استاد|مدرس|دبیر",
    "hi": "प्रोफेसर|लेक्चरर|अध्यापिका|शिक्षिका|मैडम",
    "bn": "প্রফেসর|লেকচারার|শিক্ষিকা|অধ্যাপিকা|ম্যাম",
    "th": "อาจารย์",
    "vi": "giảng viên|thầy giáo|cô giảng viên",
    "id": "dosen|asdos|dosenku",
    "tl": "propesora|propesor|titser",
    "ja": "教授|講師|准教授",
    "zh": "教授|讲师|講師|老師",
    "ko": "교수님|교수|강사님|강사",
}

# Deputy ministers in each language's grammar (the older rows derived deputies only of town offices).
DEPUTY_MINISTERS = {
    "en": "deputy minister|vice minister|junior minister|under-secretary|undersecretary of state|minister of state",
    "de": "staatssekretärin|staatssekretär|vizeministerin|vizeminister",
    "fr": "ministre déléguée|ministre délégué|secrétaire d'état|vice-ministre",
    "es": "viceministra|viceministro|subsecretaria|subsecretario|secretaria de estado",
    "it": "viceministra|viceministro|sottosegretaria|sottosegretario",
    "pt": "vice-ministra|vice-ministro|secretária de estado|secretário de estado",
    "nl": "staatssecretaris|viceminister",
    "pl": "wiceministra|wiceminister|wiceministerka|sekretarz stanu",
    "cs": "náměstkyně ministra|náměstek ministra|náměstkyně ministryně|náměstkyn",
    "sv": "statssekreterare|statssekreteraren",
    "ru": "замминистра|заместитель министра|заместительница министра|замминистр",
    "uk": "замміністра|заступник міністра|заступниця міністра|заступниця міністерки",
    "tr": "bakan yardımcısı|bakan yardımcı|bakan vekili",
    "el": "υφυπουργός|υφυπουργό|υφυπουργού",
    "he": "סגן שר|סגנית שר|סגנית השר|סגן השר|סגנית שרת|סגנית שרה",
    "ar": "نائب وزير|نائبة وزير|نائبة وزيرة|وكيل وزارة|وكيلة وزارة",
    "fa": "معاون وزیر|معاون وزارت|قائم مقام وزیر",
    "hi": "उप मंत्री|उपमंत्री|राज्य मंत्री",
    "bn": "উপমন্ত্রী|প্রতিমন্ত্রী",
    "th": "รัฐมนตรีช่วยว่าการ|รมช.",
    "vi": "thứ trưởng|nữ thứ trưởng",
    "id": "wakil menteri|wamen",
    "tl": "undersecretary|pangalawang kalihim|usec",
    "ja": "副大臣|大臣政務官|政務官",
    "zh": "副部长|副部長",
    "ko": "차관|차관님|차관보",
}

# Portfolios: heads crossed with each language's ministry pattern (org rows single out a minister or deputy beside them).
PORTFOLIOS = {
    "ru": ("{}", ["здравоохранения", "образования", "просвещения", "финансов", "культуры", "обороны", "транспорта",
                  "внутренних дел", "юстиции", "иностранных дел", "экономики", "экономического развития", "сельского хозяйства",
                  "энергетики", "промышленности", "строительства", "природных ресурсов"]),
    "uk": ("{}", ["охорони здоров'я", "охорони здоров’я", "освіти", "фінансів", "культури", "оборони", "інфраструктури",
                  "внутрішніх справ", "юстиції", "закордонних справ", "економіки", "аграрної політики", "енергетики",
                  "цифрової трансформації", "соціальної політики", "молоді та спорту"]),
    "pl": ("{}", ["zdrowia", "edukacji", "edukacji narodowej", "finansów", "kultury", "obrony narodowej", "infrastruktury",
                  "spraw wewnętrznych", "sprawiedliwości", "spraw zagranicznych", "rolnictwa", "klimatu", "cyfryzacji", "aktywów państwowych"]),
    "cs": ("{}", ["zdravotnictví", "školství", "financí", "kultury", "obrany", "dopravy", "vnitra", "spravedlnosti", "zahraničí",
                  "zemědělství", "průmyslu", "práce a sociálních věcí", "životního prostředí"]),
    "es": ("de {}", ["sanidad", "cultura", "educación", "hacienda", "defensa", "transportes", "interior", "justicia",
                     "economía", "igualdad", "agricultura", "exteriores", "relaciones exteriores", "medio ambiente"]),
    "it": ("{}", ["della salute", "della cultura", "dell'istruzione", "dell'economia", "della difesa", "dei trasporti",
                  "delle infrastrutture", "dell'interno", "della giustizia", "degli esteri", "dell'ambiente", "dell'università", "alla salute", "alla cultura", "all'economia", "all'istruzione",
                  "alla difesa", "ai trasporti", "all'interno", "alla giustizia", "agli esteri"]),
    "pt": ("{}", ["da saúde", "da cultura", "da educação", "das finanças", "da fazenda", "da defesa", "dos transportes",
                  "da justiça", "do ambiente", "do meio ambiente", "da economia", "dos negócios estrangeiros",
                  "das relações exteriores", "da agricultura"]),
    "de": ("{}", ["im {}ministerium".format(h) for h in [
        "gesundheits", "finanz", "innen", "bildungs", "verteidigungs", "kultur", "verkehrs", "justiz", "wirtschafts",
        "umwelt", "familien", "arbeits", "landwirtschafts", "bundesgesundheits", "bundesfinanz", "bundesinnen",
        "bundesverteidigungs", "bundesjustiz", "bundeswirtschafts", "bundesverkehrs", "bundesbildungs", "bundesfamilien",
        "kultus", "sozial", "wissenschafts"]] + ["im auswärtigen amt"]),
    "id": ("{}", ["kesehatan", "pendidikan", "keuangan", "pertahanan", "perhubungan", "luar negeri", "dalam negeri", "bumn", "ketenagakerjaan", "pemuda dan olahraga",
                  "komunikasi dan informatika", "kominfo"]),
    "vi": ("{}", ["bộ y tế", "bộ giáo dục", "bộ giáo dục và đào tạo", "bộ tài chính", "bộ quốc phòng", "bộ công an",
                  "bộ giao thông vận tải", "bộ ngoại giao", "bộ tư pháp", "bộ văn hóa", "bộ công thương", "bộ xây dựng",
                  "bộ nội vụ", "bộ lao động"]),
    "ko": ("{}", ["보건복지부", "교육부", "기획재정부", "국방부", "국토교통부", "외교부", "법무부", "문화체육관광부",
                  "행정안전부", "산업통상자원부", "환경부", "고용노동부", "여성가족부", "통일부", "농림축산식품부", "과학기술정보통신부"]),
    "zh": ("{}", ["卫生部", "衛生部", "教育部", "财政部", "財政部", "国防部", "國防部", "外交部", "文化部", "交通部", "商务部",
                  "商務部", "司法部", "民政部", "公安部", "卫健委", "衛福部"]),
    "ja": ("{}", ["厚生労働", "文部科学", "財務", "防衛", "外務", "国土交通", "経済産業", "総務", "法務", "環境", "農林水産",
                  "内閣府", "復興", "デジタル"]),
    "tr": ("{}", ["sağlık", "milli eğitim", "maliye", "hazine ve maliye", "içişleri", "dışişleri", "adalet", "ulaştırma",
                  "kültür ve turizm", "gençlik ve spor"]),
}

# Council members of a named town (town rows: the capitalised town after "of"/"van"/"för" singles one out, as a mayor).
COUNCIL = {
    "en": "councillor|councilman|councilwoman|councilor|city councillor|city councilwoman|town councillor|council member|councilmember|alderman|alderwoman",
    "nl": "wethouder|raadslid|gemeenteraadslid",
    "tr": "belediye başkan yardımcısı|belediye başkan vekili|büyükşehir belediye başkan yardımcısı|belediye meclis üyesi",
    "fa": "شهردار|معاون شهردار|استاندار|معاون استاندار|فرماندار|معاون فرماندار|بخشدار|دهدار|دهیار",
    "th": "นายกเทศมนตรี|รองนายกเทศมนตรี|ผู้ว่าราชการจังหวัด|รองผู้ว่าราชการจังหวัด|นายกเมือง|ผู้ว่าฯ|รองผู้ว่าฯ|ปลัดอำเภอ|นายอำเภอ|กำนัน",
    "ru": "заместительница мэр|заместительница губернатор|заместительница главы город|вице-мэрша|зам мэр|замглавы город",
    "it": "consigliera comunale|consigliere comunale|assessora|assessore|consigliera|consigliere|vicesindaca|vicesindaco",
    "es": "concejala|concejal|edil|edila|teniente de alcalde|teniente de alcaldesa",
    "pt": "vereadora|vereador|vice-presidente da câmara|vice-prefeita|vice-prefeito",
    "fr": "conseillère municipale|conseiller municipal|adjointe au maire|adjoint au maire|première adjointe|premier adjoint",
    "pl": "radna|radny|radnej|radnego",
    "cs": "zastupitelka|zastupitel|radní|místostarostka|místostarosta",
    "el": "δημοτική σύμβουλος|δημοτικός σύμβουλος|αντιδήμαρχος|αντιδήμαρχο|αντιδημάρχου",
    "id": "anggota dprd|anggota dewan kota|wakil wali kota|wakil bupati|wakil walikota",
    "tl": "konsehal|konsehala|kagawad|bise alkalde|bise-alkalde|bise mayor",
}

# Broadcast roles said colloquially in Japanese, Chinese and Korean ("the weather forecast's big sister"): media rows, so a
# local outlet or a named station singles them out as it does a weather presenter.
MEDIA = {
    "ja": "天気予報のお姉さん|天気のお姉さん|お天気のお姉さん|ニュースのお姉さん|気象予報士|気象予報士の女性|天気予報士|お天気キャスター|天気キャスター",
    "zh": "天气预报小姐姐|天气预报的小姐姐|天氣預報小姐姐|气象主播|天气主播|天氣主播|天气预报女主播|天氣預報女主播",
    "ko": "날씨 언니|일기예보 언니|기상 캐스터|기상캐스터|날씨 캐스터|날씨캐스터",
}

# Bare Turkish possessive heads: "belediye başkanı" -> "belediye başkan" before a deputy word (izafet of a compound).
TR_DEPUTY = ["yardımcısı", "vekili"]


def turkish_deputies(older):
    out = []
    for kind, lang, term in older:
        if kind != "town" or lang != "tr":
            continue
        last = term.split(" ")[-1]
        # başkanı -> başkan: the possessive ending (ı/i/u/ü, after a consonant) drops when the compound takes a new head.
        if len(last) > 4 and last[-1] in "ıiuü" and last[-2] not in "aeıioöuü" and not any(term.endswith(d) for d in TR_DEPUTY):
            stem = term[:-1]
            out += [f"{stem} {d}" for d in TR_DEPUTY]
    return out


# First-person possessives in the case and plural forms the older `mine` rows lacked ("z moich zajęć", "моих лекций",
# "mých přednášek", "i miei corsi", "mis clases"): they own a course or a role after them.
MINE = {
    "pl": "moich|moim|moimi|moje|naszych|naszym|naszymi|nasze",
    "ru": "моих|моим|моими|моём|моем|моему|наших|нашим|нашими|нашем|нашему",
    "uk": "моїх|моїм|моїми|моєму|моє|наших|нашим|нашими|нашому|наше",
    "cs": "mých|mým|mými|mojí|našich|našim|našimi|mojich",
    "it": "miei|mie|i miei|le mie|nostri|nostre",
    "es": "mis|nuestros|nuestras",
    "pt": "meus|minhas|nossos|nossas",
    "de": "meines|unseres",
}


def tables(older):
    port = {}
    for lang, (pattern, heads) in PORTFOLIOS.items():
        port[lang] = "|".join(pattern.format(h) for h in heads)
    council = dict(COUNCIL)
    council["tr"] = council["tr"] + "|" + "|".join(turkish_deputies(older))
    # A council office with its portfolio, written by the older sections ("assessora alla cultura", "concejala de urbanismo",
    # "vereadora da cultura"): the same town office, so the town written after the portfolio singles it out too.
    for lang, words in COUNCIL.items():
        heads = [w for w in words.split("|") if w]
        extra = sorted({t for k, l, t in older if l == lang and k in ("role", "service") and any(t.startswith(h + " ") for h in heads)})
        if extra:
            council[lang] = council[lang] + "|" + "|".join(extra)
    return [("service", TEACHERS), ("role", DEPUTY_MINISTERS), ("org", port), ("town", council), ("mine", MINE), ("media", MEDIA)]


def main():
    path = os.path.join(RULES_DATA, "office-cues.tsv")
    older = set(older_rows(path, MARKER))
    # As in roles46: a new office row that completes an older stem row and adds words would take the stem's place in the
    # longest match and leave the town after it unread; such rows are left out.
    completes_stem = stem_completer(older)
    rows = [r for r in cue_rows(tables(older), lower=True) if r not in older and not completes_stem(*r)]
    comment = [MARKER + " teaching roles (service) singled out by the speaker's own course (Rules/SpeakersCourses.cs),",
               "# deputies in the case or compound form their office takes (ru заместительница мэра, tr belediye başkan yardımcısı),",
               "# deputy ministers (role) and the portfolios that single them out (org: здравоохранения, zdrowia, de Cultura,",
               "# im Gesundheitsministerium, 보건복지부), council members, Persian and Thai town offices (town). Written by",
               "# tools/roles49/role_cues.py for GenScreen from general knowledge of each language (MIT, this project)."]
    print(write_section(path, MARKER, comment, rows), "rows")


if __name__ == "__main__":
    main()
