# Word classes of session 28 (i16-acts32), read by Rules/SexualStatements.cs with the kinds they join (no new kind):
#   mount + person      a sucking verb with a partner as its object (suce un inconnu, succhia un ragazzo, chupando um
#     desconhecido, מוצצת לזר, sucking off a stranger): explicit (6), as "riding him" is. The verbs join the mount kind,
#     the partner nouns (a stranger, a guy, un inconnu, un type) the new partner kind (a person whatever follows); a lollipop, a straw or a thumb is no person
#     (thing guard), and alone the verb is a weak word (sexual only beside another sexual word of the prompt).
#   coupling + couple   Czech "při trojce" (the locative of trojka, a threesome) with partners counted (se dvěma muži):
#     explicit. Alone trojka is a tram line or a school mark; "se dvěma" (with two) alone was left out: "trojka se dvěma
#     vozy" (tram 3 with two cars) read as a threesome with a real person named (Acts32Tests look-alike).
#   only + accessory    nothing but heels: Hebrew "חוץ מעקבים" (the prefix מ glued to heels), Portuguese "saltos altos".
#   body + bare         Bengali "বুক বেরিয়ে আছে" (the chest is out), Hindi "सीना" with the out words: nudity (4).
#   braless             Vietnamese no underwear (không mặc đồ lót): with a sheer or wet word in the prompt, nudity.
#   covert + strip + attire   a hidden camera or a leaked picture (versteckte Kamera, كاميرا مخفية, 隠しカメラ, 偷拍) with a
#     stripping verb and a garment anywhere in the prompt: nudity (4), the undressing filmed in secret (new kinds covert,
#     attire; attire is read by nothing else). German and Dutch separable verbs are read as the garment with its particle
#     (Kleid aus, jurk uit); Japanese 上半身裸 and Chinese 裸上身 (bare to the waist, also a shirtless man) only there.
#   garment             Hebrew swimsuit with its prefix (בבגד ים): with a sheer word beside it, as a sheer garment is.
#   bare                Hebrew "covering the" (מכסות את) before a body word: hands covering the breasts, nudity.
# Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list.
W = {'en': {'mount': 'sucking off|sucks off|sucked off|suck off',
        'covert': 'hidden camera|hidden cam|spy cam|spycam|spy camera|secretly filmed|filmed secretly|peephole camera',
        'attire': 'dress|evening dress|gown|clothes|skirt|blouse',
        'partner': 'a stranger|a random guy|some guy|a guy|strangers'},
 'fr': {'mount': 'suce|sucer|suçant',
        'covert': 'caméra cachée|caméra espion|filmée en cachette|filmée à son insu',
        'attire': 'robe|robe de soirée|vêtements|jupe|chemisier',
        'partner': 'un inconnu|un type|un mec|un gars|un étranger|un client|son voisin',
        'braless': 'sans sous-vêtements|sans sous vêtements|sans culotte'},
 'it': {'mount': 'succhia|succhiando|succhiare|succhiava',
        'covert': 'telecamera nascosta|videocamera nascosta|ripresa di nascosto|filmata di nascosto',
        'attire': 'vestito|vestito da sera|abito|abito da sera|vestiti|gonna|camicetta',
        'strip': 'si toglie|togliendosi',
        'partner': 'un ragazzo|uno sconosciuto|un tizio|un cliente|il vicino'},
 'pt': {'mount': 'chupando|chupa|chupar|chupou',
        'covert': 'câmera escondida|câmera oculta|câmara escondida|câmara oculta|filmada escondida',
        'attire': 'vestido|vestido de festa|roupa|roupas|saia|blusa',
        'partner': 'um desconhecido|um estranho|um cara|um rapaz|um cliente|o vizinho'},
 'es': {'mount': 'chupando|chupa|chupar|chupó',
        'covert': 'cámara oculta|cámara escondida|grabada a escondidas|cámara espía',
        'attire': 'vestido|vestido de noche|ropa|falda|blusa',
        'partner': 'un desconocido|un extraño|un tío|un chico|un cliente|el vecino'},
 'he': {'mount': 'מוצצת|מוצץ|מצצה|למצוץ',
        'accessory': 'מעקבים|מנעלי עקב',
        'costume': 'מעקבים|מנעלי עקב',
        'covert': 'מצלמה נסתרת|מצלמה חבויה|במצלמה נסתרת|צולמה בסתר',
        'attire': 'שמלה|השמלה|שמלת ערב|בגדים|הבגדים|חצאית',
        'garment': 'בגד ים|בבגד ים|בגד הים|בבגד הים',
        'bare': 'מכסות את|מכסה את|מסתירות את|מסתירה את',
        'partner': 'לזר|לבחור|לגבר|לו'},
 'cs': {'coupling': 'trojce|při trojce', 'covert': 'skrytá kamera|skrytou kamerou|skryté kamery|skrytou kamerkou|natočená tajně', 'attire': 'šaty|večerní šaty|oblečení|sukni|halenku'},
 'bn': {'bare': 'বেরিয়ে আছে|বেরিয়ে পড়েছে|বের হয়ে আছে|বেরিয়ে গেছে', 'covert': 'গোপন ক্যামেরা|লুকানো ক্যামেরা|লুকিয়ে রাখা ক্যামেরা', 'attire': 'পোশাক|শাড়ি|জামা|গাউন'},
 'vi': {'braless': 'không mặc đồ lót|không có đồ lót|không mặc quần lót|không mặc gì bên trong',
        'covert': 'camera giấu|camera ẩn|camera quay lén|quay lén|camera giấu kín',
        'attire': 'váy|váy dạ hội|quần áo|đầm'},
 'de': {'covert': 'versteckte kamera|versteckter kamera|versteckten kamera|heimlich gefilmt|spannerkamera|spycam',
        'attire': 'kleid|abendkleid|kleider|klamotten|rock|bluse',
        'strip': 'kleid aus|abendkleid aus|kleider aus|klamotten aus|bluse aus'},
 'nl': {'covert': 'verborgen camera|verstopte camera|stiekem gefilmd|spycam', 'attire': 'jurk|avondjurk|kleren|kleding|rok|bloes', 'strip': 'jurk uit|avondjurk uit|kleren uit|bloes uit'},
 'pl': {'covert': 'ukryta kamera|ukrytej kamery|ukrytą kamerą|ukryta kamerka|nagrana z ukrycia', 'attire': 'sukienkę|sukienka|suknię|suknia|ubranie|ubrania|spódnicę|bluzkę'},
 'sv': {'covert': 'dold kamera|dolda kameran|dold kamera|smygfilmad|i smyg', 'attire': 'klänning|klänningen|aftonklänning|aftonklänningen|kläderna|kjolen|blusen', 'strip': 'tar av sig|drar av sig'},
 'ru': {'covert': 'скрытая камера|скрытой камерой|скрытой камеры|снято скрытой|подглядывающая камера', 'attire': 'платье|вечернее платье|одежду|юбку|блузку'},
 'uk': {'covert': 'прихована камера|прихованою камерою|прихованої камери', 'attire': 'сукню|вечірню сукню|одяг|спідницю|блузку'},
 'tr': {'covert': 'gizli kamera|gizli kameraya|gizli kamerayla|gizlice çekilmiş', 'attire': 'elbisesini|gece elbisesini|elbise|kıyafetlerini|eteğini'},
 'el': {'covert': 'κρυφή κάμερα|κρυφής κάμερας|κρυφή κάμερα|τραβηγμένο κρυφά', 'attire': 'φόρεμα|το φόρεμα|βραδινό φόρεμα|ρούχα|τα ρούχα|φούστα'},
 'ar': {'covert': 'كاميرا مخفية|كاميرا خفية|كاميرا سرية|بكاميرا مخفية|صورت سرا', 'attire': 'فستان|فستانها|فستان السهرة|ملابسها|هدومها|تنورتها'},
 'fa': {'covert': 'دوربین مخفی|با دوربین مخفی|مخفیانه فیلم', 'attire': 'لباس|لباسشو|لباسش|لباسش رو|دامن'},
 'hi': {'covert': 'छुपा कैमरा|छिपा कैमरा|छुपे कैमरे|छिपे कैमरे|हिडन कैमरा', 'attire': 'कपड़े|ड्रेस|साड़ी|गाउन'},
 'th': {'covert': 'กล้องแอบถ่าย|กล้องซ่อน|แอบถ่าย', 'attire': 'ชุดราตรี|เสื้อผ้า|กระโปรง'},
 'id': {'covert': 'kamera tersembunyi|kamera tersembunyi|kamera pengintai|direkam diam-diam', 'attire': 'gaun|gaun malam|gaun malamnya|gaunnya|pakaian|pakaiannya|bajunya|roknya'},
 'tl': {'covert': 'nakatagong camera|nakatagong kamera|hidden camera', 'attire': 'gown|damit|kanyang damit|kanyang gown|palda'},
 'ja': {'covert': '隠しカメラ|盗撮|流出画像|流出写真', 'attire': 'ドレス|服を|上半身裸', 'strip': '上半身裸'},
 'zh': {'covert': '偷拍|针孔摄像头|隐藏摄像头|隐藏的摄像头', 'attire': '裙子|礼服|衣服|裸上身', 'strip': '裸上身'},
 'ko': {'covert': '몰래카메라|몰카|몰래 찍은|숨겨진 카메라', 'attire': '드레스|옷을'}}
