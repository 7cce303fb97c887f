# Word classes of session 24 (i16-sexual26), read by Rules/SexualStatements.cs:
#   submissive  a submissive partner (never a slave: history has slaves with whips and chains;
#               never a word as often said of an obedient child: penurut, आज्ञाकारी, 顺从的)
#               (submissive, soumis, sumiso, onderdanig, uległy, покорный): with BDSM gear anywhere in
#               the prompt (collar, whip), a BDSM scene: nudity (4), which `strict` blocks; gear alone stays suggestive
#   accessory   what covers no intimate part (boots, high heels, a necklace, a hat; also costume): after "only wearing",
#               nudity (4): "her only clothing a pair of cowboy boots", "jen v kožených kozačkách", "chỉ còn đôi giày cao gót"
# Added to earlier kinds: "only ... left" and "only clothing" phrases (only), rooms and beds missing from place (lingerie on a
# bed is the bedroom scene `strict` blocks, ReadWeak25).
# Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list. A trailing * marks
# a stem (one word, at least 4 letters with the star).
W = {
"en": {
 "submissive": "submissive|submissive man|submissive woman|his submissive|her submissive|sub on his knees|sub on her knees",
 "accessory": "boots|cowboy boots|leather boots|thigh high boots|thigh-high boots|high heels|stilettos|sneakers|shoes|socks|a pair of boots|a pair of heels|a pair of cowboy boots|pair of cowboy boots|a pair of high heels|a pair of leather boots|necklace|pearl necklace|pearls|a smile|earrings|a hat|a cowboy hat|a crown|jewelry|jewellery",
 "only": "only clothing|her only clothing|his only clothing|nothing on but|nothing left but|only thing she's wearing|only thing she is wearing|only thing he is wearing",
},
"de": {
 "bra": "spitzenwäsche|spitzenwäsche|reizwäsche",
 "submissive": "unterwürfig*|devote|devoten|devoter|sub",
 "accessory": "stiefel|stiefeln|lederstiefeln|overknees|high heels|stilettos|schuhe|schuhen|socken|halskette|perlenkette|perlen|ohrringe|hut|cowboyhut|lächeln|schmuck",
},
"fr": {
 "submissive": "soumis|soumise|soumises",
 "accessory": "bottes|bottes en cuir|cuissardes|talons|talons hauts|escarpins|chaussures|chaussettes|collier|collier de perles|perles|boucles d'oreilles|chapeau|sourire|bijoux",
 "only": "pour seuls vêtements|pour seul habit",
 "bra": "guêpière|bas résille|nuisette",
},
"es": {
 "submissive": "sumiso|sumisa|sumisos|sumisas",
 "accessory": "botas|botas de cuero|botas vaqueras|tacones|zapatos|calcetines|collar de perlas|perlas|pendientes|sombrero|sonrisa|joyas",
 "only": "solo con unas|sólo con unas|solo unas|sólo unas|puestas solo|única prenda",
},
"it": {
 "bra": "guêpière|autoreggenti|babydoll",
 "submissive": "sottomesso|sottomessa|sottomessi",
 "accessory": "stivali|stivali di pelle|tacchi|tacchi alti|scarpe|calzini|collana|collana di perle|perle|orecchini|cappello|sorriso|gioielli",
 "only": "solo con gli|solo con i|solo gli|solo i",
},
"pt": {
 "submissive": "submisso|submissa|submissos|submissas",
 "accessory": "botas|botas de couro|salto alto|saltos|sapatos|meias|colar|colar de pérolas|pérolas|brincos|chapéu|sorriso|joias",
 "only": "só de botas|só de salto|apenas de botas",
},
"nl": {
 "submissive": "onderdanig|onderdanige",
 "accessory": "laarzen|leren laarzen|hakken|hoge hakken|pumps|schoenen|sokken|ketting|parelketting|parels|oorbellen|hoed|glimlach|sieraden",
},
"sv": {
 "submissive": "undergiven|undergivna|underdånig*",
 "accessory": "stövlar|läderstövlar|klackar|högklackat|skor|strumpor|halsband med pärlor|pärlhalsband|pärlor|örhängen|hatt|leende|smycken",
},
"pl": {
 "submissive": "uległy|uległa|uległego|uległą|uległym",
 "accessory": "kozakach|kozaki|szpilkach|szpilki|butach|buty|skarpetkach|naszyjniku|naszyjnik|perłach|perły|kolczykach|kapeluszu|kapelusz|uśmiech|biżuterii",
},
"cs": {
 "submissive": "submisivní|submisivního",
 "accessory": "kozačkách|kozačky|kožených kozačkách|botách|boty|lodičkách|ponožkách|náhrdelníku|náhrdelník|perlách|náušnicích|klobouku|klobouk",
},
"ru": {
 "submissive": "покорный|покорная|покорного|покорную|покорным|сабмиссив|саба",
 "accessory": "сапогах|сапоги|ботфортах|ботфорты|туфлях|туфли|каблуках|носках|ожерелье|бусах|жемчуге|серьгах|шляпе|шляпа|улыбке",
 "only": "на ней только|на нём только|только и осталось",
},
"uk": {
 "submissive": "покірний|покірна|покірного|покірну",
 "accessory": "чоботях|чоботи|ботфортах|туфлях|туфлі|підборах|шкарпетках|намисті|намисто|перлах|сережках|капелюсі|капелюх|усмішці",
 "only": "на ній тільки|на ній лише",
},
"el": {
 "submissive": "υποτακτικός|υποτακτική|υποτακτικό",
 "accessory": "μπότες|δερμάτινες μπότες|γόβες|τακούνια|παπούτσια|κάλτσες|κολιέ|μαργαριτάρια|σκουλαρίκια|καπέλο|χαμόγελο",
},
"tr": {
 "submissive": "itaatkâr|itaatkar",
 "accessory": "çizme|çizmeler|çizmeleri|deri çizme|topuklu|topuklular|topuklu ayakkabı|ayakkabı|çorap|kolye|inci kolye|inciler|küpe|şapka|gülümseme",
 "only": "üzerinde sadece|üstünde sadece|sadece ayağında",
},
"he": {
 "submissive": "כנוע|כנועה",
 "accessory": "מגפיים|מגפי עור|עקבים|נעלי עקב|נעליים|גרביים|שרשרת|שרשרת פנינים|פנינים|עגילים|כובע|חיוך",
},
"ar": {
 "submissive": "خاضع|خاضعة",
 "accessory": "جزمة|حذاء|كعب عالي|كعب|جوارب|قلادة|عقد لؤلؤ|لؤلؤ|أقراط|قبعة|ابتسامة",
},
"fa": {
 "submissive": "",
 "accessory": "چکمه|پوتین|کفش پاشنه بلند|کفش|جوراب|گردنبند|مروارید|گوشواره|کلاه|لبخند",
},
"hi": {
 "submissive": "",
 "accessory": "जूते|बूट|हील्स|ऊँची एड़ी|मोज़े|हार|मोतियों का हार|झुमके|टोपी|मुस्कान",
},
"bn": {
 "submissive": "",
 "accessory": "জুতো|জুতা|বুট|হিল|মোজা|হার|মুক্তোর মালা|কানের দুল|টুপি|হাসি",
},
"id": {
 "submissive": "",
 "accessory": "sepatu bot|bot kulit|sepatu hak tinggi|hak tinggi|sepatu|kaus kaki|kalung|kalung mutiara|mutiara|anting|topi|senyum",
},
"tl": {
 "submissive": "",
 "accessory": "bota|takong|sapatos|medyas|kuwintas|perlas|hikaw|sumbrero|ngiti",
},
"vi": {
 "submissive": "",
 "accessory": "giày cao gót|đôi giày|giày|bốt|đôi bốt|tất|vòng cổ|chuỗi ngọc trai|ngọc trai|bông tai|mũ|nụ cười",
 "only": "chỉ còn|chỉ còn lại|trên người chỉ còn",
},
"th": {
 "submissive": "",
 "accessory": "รองเท้าบูท|รองเท้าส้นสูง|รองเท้า|ถุงเท้า|สร้อยคอ|สร้อยไข่มุก|ต่างหู|หมวก|รอยยิ้ม",
},
"ja": {
 "submissive": "マゾ|M女|M男",
 "accessory": "ブーツ|ハイヒール|ヒール|靴下|ネックレス|真珠|ピアス|イヤリング|帽子|笑顔",
},
"zh": {
 "submissive": "性奴|抖M",
 "accessory": "靴子|长靴|高跟鞋|鞋子|袜子|项链|珍珠|耳环|帽子|微笑",
},
"ko": {
 "submissive": "복종하는",
 "accessory": "부츠|하이힐|구두|양말|목걸이|진주|귀걸이|모자|미소",
},
}
