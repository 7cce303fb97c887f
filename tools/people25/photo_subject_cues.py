#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Rules/Data/photo-subject-cues.tsv (session 23, i16-people25): the word classes by which
a text-to-image prompt singles out the person of a photo the user has (no input image is sent), in the 26 languages:

  photo   a photo reference: a photo noun in the form a preposition, a definite or demonstrative word, "attached" or a
          postposition gives it ("from the photo", "in this pic", "z fotky", "ze zdjęcia", "с прикреплённой фотки",
          "fotoğraftaki", "photo wali", 照片里, 사진 속, 写真の). The phrases are generated below from each language's
          prepositions x determiners x photo nouns (their inflected forms), not listed one by one.
  after   a word right after a photo reference that makes it something else: a compound ("photo shoot", "photo studio")
          or a likeness ("ছবির মতো", 写真のような: like a photo).
  face    a face noun (a word start; the rest of the word may inflect: Gesicht(es), twarzy, wajahnya, yüzünü).
  keep    a word that keeps the face as it is: same, unchanged, identical, exactly, preserve, don't change, 一模一样, 그대로.
  real    real/true/original: keeps the face only beside an `own` word (her, his, their, use): "use her real face".
  own     a possessive or "use" word for `real`.
  scene   a noun that a `keep` word right before it belongs to instead ("same pose", "same lighting", "same background").

Read by Rules/PhotoSubject.cs only when a text-to-image prompt has undressing or nudity. Written for GenScreen from general
knowledge of each language (MIT, this project). Run: python3 tools/people25/photo_subject_cues.py
"""
import os, unicodedata

def alts(s):
    return [w.strip() for w in s.split("|") if w.strip()]

# The photo reference is read as grammar over words in the cased scripts (Latin, Cyrillic, Greek): a photo `noun` is a
# reference when the word before it is `this` ("attached"; a demonstrative where captions do not open with one: этой, téhle) or a
# `prepdet` (a preposition that needs no article: della, im, z, с, di, trong; every preposition of a language without articles),
# or when the two words before it are a `det` (the, this, la, cette, dem; a classifier: tấm) after a `prep`, `prepdet` or `this` ("from the
# photo", "aus dem Foto", "trong tấm ảnh"), or when the word after it is a `tail` ("foto ini", "photo wali", "image jointe");
# a `ref` is a noun form that is a reference by itself (Turkish fotoğraftaki, resimden). Other scripts list whole `photo` phrases.
NOUN = {
 "en": "photo|photos|pic|pics|picture|pictures|image|images|snapshot|screenshot|selfie|photograph|foto|img",
 "de": "foto|bild|pic|selfie|screenshot|fotos|bilde", "fr": "photo|image|pic|selfie|photographie", "es": "foto|imagen|fotografía|pic|selfie",
 "it": "foto|immagine|pic|selfie|fotografia", "pt": "foto|imagem|fotografia|pic|selfie", "nl": "foto|afbeelding|plaatje|pic|selfie",
 "pl": "zdjęcia|zdjęciu|zdjęcie|fotki|fotce|fotkę|fotografii|foty|focie|obrazka|obrazku|selfie|fotka",
 "cs": "fotky|fotce|fotku|fotka|fotografie|fotografii|obrázku|obrázek|selfie",
 "sv": "bilden|fotot|selfien|fotografiet", "tr": "fotoğraf|fotograf|resim|görsel|gorsel|foto", "vi": "ảnh|hình", "id": "foto|gambar|pic|poto|selfie",
 "tl": "picture|pic|litrato|larawan|photo|larawang|litratong|picture na", "hi": "photo|pic|tasveer|foto",
 "ru": "фото|фотки|фотке|фотку|фотографии|фотографию|картинки|картинке|картинку|снимка|снимке|снимок|селфи|изображения|изображении|фоточки|фоточке",
 "uk": "фото|фотки|фотці|фотку|фотографії|фотографію|картинки|картинці|знімка|знімку|знімок|селфі|зображення|зображенні",
 "el": "φωτογραφία|φώτο|εικόνα|φωτό|selfie",
}
REF = {"tr": "fotoğraftaki|fotograftaki|resimdeki|görseldeki|gorseldeki|fotodaki|fotoğraftan|fotograftan|resimden|görselden|fotoğrafta|resimde"}
PREP = {"en": "from|in|on|of", "de": "aus|auf|in|von|an", "fr": "de|sur|dans|en", "es": "de|en|desde", "it": "di|in|da|su",
 "pt": "de|em", "nl": "van|op|uit|in", "sv": "", "el": "από|σε|απ"}
PREPDET = {"it": "della|nella|dalla|sulla|dell|nell|dall|sull", "pt": "da|na|dessa|desta|nessa|nesta|naquela|daquela",
 "de": "im|vom|aufm", "es": "del", "fr": "du",
 "pl": "z|ze|na|w", "cs": "z|ze|na|v", "sv": "på|från|i|ur", "ru": "с|со|на|из|в", "uk": "з|із|зі|на|в|у",
 "el": "στη|στην|στο|απ'", "vi": "trong|ở|từ|của", "id": "di|dari|dalam|pada", "tl": "sa|nasa"}
DET = {"en": "the|that|these|those|my|this", "de": "dem|den|das|meinem|diesem|diesen|dieses|dieser", "fr": "la|le|l|cette|ce|ma",
 "es": "la|el|mi|esta|esa|este|ese", "it": "la|questa|quella|questo|mia|l",
 "pt": "a|o|minha|essa|esta|este|esse", "nl": "de|het|mijn|die|deze", "el": "τη|την|το", "vi": "tấm|bức|cái", "tl": "ang", "sv": "", "ru": "", "uk": "", "pl": "", "cs": ""}
THIS = {"en": "attached|uploaded", "de": "angehängten|hochgeladenen|beigefügten",
 "nl": "bijgevoegde|geüploade|geuploade", "pl": "tego|tej|tym|to|tę|załączonego|załączonej|załączonym|załączone|przesłanego",
 "cs": "té|této|téhle|tý|tuhle|tuto|přiložené|přiloženého|přiloženém|přiloženou",
 "sv": "bifogade|uppladdade|här|där", "tr": "bu|ekteki|şu", "ru": "этой|этого|этом|эту|этот|прикреплённой|прикрепленной|прикреплённого|прикрепленного|прикреплённом|прикрепленном|приложенной|приложенного",
 "uk": "цієї|цього|цьому|цій|цю|цей|прикріпленої|прикріпленого|прикріпленому|прикріпленій|доданого|доданої",
 "el": "αυτή|αυτήν|αυτό|συνημμένη|συνημμένο|συνημμένης", "tl": "naka-attach|nakalakip"}
TAIL = {"en": "attached|above", "fr": "jointe|ci-jointe|joint", "es": "adjunta|adjunto", "it": "allegata|allegato", "pt": "anexada|anexa|anexado",
 "nl": "hierboven", "vi": "này|đính|kia", "id": "ini|itu|terlampir|yang dilampirkan|yang aku lampirin|yang gue lampirin|yang kulampirkan|yang saya lampirkan", "tl": "na ito|ito", "hi": "wali|wale|waali|vali|mein", "tr": "",
 "sv": "", "de": "", "el": ""}
PHOTO = {
 "ar": ["في الصورة", "من الصورة", "بالصورة", "هذه الصورة", "الصورة المرفقة", "في الصوره", "من الصوره", "صاحبة الصورة", "هاي الصورة", "الصورة دي"],
 "fa": ["توی عکس", "تو عکس", "در عکس", "از عکس", "داخل عکس", "این عکس", "عکس پیوست", "عکس ضمیمه"],
 "he": ["מהתמונה", "בתמונה", "מהצילום", "בצילום", "התמונה המצורפת", "התמונה הזאת", "התמונה הזו", "מהסלפי", "בסלפי"],
 "hi": ["फोटो वाली", "फोटो वाले", "फोटो में", "फ़ोटो वाली", "फ़ोटो में", "तस्वीर वाली", "तस्वीर में", "इस फोटो", "इस तस्वीर", "फोटो की", "फ़ोटो की"],
 "bn": ["ছবির", "ছবিতে", "ছবিটার", "ছবিটির", "ছবিটাতে", "এই ছবি", "সংযুক্ত ছবি", "ফটোর", "ফটোতে"],
 "th": ["ในรูป", "ในภาพ", "จากรูป", "จากภาพ", "รูปนี้", "ภาพนี้", "รูปที่แนบ", "ภาพที่แนบ"],
 "zh": ["照片里", "照片中", "照片上", "图里", "图中", "图上", "图片里", "图片中", "张照片", "张图", "附件图", "附件里", "附图", "照片裡", "圖裡", "圖片裡", "圖中", "張照片", "張圖"],
 "ja": ["写真の", "画像の", "写真に写", "画像に写", "この写真", "この画像", "添付した写真", "添付した画像", "添付の写真", "添付の画像", "写真から", "画像から"],
 "ko": ["사진 속", "사진속", "사진의", "사진에 있는", "사진에 나온", "이미지 속", "이미지의", "이 사진", "이 이미지", "첨부한 사진", "첨부한 이미지", "첨부 사진"],
}

AFTER = {
 "en": "shoot|shoots|shooting|studio|booth|session|sessions|frame|realistic|real|realism|quality|style|op|lab|paper|print|filter|editing|gallery|wall|window|set",
 "de": "",
 "fr": "réaliste|realiste|studio",
 "es": "realista|estudio",
 "it": "realistica|realistico|studio",
 "pt": "realista|estúdio|estudio",
 "nl": "studio|realistisch",
 "pl": "", "cs": "", "sv": "", "tr": "gibi", "vi": "chân dung", "id": "studio|realistis", "tl": "",
 "ru": "", "uk": "", "el": "",
 "ar": "", "fa": "", "he": "", "hi": "जैसी|जैसा|jaisi|jaisa|तरह|क्वालिटी|स्टाइल", "bn": "মতো|মত|মতন|জন্য|জন্যে|সংগ্রহ|স্টাইল|পোজ|মান|ফ্রেম", "th": "ถ่าย|ยนตร์|วาด|ร่าง|แบบ|ลักษณ์", "zh": "级|級|质感|風格|风格",
 "ja": "ような|様な|みたい|風|ように|質感|撮影|スタジオ|集", "ko": "같은|같이|처럼|분위기|느낌|질감|스타일|촬영|스튜디오",
}

FACE = {
 "en": "face|faces", "de": "gesicht*", "fr": "visage*", "es": "cara|rostro*", "it": "viso|faccia|volto", "pt": "rosto*|cara",
 "nl": "gezicht*", "pl": "twarz*", "cs": "obličej*|ksicht*", "sv": "ansikte*", "tr": "yüz|yüzü*|yüzün*|surat*",
 "vi": "mặt|khuôn mặt|gương mặt", "id": "wajah*|muka*", "tl": "mukha*", "ru": "лицо|лица|лицом|лицу|лице", "uk": "обличч*",
 "el": "πρόσωπο*|πρόσωπα|φάτσα*",
 "ar": "وجه|وش", "fa": "صورت|چهره", "he": "פנים|פרצוף", "hi": "chehra*|chehre*|face|चेहरा|चेहरे|फेस",
 "bn": "মুখ|চেহারা", "th": "หน้า|ใบหน้า", "zh": "脸|臉|面部|面孔|五官|长相|長相", "ja": "顔", "ko": "얼굴",
}

# phrases holding a photo phrase that name something else (地图里 on the map, 构图中 in the composition, 插图中 in the
# illustration): a photo phrase inside one is no reference
NOTPHOTO = {"zh": "地图|構圖|构图|插图|插圖|意图|意圖|示意图|蓝图|藍圖|草图|草圖|试图|試圖|贴图|貼圖|绘图|繪圖|制图|製圖|配图|配圖|拼图|拼圖",
 "ja": "", "ko": ""}

# words holding a face cue that name something else (หน้าอก chest, หน้าต่าง window, توجه heading, صورتی pink, 脸红 blush)
NOTFACE = {
 "th": "หน้าอก|หน้าต่าง|หน้าท้อง|หน้าร้อน|ข้างหน้า|ด้านหน้า|หน้าผาก|หน้าจอ|หน้าบ้าน",
 "ar": "توجه|واجه|مواجه|وجهة|اتجاه", "fa": "صورتی|به صورت|بصورت|صورتحساب", "he": "לפנים|פנימ", "bn": "মুখোমুখি|মুখোশ",
 "zh": "脸红|臉紅|丢脸|丟臉", "vi": "mặt trời|mặt trăng|mặt nước|mặt đất|mặt biển|mặt hồ|mặt bàn",
 "ko": "", "ja": "顔負け",
}

KEEP = {
 "en": "same|unchanged|identical|exactly|preserve|preserved|intact|as it is|as is|don't change|do not change|dont change|untouched",
 "de": "gleich|gleiche|gleiches|selbe|selbes|dasselbe|beibehalten|behalten|unverändert|identisch|genau so|genauso|nicht verändern|nicht ändern|nicht verändert",
 "fr": "même|identique|pareil|garde|garder|gardez|conserve|conserver|inchangé|ne change pas|ne changez pas|tel quel|telle quelle",
 "es": "igual|igualito|mismo|misma|mantén|manten|mantener|mantenga|idéntica|idéntico|identica|no cambies|no cambie|tal cual|intacta|intacto",
 "it": "stesso|stessa|uguale|identico|identica|mantieni|mantenere|conserva|non cambiare|non modificare|intatto|invariato|tale e quale",
 "pt": "igual|igualzinho|mesmo|mesma|mantém|mantem|mantenha|manter|idêntico|idêntica|identico|não muda|não mude|não mudar|nao muda|nao mude|intacto",
 "nl": "zelfde|hetzelfde|behouden|behoud|houd|identiek|precies|niet veranderen|verander het gezicht niet|ongewijzigd",
 "pl": "ta sama|taka sama|taką samą|tą samą|identyczn*|zachowaj|zachować|nie zmieniaj|bez zmian|dokładnie|zostaw",
 "cs": "stejn*|zachovej|zachovat|neměň|beze změny|identick*|nech",
 "sv": "samma|behåll|behall|likadant|likadan|identiskt|exakt|ändra inte|andra inte|oförändrat|oforandrat",
 "tr": "aynı|ayni|aynen|koru|korunsun|değiştirme|degistirme|değişmesin|kalsın",
 "vi": "giữ|giu|nguyên|y hệt|y chang|như cũ|đừng đổi|không đổi|giống hệt|đúng",
 "id": "sama|tetap|pertahankan|jangan diubah|jangan ubah|jangan diganti|persis",
 "tl": "pareho|parehong|pareho ang|huwag baguhin|wag baguhin|panatilihin|ganun pa rin|ganoon pa rin",
 "ru": "тот же|то же|та же|таким же|такое же|таким|тем же|сохрани|сохранить|оставь|оставить|не меняй|не менять|неизменн*|точно так|один в один",
 "uk": "те саме|той самий|таке ж|таке саме|таким же|збережи|зберегти|залиш|залишити|не змінюй|не змінювати|незмінн*|один в один",
 "el": "ίδιο|ίδια|κράτα|κρατήστε|άφησε|μην αλλάξεις|μην το αλλάξεις|απαράλλαχτο|ακριβώς",
 "ar": "نفس|زي ما هو|زي ما هي|كما هو|كما هي|احتفظ|حافظ|خلي|خليه|لا تغير|لا تغيّر|ما تغير|متغيرش|بالظبط|بالضبط",
 "fa": "همون|همان|همونطوری|همانطور|نگه دار|نگهدار|حفظ|عوض نکن|تغییر نده|دست نزن",
 "he": "אותו|אותן|אותה|תשאיר|להשאיר|שמור|תשמור|לשמור|אל תשנה|בלי לשנות|בדיוק|זהה|זהות",
 "hi": "same|bilkul|wahi|vahi|rakhna|rakho|mat badal|mat badalna|वही|वैसा ही|वैसे ही|रखना|रखो|रखें|मत बदल|बिल्कुल",
 "bn": "একই|একদম|রাখো|রাখবে|রেখো|বদলাবে না|বদলিও না|হুবহু|অপরিবর্তিত",
 "th": "เหมือนเดิม|เดิม|เหมือนกัน|คงไว้|คง|ห้ามเปลี่ยน|ไม่เปลี่ยน|อย่าเปลี่ยน|เป๊ะ",
 "zh": "保持|保留|不变|不變|一样|一樣|一模一样|一模一樣|不要改|别改|別改|不改|不要换|不要動|不要动|原样|原樣",
 "ja": "そのまま|同じ|変えない|変えず|変えないで|維持|保持|キープ",
 "ko": "그대로|유지|똑같이|똑같은|같은|바꾸지|안 바꾸|변경하지",
}

REAL = {
 "en": "real|true|actual|own|original", "de": "echt*|richtiges|eigenes|original*", "fr": "vrai|véritable|propre|original",
 "es": "real|verdadera|verdadero|propia|original", "it": "vera|vero|proprio|propria|originale|reale", "pt": "verdadeiro|real|próprio|original",
 "nl": "echte|eigen|originele", "pl": "prawdziw*|własn*|oryginaln*", "cs": "skutečn*|pravý|pravou|vlastní|původní", "sv": "riktiga|äkta|egna|verkliga",
 "tr": "gerçek|gercek|kendi|orijinal", "vi": "thật|that|thực", "id": "asli|aslinya|sebenarnya", "tl": "totoo|totoong|tunay|tunay na",
 "ru": "настоящ*|реальн*|собственн*|своё|свое|оригинальн*", "uk": "справжн*|реальн*|власн*", "el": "αληθινό|πραγματικό|δικό",
 "ar": "الحقيقي|الحقيقية|الأصلي|الاصلي", "fa": "واقعی|اصلی|خودش", "he": "האמיתיות|האמיתי|האמיתיים|המקוריות|המקורי",
 "hi": "असली|asli|असल", "bn": "আসল", "th": "จริง", "zh": "本人|真脸|真臉|原本的|真实的|真實的", "ja": "本人|実際の|本物の", "ko": "진짜|실제|본인",
}

OWN = {
 "en": "her|his|their|use", "de": "ihr|ihres|sein|seines|nimm|verwende|benutze", "fr": "son|sa|leur|utilise|utilisez|prends",
 "es": "su|usa|utiliza|usar", "it": "sua|suo|usa|utilizza|usare", "pt": "dela|dele|seu|sua|usa|use|usar", "nl": "haar|zijn|gebruik",
 "pl": "jej|jego|użyj|uzyj", "cs": "její|jeji|jeho|použij|pouzij", "sv": "hennes|hans|deras|använd|anvand", "tr": "onun|kullan",
 "vi": "cô ấy|của cô|của anh|của chị|dùng|lấy", "id": "pakai|gunakan|nya", "tl": "niya|gamitin", "ru": "её|ее|его|используй|возьми",
 "uk": "її|його|використай|візьми", "el": "της|του|χρησιμοποίησε", "ar": "ها|استخدم|خد", "fa": "ش|استفاده", "he": "שלה|שלו|תשתמש|השתמש",
 "hi": "उसका|उसकी|इस्तेमाल|uska|uski|use", "bn": "ওর|তার|ব্যবহার", "th": "ของเธอ|ของเขา|ใช้", "zh": "她|他|用", "ja": "の顔|使って", "ko": "그 사람|그녀|써줘|사용",
}

SCENE = {
 "en": "pose|poses|posture|lighting|light|background|angle|composition|outfit|clothes|clothing|hair|style|colors|colours|camera|setting|scene|room|position|expression",
 "de": "pose|licht|beleuchtung|hintergrund|haltung|perspektive|kleidung|frisur|stil|winkel",
 "fr": "pose|éclairage|eclairage|lumière|lumiere|fond|arrière-plan|cadrage|tenue|coiffure|style|angle",
 "es": "pose|iluminación|iluminacion|luz|fondo|encuadre|ropa|peinado|estilo|ángulo|postura",
 "it": "posa|luce|illuminazione|sfondo|inquadratura|vestiti|pettinatura|stile|angolazione",
 "pt": "pose|luz|iluminação|iluminacao|fundo|enquadramento|roupa|penteado|estilo|ângulo",
 "nl": "pose|licht|belichting|achtergrond|houding|kleding|kapsel|stijl",
 "pl": "poza|pozę|światło|swiatlo|tło|tlo|oświetlenie|kadr|fryzura|styl",
 "cs": "póza|póze|poza|světlo|svetlo|pozadí|pozadi|osvětlení|účes|styl",
 "sv": "pose|ljus|ljuset|bakgrund|bakgrunden|belysning|frisyr|stil",
 "tr": "poz|ışık|isik|arka plan|kıyafet|saç|stil|açı",
 "vi": "tư thế|ánh sáng|nền|phông|góc|trang phục|kiểu tóc",
 "id": "pose|pencahayaan|cahaya|latar|background|baju|gaya|sudut",
 "tl": "pose|ilaw|background|damit|buhok|anggulo",
 "ru": "поза|позу|свет|освещение|фон|ракурс|одежда|причёска|прическа|стиль",
 "uk": "поза|позу|світло|освітлення|фон|ракурс|одяг|зачіска|стиль",
 "el": "πόζα|φωτισμό|φωτισμός|φόντο|ρούχα|μαλλιά|στυλ|γωνία",
 "ar": "الوضعية|الإضاءة|الاضاءة|الخلفية|الملابس|الزاوية|الشعر",
 "fa": "ژست|نور|پس زمینه|پس‌زمینه|لباس|زاویه|مو",
 "he": "תנוחה|התנוחה|תאורה|התאורה|רקע|הרקע|בגדים|זווית",
 "hi": "पोज़|पोज|pose|रोशनी|lighting|background|बैकग्राउंड|कपड़े|कपड़े",
 "bn": "ভঙ্গি|আলো|ব্যাকগ্রাউন্ড|পোশাক|পোজ",
 "th": "ท่า|แสง|พื้นหลัง|ชุด|ทรงผม|มุม",
 "zh": "姿势|姿勢|光线|光線|背景|构图|構圖|衣服|发型|髮型|角度|灯光|燈光",
 "ja": "ポーズ|照明|光|背景|構図|服|髪型|アングル",
 "ko": "포즈|조명|배경|구도|옷|헤어|각도",
}

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def cased(s):  # Latin, Cyrillic, Greek: folded spellings too
    return all(c.isascii() or '\u00c0' <= c <= '\u052f' for c in s if c.isalpha())

out = ["# Photo-subject cues (session 23, i16-people25): the word classes by which a text-to-image prompt singles out the person",
       "# of a photo the user has: a photo reference (\"the neighbour from the photo\", \"z fotky\", 照片里), a kept face (\"keep her",
       "# face exactly the same\", \"mukanya tetap sama\", 얼굴 그대로 유지) or her real face (\"use her real face\"). Beside undressing",
       "# or nudity such a prompt asks for that person exposed: read as an img2img request, a nudify request.",
       "# Read by Rules/PhotoSubject.cs only when a text-to-image prompt has undressing or nudity: no other verdict reads them.",
       "# Columns: language, kind (see tools/people25/photo_subject_cues.py), cue (lower case; Latin, Cyrillic and Greek",
       "# cues also without diacritics; they match whole words, a cue ending in * any word it starts; other scripts match where they",
       "# stand). Written for GenScreen from general knowledge of each language (MIT, this project) by",
       "# tools/people25/photo_subject_cues.py, whose comments say how the classes are read."]
seen = set()
def add(lang, kind, w):
    w = w.strip().lower()
    if not w:
        return
    for v in ([w, fold(w)] if cased(w) else [w]):
        if (lang, kind, v) not in seen:
            seen.add((lang, kind, v))
            out.append(f"{lang}\t{kind}\t{v}")

for lang in FACE:
    for w in PHOTO.get(lang, []):
        add(lang, "photo", w)
    for table, kind in ((NOUN, "noun"), (REF, "ref"), (PREP, "prep"), (PREPDET, "prepdet"), (DET, "det"), (THIS, "this"), (TAIL, "tail"), (AFTER, "after"), (FACE, "face"), (NOTFACE, "notface"), (NOTPHOTO, "notphoto"), (KEEP, "keep"), (REAL, "real"), (OWN, "own"), (SCENE, "scene")):
        for w in alts(table.get(lang, "")):
            add(lang, kind, w)
path = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data", "photo-subject-cues.tsv")
open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out) - 8, "cues")
