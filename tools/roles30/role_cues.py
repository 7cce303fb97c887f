#!/usr/bin/env python3
"""Writes the i16-roles30 section of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv (session 26) and of
surroundings-cues.tsv: the user's own possessive as a word that singles out a role (read by Rules/OfficeHolders.cs), the
roles and relations the older rows lacked, and more covert and neighbour words (read by Rules/Surroundings.cs).

- `mine`: "my/our" written before the role (our, unsere, notre, nuestra, nasza, наша, bizim, हमारी, আমাদের, うちの, 我们, 우리);
  `mine-after`: written after it (μας, μου, שלנו, שלי, ของเรา, chúng tôi, kami, namin, ko). Within 20 characters of a role
  in its clause and at most one word between: an office is the user's own holder (singled out), a service role or relation a person of the user's life
  (level 2, as "my coworker"). Endings that write "my/our" into the role word (Turkish -ımız, Arabic -نا/-ي, Persian
  -مون/-م, Indonesian -ku) are read by OfficeHolders.IsPossessiveRest, not listed here.
- `nomine`: roles no possessive singles out: crowns and titles of play and endearment (my queen, mi princesa, 우리 왕자님).
- `role`/`town`/`relation`/`media`/`outlet`/`org`/`local`: offices (muhtar, ordförande, نائبة, ראש המועצה, βουλευτίνα),
  relations of the workplace and the wedding (cheffe, capoufficio, leidinggevende, kierowniczka, начальница, המפקדת,
  κουμπάρου, şef), broadcast roles and outlets (синоптик, утреннего эфира, обласному телеканалі, চ্যানেল আই).
- surroundings `covert`/`neighbour`: Hindi चोरी से, English "without her knowing", Bengali পাশের ফ্ল্যাটের, Thai ข้างห้อง.
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic
and Greek rows also without diacritics.
Run: python3 tools/roles30/role_cues.py   (rewrites its own sections through tools/lexicon-data/cue_sections.py; idempotent)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import cue_rows, write_section  # noqa: E402

MARKER = "# Branch i16-roles30 (session 26):"

ROWS = {
"mine": {
 "en": "our|my",
 "de": "unsere|unser|unseren|unserer|unserem|meine|mein|meinen|meiner|meinem",
 "fr": "notre|ma|mon|nos|mes",
 "es": "nuestra|nuestro|mi",
 "it": "nostra|nostro|mia|mio",
 "pt": "nossa|nosso|minha|meu",
 "nl": "onze|ons|mijn",
 "pl": "nasza|nasz|naszą|naszego|naszej|moja|mój|moją|mojego|mojej",
 "cs": "naše|náš|našeho|naší|moje|můj|mého|mojí",
 "sv": "vår|vårt|våran|min|mitt",
 "ru": "наша|наш|нашу|нашего|нашей|моя|мой|мою|моего|моей",
 "uk": "наша|наш|нашу|нашого|нашої|моя|мій|мою|мого|моєї",
 "tr": "bizim|benim",
 "hi": "हमारी|हमारे|हमारा|मेरी|मेरा|मेरे",
 "bn": "আমাদের|আমার",
 "ja": "うちの|私の|僕の|俺の|わたしの",
 "zh": "我们|我們|我的|咱们",
 "ko": "우리",
},
"mine-after": {
 "el": "μας|μου",
 "he": "שלנו|שלי",
 "th": "ของเรา|ของฉัน|ของผม|ของพวกเรา",
 "vi": "chúng tôi|của tôi|của mình|chúng ta|của chúng tôi",
 "id": "kami|kita|saya",
 "tl": "namin|natin|ko",
},
"nomine": {
 "en": "king|queen|prince|princess|emperor|empress|monarch|crown prince|crown princess",
 "de": "könig|königin|prinz|prinzessin|kaiser|kaiserin",
 "fr": "roi|reine|prince|princesse|empereur|impératrice",
 "es": "rey|reina|príncipe|princesa|emperador|emperatriz",
 "it": "re|regina|principe|principessa|imperatore|imperatrice",
 "pt": "rei|rainha|príncipe|princesa",
 "nl": "koning|koningin|prins|prinses",
 "pl": "król|królowa|książę|księżniczka",
 "sv": "kung|kungen|drottning|drottningen|prins|prinsessa|prinsessan",
 "ru": "король|королева|принц|принцесса|царь|царица",
 "uk": "король|королева|принц|принцеса",
 "tr": "kral|kraliçe|kralice|prens|prenses|imparator",
 "el": "βασιλιάς|βασίλισσα|πρίγκιπας|πριγκίπισσα|αυτοκράτορας",
 "he": "מלך|מלכה|מלכת|נסיך|נסיכה|נסיכת|קיסר|קיסרית",
 "ar": "ملك|ملكة|أمير|أميرة|إمبراطور|إمبراطورة",
 "fa": "پادشاه|ملکه|شاهزاده|امپراتور",
 "ja": "女王|王子|王女|姫|お姫様|王様",
 "zh": "女王|公主|王子|国王",
 "ko": "왕자|공주|여왕|왕",
},
"role": {
 "tr": "muhtar|muhtarı|vali",
 "ar": "نائب|نائبة",
 "fa": "نماینده",
 "he": "ראש המועצה|ראשת המועצה|ראש העירייה|ראשת העירייה",
 "el": "βουλευτίνα|βουλευτής|βουλευτή|δήμαρχός",
},
"town": {
 "sv": "ordförande|ordföranden",
 "tr": "muhtar",
},
"relation": {
 "en": "boss|manager|line manager|squad leader|supervisor",
 "de": "chefin|vorgesetzte|vorgesetzter|teamleiterin",
 "fr": "cheffe|cheffe d'équipe|patronne|supérieure",
 "es": "jefa|jefe|supervisora|padrino|padrino de boda|madrina",
 "it": "capoufficio|responsabile|testimone",
 "pt": "chefe|supervisora",
 "nl": "leidinggevende|bazin|teamleider",
 "pl": "kierowniczka|szefowa|przełożona",
 "cs": "vedoucí|šéfová|nadřízená",
 "sv": "chef|chefen|chefer",
 "ru": "начальница|начальник|руководительница|кум|кума|куму",
 "uk": "керівниця|начальниця|начальник|кум|кума|куму",
 "tr": "şef|sef|müdür|mudur",
 "el": "προϊσταμένη|προϊστάμενη|διευθύντρια|κουμπάρου|κουμπάρος|κουμπάρο",
 "he": "מפקדת|מפקד|סמלת|מנהלת|בוסית",
 "ar": "مدير|مديرة",
 "fa": "مدیر|رئیس|رییس",
 "hi": "बॉस",
 "bn": "বস",
 "id": "atasan|bos",
 "vi": "sếp",
 "th": "หัวหน้า",
 "ja": "上司",
 "zh": "上司|老板|女上司",
 "ko": "팀장|팀장님|부장|부장님|과장|과장님|시장님|구청장님",
},
"media": {
 "ru": "синоптик|синоптица|синоптикесса",
 "uk": "дикторка новин|синоптикиня|синоптик",
 "bn": "পাঠিকা|খবর পাঠিকা|আবহাওয়া সংবাদ পাঠিকা",
},
"outlet": {
 "ru": "утреннего эфира|утреннем эфире|вечернего эфира|вечернем эфире|на первом",
 "uk": "обласному телеканалі|обласного телеканалу|регіональному телеканалі|місцевому телеканалі|ранкового ефіру",
 "bn": "সকালের খবর",
},
"org": {
 "bn": "চ্যানেল আই|একুশে টিভি|এটিএন বাংলা|এনটিভি|সময় টিভি",
 "hi": "एनडीटीवी|ज़ी न्यूज़|जी न्यूज",
},
"kin": {
 "fa": "زن",
},
"local": {
 "ar": "دائرتنا|دائرتي",
 "el": "περιφέρειάς μας|περιφέρειάς μου|περιφέρειας μας",
},
}

SURROUNDINGS = {
"covert": {
 "en": "without her knowing|without his knowing|without her knowledge",
 "hi": "चोरी से|चोरी-छिपे|चोरी चोरी",
 "bn": "লুকিয়ে তোলা|জানলা দিয়ে",
},
"neighbour": {
 "th": "ข้างห้อง|ห้องข้างๆ|ห้องตรงข้าม",
 "bn": "পাশের ফ্ল্যাটের|পাশের বাসার|উপরতলার|উপরের ফ্ল্যাটের|পাশের ফ্ল্যাট",
 "hi": "सामने वाले फ्लैट|पड़ोस वाली",
},
}

def main():
    data = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data")
    comment = [MARKER + " the user's possessive before (mine) or after (mine-after) a role, roles no possessive singles",
               "# out (nomine: my queen), and offices, relations, broadcast roles and outlets the older rows lacked. Written by",
               "# tools/roles30/role_cues.py for GenScreen from general knowledge of each language (MIT, this project)."]
    print(write_section(os.path.join(data, "office-cues.tsv"), MARKER, comment, cue_rows(tuple(ROWS.items()), lower=True)), "office rows")
    comment = [MARKER + " Hindi चोरी से (stealthily), Bengali flats next door. Written by tools/roles30/role_cues.py",
               "# for GenScreen (MIT, this project)."]
    print(write_section(os.path.join(data, "surroundings-cues.tsv"), MARKER, comment, cue_rows(tuple(SURROUNDINGS.items()), lower=True)), "surroundings rows")

if __name__ == "__main__":
    main()
