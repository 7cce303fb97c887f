#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Rules/Data/garment-left-cues.tsv (session 29, i16-roles33), the words of
Rules/GarmentLeftBare.cs: swap and replace verbs (whole words, and stems of four letters or more that any inflection
extends), "nothing" words and runs the shared nothingWords list lacks, the connectors of "replace with", "only" and
"except" words, "the rest" words, the "of" words that make "the rest of the background" a thing, and removal words.
Written for GenScreen from general knowledge of the 26 languages (MIT, this project); no third-party list.
Rows are written as the tokenizer folds words (lower case; Latin and Greek without diacritics; Arabic without harakat),
and also as written.
Run: python3 tools/roles33/garment_left.py
"""
import os, sys, unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import fold  # noqa: E402

ROWS = {
# whole words: short verbs that are other words' beginnings (đổi folds to doi: "doing")
"swap": "swap|swaps|swapped|trade|switch|change|exchange|doi|đổi|thay|ganti|gantikan|tukar|tukarkan|palitan|papalitan|pinalitan|"
        "byt|byta|bytt|tausch|tausche|tauschen|troca|troque|trocar|عوض|بدل|غير|بدلي|غيري|ابدل|استبدل|"
        "החלף|תחליף|תחליפי|להחליף|החליפו|שנה|תשנה",
"swapstem": "replac|exchang|ersetz|austausch|vertausch|auswechsel|remplac|echang|substitu|sostitu|scambi|cambi|"
            "vervang|verwissel|ruil|zamien|zamie|wymien|vymen|zamen|zmen|ersatt|bytut|замен|замін|поменя|поміня|обмен|"
            "degistir|değiştir|αλλαξ|αλλάξ|αντικαταστ|αντικατεστ|عوضش|جایگزین|बदल|বদল|ganti",
"none": "nothing|niks|nix|nichts|rien|nada|niente|nulla|nic|ничего|нічого|ничто|ніщо|niets|ingenting|inget|τίποτα|τιποτα|"
        "hiçbir|hicbir|شي|شيء|هیچی|هیچ|כלום|בכלום|wala|walang|kosong|tiada|không có gì|khong co gi|tidak ada apa|tak ada apa|"
        "ни на что|ні на що|ничем|нічим|kuch nahi|कुछ नहीं|कुछ भी नहीं|কিছুই না|কিছু না|아무것도",
"by": "ng|with|by|for|into|to|za|na|mot|durch|gegen|por|con|par|door|voor|на|за|με|σε|ב|ب|با|به|thanh|thành|jadi|dengan|menjadi",
"only": "only|just|nur|bloß|bloss|seulement|uniquement|solo|sólo|solamente|só|somente|apenas|alleen|enkel|tylko|jen|pouze|bara|"
        "endast|только|одни|одних|лише|тільки|sadece|yalnızca|yalnizca|μόνο|μονο|רק|فقط|فقط|सिर्फ|केवल|শুধু|কেবল|chỉ|chi|hanya|cuma",
"except": "except|but|außer|ausser|sauf|excepto|salvo|menos|tranne|eccetto|exceto|behalve|oprócz|poza|kromě|krome|förutom|utom|кроме|"
          "крім|hariç|haric|dışında|disinda|εκτός|εκτος|חוץ|מלבד|ماعدا|عدا|سوى|بجز|جز|सिवा|अलावा|ছাড়া|ngoài|ngoai|kecuali|maliban",
"rest": "rest|reste|resto|demás|demas|restante|rest|resztę|reszte|reszta|zbytek|zbytek|ostatní|ostatni|resten|остальное|остальную|"
        "інше|решту|решта|kalanı|kalani|geri kalanı|υπόλοιπα|υπολοιπα|השאר|الباقي|باقي|بقیه|बाकी|বাকি|còn lại|con lai|sisanya|natitira",
"of": "of|del|de|della|dello|degli|delle|des|du|do|da|dos|das|von|vom|der|van|z|ze|av|из|з|από|του|της|dari|ng|của|cua",
"kept": "stockings|socks|heels|high heels|shoes|necklace|earrings|jewelry|jewellery|choker|tie|garter|"
        "strümpfe|strumpfe|socken|kette|halskette|ohrringe|schmuck|schuhe|"
        "bas|chaussettes|collier|boucles|bijoux|talons|chaussures|medias|calcetines|collar|pendientes|joyas|tacones|zapatos|"
        "calze|calzini|collana|orecchini|gioielli|tacchi|scarpe|meias|colar|brincos|joias|saltos|sapatos|"
        "kousen|sokken|ketting|oorbellen|sieraden|hakken|schoenen|pończochy|ponczochy|skarpetki|naszyjnik|kolczyki|biżuterię|szpilki|buty|"
        "punčochy|puncochy|ponožky|ponozky|náhrdelník|nahrdelnik|náušnice|nausnice|šperky|sperky|podpatky|boty|"
        "strumporna|strumpor|sockorna|sockor|halsbandet|halsband|örhängena|örhängen|smyckena|smycken|skorna|skor|"
        "чулки|носки|ожерелье|серьги|украшения|каблуки|туфли|панчохи|шкарпетки|намисто|сережки|прикраси|підбори|"
        "çorap|çoraplar|çoraplarını|çorapları|kolye|kolyesini|küpe|küpeler|küpelerini|takılar|topuklular|"
        "κάλτσες|καλσόν|κολιέ|σκουλαρίκια|κοσμήματα|τακούνια|גרביים|גרביונים|שרשרת|עגילים|תכשיטים|עקבים|"
        "الجوارب|الشراب|العقد|الحلق|الكعب|جوراب|جورابش|گردنبند|گردنبندش|گوشواره|کفش|मोज़े|मोजे|हार|झुमके|गहने|মোজা|হার|গয়না|"
        "tất|vớ|dây chuyền|bông tai|trang sức|stoking|kaos kaki|kalung|anting|perhiasan|medyas|kwintas|hikaw|alahas|takong",
"attribute": "color|colour|colors|colours|pattern|print|logo|fabric|texture|sleeves|collar|buttons|style|length|size|"
             "farbe|muster|stoff|ärmel|couleur|motif|tissu|manches|colore|fantasia|tessuto|maniche|cor|padrão|padrao|estampa|tecido|"
             "kleur|patroon|stof|kolor|wzór|wzor|barva|vzor|färg|farg|mönster|цвет|узор|колір|візерунок|rengini|rengi|desenini|"
             "χρώμα|χρωμα|σχέδιο|צבע|لون|رنگ|رنگش|रंग|রং|màu|mau|warna|motif|kulay|disenyo",
"and": "and|und|et|y|e|en|och|og|i|и|і|та|ve|και|και|ו|و|و|और|এবং|আর|và|va|dan|at|at saka",
"off": "off|weg|via|fuera|uit|av|ab|out|remove|removed|strip|entfernen|enleve|enlève|enlever|quita|quitar|tira|tirar|togli|"
       "togliere|zdejmij|zdejmijcie|usuń|usun|sundej|sundat|pryč|pryc|сними|снять|зніми|зняти|убери|прибери|çıkar|cikar|βγάλε|"
       "βγαλε|תוריד|להוריד|شيل|اشلح|دربیار|برداشته|हटाओ|हटा|উতার|খুলে|খোলো|hapus|lepas|buka|tanggalin|alisin|bỏ",
}

HEADER = """# Garments left bare by an edit that names what is left (session 29, i16-roles33; Rules/GarmentLeftBare.cs): a swap or
# replace verb with a garment and a nothing word after it in its clause ("swap her sundress out for absolutely nothing",
# "tausch ihr Dirndl gegen gar nichts aus", "elbisesini hiçbir şeyle değiştir"; Tagalog "palitan ng wala ang damit"),
# and a garment as the only thing left ("leave her only the stockings, the rest off", "take off everything except the
# stockings"). Weak undressing: a nudify request only with an input image.
# Columns: kind, word (as the tokenizer folds it, and as written).
#   swap      a swap/replace verb (whole word); swapstem: a stem any inflection extends (four letters or more)
#   none      a nothing word the shared nothingWords list lacks; several words: a run (không có gì)
#   by        the connector before a nothing word that stands before its garment (Tagalog ng)
#   kept      a thing worn that is no garment of the undressing grammar (stockings, socks, heels, a necklace): what is left
#   attribute a property of the garment right after it ("the dress colour to nothing"): the property is what is swapped
#   and       a conjunction: between the garment and its nothing word it starts another edit ("the dress colour and add nothing")
#   only, except   before the garment; rest: "the rest" (not before an `of` word); off: a removal word beside "the rest"
# Written by tools/roles33/garment_left.py for GenScreen from general knowledge of the languages (MIT, this project).
"""

def strip_harakat(s):
    return "".join(c for c in s if not ('\u064b' <= c <= '\u0652' or c == '\u0670'))

def forms(w):
    w = w.strip().lower()
    out = {w, strip_harakat(w)}
    if all(c.isascii() or '\u00c0' <= c <= '\u024f' or '\u0370' <= c <= '\u03ff' or c == ' ' for c in w):
        f = fold(w)
        if "ı" in w:
            f = "".join(c for c in unicodedata.normalize("NFD", w) if unicodedata.category(c) != "Mn")
        out.add(f)
    return out

def main():
    rows = sorted({(k, f) for k, ws in ROWS.items() for w in ws.split("|") if w.strip() for f in forms(w)})
    out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data", "garment-left-cues.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for k, w in rows:
            f.write(f"{k}\t{w}\n")
    print(len(rows), "rows ->", os.path.relpath(out))

if __name__ == "__main__":
    main()
