"""Rows of child-statements.tsv added in session 45 (i16-minors53), imported by build.py after words_minors52.py: the customs and
school things of early childhood, written as classes per culture and language (concept x language), each culture's own rites
named in its own language and where its neighbours write them, not as the phrases any batch held:
- FIRST DAY (thing): the first day at kindergarten, nursery or first grade and the ceremonies that open school life (Einschulung,
  pasowanie na ucznia, جشن شکوفه‌ها, 入園式, 유치원 첫날). Left out where the same name opens a university year too: 入学式, 입학식,
  开学典礼, ngày khai giảng, rentrée des classes, primer día de clases, primeiro dia de aula, первый звонок;
- RITES (thing): the rites of infancy and early childhood of each culture (お宮参り, お食い初め, 一升餅, 돌잔치, 백일잔치, 百日宴,
  thôi nôi, โกนผมไฟ, नामकरण, विद्यारंभ, חלאקה, السبوع, العقيقة, a child's first fast, القرقيعان, دندونی, diş buğdayı, sünnet düğünü,
  tedak siten, first communion in each Catholic language, the kindergarten's shows: утренник, ранок у садочку, jasełka, besídka,
  Krippenspiel, nativity play, お遊戯会, 재롱잔치, the kindergarten graduation). Left out as adults' too: a bare baptism (guests),
  bar mitzvah (guests), carols, lantern festivals, a school sports day;
- KINDERGARTEN GEAR (thing): the bags, smocks and uniforms of the youngest (kindergarten backpack, 通園バッグ, 유치원 가방, the
  Spanish babi, the Turkish önlük ve yaka, a satchel bigger than its wearer). Left out: name tags (adults wear them), bare
  backpacks and lunchboxes.
- PORTUGUESE DEFINITE KIN (parent, kin): the Portuguese definite article with a parent or grandparent (a mãe, o pai, a vovó, o
  avô), generated as article x kin word by gender. The article "a" is also the English indefinite (an article row), so "a mãe"
  was read as "a mother", the one described, and a later clause's "a mãe esperando no portão" stayed an adult marker of a child
  described before it; as a kin row it is the subject's carer, as "la mamma" and "su mamá" are (session 42). Portuguese puts the
  third person's possessive after its noun (a comida dela, o casaco dele): written as possessive rows, a kin row heading the
  prompt that cuts "a comida dela" does it for another (DoneForAnother), as "su comida" did.
Each thing row is one thing hint (ChildDetails): alone it is nothing, beside a prompt that names nobody or a second hint it is youth, and
in a clause with an adult word (a teacher at the wai khru, parents at a first communion) it is read as hers.
Written for GenScreen from general knowledge of the languages and customs (MIT, this project); no third-party list."""

ROWS = []


def add(kind, lang, *texts):
    for t in texts:
        ROWS.append((kind, lang, t.replace("-", " ")))


FIRST_DAY = {
 "en": ["first day of kindergarten", "first day of preschool", "first day at nursery", "first day at preschool", "first day of school",
        "first day of reception", "first day of first grade", "first day at kindergarten"],
 "de": ["erster schultag", "ersten schultag", "erster kindergartentag", "ersten kindergartentag", "einschulung", "einschulungsfeier",
        "erster tag in der kita", "ersten tag in der kita", "erster tag im kindergarten", "ersten tag im kindergarten"],
 "fr": ["premier jour d'école", "premier jour de maternelle", "premier jour à la maternelle", "rentrée en maternelle", "rentrée en cp",
        "premier jour à la crèche", "rentrée en petite section"],
 "es": ["primer día de cole", "primer día de colegio", "primer día de escuela", "primer día de kinder", "primer día en el kinder",
        "primer día en la guardería", "primer día de guardería", "primer día de preescolar"],
 "it": ["primo giorno di scuola", "primo giorno d'asilo", "primo giorno all'asilo", "primo giorno di materna", "primo giorno al nido",
        "primo giorno di prima elementare"],
 "pt": ["primeiro dia na creche", "primeiro dia na escolinha", "primeiro dia de escola", "primeiro dia no jardim de infância",
        "primeiro dia na pré escola", "primeiro dia no infantário"],
 "nl": ["eerste schooldag", "eerste dag op school", "eerste dag in groep 1", "eerste dag op de crèche", "eerste dag naar de opvang",
        "eerste dag op de kinderopvang"],
 "pl": ["pierwszy dzień w przedszkolu", "pierwszy dzień w szkole", "pierwszego dnia w przedszkolu", "pierwszego dnia w szkole",
        "pasowanie na ucznia", "pasowanie na przedszkolaka", "pasowaniu na ucznia", "pasowaniu na przedszkolaka", "pierwszy dzień w żłobku"],
 "cs": ["první den ve školce", "první den ve škole", "prvního dne ve škole", "prvním dnem ve školce", "zápis do první třídy",
        "první školní den", "pasování na prvňáčky", "pasování na školáky"],
 "sv": ["första skoldagen", "första dagen på förskolan", "första dagen i skolan", "inskolning på förskolan", "inskolningen på förskolan"],
 "ru": ["первый день в садике", "первый день в детском саду", "первый раз в первый класс", "на линейке первого сентября",
        "первый день в школе", "первый день в яслях"],
 "uk": ["перший день у садочку", "перший день в садочку", "перший день у школі", "перший день в школі", "вперше до першого класу",
        "на лінійці першого вересня", "перший день у дитсадку"],
 "tr": ["okulun ilk günü", "okulda ilk gün", "okulda ilk günü", "kreşte ilk gün", "kreşte ilk günü", "anaokulunda ilk gün",
        "anaokulunda ilk günü", "okula ilk gün", "okula başladığı ilk gün", "ilk okul günü"],
 "el": ["πρώτη μέρα στο σχολείο", "πρώτη μέρα στον παιδικό σταθμό", "πρώτη μέρα στο νηπιαγωγείο", "πρώτη μέρα στην πρώτη δημοτικού"],
 "he": ["יום ראשון בגן", "היום הראשון בגן", "היום הראשון בכיתה א", "יום ראשון בכיתה א", "היום הראשון בבית הספר",
        "יום ראשון בבית הספר", "היום הראשון במעון"],
 "ar": ["أول يوم في المدرسة", "أول يوم في الروضة", "أول يوم في الحضانة", "اليوم الأول في المدرسة", "اليوم الأول في الروضة",
        "أول يوم بالمدرسة", "أول يوم بالروضة", "أول يوم مدرسة", "باب الروضة"],
 "fa": ["روز اول مدرسه", "اولین روز مدرسه", "روز اول مهدکودک", "اولین روز مهدکودک", "جشن شکوفه‌ها", "جشن شکوفه ها", "کلاس اولی",
        "روز اول کلاس اول", "اولین روز کلاس اول"],
 "hi": ["स्कूल का पहला दिन", "स्कूल में पहला दिन", "प्ले स्कूल का पहला दिन", "नर्सरी का पहला दिन", "स्कूल के पहले दिन"],
 "bn": ["স্কুলের প্রথম দিন", "স্কুলে প্রথম দিন", "স্কুলে প্রথম দিনে", "স্কুলের প্রথম দিনে"],
 "th": ["วันแรกของการไปโรงเรียน", "ไปโรงเรียนวันแรก", "โรงเรียนวันแรก", "วันแรกที่อนุบาล", "ไปอนุบาลวันแรก", "วันแรกที่ไปโรงเรียน"],
 "vi": ["ngày đầu tiên đi học", "ngày đầu đi học", "ngày đầu tiên đến lớp", "ngày đầu đi mẫu giáo", "ngày đầu tiên vào lớp một",
        "ngày đầu tiên đi nhà trẻ", "ngày đầu vào lớp một"],
 "id": ["hari pertama sekolah", "hari pertama masuk sekolah", "hari pertama masuk tk", "hari pertama di tk", "hari pertama masuk sd",
        "hari pertama di paud"],
 "tl": ["unang araw sa eskwela", "unang araw sa paaralan", "unang araw sa kinder", "unang araw sa day care"],
 "ja": ["入園式", "初登園", "登園初日", "初めての幼稚園", "初めての保育園", "幼稚園の初日", "保育園の初日", "小学校の入学式"],
 "zh": ["第一天上幼儿园", "入园第一天", "上学第一天", "第一天上学", "幼儿园第一天", "上小学第一天"],
 "ko": ["유치원 첫날", "어린이집 첫날", "초등학교 입학식", "첫 등원", "유치원 입학식"],
}

RITES = {
 "en": ["nativity play", "school nativity", "christening gown", "first holy communion", "preschool graduation", "kindergarten graduation",
        "pre k graduation", "smash cake", "cake smash", "first birthday cake"],
 "de": ["krippenspiel", "kita fest", "kitafest", "sommerfest der kita", "erstkommunion", "zur erstkommunion", "kommunionkleid",
        "kommunionkerze", "kindergartenfest", "abschlussfest im kindergarten"],
 "fr": ["première communion", "aube de communion", "kermesse de l'école", "spectacle de fin d'année de la maternelle",
        "spectacle de l'école maternelle", "couronne d'anniversaire"],
 "es": ["traje de comunión", "vestido de comunión", "traje de primera comunión", "vestido de primera comunión", "función de navidad del cole",
        "festival del kinder", "graduación del kinder", "festival de fin de curso del cole"],
 "it": ["prima comunione", "vestito della prima comunione", "abito della prima comunione", "recita dell'asilo", "recita di natale dell'asilo",
        "saggio di fine anno dell'asilo", "festa dei remigini", "remigini"],
 "pt": ["primeira comunhão", "festa junina da escola", "festa junina da creche", "festa junina da escolinha", "apresentação da escolinha",
        "formatura do abc", "formatura da educação infantil", "formatura do prezinho"],
 "nl": ["eerste communie", "communiejurk", "kleuterfeest", "trakteren in de klas", "trakteert in de klas", "verjaardagskroon", "kleutermusical"],
 "pl": ["pierwsza komunia", "pierwszej komunii", "do pierwszej komunii", "w stroju komunijnym", "albie komunijnej", "alba komunijna",
        "jasełka w przedszkolu", "jasełkach w przedszkolu", "dzień przedszkolaka", "bal przebierańców w przedszkolu", "bal karnawałowy w przedszkolu",
        "balu karnawałowym w przedszkolu"],
 "cs": ["vítání občánků", "první svaté přijímání", "besídka ve školce", "besídce ve školce", "na besídce", "karneval ve školce"],
 "sv": ["luciatåg på förskolan", "lucia på förskolan", "avslutning på förskolan", "förskoleklassens avslutning"],
 "ru": ["на утреннике", "утренник в детском саду", "утреннике в детском саду", "выпускной в детском саду", "выпускной в садике",
        "выпускном в садике", "утреннике в садике"],
 "uk": ["ранок у садочку", "на ранку в садочку", "ранку в садочку", "випускний у садочку", "випускному в садочку", "свято осені в садочку",
        "ранок у дитсадку"],
 "tr": ["diş buğdayı", "diş hediği", "sünnet düğünü", "sünnet kıyafeti", "sünnet kıyafetiyle", "sünnet yatağı", "sünnet yatağında",
        "23 nisan gösterisi", "karne günü", "anaokulu gösterisi", "anaokulu mezuniyeti"],
 "el": ["λαμπάδα της νονάς", "λαμπάδα από τη νονά", "γιορτή του νηπιαγωγείου", "γιορτή στο νηπιαγωγείο", "σχολική γιορτή του νηπιαγωγείου"],
 "he": ["חלאקה", "אפשערן", "תספורת ראשונה", "תספורת החלאקה", "מסיבת סוף שנה בגן", "מסיבת חנוכה בגן", "מסיבת סיום בגן", "חגיגת סידור"],
 "ar": ["السبوع", "حفلة السبوع", "العقيقة", "أول صيام", "أول يوم صيام", "صيام نص نهار", "صيام نصف نهار", "صيام العصفور", "صيام العصافير",
        "ختم جزء عم", "ختم جزء عمّ", "يحفظ جزء عم", "تحفظ جزء عم", "القرقيعان", "القرنقعوه", "حق الليلة", "حفلة تخرج الروضة",
        "تخرج من الروضة", "في الكتّاب", "في الكُتّاب", "عند الشيخ في الكتاب", "قصار السور"],
 "fa": ["دندونی", "جشن دندونی", "جشن دندانی", "آش دندونی", "جشن الفبا", "جشن قرآن کلاس اول", "جشن پایان مهدکودک"],
 "hi": ["नामकरण संस्कार", "विद्यारंभ", "विद्यारंभ संस्कार", "अक्षरारंभ", "कर्णवेध", "कर्णछेदन", "मुंडन के बाद", "अन्नप्राशन संस्कार",
        "स्कूल का वार्षिकोत्सव", "पहला रोज़ा", "पहला रोजा"],
 "bn": ["অন্নপ্রাশনের", "মুখেভাতের", "হাতেখড়ির", "প্রথম রোজা", "প্রথম রোজায়", "প্রথম জন্মদিনে"],
 "th": ["โกนผมไฟ", "พิธีโกนผมไฟ", "ทำขวัญเดือน", "วันเด็กแห่งชาติ", "งานวันเด็ก", "รับปริญญาอนุบาล", "งานโรงเรียนอนุบาล", "ไหว้ครูครั้งแรก"],
 "vi": ["thôi nôi", "lễ thôi nôi", "tiệc thôi nôi", "lễ đầy tháng", "tiệc đầy tháng", "bốc đồ vật đoán nghề", "tết thiếu nhi",
        "văn nghệ ở trường mầm non", "trung thu ở trường mầm non"],
 "id": ["tedak siten", "turun tanah", "aqiqah", "akikah", "sunatan", "khitanan", "pentas seni tk", "wisuda tk", "wisuda paud", "puasa pertama",
        "puasa setengah hari", "puasa bedug"],
 "tl": ["unang kaarawan", "pagtatapos sa kinder", "moving up sa kinder", "moving up ceremony sa kinder", "recognition day sa kinder"],
 "ja": ["お宮参り", "お食い初め", "一升餅", "選び取り", "初節句", "七五三詣", "ハーフバースデー", "お遊戯会", "生活発表会", "卒園式", "入園祝い"],
 "zh": ["百日宴", "百岁宴", "周岁宴", "满月宴", "抓周礼", "六一儿童节", "六一汇演", "幼儿园毕业典礼", "幼儿园汇演", "幼儿园的元旦汇演"],
 "ko": ["돌잔치", "백일잔치", "백일상", "돌상", "돌떡", "재롱잔치", "유치원 재롱잔치", "유치원 학예회", "유치원 졸업식", "어린이집 졸업식"],
}

GEAR = {
 "en": ["kindergarten backpack", "preschool backpack", "nursery bag", "book bag bigger than", "backpack bigger than him",
        "backpack bigger than her", "school bag bigger than", "satchel bigger than"],
 "de": ["kindergartenrucksack", "kindergartentasche", "kitarucksack", "kita rucksack", "schulranzen", "ranzen größer als",
        "kindergartenrucksäckchen"],
 "fr": ["cartable de maternelle", "sac de crèche", "cartable trop grand", "cartable plus grand que", "sac à dos de maternelle"],
 "es": ["mochila del kinder", "mochila de la guardería", "mochila más grande que él", "mochila más grande que ella", "el babi",
        "su babi", "babi de cuadros", "mandil del kinder", "mandilón del kinder"],
 "it": ["grembiulino", "grembiulino dell'asilo", "grembiule dell'asilo", "zainetto dell'asilo", "zainetto più grande di"],
 "pt": ["mochilinha", "lancheira da escolinha", "lancheira da creche", "avental da creche", "bata da escola", "mochila maior que ele",
        "mochila maior que ela"],
 "nl": ["kleutertasje", "rugzak groter dan", "schooltasje"],
 "pl": ["plecaczek", "worek na kapcie", "plecak przedszkolaka", "tornister pierwszoklasisty", "tornister większy niż"],
 "cs": ["batůžek do školky", "aktovka prvňáčka", "aktovku prvňáčka", "bačkory do školky"],
 "sv": ["förskoleväska", "ryggsäck från förskolan", "förskolans ryggsäck"],
 "ru": ["рюкзачок", "ранец первоклассника", "ранец больше него", "ранец больше неё", "мешок для сменки", "шкафчик в садике"],
 "uk": ["рюкзачок", "ранець першокласника", "ранець більший за", "шафка в садочку", "торбинка для змінки"],
 "tr": ["anaokulu çantası", "anaokulu çantasıyla", "önlük ve yaka", "okul önlüğü", "mavi önlük", "siyah önlük ve beyaz yaka",
        "okul önlüğüyle", "beslenme çantası", "beslenme çantasıyla"],
 "el": ["τσαντούλα του νηπιαγωγείου", "σχολική τσάντα μεγαλύτερη από", "ποδίτσα του νηπιαγωγείου"],
 "he": ["תיק גן", "תיק של הגן", "כובע גן", "קופסת אוכל של הגן", "ילקוט גדול ממנו", "ילקוט גדול ממנה"],
 "ar": ["شنطة الروضة", "حقيبة الروضة", "شنطة ظهر أكبر منه", "شنطة ظهر أكبر منها", "حقيبة أكبر منه", "حقيبة أكبر منها", "مريول المدرسة",
        "مريلة المدرسة", "مريلة الروضة"],
 "fa": ["کیف مهدکودک", "روپوش مدرسه", "روپوش مهدکودک", "کیف مدرسه‌اش", "کیف غذای", "کیف مدرسه از خودش بزرگ‌تر"],
 "hi": ["नर्सरी का बैग", "छोटा सा स्कूल बैग", "स्कूल बैग से बड़ा", "प्ले स्कूल का बैग"],
 "bn": ["স্কুলব্যাগ কাঁধে", "ছোট্ট স্কুলব্যাগ", "টিফিন বাক্স হাতে"],
 "th": ["กระเป๋านักเรียนใบใหญ่", "กระเป๋าเป้ใบใหญ่กว่าตัว", "ชุดนักเรียนอนุบาล", "ชุดอนุบาล", "กระเป๋าใบใหญ่กว่าตัว"],
 "vi": ["ba lô mẫu giáo", "cặp sách to hơn người", "ba lô to hơn người", "đồng phục mẫu giáo", "cặp sách mẫu giáo"],
 "id": ["tas tk", "seragam tk", "seragam paud", "tas paud", "tas lebih besar dari badannya"],
 "tl": ["uniporme sa kinder", "bag na mas malaki pa sa kanya", "baon sa kinder"],
 "ja": ["通園バッグ", "通園帽", "園児帽", "お弁当袋", "通園かばん", "黄色い通園帽", "園服"],
 "zh": ["幼儿园书包", "小书包", "幼儿园园服", "园服", "小黄帽", "比人还大的书包"],
 "ko": ["유치원 가방", "어린이집 가방", "원복", "유치원 원복", "노란 버스", "유치원 버스", "어린이집 차량", "몸보다 큰 가방", "몸보다 큰 책가방"],
}


PT_KIN = {"a": ["mãe", "mamãe", "mamae", "avó", "vovó", "vó", "avozinha"], "o": ["pai", "papai", "avô", "vovô", "vô", "avozinho"]}


def build(existing):
    for table in (FIRST_DAY, RITES, GEAR):
        for lang, texts in table.items():
            add("thing", lang, *texts)
    for article, nouns in PT_KIN.items():
        for noun in nouns:
            add("parent", "pt", f"{article} {noun}")
            add("kin", "pt", f"{article} {noun}")
    add("possessive", "pt", "dela", "dele", "delas", "deles")
    return ROWS
