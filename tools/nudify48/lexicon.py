#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/nudify48/nudify48.json (session 40, i16-nudify48): the verbs of removal,
erasure and retouching that Rules/GarmentVanish.cs reads beside a garment (the same reader as the vanish words of
session 39: one garment class, one place guard, one reader for "the garment taken away from the picture").

- eraseVerbs: verbs whose object after them is taken out of the picture (erase, remove, delete, entferne, efface, borra,
  cancella, apaga, verwijder, wymaż, vymaž, radera, сотри, убери, зітри, σβήσε, αφαίρεσε, תמחק, הסר, امسح, أزل, hapus,
  burahin, xóa) in the imperative forms of the 26 languages' spaced scripts, with the clitic pronouns joined to them
  (bórrale, toglile, retírale) written by rule: stems crossed with each language's endings. Read forward: the garment
  within four words after the verb, in its clause, that is no place (the stain ON her shirt).
- retouchVerbs: editing verbs that remove only with a particle of "away" (retouch away, photoshop off, edit out,
  airbrush away; retuschier … weg; retuschera bort; haal … weg): read forward like the erase verbs when the particle
  stands right after the verb or after the garment ("retouch her dress" alone may only fix it).
- vanishWords (added to session 39's): the infinitives and participles of German and Dutch that close their clause
  after the garment (Kleidung wegretuschieren, die Bluse entfernen, de jurk verwijderen, weggummen), read on both sides
  as the vanish words are.
- relationNouns, possessives: service roles and relations a speaker "has" (barista, cashier, waitress, teacher, neighbour,
  boss) and first-person possessives in the case forms their declensions give (mého, мого, нашого, meines, mojej), for the
  languages whose lists lacked them; read by PersonDetector.TryRelation ("manželka mého učitele", "kelnerka z mojej
  ulubionej kawiarni", "the barista from my café").
- verbFinalRemovals (added to session 39's): Persian حذف / پاک (before کن), Hindi हटा / मिटा, Bengali মুছে / সরিয়ে,
  which close their clause after the garment (سوتینش رو حذف کن, उसके कपड़े मिटा दो, ওর জামাটা মুছে দাও).
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list.
Run: python3 tools/nudify48/lexicon.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from table_writer import cross, unique_words, write_lexicon  # noqa: E402


ERASE = {
    "en": ["erase", "remove", "delete", "wipe", "scrub", "rub"],
    "de": cross(["entfern", "lösch", "losch", "radier", "tilg"], ["", "e", "t", "en"]),
    "fr": cross(["effac", "supprim", "gomm", "enlev", "enlèv", "retir", "ôt", "ot"], ["e", "ez", "er"]),
    # Spanish and Italian imperatives take the person as a clitic (bórrale, toglile): the pronouns crossed onto each form.
    "es": cross(["borra", "bórra", "elimina", "elimína", "quita", "quíta", "suprime", "suprím", "retira", "retíra", "remueve", "remuéve"],
                ["", "le", "la", "les", "r", "rle"]),
    "it": cross(["cancella", "rimuovi", "togli", "elimina", "leva", "sfila"], ["", "le", "gli", "re"]) + ["rimuovere", "togliere"],
    "pt": cross(["apag", "remov", "elimin", "exclu", "delet", "retir", "tir"], ["a", "e", "ar"]) + ["exclua"],
    "nl": ["verwijder", "wis", "gum", "verwijderen"],
    "pl": ["usuń", "usun", "wymaż", "wymaz", "zmaż", "zmaz", "skasuj", "zdejmij", "ściągnij", "sciagnij", "wytnij", "zetrzyj",
           "usuńcie", "wymażcie"],
    "cs": cross(["vymaž", "vymaz", "smaž", "smaz", "odstraň", "odstran", "sundej", "vygumuj", "vyretušuj", "vyretusuj", "umaž", "umaz"],
                ["", "te"]),
    "sv": ["radera", "sudda", "avlägsna", "avlagsna"],
    "ru": cross(["сотри", "убери", "удали", "сними", "вырежи", "замажь", "сотрите", "уберите", "удалите", "снимите"], [""])
          + ["стереть", "убрать", "удалить", "снять"],
    "uk": ["зітри", "зітріть", "прибери", "приберіть", "видали", "видаліть", "зніми", "зніміть", "стерти", "прибрати", "видалити", "зняти"],
    "el": ["σβήσε", "σβησε", "σβήστε", "σβηστε", "αφαίρεσε", "αφαιρεσε", "αφαιρέστε", "αφαιρεστε", "βγάλε", "βγαλε", "διέγραψε", "διεγραψε"],
    "he": ["תמחק", "תמחקי", "מחק", "למחוק", "תסיר", "תסירי", "הסר", "להסיר", "תוריד", "תורידי", "הורד", "להוריד"],
    "ar": ["امسح", "إمسح", "امسحي", "احذف", "إحذف", "احذفي", "أزل", "ازل", "أزيلي", "ازيلي", "انزع", "إنزع", "انزعي", "اخلع", "إخلع", "شيل"],
    "id": cross(["hapus", "hilang", "lepas", "buang", "copot"], ["", "kan", "in"]) + ["ilangin"],
    "tl": ["tanggalin", "burahin", "alisin", "hubarin", "tanggalan", "alisan"],
    "vi": ["xóa", "xoá", "gỡ", "cởi"],
}

RETOUCH = {
    "en": ["retouch", "photoshop", "airbrush", "edit", "paint", "clone", "shop", "ps"],
    "de": cross(["retuschier", "wisch", "mal"], ["", "e"]) + ["gum", "radier"],
    "nl": ["haal", "poets", "werk", "retoucheer", "photoshop"],
    "sv": ["retuschera", "ta", "plocka", "photoshoppa"],
    "fr": ["retouche"],
    "it": ["ritocca"],
}

# German and Dutch infinitives and participles that close their clause after the garment (read on both sides).
VANISH_FINAL = {
    "de": cross(["weg"], ["retuschieren", "retuschiert", "radieren", "radiert", "machen", "gemacht", "zaubern", "gezaubert", "schneiden",
                          "geschnitten", "nehmen", "genommen", "photoshoppen", "gephotoshoppt"])
          + ["entfernen", "löschen", "loschen", "gelöscht", "geloscht", "ausradieren", "ausradiert"],
    "nl": cross(["weg"], ["halen", "gehaald", "gummen", "gegumd", "poetsen", "gepoetst", "werken", "gewerkt", "photoshoppen", "retoucheren",
                          "geretoucheerd"]) + ["verwijderen", "verwijderd"],
}

VERB_FINAL = {
    "fa": ["حذف", "پاک"],
    "hi": cross(["हटा", "मिटा"], ["", "ओ", "इए", "िए", "ना", "कर"]),
    "bn": ["মুছে", "মুছো", "মোছো", "সরিয়ে", "সরাও"],
}


# Service roles and relations a speaker "has" (my barista, the cashier of my supermarket, my teacher's wife), in the case
# forms a possessive phrase puts them in (nominative; genitive after "of my", accusative), for the languages whose lists
# lacked them. Read by PersonDetector.TryRelation after a first-person possessive, and before one across "from/of/at"
# (the barista from my café). Feminine forms crossed from masculine stems where the language derives them by suffix.
RELATIONS = {
    "de": cross(["Kassierer", "Kellner", "Bäcker", "Friseur", "Verkäufer", "Lehrer", "Nachbar", "Vermieter", "Trainer", "Sekretär", "Ärzt"],
                ["in"]) + ["Lehrers", "Nachbar", "Nachbarn", "Nachbars", "Chefin", "Chefs", "Barista",
                           "Empfangsdame", "Krankenschwester", "Putzfrau"],
    "fr": ["caissière", "serveuse", "boulangère", "coiffeuse", "barista", "secrétaire", "réceptionniste", "prof", "professeur", "professeure",
           "voisine", "voisin", "patronne", "patron", "infirmière", "collègue", "vendeuse", "femme de ménage"],
    "es": cross(["camarer", "cajer", "panader", "peluquer", "vecin", "enfermer", "dependient", "compañer", "maestr"], ["a", "o"])
          + ["barista", "secretaria", "recepcionista", "profesora", "profesor", "profe", "jefa", "jefe", "casera", "entrenadora"],
    "it": cross(["camerier", "cassier", "fornai", "parrucchier", "vicin", "infermier", "commess", "maestr"], ["a", "e"])
          + ["barista", "segretaria", "professoressa", "professore", "prof", "capo", "padrona", "allenatrice", "collega", "vicino"],
    "pt": cross(["vizinh", "padeir", "cabeleireir", "enfermeir", "empregad", "professor"], ["a", "o"])
          + ["garçonete", "atendente", "barista", "secretária", "recepcionista", "professor", "chefe", "patroa", "treinadora", "colega"],
    "nl": ["serveerster", "caissière", "kassamedewerker", "kapster", "barista", "secretaresse", "receptioniste", "lerares", "leraar",
           "juf", "buurvrouw", "buurman", "bazin", "verpleegster", "collega"],
    "sv": ["kassörska", "servitris", "servitör", "bagare", "frisörska", "frisör", "barista", "sekreterare", "receptionist", "lärarinna",
           "lärare", "lärares", "granne", "grannes", "grannen", "grannens", "sjuksköterska", "kollega"],
    # Slavic: nominative and genitive by the language's declension of the -ka / -ица / consonant stems.
    "pl": cross(["kelner", "kasjer", "ekspedient", "fryzjer", "sekretar", "recepcjonist", "nauczyciel", "sąsiad", "sasiad", "pielęgniar",
                 "trener", "sprzedawczy"], ["ka", "ki"]) + ["barista", "baristka", "nauczyciel", "nauczyciela", "sąsiad", "sąsiada", "szefowa",
                                                          "szefowej", "szef", "szefa", "koleżanka", "koleżanki"],
    "cs": cross(["učitel", "prodavač", "kadeřni", "servír", "sekretář", "sousedk", "trenér", "kolegyn"], ["ka", "ky", "ce", "e", "y"])
          + ["učitel", "učitele", "manželka", "manželky", "manžel", "manžela", "soused", "souseda", "sousedka", "sousedky", "šéfová", "šéfa",
             "šéf", "barista", "číšnice", "servírka", "recepční", "prodavačka", "prodavačky"],
    "ru": cross(["официантк", "кассирш", "продавщиц", "парикмахерш", "секретарш", "учительниц", "соседк", "начальниц", "медсестр", "тренерш"],
                ["а", "и", "ы", "у"]) + ["бариста", "учитель", "учителя", "сосед", "соседа", "начальник", "начальника", "коллега", "коллеги"],
    "uk": cross(["офіціантк", "касирк", "продавчин", "перукарк", "секретарк", "вчительк", "сусідк", "начальниц", "медсестр", "тренерк"],
                ["а", "и", "і", "у", "я"]) + ["бариста", "вчитель", "вчителя", "сусід", "сусіда", "начальник", "начальника", "колега",
                                               "колеги", "дружина", "дружини"],
    "el": ["σερβιτόρα", "ταμίας", "ταμία", "κομμώτρια", "μπαρίστα", "γραμματέας", "δασκάλα", "δασκάλου", "δάσκαλου", "δάσκαλος", "καθηγήτρια",
           "καθηγητή", "καθηγητής", "γειτόνισσα", "γείτονα", "γείτονά", "γείτονας", "αφεντικό", "αφεντικού", "νοσοκόμα", "συνάδελφος",
           "συναδέλφου", "σύζυγος", "συζύγου", "πωλήτρια"],
    "he": ["בריסטה", "הבריסטה", "מלצרית", "המלצרית", "קופאית", "הקופאית", "מורה", "המורה", "שכנה", "השכנה", "מזכירה", "המזכירה", "ספרית",
           "הספרית", "מוכרת", "המוכרת", "אחות", "האחות"],
    "vi": ["thầy", "sếp", "hàng xóm"],
    "tl": ["kahera", "kahero", "serbidora", "weyter", "weytres", "guro", "amo", "katrabaho", "tindera", "tindero"],
}

# First-person possessives in every case form the declension gives them (my, our), where the lists held only some.
POSSESSIVES = {
    "de": cross(["mein", "unser"], ["", "e", "en", "em", "er", "es"]) + ["unsre", "unsrem", "unsres"],
    "cs": ["můj", "moje", "mé", "mého", "mému", "mém", "mým", "moji", "mých", "mými", "mou", "mojí", "náš", "naše", "našeho", "našemu",
           "našem", "naším", "naši", "naší", "našich", "našimi"],
    "pl": cross(["moj", "nasz"], ["a", "e", "ego", "ej", "emu", "ym", "ą", "ych", "ymi", "i"]) + ["mój", "mego", "mej", "mym", "nasz"],
    "ru": cross(["мо", "наш"], ["й", "я", "ё", "е", "и", "его", "ей", "ему", "им", "ём", "ем", "ю", "у", "их", "ими"]),
    "uk": ["мій", "моя", "моє", "мої", "мого", "моєї", "моєму", "моїм", "моїй", "мою", "моїх", "моїми", "наш", "наша", "наше", "наші", "нашого",
           "нашої", "нашому", "нашим", "нашій", "нашу", "наших"],
    "sv": ["min", "mitt", "mina", "vår", "vårt", "våra"],
    "nl": ["mijn", "onze", "ons"],
    "it": ["mio", "mia", "miei", "mie", "nostro", "nostra", "nostri", "nostre"],
}


def main():
    doc = {
        "version": "1",
        "description": "Session 40 (i16-nudify48): verbs of removal, erasure and retouching of the 26 languages' spaced scripts "
                       "(eraseVerbs; retouchVerbs, which remove only with a particle of 'away'), read by Rules/GarmentVanish.cs "
                       "forward to a garment that is their object; German/Dutch infinitives that close the clause (vanishWords) and "
                       "Persian/Hindi/Bengali removal verbs (verbFinalRemovals). Weak undressing: decides only with an input image. "
                       "Written by tools/nudify48/lexicon.py.",
        "sources": [{"source": "Written for GenScreen from general knowledge of the languages; no third-party list.",
                     "license": "MIT (this project)"}],
        "eraseVerbs": unique_words(ERASE),
        "retouchVerbs": unique_words(RETOUCH),
        "vanishWords": unique_words(VANISH_FINAL),
        "verbFinalRemovals": unique_words(VERB_FINAL),
        "relationNouns": unique_words(RELATIONS),
        "possessives": unique_words(POSSESSIVES),
    }
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "GenScreen.Core", "Prompts", "Lexicons", "Data",
                       "nudify48", "nudify48.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    write_lexicon(out, doc)


if __name__ == "__main__":
    main()
