#!/usr/bin/env python3
"""Writes the i16-roles32 sections (session 28) of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv and
surroundings-cues.tsv: shop workers and the user's own shop ("where I shop", "round the corner"), captains of a national
team and the national-team words that single them out, broadcast roles and programmes, town offices of more languages
(the chair of a municipal board, a city's mayor), the Turkish teacher/coach `hoca` (possessed as hocam, hocamız), relations
of the neighbourhood (भाभी, भाभी of the mohalla) and requests that the picture look real.

- office-cues `service`: shop workers (cashier, sales assistant, petrol-station attendant, barista): anyone until the
  user's surroundings single one out; Turkish `hoca` (teacher/coach: "fitness hocam" is the user's own).
- `local`: the user's own shop or street ("where I shop", "um die Ecke", "där jag handlar", "onde faço compras", "近所の").
- `media`: captains (captain, Kapitänin, capitana, kapitánka, капитан, kaptanı, αρχηγός, 队长, 주장): an office that a
  national team (`org`: national team, Nationalmannschaft, selección, reprezentace, сборной, milli takım, 国家队) singles out,
  as a programme does its presenter (media roles read their organisation over the longer gap: "kapitánka ženské hokejové
  reprezentace").
- `media`/`outlet`: the weather slot of a programme (お天気コーナー), programmes and channels (情報番組, Первом канале, 央视);
  Vietnamese programme topics (thời tiết, thời sự) after an older `dẫn bản tin` role row that swallows "bản tin".
- `town`: town offices (kommunstyrelsens ordförande, prezydentka, міська голова).
- `relation`: Hindi भाभी/चाची/आंटी (a relation of the user's street, read with a `local` word: पड़ोस वाली, मोहल्ले वाली).
- surroundings `real-look`: Hindi "like a real photo" (असली फोटो जैसा).
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic
and Greek rows also without diacritics.
Run: python3 tools/roles32/role_cues.py   (rewrites its own sections through tools/lexicon-data/cue_sections.py; idempotent)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import cue_rows, write_section  # noqa: E402

MARKER = "# Branch i16-roles32 (session 28):"

ROWS = {
"service": {
 "en": "cashier|checkout girl|shop assistant|barista|sales assistant",
 "de": "kassiererin|verkäuferin|tankwartin|kassenkraft|bedienung",
 "fr": "caissière|vendeuse|serveuse",
 "es": "cajera|dependienta|camarera",
 "it": "cassiera|commessa|cameriera",
 "pt": "operadora de caixa|atendente|balconista",
 "nl": "caissière|verkoopster|kassajuffrouw",
 "pl": "kasjerka|ekspedientka|sprzedawczyni|kelnerka",
 "cs": "pokladní|prodavačka|servírka",
 "sv": "kassörska|expedit|butiksbiträde|kassörskan|expediten",
 "ru": "кассирша|продавщица|официантка|тренер по фитнесу|фитнес-тренер|тренерша",
 "uk": "касирка|продавчиня|продавщиця|офіціантка",
 "tr": "hoca|kasiyeri|tezgahtarı|garsonu",
 "el": "ταμίας|πωλήτρια|σερβιτόρα",
 "he": "הקופאית|המוכרת|המלצרית",
 "ar": "الكاشيرة|كاشيرة|البائعة|الكاشير|المدربة|مدربة",
 "fa": "فروشنده",
 "hi": "कैशियर|सेल्सगर्ल",
 "bn": "ক্যাশিয়ার|সেলসগার্ল",
 "th": "พนักงานแคชเชียร์|พนักงานขาย",
 "vi": "thu ngân|nhân viên bán hàng",
 "id": "kasir|pramuniaga",
 "tl": "kahera|tindera|saleslady",
 "ja": "レジの子|レジの女の子|レジのお姉さん|店員さん|店員",
 "zh": "收银员|收银小姐姐|店员",
 "ko": "계산대 직원|알바생|점원|캐셔",
},
"local": {
 "en": "from our street|on our street|in our street|where i shop|where i go shopping|round the corner|around the corner|on my street|near my house|near my place",
 "de": "um die ecke|bei uns um die ecke|wo ich einkaufe|wo ich immer einkaufe|wo ich einkaufen gehe|in meiner straße|bei mir um die ecke",
 "fr": "en bas de chez moi|où je fais mes courses|ou je fais mes courses|de mon quartier|au coin de ma rue",
 "es": "de mi barrio|donde hago la compra|donde compro|de la esquina de mi casa",
 "it": "sotto casa|sotto casa mia|dove faccio la spesa|del mio quartiere",
 "pt": "onde faço compras|onde eu faço compras|do meu bairro|perto de casa|aqui da rua",
 "nl": "om de hoek|waar ik boodschappen doe|bij mij in de straat|in mijn straat",
 "pl": "na moim osiedlu|na naszym osiedlu|gdzie robię zakupy|koło mojego domu|pod moim blokiem",
 "cs": "u nás na rohu|kde nakupuju|kde nakupuji|u nás v ulici|naproti našemu domu",
 "sv": "där jag handlar|där jag brukar handla|runt hörnet|på min gata|i mitt kvarter",
 "ru": "из моего зала|из нашего зала|в моём зале|у моего дома|возле моего дома|где я закупаюсь|в моём районе|в моем районе|у нас на районе",
 "uk": "біля мого дому|біля мого будинку|де я закуповуюсь|у моєму районі",
 "tr": "üniversitedeki|okuldaki|dershanedeki|kursumdaki|alışveriş yaptığım|evimin yanındaki|köşedeki|sokağımızdaki",
 "el": "στη γειτονιά μου|της γειτονιάς μου|που ψωνίζω|δίπλα στο σπίτι μου",
 "he": "ליד הבית שלי|שאני קונה בו|בשכונה שלי",
 "ar": "في الجيم|في النادي|اللي جنب بيتي|جنب بيتنا|اللي بشتري منه|في حارتنا",
 "fa": "سر کوچمون|سر کوچه‌مون|محله‌مون|نزدیک خونمون",
 "hi": "मेरे घर के पास वाले|पड़ोस वाली|पड़ोस की|मोहल्ले वाली|मोहल्ले की|गली वाली|गली की|हमारे मोहल्ले वाली",
 "bn": "আমাদের পাড়ার|পাড়ার|বাড়ির পাশের",
 "th": "หน้าปากซอย|ปากซอยบ้าน|ใกล้บ้านผม|ใกล้บ้านฉัน|แถวบ้าน",
 "vi": "gần nhà tôi|gần nhà em|gần nhà mình|đầu ngõ|đầu hẻm",
 "id": "dekat rumahku|dekat rumah saya|dekat rumah|depan kompleks|di kompleks kami",
 "tl": "malapit sa amin|malapit sa bahay|sa kanto namin",
 "ja": "近所の|家の近くの|いつも行く",
 "zh": "我家楼下|我家附近|小区门口|我常去的",
 "ko": "집 앞|우리 집 앞|자주 가는",
},
"media": {
 "en": "captain of the|team captain",
 "de": "kapitänin|mannschaftskapitänin|spielführerin",
 "fr": "capitaine",
 "es": "capitana",
 "it": "capitana",
 "pt": "capitã",
 "nl": "aanvoerder|aanvoerster",
 "pl": "kapitanka|kapitan",
 "cs": "kapitánka|kapitán",
 "sv": "lagkapten|lagkaptenen|kapten|kaptenen",
 "ru": "капитан|капитанша",
 "uk": "капітанка|капітан",
 "tr": "kaptanı|kaptan",
 "el": "αρχηγός|αρχηγό",
 "he": "הקפטנית|קפטנית",
 "ar": "قائدة",
 "fa": "کاپیتان",
 "hi": "कप्तान",
 "bn": "অধিনায়ক",
 "th": "กัปตันทีม",
 "vi": "đội trưởng",
 "id": "kapten",
 "ja": "キャプテン|主将",
 "zh": "队长",
 "ko": "주장",
},
"org": {
 "en": "national team|women's national team|national side",
 "de": "nationalmannschaft|nationalteam|nationalelf",
 "fr": "équipe nationale|équipe de france",
 "es": "selección",
 "it": "nazionale",
 "pt": "seleção",
 "nl": "nationale ploeg|vrouwenelftal|nationale team",
 "pl": "reprezentacji|reprezentacja",
 "cs": "reprezentace|národního týmu",
 "sv": "landslaget|damlandslaget|landslag",
 "ru": "сборной|сборная",
 "uk": "збірної|збірна",
 "tr": "milli takım|milli takımı|milli takımının|millî takım",
 "el": "εθνικής ομάδας|εθνική ομάδα",
 "he": "הנבחרת|נבחרת",
 "ar": "المنتخب|منتخب",
 "fa": "تیم ملی",
 "hi": "राष्ट्रीय टीम|भारतीय टीम",
 "bn": "জাতীয় দলের|জাতীয় দল",
 "th": "ทีมชาติ",
 "vi": "đội tuyển",
 "id": "timnas|tim nasional",
 "tl": "pambansang koponan",
 "ja": "日本代表|代表チーム",
 "zh": "国家队|國家隊",
 "ko": "국가대표",
},
"media2": {
 "ja": "お天気コーナー|天気コーナー",
 "zh": "女主播|天气预报主播",
 "ko": "기상캐스터",
 "th": "ผู้ประกาศข่าว",
 "id": "presenter berita",
},
"outlet": {
 "ja": "情報番組|朝の番組|夕方のニュース",
 "ru": "первом канале|первого канала",
 "zh": "央视|卫视",
 "th": "ช่อง",
 "vi": "thời tiết|thời tiết buổi sáng|thời sự",
},
"town": {
 "sv": "kommunstyrelsens ordförande|kommunstyrelsens ordförandes",
 "pl": "prezydentka|burmistrzyni",
 "uk": "міська голова|мерка",
 "ru": "мэрша",
 "ja": "市長|区長",
 "zh": "市长|市長|区长|县长|縣長",
 "he": "ראש עיריית|ראשת עיריית",
 "ar": "رئيسة بلدية|رئيس بلدية|عمدة",
 "hi": "मेयर|महापौर",
 "bn": "মেয়র",
},
"relation": {
 "hi": "भाभी|भाभीजी|चाची|आंटी",
 "en": "aunty|auntie",
},
"mine-after": {
 "ar": "بتاعتي|بتاعي",
},
"place": {
 "th": "กทม|กรุงเทพฯ|กรุงเทพมหานคร",
},
}

SURROUNDINGS = {
"real-look": {
 "hi": "असली फोटो जैसा|असली फोटो जैसी|असली फ़ोटो जैसी|असली फोटो की तरह",
},
}

def rows():
    """(kind, {language: terms}) with the second media table merged (captains and programme slots are both media)."""
    tables = dict(ROWS)
    media = dict(tables.pop("media"))
    for lang, terms in tables.pop("media2").items():
        media[lang] = media[lang] + "|" + terms if lang in media else terms
    tables["media"] = media
    return tuple(tables.items())

def main():
    data = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data")
    comment = [MARKER + " shop workers and the user's own shop (where I shop, round the corner), captains and the",
               "# national-team words that single them out, programmes and channels, town offices, the Turkish hoca, Hindi relations",
               "# of the street. Written by tools/roles32/role_cues.py for GenScreen from general knowledge of each language (MIT, this project)."]
    print(write_section(os.path.join(data, "office-cues.tsv"), MARKER, comment, cue_rows(rows(), lower=True)), "office rows")
    comment = [MARKER + " Hindi 'like a real photo' (real-look). Written by tools/roles32/role_cues.py for GenScreen (MIT, this project)."]
    print(write_section(os.path.join(data, "surroundings-cues.tsv"), MARKER, comment, cue_rows(tuple(SURROUNDINGS.items()), lower=True)), "surroundings rows")

if __name__ == "__main__":
    main()
