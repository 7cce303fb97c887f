#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/sexual29/<lang>.json (session 25, i16-sexual29): sexual and nudity
wording batch 29 showed unread, by class, in the languages where the class exists. Terms another lexicon already holds
(same text, any file) are left out, so this file only adds. Written for GenScreen from general knowledge of the languages;
no third-party list copied (MIT, this project).

Classes and levels (docs/categories.md: 2 suggestive, 4 nudity, 6 explicit):
  act      a sex act said as a verb with its partner: a verb form of oral sex or of riding crossed with an adult partner
           object (PARTNERS): "chupando um cara", "reitet ihren Mann", "שוכבת עם גבר", "giving head to a guy" (6). The
           verb alone stays unread where it has an innocent sense (chupando um picolé, reitet ihr Pferd, שוכבת עם הכלב,
           giving a head massage): only the partner makes it sexual.
  slang    sex words with no innocent sense in the language: Czech "dělá orál", "mají anál" (orál and anál alone fold to
           English "oral", "anal": an oral exam, anal-retentive), Ukrainian груповуха, Spanish polvo rápido,
           Portuguese rapidinha with a place (6).
  garment  undressing a named intimate garment, in progress: "pulling off her bikini top", "si toglie il reggiseno",
           "снимает лифчик" (signal undress, 4): nudity in every mode, a nudify request with an input image (issue 16).
  thong    only a thong on: "wearing only a thong", "nur im String", "Tバックのみ", "티팬티만" (4): a thong alone leaves the
           breasts bare. Lingerie alone stays suggestive (reviewed under strict), as before.
  leaked   a leaked sex tape or MMS (the Indian word for it): "लीक MMS", "leaked MMS", "vídeo íntimo vazado" (4). A leaked
           document, "MMS भेजा" (sent an MMS) stay unread.
  sheer    see-through clothing named with the garment (never in the order "garment see-through", which the nudify
           grammar reads as an edit: "उसकी साड़ी पारदर्शी कर दो", "خلي العباية شفافة"), and the blouse missing under a saree: "पारदर्शी साड़ी" (2),
           "अंदर ब्लाउज़ नहीं" (4), "áo dài xuyên thấu" (2), "بدلة شفافة" (2). See-through glass, windows stay unread.
  artnude  erotic-art genres: German Rückenakt, Halbakt, Frauenakt; Korean 춘화 (4), as "Aktzeichnung", "春画" are.
  bdsm     the BDSM practice in the scripts and spellings it was missing in (بی‌دی‌اس‌ام, বিডিএসএম, sadomaso, SM捆绑): 4, as
           "bdsm" is since i16-sexual26. Bondage alone, a whip, latex stay suggestive.
  opened   a traditional top opened (저고리 풀어헤친), a bottom pushed out (お尻を突き出), fetish, a crude word for the
           buttocks (পোঁদ): suggestive (2), reviewed under strict and blocked with a named real person. Earlier text:
           a traditional top opened (저고리 풀어헤친): suggestive (2), as 着物がはだける is.
"""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
U, N, S2, X = ("undress", 4), ("sexual", 4), ("sexual", 2), ("sexual", 6)


def cross(verbs, objects, sep=" "):
    """Every verb form with every partner object: the class is the pair, never the verb alone."""
    return tuple(v + sep + o for v in verbs.split("|") for o in objects.split("|"))


# Adult partner objects by language (a man, a guy, her husband, boyfriend, lover, him where the verb needs a person).
P_PT = "um cara|um homem|um rapaz|o namorado|o marido|o amante|seu namorado|seu marido|o seu namorado|o seu marido|ele|o pau|um pau|a rola|uma rola"
P_ES = "a un tipo|a un hombre|a un chico|a su novio|a su marido|a su esposo|a su amante|al novio|al marido"
P_DE = "ihren mann|ihren freund|ihren liebhaber|ihren ehemann|ihren lover|den mann|einen mann|ihren partner"
P_IT = "il marito|suo marito|il suo uomo|il fidanzato|il suo fidanzato|il suo amante|l'amante|un uomo"
P_FR = "son mari|son copain|son amant|son mec|un homme|un mec"
P_EN = "her husband|her boyfriend|her lover|her man|her partner"
P_HE = "גבר|בחור|אישה|בחורה|בעלה|החבר שלה|הבוס|הבוס שלה|גבר זר|שני גברים"

T = {
 "en": [(X, *cross("giving head", "to a guy|to a man|to him|to her husband|to her boyfriend|in the|in a|on the|under the|while"),
         *cross("giving", "him head|her husband head|her boyfriend head|a guy head|a man head"),
         *cross("riding", P_EN), *cross("rides", P_EN)),
        (U, "pulling off her bikini top", "pulls off her bikini top", "taking off her bikini top", "takes off her bikini top",
         "removing her bikini top", "removes her bikini top", "taking off her bra", "takes off her bra", "pulling off her bra",
         "removing her bra", "unhooking her bra", "unhooks her bra", "slipping off her bra", "dropping her bikini top"),
        (N, "wearing only a thong", "in only a thong", "nothing but a thong", "wearing only a g-string", "in only a g-string",
         "nothing but a g-string", "only wearing a thong", "only wearing a g-string", "leaked mms", "mms scandal",
         "leaked nudes", "leaked sex video")],
 "de": [(X, *cross("reitet", P_DE), *cross("ritt", P_DE)),
        (N, "nur im string", "nur mit string", "nur mit einem string", "nur einen string", "nur im tanga", "nur mit tanga",
         "nur einen tanga", "nur mit einem tanga", "rückenakt", "rückenakte", "halbakt", "ganzakt", "frauenakt", "männerakt",
         "aktgemälde", "aktskizze", "aktstudien", "sadomaso", "sado-maso", "sadomasochismus", "sm-studio"),
        (U, "zieht ihr bikinioberteil aus", "zieht ihren bh aus", "zieht das bikinioberteil aus", "streift ihren bh ab",
         "öffnet ihren bh", "legt ihren bh ab")],
 "fr": [(X, *cross("chevauche", P_FR), *cross("chevauchant", P_FR)),
        (U, "enlève son haut de bikini", "enlève son soutien-gorge", "retire son soutien-gorge", "retire son haut de bikini",
         "enlevant son soutien-gorge", "dégrafe son soutien-gorge"),
        (N, "seulement d'un string", "seulement d un string", "seulement un string", "juste un string", "uniquement un string", "vêtue d'un simple string",
         "en string seulement", "rien qu'un string")],
 "es": [(X, *cross("chupándosela", P_ES), *cross("cabalgando", P_ES), *cross("cabalga", P_ES), "polvo rápido",
         "polvo rapidito", "echando un polvete"),
        (U, "se quita la parte de arriba del bikini", "se quita el sujetador", "quitándose el sujetador", "se quita el bikini",
         "quitándose el bikini", "se quita el sostén", "quitándose el sostén", "se quita el top del bikini"),
        (N, "solo con tanga", "solo un tanga", "solo en tanga", "sólo con tanga", "únicamente con tanga", "solo con un tanga",
         "vídeo íntimo filtrado", "video íntimo filtrado")],
 "it": [(X, *cross("cavalca", P_IT), *cross("cavalcando", P_IT)),
        (U, "si toglie il reggiseno", "togliendosi il reggiseno", "si toglie il costume da bagno", "si toglie il pezzo di sopra",
         "si toglie il bikini", "togliendosi il bikini", "si sfila il reggiseno", "si slaccia il reggiseno"),
        (N, "solo un perizoma", "solo con il perizoma", "solo in perizoma", "soltanto un perizoma", "video hard rubato")],
 "pt": [(X, *cross("chupando", P_PT), *cross("chupa", P_PT), *cross("chupou", P_PT), "rapidinha no", "rapidinha na",
         "rapidinha em", "uma rapidinha com", *cross("cavalgando", "o marido|no marido|o namorado|no namorado")),
        (U, "tirando o sutiã", "tira o sutiã", "tirando a parte de cima do biquíni", "tira a parte de cima do biquíni",
         "tirando o biquíni", "tira o biquíni", "tirando o top do biquíni"),
        (N, "só de fio dental", "apenas de fio dental", "só com fio dental", "vídeo íntimo vazado", "nudes vazados",
         "vídeo íntimo vazou", "fotos íntimas vazadas")],
 "nl": [(X, "het met elkaar doen", "doen het met elkaar", "het met elkaar deden", "deden het met elkaar", *cross("berijdt", "haar man|haar vriend|haar minnaar")),
        (U, "doet haar bh uit", "trekt haar bh uit", "doet haar bikinitopje uit", "trekt haar bikinitopje uit"),
        (N, "alleen een string aan", "alleen een string", "enkel een string", "alleen in een string", "alleen haar string")],
 "sv": [(U, "tar av sig bh:n", "tar av sig behån", "tar av sig bikiniöverdelen"),
        (N, "bara stringtrosor", "endast stringtrosor", "bara i stringtrosor", "bara en string", "bara i string")],
 "pl": [(X, *cross("ujeżdża", "męża|swojego męża|chłopaka|swojego chłopaka|kochanka")),
        (U, "zdejmuje biustonosz", "zdejmuje górę od bikini", "zdejmuje górę bikini", "zdejmuje bikini", "zdejmując stanik"),
        (N, "tylko w stringach", "jedynie w stringach", "w samych stringach", "tylko w tangach", "w samych majtkach")],
 "cs": [(X, "dělá orál", "dělají orál", "mají anál", "má anál", "dělají anál", "análek"),  # orál, anál alone fold to English oral, anal
        (U, "sundává podprsenku", "sundavá si podprsenku", "sundává si podprsenku", "odhazuje podprsenku", "svléká plavky",
         "svléká si plavky"),
        (N, "jen v tangách", "pouze v tangách", "jenom v tangách", "jen v kalhotkách", "sadomaso", "sado-maso")],
 "ru": [(X, "оральные ласки", "групповуха", "групповушка"),
        (U, "снимает лифчик", "снимает бюстгальтер", "снимает верх купальника", "снимает купальник", "стягивает лифчик"),
        (N, "в одних стрингах", "в одних трусиках", "только в стрингах", "слитое интим видео", "слитое хоум видео")],
 "uk": [(X, "оральні пестощі", "оральні ласки", "груповуха", "групповуха", "груповушка"),
        (U, "знімає бюстгальтер", "знімає ліфчик", "знімає купальник", "знімає верх купальника"),
        (N, "в одних стрінгах", "в одних трусиках", "тільки в стрінгах")],
 "tr": [(S2, "fetiş", "fetiş fotoğrafı", "koca memeli", "koca memeler"),
        (U, "bikini üstünü çıkarıyor", "bikini üstünü çıkaran", "sütyenini çıkarıyor", "sütyenini çıkaran", "sütyenini çıkardı"),
        (N, "sadece tanga", "sadece string", "sadece tangayla", "sadece string giymiş", "sızdırılan seks", "ifşa videosu")],
 "el": [(U, "βγάζει το σουτιέν", "βγάζει το μπικίνι"),
        (N, "μόνο με στρινγκ", "μόνο ένα στρινγκ")],
 "he": [(X, *cross("שוכבת עם", P_HE), *cross("שוכב עם", "אישה|בחורה|גבר|בחור|אשתו|החברה שלו"), *cross("מוצצת", "לבחור|לגבר|לו|לבעלה|לחבר שלה"),
         "מוצצת זין", "מוצצת לו את"),
        (U, "מורידה את החזייה", "מורידה את הביקיני", "מורידה את החלק העליון של הביקיני"),
        (N, "רק בחוטיני", "רק עם חוטיני", "סרטון סקס שדלף", "סרטון מין שדלף")],
 "ar": [(U, "تقلع البكيني", "تخلع حمالة الصدر", "تخلع الصدرية", "تشلح الستيان"),
        (S2, "بدلة شفافة", "ببدلة شفافة", "فستان شفاف", "بفستان شفاف", "قميص شفاف", "بقميص شفاف", "بدلة رقص شفافة"),
        (N, "فقط بالكيلوت", "فيديو جنسي مسرب", "فيديو فاضح مسرب")],
 "fa": [(N, "بی‌دی‌اس‌ام", "بی دی اس ام", "فقط با شورت لامبادا", "فیلم سکسی لو رفته"),
        (U, "سوتینشو درمیاره", "سوتینش را درمی‌آورد"),
        (S2, "لباس توری بدن‌نما", "لباس بدن‌نما", "مانتوی بدن‌نما")],
 "hi": [(N, "लीक हुआ mms", "लीक mms", "mms लीक", "एमएमएस लीक", "लीक हुआ एमएमएस", "लीक एमएमएस", "अंदर ब्लाउज़ नहीं",
         "अंदर ब्लाउज नहीं", "बिना ब्लाउज़", "बिना ब्लाउज", "ब्लाउज़ के बिना", "सिर्फ़ थोंग", "सिर्फ थोंग"),
        (S2, "पारदर्शी साड़ी", "पारदर्शी ब्लाउज़", "पारदर्शी ब्लाउज", "झीनी साड़ी", "भीगी साड़ी", "गीली साड़ी"),
        (U, "ब्रा उतार", "बिकिनी उतार", "ब्लाउज़ उतार", "ब्लाउज उतार")],
 "bn": [(N, "বিডিএসএম", "লিক হওয়া এমএমএস", "এমএমএস লিক"),
        (S2, "স্বচ্ছ শাড়ি", "ভেজা শাড়ি", "ফেটিশ", "মোটা পোঁদ", "পোঁদ")],
 "th": [(N, "ใส่แค่จีสตริง", "ใส่แค่กางเกงใน", "ใส่แต่จีสตริง", "คลิปหลุด"),
        (U, "ถอดบรา", "ถอดเสื้อชั้นใน", "ถอดบิกินี่")],
 "vi": [(S2, "áo dài xuyên thấu", "áo xuyên thấu", "váy xuyên thấu", "áo ướt xuyên thấu", "mặc đồ xuyên thấu"),
        (N, "chỉ mặc quần lọt khe", "chỉ mặc quần lót", "chỉ mặc quần chíp", "clip nóng bị lộ", "lộ clip nóng"),
        (U, "cởi áo ngực", "cởi áo lót", "cởi bikini", "cởi áo tắm")],
 "id": [(N, "hanya memakai g-string", "cuma pakai g-string", "hanya pakai g-string", "hanya memakai celana dalam",
         "video syur bocor", "video mesum bocor"),
        (U, "melepas bra", "membuka bra", "melepas bikini", "membuka bikini", "melepas behanya", "membuka behanya")],
 "tl": [(N, "naka-thong lang", "naka thong lang", "scandal video"),
        (U, "hinuhubad ang bra", "hinubad ang bra", "tinatanggal ang bra")],
 "ja": [(S2, "お尻を突き出", "尻を突き出", "お尻を突きだ"),
        (N, "tバックのみ", "tバックだけ", "tバック一枚", "tバック姿のみ", "リベンジポルノ", "流出動画", "流出したハメ撮り"),
        (U, "ビキニのトップを外", "ビキニを脱", "水着を脱いで", "ブラを取")],
 "zh": [(N, "只穿丁字裤", "只穿一条丁字裤", "只穿丁字褲", "上空照", "上空装", "全上空", "上空出镜", "上空写真", "上空寫真",
         "上空模特", "sm捆绑", "艳照门", "不雅视频", "性爱视频外泄", "性爱录像"),
        (U, "脱下比基尼", "解开胸罩", "脱掉胸罩", "脱掉比基尼", "解开文胸", "脱下文胸")],
 "ko": [(N, "티팬티만", "티팬티 하나만", "티팬티만 입고", "춘화", "춘화풍", "유출 영상", "몰카 유출"),
        (S2, "저고리 풀어헤치", "저고리를 풀어헤치", "옷고름을 풀어헤치", "저고리 풀어헤친", "저고리를 풀어헤친", "옷고름을 풀어헤친", "옷고름 풀어헤친", "앞섶을 풀어헤친"),
        (U, "브라를 벗는", "비키니 상의를 벗는", "비키니를 벗는")],
}

kept, skipped = write_term_files(  # tools/lexicon-data: leaves out every other lexicon file's terms
    ROOT, "sexual29", T,
    about="Session 25 (i16-sexual29): sex acts said as a verb with an adult partner, sex slang, undressing a named "
          "intimate garment, only a thong on, leaked sex tapes, see-through garments, erotic-art genres and BDSM "
          "spellings batch 29 showed unread. Written by tools/sexual29/lexicon.py.",
    source="Written for GenScreen (issue 16, session 25, i16-sexual29) from general knowledge of the "
          "languages; no third-party list copied.")
print("kept", kept, "already held", skipped)
