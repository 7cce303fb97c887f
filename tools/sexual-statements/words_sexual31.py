# Word classes of session 27 (i16-sexual31), read by Rules/SexualStatements.cs:
#   genre     an explicit or erotic genre word: explicit, explizit, explicite, explícito, эротика, ארוטיקה, 露骨, 노골적
#             (new kind): the context, beside a couple, that makes a sex word with an innocent sense sexual: a named position
#             (levrette, reverse cowgirl), a coupling word, an act word said alone (69, trío, pipe, broche), a position said
#             alone (a cuatro patas). Alone a genre word reads nothing (erotic literature, explicit lyrics).
# Added to earlier kinds:
#   named     positions named by slang that no row held: reverse cowgirl in each language, levrette alone, doggy spellings
#   innuendo  (new kind) oral and group words whose innocent sense is common (pipe: a smoking pipe; broche: a brooch; trio:
#             music; boquete: a gap): explicit only with a genre word anywhere in the prompt, not with a couple or a bed
#   coupling  idioms of doing it (treibt es), caressing (애무), anal slang (chơi cửa sau: the back door): with a couple
#   couple    a partner said with a possessive (her boyfriend, τον σύντροφό της, בן זוגה) and mixed pairs (남녀)
#   bra       lingerie pieces in their inflected forms: stockings, hold-ups, garters, bodysuits, nightgowns, latex catsuits
#   allure    boudoir in the other scripts, fetish shoots, Hindi and Bengali मादक / মাদক (intoxicating)
#   bare      上空 (topless, also "the sky above": read only with a body word in the clause), hands covering the breasts
#   wrap/slip the saree's pallu (पल्लू, আঁচল) as a wrap, dropping it (गिराते, খসে পড়ছে) as slipping: nudity, as a towel slipping off is
#   thing     playing an instrument, smoking: a trumpet played (suona la tromba) or a pipe smoked (fume la pipe) is a thing, the guard
#   position  bent over a table (наклонилась над); body: 巨乳 (big breasts) for the bare 上空
#   plain     French trente, trentaine (thirty): the Turkish stem tren* (a train, a thing that guards) read it
# Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list.
W = {
"en": {
 "genre": "explicit|erotica|xxx|porn|porno|nsfw|hardcore porn|fetish|fetish photography|fetish shoot",
 "named": "reverse cowgirl|doggystyle",
 "pair-act": "blowie",
 "couple": "her boyfriend|his girlfriend|her husband|his wife|her lover|her man",
 "bra": "garter belt|garter belts|suspender belt|hold ups|hold-ups|lace bra|latex catsuit|pvc catsuit|lace bodysuit|lace teddy",
 "allure": "fetish|fetish photography|fetish shoot",
 "plain": "pipe organ|water pipe|smoking a pipe|smokes a pipe|smoking pipe|tobacco pipe|pipe smoker",
},
"de": {
 "genre": "explizit|explizite|expliziter|erotik|porno|hardcore",
 "named": "reverse cowgirl|doggy-stellung|doggystellung|hündchenstellung",
 "coupling": "treibt es|treiben es|trieben es|treibt's|trieb es",
 "couple": "ihrem freund|ihren freund|ihrem mann|ihren mann|seiner freundin",
 "bra": "strapsen|straps|strapse|spitzen-bh|spitzen bh|latexanzug|latex-catsuit",
 "allure": "fetisch|fetisch-fotografie|fetischfoto*|fetisch-shooting",
 "plain": "treibt es zu weit|treibt es bunt|treibt es ins|treibt es hinaus|treibt es nach",
},
"fr": {
 "genre": "explicite|explicites|érotique|porno|fétiche|fétichiste",
 "named": "levrette|en levrette|cowgirl inversée|amazone inversée",
 "innuendo": "pipe|trio",
 "couple": "son mec|son copain|son mari|son amant|sa copine",
 "bra": "bas de soie|bas en soie|porte-jarretelles|porte jarretelles|soutien-gorge en dentelle|combinaison en latex|nuisette",
 "allure": "fétiche|fétichiste|photo fétiche",
 "thing": "fume|fument|fumer|fumant|fumait",
 "plain": "pipe en bois|pipe à eau|pipe de bruyère|nid de pipe|la levrette afghane|une levrette afghane|trente|trentaine|trentenaire|trentenaires",
},
"es": {
 "genre": "explícito|explícita|erótico|erótica|porno|xxx",
 "named": "vaquera invertida|vaquera inversa|de perrito",
 "innuendo": "trío|trio",
 "couple": "su novio|su novia|su marido|su esposo|su amante",
 "bra": "medias con liguero|medias de seda|liguero|ligueros|sujetador de encaje|mono de látex|body de encaje",
 "allure": "fetiche|fetichista|fotografía fetiche",
 "plain": "trío de boleros|trío de jazz|trío musical|trío de música",
},
"it": {
 "genre": "esplicito|esplicita|erotico|erotica|porno",
 "named": "cowgirl inversa|amazzone inversa|alla pecorina",
 "innuendo": "trio",
 "couple": "il suo ragazzo|suo marito|il suo fidanzato|la sua ragazza",
 "bra": "autoreggenti|calze autoreggenti|reggicalze|giarrettiera|giarrettiere|reggiseno di pizzo|tuta in latex|body di pizzo|guêpière|sottoveste",
 "allure": "feticcio|fetish|foto fetish",
 "plain": "trio jazz|trio d'archi|trio musicale|trio comico|trio jazz con|su un|su una|su uno|su di",
 "thing": "suona|suonano|suonare|suonando|suonava|suonatori",
},
"pt": {
 "genre": "explícito|explícita|erótico|erótica|pornô|porno",
 "named": "fica de quatro|ficar de quatro|cowgirl invertida|cavalgada invertida",
 "innuendo": "broche|boquete|ménage|trio",
 "couple": "ao namorado|o namorado|seu namorado|o marido|seu marido",
 "bra": "cinta-liga|cinta liga|meias de liga|sutiã de renda|macacão de látex",
 "allure": "fetiche|ensaio fetiche",
 "plain": "broche de|um broche de|broche na lapela|broche dourado|broche de prata|boquete na parede|boquete no muro",
},
"nl": {
 "genre": "expliciet|expliciete|erotiek|porno",
 "named": "omgekeerde cowgirl|doggystyle|op z'n hondjes",
 "couple": "haar vriend|haar man|zijn vriendin",
 "bra": "kousen|jarretellegordel|jarretelles|kanten bh|latex catsuit|lakpak",
 "allure": "fetisj|fetisjfoto*",
},
"sv": {
 "genre": "explicit|explicita|erotik|porr",
 "named": "omvänd cowgirl|doggy",
 "couple": "sin pojkvän|sin man|sin flickvän",
 "bra": "strumpor|strumpebandshållare|strumpeband|spetsbh|latexdräkt",
 "allure": "fetisch|fetischfoto*",
},
"pl": {
 "genre": "erotyka|erotyczny|erotyczna|erotyczne|porno|ostre porno",
 "named": "odwrócona kowbojka|odwróconej kowbojki|na pieska|od tyłu na pieska",
 "pair-act": "obciąga|obciągała",
 "couple": "partnera|swojego chłopaka|swojemu chłopakowi|swojego męża|swojemu mężowi",
 "bra": "pończochy|pończochach|pończoszkach|pas do pończoch|koronkowym staniku|koronkowy stanik|lateksowym kombinezonie|lateksowy kombinezon",
 "allure": "fetysz|fetyszowa|fetyszowej|sesja buduarowa|buduarowa|buduarowej",
},
"cs": {
 "genre": "explicitní|erotika|erotický|erotická|porno",
 "named": "obrácená kovbojka|obrácené kovbojky|na pejska",
 "couple": "svému příteli|svém příteli|svému manželovi|svém manželovi|jejím příteli",
 "bra": "punčochy|punčochách|podvazky|podvazkový pás|krajková podprsenka|krajkové podprsence|latexovém overalu|latexový overal",
 "allure": "fetiš|fetišistická|fetiš focení",
},
"ru": {
 "genre": "откровенно|откровенный|откровенная|эротика|порно",
 "named": "обратная наездница|обратной наездницы|раком|по-собачьи",
 "couple": "своём парне|своего парня|мужу|своему мужу|своём муже",
 "bra": "чулках|чулками|чулки|чулки на поясе|поясе для чулок|кружевном бюстгальтере|латексном комбинезоне|пеньюаре|пеньюар",
 "position": "наклонилась над|наклонившись над|нагнулась над",
 "allure": "фетиш|фетиш-фотосессия|фетиш фотосессия|будуарная|будуарной|будуарная съёмка|будуар",
},
"uk": {
 "genre": "відверто|відвертий|відверта|еротика|еротичний|еротична|порно",
 "named": "зворотна наїзниця|зворотної наїзниці|рачки",
 "couple": "своєму хлопці|свого хлопця|своєму чоловікові|свого чоловіка",
 "bra": "панчохах|панчохами|панчохи|поясом для панчіх|мереживному бюстгальтері|латексному комбінезоні|пеньюарі",
 "position": "нахилилась над|нахилившись над|нагнулась над",
 "allure": "фетиш|фетиш-фотосесія|фетиш фотосесія|будуарна|будуарній|будуар",
},
"tr": {
 "genre": "açık seçik|erotik|porno",
 "named": "ters kovboy|ters kovboy pozisyonu|doggy stil|köpek pozisyonu",
 "couple": "sevgilisinin|sevgilisini|kocasının|kocasını",
 "bra": "jartiyer|jartiyerle|jartiyerli|jartiyerli çoraplar|jartiyerli çoraplarla|file çorap|file çoraplı|dantel sütyen|dantelli sütyen|lateks tulum",
 "allure": "fetiş çekim|fetiş fotoğraf|boudoir çekim|baştan çıkarıcı poz|baştan çıkarıcı bakış",
},
"el": {
 "genre": "ρητό|ρητή|ερωτικό|ερωτική|πορνό",
 "named": "ανάποδη αμαζόνα|ανάποδη καβαλαρία|σκυλάκι",
 "couple": "τον σύντροφό της|τον σύντροφο της|σύντροφό της|τον άντρα της|τον φίλο της",
 "bra": "ζαρτιέρες|ζαρτιέρα|δαντελωτό σουτιέν|κάλτσες δικτυωτές|ολόσωμο λάτεξ",
 "allure": "φετίχ|μπουντουάρ|φωτογράφιση μπουντουάρ|σαγηνευτική πόζα",
},
"he": {
 "genre": "ארוטיקה|ארוטי|ארוטית|מפורש|פורנו",
 "named": "רוכבת הפוכה|בוקרת הפוכה|דוגי|פוזיציית דוגי|תנוחת דוגי|תנוחת הכלבלב",
 "couple": "בן זוגה|בת זוגו|בני זוג|זוג בוגרים|החבר שלה",
 "bra": "גרבי ניילון|גרבי רשת|בגד גוף שקוף|בגד גוף מתחרה|בגד גוף תחרה|חזיית תחרה|ביריות|חליפת לטקס",
 "allure": "בודואר|צילום בודואר|פטיש|צילום פטיש|תנוחה מפתה",
},
"ar": {
 "genre": "صريح|صريحة|إباحي|إباحية|ايروتيك",
 "named": "راعية البقر المعكوسة|وضعية الكلب",
 "couple": "عشيقها|زوجها|صديقها",
 "bra": "قميص نوم ستان|قميص نوم حريري|جوارب شبكية|حمالة صدر دانتيل|حزام جوارب|بدلة لاتكس|لانجري",
 "allure": "بودوار|تصوير بودوار|فتيش|وضعية مغرية|مغرية",
},
"fa": {
 "genre": "صریح|اروتیک|پورن",
 "named": "کابوی برعکس|حالت سگی",
 "couple": "دوست پسرش|شوهرش",
 "bra": "جوراب توری|سوتین|سوتین توری|بند جوراب|لباس لاتکس",
 "allure": "بودوار|عکاسی بودوار|فتیش|عکاسی فتیش|ژست اغواگر",
},
"hi": {
 "genre": "अश्लील|पोर्न|इरॉटिक",
 "named": "घोड़ी बनाकर|घोड़ी बना कर|घोड़ी बना के|डॉगी स्टाइल|रिवर्स काउगर्ल",
 "bra": "ब्रा|काली ब्रा|जालीदार ब्रा|पैंटी|स्टॉकिंग्स",
 "allure": "मादक|मादक पोज़|मादक पोज|फेटिश",
 "wrap": "पल्लू",
 "slip": "गिराते हुए|गिराते|सरकता|सरक रहा|सरक रही",
},
"bn": {
 "genre": "অশ্লীল|পর্ন|ইরোটিক",
 "named": "ডগি স্টাইল|ডগি স্টাইলে|রিভার্স কাউগার্ল",
 "bra": "ব্রা|লেসের ব্রা|কালো লেসের ব্রা|প্যান্টি|প্যান্টিতে|স্টকিংস",
 "allure": "মাদক চাহনি|মাদক পোজ|কামুক পোজ|ফেটিশ",
 "wrap": "আঁচল",
 "slip": "খসে পড়ছে|খসে পড়া|খসে যাচ্ছে",
},
"th": {
 "genre": "อีโรติก|ลามก|โป๊เปลือย",
 "named": "ท่าหมา|ท่าด็อกกี้|ท่าขย่มหันหลัง",
 "coupling": "เล่นประตูหลัง|เอาประตูหลัง|เย็ดตูด",
 "bra": "ถุงน่องตาข่าย|สายรัดถุงน่อง|บราลูกไม้|ชุดลาเท็กซ์",
 "allure": "เฟทิช|ภาพเฟทิช|บูดัวร์",
},
"vi": {
 "genre": "khiêu dâm|dâm dục|cảnh nóng",
 "named": "tư thế doggy|cưỡi ngựa ngược|tư thế chó",
 "coupling": "chơi cửa sau|chơi lỗ hậu|chơi đường sau|qua đường hậu môn|quan hệ qua đường hậu môn",
 "bra": "tất lưới|áo ngực ren|quần lót ren|đai tất|bộ đồ latex",
 "allure": "fetish|ảnh fetish|boudoir|ảnh boudoir",
},
"id": {
 "genre": "eksplisit|erotis|porno|bokep",
 "named": "gaya doggy|doggy style|gaya anjing",
 "coupling": "main lewat belakang|lewat belakang|main belakang",
 "bra": "stoking jaring|bra renda|celana dalam renda|baju tidur tipis",
 "allure": "fetis|foto fetis",
},
"tl": {
 "genre": "eksplisito|bastos|malaswa",
 "named": "doggy style|patalikod",
 "bra": "medyas na lambat|bra na lace|panty na lace",
},
"ja": {
 "genre": "露骨|アダルト|エロ|官能",
 "named": "背面騎乗位|立ちバック|バック体位|後背位|バックで",
 "bra": "ガーター|ガーターベルト|ガーターストッキング|網タイツ|レースのブラ|ラテックスのキャットスーツ|ベビードール",
 "allure": "ブドワール|フェチ|フェチ写真",
 "bare": "手ブラ|手で胸を隠",
 "body": "巨乳|爆乳",
},
"zh": {
 "genre": "露骨|色情|情色|成人向",
 "named": "后入|后入式|背后位|反向女上位|狗爬式",
 "bra": "吊带袜|黑丝袜|网袜|蕾丝文胸|乳胶衣|情趣睡衣",
 "allure": "恋物|恋物癖|恋足|风骚|风骚眼神",
 "bare": "上空|用手遮住胸|手遮胸",
 "body": "巨乳|爆乳",
 "restraint": "男奴|女奴|性奴",
 "dominant": "女王调教|调教",
 "thing": "训犬|犬",
},
"ko": {
 "genre": "노골적|성인 화보|성인화보|에로",
 "named": "뒤치기|후배위|여성상위|역기승위",
 "coupling": "애무|애무하는|애무를",
 "couple": "남녀|30대 남녀|커플이",
 "bra": "가터벨트|망사 스타킹|레이스 브라|라텍스 수트",
 "allure": "부두아르|페티시|페티시 화보",
 "bare": "손으로 가리|손으로 가린|손브라",
},
}

# Arabic and Hebrew write "with" and "and" as a one-letter prefix (بحمالة صدر, וגרבי רשת): the table strips it from a word
# read alone, not from the first word of a phrase, so the lingerie phrases are listed with it too.
for _lang, _prefixes in (("ar", "بو"), ("he", "בו")):
    _bra = W[_lang]["bra"].split("|")
    W[_lang]["bra"] = "|".join(_bra + [p + w for w in _bra if " " in w for p in _prefixes])

# A fetish shoot is a genre word too (beside one lingerie piece and a seductive word, the fetish picture `strict` blocks):
# the allure words above that name a fetish are copied to genre.
FETISH = ("fetish", "fetisch", "fétich", "fetich", "feticc", "fetisj", "fetysz", "fetiš", "фетиш", "φετίχ", "פטיש", "فتيش",
          "فتیش", "फेटिश", "ফেটিশ", "เฟทิช", "fetis", "フェチ", "恋物", "페티시")
for _lang, _kinds in W.items():
    _fetish = [w for w in _kinds.get("allure", "").split("|") if any(f in w for f in FETISH)]
    if _fetish:
        _kinds["genre"] = "|".join(filter(None, [_kinds.get("genre", "")] + _fetish))
