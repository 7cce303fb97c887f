# Word classes of session 22's second round (i16-sexual24), read by Rules/SexualStatements.cs (WeakLevel, ReadWeak):
#   slip + wrap in one clause, or the wrap in another clause of the prompt     only a towel slipping off, handdoek die
#     afglijdt, полотенце сползает, 快滑下来的浴巾: nudity (4) (guards: a ridden or sucked thing, an animal, medicine)
#   nothing / under / cover as users type them: colloquial "nothing" (de nix, vi ko/k/hok mặc gì, id apa2, ar ولا حاجة /
#     مفيش حاجة, bn romanised kichu nei), the under-words and garments the batch-26 prompts used (el από μέσα, ar تحته,
#     th ชุด, ar فوطة), read by the nothing + under + cover grammar of session 20.
# Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list. A trailing * marks a
# stem (one word, at least 3 letters). Kinds are described in build.py.
W = {
"en": {
 "slip": "slipping|slipping off|slipping down|slips|slips off|slipped off|slipped down|sliding off|sliding down|slides off|slides down|slid off|slid down|falling off|falls off|fell off|falling open|falls open|coming undone|comes undone|coming loose",
 "wrap": "towel|bath towel|bedsheet|bed sheet|bathrobe|sarong",
},
"de": {
 "slip": "rutscht|rutschend|runterrutscht|runterrutschendes|herunterrutscht|verrutscht|abrutscht|wegrutscht|rutscht runter|rutscht herunter|rutscht weg|fällt runter|fällt herunter|fällt ab|gleitet|gleitet herunter|gleitet runter",
 "wrap": "handtuch|badetuch|saunatuch|laken|bettlaken|bademantel|morgenmantel",
 "nothing": "nix|nix an|gar nix|nüscht|nischt",
},
"fr": {
 "slip": "glisse|glissant|qui glisse|tombe|qui tombe|tombant|se défait|se dénoue",
 "wrap": "serviette|serviette de bain|drap|peignoir",
},
"es": {
 "slip": "resbala|se resbala|resbalando|resbalándose|se cae|cayéndose|se desliza|deslizándose|se suelta",
 "wrap": "toalla|sábana|bata|albornoz",
},
"it": {
 "slip": "scivola|scivolando|che scivola|cade|che cade|sta cadendo",
 "wrap": "asciugamano|telo|lenzuolo|accappatoio",
},
"pt": {
 "slip": "escorrega|escorregando|caindo|cai|desliza|deslizando|se soltando",
 "wrap": "toalha|lençol|roupão",
},
"nl": {
 "slip": "afglijdt|glijdt|glijdt af|wegglijdt|afzakt|zakt af|zakt weg|valt af|valt open|afglijdende|afzakkende",
 "wrap": "handdoek|badhanddoek|laken|badjas",
},
"pl": {
 "slip": "zsuwa|zsuwający|zsunął|zsunęła|spada|spadający|ześlizguje|ześlizguje się|zjeżdża|opada",
 "wrap": "ręcznik*|prześcierad*|szlafrok*",
},
"cs": {
 "slip": "sjíždí|sjíždějící|sklouzává|sklouzne|sklouzl|padá|spadává|sjel|sjela",
 "wrap": "ručník*|osušk*|prostěradl*|župan*",
},
"sv": {
 "slip": "glider|glider ner|glider av|halkar|halkar ner|halkar av|åker ner|faller av|glidande",
 "wrap": "handduk*|badlakan*|lakan*|badrock*|morgonrock*",
},
"tr": {
 "slip": "kayıyor|kayan|kaymış|kayarak|düşüyor|düşen|sıyrılıyor|açılıyor",
 "wrap": "havlu*|çarşaf*|bornoz*",
},
"ru": {
 "slip": "сполза*|спада*|соскальз*|соскользн*|съезжа*|сползл*|развязыва*|падает",
 "wrap": "полотенц*|простын*|халат*",
},
"uk": {
 "slip": "сповза*|спада*|зісковз*|зсува*|падає",
 "wrap": "рушник*|простирадл*|халат*",
},
"el": {
 "slip": "γλιστράει|γλιστρά|γλιστρούσε|ξεγλιστράει|πέφτει|πέφτουν|πέφτοντας",
 "wrap": "πετσέτα|πετσέτας|σεντόνι|μπουρνούζι",
 "under": "από μέσα|από κάτω της|από κάτω του",
 "cover": "πουκάμισό|φόρεμά|μπουρνούζι",
},
"ar": {
 "slip": "تقع|بتقع|وقعت|تسقط|بتسقط|سقطت|تنزلق|بتنزلق|انزلقت|بتنزل|نازلة|بتتزحلق|تتزحلق",
 "wrap": "فوطة|الفوطة|منشفة|المنشفة|بشكير|البشكير|روب|الروب|ملاية|الملاية",
 "nothing": "ولا حاجة|مفيش حاجة|ما فيش حاجة|مش لابسة حاجة|مش لابس حاجة|مش لابسه حاجه|ولا حاجه|مفيش حاجه|ما عليهاش حاجة",
 "under": "تحته|تحتها|من تحته|من تحتها|جوه|جواه|جواها",
 "cover": "فوطة|الفوطة|بشكير|قميصه|قميصها|فستانها",
},
"fa": {
 "slip": "سر میخوره|سر می خوره|سر می‌خوره|لیز میخوره|لیز می خوره|میفته|می افته|داره میفته|افتاد",
 "wrap": "حوله|ملافه|ملحفه|حوله تن پوش",
},
"he": {
 "slip": "מחליקה|מחליק|נופלת|נופל|גולשת|נשמטת|נפתחת",
 "wrap": "מגבת|המגבת|סדין|הסדין|חלוק|חלוק רחצה",
},
"hi": {
 "slip": "फिसल|फिसल रहा|फिसल रही|फिसलता|फिसलती|सरक|सरक रहा|सरक रही|खिसक|खिसक रहा|खिसक रही|गिर रहा|गिर रही",
 "wrap": "तौलिया|तौलिये|टॉवल|चादर|बाथरोब",
},
"bn": {
 "slip": "পিছলে|খসে পড়ছে|সরে যাচ্ছে|পড়ে যাচ্ছে|khule porche|khule jacche|khose porche|pichle jacche|pichle porche",
 "wrap": "তোয়ালে|গামছা|চাদর|towel|gamcha|towel ta",
 "nothing": "kichu nei|kichui nei|kichu pore nei|kichui pore nei|kichu pora nei|kisu nai|kichu nai",
 "under": "bhetore|bhitore|niche|tolay",
 "cover": "shirt|jama|towel|gamcha|nighty|dress",
},
"th": {
 "slip": "หลุด|กำลังหลุด|ลื่นหลุด|เลื่อนหลุด|หล่น|ร่วง",
 "wrap": "ผ้าขนหนู|ผ้าเช็ดตัว|ผ้าปูที่นอน|เสื้อคลุมอาบน้ำ",
 "cover": "ชุดเดรส|เดรส|ชุดนอน",
},
"vi": {
 "slip": "tuột|đang tuột|tuột xuống|rơi xuống|trượt xuống|sắp tuột",
 "wrap": "khăn tắm|ga giường|áo choàng tắm",
 "nothing": "ko mặc gì|k mặc gì|kh mặc gì|hok mặc gì|hông mặc gì|hổng mặc gì|chả mặc gì|ko có gì|k có gì",
},
"id": {
 "slip": "melorot|merosot|kelepas|copot|jatuh|lepas",
 "wrap": "handuk|sprei|seprai|jubah mandi",
 "nothing": "apa2|ga pake apa2|gak pake apa2|nggak pake apa2|ga pake apa apa|gak pakai apa apa|tanpa apa2",
 "plain": "kaos kaki|kaus kaki",
},
"tl": {
 "slip": "dumudulas|nadulas|dumulas|nahuhulog|nahulog|natatanggal|lumuluwag",
 "wrap": "tuwalya|kumot|bathrobe|roba",
 "nothing": "walang suot|wala siyang suot|walang kahit ano",
 "under": "sa loob|sa ilalim",
 "cover": "polo|damit|bestida|palda",
},
"zh": {
 "nothing": "啥也没穿|什么也没穿着|啥都没穿着",
 "slip": "滑落|滑下|滑下来|快滑下来|掉下|掉下来|要掉|松开|松落",
 "wrap": "浴巾|毛巾|床单|浴袍",
},
"ja": {
 "slip": "ずり落ち|落ちそう|ずれ落ち|滑り落ち|はだけ|ほどけ|はらりと落ち",
 "wrap": "バスタオル|タオル|シーツ|バスローブ",
 "under": "下は|中は",
},
"ko": {
 "slip": "흘러내리|흘러내려|흘러내린|풀리|벗겨지|떨어지",
 "wrap": "수건|타월|목욕 수건|시트|샤워가운",
},
}
