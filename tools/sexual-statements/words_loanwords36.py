# Word classes of session 30 (i16-loanwords36), read by Rules/SexualStatements.cs:
#   number-act (new kind; also pair-act) 69 as a number or its number words (sixty-nine, sessantanove, devětašedesátka,
#             шестьдесят девять): with a couple or partners in its clause, explicit (a 69 between a man and a woman, a married
#             couple doing a sessantanove); alone it stays the pair-act it was (a room, a bus, a year)
#   couple    a man and a woman said as partners (un homme et une femme, ein Mann und eine Frau, мужчина и женщина, 男と女)
#   (stage 2 tried German dative partners of an oral verb, "bläst einem Fan", and dropped them: "der Wind bläst einem Mann den
#   Hut vom Kopf" and "bläst dem Nachbarn die Kerzen aus", fresh2.jsonl's look-alikes, read as acts)
#   tag-act   (stage 2) anal as an adverb (analt, analnie, análně, анально)
#   plain     numbered things (room 69, bus 69, route 69, number 69): the 69 is the thing's number
# Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list.
W = {
"en": {"tag-act": "anally", "number-act": "69|sixty nine|sixty-nine", "couple": "a man and a woman|man and woman|a woman and a man",
       "plain": "room 69|route 69|bus 69|number 69|no 69|no. 69|jersey 69|line 69|highway 69|apartment 69|page 69|gate 69"},
"de": {"number-act": "69|neunundsechzig|69er", "couple": "ein mann und eine frau|mann und frau|eine frau und ein mann", "tag-act": "analverkehr",
       "plain": "zimmer 69|bus 69|linie 69|nummer 69|nr 69|route 69|haus 69|seite 69"},
"fr": {"number-act": "69|soixante neuf|soixante-neuf", "couple": "un homme et une femme|une femme et un homme|homme et femme",
       "plain": "chambre 69|bus 69|ligne 69|numéro 69|route 69|page 69"},
"es": {"number-act": "69|sesenta y nueve|sesentainueve", "couple": "un hombre y una mujer|una mujer y un hombre|hombre y mujer",
       "plain": "habitación 69|autobús 69|línea 69|número 69|ruta 69|página 69"},
"it": {"number-act": "69|sessantanove", "couple": "un uomo e una donna|una donna e un uomo|uomo e donna",
       "plain": "stanza 69|camera 69|autobus 69|linea 69|numero 69|via roma 69|pagina 69"},
"pt": {"number-act": "69|sessenta e nove|meia nove", "couple": "um homem e uma mulher|uma mulher e um homem|homem e mulher",
       "plain": "quarto 69|ônibus 69|autocarro 69|linha 69|número 69|camisa 69|página 69"},
"nl": {"number-act": "69|negenenzestig", "couple": "een man en een vrouw|man en vrouw",
       "plain": "kamer 69|bus 69|lijn 69|nummer 69|pagina 69"},
"pl": {"tag-act": "analnie", "number-act": "69|sześćdziesiąt dziewięć|sześćdziesiątkę dziewiątkę", "couple": "mężczyzna i kobieta|kobieta i mężczyzna",
       "plain": "pokój 69|autobus 69|linia 69|numer 69|strona 69"},
"cs": {"tag-act": "análně|anální sex", "number-act": "69|šedesát devět|devětašedesátka|devětašedesátku|devětašedesátce|devětašedesátky|šedesátdevítka|šedesátdevítku",
       "couple": "muž a žena|žena a muž", "plain": "pokoj 69|autobus 69|linka 69|číslo 69|strana 69"},
"sv": {"number-act": "69|sextionio|69:a|69:an", "tag-act": "analt", "couple": "en man och en kvinna|man och kvinna",
       "plain": "rum 69|buss 69|linje 69|nummer 69|sida 69"},
"ru": {"tag-act": "анально", "number-act": "69|шестьдесят девять", "couple": "мужчина и женщина|женщина и мужчина",
       "plain": "номер 69|комната 69|автобус 69|маршрут 69|страница 69"},
"uk": {"tag-act": "анально", "number-act": "69|шістдесят дев'ять", "couple": "чоловік і жінка|жінка і чоловік",
       "plain": "номер 69|кімната 69|автобус 69|маршрут 69|сторінка 69"},
"tr": {"number-act": "69|altmış dokuz", "couple": "bir erkek ve bir kadın|kadın ve erkek|erkek ve kadın",
       "plain": "oda 69|69 numaralı|hat 69|sayfa 69"},
"el": {"number-act": "69|εξήντα εννιά", "couple": "ένας άντρας και μια γυναίκα|άντρας και γυναίκα",
       "plain": "δωμάτιο 69|λεωφορείο 69|σελίδα 69"},
"he": {"number-act": "69|שישים ותשע", "couple": "גבר ואישה|איש ואישה", "plain": "חדר 69|קו 69|אוטובוס 69|עמוד 69"},
"ar": {"number-act": "69|تسعة وستين|تسعة وستون", "couple": "رجل وامرأة|امرأة ورجل", "plain": "غرفة 69|حافلة 69|خط 69|صفحة 69"},
"fa": {"number-act": "69|۶۹|شصت و نه", "couple": "یک مرد و یک زن|مرد و زن", "plain": "اتاق 69|اتوبوس 69|خط 69|صفحه 69"},
"hi": {"number-act": "69|उनहत्तर", "couple": "एक आदमी और एक औरत|आदमी और औरत|पुरुष और महिला", "plain": "कमरा 69|बस 69|पेज 69"},
"bn": {"number-act": "69|৬৯|উনসত্তর", "couple": "একজন পুরুষ ও একজন নারী|পুরুষ ও নারী", "plain": "রুম 69|বাস 69|পাতা 69"},
"id": {"number-act": "69|enam sembilan", "couple": "seorang pria dan seorang wanita|pria dan wanita",
       "plain": "kamar 69|bus 69|nomor 69|halaman 69"},
"tl": {"number-act": "69|nag 69|nagsi 69|mag 69", "couple": "isang lalaki at isang babae|lalaki at babae",
       "plain": "kwarto 69|bus 69|numero 69|pahina 69"},
"vi": {"number-act": "69", "couple": "một người đàn ông và một người phụ nữ|đàn ông và phụ nữ",
       "plain": "phòng 69|xe buýt 69|số 69|trang 69"},
}
