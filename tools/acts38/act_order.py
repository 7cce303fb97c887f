"""Session 31 (i16-acts38): writes src/GenScreen.Core/Prompts/Rules/Data/act-order-cues.tsv, read with person-act-cues.tsv by
Rules/PersonActs.cs. An intimate body part and an exposure state ("Brüste raus", "s holými prsy", "seins à moitié sortis",
"乳房が丸出し") in one clause, in either order, within a short gap: nudity. Partners and oral verbs the acts33 table lacked
(a husband, a bodyguard, a fan, a driver; Italian "lo succhia"). Guards: breastfeeding, medical and food words (a mother
nursing, a mammogram, chicken breast).

Written for GenScreen from general knowledge of the 26 languages (MIT, this project); no third-party list. Body-part words
are those whose only sense is the intimate one: a word that is also "chest" (Brust, грудь, göğüs, صدر, 胸, 가슴, ngực, dada)
or an ordinary word (Czech "kozy", goats; Hebrew "תחת", under; Thai "นม", milk) is left out, so a bare-chested man is no cue.
Run: python3 tools/acts38/act_order.py > src/GenScreen.Core/Prompts/Rules/Data/act-order-cues.tsv  (or the path as argument;
rows written by tools/lexicon-data/table_writer.py)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from table_writer import split_cues, write_table  # noqa: E402

INTIMATE = {
    "en": "breasts boobs= tits= titties nipples nipple= areolas areola= buttocks butt_cheeks bare_ass",
    "de": "brüste busen= nippel brustwarzen titten arsch= hintern pobacken",
    "fr": "seins nichons tétons mamelons fesses",
    "es": "tetas pechos senos pezones culo= nalgas",
    "it": "seno= seni= tette capezzoli culo= chiappe natiche",
    "pt": "peitos seios mamilos bunda= nádegas tetas",
    "nl": "borsten tieten tepels billen kont=",
    "pl": "piersi cycki cycuszki sutki sutkami tyłek pośladki",
    "cs": "prsa= prsy= ňadra bradavky zadek prdel",
    "sv": "brösten bröstvårtor pattar rumpan rumpa= skinkor",
    "ru": "сиськи сиси груди= соски попа= попку задница задницу ягодицы",
    "uk": "цицьки груди= соски сідниці дупа= дупу",
    "tr": "memeleri memeler meme_uçları göğüs_uçları göğüsleri kalçaları poposu",
    "el": "στήθη βυζιά θηλές οπίσθια κώλος",
    "he": "השדיים שדיים השדים פטמות הפטמות ציצים הציצים הישבן",
    "ar": "نهود نهودها ثديين ثدييها أثداء حلمات حلماتها بزاز مؤخرتها",
    "fa": "پستان پستون ممه باسن",
    "hi": "स्तन निप्पल चूचियां चूचे नितंब",
    "bn": "স্তন বোঁটা নিতম্ব পাছা",
    "th": "หัวนม เต้านม",
    "vi": "vú= núm_vú đầu_ti mông=",
    "id": "payudara toket tetek puting bokong pantat",
    "tl": "suso= utong dede= puwet",
    "ja": "乳房 おっぱい 乳首 お尻",
    "zh": "乳房 奶子 乳头 屁股",
    "ko": "유방 젖가슴 젖꼭지 유두 엉덩이",
}

EXPOSED = {
    "en": "out= bare= exposed showing visible on_show on_display uncovered hanging_out spilling_out popping_out free=",
    "de": "raus= heraus draußen frei= nackt blank sichtbar zu_sehen entblößt",
    "fr": "à_l'air dehors sortis sortie= sortent nus= nues= visibles visible= découverts découvertes dénudés à_nu apparents",
    "es": "fuera afuera al_aire desnudos desnudas al_descubierto a_la_vista se_le_ven se_ven expuestos",
    "it": "di_fuori fuori= all'aria nudi= nude= scoperti scoperte scoperto in_vista visibili si_vedono esposti",
    "pt": "de_fora pra_fora para_fora à_mostra nus= nuas= expostos aparecendo descobertos",
    "nl": "bloot naakt zichtbaar eruit te_zien ontbloot",
    "pl": "na_wierzchu gołe gołymi gołych gołą nagie nagimi widać widoczne odsłonięte wystają wyskoczyły",
    "cs": "holé holými holá nahá nahé nahými venku ven= vidět odhalené odhalená vykukují",
    "sv": "bara= nakna syns synliga ute= blottade framme fria",
    "ru": "наружу голые голая голыми голую видны видно обнажённые обнаженные обнажены вывалились напоказ",
    "uk": "назовні голі голими голу видно оголені оголена напоказ вивалились",
    "tr": "dışarıda dışarı açıkta çıplak görünüyor ortada",
    "el": "έξω γυμνά γυμνό φαίνονται φαίνεται ακάλυπτα εκτεθειμένα",
    "he": "בחוץ חשופים חשופות חשוף רואים_את גלויים עירומים נראים",
    "ar": "مكشوفة مكشوف ظاهرة ظاهر عارية بارزة برة خارج تظهر يظهر باين",
    "fa": "بیرون معلومه معلوم لخت برهنه پیداست پیدا",
    "hi": "बाहर दिख_रहे दिख_रही दिखाई नंगे नंगी",
    "bn": "বেরিয়ে বাইরে দেখা_যাচ্ছে নগ্ন উন্মুক্ত",
    "th": "โผล่ ออกมา เห็น เปลือย โชว์ โป๊",
    "vi": "lộ= hở= ra_ngoài lòi= thấy_rõ",
    "id": "keluar kelihatan terlihat telanjang nongol menyembul",
    "tl": "labas kita_ang kitang-kita hubad nakalabas litaw",
    "ja": "丸出し 見えて 見える 露出 むき出し 出して 出てる はみ出",
    "zh": "露出 露在外面 裸露 外露 露着 走光",
    "ko": "드러난 드러낸 드러나 보이는 노출 훤히 내놓은",
}

# Partners the acts33 table lacked: a husband, a bodyguard or guard, a driver, a fan, someone (a partner noun is only ever a
# person, so a sucking or coupling verb beside it is the act).
PARTNER = {
    "en": "her husband|his wife|her bodyguard|her driver|someone=|a fan=|her coach",
    "de": "ihrem mann|ihrem ehemann|ihrem bodyguard|ihrem fahrer|einem fan|ihrem freund|einem fremden",
    "fr": "son mari|son garde du corps|son chauffeur|un fan=|quelqu'un",
    "es": "a su marido|su marido|a su esposo|a su guardaespaldas|a su chófer|a un fan",
    "it": "al marito|al suo autista|al suo bodyguard|a un fan|al suo uomo|suo marito",
    "pt": "o marido|ao marido|o segurança|ao segurança|um fã|o motorista",
    "nl": "haar man=|haar echtgenoot|haar bodyguard|een fan=",
    "pl": "mężowi|męża=|ochroniarzowi|kierowcy|fanowi",
    "cs": "manželovi|manžela=|bodyguardovi|řidiči|fanouškovi",
    "sv": "sin man=|maken|livvakten|en fan=",
    "ru": "мужу=|охраннику|водителю|фанату",
    "uk": "чоловікові|охоронцю|водієві|фанату",
    "tr": "kocasına|kocasıyla|koruması|şoförüne|hayranına",
    "el": "τον άντρα της|στον άντρα της|τον σωματοφύλακα|τον οδηγό",
    "he": "בעלה|לבעלה|השומר|המאבטח|הנהג|מישהו|המעריץ",
    "ar": "زوجها|لزوجها|الحارس|حارسها|السائق",
    "fa": "شوهرش|بادیگاردش|راننده‌اش|یکی",
    "hi": "पति का|पति को|बॉडीगार्ड|ड्राइवर",
    "bn": "স্বামীর|বডিগার্ডের|ড্রাইভারের",
    "th": "สามี|บอดี้การ์ด|คนขับรถ",
    "vi": "chồng=|vệ sĩ|tài xế",
    "id": "suaminya|bodyguardnya|sopirnya",
    "tl": "asawa niya|bodyguard niya|driver niya",
    "ja": "夫に|旦那に|ボディーガード|運転手",
    "zh": "老公|丈夫|保镖|司机",
    "ko": "남편|경호원|운전기사",
}

ORAL = {
    "it": "lo succhia|glielo succhia|succhia=",
    "pt": "chupando|chupa=",
    "fr": "qui suce",
}

# A mother nursing, a medical exam, food: a body part "out" or "bare" there is no nudity.
GUARD = {
    "en": "breastfeed|breast-feed|nursing|mammogra|x-ray|xray|mastectomy|breast cancer|ultrasound|chicken|turkey breast",
    "de": "stillt|stillen|mammograph|mammograf|röntgen|brustkrebs|ultraschall",
    "fr": "allaite|allaitement|mammograph|radiographie|cancer du sein|échographie",
    "es": "amamant|lactancia|mamograf|radiograf|cáncer de mama|ecografía",
    "it": "allatta|mammograf|radiograf|tumore al seno|ecografia",
    "pt": "amamenta|mamograf|radiograf|câncer de mama|cancro da mama|ecografia",
    "nl": "borstvoeding|mammogra|röntgen|borstkanker|echo=",
    "pl": "karmi piersią|karmienie piersią|mammograf|rentgen|rak piersi|usg",
    "cs": "kojí|kojení|mamograf|rentgen|rakovina prsu",
    "sv": "ammar|amning|mammografi|röntgen|bröstcancer",
    "ru": "кормит грудью|кормление грудью|маммограф|рентген|рак груди|узи",
    "uk": "годує груддю|грудне вигодовування|мамограф|рентген|рак грудей",
    "tr": "emziriyor|emzirme|mamografi|röntgen|meme kanseri",
    "el": "θηλάζει|θηλασμό|μαστογραφ|ακτινογραφ|καρκίνο του μαστού",
    "he": "מניקה|הנקה|ממוגרפיה|רנטגן|סרטן השד",
    "ar": "ترضع|رضاعة|الرضاعة|ماموجرام|أشعة|سرطان الثدي",
    "fa": "شیر میده|شیر می‌دهد|شیردهی|ماموگرافی|رادیولوژی|سرطان سینه",
    "hi": "स्तनपान|मैमोग्राम|एक्स-रे|स्तन कैंसर",
    "bn": "স্তন্যপান|বুকের দুধ|ম্যামোগ্রাম|এক্স-রে|স্তন ক্যান্সার",
    "th": "ให้นมลูก|ให้นมบุตร|แมมโมแกรม|เอกซเรย์|มะเร็งเต้านม",
    "vi": "cho con bú|cho bé bú|chụp x-quang|ung thư vú|vú sữa",
    "id": "menyusui|mamografi|rontgen|kanker payudara",
    "tl": "nagpapasuso|pagpapasuso|mammogram|x-ray",
    "ja": "授乳|マンモグラフィ|レントゲン|乳がん|乳癌",
    "zh": "哺乳|喂奶|母乳|钼靶|x光|乳腺癌",
    "ko": "수유|모유|유방촬영|엑스레이|유방암",
}


# Stage 2 (after validation batch 39's stage-1 figure was recorded), each a class in the 26 languages.
# Undressing done slowly or piece by piece is a striptease: with a stripping verb and a garment, nudity.
GRADUAL = {
    "en": "slowly|piece by piece|one by one|bit by bit", "de": "langsam|stück für stück|nach und nach",
    "fr": "lentement|pièce par pièce|peu à peu|doucement", "es": "lentamente|despacio|pieza a pieza|poco a poco",
    "it": "lentamente|piano piano|pezzo per pezzo|un pezzo alla volta", "pt": "lentamente|devagar|peça por peça|aos poucos",
    "nl": "langzaam|stukje bij beetje|stuk voor stuk", "pl": "powoli|kawałek po kawałku|po kolei",
    "cs": "pomalu|kousek po kousku|postupně", "sv": "långsamt|bit för bit|sakta",
    "ru": "медленно|не спеша|постепенно|по одной вещи", "uk": "повільно|поволі|не поспішаючи|поступово",
    "tr": "yavaş yavaş|yavaşça|parça parça", "el": "αργά|σιγά σιγά|κομμάτι κομμάτι",
    "he": "לאט|לאט לאט|פריט אחרי פריט", "ar": "ببطء|قطعة قطعة|شيئا فشيئا|رويدا",
    "fa": "آرام‌آرام|آرام آرام|آروم آروم|یواش یواش|تکه تکه", "hi": "धीरे-धीरे|धीरे धीरे|एक-एक करके",
    "bn": "ধীরে ধীরে|আস্তে আস্তে|একে একে", "th": "ค่อยๆ|ทีละชิ้น|อย่างช้าๆ",
    "vi": "từ từ|chầm chậm|từng món|từng chiếc", "id": "perlahan|pelan-pelan|satu per satu|sedikit demi sedikit",
    "tl": "dahan-dahan|isa-isa|unti-unti", "ja": "ゆっくり|一枚ずつ|少しずつ", "zh": "慢慢|缓缓|一件一件|一件件", "ko": "천천히|하나씩|한 겹씩",
}

# Riding a partner (a husband, a guy): explicit. A horse or a bike is no partner.
RIDE = {
    "en": "riding=|rides=", "de": "reitet=|reitet auf", "fr": "chevauche=|chevauchant", "es": "cabalga=|cabalgando|monta a",
    "it": "cavalca=|lo cavalca|cavalcando", "pt": "cavalga=|cavalgando|sentando em|senta no", "nl": "berijdt|rijdt op",
    "pl": "ujeżdża|ujeżdżając", "cs": "jezdí na|osedlala|obkročmo na", "sv": "rider=|rider på", "ru": "скачет на|оседлала|объезжает",
    "uk": "скаче на|осідлала", "tr": "üstünde zıplıyor|üstüne çıkmış|kucağında zıplıyor|kucağında hoplıyor", "el": "ιππεύει|καβαλάει",
    "he": "רוכבת על", "ar": "تركب على|تركب فوق|راكبة على|راكبة فوق", "fa": "سوار|روی کیر", "hi": "के ऊपर सवार|की सवारी",
    "bn": "উপর চড়ে|উপরে চড়ে", "th": "ขย่ม|ขึ้นคร่อม", "vi": "nhún trên|cưỡi lên|ngồi lên", "id": "menunggangi|goyang di atas",
    "tl": "nakasakay sa|sumasakay sa", "ja": "に跨って|にまたがって|に跨る|にまたがる", "zh": "骑在|坐在男人身上", "ko": "올라타|위에 올라타",
}

# Licking or jerking each other: explicit (two adults licking ice creams are no "each other").
LICK = {
    "en": "licking|lick=|licks=", "de": "lecken|leckt", "fr": "lèchent|se lèchent|lèche=", "es": "lamen|se lamen|lamiendo",
    "it": "leccano|si leccano|leccandosi", "pt": "lambem|se lambem|lambendo", "nl": "likken|likt=", "pl": "liżą|liżąc",
    "cs": "lížou|líže=", "sv": "slickar", "ru": "лижут|лижет", "uk": "лижуть|лиже=", "tr": "yalıyor|yalıyorlar",
    "el": "γλείφονται|γλείφει", "he": "מלקקות|מלקקים|מלקקת", "ar": "تلحس|يلحسان|تلحسان|يلحس", "fa": "می‌لیسند|میلیسن|می‌لیسه",
    "hi": "चाटती|चाट रहे|चाट रही", "bn": "চাটছে|চাটে", "th": "เลีย", "vi": "liếm=", "id": "menjilat|jilat", "tl": "dinidilaan|dinilaan",
    "ja": "舐め合|なめ合", "zh": "互舔|舔", "ko": "핥",
}
JERK = {
    "en": "jerking off|jerk off|jerks off|wanking|handjob", "de": "wichst|wichsen|einen runterholen|holt ihm einen runter",
    "fr": "branlent|branle=|branlant", "es": "pajean|pajea=|haciéndose una paja|hace una paja", "it": "si fanno una sega|fa una sega|masturbano",
    "pt": "punheta|batendo uma", "nl": "trekt af|aftrekken|rukt=", "pl": "walą konia|wali konia", "cs": "honí si|honěj si",
    "sv": "runkar", "ru": "дрочат|дрочит|дрочит ему", "uk": "дрочать|дрочить", "tr": "otuz bir çekiyor|otuzbir",
    "el": "μαλακίζονται|του τον παίζει", "he": "מאוננים|מאוננת", "ar": "يستمنيان|تستمني له", "fa": "جق میزنن|جلق", "hi": "मुठ मार",
    "bn": "খেঁচে|খেঁচছে", "th": "ชักว่าว", "vi": "sục cặc|quay tay cho", "id": "ngocok|coli", "tl": "nagjajakol|jakol",
    "ja": "手コキ|しごき合", "zh": "打飞机|撸管", "ko": "대딸|딸딸이",
}
MUTUAL = {
    "en": "each other|one another|mutual", "de": "gegenseitig|einander|sich gegenseitig", "fr": "mutuellement|l'une l'autre|l'un l'autre",
    "es": "mutuamente|una a la otra|el uno al otro|entre ellas|entre ellos", "it": "a vicenda|reciprocamente|l'una l'altra|l'un l'altro",
    "pt": "mutuamente|uma à outra|um ao outro|um o outro", "nl": "elkaar", "pl": "wzajemnie|nawzajem|siebie nawzajem", "cs": "navzájem|vzájemně|se navzájem",
    "sv": "varandra|ömsesidigt", "ru": "друг друга|друг другу|взаимно", "uk": "одна одну|один одного|одне одного|взаємно",
    "tr": "birbirini|birbirlerini|karşılıklı", "el": "ο ένας τον άλλο|η μία την άλλη|αμοιβαία", "he": "זו את זו|זה את זה|אחד את השני|אחת את השנייה",
    "ar": "بعضهما|بعضهم|بعضهن", "fa": "همدیگر|همدیگه|هم را|همو", "hi": "एक-दूसरे|एक दूसरे", "bn": "একে অপরকে|পরস্পরকে|একে অপরের",
    "th": "กันและกัน|ให้กัน", "vi": "nhau=|cho nhau", "id": "saling|satu sama lain", "tl": "isa't isa|sa isa't isa", "ja": "お互い|互いに",
    "zh": "互相|彼此", "ko": "서로",
}

# "Completely" beside a bare adjective (Polish "zupełnie goła", a word also said of a bare wall): nudity.
FULLY = {
    "en": "completely|totally|fully|stark", "de": "komplett|völlig|ganz=|splitter", "fr": "complètement|entièrement|totalement|toute=",
    "es": "completamente|totalmente|toda=", "it": "completamente|totalmente|tutta=", "pt": "completamente|totalmente|toda=|peladinha",
    "nl": "helemaal|volledig|spiernaakt", "pl": "zupełnie|całkiem|całkowicie|cała=|kompletnie", "cs": "úplně|zcela|celá=|docela",
    "sv": "helt=|alldeles|spritt", "ru": "совсем|полностью|совершенно|абсолютно|вся=", "uk": "зовсім|повністю|цілком|абсолютно|вся=",
    "tr": "tamamen|büsbütün|çırıl", "el": "εντελώς|ολόγυμνη|τελείως|ολότελα", "he": "לגמרי|לחלוטין|כולה", "ar": "تماما|تمامًا|بالكامل|كليا",
    "fa": "کاملا|کاملاً|کامل=|تمام", "hi": "पूरी तरह|बिल्कुल|पूरी=", "bn": "সম্পূর্ণ|পুরোপুরি|একেবারে", "th": "ทั้งตัว|หมดทั้งตัว|ทั้งหมด",
    "vi": "hoàn toàn|toàn thân", "id": "sepenuhnya|benar-benar|bulat-bulat", "tl": "ganap na|buong=|hubo't", "ja": "完全に|全身", "zh": "完全|全身|一丝不挂", "ko": "완전히|온몸",
}
BARE = {
    "en": "naked|nude=", "de": "nackt|nackig", "fr": "nue=|nu=|à poil", "es": "desnuda|desnudo|en pelotas|en bolas",
    "it": "nuda=|nudo=|svestita", "pt": "nua=|nu=|pelada|pelado", "nl": "naakt|bloot", "pl": "goła=|goły=|naga=|nagi=|rozebrana",
    "cs": "nahá|nahý|svlečená", "sv": "naken|naket", "ru": "голая|голый|обнажённая|обнаженная|раздетая", "uk": "гола=|голий|оголена|роздягнена",
    "tr": "çıplak", "el": "γυμνή|γυμνός", "he": "עירומה|עירום|ערומה", "ar": "عارية|عاري|عريانة", "fa": "لخت|برهنه|لخت‌و‌عور",
    "hi": "नंगी|नंगा|निर्वस्त्र", "bn": "নগ্ন|উলঙ্গ|উদোম|ন্যাংটো", "th": "เปลือย|แก้ผ้า|โป๊", "vi": "trần truồng|khỏa thân|lõa thể",
    "id": "telanjang|bugil", "tl": "hubad|hubo=", "ja": "裸", "zh": "裸体|赤裸|光着身子", "ko": "알몸|나체|벗은",
}

# Only + stockings, tights or heels ("у самих панчохах", "רק עם גרביונים", "nur High Heels an"): nudity, as "nothing else".
HOSIERY = {
    "en": "stockings|tights|pantyhose|heels|high heels", "de": "strümpfe|strumpfhose|nylons|high heels|stöckelschuhe|halterlose",
    "fr": "bas résille|bas noirs|ses bas|collants|talons", "es": "medias|pantimedias|tacones", "it": "calze|collant|tacchi", "pt": "meias|meia-calça|salto alto|saltos",
    "nl": "kousen|panty=|hakken", "pl": "pończochach|pończochy|rajstopach|szpilkach|szpilki", "cs": "punčochách|punčochy|silonkách|podpatcích",
    "sv": "strumpor|strumpbyxor|nylonstrumpor|klackar", "ru": "чулках|чулки|колготках|каблуках", "uk": "панчохах|панчохи|колготках|підборах",
    "tr": "çorap|çoraplar|külotlu çorap|topuklu", "el": "κάλτσες|καλσόν|τακούνια", "he": "גרביונים|גרביים|עקבים|נעלי עקב",
    "ar": "جوارب|كعب عالي|الكعب العالي", "fa": "جوراب|کفش پاشنه", "hi": "स्टॉकिंग्स|हील्स", "bn": "স্টকিংস|হিল",
    "th": "ถุงน่อง|ส้นสูง", "vi": "tất da|quần tất|giày cao gót", "id": "stoking|sepatu hak", "tl": "stockings|takong",
    "ja": "ストッキング|タイツ|ハイヒール", "zh": "丝袜|高跟鞋|长筒袜", "ko": "스타킹|하이힐",
}

# The innocent senses of a blowing or sucking verb beside a person ("der Wind bläst einem Mann den Hut vom Kopf", "blowing out
# the candles with a guy"): wind, candles, bubbles, instruments, glass, balloons, smoke, dust.
ORAL_GUARD = {
    "en": "wind=|windy|breeze|candle|bubble|horn=|horns=|trumpet|whistle|balloon|smoke|dust=|glass=|glassblow|kiss=|kisses|straw=|lollipop|ice cream",
    "de": "wind=|sturm|kerze|seifenblase|trompete|horn|pfeife|luftballon|rauch|staub|glas|hut|lolli|eis=",
    "fr": "vent=|vents=|bougie|bulle|trompette|sifflet|ballon|fumée|poussière|verre|sucette|glace", "es": "viento|vela=|velas=|burbuja|trompeta|silbato|globo|humo|polvo|piruleta|helado",
    "it": "vento|candel|bolle|tromba|fischietto|palloncin|fumo|polvere|lecca|gelato", "pt": "vento|vela=|velas=|bolha|trompete|apito|balão|fumaça|pirulito|sorvete",
    "nl": "wind=|kaars|bellen|trompet|fluit|ballon|rook|stof|lolly|ijsje", "pl": "wiatr|świecz|bańk|trąbk|gwizd|balon|dym=|dymu|kurz|lizak|lody|lodem",
    "cs": "vítr|větr|svíčk|bublin|trubk|píšťal|balónk|kouř z|prach|lízátk|zmrzlin", "sv": "vind=|blåst|ljus=|bubblor|trumpet|visselpipa|ballong|rök|klubba|glass",
    "ru": "ветер|свеч|пузыр|труб|свисток|шарик|дым|пыль|леденец|мороженое", "uk": "вітер|свічк|бульбашк|трубу|свисток|кульк|дим|пил|льодяник|морозиво",
    "tr": "rüzgar|mum=|mumları|baloncuk|trompet|düdük|balon|duman|toz=|lolipop|dondurma", "el": "άνεμος|αέρας|κερ|σαπουνόφουσκ|τρομπέτα|σφυρίχτρα|μπαλόνι|καπνό|γλειφιτζούρι|παγωτό",
    "he": "רוח|נר|בועות|חצוצרה|משרוקית|בלון|עשן|אבק|סוכרייה|גלידה", "ar": "ريح|الرياح|شمع|فقاعات|بوق|صفارة|بالون|دخان|غبار|مصاصة|آيس كريم",
    "fa": "باد|شمع|حباب|ترومپت|سوت|بادکنک|دود|گرد و خاک|آبنبات|بستنی", "hi": "हवा|मोमबत्ती|बुलबुले|तुरही|सीटी|गुब्बारा|धुआं|धूल|लॉलीपॉप|आइसक्रीम",
    "bn": "বাতাস|মোমবাতি|বুদবুদ|বাঁশি|বেলুন|ধোঁয়া|ধুলো|ললিপপ|আইসক্রিম", "th": "ลมพัด|สายลม|เทียน|ฟองสบู่|แตร|นกหวีด|ลูกโป่ง|ควัน|ฝุ่น|อมยิ้ม|ไอศกรีม",
    "vi": "gió=|nến=|bong bóng|kèn=|còi=|bóng bay|khói=|bụi=|kẹo mút|kem=", "id": "angin|lilin|gelembung|terompet|peluit|balon|asap|debu|permen|es krim",
    "tl": "hangin|kandila|bula|trumpeta|pito|lobo|usok|alikabok|lollipop|sorbetes", "ja": "風が|風で|強風|ろうそく|蝋燭|シャボン玉|トランペット|笛|風船|煙|ほこり|キャンディ|アイス",
    "zh": "吹风|风吹|大风|微风|蜡烛|泡泡|喇叭|哨子|气球|烟|灰尘|棒棒糖|冰淇淋", "ko": "바람|촛불|비눗방울|트럼펫|호루라기|풍선|연기|먼지|막대사탕|아이스크림",
}

# Stage-2 rows of the acts33 kinds: being in bed with a partner (a coupling), partners in the instrumental case, bare-body
# words and undressing verbs the table lacked, "almost everything visible".
COUPLE = {
    "en": "in bed with", "de": "im bett mit", "fr": "au lit avec", "es": "en la cama con", "it": "a letto con", "pt": "na cama com",
    "nl": "in bed met", "pl": "w łóżku z", "cs": "v posteli s", "sv": "i sängen med", "ru": "в постели с", "uk": "в ліжку з|у ліжку з",
    "el": "στο κρεβάτι με", "he": "במיטה עם", "ar": "في السرير مع", "fa": "تو تخت با|توی تخت با", "vi": "trên giường với",
    "id": "di ranjang dengan|di kasur sama", "tl": "sa kama kasama",
}
PARTNER2 = {
    "pl": "facetem|mężczyzną|chłopakiem|kolesiem|mężem", "cs": "chlapem|mužem|klukem|manželem", "ru": "мужиком|мужчиной|парнем|мужем",
    "uk": "хлопцем|чоловіком", "tr": "erkeğin|kocasının",
}
STRIP_SELF = {"de": "strippt|strippen", "nl": "stript", "pl": "rozbiera się", "fa": "لخت می‌شود|لخت میشه|لخت می‌شه", "sv": "strippar"}
GARMENT2 = {"bn": "স্ট্র্যাপ|নাইটি", "vi": "đồ ngủ|váy ngủ|dây áo", "en": "strap", "tl": "two piece", "ar": "بدلة الرقص|بدلة رقص|قميص النوم",
            "zh": "旗袍|睡衣|连衣裙|和服", "ko": "한복|잠옷", "hi": "साड़ी|नाइटी", "fa": "مانتو|لباس خواب"}
STRIP2 = {"zh": "脱下|脱掉|脱去|褪去", "ar": "تخلع|تنزع", "ko": "벗는|벗고", "hi": "उतार"}
SLIP2 = {"bn": "নামানো|নেমে গেছে", "vi": "tụt dây|tụt=", "en": "slipped off|slipping off"}
REVEAL2 = {"tl": "kita na lahat|kita lahat", "th": "แทบไม่ปิดอะไร|เห็นหมด"}


def rows(kind, table, sep, space=None):
    """(kind, language, cue) rows of a {language: cues} table; space, when given, is what stands for a space inside a cue."""
    for lang, cues in table.items():
        for cue in split_cues(cues, sep):
            yield kind, lang, cue.replace(space, " ") if space else cue


HEADER = """# Act-order cues (session 31, i16-acts38), read with person-act-cues.tsv by Rules/PersonActs.cs: an intimate body part and an
# exposure state in one clause, in either order (nudity); partners, oral verbs and guards the acts33 table lacked. Generated by
# tools/acts38/act_order.py; written for GenScreen from general knowledge of the 26 languages (MIT, this project); no
# third-party list. Columns as person-act-cues.tsv: kind, language, cue (lower case; a cue ending in '=' must end a word)."""

def all_rows():
    # Intimate and exposed cues are space-separated ('_' inside a cue stands for its space); the others '|'-separated.
    for kind, table in (("intimate", INTIMATE), ("exposed", EXPOSED)):
        yield from rows(kind, table, None, "_")
    for kind, table in (("partner", PARTNER), ("oral", ORAL), ("guard", GUARD), ("gradual", GRADUAL), ("ride", RIDE), ("lick", LICK),
                        ("jerk", JERK), ("mutual", MUTUAL), ("fully", FULLY), ("bare", BARE), ("hosiery", HOSIERY),
                        ("oral-guard", ORAL_GUARD), ("couple", COUPLE), ("partner", PARTNER2), ("strip-self", STRIP_SELF),
                        ("garment", GARMENT2), ("strip", STRIP2), ("slip", SLIP2), ("reveal", REVEAL2)):
        yield from rows(kind, table, "|")


if __name__ == "__main__":
    write_table(sys.argv[1] if len(sys.argv) > 1 else "-", HEADER.split("\n"), all_rows())
