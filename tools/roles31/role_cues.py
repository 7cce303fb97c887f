#!/usr/bin/env python3
"""Writes the i16-roles31 sections (session 27) of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv,
surroundings-cues.tsv and uploaded-cues.tsv: the people of the user's home (landlord, landlady, tenant, caretaker,
concierge), more service roles and offices, the user's own surroundings said by a place of their life ("the nurse who
treated me", "our province", "here in the village"), floors and flats (kind `floor`), requests that a picture look real
(kind `real-look`) and more upload words.

- office-cues `relation`: landlord/landlady and tenants: people of the user's life, owned by "my" (level 2) and owning kin
  ("the landlord's wife"); words that are occupant rows of a seat (tenant, inquilina, padrona di casa, locataire, בעלת הבית,
  ev sahibi: "la inquilina de la Moncloa") are left to that kind; `service`: caretakers, concierges, receptionists, masseuses, secretaries, the till girl: anyone
  until the user's surroundings single one out; `role`: offices (gedeputeerde, statenlid); `local`: the user's surroundings
  (onze provincie, naszego okręgu, här i byn, mahalledeki, que me atendeu, làng em, আমাদের কলেজের, うちの会社の);
  `outlet`/`media`: broadcast roles and programmes (MC dẫn bản tin, TG regionale).
- surroundings `floor`: a floor or flat a neighbour lives on ("du deuxième", "do 3º", "van drie hoog", "z czwartego
  piętra", "طبقه بالا"), never "next door" (an archetype: the girl next door); `real-look`: "make it look real",
  "soll echt aussehen", "realistisch", "صورة واقعية", 逼真 (read beside a real-person hint with suggestive content only);
  `neighbour`: more neighbour words.
- uploaded cues: "photo attached" (사진 첨부, фото прикрепил), Persian and Bengali "whose photo I uploaded" forms.
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic
and Greek rows also without diacritics.
Run: python3 tools/roles31/role_cues.py   (rewrites its own sections through tools/lexicon-data/cue_sections.py; idempotent)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import cue_rows, write_section  # noqa: E402

MARKER = "# Branch i16-roles31 (session 27):"

ROWS = {
"relation": {
 "en": "landlady|landlord|lodger|housemate|flatmate",
 "de": "vermieterin|vermieter|untermieterin|mieterin|mitbewohnerin",
 "fr": "logeuse|bailleuse|colocataire|coloc",
 "es": "casera|arrendadora|compañera de piso|companera de piso",
 "it": "proprietaria di casa|proprietaria dell'appartamento|coinquilina",
 "pt": "senhoria|senhorio|colega de casa|colega de quarto",
 "nl": "huisbazin|huisbaas|verhuurster|verhuurder|huurster|huisgenote",
 "pl": "właścicielka mieszkania|właściciel mieszkania|współlokatorka",
 "cs": "bytná|majitelka bytu|spolubydlící|nájemnice",
 "sv": "hyresvärd|hyresvärdinna|inneboende|rumskompis",
 "ru": "квартирная хозяйка|хозяйка квартиры|арендодательница|квартирантка|соседка по квартире",
 "uk": "орендодавиця|хазяйка квартири|господиня квартири|квартирантка|сусідка по квартирі",
 "tr": "ev sahibesi|kiracı|ev arkadaşı",
 "el": "σπιτονοικοκυρά|σπιτονοικοκύρης|συγκάτοικος|νοικάρισσα",
 "he": "בעלת הדירה|בעל הדירה|השותפה לדירה|השוכרת",
 "ar": "صاحبة الشقة|صاحب الشقة|صاحبة البيت|صاحب البيت|المؤجرة",
 "fa": "صاحبخونه|صاحب‌خونه|صاحبخانه|صاحب‌خانه|هم‌خونه|همخونه",
 "hi": "मकान मालकिन|मकान मालिक|किरायेदार|किराएदार",
 "bn": "বাড়িওয়ালি|বাড়িওয়ালা|বাড়িওয়ালী|ভাড়াটে|বৌদি|বউদি",
 "th": "เจ้าของห้องเช่า|เจ้าของหอ|เจ้าของบ้านเช่า|รูมเมท",
 "vi": "bà chủ nhà|chủ nhà trọ|chủ trọ|cô chủ nhà|bạn cùng phòng",
 "id": "ibu kos|ibu kost|pemilik kos|pemilik kost|induk semang|teman sekamar",
 "tl": "landlady|kasera|kasero|kasama sa bahay|ka-boarding",
 "ja": "大家さん|大家|ルームメイト",
 "zh": "房东|房東|包租婆|室友|合租的",
 "ko": "집주인|주인집|룸메이트|하숙집 아주머니",
},
"service": {
 "en": "caretaker|concierge|receptionist|masseuse|cleaning lady|secretary|girl at the till|girl on the till|till girl|checkout girl",
 "de": "hausmeisterin|hauswartin|concierge|masseurin|putzfrau|sekretärin|empfangsdame",
 "fr": "concierge|gardienne d'immeuble|masseuse|femme de ménage|secrétaire|hôtesse d'accueil|adjointe|adjointe à la culture|adjointe au maire",
 "es": "portera|conserje|masajista|señora de la limpieza|secretaria",
 "it": "portinaia|custode|massaggiatrice|donna delle pulizie|segretaria|receptionist",
 "pt": "porteira|zeladora|massagista|faxineira|secretária",
 "nl": "conciërge|huismeester|masseuse|schoonmaakster|secretaresse|receptioniste|kassamevrouw|caissière|kassameisje",
 "pl": "dozorczyni|gospodyni domu|masażystka|sprzątaczka|sekretarka|recepcjonistka",
 "cs": "domovnice|správcová|masérka|uklízečka|sekretářka|recepční",
 "sv": "vicevärd|massös|städerska|sekreterare|receptionist|kassörska|kassörskan|tjejen i kassan|kassatjejen",
 "ru": "консьержка|вахтёрша|вахтерша|массажистка|уборщица|секретарша|секретарь|администраторша",
 "uk": "консьєржка|вахтерка|масажистка|прибиральниця|секретарка|адміністраторка",
 "tr": "kapıcı|kapici|masöz|temizlikçi|sekreter|resepsiyonist|kasiyer",
 "el": "θυρωρός|μασέζ|καθαρίστρια|γραμματέας|ρεσεψιονίστ",
 "he": "השרתית|המסאז'יסטית|המנקה|המזכירה|פקידת הקבלה",
 "ar": "البوابة|المدلكة|مدلكة|عاملة النظافة|السكرتيرة|سكرتيرة|موظفة الاستقبال",
 "fa": "سرایدار|ماساژور|ماساژیست|منشی|صندوقدار",
 "hi": "मालिश वाली|सफाई वाली|सेक्रेटरी|रिसेप्शनिस्ट|कैशियर",
 "bn": "ম্যাডাম|ম্যাম|দিদিমণি|ম্যাসাজ করা|রিসেপশনিস্ট|সেক্রেটারি",
 "th": "แม่บ้าน|หมอนวด|เลขา|พนักงานต้อนรับ|พนักงานเซเว่น|แคชเชียร์",
 "vi": "chị lao công|cô lao công|nhân viên mát xa|thư ký|lễ tân|cô thu ngân|chị thu ngân",
 "id": "mbak kasir|tukang pijat|sekretaris|resepsionis|mbak resepsionis",
 "tl": "masahista|sekretarya|resepsyonista|kahera",
 "ja": "管理人|管理人さん|受付の人|受付の女性|受付のお姉さん|受付|マッサージ師|秘書|事務員|レジの",
 "zh": "保洁阿姨|按摩师|秘书|前台|收银员|宿管阿姨",
 "ko": "경비 아주머니|마사지사|비서|경리|경리 언니|안내데스크 직원|캐셔",
},
"role": {
 "nl": "gedeputeerde|statenlid",
 "pl": "posłanka|poseł",
},
"local": {
 "en": "who served me|who treated me|at my gym|here in the village|in our village",
 "de": "die mich behandelt hat|die mich bedient hat|hier im dorf|bei uns im dorf|unseres hauses|meines hauses|in unserer firma|unserer firma",
 "fr": "qui m'a soignée|qui m'a soigné|qui m'a servi|de ma salle de sport|de ma boîte|de ma boite",
 "es": "que me atendió|que me atendio|de mi gimnasio|de mi empresa|de mi oficina",
 "it": "che mi ha visitato|che mi ha servito|della mia azienda|del mio ufficio",
 "pt": "minha freguesia|nossa freguesia|da minha junta|que me atendeu|que me atendeu no posto|que me serviu|do meu ginásio|da minha academia|da minha empresa",
 "nl": "onze provincie|mijn provincie|hier in het dorp|hier in de buurt|van mijn werk|op mijn werk",
 "pl": "naszego okręgu|naszego okregu|mojego okręgu|mojego okregu|naszym okręgu|naszym okregu|z mojej pracy|z mojej siłowni|z mojej silowni",
 "cs": "našeho obvodu|naší obce|nasi obce|z mojí práce|z mojí posilovny",
 "sv": "här i byn|har i byn|här i stan|har i stan|på mitt jobb|pa mitt jobb|på mitt gym",
 "ru": "моего фитнес-клуба|моего спортзала|нашего спортзала|моей работы|нашего офиса|нашего дома",
 "uk": "мого спортзалу|нашого спортзалу|мого фітнес-клубу|моєї роботи|нашого офісу|нашого будинку",
 "tr": "mahalledeki|mahalledeki|sitedeki|sitemizdeki|apartmandaki|işyerimdeki|isyerimdeki|spor salonundaki",
 "el": "της γειτονιάς μας|της δουλειάς μου|του γυμναστηρίου μου",
 "he": "מהעבודה שלי|מחדר הכושר שלי|מהבניין שלנו",
 "ar": "في عملي|في شركتنا|في النادي بتاعي|في عمارتنا",
 "fa": "باشگاهمون|شرکتمون|ساختمونمون",
 "hi": "हमारे ऑफिस की|मेरे ऑफिस की|हमारे कॉलेज की|मेरे जिम की|हमारे जिम की",
 "bn": "আমাদের কলেজের|আমাদের স্কুলের|আমাদের অফিসের|আমার অফিসের|আমার কলেজের",
 "th": "ที่ทำงานผม|ที่ทำงานฉัน|แถวบ้านเรา|ฟิตเนสที่ผมไป",
 "vi": "làng em|lang em|xã em|công ty em|công ty tôi|công ty mình|cơ quan tôi|cơ quan em",
 "id": "kampung kami|kampung saya|desa kami|kantor saya|kantorku|gym saya",
 "tl": "sa opisina namin|sa gym ko|sa barangay namin|sa amin",
 "ja": "うちの会社の|うちの会社|職場の|うちの大学の|うちの病院の|通ってる病院の",
 "zh": "我们公司|我们单位|我们小区的|我们学校的|我们村",
 "ko": "우리 회사|우리 동네|우리 아파트|우리 학교|우리 헬스장",
},
"outlet": {
 "it": "tg regionale|tgr|tg locale",
 "vi": "bản tin thời tiết buổi sáng",
},
"media": {
 "vi": "cô mc|nữ mc|biên tập viên thời tiết",
 "it": "meteorina|annunciatrice",
},
}

SURROUNDINGS = {
"floor": {
 "en": "from the first floor|from the second floor|from the third floor|from the fourth floor|from the fifth floor|from the sixth floor|on the second floor|on the third floor|on the fourth floor|on the fifth floor|from the 2nd floor|from the 3rd floor|from the 4th floor|from the 5th floor|from upstairs|from downstairs|from flat|from apartment",
 "de": "aus dem ersten stock|aus dem zweiten stock|aus dem dritten stock|aus dem vierten stock|aus dem fünften stock|aus dem erdgeschoss|aus dem dachgeschoss|aus dem hochparterre|im ersten stock|im zweiten stock|im dritten stock|im vierten stock|im erdgeschoss|über uns|aus der wohnung über|aus der wohnung unter",
 "fr": "du premier|du deuxième|du second|du troisième|du quatrième|du cinquième|du sixième|du rez-de-chaussée|du dessus|du dessous|du 1er|du 2e|du 3e|du 4e|du 5e|de l'étage|du palier|de palier",
 "es": "del primero|del segundo|del tercero|del cuarto|del quinto|del sexto|del bajo|del ático|del atico|del 1º|del 2º|del 3º|del 4º|del 5º|del piso de arriba|del piso de abajo|de arriba",
 "it": "del primo piano|del secondo piano|del terzo piano|del quarto piano|del quinto piano|al primo piano|al secondo piano|al terzo piano|al quarto piano|del piano di sopra|del piano di sotto|di pianerottolo|del pianerottolo|di sopra",
 "pt": "do primeiro|do segundo|do terceiro|do quarto andar|do quinto|do 1º|do 2º|do 3º|do 4º|do 5º|do 1.º|do 2.º|do 3.º|do 4.º|do rés-do-chão|do andar de cima|do andar de baixo|de cima",
 "nl": "van één hoog|van een hoog|van twee hoog|van drie hoog|van vier hoog|van vijf hoog|van tweehoog|van driehoog|van vierhoog|van de eerste verdieping|van de tweede verdieping|van de derde verdieping|van de vierde verdieping|op de derde verdieping|van boven ons|van beneden ons|van hierboven|van de benedenverdieping",
 "pl": "z pierwszego piętra|z drugiego piętra|z trzeciego piętra|z czwartego piętra|z piątego piętra|z parteru|z piętra wyżej|z piętra niżej|piętro wyżej|piętro niżej|z mieszkania nad nami|z mieszkania pod nami",
 "cs": "z prvního patra|z druhého patra|ze třetího patra|ze čtvrtého patra|z pátého patra|z přízemí|z horního patra|o patro výš|o patro níž|nad námi|pod námi|z bytu nad námi|z bytu pod námi",
 "sv": "på första våningen|på andra våningen|på tredje våningen|på fjärde våningen|på femte våningen|på våning|en trappa upp|två trappor upp|tre trappor upp|en trappa ner|ovanpå oss|våningen ovanför|våningen under",
 "ru": "с первого этажа|со второго этажа|с третьего этажа|с четвёртого этажа|с четвертого этажа|с пятого этажа|с верхнего этажа|с нижнего этажа|этажом выше|этажом ниже|из квартиры сверху|из квартиры снизу|из квартиры напротив",
 "uk": "з першого поверху|з другого поверху|з третього поверху|з четвертого поверху|з п'ятого поверху|з пʼятого поверху|з п’ятого поверху|з верхнього поверху|поверхом вище|поверхом нижче|з квартири навпроти|з квартири зверху",
 "tr": "üst kattaki|alt kattaki|üst katta oturan|alt katta oturan|birinci kattaki|ikinci kattaki|üçüncü kattaki|dördüncü kattaki|beşinci kattaki|1. kattaki|2. kattaki|3. kattaki|4. kattaki|5. kattaki|karşı dairedeki|yan dairedeki",
 "el": "του πρώτου ορόφου|του δεύτερου ορόφου|του τρίτου ορόφου|του τέταρτου ορόφου|του πέμπτου ορόφου|του πάνω ορόφου|του κάτω ορόφου|του ισογείου|από τον πάνω όροφο|από τον κάτω όροφο|ορόφου",
 "he": "מהקומה|מהקומה העליונה|מהקומה למעלה|מהדירה ממול|מהדירה למעלה|מהדירה למטה|בקומה מעלינו|בקומה מתחתינו",
 "ar": "في الطابق|الطابق الأول|الطابق الثاني|الطابق الثالث|الطابق الرابع|الطابق العلوي|الطابق السفلي|الدور الأول|الدور التاني|الدور الثاني|الدور التالت|الدور الثالث|اللي فوقنا|اللي تحتنا|الشقة المقابلة",
 "fa": "طبقه بالا|طبقه پایین|طبقه اول|طبقه دوم|طبقه سوم|طبقه چهارم|واحد روبرو|واحد بالا|واحد پایین|واحد بالایی|واحد پایینی",
 "hi": "ऊपर वाले फ्लैट|नीचे वाले फ्लैट|ऊपर वाली मंजिल|ऊपर की मंजिल|नीचे की मंजिल|दूसरी मंजिल|तीसरी मंजिल|ऊपर वाली|नीचे वाली",
 "bn": "উপরের ফ্ল্যাটের|নিচের ফ্ল্যাটের|উপরতলার|নিচতলার|দোতলার|তিনতলার|চারতলার|পাঁচতলার",
 "th": "ชั้นบน|ชั้นล่าง|ห้องชั้นบน|ห้องชั้นล่าง|ชั้นสอง|ชั้นสาม|ชั้นสี่|ชั้นห้า",
 "vi": "tầng trên|tầng dưới|tầng 2|tầng 3|tầng 4|tầng 5|tầng hai|tầng ba|tầng bốn|tầng năm",
 "id": "lantai atas|lantai bawah|lantai 2|lantai 3|lantai 4|lantai dua|lantai tiga|lantai empat|kamar atas",
 "tl": "sa itaas na unit|sa ikalawang palapag|sa ikatlong palapag|sa ikaapat na palapag|sa itaas na palapag|sa ibabang palapag",
 "ja": "上の階|下の階|上の部屋|下の部屋|2階の|3階の|4階の|5階の|二階の|三階の",
 "zh": "楼上|楼下|二楼的|三楼的|四楼的|五楼的|2楼的|3楼的|4楼的|5楼的|樓上|樓下",
 "ko": "윗집|아랫집|위층|아래층|윗층|아랫층",
},
"real-look": {
 "en": "make it look real|look real|looks real|realistic|photorealistic|photo-realistic|lifelike|hyperrealistic|like a real photo",
 "de": "echt aussehen|echt wirken|echt aussieht|realistisch|fotorealistisch|lebensecht|wie ein echtes foto",
 "fr": "réaliste|photoréaliste|l'air vrai|comme une vraie photo|plus vrai que nature",
 "es": "realista|fotorrealista|hiperrealista|que parezca real|que se vea real|como una foto real",
 "it": "realistica|realistico|realistiche|fotorealistic|iperrealistic|che sembri vera|che sembri reale|come una foto vera",
 "pt": "realista|fotorrealista|hiper-realista|que pareça real|que pareça verdadeira|como uma foto real",
 "nl": "realistisch|fotorealistisch|echt lijken|echt uitzien|echt uitziet|als een echte foto",
 "pl": "realistycz|fotorealistycz|wyglądało prawdziwie|wyglądało realnie|jak prawdziwe zdjęcie",
 "cs": "realistick|fotorealistick|vypadá skutečně|vypadalo skutečně|jako skutečná fotka|jako opravdová fotka",
 "sv": "realistisk|fotorealistisk|se äkta ut|se verklig ut|som ett riktigt foto",
 "ru": "реалистичн|фотореалистичн|выглядело реально|как настоящее фото|как живая",
 "uk": "реалістичн|фотореалістичн|виглядало реально|як справжнє фото",
 "tr": "gerçekçi|gerçek gibi|gerçek fotoğraf gibi",
 "el": "ρεαλιστικ|φωτορεαλιστικ|να φαίνεται αληθινή|σαν αληθινή φωτογραφία",
 "he": "ריאליסטי|מציאותי|שייראה אמיתי|שיראה אמיתי|כמו תמונה אמיתית",
 "ar": "واقعية|واقعي|تبدو حقيقية|كأنها حقيقية|صورة حقيقية",
 "fa": "واقعی|واقع‌گرایانه|رئال",
 "hi": "असली जैसी|असली जैसा|असली लगे|रियलिस्टिक|यथार्थवादी",
 "bn": "বাস্তবসম্মত|বাস্তবের মতো|আসল মনে হয়|রিয়েলিস্টিক|আসল ছবির মতো",
 "th": "สมจริง|เหมือนจริง|เหมือนรูปจริง",
 "vi": "chân thực|chân thật|như thật|giống thật",
 "id": "realistis|kayak asli|seperti asli|terlihat nyata|kelihatan asli",
 "tl": "makatotohanan|parang totoo|realistic",
 "ja": "リアルに|リアルな|実写|本物みたい|写真みたい",
 "zh": "逼真|写实|寫實|像真的|真实感|真實感",
 "ko": "실사|리얼하게|진짜처럼|사실적",
},
"intimate": {
 "it": "mutande|mutandine",
 "pt": "roupa interior",
},
"neighbour": {
 "el": "γειτόνισσας|γειτονισσας",
 "vi": "chị hàng xóm|cô hàng xóm",
},
}

UPLOADED = {
 "ko": "사진 첨부|첨부한 사진|첨부함|첨부했",
 "ru": "фото прикрепил|фото прикрепила|прикреплённое фото|прикрепленное фото|прикрепил фото",
 "uk": "фото прикріпив|фото прикріпила|прикріплене фото",
 "fa": "عکسشو آپلود|عکسش رو آپلود|عکسشو فرستادم",
 "bn": "ছবি আপলোড করলাম|ছবি দিলাম|ছবি পাঠালাম",
 "es": "la de la foto|la de la imagen",
 "pt": "a da foto|a da imagem",
 "it": "quella della foto",
 "en": "the one in the photo|the one from the photo",
 "de": "die auf dem foto",
 "ja": "アップした写真|添付した写真|写真添付",
 "zh": "照片附上|附上照片|附图",
}

def main():
    data = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data")
    comment = [MARKER + " the people of the user's home (relation: landlord, landlady, tenant), service roles of a",
               "# place of the user's life (caretaker, concierge, receptionist, masseuse, the till girl), offices, the user's surroundings",
               "# (our province, here in the village, who treated me, うちの会社の) and broadcast roles. Written by tools/roles31/role_cues.py",
               "# for GenScreen from general knowledge of each language (MIT, this project)."]
    print(write_section(os.path.join(data, "office-cues.tsv"), MARKER, comment, cue_rows(tuple(ROWS.items()), lower=True)), "office rows")
    comment = [MARKER + " floors and flats a neighbour lives on (floor; never 'next door', which archetypes use),",
               "# requests that the picture look real (real-look; read beside a real-person hint with suggestive content only), more",
               "# neighbour words. Written by tools/roles31/role_cues.py for GenScreen (MIT, this project)."]
    print(write_section(os.path.join(data, "surroundings-cues.tsv"), MARKER, comment, cue_rows(tuple(SURROUNDINGS.items()), lower=True)), "surroundings rows")
    comment = [MARKER + " 'photo attached', 'whose photo I uploaded', 'the one in the photo'. Written by",
               "# tools/roles31/role_cues.py for GenScreen (MIT, this project)."]
    rows = sorted({(lang, w) for lang, ws in UPLOADED.items() for w in ws.split("|")})
    print(write_section(os.path.join(data, "uploaded-cues.tsv"), MARKER, comment, rows), "uploaded rows")

if __name__ == "__main__":
    main()
