#!/usr/bin/env python3
"""Writes the i16-roles26 section of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv (session 24): the words that
single out one person of the user's own surroundings, in the 26 languages.

- `local`: the user's own town, street, neighbourhood or shop ("my town", "our village", "de mi pueblo", "bei mir um die
  Ecke", "нашего города", "mahallemizin", "הסופר השכונתי שלנו", "우리 동네", "gần nhà mình"). Like a place, it singles out an
  office or broadcast role beside it ("the mayor of my town"), and it is the only thing that singles out a `service` role.
- `service`: a person who serves the public in one place (cashier, pharmacist, waitress, baker, councillor, nurse, teacher):
  anyone at all, unless the user's own surroundings pin down the one ("the cashier at my local supermarket"). A service
  role is never singled out by a country, organisation or modifier, and it has no kin ("the baker's wife" is anyone's).
- `relation`: a person of the user's life in the form that owns another (boss, neighbour, colleague, friend, brother:
  "my boss's wife", "жена соседа", "komşunun karısı", "مرات جاري", "上司の奥さん"). A `kin` word beside it (read by
  OfficeHolders.TryKin, as "the president's wife") is one person of the user's life: a level-2 hint, as "my coworker" is.
  A relation is never an office: nothing singles it out further.
- `kin`: sister, girlfriend and the Romance and Germanic forms with "my" (`mujer de`, `frau meines`) the older rows lacked.
Written for GenScreen from general knowledge of each language (MIT, this project). Rows are lower case; Latin, Cyrillic and
Greek rows also without diacritics. Inflecting languages (ru, uk, pl, cs, el, tr, de, sv, nl, bn, hi) take endings after a
stem of four letters or more (нашего город|а, koleg|i), as the office rows do.
Run: python3 tools/roles26/role_cues.py   (rewrites the section after its marker line; idempotent)
"""
import os, sys, unicodedata

MARKER = "# Branch i16-roles26 (session 24):"

def combos(first, second):
    """Every word of `first` followed by every word of `second` (possessive and place noun; Greek writes the noun first)."""
    return "|".join(f"{a} {b}" for a in first.split() for b in second.split())

LOCAL = {
"en": combos("my our", "town city village neighbourhood neighborhood street block building area local parish municipality council district estate hometown office gym corner") + "|round my corner|around my corner|near my house|near my place|down my street|on my street|in my building|at my local",
"de": combos("unser unsere unserer unserem unseres mein meine meiner meinem meines", "stadt dorf gemeinde viertel kiez straße strasse ort nachbarschaft wohnblock") + "|bei mir um die ecke|bei uns um die ecke|bei uns im dorf|bei uns im ort|bei uns in der straße|bei mir in der straße",
"fr": combos("mon ma notre", "village ville quartier commune rue immeuble résidence residence bled") + "|en bas de chez moi|près de chez moi|pres de chez moi|à côté de chez moi|a cote de chez moi",
"es": combos("mi nuestro nuestra", "pueblo ciudad barrio calle municipio ayuntamiento urbanización urbanizacion edificio colonia pueblito") + "|debajo de mi casa|cerca de mi casa|al lado de mi casa|de la esquina de mi casa|bajo mi casa",
"it": combos("mio mia nostro nostra", "paese città citta quartiere comune via palazzo condominio") + "|sotto casa mia|sotto casa|vicino a casa mia|vicino casa mia",
"pt": combos("meu minha nosso nossa", "bairro cidade rua prédio predio condomínio condominio vila") + "|perto de casa|perto da minha casa|da esquina de casa|da esquina da minha casa",
"nl": combos("onze ons mijn", "gemeente dorp stad buurt straat wijk buurtsuper flat") + "|bij mij om de hoek|bij ons om de hoek|bij ons in het dorp|bij ons in de straat",
"pl": combos("mojego naszego mojej naszej moim naszym moja nasza mój moj nasz", "miast osiedl wsi dzielnic ulic gmin blok kamienic") + "|pod moim blokiem|pod moim domem|koło mojego domu|kolo mojego domu|u nas na osiedlu|u nas we wsi",
"cs": combos("naší naši našeho našem naše mé mého mém moji mojí můj muj", "obc vesnic měst mest ulic čtvrt ctvrt sídlišt sidlist domu") + "|u nás v|u nas v|u nás na|u nas na",
"sv": combos("vår vårt min mitt", "kommun stad by gata kvarter lokala ort område omrade hus") + "|hos oss|nära mig|nara mig",
"ru": combos("нашего нашей нашем наш наша нашу моего моей моём моем мой моя мою", "город район двор дом посёл посел дерев сел улиц подъезд микрорайон") + "|у дома|у моего дома|возле дома|возле моего дома|рядом с домом|рядом с моим домом",
"uk": combos("нашого нашої нашому нашій наш наша мого моєї моєму моїй мій моя", "міст місь міськ громад сел вулиц район будинк під'їзд селищ") + "|біля дому|біля мого дому|поруч з домом",
"tr": "mahallemiz|mahallemdeki|mahallemin|mahallemde|sokağımız|sokagimiz|sokağımdaki|sokagimdaki|ilçemiz|ilcemiz|şehrimiz|sehrimiz|şehrimin|sehrimin|köyümüz|koyumuz|köyümün|koyumun|kasabamız|kasabamiz|apartmanımız|apartmanimiz|evin yanındaki|evin yanindaki|bizim mahalle|bizim köy|bizim koy|bizim sokak|bizim apartman",
"el": combos("πόλης γειτονιάς χωριού δήμου τετραγώνου πολυκατοικίας νησιού", "μας μου") + "|στη γειτονιά μου|στη γειτονιά μας|κοντά στο σπίτι μου",
"he": "השכונתי שלנו|השכונתית שלנו|של העיר שלנו|העיר שלנו|השכונה שלנו|השכונה שלי|הרחוב שלנו|הרחוב שלי|היישוב שלנו|הבניין שלנו|הבניין שלי|העיר שלי|ליד הבית|ליד הבית שלי|המושב שלנו|הקיבוץ שלנו",
"ar": "مدينتنا|حارتنا|حيّنا|حينا|قريتنا|شارعنا|عمارتنا|منطقتنا|مدينتي|حارتي|قريتي|شارعي|عمارتي|منطقتي|جنب بيتي|جنب البيت|قريب من بيتي|بلدنا|ضيعتنا",
"fa": "شهر ما|محله ما|محله‌مون|محلمون|محله مون|روستای ما|خیابون ما|خیابان ما|ساختمون ما|ساختمان ما|شهرمون|سر کوچه|سر کوچمون|نزدیک خونه|نزدیک خانه|کوچه ما|کوچمون",
"hi": combos("हमारे मेरे", "मोहल्ले शहर गांव गाँव इलाके कस्बे") + "|हमारी गली|मेरी गली|हमारी कॉलोनी|मेरी कॉलोनी|हमारी सोसाइटी|घर के पास|hamare mohalle|mere mohalle|hamari gali|meri gali|hamare gaon|ghar ke paas",
"bn": combos("আমাদের আমার", "পাড়া এলাকা গ্রাম শহর মহল্লা") + "|বাড়ির পাশের|বাসার পাশের|বাসার সামনের",
"th": "แถวบ้าน|ใกล้บ้าน|หน้าบ้าน|เมืองเรา|หมู่บ้านเรา|ซอยเรา|ชุมชนเรา|ปากซอย|ตำบลเรา|อำเภอเรา|จังหวัดเรา|คอนโดเรา",
"vi": "gần nhà|gần nhà mình|gần nhà tôi|gần nhà em|đầu ngõ|đầu hẻm|xóm mình|xóm tôi|xóm em|phường mình|phường tôi|khu phố mình|xã mình|xã tôi|thành phố mình|làng mình|làng tôi|chung cư mình|tòa nhà mình|quê mình|quê tôi",
"id": "dekat rumah|depan rumah|kampung saya|kampung kami|komplek saya|komplek kami|kompleks kami|kota kami|kota saya|desa kami|desa saya|kelurahan kami|perumahan kami|gang rumah|kampungku|kotaku|desaku|kampung gue|komplek gue",
"tl": "sa amin|sa barangay namin|barangay namin|bayan namin|kanto namin|sa kanto|lugar namin|baryo namin|subdivision namin|probinsya namin",
"ja": "地元の|近所の|うちの近くの|家の近くの|最寄りの|うちの町|私の町|うちの地元|うちの近所|近所",
"zh": "我们小区|我家楼下|我家附近|我们村|我们镇|我们市|我们街道|我们县|家门口|我们这儿|我们这里|楼下",
"ko": "우리 동네|우리동네|집 앞|집앞|집 근처|우리 아파트|우리 마을|우리 시|우리 구|동네",
}

SERVICE = {
"en": "cashier|checkout girl|shop assistant|saleswoman|waitress|waiter|barista|bartender|barmaid|pharmacist|baker|hairdresser|postwoman|postman|mail carrier|receptionist|librarian|nurse|doctor|dentist|teacher|gym trainer|personal trainer|yoga teacher|shopkeeper|butcher|florist|lifeguard|policewoman|councillor|councilwoman|councilman|alderman",
"de": "kassiererin|kassierer|verkäuferin|verkaeuferin|verkaufer|kellnerin|kellner|barkeeperin|apothekerin|apotheker|bäckerin|backerin|bäckereifachverkäuferin|friseurin|friseuse|postbotin|briefträgerin|brieftragerin|rezeptionistin|bibliothekarin|krankenschwester|ärztin|arztin|zahnärztin|zahnarztin|lehrerin|trainerin|polizistin|stadträtin|stadtratin|gemeinderätin|gemeinderatin|stadtrat|gemeinderat",
"fr": "caissière|caissiere|caissier|vendeuse|serveuse|serveur|barmaid|pharmacienne|pharmacien|boulangère|boulangere|boulanger|coiffeuse|factrice|réceptionniste|receptionniste|bibliothécaire|bibliothecaire|infirmière|infirmiere|dentiste|institutrice|maîtresse d'école|fleuriste|bouchère|bouchere|épicière|epiciere|policière|policiere|conseillère municipale|conseillere municipale|conseiller municipal|adjointe au maire",
"es": "cajera|cajero|dependienta|dependiente|camarera|camarero|mesera|mesero|farmacéutica|farmaceutica|farmacéutico|farmaceutico|panadera|panadero|peluquera|recepcionista|bibliotecaria|enfermera|doctora|dentista|maestra|profesora|entrenadora|florista|carnicera|frutera|tendera|concejala|concejal|regidora|regidor",
"it": "cassiera|cassiere|commessa|commesso|cameriera|cameriere|barista|farmacista|fornaia|panettiera|parrucchiera|postina|bibliotecaria|infermiera|dottoressa|dentista|maestra|professoressa|istruttrice|fioraia|macellaia|tabaccaia|edicolante|vigilessa|consigliera comunale|consigliere comunale|assessora|assessore",
"pt": "moça do caixa|moca do caixa|operadora de caixa|atendente|vendedora|balconista|garçonete|garconete|garçom|garcom|farmacêutica|farmaceutica|padeira|cabeleireira|recepcionista|bibliotecária|bibliotecaria|enfermeira|médica|medica|dentista|professora|florista|açougueira|acougueira|policial|vereadora|vereador",
"nl": "kassamedewerkster|kassamedewerker|kassière|kassiere|caissière|verkoopster|serveerster|barvrouw|apothekeres|apotheker|bakkersvrouw|kapster|postbode|receptioniste|bibliothecaresse|verpleegster|verpleegkundige|dokter|tandarts|lerares|trainster|bloemiste|politieagente|raadslid|wethouder",
"pl": "kasjerka|kasjer|ekspedientka|sprzedawczyni|sprzedawca|kelnerka|kelner|barmanka|baristka|farmaceutka|aptekarka|piekarka|fryzjerka|listonoszka|listonosz|recepcjonistka|bibliotekarka|pielęgniarka|pielegniarka|lekarka|dentystka|nauczycielka|trenerka|kwiaciarka|policjantka|sklepowa|radna|radny|sołtys|soltys|sołtyska|soltyska",
"cs": "pokladní|pokladni|prodavačka|prodavacka|prodavač|prodavac|servírka|servirka|číšnice|cisnice|barmanka|lékárnice|lekarnice|pekařka|pekarka|kadeřnice|kadernice|pošťačka|postacka|recepční|recepcni|knihovnice|sestřička|sestricka|doktorka|zubařka|zubarka|učitelka|ucitelka|trenérka|trenerka|květinářka|kvetinarka|policistka|zastupitelka|zastupitel|radní|radni",
"sv": "kassörska|kassorska|kassörskan|kassorskan|kassör|kassor|expedit|expediten|servitris|servitrisen|servitör|servitor|bartender|apotekare|apotekaren|bagare|frisör|frisor|frisörska|brevbärare|brevbarare|receptionist|bibliotekarie|sjuksköterska|sjukskoterska|läkare|lakare|tandläkare|tandlakare|lärare|larare|lärarinna|lararinna|tränare|tranare|kommunpolitiker|fullmäktigeledamot",
"ru": "продавщиц|продавец|продавщица|кассирш|кассир|официантк|официант|барменш|бариста|фармацевт|аптекарш|пекарш|парикмахерш|парикмахер|почтальонш|почтальон|администраторш|библиотекарш|медсестр|докторш|стоматолог|учительниц|тренерш|флористк|депутатк|депутат|глава администрации",
"uk": "продавчин|продавщиц|продавець|касирк|касир|офіціантк|офіціант|барменк|фармацевтк|аптекарк|пекарк|перукарк|листоноша|адміністраторк|бібліотекарк|медсестр|лікарк|стоматологин|вчительк|учительк|тренерк|флористк|депутатк|депутат|голова громади|голова селищної ради|голова сільської ради|сільський голова|староста",
"tr": "kasiyer|tezgahtar|tezgâhtar|satış elemanı|satis elemani|garson|barmen|eczacı|eczaci|fırıncı|firinci|kuaför|kuafor|postacı|postaci|resepsiyonist|kütüphaneci|kutuphaneci|hemşire|hemsire|doktor|diş hekimi|dis hekimi|öğretmen|ogretmen|antrenör|antrenor|çiçekçi|cicekci|bakkal|muhtar|meclis üyesi|meclis uyesi",
"el": "ταμίας|ταμιας|ταμίας|πωλήτρια|πωλητρια|σερβιτόρα|σερβιτορα|φαρμακοποιός|φαρμακοποιος|φουρνάρισσα|φουρναρισσα|κομμώτρια|κομμωτρια|ταχυδρόμος|ταχυδρομος|νοσοκόμα|νοσοκομα|γιατρός|γιατρος|οδοντίατρος|οδοντιατρος|δασκάλα|δασκαλα|καθηγήτρια|καθηγητρια|γυμνάστρια|γυμναστρια|δημοτική σύμβουλος|δημοτικη συμβουλος|αντιδήμαρχος|αντιδημαρχος",
"he": "קופאית|קופאי|מוכרת|מלצרית|מלצר|ברמנית|רוקחת|רוקח|אופה|ספרית|דוורית|דוור|פקידת קבלה|ספרנית|רופאה|רופאת שיניים|מורה|מאמנת|שוטרת|חברת מועצה|חברת מועצת העיר|חבר מועצה|סגנית ראש העיר",
"ar": "كاشير|كاشيرة|بائعة|البياعة|نادلة|صيدلانية|صيدلي|خبازة|كوافيرة|ساعية البريد|موظفة الاستقبال|أمينة المكتبة|ممرضة|طبيبة|دكتورة|معلمة|مدربة|شرطية|عضوة المجلس البلدي|عضو المجلس البلدي",
"fa": "صندوقدار|فروشنده|گارسون|پیشخدمت|داروساز|نانوا|آرایشگر|پستچی|منشی|کتابدار|پرستار|دکتر|پزشک|دندانپزشک|معلم|مربی|مغازه دار|مغازه‌دار|سوپری|عضو شورای شهر|عضو شورا",
"hi": "कैशियर|दुकानदार|दुकान वाली|दुकान वाला|वेट्रेस|फार्मासिस्ट|केमिस्ट|पोस्टमैन|रिसेप्शनिस्ट|लाइब्रेरियन|नर्स|डॉक्टर|टीचर|अध्यापिका|ट्रेनर|पुलिसवाली|पार्षद|सरपंच|dukan wali|dukaan wali|dukandar",
"bn": "ক্যাশিয়ার|দোকানদার|দোকানের মেয়ে|দোকানি|ওয়েট্রেস|ফার্মাসিস্ট|রিসেপশনিস্ট|লাইব্রেরিয়ান|নার্স|ডাক্তার|টিচার|শিক্ষিকা|ট্রেনার|কাউন্সিলর|মেম্বার",
"th": "แคชเชียร์|พนักงานแคชเชียร์|พนักงานขาย|แม่ค้า|พนักงานเสิร์ฟ|บาริสต้า|เภสัชกร|ช่างทำผม|บุรุษไปรษณีย์|พนักงานต้อนรับ|บรรณารักษ์|พยาบาล|คุณหมอ|คุณครู|เทรนเนอร์|ตำรวจหญิง|ผู้ใหญ่บ้าน|กำนัน|สมาชิกสภาเทศบาล",
"vi": "thu ngân|nhân viên bán hàng|bán hàng|nhân viên phục vụ|phục vụ|pha chế|dược sĩ|thợ làm tóc|bưu tá|lễ tân|thủ thư|y tá|bác sĩ|cô giáo|giáo viên|huấn luyện viên|chủ tiệm|công an|tổ trưởng dân phố|trưởng thôn",
"id": "kasir|pramuniaga|spg|pelayan|barista|apoteker|tukang roti|penata rambut|kapster|tukang pos|resepsionis|pustakawan|perawat|suster|dokter|bidan|guru|pelatih|polwan|penjaga warung|ibu warung|pak rt|bu rt|ketua rt|lurah|kepala desa",
"tl": "kahera|kahero|tindera|tindero|saleslady|waitress|weyter|barista|parmasyutiko|panadera|manikurista|kartero|resepsiyonista|nars|doktora|titser|guro|pulis|kagawad|kapitana|barangay captain",
"ja": "レジ係|レジのお姉さん|レジ打ち|店員|店員さん|ウェイトレス|バリスタ|薬剤師|美容師|郵便屋|受付嬢|司書|看護師|ナース|女医|歯科医|先生|トレーナー|婦警|町長|村長|市議|町議",
"zh": "收银员|收银小姐|店员|售货员|服务员|女服务员|咖啡师|药剂师|理发师|快递员|前台|图书管理员|护士|医生|女医生|牙医|老师|女老师|教练|女警|老板娘|村长|镇长|村支书|居委会主任",
"ko": "계산원|캐셔|점원|알바생|직원|웨이트리스|바리스타|약사|미용사|집배원|택배기사|간호사|의사|치과의사|선생님|트레이너|여경|사장님|이장|통장|구의원|시의원",
}

RELATION = {
"en": "neighbour|neighbor|boss|coworker|co-worker|colleague|best friend|friend|landlord|roommate|flatmate|brother|cousin",
"de": "chefs|meines chefs|unseres chefs|meinem chef|meines nachbarn|meinem nachbarn|nachbarn|nachbars|kollegen|kollegin|freundes|vermieters|bruders",
"fr": "patron|voisin|voisine|collègue|collegue|meilleur ami|meilleure amie|ami|amie|frère|frere|proprio|propriétaire|proprietaire",
"es": "jefe|vecino|vecina|compañero de trabajo|companero de trabajo|compañero|companero|colega|mejor amigo|mejor amiga|amigo|amiga|casero|hermano",
"it": "capo|vicino|vicina|collega|migliore amico|amico|amica|padrone di casa|fratello|cugino",
"pt": "chefe|vizinho|vizinha|colega|melhor amigo|amigo|amiga|irmão|irmao|primo",
"nl": "baas|buurman|buurvrouw|collega|beste vriend|vriend|vriendin|huisbaas|broer",
"pl": "szef|sąsiad|sasiad|sąsiadk|sasiadk|koleg|koleżank|kolezank|przyjaciel|przyjaciółk|przyjaciolk|brat|kuzyn",
"cs": "šéfa|sefa|šéfové|sefove|souseda|sousedky|sousedk|koleg|kamaráda|kamarada|kamarádky|kamaradky|bratra",
"sv": "min chefs|chefens|grannes|grannens|kollegas|kollegans|kompis|bästa väns|basta vans|brors|hyresvärdens|hyresvardens",
"ru": "начальник|шеф|сосед|соседк|коллег|друг|подруг|брат|арендодател",
"uk": "начальник|шеф|сусід|сусідк|колег|друг|подруг|брат",
"tr": "patron|komşu|komsu|iş arkadaş|is arkadas|arkadaş|arkadas|ağabey|agabey|abi|kuzen|ev sahib",
"el": "αφεντικού|αφεντικου|γείτονα|γειτονα|συναδέλφου|συναδελφου|φίλου|φιλου|κολλητού|κολλητου|αδερφού|αδερφου",
"he": "הבוס|בוס|שכן|שכנה|השכן|השכנה|מנהל|קולגה|חבר",
"ar": "مديري|جاري|جارنا|جارتي|صاحبي|صديقي|زميلي|زميلتي|أخويا|اخويا|أخي|اخي",
"fa": "رئیسم|رییسم|همسایه|همسایمون|همسایه‌مون|همکارم|دوستم|برادرم|داداشم",
"hi": "बॉस|पड़ोसी|पडोसी|दोस्त|सहकर्मी|कलीग|भाई|padosi|dost",
"bn": "বসের|প্রতিবেশী|প্রতিবেশীর|বন্ধুর|কলিগের|সহকর্মীর|ভাইয়ের",
"th": "เจ้านาย|หัวหน้า|เพื่อนบ้าน|เพื่อนร่วมงาน|เพื่อนสนิท",
"vi": "sếp|hàng xóm|đồng nghiệp|bạn thân|anh trai",
"id": "bos|atasan|tetangga|rekan kerja|teman kantor|sahabat|teman|kakak",
"tl": "boss|amo|kapitbahay|katrabaho|kaibigan|kuya",
"ja": "上司|同僚|隣人|友達|先輩|部長|課長|社長",
"zh": "老板|上司|领导|同事|邻居|朋友|哥们|室友|房东",
"ko": "상사|부장님|팀장님|동료|이웃|옆집|친구|룸메이트|집주인",
}

KIN = {
"en": "sister|girlfriend|fiancée|fiancee|mother|mom|mum",
"de": "frau meines|frau unseres|freundin meines|schwester meines|tochter meines|frau vom|schwester",
"fr": "sœur de|soeur de|copine de|fille de",
"es": "mujer de|novia de|hermana de|hija de",
"it": "sorella|fidanzata",
"pt": "mulher de|irmã|irma|namorada",
"nl": "zus van|vriendin van|dochter van",
"pl": "siostra|narzeczona",
"cs": "sestra|přítelkyně|pritelkyne",
"sv": "syster|flickvän|flickvan",
"ru": "сестра|невеста",
"uk": "сестра|наречена",
"tr": "kız kardeşi|kiz kardesi|sevgilisi|nişanlısı|nisanlisi",
"el": "γυναίκα του|γυναικα του|αδερφή του|αδερφη του",
"he": "אשתו של|אחותו של",
"ar": "مرات|أخت|اخت|خطيبة",
"fa": "خواهر",
"hi": "बीवी|बहन|घरवाली",
"bn": "বউ|বোন",
"th": "เมีย|แฟน",
"vi": "chị gái|em gái|bạn gái|người yêu",
"id": "adik|pacar",
"tl": "kapatid|girlfriend",
"ja": "姉|妹",
"zh": "姐姐|妹妹|女朋友",
"ko": "와이프|여자친구|누나|여동생",
}

# Broadcast roles, outlets, channel words and town offices the older sections lacked (kinds as there): a weather presenter
# written in full before the outlet ("penyiar prakiraan cuaca di berita pagi"), the Greek morning bulletin, Hebrew and
# Arabic channel words before a number (חדשות 12, قناة 5), and Korean mayors written as one word with their city
# (부산시장: 시장 alone is also "market", so only the city forms of the largest cities and provinces are listed).
MORE = {
"media": {"id": "penyiar prakiraan cuaca|penyiar cuaca|pembawa prakiraan cuaca|presenter prakiraan cuaca",
          "vi": "mc dự báo thời tiết|mc dự báo|người dẫn bản tin|biên tập viên dự báo thời tiết",
          "el": "παρουσιάστρια του καιρού|παρουσιαστής του καιρού",
          "he": "מגישת מזג האוויר|מגיש מזג האוויר|חזאית הערוץ"},
"outlet": {"el": "πρωινό δελτίο|πρωινού δελτίου|βραδινό δελτίο|βραδινού δελτίου|κεντρικό δελτίο|κεντρικού δελτίου",
           "vi": "bản tin sáng|bản tin thời sự|bản tin thời tiết",
           "id": "berita pagi|berita malam|tv lokal|tvri daerah"},
"channel": {"he": "חדשות|ערוץ", "ar": "قناة", "fa": "شبکه", "el": "κανάλι"},
"town": {"ko": "서울시장|서울특별시장|부산시장|대구시장|인천시장|광주시장|대전시장|울산시장|세종시장|수원시장|성남시장|고양시장|용인시장|창원시장|청주시장|전주시장|천안시장|포항시장|경기도지사|제주도지사|강원도지사|충북도지사|충남도지사|전북도지사|전남도지사|경북도지사|경남도지사|구청장|군수"},
}

def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def is_spaced_cased(s):
    return all(c.isascii() or '\u00c0' <= c <= '\u052f' or '\u0370' <= c <= '\u03ff' for c in s if c.isalpha())

def rows():
    out = set()
    for kind, table in (("local", LOCAL), ("service", SERVICE), ("relation", RELATION), ("kin", KIN)) + tuple(MORE.items()):
        for lang, words in table.items():
            for w in filter(None, (x.strip() for x in words.split("|"))):
                w = w.lower()
                out.add((kind, lang, w))
                if is_spaced_cased(w) and fold(w) != w:
                    out.add((kind, lang, fold(w)))
    return sorted(out)

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data", "office-cues.tsv")
    text = open(path, encoding="utf-8").read()
    head = text.split(MARKER)[0].rstrip("\n") + "\n"
    # Later sections (session 25: "# Branch i16-roles29") follow this one and are kept as they are.
    later = text.split("# Branch i16-roles29", 1)
    tail = "# Branch i16-roles29" + later[1] if len(later) > 1 else ""
    section = [MARKER + " the user's own surroundings (local), the roles they single out (service), the people of",
               "# the user's life who own another (relation) and more kin words. Written by tools/roles26/role_cues.py for GenScreen",
               "# from general knowledge of each language (MIT, this project). A local cue singles out any office, broadcast or service",
               "# role beside it; a service role nothing else; a relation beside a kin word is one person of the user's life (level 2)."]
    section += ["\t".join(r) for r in rows()]
    open(path, "w", encoding="utf-8").write(head + "\n".join(section) + "\n" + tail)
    print(len(section) - 4, "rows")

if __name__ == "__main__":
    main()
