#!/usr/bin/env python3
"""Writes the i16-roles29 section of src/GenScreen.Core/Prompts/Rules/Data/office-cues.tsv (session 25): more of the words
that single out one holder of a role, in the kinds of the older sections (read by Rules/OfficeHolders.cs).

- `org`: broadcasters by name, as their audience writes them (Telecinco, Polsat, TV Nova, Show TV, ANT1 in Greek letters,
  दूरदर्शन, フジテレビ, TV4, SVT): a broadcast role beside one is that channel's presenter, as beside an acronym (CNN, TF1).
  Names that are also words (Mega, Nova, Alpha, Star) are listed only with their channel word (`mega channel`, `tv nova`).
- `local`: more of the user's own surroundings (`my constituency`, `my ward`, `hier im Kreis`, `mijn sportschool`,
  `з курсів`, `round the corner`).
- `role`/`town`/`service`: offices and service roles the older rows lacked (MP, Landrätin, wójt, finansborgarråd, міська
  голова, fitness and yoga instructors, a course's teacher).
- `media`/`outlet`: Swedish broadcast roles in their definite form (`vädertjejen`), morning and evening news of el, hi, tr
  and he (`πρωινές ειδήσεις`, `सुबह के समाचार`, `ana haber bülteni`, `חדשות 12` after a clitic).
- `place`: Swedish cities in the genitive before an office (`Stockholms finansborgarråd`).
Written for GenScreen from general knowledge of each language and its broadcasters (MIT, this project). Rows are lower case;
Latin, Cyrillic and Greek rows also without diacritics.
Run: python3 tools/roles29/role_cues.py   (rewrites its own section through tools/lexicon-data/cue_sections.py; idempotent, later sections kept)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon-data"))
from cue_sections import cue_rows, write_section  # noqa: E402

MARKER = "# Branch i16-roles29 (session 25):"

ROWS = {
"org": {
 "en": "itv|good morning britain|sky news|bbc breakfast|channel 4|gb news|fox news|msnbc|abc news|nbc news|cbs news",
 "de": "zdf|ard|rtl|sat.1|prosieben|morgenmagazin|zdf-morgenmagazin|ard-morgenmagazin|n-tv|welt tv",
 "fr": "france 2|france 3|tf1|m6|bfmtv|bfm tv|cnews|lci|france info|franceinfo",
 "es": "telecinco|antena 3|la sexta|tve|rtve|cuatro|telemadrid|canal sur|tv3",
 "it": "canale 5|rai 1|rai uno|rai 2|rai 3|rete 4|la7|mediaset|sky tg24|tg5|tg4",
 "pt": "globo|rede globo|sbt|record|band|rtp|sic|tvi|cmtv|cnn portugal",
 "nl": "nos|rtl 4|rtl nieuws|sbs6|npo|npo 1|at5|omroep brabant|hart van nederland",
 "pl": "polsat|polsatu|polsacie|tvn|tvn24|tvp|tvp1|tvp info|wydarzenia|fakty|teleexpress",
 "cs": "tv nova|televize nova|televizi nova|na nově|na nove|čt|ct24|čt24|prima|tv prima|televize prima",
 "sv": "tv4|svt|tv3|kanal 5|nyhetsmorgon|rapport|aktuellt|expressen tv",
 "ru": "первого канала|первом канале|первый канал|нтв|россия 1|россии 1|рен тв|рен-тв|тнт|стс|вести|время",
 "uk": "ictv|стб|інтер|інтеру|1+1|нового каналу|новий канал|ртм|тсн|єдині новини",
 "tr": "show tv|kanal d|atv|star tv|fox tv|now tv|trt|trt 1|tv8|halk tv|sözcü tv|sozcu tv|cnn türk|cnn turk|habertürk|haberturk",
 "el": "ant1|αντ1|ant 1|mega channel|mega tv|στο mega|του mega|skai|σκάι|σκαι|ερτ|ert|alpha tv|open tv|star channel",
 "he": "כאן 11|קשת 12|רשת 13|ערוץ 14|ערוץ 12|ערוץ 13|i24",
 "ar": "الجزيرة|العربية|إم بي سي|ام بي سي|mbc|الحياة|on tv|أون تي في|النهار|الجديد|روتانا|سكاي نيوز",
 "fa": "شبکه یک|شبکه دو|شبکه سه|شبکه خبر|ایران اینترنشنال|بی بی سی فارسی|من و تو|صدا و سیما",
 "hi": "दूरदर्शन|आज तक|आजतक|ज़ी न्यूज़|जी न्यूज|एनडीटीवी|एबीपी न्यूज़|इंडिया टीवी|रिपब्लिक भारत|doordarshan|ndtv|republic tv",
 "bn": "এটিএন বাংলা|চ্যানেল আই|একুশে টিভি|সময় টিভি|এনটিভি|বিটিভি|যমুনা টিভি|ইন্ডিপেন্ডেন্ট টিভি|আর টিভি",
 "th": "ช่อง 3|ช่อง 7|ช่อง 8|ช่องวัน|ไทยรัฐทีวี|อมรินทร์ทีวี|ไทยพีบีเอส|เวิร์คพอยท์|ช่องเจ็ด",
 "vi": "vtv|vtv1|vtv3|htv|htv7|vtc|antv|qpvn",
 "id": "metro tv|rcti|sctv|trans tv|trans7|tvone|tv one|kompas tv|tvri|indosiar|antv|inews",
 "tl": "abs-cbn|gma|gma 7|tv5|tv patrol|24 oras|net 25|ptv",
 "ja": "nhk|フジテレビ|日本テレビ|日テレ|テレビ朝日|テレ朝|tbs|テレビ東京|テレ東|めざましテレビ|zip!|グッとラック",
 "zh": "央视|湖南卫视|浙江卫视|东方卫视|江苏卫视|北京卫视|凤凰卫视|tvb|中天|东森",
 "ko": "kbs|mbc|sbs|jtbc|ytn|mbn|tv조선|채널a",
},
"local": {
 "en": "my constituency|our constituency|for my constituency|my ward|our ward|for my ward|my riding|my county|our county|round the corner|around the corner|my studio|our studio|my course|my school|my college|my uni",
 "de": "hier im kreis|bei uns im kreis|unseres kreises|unserem kreis|unseres landkreises|unserem landkreis|hier bei uns|hier im ort|meiner fahrschule|unserer fahrschule|bei uns im ort|meinem fitnessstudio|meinem studio",
 "fr": "de ma salle de sport|de mon club|de ma circonscription|de notre circonscription|de mon lycée|de ma fac|de mon cours",
 "es": "de mi gimnasio|de mi autoescuela|de mi distrito|de mi instituto|de mi facultad|de mi academia",
 "it": "della mia palestra|della mia scuola guida|del mio liceo|del mio corso|del mio collegio",
 "pt": "da minha academia|da minha autoescola|do meu curso|da minha faculdade|da minha escola",
 "nl": "mijn sportschool|onze sportschool|van mijn gym|mijn rijschool|mijn cursus|mijn school",
 "pl": "z mojej siłowni|z mojej silowni|z mojej szkoły|z mojej szkoly|z kursu|z mojego kursu|z naszej gminy|naszej gminy|naszego powiatu",
 "cs": "z mé posilovny|z me posilovny|z našeho kurzu|z naseho kurzu|z autoškoly|z autoskoly|našeho okresu|naseho okresu",
 "sv": "på mitt gym|pa mitt gym|på min kurs|pa min kurs|på min skola|pa min skola|i vår kommun|i var kommun",
 "ru": "из музыкальной школы|из моей школы|с курсов|с моих курсов|из моего зала|из нашего зала|из автошколы|нашего района|нашего округа",
 "uk": "з курсів|з моїх курсів|з наших курсів|з моєї школи|з мого залу|з автошколи|нашого містечка|нашого району|нашої громади",
 "tr": "spor salonumdaki|spor salonumuzdaki|kursumdaki|dershanemizdeki|okulumuzdaki|ilçemizin|ilcemizin",
 "el": "του γυμναστηρίου μου|του γυμναστηριου μου|του φροντιστηρίου μου|της σχολής μου|του δήμου μας",
 "he": "בעיר שלנו|מהחדר כושר שלי|מהקורס שלי",
 "ar": "الجيم بتاعي|الجيم اللي بروحه|كورس الإنجليزي|منطقتنا|بلديتنا",
 "fa": "شهرمون|باشگاهم|آموزشگاهمون|منطقه‌مون",
 "hi": "हमारे गाँव की|हमारे गांव की|हमारे इलाके के|हमारे इलाके की|मेरे जिम की",
 "bn": "আমাদের এলাকার|আমাদের গ্রামের|আমার জিমের",
 "th": "ฟิตเนสที่ฉันไป|ยิมที่ฉันไป|เขตเรา",
 "vi": "phường mình|phường tôi|phòng gym của mình|trung tâm mình học",
 "id": "kampung kami|gym saya|tempat kursus saya|kelurahan kami",
 "tl": "barangay namin|gym namin",
 "ja": "うちの町の|うちの市の|うちの村の|通ってるジムの",
 "zh": "我们村的|我们镇的|我们县的|我们区的|我健身房的",
 "ko": "우리 동네|우리 구|우리 지역구|우리 헬스장",
},
"role": {
 "en": "mp|member of parliament|congresswoman|congressman|state senator|assemblywoman|county commissioner",
 "de": "landrätin|landratin|landrat|bezirksbürgermeisterin|bezirksburgermeisterin|ortsvorsteherin|ortsbürgermeisterin|abgeordnete",
 "pl": "wójt|wojt|starosta|starościna|posłanka|poslanka|radna",
 "sv": "finansborgarråd|finansborgarrad|borgarråd|borgarrad|borgarrådet|kommunstyrelsens ordförande",
 "uk": "міська голова|міської голови|сільська голова|селищна голова|голова громади",
 "ru": "глава администрации|глава района|глава города|главы администрации",
 "he": "ראש המועצה|ראשת המועצה",
 "fa": "شهردار",
 "hi": "सरपंच|प्रधान|विधायक|पार्षद",
 "th": "นายกเทศมนตรี|นายก อบต.|ผู้ใหญ่บ้าน",
},
"service": {
 "en": "yoga instructor|fitness instructor|driving instructor|spin instructor|pilates instructor|tutor|english teacher",
 "de": "fahrlehrerin|yogalehrerin|fitnesstrainerin|trainerin|nachhilfelehrerin",
 "fr": "prof de yoga|coach sportive|monitrice d'auto-école|prof d'anglais",
 "es": "profesora de yoga|monitora|entrenadora personal|profesora de autoescuela",
 "it": "istruttrice di yoga|personal trainer|istruttrice|insegnante di inglese",
 "pt": "professora de ioga|personal trainer|instrutora",
 "nl": "fitnessinstructrice|fitnessinstructeur|sportinstructrice|instructrice|yogadocente|yogalerares|rijinstructrice",
 "pl": "instruktorka|trenerka personalna|lektorka",
 "cs": "lektorka|instruktorka|trenérka|trenerka",
 "sv": "yogalärare|yogalarare|instruktör|instruktor|personlig tränare|personlig tranare",
 "ru": "учительница по вокалу|учительница|преподавательниц|инструктор|тренерш",
 "uk": "викладачк|репетиторк|інструкторк",
 "tr": "eğitmen|egitmen",
 "th": "ครูสอนโยคะ|เทรนเนอร์",
},
"media": {
 "sv": "vädertjejen|vadertjejen|väderflickan|vaderflickan|väderpresentatören|vaderpresentatoren|nyhetsuppläsaren|nyhetsupplasaren",
},
"outlet": {
 "el": "πρωινές ειδήσεις|πρωινες ειδησεις|πρωινών ειδήσεων|πρωινων ειδησεων|βραδινές ειδήσεις|βραδινες ειδησεις|βραδινών ειδήσεων|μεσημεριανό δελτίο|μεσημεριανου δελτιου",
 "hi": "सुबह के समाचार|सुबह की खबर|शाम के समाचार|रात के समाचार|समाचार वाली",
 "tr": "ana haber|ana haber bülteni|ana haber bülteninin|ana haber bulteni|akşam haberleri|aksam haberleri|sabah haberlerinin",
 "he": "חדשות 12|חדשות 13|חדשות 11|חדשות 14|מהדורת הבוקר|מהדורת הערב|המהדורה המרכזית",
},
"place": {
 "sv": "stockholms|göteborgs|goteborgs|malmös|malmos|uppsalas|västerås|vasteras|örebros|orebros|linköpings|linkopings",
},
}

def rows():
    return cue_rows(tuple(ROWS.items()), lower=True)

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "src", "GenScreen.Core", "Prompts", "Rules", "Data", "office-cues.tsv")
    comment = [MARKER + " broadcasters by name (org), more of the user's own surroundings (local), offices and service",
               "# roles the older rows lacked (role, service), Swedish cities in the genitive (place). Written by tools/roles29/role_cues.py",
               "# for GenScreen from general knowledge of each language and its broadcasters (MIT, this project)."]
    print(write_section(path, MARKER, comment, rows()), "rows")

if __name__ == "__main__":
    main()
