#!/usr/bin/env python3
"""Writes the i16-roles46 section (session 38) of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv.

Extends the older sections' tables (not a parallel reader; all rows are read by Rules/OfficeHolders.cs):
1. The user's own surroundings at EVERY administrative level (local): each language's possessives crossed with its
   administrative units above the town the older rows hold: county, region, province, district, canton, département,
   parish, Landkreis, Bezirk, concelho, terra, oblast, kraj, powiat, νομός, upazila, zila, kabupaten, tỉnh, 県 ...
   ("of my county council", "de mon canton", "della mia regione", "cá da terra", "нашей области", "του νομού μας",
   "আমাদের উপজেলার", "kabupaten saya", "ตำบลบ้านผม", "我們里"). A local cue singles out an office, broadcast or service
   role beside it, as "our town" does.
2. Offices of local government the rows lacked, by their own administrative grammar: council leaders and chairs (en), the
   departmental and regional councillors (fr), regional and provincial assessors and councillors and an assessor with
   a portfolio crossed with the usual portfolios (it; es/pt/fr councillors of a portfolio), the parish board's president
   (pt), Bengali UNO/DC, the head of a village community (uk голова, ru глава: no possessive singles these out, they are
   also "head" and "chapter"; only the user's surroundings do).
3. Broadcast roles said by what they do: the weather girl as a phrase (it ragazza/signorina/quella del meteo, pt pivô),
   duties said with a verb crossed with broadcast objects ("who reads the 6 o'clock news", "che presenta le previsioni
   del tempo", "যে মহিলা রাতের খবর পড়েন"), and the regional/local outlet written as the head of a compound in German
   (Regional|programm, Lokal|nachrichten: crossed with the programme nouns) and in the genitive (uk регіонального каналу).
4. People of the user's life by job (service): a shop owner (老闆娘 traditional), the dean's office lady (pl), a Dutch baker.
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic
and Greek rows also without diacritics (cue_rows).
Run: python3 tools/roles46/role_cues.py   (rewrites its own section through tools/lexicon-data/cue_sections.py; idempotent)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "roles26"))
from cue_sections import RULES_DATA, cue_rows, older_rows, stem_completer, write_section  # noqa: E402
from role_cues import combos  # noqa: E402  (roles26: every possessive before every place noun)

MARKER = "# Branch i16-roles46 (session 38):"


def cross(first, second, joiner=" "):
    """Every phrase of `first` (a list) followed by every phrase of `second`; combos() for phrases with spaces."""
    return "|".join(f"{a}{joiner}{b}" for a in first for b in second)


# 1. Possessives crossed with administrative units (the older rows hold town, village, street and neighbourhood).
LOCAL = {
"en": cross(["my", "our"], ["county", "region", "province", "borough", "state", "county council", "district council",
                            "parish council", "borough council", "town council", "city council", "local council"])
      + "|near my flat|near my apartment|near my home|below my flat|downstairs from me|down the road from me",
"de": combos("unser unsere unserer unserem unseres mein meine meiner meinem meines",
             "landkreis bezirk region bundesland kanton ortsteil stadtteil gemeinderat stadtrat kreistag"),
"fr": combos("mon ma notre", "canton département departement région region agglomération agglomeration intercommunalité province")
      + "|" + cross(["ma", "notre"], ["communauté de communes", "communaute de communes"]),
"es": combos("mi nuestro nuestra", "provincia comarca región region comunidad distrito aldea parroquia isla concejo"),
"it": combos("mio mia nostro nostra", "regione provincia circoscrizione frazione municipio distretto isola"),
"pt": combos("meu minha nosso nossa", "terra região regiao concelho distrito aldeia município municipio estado província provincia ilha")
      + "|cá da terra|ca da terra|lá da terra|aqui da terra|cá do concelho|aqui do concelho",
"nl": combos("onze ons mijn", "provincie regio deelgemeente") + "|bij ons op de hoek|bij ons in de buurt|bij mij in de buurt",
"pl": combos("mojego naszego mojej naszej moim naszym moja nasza mój moj nasz", "powiat województw wojewodztw region wydzia wydział uczelni"),
"cs": combos("naší naši našeho našem naše mé mého mém moji mojí můj muj", "kraj okres region"),
"sv": combos("vår vårt min mitt", "region län lan landsting"),
"ru": combos("нашего нашей нашем наш наша нашу моего моей моём моем мой моя мою", "област края краю крае регион округ республик губерни"),
"uk": combos("нашого нашої нашому нашій наш наша мого моєї моєму моїй мій моя", "област регіон округ сільськ селищн сільрад"),
"el": combos("νομού νομου επαρχίας επαρχιας κοινότητας κοινοτητας περιφέρειας", "μας μου"),
"he": "המועצה המקומית שלנו|המועצה האזורית שלנו|המחוז שלנו|האזור שלנו|העירייה שלנו|הכפר שלנו|היישוב שלי",
"ar": "محافظتنا|ولايتنا|بلديتنا|مقاطعتنا|دائرتنا|مديريتنا|محافظتي|ولايتي|بلديتي",
"fa": "استانمون|شهرستانمون|استان ما|شهرستان ما|منطقه ما|منطقه‌مون|حوزه ما|روستامون|بخش ما",
"hi": combos("हमारे मेरे", "जिले ज़िले राज्य ब्लॉक क्षेत्र") + "|" + combos("हमारी मेरी", "तहसील पंचायत विधानसभा")
      + "|मोहल्ले के|मोहल्ले की|मोहल्ले का|बगल वाले|बगल वाली|बगल के फ्लैट",
"bn": combos("আমাদের আমার", "উপজেলা জেলা পৌরসভা ইউনিয়ন থানা বিভাগ সিটি"),
"th": cross(["ตำบล", "อำเภอ", "จังหวัด", "เขต", "ที่"], ["บ้านผม", "บ้านฉัน", "บ้านเรา"], ""),
"vi": cross(["tỉnh", "huyện", "quận", "phường", "xã", "thị trấn", "thị xã", "chỗ"], ["mình", "tôi", "em", "chúng tôi"]),
"id": cross(["kabupaten", "kecamatan", "provinsi", "kelurahan", "desa", "kota", "daerah"], ["saya", "kami", "gue", "aku"])
      + "|" + cross(["kabupaten", "kecamatan", "provinsi", "kelurahan", "daerah"], ["ku"], ""),
"tl": cross(["lalawigan", "munisipyo", "siyudad", "lungsod", "probinsya", "barangay"], ["namin", "natin"]),
"ja": "うちの県|うちの市|うちの区|うちの村|地元の県|地元の市|私の市|私の県",
"zh": "我們小區|我家樓下|我家附近|我們村|我們鎮|我們市|我們縣|我們區|我們里|我們鄉|我們這裡|我們街道|樓下|我们区|我们里|我们乡",
"ko": "우리 지역|우리 지역구|우리 읍|우리 시의|우리 구의",
"tr": "ilimiz|ilimizin|beldemiz|beldemizin|bölgemiz|bölgemizin|bolgemiz|bolgemizin|ilçemizin|ilcemizin",
}

IT_PORTFOLIO = ["alla cultura", "alla sanità", "alla sanita", "ai trasporti", "al bilancio", "all'urbanistica", "allo sport",
                "al turismo", "all'istruzione", "alle politiche sociali", "all'ambiente", "al commercio", "ai lavori pubblici"]
ES_PORTFOLIO = ["de urbanismo", "de cultura", "de hacienda", "de deportes", "de turismo", "de educación", "de educacion",
                "de fiestas", "de medio ambiente", "de servicios sociales", "de sanidad"]
PT_PORTFOLIO = ["da cultura", "do urbanismo", "da educação", "da educacao", "do desporto", "do turismo", "da ação social", "do ambiente"]

# 2. Offices of local government: as role (an anchor singles them out) and service (the user's surroundings do).
ROLE = {
"en": "council leader|leader of the council|deputy leader|deputy council leader|council chair|council chairwoman|county councillor|"
      "district councillor|parish councillor|borough councillor|chairwoman of the council|who chairs|who heads",
"fr": "conseillère départementale|conseiller départemental|conseillère régionale|conseiller régional|présidente de la région|"
      "président de la région|présidente du département|présidente du conseil départemental|présidente de la communauté de communes|"
      "présidente de l'agglo|maire adjointe|conseillère communautaire",
"it": "assessora regionale|assessore regionale|assessora provinciale|assessore provinciale|assessora comunale|assessore comunale|"
      "consigliera regionale|consigliere regionale|consigliera provinciale|presidente della provincia|presidente della regione|"
      + cross(["assessora", "assessore"], IT_PORTFOLIO),
"es": cross(["concejala", "concejal"], ES_PORTFOLIO) + "|alcaldesa pedánea|alcalde pedáneo|presidenta de la diputación|diputada provincial",
"pt": "presidente da junta|presidente da junta de freguesia|presidenta da junta|presidenta da câmara|" + cross(["vereadora", "vereador"], PT_PORTFOLIO),
"bn": "ইউএনও|ডিসি|উপজেলা নির্বাহী কর্মকর্তা|জেলা প্রশাসক|উপজেলা চেয়ারম্যান|ইউনিয়ন চেয়ারম্যান|মহিলা কাউন্সিলর",
"tl": "konsehala|kagawad|kapitana|mayora",
"zh": "區議員|区议员|議員|里長|女里長|鄉長|鎮長",
"uk": "голова громади|голова сільської громади|голова селищної громади|голова міської громади|голова сільради|голова ради",
"ru": "глава района|глава поселения|глава округа|глава области",
}

# Head words that are also "head" and "chapter": singled out by the user's surroundings only (service), never by a
# possessive (nomine: "моя голова" is my head).
NOMINE_SERVICE = {"uk": "голова", "ru": "глава"}

# 3. Broadcast roles said by what they do.
NEWS_HOURS = ["5", "6", "7", "8", "9", "10", "11", "six", "seven", "eight", "nine", "ten", "eleven"]
MEDIA = {
"en": cross(["reads the", "does the", "presents the", "who reads the", "who does the"],
            [f"{h} o'clock news" for h in NEWS_HOURS] + ["late bulletin", "night bulletin", "evening bulletin", "late news", "night news"]),
"it": "ragazza del meteo|signorina del meteo|quella del meteo|la tipa del meteo|conduttrice del meteo|conduttrice del tg|"
      + cross(["presenta", "legge", "fa", "conduce", "che presenta", "che legge", "che fa", "che conduce"],
              ["le previsioni del tempo", "le previsioni", "il telegiornale", "il tg", "il tgr", "le notizie", "il notiziario"]),
"pt": "a pivô do|a pivô da|o pivô do|apresentadora do tempo|a do tempo|moça do tempo|menina do tempo",
"es": "chica del tiempo de|la chica que da el tiempo|la que da el tiempo|la que presenta el tiempo|la que da las noticias",
"bn": "খবর পড়েন|খবর পড়ে|খবর পড়া|আবহাওয়া পড়েন|আবহাওয়ার খবর পড়েন|রাতের খবর পড়েন|সকালের খবর পড়েন|সংবাদ পড়েন|নিউজ পড়েন",
"hi": "समाचार पढ़ने वाली|खबर पढ़ने वाली|न्यूज़ पढ़ने वाली|मौसम का हाल बताने वाली|मौसम बताने वाली",
}
DE_OUTLET_HEADS = ["regional", "lokal", "landes"]
DE_OUTLET_TAILS = ["programm", "programms", "magazin", "magazins", "nachrichten", "journal", "journals", "studio", "wetter",
                   "sender", "senders", "fernsehens", "radio", "ausgabe", "zeit", "schau", "tv"]
OUTLET = {
"de": cross(DE_OUTLET_HEADS, DE_OUTLET_TAILS, ""),
"uk": "регіонального каналу|регіонального телеканалу|місцевого каналу|місцевого телеканалу|обласного каналу|регіональному каналі|"
      "місцевому каналі|регіонального|регіональної|регіональному",
"hi": "न्यूज़ बुलेटिन|न्यूज बुलेटिन|सुबह के न्यूज़|लोकल चैनल|लोकल चैनल पर|लोकल न्यूज़",
"bn": "নিউজ চ্যানেলে|নিউজ চ্যানেলের|বাংলা নিউজ চ্যানেল|লোকাল চ্যানেলের|লোকাল চ্যানেলে|স্থানীয় চ্যানেলের",
"es": "tele autonómica|tele autonomica|televisión autonómica|television autonomica|la autonómica|informativo local|informativo regional",
"it": "telegiornale regionale|tg regionale della|tv locale|televisione regionale",
"en": "local station|our local station|regional news|regional evening news|regional channel|local affiliate",
}
ORG = {"es": "à punt|canal sur|telemadrid|tv3|etb|tvg|aragón tv|aragon tv|telecinco|antena 3"}

# 4. People of the user's life by job.
SERVICE = {
"zh": "老闆娘|老闆|店長|店员|店員|櫃檯小姐|前台小姐",
"pl": "pani z dziekanatu|pani z sekretariatu|pani z recepcji|pani z kadr|pani z biblioteki|pani z poczty",
"nl": "bakker|bakkersvrouw|slager|kapster|caissière",
"tr": "muhasebeci|muhasebeci hanım|sekreter hanım|resepsiyonist",
}


def tables():
    role_service = {lang: terms for lang, terms in ROLE.items()}
    service = dict(SERVICE)
    for lang, word in NOMINE_SERVICE.items():
        service[lang] = service[lang] + "|" + word if lang in service else word
    return (("local", LOCAL), ("role", role_service), ("service", role_service), ("service", service),
            ("nomine", NOMINE_SERVICE), ("media", MEDIA), ("outlet", OUTLET), ("org", ORG))


def main():
    path = os.path.join(RULES_DATA, "office-cues.tsv")
    older = set(older_rows(path, MARKER))
    # A new office row that completes an older stem row and adds words (депутатк -> "депутатка городской думы") takes the
    # stem's place in the longest match and leaves the capitalised town after it unread: a first build lost "депутатка
    # городской думы Казани/Новосибирска" so. Such rows are left out; the stem and its anchors already read them.
    completes_stem = stem_completer(older)
    rows = [r for r in cue_rows(tables(), lower=True) if r not in older and not completes_stem(*r)]
    comment = [MARKER + " the user's surroundings at every administrative level (local: possessives crossed with",
               "# county, region, province, canton, concelho, oblast, upazila, kabupaten ...), local-government offices in each language's",
               "# grammar (role and service; uk голова / ru глава only by the surroundings), broadcast duties said by what they do",
               "# (media), regional outlets as compound heads (outlet) and people of the user's life by job (service). Written by",
               "# tools/roles46/role_cues.py for GenScreen from general knowledge of each language (MIT, this project)."]
    print(write_section(path, MARKER, comment, rows), "rows")


if __name__ == "__main__":
    main()
