#!/usr/bin/env python3
"""Writes the i16-roles51 section (session 43) of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv.

Extends the older sections' tables (read by Rules/OfficeHolders.cs; no parallel reader):
1. The other grammatical gender of every older single-word service role, derived by each language's morphology (pt/es
   -eira/-era -> -eiro/-ero, -ora -> -or, -a -> -o; it -iera -> -iere, -essa -> -e, -trice -> -tore, -aia -> -aio; fr -euse
   -> -eur, -ière -> -ier, -ienne -> -ien, -trice -> -teur; de -in -> the base; sv -ska/-inna -> the base; nl -ster -> -er).
   The older rows list many service roles in one gender only (farmacêutica, cameriera, Apothekerin), while a role of the
   user's surroundings is as often a man ("o farmacêutico da minha rua").
2. Service roles of a place the older rows lacked, in the 26 languages: physiotherapists, school heads and their deputies,
   managers and owners of a shop or building, security guards, barbers, mechanics, coaches and gym staff. A service role
   is singled out only by the user's surroundings (a `local` row, "my"/"our" + the place it owns, the uploaded photo).
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic
and Greek rows also without diacritics (cue_rows).
Run: python3 tools/roles51/role_cues.py   (rewrites its own section through tools/lexicon-data/cue_sections.py; idempotent)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import RULES_DATA, cue_rows, older_rows, write_section  # noqa: E402

MARKER = "# Branch i16-roles51 (session 43):"

# Suffix rules per language: (feminine ending, masculine ending), tried in order, the first that applies.
GENDER = {
    "pt": [("eira", "eiro"), ("ora", "or"), ("ista", None), ("ente", None), ("a", "o")],
    "es": [("era", "ero"), ("ora", "or"), ("ista", None), ("ente", None), ("a", "o")],
    "it": [("iera", "iere"), ("essa", "e"), ("trice", "tore"), ("aia", "aio"), ("ista", None), ("ante", None), ("a", "o")],
    "fr": [("euse", "eur"), ("ière", "ier"), ("iere", "ier"), ("ienne", "ien"), ("trice", "teur"), ("ère", "er"), ("ere", "er")],
    "de": [("ärztin", "arzt"), ("arztin", "arzt"), ("in", "")],
    "sv": [("orska", "or"), ("örska", "ör"), ("ska", ""), ("inna", "e")],
    "nl": [("ster", "er")],
}

NEW = {
    # Left out: words that are also a kink's title or an ordinary word beside "my" (my owner, mi dueña, 주인님, my monitor,
    # my personal, på vakt, मालिक), which a possessive would turn into a person of the user's life.
    "en": "physio|physiotherapist|head teacher|headteacher|headmaster|headmistress|vice principal|deputy head|school nurse|store manager|shop manager|landlady|security guard|bouncer|barber|mechanic|coach|gym instructor|swimming instructor|lifeguard|janitor|doorman|building manager|bus driver|pharmacy manager",
    "de": "physiotherapeutin|physiotherapeut|schulleiterin|schulleiter|rektorin|rektor|konrektorin|konrektor|filialleiterin|filialleiter|marktleiterin|inhaberin|inhaber|hausverwalterin|türsteher|friseur|barbier|mechaniker|hausmeister|bademeister|busfahrer|busfahrerin",
    "fr": "kiné|kinésithérapeute|kinesitherapeute|directrice|directeur|proviseure|proviseur|principale|gérante|gérant|patronne|patron|propriétaire|vigile|agent de sécurité|barbier|garagiste|mécanicien|gardien|maître-nageur|chauffeur de bus|coach",
    "es": "fisio|fisioterapeuta|directora|director|jefa de estudios|subdirectora|subdirector|encargada|encargado|gerente|propietaria|propietario|guardia de seguridad|vigilante|barbero|mecánico|mecanico|portero|socorrista|conductor del autobús|entrenador",
    "it": "fisioterapista|fisioterapeuta|preside|dirigente scolastica|vicepreside|direttrice|direttore|gestore|gestrice|titolare|proprietaria|proprietario|guardia giurata|vigilante|barbiere|meccanico|bagnino|allenatore|allenatrice|autista",
    "pt": "fisioterapeuta|fisio|diretora|diretor|coordenadora|coordenador|gerente|proprietária|proprietário|segurança|barbeiro|mecânico|mecanico|porteiro|salva-vidas|motorista|treinador|treinadora|barista",
    "nl": "fysiotherapeute|fysiotherapeut|fysio|directrice|directeur|conrector|rector|bedrijfsleider|filiaalmanager|eigenaresse|eigenaar|beveiliger|kapper|monteur|conciërge|badmeester|buschauffeur|trainer|kapster",
    "pl": "fizjoterapeutk|fizjoterapeut|dyrektork|dyrektor|wicedyrektor|kierowniczk|kierownik|właścicielk|wlascicielk|właściciel|ochroniarz|fryzjer|mechanik|woźn|ratownik|kierowc|trener|barista",
    "cs": "fyzioterapeutk|fyzioterapeut|fyzioš|ředitelk|reditelk|ředitel|zástupkyn|vedouc|majitelk|majitel|ochrank|holič|mechanik|školník|plavčík|řidič|trenér|baristk",
    "sv": "sjukgymnast|sjukgymnasten|fysioterapeut|fysioterapeuten|rektor|rektorn|biträdande rektor|biträdande rektorn|butikschef|butikschefen|föreståndare|föreståndaren|ägare|ägaren|ägarinnan|väktare|väktaren|barberare|mekaniker|mekanikern|vaktmästare|vaktmästaren|badvakt|badvakten|busschaufför|tränaren|baristan",
    "ru": "физиотерапевт|массажист|директор|директрис|завуч|заведующ|заведующая|управляющ|хозяйк|владелиц|владелец|охранник|барбер|механик|слесар|дворник|водител|тренер|админ",
    "uk": "фізіотерапевт|масажист|директор|директорк|завуч|завідувач|завідувачк|керуюч|власниц|власник|хазяйк|охоронц|охоронець|барбер|механік|двірник|водій|водійк|тренер|тренерк|секретарк|секретар|бариста|адміністраторк",
    "tr": "fizyoterapist|müdür|müdürü|müdürümüz|müdire|müdiresi|müdür yardımcısı|okul müdürü|mağaza müdürü|güvenlik görevlisi|berber|tamirci|kapıcı|cankurtaran|şoför|antrenör|eğitmen|kasiyer|garson|barista",
    "el": "φυσιοθεραπεύτρια|φυσιοθεραπευτής|διευθύντρια|διευθυντής|υποδιευθύντρια|υποδιευθυντής|ιδιοκτήτρια|ιδιοκτήτης|σεκιουριτάς|κουρέας|μηχανικός|επιστάτης|ναυαγοσώστης|οδηγός|προπονήτρια|προπονητής|ταμίας|σερβιτόρα",
    "he": "פיזיותרפיסטית|הפיזיותרפיסטית|מנהלת|המנהלת|סגנית המנהלת|בעלת|הבעלים|מאבטח|המאבטח|ספר|הספר|מכונאי|המכונאי|אב הבית|מציל|המציל|נהג|הנהג|מאמנת|המאמנת|קופאית|הקופאית|מלצרית|המלצרית",
    "ar": "أخصائية العلاج الطبيعي|المديرة|مديرة|المدير|مدير|نائبة المديرة|صاحبة|صاحب|مالكة|حارس الأمن|الحلاق|حلاق|الميكانيكي|البواب|بواب|المنقذ|السائق|سائق|المدربة|مدربة|المدرب|الكاشيرة|النادلة",
    "fa": "فیزیوتراپ|فیزیوتراپیست|مدیر|مدیره|معاون مدرسه|ناظم|صاحب‌خانه|نگهبان|آرایشگر|مکانیک|سرایدار|نجات‌غریق|راننده|مربی|صندوقدار|گارسون",
    "hi": "फिजियोथेरेपिस्ट|प्रिंसिपल|प्रधानाचार्य|प्रधानाध्यापिका|मैनेजर|गार्ड|नाई|मैकेनिक|चौकीदार|ड्राइवर|कोच|ट्रेनर|कैशियर|वेटर|दुकानवाली|दुकानदार",
    "bn": "ফিজিওথেরাপিস্ট|প্রিন্সিপাল|প্রধান শিক্ষিকা|প্রধান শিক্ষক|ম্যানেজার|গার্ড|নাপিত|মেকানিক|দারোয়ান|ড্রাইভার|কোচ|ট্রেনার|ক্যাশিয়ার|দোকানদার",
    "th": "นักกายภาพบำบัด|ผู้อำนวยการ|ผอ.|รองผู้อำนวยการ|ผู้จัดการ|เจ้าของร้าน|เจ้าของ|รปภ.|ยาม|ช่างตัดผม|ช่างซ่อมรถ|ภารโรง|คนขับรถ|โค้ช|เทรนเนอร์|แคชเชียร์|พนักงานเสิร์ฟ",
    "vi": "chuyên viên vật lý trị liệu|hiệu trưởng|hiệu phó|quản lý|chủ quán|chủ tiệm|chủ nhà|bảo vệ|thợ cắt tóc|thợ sửa xe|lao công|tài xế|huấn luyện viên|thu ngân|nhân viên phục vụ",
    "id": "fisioterapis|kepala sekolah|wakil kepala sekolah|manajer|pemilik toko|ibu kos|satpam|tukang cukur|montir|penjaga sekolah|sopir|pelatih|kasir|pelayan",
    "tl": "physical therapist|punong-guro|punong guro|manager|may-ari|may ari|guwardiya|gwardiya|barbero|mekaniko|dyanitor|drayber|coach|kahera|waitress",
    "ja": "理学療法士|校長|副校長|教頭|店長|マネージャー|大家さん|管理人|警備員|床屋|整備士|用務員|運転手|コーチ|トレーナー|レジ係|店員",
    "zh": "理疗师|校长|副校长|教导主任|店长|经理|物业经理|老板娘|老板|房东|保安|理发师|修车师傅|门卫|司机|教练|收银员|服务员",
    "ko": "물리치료사|교장|교감|점장|매니저|사장님|집주인|경비원|이발사|정비사|관리인|기사|코치|트레이너|캐셔|알바생",
}


# 3. Relations written as one compound word (sv, de, nl): a former partner (ex + partner noun, by rule) and housemates; the
#    German masculine and genitive of the older feminine relations (Mitbewohnerin -> Mitbewohner, Mitbewohners) by rule.
EX_PARTNERS = {
    "sv": "flickvän|flickvännen|pojkvän|pojkvännen|fru|frun|man|mannen|sambo|sambon|make|maken|maka|partner|partnern",
    "de": "freund|freundes|mann|frau|partner|partnerin|verlobte|verlobter",
    "nl": "vriendin|vriend|vrouw|man|partner|verloofde",
}
HOUSEMATES = {
    "sv": "rumskompis|rumskompisen|rumskamrat|rumskamraten|inneboende|inneboendes",
    "nl": "huisgenoot|huisgenote|huisgenoten|kamergenoot|kamergenote",
}


def relations(older):
    out = {lang: {"ex" + w for w in words.split("|")} | {"ex-" + w for w in words.split("|")} for lang, words in EX_PARTNERS.items()}
    for lang, words in HOUSEMATES.items():
        out.setdefault(lang, set()).update(words.split("|"))
    for kind, lang, term in older:
        if kind == "relation" and lang == "de" and term.endswith("erin") and " " not in term:
            out.setdefault("de", set()).update({term[:-2], term[:-2] + "s"})
    return {lang: "|".join(sorted(v)) for lang, v in out.items()}


def derived(older):
    """The other gender of every older single-word service role, by the language's suffix rules."""
    out = {}
    for kind, lang, term in sorted(older):
        if kind != "service" or lang not in GENDER or " " in term or len(term) < 5:
            continue
        for fem, masc in GENDER[lang]:
            if term.endswith(fem):
                if masc is not None:
                    base = term[: len(term) - len(fem)] + masc
                    if len(base) >= 5 and ("service", lang, base) not in older:
                        out.setdefault(lang, set()).add(base)
                break
    return {lang: "|".join(sorted(v)) for lang, v in out.items()}


def main():
    path = os.path.join(RULES_DATA, "office-cues.tsv")
    older = set(older_rows(path, MARKER))
    taken = {(l, t) for k, l, t in older}
    rows = [r for r in cue_rows([("service", derived(older)), ("service", NEW), ("relation", relations(older))], lower=True)
            if (r[1], r[2]) not in taken]
    comment = [MARKER + " the other grammatical gender of the older service roles, derived by each language's",
               "# morphology (farmacêutica -> farmacêutico, Apothekerin -> Apotheker, kassörska -> kassör), and service roles of a place",
               "# the older rows lacked (physiotherapists, school heads, shop managers and owners, guards, barbers, mechanics, coaches).",
               "# Written by tools/roles51/role_cues.py for GenScreen from general knowledge of each language (MIT, this project)."]
    print(write_section(path, MARKER, comment, rows), "rows")


if __name__ == "__main__":
    main()
