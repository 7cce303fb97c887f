#!/usr/bin/env python3
"""Writes the i16-roles33 sections (session 29) of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv,
surroundings-cues.tsv and (since session 33) uploaded-cues.tsv: the user's own constituency, ward, district or commune (local: "de ma circonscription", "my ward",
"di kelurahan saya"), the offices that such a place and a named town single out (role: ward chairman, councillor, village
head, barangay captain, MP), broadcast roles said with a verb ("who does the weather on", media), the user's own gym, clinic or workplace and "who
examined me" (local, after batch 35), Tagalog ritual kin (kumpare ko: relation), Greek cities in the genitive (place), outlets of Hindi
broadcasting, the Vietnamese "of my home" after a role (mine-after: chủ tịch phường nhà tôi), and requests that the
picture look real the older rows lacked (real-look: "tipo foto de verdade", "чтобы выглядело как настоящее фото").
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic
and Greek rows also without diacritics.
Run: python3 tools/roles33/role_cues.py   (rewrites its own sections through tools/lexicon-data/cue_sections.py; idempotent)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import RULES_DATA, cue_rows, older_rows, write_section  # noqa: E402

MARKER = "# Branch i16-roles33 (session 29):"

ROWS = {
"local": {
 "en": "for my constituency|of my constituency|in my constituency|my constituency's|for my ward|of my ward|in my ward|on my ward|of my district|in my district|of my town|of my city|of our town|of our village|of my village",
 "de": "meines wahlkreises|aus meinem wahlkreis|in meinem wahlkreis|unseres wahlkreises|meines bezirks|aus meinem bezirk|unseres bezirks|unserer gemeinde|meiner gemeinde|meiner stadt|unserer stadt|unseres dorfes",
 "fr": "de ma circonscription|de notre circonscription|de mon arrondissement|de ma commune|de notre commune|de ma ville|de notre ville|de mon village",
 "es": "de mi distrito|de mi circunscripción|de mi municipio|de mi ciudad|de mi pueblo|de nuestro pueblo|de mi comuna",
 "it": "del mio collegio|del mio comune|del nostro comune|della mia città|del mio paese|del mio municipio",
 "pt": "do meu distrito|do meu município|da minha cidade|da nossa cidade|do meu bairro|da minha freguesia|da minha zona",
 "nl": "uit mijn kiesdistrict|van mijn gemeente|van onze gemeente|van mijn stad|van ons dorp|uit mijn wijk",
 "pl": "z mojego okręgu|mojego okręgu|mojej gminy|naszej gminy|mojego miasta|naszego miasta|naszej wsi|z mojej dzielnicy",
 "cs": "z mého obvodu|mého obvodu|naší obce|mé obce|našeho města|mého města|naší vesnice|z naší čtvrti",
 "sv": "i min kommun|från min valkrets|i min valkrets|i vår kommun|i min stad|i vår stad|i min by",
 "ru": "моего округа|нашего округа|моего района|нашего района|моего города|нашего города|нашего села|нашей деревни",
 "uk": "мого округу|нашого округу|мого району|нашого району|мого міста|нашого міста|нашого села",
 "tr": "seçim bölgemin|seçim bölgemizin|ilçemizin|ilçemin|mahallemizin|mahallemin|şehrimizin|köyümüzün",
 "el": "της περιφέρειάς μου|της περιφέρειας μου|του δήμου μου|του δήμου μας|της πόλης μου|της πόλης μας|του χωριού μας",
 "he": "של העיר שלי|של השכונה שלי|של המועצה שלנו|של העיר שלנו|של הכפר שלנו",
 "ar": "دائرتي|دائرتنا|بلديتنا|مدينتي|مدينتنا|حينا|قريتنا",
 "fa": "حوزه انتخابیه ما|حوزه انتخابیه‌مون|محله ما|شهر ما|شهرمون|روستامون",
 "hi": "मेरे वार्ड के|मेरे वार्ड की|हमारे वार्ड के|हमारे वार्ड की|मेरे क्षेत्र के|मेरे क्षेत्र की|हमारे शहर के|हमारे शहर की|हमारे गांव के|हमारे गाँव के",
 "bn": "আমাদের ওয়ার্ডের|আমার ওয়ার্ডের|আমার এলাকার|আমাদের এলাকার|আমাদের শহরের|আমাদের গ্রামের",
 "th": "เขตบ้านผม|เขตบ้านฉัน|ตำบลบ้านผม|หมู่บ้านผม|จังหวัดผม",
 "vi": "phường tôi|phường nhà tôi|xã tôi|xã nhà tôi|quận tôi|phường mình|xã mình|ở phường tôi|ở xã tôi",
 "id": "di kelurahan saya|kelurahan saya|kelurahan kami|di desa saya|desa kami|dapil saya|di kota saya|kota kami",
 "tl": "ng barangay namin|sa barangay namin|ng bayan namin|sa bayan namin|ng lungsod namin",
 "ja": "うちの区の|うちの町の|地元の|うちの市の|うちの村の",
 "zh": "我们区的|我们街道的|我们镇的|我们村的|我们市的|我家那边的",
 "ko": "우리 구|우리 동|우리 지역구|우리 시|우리 마을",
},
"local2": {
 "en": "at my gym|at our gym|at my clinic|at my gp|near my office|near my work|at my doctor's|who treated me|who examined me",
 "de": "in meinem fitnessstudio|in unserem fitnessstudio|in meiner praxis|bei meinem hausarzt|bei mir im büro|die mich untersucht hat",
 "fr": "de ma salle de sport|de mon cabinet médical|près de mon bureau|qui m'a examinée|qui m'a examiné|qui m'a soignée",
 "es": "de mi gimnasio|de mi centro de salud|cerca de mi oficina|que me atendió|que me examinó",
 "it": "della mia palestra|del mio ambulatorio|vicino al mio ufficio|che mi ha visitato|che mi ha visitata",
 "pt": "da minha academia|do meu posto de saúde|perto do meu trabalho|que me atendeu|que me examinou",
 "nl": "van mijn sportschool|van mijn huisartsenpraktijk|bij mijn werk|die mij onderzocht",
 "pl": "z mojej siłowni|z mojej przychodni|koło mojej pracy|która mnie badała",
 "cs": "z mé posilovny|z mojí posilovny|z mé ordinace|u mě v práci|která mě vyšetřovala",
 "sv": "på min vårdcentral|på vår vårdcentral|på mitt gym|på vårt gym|nära mitt jobb|som undersökte mig",
 "ru": "из моей поликлиники|из моего спортзала|возле моей работы|которая меня осматривала",
 "uk": "з моєї поліклініки|з мого спортзалу|біля моєї роботи",
 "tr": "spor salonumuzdaki|hastanemizdeki|işyerimin yanındaki|beni muayene eden",
 "el": "του γυμναστηρίου μου|του ιατρείου μου|κοντά στη δουλειά μου|που με εξέτασε",
 "he": "בחדר הכושר שלי|בקופת החולים שלי|שבדקה אותי|ליד העבודה שלי",
 "ar": "اللي كشفت عليا|اللي كشفت عليّا|اللي كشف عليا|اللي عالجتني|في الجيم بتاعي|جنب شغلي",
 "fa": "باشگاهمون|باشگاه ما|که منو معاینه کرد|نزدیک محل کارم",
 "hi": "मेरे जिम की|मेरे जिम वाली|मेरे क्लिनिक की|मेरे ऑफिस के पास",
 "bn": "আমার জিমের|আমাদের জিমের|আমার অফিসের পাশের",
 "th": "ที่ยิมผม|ที่ยิมฉัน|ใกล้ที่ทำงาน",
 "vi": "ở phòng gym của tôi|phòng gym chỗ tôi|gần cơ quan tôi|đã khám cho tôi|chỗ tôi học",
 "id": "dekat kantor|dekat kantorku|dekat kantor saya|di gym saya|di gymku|yang periksa aku",
 "tl": "sa gym namin|sa clinic namin|malapit sa opisina",
 "ja": "うちのジムの|通ってるジムの|行きつけの病院の|会社の近くの",
 "zh": "我们健身房的|我們健身房的|我们健身房|我們健身房|我常去的健身房|我们诊所的",
 "ko": "우리 헬스장|다니는 헬스장|회사 근처",
},
"role": {
 "en": "ward councillor|councillor|councilwoman|councilman|alderman|village head|ward chairman",
 "de": "stadträtin|stadtrat|ortsvorsteherin|ortsvorsteher|bezirksbürgermeisterin|bezirksbürgermeister|abgeordnete|abgeordneter",
 "fr": "conseillère municipale|conseiller municipal|adjointe au maire|députée|député",
 "es": "concejala|concejal|diputada|diputado|regidora|regidor",
 "it": "consigliera|consigliere|consigliera comunale|consigliere comunale|assessora|assessore|deputata|deputato",
 "pt": "vereadora|vereador|deputada|deputado|presidente da junta",
 "nl": "wethouder|raadslid|gemeenteraadslid|kamerlid",
 "pl": "radna|radny|sołtys|soltys|posłanka|poseł",
 "cs": "radní|zastupitelka|zastupitel|poslankyně|poslanec|starostka",
 "sv": "kommunalråd|riksdagsledamot|kommunpolitiker",
 "ru": "глава района|глава администрации",
 "uk": "голова району|староста",
 "tr": "muhtar|muhtarı|milletvekili|meclis üyesi",
 "el": "δημοτική σύμβουλος|δημοτικός σύμβουλος|βουλευτής",
 "he": "חבר מועצה|חברת מועצה|חברת הכנסת|חבר הכנסת",
 "ar": "عضو المجلس البلدي|النائبة|النائب|عضوة البرلمان|المختار",
 "fa": "نماینده|عضو شورا|شهردار",
 "hi": "पार्षद|सरपंच|विधायक|सांसद",
 "bn": "কাউন্সিলর|চেয়ারম্যান|সংসদ সদস্য|এমপি",
 "th": "กำนัน|ผู้ใหญ่บ้าน|ส.ส.|นายก อบต.",
 "vi": "đại biểu quốc hội",
 "id": "lurah|pak lurah|bu lurah|camat|kepala desa|kades|anggota dewan",
 "tl": "kapitan ng barangay|barangay captain|kapitana|konsehal|kagawad",
 "ja": "区議|市議|町長|村長|区長|議員",
 "zh": "区长|镇长|村长|街道主任|人大代表|村支书",
 "ko": "구청장|동장|구의원|시의원|국회의원",
},
"media": {
 "en": "does the weather|reads the weather|who does the weather|does the news|reads the news|who reads the news|presents the weather",
 "de": "die das wetter macht|wettermoderatorin",
 "fr": "qui fait la météo|présentatrice météo|presentatrice meteo",
 "es": "la del tiempo|presentadora del tiempo",
 "it": "quella del meteo|presentatrice del meteo",
 "hi": "एंकर|मौसम वाली एंकर|न्यूज़ एंकर|न्यूज एंकर",
 "bn": "সংবাদ পাঠিকা|উপস্থাপিকা|আবহাওয়ার উপস্থাপিকা",
},
"outlet": {
 "hi": "दूरदर्शन|आज तक|मौसम समाचार|समाचार|एनडीटीवी|ज़ी न्यूज़",
 "bn": "বিটিভি|চ্যানেল আই|সময় টিভি|আবহাওয়ার খবর",
 "en": "look north|look east|points west|itv central|granada reports",
},
"relation2": {
 "tl": "kumpare ko|kumare ko|kumpare|kumare|inaanak",
},
"place": {
 "el": "αθηνών|αθηνων|θεσσαλονίκης|θεσσαλονικης|πειραιά|πειραια|πατρών|πατρων|ηρακλείου|ηρακλειου|λάρισας|λαρισας",
},
"mine-after": {
 "vi": "nhà tôi|nhà mình|nhà em|chỗ tôi|chỗ mình",
},
}

SURROUNDINGS = {
"intimate": {
 "es": "calzoncillo|bóxer|boxer",
 "en": "boxers|boxer shorts|briefs",
 "pt": "fio dental|cuecas",
 "el": "σώβρακ",
 "ru": "в белье|в трусах",
 "uk": "в білизні|у білизні",
 "tl": "naka-brief|naka brief|brief lang|naka-boxers|naka-underwear",
 "sv": "kalsong",
 "pl": "slipach|bokserkach",
 "cs": "slipech|trenk",
 "nl": "boxershort",
 "de": "boxershorts",
 "tr": "donla|boxerla",
 "hi": "चड्डी",
 "bn": "জাঙ্গিয়া|আন্ডারওয়্যার",
 "vi": "quần sịp",
 "ja": "ブリーフ|トランクス|パンツ一枚",
},
"real-look": {
 "pt": "tipo foto de verdade|como foto de verdade|parecendo foto real|parecendo real|cara de foto real",
 "ru": "как настоящее|как настоящая|выглядело как настоящее|как будто настоящее|как реальное фото",
 "uk": "як справжня|як справжнє|ніби справжнє",
 "es": "tipo foto real|como de verdad|que parezca de verdad",
 "en": "like a real pic|real photo|looks like a real picture",
 "bn": "বাস্তব ছবি",
 "el": "ρεαλιστική φωτογραφία",
},
}

# The i16-roles33 section of uploaded-cues.tsv (the user has the person's photo, or names where it was posted): written by
# hand into the table in commit 67587192 (roles33, after batch 35 stage 1), so no generator wrote it and a re-run of
# tools/people23/uploaded_cues.py dropped it. Moved here verbatim in session 33 (i16-generators41), rows in the table's order.
UPLOADED_COMMENT = [
    '# Branch i16-roles33 (session 29): the user says they have the person\'s photo, or names where it was posted ("照片我有", "ảnh em',
    '# gửi kèm", "من صورتها على فيسبوك", "yung nasa binyag na picture", "বিয়ের ছবিতে যে কনে"). Written for GenScreen from general',
    '# knowledge of each language (MIT, this project).',
]
UPLOADED = [
    ('en', 'i have her photo'),
    ('en', 'i have a photo of her'),
    ('en', 'from her facebook'),
    ('en', 'from her instagram'),
    ('de', 'von ihrem instagram'),
    ('de', 'von ihrem facebook'),
    ('de', 'ich hab ein foto von ihr'),
    ('fr', "j'ai sa photo"),
    ('fr', 'de son instagram'),
    ('fr', 'de sa photo facebook'),
    ('es', 'tengo su foto'),
    ('es', 'de su instagram'),
    ('es', 'de su foto de facebook'),
    ('it', 'ho la sua foto'),
    ('it', 'dal suo instagram'),
    ('pt', 'tenho a foto dela'),
    ('pt', 'do instagram dela'),
    ('pt', 'da foto dela no'),
    ('ru', 'у меня есть её фото'),
    ('ru', 'у меня есть ее фото'),
    ('ru', 'из её инстаграма'),
    ('ru', 'из ее инстаграма'),
    ('tr', 'fotoğrafı bende'),
    ('tr', 'fotografi bende'),
    ('tr', 'instagramındaki'),
    ('ar', 'من صورتها على'),
    ('ar', 'صورتها على فيسبوك'),
    ('ar', 'صورتها على الفيس'),
    ('fa', 'عکسشو دارم'),
    ('fa', 'از عکس اینستاگرامش'),
    ('vi', 'ảnh em gửi'),
    ('vi', 'anh em gui'),
    ('vi', 'gửi kèm'),
    ('vi', 'gui kem'),
    ('id', 'yang aku foto'),
    ('id', 'foto yang aku ambil'),
    ('tl', 'nasa picture'),
    ('tl', 'na picture'),
    ('tl', 'sa picture na'),
    ('bn', 'ছবিতে যে'),
    ('bn', 'বিয়ের ছবিতে'),
    ('zh', '照片我有'),
    ('zh', '我有她的照片'),
    ('zh', '她的照片我有'),
    ('ja', '写真持ってる'),
    ('ko', '사진 있어'),
]


def main():
    data = RULES_DATA
    comment = [MARKER + " the user's own constituency, ward, district or commune (local), the offices they single out,",
               "# broadcast roles said with a verb (who does the weather on), Hindi and Bengali outlets, Vietnamese 'of my home' after a",
               "# role (mine-after). Written by tools/roles33/role_cues.py for GenScreen from general knowledge of each language (MIT, this project)."]
    tables = {k.rstrip("2"): v for k, v in ROWS.items() if not k.endswith("2")}
    for k, v in ROWS.items():
        if k.endswith("2"):
            base = tables.setdefault(k[:-1], {})
            for lang, terms in v.items():
                base[lang] = base[lang] + "|" + terms if lang in base else terms
    older = {term for kind, _, term in older_rows(os.path.join(data, "office-cues.tsv"), MARKER) if kind in ("role", "media", "service")}
    rows = [r for r in cue_rows(tuple(tables.items()), lower=True)
            if not (r[0] in ("role", "media") and any(r[2].startswith(o + " ") for o in older if o != r[2]))]
    print(write_section(os.path.join(data, "office-cues.tsv"), MARKER, comment, rows), "office rows")
    comment = [MARKER + " men's underwear and 'in underwear' said in each language (intimate: as suggestive as lingerie on a real person),",
               "# requests that the picture look real (real-look). Written by tools/roles33/role_cues.py for GenScreen (MIT, this project)."]
    print(write_section(os.path.join(data, "surroundings-cues.tsv"), MARKER, comment, cue_rows(tuple(SURROUNDINGS.items()), lower=True)), "surroundings rows")
    print(write_section(os.path.join(data, "uploaded-cues.tsv"), MARKER, UPLOADED_COMMENT, UPLOADED), "uploaded rows")

if __name__ == "__main__":
    main()
