# Word classes of session 27 (i16-undress31), read by Rules/SexualStatements.cs (WeakLevel, NamedLevel):
#   strip + wrap in one clause                a towel or bathrobe taken, thrown or dropped off (throws off her towel,
#     zrzuca ręcznik, скидає рушник, tappar handduken, 扯掉浴巾): nudity (4), as a wrap slipping off is (session 22).
#   strip + swim in one clause                a swimsuit taken off (bikinisini çıkarıyor, si sfila il costume, снимает
#     купальник, 비키니를 벗는): nudity (4); the beach and the pool are its place, so water is no guard here.
#   without + wrap or swim, at most one word apart    (bez ručníku, ohne Handtuch, sans serviette, sin bañador, 수건 없이):
#     nudity (4). Alone "without" is read by nothing: the kind sets off no clause.
#   bare: "out" words of each language (Brüste rausgerutscht, il seno di fuori), with an intimate body word, nudity (4).
#   couple: partners counted with "with" (met twee mannen, con dos hombres, 和两个男人): with a group-sex word of double
#     sense (doet een trio, haciendo un trío, 3P), explicit (6), as session 26's "two men and a woman" is.
#   coupling: "doing a trio" (doet een trio, haciendo un trío, fazendo ménage): the verb phrase, never the bare word, which
#     is also music (a jazz trio of two men and a woman); sexual only with partners counted.
#   braless: Vietnamese "không mặc áo ngực" (no bra), read with wet or sheer words as session 23's no-bra class.
#   wrap: Italian elided forms (l'asciugamano).
#   thing / plain: what a towel or swimsuit is taken off that is no body (the rack, the hook, the laundry; costume di
#     scena, the stage costume). Laundry words that also mean underwear (білизна, бельё, prádlo) and words with another
#     common sense (Dutch was, Vietnamese móc, Arabic علاقة, German Ständer,
#     Turkish askı and çamaşır, a hook that is a bra's) are left out: a thing guards every pair of its clause.
# Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list. A trailing * marks a
# stem (one word, at least 3 letters). Kinds are described in build.py.
W = {
"en": {
 "strip": "throws off|threw off|throwing off|drops|dropping|dropped|lets fall|letting fall|lets drop|pulls off|pulling off|tugs off|yanks off|whips off|tosses aside|tossing aside|peels away",
 "swim": "bikini*|swimsuit*|bathing suit|bathing suits|swimming costume|swim trunks|swimming trunks|one-piece|monokini",
 "without": "without|with no|minus",
 "couple": "with two men|with two women|with two guys|with two girls",
 "thing": "rack|hanger|laundry|makes the bed|making the bed|changes the sheets|changing the sheets|laundry basket|hamper|washing machine|clothesline|dryer",
},
"de": {
 "strip": "wirft ab|lässt fallen|fallen lässt|reißt weg|reißt herunter|reißt runter|wegzieht|wegreißt|streift herunter|aufgerissen*",
 "slip": "fallen|rausgerutscht|herausgerutscht|runtergerutscht|heruntergerutscht",
 "swim": "bikini*|badeanzug*|badehose*|monokini*",
 "without": "ohne",
 "bare": "rausgerutscht|herausgerutscht|rausgefallen|hängen raus|rausgesprungen",
 "couple": "mit zwei männern|mit zwei frauen|mit zwei typen",
 "thing": "kleiderhaken|wäscheleine|wäschekorb|waschmaschine|trockner|kleiderständer",
},
"fr": {
 "strip": "laisse tomber|fait tomber|arrache|arrachant|se débarrasse de",
 "swim": "bikini*|maillot de bain|maillot|monokini*",
 "without": "sans",
 "bare": "dehors|à l'air libre",
 "couple": "avec deux hommes|avec deux femmes|avec deux mecs",
 "coupling": "fait un trio|font un trio|faire un trio",
 "thing": "crochet|cintre|portant|linge|panier à linge|machine à laver|séchoir",
},
"es": {
 "strip": "quita|deja caer|se le cae|se arranca|arranca|arrancándose",
 "swim": "bikini*|bañador*|traje de baño|monokini*",
 "without": "sin",
 "bare": "de fuera",
 "couple": "con dos hombres|con dos mujeres|con dos chicos|con dos tíos",
 "coupling": "haciendo un trío|hace un trío|hacen un trío|hacer un trío|haciendo un trio|hacer un trio",
 "thing": "gancho|percha|perchero|colada|cesto de la ropa|lavadora|tendedero|secadora",
},
"it": {
 "strip": "si sfila|sfilandosi|lascia cadere|fa cadere|getta|butta via|strappa|strappandosi",
 "wrap": "l'asciugamano|dell'asciugamano|l'accappatoio|dell'accappatoio",
 "swim": "bikini*|costume|costume da bagno|costumino|monokini*",
 "without": "senza",
 "bare": "di fuori|all'aria",
 "couple": "con due uomini|con due donne|con due ragazzi",
 "coupling": "fa un trio|fanno un trio|fare un trio|facendo un trio",
 "plain": "costume di scena|costume di carnevale|costume da supereroe|costume tradizionale|costume d'epoca",
 "thing": "gancio|gruccia|appendiabiti|bucato|cesto del bucato|lavatrice|stendino",
},
"pt": {
 "strip": "tira|deixa cair|joga|arranca|arrancando|puxa",
 "swim": "biquíni*|biquini*|maiô*|maio|sunga|traje de banho|fato de banho",
 "without": "sem",
 "couple": "com dois homens|com duas mulheres|com dois caras",
 "coupling": "fazendo ménage|fazer ménage|faz ménage|fazendo menage|fazendo um trio|fazer um trio|faz um trio",
 "thing": "gancho|cabide|varal|roupa suja|cesto de roupa|máquina de lavar|secadora",
},
"nl": {
 "strip": "laat vallen|gooit af|trekt weg|rukt af|rukt weg|trekt af",
 "slip": "vallen",
 "swim": "bikini*|badpak*|zwembroek*|monokini*",
 "without": "zonder",
 "bare": "eruit|naar buiten|uitgefloept|floepen eruit",
 "couple": "met twee mannen|met twee vrouwen|met twee jongens",
 "coupling": "doet een trio|doen een trio|deed een trio|deden een trio|trio doen|triootje doen|doet een triootje",
 "thing": "haak|kapstok|hanger|wasmand|wasmachine|droogrek|droger",
},
"pl": {
 "strip": "zrzuca|zrzuciła|zrzucając|rzuca|zdejmuje|zdjęła|ściąga|zrywa|zerwała|upuszcza|upuściła",
 "swim": "bikini|strój kąpielowy|stroju kąpielowego|kostium kąpielowy|kostiumu kąpielowego|kostium|kostiumu",
 "without": "bez",
 "bare": "na wierzch|wypadły|wypadła|wyskoczyły|wyskoczyła|wylewają się",
 "couple": "z dwoma mężczyznami|z dwiema kobietami|z dwoma facetami",
 "thing": "wieszak*|haczyk*|pranie|prania|pralk*|suszark*|kosz na pranie",
},
"cs": {
 "strip": "shodila|shazuje|shazující|strhává|strhla|upouští|upustila|sundává si|svléká si|svlékla",
 "swim": "plavky|plavek|plavkách|bikiny",
 "without": "bez",
 "bare": "venku|vyskočila|vyskočily|vypadla|vypadly",
 "couple": "se dvěma muži|se dvěma ženami|se dvěma chlapy",
 "thing": "věšák*|háček|pračk*|sušák*|sušičk*",
},
"sv": {
 "strip": "tappar|tappade|släpper|släppte|kastar av|sliter av|drar av",
 "swim": "bikini*|baddräkt*|badbyx*|monokini*",
 "without": "utan",
 "bare": "ute|framme|åkte ut",
 "couple": "med två män|med två kvinnor|med två killar",
 "coupling": "har en trekant|hade en trekant",
 "thing": "krok|krokar|galge|tvätt|tvättkorg*|tvättmaskin*|torktumlare|tork",
},
"ru": {
 "strip": "скидывает|скинула|скидывая|сбрасывает|сбросила|сбрасывая|срывает|сорвала|роняет|уронила",
 "swim": "купальник*|бикини|плавки|плавок",
 "without": "без",
 "bare": "наружу|вывалилась|вывалились|выскочила|выскочили",
 "couple": "с двумя мужчинами|с двумя женщинами|с двумя парнями",
 "thing": "крюч*|вешалк*|стиральн*|сушилк*",
},
"uk": {
 "strip": "скидає|скинула|скидаючи|зриває|зірвала|упускає|впускає|впустила|знімає",
 "swim": "купальник*|бікіні|плавки|плавок",
 "without": "без",
 "bare": "назовні|вивалилися|вивалилась|вискочили|вискочила",
 "couple": "з двома чоловіками|з двома жінками|з двома хлопцями",
 "thing": "гачк*|вішалк*|пральн*|сушарк*",
},
"tr": {
 "strip": "çıkarıyor|çıkarmış|çıkardı|çıkarırken|düşürüyor|düşürdü|fırlatıyor|sıyırıyor",
 "swim": "bikini|bikinisi|bikinisini|bikiniyi|bikinisiyle|mayo|mayosu|mayosunu|mayoyu|mayoları",
 "couple": "iki erkekle|iki kadınla|iki adamla",
 "thing": "çamaşır makinesi|çamaşır sepeti|elbise askısı",
},
"el": {
 "strip": "βγάζει|πετάει|ρίχνει|αφήνει να πέσει|τραβάει|ξεφορτώνεται",
 "swim": "μαγιό|μπικίνι|ολόσωμο",
 "without": "χωρίς",
 "bare": "έξω|πετάχτηκαν|πετάχτηκε",
 "couple": "με δύο άντρες|με δύο άνδρες|με δύο γυναίκες",
 "thing": "κρεμάστρα|γάντζο|άπλωμα|πλυντήριο|καλάθι",
},
"he": {
 "strip": "זורקת|מפילה|הפילה|תולשת|קורעת",
 "swim": "ביקיני|הביקיני|בגד ים|בגד הים",
 "without": "בלי|ללא",
 "couple": "עם שני גברים|עם שתי נשים",
 "thing": "קולב|כביסה|מכונת כביסה|סל כביסה",
},
"ar": {
 "strip": "ترمي|رمت|تسقط|أسقطت|تشيل|شالت|تنتزع",
 "swim": "مايوه|المايوه|مايو|بكيني|البكيني|ملابس السباحة",
 "without": "بدون|بلا|من غير|من دون",
 "bare": "باينة|باين|بارزة|طالعة|برا|بره",
 "couple": "مع رجلين|مع اثنين رجال|مع امرأتين",
 "thing": "شماعة|غسالة|سلة الغسيل",
},
"fa": {
 "strip": "می‌ندازه|میندازه|می‌اندازد|انداخت|انداخته|می‌کشه پایین|در میاره|درمیاره",
 "slip": "می‌افته|میفته|می‌افتد|افتاد|داره می‌افته|داره میفته",
 "wrap": "لنگ|حوله‌اش|حولش|حوله‌ش",
 "swim": "مایو|مایوش|مایوشو|مایوش رو|بیکینی|بیکینیش",
 "without": "بدون|بی",
 "couple": "با دو تا مرد|با دو مرد|با دو تا زن|با دو زن",
 "thing": "چوب‌لباسی|جالباسی|رخت|لباسشویی|سبد رخت",
},
"hi": {
 "strip": "गिराती|गिरा रही|गिरा दी|गिराते|फेंक रही|फेंकती|फेंक दी|हटाती|हटा रही|हटा दी",
 "swim": "बिकिनी|स्विमसूट|स्विमिंग सूट|स्विमिंग कॉस्ट्यूम",
 "without": "बिना",
 "couple": "दो आदमियों के साथ|दो मर्दों के साथ|दो लड़कों के साथ|दो औरतों के साथ",
 "thing": "खूंटी|हैंगर|धुलाई|वॉशिंग मशीन|कपड़े सुखाने",
},
"bn": {
 "strip": "খুলে ফেলছে|খুলে ফেলল|ফেলে দিচ্ছে|ফেলে দিল|সরিয়ে দিচ্ছে|সরিয়ে দিল",
 "swim": "বিকিনি|সুইমস্যুট|সাঁতারের পোশাক",
 "without": "ছাড়া|ছাড়াই",
 "couple": "দুজন পুরুষের সাথে|দুই পুরুষের সাথে|দুজন মহিলার সাথে",
 "thing": "হ্যাঙ্গার|কাপড় কাচা|ওয়াশিং মেশিন",
},
"th": {
 "strip": "ดึงออก|กระชาก|ทิ้ง|ปล่อย|หลุด",
 "swim": "บิกินี่|บิกินี|ชุดว่ายน้ำ",
 "without": "ไม่มี|ไม่ใส่",
 "couple": "กับผู้ชายสองคน|กับผู้หญิงสองคน",
 "thing": "ราวตาก|ไม้แขวน|ตะกร้าผ้า|เครื่องซักผ้า",
},
"vi": {
 "strip": "cởi|cởi bỏ|tuột|giật|vứt|thả rơi|đánh rơi",
 "swim": "bikini|đồ bơi|áo tắm|quần bơi",
 "braless": "không mặc áo ngực|không áo ngực|không mặc áo lót|không mặc nội y|không có áo ngực",
 "without": "không có|không mặc|chẳng có",
 "couple": "với hai người đàn ông|với hai gã đàn ông|với hai người phụ nữ|với hai anh",
 "thing": "móc áo|giá treo|máy giặt|giỏ đồ|phơi đồ",
},
"id": {
 "strip": "melepas|melepaskan|menjatuhkan|menanggalkan|membuang|menarik",
 "wrap": "handuknya|handuk mandi",
 "swim": "bikini*|baju renang|pakaian renang",
 "without": "tanpa",
 "couple": "dengan dua pria|dengan dua cowok|dengan dua laki-laki|dengan dua wanita",
 "coupling": "threesome",
 "thing": "gantungan|jemuran|cucian|mesin cuci|keranjang cucian",
},
"tl": {
 "strip": "hinubad|hinuhubad|tinanggal|ibinaba|binitawan|hinila",
 "swim": "bikini|swimsuit|panlangoy|damit panlangoy",
 "without": "walang",
 "couple": "kasama ang dalawang lalaki|sa dalawang lalaki|kasama ang dalawang babae",
 "thing": "sabitan|hanger|labada|washing machine",
},
"ja": {
 "strip": "落とし|落とす|剥ぎ取|はぎ取|取り去",
 "swim": "ビキニ|水着|スク水",
 "without": "なし|無し|なしで",
 "couple": "男二人と|男性二人と|男2人と|女二人と",
 "thing": "ハンガー|洗濯|物干し",
},
"zh": {
 "strip": "扯掉|扯下|拿掉|掉落|甩掉|丢掉|拉下",
 "swim": "比基尼|泳衣|泳装|泳裤",
 "without": "没有|没穿|不穿|没围",
 "couple": "和两个男人|跟两个男人|和两个女人|跟两个女人|与两名男子",
 "thing": "挂钩|衣架|晾衣|洗衣机|洗衣篮",
},
"ko": {
 "body": "가슴",
 "strip": "벗겨진|벗겨|떨어뜨|떨군|내던",
 "swim": "비키니|수영복",
 "without": "없이|안 입은|안입은",
 "couple": "남자 두 명과|남자 둘과|남자 두명과|여자 두 명과",
 "thing": "옷걸이|빨래|세탁기|건조대",
},
}
