"""Session 31 (i16-acts38): writes src/GenScreen.Core/Prompts/Rules/Data/act-order-cues.tsv, read with person-act-cues.tsv by
Rules/PersonActs.cs. An intimate body part and an exposure state ("Brüste raus", "s holými prsy", "seins à moitié sortis",
"乳房が丸出し") in one clause, in either order, within a short gap: nudity. Partners and oral verbs the acts33 table lacked
(a husband, a bodyguard, a fan, a driver; Italian "lo succhia"). Guards: breastfeeding, medical and food words (a mother
nursing, a mammogram, chicken breast).

Written for GenScreen from general knowledge of the 26 languages (MIT, this project); no third-party list. Body-part words
are those whose only sense is the intimate one: a word that is also "chest" (Brust, грудь, göğüs, صدر, 胸, 가슴, ngực, dada)
or an ordinary word (Czech "kozy", goats; Hebrew "תחת", under; Thai "นม", milk) is left out, so a bare-chested man is no cue.
Run: python3 tools/acts38/act_order.py > src/GenScreen.Core/Prompts/Rules/Data/act-order-cues.tsv
"""

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


def rows(kind, table, sep):
    for lang, cues in table.items():
        for cue in cues.split(sep):
            cue = cue.strip()
            if cue:
                yield f"{kind}\t{lang}\t{cue}"


HEADER = """# Act-order cues (session 31, i16-acts38), read with person-act-cues.tsv by Rules/PersonActs.cs: an intimate body part and an
# exposure state in one clause, in either order (nudity); partners, oral verbs and guards the acts33 table lacked. Generated by
# tools/acts38/act_order.py; written for GenScreen from general knowledge of the 26 languages (MIT, this project); no
# third-party list. Columns as person-act-cues.tsv: kind, language, cue (lower case; a cue ending in '=' must end a word)."""

if __name__ == "__main__":
    print(HEADER)
    # Intimate and exposed cues are space-separated ('_' inside a cue stands for its space); the others '|'-separated.
    for kind, table in (("intimate", INTIMATE), ("exposed", EXPOSED)):
        for lang, cues in table.items():
            for cue in cues.split():
                print(f"{kind}\t{lang}\t{cue.replace('_', ' ')}")
    for kind, table in (("partner", PARTNER), ("oral", ORAL), ("guard", GUARD)):
        for row in rows(kind, table, "|"):
            print(row)
