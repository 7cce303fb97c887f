# The hand-written rows of child-statements.tsv (session 16); written for GenScreen (MIT).
R = []
def add(kind, lang, *texts):
    for t in texts: R.append((kind, lang, t))

# N: not-yet, learning or helped frames
add("not-yet","en","can't yet","not yet able to","not able to yet","still learning to","still learning how to","just learned to","just learned how to","only just learned to","just learnt to","only just learnt to","is learning to","learning to","learning how to","needs help","needs help with","needs help to","still can't","can't yet","cannot yet","hasn't learned to","hasn't learnt to","doesn't know how to","not yet")
add("not-yet","de","noch nicht","kann noch nicht","lernt gerade","lernt gerade erst","lernt noch","braucht hilfe","braucht noch hilfe")
add("not-yet","fr","ne sait pas encore","sait pas encore","pas encore","apprend encore à","apprend encore","apprend à","apprend tout juste à","a besoin d'aide pour","besoin d'aide pour")
add("not-yet","es","todavía no sabe","aún no sabe","todavía no","aún no","está aprendiendo a","aún está aprendiendo a","todavía está aprendiendo a","aprendiendo a","necesita ayuda para","acaba de aprender a")
add("not-yet","it","non sa ancora","ancora non sa","sta ancora imparando a","sta imparando a","impara a","ha bisogno di aiuto per","non ancora")
add("not-yet","pt","ainda não sabe","ainda não","ainda está aprendendo a","está aprendendo a","aprendendo a","precisa de ajuda para","acabou de aprender a","ainda está a aprender a")
add("not-yet","nl","kan nog niet","nog niet","leert nog","leert net","leert pas","heeft hulp nodig")
add("not-yet","pl","jeszcze nie umie","jeszcze nie potrafi","jeszcze nie","dopiero uczy się","uczy się","potrzebuje pomocy")
add("not-yet","ru","ещё не умеет","еще не умеет","ещё не","еще не","только учится","учится","пока не умеет","не умеет ещё")
add("not-yet","uk","ще не вміє","ще не","тільки вчиться","вчиться","поки не вміє")
add("not-yet","cs","ještě neumí","ještě ne","teprve se učí","učí se","ještě nezvládá")
add("not-yet","sv","kan inte än","lär sig fortfarande","lär sig","har precis lärt sig","behöver hjälp")
add("not-yet","tr","henüz","yeni öğreniyor","öğreniyor","hala bilmiyor","hâlâ bilmiyor")
add("not-yet","el","δεν ξέρει ακόμα","ακόμα δεν ξέρει","μαθαίνει","μόλις έμαθε")
add("not-yet","id","belum bisa","belum pandai","baru belajar","masih belajar")
add("not-yet","vi","chưa biết","chưa thể","đang tập","mới tập")
add("not-yet","ja","まだ","練習中")
add("not-yet","zh","还不会","還不會","还不能","刚学会","正在学")
add("not-yet","ko","아직","배우는 중")
# S: too small to, not big enough to
add("too-small","en","too small","too little","too tiny","not big enough","too young")
add("too-small","de","zu klein","noch zu klein","nicht groß genug","zu jung")
add("too-small","fr","trop petit","trop petite","pas assez grand","pas assez grande","trop jeune")
add("too-small","es","demasiado pequeño","demasiado pequeña","muy pequeña para","muy pequeño para","demasiado chiquita","demasiado chiquito")
add("too-small","it","troppo piccolo","troppo piccola","non abbastanza alto","non abbastanza alta")
add("too-small","pt","pequeno demais","pequena demais","muito pequena para","muito pequeno para")
add("too-small","nl","te klein","nog te klein","niet groot genoeg")
add("too-small","pl","za mały","za mała","zbyt mały","zbyt mała")
add("too-small","ru","слишком мал","слишком мала","слишком маленький","слишком маленькая","ещё мала","еще мала","ещё мал","еще мал")
add("too-small","uk","надто малий","надто мала","занадто малий","занадто мала","ще мала","ще малий")
add("too-small","cs","moc malý","moc malá","příliš malý","příliš malá")
add("too-small","sv","för liten")
add("too-small","tr","kadar küçük","çok küçük")
add("too-small","el","πολύ μικρή","πολύ μικρός","πολύ μικρό")
add("too-small","id","terlalu kecil","masih terlalu kecil")
add("too-small","vi","quá nhỏ","còn quá nhỏ","còn nhỏ quá")
add("too-small","ja","小さすぎ","小さくて")
add("too-small","zh","太小","个子太小","個子太小")
add("too-small","ko","너무 작아","너무 작아서")
# X: a plain negation: with a reach word it is a reach not yet made
add("negation","en","can't","cannot","cant","doesn't","does not","not","unable to","won't")
add("negation","de","nicht","kommt nicht")
add("negation","fr","ne","n'arrive","pas")
add("negation","es","no","no llega")
add("negation","it","non")
add("negation","pt","não")
add("negation","nl","niet","kan niet")
add("negation","pl","nie")
add("negation","ru","не")
add("negation","uk","не")
add("negation","cs","nedosáhne","nedosáhla","nedosáhl","ne")
add("negation","sv","inte","når inte")
add("negation","tr","yetişemiyor","yetişemeyecek","ulaşamıyor")
add("negation","el","δεν")
add("negation","id","tidak","tak","belum")
add("negation","vi","không","chưa")
add("negation","ja","届かない","届かず")
add("negation","zh","够不着","夠不著","够不到")
add("negation","ko","안","못")
# C: skills a child learns (with a not-yet frame, a child for certain)
add("skill","en","read","reading","write","writing","count","counting","tie","tying","laces","shoelaces","whistle","whistling","button","buttoning","buttons","zip","zipping","potty","toilet","dress","dressing","dressed","pour","pouring","tell time","tell the time","left from right","spell","spelling","walk","walking","talk","talking","crawl","crawling","sit still","ride without","stabilisers","stabilizers","feed herself","feed himself","use a fork","use a spoon","blow her nose","blow his nose","skip","hop","brush her teeth","brush his teeth","own name","alphabet","abc","letters","numbers","clock","bike without")
add("skill","de","lesen","schreiben","zählen","anziehen","zumachen","zubinden","pfeifen","buchstaben","uhr","laufen","sprechen","töpfchen","schwimmen lernen")
add("skill","fr","lire","écrire","compter","habiller","s'habiller","lacets","siffler","boutonner","l'heure","marcher","parler","pot","alphabet")
add("skill","es","leer","escribir","contar","vestirse","abrocharse","atarse","silbar","hora","caminar","hablar","orinal","abecedario","letras")
add("skill","it","leggere","scrivere","contare","vestirsi","allacciarsi","fischiare","ora","camminare","parlare","vasino","alfabeto","bici senza rotelle")
add("skill","pt","ler","escrever","contar","vestir","vestir-se","abotoar","assobiar","horas","andar","falar","penico","alfabeto")
add("skill","nl","lezen","schrijven","tellen","aankleden","fluiten","klok","lopen","praten","potje","alfabet")
add("skill","pl","czytać","pisać","liczyć","ubrać","ubierać","gwizdać","zegarze","chodzić","mówić","nocnik","literki")
add("skill","ru","читать","писать","считать","одеваться","свистеть","часам","ходить","говорить","горшок","буквы")
add("skill","uk","читати","писати","рахувати","одягатися","свистіти","ходити","говорити","горщик","літери")
add("skill","cs","číst","psát","počítat","obléct","oblékat","pískat","hodiny","chodit","mluvit","nočník","písmenka")
add("skill","sv","läsa","skriva","räkna","klä på sig","vissla","klockan","gå","prata","pottan","bokstäver")
add("skill","tr","okuma","okumayı","yazma","yazmayı","sayma","saymayı","giyinmeyi","ıslık","saati","yürümeyi","konuşmayı","lazımlık","harfleri")
add("skill","el","διαβάζει","να διαβάζει","γράφει","να γράφει","μετράει","ντύνεται","σφυρίζει")
add("skill","id","membaca","menulis","berhitung","menghitung","berpakaian","bersiul","berjalan","berbicara")
add("skill","vi","đọc","viết","đếm","mặc quần áo","huýt sáo","đi","nói")
add("skill","ja","字","読め","数え","書け","服が着","着替え","口笛","おまる","ひらがな")
add("skill","zh","认字","認字","识字","写字","數到","数到","穿衣服","吹口哨","系扣子","说话")
add("skill","ko","글","한글","읽","숫자","옷을","휘파람")
# B: things adults also learn or lack (a not-yet or too-small frame makes a likely child)
add("shared","en","swim","swimming","armbands","floaties","ride a bike","ride her bike","ride his bike","riding a bike","bike","roller coaster","big swing","swing","rides","ride","merry-go-round","big slide")
add("shared","de","schwimmen","fahrrad","fahrrad fahren","rad fahren","karussell","achterbahn","schaukel")
add("shared","fr","nager","vélo","faire du vélo","manège","grand manège","balançoire")
add("shared","es","nadar","bici","bicicleta","montaña rusa","columpio")
add("shared","it","nuotare","bici","bicicletta","giostra","altalena")
add("shared","pt","nadar","bicicleta","andar de bicicleta","montanha-russa","balanço")
add("shared","nl","zwemmen","fietsen","fiets","draaimolen","schommel")
add("shared","pl","pływać","rowerze","rower","karuzeli","huśtawce")
add("shared","ru","плавать","велосипеде","велосипед","карусели","качелях")
add("shared","uk","плавати","велосипеді","велосипед","гойдалці")
add("shared","cs","plavat","kole","kolo","kolotoči","houpačce")
add("shared","sv","simma","cykla","cykel","karusellen","gungan")
add("shared","tr","yüzme","yüzmeyi","bisiklete","bisiklet","salıncak")
add("shared","el","κολύμπι","ποδήλατο","κούνια")
add("shared","id","berenang","sepeda","naik sepeda","ayunan")
add("shared","vi","bơi","xe đạp","đi xe đạp","xích đu")
add("shared","ja","泳げ","自転車","ブランコ")
add("shared","zh","游泳","骑自行车","騎自行車","自行车","秋千")
add("shared","ko","자전거","수영","그네")
# R: what a small child cannot reach
add("reach","en","reach","sink","counter","kitchen counter","light switch","pedals","doorknob","door handle","over the table","top bunk","bathroom sink","faucet","see over")
add("reach","de","waschbecken","lichtschalter","schalter","türklinke","pedale","tisch","rankommen","heranreichen","erreichen")
add("reach","fr","évier","l'évier","lavabo","interrupteur","pédales","poignée","atteindre","toucher")
add("reach","es","lavabo","fregadero","interruptor","pedales","pomo","alcanzar")
add("reach","it","lavandino","interruttore","pedali","maniglia","arrivare")
add("reach","pt","pia","interruptor","pedais","maçaneta","alcançar")
add("reach","nl","wasbak","aanrecht","lichtknopje","lichtknop","pedalen","deurklink")
add("reach","pl","umywalki","umywalka","umywalkę","włącznika","pedałów","klamki","sięgnąć","dosięgnąć")
add("reach","ru","раковины","раковине","выключателя","выключатель","педалей","ручки","дотянуться","достать")
add("reach","uk","раковини","вимикача","педалей","дотягнутися","дістати")
add("reach","cs","umyvadlo","umyvadla","vypínač","pedály","kliku","dosáhla","dosáhl","dosáhnout")
add("reach","sv","handfatet","diskbänken","strömbrytaren","pedalerna","nå","når upp")
add("reach","tr","lavaboya","lavabo","tezgaha","düğmeye","pedallara","yetişemeyecek","yetişemiyor")
add("reach","el","νεροχύτη","νιπτήρα","διακόπτη","φτάσει","φτάνει")
add("reach","id","wastafel","sakelar","pedal","menjangkau","meraih")
add("reach","vi","bồn rửa","công tắc","với tới","với")
add("reach","ja","洗面台","流し台","スイッチ","届か","届く")
add("reach","zh","洗手台","洗手池","水槽","开关","够不着","够")
add("reach","ko","세면대","싱크대","스위치","닿")
# grown-ups as the others, and the words that set the subject apart from them
add("grown-ups","en","grown ups","grownups","grown up table","adults","the adults","big people")
add("grown-ups","de","erwachsenen","die erwachsenen")
add("grown-ups","fr","les grands","adultes","les adultes","grandes personnes")
add("grown-ups","es","los mayores","adultos","los adultos")
add("grown-ups","it","i grandi","adulti","gli adulti")
add("grown-ups","pt","adultos","os adultos","mais velhos","gente grande")
add("grown-ups","nl","volwassenen","grote mensen")
add("grown-ups","pl","dorośli","dorosłych","dorosłymi")
add("grown-ups","ru","взрослые","взрослых","взрослыми")
add("grown-ups","uk","дорослі","дорослих")
add("grown-ups","cs","dospělí","dospělých","dospělými")
add("grown-ups","sv","vuxna","de vuxna")
add("grown-ups","tr","büyükler","yetişkinler","büyüklerden")
add("grown-ups","el","μεγάλοι","οι μεγάλοι","ενήλικες")
add("grown-ups","id","orang dewasa")
add("grown-ups","vi","người lớn")
add("grown-ups","ja","大人たち","大人達")
add("grown-ups","zh","大人们","大人們")
add("grown-ups","ko","어른들")
add("apart","en","while","away from","apart from","not allowed","sent to bed")
add("apart","de","während","weg von","abseits","getrennt von")
add("apart","fr","pendant que","loin des","à part","à l'écart des")
add("apart","es","mientras","lejos de","aparte","apartada de","apartado de")
add("apart","it","mentre","lontano dai","lontana dai","a parte")
add("apart","pt","enquanto","longe dos","separada","separado")
add("apart","nl","terwijl","weg van","apart")
add("apart","pl","podczas gdy","z dala od","osobno")
add("apart","ru","пока","отдельно от","отдельно","вдали от")
add("apart","uk","поки","окремо від","окремо")
add("apart","cs","zatímco","stranou od")
add("apart","sv","medan","borta från")
add("apart","tr","iken","uzakta","ayrı")
add("apart","el","ενώ","μακριά από")
add("apart","id","sementara","jauh dari")
add("apart","vi","trong khi","tránh xa")
add("apart","ja","が話している間","の間","から離れて")
add("apart","zh","聊天时","说话时","不在时","离开")
add("apart","ko","동안","떨어져")
# "the other adults": the subject is one of them
add("other","en","other","fellow")
add("other","de","anderen","anderer")
add("other","fr","autres")
add("other","es","otros","demás")
add("other","it","altri")
add("other","pt","outros","demais")
add("other","nl","andere")
add("other","pl","inni","innymi")
add("other","ru","другие","другими","остальные","остальными")
add("other","uk","інші","іншими")
add("other","cs","ostatní","ostatními")
add("other","sv","andra")
add("other","tr","diğer")
add("other","el","άλλοι","υπόλοιποι")
add("other","id","lain","lainnya")
add("other","vi","khác")
# carried or held by a parent: the place on the parent, and the parent
add("carry","en","shoulders","shoulder","lap","hip","piggyback","arms","back","knee","knees","shoulder ride","carried","lifted","lifted up","tucked in","tucked into bed")
add("carry","de","schultern","schulter","schoß","schoss","huckepack","arm","armen","knie")
add("carry","fr","épaules","épaule","genoux","bras","dos","hanche")
add("carry","es","hombros","hombro","regazo","brazos","caballito","cadera","rodillas")
add("carry","it","spalle","spalla","braccio","braccia","grembo","cavalluccio","ginocchia")
add("carry","pt","ombros","ombro","colo","cavalinho","braços","quadril")
add("carry","nl","schouders","schouder","schoot","arm","armen","nek")
add("carry","pl","barana","ramionach","ramieniu","kolanach","rękach")
add("carry","ru","плечах","плечи","коленях","руках","шее")
add("carry","uk","плечах","плечі","колінах","руках")
add("carry","cs","ramenou","ramena","klíně","rukou","koni")
add("carry","sv","axlar","axlarna","knä","knät","famn","famnen","armar")
add("carry","tr","omuzlarında","omzunda","kucağında","sırtında")
add("carry","el","ώμους","ώμο","αγκαλιά","ποδιά")
add("carry","id","pundak","bahu","pangkuan","gendongan","digendong","dipangku")
add("carry","vi","vai","lòng","cõng","bế")
add("carry","ja","肩車","膝の上","抱っこ","おんぶ")
add("carry","zh","肩膀","肩上","膝上","怀里","懷裡","抱着")
add("carry","ko","목말","무릎","어깨","안겨")
add("parent","en","dad","dad's","daddy's","father","father's","dads","mum","mum's","mom","mom's","mommy's","mummy's","mother","mother's","grandma","grandma's","grandpa","grandpa's","granny's","grandad's","grandfather's","grandmother's","papa's","nana's","uncle's","auntie's","aunt's","parent's","parents'")
add("parent","de","papa","papas","mama","mamas","vater","vaters","mutter","oma","omas","opa","opas","vati","mutti")
add("parent","fr","papa","maman","père","mère","mamie","papi","papy","grand-mère","grand-père")
add("parent","es","papá","mamá","padre","madre","abuela","abuelo","abuelita","abuelito")
add("parent","it","papà","mamma","padre","madre","nonna","nonno")
add("parent","pt","papai","mamãe","pai","mãe","vovó","vovô","avó","avô")
add("parent","nl","papa","mama","vader","moeder","oma","opa")
add("parent","pl","taty","tacie","mamy","mamie","taty","ojca","matki","babci","dziadka","tatą","mamą")
add("parent","ru","папы","папе","мамы","маме","отца","матери","бабушки","дедушки","папа","мама")
add("parent","uk","тата","татові","мами","мамі","батька","бабусі","дідуся")
add("parent","cs","tátovi","táty","mámě","mámy","tatínkovi","maminky","maminčině","babičce","dědovi","otci","matce")
add("parent","sv","pappas","mammas","farfars","morfars","farmors","mormors","pappa","mamma")
add("parent","tr","babasının","annesinin","babası","annesi","dedesinin","ninesinin","babaannesinin","anneannesinin")
add("parent","el","μπαμπά","μαμάς","πατέρα","μητέρας","γιαγιάς","παππού")
add("parent","id","ayahnya","ayah","ibunya","ibu","bapak","kakek","nenek","papa","mama")
add("parent","vi","bố","mẹ","ông","bà")
add("parent","ja","パパ","ママ","父","母","お父さん","お母さん","おじいちゃん","おばあちゃん")
add("parent","zh","爸爸","妈妈","媽媽","爷爷","奶奶","外婆","姥姥")
add("parent","ko","아빠","엄마","할머니","할아버지")
# the child-sized version: the smallest one, feet that do not reach the floor
add("smallest","en","smallest one","tiniest one","littlest one","smallest of the family","littlest","tiniest of the","the littlest","the tiniest one","feet dangling","feet dangle","feet swinging","feet swing","feet don't reach","feet that don't reach","legs dangling","legs swinging")
add("smallest","de","die kleinste","der kleinste","füße baumeln","beine baumeln")
add("smallest","fr","la plus petite de la famille","le plus petit de la famille","pieds qui pendent","pieds pendent","jambes qui pendent")
add("smallest","es","la más pequeña de la familia","el más pequeño de la familia","pies colgando","piernas colgando")
add("smallest","it","la più piccola della famiglia","il più piccolo della famiglia","piedi penzoloni","gambe penzoloni")
add("smallest","pt","a mais pequena da família","o mais pequeno da família","pés balançando")
add("smallest","ru","самая маленькая","самый маленький","ноги не достают до пола","болтает ногами")
add("smallest","pl","najmniejsza w rodzinie","nogi nie sięgają podłogi","macha nogami")
# objects of a small child's day used by the subject
add("object","en","high chair","highchair","playpen")
add("object","de","hochstuhl","kinderstuhl")
add("object","fr","chaise haute","réhausseur")
add("object","es","trona","vasito de boquilla")
add("object","it","seggiolone")
add("object","pt","cadeirão","cadeira de alimentação")
add("object","nl","kinderstoel")
add("object","pl","krzesełku do karmienia","krzesełko do karmienia")
add("object","ru","стульчике для кормления","детском стульчике","детский стульчик","манеже")
add("object","uk","стільчику для годування","стільчик для годування")
add("object","cs","jídelní židličce","jídelní židlička")
add("object","sv","barnstolen","barnstol")
add("object","tr","mama sandalyesinde","mama sandalyesi")
add("object","el","καρεκλάκι φαγητού")
add("object","id","kursi tinggi","kursi makan anak")
add("object","vi","ghế ăn dặm")
add("object","ja","ベビーチェア","ハイチェア","離乳食")
add("object","zh","宝宝餐椅","寶寶餐椅","儿童餐椅","辅食")
add("object","ko","아기 식탁 의자","유아 식탁 의자","이유식")
# adults: a person of the statement's own clause who is an adult keeps the statement the adult's
add("adult","en","woman","women","man","men","adult","lady","guy","wife","husband","bride","groom","boyfriend","girlfriend","couple","nurse","patient","teacher","worker","athlete","biker","housewife","newlywed","milf","mature","businesswoman","businessman","secretary","wife's","husband's","model","actress","father","mother","30","40","thirties","forties","twenties")
add("adult","de","frau","mann","erwachsene","erwachsener","ehefrau","ehemann","braut","dame")
add("adult","fr","femme","homme","adulte","épouse","mari","mariée","dame")
add("adult","es","mujer","hombre","adulta","adulto","esposa","marido","novia","señora")
add("adult","it","donna","uomo","adulta","adulto","moglie","marito","sposa","signora")
add("adult","pt","mulher","homem","adulta","adulto","esposa","marido","noiva","senhora")
add("adult","nl","vrouw","man","volwassen","echtgenote","bruid")
add("adult","pl","kobieta","mężczyzna","dorosła","dorosły","żona","mąż","panna młoda")
add("adult","ru","женщина","мужчина","взрослая","взрослый","жена","муж","невеста")
add("adult","uk","жінка","чоловік","доросла","дорослий","дружина","наречена")
add("adult","cs","žena","muž","dospělá","dospělý","manželka","nevěsta")
add("adult","sv","kvinna","man","vuxen","fru","brud")
add("adult","tr","kadın","adam","yetişkin","karısı","gelin")
add("adult","el","γυναίκα","άντρας","ενήλικη","ενήλικας","σύζυγος","νύφη")
add("adult","id","wanita","pria","dewasa","istri","suami","pengantin")
add("adult","vi","phụ nữ","đàn ông","người lớn","vợ","chồng")
add("adult","ja","女性","男性","大人の","成人","妻","夫","花嫁")
add("adult","zh","成年","女人","男人","妻子","丈夫","新娘")
add("adult","ko","성인","여성","남성","아내","남편","신부")

# too short: a short adult says it too, so it weighs as a likely child only
add("too-short","en","too short","not tall enough")
add("too-short","sv","för kort")
add("too-short","pt","baixinha demais")
add("too-short","zh","太矮")
add("too-short","ko","키가 작아서")
# step stools: what a small child stands on to reach (a reach word)
add("reach","en","step stool","stepstool")
add("reach","de","tritthocker")
add("reach","fr","marchepied")
add("reach","es","banquito")
add("reach","it","sgabello")
add("reach","pt","banquinho")
add("reach","nl","opstapje")
# yet: with a negation and a skill in one clause, a not-yet frame ("can't write her name yet", "kan inte läsa än")
add("yet","en","yet")
add("yet","de","noch")
add("yet","fr","encore")
add("yet","es","todavía","aún")
add("yet","it","ancora")
add("yet","pt","ainda")
add("yet","nl","nog")
add("yet","pl","jeszcze")
add("yet","ru","ещё","еще")
add("yet","uk","ще")
add("yet","cs","ještě")
add("yet","sv","än")
add("yet","tr","henüz")
add("yet","el","ακόμα","ακόμη")
add("yet","id","belum")
add("yet","vi","chưa")
# relative words: a clause opened by one describes the person of the clause before it (an adult there keeps it hers)
add("relative","en","who","which","that")
add("relative","de","die","der","welche","welcher")
add("relative","fr","qui","que")
add("relative","es","que","quien")
add("relative","it","che","cui")
add("relative","pt","que","quem")
add("relative","nl","die","dat")
add("relative","pl","która","który","które")
add("relative","ru","которая","который","которые")
add("relative","uk","яка","який","які")
add("relative","cs","která","který","které")
add("relative","sv","som")
add("relative","el","που","η οποία","ο οποίος")
add("relative","id","yang")
add("relative","vi","mà")
# purpose conjunctions after a comma (Slavic grammar writes one): the clause goes on across it (слишком мала, чтобы дотянуться)
add("purpose","ru","чтобы")
add("purpose","uk","щоб","щоби")
add("purpose","pl","żeby","aby","by")
add("purpose","cs","aby","abych")
add("purpose","de","um")

# ---- Session 18 (i16-childcues19): childhood read from its details (Rules/ChildDetails.cs) ----
# carers beyond the parents: the person who minds the subject (a parent word for the care and carry statements)
add("parent","en","mom","grandpa","grandma","granny","nanny","babysitter")
add("parent","de","mami","papi","babysitterin","babysitter","kindermädchen","erzieherin","erzieher","tagesmutter","oma","opa","mutter","vater")
add("parent","fr","maman","papa","nounou","baby sitter","sa mère","son père","sa maman","son papa","grand mère","mamie")
add("parent","es","mamá","papá","su madre","su padre","su mamá","su papá","niñera","canguro","abuelo","abuela","seño")
add("parent","it","mamma","papà","sua madre","suo padre","babysitter","tata","nonno","nonna","maestra d'asilo")
add("parent","pt","mãe","pai","mamãe","papai","babá","avô","avó")
add("parent","nl","mama","papa","oppas","opa","oma","haar moeder","zijn vader","juf")
add("parent","ru","мама","папа","бабушка","дедушка","няня","воспитательница","вожатая","мать","отец")
add("parent","uk","мама","тато","бабуся","дідусь","няня","вихователька","мати","батько")
add("parent","pl","mama","tata","babcia","dziadek","niania","opiekunka","przedszkolanka")
add("parent","cs","maminka","máma","táta","tatínek","babička","děda","dědeček","chůva","paní učitelka ve školce")
add("parent","sv","mamma","pappa","mormor","morfar","farmor","farfar","barnvakten","barnvakt","fröken")
add("parent","el","μαμά","μαμά του","μαμά της","μπαμπάς","μπαμπάς του","γιαγιά","παππούς","νταντά","μπέιμπι σίτερ")
add("parent","tr","annesi","babası","dedesi","ninesi","babaannesi","anneannesi","bakıcısı","bakıcısının","dedesinin","annesinin","babasının")
add("parent","id","ibunya","ayahnya","kakek","nenek","kakeknya","neneknya","pengasuhnya","pengasuh","ibu","ayah","mama","papa")
# Not the bare "má" (mum in the south, cheek): the table is read without a language, and Czech and Slovak "má" (has, my)
# after any noun made "pár kolem třicítky má sex" (a couple about thirty has sex) a child's clause (session 39, sealed
# batch 47). Vietnamese says it with its owner, its call or the word before it: má tôi, má ơi, phụ má, với má.
add("parent","vi","mẹ","bố","má tôi","má em","má ơi","má của","má nó","má bé","phụ má","giúp má","với má","theo má","cùng má","của má","bên má","ông nội","bà nội","ông ngoại","bà ngoại","bảo mẫu","cô bảo mẫu")
add("parent","tl","nanay","tatay","lolo","lola","yaya","mama","papa")
add("parent","ar","أمه","أمها","أبوه","أبوها","والده","والدته","والدها","جده","جدته","جدها","المربية","مربيته","أمّه","ماما","بابا")
add("parent","fa","مادرش","پدرش","پدربزرگش","مادربزرگش","پرستارش","مامانش","باباش","مامان","بابا")
add("parent","he","אמא","אבא","סבא","סבתא","הבייביסיטר","המטפלת","אמא שלו","אמא שלה","אבא שלו","אבא שלה")
add("parent","hi","मम्मी","पापा","माँ","मां","पिताजी","दादाजी","दादी","नानी","नानाजी","आया")
add("parent","bn","মা","বাবা","দাদু","দিদিমা","ঠাকুমা","আয়া","মায়ের","বাবার")
add("parent","ja","パパ","ママ","父親","母親","おじいちゃん","おばあちゃん","ベビーシッター","保育士","祖父","祖母")
add("parent","zh","爸爸","妈妈","爷爷","奶奶","外公","外婆","保姆","阿姨帮")
add("parent","ko","아빠","엄마","할아버지","할머니","베이비시터","보모","아빠가","엄마가")
add("parent","th","พ่อ","แม่","ปู่","ย่า","ตา","ยาย","พี่เลี้ยง")
# the care act a parent or carer does for the subject: cut the food, close the coat, tie the laces, tuck in, braid, feed, bathe, carry
add("care","en","cuts","zips","zipped","double knots","ties her shoelaces","ties his shoelaces","ties their shoelaces","ties her shoes","ties his shoes","ties their shoes","tied her shoes","tied his shoes","buttons","buttoned","tucks","tucked","braids","braided","buckles","buckled","spoon feeds","feeds","bathes","wipes","lifts","lifted","carries","carried","reads him","reads her","reads them","hand","holds the seat","holding the seat","pushes the swing","pushing the swing","brushes her hair","combs")
add("care","de","schneidet","zumacht","macht die jacke zu","bindet","zubindet","knöpft","zuknöpft","zudeckt","zugedeckt","flicht","flechtet","anschnallt","angeschnallt","füttert","badet","wischt","abwischt","hochhebt","getragen","vorliest","vorgelesen","hand","festhält","kämmt","anzieht")
add("care","fr","coupe","noue","lace","boutonne","borde","bordé","bordée","tresse","tresses","nourrit","baigne","essuie","mouche","soulève","main","habille","coiffe","lit une histoire")
add("care","es","corta","abrocha","ata","arropa","trenza","trenzas","hace trenzas","peina","baña","limpia","mano","viste","da de comer","lee","sujeta","lleva de la mano")
add("care","it","taglia","allaccia","rimbocca","trecce","pettina","pulisce","solleva","prende in braccio","mano","veste","imbocca","legge","soffia il naso")
add("care","pt","corta","fecha","amarra","cobre","trança","tranças","faz tranças","penteia","banha","limpa","levanta","mão","veste","dá comida","lê")
add("care","nl","snijdt","ritst","dichtritst","strikt","knoopt","ingestopt","voorgelezen","leest","vlecht","vlechtjes","gespt","voert","wast","tilt","optillen","hand","vasthoudt","aankleedt")
add("care","ru","режет","нарезает","застёгивает","застегивает","завязывает","укрывает","укладывает","заплетает","кормит","купает","вытирает","поднимает","несёт","читает","держит","руку","одевает","причёсывает","поправляет")
add("care","uk","ріже","нарізає","застібає","зав'язує","вкриває","вкладає","заплітає","годує","купає","витирає","піднімає","несе","читає","тримає","руку","одягає","поправляє")
add("care","pl","kroi","zapina","wiąże","otula","przykrywa","zaplata","karmi","kąpie","wyciera","podnosi","niesie","czyta","trzyma","rękę","ubiera","czesze")
add("care","cs","krájí","zapíná","zavazuje","přikrývá","ukládá","plete","krmí","koupe","utírá","zvedá","nese","čte","drží","ruku","obléká","češe")
add("care","sv","skär","drar upp","knyter","knäpper","bäddar","stoppar om","flätar","matar","badar","torkar","lyfter","läser","handen","klär på")
add("care","el","κόβει","κουμπώνει","δένει","σκεπάζει","πλέκει","ταΐζει","μπανιάρει","σκουπίζει","σηκώνει","κρατάει","διαβάζει","χέρι","ντύνει","χτενίζει")
add("care","tr","kesen","kesiyor","keserek","bağlayan","bağlıyor","çeken","ilikleyen","örttüğü","örten","ördüğü","ören","besleyen","yıkayan","silen","kaldıran","taşıyan","okuduğu","okuyup","tuttuğu","tutan","elini","giydiren","fermuarını")
add("care","id","dipotong","dipotongkan","memotong","diikat","diikatkan","mengikat","dinaikkan","menyelimuti","diselimuti","dikepang","mengepang","menyuapi","disuapi","memandikan","dimandikan","menggendong","digendong","dibacakan","membacakan","dipegangi","dipegang","memegangi","tangan","dipakaikan","memakaikan")
add("care","vi","cắt","kéo khóa","buộc","cài","đắp chăn","tết","đút","cho ăn","tắm cho","lau","bế","đọc truyện","dắt","nắm tay","mặc cho")
add("care","tl","hinihiwa","hiniwa","hinihiwaan","isinasara","tinatali","itinali","kinukumutan","tinitirintas","sinusubuan","pinapaliguan","binubuhat","binuhat","binabasahan","hinahawakan","kamay","binibihisan")
add("care","ar","يقطع","تقطع","تغلق","يغلق","تربط","يربط","تغطيه","تغطيها","يغطيه","تضفر","يضفر","تطعمه","تطعمها","تحممه","تمسح","يمسك","تمسك","يرفعه","ترفعه","يحمله","تحمله","تقرأ","يقرأ","يد")
add("care","fa","بندد","گره","پتو","بافد","بغل","خواند","نگه","دست","پوشاند")
add("care","he","חותך","חותכת","סוגרת","סוגר","קושרת","קושר","מכסה","קולעת","קולע","מאכילה","מאכיל","רוחצת","מנגבת","מרים","מרימה","נושא","נושאת","מקריאה","מקריא","מחזיק","מחזיקה","יד","מלבישה","מסרקת")
add("care","hi","काटते","काटती","लगाती","बाँधती","बांधती","बाँधते","ओढ़ाती","ओढ़ाते","चोटियाँ","चोटी","खिलाती","खिलाते","नहलाती","पोंछती","उठाते","उठाती","सुनाती","सुनाते","पकड़े","पकड़ती","हाथ","पहनाती")
add("care","bn","কেটে","টেনে","বেঁধে","ঢেকে","বিনুনি","খাইয়ে","স্নান","মুছে","তুলে","শোনায়","ধরে","হাত","পরিয়ে")
add("care","ja","切って","切ってもら","結んで","結んでもら","上げてもら","着せて","かけてもら","読んでもら","抱っこ","食べさせて","三つ編み","押さえてもら","支えてもら","手をつな","拭いて","洗ってもら","てもらっている","てもらう","てもらい")
add("care","zh","切成小块","帮她","帮他","给她","给他","系好鞋带","拉上","盖好被子","编辫子","喂她","喂他","抱着她","抱着他","扶着","牵着","讲睡前故事","讲故事")
add("care","ko","잘라 주","올려 주","묶어 주","덮어 주","땋아 주","먹여 주","잡아 주","읽어 주","입혀 주","씻겨 주","닦아 주","안아")
add("care","th","หั่น","ผูก","รูดซิป","ห่มผ้า","ถักเปีย","ป้อน","อาบน้ำให้","เช็ด","อุ้ม","อ่านนิทาน","จูงมือ","จับ")
# the ones cared for named in the clause: the care is theirs, not the subject's (a father tying his son's shoes)
add("offspring","en","son","son's","daughter","daughter's","kids","kids'","children","children's","baby","baby's","toddler","twins","sons","daughters")
add("offspring","de","sohn","sohnes","tochter","kinder","kindern","kind","baby")
add("offspring","fr","fils","fille","enfants","enfant","bébé")
add("offspring","es","hijo","hija","hijos","niños","niño","niña","bebé")
add("offspring","it","figlio","figlia","figli","bambini","bambino","bambina")
add("offspring","pt","filho","filha","filhos","crianças","criança","bebê")
add("offspring","nl","zoon","dochter","kinderen","kind","baby")
add("offspring","ru","сыну","сына","дочери","дочке","детям","детей","ребёнку","ребенку")
add("offspring","uk","сину","сина","доньці","дітям","дітей","дитині")
add("offspring","pl","synowi","syna","córce","dzieciom","dzieci","dziecku")
add("offspring","cs","synovi","syna","dceři","dětem","děti","dítěti")
add("offspring","sv","sonen","son","dotter","dottern","barnen","barn")
add("offspring","el","γιου","γιο","κόρης","κόρη","παιδιά","παιδιού")
add("offspring","tr","oğlunun","oğlu","kızının","kızı","çocuklarının","çocukları","çocuğunun")
add("offspring","id","anaknya","anak","anak anaknya","putranya","putrinya")
add("offspring","vi","con trai","con gái","các con")
add("offspring","tl","anak","anak niya")
add("offspring","ar","ابنه","ابنها","ابنته","أولاده","أولادها","أطفالها","طفلها")
add("offspring","fa","پسرش","دخترش","بچه هایش","بچه")
add("offspring","he","הבן","הבת","הילדים","לילד")
add("offspring","hi","बेटे","बेटी","बच्चों","बच्चे")
add("offspring","bn","ছেলের","মেয়ের","ছেলেমেয়েদের","বাচ্চার")
add("offspring","ja","息子","娘","子ども","子供")
add("offspring","zh","儿子","女儿","孩子")
add("offspring","ko","아들","딸","아이들","아이")
add("offspring","th","ลูกชาย","ลูกสาว","ลูกๆ","ลูก")
# an article right before a parent word: the parent is the person described (a mother braiding her hair)
add("article","en","an","one")
# whose, her: the parent after it is the subject's ("a" is no article here: the table is shared, and Portuguese "a mãe" is "the mother")
add("possessive","en","whose","her","his","their","my","your")
add("article","de","eine","ein")
add("article","fr","une","un")
add("article","es","una","un")
add("article","it","una","un","uno")
add("article","pt","uma","um")
add("article","nl","een")
add("article","sv","en","ett")
add("article","el","μια","ένας")
add("article","tr","bir")
add("article","id","seorang")
add("article","vi","một")
add("article","tl","isang")
# adult words of the languages the session 16 rows left without: the statement is the adult's own
add("adult","hi","महिला","औरत","वयस्क","आदमी","पुरुष","पत्नी","पति","अध्यापिका","शिक्षिका")
add("adult","bn","মহিলা","প্রাপ্তবয়স্ক","পুরুষ","স্ত্রী","স্বামী","শিক্ষিকা")
add("adult","ar","امرأة","رجل","بالغة","بالغ","زوجة","زوج","معلمة","سيدة")
add("adult","fa","زن","زنی","مرد","بالغ","همسر","معلم","خانم")
add("adult","he","אישה","גבר","בוגרת","בוגר","אשתו","בעלה","מורה")
add("adult","th","ผู้หญิง","ผู้ชาย","ผู้ใหญ่","ภรรยา","สามี","ครู")
add("adult","tl","babae","babaeng","lalaki","asawa","guro","gurong")
# rules set by others: a permission frame and what a child is allowed or refused
add("permission","en","not allowed to","isn't allowed to","not allowed","allowed to","has to ask permission","needs permission","must ask permission","ask permission","asks permission","only allowed")
add("permission","de","darf nicht","darf nur","darf","dürfen","muss fragen","um erlaubnis","erlaubnis","verboten")
add("permission","fr","n'a pas le droit","pas le droit","a le droit","le droit de","doit demander","demander la permission","permission","interdit")
add("permission","es","no tiene permiso","tiene permiso","permiso","no le dejan","le dejan","pide permiso","prohibido")
add("permission","it","non ha il permesso","ha il permesso","permesso","deve chiedere","chiede il permesso","vietato")
add("permission","pt","não pode","não tem permissão","permissão","precisa pedir","pede permissão","não deixam","proibido")
add("permission","nl","mag niet","moet vragen","toestemming","verboden")
add("permission","ru","не разрешают","разрешают","разрешает","нельзя","не разрешено","разрешения","разрешение","запрещают")
add("permission","uk","не дозволяють","дозволяють","дозволяє","не можна","дозволу","дозвіл","забороняють")
add("permission","pl","nie wolno","wolno","pozwolenie","pozwolenia","nie pozwalają","pozwala","musi pytać")
add("permission","cs","nesmí","smí","dovolení","nedovolí","musí se ptát")
add("permission","sv","får inte","får","måste fråga","förbjudet")
add("permission","el","δεν επιτρέπεται","επιτρέπεται","άδεια","δεν την αφήνουν","δεν τον αφήνουν","αφήνουν")
add("permission","tr","izin","verilmeyen","verilmiyor","yasak")
add("permission","id","tidak boleh","boleh","izin","dilarang","minta izin")
add("permission","vi","không được phép","không được","xin phép","được phép")
add("permission","tl","bawal","hindi pinapayagan","magpaalam","pinapayagan")
add("permission","ar","مسموح","يسمح","يستأذن","تستأذن","إذن","ممنوع")
add("permission","fa","اجازه","ممنوع")
add("permission","he","אסור","מותר","רשות")
add("permission","hi","इजाज़त","इजाजत","अनुमति","मना")
add("permission","bn","অনুমতি","নিষেধ")
add("permission","ja","許可","いけない","ダメ","だめ","禁止","させてもらえない")
add("permission","zh","不准","不许","不让","允许","同意")
add("permission","ko","허락","안 된다","안 되고","금지")
add("permission","th","อนุญาต","ห้าม")
# what a child is allowed or refused: staying up, the screen, sweets, crossing or going out alone
add("permitted","en","stay up","staying up","up late","bedtime","stay out","cross the street","cross alone","go out alone","sweets","candy","dessert","cartoons","tv","tablet","screen time","video games","the stove")
add("permitted","de","aufbleiben","aufzubleiben","länger aufbleiben","fernsehen","tablet","süßigkeiten","allein","über die straße","zeichentrick","computer spielen")
add("permitted","fr","veiller","se coucher tard","tablette","télé","bonbons","traverser seul","traverser seule","sortir seul","sortir seule","dessins animés","écrans")
add("permitted","es","quedarse despierto","quedarse despierta","acostarse tarde","tableta","tele","dulces","golosinas","chuches","cruzar solo","cruzar sola","salir solo","salir sola","dibujos animados")
add("permitted","it","restare alzato","restare alzata","stare alzato","stare alzata","andare a letto tardi","tablet","tv","televisione","caramelle","dolci","attraversare da solo","attraversare da sola","cartoni animati")
add("permitted","pt","ficar acordado","ficar acordada","dormir tarde","tablet","tv","televisão","doces","balas","atravessar sozinho","atravessar sozinha","desenhos animados")
add("permitted","nl","opblijven","op blijven","laat naar bed","tablet","tv","snoep","alleen oversteken","tekenfilms")
add("permitted","ru","ложиться позже","не спать","планшет","телевизор","мультики","сладкое","конфеты","одному переходить","одной переходить","гулять одной","гулять одному")
add("permitted","uk","лягати пізніше","не спати","планшет","телевізор","мультики","солодке","цукерки","гуляти самій","гуляти самому")
add("permitted","pl","siedzieć po","nie spać","tablet","telewizor","bajki","słodycze","cukierki","przechodzić sama","przechodzić sam")
add("permitted","cs","být vzhůru","ponocovat","tablet","televizi","pohádky","sladkosti","bonbony","přecházet sám","přecházet sama")
add("permitted","sv","vara uppe","surfplattan","tv","godis","tecknat","gå över gatan själv","gå ut själv")
add("permitted","el","ξενυχτάει","ξενυχτά","ξενύχτι","τάμπλετ","τηλεόραση","καραμέλες","γλυκά","κινούμενα σχέδια")
add("permitted","tr","uyanık kalmasına","geç yatmasına","tablet","televizyon","şeker","çizgi film","yalnız dışarı")
add("permitted","id","begadang","tidur larut","tablet","tv","televisi","permen","kartun","menyeberang sendiri")
add("permitted","vi","thức khuya","thức quá","máy tính bảng","tivi","kẹo","phim hoạt hình","qua đường một mình")
add("permitted","tl","magpuyat","puyat","tablet","tv","kendi","cartoons")
add("permitted","ar","السهر","يسهر","تسهر","الجهاز اللوحي","التلفاز","الحلوى","الرسوم المتحركة")
add("permitted","fa","بیدار","تبلت","تلویزیون","شکلات","کارتون")
add("permitted","he","להישאר ער","להישאר ערה","טאבלט","טלוויזיה","ממתקים","סוכריות","מצוירים")
add("permitted","hi","जागने","टैबलेट","टीवी","मिठाई","टॉफ़ी","कार्टून")
add("permitted","bn","জেগে","ট্যাবলেট","টিভি","চকলেট","কার্টুন")
add("permitted","ja","夜更かし","起きて","タブレット","テレビ","お菓子","アニメ")
add("permitted","zh","熬夜","平板","电视","糖果","零食","动画片")
add("permitted","ko","깨어","태블릿","텔레비전","사탕","과자","만화")
add("permitted","th","นอนดึก","แท็บเล็ต","ทีวี","ขนม","การ์ตูน")
# things of a child's day (a hint: one alone is nothing; the owner must be no adult of the clause)
add("thing","en","stuffed animal","stuffed dinosaur","stuffed bunny","sippy cup","pacifier","crayons","lunchbox","allowance","piggy bank","sticker chart","glitter stickers","nursery rhyme","homework","schoolbag")
add("thing","de","kuscheltier","plüschtier","trinklernbecher","schnuller","stützrädern","stützräder","schwimmflügel","wachsmalstifte","brotdose","taschengeld","sparschwein","glitzersticker","große pause","großen pause","milchzahn","milchzähne","zahnfee","bilderbuch","hausaufgaben","schulranzen","rutsche","winzigen händen")
add("thing","fr","peluche","doudou","gobelet à bec","tétine","petites roues","brassards","crayons de cire","argent de poche","tirelire","autocollants","récré","récréation","dent de lait","petite souris","cartable","toboggan","mains minuscules")
add("thing","es","peluche","vaso con boquilla","chupete","ruedines","manguitos","fiambrera","hucha","pegatinas","recreo","diente de leche","ratoncito pérez","deberes","mochila del cole","tobogán","manitas","cuento")
add("thing","it","peluche","tazza con beccuccio","ciuccio","rotelle","braccioli","pastelli a cera","paghetta","salvadanaio","adesivi","ricreazione","dentino da latte","fatina","compiti","zaino di scuola","scivolo","manine")
add("thing","pt","pelúcia","copo de transição","chupeta","rodinhas","boias de braço","lancheira","mesada","cofrinho","adesivos","recreio","dente de leite","fada do dente","dever de casa","mochila escolar","escorregador","mãozinhas","historinha")
add("thing","nl","knuffel","tuitbeker","speen","zijwieltjes","bandjes","waskrijt","broodtrommel","lunchtrommeltje","zakgeld","spaarpot","stickers","glitterstickers","melktand","tandenfee","huiswerk","schooltas","glijbaan","handjes")
add("thing","ru","плюшевым","плюшевый","поильник","поильника","соска","соской","колёсиками","нарукавники","мелки","ланч бокс","карманные деньги","копилка","наклейки","молочный зуб","зубной феи","домашние задания","рюкзак","горке","горка","ладошками","сказку")
add("thing","uk","плюшевим","плюшевий","поїльник","поїльника","соска","колесами","нарукавники","крейда","ланч бокс","кишенькові гроші","скарбничка","наліпки","молочний зуб","зубної феї","домашні завдання","гірки","гірка","долоньками","казку")
add("thing","pl","pluszowym","pluszowy","pluszak","niekapka","smoczek","bocznymi kółkami","rękawki","kredki","śniadaniówką","śniadaniówka","kieszonkowe","skarbonka","naklejki","mleczny ząb","wróżki zębuszki","prace domowe","tornister","zjeżdżalni","rączkami","bajkę")
add("thing","cs","plyšákem","plyšák","hrnečku s pítkem","dudlík","pomocnými kolečky","rukávky","voskovky","svačinový box","svačinou","kapesné","pokladnička","samolepky","mléčný zub","zoubkovou vílu","domácí úkoly","aktovku","skluzavku","ručičkami","pohádku")
add("thing","sv","gosedjuret","gosedjur","gosebjörn","pipmugg","stödhjul","armpuffar","kritor","matlådan","veckopengen","veckopeng","spargris","klistermärken","rasten","mjölktand","tandfen","läxor","skolväska","rutschkanan","pyttesmå händer")
add("thing","el","λούτρινο","λούτρινό","ποτηράκι με καπάκι","πιπίλα","βοηθητικές ρόδες","μπρατσάκια","κηρομπογιές","τάπερ","κολατσιό","χαρτζιλίκι","κουμπαράς","αυτοκόλλητα","νεογιλό","νεράιδα των δοντιών","σχολική τσάντα","τσουλήθρα","χεράκια","παραμύθι")
add("thing","tr","peluş","alıştırma bardağını","emzik","yardımcı tekerlekli","kolluk","pastel boya","beslenme çantası","beslenme çantasıyla","harçlığını","harçlık","kumbara","çıkartmalara","teneffüste","süt dişini","diş perisi","ödevleri","okul çantasını","kaydırak","minicik","masal")
add("thing","id","boneka","gelas latihan","roda bantu","pelampung lengan","krayon","kotak bekal","uang jajan","celengan","stiker","gigi susu","tas sekolah","perosotan","dongeng")
add("thing","vi","thú nhồi bông","gấu bông","cốc tập uống","núm vú giả","bánh phụ","phao tay","bút sáp","hộp cơm","tiền tiêu vặt","heo đất","hình dán","giờ ra chơi","răng sữa","bà tiên răng","bài tập về nhà","cặp sách","cầu trượt","bàn tay bé xíu")
add("thing","tl","stuffed toy","sippy cup","tsupon","krayola","lunchbox","baon","alkansya","gatas na ngipin","takdang aralin","maliliit na kamay","kuwento")
add("thing","ar","دميته","دميتها","دبدوب","كوب التدريب","اللهاية","العجلات المساعدة","علبة الغداء","مصروفه","مصروفها","حصالة","ملصقات","الفسحة","سنه اللبنية","جنية الأسنان","الحقيبة المدرسية","الزحليقة","يدين صغيرتين")
add("thing","fa","عروسک","پولیشی","پستانک","چرخ کمکی","کمکی","مداد شمعی","ظرف ناهار","توجیبی","قلک","برچسب","زنگ تفریح","دندان شیری","پری دندان","کیف مدرسه","سرسره","کوچولو")
add("thing","he","בובה","דובי","כוס שתייה עם פייה","מוצץ","גלגלי העזר","מצופים","צבעי שעווה","קופסת אוכל","דמי הכיס","קופת חיסכון","מדבקות","בהפסקה","שן חלב","פיית השיניים","שיעורי בית","תיק בית הספר","מגלשה","ידיים זעירות")
add("thing","hi","टेडी","खिलौना","सिपर","चुसनी","सहायक पहिए","क्रेयॉन","टिफ़िन","जेबखर्च","गुल्लक","स्टिकर","रिसेस","दूध का दाँत","दाँत परी","होमवर्क","स्कूल बैग","फिसलपट्टी","नन्हे")
add("thing","bn","পুতুল","টেডি","সিপি কাপ","চুষি","সহায়ক চাকা","ক্রেয়ন","টিফিন","হাতখরচ","মাটির ব্যাংক","স্টিকার","টিফিনের ছুটি","দুধদাঁত","দাঁত পরী","হোমওয়ার্ক","স্কুলব্যাগ","স্লিপ","ছোট্ট")
add("thing","ja","ぬいぐるみ","ストローマグ","おしゃぶり","補助輪","アームヘルパー","クレヨン","お弁当袋","おこづかい","お小遣い","貯金箱","シール","乳歯","歯の妖精","宿題","ランドセル","すべり台","ちっちゃな手","絵本")
add("thing","zh","毛绒玩具","学饮杯","奶嘴","辅助轮","臂圈","蜡笔","饭盒","零花钱","存钱罐","贴纸","课间","乳牙","牙仙","书包","滑梯","小小的手","睡前故事")
add("thing","ko","인형","빨대컵","공갈젖꼭지","보조바퀴","암링","크레파스","도시락","용돈","저금통","스티커","젖니","이빨 요정","숙제","책가방","미끄럼틀","조그만 손","동화책")
add("thing","th","ตุ๊กตา","แก้วหัดดื่ม","จุกนม","ล้อพ่วง","ปลอกแขน","สีเทียน","กล่องข้าว","ค่าขนม","กระปุกออมสิน","สติกเกอร์","ฟันน้ำนม","นางฟ้าฟัน","การบ้าน","กระเป๋านักเรียน","สไลเดอร์","มือเล็ก","นิทาน")

# Hebrew glues "that", "and", "the" to the next word (שאבא, ואמא, הבייביסיטר): the parents and care acts with them too
for _kind in ("parent","care"):
    for (_k,_l,_w) in [r for r in R if r[0]==_kind and r[1]=="he" and " " not in r[2]]:
        add(_kind,"he","ש"+_w,"ו"+_w,"וש"+_w)

# Picked up, fetched, brought to bed by a parent or carer (passives and pick-ups: the subject is the one fetched)
add("care","en","picks her up","picks him up","picks them up","picked up by","tucked in by","brought to bed","walks her to","walks him to")
add("care","de","abgeholt","abholt","holt sie ab","holt ihn ab","ins bett gebracht","gebracht","zumachen","binden")
add("care","fr","vient chercher","vient la chercher","vient le chercher","chercher","porté","portée","ferme le manteau","ferme son manteau","ferme sa veste")
add("care","es","recoge","la recoge","lo recoge","va a buscar","en brazos","llevada en brazos","llevado en brazos")
add("care","it","viene a prendere","va a prendere","portata","portato","in braccio")
add("care","pt","busca","vai buscar","vem buscar","buscar","no colo")
add("care","nl","haalt","ophalen","opgehaald","naar bed","gebracht")
add("care","ru","забирает","забрать","отводит","приводит","укладывает спать")
add("care","uk","забирає","забрати","відводить","приводить")
add("care","pl","odbiera","odebrać","odprowadza","spakowane","pakuje")
add("care","cs","vyzvedává","vyzvedne","vodí","odvádí")
add("care","sv","hämtad","hämtar","nattad","nattar","knäppa","knyta","skära","hjälper till att")
add("care","el","παίρνει από","πάει στο σχολείο","βάζει για ύπνο")
add("care","tr","okuldan alan","okuldan alıyor","yatıran","götüren")
add("care","id","menjemput","dijemput","mengantar","diantar","menidurkan","ditidurkan")
add("care","vi","đón","đưa đi học","ru ngủ")
add("care","tl","sinusundo","sinundo","hinahatid","inihahatid","pinapatulog")
add("care","he","אוסף","אוספת","מלווה","משכיבה","משכיב")
add("care","hi","लेने","छोड़ने","सुलाती","सुलाते")
add("care","bn","নিতে","ঘুম পাড়ায়","পৌঁছে")
add("care","ar","يوصله","توصله","توصلها","يأخذه","تأخذه","تنيمه")
add("care","fa","رساند","خواباند","خواباند","رساند")
add("care","ja","迎えに","送り迎え","寝かしつけ","連れて")
add("care","zh","接她","接他","送她","送他","哄她睡","哄他睡")
add("care","ko","데리러","데려다","재워")
add("care","th","รับ","ไปส่ง","กล่อมนอน")
# parents in the other cases and as possessive adjectives (мамину руку, przez mamę, od babičky)
add("parent","ru","мамину","маминой","мамина","папину","папиной","бабушкин","бабушкину","дедушкин","маму","папу","бабушку","мамой","папой")
add("parent","uk","мамину","маминої","татову","татової","маму","тата","бабусю","мамою","татом")
add("parent","pl","mamę","tatę","babcię","dziadka","mamusię","mamusia","babcią","dziadkiem","mamy","taty")
add("parent","cs","mámu","tátu","maminku","babičku","dědu","mámou","tátou","babičky","maminkou")
add("parent","sv","farmor","mormor","fröken")
add("parent","de","mutti","vati","papa","mama")

# ---- Session 19 (i16-para20): weak cues of a child's day that weigh together (Rules/ChildDetails.cs) ----
# teachers and carers of small children as the third party of the subject's clause (a parent word: the teacher who gives
# the subject a sticker, ties the laces). English "teacher" is also an adult word: the teacher described is read as before.
add("parent","en","teacher","the teacher","kindergarten teacher","preschool teacher","the lunch lady","crossing guard","swim instructor","the dentist","pediatrician")
add("parent","de","lehrerin","lehrer","kindergärtnerin","klassenlehrerin","kinderärztin","kinderarzt","zahnärztin","zahnarzt","schwimmlehrer","schwimmlehrerin","betreuerin")
add("parent","fr","l'institutrice","l'instit","animatrice","animateur","atsem","pédiatre","dentiste")
add("parent","es","maestra","profe","la seño","monitora","pediatra","dentista")
add("parent","it","maestra","la maestra","pediatra","dentista","educatrice","animatrice")
add("parent","pt","professora","tia da escola","pediatra","dentista","monitora")
add("parent","nl","de juf","leerkracht","tandarts","kinderarts","zwemjuf","leidster")
add("parent","pl","pani nauczycielka","nauczycielka","wychowawczyni","pediatra","dentysta","dentystka","ratownik")
add("parent","ru","учительница","учитель","педиатр","стоматолог","вожатый","тренер","воспитательницы","учительницы")
add("parent","uk","вчителька","учителька","вчитель","педіатр","стоматолог","вожата","тренер","виховательки","вчительки")
add("parent","cs","paní učitelka","učitelka","učitel","vychovatelka","pediatr","zubař","zubařka","vedoucí")
add("parent","sv","läraren","lärarinnan","tandläkaren","förskolläraren","simläraren","skolsköterskan")
add("parent","el","δασκάλα","δάσκαλος","η δασκάλα","ο δάσκαλος","νηπιαγωγός","παιδίατρος","οδοντίατρος")
add("parent","tr","öğretmeninden","öğretmenine","öğretmenin","doktoru","dişçi","servis şoförü")
add("parent","id","bu guru","pak guru","gurunya","ibu guru","dokter gigi")
add("parent","vi","cô giáo","thầy giáo","cô phụ trách","bác sĩ nha khoa")
add("parent","ja","先生","保育士さん","担任","歯医者さん")
add("parent","zh","老师","老師","班主任","校医","牙医")
add("parent","ko","선생님","담임","치과 의사")
add("parent","ar","المعلمة","المعلم","معلمته","معلمتها","المربية")
add("parent","hi","मैडम","टीचर जी","मास्टरजी")
add("parent","th","คุณครู","ครูประจำชั้น","พ่อแม่","คุณแม่","คุณพ่อ")
add("parent","en","mommy's","her parents","his parents","their parents","parents","grandparents","the grown-up")
add("parent","de","eltern","die eltern","seinen eltern","ihren eltern","großeltern")
add("parent","fr","ses parents","parents","grands parents","grand père","papi","sa mamie")
add("parent","es","sus padres","padres","abuelos","su abuela","su abuelo")
add("parent","it","genitori","i genitori","ai genitori","nonni","la nonna","il nonno","la mamma","il papà")
add("parent","pt","os pais","avós","a avó","o avô","a mãe","o pai","vovó","vovô")
add("parent","nl","ouders","de ouders","zijn ouders","haar ouders","grootouders","vader","moeder")
add("parent","pl","rodzice","rodziców","rodzicom","dziadkowie")
add("parent","ru","родители","родителям","родителей","бабушки","дедушки","мамы","папы")
add("parent","uk","батьки","батькам","батьків","бабусі","дідуся","мами","тата")
add("parent","cs","rodiče","rodičům","prarodiče","maminky","tatínka")
add("parent","sv","föräldrarna","föräldrar","mormor","farfar")
add("parent","el","οι γονείς","γονείς","τους γονείς","νονός","νονά","η μαμά","ο μπαμπάς")
add("parent","tr","ailesi","anne babası","annesine","babasına","dedesine","annesiyle")
add("parent","id","orang tuanya","orang tua","ibunya","bapaknya")
add("parent","vi","bố mẹ","ông bà")
add("parent","ja","お母さん","お父さん","両親","おかあさん","おとうさん")
add("parent","zh","家长","父母","爸妈")
add("parent","ko","부모님","엄마한테","아빠한테")
add("parent","ar","والديه","والديها","أهله","أهلها","أمي")
add("parent","hi","मम्मी पापा","माता पिता","दादी","नानी")
# the definite article or a case form before a parent: the parent is the subject's, not the person described
add("definite","en","the")
add("definite","de","der","die","den","dem","seiner","ihrer","seinem","ihrem","seine","ihre")
add("definite","fr","la","le","les","sa","son","ses")
add("definite","es","la","el","los","su","sus")
add("definite","it","la","il","sua","suo","ai","alla","al","dalla","dal")
add("definite","pt","os","sua","seu","da","do","pela","pelo")
add("definite","nl","zijn","haar","hun")
add("definite","sv","sin","sina","hans","hennes")
add("definite","el","η","ο","οι","τη","την","τον","της","του")
# rewards a small child is given for being good (a sticker, a gold star, a lollipop): a hint
add("reward","en","gold stars","smiley stamp","lollipop","star chart","sticker chart","certificate for")
add("reward","de","aufkleber","sternchen","lolli","gummibärchen")
add("reward","fr","autocollant","gommette","gommettes","bon point","bons points","sucette")
add("reward","es","pegatina","pegatinas","gomets","piruleta","chupachups","chupa chups","sellito","estrellita","carita feliz")
add("reward","it","adesivo","adesivi","figurina","lecca lecca","leccalecca","timbrino","stellina","faccina")
add("reward","pt","adesivo","figurinha","pirulito","chupa chupa","carimbo","estrelinha","carinha feliz")
add("reward","nl","sterretje","lolly")
add("reward","pl","naklejka","naklejkę","naklejki","pieczątka","pieczątkę","gwiazdkę","lizak","lizaka","słoneczko")
add("reward","ru","наклейку","наклейка","наклейки","звёздочку","звездочку","леденец","чупа чупс")
add("reward","uk","наліпку","наліпка","наліпки","зірочку","льодяник","чупа чупс")
add("reward","cs","samolepku","samolepka","razítko","hvězdičku","lízátko","obrázek za","jedničku")
add("reward","sv","klistermärke","klistermärken","klubba")
add("reward","el","αυτοκόλλητο","αστεράκι","γλειφιτζούρι","σφραγίδα","φατσούλα")
add("reward","tr","çıkartma","çıkartması","yıldız çıkartması","lolipop","aferin","takdir belgesi")
add("reward","id","stiker","stiker bintang","permen lolipop","cap bintang","bintang dari")
add("reward","vi","phiếu bé ngoan","hoa điểm tốt","nhãn dán","kẹo mút","bóng bay")
add("reward","ja","シール","はなまる","花丸","ごほうび","ご褒美","スタンプ","ペロペロキャンディ")
add("reward","zh","小红花","小紅花","贴纸","贴画","棒棒糖","奖状","小星星")
add("reward","ko","칭찬 스티커","칭찬스티커","스티커","도장","막대사탕","참 잘했어요")
add("reward","th","สติกเกอร์","อมยิ้ม","ตราปั๊ม")
add("reward","ar","ملصق","مصاصة")
add("reward","hi","स्टिकर","लॉलीपॉप","टॉफी")
# standing on something or on tiptoe to reach (with a reach word of the clause, a hint)
add("boost","en","step stool","footstool","stepstool","tiptoe","tiptoes","tippy toes")
add("boost","de","hocker","tritthocker","zehenspitzen","schemel")
add("boost","fr","tabouret","marchepied","pointe des pieds")
add("boost","es","taburete","banquito","puntillas")
add("boost","it","sgabello","sgabellino","punta dei piedi","punte dei piedi","seggiolina")
add("boost","pt","banquinho","ponta dos pés","pontinha dos pés")
add("boost","nl","krukje","opstapje","tenenpunten")
add("boost","pl","stołek","stołeczek","stołeczku","taboret","palcach","paluszkach")
add("boost","ru","табуретку","табуретке","стульчик","стульчике","цыпочки","цыпочках","подставку")
add("boost","uk","стільчик","стільчику","табуретку","навшпиньки","навшпиньках","підставку")
add("boost","cs","stoličku","stoličce","štokrle","špičky","špičkách")
add("boost","sv","pallen","tå","tårna")
add("boost","tr","tabureye","taburenin","parmak uçlarına","parmak uçlarında")
add("boost","el","σκαμπό","σκαμπουδάκι","μύτες των ποδιών")
add("boost","id","bangku kecil","kursi kecil","jinjit","berjinjit","dingklik")
add("boost","vi","ghế nhỏ","ghế đẩu","kiễng chân","nhón chân")
add("boost","ja","踏み台","背伸び","つま先立ち")
add("boost","zh","小板凳","板凳","踮脚","踮起脚","踮着脚")
add("boost","ko","발판","까치발")
add("boost","th","เก้าอี้เตี้ย","เขย่ง","ปีนเก้าอี้")
add("boost","ar","كرسي صغير","أطراف أصابعه","أطراف أصابعها")
add("boost","hi","स्टूल","पंजों")
add("reach-to","en","doorbell","cookie jar","ticket machine","see over the counter")
add("reach-to","de","klingel","rankommt","ranzukommen","wasserhahn","theke","tresen")
add("reach-to","fr","comptoir","sonnette","robinet")
add("reach-to","es","timbre","mostrador","grifo","llegar")
add("reach-to","it","bancone","campanello","rubinetto")
add("reach-to","pt","balcão","campainha","torneira")
add("reach-to","nl","toonbank","bel","kraan")
add("reach-to","pl","dzwonka","kranu")
add("reach-to","ru","звонка","прилавка","крана")
add("reach-to","uk","дзвінка","прилавка","крана","умивальника")
add("reach-to","cs","zvonek","pult","kohoutek")
add("reach-to","sv","ringklockan","disken","kranen")
add("reach-to","tr","zile","tezgâha","musluğa")
add("reach-to","el","κουδούνι","πάγκο","βρύση","να φτάσει")
add("reach-to","id","mencapai","bel","meja kasir","keran")
add("reach-to","vi","với tới","chuông cửa","quầy","vòi nước")
add("reach-to","ja","届","カウンター","蛇口")
add("reach-to","zh","够得着","够到","柜台","水龙头")
add("reach-to","ko","닿으려면","닿도록","계산대","수도꼭지")
add("reach-to","th","เอื้อมถึง","เคาน์เตอร์","ก๊อกน้ำ")
add("reach-to","ar","ليصل","لتصل","يصل","المغسلة","الجرس","الصنبور")
add("reach-to","hi","पहुँचने","पहुंचने","नल","घंटी")
# gift-bringers of childhood and what is done for them (a letter, a wish list, a shoe or stocking set out, staying up to see them)
add("bringer","en","santa","santa claus","father christmas","the easter bunny","st nicholas")
add("bringer","de","nikolaus","christkind","weihnachtsmann","osterhasen","osterhase","zahnfee")
add("bringer","fr","père noël","saint nicolas","petite souris","cloches de pâques")
add("bringer","es","reyes magos","papá noel","ratoncito pérez","olentzero")
add("bringer","it","babbo natale","befana","la befana","gesù bambino","santa lucia","fatina")
add("bringer","pt","papai noel","pai natal","coelhinho da páscoa","fada do dente")
add("bringer","nl","sinterklaas","kerstman","paashaas","tandenfee")
add("bringer","pl","mikołaj","mikołaja","mikołajowi","gwiazdor","gwiazdora","zajączek","wróżka zębuszka")
add("bringer","ru","деду морозу","дед мороз","деда мороза","снегурочка","зубная фея")
add("bringer","uk","святому миколаю","святий миколай","миколай","миколая","дід мороз")
add("bringer","cs","ježíšek","ježíškovi","ježíška","mikuláš","mikuláše")
add("bringer","sv","tomten","jultomten","påskharen","tandfen")
add("bringer","el","αϊ βασίλη","άγιο βασίλη","αη βασίλη","άγιος βασίλης")
add("bringer","tr","noel baba")
add("bringer","id","sinterklas")
add("bringer","vi","ông già noel","bà tiên răng")
add("bringer","ja","サンタさん","サンタクロース")
add("bringer","zh","圣诞老人","聖誕老人")
add("bringer","ko","산타 할아버지","산타클로스")
add("ritual","en","letter to","letter for","wish list","wishlist","cookies for","milk and cookies","under the pillow","carrot for")
add("ritual","de","wunschzettel","brief an","schuh","wartet auf","unter das kopfkissen","unterm kopfkissen","nikolausstiefel")
add("ritual","fr","lettre au","lettre","liste au","chaussure","sous l'oreiller")
add("ritual","es","carta a","carta","zapatos","zapato","agua para","debajo de la almohada","bajo la almohada")
add("ritual","it","letterina","letterina a","lettera a","aspetta","sotto il cuscino")
add("ritual","pt","cartinha","carta ao","sapato","sapatinho","embaixo do travesseiro","debaixo do travesseiro","espera")
add("ritual","nl","schoen","schoen zetten","wortel","brief aan","verlanglijstje","onder het kussen")
add("ritual","pl","list do","liścik","buta","pod poduszkę","czeka")
add("ritual","ru","письмо","пишет письмо","под подушку","под ёлку","ждёт")
add("ritual","uk","листа","лист","під подушку","чекає")
add("ritual","cs","dopis","dopisy","pod polštář","čeká")
add("ritual","sv","önskelista","önskelistan","brev till","väntar på","under kudden")
add("ritual","el","γράμμα","περιμένει","κάτω από το μαξιλάρι")
add("ritual","tr","mektup","bekliyor","yastığın altına")
add("ritual","id","surat","menunggu")
add("ritual","vi","thư gửi","viết thư","chờ")
add("ritual","ja","手紙","待って")
add("ritual","zh","写信","等待")
add("ritual","ko","편지","기다리")
# the person described by a placeholder heading the prompt (someone who, a person whose, jemand, der; 人物, 的人, 사람):
# a describer who names no woman, man or age. A hint: with one detail of a child's day it is youth, alone nothing.
add("someone","en","someone","somebody","a person","person")
add("someone","de","jemand","eine person","person","jemanden")
add("someone","fr","quelqu'un","une personne","personne")
add("someone","es","alguien","una persona","persona")
add("someone","it","qualcuno","una persona","persona")
add("someone","pt","alguém","uma pessoa","pessoa")
add("someone","nl","iemand","een persoon","persoon")
add("someone","pl","ktoś","osoba","osobę","kogoś")
add("someone","ru","кто-то","кто то","человек","кого-то","кого то")
add("someone","uk","хтось","людина","когось")
add("someone","cs","někdo","člověk","někoho","osoba")
add("someone","sv","någon","en person","person")
add("someone","tr","biri","birisi","kişi")
add("someone","el","κάποιος","κάποια","ένα άτομο","άτομο")
add("someone","id","orang","seseorang","sosok")
add("someone","vi","người","một người")
add("someone","tl","isang tao","taong","tao")
add("someone","ar","شخص","شخصٌ","أحدهم")
add("someone","fa","کسی","شخصی","فردی")
add("someone","he","מישהו","מישהי","אדם")
add("someone","hi","कोई","व्यक्ति","एक शख़्स")
add("someone","bn","কেউ","একজন","ব্যক্তি")
add("someone","ja","人物","子は","人は")
add("someone","zh","的人","某人")
add("someone","ko","사람","누군가")
add("someone","th","คนที่","ใครสักคน")
# more things of a child's day (session 19): school things, toys and games, snacks and treats, money gifts, routines and
# rituals of childhood in each language. One alone is nothing; with a placeholder subject or a second detail, youth.
add("thing","en","nap time","naptime","finger paint","finger paints","hopscotch","juice box","fruit snacks","permission slip","report card","school bus","show and tell","lunch money","sticker album","kiddie pool","paddling pool","sandpit","jungle gym","tricycle","light-up sneakers","velcro shoes","juice cup","play date","playdate","summer camp","scout badge","merit badge","spelling test","times tables","training wheels","stuffed toy","toy car")
add("thing","de","fingerfarben","trinkpäckchen","elternbrief","zeugnis","schulbus","sammelalbum","pausenbrot","laternenumzug","martinstag","schultüte","seepferdchen","planschbecken","sandkasten","klettergerüst","dreirad","laufrad","kindergeburtstag","ferienlager","einmaleins","hausaufgabenheft","kinderzimmer","gute nacht geschichte","überraschungsei","kinderschokolade")
add("thing","fr","peinture au doigt","marelle","briquette de jus","mot des parents","carnet de correspondance","car scolaire","album panini","goûter","le goûter","cartable","colonie","colonie de vacances","pataugeoire","bac à sable","toboggan","tricycle","draisienne","dictée","tables de multiplication","cahier de textes","chambre d'enfant","histoire du soir","kinder surprise")
add("thing","es","pintura de dedos","rayuela","zumo de brik","circular del cole","boletín de notas","notas del cole","autobús escolar","álbum de cromos","cromos","bocadillo del recreo","mochila del cole","campamento de verano","piscina hinchable","arenero","triciclo","babi","dictado","tablas de multiplicar","agenda escolar","habitación infantil","cuento de buenas noches","huevo kinder","comedor del cole","chuches","gusanitos")
add("thing","it","il riposino","pittura con le dita","succo di frutta in brick","diario di scuola","pagella","scuolabus","pulmino","album delle figurine","figurine","grembiulino","zainetto","colonia estiva","piscinetta","sabbiera","triciclo","dettato","tabelline","cameretta","favola della buonanotte","ovetto kinder","gita scolastica","ghiacciolo")
add("thing","pt","pintura a dedo","amarelinha","suco de caixinha","bilhete da escola","ônibus escolar","perua escolar","álbum de figurinhas","figurinhas","lanche da escola","merendeira","lancheira","mochilinha","colônia de férias","piscininha","caixa de areia","triciclo","tabuada","historinha","kinder ovo","bolacha recheada","dever de casa","escolinha")
add("thing","nl","middagslaapje","vingerverf","hinkelen","pakje drinken","schoolbus","plakboek","broodtrommel","schooltas","rugzakje","zomerkamp","badje","zandbak","driewieler","loopfiets","klittenband","dictee","huiswerk","kinderkamer","voorleesverhaal","kinder surprise","traktatie","trakteren","kleuterklas","zwemdiploma","schoen zetten")
add("thing","pl","malowanie palcami","soczek","kartkówka","świadectwo","autobus szkolny","album z naklejkami","śniadaniówka","tornister","plecaczek","kolonie","obóz harcerski","basenik","piaskownica","rowerek","dyktando","tabliczka mnożenia","pokój dziecięcy","bajka na dobranoc","jajko niespodzianka","świetlica","świetlicy","dzienniczek","dzienniczku","lizak","lizaka")
add("thing","ru","тихий час","пальчиковые краски","сок в коробочке","школьный автобус","альбом с наклейками","вкладыши","полдник","ранец","рюкзачок","летний лагерь","надувной бассейн","песочница","трёхколёсный","диктант","таблица умножения","прописи","прописях","детская комната","сказка на ночь","киндер сюрприз","продлёнка","продлёнке","копилке","копилку","мультики","леденец","зеленкой","зелёнкой")
add("thing","uk","тиха година","тиху годину","пальчикові фарби","сік у коробочці","шкільний автобус","альбом з наліпками","вкладиші","полуденок","ранець","рюкзачок","літній табір","надувний басейн","пісочниця","триколісний","диктант","таблиця множення","прописи","дитяча кімната","казка на ніч","кіндер сюрприз","продовженка","садочку","садочок","мультики","фантики","зеленкою","крейдою")
add("thing","cs","polední klid","prstové barvy","skákací panák","krabicový džus","žákovská knížka","žákovskou","notýsek","notýsku","vysvědčení","školní autobus","album se samolepkami","aktovka","batůžek","nafukovací bazének","pískoviště","tříkolka","odrážedlo","diktát","malá násobilka","písanka","dětský pokoj","pohádka na dobrou noc","kinder vajíčko","družina","družiny","družině","lízátko")
add("thing","sv","vilan","fingerfärg","hoppa hage","juicepaket","veckobrev","skolbuss","samlarbilder","bokmärken","kollo","plaskpool","plaskdammen","sandlåda","trehjuling","barnkalas","diktamen","multiplikationstabellen","läxa","läxan","barnrummet","godnattsaga","kinderägg","skolmaten","fritids","lördagsgodis","lösgodis","lekparken")
add("thing","tr","parmak boyası","parmak boyasıyla","seksek","kutu meyve suyu","karne","karnesini","okul servisi","okul servisine","çıkartma albümü","beslenme çantası","okul çantası","yaz kampı","şişme havuz","kum havuzu","üç tekerlekli","cırt cırt","dikte","çarpım tablosu","çocuk odası","uyku masalı","sürpriz yumurta","harçlık","saklambaç","ebelemece","pelüş","bayram harçlığı")
add("thing","el","δαχτυλομπογιές","χυμάκι","σχολικό λεωφορείο","άλμπουμ με αυτοκόλλητα","κολατσιό","σχολική τσάντα","κατασκήνωση","φουσκωτή πισίνα","αμμοδοχείο","τρίκυκλο","προπαίδεια","παιδικό δωμάτιο","παραμύθι","αυγό έκπληξη","κρυφτό","κουτσό")
add("thing","id","cat jari","engklek","susu kotak","buku penghubung","rapornya","mobil jemputan","album stiker","kotak bekal","tas sekolah","kolam karet","bak pasir","sepeda roda tiga","sepeda roda empat","dikte","perkalian","kamar anak","dongeng sebelum tidur","telur kejutan","uang jajan","petak umpet","salam tempel","iqro","jam istirahat","susu kotak")
add("thing","vi","màu vẽ ngón tay","nhảy lò cò","hộp sữa","sổ liên lạc","học bạ","xe đưa đón","album hình dán","hàng quà vặt","cặp sách","ba lô nhỏ","trại hè","bể bơi phao","bãi cát","xe ba bánh","mũ bảo hiểm in hình","chính tả","bảng cửu chương","phòng trẻ em","truyện cổ tích","trứng kinder","tiền lì xì","trốn tìm","ô ăn quan","khăn quàng đỏ","mực tím","giờ ra chơi","phiếu bé ngoan","mầm non")
add("thing","ja","お昼寝","指絵の具","けんけんぱ","紙パックのジュース","連絡帳","通知表","スクールバス","シール帳","カード交換","給食","ランドセル","林間学校","ビニールプール","砂場","三輪車","マジックテープ","漢字ドリル","九九","子ども部屋","チョコエッグ","駄菓子","駄菓子屋","お年玉","かくれんぼ","鬼ごっこ","ラジオ体操","逆上がり","鉄棒","自由研究","上履き","黄色い帽子","通学帽")
add("thing","zh","手指画","跳房子","盒装牛奶","联系本","家校联系本","成绩单","校车","贴纸本","课间餐","营养餐","课间","书包","小书包","夏令营","充气泳池","沙坑","三轮车","魔术贴","听写","乘法口诀","作业本","儿童房","睡前故事","奇趣蛋","小卖部","压岁钱","捉迷藏","红领巾","补习班","拼音","家长签字","值日生")
add("thing","ko","핑거페인트","사방치기","팩우유","알림장","성적표","학원 차","학원차","스티커북","딱지","급식","책가방","실내화","실내화 주머니","여름캠프","물놀이 튜브","모래놀이","세발자전거","찍찍이","받아쓰기","구구단","아이 방","그림일기","킨더조이","분식집","문방구","세뱃돈","숨바꼭질","학습지","방학 숙제","준비물")
add("thing","th","ระบายสีด้วยนิ้ว","นมกล่อง","สมุดพก","รถตู้รับส่ง","รถรับส่งนักเรียน","สมุดสติกเกอร์","ขนมกรุบกรอบ","ค่าขนม","กระเป๋านักเรียน","ค่ายลูกเสือ","สระยาง","กระบะทราย","จักรยานสามล้อ","หมวกกันน็อกลาย","เวลโคร","คัดลายมือ","สูตรคูณ","สมุดการบ้าน","ห้องเด็ก","นิทานก่อนนอน","ซ่อนหา","เข้าแถวเคารพธงชาติ","ตอนพักเที่ยง","รถไอติม","ตุ๊กตาหมี")
add("thing","ar","ألوان الأصابع","الحجلة","علبة عصير","دفتر المتابعة","الشهادة المدرسية","حافلة المدرسة","ألبوم الملصقات","حقيبة المدرسة","المخيم الصيفي","مسبح قابل للنفخ","دراجة بثلاث عجلات","الإملاء","جدول الضرب","غرفة الأطفال","حكاية قبل النوم","العيدية","الغميضة","دبدوبه","دبدوبها")
add("thing","hi","उंगली से पेंटिंग","स्टापू","जूस का डिब्बा","रिपोर्ट कार्ड","स्कूल बस","स्कूल वैन","स्टिकर एल्बम","टिफ़िन","बस्ता","समर कैंप","तिपहिया साइकिल","क्रेयॉन","इमला","पहाड़ा","लुका छिपी","टेडी बियर","ईदी")
# Vietnamese nouns of a person after the classifier "người" (a woman, a mother, a model, a lover): adults, not the placeholder
add("adult","vi","đàn bà","người đàn bà","người đàn ông","người phụ nữ","người mẹ","người cha","người bố","người mẫu","người yêu","người vợ","người chồng","cô giáo","người lớn tuổi")
# the classifier of persons (Vietnamese "người mẹ", Bengali "একজন মা"): a parent right after it is the person described
add("article","vi","người")
add("article","bn","একজন")
# ---- Session 20 (i16-para21): subjectless descriptions, parents owned by their form, Turkish suffixes (Rules/ChildDetails.cs,
# Rules/TurkishSuffixes.cs, Rules/UnnamedSubject.cs) ----
# parents in a case no subject stands in (Slavic oblique cases) or with a possessive suffix (Turkish): the subject's parent
# wherever the word stands in its clause (u maminky, przez dziadka, бабушке, annesi). Also parents, so they set off the reading.
OWNED = {
 "cs": ["mámy","mámě","mámu","mámou","maminky","mamince","maminku","maminkou","mamky","mamce","mamku","mamkou","táty","tátovi","tátu","tátou","tatínka","tatínkovi","tatínkem","taťky","taťkovi","babičky","babičce","babičku","babičkou","dědy","dědovi","dědu","dědou","dědečka","dědečkovi","dědečkem","babi"],
 "pl": ["mamy","mamie","mamę","mamą","mamusi","mamusię","mamusią","taty","tacie","tatę","tatą","tatusia","tatusiowi","babci","babcię","babcią","babuni","dziadka","dziadkowi","dziadkiem","dziadziusia","dziadziusiowi"],
 "ru": ["мамы","маме","маму","мамой","мамочки","мамочке","папы","папе","папу","папой","бабушки","бабушке","бабушку","бабушкой","бабули","бабуле","бабулю","дедушки","дедушке","дедушку","дедушкой","деда","деду","дедом"],
 "uk": ["мами","мамі","маму","мамою","тата","татові","татом","бабусі","бабусю","бабусею","баби","бабі","дідуся","дідусеві","дідусем","діда","дідові"],
 "tr": ["annesi","babası","ninesi","dedesi","anneannesi","babaannesi","annesinin","babasının","ninesinin","dedesinin","annesine","babasına","dedesine","annesiyle","babasıyla","ninesiyle","dedesiyle"],
}
for lang, words in OWNED.items():
    add("owned", lang, *words)
    add("parent", lang, *words)
# an object or dative pronoun right after a parent (máma mu krájí, бабушка ей заплетает, mamie lui fait, η γιαγιά της):
# the parent does something for the subject, so is the subject's (not "le"/"la": articles of French, Spanish, Italian)
add("pronoun","cs","mu","ho","jí","ji")
add("pronoun","pl","jej","mu","go","ją")
add("pronoun","ru","ей","ему","его","её","ее")
add("pronoun","uk","їй","йому","його","її")
add("pronoun","sv","henne","honom")
add("pronoun","nl","hem")
add("pronoun","de","ihr","ihm")
add("pronoun","fr","lui")
add("pronoun","pt","lhe")
add("pronoun","el","της","του")
add("pronoun","tr","onu","ona","onun")
# Turkish verbal nouns of skills whose negative potential says "cannot" (bağla-yamıyor, giyin-emiyor, yürü-yemiyor: TurkishSuffixes)
add("skill","tr","bağlama","bağlamayı","giyinme","yürüme","konuşma","bağcık","bağcıklarını","düğme","düğmelerini","fermuar")
add("shared","tr","yüzme","bisiklet sürme","bisiklet sürmeyi")
add("reach","tr","yetişme","uzanma")
# Turkish care acts in the present (the session 18 rows were participles): holds, braids, helps, dresses, feeds, washes, carries
add("care","tr","tutuyor","örüyor","yardım ediyor","giydiriyor","besliyor","yıkıyor","taşıyor","kesiyor","bağlıyor","okuyor")
# Toys and games of a small child in each language (a thing: one hint; with a second hint, or in a prompt that names nobody, youth).
# Left out on purpose (adult senses): rain boots, nightlights, plain chalk, dice and cubes (кубики пресса: abs), marbles
# (stone), soap bubbles (a photo prop), plushie (a fetish word), a sledge of English and German.
add("thing","cs","stavebnice","stavebnici","z kostek","kostičky","kostiček","duplo","sáňky","sáňkách","bábovičky","formičky","kyblíček","lopatičku","plyšáka","plyšového","plyšovým","autíčko","autíčka","autíčkem","bublifuk","na honěnou","na schovávanou","kuličky")
add("thing","pl","klocki","klocków","klockami","duplo","sanki","sankach","babki z piasku","foremki","wiaderko","łopatkę","pluszak","pluszaka","pluszowego","pluszowym","samochodzik","samochodzikiem","resorak","w berka","w chowanego","kapsle")
add("thing","ru","из кубиков","лего","санки","санках","ледянке","ледянка","куличики","формочки","ведёрко","ведёрком","совочек","плюшевого","плюшевым","плюшевый","машинку","машинками","в догонялки","в прятки","в классики","фломастерами","в песочнице")
add("thing","uk","з кубиків","лего","санчата","санчатах","пасочки","формочки","відерце","лопатку","плюшевого","плюшевим","плюшевий","машинку","машинками","у квача","у хованки","в хованки","в класики","фломастерами","в пісочниці")
add("thing","tr","lego","yapboz","oyuncak araba","kızak","kumdan kale","kova ve kürek","sabun köpüğü","körebe","misket","peluş ayı","pelüş ayı","oyun hamuru")
add("thing","sv","klossar","klossarna","lego","duplo","pulka","pulkan","sandlådan","hink och spade","trottoarkritor","gosedjuret","leksaksbil","leksaksbilar","såpbubblor","kurragömma","tafatt")
add("thing","nl","blokjes","lego","duplo","sleetje","emmertje","schepje","stoepkrijt","knuffelbeer","knuffelbeest","knuffelkonijn","pluchen","speelgoedauto","bellenblaas","verstoppertje","tikkertje","knikkers","flippo's")
add("thing","el","τουβλάκια","λέγκο","ελκηθράκι","κουβαδάκι","φτυαράκι","λούτρινο","λούτρινο αρκουδάκι","παιχνιδάκια","αυτοκινητάκι","αυτοκινητάκια","κυνηγητό","μπίλιες","πλαστελίνη")
add("thing","de","bauklötze","bauklötzen","bauklötzchen","lego","duplo","sandförmchen","eimerchen","schäufelchen","straßenkreide","spielzeugauto","verstecken spielen","fangen spielen","murmeln")
add("thing","fr","lego","duplo","seau et pelle","pâtés de sable","craies de trottoir","petite voiture","petites voitures","cache-cache","chat perché","billes","pâte à modeler")
add("thing","es","bloques de construcción","lego","cubo y pala","flanes de arena","tizas de colores","cochecito de juguete","escondite","pilla pilla","canicas","plastilina")
add("thing","it","costruzioni","lego","secchiello","paletta","formine","gessetti","macchinina","macchinine","nascondino","acchiapparella","biglie")
add("thing","pt","blocos de montar","lego","baldinho","forminhas","giz de calçada","carrinho de brinquedo","carrinhos","esconde-esconde","pega-pega","bolinhas de gude","massinha")
add("thing","en","building blocks","block tower","lego","duplo","bucket and spade","sidewalk chalk","toy car","toy cars","play-doh","playdough","hide and seek","hide-and-seek")
# counting on the fingers, a wobbly milk tooth, classmates: details of a small child's day (a thing: one hint)
add("thing","cs","počítá na prstech","na prstech do deseti","vyviklaný zoubek","viklá se mu zoubek","viklá se jí zoubek","zoubek","spolužáky","spolužačkami","spolužáci","se spolužáky")
add("thing","pl","liczy na palcach","na palcach do dziesięciu","ruszający się ząbek","ząbek","kolegami z klasy","koleżankami z klasy")
add("thing","ru","считает на пальцах","на пальцах до десяти","шатается зуб","шатающийся зуб","зубик","одноклассниками","одноклассники")
add("thing","uk","рахує на пальцях","на пальцях до десяти","хитається зуб","зубчик","однокласниками","однокласники")
add("thing","sv","räknar på fingrarna","lösa tand","lös tand","klasskompisarna","klasskompisar")
add("thing","nl","telt op haar vingers","telt op zijn vingers","wiebeltand","klasgenootjes")
add("thing","el","μετράει στα δάχτυλα","μετράει με τα δάχτυλα","δοντάκι","συμμαθητές","συμμαθήτριες")
add("thing","tr","parmaklarıyla sayıyor","parmaklarıyla sayar","sallanan dişi","dişi sallanıyor","sınıf arkadaşlarıyla")
add("thing","de","zählt an den fingern","wackelzahn","klassenkameraden")
add("thing","fr","compte sur ses doigts","dent qui bouge","camarades de classe")
add("thing","es","cuenta con los dedos","diente flojo","compañeros de clase")
add("thing","it","conta sulle dita","dentino","compagni di classe")
add("thing","pt","conta nos dedos","dente mole","coleguinhas")
add("thing","en","counts on her fingers","counts on his fingers","counting on her fingers","counting on his fingers","wobbly tooth","classmates")
# adult words the session 16-19 rows lacked: a teacher named as such is the one described (UnnamedSubject: the prompt names someone)
add("adult","tr","öğretmen","öğretmenin kendisi")
add("adult","sv","lärare","lärarinna","lärarinnan")
# a preposition or case marker right before a parent (von Papa, bij papa, ng nanay, par sa mère): the parent is not the
# clause's subject, so is the subject's (a parent in an oblique phrase; as the Slavic oblique cases above)
add("definite","de","von","bei","mit")
add("definite","nl","bij","van","door")
add("definite","sv","av","hos")
add("definite","tl","ng","ni","kay")
add("definite","en","by")
add("definite","fr","par","chez")
add("definite","es","por")
add("definite","cs","od","u")
add("definite","pl","przez","od","u")
add("definite","ru","от","у")
add("definite","uk","від")
# ---- Session 21 (i16-para22): children described in the non-Latin scripts; a parent heading the prompt is an adult ----
# benefactives and object pronouns after a parent heading the prompt: she does it for another (אמא מכינה לה, ماما تحضر لها,
# मम्मी उसके लिए, মা ওর জন্য, mẹ … cho bé, 给她, ให้, 읽어 주었다, 作ってもらう). Without one, a parent heading the prompt is the one
# described and her care act is her own (סבתא קולעת צמה, ibu mengepang rambutnya sendiri: Rules/ChildDetails.cs DoneForAnother).
add("benefactive","he","לה","לו","אותה","אותו","בשבילה","בשבילו")
add("benefactive","ar","لها","له","عنها","لابنتها","لابنها")
add("benefactive","fa","برایش","براش","برای او","بهش","به او")
add("benefactive","hi","उसके लिए","उसकी","उसका","उसके","उसे","उसको")
add("benefactive","bn","ওর","ওকে","ওর জন্য","তার জন্য","তাকে")
add("benefactive","id","untuknya","padanya","kepadanya","untuk dia")
add("benefactive","vi","cho","cho bé","cho con","cho nó","cho em")
add("benefactive","tl","para sa kanya","sa kanya","kanya")
add("benefactive","ja","もらう","もらっ","もらい","くれる","くれた")
add("benefactive","zh","给她","给他","帮她","帮他","替她","替他","为她","为他")
add("benefactive","ko","주었","줬","준다","주는","주고","주세요")
add("benefactive","th","ให้")
# things of a small child's day in the 12 languages of held-out batch 24's paraphrased items (a thing: one hint; with a
# second hint, or in a prompt that names nobody, youth). Classes: preschool television and its characters, cartoon-print
# nightwear, nap time at school, school transport, exercise books of the first years, training wheels, lost milk teeth,
# carried on a parent's shoulders, plaits done by someone. Left out (adult senses): plain cartoons and anime (adult fans),
# candy and street snacks, teddy alone in th/vi (gifts between adults), braids alone, stools and chairs.
add("thing","ja","アンパンマン","しまじろう","おかあさんといっしょ","集団登校","遠足","ひらがなの練習","練習帳","学童","通学路","運動会","おままごと","お遊戯","キャラクターのパジャマ","歯が抜けた","前歯が抜け")
add("thing","zh","喜羊羊","小猪佩奇","汪汪队","巧虎","儿歌","广播体操","少先队","小辫子","门牙掉","换牙","小被子","毛绒兔","毛绒熊","卡通睡衣","田字格","拼音本","幼儿园放学")
add("thing","ko","뽀로로","핑크퐁","타요","아기상어","캐릭터 잠옷","보조 바퀴","앞니가 빠","이가 빠졌","색종이","종이접기","유치원 버스","노란 버스","낮잠 시간","받아쓰기 공책","그림책")
add("thing","th","ล้อช่วย","ชุดนอนลายการ์ตูน","นอนกลางวันที่โรงเรียน","ขนมหน้าโรงเรียน","สมุดคัดลายมือ","ฟันหลุด","ฟันน้ำนมหลุด","ถักเปียให้","การ์ตูนตอนเช้า","เล่นขายของ")
add("thing","vi","đồ ngủ hoạt hình","giờ ngủ trưa","ngủ trưa ở lớp","tết tóc cho","hai bím","rụng răng","thay răng","vở tập viết","nhà bóng","xe đưa đón học sinh")
add("thing","id","piyama kartun","piyama bergambar","tidur siang","buku pr","gigi copot","gigi susunya","boneka beruang","kartun pagi","mobil jemputan sekolah","bekal sekolah","tas sekolahnya")
add("thing","tl","gulong-pantulong","pajama na may cartoon","tulog sa hapon","baon sa eskwela","bag pang-eskwela","school service","nabungi","teddy bear","tsinelas na maliit")
add("thing","ar","بيجامة كرتون","بيجامة عليها رسوم","القيلولة","دفتر الواجب","باص المدرسة","سقطت سنها","نجمة ذهبية","دبدوب","ضفيرتين")
add("thing","fa","پیژامه کارتونی","خواب ظهر","دفتر مشق","سرویس مدرسه","دندانش افتاد","کارتون صبحگاهی","ستاره طلایی","عروسک خرسی","مهدکودک")
add("thing","he","פיג'מה עם ציורים","שעת המנוחה","ילקוט","נפלה לה שן","מדבקת כוכב","דובי")
add("thing","hi","कार्टून वाला पायजामा","दोपहर की झपकी","कॉपी में स्टार","जेब खर्च","स्कूल वैन","दो चोटियाँ","चोटियाँ","छोटा भीम")
add("thing","bn","কার্টুনের পাজামা","দুপুরের ঘুম","হোমওয়ার্কের খাতা","স্কুলভ্যান","দুটো বিনুনি","বিনুনি","টেডি বিয়ার","সাপোর্ট চাকা","মিনা কার্টুন")
# carried on a parent's shoulders or lap in the languages that had no carrying place (with a parent beside it: a likely minor)
add("carry","th","ขี่คอ","ขี่หลัง","บนไหล่")
add("carry","tl","balikat","pasan-pasan","kinakarga")
add("carry","ar","كتفي","كتفيه","على كتف","حضن","حضنه","حضنها")
add("carry","fa","شانه‌های","شانه","کول","دوش")
add("carry","he","כתפיים","הכתפיים","כתפי","הברכיים","ברכיים")
add("carry","hi","कंधों","कंधे","गोद")
add("carry","bn","কাঁধে","কোলে")
add("carry","ko","목마")
add("parent","ar","أبيها","أبيه","أبي","أمي")
# person words of these scripts that name the one described (the prompt names someone: UnnamedSubject), measured on the
# fresh adults (a shopkeeper, a driver, a university student, a bare mother or grandmother). Not Thai ป้า (in ป้าย, a
# sign) nor Tagalog "ate" (English "ate").
add("adult","zh","司机","女司机","店员","女店员","老板娘","大姐","大妈","女士","大学生","女大学生","收藏家","护士")
add("adult","ja","おばさん","店員","女子大生","大学生","運転手","コレクター","看護師","主婦")
add("adult","ko","아주머니","아줌마","여대생","대학생","여직원","수집가","운전사","기사님","주부","간호사")
add("adult","th","แม่ค้า","นักศึกษา","พนักงาน","คนขับ","นักสะสม","พยาบาล","แม่บ้าน")
add("adult","vi","tài xế","nhân viên","sinh viên","nữ sinh viên","người bán","nhà sưu tầm")
add("adult","id","mbak","sopir","pegawai","mahasiswi","mahasiswa","penjual","kolektor")
add("adult","tl","tindera","drayber","kolehiyala","kolektor")
add("adult","ar","أم","الأم","جدة","الجدة","سائقة","موظفة","بائعة","جامعية")
add("adult","fa","مادر","مادری","مادربزرگ","فروشنده","راننده","دانشجو","کارمند")
add("adult","he","סטודנטית","מוכרת","נהגת","גננת")
add("adult","hi","ड्राइवर","दुकानदार","बेचने वाली")
add("adult","bn","চালক","বিক্রেতা","কর্মী")
add("reward","ar","نجمة ذهبية")
add("reward","fa","ستاره طلایی")
add("reward","he","מדבקת כוכב","כוכב זהב")
add("reward","th","ติดดาว")
# pronouns and forms that name another beside a parent heading the prompt (mormor håller hen, a avó faz tranças nela,
# тато тримає …, поки він вчиться): she does it for another. Korean care acts with the auxiliary 주 in any form.
add("pronoun","sv","hen")
add("pronoun","pt","nela","nele")
add("benefactive","uk","він","вона")
add("benefactive","ru","он","она")
add("benefactive","ko","주기","주길","주던","주면","주며","주시","잘라 주","올려 주","묶어 주","덮어 주","땋아 주","먹여 주","잡아 주","읽어 주","입혀 주","씻겨 주","닦아 주")
add("adult","ko","여교사","교사")
add("adult","zh","女老师","男老师","大学老师","教授")
add("adult","th","นางฟ้า")
# kin: a mother, father or grandparent (not a teacher, nanny or carer): heading the prompt with nothing done for another,
# she is the one described (Rules/ChildDetails.cs). Also parents (their rows above), so only the kind is added here.
# Not Vietnamese "má" (Czech "má", has: na krku má klíč).
KIN = {
 "en": ["mom","mum","mother","dad","father","grandma","grandpa","granny","grandmother","grandfather"],
 "de": ["mama","mami","mutter","papa","papi","vater","oma","opa","mutti","vati"],
 "fr": ["maman","papa","mère","père","mamie","papi","grand mère","grand-mère"],
 "es": ["mamá","papá","madre","padre","abuela","abuelo"],
 "it": ["mamma","papà","madre","padre","nonna","nonno"],
 "pt": ["mãe","pai","mamãe","papai","avó","avô"],
 "nl": ["mama","papa","moeder","vader","oma","opa"],
 "sv": ["mamma","pappa","mormor","morfar","farmor","farfar"],
 "ru": ["мама","папа","бабушка","дедушка","мать","отец"],
 "uk": ["мама","тато","бабуся","дідусь","мати","батько"],
 "pl": ["mama","tata","babcia","dziadek","mamusia"],
 "cs": ["máma","maminka","táta","tatínek","babička","děda","dědeček"],
 "el": ["μαμά","μπαμπάς","γιαγιά","παππούς"],
 "tr": ["anne","baba","nine","dede","babaanne","anneanne"],
 "id": ["ibu","ayah","nenek","kakek","mama","papa","bapak"],
 "vi": ["mẹ","bố","ông nội","bà nội","ông ngoại","bà ngoại","ông","bà"],
 "tl": ["nanay","tatay","lola","lolo","mama","papa"],
 "ar": ["ماما","بابا"],
 "fa": ["مامان","بابا"],
 "he": ["אמא","אבא","סבתא","סבא"],
 "hi": ["माँ","मां","मम्मी","पापा","दादी","नानी","दादाजी","नानाजी","पिताजी"],
 "bn": ["মা","বাবা","ঠাকুমা","দিদিমা","দাদু"],
 "ja": ["ママ","パパ","母親","父親","お母さん","お父さん","おばあちゃん","おじいちゃん","祖母","祖父"],
 "zh": ["妈妈","爸爸","奶奶","爷爷","外婆","外公","姥姥","媽媽"],
 "ko": ["엄마","아빠","할머니","할아버지","엄마가","아빠가"],
 "th": ["แม่","พ่อ","ยาย","ย่า","ปู่","คุณแม่","คุณพ่อ","คุณยาย","คุณย่า"],
}
_parents = {r[2].lower() for r in R if r[0] == "parent"}
for lang, words in KIN.items():
    add("kin", lang, *[w for w in words if w.lower() in _parents])
# holding the bike seat is done for the rider (тато тримає за сідло, поки він вчиться: the rider is named past the comma)
add("benefactive","uk","за сідло")
add("benefactive","ru","за седло")
add("benefactive","pl","za siodełko","siodełko")
add("benefactive","cs","za sedlo","sedlo")
add("benefactive","sv","pakethållaren")
add("benefactive","en","the bike seat","the back of the bike")
add("benefactive","de","am sattel","den sattel")
add("benefactive","fr","la selle")
add("benefactive","es","el sillín")
# ---- Session 22 (i16-para23): the small child's day read as classes in the 26 languages (Rules/ChildStatementTable.cs stems) ----
# A row ending in * is a stem of one word: any longer word that starts with it (every case, number and compound of an
# inflecting language: nočník* reads nočníku and nočníkem, schnuller* reads Schnullerkette, нарукавник* reads нарукавниках).
# Classes: a christening just done and its gown, a pacifier and its clip, a ride-on toy, a stroller or pram, a nappy and its
# bag, potty training, swimming armbands, the kids' menu, a sippy cup, a bib, teething, a baby walker, height marks on a
# doorframe, a night-light with the bedtime story, a lunchbox note from mum. Each is a thing: one hint, which weighs as
# youth only beside another or in a prompt that names nobody (an adult named as such keeps it hers: a mother pushing a
# pram, a nanny with a high chair, a godmother at the christening). Left out (adult senses): plain "walker" (a walking
# frame, a treadmill, a cut of beef), "cart", a night-light or night lamp (adults sleep with one; its diminutive kept),
# "pot"/"potje"/סיר (cooking pots), sleeves (rękawki), aprons, "dummy", "bib" (a race bib), Russian соски (nipples).
S22 = {
 "en": ["just christened","freshly baptised","freshly baptized","christening gown","christening dress","baptism gown","pacifier clip","dummy clip","ride on toy","push-along","stroller","pushchair","pram","nappy bag","diaper bag","nappy","nappies","diaper","diapers","potty training","potty","water wings","kids' menu","kids menu","sippy","teething","teether","baby walker","height marks","pencil marks on the doorframe","bedtime story","note from mum","note from mom","lollipop lady","lollipop man","swimming armbands","swim armbands","inflatable armbands","ride-on toy","ride on car","ride-on car"],
 "de": ["gerade getauft","frisch getauft","taufkleid*","schnullerkette*","schnuller*","bobbycar*","rutschauto*","kinderwagen*","wickeltasche*","töpfchen*","schwimmflügel*","kinderkarte","kinderteller","schnabeltasse*","lätzchen*","zahnt","zahnen","beißring*","lauflernwagen*","gutenachtgeschichte*","gute-nacht-geschichte","zettel von mama","schülerlotse*","milchzahn*","windel","windeln","windelbeutel"],
 "fr": ["tout juste baptisée","tout juste baptisé","baptisée","robe de baptême","attache-tétine","attache tétine","tétine","poussette","landau","sac à langer","brassards","menu enfant","gobelet à bec","bavoir","fait ses dents","anneau de dentition","histoire du soir","mot de maman","dame au lollipop","dent de lait","sur le pot","le pot","couche-culotte","couches lavables","petit porteur"],
 "es": ["recién bautizada","recién bautizado","vestido de bautizo","faldón de bautizo","pinza del chupete","chupete","correpasillos","cochecito","carrito del bebé","bolsa de pañales","pañal","pañales","orinal","manguitos","menú infantil","vaso antiderrames","vaso de aprendizaje","babero","le salen los dientes","mordedor","luz quitamiedos","cuento de buenas noches","nota de mamá","diente de leche"],
 "it": ["appena battezzata","appena battezzato","vestito del battesimo","catenella del ciuccio","ciuccio","ciuccetto","cavalcabile","passeggino","carrozzina","borsa fasciatoio","pannolino","pannolini","vasino","braccioli","menù bimbi","menu bambini","tazza con beccuccio","bavaglino","mettendo i denti","massaggiagengive","lucina notturna","favola della buonanotte","bigliettino della mamma","nonno vigile","dentino"],
 "pt": ["acabou de ser batizada","acabou de ser batizado","recém-batizada","recém batizada","roupa de batizado","prendedor de chupeta","chupeta","carrinho de bebê","carrinho de bebé","bolsa de fraldas","fralda","fraldas","desfralde","peniquinho","penico","boias de braço","cardápio kids","cardápio infantil","menu infantil","copo de transição","babador","nascendo os dentes","mordedor","historinha","bilhete da mamãe","dente de leite"],
 "nl": ["net gedoopt","pas gedoopt","doopjurk*","speenkoord*","speen","loopauto*","kinderwagen*","luiertas*","zwembandjes","kindermenu*","tuitbeker*","slabbetje*","bijtring*","loopstoeltje*","briefje van mama","klaar-over","klaar over","melktand*","op het potje","luier","luiers"],
 "sv": ["nydöpt","nydöpta","dopklänning*","napphållare*","napp","nappen","sparkbil*","barnvagn*","sittvagn*","skötväska*","blöja","blöjan","blöjor","pottträn*","pottan","armpuffar*","barnmeny*","pipmugg*","haklapp*","får tänder","bitring*","gåstol*","godnattsaga*","lapp från mamma","skolpatrull*","mjölktand*"],
 "pl": ["świeżo po chrzcie","po chrzcie","sukienka do chrztu","sukieneczka do chrztu","klips do smoczka","smoczek*","smoczk*","jeździk*","torba na pieluchy","pieluch*","nocnik*","menu dla dzieci","niekapek*","niekapk*","śliniak*","ząbkuje","gryzak*","chodzik*","bajka na dobranoc","bajkę na dobranoc","pan z lizakiem","mleczak*","wózeczk*","spacerówk*","pieluszka","pieluszki","pieluszką","pieluszkę","rękawki do pływania","rękawkach do pływania","rękawkami do pływania","liścik od mamy","liścikiem od mamy"],
 "cs": ["čerstvě pokřtěná","čerstvě pokřtěný","pokřtěná","křestní šaty","křestní šatičky","klip na dudlík","dudlík*","odrážedl*","kočárk*","kočárek","přebalovací taška","plenk*","plínk*","nočník*","rukávk*","dětské menu","hrneček s pítkem","pítk*","bryndák*","rostou zoubky","kousátk*","chodítk*","pohádka na dobrou noc","pohádku na dobrou noc","lísteček od mámy","školní hlídka","mléčný zoubek","mléčné zoubky","mléčného zoubku"],
 "ru": ["только что покрестили","покрестили","крестильное платье","крестильная рубашка","держатель для соски","прищепке для соски","пустышк*","толокар*","сумка для подгузников","подгузник*","памперс*","нарукавник*","детское меню","поильник*","слюнявчик*","режутся зубки","прорезыватель*","сказка на ночь","сказку на ночь","записка от мамы","молочный зуб","молочные зубы","соска","соской","соску","на горшке","на горшок","к горшку","горшку"],
 "uk": ["щойно охрестили","охрестили","хрестильна сукенка","хрестильна сорочка","тримач для соски","пустушк*","толокар*","візоч*","сумка для підгузків","підгуз*","памперс*","нарукавник*","дитяче меню","непроливайк*","поїльник*","слинявчик*","ріжуться зубки","гризунець*","казка на ніч","казку на ніч","записка від мами","молочний зуб","молочні зуби","соска","соскою","на горщику","до горщика","горщика","візочку","візочок"],
 "el": ["μόλις βαφτίστηκε","βαφτιστικό φόρεμα","βαφτιστικά","κλιπ πιπίλας","πιπίλα","πιπίλας","περπατούρα","καρότσι μωρού","καροτσάκι","τσάντα αλλαξιέρα","πάνα","πάνες","γιογιό","μπρατσάκια","παιδικό μενού","ποτηράκι με στόμιο","σαλιάρα","βγάζει δόντια","μασητικό","φωτάκι νυκτός","φωτάκι νύχτας","παραμύθι για ύπνο","σημείωμα από τη μαμά","σχολικός τροχονόμος","νεογιλό"],
 "tr": ["yeni vaftiz edilmiş","vaftiz elbisesi","emzik askısı","emzik","emziği","akülü araba","akülü arabası","akülü arabasıyla","bebek arabası","bebek arabasında","bez çantası","alt bezi","lazımlık","lazımlığa","tuvalet eğitimi","kolluklarla","çocuk menüsü","alıştırma bardağı","alıştırma bardağından","mama önlüğü","diş çıkarıyor","dişlik","yürüteç","uyku masalı","annesinden bir not","süt dişi","kolluklar","kolluklarla","kolluklarıyla"],
 "ja": ["お宮参り","洗礼を受けた","おくるみ","おしゃぶり","おしゃぶりホルダー","乗用玩具","足けり","ベビーカー","マザーズバッグ","おむつ","オムツ","トイレトレーニング","トイトレ","おまる","アームリング","お子様ランチ","ストローマグ","よだれかけ","歯固め","歯が生え","歩行器","背比べ","読み聞かせ","ママからの手紙"],
 "zh": ["刚受洗","洗礼服","奶嘴链","奶嘴","扭扭车","滑行车","婴儿车","妈咪包","尿布","纸尿裤","尿不湿","如厕训练","小马桶","游泳臂圈","儿童餐","学饮杯","围嘴","口水巾","长牙","牙胶","学步车","身高线","量身高","小夜灯","睡前故事","妈妈写的纸条"],
 "ko": ["유아세례","세례를 막","세례복","쪽쪽이","쪽쪽이 클립","붕붕카","유모차","기저귀 가방","기저귀","배변 훈련","기저귀 떼","유아 변기","팔 튜브","암링","어린이 메뉴","빨대컵","턱받이","치발기","보행기","키 잰 자국","키 재기","잠자리 동화","엄마가 쓴 쪽지"],
 "th": ["รับศีลล้างบาป","ชุดรับศีล","สายคล้องจุกนม","จุกนม","รถขาไถ","รถเข็นเด็ก","กระเป๋าใส่ผ้าอ้อม","ผ้าอ้อม","แพมเพิร์ส","ฝึกนั่งกระโถน","กระโถน","ห่วงยางแขน","เมนูเด็ก","แก้วหัดดื่ม","ผ้ากันเปื้อนเด็ก","ฟันกำลังขึ้น","ยางกัด","รถหัดเดิน","ขีดส่วนสูง","นิทานก่อนนอน","โน้ตจากแม่"],
 "vi": ["vừa được rửa tội","mới rửa tội","áo rửa tội","kẹp ti giả","ti giả","núm vú giả","xe chòi chân","xe đẩy","túi bỉm","bỉm","tã","tập ngồi bô","ngồi bô","phao tay","thực đơn trẻ em","bình tập uống","mọc răng","gặm nướu","xe tập đi","vạch chiều cao","kể chuyện trước khi ngủ","mẩu giấy của mẹ"],
 "id": ["baru dibaptis","gaun baptis","klip empeng","empeng","mobil-mobilan","mobil mobilan","kereta dorong","stroller","tas popok","popok","pospak","toilet training","pispot","pelampung lengan","menu anak","training cup","celemek makan","slabber","tumbuh gigi","teether","baby walker","tanda tinggi badan","dongeng sebelum tidur","surat dari mama"],
 "tl": ["kabibinyag","kakabinyag","bagong binyag","damit pambinyag","pacifier","tsupon","stroller","bag ng diaper","diaper","lampin","potty training","arinola","salbabida","kids meal","sippy cup","nagngingipin","teether","baunan","sulat si mama","patrol sa tawiran"],
 "ar": ["تعمّدت للتو","تعمدت للتو","فستان المعمودية","ثوب المعمودية","مشبك اللهاية","لهاية","اللهاية","عربة الدفع","عربة الأطفال","حقيبة الحفاضات","حفاض","الحفاض","حفاضات","النونية","نونية","عوامات الذراعين","عوامات","قائمة الأطفال","كوب التدريب","التسنين","عضاضة","علامات الطول","حكاية قبل النوم","ورقة من ماما"],
 "fa": ["غسل تعمید","لباس تعمید","گیره‌ی پستانک","گیره پستانک","پستانک","ماشین پایی","کالسکه","ساک پوشک","پوشک","از پوشک گرفته","بازوبند شنا","منوی کودک","لیوان آموزشی","دندان درآوردن","دندانگیر","روروئک","خط قد","قصه‌ی شب","قصه شب","یادداشت مامان"],
 "he": ["הוטבלה","הוטבל","שמלת טבילה","תופסן מוצץ","תופסן","מוצץ","בימבה","עגלת תינוק","תיק החתלה","חיתול","חיתולים","בגמילה","מצופים","תפריט ילדים","כוס עם פיה","בוקעות שיניים","נשכן","סימוני גובה","סיפור לפני השינה","פתק מאמא","עגלת תינוק","בעגלה","גמילה מחיתולים","על הסיר"],
 "hi": ["बपतिस्मा","चुसनी","प्रैम","स्ट्रॉलर","डायपर बैग","डायपर","नैपी","पॉटी ट्रेनिंग","पॉटी सीट","फ्लोटर","किड्स मेन्यू","सिपर","दाँत निकल","टीथर","कद के निशान","सोने से पहले कहानी","मम्मी की चिट्ठी"],
 "bn": ["ব্যাপটিজম","চুষনি","প্র্যাম","স্ট্রলার","ডায়াপার ব্যাগ","ডায়াপার","ন্যাপি","পটি ট্রেনিং","পটিতে","ফ্লোটার","কিডস মেনু","সিপার","দাঁত উঠছে","টিথার","উচ্চতার দাগ","ঘুমের আগে গল্প","মায়ের চিরকুট"],
}
for lang, words in S22.items():
    add("thing", lang, *words)
# Godparents are left out of the parents (session 22, measured): a parent word after a definite article is read as the
# subject's (la abuela le hace trenzas), so "the godmother at the christening" became the subject's godmother and an adult
# with her was read as a child; the christening itself (a thing) and the carrying words stay.
add("carry","tl","karga","kinarga","buhat","binubuhat")
add("carry","he","על הידיים","ידיים")
add("carry","ar","في حضن")
add("carry","th","อุ้ม")
add("carry","vi","được bế")

# Session 22 (i16-precision24): an elderly adult is an adult of the clause: old age said of the person (elderly, white-haired,
# 老, 흰머리, matanda, седая) keeps a parent word beside it the one described, not the subject's parent (한복 입은 할머니 … 누드
# was read as the grandmother of an unnamed child). Only words that say old age of a person; English "old" is in every
# "5 year old" and is left out, and so are comparatives of siblings (mayor, starszy, äldre: an older sister may be a child).
add("adult","en","elderly","white haired","grey haired","gray haired","silver haired","old man","old woman","old lady","old couple","retired","retiree","pensioner")
add("adult","de","alte frau","alter mann","greise","greisin","weißhaarige","weißhaariger","grauhaarige","grauhaariger","betagte","rentnerin","rentner","seniorin","senior")
add("adult","fr","âgée","âgé","vieille","vieillard","retraitée","retraité","aux cheveux blancs","aux cheveux gris")
add("adult","es","anciana","anciano","canosa","canoso","jubilada","jubilado","de pelo blanco","de cabello blanco")
add("adult","it","anziana","anziano","vecchia","vecchio","pensionata","pensionato","dai capelli bianchi")
add("adult","pt","idosa","idoso","velha","velho","aposentada","aposentado","de cabelos brancos","grisalha","grisalho")
add("adult","nl","bejaarde","oude vrouw","oude man","gepensioneerde","grijze","grijsharige")
add("adult","pl","staruszka","staruszek","siwa","siwy","emerytka","emeryt","staruszkowie")
add("adult","cs","stará","starý","stařenka","stařeček","šedivá","šedivý","důchodkyně","důchodce")
add("adult","sv","gammal","gamla","pensionär","gråhårig","vithårig")
add("adult","ru","пожилая","пожилой","пожилые","старая","старый","старушка","старик","седая","седой","пенсионерка","пенсионер")
add("adult","uk","літня","літній","літні","стара","старий","старенька","сива","сивий","пенсіонерка","пенсіонер")
add("adult","el","ηλικιωμένη","ηλικιωμένος","ηλικιωμένο","ηλικιωμένοι","γριά","γέρος","γερόντισσα","συνταξιούχος","ασπρομάλλα","ασπρομάλλης")
add("adult","tr","yaşlı","ak saçlı","beyaz saçlı","emekli")
add("adult","tl","matanda","matandang","may edad","puting buhok","uugod-ugod")
add("adult","id","lansia","lanjut usia","beruban","berambut putih","pensiunan")
add("adult","vi","già","cụ","tóc bạc","lớn tuổi","cao tuổi","về hưu")
add("adult","th","ผมขาว","สูงวัย","สูงอายุ","ชรา")
add("adult","ko","흰머리","백발","늙은","나이 든","노년","노인","노부부","할머님","할아버님","어르신","중년","노파")
add("adult","zh","白发","白髮","老奶奶","老爷爷","老爺爺","老太太","老太婆","老头","老頭","老夫妻","年迈","年邁","老妇","老婦","中年")
add("adult","ja","白髪","老婆","老夫婦","年老いた","高齢","お年寄り","中年")
add("adult","ar","عجوز","مسنة","مسن","كبيرة السن","كبير السن","شائبة","متقاعدة")
add("adult","he","זקנה","זקן","קשישה","קשיש","מבוגרת","לבנת שיער","פנסיונרית")
add("adult","hi","बूढ़ी","बूढ़ा","बुजुर्ग","बुज़ुर्ग","वृद्ध","सफेद बालों वाली")
add("adult","bn","বৃদ্ধা","বৃদ্ধ","বুড়ি","বুড়ো","বয়স্ক","পাকা চুলের")
add("adult","fa","پیرزن","پیرمرد","سالخورده","مسن","موسفید","بازنشسته")

# Session 23 (i16-precision25): retirement is an adult's (maestra in pensione che legge, emerytowana nauczycielka czyta,
# učitelka v důchodu čte, вчителька на пенсії читає were read as a teacher reading to a child): said of the person in 26 languages.
add("adult","en","retired","in retirement")
add("adult","de","pensionierte","pensionierter","im ruhestand","in rente")
add("adult","fr","à la retraite","a la retraite")
add("adult","es","retirada","retirado","jubilada","jubilado")
add("adult","it","in pensione","pensionata","pensionato")
add("adult","pt","aposentada","aposentado","reformada","reformado")
add("adult","nl","gepensioneerd","met pensioen")
add("adult","pl","emerytowana","emerytowany","na emeryturze")
add("adult","cs","v důchodu","na penzi","v penzi")
add("adult","sv","pensionerad","pensionerade")
add("adult","ru","на пенсии","отставной","в отставке")
add("adult","uk","на пенсії","у відставці")
add("adult","el","συνταξιούχος","συνταξιούχα")
add("adult","tr","emekli")
add("adult","tl","retirado","retiradong","retiradang")
add("adult","id","pensiunan","purnawirawan")
add("adult","vi","về hưu","nghỉ hưu")
add("adult","th","เกษียณ")
add("adult","ko","은퇴한","퇴직한","정년퇴직")
add("adult","zh","退休")
add("adult","ja","定年退職","退職した","引退した")
add("adult","ar","متقاعد","متقاعدة")
add("adult","he","בפנסיה","פנסיונר","פנסיונרית")
add("adult","hi","सेवानिवृत्त","रिटायर्ड")
add("adult","bn","অবসরপ্রাপ্ত")
add("adult","fa","بازنشسته")
# ---- Session 23 (i16-para25): a young child said by what it does, has and is given (Rules/ChildDetails.cs) ----
# low: what a grown-up reaches standing (a washbasin, a sink, a light switch, a door handle, a tap). Standing on a stool or
# on tiptoe to reach one of these is a child's reach (a hint that counts alone in a prompt that names nobody); to reach a
# top shelf or a cupboard is an adult's pose too (the reach rows keep that weaker cue).
LOW = {
 "en": ["sink","bathroom sink","washbasin","wash basin","basin","light switch","door handle","doorknob","tap","faucet"],
 "de": ["waschbecken*","lichtschalter*","türklinke*","wasserhahn*"],
 "fr": ["lavabo","lavabos","évier","l'évier","interrupteur","poignée de porte","robinet"],
 "es": ["lavabo","lavamanos","fregadero","interruptor","pomo","grifo"],
 "it": ["lavandino","lavabo","interruttore","maniglia","rubinetto"],
 "pt": ["pia","lavatório","interruptor","maçaneta","torneira"],
 "nl": ["wasbak*","wastafel*","lichtknop*","deurklink*","kraan"],
 "sv": ["handfat*","diskbänk*","strömbrytar*","dörrhandtag*","kranen"],
 "pl": ["umywal*","zlew*","włącznik*","klamk*","kranu","kran"],
 "cs": ["umyvadl*","dřez*","vypínač*","kliku","klika","kohoutek*"],
 "ru": ["раковин*","умывальник*","выключател*","дверной ручки","крана","кран"],
 "uk": ["раковин*","умивальник*","вимикач*","дверної ручки","крана","кран"],
 "el": ["νιπτήρα","νιπτήρας","νεροχύτη","διακόπτη","πόμολο","βρύση"],
 "tr": ["lavabo","lavaboya","lavabonun","musluğa","musluk","elektrik düğmesine","kapı koluna"],
 "id": ["wastafel","westafel","keran","sakelar","gagang pintu"],
 "tl": ["lababo","gripo","switch ng ilaw","hawakan ng pinto"],
 "vi": ["bồn rửa","bồn rửa mặt","lavabo","vòi nước","công tắc","tay nắm cửa"],
 "ar": ["المغسلة","مغسلة","الحوض","الصنبور","مفتاح الضوء","مقبض الباب"],
 "fa": ["روشویی","سینک","شیر آب","کلید برق","دستگیره در"],
 "he": ["לכיור","הכיור","כיור","הברז","למתג","לידית"],
 "hi": ["बेसिन","वॉशबेसिन","सिंक","नल","स्विच"],
 "bn": ["বেসিন","বেসিনে","সিঙ্ক","কল","সুইচ"],
 "ja": ["洗面台","洗面所","流し台","蛇口","スイッチ","ドアノブ"],
 "zh": ["洗手池","洗手台","洗脸池","洗脸盆","水龙头","开关","门把手"],
 "ko": ["세면대","싱크대","수도꼭지","스위치","문고리"],
 "th": ["อ่างล้างหน้า","อ่างล้างมือ","ก๊อกน้ำ","สวิตช์ไฟ","ลูกบิดประตู"],
}
for lang, words in LOW.items():
    add("low", lang, *words, *[w[:-1] for w in words if w.endswith("*")])
# stools the session 19 rows lacked
add("boost","sv","pall","en pall","pallen")
add("boost","tl","bangkito","maliit na bangkito","tumutuntong")
add("boost","fa","چهارپایه","چهارپایه کوچیک","چهارپایه‌ی کوچک")
add("boost","he","שרפרף","על שרפרף")
add("boost","bn","টুল","টুলে","টুলের")
add("boost","hi","छोटे स्टूल")
add("boost","ar","كرسي صغير","كرسيّ صغير","المقعد الصغير")
add("boost","ko","발판에","디딤대")
add("boost","pl","podest","podeście","podnóżek","podnóżku")
add("boost","th","ม้านั่งเล็ก","ม้านั่งตัวเล็ก")
# body: a grown-up's knee, legs or waist against which the subject is measured or behind which it hides. Right after a
# parent word (mum's knee, Mamas Beinen, 엄마 다리, ママの足) or right before one of the languages that put the owner after
# (genou de sa mère, rodilla de mamá, колено маме): the scale of a small child, and the parent is the subject's.
BODY = {
 "en": ["knee","knees","legs","leg","waist","hip"],
 "de": ["knie","beinen","beine","bein","hüfte","taille"],
 "fr": ["genou","genoux","jambes","taille","hanche"],
 "es": ["rodilla","rodillas","piernas","cintura","cadera"],
 "it": ["ginocchio","ginocchia","gambe","vita","fianco"],
 "pt": ["joelho","joelhos","pernas","cintura","quadril"],
 "nl": ["knie","knieën","benen","middel","heup"],
 "sv": ["knä","knät","knäna","benen","midjan","höften"],
 "pl": ["kolan","kolana","kolanka","nogami","nogi","nóg","pasa"],
 "cs": ["kolena","kolenům","kolen","nohama","nohy","pasu"],
 "ru": ["колено","колена","коленки","ногами","ног","ноги","пояс"],
 "uk": ["коліно","коліна","колін","ногами","ніг","ноги","пояс"],
 "el": ["γόνατο","γόνατα","πόδια","μέση"],
 "tr": ["dizine","dizlerine","dizi","bacaklarının","bacakları","beline"],
 "id": ["lutut","selutut","kaki","pinggang"],
 "tl": ["tuhod","binti","baywang"],
 "vi": ["đầu gối","chân","eo"],
 "ar": ["ركبة","ركبتي","ساقي","ساقَي","خصر"],
 "fa": ["زانوی","زانو","پاهای","پای","کمر"],
 "he": ["הברך","לברך","ברכיים","הרגליים","רגליים","המותניים"],
 "hi": ["घुटने","घुटनों","पैरों","कमर"],
 "bn": ["হাঁটু","হাঁটুর","পায়ের","কোমর"],
 "ja": ["膝","ひざ","足","脚","腰"],
 "zh": ["膝盖","腿","腰"],
 "ko": ["무릎","다리","허리"],
 # Thai ขา (leg) is left out: the script has no spaces, and ขาย (sell) and ขาว (white) open with it (คุณยายขายพวงมาลัย).
 "th": ["เข่า","เอว"],
}
for lang, words in BODY.items():
    add("body", lang, *words, *[w[:-1] for w in words if w.endswith("*")])
S25 = {
 # milk teeth lost, the tooth fairy or mouse; first wobbly steps, toddling, eating with the little fists; a tricycle, velcro
 # shoes, a baby's romper, shoes on the wrong feet; crayons on the wall and backwards letters; infant rites and amulets;
 # lanterns children carry. Left out for their adult senses: plain toothless or gap-toothed words (the old), plain "first
 # steps" (a career's), fists (a fight), adult rompers and onesies (Korean 우주복 is a spacesuit), trikes and Thai สามล้อ
 # (motor tricycles), mirror writing (Leonardo's), plain wish lists, baptism in Tagalog (adults too), Hindi मुंडन (adults too).
 "en": ["lost her front teeth","lost his front teeth","two front teeth","both front teeth","front teeth fell out","baby teeth","baby tooth","tooth fairy","wobbly steps","wobbly first steps","first wobbly steps","toddling","eating with her fists","eating with his fists","eats with her fists","eats with his fists","tricycle","velcro shoes","velcro sneakers","on the wrong feet","backwards letters","letters backwards","crayon on the wall","crayons on the wall","crayon on the wallpaper","crayons on the wallpaper","letter to santa","wish list for santa"],
 "de": ["schneidezähne sind ausgefallen","milchzähne","ersten wackligen schritte","wackligen schritte","wackelige schritte","mit den fäustchen","dreirad*","klettschuh*","strampler*","falschen füßen","verkehrten füßen","wachsmalstift*","wachsmalkreide*","brief ans christkind","laterne laufen","martinslaterne*"],
 "fr": ["ses dents de devant","deux dents de devant","dents de lait","petite souris","premiers pas hésitants","avec ses petits poings","tricycle","tricycles","chaussures à scratch","grenouillère","mauvais pieds","lettres à l'envers","lettre au père noël","genoux du père noël","crayons de cire"],
 "es": ["cayeron los dos dientes","cayeron los dientes","dos dientes de delante","dientes de leche","ratoncito pérez","primeros pasitos","con sus manitas","triciclo","triciclos","zapatos con velcro","zapatillas de velcro","pies cambiados","letras al revés","carta a los reyes","carta a papá noel","ceras de colores","rodillas de papá noel"],
 "it": ["le sono caduti i","gli sono caduti i","due denti davanti","denti da latte","fatina dei denti","primi passi traballanti","primi passetti","con i pugnetti","triciclo","scarpe con lo strappo","piedi sbagliati","lettere al contrario","letterina a babbo natale","pastelli a cera","ginocchia di babbo natale"],
 "pt": ["caíram os dois dentes","dentes da frente caíram","dois dentes da frente","dentes de leite","fada do dente","primeiros passinhos","triciclo","tênis de velcro","sapatos de velcro","macacãozinho","pés trocados","letras espelhadas","letras ao contrário","cartinha para o papai","carta para o papai","giz de cera","colo do papai noel"],
 "nl": ["twee voortanden","voortanden zijn eruit","melktanden","melktandje*","tandenfee","eerste stapjes","wankele stapjes","vuistjes","driewieler*","schoenen met klittenband","klittenbandschoen*","rompertje*","verkeerde voeten","schoen zetten","waskrijt*","lampionnetje*"],
 "sv": ["tandglugg*","tappat framtänderna","tappat båda framtänderna","mjölktänder*","tandfen","första vingliga steg","vingliga steg","trehjuling*","kardborreskor*","kardborrskor*","sparkdräkt*","fel fötter","önskelista till tomten","vaxkritor*","tomtens knä"],
 "pl": ["mleczaki","mleczaka","wróżka zębuszka","pierwsze kroczki","chwiejne kroczki","piąstkami","trójkołow*","buty na rzepy","buciki na rzepy","śpioszk*","lustrzane litery","list do świętego mikołaja","list do mikołaja","kredkami świecowymi","kolanach mikołaja"],
 "cs": ["oba přední zuby","oba přední zoubky","přední zoubky","mléčné zuby","mléčných zubů","zoubková víla","první krůčky","krůčky","pěstičkami","tříkolk*","boty na suchý zip","botičky na suchý zip","dupačk*","obráceně písmena","dopis ježíškovi","přání ježíškovi","voskovkami","voskovky","klíně santy"],
 "ru": ["выпали два передних","выпали передние зубки","передние зубки","молочные зубы","молочный зуб","молочных зуба","зубная фея","первые шажки","неуверенные шажки","кулачками","трёхколёсн*","трехколесн*","ботиночки на липучках","ползунки","ползунках","не на ту ногу","письмо деду морозу","восковыми мелками","коленях у деда мороза"],
 "uk": ["випали два передні","передні зубки","молочні зуби","молочний зуб","зубна фея","перші кроченята","хиткі кроки","кулачками","триколісн*","черевички на липучках","повзунки","повзунках","не на ту ногу","лист святому миколаю","восковими олівцями","колінах у святого миколая"],
 "el": ["μπροστινά δοντάκια","νεογιλά","νεράιδα των δοντιών","πρώτα βηματάκια","βηματάκια","γροθίτσες","τρίκυκλο","τρίκυκλο ποδήλατο","παπουτσάκια με σκρατς","φορμάκι","ανάποδα γράμματα","γράμμα στον άγιο βασίλη","κηρομπογιές","γόνατα του άγιου βασίλη"],
 "tr": ["iki ön dişi düşmüş","ön dişleri düşmüş","süt dişi","süt dişleri","diş perisi","sendeleyen adımlar","ilk sendeleyen adımlarını","üç tekerlekli bisiklet","cırt cırtlı ayakkabılar","cırt cırtlı ayakkabı","ters yazılmış harfler","noel baba'ya mektup","noel babaya mektup","noel baba'nın kucağında"],
 "ja": ["前歯が二本抜け","乳歯","すきっ歯","歯の妖精","よちよち","つかまり立ち","三輪車","マジックテープの靴","左右逆","サンタさんへの手紙","クレヨンで壁","お食い初め","七五三"],
 "zh": ["门牙掉了","掉了门牙","掉了两颗门牙","乳牙","豁牙","牙仙","学走路","摇摇晃晃地走","蹒跚学步","小拳头","三轮车","魔术贴","爬服","写反的字","给圣诞老人的信","蜡笔","长命锁","抓周","满月酒","兔子灯"],
 "ko": ["앞니 두 개가 빠","앞니가 빠져","젖니","이빨 요정","아장아장","첫걸음마","주먹으로 먹","세발자전거","찍찍이 신발","찍찍이 운동화","짝짝이로 신","산타 할아버지께 편지","크레파스","돌잡이","백일잔치"],
 "th": ["ฟันน้ำนม","ฟันหลอ","ฟันหน้าหลุด","นางฟ้าฟัน","ตั้งไข่","เตาะแตะ","หัดเดิน","กินด้วยกำปั้น","จักรยานสามล้อ","รองเท้าตีนตุ๊กแก","ชุดบอดี้สูทเด็ก","ใส่รองเท้าสลับข้าง","จดหมายถึงซานต้า","สีเทียน","โกนผมไฟ","ทำขวัญเดือน"],
 "vi": ["rụng hai răng cửa","rụng răng cửa","sún răng","răng sữa","tiên răng","chập chững","tập đi","xe đạp ba bánh","giày dán quai","đi ngược chân","chữ ngược","thư gửi ông già","bút sáp màu","đèn ông sao","rước đèn","rước đèn trung thu","đầy tháng","thôi nôi"],
 "id": ["gigi depannya copot","gigi depan copot","gigi susu","peri gigi","tertatih-tatih","belajar jalan","sepeda roda tiga","sepatu perekat","baju kodok bayi","sepatu terbalik","huruf terbalik","surat untuk sinterklas","krayon","aqiqah","turun tanah","tedak siten"],
 "tl": ["bungi sa harap","natanggal ang dalawang ngipin","gatas na ngipin","tooth fairy","unang hakbang","pagpapalakad","traysikel na laruan","laruang traysikel","sapatos na velcro","baligtad na sapatos","baligtad ang sulat","sulat kay santa","krayola"],
 "ar": ["سنّاها الأماميتان","سناها الأماميتان","سنّاه الأماميتان","سناه الأماميتان","أسنانها اللبنية","أسنانه اللبنية","سن لبنية","جنية الأسنان","خطوات متعثرة","خطواتها الأولى المتعثرة","دراجة بثلاث عجلات","دراجة ثلاثية العجلات","حذاء بشريط لاصق","حروف مقلوبة","رسالة لبابا نويل","رسالة إلى بابا نويل","ألوان شمعية","بالألوان الشمعية","فانوس رمضان","وحوي يا وحوي","السبوع"],
 "fa": ["دندون شیری","دندان شیری","دندونای جلوش","دو تا دندون جلوش","دندون جلوش افتاده","پری دندان","قدم‌های لرزون","تاتی تاتی","سه‌چرخه","سه چرخه","کفش چسبی","لنگه به لنگه","حروف برعکس","نامه به بابانوئل","مداد شمعی"],
 "he": ["נפלו לה שתי השיניים","נפלו לו שתי השיניים","נפלה לה השן","נפלה לו השן","שיני חלב","שן חלב","פיית השיניים","צעדים ראשונים מתנדנדים","צעדים מתנדנדים","באגרופונים","תלת אופן","תלת אופניים","נעליים עם סקוטש","נעלי סקוטש","כתב ראי","מכתב לסנטה","צבעי פנדה"],
 "hi": ["दूध के दाँत","दूध के दांत","दूध का दाँत","टूथ फेयरी","डगमगाते कदम","डगमगाते पहले कदम","ट्राइसाइकिल","तिपहिया साइकिल","वेल्क्रो वाले जूते","उल्टे अक्षर","सांता को चिट्ठी","क्रेयॉन","झुनझुना","काजल का टीका","नज़र का टीका","नजर का टीका","अन्नप्राशन"],
 "bn": ["দুধদাঁত","দুধের দাঁত","সামনের দুটো দুধদাঁত","টুথ ফেয়ারি","টলমল পায়ে","হাঁটি হাঁটি পা পা","ট্রাইসাইকেল","তিন চাকার সাইকেল","ভেলক্রোর জুতো","উল্টো অক্ষর","সান্তাকে চিঠি","মোম রং","ঝুমঝুমি","কাজলের টিপ","নজর টিকা","অন্নপ্রাশন","মুখেভাত"],
}
for lang, words in S25.items():
    add("thing", lang, *words)
# a carry place with a gift-bringer (sitting on Santa's lap, на коленях у Деда Мороза): the ritual of a small child's visit
add("ritual","en","lap","on santa's lap")
add("ritual","de","schoß","auf dem schoß")
add("ritual","fr","genoux","sur les genoux")
add("ritual","es","regazo","rodillas")
add("ritual","it","ginocchia","in braccio")
add("ritual","pt","colo","no colo")
add("ritual","nl","schoot","op schoot")
add("ritual","sv","knä","knät")
add("ritual","pl","kolanach","na kolanach")
add("ritual","cs","klíně","na klíně")
add("ritual","ru","коленях","на коленях")
add("ritual","uk","колінах","на колінах")
# of: a genitive linker between a body word and the parent after it (genou de sa mère, rodilla de mamá, τα πόδια της μαμάς)
add("of","fr","de","du")
add("of","es","de","del")
add("of","it","di","della","del")
add("of","pt","da","do","de")
add("of","tl","ni","ng")
add("of","el","της","του")
add("of","he","של")
add("of","en","of")
# purpose conjunctions after a comma in the languages the session 16 rows left without (steht auf dem Hocker, um …; sube a un
# taburete, para …): the stool and what it reaches are one clause
add("purpose","fr","pour")
add("purpose","es","para")
add("purpose","it","per")
add("purpose","pt","para")
add("purpose","nl","om")
add("purpose","sv","för att")
add("purpose","el","για να")
add("purpose","id","supaya","biar","agar")
add("purpose","tl","para")
add("purpose","vi","để")
add("purpose","fa","تا")
add("purpose","he","כדי")
add("of","hi","के","की","का")
add("of","bn","এর")
# high chairs of each language (the session 16 object rows held English, German and Spanish)
HIGH_CHAIR = {
 "en": ["high chair","highchair"], "de": ["hochstuhl*","kinderhochstuhl*"], "fr": ["chaise haute"], "es": ["trona"], "it": ["seggiolone"],
 "pt": ["cadeirão","cadeirinha de alimentação"], "nl": ["kinderstoel*"], "sv": ["barnstol*"], "pl": ["krzesełko do karmienia","krzesełku do karmienia"],
 "cs": ["jídelní židlička","jídelní židličce","jídelní židličku"], "ru": ["стульчик для кормления","стульчике для кормления"], "uk": ["стільчик для годування","стільчику для годування"],
 "el": ["καρεκλάκι φαγητού"], "tr": ["mama sandalyesi","mama sandalyesinde"], "ja": ["ベビーチェア","子ども用椅子"], "zh": ["宝宝餐椅","儿童餐椅"],
 "ko": ["아기 의자","유아 식탁의자"], "th": ["เก้าอี้ทานข้าวเด็ก","เก้าอี้กินข้าวเด็ก"], "vi": ["ghế ăn dặm"], "id": ["kursi makan bayi"], "tl": ["high chair"],
 "ar": ["الكرسي العالي","كرسي الطعام للأطفال"], "fa": ["صندلی غذای بچه"], "he": ["בכיסא אוכל","בכיסא האוכל"], "hi": ["हाई चेयर"], "bn": ["হাই চেয়ার","হাই চেয়ারে"],
}
for lang, words in HIGH_CHAIR.items():
    add("thing", lang, *[w for w in words if not w.endswith("*")])
    add("thing", lang, *[w for w in words if w.endswith("*") and " " not in w])
add("thing","cs","tříkol*")
add("boost","ru","табуреточк*","табуреточке")
add("boost","zh","小凳子","凳子上")
add("thing","el","έπεσαν τα δύο μπροστινά")
add("thing","ar","خطواتها المتعثرة","أولى خطواتها","خطواته المتعثرة","أولى خطواته")
# ---- Session 24 (i16-para26): a child described without child words, by class (Rules/ChildDetails.cs) ----
# Things only young children use and rites only they keep, each a thing (one hint: with a second hint, or in a prompt that
# names nobody, youth; an adult named keeps it hers). Classes: infant sleep and soothing (a cradle and its rocking, a rattle,
# a cot mobile, a lullaby sung to the subject), riding where a small child is put (a child car seat, a bike trailer, a child
# seat on a parent's bike, a balance bike, the seat of a shopping trolley, a pony ride), sandpit tools in the diminutive,
# weaning food (baby porridge, fruit pouches, a spout cup), first writing (copybooks of strokes and letters, the school
# primer, letters on a slate), the milk tooth thrown on a roof or given to a mouse, childhood festivals (the Befana
# stocking, Qarqian/Garangao, the Simchat Torah flag, lucky money and Nowruz money received from a grandparent, a nursery's
# New Year party, Children's Day, half-day practice fasting). Left out (adult senses, checked on the labelled files): a plain
# cradle of English ("phone cradle", "cradle of civilisation") and Arabic مهد (مهد الحضارة), plain rattle (a snake, a noise),
# merry-go-rounds and carousels (adults ride them: a parent watching counts instead, below), piggy banks of other languages
# (finance art), colouring books (adult colouring), face paint (festivals), fairs and kermis, sack races and the kerupuk
# contest (adults join), Ukrainian ранок (a morning), Russian bare снимает (takes off), Thai ดู (inside ดูแล, ดูด), a bare
# "bib" (a race bib), "pony" of German and Dutch alone (a fringe of hair), birthday candles (adults' too).
S26 = {
 "en": ["rear-facing car seat", "child car seat", "toddler car seat", "booster seat", "bike trailer", "child bike seat", "child seat on the bike", "balance bike", "trolley seat", "shopping cart seat", "seat of the shopping cart", "sandpit spade", "spout cup", "baby porridge", "baby cereal", "baby food pouch", "fruit pouch", "rattle in her fist", "rattle in his fist", "cot mobile", "crib mobile", "sings a lullaby", "singing a lullaby", "handwriting workbook", "dotted letters", "tracing letters", "letters on a slate", "school primer", "pony ride", "on a pony", "riding a pony", "tooth under the pillow", "trick-or-treating", "trick or treating", "easter egg hunt", "children's day", "kids' day", "half-day fast", "practice fast", "christmas nativity play", "nativity play", "school nativity"],
 "de": ["kindersitz*", "babyschale*", "fahrradanhänger*", "fahrradsitz*", "kindersitz auf dem fahrrad", "laufrad*", "einkaufswagensitz*", "schäufelchen", "eimerchen", "sandförmchen", "quetschie*", "quetschbeutel*", "babybrei*", "milchbrei*", "babyrassel*", "mobile über dem bett", "wiegenlied*", "schlaflied*", "in der wiege", "schreibheft der ersten klasse", "schwungübungen", "buchstaben auf der schiefertafel", "ponyreiten", "auf dem pony", "auf einem pony", "strumpf der befana", "kinderfasching*", "kinderkarneval*", "kinderfest*", "kindertag*", "weltkindertag*", "krippenspiel*", "laternenumzug*"],
 "fr": ["siège auto", "siège-auto", "remorque vélo", "remorque à vélo", "siège vélo", "porte-bébé vélo", "draisienne", "draisiennes", "siège du caddie", "siège du chariot", "pelle et seau", "petite pelle", "seau et râteau", "gourde de compote", "compote à boire", "hochet", "hochets", "mobile au-dessus du lit", "berceuse", "berceuses", "dans le berceau", "cahier d'écriture", "lettres en pointillés", "lignes d'écriture", "abécédaire", "syllabaire", "sur un poney", "balade à poney", "tour de poney", "chaussette de la befana", "carnaval de l'école", "carnaval de la maternelle", "fête des enfants", "journée des enfants", "jeûne d'une demi-journée", "spectacle de noël de l'école", "spectacle de fin d'année"],
 "es": ["silla del coche", "sillita del coche", "silla de auto", "portabebés", "remolque de bici", "remolque para bicicleta", "sillita de la bici", "bici sin pedales", "sillita del carro", "asiento del carrito", "palita", "cubo y pala", "pala y cubo", "bolsita de puré", "potito", "sonajero", "sonajeros", "móvil de cuna", "canción de cuna", "nana de la abuela", "en la cuna", "cuaderno de caligrafía", "letras punteadas", "silabario", "pizarrita", "paseo en poni", "en un poni", "montando un poni", "calcetín de la befana", "carnaval del colegio", "carnaval de la guardería", "día del niño", "día de los niños", "ayuno de medio día", "función de navidad del colegio"],
 "it": ["seggiolino auto", "seggiolino", "ovetto", "carrellino bici", "rimorchio bici", "seggiolino della bici", "bici senza pedali", "seggiolino del carrello", "paletta e secchiello", "formine", "omogeneizzato", "omogeneizzati", "pappina", "sonaglino", "sonaglio", "giostrina", "ninna nanna", "ninnananna", "nella culla", "quaderno di bella scrittura", "quaderno a quadretti grandi", "pregrafismo", "sillabario", "abbecedario", "lavagnetta", "sul pony", "giro sul pony", "giro in pony", "calza della befana", "carnevale dell'asilo", "carnevale della scuola", "festa dei bambini", "giornata dei bambini", "recita di natale"],
 "pt": ["cadeirinha do carro", "bebê conforto", "bebé conforto", "reboque de bicicleta", "cadeirinha da bicicleta", "bicicleta de equilíbrio", "bicicleta sem pedais", "cadeirinha do carrinho", "baldinho", "pazinha", "balde e pá", "forminhas", "papinha", "papinhas", "sachê de fruta", "móbile do berço", "canção de ninar", "cantiga de ninar", "no berço", "caderno de caligrafia", "letras pontilhadas", "lousinha", "passeio de pônei", "num pônei", "no pônei", "meia da befana", "carnaval da escola", "carnaval da creche", "dia das crianças", "dia da criança", "jejum de meio dia", "teatrinho de natal"],
 "nl": ["autostoeltje*", "maxi-cosi", "fietskar*", "fietsstoeltje*", "zitje achterop", "loopfiets*", "winkelwagenzitje*", "emmertje", "vormpjes", "knijpzakje*", "babypap*", "rammelaar*", "muziekmobiel*", "mobiel boven het bedje", "slaapliedje*", "wiegeliedje*", "in de wieg", "schrijfschrift*", "schrijfoefeningen", "leesplankje*", "aap noot mies", "lei en griffel", "ponyrijden", "op de pony", "op een pony", "ponyritje*", "schoen zetten", "kinderkarnaval*", "kinderfeest*", "kerstmusical*", "halve dag vasten"],
 "sv": ["bilbarnstol*", "babyskydd*", "cykelvagn*", "cykelsits*", "barnsits*", "springcykel*", "kundvagnssits*", "sandspade*", "sandhink*", "hink och spade", "sandformar", "klämpåse*", "välling*", "barnmat*", "skallra*", "skallror", "mobil över sängen", "vaggvisa*", "i vaggan", "bokstavsövningar", "abc-bok*", "griffeltavla*", "ponnyridning*", "på ponnyn", "rida ponny", "barnens dag", "barnkalas*", "ponny"],
 "pl": ["fotelik*", "nosidełko samochodowe", "przyczepce rowerowej", "przyczepka rowerowa", "fotelik rowerowy", "foteliku rowerowym", "rowerek biegowy", "rowerku biegowym", "krzesełku wózka sklepowego", "siedzisku wózka", "wiaderk*", "foremk*", "tubk* z musem", "kaszk*", "grzechotk*", "karuzelk*", "kołysank*", "w kołysce", "kołysk*", "szlaczk*", "zeszyt do kaligrafii", "zeszycie do kaligrafii", "literki po śladzie", "elementarz*", "na kucyku", "przejażdżka na kucyku", "skarpeta od mikołaja", "bal przebierańców", "balu przebierańców", "dzień dziecka", "dniu dziecka", "jasełk*", "mleczny ząb na dach"],
 "cs": ["autosedačk*", "vajíčko do auta", "vozík za kolo", "cyklovozík*", "sedačce na kole", "odrážedl*", "sedačce nákupního vozíku", "lopatičk*", "kyblíčk*", "bábovičk*", "kašičk*", "chrastítk*", "kolotoč nad postýlkou", "ukolébavk*", "v kolébce", "písanka", "písank*", "slabikář*", "na poníkovi", "jízda na poníkovi", "poník*", "maškarní ve školce", "karneval ve školce", "karnevalu ve školce", "den dětí", "dni dětí"],
 "ru": ["автокресл*", "автолюльк*", "велоприцеп*", "велокресл*", "детском кресле на велосипеде", "беговел*", "сиденье тележки", "сиденье магазинной тележки", "совочк*", "ведёрк*", "ведерк*", "пюрешк*", "фруктовое пюре в пакетике", "кашк*", "погремушк*", "мобиль над кроваткой", "колыбельн*", "в колыбели", "букварь", "букваря", "букварём", "на пони", "катается на пони", "пони", "утренник*", "утреннике", "новогодний утренник", "день защиты детей", "бросает зуб", "прописях", "прописи", "в прописях"],
 "uk": ["автокрісл*", "автолюльк*", "велопричіп*", "велокрісл*", "біговел*", "сидінні візка в супермаркеті", "сидінні магазинного візка", "совочк*", "відерц*", "пюрешк*", "пюре в пакетику", "кашк*", "брязкальц*", "брязкальце", "мобіль над ліжечком", "колискову", "колискова", "колисков*", "у колисці", "колиск*", "буквар*", "на поні", "катається на поні", "поні", "новорічний ранок", "ранку в садочку", "день захисту дітей", "миколайчик*", "прописях", "прописи", "прописах"],
 "el": ["καθισματάκι αυτοκινήτου", "παιδικό κάθισμα αυτοκινήτου", "ρυμουλκούμενο ποδηλάτου", "παιδικό κάθισμα ποδηλάτου", "ποδήλατο ισορροπίας", "καθισματάκι του καροτσιού", "φτυαράκι", "κουβαδάκι", "καλουπάκια", "κρέμα μωρού", "φρουτόκρεμα", "κουδουνίστρα", "κουδουνίστρες", "περιστρεφόμενο παιχνίδι κούνιας", "νανούρισμα", "νανουρίσματα", "στην κούνια", "τετράδιο καλλιγραφίας", "αλφαβητάρι", "στο πόνι", "βόλτα με πόνι", "πάρε κόρακα", "κάλαντα", "χριστουγεννιάτικη γιορτή του σχολείου", "αποκριάτικο πάρτι του νηπιαγωγείου"],
 "tr": ["oto koltuğu", "çocuk oto koltuğu", "ana kucağı", "bisiklet römorku", "bisiklet çocuk koltuğu", "denge bisikleti", "denge bisikletiyle", "market arabasının çocuk koltuğunda", "kum kovası", "küçük kürek", "kum kalıpları", "meyve püresi", "mama kaşığı", "bebek maması", "çıngırak", "çıngırakla", "ninni", "ninniler", "beşikte", "noktalı harfler", "alfabe kitabı", "midilliye biniyor", "midilli gezisi", "çocuk bayramı", "yarım gün oruç", "tekne orucu", "müsamere", "müsamerede"],
 "id": ["kursi mobil bayi", "jok sepeda anak", "boncengan sepeda", "kursi boncengan", "sepeda keseimbangan", "balance bike", "kursi troli", "sekop kecil", "ember kecil", "cetakan pasir", "bubur bayi", "mpasi", "puree buah", "kerincingan", "mainan gantung", "nina bobo", "ninabobo", "lagu pengantar tidur", "di ayunan bayi", "buaian", "buku tulis halus", "belajar menulis huruf", "buku iqro", "iqro", "naik kuda poni", "kuda poni", "puasa setengah hari", "puasa bedug", "hari anak", "pentas seni tk"],
 "vi": ["ghế ô tô trẻ em", "ghế ngồi ô tô", "ghế ngồi sau xe đạp", "ghế xe đạp trẻ em", "xe thăng bằng", "ghế xe đẩy siêu thị", "xẻng nhỏ", "xô nhỏ", "khuôn cát", "bột ăn dặm", "cháo ăn dặm", "ăn dặm", "lục lạc", "đồ chơi treo nôi", "hát ru", "ru à ơi", "à ơi", "trong nôi", "chiếc nôi", "đưa nôi", "vở tập viết", "tập tô chữ", "tô chữ", "bảng con", "cưỡi ngựa pony", "ngựa pony", "được lì xì", "nhận lì xì", "quốc tế thiếu nhi", "tết thiếu nhi"],
 "tl": ["car seat ng bata", "upuan ng pambatang kotse", "upuan sa bisikleta", "balance bike", "upuan ng grocery cart", "maliit na pala", "maliit na timba", "lugaw ng sanggol", "cerelac", "kalansing", "oyayi", "hinehele", "kuwaderno sa pagsulat", "abakada", "alpabeto sa pisara", "sumakay sa pony", "kabayong pony", "araw ng mga bata"],
 "ar": ["كرسي السيارة المخصص", "كرسي الأطفال في السيارة", "مقعد الأطفال", "كرسي الطفل", "عربة دراجة", "مقعد الدراجة للأطفال", "دراجة التوازن", "مقعد عربة التسوق", "مجرفة صغيرة", "دلو صغير", "قوالب الرمل", "سيريلاك", "مهروس الفواكه", "خشخيشة", "الخشخيشة", "خشخيشات", "تهويدة", "تهويدات", "هزّ المهد", "هز المهد", "كراسة الخط", "كراسة الحروف", "لوح الطباشير", "السبورة الصغيرة", "على المهر", "ركوب المهر", "القرقيعان", "قرقيعان", "قرنقعوه", "القرنقعوه", "حق الليلة", "ناصفة", "العيدية من جده", "العيدية من جدته", "يوم الطفل", "صيام نصف يوم", "صوم العصافير"],
 "fa": ["صندلی ماشین کودک", "صندلی ماشین بچه", "صندلی کودک", "تریلر دوچرخه", "ترک دوچرخه", "دوچرخه تعادلی", "صندلی چرخ خرید", "قالب شن", "فرنی", "سرلاک", "پوره میوه", "جغجغه", "جغجغه‌اش", "آویز تخت", "لالایی", "توی گهواره", "دفتر مشق", "مشق خط", "کتاب الفبا", "تخته سیاه کوچک", "سوار پونی", "پونی", "عیدی‌اش", "عیدی نوروز", "قلک سفالی", "روز کودک", "روزه کله گنجشکی", "جشن تکلیف"],
 "he": ["מושב בטיחות", "בסל קל", "סל קל", "כיסא בטיחות", "נגרר אופניים", "כיסא אופניים", "אופני איזון", "בעגלת הסופר", "כף חפירה", "דלי וכף", "דלי קטן", "תבניות חול", "דייסת תינוקות", "מחית פירות", "רעשן", "רעשנים", "שיר ערש", "בעריסה", "עריסה", "מחברת כתיבה", "אותיות מנוקדות", "אלפון", "על פוני", "רכיבה על פוני", "דגל שמחת תורה", "מסיבת חנוכה בגן", "יום הילד", "חגיגת בר מצווה"],
 "hi": ["कार सीट", "बेबी सीट", "साइकिल की बेबी सीट", "बैलेंस साइकिल", "ट्रॉली की सीट", "छोटी बाल्टी", "छोटा फावड़ा", "रेत के साँचे", "सेरेलक", "झुनझुना", "झुनझुने", "लोरी", "लोरियाँ", "स्लेट पर", "बारहखड़ी", "टट्टू", "टट्टू की सवारी", "बाल दिवस", "कन्या पूजन", "अन्नप्राशन", "लकड़ी की गाड़ी", "उँगली पकड़कर", "उंगली पकड़कर", "पालने में"],
 "bn": ["কার সিট", "বেবি সিট", "সাইকেলের বেবি সিট", "ব্যালেন্স সাইকেল", "ট্রলির সিট", "ছোট বালতি", "ছোট বেলচা", "সেরেল্যাক", "ঝুমঝুমি", "ঝুনঝুনি", "ঘুমপাড়ানি", "ঘুমপাড়ানি গান", "হাতেখড়ি", "বর্ণপরিচয়", "স্লেটে", "টাট্টু ঘোড়া", "শিশু দিবস", "অন্নপ্রাশন", "মুখেভাত", "ইঁদুরের গর্তে", "আঙুল ধরে"],
 "th": ["คาร์ซีท", "คาร์ซีทเด็ก", "เบาะนั่งเด็ก", "รถพ่วงจักรยาน", "ที่นั่งเด็กบนจักรยาน", "จักรยานทรงตัว", "ที่นั่งเด็กในรถเข็นซูเปอร์", "พลั่วเล็ก", "ถังน้ำเล็ก", "แม่พิมพ์ทราย", "ข้าวบดเด็ก", "อาหารบดเด็ก", "ซีรีแล็ค", "ของเล่นเขย่า", "โมบายแขวน", "เพลงกล่อม", "กล่อมนอน", "ไกวเปล", "ในเปล", "จุกหลอก", "สมุดคัดลายมือ", "คัดไทย", "แบบหัดอ่าน", "กระดานชนวน", "ขี่ม้าโพนี่", "ม้าโพนี่", "วันเด็ก", "ได้อั่งเปา", "รับอั่งเปา"],
 "ja": ["チャイルドシート", "ジュニアシート", "ベビーシート", "自転車の子ども乗せ", "子ども乗せ", "後ろ乗せ", "前乗せ", "ストライダー", "キックバイク", "バランスバイク", "カートの子ども用", "砂場セット", "シャベルとバケツ", "小さなスコップ", "離乳食", "ベビーフード", "ベビーメリー", "子守唄", "子守歌", "ゆりかご", "揺りかご", "ひらがな練習帳", "なぞり書き", "運筆", "れんしゅうちょう", "ポニーに乗", "ポニー乗馬", "お年玉", "こどもの日", "お遊戯会", "生活発表会", "運動会の徒競走", "抜けた歯を屋根に", "ガラガラを握"],
 "zh": ["儿童安全座椅", "安全座椅", "婴儿提篮", "自行车拖车", "儿童座椅", "平衡车", "购物车的儿童座", "小铲子", "沙模", "米糊", "辅食", "果泥", "拨浪鼓", "床铃", "摇篮曲", "催眠曲", "描红", "描红本", "田字格", "拼音本", "识字卡", "骑小马", "小矮马", "压岁钱", "六一儿童节", "儿童节", "把掉的牙扔到屋顶", "身高尺", "够线", "幼儿园的联欢会"],
 "ko": ["카시트", "유아 카시트", "바구니 카시트", "자전거 트레일러", "자전거 유아 안장", "유아 안장", "밸런스 바이크", "밸런스바이크", "카트의 유아 좌석", "모래놀이", "삽과 양동이", "작은 삽", "이유식", "쌀미음", "과일 퓨레", "딸랑이", "자장가", "한글 쓰기 공책", "따라 쓰기", "글씨 연습", "조랑말", "세뱃돈", "어린이날", "재롱잔치", "학예회", "빠진 이를 지붕에"],
}
for lang, words in S26.items():
    add("thing", lang, *words)
# watch: an onlooker's act after a parent heading a later clause (…, mama zwaait; …, papa filme; …, dziadek biegnie za nim;
# 妈妈在一旁拍照): she watches the one described, so she is that one's parent (a hint; alone in a prompt that names nobody it
# is nothing, beside a thing it is youth: Rules/ChildDetails.cs, UnnamedSubject.cs).
WATCH = {
 "en": ["watches","watching","is watching","looks on","looking on","films","filming","is filming","records","takes photos","takes pictures","photographs","waves","waving","cheers","cheering","claps","clapping","applauds","calls","calling","runs behind","running behind","smiles","laughs","laughing","rolls her eyes","beams"],
 "de": ["schaut zu","sieht zu","guckt zu","schaut","filmt","fotografiert","winkt","jubelt","klatscht","applaudiert","ruft","rennt hinterher","läuft hinterher","rennt","lacht","lächelt","verdreht die augen"],
 "fr": ["regarde","observe","filme","photographie","prend des photos","fait coucou","salue","applaudit","encourage","appelle","court derrière","rit","sourit","lève les yeux au ciel"],
 "es": ["mira","observa","graba","filma","saca fotos","hace fotos","saluda","aplaude","anima","llama","corre detrás","se ríe","ríe","sonríe","pone los ojos en blanco"],
 "it": ["guarda","osserva","filma","riprende","fotografa","fa foto","saluta","applaude","fa il tifo","chiama","corre dietro","ride","sorride","alza gli occhi al cielo"],
 "pt": ["olha","observa","filma","grava","fotografa","tira fotos","acena","aplaude","torce","chama","corre atrás","ri","sorri","revira os olhos"],
 "nl": ["kijkt","kijkt toe","filmt","fotografeert","maakt foto's","zwaait","juicht","klapt","roept","rent erachter","loopt erachter","rent","lacht","glimlacht"],
 "sv": ["tittar","tittar på","filmar","fotograferar","vinkar","hejar","klappar","ropar","springer efter","springer bakom","skrattar","ler"],
 "pl": ["patrzy","obserwuje","filmuje","nagrywa","robi zdjęcia","fotografuje","macha","kibicuje","klaszcze","bije brawo","woła","biegnie za","biegnie","śmieje się","uśmiecha się","przewraca oczami"],
 "cs": ["dívá se","sleduje","natáčí","fotí","fotografuje","mává","fandí","tleská","volá","běží za","běží","směje se","usmívá se","kouká"],
 "ru": ["смотрит","наблюдает","снимает на телефон","снимают на телефон","снимает на видео","снимают на видео","снимает на камеру","фотографирует","фотографируют","машет","машут","болеет за","хлопает","хлопают","аплодирует","аплодируют","зовёт","зовет","кличет","бежит за","бежит следом","смеётся","смеется","улыбается"],
 "uk": ["дивиться","спостерігає","знімає на телефон","знімають на телефон","знімає на відео","фотографує","фотографують","махає","махають","вболіває","плескає","аплодує","аплодують","кличе","гукає","біжить за","біжить слідом","сміється","усміхається","посміхається"],
 "el": ["κοιτάζει","κοιτάει","παρακολουθεί","βιντεοσκοπεί","τραβάει βίντεο","φωτογραφίζει","χαιρετά","χαιρετάει","κουνάει το χέρι","χειροκροτεί","φωνάζει","τρέχει πίσω","γελάει","χαμογελά","χαμογελάει"],
 "tr": ["izliyor","seyrediyor","videoya çekiyor","fotoğrafını çekiyor","fotoğraf çekiyor","el sallıyor","tezahürat yapıyor","alkışlıyor","çağırıyor","seslenıyor","sesleniyor","arkasından koşuyor","gülüyor","gülümsüyor"],
 "id": ["melihat","menonton","memperhatikan","mengawasi","merekam","memotret","melambai","melambaikan tangan","bersorak","bertepuk tangan","memanggil","berlari di belakang","tertawa","tersenyum"],
 "vi": ["nhìn","ngắm","xem","quay phim","quay video","chụp ảnh","vẫy tay","cổ vũ","vỗ tay","gọi","chạy theo","cười","mỉm cười","ngồi cạnh","ngồi bên"],
 "tl": ["nanonood","nakatingin","kinukunan","kumukuha ng litrato","kumakaway","nagchi-cheer","pumapalakpak","tumatawag","tumatakbo sa likod","tumatawa","ngumingiti","nakangiti"],
 "ar": ["تراقب","يراقب","تنظر","ينظر","تصور","يصور","تلوح","يلوح","تشجع","يشجع","تصفق","يصفق","تنادي","ينادي","تضحك","يضحك","تبتسم","يبتسم"],
 "fa": ["نگاه می‌کند","نگاه میکند","تماشا می‌کند","فیلم می‌گیرد","عکس می‌گیرد","دست تکان می‌دهد","تشویق می‌کند","دست می‌زند","صدا می‌زند","می‌خندد","میخندد","لبخند می‌زند"],
 "he": ["מסתכלת","מסתכל","צופה","מצלמת","מצלם","מנופפת","מנופף","מעודדת","מעודד","מוחאת כפיים","מוחא כפיים","צוחקת","צוחק","מחייכת","מחייך"],
 "hi": ["देख","देखते","देखती","वीडियो","फोटो","हाथ","ताली","बुला","हँस","हंस","हँसते","मुस्कुरा","पीछे दौड़"],
 "bn": ["দেখছেন","দেখছে","দেখেন","ভিডিও","ছবি তুলছেন","হাত নাড়ছেন","হাততালি","ডাকছেন","হাসছেন","হাসছে","হাসেন"],
 "th": ["เฝ้าดู","มองดู","นั่งดู","ถ่ายรูป","ถ่ายวิดีโอ","โบกมือ","เชียร์","ปรบมือ","หัวเราะ","ยิ้ม","ไกวเปล","เรียก"],
 "ja": ["見守","見て","撮影","写真を撮","ビデオを撮","手を振","応援","拍手","呼んで","笑って","微笑"],
 "zh": ["看着","在一旁看","拍照","拍视频","录像","挥手","招手","加油","鼓掌","喊","笑","跟在后面"],
 "ko": ["지켜보","바라보","보고 있","촬영","사진을 찍","영상을 찍","손을 흔","응원","박수","부르","웃","뒤따라"],
}
# the same for a lullaby sung or a gerund of the acts above (mamma canta, abuela saludando, mamá mirando): what a parent does
# for the one described from a later clause
SINGS = {
 "en": ["sings","singing","hums"], "de": ["singt","summt"], "fr": ["chante","fredonne"], "es": ["canta","tararea","saludando","mirando","grabando","aplaudiendo","filmando","animando"],
 "it": ["canta","canticchia","salutando","guardando","filmando","applaudendo"], "pt": ["canta","cantarola","acenando","olhando","filmando","aplaudindo","gravando"],
 "nl": ["zingt","neuriet"], "sv": ["sjunger","nynnar"], "pl": ["śpiewa","nuci"], "cs": ["zpívá","broukává"], "ru": ["поёт","поет","напевает"],
 "uk": ["співає","наспівує"], "el": ["τραγουδά","τραγουδάει","σιγοτραγουδά"], "tr": ["söylüyor","mırıldanıyor"], "id": ["bernyanyi","menyanyikan","bersenandung"],
 "vi": ["hát","ru"], "tl": ["kumakanta","umaawit"], "ar": ["تغني","يغني","تدندن"], "fa": ["می‌خواند","میخواند"], "he": ["שרה","שר","מזמזמת"],
 "hi": ["गा","गुनगुना"], "bn": ["গাইছেন","গাইছে","গান"], "th": ["ร้องเพลง","กล่อม"], "ja": ["歌って","口ずさ"], "zh": ["唱","哼"], "ko": ["노래","불러"],
}
for lang, words in WATCH.items():
    add("watch", lang, *words, *SINGS.get(lang, []))

# ---- Session 25 (i16-para29): a child described by what it does, owns, wears and how it is looked after (Rules/ChildDetails.cs) ----
# 1. A stem row (`x*`) reads only the longer words that start with it (ChildStatementTable.Stem): the thing's own bare word
#    (slabbetje, haklapp, fietskar, Babyschale, Lätzchen, barnvagn, śliniak) was read by no row. Each thing stem of sessions
#    22-24 now also reads its bare word, but for the ones with an adult sense as a bare word: a bike saddle (Fahrradsitz), an
#    adult's porridge (Milchbrei, välling), sleeve protectors (нарукавник), adult incontinence pads (подгузник, памперс), a
#    snake's rattle (skallra), a Christmas musical (kerstmusical), a school crossing patrol and a walker (gåstol, chodzik), and
#    the pram itself (Kinderwagen, kinderwagen, barnvagn): a young mother folding one is the commonest adult look-alike
#    (para23-check-adult-nl-001), and the lexicon already reads the word beside no adult.
BARE_LEFT_OUT = {"kinderwagen", "barnvagn", "fahrradsitz", "milchbrei", "välling", "нарукавник", "подгузник", "памперс", "підгуз", "skallra", "kerstmusical",
                 "gåstol", "chodzik", "skolpatrull", "schülerlotse", "fotelik", "mleczak", "poník", "utrennik"}
_bare = []
for _kind, _lang, _t in list(R):
    if _kind == "thing" and _t.endswith("*") and _t[:-1] not in BARE_LEFT_OUT:
        _bare.append((_lang, _t[:-1]))
for _lang, _t in _bare:
    add("thing", _lang, _t)
# 2. Things of classes no row held (each one hint; with a second, or in a prompt that names nobody, youth; an adult named keeps
#    it hers): a character of television or picture books for small children on a cake, pyjamas or slippers; pretend play
#    with cushions, blankets, cardboard and toy cooking; light-up and squeaky shoes; a baby wrap and being carried on a back;
#    a high chair, bib and dummy in forms no row held; childhood rites of gift money asked or collected and of a first errand;
#    a paper boat floated in the rain; milk teeth in an oblique case. Left out (adult senses): Peppa, Bing, Masha alone (names
#    of people), festa junina and quadrilha (adults dance them), birthday cakes, candles and party hats (adults' too), a plain
#    lantern and Sint-Maarten (an island), a plain krathong, pamasko alone (adults give and get it), cotton candy, a teddy.
S29 = {
 "en": ["paw patrol", "gruffalo", "the gruffalo", "bluey", "cocomelon", "teletubbies", "in the night garden", "thomas the tank engine", "pillow fort", "blanket fort", "cushion fort", "cardboard sword", "cardboard box car", "light-up shoes", "light up shoes", "light-up sneakers", "light-up trainers", "squeaky shoes", "baby wrap", "baby sling"],
 "de": ["paw patrol", "feuerwehrmann sam", "peppa wutz", "kissenburg*", "kissenhöhle*", "höhle aus sofakissen", "höhle aus kissen", "pappschwert*", "blinkschuhe*", "leuchtschuhe*", "tragetuch*", "hochstühlchen", "hochstuhl*"],
 "fr": ["pat' patrouille", "pat patrouille", "pat'patrouille", "la pat' patrouille", "gruffalo", "cabane de coussins", "cabane en coussins", "épée en carton", "chaussures lumineuses", "baskets lumineuses", "écharpe de portage", "chaise haute", "bavoir", "bavoirs", "tétine"],
 "es": ["patrulla canina", "fuerte de cojines", "casita de mantas", "espada de cartón", "zapatillas con luces", "zapatos con luces", "fular portabebés", "trona", "babero", "chupete"],
 "it": ["paw patrol", "fortino con i cuscini", "fortino di cuscini", "spada di cartone", "scarpe con le luci", "scarpe luminose", "fascia portabebè", "seggiolone", "bavaglino", "bavaglini"],
 "pt": ["patrulha canina", "galinha pintadinha", "cabaninha de lençol", "cabana de lençóis", "espada de papelão", "tênis de luzinha", "tênis com luzinha", "cadeirão", "cadeirinha de comer", "babador", "babadores", "chupeta"],
 "nl": ["paw patrol", "nijntje", "bumba", "kussenfort*", "hut van kussens", "kartonnen zwaard", "lichtgevende schoenen", "schoenen met lichtjes", "draagdoek*", "hoge stoel", "hoge kinderstoel", "zelfgeknutselde lampion", "sint-maartenliedje*", "sint maarten lopen"],
 "sv": ["bamse*", "paw patrol", "babblarna", "kuddkoja*", "koja av kuddar", "pappsvärd*", "blinkskor", "skor som blinkar", "bärsjal*", "barnstol*", "dagisutflykt*", "på dagis", "förskoleutflykt*"],
 "pl": ["psi patrol", "psim patrolem", "psiego patrolu", "świnką peppą", "świnki peppy", "fort z poduszek", "bazę z koców", "miecz z kartonu", "tekturowy miecz", "świecące buty", "świecących butach", "chusta do noszenia", "chuście do noszenia", "krzesełku do karmienia", "krzesełko do karmienia"],
 "cs": ["tlapková patrola", "tlapkové patrole", "tlapkovou patrolou", "krteček*", "krtečkem", "bunkr z polštářů", "meč z kartonu", "svítící boty", "svítících botách", "šátek na nošení", "cumlík*", "cumel*", "bryndák"],
 "ru": ["щенячий патруль", "щенячьим патрулём", "свинка пеппа", "свинкой пеппой", "маша и медведь", "смешарик*", "фиксик*", "паровозик*", "крепость из подушек", "шалаш из подушек", "меч из картона", "картонный меч", "светящиеся кроссовки", "кроссовках с подсветкой", "слинг", "слинге", "высоком стульчике", "высокий стульчик"],
 "uk": ["щенячий патруль", "свинка пеппа", "паровозик*", "фортеця з подушок", "халабуда з подушок", "картонний меч", "кросівках з підсвіткою", "слінг", "слінгу", "високому стільчику", "стільчику для годування"],
 "el": ["paw patrol", "πέππα το γουρουνάκι", "φρούριο από μαξιλάρια", "χάρτινο σπαθί", "παπούτσια με φωτάκια", "μάρσιπο", "μάρσιπος", "καροτσάκι", "καροτσάκι μωρού", "σαλιάρα", "σαλιάρες"],
 "tr": ["paw patrol", "pepee", "rafadan tayfa", "niloya", "yastıklardan kale", "karton kılıç", "ışıklı ayakkabı", "ışıklı ayakkabılar", "ışıklı ayakkabılarıyla", "kanguru taşıyıcı", "mama sandalyesi", "mama sandalyesinde", "mama önlüğü"],
 "id": ["upin ipin", "upin dan ipin", "benteng bantal", "pedang kardus", "rumah-rumahan", "rumah rumahan", "masak-masakan", "masak masakan", "sepatu lampu", "sepatu menyala", "kain gendongan", "digendong", "kursi makan bayi", "celemek makan"],
 "vi": ["heo peppa", "lâu đài gối", "kiếm bằng bìa", "giày phát sáng", "giày có đèn", "địu em bé", "công kênh", "yếm ăn"],
 "tl": ["bahay-bahayan", "bahay bahayan", "nagbabahay-bahayan", "nagbabahay bahayan", "lutu-lutuan", "lutu lutuan", "sapatos na may ilaw", "namamasko", "mamasko", "pamasko sa ninang", "pamasko sa ninong", "pamasko ng ninang", "pamasko ng ninong", "nagmano sa ninang", "nagmamano sa ninang", "nagmano sa ninong", "nagmamano sa ninong", "tenga ng kuneho"],
 "ar": ["دورية المخلاب", "قلعة من الوسائد", "سيف من الكرتون", "حذاء مضيء", "أحذية مضيئة", "الحذاء المضيء", "بدلو بلاستيكي", "دلو بلاستيكي", "دلو ومجرفة", "كرسي الطعام"],
 "fa": ["قلعه با بالش", "شمشیر مقوایی", "کفش‌های چراغ‌دار", "کفش چراغ‌دار", "کفش چراغدار", "کفش چراغ دار", "آغوشی", "صندلی غذای", "منتظر عیدی"],
 "he": ["מבצר כריות", "חרב מקרטון", "נעליים מהבהבות", "נעלי אורות", "מנשא", "במנשא", "כיסא הבטיחות", "בכיסא הבטיחות", "סינר אוכל"],
 "hi": ["छोटा भीम", "मोटू पतलू", "तकियों का किला", "गत्ते के डिब्बे वाली कार", "गत्ते की तलवार", "लाइट वाले जूते", "दूध के दाँतों", "दूध के दांतों", "काग़ज़ की नाव", "कागज की नाव", "कागज़ की नाव"],
 "bn": ["মীনা কার্টুন", "বালিশের দুর্গ", "কাগজের নৌকা", "প্যাঁ প্যাঁ জুতো", "পিঁ পিঁ জুতো", "লাইট জ্বলা জুতো", "ঈদের সালামি", "সালামি জমা", "সালামি জমাচ্ছে", "দুধ দাঁত", "দুধের দাঁত"],
 "th": ["ป้อมหมอน", "ดาบกระดาษ", "รองเท้ามีไฟ", "เป้อุ้ม", "ผ้ากันเปื้อนกินข้าว"],
 "ja": ["アンパンマン", "しまじろう", "はじめてのおつかい", "初めてのおつかい", "おままごと", "ままごと", "段ボールの車", "段ボールの剣", "光る靴", "ピコピコサンダル", "抱っこ紐", "おんぶ紐", "食事用エプロン"],
 "zh": ["小猪佩奇", "汪汪队", "喜羊羊", "过家家", "枕头堡垒", "纸箱车", "发光鞋", "叫叫鞋", "口水巾"],
 "ko": ["뽀로로", "타요", "핑크퐁", "소꿉놀이", "베개 요새", "종이상자 자동차", "불빛 나는 신발", "삑삑이 신발", "삑삑이", "포대기", "업혀", "아장아장", "턱받이", "아기의자"],
}
for lang, words in S29.items():
    add("thing", lang, *words)
# 3. A grown-up's finger is a small child's grip (holding mum's finger, माँ की उँगली पकड़कर, আব্বুর আঙুল): a body word of the
#    parent, read as session 23's knee and legs are (right after a parent, or before one across a genitive linker).
FINGER = {
 "en": ["finger"], "de": ["finger"], "fr": ["doigt"], "es": ["dedo"], "it": ["dito"], "pt": ["dedo"], "nl": ["vinger"],
 "sv": ["finger", "fingret"], "pl": ["palec", "palca", "paluszek"], "cs": ["prst", "prstu"], "ru": ["палец", "пальчик", "пальца"],
 "uk": ["палець", "пальця"], "el": ["δάχτυλο"], "tr": ["parmağını", "parmağı", "parmağından"], "id": ["jari"], "tl": ["daliri"],
 "vi": ["ngón tay"], "ar": ["إصبع", "بإصبع"], "fa": ["انگشت"], "he": ["אצבע", "האצבע"], "hi": ["उँगली", "उंगली", "ऊँगली"],
 "bn": ["আঙুল", "আঙুলটা"], "ja": ["指"], "zh": ["手指"], "ko": ["손가락"], "th": ["นิ้ว"],
}
for lang, words in FINGER.items():
    add("body", lang, *words)
# 4. Carer's acts of a parent heading a later clause, besides session 24's onlookers (…, maman montre le nœud; …, dad reading
#    aloud; …, η μαμά σπρώχνει; …, oma houdt de pan vast; …, मामा खिला रहे हैं; …, মা বারান্দা থেকে ডাকছে): she does it for the one
#    described, so she is that one's parent (the same watch kind: a hint, nothing alone, youth beside a thing).
CARER = {
 "en": ["reading aloud", "reads aloud", "reading", "shows", "showing", "pushes", "pushing", "holds the", "helps", "helping", "feeds", "feeding"],
 "de": ["liest vor", "zeigt", "schiebt", "hält", "hilft", "füttert"],
 "fr": ["montre", "lit une histoire", "lit à voix haute", "pousse", "tient", "aide", "nourrit", "qui rit"],
 "es": ["enseña", "lee", "empuja", "sostiene", "ayuda", "da de comer"],
 "it": ["mostra", "legge", "spinge", "tiene", "aiuta", "imbocca", "che ride", "che guarda"],
 "pt": ["mostra", "lê", "empurra", "segura", "ajuda", "dá de comer"],
 "nl": ["laat zien", "leest voor", "duwt", "houdt", "helpt", "voert"],
 "sv": ["visar", "läser", "skjuter", "håller", "hjälper", "matar"],
 "pl": ["pokazuje", "czyta", "pcha", "trzyma", "pomaga", "karmi", "woła z okna"],
 "cs": ["ukazuje", "čte", "tlačí", "drží", "pomáhá", "krmí"],
 "ru": ["показывает", "читает", "толкает", "держит", "помогает", "кормит", "смеётся", "смеется"],
 "uk": ["показує", "читає", "штовхає", "тримає", "допомагає", "годує", "плескає в долоні"],
 "el": ["δείχνει", "διαβάζει", "σπρώχνει", "κρατάει", "βοηθάει", "ταΐζει"],
 "tr": ["gösteriyor", "okuyor", "itiyor", "tutuyor", "yardım ediyor", "besliyor"],
 "id": ["menunjukkan", "membacakan", "mendorong", "memegang", "membantu", "menyuapi"],
 "vi": ["đọc", "đẩy", "giữ", "giúp", "đút"],
 "tl": ["nagpapakita", "nagbabasa", "nagtutulak", "humahawak", "tumutulong", "nagpapakain"],
 "ar": ["تراقبه", "يراقبه", "تراقبها", "تدفع", "يدفع", "تطعم", "يطعم", "تساعد", "يساعد"],
 "fa": ["پشت سرش", "هل می‌دهد", "غذا می‌دهد", "کمک می‌کند"],
 "he": ["מראה", "מקריא", "מקריאה", "דוחפת", "דוחף", "מאכילה", "מאכיל"],
 "hi": ["खिला", "धक्का", "पढ़कर सुना", "दिखा", "मदद"],
 "bn": ["ডাকছে", "ডাকছেন", "খাইয়ে", "ঠেলছে", "পড়ে শোনাচ্ছে"],
 "th": ["ช่วย", "ป้อน", "เข็น", "อ่านให้ฟัง"],
 "ja": ["読み聞かせ", "押して", "食べさせ", "手伝"],
 "zh": ["喂饭", "推着", "讲故事", "帮"],
 "ko": ["먹여", "밀어", "읽어", "도와"],
}
for lang, words in CARER.items():
    add("watch", lang, *words)
# 5. A parent in a possessive adjective (Czech, Russian, Ukrainian, Polish: na tátových ramenou, на папиных плечах, у маминих
#    руках) is someone's parent by its form, as session 20's oblique cases are: owned, and a parent beside a carrying place.
POSSESSIVE = {
 "cs": ["tátových", "tátově", "tátovo", "tátova", "tátovu", "tatínkových", "tatínkově", "maminčiných", "maminčin", "maminčinu", "mámových", "mámině", "mámin", "mámina", "babiččině", "babiččiných", "dědových", "dědově"],
 "ru": ["папиных", "папиной", "папином", "папины", "папину", "маминых", "маминой", "мамином", "мамины", "мамину", "бабушкиных", "бабушкиной", "бабушкином", "дедушкиных", "дедушкиной", "дедушкином"],
 "uk": ["татових", "татовій", "татовому", "маминих", "маминій", "маминому", "бабусиних", "бабусиній", "дідусевих", "дідусевій"],
 "pl": ["tatusiowych", "mamusinych"],
}
for lang, words in POSSESSIVE.items():
    add("owned", lang, *words)
    add("parent", lang, *words)
add("carry", "ko", "업혀", "등에 업혀", "업힌")
# 6. A grown-up's shoes right after a parent (mum's high heels, 엄마 구두를 신고, в маминых туфлях, dans les chaussures de maman):
#    a small child clomping in them, the scale of a small child as the knee and legs are (body kind).
SHOES = {
 "en": ["shoes", "high heels", "heels"], "de": ["schuhen", "schuhe", "stöckelschuhen"], "fr": ["chaussures", "talons"],
 "es": ["zapatos", "tacones"], "it": ["scarpe", "tacchi"], "pt": ["sapatos", "saltos"], "nl": ["schoenen", "hakken"],
 "sv": ["skor", "klackskor"], "pl": ["butach", "szpilkach"], "cs": ["botách", "lodičkách"], "ru": ["туфлях", "туфли", "ботинках"],
 "uk": ["туфлях", "черевиках"], "el": ["παπούτσια", "τακούνια"], "tr": ["ayakkabılarını", "topuklularını"], "id": ["sepatu"],
 "vi": ["giày"], "tl": ["sapatos"], "ar": ["حذاء"], "fa": ["کفش", "کفش‌های"], "he": ["הנעליים", "נעלי"], "hi": ["जूते", "सैंडल"],
 "bn": ["জুতো", "জুতা"], "ja": ["靴", "ハイヒール"], "zh": ["高跟鞋", "鞋子"], "ko": ["구두", "하이힐"], "th": ["รองเท้า"],
}
for lang, words in SHOES.items():
    add("body", lang, *words)
# 7. Holding a finger is also a row of its own (उँगली पकड़कर, a thing since session 18): the longest row wins, so the finger
#    right after a parent was read only as that thing; the same rows are body words too, so the parent is the subject's.
add("body", "hi", "उँगली पकड़कर", "उंगली पकड़कर")
# a teacher of the youngest holding the subject's hand (tenu par la main de la maîtresse)
add("thing", "fr", "par la main de la maîtresse", "par la main de la maitresse", "la main de la maîtresse")
# the bare words of this session's stems (section 1 ran before them)
for lang, words in S29.items():
    add("thing", lang, *[w[:-1] for w in words if w.endswith("*")])
# ---- Session 26 (i16-children30): childhood rites, settings and objects batch 30's paraphrased children were described by ----
# Each a thing (one hint; with a second, a parent's carer act or a prompt that names nobody, youth; an adult named keeps it
# hers). First words are rare words (no row starts with "the", "first", "on", "with"), so the trigger scan meets them seldom.
# Classes: visiting Father Christmas and writing to him, the Christkind, the Befana, the Three Kings or Sinterklaas (a child's
# letter, stocking or shoe); the first day at nursery or reception and the school bag bigger than the child; learning to ride
# with training wheels, a parent holding the saddle; a feeding chair and food all over the face; a bouncy castle; first
# communion; the afikoman found at the seder; children's Quran school (TPA, the iqro' primer); a sack race; St Martin's singing.
# Left out (adults' too): the first day at school itself (a teacher's first day too: 入学式の日の担任の先生 was read as a
# child, para23-fresh-adult-ja-003), a Koningsdag free market, party hats, a missing tooth, counting coins at a kiosk, Eid clothes,
# fireworks on a shoulder (the carrying rows read shoulders beside a parent), a first errand said as "alone for the first time".
S30 = {
 "en": ["santa's grotto", "father christmas's grotto", "santa's knee", "santa's lap", "father christmas's knee", "letter to santa", "letter to father christmas",
        "wonky crayon", "mittens on a string", "book bag bigger than", "school bag bigger than", "backpack bigger than", "bouncy castle", "bouncy house",
        "sack race", "first holy communion", "afikoman", "sunday school", "reception class"],
 "de": ["wunschzettel*", "christkind", "ans christkind", "stützrad*", "kindergartentag*", "kindergartenrucksack*", "hüpfburg*", "sackhüpfen",
        "erstkommunion*", "kommunionkleid*", "martinssingen", "sankt-martins-singen", "sankt martins singen", "martinslied*", "laternelaufen", "martinsumzug*"],
 "fr": ["lettre au père noël", "genoux du père noël", "petites roues", "première rentrée", "rentrée en maternelle", "cartable trop grand", "château gonflable",
        "course en sac", "première communion", "chasse aux œufs", "chasse aux oeufs"],
 "es": ["carta a los reyes", "carta a los reyes magos", "zapatos en la ventana", "rueditas", "ruedines", "primer día de kínder", "primer día de guardería",
        "castillo hinchable", "brincolín", "carrera de sacos", "primera comunión", "piñata"],
 "it": ["letterina", "letterina a babbo natale", "calza della befana", "calza appesa al camino", "rotelle", "rotelline", "primo giorno d'asilo",
        "grembiulino", "grembiule con il fiocco", "grembiule blu con il fiocco", "prima campanella", "gonfiabili", "corsa nei sacchi", "prima comunione"],
 "pt": ["cartinha para o papai noel", "rodinhas", "primeiro dia de creche", "primeiro dia na creche", "pula-pula", "pula pula",
        "corrida de saco", "primeira comunhão"],
 "nl": ["schoen zetten", "zet zijn schoen", "zet haar schoen", "wortel voor het paard", "zijwieltjes", "springkussen*", "zaklopen",
        "eerste communie", "verlanglijstje voor sinterklaas"],
 "pl": ["list do świętego mikołaja", "list do mikołaja", "bocznymi kółkami", "boczne kółka", "dzień w przedszkolu", "dmuchany zamek", "dmuchanym zamku",
        "wyścig w workach", "pierwsza komunia", "pierwszej komunii", "komunijn*"],
 "cs": ["dopis ježíškovi", "přídavná kolečka", "přídavnými kolečky", "den ve školce", "skákací hrad", "běh v pytli", "první svaté přijímání"],
 "sv": ["önskelista till tomten", "stödhjul", "första dagen på förskolan", "inskolning*", "hoppborg*", "säckhoppning", "matstolen", "gröt i hela ansiktet"],
 "ru": ["письмо деду морозу", "письмо деду морозу", "дополнительными колёсами", "дополнительными колесами", "боковыми колёсиками", "двухколёсном велосипеде",
        "двухколесном велосипеде", "первый раз в первый класс", "первый день в садике", "батут*", "бег в мешках", "утренник*"],
 "uk": ["лист до святого миколая", "листа святому миколаю", "додатковими колесами", "додатковими колесиками", "перший раз у перший клас", "перший день у садочку",
        "бігу в мішках", "ранок у садочку"],
 "tr": ["yardımcı tekerlekli", "yardımcı tekerlekle", "anaokulunun ilk günü", "şişme oyun parkı", "çuval yarışı"],
 "el": ["γράμμα στον άγιο βασίλη", "βοηθητικές ρόδες", "βοηθητικά ροδάκια", "μέρα στο νηπιαγωγείο", "φουσκωτό κάστρο", "τρέξιμο με σακιά"],
 "he": ["גלגלי עזר", "יום ראשון בגן", "כיסא האכלה", "בכיסא האכלה", "דייסה על כל הפנים", "מתנפח", "האפיקומן", "אפיקומן", "מרוץ שקים"],
 "ar": ["عجلات مساعدة", "بعجلات مساعدة", "عجلات جانبية", "بعجلات جانبية", "أول يوم في الروضة", "اول يوم في الروضة", "حقيبة أكبر منه", "حقيبة أكبر منها",
        "قلعة نطاطة", "النطاطة", "سباق الأكياس", "بالونًا على شكل دبّ", "بالونا على شكل دب"],
 "fa": ["چرخ کمکی", "چرخ‌های کمکی", "روز اول مهد کودک", "قلعه بادی", "مسابقه گونی"],
 "hi": ["अपने से बड़ा बस्ता", "बस्ता अपने से बड़ा", "सपोर्ट व्हील", "बाउंसी कैसल", "बोरा दौड़"],
 "bn": ["সাপোর্ট চাকা", "বস্তা দৌড়"],
 "th": ["ล้อเสริม", "ล้อช่วย", "วันแรกของการไปโรงเรียน", "บ้านลม", "เก้าอี้ทานข้าวทรงสูง", "เก้าอี้กินข้าวเด็ก", "เลอะเต็มหน้า", "วิ่งกระสอบ"],
 "vi": ["bánh phụ", "ngày đầu đi mẫu giáo", "ngày đầu đi nhà trẻ", "nhà hơi", "nhảy bao bố"],
 "id": ["roda bantu", "masuk tk", "istana balon", "balap karung", "lomba balap karung", "mengaji di tpa", "buku iqro", "buku iqro'", "iqro'", "iqra'", "ustazah tersenyum"],
 "tl": ["unang araw sa kinder", "sako race", "unang komunyon"],
 "ja": ["補助輪付き", "サンタさんへの手紙", "ふわふわ遊具", "エアー遊具"],
 "zh": ["幼儿园第一天", "辅助轮", "给圣诞老人的信", "充气城堡", "麻袋跳"],
 "ko": ["유치원 첫날", "보조바퀴", "산타 할아버지께 편지", "에어바운스", "자루 달리기"],
}
# carer acts of a parent in a later clause that the watch rows lacked: turning off the light at bedtime, photographing
add("watch", "it", "spegne la luce", "che spegne la luce")
add("watch", "uk", "фотографує", "знімає на телефон")
for lang, words in S30.items():
    add("thing", lang, *words)
    add("thing", lang, *[w[:-1] for w in words if w.endswith("*")])
# Persian rows are written with the zero-width non-joiner (کفش‌های); a prompt's words are split at it, so each such row of
# any session is also kept with a space in its place.
for _kind, _lang, _t in list(R):
    if _lang == "fa" and "\u200c" in _t:
        add(_kind, _lang, _t.replace("\u200c", " "))

# ---- Session 27 (i16-tot31): a parent's possessive adjective in every case and gender (мамины ноги, мамині ноги, máminy nohy,
# за маминой спиной): the parent is someone the subject has, so it is a parent word owned by its form. Written as the East
# Slavic and Czech possessive adjective paradigms (stem + the ending of each case, gender and number) from the grammars of the
# languages, for the parent stems the tables already read in their other forms.
POSSESSIVE_STEMS = {
    "ru": ["мамин", "папин", "бабушкин", "дедушкин", "мамочкин"],
    "uk": ["мамин", "татов", "бабусин", "дідусев", "матусин"],
    "cs": ["mámin", "maminčin", "tátov", "babiččin", "dědečkov", "mamin"],
}
POSSESSIVE_ENDINGS = {
    "ru": ["", "а", "о", "ы", "у", "ой", "ых", "ым", "ыми", "ом", "ого", "ому"],
    "uk": ["", "а", "е", "і", "у", "ої", "их", "им", "ими", "ому", "ого", "ій"],
    "cs": ["", "a", "o", "y", "u", "ou", "ých", "ým", "ými", "ě", "ého", "ému", "ém", "i"],
}
for _lang, _stems in POSSESSIVE_STEMS.items():
    for _stem in _stems:
        _forms = [_stem + e for e in POSSESSIVE_ENDINGS[_lang]]
        add("parent", _lang, *_forms)
        add("owned", _lang, *_forms)

# Session 27 (i16-tot31): the English and Dutch possessive 's of every one-word parent row of those languages that no row lists
# in that form (mama's, oma's, juf's): the parent of someone, owned by its form ("hides behind mama's legs", "komt tot mama's
# knie": the subject measured against her mother's body). Written for the table, as the words are looked up whole.
_listed = {t for _k, _l, t in R}
for _k, _l, _t in list(R):
    if _k == "parent" and _l in ("en", "nl") and " " not in _t and "'" not in _t and not _t.endswith("s"):
        if _t + "'s" not in _listed:
            add("parent", _l, _t + "'s")
            add("owned", _l, _t + "'s")
            _listed.add(_t + "'s")

# Session 27 (i16-tot31): honest readings of two labelled children that had passed only through a youth false friend (Turkish
# bebek "baby" read in Indonesian, English tot in Vietnamese tốt). A bath toy of small children: the rubber duck (Indonesian
# "main bebek karet waktu mandi"). The Vietnamese passive markers được / bị before a parent or teacher make her the agent of what
# is done to the subject ("người được cô giáo dán hoa điểm tốt": someone given a good-mark flower by the teacher), someone the
# subject has, not the one described: read as a case form before a parent (definite).
add("thing","id","bebek karet","bebek mainan")
add("thing","en","rubber duck","rubber ducky","bath toys")
add("thing","de","quietscheente","badeente","quietscheentchen")
add("thing","nl","badeendje","rubberen eendje")
add("thing","fr","canard en plastique","petit canard de bain")
add("thing","es","patito de goma","patito de hule")
add("thing","it","paperella di gomma","paperella")
add("thing","pt","patinho de borracha")
add("thing","pl","gumowa kaczuszka","kaczuszka do kąpieli")
add("thing","cs","gumová kachnička")
add("thing","sv","badanka","gummianka")
add("thing","ru","резиновая уточка","резиновую уточку")
add("thing","uk","гумова качечка","гумову качечку")
add("thing","tr","lastik ördek","banyo ördeği")
add("thing","vi","vịt cao su")
add("definite","vi","được","bị")
# ---- Session 27 (i16-children31): a young child said by its milestones, rites, care and the things of its day ----
# Held-out batch 31's paraphrased children were read by nothing; a fresh set of 26 languages was written first
# (tools/children31/fresh.py). Each a thing (one hint; with a second, a parent's carer act or a prompt that names nobody,
# youth; an adult named keeps it hers). First words rare, so the trigger scan meets them seldom. Classes:
#  - characters of children's television and children's party mascots on a cake or at a party (Patati Patatá, Pocoyó,
#    T'choupi, Trotro, Blippi, Hey Duggee, a Jollibee party);
#  - children's festivals said by their date or walk (23 Nisan, the Dutch avondvierdaagse and its medal);
#  - training wheels and skating aids in the forms no row held (destek tekerlekli, a penguin skating aid, schaatshulp);
#  - a booster seat at a table (Sitzerhöhung, rehausseur, stoelverhoger, 補助椅子, 부스터 시트);
#  - a toy boat floated on water (a paper or bark boat, кораблик, barkbåt, 笹舟) and a nose pressed to a shop window;
#  - feeding from a bottle, learning to feed oneself, crawling, the Indian black dot against the evil eye and the waist
#    thread (काला टीका, ঘুনসি), the bunny-ears lace trick, pretend cooking and a dolls' wedding (রান্নাবাটি, পুতুলের বিয়ে).
# Left out for adults' senses: soap bubbles, pompom hats, rubber boots, party hats, birthday candles, a plain mascot, a plain
# medal, a bare apron or stool, Eid or Nowruz money alone, crawling of the Latin-script languages (on all fours is a pose),
# Han and Hangul "hand" (手机, 손님), a bare Arabic or Hebrew bottle or nursing word (breastfeeding; wine), Tagalog dede (also
# slang for breasts), an oversized apron, anklets with bells (dancers wear them), and English and Swedish "hand" (a parent who
# hand-knits heads her prompt and is the one described).
S31 = {
 "en": ["blippi", "hey duggee", "booster seat", "booster cushion", "paper boat", "bark boat", "bunny ears trick", "bunny ears method", "nose pressed against the window",
        "nose pressed to the window", "nose pressed against the shop window", "sippy cup", "skating aid", "skate aid"],
 "de": ["sitzerhöhung*", "papierschiffchen", "papierboot*", "rindenboot*", "rindenschiffchen", "hasenohren trick", "hasenohren methode", "hasenohrentrick",
        "nase an die scheibe", "nase an der scheibe", "nase an die schaufensterscheibe", "eislaufhilfe*", "laufhilfe pinguin", "schnabeltasse*"],
 "fr": ["t'choupi", "tchoupi", "trotro", "petit ours brun", "rehausseur", "réhausseur", "bateau en papier", "bateau d'écorce", "bateau en écorce",
        "nez collé à la vitrine", "nez collé contre la vitrine", "nez contre la vitrine", "oreilles de lapin pour ses lacets", "aide au patinage"],
 "es": ["pocoyó", "pocoyo", "la vaca lola", "cantajuego*", "alzador", "elevador de silla", "barquito de papel", "barco de papel", "orejitas de conejo",
        "nariz pegada al escaparate", "nariz pegada al cristal", "andador de patinaje"],
 "it": ["pimpa", "masha e orso", "rialzo per la sedia", "seggiolino alzasedia", "alzasedia", "barchetta di carta", "barchetta di corteccia",
        "naso schiacciato contro la vetrina", "naso contro la vetrina", "naso incollato alla vetrina"],
 "pt": ["patati patatá", "patati patata", "mundo bita", "palavra cantada", "cadeirinha de elevação", "assento elevatório", "barquinho de papel", "barquinho",
        "nariz colado na vitrine", "nariz grudado na vitrine", "orelhas de coelho"],
 "nl": ["avondvierdaagse*", "vierdaagsemedaille*", "stoelverhoger*", "papieren bootje", "bootje van papier", "bootje van schors", "schorsbootje*",
        "neus tegen het raam", "neus tegen de etalage", "schaatshulp*", "konijnenoren"],
 "sv": ["babblarna", "bolibompa", "sittdyna", "barkbåt*", "pappersbåt*", "näsan mot skyltfönstret", "näsan mot rutan", "skridskohjälp*", "kaninöron"],
 "pl": ["pingwina do nauki jazdy", "pingwin do nauki jazdy", "pingwinem do nauki jazdy", "foka do nauki jazdy", "fokę do nauki jazdy", "podwyższenie na krzesło",
        "łódkę z kory", "łódka z kory", "stateczek z papieru", "papierowy stateczek", "papierową łódkę", "nos do szyby", "nosem do szyby", "szyby sklepu z zabawkami",
        "wystawę sklepu z zabawkami", "króliczych uszu"],
 "cs": ["lodičku z kůry", "lodička z kůry", "lodičky z kůry", "lodičku z papíru", "papírovou lodičku", "papírová lodička", "pouští lodičku", "pouští lodičky",
        "nos na výlohu", "nosem na výlohu", "nosem na sklo", "tučňák na bruslení", "tučňáka na bruslení"],
 "ru": ["пускает кораблик", "пускает кораблики", "бумажный кораблик", "бумажные кораблики", "кораблик из коры", "нос к витрине", "носом к витрине",
        "носом в витрину", "пингвин для катания", "пингвина для катания", "бутылочку с молоком", "из бутылочки", "сосёт бутылочку", "ползает по ковру"],
 "uk": ["пускає кораблик", "пускає кораблики", "паперовий кораблик", "паперові кораблики", "носом до вітрини", "ніс до вітрини", "пінгвін для катання",
        "пінгвіна для катання", "смокче пляшечку", "з пляшечки", "пляшечку з молоком", "повзає по килиму"],
 "tr": ["23 nisan", "destek tekerlekli", "destek tekerleği", "destek tekerlekleri", "destek tekerlekleriyle", "kağıttan gemi", "kağıttan kayık", "kağıt gemi",
        "burnunu vitrine", "burnunu cama", "emekliyor", "emekleyerek", "biberonla", "biberonunu", "mama sandalyesiyle"],
 "el": ["χάρτινο καραβάκι", "χάρτινα καραβάκια", "καραβάκι από φλούδα", "τη μύτη κολλημένη στη βιτρίνα", "μύτη στη βιτρίνα", "μπιμπερό", "μπουσουλάει", "μπουσουλώντας"],
 "he": ["סירת נייר", "סירות נייר", "סירה מנייר", "האף צמוד לחלון הראווה", "אף צמוד לחלון", "בקבוק חלב", "זוחל על השטיח", "זוחלת על השטיח", "מושב הגבהה"],
 "ar": ["حذاء يضيء", "بحذاء يضيء", "حذاء يضيء مع كل خطوة", "أحذية تضيء", "حذاؤه المضيء", "قارب ورقي", "قارب من الورق", "سفينة ورقية", "أنفه على زجاج", "أنفها على زجاج",
        "يحبو", "تحبو", "يحبو على", "تحبو على", "كرسي مرتفع"],
 "fa": ["شیشه‌شیر", "شیشه شیر", "قایق کاغذی", "کشتی کاغذی", "دماغش را به شیشه", "چهار دست و پا می‌رود", "چهاردست‌وپا راه می‌رود",
        "صندلی بلند غذا", "سرسره بادی"],
 "hi": ["काला टीका", "नज़र का काला टीका", "नजर का काला टीका", "घुटनों के बल रेंग", "घुटनों के बल चल", "घुटनों के बल रेंगते", "घुटनों के बल चलते",
        "गुड्डे गुड़िया की शादी", "गुड्डे-गुड़िया की शादी", "गुड़िया की शादी", "घर घर खेल", "दूध की बोतल", "बोतल से दूध"],
 "bn": ["রান্নাবাটি", "পুতুলের বিয়ে", "পুতুল বিয়ে", "হামাগুড়ি", "ঘুনসি", "কাজলের টিপ", "নজর টিপ", "ফিডার", "ফিডারে", "ফিডারের"],
 "th": ["ดูดขวดนม", "ขวดนม", "คลานต้วมเตี้ยม", "หัดคลาน", "เรือกระดาษ", "เก้าอี้เสริม"],
 "vi": ["bú bình", "bình sữa", "tập xúc", "tập ăn dặm", "bò lổm ngổm", "tập bò", "thuyền giấy", "ghế ăn dặm"],
 "id": ["botol dot", "ngedot", "belajar merangkak", "merangkak di lantai", "perahu kertas", "kursi tambahan", "belajar menyuap", "belajar makan sendiri"],
 "tl": ["jollibee party", "jollibee themed", "tema ng jollibee", "kiddie party", "bangkang papel", "sa bote ng gatas",
        "gumagapang sa sahig", "natututong gumapang"],
 "ja": ["補助椅子", "キッズチェア", "子ども椅子", "お子様ランチ", "笹舟", "紙の船", "ハイハイ"],
 "zh": ["宝宝椅", "儿童餐椅", "纸船", "叠纸船", "学爬", "在地上爬来爬去", "吸奶瓶", "用奶瓶"],
 "ko": ["부스터 시트", "부스터시트", "종이배", "기어다니", "기어 다니", "배밀이", "젖병", "유아 의자"],
}
for lang, words in S31.items():
    add("thing", lang, *words)
    add("thing", lang, *[w[:-1] for w in words if w.endswith("*")])
# A parent's hand beside her (an Papas Hand, holding mum's hand, la main de sa mère, دست پدربزرگ را گرفته, माँ का हाथ पकड़े): a
# small child led by the hand, the parent hers (session 23's body kind: right after a parent or before one across a genitive
# linker). Not Han, Hangul or Thai (手机, 손님, มือถือ: read inside a clause), not Dutch and German (a care row since session 18).
HAND = {
 "fr": ["main"], "es": ["mano"], "it": ["mano"], "pt": ["mão"], "pl": ["rękę", "ręki", "rączkę"],
 "cs": ["ruku", "ruky", "ručičku"], "ru": ["руку", "руки", "ручку"], "uk": ["руку", "руки", "ручку"], "el": ["χέρι"], "tr": ["elini", "elinden"],
 "id": ["tangan"], "tl": ["kamay"], "vi": ["tay"], "ar": ["يد", "بيد"], "fa": ["دست"], "he": ["יד", "היד"], "hi": ["हाथ"], "bn": ["হাত"],
}
for lang, words in HAND.items():
    add("body", lang, *words)
# Carer and onlooker acts of a parent heading a later clause the watch rows lacked: prompting, spotting, minding from the bank,
# pulling by the sleeve, laughing out (…, мама терпляче підказує; …, tata asekuruje; …, maminka hlídá z břehu; …, bố mẹ bật cười).
WATCH31 = {
 "en": ["spots", "spotting", "keeps an eye", "tugs at", "pulls at her sleeve", "pulls at his sleeve", "prompts"],
 "de": ["passt auf", "zieht am ärmel", "sichert", "sagt vor"], "fr": ["surveille", "tire par la manche"], "es": ["vigila", "tira de la manga"],
 "it": ["sorveglia", "tira per la manica", "suggerisce"], "pt": ["vigia", "puxa pela manga"], "nl": ["let op", "langs de kant", "trekt aan de mouw"],
 "sv": ["vaktar", "passar", "drar i ärmen"], "pl": ["asekuruje", "pilnuje", "ciągnie za rękaw", "podpowiada"], "cs": ["hlídá", "tahá za rukáv", "napovídá"],
 "ru": ["подсказывает", "страхует", "присматривает", "тянет за рукав"], "uk": ["підказує", "страхує", "наглядає", "тягне за рукав"],
 "el": ["προσέχει", "τραβάει από το μανίκι"], "tr": ["kolluyor", "kolundan çekiyor"], "id": ["menjaga", "menarik lengan baju"], "tl": ["nagbabantay"],
 "vi": ["bật cười", "trông chừng"], "he": ["שומרת", "שומר"], "ar": ["تحرسه", "يحرسه"],
}
for lang, words in WATCH31.items():
    add("watch", lang, *words)
# the parents of a school class (Turkish veliler: the pupils' parents watching a school show)
add("parent", "tr", "veliler")
for _kind, _lang, _t in list(R):
    if _lang == "fa" and "\u200c" in _t:
        add(_kind, _lang, _t.replace("\u200c", " "))
# Turkish grandparents with a possessive and a case ending (babaanne-si-nin köyünde, anneanne-si-ne): owned by their form
# as annesinin and dedesinin were (the parent rows of session 16 held them, the owned rows did not).
add("owned", "tr", "babaannesinin", "anneannesinin", "babaannesine", "anneannesine", "babaannesiyle", "anneannesiyle", "babaannesinde",
    "anneannesinde", "babaannesini", "anneannesini", "dedesini", "annesini", "babasını", "ninesini", "annesinde", "babasında", "dedesinde")
# Persian bare parents and grandparents (the session 21 rows had only the -ش forms and مامان, بابا): deeper than the clause's
# second word they are someone's (دست پدربزرگ را گرفته, کنار مادربزرگ, از مادربزرگ می‌گیرد), heading it the one described.
add("parent", "fa", "پدربزرگ", "مادربزرگ", "مادر", "پدر", "مامان‌بزرگ", "مامان بزرگ", "بابابزرگ", "بابا بزرگ")
# Persian reach verbs beside a stool (روی چهارپایه رفته تا به میز برسد): a boost with a reach word is a small child's reach
add("reach-to", "fa", "برسد", "برسه", "دستش برسد", "دستش برسه", "دستش نمی‌رسد", "دستش نمی رسد")
# prepositions right before a parent, as session 20's von Papa and bij papa (the parent is in an oblique phrase, so the
# subject's): Persian کنار مادربزرگ (beside), از مادربزرگ (from), پیش مادربزرگ (at), همراه پدر (along with); beside of others
add("definite", "fa", "کنار", "از", "پیش", "همراه", "نزد")
add("definite", "de", "neben")
add("definite", "nl", "naast")
add("definite", "sv", "bredvid")
add("definite", "pl", "obok")
add("definite", "cs", "vedle")

# ---- Session 27 (lead, held-out batch 32's "דיוקן בשחור-לבן של סבתא בת שבעים …, עירומה"): a picture noun before a parent
# (portrait, photo, painting, drawing, sketch, study, statue, nude study), across "of" and an article: "retrato de la abuela",
# "Porträt der Oma", "portret van oma", "דיוקן של אמא" is a picture OF the grandmother, who is the one shown; a parent deeper
# than the clause's second word was read as the subject's, so an adult nude of a grandmother blocked as a child's.
PICTURE27 = {
    "en": ["portrait", "photo", "photograph", "picture", "painting", "drawing", "sketch", "study", "statue", "bust", "nude study"],
    "de": ["porträt", "portrait", "foto", "bild", "gemälde", "zeichnung", "skizze", "studie", "aktstudie", "statue", "büste"],
    "fr": ["portrait", "photo", "photographie", "tableau", "peinture", "dessin", "croquis", "étude", "statue", "buste"],
    "es": ["retrato", "foto", "fotografía", "cuadro", "pintura", "dibujo", "boceto", "estudio", "estatua", "busto"],
    "it": ["ritratto", "foto", "fotografia", "quadro", "dipinto", "disegno", "schizzo", "studio", "statua", "busto"],
    "pt": ["retrato", "foto", "fotografia", "quadro", "pintura", "desenho", "esboço", "estudo", "estátua", "busto"],
    "nl": ["portret", "foto", "schilderij", "tekening", "schets", "studie", "standbeeld", "buste"],
    "sv": ["porträtt", "foto", "fotografi", "målning", "teckning", "skiss", "studie", "staty", "byst"],
    "pl": ["portret", "zdjęcie", "fotografia", "obraz", "rysunek", "szkic", "studium", "posąg", "popiersie"],
    "cs": ["portrét", "fotka", "fotografie", "obraz", "kresba", "skica", "studie", "socha", "busta"],
    "ru": ["портрет", "фото", "фотография", "картина", "рисунок", "набросок", "этюд", "статуя", "бюст"],
    "uk": ["портрет", "фото", "фотографія", "картина", "малюнок", "начерк", "етюд", "статуя", "бюст"],
    "el": ["πορτρέτο", "φωτογραφία", "πίνακας", "σχέδιο", "σκίτσο", "μελέτη", "άγαλμα", "προτομή"],
    "tr": ["portre", "fotoğraf", "resim", "tablo", "çizim", "eskiz", "heykel", "büst"],
    "he": ["דיוקן", "תמונה", "צילום", "ציור", "רישום", "סקיצה", "פסל"],
    "ar": ["بورتريه", "صورة", "لوحة", "رسم", "رسمة", "تمثال"],
    "fa": ["پرتره", "عکس", "تصویر", "نقاشی", "طراحی", "مجسمه"],
    "hi": ["पोर्ट्रेट", "तस्वीर", "फोटो", "चित्र", "पेंटिंग", "मूर्ति"],
    "bn": ["প্রতিকৃতি", "ছবি", "পোর্ট্রেট", "চিত্র", "ভাস্কর্য"],
    "id": ["potret", "foto", "lukisan", "gambar", "sketsa", "patung"],
    "tl": ["larawan", "litrato", "pinta", "rebulto"],  # not guhit: also a line, a height mark (guhit ni tatay)
    "vi": ["chân dung", "ảnh", "bức ảnh", "tranh", "bức tranh", "bức vẽ", "tượng"],
}
for lang, words in PICTURE27.items():
    add("picture", lang, *words)

# ---- Session 28 (i16-children32): a young child said by a festival role, a kindergarten teacher's act, a measure at a ride ----
# Held-out batch 32's paraphrased children (spent; tools/children32/fresh.py written first, 26 languages). Classes:
#  - a thing a child is measured against at a ride or a stall: the height bar ("you must be this tall", meetlat, toise,
#    ростомер, 身高线): a hint (a clinic measures adults too: one alone is nothing);
#  - what a small child draws or paints with: wax crayons and finger paints (Wachsmalstifte, voskovky, মোমরঙ, 蜡笔, 크레파스);
#  - a toddler's garment or a pupil's road-safety cap: split-crotch trousers (开裆裤), the yellow cap of a line of small
#    pupils (小黄帽, 黄色い帽子), a smock with animals (ποδίτσα);
#  - the stamp or sticker a kindergarten teacher gives, and the exercise books of the first letters (zeszyt do literek);
#  - children's festival roles: a poem recited to the gift-bringer (básničku Mikulášovi, wierszyk Mikołajowi, стишок Деду
#    Морозу), the kindergarten's costume ball or Lucia procession (przedszkolny bal, förskolans luciatåg), the money a child is
#    given by relatives at a feast (lì xì, عيدية, عیدی, THR dari om dan tante);
#  - riding on a parent's neck (Thai นั่งบนคอพ่อ), holding on to a parent's sleeve or skirt (body rows beside a parent).
# Left out for adults' senses: a carousel, a balloon, a festival alone, braids and ribbons, a pencil case alone, Eid money
# alone, a costume alone.
S32 = {
 "en": ["height requirement sign", "wax crayons", "fingerpaints", "fingerpainting", "smiley stamp", "nativity play", "school nativity"],
 "de": ["mindestgröße", "messlatte am karussell", "wachsmalstifte", "wachsmalstiften", "wachsmalkreiden", "fingerfarben",
        "smiley stempel", "stempel mit smiley", "krippenspiel", "kita fasching", "kitafasching", "laternenumzug"],
 "fr": ["toise du manège", "taille minimum", "crayons de cire", "crayons à la cire", "tampon smiley",
        "carnaval de l'école", "carnaval de la maternelle", "spectacle de fin d'année de la maternelle"],
 "es": ["medidor de altura", "altura mínima", "ceras de colores", "ceras blandas", "pintura de dedos", "sello de carita",
        "función de navidad del cole", "festival del cole", "noche de reyes"],
 "it": ["misuratore di altezza", "altezza minima", "pastelli a cera", "colori a dita", "timbrino", "recita di fine anno", "recita di natale",
        "carnevale dell'asilo"],
 "pt": ["régua de altura", "altura mínima", "giz de cera", "pintura a dedo", "carimbo de carinha", "festa junina da escola",
        "festa da creche"],
 "nl": ["meetlat", "minimale lengte", "waskrijt", "vingerverf", "stempel met smiley", "kerstmusical van school", "intocht van sinterklaas"],
 "pl": ["miarka wzrostu", "miarki wzrostu", "kredki świecowe", "kredkami świecowymi", "farby do malowania palcami", "pieczątkę z buźką",
        "pieczątka z buźką", "uśmiechniętą buźką", "zeszycie do literek", "zeszyt do literek", "przedszkolnym balu", "bal przedszkolny",
        "balu przebierańców w przedszkolu", "jasełka", "jasełkach", "wierszyk mikołajowi", "wierszyk dla mikołaja"],
 "cs": ["měřítko výšky", "voskovky", "voskovkami", "prstové barvy", "razítko se smajlíkem", "sešit na písmenka", "karneval ve školce",
        "básničku mikulášovi", "básničku mikuláši", "mikulášskou nadílku", "mikulášská nadílka", "balíček od mikuláše"],
 "sv": ["längdmåttet", "mätstocken", "minimilängd", "vaxkritor", "kritteckning", "fingerfärg", "förskolans luciafirande", "luciatåget på förskolan",
        "luciatåg på förskolan", "utklädd till pepparkaksgubbe", "utklädd till tomtenisse"],
 "ru": ["ростомер у аттракциона", "восковые мелки", "восковыми мелками", "пальчиковые краски", "пальчиковыми красками", "стишок деду морозу",
        "рассказывает стишок", "утренник", "утреннике", "утренника"],
 "uk": ["ростомір", "воскові олівці", "восковими олівцями", "пальчикові фарби", "розповідає віршик", "віршик миколаю", "ранок у садочку",
        "ранку в садочку"],
 "tr": ["boy sınırı", "pastel boya", "parmak boya", "aferin yıldızı", "aferin damgası", "bayram harçlığı", "harçlık topluyor"],
 "el": ["μετρητή ύψους", "κηρομπογιές", "δακτυλομπογιές", "ποδίτσα με ζωάκια", "ποδίτσα", "λέει τα κάλαντα", "κάλαντα με το τριγωνάκι",
        "γιορτή του νηπιαγωγείου"],
 "he": ["סרגל הגובה", "סרגל גובה", "צבעי פנדה", "צבעי אצבעות", "משלוח מנות", "מסיבת פורים בגן", "מסיבת חנוכה בגן", "בפורים בגן"],
 "ar": ["مقياس الطول", "أقلام التلوين", "بأقلام التلوين", "ألوان الشمع", "بألوان الشمع", "ألوان الأصابع", "عجلات التدريب", "بعجلات التدريب",
        "العيدية", "عيدية", "رسمته على الثلاجة", "رسمتها على الثلاجة"],
 "fa": ["خط‌کش قد", "مداد شمعی", "مدادشمعی", "رنگ انگشتی", "عیدی نوروز", "عیدی را از"],
 "hi": ["क्रेयॉन", "क्रेयॉन्स", "मोम के रंग", "फिंगर पेंट", "स्माइली वाला स्टार", "कान्हा बनकर", "छोटा कान्हा"],
 "bn": ["মোমরঙ", "মোমরঙে", "মোমরঙের", "ক্রেয়ন", "আঙুলের রং"],
 "th": ["ที่วัดส่วนสูง", "สีเทียน", "สีนิ้ว", "นั่งบนคอพ่อ", "นั่งบนคอแม่", "ขี่คอพ่อ", "ขี่คอแม่", "ลูกโป่งรูปการ์ตูน", "วันเด็ก"],
 "vi": ["thước đo chiều cao", "bút sáp", "bút sáp màu", "màu vẽ ngón tay", "lì xì", "nhận lì xì", "đồ hóa trang trung thu"],
 "id": ["pengukur tinggi badan", "krayon", "cat jari", "uang thr dari", "thr dari om", "thr dari tante", "angpao dari", "salam tempel",
        "pipi belepotan", "kotak pensil bergambar"],
 "tl": ["panukat ng taas", "krayola", "crayons", "pintura sa daliri", "pamasko mula kay ninang", "pamasko mula kay ninong"],
 "ja": ["身長制限", "クレヨン", "フィンガーペイント", "黄色い帽子", "黄色い帽子をかぶって", "お遊戯会", "運動会のはちまき"],
 "zh": ["身高线", "身高限制", "蜡笔", "蠟筆", "手指画", "开裆裤", "開襠褲", "小黄帽", "黄色小帽子", "小红花", "文具盒上印着"],
 "ko": ["키 제한", "크레파스", "크레용", "핑거페인트", "재롱잔치", "노란 모자", "칭찬 도장"],
}
for lang, words in S32.items():
    add("thing", lang, *words)
# A parent's sleeve, skirt or coat held (clutching mum's sleeve, am Rock der Mama, за мамин рукав, 엄마 치맛자락): the body kind
# of session 23 (right after a parent or before one across a genitive linker): the subject is small, the parent hers.
SLEEVE32 = {
 "en": ["sleeve", "skirt", "coat tail", "hem"], "de": ["ärmel", "rock", "rockzipfel"], "fr": ["manche", "jupe"], "es": ["manga", "falda"],
 "it": ["manica", "gonna"], "pt": ["manga", "saia"], "nl": ["mouw", "rok"], "pl": ["rękaw", "rękawa", "spódnicę", "spódnicy"],
 "cs": ["rukáv", "rukávu", "sukni", "sukně"], "sv": ["ärmen", "kjolen"], "ru": ["рукав", "юбку"], "uk": ["рукав", "спідницю"],
 "el": ["μανίκι", "φούστα"], "tr": ["eteğini", "eteğine"], "he": ["שרוול", "החצאית"], "fa": ["آستین", "دامن"], "hi": ["आँचल", "पल्लू"],
 "bn": ["আঁচল"], "id": ["ujung baju"], "vi": ["vạt áo"],
}
for lang, words in SLEEVE32.items():
    add("body", lang, *words)
# A kindergarten or class teacher named as the subject's carer (the words in a pupil's mouth: pani, fröken, η κυρία του, juf):
# parent rows with their determiners or possessives, so the carer is no adult marker of the one she cares for; and the acts a
# carer does ON a small child heading a later clause (fixes the antennae, adjusts the cap, leads the line: watch kind).
add("parent", "pl", "pani przedszkolanka", "od pani", "pani z przedszkola")
add("owned", "pl", "od pani")
# (no row holds the pronoun after the carer or her verb: "κυρία του", "поправляет ей" would take the pronoun that says she does it for another)
add("parent", "el", "κυρία")
add("parent", "he", "הגננת", "שהגננת", "והגננת")
add("parent", "th", "ครูอนุบาล", "คุณครูอนุบาล")
add("parent", "zh", "幼儿园老师", "幼兒園老師")
add("parent", "ko", "유치원 선생님")
add("parent", "vi", "cô giáo mầm non")
add("parent", "id", "bu guru tk", "guru tk")
add("parent", "ar", "والأب", "والأم", "والجدة", "والجد", "معلمة الروضة", "المعلمة في الروضة")
add("parent", "id", "dari om dan tante", "dari om", "dari tante", "dari paman", "dari bibi", "dari kakek", "dari nenek")
add("owned", "id", "dari om dan tante", "dari om", "dari tante", "dari paman", "dari bibi", "dari kakek", "dari nenek")
WATCH32 = {
 "en": ["fixes", "adjusts", "straightens", "pins on", "leads the line"], "de": ["richtet", "rückt zurecht", "klebt"],
 "fr": ["ajuste", "arrange", "redresse"], "es": ["arregla", "ajusta"], "it": ["sistema"],
 "pt": ["arruma", "ajeita"], "nl": ["plakt", "fatsoeneert", "zet recht"], "pl": ["poprawia", "przypina", "wkleja"],
 "cs": ["upravuje", "narovnává"], "sv": ["rättar till", "knyter till", "fäster"],
 "ru": ["поправляет"], "uk": ["поправляє", "тримає мішок"], "el": ["φτιάχνει"],
 "tr": ["düzeltiyor", "yapıştırıyor"], "he": ["מתקנת", "מסדרת"], "ar": ["يمسكها", "يمسكه", "تصفق له", "تصفق لها", "تلصق"],
 "id": ["membetulkan", "merapikan"], "vi": ["sửa lại", "chỉnh lại"], "zh": ["带队", "领着", "在前面带队", "追着喂"],
}
for lang, words in WATCH32.items():
    add("watch", lang, *words)
# reaching with difficulty (når knappt upp till disken, barely reaches the counter): a negation of reach, as "can't reach"
add("negation", "en", "barely", "can barely", "only just")
add("negation", "sv", "knappt", "når knappt")
add("negation", "nl", "net niet", "kan er net niet bij")
add("negation", "de", "kaum", "kommt kaum")
add("reach", "sv", "upp till disken", "disken")
add("reach-to", "nl", "meetlat")
add("boost", "nl", "op zijn tenen", "op haar tenen", "op de tenen", "tenen")
# the gift-bringer in the cases a poem is said to him (Mikulášovi, Mikołajowi, Миколаю): the ritual is the poem
add("bringer", "cs", "mikulášovi", "mikuláši")
add("bringer", "uk", "миколаю")
add("ritual", "cs", "básničku", "básničky", "odříkává")
add("ritual", "pl", "wierszyk", "mówi wierszyk")
add("ritual", "ru", "стишок", "рассказывает стишок")
add("ritual", "uk", "віршик", "розповідає віршик")
add("ritual", "de", "gedicht auf", "sagt ein gedicht auf")
# A carousel ride (the merry-go-round with its wooden horses): a hint; with a parent filming or waving from outside (watch),
# youth. Not English "carousel" (an image carousel), Italian bare "giostra" or French bare "manège" (a riding school), nor a
# big wheel or a chain carousel (adults ride them).
CAROUSEL32 = {
 "en": ["merry go round"], "de": ["pferdekarussell", "kinderkarussell"], "fr": ["manège de chevaux de bois", "chevaux de bois"],
 "es": ["tiovivo", "carrusel de caballitos"], "it": ["giostra dei cavalli", "giostra dei cavallini", "giostrina"], "pt": ["carrossel de cavalinhos"],
 "nl": ["draaimolen"], "pl": ["karuzeli z konikami", "karuzela z konikami"], "cs": ["kolotoč s koníky", "kolotoči s koníky"],
 "sv": ["karusellen med hästar"], "ru": ["карусели с лошадками", "карусель с лошадками", "катается на каруселі", "каруселі з конячками"],
 "uk": ["каруселі з конячками"], "tr": ["atlıkarınca", "atlıkarıncaya", "atlıkarıncada"], "el": ["καρουζέλ με αλογάκια"],
 "he": ["קרוסלת סוסים"], "th": ["ม้าหมุน"], "vi": ["ngựa gỗ xoay", "đu quay ngựa gỗ"], "id": ["komidi putar"],
 "ja": ["メリーゴーランド", "メリーゴーラウンド"], "zh": ["旋转木马", "旋轉木馬"], "ko": ["회전목마"],
}
for lang, words in CAROUSEL32.items():
    add("thing", lang, *words)

# ---- Session 29 (i16-children33): a small child said by how it is carried, pushed and rocked, its first steps and letters ----
# Held-out batch 33's paraphrased children (spent; tools/children33/fresh.py written first, 26 languages). Classes:
#  - a carer who pushes, rocks, swings or rolls the subject, heading a later clause (…, мама катит её; وأمه تدفعه; 妈妈推着):
#    the carer's act on the one described (watch kind, as the onlookers' acts of session 24): the carer is the subject's;
#  - a carrying place beside the carer: a sling or baby carrier, arms, an embrace, a Thai lap (carry kind: with a parent
#    within three words, a likely minor and the parent no adult marker: no sling da mãe, در آغوش مادر, บนตักยาย);
#  - what a baby lies, sits or learns to walk in: a pram, a cradle, a baby walker, a rattle, a piggy bank, a cot mobile in
#    the languages whose rows lacked them (thing kind: one hint; with a second or in a prompt that names nobody, youth);
#  - first steps, holding a parent's finger (body kind beside a parent: the scale of a small child);
#  - learning to write: the learning frame and the skills in the seven languages that had none (hi, bn, he, ar, fa, tl,
#    th), the first-grade exercise books and a slate with chalk (прописи, в косу лінійку, तख्ती, vở ô li, 田字格);
#  - a child's seasonal rites: carolling from house to house with a star (колядує, kolęduje), a Father's or Mother's Day
#    drawing (父の日の似顔絵), a school bus with a tiffin box or a bottle round the neck (টিফিনবক্স, স্কুলবাস);
#  - tiptoe at a kiosk or an ice-cream window (reach-to), a reach not made (Thai เอื้อมไม่ถึง), brushing teeth on a stool.
# A pram named bare is left out (a pram is pushed by an adult described: "een jonge moeder klapt de kinderwagen in, naakt",
# para23's adult look-alike); only the subject IN one is read (kočárku, wózku dziecięcym, детской коляске, bebek arabasında).
# Left out for adults' senses: a swing alone (adults swing), a lollipop or an ice lolly alone (adults eat them; a nameless
# nude prompt with one hint would be youth), a bare shopping trolley, a star or a pompom hat alone, Greek κούνια and Bengali
# দোলনা (a swing as much as a cradle), Indonesian ayunan (swing), English bare "rattle" (a verb), "oversized" (fashion).
_S33_START = len(R)
PUSH33 = {
 "en": ["pushes", "is pushing", "pushing", "rocks", "is rocking", "swings", "pushes her", "pushes him"],
 "de": ["schiebt", "schiebt ihn", "schiebt sie", "schaukelt", "wiegt", "stößt an", "schubst"],
 "fr": ["pousse", "la pousse", "le pousse", "berce", "la berce", "le berce"],
 "es": ["empuja", "la empuja", "lo empuja", "mece", "la mece", "lo mece", "columpia"],
 "it": ["spinge", "la spinge", "lo spinge", "culla", "dondola"],
 "pt": ["empurra", "embala", "balança"],
 "nl": ["duwt", "wiegt", "schommelt", "duwt hem", "duwt haar"],
 "pl": ["pcha", "popycha", "huśta", "kołysze", "buja"],
 "cs": ["tlačí", "veze", "houpe", "kolébá", "houpá"],
 "sv": ["skjuter", "knuffar", "gungar", "vaggar", "puttar"],
 "ru": ["катит", "везёт", "везет", "толкает", "качает", "укачивает", "катит её", "катит его"],
 "uk": ["котить", "везе", "штовхає", "гойдає", "колише", "розгойдує"],
 "tr": ["itiyor", "sallıyor", "arkadan itiyor"],
 "el": ["σπρώχνει", "κουνάει", "νανουρίζει"],
 "he": ["דוחף", "דוחפת", "מנדנד", "מנדנדת", "מערסל", "מערסלת"],
 "ar": ["تدفعه", "يدفعه", "تدفعها", "يدفعها", "تهزه", "يهزه", "تهزها", "يهزها", "تؤرجحه", "يؤرجحه"],
 "fa": ["هلش می‌دهد", "هل می‌دهد", "تکان می‌دهد", "تابش می‌دهد", "هلش میده"],
 "hi": ["धक्का दे रहे", "धक्का दे रही", "झुला रहे", "झुला रही", "झुलाती", "झुलाते"],
 "bn": ["ঠেলছে", "ঠেলে দিচ্ছে", "দোলাচ্ছে", "দোল দিচ্ছে"],
 "id": ["mendorong", "mendorongnya", "mengayun", "mengayunnya", "mengayunkan", "menimang"],
 "tl": ["tinutulak", "itinutulak", "hinehele", "idinuduyan"],
 "vi": ["đẩy", "đẩy xe", "đưa võng", "ru"],
 "th": ["เข็น", "ไกว", "ไกวเปล"],
 "ja": ["押している", "押してくれる", "揺らして"],
 "zh": ["推着", "在后面推", "摇着", "推着她", "推着他"],
 "ko": ["밀어주는", "밀어 주는", "밀어준다", "흔들어 주는"],
}
for lang, words in PUSH33.items():
    add("watch", lang, *words)
CARRY33 = {
 "en": ["sling", "baby carrier", "carrier", "arms"], "de": ["tragetuch", "babytrage", "trage", "armen", "arm"],
 "fr": ["écharpe de portage", "porte bébé", "bras"], "es": ["fular", "mochila portabebés", "portabebés", "brazos"],
 "it": ["fascia", "marsupio", "braccia", "braccio"], "pt": ["sling", "canguru", "marsúpio"],
 "nl": ["draagdoek", "draagzak", "armen"], "pl": ["chuście", "nosidełku", "ramionach", "rękach"],
 "cs": ["šátku", "nosítku", "náručí"], "sv": ["bärsele", "bärselen", "sjalen", "famnen", "famn"],
 "ru": ["слинге", "слинг", "кенгуру", "объятиях"], "uk": ["слінгу", "слінг", "кенгуру", "обіймах", "руках"],
 "tr": ["kanguruda", "kucağında", "kollarında"], "el": ["μάρσιπο", "αγκαλιά", "χέρια"],
 "he": ["במנשא", "מנשא", "בזרועות", "בידיים"], "ar": ["حضن", "أحضان", "حمالة", "ذراعي"],
 "fa": ["آغوش", "بغل"], "hi": ["बाहों में", "गोद में"], "bn": ["কোলে", "কোল"], "id": ["gendongan", "pelukan", "dekapan"],
 "tl": ["karga", "kalong", "bisig"], "vi": ["vòng tay", "địu", "trong lòng"], "th": ["บนตัก", "ตักแม่", "ตักพ่อ", "ตักยาย", "ตักย่า", "อ้อมแขน", "เป้อุ้ม", "อ้อมกอด"],
 "ja": ["抱っこ紐", "腕の中", "抱っこ", "膝の上"], "zh": ["怀里", "背带", "膝盖上", "腿上"], "ko": ["품에", "아기띠", "무릎"],
}
for lang, words in CARRY33.items():
    add("carry", lang, *words)
# possessive adjectives of the parents (татів палець, мамин, бабусин): the parent is the subject's
add("parent", "uk", "татів", "татового", "маминий", "мамин", "бабусин", "бабусині", "дідів", "дідового")
add("owned", "uk", "татів", "татового", "маминий", "мамин", "бабусин", "бабусині", "дідів", "дідового")
add("parent", "ru", "папин", "папину", "папиного", "мамин", "бабушкин", "дедушкин")
add("owned", "ru", "папин", "папину", "папиного", "мамин", "бабушкин", "дедушкин")
add("parent", "ar", "وأمه", "وأمها", "وأبوه", "وأبوها", "وجدته", "وجدتها", "وجده")
add("parent", "th", "ตายาย", "ปู่ย่า")
# a parent's finger held (body kind beside a parent): a small child's grip
FINGER33 = {
 "en": ["finger"], "de": ["finger"], "fr": ["doigt"], "es": ["dedo"], "it": ["dito"], "pt": ["dedo"], "nl": ["vinger"],
 "cs": ["prst"], "sv": ["finger", "fingret"], "ru": ["палец", "пальчик"], "tr": ["parmağını", "parmağından"],
 "el": ["δάχτυλο"], "he": ["אצבע", "האצבע"], "ar": ["إصبع", "اصبع"], "fa": ["انگشت"], "hi": ["उंगली", "अंगुली"],
 "bn": ["আঙুল"], "id": ["jari"], "tl": ["daliri"], "vi": ["ngón tay"],
}
for lang, words in FINGER33.items():
    add("body", lang, *words)
# things a baby or toddler lies, sits, walks or plays in, learns with or is given (one hint each)
THING33 = {
 "en": ["first steps", "baby rattle", "crib mobile", "cot mobile", "tiffin box", "light up shoes", "light up sneakers",
        "father's day drawing", "mother's day card", "cartoon toothbrush", "slate and chalk"],
 "de": ["lauflernwagen", "ersten schritte", "ersten schritt", "rassel", "spardose", "sparschwein", "blinkschuhe",
        "leuchtschuhe", "schreibheft", "schönschreibheft", "sternsinger", "vatertagsbild", "muttertagsbild"],
 "fr": ["trotteur", "premiers pas", "hochet", "tirelire", "berceau", "chaussures lumineuses",
        "cahier d'écriture"],
 "es": ["primeros pasos", "sonajero", "hucha", "alcancía", "cuna", "zapatillas con luces",
        "cuaderno de caligrafía", "pizarrita"],
 "it": ["girello", "primi passi", "sonaglio", "sonaglino", "culla", "scarpe con le luci", "quaderno a righe"],
 "pt": ["primeiros passos", "chocalho", "cofrinho", "mealheiro", "berço",
        "tênis de luzinha", "caderno de caligrafia"],
 "nl": ["loopwagen", "eerste stapjes", "eerste stappen", "rammelaar", "spaarpot", "wieg", "schoenen met lichtjes",
        "schrijfschrift"],
 "pl": ["wózku dziecięcym", "wózeczku", "pierwsze kroki", "grzechotka", "grzechotkę", "grzechotką", "skarbonka",
        "skarbonki", "skarbonkę", "kołyska", "kołysce", "kolęduje", "kolędują", "chodzi po kolędzie", "kolędnicy", "gwiazdą z papieru",
        "zeszyt w trzy linie", "zeszycie w trzy linie"],
 "cs": ["kočárku", "chodítko", "chodítku", "první krůčky", "chrastítko", "chrastítkem", "pokladnička",
        "pokladničky", "kolébka", "kolébce", "koleduje", "koledníci", "písanka", "písance"],
 "sv": ["gåstol", "första stegen", "första steget", "skallra", "skallran", "vaggan", "skrivbok",
        "stjärngosse", "blinkande skor"],
 "ru": ["детской коляске", "первые шаги", "погремушка", "погремушкой", "погремушку",
        "копилка", "копилки", "копилку", "колыбели", "колыбель", "колядует", "колядуют", "пропись", "прописи", "прописях",
        "в косую линейку", "кроссовки с огоньками"],
 "uk": ["перші кроки", "брязкальце", "брязкальцем", "скарбничка", "скарбнички", "колисці",
        "колиска", "колядує", "колядують", "щедрує", "щедрують", "саморобною зіркою", "прописи", "в косу лінійку", "косу лінійку",
        "пенал з динозаврами"],
 "tr": ["bebek arabasında", "ilk adımlarını", "çıngırak", "çıngırağı",
        "kumbara", "kumbarasından", "beşikte", "beşiğinde", "ışıklı ayakkabı", "23 nisan gösterisi", "23 nisan gösterisinde"],
 "el": ["περπατούρα", "πρώτα βήματα", "πρώτα της βήματα", "πρώτα του βήματα", "κουδουνίστρα", "κουμπαράς",
        "κουμπαρά", "λίκνο", "παπούτσια με φωτάκια"],
 "he": ["צעדים ראשונים", "רעשן", "עריסה", "בעריסה",
        "נעליים עם אורות", "מחברת כתיבה"],
 "ar": ["في المهد", "خطواته الأولى", "خطواتها الأولى", "خشخيشة", "الخشخيشة", "حصالة", "الحصالة", "المهد",
        "لوح صغير", "كراسة الخط", "أحذية مضيئة"],
 "fa": ["اولین قدم‌هایش", "جغجغه", "قلک", "گهواره", "لالایی", "دفتر مشق", "کفش چراغدار"],
 "hi": ["पहले कदम", "झुनझुना", "झुनझुने", "गुल्लक", "पालने", "पालना", "लोरी", "तख्ती", "स्लेट",
        "टिफिन बॉक्स", "छोटी पायल", "घुंघरू वाली छोटी पायल"],
 "bn": ["প্রথম পা", "ঝুমঝুমি", "দোলনায় ঘুম", "ঘুমপাড়ানি গান", "টিফিনবক্স", "টিফিনবক্সে",
        "টিফিন বক্স", "স্কুলবাস", "স্কুলবাসের", "স্কুল বাস", "গলায় জলের বোতল", "স্লেট"],
 "id": ["baby walker", "langkah pertama", "kerincingan", "celengan", "buaian", "ayunan bayi",
        "kotak bekal", "bus sekolah", "sajadah kecil", "bergambar kartun", "sepatu lampu", "sepatu berlampu"],
 "tl": ["unang hakbang", "kalansing", "alkansya", "kuna", "duyan ng sanggol"],
 "vi": ["xe tập đi", "bước đi đầu tiên", "những bước đầu tiên", "heo đất", "ống heo", "cái nôi", "trong nôi",
        "vở ô li", "bảng con", "giày phát sáng"],
 "th": ["นอนในรถเข็น", "รถหัดเดิน", "ของเล่นเขย่า", "กระปุกออมสิน", "ในเปล", "เปลไกว", "โมบาย", "กำนิ้วแม่",
        "กำนิ้วพ่อ", "จับนิ้วแม่", "จับนิ้วพ่อ", "รองเท้ามีไฟ"],
 "ja": ["歩行器", "貯金箱", "ゆりかご", "父の日", "母の日", "光る靴", "ランドセル"],
 "zh": ["学步车", "學步車", "蹒跚学步", "拨浪鼓", "撥浪鼓", "存钱罐", "摇篮", "搖籃", "田字格", "卡通牙刷", "牙刷是卡通",
        "发光鞋", "父亲节", "母亲节"],
 "ko": ["보행기", "딸랑이", "돼지저금통", "저금통", "요람", "불빛 나는 신발", "어버이날"],
}
for lang, words in THING33.items():
    add("thing", lang, *words)
# learning to write and walk: the frame and the skills in the languages that had none
add("not-yet", "hi", "सीख रहा है", "सीख रही है", "सीख रहा", "सीख रही", "सीखता है", "सीखती है", "अभी नहीं")
add("skill", "hi", "लिखना", "पढ़ना", "चलना", "गिनती", "क ख ग", "अ आ इ", "वर्णमाला")
add("not-yet", "bn", "শিখছে", "শিখছে এখনও", "এখনও পারে না")
add("skill", "bn", "লিখতে", "পড়তে", "হাঁটতে", "গুনতে", "অ আ", "ক খ")
add("not-yet", "he", "לומד", "לומדת", "עדיין לא")
add("skill", "he", "לכתוב", "לקרוא", "ללכת", "לספור", "אותיות")
add("not-yet", "ar", "يتعلم", "تتعلم", "لا يزال يتعلم", "ما زال يتعلم", "لم يتعلم بعد")
add("skill", "ar", "كتابة", "كتابة الحروف", "الكتابة", "القراءة", "المشي", "العد", "الحروف")
add("not-yet", "fa", "یاد می‌گیرد", "یاد میگیرد", "هنوز نمی‌تواند", "هنوز بلد نیست")
add("skill", "fa", "نوشتن", "خواندن", "راه رفتن", "شمردن", "الفبا")
add("not-yet", "tl", "nag aaral", "natututo", "natututong", "nag aaral pa", "hindi pa marunong")
add("skill", "tl", "magsulat", "sumulat", "magbasa", "bumasa", "maglakad", "lumakad", "magbilang", "abakada")
add("owned", "id", "ayahnya", "ibunya", "kakeknya", "neneknya")
add("parent", "id", "kakeknya", "neneknya")
# tiptoe at a kiosk or an ice-cream window; a Thai reach not made; brushing teeth on a stool
add("reach-to", "de", "kiosk", "eiswagen", "eisdiele")
add("reach-to", "en", "ice cream truck", "ice cream van", "kiosk window")
add("reach-to", "sv", "glasskiosken", "kiosken")
add("reach-to", "th", "เอื้อมไม่ถึง", "ไม่ถึง")
add("reach-to", "zh", "刷牙", "洗脸")
add("reach-to", "ja", "歯磨き", "歯をみがく")
add("reach-to", "ko", "양치")
add("reach-to", "en", "brush her teeth", "brush his teeth", "brushing teeth", "brushes her teeth", "brushes his teeth")
add("reach-to", "de", "zähne putzen", "zähneputzen", "putzt zähne")
# definite and case forms the rows lacked: the Swedish definite piggy bank; a Turkish teacher owned in the accusative
# (öğretmenini bekliyor, waits for his teacher): the subject's teacher, one hint, and no adult described
add("thing", "sv", "spargrisen", "skallran")
add("parent", "tr", "öğretmenini", "öğretmeninin")
add("owned", "tr", "öğretmenini", "öğretmeninin", "öğretmenine", "öğretmeninden")
# ClauseWords splits a word at a ZWNJ (می‌دهد is read as می دهد): every Persian row of this section also with a space
_S33_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[_S33_START:] if l == "fa" and "\u200c" in t]
for k, l, t in _S33_FA:
    add(k, l, t)

# ---- Session 29, second stage (i16-children33): classes held-out batch 35 (validation, studied after its first score) showed ----
#  - children's street games drawn in chalk: hopscotch in the languages that lacked it (campana, piko, marelle, Himmel und
#    Hölle, amarelinha, klasy, seksek, κουτσό, engklek, 사방치기, けんけんぱ, ตั้งเต): a thing (one hint);
#  - a birthday cake or party of a children's cartoon (a cake with Luntik, Paw Patrol's Patron, SpongeBob, Ultraman) and
#    the paper crown of a child's birthday: things;
#  - carers' acts on the subject in more forms: pushing as a gerund (mãe empurrando), singing a lullaby (anneanne ninni
#    söylüyor), sticking the child's drawing on the fridge (妈妈把画贴在冰箱上), leading the round dance (воспитательница
#    ведёт хоровод), bringing food over (端来): watch kind after a parent heading a later clause;
#  - Tagalog `ni` before a parent (tinatawag ni Nanay, called by mum): the parent of an oblique phrase is the subject's;
#  - school-holiday homework (寒假作业, 暑假作业), learning to write the Thai alphabet (หัดคัด, ก ไก่ ข ไข่, สมุดคัดลายมือ);
#  - a high chair and a bib with animals in the Indonesian forms (kursi makan tinggi, celemek bergambar).
# Left out for adults' senses: a car seat (adults sit in one), face paint, balloons, chalk alone, reflective vests, plush, a bare
# shopping trolley, bare "campana" (a bell), "классики"/"класики" (the classics), Hebrew "קלאס" (class).
S35 = {
 "en": ["hopscotch grid", "paper crown", "paw patrol cake", "peppa pig cake"],
 "de": ["himmel und hölle", "hüpfkästchen", "papierkrone", "paw patrol torte"],
 "fr": ["marelle", "couronne en papier", "gâteau pat patrouille"],
 "es": ["rayuela", "corona de papel", "tarta de la patrulla canina"],
 "it": ["gioca a campana", "corona di carta", "scarpe con le lucine", "torta dei paw patrol"],
 "pt": ["amarelinha", "coroa de papel", "assento do carrinho de supermercado"],
 "nl": ["hinkelen", "hinkelbaan", "papieren kroon"],
 "pl": ["w klasy", "gra w klasy", "papierowa korona", "papierowej koronie"],
 "cs": ["skákací panák", "skáče panáka", "papírová koruna", "papírovou korunu"],
 "sv": ["hoppa hage", "pappkrona", "papperskrona"],
 "ru": ["в классики", "бумажная корона", "бумажной короне", "с лунтиком", "лунтик", "смешарики", "фиксики",
        "с машей и медведем", "с щенячьим патрулём", "новогоднем утреннике", "костюме снежинки"],
 "uk": ["в класики", "паперова корона", "паперовій короні", "з псом патроном", "пес патрон", "псом патроном",
        "щенячий патруль", "костюмі сніжинки"],
 "tr": ["seksek", "kağıt taç", "doğum günü pastasında"],
 "el": ["κουτσό", "χάρτινο στέμμα", "μπομπ σφουγγαράκη", "με τον μπομπ σφουγγαράκη", "πέππα"],
 "he": ["כתר מנייר", "עוגת יום הולדת של"],
 "ar": ["لعبة الحجلة", "الحجلة", "تاج ورقي", "تاج من الورق"],
 "fa": ["لی لی", "تاج کاغذی"],
 "hi": ["स्टापू", "इक्का दुक्का", "कागज़ का मुकुट", "मोरपंख वाला मुकुट", "गोद में उठाए जाने"],
 "bn": ["এক্কা দোক্কা", "কাগজের মুকুট"],
 "id": ["engklek", "main engklek", "mahkota kertas", "kursi makan tinggi", "celemek bergambar"],
 "tl": ["piko", "naglalaro ng piko", "koronang papel", "tsinelas na may spider man"],
 "vi": ["nhảy lò cò", "vương miện giấy"],
 "th": ["ตั้งเต", "มงกุฎกระดาษ", "หัดคัด", "ก ไก่ ข ไข่", "ก ไก่", "ก.ไก่ ข.ไข่", "ก.ไก่", "สมุดคัดลายมือ"],  # ก.ไก่: the letter written with its abbreviation dot, as Thai primers write it
 "ja": ["けんけんぱ", "石けり", "紙の王冠", "アンパンマンのケーキ"],
 "zh": ["跳格子", "纸皇冠", "寒假作业", "暑假作业", "奥特曼玩具", "蜡笔画全家福"],
 "ko": ["사방치기", "종이 왕관", "방학 숙제", "뽀로로 케이크"],
}
for lang, words in S35.items():
    add("thing", lang, *words)
WATCH35 = {
 "en": ["sings a lullaby", "singing a lullaby", "sticks the drawing on the fridge", "leads the circle dance"],
 "de": ["schiebend", "singt ein schlaflied", "singt ein wiegenlied", "hängt das bild an den kühlschrank"],
 "fr": ["poussant", "chante une berceuse", "colle le dessin sur le frigo"],
 "es": ["empujando", "canta una nana", "pega el dibujo en la nevera"],
 "it": ["spingendo", "canta la ninna nanna", "attacca il disegno al frigo"],
 "pt": ["empurrando", "canta uma canção de ninar", "cola o desenho na geladeira"],
 "nl": ["duwend", "zingt een slaapliedje", "hangt de tekening op de koelkast"],
 "pl": ["pchając", "śpiewa kołysankę", "przykleja rysunek na lodówkę"],
 "cs": ["tlačíc", "zpívá ukolébavku"],
 "sv": ["sjunger en vaggvisa", "går först och sist", "fröknarna går först"],
 "ru": ["поёт колыбельную", "поет колыбельную", "ведёт хоровод", "ведет хоровод", "водит хоровод", "вешает рисунок на холодильник"],
 "uk": ["співає колискову", "веде хоровод", "вішає малюнок на холодильник"],
 "tr": ["ninni söylüyor", "ninni söyler", "resmi buzdolabına yapıştırıyor"],
 "el": ["τραγουδά νανούρισμα", "νανουρίζει"],
 "he": ["שרה שיר ערש", "שר שיר ערש"],
 "ar": ["تغني تهويدة", "يغني تهويدة"],
 "fa": ["لالایی می خواند", "لالایی میخواند"],
 "hi": ["लोरी गा रही", "लोरी गाती", "लोरी सुना रही"],
 "bn": ["ঘুমপাড়ানি গান গাইছে"],
 "id": ["menyanyikan lagu nina bobo", "meninabobokan"],
 "tl": ["kumakanta ng oyayi", "hinehele"],
 "vi": ["hát ru"],
 "th": ["ร้องเพลงกล่อม", "กล่อม"],
 "ja": ["子守唄を歌", "冷蔵庫に貼"],
 "zh": ["贴在冰箱上", "贴到冰箱上", "唱摇篮曲", "端来"],
 "ko": ["자장가를 불러", "냉장고에 붙"],
}
for lang, words in WATCH35.items():
    add("watch", lang, *words)
# Tagalog "ni" before a named parent (tinatawag ni Nanay): a parent of an oblique phrase, the subject's
add("parent", "tl", "ni nanay", "ni tatay", "ni lola", "ni lolo", "ni mama", "ni papa")
add("owned", "tl", "ni nanay", "ni tatay", "ni lola", "ni lolo", "ni mama", "ni papa")
# Czech: flowers for the teacher (kytička pro paní učitelku): the teacher of a preposition is the subject's
add("parent", "cs", "pro paní učitelku", "paní učitelce", "pro paní učitelku")
add("owned", "cs", "pro paní učitelku", "paní učitelce")
# Turkish grandmothers heading a later clause (anneanne ninni söylüyor): parents, so her act makes her the subject's
add("parent", "tr", "anneanne", "babaanne")
# ---------------------------------------------------------------------------------------------------------------------
# Session 30 (i16-children36): a small child said by two details that are each an adult's too (Rules/ChildDetails.cs
# ReadPairs): a first-time word with a milestone of early childhood (first + tying laces, a lost milk tooth, the first day
# of kindergarten), a character of children's media with a thing of the child's own gear (Doraemon + water flask, Elsa +
# backpack), a baby-fat word with a small body part (chubby + hands). Each pair is one child hint; it weighs as youth
# beside a prompt that names nobody or another hint (SignalSummary.WeighChildHints), never alone.
# Written for GenScreen from general knowledge of the languages (MIT); no list copied.
_S36_START = len(R)
FIRST36 = {
 "en": ["first time", "for the first time", "first ever", "his first", "her first", "very first"],
 "de": ["zum ersten mal", "erstes mal", "erster", "ersten", "erstes", "erste"],
 "fr": ["première fois", "pour la première fois", "premier", "première", "premiers", "premières"],
 "es": ["primera vez", "por primera vez", "primer", "primera", "primeros", "primeras"],
 "it": ["prima volta", "per la prima volta", "primo", "prima", "primi", "prime"],
 "pt": ["primeira vez", "pela primeira vez", "primeiro", "primeira", "primeiros", "primeiras"],
 "nl": ["eerste keer", "voor het eerst", "eerste"],
 "pl": ["pierwszy raz", "po raz pierwszy", "pierwszy", "pierwsza", "pierwsze", "pierwszego", "pierwszą"],
 "cs": ["poprvé", "první", "prvním", "prvního", "prvnímu"],
 "sv": ["första gången", "för första gången", "första"],
 "ru": ["первый раз", "впервые", "в первый раз", "первый", "первая", "первое", "первого", "первые", "первую"],
 "uk": ["перший раз", "вперше", "уперше", "перший", "перша", "перше", "першого", "першу"],
 "tr": ["ilk kez", "ilk defa", "ilk"],
 "el": ["πρώτη φορά", "για πρώτη φορά", "πρώτη", "πρώτο", "πρώτος", "πρώτα"],
 "he": ["בפעם הראשונה", "פעם ראשונה", "הראשון", "הראשונה", "ראשון", "ראשונה"],
 "ar": ["لأول مرة", "أول مرة", "اول مرة", "أول", "الأول", "الأولى"],
 "fa": ["اولین بار", "برای اولین بار", "اولین", "نخستین"],
 "hi": ["पहली बार", "पहला", "पहली", "पहले दिन"],
 "bn": ["প্রথমবার", "প্রথম বার", "প্রথম"],
 "id": ["pertama kali", "untuk pertama kalinya", "pertama"],
 "tl": ["unang beses", "sa unang pagkakataon", "unang"],
 "vi": ["lần đầu", "lần đầu tiên", "đầu tiên", "ngày đầu"],
 "th": ["ครั้งแรก", "วันแรก", "แรก"],
 "ja": ["初めて", "はじめて", "初めての", "最初の"],
 "zh": ["第一次", "頭一回", "头一回", "第一天"],
 "ko": ["처음으로", "처음", "첫"],
}
for lang, words in FIRST36.items():
    add("first", lang, *words)
MILESTONE36 = {
 "en": ["shoelaces", "laces", "tying his shoes", "tying her shoes", "lost tooth", "wobbly tooth", "loose tooth", "baby tooth", "tooth fell out",
        "day of kindergarten", "day of preschool", "day of school", "day at nursery", "day of first grade", "school day", "kindergarten",
        "bike without training wheels", "without training wheels", "without stabilisers", "on the potty", "potty", "haircut", "sleepover",
        "letters of the alphabet", "own name"],
 "de": ["schnürsenkel", "schuhe zubinden", "schleife binden", "wackelzahn", "milchzahn", "zahn verloren", "schultag", "kindergartentag",
        "tag im kindergarten", "einschulung", "ohne stützräder", "töpfchen", "buchstaben"],
 "fr": ["lacets", "dent de lait", "dent qui bouge", "dent tombée", "jour de maternelle", "jour d'école", "rentrée", "sans petites roues",
        "pot", "lettres de l'alphabet"],
 "es": ["cordones", "agujetas", "diente de leche", "diente flojo", "se le cayó el diente", "día de colegio", "día de kínder", "día de guardería",
        "sin rueditas", "sin ruedines", "orinal", "bacinica", "letras"],
 "it": ["lacci delle scarpe", "lacci", "dentino da latte", "dente da latte", "dentino", "giorno di scuola", "giorno di asilo", "all'asilo",
        "senza rotelle", "vasino", "letterine"],
 "pt": ["cadarços", "cadarço", "atacadores", "dente de leite", "dentinho", "dente mole", "dia de aula", "dia na creche", "dia de escola",
        "sem rodinhas", "penico", "letrinhas"],
 "nl": ["veters", "veters strikken", "melktand", "wiebeltand", "schooldag", "dag op de kleuterschool", "zonder zijwieltjes", "potje", "letters"],
 "pl": ["sznurówki", "sznurowadła", "mleczak", "mleczny ząb", "ząb mleczny", "ruszający się ząb", "dzień w przedszkolu", "dzień szkoły",
        "dzień w szkole", "bez bocznych kółek", "nocnik", "literki"],
 "cs": ["tkaničky", "tkaničku", "mléčný zub", "mléčňák", "viklající se zub", "den ve školce", "školní den", "den ve škole",
        "bez přídavných koleček", "nočník", "písmenka"],
 "sv": ["skosnören", "knyta skorna", "mjölktand", "lös tand", "skoldagen", "skoldag", "dagen på förskolan", "utan stödhjul", "pottan", "bokstäver"],
 "ru": ["шнурки", "молочный зуб", "молочного зуба", "шатающийся зуб", "выпал зуб", "в первый класс", "день в садике", "день в детском саду",
        "школьный день", "без боковых колёс", "без боковых колес", "горшок", "буквы"],
 "uk": ["шнурки", "молочний зуб", "молочного зуба", "випав зуб", "у перший клас", "в перший клас", "день у садочку", "шкільний день",
        "без бокових коліс", "горщик", "літери", "букви"],
 "tr": ["ayakkabı bağcıkları", "ayakkabı bağcığı", "süt dişi", "sallanan diş", "okul günü", "anaokulu günü", "yardımcı tekerleksiz", "lazımlık", "harfler"],
 "el": ["κορδόνια", "νεογιλό δόντι", "δοντάκι", "κουνιστό δόντι", "μέρα στο σχολείο", "μέρα στο νηπιαγωγείο", "χωρίς βοηθητικές ρόδες", "γιογιό", "γραμματάκια"],
 "he": ["שרוכים", "שן חלב", "שן נופלת", "יום בגן", "יום לימודים", "יום בכיתה א", "בלי גלגלי עזר", "סיר", "אותיות"],
 "ar": ["رباط الحذاء", "أربطة الحذاء", "سن لبني", "السن اللبني", "سن الحليب", "يوم في الروضة", "يوم دراسي", "يوم في المدرسة", "بدون عجلات مساعدة", "النونية", "الحروف"],
 "fa": ["بند کفش", "بند کفشش", "دندان شیری", "روز مهد کودک", "روز مدرسه", "روز کلاس اول", "بدون چرخ کمکی", "لگن", "حروف الفبا"],
 "hi": ["जूते के फीते", "फीते", "दूध का दांत", "दूध का दाँत", "स्कूल का दिन", "स्कूल का पहला दिन", "बिना सहायक पहियों", "अक्षर"],
 "bn": ["জুতোর ফিতে", "জুতার ফিতা", "দুধদাঁত", "দুধের দাঁত", "স্কুলের দিন", "স্কুলে প্রথম দিন", "সাপোর্ট চাকা ছাড়া", "অক্ষর"],
 "id": ["tali sepatu", "gigi susu", "gigi goyang", "hari sekolah", "masuk tk", "masuk sd", "hari di tk", "tanpa roda bantu", "pispot", "huruf"],
 "tl": ["sintas ng sapatos", "sintas", "ngipin ng gatas", "gatas na ngipin", "araw sa kinder", "araw sa eskwela", "araw ng pasukan", "walang training wheels", "arinola", "abakada"],
 "vi": ["dây giày", "răng sữa", "răng lung lay", "ngày đi học", "ngày đi mẫu giáo", "vào lớp một", "vào lớp 1", "không có bánh phụ", "bô", "chữ cái"],
 "th": ["ผูกเชือกรองเท้า", "เชือกรองเท้า", "ฟันน้ำนม", "ฟันโยก", "ไปโรงเรียน", "ไปอนุบาล", "เข้าอนุบาล", "ล้อพ่วง", "กระโถน", "ตัวอักษร"],
 "ja": ["靴ひも", "靴紐", "乳歯", "歯が抜け", "グラグラの歯", "登園", "幼稚園", "保育園", "入学式", "補助輪なし", "補助輪", "おまる", "ひらがな"],
 "zh": ["系鞋带", "鞋带", "乳牙", "掉牙", "换牙", "上幼儿园", "上学", "幼儿园", "入学", "小学", "辅助轮", "没有辅助轮", "便盆", "拼音"],
 "ko": ["신발끈", "운동화 끈", "젖니", "유치가", "이가 빠", "흔들리는 이", "유치원", "등원", "입학", "보조 바퀴", "변기", "한글"],
}
for lang, words in MILESTONE36.items():
    add("milestone", lang, *words)
# A character of children's media: with a thing of the child's own gear (below) in the clause, one hint. Characters that are
# also adult fandom (Spider-Man, Elsa, Mickey, Hello Kitty, Pikachu, Sonic) stay here and count only on the child's gear.
CHARACTER36 = ["doraemon", "peppa", "peppa pig", "paw patrol", "spider man", "spiderman", "elsa", "frozen", "anna and elsa", "mickey", "minnie",
  "hello kitty", "pikachu", "pokemon", "pokémon", "bluey", "cocomelon", "baby shark", "pinkfong", "pororo", "anpanman", "masha", "luntik",
  "minions", "minion", "lightning mcqueen", "mcqueen", "cars", "dora", "barbie", "batman", "superman", "sonic", "pj masks", "ladybug",
  "miraculous", "paw", "thomas", "teletubbies", "tayo", "robocar poli", "shimajiro", "upin ipin", "upin & ipin", "boboiboy", "chhota bheem",
  "motu patlu", "doki", "galinha pintadinha", "patrulla canina", "pat patrouille", "la reine des neiges", "reine des neiges", "frozen", "ninja turtles",
  "super mario", "mario", "kuromi", "my melody", "sanrio", "unicorn", "unicorns", "dinosaur", "dinosaurs", "princess", "fairy", "superhero"]
# Left out: characters whose name is an ordinary word or an adult's costume (princess, fairy, superhero, Barbie, Batman,
# Superman, Ladybug, Cars, Mario, Sonic, Thomas, Dora, Masha, "paw", Frozen as a word).
CHARACTER36_LEFT_OUT = {"princess", "fairy", "superhero", "barbie", "batman", "superman", "ladybug", "miraculous", "cars", "mario", "super mario",
  "sonic", "thomas", "dora", "masha", "paw", "frozen", "minion", "unicorn", "unicorns", "mickey", "minnie", "doki", "kuromi", "my melody", "sanrio"}
for lang in ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "tr", "id", "tl", "vi"]:
    add("character", lang, *[w for w in CHARACTER36 if w not in CHARACTER36_LEFT_OUT])
add("character", "de", "eiskönigin", "einhorn", "einhörnern", "dino", "dinos", "prinzessin", "feen", "superhelden", "paw patrol", "feuerwehrmann sam", "sendung mit der maus", "maus")
add("character", "fr", "licorne", "licornes", "dinosaure", "dinosaures", "princesse", "super héros", "pat' patrouille")
add("character", "es", "unicornio", "unicornios", "dinosaurio", "dinosaurios", "princesa", "princesas", "superhéroe", "superhéroes", "la sirenita", "patrulla canina")
add("character", "it", "unicorno", "unicorni", "dinosauro", "dinosauri", "principessa", "principesse", "supereroe", "supereroi", "topolino")
add("character", "pt", "unicórnio", "unicórnios", "dinossauro", "dinossauros", "princesa", "princesas", "super herói", "super heróis", "patrulha canina", "homem aranha", "patati patatá")
add("character", "nl", "eenhoorn", "eenhoorns", "dino", "prinses", "prinsessen", "nijntje", "k3", "bumba")
add("character", "pl", "jednorożec", "jednorożcem", "jednorożcami", "dinozaur", "dinozaurami", "księżniczka", "księżniczkami", "psi patrol", "świnka peppa", "kraina lodu", "myszka miki")
add("character", "cs", "jednorožec", "jednorožcem", "dinosaurus", "dinosaury", "princezna", "princeznami", "tlapková patrola", "prasátko peppa", "ledové království", "krtek", "krtečkem")
add("character", "sv", "enhörning", "enhörningar", "dinosaurie", "dinosaurier", "prinsessa", "bamse", "frost", "babblarna", "pippi")
add("character", "ru", "дораэмон", "свинка пеппа", "пеппа", "щенячий патруль", "человек паук", "человек-паук", "эльза", "холодное сердце", "микки", "хелло китти",
    "пикачу", "маша и медведь", "машей", "лунтик", "смешарики", "фиксики", "барбоскины", "единорог", "единорогом", "единорогами", "динозавр", "динозаврами",
    "принцесса", "принцессами", "тачки", "молния маккуин", "синий трактор", "леди баг")
add("character", "uk", "свинка пеппа", "пеппа", "щенячий патруль", "пес патрон", "людина павук", "ельза", "крижане серце", "міккі", "хелоу кітті", "пікачу",
    "маша і ведмідь", "лунтик", "єдиноріг", "єдинорогом", "єдинорогами", "динозавр", "динозаврами", "принцеса", "принцесами", "тачки")
add("character", "tr", "örümcek adam", "karlar ülkesi", "rafadan tayfa", "pepee", "kral şakir", "niloya", "tek boynuzlu at", "dinozor", "dinozorlu", "prenses", "prensesli")
add("character", "el", "ντόραεμον", "πέππα", "πέππα το γουρουνάκι", "σπάιντερμαν", "έλσα", "ψυχρά κι ανάποδα", "μίκυ", "πικατσού", "μονόκερος", "μονόκερο", "δεινόσαυρο", "δεινόσαυρους", "πριγκίπισσα", "πριγκίπισσες", "μπομπ σφουγγαράκης")
add("character", "he", "דורימון", "פפה", "פפה החזירה", "מפרץ ההרפתקאות", "ספיידרמן", "אלזה", "פרוזן", "מיקי", "הלו קיטי", "פיקאצ'ו", "חד קרן", "דינוזאור", "דינוזאורים", "נסיכה", "נסיכות", "בילבי", "פרפר נחמד")
add("character", "ar", "دورايمون", "بيبا", "بيبا بيج", "دوريات المخلاب", "سبايدرمان", "سبايدر مان", "إلسا", "السا", "فروزن", "ميكي", "هيلو كيتي", "بيكاتشو", "ماشا والدب", "يونيكورن", "ديناصور", "ديناصورات", "أميرة", "الأميرات", "بابا سنفور", "السنافر")
add("character", "fa", "دورایمون", "پپا", "پپا پیگ", "سگ های نگهبان", "مرد عنکبوتی", "اسپایدرمن", "السا", "فروزن", "میکی", "هلو کیتی", "پیکاچو", "ماشا و خرسه", "تک شاخ", "دایناسور", "پرنسس", "شاهزاده خانم")
add("character", "hi", "डोरेमोन", "पेप्पा", "पेप्पा पिग", "पॉ पेट्रोल", "स्पाइडरमैन", "स्पाइडर मैन", "एल्सा", "फ्रोजन", "मिकी", "हैलो किटी", "पिकाचू", "छोटा भीम", "मोटू पतलू", "शिनचैन", "यूनिकॉर्न", "डायनासोर", "राजकुमारी", "बार्बी")
add("character", "bn", "ডোরেমন", "পেপা", "পেপা পিগ", "স্পাইডারম্যান", "এলসা", "ফ্রোজেন", "মিকি", "হ্যালো কিটি", "পিকাচু", "ছোটা ভীম", "মোটু পাতলু", "শিনচ্যান", "ইউনিকর্ন", "ডাইনোসর", "রাজকন্যা", "বার্বি", "মীনা")
add("character", "th", "โดราเอมอน", "เปปป้าพิก", "เปปป้า", "พอว์พาโทรล", "สไปเดอร์แมน", "เอลซ่า", "โฟรเซ่น", "มิกกี้", "คิตตี้", "เฮลโลคิตตี้", "ปิกาจู", "ชินจัง", "ยูนิคอร์น", "ไดโนเสาร์", "เจ้าหญิง", "บาร์บี้", "อันปังแมน", "เบบี้ชาร์ค")
add("character", "ja", "ドラえもん", "ペッパピッグ", "パウ・パトロール", "パウパトロール", "スパイダーマン", "エルサ", "アナと雪の女王", "アナ雪", "ミッキー", "ミニー", "キティちゃん", "ハローキティ", "ピカチュウ",
    "ポケモン", "アンパンマン", "しまじろう", "プリキュア", "仮面ライダー", "戦隊", "トミカ", "プラレール", "すみっコぐらし", "サンリオ", "クロミ", "マイメロ", "ユニコーン", "恐竜", "プリンセス", "ディズニープリンセス", "トーマス", "カーズ", "クレヨンしんちゃん")
add("character", "zh", "哆啦a梦", "哆啦A梦", "多啦a梦", "机器猫", "小猪佩奇", "佩奇", "汪汪队", "蜘蛛侠", "艾莎", "冰雪奇缘", "米奇", "米妮", "凯蒂猫", "hello kitty", "皮卡丘", "宝可梦",
    "喜羊羊", "熊出没", "熊大", "光头强", "小猪佩琪", "奥特曼", "超级飞侠", "海绵宝宝", "独角兽", "恐龙", "公主", "艾莎公主", "巴啦啦小魔仙", "猪猪侠", "托马斯", "蓝精灵")
add("character", "ko", "도라에몽", "페파피그", "페파", "퍼피 구조대", "스파이더맨", "엘사", "겨울왕국", "미키", "미니마우스", "헬로키티", "피카츄", "포켓몬", "뽀로로", "타요", "핑크퐁", "아기상어",
    "로보카폴리", "시크릿쥬쥬", "콩순이", "짱구", "유니콘", "공룡", "공주", "티니핑", "캐치티니핑", "또봇", "헬로카봇")
# The child's own gear: a thing carried, worn or used every day that a character is printed on.
GEAR36 = {
 "en": ["water bottle", "water flask", "flask", "sippy cup", "cup", "lunchbox", "lunch box", "backpack", "school bag", "schoolbag", "rucksack", "pencil case",
        "sandals", "slippers", "flip flops", "wellies", "rain boots", "boots", "sneakers", "trainers", "pyjamas", "pajamas", "pjs", "raincoat", "umbrella",
        "t-shirt", "tshirt", "t shirt", "shirt", "plates", "plate", "bowl", "bedding", "duvet cover", "pillow", "cake", "birthday cake", "balloons", "balloon",
        "costume", "swimsuit", "cap", "socks", "toothbrush", "plasters", "band-aid", "band aids", "sticker", "stickers", "scooter", "helmet"],
 "de": ["trinkflasche", "brotdose", "brotbox", "rucksack", "schulranzen", "ranzen", "federmäppchen", "hausschuhe", "sandalen", "gummistiefel", "schlafanzug",
        "pyjama", "regenjacke", "regenschirm", "t-shirt", "teller", "becher", "bettwäsche", "kissen", "torte", "geburtstagstorte", "luftballon", "luftballons",
        "kostüm", "badeanzug", "mütze", "socken", "zahnbürste", "pflaster", "roller", "helm"],
 "fr": ["gourde", "boîte à goûter", "boîte à tartines", "sac à dos", "cartable", "trousse", "chaussons", "sandales", "bottes", "bottes de pluie", "pyjama",
        "ciré", "parapluie", "t-shirt", "tee-shirt", "assiette", "gobelet", "tasse", "couette", "oreiller", "gâteau", "ballon", "ballons", "déguisement",
        "maillot", "casquette", "chaussettes", "brosse à dents", "pansement", "pansements", "trottinette", "casque"],
 "es": ["botella de agua", "cantimplora", "termo", "fiambrera", "lonchera", "mochila", "estuche", "sandalias", "pantuflas", "chanclas", "botas de agua",
        "botas", "pijama", "impermeable", "paraguas", "camiseta", "plato", "vaso", "taza", "sábanas", "almohada", "pastel", "tarta", "globo", "globos",
        "disfraz", "bañador", "gorra", "calcetines", "cepillo de dientes", "tiritas", "curita", "curitas", "patinete", "casco"],
 "it": ["borraccia", "portamerenda", "zainetto", "zaino", "cartella", "astuccio", "sandali", "ciabatte", "pantofole", "stivali", "stivaletti", "pigiama",
        "pigiamino", "impermeabile", "ombrello", "maglietta", "piatto", "bicchiere", "tazza", "lenzuola", "cuscino", "torta", "palloncino", "palloncini",
        "costume", "cappellino", "calzini", "spazzolino", "cerotti", "cerotto", "monopattino", "caschetto"],
 "pt": ["garrafinha", "garrafa de água", "cantil", "lancheira", "mochila", "mochilinha", "estojo", "sandálias", "chinelos", "chinelo", "galochas", "botas",
        "pijama", "capa de chuva", "guarda chuva", "guarda-chuva", "camiseta", "prato", "copo", "caneca", "lençol", "travesseiro", "bolo", "balão", "balões",
        "fantasia", "maiô", "boné", "meias", "escova de dentes", "curativo", "band aid", "patinete", "capacete"],
 "nl": ["drinkbeker", "drinkfles", "broodtrommel", "rugzak", "rugzakje", "schooltas", "etui", "sloffen", "sandalen", "regenlaarzen", "laarzen", "pyjama",
        "regenjas", "paraplu", "t-shirt", "bordje", "beker", "dekbedovertrek", "kussen", "taart", "ballon", "ballonnen", "verkleedpak", "badpak", "pet",
        "sokken", "tandenborstel", "pleister", "pleisters", "step", "helm"],
 "pl": ["bidon", "butelka", "śniadaniówka", "plecak", "plecaczek", "tornister", "piórnik", "kapcie", "sandały", "sandałki", "kalosze", "kaloszach",
        "piżama", "piżamka", "piżamce", "płaszczyk", "parasolka", "koszulka", "koszulce", "talerzyk", "kubek", "kubeczek", "pościel", "poduszka", "tort",
        "balon", "balonik", "przebranie", "strój", "czapka", "czapeczka", "skarpetki", "szczoteczka", "plaster", "plasterek", "hulajnoga", "kask"],
 "cs": ["lahev", "lahvička", "svačinový box", "svačinovka", "batoh", "batůžek", "aktovka", "penál", "bačkory", "papuče", "sandálky", "holínky", "holínkách",
        "pyžamo", "pyžamku", "pláštěnka", "deštník", "tričko", "tričku", "talířek", "hrneček", "povlečení", "polštář", "dort", "balónek", "balónky",
        "kostým", "plavky", "čepice", "kšiltovka", "ponožky", "kartáček", "náplast", "koloběžka", "helma"],
 "sv": ["vattenflaska", "matlåda", "ryggsäck", "skolväska", "pennfodral", "tofflor", "sandaler", "gummistövlar", "stövlar", "pyjamas", "regnjacka",
        "regnkläder", "paraply", "t-shirt", "tallrik", "mugg", "kopp", "påslakan", "kudde", "tårta", "ballong", "ballonger", "maskeraddräkt", "baddräkt",
        "keps", "strumpor", "tandborste", "plåster", "sparkcykel", "hjälm"],
 "ru": ["бутылочка", "бутылочкой", "термос", "поильник", "ланчбокс", "рюкзак", "рюкзачок", "рюкзачком", "ранец", "пенал", "тапочки", "тапочках", "сандалии",
        "сандалики", "сапожки", "сапожках", "резиновые сапоги", "пижама", "пижаме", "пижамке", "дождевик", "зонтик", "футболка", "футболке", "футболкой",
        "тарелка", "тарелочка", "кружка", "чашка", "постельное бельё", "подушка", "торт", "тортом", "шарик", "шарики", "шариком", "костюм", "костюме",
        "купальник", "кепка", "панамка", "носочки", "зубная щётка", "пластырь", "самокат", "шлем"],
 "uk": ["пляшечка", "термос", "ланчбокс", "рюкзак", "рюкзачок", "ранець", "пенал", "капці", "сандалі", "сандалики", "гумаки", "чобітки", "піжама",
        "піжамі", "піжамці", "дощовик", "парасолька", "футболка", "футболці", "тарілка", "горнятко", "чашка", "постіль", "подушка", "торт", "тортом",
        "кулька", "кульки", "кулькою", "костюм", "костюмі", "купальник", "кепка", "панамка", "шкарпетки", "зубна щітка", "пластир", "самокат", "шолом"],
 "tr": ["matara", "suluk", "beslenme çantası", "beslenme kutusu", "sırt çantası", "okul çantası", "kalem kutusu", "terlik", "sandalet", "yağmur botu",
        "çizme", "pijama", "yağmurluk", "şemsiye", "tişört", "tabak", "bardak", "kupa", "nevresim", "yastık", "pasta", "balon", "balonlar", "kostüm",
        "mayo", "şapka", "çorap", "diş fırçası", "yara bandı", "scooter", "kask"],
 "el": ["παγούρι", "μπουκάλι", "φαγητοδοχείο", "τσάντα", "τσαντάκι", "σχολική τσάντα", "κασετίνα", "παντόφλες", "πέδιλα", "σανδάλια", "γαλότσες",
        "πιτζάμα", "πιτζάμες", "αδιάβροχο", "ομπρέλα", "μπλουζάκι", "πιάτο", "ποτήρι", "κούπα", "σεντόνια", "μαξιλάρι", "τούρτα", "μπαλόνι", "μπαλόνια",
        "στολή", "μαγιό", "καπέλο", "καπελάκι", "κάλτσες", "οδοντόβουρτσα", "τσιρότο", "πατίνι", "κράνος"],
 "he": ["בקבוק מים", "בקבוק", "מימייה", "קופסת אוכל", "תיק גב", "ילקוט", "קלמר", "נעלי בית", "סנדלים", "מגפיים", "פיג'מה", "מעיל גשם", "מטרייה",
        "חולצה", "צלחת", "כוס", "ספל", "מצעים", "כרית", "עוגה", "בלון", "בלונים", "תחפושת", "בגד ים", "כובע", "גרביים", "מברשת שיניים", "פלסטר", "קורקינט", "קסדה"],
 "ar": ["زجاجة ماء", "قارورة", "مطارة", "علبة الغداء", "علبة طعام", "حقيبة ظهر", "حقيبة مدرسية", "مقلمة", "شبشب", "صندل", "حذاء مطر", "جزمة",
        "بيجامة", "منامة", "معطف مطر", "مظلة", "تيشيرت", "قميص", "صحن", "كوب", "فنجان", "غطاء سرير", "وسادة", "كعكة", "كيكة", "بالون", "بالونات",
        "زي تنكري", "ملابس سباحة", "قبعة", "جوارب", "فرشاة أسنان", "لاصق جروح", "سكوتر", "خوذة"],
 "fa": ["قمقمه", "بطری آب", "ظرف غذا", "کوله پشتی", "کیف مدرسه", "جامدادی", "دمپایی", "صندل", "چکمه", "پیژامه", "لباس خواب", "بارانی", "چتر",
        "تی شرت", "تیشرت", "بشقاب", "لیوان", "ماگ", "روتختی", "بالش", "کیک", "بادکنک", "لباس مبدل", "مایو", "کلاه", "جوراب", "مسواک", "چسب زخم", "اسکوتر", "کلاه ایمنی"],
 "hi": ["पानी की बोतल", "बोतल", "टिफिन", "टिफ़िन", "बस्ता", "बैग", "स्कूल बैग", "पेंसिल बॉक्स", "चप्पल", "सैंडल", "रेनकोट", "छाता", "टी-शर्ट",
        "टीशर्ट", "थाली", "प्लेट", "गिलास", "कप", "चादर", "तकिया", "केक", "गुब्बारा", "गुब्बारे", "पोशाक", "टोपी", "मोजे", "टूथब्रश", "स्कूटर", "हेलमेट", "पजामा"],
 "bn": ["জলের বোতল", "পানির বোতল", "বোতল", "টিফিন বক্স", "টিফিন", "ব্যাগ", "স্কুল ব্যাগ", "পেন্সিল বক্স", "চপ্পল", "স্যান্ডেল", "রেইনকোট", "ছাতা",
        "টি শার্ট", "গেঞ্জি", "থালা", "প্লেট", "গ্লাস", "কাপ", "চাদর", "বালিশ", "কেক", "বেলুন", "পোশাক", "টুপি", "মোজা", "টুথব্রাশ", "স্কুটার", "হেলমেট"],
 "id": ["botol minum", "tumbler", "kotak bekal", "tempat bekal", "tas ransel", "ransel", "tas sekolah", "kotak pensil", "sandal", "sepatu bot", "piyama",
        "jas hujan", "payung", "kaos", "kaus", "piring", "gelas", "cangkir", "seprai", "bantal", "kue ulang tahun", "kue", "balon", "kostum", "baju renang",
        "topi", "kaos kaki", "sikat gigi", "plester", "skuter", "helm"],
 "tl": ["tumbler", "bote", "baunan", "lunchbox", "bag", "backpack", "bag sa eskwela", "lapis na lalagyan", "tsinelas", "sandalyas", "bota", "pajama",
        "kapote", "payong", "t-shirt", "damit", "plato", "baso", "tasa", "kumot", "unan", "cake", "keyk", "lobo", "kostyum", "swimsuit", "sumbrero",
        "medyas", "sipilyo", "band aid", "scooter", "helmet"],
 "vi": ["bình nước", "hộp cơm", "ba lô", "balo", "cặp sách", "cặp", "hộp bút", "dép", "dép lê", "xăng đan", "ủng", "đồ ngủ", "bộ đồ ngủ", "pijama",
        "áo mưa", "ô", "dù", "áo thun", "áo phông", "đĩa", "cốc", "ly", "ga giường", "gối", "bánh kem", "bánh sinh nhật", "bóng bay", "trang phục",
        "đồ bơi", "mũ", "nón", "tất", "vớ", "bàn chải đánh răng", "băng cá nhân", "xe trượt", "mũ bảo hiểm"],
 "th": ["กระติกน้ำ", "ขวดน้ำ", "กล่องข้าว", "เป้", "กระเป๋านักเรียน", "กระเป๋าเป้", "กระเป๋า", "กล่องดินสอ", "รองเท้าแตะ", "รองเท้า", "บูท", "ชุดนอน",
        "เสื้อกันฝน", "ร่ม", "เสื้อยืด", "จาน", "แก้ว", "ผ้าปู", "หมอน", "เค้ก", "ลูกโป่ง", "ชุดแฟนซี", "ชุดว่ายน้ำ", "หมวก", "ถุงเท้า", "แปรงสีฟัน", "พลาสเตอร์", "สกู๊ตเตอร์"],
 "ja": ["水筒", "弁当箱", "お弁当箱", "リュック", "ランドセル", "通園バッグ", "筆箱", "ふでばこ", "サンダル", "長靴", "上履き", "パジャマ", "レインコート",
        "傘", "かさ", "tシャツ", "Tシャツ", "お皿", "コップ", "マグ", "布団", "枕", "ケーキ", "風船", "衣装", "水着", "帽子", "靴下", "歯ブラシ", "絆創膏", "キックボード", "ヘルメット"],
 "zh": ["水壶", "水杯", "水瓶", "饭盒", "便当盒", "书包", "小书包", "背包", "铅笔盒", "文具盒", "拖鞋", "凉鞋", "雨靴", "睡衣", "雨衣", "雨伞",
        "t恤", "T恤", "盘子", "杯子", "被子", "枕头", "蛋糕", "生日蛋糕", "气球", "服装", "泳衣", "帽子", "袜子", "牙刷", "创可贴", "滑板车", "头盔", "水杯"],
 "ko": ["물병", "물통", "도시락", "도시락통", "가방", "책가방", "배낭", "필통", "슬리퍼", "샌들", "장화", "잠옷", "우비", "우산", "티셔츠", "접시", "컵",
        "이불", "베개", "케이크", "풍선", "의상", "수영복", "모자", "양말", "칫솔", "밴드", "킥보드", "헬멧"],
}
# Left out: what an adult's costume or outfit is also printed with (a costume, a swimsuit, boots, a shirt, a cap, socks): a
# "sexy fairy costume, nude" is an adult's cosplay.
GEAR36_LEFT_OUT = {"costume", "swimsuit", "boots", "shirt", "cap", "socks", "kostüm", "badeanzug", "mütze", "socken", "déguisement", "maillot",
  "casquette", "chaussettes", "bottes", "disfraz", "bañador", "gorra", "calcetines", "botas", "costume", "cappellino", "calzini", "stivali", "fantasia",
  "maiô", "boné", "meias", "verkleedpak", "badpak", "pet", "sokken", "laarzen", "przebranie", "strój", "czapka", "skarpetki", "kostým", "plavky",
  "čepice", "kšiltovka", "ponožky", "maskeraddräkt", "baddräkt", "keps", "strumpor", "stövlar", "костюм", "костюме", "купальник", "кепка", "костюмі",
  "шкарпетки", "kostüm", "mayo", "şapka", "çorap", "çizme", "στολή", "μαγιό", "καπέλο", "κάλτσες", "תחפושת", "בגד ים", "כובע", "גרביים", "חולצה",
  "زي تنكري", "ملابس سباحة", "قبعة", "جوارب", "قميص", "لباس مبدل", "مایو", "کلاه", "جوراب", "पोशाक", "टोपी", "मोजे", "পোশাক", "টুপি", "মোজা",
  "kostum", "baju renang", "topi", "kaos kaki", "kostyum", "swimsuit", "sumbrero", "medyas", "damit", "trang phục", "đồ bơi", "mũ", "nón", "tất", "vớ",
  "ชุดแฟนซี", "ชุดว่ายน้ำ", "หมวก", "ถุงเท้า", "衣装", "水着", "帽子", "靴下", "服装", "泳衣", "袜子", "의상", "수영복", "모자", "양말", "bag", "cặp", "ô", "dù", "ly",
  "cup", "plate", "plates", "bowl", "pillow", "kissen", "cuscino", "kussen", "kudde", "bota", "бутылочка", "bote", "bag", "کیف مدرسه"}
for lang, words in GEAR36.items():
    add("gear", lang, *[w for w in words if w not in GEAR36_LEFT_OUT])
# A baby-fat word and a small body part right beside it (chubby little hands, manine paffute, 胖乎乎的小手, 통통한 작은 손).
PLUMP36 = {
 "en": ["chubby", "pudgy", "podgy", "dimpled", "chubby little", "tiny chubby", "little chubby"],
 "de": ["pummelige", "pummeligen", "speckige", "speckigen", "patschige", "pausbäckig", "pausbäckige"],
 "fr": ["potelées", "potelés", "potelée", "potelé", "dodues", "joufflu", "joufflue", "menottes"],
 "es": ["regordetas", "regordetes", "gorditas", "gorditos", "rechonchas", "rechonchos", "cachetes"],
 "it": ["paffute", "paffuti", "paffutelle", "cicciottelle", "cicciotte", "manine"],
 "pt": ["gordinhas", "gordinhos", "rechonchudas", "rechonchudos", "fofinhas", "mãozinhas", "bochechudo", "bochechuda"],
 "nl": ["mollige", "dikke kleine", "bolle", "handjes", "voetjes"],
 "pl": ["pulchne", "pulchnymi", "pulchnych", "pucołowate", "pucołowaty", "pucołowata", "rączki", "rączkami", "rączkach", "nóżki", "nóżkami"],
 "cs": ["baculaté", "baculatými", "buclaté", "buclatými", "ručičky", "ručičkami", "nožičky", "nožičkami", "tvářičky"],
 "sv": ["knubbiga", "buttiga", "små knubbiga"],
 "ru": ["пухлые", "пухлыми", "пухленькие", "пухленькими", "пухлых", "ручонки", "ручонками", "ладошки", "ладошками", "пухлощёкий", "пухлощёкая"],
 "uk": ["пухкі", "пухкими", "пухкенькі", "пухкенькими", "рученята", "рученятами", "долоньки", "долоньками", "пухкощокий", "пухкощока"],
 "tr": ["tombul", "tombiş", "tombik", "minik elleriyle", "minicik"],
 "el": ["παχουλά", "παχουλά χεράκια", "χεράκια", "ποδαράκια", "στρουμπουλά"],
 "he": ["שמנמנות", "שמנמנים", "ידיים קטנטנות", "ידיים שמנמנות", "ידיים קטנות", "ידונים", "רגליים קטנטנות", "לחיים שמנמנות"],
 "ar": ["الممتلئتين", "الممتلئة", "الصغيرتين", "السمينتين", "يديه الصغيرتين", "يديها الصغيرتين", "أصابعه الصغيرة", "أصابعها الصغيرة"],
 "fa": ["تپل", "تپلی", "تپلش", "دستهای کوچک", "دست های کوچک", "دستای کوچولو", "کوچولو"],
 "hi": ["गोल मटोल", "गोलमटोल", "गोल-मटोल", "नन्हे", "नन्हे नन्हे", "नन्हें", "छोटे छोटे", "छोटे-छोटे", "गदबदे"],
 "bn": ["নাদুসনুদুস", "গোলগাল", "ছোট্ট ছোট্ট", "ছোট ছোট", "তুলতুলে"],
 "id": ["gemuk mungil", "mungil", "montok", "tembam", "gembul"],
 "tl": ["matabang maliliit", "maliliit na", "malulusog na", "siksik"],
 "vi": ["mũm mĩm", "bụ bẫm", "bé xíu", "nhỏ xíu", "xinh xinh", "bầu bĩnh"],
 "th": ["มือเล็ก", "มือน้อย", "แก้มยุ้ย", "จ้ำม่ำ", "ตุ้ยนุ้ย", "นิ้วเล็ก", "มือป้อม"],
 "ja": ["ぷにぷに", "ぷくぷく", "もみじのような", "もみじの手", "小さな手", "ちっちゃな手", "ちっちゃい手", "ぷっくり"],
 "zh": ["胖乎乎", "肉乎乎", "肉嘟嘟", "胖嘟嘟", "小手", "小胖手", "小肉手", "小脚丫"],
 "ko": ["통통한", "포동포동", "토실토실", "고사리 같은", "고사리손", "작은 손", "조그만 손", "앙증맞은"],
}
for lang, words in PLUMP36.items():
    add("plump", lang, *words)
LIMB36 = {
 "en": ["hands", "little hands", "fingers", "feet", "toes", "cheeks", "legs", "arms", "knees", "fists", "fingers"],
 "de": ["händchen", "hände", "händen", "finger", "fingerchen", "füße", "füßchen", "beinchen", "backen", "wangen"],
 "fr": ["mains", "menottes", "doigts", "petits doigts", "pieds", "petons", "joues", "jambes", "petites mains"],
 "es": ["manos", "manitas", "manitos", "dedos", "deditos", "pies", "piececitos", "mejillas", "piernas", "piernitas"],
 "it": ["mani", "manine", "dita", "ditini", "piedi", "piedini", "guance", "guanciotte", "gambe", "gambette"],
 "pt": ["mãos", "mãozinhas", "dedos", "dedinhos", "pés", "pezinhos", "bochechas", "pernas", "perninhas"],
 "nl": ["handen", "handjes", "vingers", "vingertjes", "voeten", "voetjes", "wangen", "wangetjes", "beentjes"],
 "pl": ["rączki", "rączkami", "rączkach", "ręce", "rękami", "paluszki", "paluszkami", "stópki", "nóżki", "nóżkami", "policzki", "łapki", "łapkami"],
 "cs": ["ručičky", "ručičkami", "ruce", "rukama", "prstíky", "nožičky", "nožičkami", "tvářičky", "ručky"],
 "sv": ["händer", "händerna", "fingrar", "fingrarna", "fötter", "kinder", "ben", "små händer"],
 "ru": ["ручки", "ручками", "ручонки", "ручонками", "пальчики", "пальчиками", "ножки", "ножками", "щёчки", "щечки", "ладошки", "ладошками"],
 "uk": ["ручки", "ручками", "рученята", "рученятами", "пальчики", "пальчиками", "ніжки", "ніжками", "щічки", "долоньки", "долоньками"],
 "tr": ["elleri", "elleriyle", "ellerle", "parmakları", "parmaklarıyla", "ayakları", "yanakları", "bacakları"],
 "el": ["χέρια", "χεράκια", "δαχτυλάκια", "δάχτυλα", "πόδια", "ποδαράκια", "μάγουλα", "μαγουλάκια"],
 "he": ["ידיים", "ידיו", "ידיה", "אצבעות", "אצבעותיו", "רגליים", "לחיים", "כפות ידיים"],
 "ar": ["يدين", "يديه", "يديها", "يدان", "أصابع", "أصابعه", "أصابعها", "قدمين", "خدود", "خدين"],
 "fa": ["دست", "دستها", "دست ها", "دستهای", "دست های", "انگشت", "انگشتها", "پاها", "لپ", "لپ ها"],
 "hi": ["हाथ", "हाथों", "हाथों से", "उँगलियाँ", "उंगलियों", "पैर", "पैरों", "गाल", "गालों"],
 "bn": ["হাত", "হাতে", "আঙুল", "আঙুলে", "পা", "গাল"],
 "id": ["tangan", "tangannya", "jari", "jari-jari", "jemari", "kaki", "pipi"],
 "tl": ["kamay", "mga kamay", "daliri", "paa", "pisngi"],
 "vi": ["tay", "đôi tay", "bàn tay", "ngón tay", "chân", "đôi chân", "đôi má", "má phúng phính"],  # not bare "má": Czech "má" (has)
 "th": ["มือ", "นิ้ว", "เท้า", "แก้ม", "ขา"],
 "ja": ["手", "指", "足", "ほっぺ", "頬"],
 "zh": ["手", "小手", "手指", "脚", "小脚", "脸蛋", "小脸"],
 "ko": ["손", "손가락", "발", "볼", "뺨", "다리"],
}
for lang, words in LIMB36.items():
    add("limb", lang, *words)
# Children's play and bedtime, and a carer's act for the subject (session 30): chalk drawings on the pavement, jumping in
# puddles, a den of blankets, face paint, a party blower, a child's car seat, velcro shoes, a gap of a lost front tooth,
# height marks on the wall, the bedtime cartoon of each country. Things: one hint each.
THING36 = {
 "en": ["chalk on the pavement", "chalk on the sidewalk", "sidewalk chalk", "chalk drawings", "jumping in puddles", "puddle jumping", "splashing in puddles",
        "blanket fort", "pillow fort", "face paint", "face painted", "party blower", "party horn", "cone hat", "car seat", "booster seat", "velcro shoes",
        "velcro sandals", "light up sneakers", "gap toothed", "missing front tooth", "missing front teeth", "height marks", "marks her height", "marks his height",
        "bedtime cartoon", "butterfly net", "hi vis vest", "holding the rope", "cart seat", "shopping cart seat"],
 "de": ["mit kreide auf dem gehweg", "straßenkreide", "kreidebilder", "in pfützen springen", "springt in pfützen", "pfützenspringen", "deckenhöhle",
        "höhle aus decken", "kissenburg", "kinderschminke", "geschminktes gesicht", "tröte", "partytröte", "kindersitz", "klettschuhe", "klettverschluss",
        "zahnlücke", "sandmännchen", "kescher", "warnweste", "gummistiefel in pfützen", "einkaufswagensitz"],
 "fr": ["craie sur le trottoir", "à la craie sur le trottoir", "craies de trottoir", "saute dans les flaques", "sauter dans les flaques", "cabane de couvertures",
        "cabane en couvertures", "maquillage de fête", "visage maquillé", "langue de belle mère", "chapeau pointu", "siège auto", "rehausseur", "chaussures à scratch",
        "sandales à scratch", "dent de devant", "bonne nuit les petits", "épuisette", "gilet fluo", "siège du caddie"],
 "es": ["tiza en la acera", "tizas en la acera", "con tiza en la acera", "salta en los charcos", "saltando en los charcos", "fuerte de mantas", "cabaña de mantas",
        "pintacaras", "cara pintada", "matasuegras", "espantasuegras", "gorro de cumpleaños", "sillita del coche", "silla del coche", "alzador", "zapatos con velcro",
        "sandalias de velcro", "le falta un diente", "mueca sin dientes", "marcas de altura", "red de mariposas", "chaleco reflectante", "asiento del carrito"],
 "it": ["gessetti sul marciapiede", "con i gessetti", "salta nelle pozzanghere", "saltare nelle pozzanghere", "capanna di coperte", "fortino di coperte",
        "trucca bimbi", "faccia dipinta", "lingua di menelik", "cappellino a cono", "seggiolino auto", "seggiolino", "scarpe con lo strappo", "sandali con lo strappo",
        "finestrella tra i denti", "dentino caduto", "segni dell'altezza", "retino per farfalle", "giubbino catarifrangente", "seggiolino del carrello"],
 "pt": ["giz na calçada", "com giz na calçada", "pula nas poças", "pulando nas poças", "cabana de lençóis", "cabaninha de cobertores", "forte de cobertores",
        "pintura facial", "rosto pintado", "língua de sogra", "chapéu de cone", "chapeuzinho de aniversário", "cadeirinha do carro", "cadeirinha", "assento do carrinho",
        "tênis de velcro", "sandália de velcro", "janelinha", "banguela", "marcas de altura", "rede de borboletas", "colete refletivo", "bolo de personagem"],
 "nl": ["stoepkrijt", "met krijt op de stoep", "springt in plassen", "springen in plassen", "hut van dekens", "dekenhut", "kinderschmink", "geschminkt",
        "roltong", "feesthoedje", "autostoeltje", "zittingverhoger", "klittenbandschoenen", "klittenband", "tandeloze lach", "wisselgebit", "vlindernetje",
        "hesje", "zandmannetje", "winkelwagenzitje"],
 "pl": ["kredą na chodniku", "kredą po chodniku", "kredami na chodniku", "skacze po kałużach", "skakanie po kałużach", "bazę z koców", "baza z koców",
        "namiot z koców", "malowanie twarzy", "pomalowana buzia", "trąbka urodzinowa", "czapeczka urodzinowa", "fotelik", "fotelik samochodowy", "buty na rzepy",
        "sandałki na rzepy", "brak jedynki", "brak jedynek", "szczerbaty", "szczerbata", "wieczorynka", "wieczorynkę", "wieczorynki", "siatka na motyle",
        "kamizelka odblaskowa", "kamizelkach odblaskowych", "siedzisko wózka sklepowego"],
 "cs": ["křídou na chodník", "křídami na chodníku", "skáče do kaluží", "skáče v kalužích", "bunkr z dek", "pelíšek z dek", "malování na obličej",
        "pomalovaný obličej", "frkačka", "autosedačka", "boty na suchý zip", "sandálky na suchý zip", "bez předního zubu", "večerníček", "večerníčka",
        "síťka na motýly", "reflexní vesta", "reflexních vestách"],
 "sv": ["gatukrita", "ritar med krita", "hoppar i vattenpölar", "hoppar i pölar", "koja av filtar", "koja under", "ansiktsmålning", "målat ansikte",
        "partyblåsa", "bilbarnstol", "bälteskudde", "kardborreskor", "glugg", "tandglugg", "bolibompa", "fjärilshåv", "reflexväst", "reflexvästar", "i en lång rad på utflykt"],
 "ru": ["мелками на асфальте", "мелом на асфальте", "рисунки мелом", "прыгает по лужам", "по лужам", "шалаш из одеял", "домик из одеял", "аквагрим",
        "язычок-свистулька", "гудок-язычок", "колпачок", "детском кресле", "автокресле", "автокресло", "сандалии на липучках", "сандалики на липучках",
        "на липучках", "нет переднего зуба", "беззубая улыбка", "коленка в зелёнке", "коленка в зеленке", "зелёнка", "зеленка", "спокойной ночи малыши",
        "сачок", "сачком", "светоотражающих жилетах"],
 "uk": ["крейдою на асфальті", "крейдою по асфальту", "стрибає по калюжах", "по калюжах", "курінь з ковдр", "будиночок з ковдр", "аквагрим", "ковпачок",
        "автокріслі", "автокрісло", "на липучках", "немає переднього зуба", "беззуба усмішка", "зеленка", "зеленкою", "на добраніч діти", "сачок", "сачком"],
 "tr": ["tebeşirle kaldırıma", "kaldırıma tebeşirle", "su birikintilerinde zıplıyor", "su birikintisine atlıyor", "battaniyeden çadır", "battaniyeden kale",
        "yüz boyama", "boyalı yüz", "doğum günü şapkası", "külah şapka", "oto koltuğu", "çocuk koltuğu", "cırt cırtlı", "ön dişi yok", "boy çizgileri", "kelebek ağı", "reflektörlü yelek"],
 "el": ["κιμωλίες στο πεζοδρόμιο", "με κιμωλία στο πεζοδρόμιο", "πηδάει στις λακκούβες", "στις λακκούβες", "σπιτάκι από κουβέρτες", "κάστρο από κουβέρτες",
        "ζωγραφισμένο προσωπάκι", "σφυρίχτρα πάρτι", "καπελάκι πάρτι", "παιδικό κάθισμα", "καθισματάκι αυτοκινήτου", "με σκρατς", "χωρίς μπροστινό δόντι",
        "φτερά πεταλούδας από χαρτόνι", "απόκριες", "αποκριάτικη στολή", "απόχη", "ανακλαστικό γιλέκο"],
 "he": ["גיר על המדרכה", "בגירים על המדרכה", "קופץ בשלולית", "קופצת בשלוליות", "בשלוליות", "מבצר משמיכות", "אוהל משמיכות", "ציור פנים", "פנים מצוירות",
        "משרוקית יום הולדת", "כובע יום הולדת", "כיסא בטיחות", "בוסטר", "נעלי סקוטש", "סנדלי סקוטש", "בלי שן קדמית", "סימני גובה", "רשת פרפרים", "אפוד זוהר"],
 "ar": ["بالطباشير على الرصيف", "طباشير على الرصيف", "يقفز في البرك", "تقفز في البرك", "برك الماء", "خيمة من البطانيات", "حصن من البطانيات", "رسم على الوجه",
        "وجه مرسوم", "صفارة عيد الميلاد", "قبعة عيد الميلاد", "مقعد السيارة للأطفال", "كرسي السيارة", "حذاء بلاصق", "حذاء لاصق", "بدون سن أمامي", "علامات الطول", "شبكة فراشات", "سترة عاكسة"],
 "fa": ["با گچ روی پیاده رو", "گچ روی پیاده رو", "توی چاله آب می پرد", "در چاله های آب", "چادر با پتو", "قلعه پتویی", "نقاشی صورت", "صورت رنگی",
        "سوت تولد", "کلاه تولد", "صندلی ماشین کودک", "کفش چسبی", "دندان جلویش افتاده", "خط قد", "تور پروانه", "جلیقه شبرنگ", "پستانک", "پستونک"],
 "hi": ["चॉक से फुटपाथ पर", "फुटपाथ पर चॉक", "पानी के गड्ढों में कूद", "गड्ढों में छपाक", "चादरों का किला", "कंबल का किला", "फेस पेंटिंग", "चेहरे पर पेंट",
        "बर्थडे टोपी", "कार सीट", "वेल्क्रो", "सामने का दांत टूटा", "लंबाई का निशान", "कद का निशान", "तितली पकड़ने का जाल", "चमकीली जैकेट"],
 "bn": ["চক দিয়ে ফুটপাতে", "কাদাজলে লাফাচ্ছে", "জলে লাফাচ্ছে", "কম্বলের তাঁবু", "চাদরের তাঁবু", "মুখে রং", "জন্মদিনের টুপি", "গাড়ির সিট", "ভেলক্রো",
        "সামনের দাঁত নেই", "উচ্চতার দাগ", "প্রজাপতি ধরার জাল"],
 "id": ["kapur di trotoar", "menggambar dengan kapur", "loncat di genangan", "melompat di genangan", "genangan air", "benteng selimut", "tenda dari selimut",
        "lukis wajah", "wajah dicat", "terompet ulang tahun", "topi kerucut", "kursi mobil anak", "car seat", "sepatu velcro", "gigi ompong", "ompong",
        "tanda tinggi badan", "jaring kupu kupu", "rompi reflektif"],
 "tl": ["chalk sa bangketa", "gamit ang chalk", "tumatalon sa putikan", "sa mga lusak", "tent na kumot", "kuta ng kumot", "face paint", "pinturang mukha",
        "torotot", "party hat", "car seat", "sapatos na velcro", "bungi", "bungal", "marka ng taas", "lambat ng paru paro"],
 "vi": ["phấn trên vỉa hè", "vẽ phấn", "nhảy vũng nước", "nhảy vào vũng nước", "lều chăn", "pháo đài bằng chăn", "vẽ mặt", "mặt vẽ hình", "kèn sinh nhật",
        "mũ sinh nhật", "ghế ngồi ô tô", "dép quai dán", "giày quai dán", "răng sún", "sún răng", "vạch chiều cao", "vợt bắt bướm", "vở ô ly", "tập tô", "tập viết chữ"],
 "th": ["ชอล์กบนทางเท้า", "วาดชอล์ก", "กระโดดแอ่งน้ำ", "เหยียบแอ่งน้ำ", "บ้านผ้าห่ม", "ป้อมผ้าห่ม", "เพ้นท์หน้า", "แตรวันเกิด", "หมวกวันเกิด", "คาร์ซีท",
        "รองเท้าตีนตุ๊กแก", "ฟันหลอ", "ขีดวัดส่วนสูง", "สวิงจับผีเสื้อ", "ผมผูกแกละ", "ผูกแกละ", "แกละ", "รถรับส่งนักเรียน", "รถรับส่ง"],
 "ja": ["チョークで道に", "ろうせき", "水たまりでジャンプ", "水たまりに飛び込", "水たまり遊び", "毛布の秘密基地", "秘密基地", "フェイスペイント", "吹き戻し",
        "とんがり帽子", "チャイルドシート", "ジュニアシート", "マジックテープの靴", "前歯が抜け", "すきっ歯", "背比べ", "柱の傷", "虫取り網", "虫とり網", "蚊取り線香"],
 "zh": ["粉笔在人行道", "用粉笔画", "踩水坑", "跳水坑", "毯子搭的帐篷", "被子城堡", "毯子城堡", "脸上画", "彩绘脸", "吹龙", "生日帽", "儿童安全座椅",
        "安全座椅", "魔术贴凉鞋", "魔术贴鞋", "缺了门牙", "门牙掉了", "豁牙", "量身高", "身高线", "捕虫网", "网兜", "两个小辫", "扎着小辫", "冲天辫"],
 "ko": ["분필로 보도", "분필 그림", "물웅덩이에서 점프", "물웅덩이를 첨벙", "웅덩이 첨벙", "이불 요새", "담요 텐트", "페이스 페인팅", "파티 나팔", "고깔모자",
        "카시트", "찍찍이 신발", "벨크로 운동화", "앞니 빠진", "키 재기", "키재기", "잠자리채", "형광 조끼", "양갈래 머리"],
}
# Left out after the gate (para25's adult look-alikes: a dentist with a missing front tooth): a gap of a missing front tooth is
# an adult's too; a lost milk tooth counts only with a first-time word (MILESTONE36).
TOOTH36_LEFT_OUT = {"gap toothed", "missing front tooth", "missing front teeth", "zahnlücke", "dent de devant", "le falta un diente", "mueca sin dientes",
  "finestrella tra i denti", "janelinha", "banguela", "tandeloze lach", "brak jedynki", "brak jedynek", "szczerbaty", "szczerbata", "bez předního zubu",
  "glugg", "tandglugg", "нет переднего зуба", "беззубая улыбка", "немає переднього зуба", "беззуба усмішка", "ön dişi yok", "χωρίς μπροστινό δόντι",
  "בלי שן קדמית", "بدون سن أمامي", "دندان جلویش افتاده", "सामने का दांत टूटा", "সামনের দাঁত নেই", "gigi ompong", "ompong", "bungi", "bungal", "răng sún",
  "sún răng", "ฟันหลอ", "前歯が抜け", "すきっ歯", "缺了门牙", "门牙掉了", "豁牙", "앞니 빠진"}
for lang, words in THING36.items():
    add("thing", lang, *[w for w in words if w not in TOOTH36_LEFT_OUT])
# A carer's act for the subject after a parent (session 30; watch kind): encourages, helps, measures, calls to dinner, sits
# beside, squats beside, tutors, holds the umbrella, pushes the trolley.
WATCH36 = {
 "en": ["encourages", "encouraging", "cheers her on", "cheers him on", "helps", "helping", "measures", "calls her for dinner", "calls him for dinner",
        "sits beside", "squats beside", "crouches beside", "holds the umbrella", "pushing the cart", "pushes the cart"],
 "de": ["feuert an", "hilft", "misst", "ruft zum essen", "ruft zum zähneputzen", "sitzt daneben", "hockt daneben", "hält den schirm", "schiebt den einkaufswagen"],
 "fr": ["encourage", "aide", "mesure", "appelle pour le dîner", "assise à côté", "accroupie à côté", "tient le parapluie", "pousse le caddie"],
 "es": ["anima", "ayuda", "mide", "llama a cenar", "sentada al lado", "agachada al lado", "sostiene el paraguas", "empuja el carrito", "le hace una foto"],
 "it": ["incoraggia", "aiuta", "misura", "chiama per cena", "seduta accanto", "accovacciata accanto", "tiene l'ombrello", "spinge il carrello", "lo guarda", "la guarda"],
 "pt": ["incentiva", "encoraja", "ajuda", "mede", "chama para jantar", "sentada ao lado", "agachada ao lado", "segura o guarda chuva", "empurrando", "segurando o selim"],
 "nl": ["moedigt aan", "helpt", "meet", "roept voor het eten", "zit ernaast", "houdt de paraplu", "duwt het winkelwagentje", "lacht"],
 "pl": ["dopinguje", "zachęca", "pomaga", "mierzy", "woła na obiad", "woła z kuchni", "siedzi obok", "kuca obok", "trzyma parasol", "pcha wózek", "szykuje kakao"],
 "cs": ["povzbuzuje", "pomáhá", "měří", "volá k jídlu", "sedí vedle", "drží deštník"],
 "sv": ["hejar", "uppmuntrar", "hjälper", "mäter", "ropar på middag", "sitter bredvid", "kikar in", "håller paraplyet", "vinkar"],
 "ru": ["подбадривает", "помогает", "измеряет", "зовёт обедать", "зовет обедать", "зовёт ужинать", "сидит рядом", "присела рядом", "держит зонтик", "кличет"],
 "uk": ["підбадьорює", "допомагає", "міряє", "кличе обідати", "кличе вечеряти", "сидить поруч", "тримає парасольку"],
 "tr": ["cesaretlendiriyor", "yardım ediyor", "ölçüyor", "yemeğe çağırıyor", "yanında oturuyor", "yanında", "şemsiye tutuyor"],
 "el": ["ενθαρρύνει", "βοηθάει", "μετράει", "φωνάζει για φαγητό", "κάθεται δίπλα", "κρατάει ομπρέλα", "γελάει"],
 "he": ["מעודדת", "מעודד", "עוזרת", "מודדת", "קוראת לארוחה", "יושבת לידו", "יושבת לידה", "מחזיקה מטרייה", "מסתכלת", "מציצה"],
 "ar": ["تشجعه", "تشجعها", "تساعده", "تساعدها", "تقيس", "تناديه", "تناديها", "تجلس بجانبه", "تجلس بجانبها", "تمسك المظلة"],
 "fa": ["تشویقش می کند", "کمکش می کند", "قدش را اندازه", "صدایش می کند", "کنارش نشسته", "چتر گرفته", "هل می دهد"],
 "hi": ["हौसला बढ़ा रही", "मदद कर रही", "नाप रही", "खाने के लिए बुला रही", "पास बैठी है", "पास बैठी", "हँस रही है", "छाता पकड़े"],
 "bn": ["উৎসাহ দিচ্ছে", "সাহায্য করছে", "মাপছে", "খেতে ডাকছে", "পাশে বসে", "ছাতা ধরে"],
 "id": ["menyemangati", "membantu", "mengukur", "memanggil makan", "duduk di samping", "memayungi", "mendorong troli"],
 "tl": ["hinihikayat", "tinutulungan", "sinusukat", "tinatawag", "nakaupo sa tabi", "pinapayungan"],
 "vi": ["động viên", "giúp", "đo", "gọi về ăn cơm", "ngồi bên cạnh", "ngồi kèm", "cầm ô", "đẩy xe"],
 "th": ["ให้กำลังใจ", "ช่วย", "วัด", "เรียกกินข้าว", "นั่งข้าง", "กางร่ม", "จูงมือ"],
 "ja": ["励ま", "応援", "手伝", "測", "呼んで", "隣で", "傘をさ", "見守"],
 "zh": ["鼓励", "帮", "量", "叫", "蹲在旁边", "坐在旁边", "打伞", "陪着"],
 "ko": ["응원", "격려", "도와", "재", "부르", "옆에서", "우산을 씌워"],
}
for lang, words in WATCH36.items():
    add("watch", lang, *words)
_S36_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[_S36_START:] if l == "fa" and "\u200c" in t]
R.extend(_S36_FA)
# Session 30, after the first score of the fresh set and the development check (classes, not the items): puddles in any
# verb (stomping, splashing, wading), the Chinese mother watching (在旁边看), Polish "for the teacher" (dla pani) as the
# subject's own teacher, as Czech pro paní učitelku.
PUDDLES36 = {
 "en": ["in puddles", "in the puddles", "muddy puddles", "through puddles", "through the puddles"],
 "de": ["in pfützen", "in die pfützen", "durch pfützen", "matschpfützen"],
 "fr": ["dans les flaques", "flaques de boue"],
 "es": ["en los charcos", "en charcos", "charcos de barro"],
 "it": ["nelle pozzanghere", "pozzanghere di fango"],
 "pt": ["nas poças", "em poças", "poças de lama"],
 "nl": ["in plassen", "in de plassen", "modderplassen"],
 "pl": ["po kałużach", "w kałużach", "do kałuży"],
 "cs": ["do kaluží", "v kalužích", "louží"],
 "sv": ["i vattenpölar", "i pölar", "lerpölar"],
 "tr": ["su birikintilerine", "su birikintilerinde", "çamur birikintisi"],
 "id": ["di genangan", "genangan lumpur"],
 "vi": ["vũng nước", "vũng bùn"],
}
for lang, words in PUDDLES36.items():
    add("thing", lang, *words)
add("watch", "zh", "在旁边看", "在一旁看", "在旁边看着", "在一旁看着", "在旁边陪着")
add("parent", "pl", "dla pani", "dla pani nauczycielki", "dla pani przedszkolanki")
add("owned", "pl", "dla pani", "dla pani nauczycielki", "dla pani przedszkolanki")
# ---------------------------------------------------------------------------------------------------------------------
# Session 30, stage 2 (after batch 37's first score; classes of its children check, each tested with adult look-alikes):
# a carer who waits, films from the audience, pedals or wipes away tears (watch kind, after a parent heading a later clause);
# the parents as a group in the languages that lacked them; the Hebrew dative parent (עוזר לסבתא: helps grandma) as the
# subject's; school shows and a child's hand-made card (besídka, laurka, wierszyk); paper crowns in the languages that
# lacked them; Thai school haircuts and the teachers' day tray.
WATCH37 = {
 "en": ["waits", "is waiting", "waiting", "films from the audience", "filming from the audience", "film from the audience", "pedals", "pedalling", "pedaling",
        "wipes away tears", "wipes her tears", "in the audience", "claps from the audience"],
 "de": ["wartet", "filmt", "filmen", "filmen aus dem publikum", "tritt in die pedale", "wischt tränen weg", "im publikum"],
 "fr": ["attend", "filme", "filment", "filment depuis le public", "pédale", "essuie une larme", "essuie ses larmes", "dans le public"],
 "es": ["espera", "graba", "graban", "graban desde el público", "pedalea", "se seca las lágrimas", "entre el público"],
 "it": ["aspetta", "filma", "filmano", "filmano dal pubblico", "pedala", "si asciuga le lacrime", "tra il pubblico"],
 "pt": ["espera", "filma", "filmam", "filmam da plateia", "pedala", "enxuga as lágrimas", "na plateia"],
 "nl": ["wacht", "filmt", "filmen", "filmen vanuit het publiek", "trapt", "fietst", "pinkt een traantje weg", "in het publiek"],
 "pl": ["czeka", "nagrywa", "nagrywają", "filmują", "pedałuje", "ociera łzy", "ociera łzę", "na widowni"],
 "cs": ["čeká", "natáčí", "natáčejí", "natáčejí na mobil", "šlape", "utírá slzy", "v publiku", "v hledišti"],
 "sv": ["väntar", "filmar", "filmar från publiken", "trampar", "torkar tårar", "i publiken"],
 "ru": ["ждёт", "ждет", "снимает", "снимают", "снимают на телефон", "крутит педали", "вытирает слёзы", "вытирает слезы", "в зале"],
 "uk": ["чекає", "знімає", "знімають", "знімають на телефон", "крутить педалі", "витирає сльози", "у залі"],
 "tr": ["bekliyor", "çekiyor", "videoya çekiyor", "pedal çeviriyor", "gözyaşlarını siliyor", "seyircilerin arasında"],
 "el": ["περιμένει", "τραβάει βίντεο", "τραβάνε βίντεο", "κάνει πετάλι", "σκουπίζει τα δάκρυα", "στο κοινό"],
 "he": ["מחכה", "מחכים", "מצלמת", "מצלמים", "מצלמים מהקהל", "מדוושת", "מנגבת דמעה", "בקהל"],
 "ar": ["تنتظر", "ينتظر", "تصور", "يصوران", "يصورون", "تمسح دموعها", "بين الجمهور"],
 "fa": ["منتظر است", "منتظر", "فیلم می گیرد", "فیلم می گیرند", "پا می زند", "اشک هایش را پاک می کند", "میان تماشاگران"],
 "hi": ["इंतज़ार कर रही", "इंतजार कर रहे", "वीडियो बना रहे", "वीडियो बना रही", "आँसू पोंछ रही", "दर्शकों में"],
 "bn": ["অপেক্ষা করছে", "ভিডিও করছে", "চোখ মুছছে", "দর্শকদের মধ্যে"],
 "id": ["menunggu", "merekam", "merekam dari penonton", "mengayuh", "menyeka air mata", "di antara penonton"],
 "tl": ["naghihintay", "kinukunan", "kinukunan ng video", "nagpepedal", "nagpupunas ng luha"],
 "vi": ["chờ", "đợi", "quay phim", "quay video", "đạp xe", "lau nước mắt", "dưới khán đài"],
 "th": ["รอ", "ถ่ายวิดีโอ", "ปั่นจักรยาน", "เช็ดน้ำตา"],
 "ja": ["待って", "撮影", "動画を撮", "ペダルをこ", "涙をふ", "客席"],
 "zh": ["等着", "在等", "录像", "拍视频", "蹬车", "擦眼泪", "台下"],
 "ko": ["기다리", "촬영", "영상을 찍", "페달", "눈물을 닦", "객석"],
}
for lang, words in WATCH37.items():
    add("watch", lang, *words)
PARENTS37 = {
 "en": ["the parents", "her parents", "his parents"],
 "sv": ["föräldrarna", "föräldrar", "hans föräldrar", "hennes föräldrar"],
 "es": ["los padres", "sus padres"], "it": ["i genitori", "genitori", "i suoi genitori"], "pt": ["os pais", "seus pais"],
 "ru": ["родители", "его родители", "её родители", "ее родители"], "uk": ["батьки", "його батьки", "її батьки"],
 "tr": ["anne babası", "ailesi", "ebeveynleri"], "he": ["ההורים", "הוריו", "הוריה"], "ar": ["والداه", "والداها", "الوالدان", "الأهل"],
 "fa": ["پدر و مادرش", "والدینش", "والدین"], "hi": ["माता-पिता", "माता पिता", "मम्मी-पापा", "मम्मी पापा"], "bn": ["বাবা-মা", "বাবা মা"],
 "id": ["orang tuanya", "orang tua"], "vi": ["bố mẹ", "ba mẹ", "cha mẹ"],
 "th": ["พ่อแม่"], "ja": ["両親", "親たち", "パパとママ"], "zh": ["爸妈", "爸爸妈妈", "父母"], "ko": ["부모님", "엄마 아빠"],
}
# Left out after the gate: Tagalog "mga magulang" (pulong ng mga magulang: a parents' meeting an adult attends) and bare English
# "parents" (a parents' evening).
for lang, words in PARENTS37.items():
    add("parent", lang, *words)
# Hebrew: a parent after the dative prefix ל (to/for grandma) after a verb: the one helped or given to is the subject's own.
add("parent", "he", "לסבתא", "לסבא", "לאמא", "לאבא", "לאמו", "לאמה", "לאביו", "לאביה")
add("owned", "he", "לסבתא", "לסבא", "לאמא", "לאבא", "לאמו", "לאמה", "לאביו", "לאביה")
THING37 = {
 "en": ["school nativity play", "nursery rhyme", "recites a little poem", "homemade card for mum", "handmade card for mum", "mother's day card"],
 "de": ["papierkrone", "krone aus papier", "gedichtchen", "muttertagskarte", "selbstgebastelte karte"],
 "fr": ["couronne en papier", "couronne en carton", "petite poésie", "récite une poésie", "carte pour la fête des mères", "spectacle de fin d'année"],
 "es": ["corona de papel", "corona de cartón", "recita una poesía", "poesía para mamá", "festival del colegio", "tarjeta del día de la madre"],
 "it": ["corona di carta", "corona di cartone", "recita una poesia", "poesia per la mamma", "recita di natale", "recita scolastica", "lavoretto per la festa della mamma"],
 "pt": ["coroa de papel", "coroa de cartolina", "recita um poema", "apresentação da escola", "cartão do dia das mães", "lembrancinha do dia das mães"],
 "nl": ["papieren kroon", "kroon van papier", "versje opzeggen", "zegt een versje op", "moederdagkaart", "schoolmusical"],
 "pl": ["papierowa korona", "papierowej koronie", "koronie z papieru", "laurk*", "wierszyk*", "na akademii", "akademia szkolna", "jasełk*"],
 "cs": ["papírová korunka", "papírovou korunku", "papírové korunce", "besídk*", "básničk*", "přáníčko pro maminku"],
 "sv": ["pappkrona", "luciatåget", "luciatåg", "batteriljus", "skolavslutning", "skolavslutningen", "morsdagskort"],
 "ru": ["бумажная корона", "стишок", "стишок на утреннике", "рассказывает стишок", "открытка для мамы", "на утреннике"],
 "uk": ["паперова корона", "віршик", "розповідає віршик", "на ранку", "листівка для мами"],
 "tr": ["kağıttan taç", "şiir okuyor", "okul gösterisi", "anneler günü kartı", "23 nisan gösterisi"],
 "el": ["κάλαντα", "τα κάλαντα", "τριγωνάκι", "με τριγωνάκι", "σχολική γιορτή", "ποιηματάκι", "χάρτινο στεφάνι"],
 "he": ["כתר מקרטון", "כתר מנייר", "מסיבת גן", "מסיבת סוף שנה בגן", "שיר לאמא", "כרטיס ליום האם"],
 "ar": ["فستان العيد", "عيدية", "العيدية", "عيديتها", "عيديته", "تاج من الكرتون", "حفلة المدرسة", "بطاقة عيد الأم"],
 "fa": ["عیدی", "عیدی گرفتن", "تاج مقوایی", "جشن مدرسه", "کارت روز مادر", "شعر می خواند"],
 "hi": ["बुढ़िया के बाल", "कागज़ का ताज", "स्कूल का वार्षिकोत्सव", "कविता सुना रहा", "कविता सुना रही", "मदर्स डे कार्ड"],
 "bn": ["হাওয়াই মিঠাই", "কাগজের মুকুট", "স্কুলের অনুষ্ঠান", "কবিতা আবৃত্তি করছে", "মা দিবসের কার্ড"],
 "id": ["mahkota dari kertas", "baju lebaran", "angpao lebaran", "uang thr", "pentas sekolah", "membaca puisi untuk ibu", "kartu hari ibu"],
 "tl": ["koronang karton", "jollibee", "programa sa paaralan", "tumutula", "kard para kay nanay"],
 "vi": ["vương miện bằng giấy", "tiền lì xì", "lì xì", "văn nghệ ở trường", "đọc thơ", "thiệp tặng mẹ"],
 "th": ["ทรงติ่งหู", "ผมติ่งหู", "ผมทรงนักเรียน", "พานดอกเข็ม", "พานไหว้ครู", "วันไหว้ครู", "การ์ดวันแม่"],
 "ja": ["紙の冠", "お年玉", "学芸会", "お遊戯会", "発表会で", "母の日のカード", "似顔絵"],
 "zh": ["纸王冠", "纸做的皇冠", "压岁钱", "红包", "六一儿童节", "儿童节演出", "朗诵儿歌", "母亲节贺卡"],
 "ko": ["종이 왕관", "세뱃돈", "재롱잔치", "학예회", "동시를 낭송", "어버이날 카드", "카네이션을 만들"],
}
# Left out: what adults are given or wear at the same feasts (a red packet, Eid clothes, a Persian eidi, an employee's THR,
# bare lì xì), a portrait, and Jollibee alone (a restaurant; with a cake it is a character on the child's gear).
THING37_LEFT_OUT = {"红包", "似顔絵", "jollibee", "lì xì", "عیدی", "عیدی گرفتن", "uang thr", "baju lebaran", "فستان العيد"}
for lang, words in THING37.items():
    add("thing", lang, *[w for w in words if w not in THING37_LEFT_OUT])
add("character", "tl", "jollibee")
_S37_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[-200:] if l == "fa" and "\u200c" in t]
R.extend(_S37_FA)
# Czech: the school show in its locative (na besídce: k becomes c before -e)
add("thing", "cs", "besídc*")

# Session 31 (i16-children38): a carer acting on the subject. Written for GenScreen from general knowledge of the languages (MIT,
# this project; no third-party list). Three kinds (Rules/ChildDetails.cs ActsOnAnother):
#   tend         an act that takes another person as its object by its sense: lifting up, carrying on the shoulders, spoon-feeding,
#                buckling into a seat, tucking in, putting to bed, pushing on a swing, leading by the hand to school, teaching to
#                ride; with the object where the language writes it apart (la sube, lifts her up, hebt sie hoch, تطعمها, 把她抱起来).
#                Beside a parent it is her care of the subject (level 3); after a parent heading the prompt she is the subject's.
#   clitic       a Romance object clitic: right after a parent and right before her act (mamá le ata, la mamma le allaccia)
#   verb-object  a V2 object pronoun right after the parent's act (Oma schiebt sie, papa tilt haar op, pappa lyfter henne)
# Left out: acts an adult also has done to her by a partner or nurse (helps her into the dress, brushes her hair, holds her hand,
# massages, drives her), "carries" and "feeds" alone (a bag, a pet), and teaching alone (a driving lesson): only teaching to ride
# a bike or to swim, a child's first skills.
_S38_START = len(R)
TEND38 = {
 "en": ["lifts her up", "lifts him up", "lifted her up", "lifted him up", "lifts her onto", "lifts him onto", "holds her up", "holds him up",
        "hoists her onto", "hoists him onto", "spoon feeds her", "spoon feeds him", "spoon feeding her", "spoon feeding him", "spoon fed by",
        "buckles her into", "buckles him into", "buckled into the car seat", "straps her into", "straps him into", "strapped into the car seat",
        "tucks her in", "tucks him in", "tucked in by", "puts her to bed", "puts him to bed", "pushes her on the swing", "pushes him on the swing",
        "carries her on his shoulders", "carries him on his shoulders", "on dad's shoulders", "on his dad's shoulders", "on her dad's shoulders",
        "walks her to school", "walks him to school", "walked to school by", "walked to the school gate", "leads her by the hand", "leads him by the hand",
        "teaches her to ride", "teaches him to ride", "teaching her to ride", "teaching him to ride", "teaches her to swim", "teaches him to swim",
        "teaching him to whistle", "teaching her to whistle", "teaches him to whistle", "teaches her to whistle"],
 "de": ["hebt sie hoch", "hebt ihn hoch", "hebt sie auf den arm", "hebt ihn auf den arm", "nimmt sie auf den arm", "nimmt ihn auf den arm",
        "nimmt sie auf die schultern", "nimmt ihn auf die schultern", "setzt sie auf die schultern", "setzt ihn auf die schultern",
        "füttert sie", "füttert ihn", "schnallt sie an", "schnallt ihn an", "schnallt sie im kindersitz an", "in den kindersitz geschnallt",
        "in den fahrradanhänger geschnallt", "geschnallt", "deckt sie zu", "deckt ihn zu", "bringt sie ins bett", "bringt ihn ins bett",
        "schiebt sie an", "schiebt ihn an", "schubst sie an", "schubst ihn an", "bringt sie zur schule", "bringt ihn zur schule",
        "bringt ihr das radfahren bei", "bringt ihm das radfahren bei", "bringt ihr das fahrradfahren bei", "bringt ihm das fahrradfahren bei",
        "bringt ihr das schwimmen bei", "bringt ihm das schwimmen bei", "an der hand zur schule"],
 "fr": ["la soulève", "le soulève", "l'attache", "la porte sur ses épaules", "le porte sur ses épaules", "sur les épaules de son père",
        "sur les épaules de papa", "la borde", "le borde", "lui donne la purée", "lui donne la becquée", "lui donne à manger", "la nourrit",
        "le nourrit", "la pousse sur la balançoire", "le pousse sur la balançoire", "la couche", "le couche", "la met au lit", "le met au lit",
        "l'emmène à l'école", "la conduit à l'école", "le conduit à l'école", "l'installe dans le siège auto", "lui apprend à faire du vélo",
        "lui apprend à nager", "la tient par la main", "le tient par la main"],
 "es": ["la sube a hombros", "lo sube a hombros", "la sube en brazos", "lo sube en brazos", "la coge en brazos", "lo coge en brazos",
        "la levanta", "lo levanta", "le da de comer", "le da la papilla", "le da el biberón", "la arropa", "lo arropa", "la acuesta", "lo acuesta",
        "la columpia", "lo columpia", "la empuja en el columpio", "lo empuja en el columpio", "la lleva al colegio", "lo lleva al colegio",
        "la lleva de la mano", "lo lleva de la mano", "la sienta en la trona", "lo sienta en la trona", "la abrocha en la sillita",
        "le enseña a montar en bici", "le enseña a nadar"],
 "it": ["la prende in braccio", "lo prende in braccio", "la solleva", "lo solleva", "la imbocca", "lo imbocca", "le dà la pappa", "gli dà la pappa",
        "la spinge sull'altalena", "lo spinge sull'altalena", "la spinge", "lo spinge", "la mette a letto", "lo mette a letto", "la rimbocca",
        "la porta a scuola", "lo porta a scuola", "la porta sulle spalle", "lo porta sulle spalle", "sulle spalle del papà", "sulle spalle di papà",
        "le allaccia il caschetto", "gli allaccia il caschetto", "le insegna ad andare in bici", "gli insegna ad andare in bici"],
 "pt": ["a coloca na cadeirinha", "o coloca na cadeirinha", "dá a papinha", "dá papinha", "a leva pela mão", "o leva pela mão",
        "a leva para a escola", "o leva para a escola", "a põe para dormir", "o põe para dormir", "a carrega nos ombros", "o carrega nos ombros",
        "nos ombros do pai", "a empurra no balanço", "o empurra no balanço", "ensina a andar de bicicleta", "lhe dá de comer", "afivela o cinto"],
 "nl": ["tilt haar op", "tilt hem op", "stopt haar in", "stopt hem in", "voert haar", "voert hem", "duwt haar op de schommel", "duwt hem op de schommel",
        "brengt haar naar school", "brengt hem naar school", "brengt haar naar bed", "brengt hem naar bed", "zet haar in het zitje", "zet hem in het zitje",
        "zet haar op zijn schouders", "zet hem op zijn schouders", "op de schouders van papa", "leert haar fietsen", "leert hem fietsen",
        "in het zitje achter op de fiets"],
 "pl": ["karmi ją łyżeczką", "karmi go łyżeczką", "podnosi ją", "podnosi go", "zapina ją w foteliku", "zapina go w foteliku", "kładzie ją spać",
        "kładzie go spać", "odprowadza ją", "odprowadza go", "huśta ją", "huśta go", "bierze ją na barana", "bierze go na barana", "na barana",
        "uczy ją jeździć na rowerze", "uczy go jeździć na rowerze", "prowadzi ją za rękę", "prowadzi go za rękę"],
 "cs": ["zapíná ji do autosedačky", "zapíná ho do autosedačky", "krmí ji lžičkou", "krmí ho lžičkou", "bere ji na ramena", "bere ho na ramena",
        "nese ji na ramenou", "nese ho na ramenou", "houpe ji na houpačce", "houpe ho na houpačce", "vede ji za ruku", "vede ho za ruku",
        "učí ji jezdit na kole", "učí ho jezdit na kole", "zvedá ji", "zvedá ho"],
 "ru": ["пристёгивает", "пристегивает", "сажает её на плечи", "сажает его на плечи", "сажает на плечи", "кормит с ложечки", "кормит её с ложечки",
        "кормит его с ложечки", "укладывает её спать", "укладывает его спать", "качает её на качелях", "качает его на качелях", "учит её кататься",
        "учит его кататься", "ведёт её за руку", "ведёт его за руку", "ведет её за руку", "берёт её на руки", "берёт его на руки", "берет на руки"],
 "uk": ["пристібає", "садить її на плечі", "садить його на плечі", "годує з ложечки", "годує її з ложечки", "вкладає її спати", "вкладає його спати",
        "гойдає її на гойдалці", "вчить її кататися", "вчить його кататися", "веде її за руку", "веде його за руку", "бере її на руки",
        "бере його на руки", "підіймає її", "підіймає його", "піднімає її", "піднімає його"],
 "sv": ["spänner fast henne", "spänner fast honom", "matar henne", "matar honom", "lyfter upp henne", "lyfter upp honom", "bär henne på axlarna",
        "bär honom på axlarna", "på pappas axlar", "stoppar om henne", "stoppar om honom", "nattar henne", "nattar honom", "puttar henne på gungan",
        "lär henne cykla", "lär honom cykla", "följer henne till skolan", "följer honom till skolan"],
 "tr": ["omzuna alıyor", "omuzlarına alıyor", "omzuna alıp", "kaşıkla yediriyor", "mama yediriyor", "yediriyor", "kucağına alıyor",
        "üstünü örtüyor", "yatağına yatırıyor", "salıncakta sallıyor", "elinden tutup", "okula götürüyor", "bisiklet sürmeyi öğretiyor",
        "oto koltuğuna bağlıyor", "emniyet kemerini bağlıyor"],
 "el": ["την ταΐζει", "τον ταΐζει", "τη σηκώνει", "την σηκώνει", "τον σηκώνει", "στους ώμους του μπαμπά", "τη σκεπάζει", "τον σκεπάζει",
        "την κουνάει στην κούνια", "τον κουνάει στην κούνια", "την πηγαίνει σχολείο", "τον πηγαίνει σχολείο", "της μαθαίνει ποδήλατο", "του μαθαίνει ποδήλατο"],
 "he": ["מרים אותה", "מרים אותו", "מרימה אותה", "מרימה אותו", "מאכילה אותה", "מאכילה אותו", "מאכיל אותה", "מאכיל אותו", "חוגרת אותה",
        "חוגרת אותו", "חוגר אותה", "חוגר אותו", "משכיבה אותה לישון", "משכיב אותה לישון", "מנדנד אותה", "מנדנדת אותה", "מלמד אותה לרכוב",
        "מלמד אותו לרכוב", "מלמדת אותה לרכוב", "על הכתפיים של אבא"],
 "ar": ["تطعمها", "تطعمه", "يطعمها", "يطعمه", "يحملها", "يحمله", "تحملها", "يرفعها", "ترفعها", "يرفعه", "تغطيها", "يغطيها", "تنيمها",
        "تنيمه", "يؤرجحها", "يؤرجحه", "يعلمها ركوب الدراجة", "يعلمه ركوب الدراجة", "تعلمها ركوب الدراجة", "توصلها", "يوصلها",
        "تمسك يدها", "يمسك يدها", "يمسك يده", "على كتفي أبيها", "على كتفي أبيه"],
 "fa": ["بغلش می‌کند", "بغلش کرده", "روی دوشش", "کولش می‌کند", "می‌خواباندش", "پتو رویش می‌کشد", "کمربندش را می‌بندد", "با قاشق غذا می‌دهد",
        "دستش را می‌گیرد", "دوچرخه سواری یادش می‌دهد", "به مدرسه می‌رساند"],
 "hi": ["उसे कंधे पर", "कंधे पर बिठाकर", "कंधे पर बैठाकर", "चम्मच से खिला", "उसे खिला रही", "उसे खिला रहे", "उसे गोद में उठा", "गोद में उठाकर",
        "उसे सुला रही", "उसे सुला रहे", "झूला झुला रहे", "झूला झुला रही", "साइकिल चलाना सिखा", "स्कूल छोड़ने", "हाथ पकड़कर स्कूल"],
 "bn": ["কাঁধে বসিয়ে", "চামচ দিয়ে খাওয়াচ্ছে", "খাইয়ে দিচ্ছে", "কোলে তুলে", "ঘুম পাড়াচ্ছে", "দোলনায় দোল দিচ্ছে", "সাইকেল চালানো শেখাচ্ছে",
        "হাত ধরে স্কুলে", "স্কুলে পৌঁছে দিচ্ছে"],
 "id": ["menggendongnya", "digendong ayah", "digendong ibu", "disuapi", "menyuapinya", "diselimuti", "menyelimutinya", "dipasangkan sabuk pengaman",
        "memasangkan sabuk pengaman", "diayun", "mengantarnya", "diantar ibu", "diantar ayah", "dituntun", "menuntunnya", "diajari naik sepeda",
        "mengajarinya naik sepeda", "ditidurkan", "menidurkannya"],
 "tl": ["kinakarga", "binubuhat", "sinusubuan", "pinapakain", "kinukumutan", "pinapatulog", "hinahatid sa paaralan", "inihahatid sa eskwela",
        "tinuturuang magbisikleta", "sa balikat ng tatay", "iniuugoy sa duyan"],
 "vi": ["dắt tay", "cho ngồi lên vai", "bế lên vai", "đút từng thìa", "đút cho", "cài dây an toàn", "đắp chăn cho", "đẩy xích đu", "dạy đi xe đạp",
        "đưa đến trường", "dắt tay đến trường", "bế lên"],
 "th": ["อุ้มขึ้น", "ป้อนข้าว", "ห่มผ้าให้", "กล่อมนอน", "ไกวชิงช้า", "สอนปั่นจักรยาน", "จูงมือ", "ขี่คอ", "คาดเข็มขัดนิรภัยให้", "ไปส่งที่โรงเรียน"],
 "ja": ["抱き上げ", "肩車して", "肩車され", "食べさせても", "ブランコを押し", "自転車の乗り方を教え", "手を引かれ", "手を引いて", "チャイルドシートに乗せ",
        "ベルトを締めても", "布団をかけても", "寝かしつけても"],
 "zh": ["把她抱起来", "把他抱起来", "抱起来", "喂她", "喂他", "用小勺喂", "给她系好", "给他系好", "哄她睡觉", "哄他睡觉", "推她荡秋千", "推他荡秋千",
        "教她骑车", "教他骑车", "牵着她的手", "牵着他的手", "送她上学", "送他上学", "骑在爸爸脖子上", "骑在爸爸肩上"],
 "ko": ["목마를 태워", "목마 태워", "안아 올려", "카시트에 앉혀", "벨트를 채워", "재워 주", "그네를 밀어", "자전거 타는 법을 가르쳐", "손을 잡고 학교",
        "데려다준다", "데려다 준다", "업어 주"],
}
for lang, words in TEND38.items():
    add("tend", lang, *words)
add("clitic", "es", "la", "le", "lo")
add("clitic", "it", "la", "lo", "le", "gli")
add("clitic", "fr", "la", "le", "l")
add("verb-object", "de", "sie", "ihn")
add("verb-object", "nl", "haar", "hem")
add("verb-object", "sv", "henne", "honom")
# training wheels where the thing rows lacked them
add("thing", "uk", "без додаткових коліс", "додаткові колеса")
add("thing", "ru", "без дополнительных колёс", "без дополнительных колес")
_S38_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[_S38_START:] if l == "fa" and "\u200c" in t]
R.extend(_S38_FA)
# Stage 2 (after batch 39's first score): the parent of a later clause said by where she is and what she does beside the subject
# (watch kind, read only after a parent heading a clause that is not the prompt's first: "…, mum loading the bags", "…, Mama
# steht daneben", "…, мама сидит на лавочке", "…, babička jde vedle"); growth said by how much the subject has grown (thing); a
# grown-up's clothes many sizes too big (thing). Left out: a bare posture verb in the unspaced scripts (too short to find alone).
WATCH38 = {
 "en": ["stands beside", "standing beside", "stands by", "standing by", "stands", "standing", "sits on the bench", "sitting on the bench", "sits",
        "sitting", "walks beside", "walking beside", "walks alongside", "walking alongside", "jogging behind", "jogs behind", "loading the bags",
        "loads the bags", "packing the bags", "packs the bags", "holding the back of the saddle", "holds the back of the saddle", "holding the saddle"],
 "de": ["steht daneben", "steht dabei", "steht", "geht daneben", "geht nebenher", "läuft nebenher", "joggt hinterher", "sitzt auf der bank", "sitzt",
        "packt die taschen", "hält den sattel"],
 "fr": ["marche à côté", "debout à côté", "assise sur le banc", "assis sur le banc", "est assise", "court à côté", "range les courses", "tient la selle"],
 "es": ["camina al lado", "de pie al lado", "sentada en el banco", "sentado en el banco", "está sentada", "corre detrás", "guarda la compra", "sujeta el sillín"],
 "it": ["cammina accanto", "in piedi accanto", "seduta sulla panchina", "seduto sulla panchina", "è seduta", "corre dietro", "tiene il sellino"],
 "pt": ["caminha ao lado", "de pé ao lado", "sentada no banco", "sentado no banco", "está sentada", "corre atrás", "segura o selim"],
 "nl": ["loopt ernaast", "staat ernaast", "zit op het bankje", "zit op een bankje", "rent erachter", "houdt het zadel vast"],
 "pl": ["idzie obok", "stoi obok", "siedzi na ławce", "siedzi na ławeczce", "biegnie obok", "trzyma siodełko"],
 "cs": ["jde vedle", "stojí vedle", "sedí na lavičce", "běží vedle", "drží sedlo"],
 "sv": ["går bredvid", "står bredvid", "sitter på bänken", "sitter på en bänk", "springer bredvid", "håller i pakethållaren"],
 "ru": ["сидит на лавочке", "сидит на скамейке", "сидит на лавке", "идёт рядом", "идет рядом", "стоит рядом", "бежит рядом", "держит седло"],
 "uk": ["сидить на лавці", "сидить на лавочці", "йде поруч", "іде поруч", "стоїть поруч", "біжить поруч", "тримає сідло"],
 "tr": ["yanında yürüyor", "bankta oturuyor", "yanında duruyor", "yanında koşuyor", "selesini tutuyor"],
 "el": ["περπατάει δίπλα", "κάθεται στο παγκάκι", "στέκεται δίπλα", "τρέχει δίπλα", "κρατάει τη σέλα"],
 "he": ["הולכת לידו", "הולכת לידה", "הולך לידו", "הולך לידה", "יושבת על הספסל", "יושב על הספסל", "עומדת לידו", "עומדת לידה", "רץ מאחור", "מחזיק את האוכף"],
 "ar": ["تمشي بجانبه", "تمشي بجانبها", "يمشي بجانبه", "تجلس على المقعد", "يجلس على المقعد", "تقف بجانبه", "تقف بجانبها", "يركض خلفه", "يركض خلفها"],
 "fa": ["کنارش راه می‌رود", "روی نیمکت نشسته", "کنارش ایستاده", "پشت سرش می‌دود"],
 "hi": ["साथ चल रही", "साथ चल रहे", "बेंच पर बैठी", "बेंच पर बैठे", "पास खड़ी", "पास खड़े", "पीछे दौड़ रहे", "पीछे दौड़ रही"],
 "bn": ["পাশে হাঁটছে", "বেঞ্চে বসে", "পাশে দাঁড়িয়ে", "পিছনে দৌড়াচ্ছে"],
 "id": ["berjalan di sampingnya", "duduk di bangku", "berdiri di sampingnya", "berlari di belakang"],
 "tl": ["naglalakad sa tabi", "nakaupo sa bangko", "nakatayo sa tabi", "tumatakbo sa likod"],
 "vi": ["đi bên cạnh", "ngồi trên ghế đá", "đứng bên cạnh", "chạy theo sau"],
 "th": ["เดินข้าง ๆ", "นั่งที่ม้านั่ง", "ยืนข้าง ๆ", "วิ่งตามหลัง"],
 "ja": ["隣を歩", "ベンチに座って", "そばで見守", "後ろから走"],
 "zh": ["在旁边走", "坐在长椅上", "站在旁边", "在后面跑"],
 "ko": ["옆에서 걷", "벤치에 앉아", "옆에 서", "뒤에서 뛰"],
}
for lang, words in WATCH38.items():
    add("watch", lang, *words)
GROWN38 = {
 "en": ["how much she's grown", "how much he's grown", "how much she has grown", "how much he has grown", "how tall she's grown", "how tall he's grown",
        "sizes too big", "size too big"],
 "de": ["wie viel sie gewachsen ist", "wie viel er gewachsen ist", "wie groß sie geworden ist", "wie groß er geworden ist", "nummern zu groß"],
 "fr": ["combien elle a grandi", "combien il a grandi", "tailles trop grandes", "pointures trop grandes"],
 "es": ["cuánto ha crecido", "cuánto creció", "tallas más grandes", "números más grandes"],
 "it": ["quanto è cresciuta", "quanto è cresciuto", "taglie più grandi", "numeri più grandi"],
 "pt": ["quanto cresceu", "quanto ela cresceu", "quanto ele cresceu", "números maiores"],
 "nl": ["hoeveel ze gegroeid is", "hoeveel hij gegroeid is", "maten te groot"],
 "pl": ["ile urosła", "ile urósł", "o kilka numerów za duże"],
 "cs": ["kolik vyrostla", "kolik vyrostl", "o několik čísel větší"],
 "sv": ["hur mycket hon har vuxit", "hur mycket han har vuxit", "storlekar för stora"],
 "ru": ["насколько выросла", "насколько вырос", "на сколько выросла", "на сколько вырос", "на несколько размеров больше"],
 "uk": ["наскільки виросла", "наскільки виріс", "на кілька розмірів більші"],
 "tr": ["ne kadar uzadığını", "ne kadar büyüdüğünü", "beden büyük"],
 "el": ["πόσο ψήλωσε", "πόσο μεγάλωσε", "νούμερα μεγαλύτερα"],
 "he": ["כמה הוא גבה", "כמה היא גבהה", "כמה גבה", "כמה גבהה", "מידות גדולות עליו", "מידות גדולות עליה"],
 "ar": ["كم طال", "كم طالت", "كم كبر", "كم كبرت"],
 "fa": ["چقدر قد کشیده", "چقدر بزرگ شده"],
 "hi": ["कितना लंबा हो गया", "कितनी लंबी हो गई", "कितना बड़ा हो गया", "कितनी बड़ी हो गई"],
 "bn": ["কতটা লম্বা হয়েছে", "কত বড় হয়েছে"],
 "vi": ["cao thêm bao nhiêu", "lớn thêm bao nhiêu"],
 "th": ["สูงขึ้นเท่าไหร่", "โตขึ้นเท่าไหร่"],
 "ja": ["どれだけ背が伸びた", "背が伸びたか", "背比べ"],
 "zh": ["长高了多少", "又长高了"],
 "ko": ["키가 얼마나 컸는지", "키가 얼마나 컸나"],
 "id": ["seberapa tinggi dia sekarang", "sudah bertambah tinggi"],
 "tl": ["gaano na siya kataas", "gaano na siya tumangkad"],
}
for lang, words in GROWN38.items():
    add("thing", lang, *words)
# things of the batch-39 classes in the languages that lacked them: a pull toy on a string, a carousel's wooden horse, a thumb in
# the mouth (left out: thumb-sucking is also an adult's erotic pose), a first-haircut rite, British stabilisers, a child's paper party hat in Turkish (both spellings)
add("thing", "cs", "na provázku", "dřevěnou kačenku", "dřevěnou kachničku")
add("thing", "en", "pull along toy", "pull toy on a string", "stabilisers", "stabiliser wheels")
add("thing", "fr", "cheval de bois", "chevaux de bois")
add("thing", "hi", "मुंडन")
add("thing", "tr", "kâğıt şapka", "kağıt şapka")
_S38B_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[-140:] if l == "fa" and "\u200c" in t]
R.extend(_S38B_FA)
# Session 31 (i16-para38): childhood customs and objects of the batch-38/39 classes, written for all 26 languages where the
# custom exists (thing kind: one hint; beside a later clause's carer, a second thing or a prompt naming nobody, youth):
# a colouring book, a children's puppet show, a letter to the gift-bringer with the carrot for his animal, counting sticks,
# a baby carrier or sling, a skating aid, a lemonade stand, a trick-or-treat candy pail, a little boy or girl said by a
# diminutive, a pupil named by the grade. Left out: a carousel or pony ride alone, a missing front tooth, thumb-sucking,
# a flower wreath, a nativity scene, a Ramadan lantern (each an adult's too).
_S39_START = len(R)
THINGS39 = {
 "en": ["colouring book", "coloring book", "colouring in", "puppet show in the front row", "punch and judy", "letter to santa",
        "letter to father christmas", "carrot for the reindeer", "carrot for rudolph", "counting sticks", "lemonade stand",
        "candy pail", "trick-or-treat bucket", "trick or treat bucket", "pumpkin pail", "skating aid", "baby sling", "in the sling",
        "wonky felt-tip", "felt-tip capitals", "in the baby carrier", "in a baby carrier"],
 "de": ["malbuch", "ausmalbuch", "ausmalbild", "kasperletheater", "kasperle", "kasper, pass auf", "kaspertheater", "puppentheater",
        "brief ans christkind", "wunschzettel ans christkind", "karotte für die rentiere", "zählstäbchen", "rechenstäbchen",
        "limonadenstand", "babytrage", "in der trage", "tragetuch", "im tragetuch", "süßigkeiteneimer"],
 "fr": ["cahier de coloriage", "livre de coloriage", "guignol", "théâtre de marionnettes", "lettre au père noël",
        "carotte pour les rennes", "bâtonnets de calcul", "stand de limonade", "porte-bébé", "dans le porte-bébé", "écharpe de portage",
        "attraper le pompon", "sous la table pour désigner", "désigner les parts", "seau à bonbons"],
 "es": ["libro para colorear", "cuaderno para colorear", "teatro de títeres", "guiñol", "carta a los reyes magos", "carta a papá noel",
        "zanahoria para los renos", "palitos de contar", "puesto de limonada", "mochila portabebés", "portabebés", "fular portabebés",
        "pastorcillo", "pastorcilla", "calabaza de caramelos"],
 "it": ["album da colorare", "libro da colorare", "teatrino dei burattini", "lettera a babbo natale", "letterina a babbo natale",
        "carota per le renne", "bastoncini per contare", "banchetto della limonata", "marsupio porta bebè", "nel marsupio",
        "fascia porta bebè"],
 "pt": ["livro de colorir", "caderno de colorir", "teatro de fantoches", "teatrinho de fantoches", "carta ao pai natal", "carta para o papai noel",
        "cenoura para as renas", "palitos de contar", "barraca de limonada", "canguru porta-bebê", "no canguru", "sling de bebê"],
 "nl": ["kleurboek", "kleurplaat", "poppenkast", "verlanglijstje voor sinterklaas", "brief aan de kerstman", "wortel voor het paard",
        "wortel voor de rendieren", "rekenstokjes", "limonadekraam", "in de draagzak", "draagdoek", "in de draagdoek", "mutsje met oortjes",
        "shetlander", "shetlandpony"],
 "pl": ["kolorowanka", "kolorowankę", "kolorowance", "teatrzyk kukiełkowy", "teatrzyk lalek", "list do świętego mikołaja",
        "list do mikołaja", "marchewka dla reniferów", "patyczki do liczenia", "stoisko z lemoniadą", "nosidełko", "w nosidełku",
        "chusta do noszenia", "bolkiem i lolkiem", "bolek i lolek", "papierowa czapeczka", "zuch w mundurku", "zuchy"],
 "cs": ["omalovánky", "omalovánkách", "loutkové divadlo", "loutkové divadélko", "dopis ježíškovi", 
        "počítací tyčinky", "stánek s limonádou", "nosítko", "v nosítku", "šátek na nošení", "helma s beruškami", "helmě s beruškami"],
 "sv": ["målarbok", "målarboken", "dockteater", "önskelista till tomten", "brev till tomten", "morot till renarna", "räknestickor",
        "lemonadstånd", "bärsele", "i bärselen", "bärsjal"],
 "ru": ["раскраска", "раскраску", "раскраске", "кукольный театр", "кукольном театре", "письмо деду морозу", "счётные палочки",
        "счетные палочки", "в слинге", "в эрго-рюкзаке", "пластикового пингвина", "пингвина для катания", "восьмиклассница",
        "семиклассница", "шестиклассница", "пятиклассница", "восьмиклассник", "семиклассник", "шестиклассник", "пятиклассник"],
 "uk": ["розмальовка", "розмальовку", "розмальовці", "ляльковий театр", "ляльковому театрі", "лист до святого миколая",
        "лічильні палички", "у слінгу", "пластикового пінгвіна", "пінгвіна для катання", "восьмикласниця", "семикласниця",
        "шестикласниця", "п'ятикласниця", "восьмикласник", "семикласник", "шестикласник", "п'ятикласник"],
 "tr": ["boyama kitabı", "boyama kitabına", "kukla tiyatrosu", "hacivat karagöz", "noel babaya mektup", "sayı çubukları",
        "limonata tezgahı", "kanguru taşıyıcı", "ana kucağı", "bebek sling"],
 "el": ["βιβλίο ζωγραφικής", "μπλοκ ζωγραφικής", "στον καραγκιόζη", "κουκλοθέατρο", "γράμμα στον άγιο βασίλη",
        "καρότο για τους ταράνδους", "ξυλάκια αρίθμησης", "μάρσιπο", "στον μάρσιπο", "δεν φτάνουν στο πάτωμα"],
 "he": ["חוברת צביעה", "ספר צביעה", "תיאטרון בובות", "מכתב לסנטה", "מקלות ספירה", "דוכן לימונדה", "במנשא", "מנשא תינוקות",
        "סלסלת ביכורים", "סל ביכורים", "מסיבת שבועות בגן"],
 "ar": ["دفتر التلوين", "كتاب التلوين", "مسرح العرائس", "مسرح الدمى", "رسالة إلى بابا نويل",
        "أعواد العد", "كشك عصير الليمون", "حمالة الأطفال", "حمالة الرضيع", "صام نص نهار", "صام نصف نهار", "صامت نص نهار"],
 "fa": ["دفتر رنگ آمیزی", "کتاب رنگ آمیزی", "تئاتر عروسکی", "نامه به بابانوئل", "چوب خط شمارش",
        "آغوشی نوزاد", "لباس عروسکی", "پسر کوچولو", "دختر کوچولو", "پسرک کوچولو", "دخترک کوچولو", "اولین قدم هایش", "اولین قدم‌هایش"],
 "hi": ["रंग भरने की किताब", "कलरिंग बुक", "कठपुतली का खेल", "कठपुतली शो", "सांता को चिट्ठी", "गिनती की तीलियाँ", "बेबी कैरियर"],
 "bn": ["রং করার বই", "রং করার খাতা", "পুতুল নাচ", "সান্তাকে চিঠি", "গোনার কাঠি", "বেবি ক্যারিয়ার"],
 "id": ["buku mewarnai", "teater boneka", "surat untuk sinterklas", "lidi untuk berhitung", "stik hitung", "gendongan bayi",
        "dalam gendongan", "kios limun"],
 "tl": ["coloring book", "tumbang preso", "natutong pumalakpak", "sulat kay santa claus",
        "tingting na pambilang", "baby carrier", "tinatawag na ni tita", "tinatawag na ni nanay", "patintero"],
 "vi": ["sách tô màu", "vở tô màu", "múa rối", "xem múa rối", "thư gửi ông già noel", "que tính", "đếm bằng que tính",
        "viết chữ số ngược", "địu em bé", "trong địu", "quầy nước chanh"],
 "th": ["สมุดระบายสี", "หุ่นกระบอก", "จดหมายถึงซานต้า", "ไม้นับเลข", "เป้อุ้มเด็ก", "หมวกไหมพรมหูกระต่าย", "รถเข็นคันเล็ก",
        "ท่องสูตรคูณ", "ท่องสูตรคูณแม่"],
 "ja": ["ぬりえ", "塗り絵", "人形劇", "サンタへの手紙", "サンタさんへの手紙", "数え棒", "抱っこ紐", "抱っこひも", "レモネードスタンド"],
 "zh": ["涂色本", "填色本", "木偶戏", "给圣诞老人的信", "数数棒", "小棒数数", "婴儿背带", "背带里", "柠檬水摊"],
 "ko": ["색칠 공부", "색칠공부", "색칠북", "인형극", "산타에게 편지", "산타 할아버지께 편지", "수 막대", "아기띠", "레모네이드 가판대"],
}
for lang, words in THINGS39.items():
    add("thing", lang, *words)
_S39_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[_S39_START:] if l == "fa" and "\u200c" in t]
R.extend(_S39_FA)
# Session 32 (i16-para40): the subject as the standard of a size comparison (Rules/ChildDetails.cs ReadPairs): a "self" row (than
# herself, que ela, od niej samej, از خودش, 体より) with an "oversize" row within five words either side (bigger, maior, większy,
# بزرگ‌تر, 大きい) is one hint, "oversize" (a school bag bigger than herself). Written for GenScreen from general knowledge of the
# languages (MIT, this project; no third-party list). The self rows are the comparison's standard only: "than her head" is no row,
# and the bare Chinese 比她 / 比他 are left out ("胸比她的头还大" compares a body part, not the subject). A self row is a trigger
# (its longest word sets off the clause): so German "als sie", French "que elle" and Vietnamese "bản thân", "người bé" (whose
# trigger words sie, elle, thân, người stand in most prompts of their language) are left out, and so are rows whose trigger is a
# short word that starts others (Italian "di sé": sé starts sétimo, and the Portuguese "suíte no sétimo andar, nua" was read as
# "no … andar", cannot walk; Spanish "que él", Arabic "منه", Persian "از خود" whose خود starts خودرو).
_S40_START = len(R)
SELF40 = {
 "en": ["than herself", "than himself", "than she is", "than he is", "than her whole body", "than his whole body", "than themselves", "than they are"],
 "de": ["als sie selbst", "als er selbst", "als sie selber", "als er selber", "als sie selbst ist", "als er selbst ist"],
 "fr": ["que lui", "qu'elle", "qu’elle", "que lui même", "qu'elle même", "qu’elle même"],
 "es": ["que ella", "que ella misma", "que él mismo", "que su cuerpo"],
 "it": ["di lei", "di lui", "di lei stessa", "di lui stesso"],
 "pt": ["que ela", "que ele", "do que ela", "do que ele", "que ela mesma", "que ele mesmo"],
 "nl": ["dan zijzelf", "dan hijzelf", "dan zij", "dan hij", "dan haarzelf", "dan hemzelf", "dan ze zelf", "dan zij zelf", "dan hij zelf"],
 "pl": ["od niej", "od niego", "od niej samej", "od niego samego", "od siebie"],
 "cs": ["než ona", "než on", "než ona sama", "než on sám", "než sám", "nežli ona", "nežli on"],
 "sv": ["än hon", "än han", "än hon själv", "än han själv", "än sig själv"],
 "ru": ["её самой", "неё самой", "ее самой", "нее самой", "его самого", "него самого", "чем она", "чем он", "чем она сама", "чем он сам", "чем сама", "чем сам"],
 "uk": ["за неї", "за нього", "за неї саму", "за нього самого", "ніж вона", "ніж він", "ніж вона сама", "ніж він сам", "за себе"],
 "tr": ["kendisinden", "kendinden", "kendi boyundan", "boyundan"],
 "el": ["από αυτόν", "από αυτήν", "από αυτή", "από τον ίδιο", "από την ίδια", "από το ίδιο", "απ' τον ίδιο", "απ' την ίδια"],
 "he": ["ממנה", "ממנו", "ממנה עצמה", "ממנו עצמו"],
 "ar": ["منها", "من جسمها", "من جسمه", "من حجمها", "من حجمه"],
 "fa": ["از خودش", "از قدش", "از هیکلش"],
 "hi": ["अपने से", "खुद से", "ख़ुद से", "उससे", "उससे भी", "अपने कद से"],
 "bn": ["নিজের চেয়ে", "নিজের থেকে", "ওর চেয়ে", "তার চেয়ে", "ওর থেকে"],
 "id": ["dari badannya", "dari tubuhnya", "dari dirinya", "dari dirinya sendiri", "dari badan", "dari tubuh"],
 "tl": ["sa kanya", "kaysa sa kanya", "sa kaniya", "kaysa sa kaniya", "sa katawan niya"],
 "vi": ["cả người", "cả thân người", "cả cơ thể"],
 "th": ["กว่าตัว", "กว่าตัวเอง"],
 "ja": ["体より", "自分より", "背丈より", "身体より", "からだより", "自分の体より"],
 "zh": ["比自己", "比人", "比身体", "比她自己", "比他自己", "比个子"],
 "ko": ["몸보다", "자기보다", "자기 몸보다", "키보다"],
}
OVERSIZE40 = {
 "en": ["bigger", "larger", "taller", "too big"],
 "de": ["größer", "grösser", "zu groß", "zu gross"],
 "fr": ["plus grand", "plus grande", "plus gros", "plus grosse"],
 "es": ["más grande", "más grandes", "más alta", "más alto"],
 "it": ["più grande", "più grandi", "più alto", "più alta"],
 "pt": ["maior", "maiores", "mais alta", "mais alto"],
 "nl": ["groter", "hoger"],
 "pl": ["większy", "większa", "większe", "większym", "większą", "wyższy", "wyższa", "wyższe"],
 "cs": ["větší", "vyšší", "větším", "větší než"],
 "sv": ["större", "högre"],
 "ru": ["больше", "выше", "побольше"],
 "uk": ["більший", "більша", "більше", "більшим", "більшою", "вищий", "вища", "вище"],
 "tr": ["büyük", "daha büyük", "büyük bir", "uzun"],
 "el": ["πιο μεγάλη", "πιο μεγάλος", "πιο μεγάλο", "μεγαλύτερη", "μεγαλύτερος", "μεγαλύτερο", "πιο ψηλή", "πιο ψηλός", "πιο ψηλό"],
 "he": ["גדול", "גדולה", "גבוה", "גבוהה"],
 "ar": ["أكبر", "اكبر", "أطول", "اطول"],
 "fa": ["بزرگ‌تر", "بزرگتر", "گنده‌تر", "گنده تر", "بزرگ تر", "بلندتر", "بلند‌تر"],
 "hi": ["बड़ा", "बड़ी", "बड़े", "लंबा", "लंबी"],
 "bn": ["বড়", "বড়ো", "লম্বা"],
 "id": ["lebih besar", "lebih tinggi", "lebih gede"],
 "tl": ["mas malaki", "mas mataas", "malaki pa", "mas malaki pa"],
 "vi": ["to hơn", "lớn hơn", "cao hơn", "to hơn cả"],
 "th": ["ใหญ่", "สูง"],
 "ja": ["大きい", "大きな", "でかい", "大きく"],
 "zh": ["还大", "还要大", "更大", "还高", "还要高"],
 "ko": ["큰", "커다란", "더 큰", "크다"],
}
for lang, words in SELF40.items():
    add("self", lang, *words)
for lang, words in OVERSIZE40.items():
    add("oversize", lang, *words)
_S40_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[_S40_START:] if l == "fa" and "\u200c" in t]
R.extend(_S40_FA)
# Session 32 (i16-para40): customs of childhood the writers pair with a later clause's parent (thing kind: one hint, youth beside
# the carer of a later clause or another thing): the Easter egg hunt, trick-or-treating said in each language's own formula, the
# lantern walk of St Martin's Day. Written from general knowledge of the customs (MIT, this project). Left out: Czech pomlázka
# (men go carolling with it too), an adult hiding the eggs (a mother, an adult of the clause, keeps the custom hers).
CUSTOMS40 = {
 "en": ["easter egg hunt", "hunting for easter eggs", "egg hunt", "looking for easter eggs"],
 "de": ["ostereiersuche", "ostereiersuchen", "ostereier suchen", "sucht ostereier", "süßes oder saures", "laternenumzug", "sankt martins umzug", "laterne laufen"],
 "fr": ["chasse aux œufs", "chasse aux oeufs", "des bonbons ou un sort", "bonbons ou un sort", "défilé des lanternes"],
 "es": ["búsqueda de huevos de pascua", "busca huevos de pascua", "buscando huevos de pascua", "truco o trato", "pidiendo caramelos en halloween", "pide caramelos en halloween"],
 "it": ["caccia alle uova", "dolcetto o scherzetto"],
 "pt": ["caça aos ovos", "doces ou travessuras", "doce ou travessura", "gostosuras ou travessuras", "pedindo doces no halloween", "pede doces no halloween"],
 "nl": ["paaseieren zoeken", "paaseitjes zoeken", "zoekt paaseieren", "snoep of je leven", "sint maarten lopen", "op sint maarten", "lampionoptocht"],
 "pl": ["szuka zajączka", "szukanie zajączka", "cukierek albo psikus", "cukierek czy psikus"],
 "cs": ["hledá velikonoční vajíčka", "hledání velikonočních vajíček", "koleda o halloweenu"],
 "sv": ["äggjakt", "påskäggsjakt", "påskkärring", "påskkärringar", "bus eller godis"],
 "ru": ["ищет пасхальные яйца", "поиск пасхальных яиц", "сладость или гадость", "конфеты или жизнь"],
 "uk": ["шукає великодні яйця", "пошук великодніх яєць", "солодощі або капость"],
 "tr": ["paskalya yumurtası avı", "şeker mi şaka mı"],
 "el": ["κυνήγι αυγών", "κυνήγι πασχαλινών αυγών"],
 "he": ["ציד ביצים", "ציד ביצי פסחא"],
 "ar": ["البحث عن بيض عيد الفصح", "صيد البيض"],
 "id": ["berburu telur paskah", "mencari telur paskah"],
 "tl": ["easter egg hunt", "trick or treat"],
 "vi": ["săn trứng phục sinh", "cho kẹo hay bị ghẹo"],
 "th": ["ล่าไข่อีสเตอร์", "หาไข่อีสเตอร์"],
 "ja": ["エッグハント", "トリック・オア・トリート", "トリックオアトリート"],
 "zh": ["找复活节彩蛋", "寻找复活节彩蛋", "不给糖就捣蛋"],
 "ko": ["부활절 달걀 찾기", "에그헌트", "트릭 오어 트릿"],
}
for lang, words in CUSTOMS40.items():
    add("thing", lang, *words)
# ---- Session 33 (i16-para41): the evidence kinds batch 40's writers used and GenScreen read weakly (tools/para41/kinds.py) ----
# Written for GenScreen from general knowledge of the languages and customs (MIT, this project); no third-party list.
# 1. Hebrew and Arabic write the article, "and", "in", "to" and "from" as letters glued to the next word (המגלשה "the slide",
#    וסבתא "and grandma", بالقماط "in the swaddle", وأمه "and his mother"): a row of those languages was read only bare, so a thing
#    or a carer of a Hebrew or Arabic prompt was missed as often as not. Each one-word-headed thing, object, bringer and carry row
#    of the two languages is also written with its proclitics (Hebrew ה ו וה ב ל מה; Arabic ال و وال بال لل), and the
#    conjunction forms of the bare mother, father and grandparent words are kin (the later clause's carer, Rules/ChildDetails.cs
#    IsLaterClauseCarer: "…, וסבתא עומדת למטה" is the subject's grandmother whatever she does). Parents keep only the "and" form
#    (האמא heading a clause is the person described, as "the mother" is).
_S41_START = len(R)
_HE_PROCLITICS = ["ה", "ו", "וה", "ב", "ל", "מה", "ש"]
_AR_PROCLITICS_BARE = ["ال", "و", "وال", "بال", "لل", "ب"]
_AR_PROCLITICS_DEFINITE = ["و", "ب", "ف"]
_PROCLITIC_KINDS = {"thing", "object", "bringer", "carry", "smallest"}
for kind, lang, text in list(R[:_S41_START]):
    if kind not in _PROCLITIC_KINDS or text.endswith("*"):
        continue
    # A row already definite (ה…, ال…) takes only the proclitics that go before the article.
    if lang == "he":
        add(kind, lang, *[p + text for p in (["ו", "ש"] if text.startswith("ה") else _HE_PROCLITICS)])
    elif lang == "ar":
        add(kind, lang, *[p + text for p in (_AR_PROCLITICS_DEFINITE if text.startswith("ال") else _AR_PROCLITICS_BARE)])
add("kin", "he", "ואמא", "ואבא", "וסבא", "וסבתא", "ואימא")
add("parent", "he", "ואימא")
add("kin", "ar", "وأمه", "وأمها", "وأبوه", "وأبوها", "وجده", "وجدته", "وجدها", "وجدتها", "والأم", "والأب", "والجد", "والجدة",
    "وماما", "وبابا")
add("parent", "ar", "وجدها", "وجدتها", "وماما", "وبابا")
# 2. The gift-bringer's letter said with a bringer whose name holds a person word (Father Christmas, ông già Noel "old man Noel",
#    Дід Мороз "grandfather Frost", بابانوئل with بابا "dad", सांता क्लॉज़ read as a likely name): as a thing it needed a prompt that
#    names nobody, and the person word named someone. A letter written to the gift-bringer is a child's custom, so these rows are
#    objects (a likely minor, read only in a clause with no adult word: "a woman writing a letter to Father Christmas" stays hers).
OBJECT41 = {
 "en": ["letter to father christmas", "letters to father christmas", "wish list for father christmas", "letter to santa claus"],
 "vi": ["thư cho ông già noel", "thư gửi ông già noel", "thư cho ông già nô en", "thư gửi ông già nô en"],
 "uk": ["листа дідові морозу", "лист дідові морозу", "листа діду морозу", "лист діду морозу", "листа дідові морозові"],
 "ru": ["письмо деду морозу", "письмо дедушке морозу"],
 "fa": ["برای بابانوئل نامه", "نامه برای بابانوئل", "نامه به بابانوئل", "برای بابا نوئل نامه", "نامه به بابا نوئل"],
 "hi": ["सांता क्लॉज़ को चिट्ठी", "सांता क्लॉज को चिट्ठी", "सांता को चिट्ठी", "सांता को पत्र", "सांता क्लॉज़ को पत्र"],
 "bn": ["সান্তা ক্লজকে চিঠি", "সান্তাকে চিঠি", "সান্তা ক্লজের কাছে চিঠি"],
 "th": ["จดหมายถึงซานตาคลอส", "จดหมายถึงซานต้า", "จดหมายถึงซานตา"],
 "tl": ["liham kay santa claus", "liham kay santa", "sulat kay santa claus", "sulat kay santa", "liham para kay santa"],
 "el": ["γράμμα στον άη βασίλη", "γράμμα στον άι βασίλη", "γράμμα στον αϊ βασίλη"],
 "ar": ["رسالة إلى بابا نويل", "رسالة لبابا نويل"],
 "tr": ["noel baba'ya mektup", "noel babaya mektup"],
}
for lang, words in OBJECT41.items():
    add("object", lang, *words)
add("bringer", "el", "άη βασίλη", "άι βασίλη")
# 3. A child's clumsy product (crooked letters, scribbles on a wall): a thing (one hint; beside the gift-bringer's letter, a
#    crayon or a later clause's carer, youth). An adult named keeps it hers (a doctor's crooked handwriting). Left out: plain
#    "bad handwriting" words (hanenpoten, cakar ayam, 鬼画符: adults' too) and bare "scribbles" (an artist's sketches).
CLUMSY41 = {
 "en": ["wonky letters", "crooked letters", "wobbly letters", "wonky capitals", "scribbles on the wall", "scribbled on the wall", "drew on the wall"],
 "de": ["krakelige buchstaben", "krakeligen buchstaben", "schiefe buchstaben", "schiefen buchstaben", "an die wand gekritzelt", "kritzeleien an der wand"],
 "fr": ["lettres de travers", "lettres maladroites", "gribouillis sur le mur", "gribouillé sur le mur", "dessiné sur le mur"],
 "es": ["letras torcidas", "letras chuecas", "garabatos en la pared", "pintó la pared"],
 "it": ["lettere storte", "letterine storte", "scarabocchi sul muro", "ha disegnato sul muro"],
 "pt": ["letras tortas", "letrinhas tortas", "rabiscos na parede", "rabiscou a parede"],
 "nl": ["scheve letters", "scheve lettertjes", "gekrast op de muur", "op de muur getekend"],
 "pl": ["krzywymi literkami", "krzywe literki", "krzywymi literami", "bazgroły na ścianie", "pomazał ścianę", "pomazała ścianę"],
 "cs": ["křivými písmenky", "křivá písmenka", "křivými písmeny", "čmáranice na zdi", "počmáral zeď", "počmárala zeď"],
 "sv": ["sneda bokstäver", "krumeliga bokstäver", "kludd på väggen", "ritat på väggen"],
 "ru": ["кривыми буквами", "корявыми буквами", "кривые буквы", "каракули на стене", "разрисовал стену", "разрисовала стену", "разрисовал обои", "разрисовала обои"],
 "uk": ["кривими літерами", "кривими буквами", "криві літери", "каракулі на стіні", "розмалював стіну", "розмалювала стіну"],
 "tr": ["eğri büğrü harflerle", "eğri büğrü harfler", "duvarı karalamış", "duvara karalamış", "duvara resim çizmiş"],
 "el": ["στραβά γράμματα", "στραβά γραμματάκια", "μουτζούρες στον τοίχο", "ζωγράφισε στον τοίχο"],
 "he": ["אותיות עקומות", "אותיות עקומות", "קשקושים על הקיר", "קשקש על הקיר", "קשקשה על הקיר"],
 "ar": ["حروف معوجة", "بحروف معوجة", "خربشات على الحائط", "خربش على الحائط", "رسم على الحائط"],
 "fa": ["خط کج و معوج", "مدادرنگی روی دیوار", "روی دیوار خط خطی", "روی دیوار خط‌خطی", "خط‌خطی روی دیوار"],
 "hi": ["टेढ़े मेढ़े अक्षर", "टेढ़ी मेढ़ी राखी", "टेढ़ी मेढ़ी लकीरें", "टेढ़े मेढ़े अक्षरों", "दीवार पर क्रेयॉन", "दीवार पर लकीरें"],
 "bn": ["আঁকাবাঁকা অক্ষরে", "আঁকাবাঁকা অক্ষর", "দেয়ালে আঁকিবুকি", "দেওয়ালে আঁকিবুকি"],
 "th": ["ตัวหนังสือเบี้ยว", "ขีดเขียนบนผนัง", "วาดบนผนังบ้าน"],
 "vi": ["nét chữ xiêu vẹo", "chữ xiêu vẹo", "chữ nguệch ngoạc", "vẽ bậy lên tường", "vẽ lên tường"],
 "id": ["huruf miring-miring", "huruf yang miring", "mencoret-coret dinding", "coretan di dinding"],
 "tl": ["baluktot na sulat", "baluktot na letra", "drinowingan ang pader", "sinulatan ang pader"],
 "ja": ["がたがたの字", "ガタガタの字", "よれよれの字", "壁に落書き"],
 "zh": ["歪歪扭扭的字", "歪歪扭扭地写", "在墙上乱画", "墙上乱涂乱画"],
 "ko": ["삐뚤빼뚤한 글씨", "삐뚤빼뚤 글씨", "삐뚤빼뚤", "벽에 낙서"],
}
for lang, words in CLUMSY41.items():
    add("thing", lang, *[w.replace("-", " ") for w in words])
# 4. A child's part in a custom where elders give: collecting the festival's sweets or money from door to door or from the elders
#    (the bayram sweets, Eid salami, Diwali shagun, salam tempel, mừng tuổi, Hanukkah gelt, pamasko), a first-haircut or first-
#    tooth rite, a toddler's trot. Things (one hint): an adult who gives them is named and keeps them hers (a grandfather giving the
#    money). Left out as adults' too: the bare money words (lì xì, عیدی, 红包, angpao), rakhi tying (sisters of every age), krathong
#    and lantern parades (adults float and carry them), the festive clothes.
CUSTOM41 = {
 "en": ["first haircut", "upsherin", "upsherinish", "collecting candy door to door", "going door to door for sweets", "hanukkah gelt"],
 "de": ["ersten haarschnitt", "erster haarschnitt", "sammelt süßigkeiten von tür zu tür"],
 "fr": ["première coupe de cheveux"],
 "es": ["primer corte de pelo"],
 "it": ["primo taglio di capelli"],
 "pt": ["primeiro corte de cabelo"],
 "pl": ["pierwsze strzyżenie", "postrzyżyny"],
 "ru": ["первая стрижка", "первую стрижку"],
 "tr": ["kapı kapı dolaşıp şeker", "şeker topluyor", "şeker toplamaya", "bayram şekeri topluyor", "harçlık topluyor", "harçlığını alıyor", "el öpüp harçlık", "diş buğdayı"],
 "he": ["חלאקה", "טקס החלאקה", "התספורת הראשונה", "תספורת ראשונה", "אפשערניש", "דמי חנוכה", "ארגז החול", "בארגז החול", "ארגז חול", "בארגז חול"],
 "ar": ["يأخذ العيدية", "تأخذ العيدية", "يلوح بالعيدية", "يلوّح بالعيدية", "يعد العيدية", "عيديته", "عيديتها", "قماط", "بقماط", "ملفوف بقماط", "ملفوفة بقماط"],
 "fa": ["عیدی می‌گیرد", "عیدی گرفته", "اسکناس عیدی", "عیدی‌اش را", "دندونی"],
 "hi": ["शगुन के पैसे", "मुंडन संस्कार", "पहला मुंडन"],
 "bn": ["সালামি", "সেলামি", "সালামির", "সেলামির", "ঈদের সালামি", "ঈদের সেলামি"],
 "th": ["รับซองอั่งเปา", "รับแต๊ะเอีย", "ได้แต๊ะเอีย", "บนบ่าพ่อ", "บนบ่าแม่", "ข้าวบด", "เก้าอี้สูง"],
 "vi": ["được mừng tuổi", "chạy lon ton", "lon ton", "đèn ông sao", "đầy tháng"],
 "id": ["salam tempel", "dapat angpao", "turun tanah"],
 "tl": ["namamasko", "mamamasko", "nagmamano para sa aginaldo", "aginaldo"],
 "ja": ["お食い初め", "お宮参り"],
 "ko": ["백일잔치", "세배하고"],
 "pl2": [],
}
CUSTOM41.pop("pl2")
for lang, words in CUSTOM41.items():
    add("thing", lang, *words)
add("thing", "pl", "wysokim krzesełku", "wysokie krzesełko", "wysokiego krzesełka", "papką", "papkę")
# the potty of Turkish (read with its endings: lazımlığın, lazımlığa), the playground slide and the playground of Russian and
# Ukrainian in their cases, and the Indonesian greeting of elders by the hand (salim), each one hint.
add("thing", "tr", "lazımlık", "lazımlığın üstünde", "lazımlığa oturmuş")
add("thing", "ru", "с горки", "детской площадке", "детская площадка", "детской площадки")
add("thing", "uk", "з гірки", "дитячому майданчику", "дитячий майданчик", "дитячого майданчика")
add("thing", "id", "salim ke kakek", "salim ke nenek", "salim sama kakek", "salim sama nenek")
add("carry", "th", "บนบ่า", "นั่งบนบ่า")
_S41_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[_S41_START:] if l == "fa" and "\u200c" in t]
R.extend(_S41_FA)

# ---- Session 34 (i16-play42): a child at PLAY with no carer and no custom. Each row is a thing (one hint; in a prompt that
# names nobody, the subject's; an adult named keeps it hers: a father pulling the sled, a teacher drawing the hopscotch, a woman
# of 40 at her own party). Kinds the writers of batches 38-41 used and no row read in a language: street games of children
# (hopscotch in the languages and scripts that lacked it, marbles said as a game, puddle splashing), winter play (mittens on a
# string, pulling the sledge up), a child's party (the paper cone hat, the candles blown under it, a cake shaped as a cartoon
# hero), child-themed belongings (a character raincoat, boots or water bottle, a kids' meal toy), a child's body (the gap of the
# front milk teeth), a child's role among elders (counting the Eid money from uncles, iqra primers, reciting times tables for a
# sweet) and a carer holding the subject by the hood. Written for GenScreen from general knowledge of the languages (MIT, this
# project); no list copied. Left out as adults' too: bare marbles (stone), bare chalk, sledge alone, party hats alone in
# English-like "party hat" languages that lack the cone, balloons, tiffin boxes, a superhero T-shirt, a crew cut, first time on
# skates (adults learn too), bare "missing teeth" (old age).
_S42_START = len(R)
PLAY42 = {
 "en": ["shooting marbles", "playing marbles", "game of marbles", "splashing in puddles", "stomping in puddles", "jumping in puddles",
        "frog wellies", "dinosaur raincoat", "ladybird wellies", "character raincoat", "cartoon water bottle", "happy meal toy",
        "kids meal toy", "missing front teeth", "gap in her front teeth", "gap in his front teeth", "holding her by the hood",
        "holding him by the hood", "cone party hat", "paper party hat", "spider man cake", "spiderman cake", "unicorn cake"],
 "de": ["spielt murmeln", "murmeln spielen", "mit murmeln", "springt in pfützen", "hüpft in pfützen",
        "fäustlinge an einer schnur", "handschuhe an einer schnur", "fäustlinge an der schnur", "zieht den schlitten",
        "zieht einen schlitten", "zieht einen holzschlitten", "den schlitten den hügel hinauf", "spitzer partyhut",
        "spitzen partyhut", "partyhütchen", "geburtstagshütchen", "zahnlücke", "zahnlücke vorne", "hickelkasten",
        "regenjacke mit froschgesicht", "spiderman torte", "einhorntorte"],
 "fr": ["joue aux billes", "partie de billes", "aux billes", "saute dans les flaques", "moufles attachées",
        "moufles reliées", "chapeau pointu en carton", "chapeau de fête en carton", "dents de devant manquantes",
        "il lui manque les dents de devant", "gâteau spiderman", "gâteau reine des neiges", "tire sa luge"],
 "es": ["juega a las canicas", "a las canicas", "chapotea en los charcos", "saltando en los charcos", "salta en los charcos",
        "gorrito de cumpleaños", "gorro de cumpleaños", "le faltan las paletas", "sin las paletas", "le faltan los dientes de adelante",
        "cajita feliz", "tarta de spider man", "manoplas con cordón", "tira del trineo"],
 "it": ["gioca a biglie", "alle biglie", "salta nelle pozzanghere", "cappellino di compleanno",
        "cappellino a cono", "gli mancano i denti davanti", "le mancano i denti davanti", "muffole con il cordino", "tira lo slittino"],
 "pt": ["bolinha de gude", "bola de gude", "joga berlinde", "pula nas poças", "pulando nas poças", "chapéu de aniversário",
        "chapeuzinho de aniversário", "sem os dentes da frente", "mclanche feliz", "puxa o trenó"],
 "nl": ["knikkeren", "knikkert", "springt in plassen", "in de plassen springen", "kikkerlaarsjes", "feesthoedje",
        "verjaardagshoedje", "tandeloos lachje", "voortanden kwijt", "wisseltanden", "trekt de slee"],
 "pl": ["gra w kulki", "skacze po kałużach", "kalosze w biedronki", "czapeczka urodzinowa",
        "czapeczce urodzinowej", "urodzinowej czapeczce", "rękawiczki na sznurku", "rękawiczkach na sznurku", "ciągnie sanki",
        "szczerbaty uśmiech", "bez przednich zębów", "gra w klasy narysowane"],
 "cs": ["hraje kuličky", "cvrnká kuličky", "skáče do louží", "čepička na oslavu", "papírová čepička",
        "palčáky na šňůrce", "táhne sáňky", "chybí mu přední zuby", "chybí jí přední zuby", "hraje panáka"],
 "sv": ["hopphage", "spelar kula", "hoppar i vattenpölar", "plaskar i vattenpölar", "grodstövlar",
        "vantar i snöre", "vantar på snöre", "drar pulkan", "drar kälken", "partyhatt av papper", "tandlucka", "glugg i tänderna"],
 "ru": ["классики на асфальте", "рисует классики", "рисует мелками классики", "прыгает в классики", "шлёпает по лужам",
        "шлепает по лужам", "резиновых сапожках", "варежки на резинке", "варежки на верёвочке", "варежки на веревочке", "тянет санки",
        "санки на горку", "бумажном колпачке", "праздничном колпачке", "держится за стульчик", "придерживает за капюшон",
        "держит за капюшон", "нет передних зубов", "без передних зубов", "розовые сандалики", "сандалики"],
 "uk": ["класики на асфальті", "стрибає в класики", "малює класики", "стрибає по калюжах", "гумових чобітках",
        "рукавички на мотузочку", "рукавиці на мотузочку", "тягне санчата", "паперовому ковпачку", "святковому ковпачку",
        "притримує за капюшон", "тримає за капюшон", "без передніх зубів", "сандалики"],
 "tr": ["misket oynuyor", "bilye oynuyor", "su birikintilerine zıplıyor", "su birikintisinde zıplıyor",
        "doğum günü şapkası", "doğum günü şapkasıyla", "ön dişleri yok",
        "ön dişleri düşmüş", "kızağını çekiyor", "kızak çekiyor", "ipli eldiven"],
 "el": ["παίζει μπίλιες", "πηδάει στις λακκούβες", "στις λακκούβες", "γαλότσες βατραχάκια", "καπελάκι γενεθλίων",
        "χάρτινο καπελάκι", "του λείπουν τα μπροστινά δόντια", "της λείπουν τα μπροστινά δόντια", "τραβάει το έλκηθρο"],
 "he": ["קלאס בגיר", "משחקת קלאס", "משחק קלאס", "קופצת קלאס", "קופץ קלאס", "קופצת בקלאס", "קופץ בקלאס", "משחק בגולות",
        "משחקת בגולות", "בשלוליות", "קופץ בשלוליות", "קופצת בשלוליות", "מגפי גשם של צפרדע", "כובע מסיבה", "כובע יום הולדת",
        "שיניים חסרות", "שן קדמית חסרה", "שיניים קדמיות חסרות", "הציור על המקרר", "שתלוי על המקרר", "מושך מזחלת", "מושכת מזחלת"],
 "ar": ["يلعب البلي", "تلعب البلي", "يقفز في البرك", "تقفز في البرك", "قبعة عيد الميلاد",
        "قبعة الحفلة", "أسنانه الأمامية", "أسنانها الأمامية", "تعد العيديات", "يعد العيديات", "تعدّ العيديات", "يعدّ العيديات",
        "فستان العيد المنفوش"],
 "fa": ["لی‌لی بازی", "تیله بازی", "تیله‌ها", "کلاه بوقی", "کلاه تولد", "شمع‌های کیک تولد", "کیک مرد عنکبوتی",
        "به شکل مرد عنکبوتی", "دندان‌های جلویش", "اولین قدم‌هایش", "قدم‌های اولش"],
 "hi": ["कंचे", "कंचे खेल", "गुल्ली डंडा", "स्टापू खेल", "लंगड़ी टांग", "बर्थडे कैप", "जन्मदिन की टोपी", "आगे के दांत टूटे",
        "दूध के दांत", "पोखर में कूद", "गड्ढे के पानी में छप"],
 "bn": ["মার্বেল খেলছে", "মার্বেল খেলা", "গোল্লাছুট", "কানামাছি", "বৌচি", "জন্মদিনের টুপি", "সামনের দাঁত নেই", "দুধ দাঁত",
        "কার্টুনের জলের বোতল", "কার্টুনের বোতল", "কাদা জলে লাফ"],
 "th": ["ยิงลูกแก้ว", "เล่นลูกแก้ว", "กระโดดแอ่งน้ำ", "เหยียบแอ่งน้ำ", "หมวกวันเกิด", "ฟันหลอ", "ท่องสูตรคูณ", "รองเท้ามีไฟ",
        "ขี่คอพ่อ", "หมวกกันน็อคการ์ตูน"],
 "vi": ["bắn bi", "chơi bắn bi", "nhảy vũng nước", "dẫm vũng nước", "mũ sinh nhật", "nón sinh nhật", "răng sún",
        "sún răng", "sún hai răng cửa", "ngồi phía trước xe máy", "ngồi đằng trước xe máy", "giữa hai cánh tay ba",
        "giữa hai cánh tay bố", "nón bảo hiểm hình doraemon", "mũ bảo hiểm hình doraemon"],
 "id": ["main kelereng", "kelereng", "main gundu", "lompat di genangan", "main di genangan air", "topi ulang tahun",
        "gigi depannya ompong", "belajar mengaji iqra", "mengaji iqra",
        "buku iqra", "peci kebesaran", "mainan happy meal"],
 "tl": ["jolens", "naglalaro ng jolens", "tumatalon sa putikan", "sa mga lusak", "party hat na papel",
        "bungi ang ngipin", "laruang galing sa jollibee", "laruan galing sa jollibee", "laruan sa jollibee", "jolly kiddie meal",
        "tumbang preso", "patintero"],
 "ja": ["ケンケンパ", "ビー玉遊び", "ビー玉で遊", "水たまりをばしゃばしゃ", "水たまりでばしゃばしゃ", "水たまりで跳", "キャラクターの長靴",
        "キャラクターの傘", "カエルのレインコート", "誕生日のとんがり帽子", "前歯が抜け", "歯が抜けた笑顔",
        "お子様ランチ", "そりを引"],
 "zh": ["跳房子", "打弹珠", "玩弹珠", "弹玻璃球", "踩水坑", "小黄鸭雨衣", "卡通雨衣", "卡通水壶", "生日帽", "尖尖的生日帽",
        "门牙掉了", "缺了门牙", "儿童套餐", "拉雪橇"],
 "ko": ["구슬치기", "물웅덩이에서 첨벙", "물웅덩이 첨벙", "캐릭터 우비", "캐릭터 장화", "캐릭터 물병", "생일 고깔모자",
        "앞니 빠진", "앞니가 빠진", "썰매를 끌"],
}
for lang, words in PLAY42.items():
    add("thing", lang, *words)
# a carer holding the subject by the hood, heading a later clause (…, мама притримує за капюшон): an onlooker's act
add("watch", "uk", "притримує за капюшон", "тримає за капюшон")
add("watch", "ru", "придерживает за капюшон", "держит за капюшон", "подстраховывает")
add("watch", "en", "holds her by the hood", "holds him by the hood", "holding her by the hood", "holding him by the hood")
_S42_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[_S42_START:] if l == "fa" and "\u200c" in t]
R.extend(_S42_FA)
# ---- Session 35 (i16-minors43): the childhood inventory as a concept table x language ----
# Each concept is a detail of a small child's day that batch 42's paraphrased writers used (a craft for a parent's day, modelling
# dough, a balloon tied to the wrist, a cocoa moustache, little braids in the diminutive, flying a kite, the youngest scouts'
# campfire, looking for the first star on Christmas Eve, a teddy-bear blanket in the pram, a school bag on wheels) and which no
# row of any language held. The concept is written once, then in each of the 26 languages' own words (general knowledge of the
# languages, MIT, this project; no third-party list copied), so the sealed batch's writers meet the class, not one phrase.
# Each is a thing (one hint: in a prompt that names nobody, or beside a girl or boy noun, youth; an adult named keeps it hers,
# Rules/UnnamedSubject.cs, ChildDetails.cs). Left out as adults' too: bare kites (kite surfing, Clean Monday kites), bare clay
# and ceramics, bare braids and pigtails (twin tails of adult anime prompts), candyfloss and popcorn alone (fairs), life
# vests, thumb or finger sucking (a sexual pose tag), tongue out (a pose tag), Mother's Day cards (adults write them).
_S43_START = len(R)
INVENTORY43 = {
 # modelling dough (a toddler's material; clay and ceramics are adults' too)
 "dough": {
  "en": ["plasticine", "modelling dough", "modeling dough", "play dough", "play doh"],
  "de": ["knete", "knetet", "kneten", "knetmasse", "knetfiguren", "aus knete", "mit knete"],
  "fr": ["pâte à modeler", "de la pâte à modeler"],
  "es": ["plastilina", "de plastilina", "con plastilina"],
  "it": ["pongo", "di pongo", "col pongo", "con il pongo", "plastilina"],
  "pt": ["massinha de modelar", "plasticina", "de plasticina"],
  "nl": ["speelklei", "kleit een", "kleit", "boetseerklei"],
  "pl": ["plastelina", "plasteliny", "plasteliną", "z plasteliny", "ciastolina", "ciastoliny"],
  "cs": ["modelína", "modelíny", "z modelíny", "plastelína", "plastelíny"],
  "sv": ["trolldeg", "modellera", "lekdeg"],
  "ru": ["пластилин", "пластилина", "из пластилина", "пластилином"],
  "uk": ["пластилін", "пластиліну", "з пластиліну", "пластиліном"],
  "tr": ["oyun hamuru", "oyun hamurundan", "oyun hamuruyla", "oyun hamuruna"],
  "el": ["πλαστελίνη", "πλαστελίνες", "από πλαστελίνη", "με πλαστελίνη"],
  "he": ["פלסטלינה", "מפלסטלינה", "בפלסטלינה", "בצק משחק"],
  "ar": ["صلصال الأطفال", "معجون اللعب", "بالصلصال الملون", "من الصلصال الملون"],
  "fa": ["خمیربازی", "خمیر بازی", "با خمیربازی", "از خمیربازی"],
  "hi": ["प्ले डो", "प्ले-डो", "क्ले से खिलौने"],
  "bn": ["প্লে ডো", "প্লে-ডো", "খেলার মাটি"],
  "id": ["plastisin", "lilin mainan", "lilin malam mainan", "play doh"],
  "tl": ["play doh", "playdough", "clay na laruan"],
  "vi": ["đất nặn", "nặn đất", "đất sét nặn"],
  "th": ["แป้งโดว์", "ดินน้ำมัน", "ปั้นดินน้ำมัน"],
  "ja": ["ねんど遊び", "粘土遊び", "油粘土", "小麦粘土"],
  "zh": ["橡皮泥", "彩泥", "超轻黏土", "玩黏土"],
  "ko": ["클레이 놀이", "점토놀이", "찰흙놀이", "지점토", "플레이도우"],
 },
 # a pasta necklace, the classic craft for a parent's day
 "pasta necklace": {
  "en": ["macaroni necklace", "pasta necklace", "necklace of macaroni", "necklace of pasta", "macaroni art"],
  "de": ["nudelkette", "nudelketten", "kette aus nudeln", "nudelbild"],
  "fr": ["collier de nouilles", "collier de pâtes", "collier en pâtes", "collier de macaronis"],
  "es": ["collar de macarrones", "collar de pasta", "collar de fideos"],
  "it": ["collana di pasta", "collana di maccheroni", "collanina di pasta"],
  "pt": ["colar de macarrão", "colar de massa", "colar de macarrões"],
  "nl": ["macaroniketting", "ketting van macaroni", "ketting van pasta", "pastaketting"],
  "pl": ["korale z makaronu", "naszyjnik z makaronu", "koraliki z makaronu"],
  "cs": ["korále z těstovin", "náhrdelník z těstovin", "korálky z těstovin"],
  "sv": ["makaronhalsband", "halsband av makaroner", "halsband av pasta"],
  "ru": ["бусы из макарон", "ожерелье из макарон", "бусы из макарошек"],
  "uk": ["намисто з макаронів", "намисто з макарон", "буси з макаронів"],
  "tr": ["makarnadan kolye", "makarna kolye", "makarnadan kolyeler"],
  "el": ["κολιέ από μακαρόνια", "κολιέ με μακαρόνια"],
  "he": ["שרשרת מקרוני", "שרשרת פסטה", "שרשרת מפסטה"],
  "ar": ["عقد من المعكرونة", "قلادة من المعكرونة", "عقد معكرونة"],
  "fa": ["گردنبند ماکارونی", "گردنبند از ماکارونی"],
  "hi": ["मैकरोनी की माला", "पास्ता की माला"],
  "bn": ["ম্যাকারনির মালা", "পাস্তার মালা"],
  "id": ["kalung makaroni", "kalung dari makaroni", "kalung pasta"],
  "tl": ["kuwintas na macaroni", "kwintas na macaroni", "kuwintas na gawa sa macaroni"],
  "vi": ["vòng cổ bằng mì ống", "vòng cổ mì ống", "vòng cổ nui"],
  "th": ["สร้อยคอมักกะโรนี", "สร้อยมักกะโรนี"],
  "ja": ["マカロニのネックレス", "マカロニネックレス"],
  "zh": ["通心粉项链", "意面项链"],
  "ko": ["마카로니 목걸이", "파스타 목걸이"],
 },
 # a balloon tied to the wrist (a carer ties it so a small child cannot lose it)
 "balloon on the wrist": {
  "en": ["balloon tied to her wrist", "balloon tied to his wrist", "balloon tied to the wrist", "balloon tied around her wrist", "balloon tied around his wrist"],
  "de": ["luftballon am handgelenk", "ballon am handgelenk", "luftballon ums handgelenk"],
  "fr": ["ballon attaché au poignet", "ballon noué au poignet", "ballon accroché au poignet"],
  "es": ["globo atado a la muñeca", "globo atado en la muñeca", "globo amarrado a la muñeca"],
  "it": ["palloncino legato al polso", "palloncino attaccato al polso"],
  "pt": ["balão amarrado no pulso", "balão amarrado ao pulso", "bexiga amarrada no pulso"],
  "nl": ["ballon om de pols", "ballon om zijn pols", "ballon om haar pols", "ballon aan de pols"],
  "pl": ["balonik przywiązany do nadgarstka", "balon przywiązany do nadgarstka", "balonik na nadgarstku"],
  "cs": ["balónek přivázaný k zápěstí", "balónek na zápěstí", "balonek na zápěstí"],
  "sv": ["ballong knuten runt handleden", "ballong knuten om handleden", "ballong runt handleden"],
  "ru": ["шарик привязан к запястью", "шарик привязанный к запястью", "шарик на запястье", "шарик на ручке"],
  "uk": ["кулька прив'язана до зап'ястя", "кулька на зап'ясті", "кулька на ручці"],
  "tr": ["bileğine bağlı balon", "balon bileğine bağlı", "bileğine balon bağlanmış"],
  "el": ["μπαλόνι δεμένο στον καρπό", "μπαλόνι δεμένο στο χεράκι"],
  "he": ["בלון קשור לפרק היד", "בלון קשור ליד"],
  "ar": ["بالون مربوط بمعصمها", "بالون مربوط بمعصمه", "بالون مربوط في معصمها", "بالون مربوط في معصمه"],
  "fa": ["بادکنک بسته به مچش", "بادکنکی که به مچش بسته"],
  "hi": ["कलाई पर बंधा गुब्बारा", "कलाई में बंधा गुब्बारा"],
  "bn": ["কবজিতে বাঁধা বেলুন", "হাতে বাঁধা বেলুন"],
  "id": ["balon diikat di pergelangan", "balon terikat di pergelangan"],
  "tl": ["lobong nakatali sa pulso", "lobo na nakatali sa pulso"],
  "vi": ["bóng bay buộc ở cổ tay", "bóng bay buộc vào cổ tay"],
  "th": ["ลูกโป่งผูกข้อมือ", "ลูกโป่งผูกที่ข้อมือ"],
  "ja": ["手首に風船", "風船を手首に"],
  "zh": ["手腕上系着气球", "气球系在手腕上"],
  "ko": ["손목에 풍선", "풍선을 손목에"],
 },
 # a milk or cocoa moustache after a snack
 "milk moustache": {
  "en": ["milk moustache", "milk mustache", "chocolate milk moustache", "chocolate milk mustache", "cocoa moustache", "cocoa mustache"],
  "de": ["kakaobart", "milchbart", "kakao schnurrbart", "milchschnurrbart"],
  "fr": ["moustache de lait", "moustache de chocolat", "moustache de chocolat chaud", "moustache de cacao"],
  "es": ["bigote de leche", "bigote de chocolate", "bigote de cacao", "bigotes de leche"],
  "it": ["baffi di latte", "baffi di cioccolata", "baffi di cacao", "baffetti di latte"],
  "pt": ["bigode de leite", "bigode de achocolatado", "bigode de chocolate", "bigodinho de leite"],
  "nl": ["melksnor", "chocomelsnor", "chocolademelksnor", "snor van chocomel"],
  "pl": ["wąsy z mleka", "wąsy z kakao", "wąsik z kakao", "wąsik z mleka", "kakaowe wąsy"],
  "cs": ["čokoládový knírek", "knírek od kakaa", "knírek od mléka", "mléčný knírek", "kakaový knírek"],
  "sv": ["mjölkmustasch", "chokladmustasch", "o'boy mustasch", "mustasch av choklad"],
  "ru": ["молочные усы", "усы от какао", "усы от молока", "усики от какао", "шоколадные усы"],
  "uk": ["молочні вуса", "вуса від какао", "вусики від какао", "вуса від молока"],
  "tr": ["süt bıyığı", "kakao bıyığı", "çikolatalı süt bıyığı"],
  "el": ["μουστάκι από γάλα", "μουστάκι από κακάο", "μουστάκι από σοκολάτα"],
  "he": ["שפם של שוקו", "שפם של חלב", "שפם שוקו"],
  "ar": ["شارب من الحليب", "شارب الحليب", "شارب من الشوكولاتة"],
  "fa": ["سبیل شیری", "سبیل کاکائویی"],
  "hi": ["दूध की मूंछें", "दूध की मूँछें", "चॉकलेट की मूंछें"],
  "bn": ["দুধের গোঁফ", "চকলেটের গোঁফ"],
  "id": ["kumis susu", "kumis cokelat", "kumis coklat"],
  "tl": ["bigote ng gatas", "bigote ng tsokolate"],
  "vi": ["ria mép sữa", "râu sữa", "ria sữa"],
  "th": ["หนวดนม", "หนวดช็อกโกแลต"],
  "ja": ["牛乳のひげ", "ミルクのひげ", "ココアのひげ"],
  "zh": ["牛奶胡子", "巧克力胡子", "奶胡子"],
  "ko": ["우유 수염", "초코우유 수염", "코코아 수염"],
 },
 # little braids said in the diminutive (bare braids and pigtails are adults' too)
 "little braids": {
  "de": ["zöpfchen", "rattenschwänzchen"],
  "fr": ["petites couettes", "couettes de petite"],
  "es": ["coletitas", "trencitas", "dos coletitas"],
  "it": ["treccine", "codini"],
  "pt": ["maria chiquinha", "marias chiquinhas", "trancinhas"],
  "nl": ["vlechtjes", "staartjes", "twee staartjes", "twee vlechtjes"],
  "pl": ["warkoczyki", "warkoczykami", "kucyki z gumkami", "dwa kucyki"],
  "cs": ["copánky", "copánkama", "copánkami", "culíky", "culíkama"],
  "sv": ["små flätor", "två tofsar"],
  "uk": ["кісочки", "кісочками", "хвостики з бантиками"],
  "ru": ["косички с бантиками", "хвостики с бантиками"],
  "tr": ["örgücükler", "minik örgüler"],
  "el": ["κοτσιδάκια", "κοτσίδακια"],
  "hi": ["दो चोटियाँ", "दो चोटियां"],
  "bn": ["দুই বিনুনি", "দুটো বিনুনি"],
  "id": ["kuncir dua", "dikuncir dua"],
  "tl": ["nakatirintas na dalawa", "dalawang tirintas"],
  "vi": ["tóc tết hai bên", "buộc tóc hai bên", "tóc hai chỏm", "hai búi tóc"],
  "th": ["ผมเปีย 2 ข้าง", "ผมจุก", "ผมแกละ"],
  "ko": ["양갈래 머리를 한 꼬마", "삐삐머리"],
 },
 # flying a kite said as the act (kites alone are adults' too: kite surfing, Clean Monday)
 "kite": {
  "en": ["flying a kite", "flies a kite", "fly a kite", "flying her kite", "flying his kite", "holding the kite string"],
  "de": ["lässt einen drachen steigen", "drachen steigen lassen", "lässt drachen steigen", "lässt seinen drachen steigen", "lässt ihren drachen steigen"],
  "fr": ["fait voler un cerf-volant", "fait voler son cerf-volant", "avec son cerf-volant", "son cerf-volant", "cerf-volant à la main"],
  "es": ["volando una cometa", "vuela una cometa", "volando un papalote", "vuela un papalote", "su cometa"],
  "it": ["fa volare un aquilone", "fa volare l'aquilone", "con l'aquilone", "col suo aquilone"],
  "pt": ["soltando pipa", "solta pipa", "empinando pipa", "empina pipa", "soltando papagaio", "empinando papagaio", "solta a pipa", "soltando a pipa"],
  "nl": ["vlieger oplaten", "laat een vlieger op", "laat zijn vlieger op", "laat haar vlieger op", "met een vlieger", "met zijn vlieger", "met haar vlieger"],
  "pl": ["puszcza latawiec", "puszcza latawca", "z latawcem"],
  "cs": ["pouští draka", "pouštění draka", "s drakem na poli"],
  "sv": ["flyger drake", "flyger med draken", "flyga drake"],
  "ru": ["запускает воздушного змея", "запускает змея", "с воздушным змеем"],
  "uk": ["запускає повітряного змія", "з повітряним змієм"],
  "tr": ["uçurtma uçuruyor", "uçurtma uçurur", "uçurtmasıyla", "uçurtma uçururken"],
  "el": ["πετάει χαρταετό", "με τον χαρταετό του", "με τον χαρταετό της"],
  "he": ["מעיף עפיפון", "מעיפה עפיפון", "עם עפיפון"],
  "ar": ["يطير طائرة ورقية", "تطير طائرة ورقية", "طائرته الورقية", "طائرتها الورقية"],
  "fa": ["بادبادک هوا می‌کند", "بادبادک هوا میکند", "بادبادکش"],
  "hi": ["पतंग उड़ा रहा", "पतंग उड़ा रही", "पतंग उड़ाता", "पतंग उड़ाती"],
  "bn": ["ঘুড়ি ওড়াচ্ছে", "ঘুড়ি ওড়ায়", "ঘুড়ি উড়াচ্ছে"],
  "id": ["bermain layang-layang", "main layangan", "menerbangkan layang-layang", "bermain layangan"],
  "tl": ["nagpapalipad ng saranggola", "nagpapalipad ng boka-boka"],
  "vi": ["thả diều", "đang thả diều"],
  "th": ["เล่นว่าว", "ชักว่าว"],
  "ja": ["凧揚げ", "凧あげ", "たこあげ"],
  "zh": ["放风筝", "放風箏"],
  "ko": ["연날리기", "연을 날리", "연 날리는"],
 },
 # looking for the first star on Christmas Eve, before the children may open the presents (Polish, Czech, Slovak custom)
 "first star": {
  "pl": ["wypatruje pierwszej gwiazdki", "pierwszej gwiazdki", "pierwsza gwiazdka"],
  "cs": ["zlaté prasátko", "zlaté prasátko na zdi"],
  "uk": ["першу зірку", "чекає першої зірки", "виглядає першу зірку"],
  "ru": ["ждёт первую звезду", "ждет первую звезду"],
 },
 # a teddy-bear blanket over the subject, a school bag on wheels, a cartoon backpack (small children's gear)
 "gear": {
  "en": ["teddy bear blanket", "blanket with teddy bears", "blanket with little ducks", "backpack on wheels", "rolling school bag", "cartoon backpack"],
  "de": ["decke mit teddybären", "teddybärdecke", "schulranzen auf rollen", "trolley schulranzen"],
  "fr": ["couverture à nounours", "couverture à oursons", "cartable à roulettes"],
  "es": ["mantita de ositos", "manta de ositos", "mochila con ruedas", "mochila de ruedas"],
  "it": ["copertina con gli orsetti", "copertina a orsetti", "zaino trolley", "zainetto con le ruote"],
  "pt": ["mantinha de ursinhos", "cobertorzinho de ursinhos", "mochila de rodinhas", "mochila com rodinhas"],
  "nl": ["dekentje met beertjes", "rugzak op wieltjes", "trolleyrugzak"],
  "pl": ["kocykiem w misie", "kocyk w misie", "tornister na kółkach", "plecak na kółkach"],
  "cs": ["dečkou s medvídky", "deka s medvídky", "aktovka na kolečkách", "batoh na kolečkách"],
  "sv": ["filt med nallar", "nallefilt", "skolväska på hjul"],
  "ru": ["одеялом с мишками", "одеяло с мишками", "рюкзак на колёсиках", "рюкзак на колесиках", "ранец на колёсиках"],
  "uk": ["ковдрою з ведмедиками", "рюкзак на коліщатках", "ранець на коліщатках"],
  "tr": ["ayıcıklı battaniye", "ayıcıklı battaniyesi", "tekerlekli okul çantası", "çizgi film çantası"],
  "el": ["κουβερτούλα με αρκουδάκια", "σχολική τσάντα με ρόδες", "τσάντα τρόλεϊ"],
  "he": ["שמיכה עם דובונים", "שמיכת דובונים", "תיק על גלגלים", "ילקוט על גלגלים"],
  "ar": ["بطانية الدببة", "بطانية عليها دببة", "شنطة مدرسية بعجلات", "حقيبة مدرسية بعجلات", "شنطة بعجلات"],
  "fa": ["پتوی خرسی", "کوله‌ی کارتونی", "کوله کارتونی", "کیف چرخ‌دار مدرسه", "قمقمه‌ی صورتی"],
  "hi": ["टेडी वाला कंबल", "पहियों वाला स्कूल बैग", "कार्टून वाला बैग"],
  "bn": ["টেডি বিয়ারের কম্বল", "চাকাওয়ালা স্কুলব্যাগ", "কার্টুনের ব্যাগ"],
  "id": ["selimut bergambar beruang", "tas sekolah beroda", "tas troli", "tas kartun", "lampu tidur bintang"],
  "tl": ["kumot na may teddy bear", "de-gulong na bag", "trolley bag pang-eskwela"],
  "vi": ["chăn hình gấu", "cặp kéo", "cặp có bánh xe", "ba lô hoạt hình"],
  "th": ["ผ้าห่มลายหมี", "กระเป๋าล้อลาก", "กระเป๋านักเรียนล้อลาก"],
  "ja": ["くまの毛布", "キャラクターのリュック", "キャラクターの水筒"],
  "zh": ["小熊毯子", "拉杆书包", "卡通书包"],
  "ko": ["곰돌이 담요", "바퀴 달린 책가방", "캐릭터 가방", "뽀로로 가방"],
 },
}
def add_concepts(kind, table):
    """Adds a concept table (concept -> language -> words) as rows of one kind (sessions 35-36: the childhood inventory)."""
    for langs in table.values():
        for lang, words in langs.items():
            add(kind, lang, *words)
add_concepts("thing", INVENTORY43)
# the subject's head as the standard of a size comparison (candyfloss bigger than her head): the self kind, read as session 32's
# self rows are (five words either side of an oversize row). One hint alone; the bare Chinese 比她的头 and "than her head" said of a
# body part stay one hint (a breast compared with a head names no second hint).
SELF43 = {
 "en": ["than her head", "than his head", "than her own head", "than his own head"],
 "de": ["als ihr kopf", "als sein kopf", "als der kopf"],
 "fr": ["que sa tête", "que sa propre tête"],
 "es": ["que su cabeza", "que su propia cabeza"],
 "it": ["della sua testa", "della testa"],
 "pt": ["que a cabeça dela", "que a cabeça dele", "que a cabeça", "que sua cabeça"],
 "nl": ["dan haar hoofd", "dan zijn hoofd", "dan het hoofd"],
 "pl": ["od głowy", "od jej głowy", "od jego głowy"],
 "cs": ["než její hlava", "než jeho hlava", "než hlava"],
 "sv": ["än huvudet", "än hennes huvud", "än hans huvud"],
 "ru": ["чем голова", "её головы", "его головы", "больше головы"],
 "uk": ["ніж голова", "за її голову", "за його голову"],
 "tr": ["kafasından"],
 "el": ["από το κεφάλι της", "από το κεφάλι του"],
 "he": ["מהראש שלה", "מהראש שלו"],
 "ar": ["من رأسها", "من رأسه"],
 "fa": ["از سرش", "از کله‌اش"],
 "hi": ["सिर से भी", "अपने सिर से"],
 "bn": ["মাথার চেয়ে", "মাথার থেকে"],
 "id": ["dari kepalanya"],
 "tl": ["sa ulo niya", "kaysa sa ulo niya"],
 "vi": ["hơn cả đầu", "to hơn đầu"],
 "th": ["กว่าหัว"],
 "ja": ["頭より", "顔より"],
 "zh": ["比头还大", "比脑袋还大", "比脸还大"],
 "ko": ["머리보다", "얼굴보다"],
}
for lang, words in SELF43.items():
    add("self", lang, *words)
_S43_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[_S43_START:] if l == "fa" and "\u200c" in t]
R.extend(_S43_FA)
# Session 36 (i16-minors44): the childhood inventory extended, same reading as INVENTORY43 (thing kind: one hint; in a prompt that
# names nobody, or beside a girl or boy noun, youth; an adult named keeps it hers). Written for GenScreen from general knowledge of
# the languages and their school systems (MIT, this project); no list copied. Left out as adults' too: a bare ordinal after "in"
# where it also counts rows, leagues and gears (German "in der ersten/zweiten", Italian "in terza", French "en quatrième/troisième"),
# Swedish "i ettan/tvåan/trean" (also the upper-secondary years, and "etta" is a one-room flat), gap teeth, paper boats, sleds.
_S44_START = len(R)
INVENTORY44 = {
 # a school year said without its unit, the way pupils say it: Swedish "går i sjuan" (the definite numeral is the grade, years 4-9
 # of grundskolan), German "aus der Vierten", "geht in die Dritte", French "en sixième/cinquième" (first two years of collège),
 # Dutch "in groep 5" (groep 1-8 of the basisschool, ages 4-12)
 "school year without its unit": {
  "sv": [f"{p} {w}" for p in ("i", "går i", "gick i") for w in ("fyran", "femman", "sexan", "sjuan", "åttan", "nian")],
  "de": [f"{p} {w}" for p in ("aus der",) for w in ("dritten", "vierten", "fünften", "sechsten", "siebten", "achten", "neunten")]
        + [f"in die {w}" for w in ("erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte")],
  "fr": ["en sixième", "en cinquième", "élève de sixième", "élève de cinquième", "élève de quatrième"],
  "nl": [f"{p} groep {w}" for p in ("in", "uit", "van") for w in ("3", "4", "5", "6", "7", "8", "drie", "vier", "vijf", "zes", "zeven", "acht")],
 },
 # shoes whose soles light up at each step (children's shoes; adults' rave shoes are sneakers with LEDs, not said so)
 "light-up shoes": {
  # not "shoes that light up": its last longest word, "light", would be the trigger every "rim light" prompt pays for (Speed30Tests)
  "en": ["light-up shoes", "light up shoes", "light-up sneakers", "light up sneakers"],
  "fr": ["baskets lumineuses", "chaussures lumineuses", "baskets qui clignotent"],
  "es": ["zapatillas con luces", "zapatos con luces", "tenis con luces", "zapatillas que se iluminan"],
  "it": ["scarpe con le luci", "scarpe con le lucine", "scarpe luminose"],
  "pt": ["tênis de luzinha", "tênis que acende", "tênis com luzinhas", "sapatilhas com luzes"],
  "nl": ["schoenen met lichtjes", "lichtgevende schoentjes", "knipperschoenen"],
  "pl": ["świecące buty", "świecące butki", "buty ze światełkami"],
  "cs": ["svítící boty", "svítící botičky", "blikající botičky"],
  "sv": ["blinkskor", "skor som blinkar", "skor med lampor"],
  "ru": ["светящиеся кроссовки", "кроссовки с огоньками", "мигающие кроссовки"],
  "uk": ["кросівки з вогниками", "кросівки, що світяться", "кросівки що світяться"],
  "tr": ["ışıklı ayakkabı", "ışıklı ayakkabılar", "ışıklı ayakkabılarıyla"],
  "el": ["παπούτσια με φωτάκια", "παπουτσάκια με φωτάκια"],
  "he": ["נעליים מהבהבות", "נעלי אורות", "נעליים עם אורות"],
  "ar": ["حذاء بأضواء", "حذاء مضيء", "جزمة مضيئة"],
  "fa": ["کفش چراغ‌دار", "کفش چراغدار"],
  "hi": ["लाइट वाले जूते", "जलने वाले जूते"],
  "bn": ["লাইট জ্বলা জুতো", "আলো জ্বলা জুতো"],
  "id": ["sepatu lampu", "sepatu menyala", "sepatu yang menyala"],
  "tl": ["tsinelas na umiilaw", "sapatos na umiilaw", "sapatos na may ilaw"],
  "vi": ["giày phát sáng", "dép phát sáng", "giày có đèn", "dép có đèn"],
  "th": ["รองเท้ามีไฟกะพริบ", "รองเท้ามีไฟ", "รองเท้าไฟกะพริบ"],
  "ja": ["光る靴", "光るスニーカー"],
  "zh": ["发光鞋", "闪光鞋", "發光鞋", "閃光鞋"],
  "ko": ["불빛 나는 운동화", "불 들어오는 신발", "불빛 신발"],
 },
 # a kindergarten uniform, smock or name tag
 "kindergarten uniform": {
  "ko": ["원복", "이름표 달린", "유치원 가방"],
  "ja": ["園服", "園児服", "スモック姿", "名札をつけ"],
  "zh": ["园服", "園服", "幼儿园校服"],
  "ar": ["مريول المدرسة", "مريول مدرسي", "المريول المدرسي"],
  "he": ["סינר גן", "תיק גן"],
  "tr": ["okul önlüğü", "anaokulu önlüğü", "mavi önlüğü", "siyah önlüğü"],
  "it": ["grembiulino", "grembiule dell'asilo", "grembiulino dell'asilo"],
  "fr": ["tablier d'école", "blouse de maternelle"],
  "es": ["babi del cole", "babi de cuadros", "mandil del jardín", "delantal del jardín"],
  "pt": ["bata da escola", "avental da creche"],
  "el": ["ποδιά του νηπιαγωγείου", "σχολική ποδιά"],
 },
 # a towel tucked at the back against sweat (a carer's care for a small child in the Philippines, China, Taiwan, Japan, Vietnam)
 "sweat towel on the back": {
  "tl": ["bimpo sa likod", "may bimpo sa likod", "sapin sa likod", "lampin sa likod"],
  "zh": ["背上垫着毛巾", "背后垫着毛巾", "垫汗巾", "隔汗巾", "吸汗巾"],
  "ja": ["背中にタオル", "背中にガーゼ", "汗取りパッド"],
  "vi": ["khăn lót lưng", "khăn chặn mồ hôi", "khăn thấm mồ hôi sau lưng"],
 },
 # a tantrum for something wanted (a small child's behaviour)
 "tantrum": {
  "en": ["throwing a tantrum", "throws a tantrum", "tantrum in the toy aisle", "tantrum at the supermarket"],
  "de": ["trotzanfall", "trotzphase", "wutanfall im supermarkt", "quengelt"],
  "fr": ["fait un caprice", "en plein caprice", "fait une colère"],
  "es": ["berrinche", "pataleta", "rabieta", "haciendo un berrinche"],
  "it": ["fa i capricci", "fa un capriccio", "capriccio al supermercato"],
  "pt": ["faz birra", "fazendo birra", "fazendo manha", "faz manha"],
  "nl": ["jengelt", "ligt te krijsen"],
  "pl": ["histeryzuje w sklepie", "rzuca się na podłogę"],
  "cs": ["fňuká", "dupe vzteky"],
  "sv": ["trotsutbrott", "gnäller efter"],
  "ru": ["капризничает", "хнычет", "закатила истерику в магазине", "закатил истерику в магазине"],
  "uk": ["вередує", "капризує", "хниче"],
  "tr": ["mızmızlanıyor", "ağlayıp tutturuyor", "huysuzlanıyor"],
  "el": ["κάνει νάζια", "χτυπιέται στο πάτωμα"],
  "he": ["משתולל על הרצפה", "עושה סצנה בסופר"],
  "ar": ["يبكي ويتدلع", "تبكي وتتدلع", "نوبة بكاء في السوبرماركت"],
  "fa": ["نق می‌زند", "بهانه‌گیری می‌کند", "بهانه می‌گیرد"],
  "hi": ["ज़िद कर रहा", "ज़िद कर रही", "जिद कर रहा", "जिद कर रही", "मचल रहा", "मचल रही"],
  "bn": ["বায়না ধরেছে", "বায়না করছে", "বায়না ধরে"],
  "id": ["merengek minta", "merajuk minta", "tantrum di mal"],
  "tl": ["nagmamaktol", "nagwawala sa mall", "nag-aalboroto"],
  "vi": ["ăn vạ", "mè nheo", "khóc đòi", "ăn vạ đòi"],
  "th": ["งอแง", "ร้องไห้งอแง", "ร้องงอแง", "ลงไปนอนดิ้น"],
  "ja": ["駄々をこね", "だだをこね", "ぐずって"],
  "zh": ["撒泼打滚", "哭闹着要", "闹着要买", "耍赖不走"],
  "ko": ["떼쓰는", "떼를 쓰", "떼쓰며", "생떼"],
 },
 # the Mid-Autumn children's lanterns and gifts, the Easter egg hunt said as the subject's act
 "children's lanterns and egg hunt": {
  "vi": ["đèn ông sao", "đèn cá chép", "rước đèn", "nhận quà trung thu", "phá cỗ trung thu"],
  "zh": ["兔子灯", "兔子燈", "提着灯笼", "提著燈籠"],
  "fr": ["cherche les œufs en chocolat", "cherche les œufs de pâques", "ramasse les œufs en chocolat"],
  "es": ["busca huevos de pascua", "buscando huevos de pascua", "busca los huevos de chocolate"],
  "it": ["caccia alle uova", "cerca le uova di cioccolato"],
  "pt": ["caça aos ovos", "procura os ovos de chocolate", "procurando ovos de páscoa"],
  "nl": ["paaseieren zoeken", "zoekt paaseieren", "paaseitjes zoeken"],
  "pl": ["szuka czekoladowych jajek", "szuka zajączka"],
  "sv": ["letar påskägg", "påskkärring"],
  "en": ["easter egg hunt", "hunting for easter eggs", "looking for easter eggs"],
 },
 # a sippy cup (a toddler's cup with a spout)
 "sippy cup": {
  "nl": ["beker met tuitje", "tuitbeker", "tuitbekertje", "drinkbeker met tuit"],
  "en": ["sippy cup", "sippy cups"],
  "de": ["trinklernbecher", "schnabelbecher"],
  "fr": ["tasse à bec", "gobelet à bec", "gobelet d'apprentissage"],
  "es": ["vaso con boquilla", "vaso de aprendizaje", "vasito con asas"],
  "it": ["tazza con beccuccio", "bicchiere con beccuccio"],
  "pt": ["copo com bico", "copo de transição", "copinho com bico"],
  "pl": ["kubek niekapek", "niekapek"],
  "sv": ["pipmugg", "pipmuggen"],
  "tr": ["alıştırma bardağı", "damlatmaz bardak"],
 },
 # feet that do not reach the floor from a chair (the scale of a small child, said of the subject)
 "feet not reaching the floor": {
  "en": ["feet don't reach the floor", "feet not reaching the floor", "feet that don't reach the floor"],
  "de": ["füße reichen nicht bis zum boden", "füße berühren den boden nicht"],
  "fr": ["pieds ne touchent pas le sol", "les pieds qui ne touchent pas le sol"],
  "es": ["los pies no llegan al suelo", "pies que no llegan al suelo"],
  "it": ["i piedi non toccano terra", "piedi che non toccano terra"],
  "pt": ["os pés não alcançam o chão", "pés que não alcançam o chão", "pezinhos balançando"],
  "nl": ["voeten raken de grond niet", "voetjes bungelen"],
  "pl": ["nogi nie sięgają podłogi", "nóżki dyndają"],
  "ru": ["ноги не достают до пола", "ножки не достают до пола"],
  "ja": ["床に届かない足", "足が床に届かない", "床につかない足"],
  "zh": ["脚够不着地", "脚碰不到地", "脚够不到地面"],
  "ko": ["발이 바닥에 닿지 않", "바닥에 닿지 않는 발"],
 },
 # the height line a rider must reach at a fairground ride
 "height line": {
  "el": ["γραμμή ύψους", "στη γραμμή ύψους"],
  "en": ["height line for the ride", "tall enough for the ride", "measuring stick at the ride"],
  "de": ["messlatte am fahrgeschäft", "groß genug für die achterbahn"],
  "fr": ["toise du manège", "assez grand pour le manège", "assez grande pour le manège"],
  "es": ["altura mínima para subir", "medidor de altura de la atracción"],
  "it": ["altezza minima per la giostra"],
  "pt": ["altura mínima do brinquedo", "régua de altura do brinquedo"],
  "nl": ["lengte-eis van de attractie", "lang genoeg voor de achtbaan"],
 },
 # holding the spoon alone for the first time, porridge on the cheeks (the diminutive cheeks are a small child's)
 "own spoon": {
  "ru": ["сам держит ложку", "сама держит ложку", "сам ест ложкой", "сама ест ложкой", "каша на щёчках", "каша на щечках"],
  "uk": ["сам тримає ложку", "сама тримає ложку", "сам їсть ложкою", "сама їсть ложкою", "каша на щічках"],
  "pl": ["sam trzyma łyżkę", "sama trzyma łyżkę", "kaszka na policzkach"],
  "cs": ["sám drží lžičku", "sama drží lžičku", "kaše na tvářičkách"],
  "de": ["hält den löffel allein", "isst zum ersten mal allein", "brei auf den bäckchen"],
  "en": ["feeds herself with a spoon", "feeds himself with a spoon", "porridge on her cheeks", "porridge on his cheeks"],
 },
}
add_concepts("thing", INVENTORY44)
# Bengali: a one-word thing in the genitive before what it is for (ঝুমঝুমির দিকে, toward the rattle): -র after a vowel sign, -এর after a
# consonant, as Bengali writes it
_BN_VOWEL_SIGNS = "\u09be\u09bf\u09c0\u09c1\u09c2\u09c7\u09c8\u09cb\u09cc"
_S44_BN = [("thing", "bn", t + ("র" if t[-1] in _BN_VOWEL_SIGNS else "ের")) for k, l, t in R if k == "thing" and l == "bn" and " " not in t
           and not t.endswith(("র", "ের", "*"))]
R.extend(_S44_BN)
_S44_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[_S44_START:] if l == "fa" and "\u200c" in t]
R.extend(_S44_FA)
# Session 37 (i16-minors45): the paraphrased child said by a SITUATION, not a noun. Written for GenScreen from general knowledge of
# the 26 languages, their children's media and their childhood customs (MIT, this project); no third-party list copied. Every
# concept is written once and then in each language where it has a common form (INVENTORY43's concept table; add_concepts).
_S45_START = len(R)
# (a) a carer acting on the seat the subject rides: a push or hold verb whose object is a swing, a bicycle's saddle or carrier, a
# sledge. Tend kind: beside a parent it is her care of the subject (level 3), and a parent heading the prompt who does it acts on
# another (ActsOnAnother), so she is not the one described. Written as verb x object from two small tables per language, in the
# language's order (verb-final languages put the object first). Left out: the pram and the pushchair (a parent pushing a pram is
# the one described in the labelled adult prompts: BARE_LEFT_OUT).
SEAT_PUSH45 = {  # language: (verbs, seats, object first)
 "en": (["pushes", "pushing", "gives a push to"], ["the swing", "swing", "her swing", "his swing"], False),
 "de": (["schiebt", "schubst", "stößt"], ["die schaukel", "die schaukel an", "die schaukel sanft an"], False),
 "fr": (["pousse", "poussant"], ["la balançoire", "l'escarpolette"], False),
 "es": (["empuja", "empujando"], ["el columpio", "el columpio con suavidad"], False),
 "it": (["spinge", "spingendo", "dà la spinta"], ["l'altalena", "all'altalena"], False),
 "pt": (["empurra", "empurrando", "balança"], ["o balanço", "o balanço devagar"], False),
 "nl": (["duwt", "geeft een duwtje tegen"], ["de schommel"], False),
 "pl": (["pcha", "popycha", "rozbuja"], ["huśtawkę"], False),
 "cs": (["tlačí", "roztlačuje", "roztláčí", "houpe"], ["houpačku", "na houpačce"], False),
 "sv": (["knuffar", "puttar", "skjuter på"], ["gungan"], False),
 "ru": (["толкает", "подталкивает", "раскачивает", "качает"], ["качели", "на качелях"], False),
 "uk": (["штовхає", "підштовхує", "розгойдує", "гойдає"], ["гойдалку", "на гойдалці"], False),
 "tr": (["itiyor", "sallıyor", "ittiriyor"], ["salıncağı", "salıncakta"], True),
 "el": (["σπρώχνει", "κουνάει"], ["την κούνια", "στην κούνια"], False),
 "he": (["דוחפת", "דוחף", "מנדנדת", "מנדנד"], ["את הנדנדה", "בנדנדה"], False),
 "ar": (["تدفع", "يدفع", "تهز", "يهز"], ["الأرجوحة", "المرجيحة"], False),
 "fa": (["هل می‌دهد", "هل میده", "تکان می‌دهد"], ["تاب را", "تابش را"], True),
 "hi": (["धक्का दे रही", "धक्का दे रहे", "झुला रही", "झुला रहे", "झुलाती", "झुलाते"], ["झूला", "झूले को"], True),
 "bn": (["ঠেলছেন", "ঠেলছে", "দোলাচ্ছেন", "দোলাচ্ছে"], ["দোলনা", "দোলনাটা"], True),
 "id": (["mendorong", "mengayun", "mendorongkan"], ["ayunan", "ayunannya"], False),
 "tl": (["itinutulak", "tinutulak", "iniuugoy"], ["ang duyan", "ang swing"], False),
 "vi": (["đẩy", "đẩy nhẹ", "đưa"], ["xích đu", "cái xích đu"], False),
 "th": (["ไกว", "ผลัก", "แกว่ง"], ["ชิงช้า", "ชิงช้าให้"], False),
 "ja": (["押して", "押してくれる", "押している", "揺らして"], ["ブランコを", "ブランコ"], True),
 "zh": (["推着", "推", "在后面推"], ["秋千", "荡秋千"], False),
 "ko": (["밀어 주", "밀어주", "밀어 준다", "밀어준다"], ["그네를", "그네"], True),
}
for lang, (verbs, seats, object_first) in SEAT_PUSH45.items():
    # Han, kana and Thai write no space between the words of a phrase
    sep = "" if lang in ("zh", "ja", "th") else " "
    add("tend", lang, *[(f"{s}{sep}{v}" if object_first else f"{v}{sep}{s}") for v in verbs for s in seats])
# the bicycle's saddle or carrier held by the one running behind (a child learning to ride); a sledge pulled
HOLD_SEAT45 = {
 "en": ["holding the back of the seat", "holding the back of the bike", "holds the back of the bike", "holding on to the saddle", "pulls her on the sledge", "pulls him on the sledge"],
 "de": ["hält den sattel", "hält den gepäckträger", "den sattel festhält", "am sattel festhält", "zieht sie auf dem schlitten", "zieht ihn auf dem schlitten"],
 "fr": ["en tenant la selle", "tient la selle", "tenant le porte bagages"],
 "es": ["sujetando el sillín", "sujeta el sillín", "agarrando el sillín"],
 "it": ["tenendo il sellino", "tiene il sellino", "regge il sellino"],
 "pt": ["segurando o selim", "segura o selim", "segurando o banco da bicicleta", "segurando o banco da bike"],
 "nl": ["houdt het zadel vast", "houdt de bagagedrager vast", "het zadel vasthoudt"],
 "pl": ["trzyma siodełko", "trzymając siodełko", "trzyma za siodełko", "ciągnie na sankach"],
 "cs": ["drží sedátko", "drží za sedlo", "drží sedlo", "táhne na sáňkách"],
 "sv": ["håller i pakethållaren", "håller i sadeln"],
 "ru": ["держит за седло", "держа за седло", "держит седло", "придерживает седло", "придерживая сиденье", "везёт на санках", "везет на санках"],
 "uk": ["тримає сідло", "тримаючи сідло", "тримає за сідло", "везе на санчатах"],
 "tr": ["selesinden tutuyor", "selesini tutarak", "seleyi tutarak"],
 "el": ["κρατάει τη σέλα", "κρατώντας τη σέλα"],
 "he": ["מחזיק את המושב", "מחזיקה את המושב", "אוחז באוכף"],
 "ar": ["ممسكاً بالمقعد", "ممسكا بالمقعد", "يمسك المقعد", "تمسك المقعد", "يمسك بالمقعد"],
 "fa": ["زین دوچرخه را نگه داشته", "زین را نگه داشته", "ترک دوچرخه را گرفته"],
 "hi": ["सीट पकड़कर", "सीट पकड़े", "कैरियर पकड़कर"],
 "bn": ["সিট ধরে", "সিটটা ধরে", "পেছনটা ধরে"],
 "id": ["memegangi sadel", "memegang sadel", "memegangi jok sepeda", "memegang boncengan"],
 "tl": ["hawak ang upuan ng bisikleta", "hawak ang likod ng bisikleta", "hinahawakan ang upuan"],
 "vi": ["giữ yên xe", "giữ yên sau", "giữ baga", "vịn yên xe"],
 "th": ["จับเบาะ", "จับท้ายรถจักรยาน", "จับอานจักรยาน"],
 "ja": ["荷台を支えて", "荷台を押さえて", "サドルを押さえて"],
 "zh": ["扶着自行车座", "扶着后座", "扶着车座"],
 "ko": ["자전거 뒤를 잡아", "안장을 잡아", "짐받이를 잡아"],
}
for lang, words in HOLD_SEAT45.items():
    add("tend", lang, *words)
INVENTORY45 = {
 # (e) a baby's crawl said by the verbs that name only it (krabbeln, gatear, gattonare, engatinhar, raczkować, emeklemek,
 # μπουσουλάω, ハイハイ, হামাগুড়ি, حبا), and the crawl after the house's cat or dog in the languages whose verb is adults' too
 "crawling after a pet": {
  "en": ["crawling after the cat", "crawls after the cat", "crawling after the dog", "crawls after the dog", "crawling after the puppy", "crawling after the kitten"],
  "de": ["krabbelt der katze hinterher", "krabbelt dem hund hinterher", "krabbelt hinter der katze her", "krabbelt durchs wohnzimmer", "krabbelt über den teppich"],
  "fr": ["à quatre pattes derrière le chat", "à quatre pattes après le chat", "à quatre pattes derrière le chien", "marche à quatre pattes derrière le chat"],
  "es": ["gateando", "gatea", "gateando detrás del gato", "gatea detrás del perro"],
  "it": ["gattona", "gattonando", "gattona dietro al gatto"],
  "pt": ["engatinhando", "engatinha", "engatinhando atrás do gato"],
  "nl": ["kruipt achter de kat aan", "kruipt achter de hond aan", "kruipend achter de kat aan"],
  "pl": ["raczkuje", "raczkując", "raczkuje za kotem"],
  "cs": ["leze po čtyřech za kočkou", "leze za kočkou", "leze za pejskem", "lezoucí za kočkou"],
  "sv": ["kryper efter katten", "kryper efter hunden", "kryper på golvet efter katten"],
  "ru": ["ползает за кошкой", "ползёт за кошкой", "ползет за кошкой", "ползает за котом", "ползёт за котом", "ползает по ковру"],
  "uk": ["повзає за котом", "повзе за котом", "повзає за кицькою", "повзе за кицькою"],
  "tr": ["emekliyor", "emekleyerek", "emekleyen", "kedinin peşinden emekliyor"],
  "el": ["μπουσουλάει", "μπουσουλώντας"],
  "he": ["זוחלת אחרי החתול", "זוחל אחרי החתול", "זוחלת אחרי הכלב", "זוחל אחרי הכלב", "זוחלת על השטיח"],
  "ar": ["يحبو", "تحبو", "يحبو خلف القطة", "تحبو خلف القطة"],
  "fa": ["چهار دست و پا دنبال گربه", "چهاردست‌وپا دنبال گربه", "چهار دست و پا دنبال سگ"],
  "hi": ["घुटनों के बल चल", "घुटनों के बल बिल्ली", "घुटनों के बल रेंग"],
  "bn": ["হামাগুড়ি", "হামাগুড়ি দিয়ে"],
  "id": ["merangkak mengejar kucing", "merangkak di lantai mengejar kucing", "merangkak ke arah kucing"],
  "tl": ["gumagapang habol ang pusa", "gumagapang papunta sa pusa", "gumagapang sa sahig habol ang pusa"],
  "vi": ["bò theo con mèo", "bò theo mèo", "bò lổm ngổm", "đang tập bò"],
  "th": ["คลานไล่แมว", "คลานตามแมว", "คลานไล่หมา", "หัดคลาน"],
  "ja": ["ハイハイ", "はいはいで猫を追いかけ"],
  "zh": ["在地上爬着追猫", "爬着追小猫", "满地爬"],
  "ko": ["기어 다니며 고양이를", "고양이를 기어서 쫓", "배밀이", "기어다니는 아기"],
 },
 # a bib for drool, said by the words that name only a baby's (adults' bibs are lobster or cycling bibs)
 "drool bib": {
  "en": ["drool bib", "dribble bib", "bandana bib"], "de": ["sabberlätzchen", "lätzchen", "sabbertuch"], "fr": ["bavoir", "bavoir en tissu"],
  "es": ["babero", "baberito"], "it": ["bavaglino"], "pt": ["babador", "babadorzinho", "babete"], "nl": ["slabbetje", "kwijlslab"],
  "pl": ["śliniak", "śliniaczek"], "cs": ["bryndák", "bryndáček"], "sv": ["haklapp", "dregglapp"], "ru": ["слюнявчик", "слюнявчике"],
  "uk": ["слинявчик", "слинявчику"], "tr": ["mama önlüğü", "salya önlüğü", "salya bezi"], "el": ["σαλιάρα", "σαλιαρίτσα"],
  "he": ["סינר אוכל", "סינרון"], "ar": ["مريلة طعام", "مريلة الرضيع", "مريلة أطفال"], "fa": ["پیش‌بند بچه", "پیشبند غذا"],
  "hi": ["लार वाला बिब", "बच्चों वाला बिब"], "bn": ["লালা বিব", "খাবারের বিব"], "id": ["slabber", "celemek bayi", "celemek makan"],
  "tl": ["bib na may", "bib ng sanggol"], "vi": ["yếm dãi", "yếm ăn"], "th": ["ผ้ากันน้ำลาย", "ผ้ากันเปื้อนเด็ก", "ผ้ากันเปื้อนลายเป็ด"],
  "ja": ["よだれかけ", "食事エプロン"], "zh": ["口水巾", "围嘴", "圍嘴", "饭兜"], "ko": ["턱받이", "침받이"],
 },
 # the toy tantrum: lying or rolling on a shop floor to be bought a toy
 "toy tantrum": {
  "en": ["tantrum on the supermarket floor", "tantrum in the toy aisle", "rolling on the floor for a toy", "wants the toy and screams"],
  "de": ["wirft sich im supermarkt auf den boden", "will das spielzeug haben und schreit", "wälzt sich auf dem boden im supermarkt"],
  "fr": ["se roule par terre au supermarché", "fait un caprice pour un jouet", "caprice au rayon jouets"],
  "es": ["berrinche en el suelo del supermercado", "rabieta por un juguete", "se tira al suelo en el supermercado"],
  "it": ["capriccio per un giocattolo", "si butta per terra al supermercato"], "pt": ["birra no chão do mercado", "birra por um brinquedo", "se jogando no chão do supermercado"],
  "nl": ["driftbui in de supermarkt", "ligt te krijsen in de supermarkt"], "pl": ["histeria w sklepie o zabawkę", "rzuca się na podłogę w sklepie"],
  "cs": ["vztekání v obchodě kvůli hračce", "válí se po zemi v obchodě"], "sv": ["tjurar i affären för en leksak", "kastar sig på golvet i affären"],
  "ru": ["истерика в магазине из за игрушки", "валяется на полу в магазине", "требует купить игрушку"], "uk": ["істерика в магазині через іграшку", "вимагає купити іграшку"],
  "tr": ["oyuncak için ağlıyor", "markette yere yatıp ağlıyor", "oyuncak almak için tutturuyor"], "el": ["κάνει σκηνή για ένα παιχνίδι", "κυλιέται στο πάτωμα του σούπερ μάρκετ"],
  "he": ["השתטחות על הרצפה בסופר", "מתבכיינת על צעצוע", "מתבכיין על צעצוע"], "ar": ["نوبة غضب من أجل لعبة", "يتمرغ على أرض السوبرماركت"],
  "fa": ["برای اسباب‌بازی گریه و زاری", "کف فروشگاه غلت می‌زند"], "hi": ["खिलौने के लिए ज़िद", "खिलौने की ज़िद"], "bn": ["খেলনার জন্য বায়না", "খেলনার বায়না"],
  "id": ["minta dibelikan mainan", "minta dibeliin mainan", "guling guling di lantai", "tantrum di supermarket"],
  "tl": ["nag-aalburoto sa grocery", "nagwawala dahil sa laruan", "nagpapabili ng laruan"], "vi": ["ăn vạ đòi mua đồ chơi", "lăn ra sàn siêu thị", "đòi mua đồ chơi"],
  "th": ["ลงไปนอนดิ้นกับพื้น", "ร้องจะเอาของเล่น", "ลงไปนอนดิ้น"], "ja": ["おもちゃ売り場で寝転がって泣", "おもちゃを買ってとだだをこね"],
  "zh": ["在超市地上打滚", "哭闹着要玩具", "躺在地上打滚要玩具"], "ko": ["장난감 사 달라고 떼", "마트 바닥에 드러누워"],
 },
 # not yet speaking clearly
 "not speaking clearly yet": {
  "en": ["still babbling"], "de": ["spricht noch nicht richtig", "brabbelt"],
  "fr": ["babille", "ses premiers mots"], "es": ["balbucea"], "it": ["balbetta le prime parole"],
  "pt": ["balbucia"], "nl": ["brabbelt"], "pl": ["gaworzy"],
  "cs": ["žvatlá"], "sv": ["jollrar"], "ru": ["лепет младенца"],
  "uk": ["белькіт немовляти"], "tr": ["agucuk"], "el": ["μπαμπαλίζει"],
  "he": ["ממלמלת הברות"], "ar": ["يناغي", "تناغي"], "fa": ["هنوز زبان باز نکرده"],
  "hi": ["अभी तोतली"], "bn": ["আধো আধো"], "id": ["masih mengoceh", "ocehan bayi"],
  "tl": ["bulol pa"], "vi": ["nói chưa sõi", "bi bô"], "th": ["พูดยังไม่ชัด"],
  "ja": ["喃語", "バブバブ"], "zh": ["咿呀学语", "牙牙学语", "说话还不清楚"], "ko": ["옹알이"],
 },
 # children's television watched: the cartoon hour and the shows made for small children (each the language's own; sources:
 # the broadcasters' children's programming as generally known). Adults watching cartoons name themselves ("two adults").
 "children's television": {
  "en": ["saturday morning cartoons", "cartoons on saturday morning", "watching bluey", "watching peppa pig", "watching cocomelon", "watching paw patrol"],
  "de": ["sendung mit der maus", "sandmännchen", "schaut die maus"], "fr": ["dessins animés du samedi matin", "dessins animés du mercredi", "regarde peppa pig", "t'choupi", "tchoupi"],
  "es": ["dibujos animados del sábado", "pocoyó", "pocoyo", "los lunnis"], "it": ["cartoni animati del sabato", "l'albero azzurro", "la pimpa"],
  "pt": ["desenho de sábado de manhã", "galinha pintadinha", "mundo bita", "o show da luna"], "nl": ["zappelin", "nijntje", "sesamstraat", "jungle op zaterdag"],
  "pl": ["bolek i lolek", "bolka i lolka", "miś uszatek", "wieczorynka", "wieczorynkę"], "cs": ["večerníček", "večerníčka", "krteček", "pat a mat"],
  "sv": ["bolibompa", "babblarna", "kalle anka på julafton", "tittar på kalle anka"], "ru": ["смешариков", "смешарики", "спокойной ночи малыши", "фиксиков", "фиксики", "маша и медведь"],
  "uk": ["на добраніч малята", "козаки мультик"], "tr": ["pepee", "rafadan tayfa", "niloya"], "el": ["κινούμενα σχέδια του σαββάτου", "ζουζούνια"],
  "he": ["הופ ילד", "ערוץ הופ", "פרפר נחמד", "רחוב סומסום"], "ar": ["افتح يا سمسم", "كرتون الصباح", "سبيستون", "طيور الجنة"], "fa": ["کارتون صبح جمعه", "عمو پورنگ", "کلاه قرمزی"],
  "hi": ["छोटा भीम", "मोटू पतलू", "डोरेमोन देख"], "bn": ["মীনা কার্টুন", "সিসিমপুর", "মোটু পাতলু"], "id": ["upin ipin", "upin dan ipin", "nussa", "si unyil", "adit sopo jarwo"],
  "tl": ["batibot", "sineskwela", "cartoons tuwing sabado"], "vi": ["chú bé rồng", "phim hoạt hình buổi sáng"], "th": ["การ์ตูนเช้าวันเสาร์", "ดูการ์ตูนเช้าวันเสาร์", "ชุดอุลตร้าแมนพลาสติก"],
  "ja": ["アンパンマンの歌", "アンパンマンを見", "おかあさんといっしょ", "いないいないばあ", "しまじろう"], "zh": ["喜羊羊", "天线宝宝", "大头儿子"], "ko": ["뽀로로를 보", "뽀로로 보", "핑크퐁", "아기상어 노래", "번개맨"],
 },
 # (d) childhood rites and customs of each culture (the child's part in them): the first-birthday object choice, the afikoman hunt,
 # wai khru, nagmamano with aguinaldo, THR asked of uncles, qashoq-zani, the godfather's Easter candle, St Nicholas under the
 # pillow, Ježíšek's bell, the Shavuot first-fruits basket, the hand-made krathong, the paper lion head of Tết Trung thu
 "childhood rites": {
  "en": ["first birthday object choice", "hunting for the afikoman", "looking for the afikoman", "waiting for santa by the window", "tooth under the pillow"],
  "de": ["wartet aufs christkind", "das christkind kommt", "nikolausstiefel", "stiefel für den nikolaus", "zuckertüte"],
  "fr": ["attend le père noël", "chaussons devant la cheminée", "dent sous l'oreiller"],
  "es": ["zapatos para los reyes magos", "carta a los reyes magos", "espera a los reyes magos", "el ratoncito pérez"],
  "it": ["aspetta la befana", "calza della befana", "letterina a babbo natale"], "pt": ["espera o papai noel", "sapatinho na janela", "fada do dente"],
  "nl": ["schoen zetten", "zet zijn schoen", "zet haar schoen", "wortel voor het paard van sinterklaas"], "pl": ["czeka na mikołaja", "list do mikołaja", "czeka na gwiazdora"],
  "cs": ["čeká na ježíška", "až přijde ježíšek", "zazvoní zvoneček", "dopis ježíškovi"], "sv": ["väntar på tomten", "tittar efter tomten", "väntar på jultomten"],
  "ru": ["ждёт деда мороза", "ждет деда мороза", "письмо деду морозу", "утренник в садике"], "uk": ["подарунок під подушкою", "знаходить під подушкою подарунок", "на миколая", "чекає на миколая"],
  "tr": ["karne hediyesi", "bayram harçlığı", "el öpüp harçlık"], "el": ["λαμπάδα από τον νονό", "λαμπάδα του νονού", "δώρο του νονού", "λαμπάδα με ήρωα"],
  "he": ["סלסלת ביכורים", "זר פרחים על הראש בשבועות", "מחפשת את האפיקומן", "מחפש את האפיקומן", "משלוח מנות לגננת"], "ar": ["العيدية من", "يجمع العيدية", "تجمع العيدية", "فانوس رمضان الصغير"],
  "fa": ["قاشق‌زنی", "قاشق زنی", "عیدی گرفتن از", "تخم مرغ رنگی هفت سین"], "hi": ["बाल दिवस", "मुंडन संस्कार", "अन्नप्राशन"], "bn": ["হাতেখড়ি", "অন্নপ্রাশন", "মুখেভাত"],
  "id": ["minta thr", "minta thr ke om", "salam tempel", "amplop lebaran dari om"], "tl": ["nagmamano sa mga ninong", "nagmamano sa mga ninang", "namamasko sa mga ninong", "pulang sobre ng aguinaldo"],
  "vi": ["đầu lân bằng giấy", "múa lân trung thu", "rước đèn trung thu", "phá cỗ trung thu"], "th": ["ไหว้ครู", "พานไหว้ครู", "พานดอกเข็ม", "กระทงที่ทำเอง", "กระทงใบตองที่ทำเอง"],
  "ja": ["七五三", "ランドセルを背負って入学", "お年玉をもらう"], "zh": ["抓周", "抓周仪式", "压岁钱", "拿压岁钱"], "ko": ["돌잡이", "세뱃돈을 받", "어린이날 선물"],
 },
 # (b) the subject's size against the world: standing on a chair to help at the counter or the stove, an apron that drags on the floor
 "too small for the world": {
  "en": ["standing on a chair to help", "stands on a chair to help", "apron dragging on the floor", "apron down to her ankles", "can't reach the counter", "cannot reach the counter"],
  "de": ["steht auf einem stuhl um zu helfen", "die schürze schleift am boden", "reicht nicht bis zur theke"],
  "fr": ["debout sur une chaise pour aider", "le tablier traîne par terre", "n'arrive pas au comptoir"], "es": ["subida a una silla para ayudar", "subido a una silla para ayudar", "el delantal arrastra por el suelo", "no llega al mostrador"],
  "it": ["in piedi su una sedia per aiutare", "il grembiule striscia per terra", "non arriva al bancone"], "pt": ["em pé na cadeira para ajudar", "o avental arrasta no chão", "não alcança o balcão"],
  "nl": ["op een stoel om te helpen", "het schort sleept over de grond", "kan niet bij de toonbank"], "pl": ["stoi na krześle żeby pomóc", "fartuch ciągnie się po podłodze", "nie sięga do lady"],
  "cs": ["stojí na židli aby pomohla", "zástěra se táhne po zemi", "nedosáhne na pult"], "sv": ["står på en stol för att hjälpa", "förklädet släpar i golvet", "når inte upp till disken"],
  "ru": ["стоит на стуле чтобы помочь", "фартук волочится по полу", "не достаёт до прилавка", "не достает до прилавка"], "uk": ["стоїть на стільці щоб допомогти", "фартух волочиться по підлозі", "не дістає до прилавка"],
  "tr": ["yardım etmek için sandalyeye çıkmış", "önlüğü yerde sürükleniyor", "tezgaha boyu yetmiyor"], "el": ["ανεβασμένη σε καρέκλα για να βοηθήσει", "η ποδιά σέρνεται στο πάτωμα"],
  "he": ["עומדת על כיסא כדי לעזור", "עומד על כיסא כדי לעזור", "הסינר נגרר על הרצפה"], "ar": ["تقف على كرسي لتساعد", "يقف على كرسي ليساعد", "المريلة تجر على الأرض", "لا تطال الطاولة"],
  "fa": ["روی صندلی ایستاده تا کمک کند", "پیش‌بند روی زمین کشیده می‌شود"], "hi": ["कुर्सी पर खड़े होकर मदद", "कुर्सी पर चढ़कर मदद"], "bn": ["চেয়ারে দাঁড়িয়ে সাহায্য"],
  "id": ["berdiri di kursi untuk membantu", "celemeknya menyeret lantai"], "tl": ["nakatayo sa upuan para tumulong", "hindi pa abot ang counter", "hindi abot ang counter"],
  "vi": ["đứng trên ghế để giúp", "tạp dề dài chấm đất"], "th": ["ยืนบนเก้าอี้เพื่อช่วย", "ผ้ากันเปื้อนยาวลากพื้น", "ยืนเขย่งหยอดเหรียญ"],
  "ja": ["椅子に乗ってお手伝い", "踏み台に乗ってお手伝い", "エプロンが床に引きずって"], "zh": ["站在椅子上帮忙", "围裙拖到地上"], "ko": ["의자 위에 올라가 돕", "앞치마가 바닥에 끌리"],
 },
}
add_concepts("thing", INVENTORY45)
# "bigger than her" with the standard said by a pronoun where the SELF40 rows wrote only the reflexive
add("self", "en", "than her", "than him")
add("self", "ar", "منه")
_S45_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[_S45_START:] if l == "fa" and "\u200c" in t]
R.extend(_S45_FA)
# A tending act by its parts (Rules/ChildDetails.cs TendsByParts): a carer's verb of feeding, pushing or holding (care-verb) and,
# within four words either side, what it works on when the one cared for is a small child (care-tool: a little spoon, a swing, a
# bicycle's saddle, a sledge), read only after a parent. The SEAT_PUSH45 rows say the commonest order in one phrase; these read
# the words apart and in either order ("бабушка кормит манной кашей с ложечки", "la nonna la imbocca col cucchiaino").
# The adult spoon is left out where the language has a diminutive (cucchiaino, łyżeczka, ложечка, lžička): an adult is fed with
# a spoon in hospital, a small child with the little one; the languages without one keep the plain spoon only after a parent.
CARE_VERB45 = {
 "en": ["feeds", "feeding", "spoon feeds", "spoon feeding", "pushes", "pushing", "holds", "holding"],
 "de": ["füttert", "fütterte", "schiebt", "schubst", "hält", "haltend"],
 "fr": ["nourrit", "donne à manger", "fait manger", "pousse", "tient", "tenant"],
 "es": ["da de comer", "alimenta", "empuja", "sujeta", "sujetando", "sostiene"],
 "it": ["imbocca", "dà da mangiare", "nutre", "spinge", "tiene", "regge", "reggendo"],
 "pt": ["dá de comer", "alimenta", "dá comida", "empurra", "segura", "segurando"],
 "nl": ["voert", "geeft te eten", "duwt", "houdt", "vasthoudt"],
 "pl": ["karmi", "podaje", "pcha", "popycha", "trzyma", "trzymając"],
 "cs": ["krmí", "dává najíst", "tlačí", "drží", "držící"],
 "sv": ["matar", "skjuter", "knuffar", "håller"],
 "ru": ["кормит", "кормя", "толкает", "подталкивает", "держит", "придерживает", "придерживая"],
 "uk": ["годує", "годуючи", "штовхає", "підштовхує", "тримає", "притримує"],
 "tr": ["yediriyor", "besliyor", "itiyor", "tutuyor", "tutarak"],
 "el": ["ταΐζει", "σπρώχνει", "κρατάει", "κρατώντας"],
 "he": ["מאכילה", "מאכיל", "דוחפת", "דוחף", "מחזיקה", "מחזיק"],
 "ar": ["تطعمه", "تطعمها", "يطعمه", "يطعمها", "تطعم", "يطعم", "تدفع", "يدفع", "يمسك", "تمسك", "ممسكاً", "ممسكا"],
 "fa": ["غذا می‌دهد", "غذا میده", "هل می‌دهد", "نگه"],
 "hi": ["खिला", "खिलाती", "खिलाते", "धक्का दे रही", "धक्का दे रहे", "पकड़े", "पकड़कर"],
 "bn": ["খাওয়াচ্ছেন", "খাওয়াচ্ছে", "খাইয়ে", "ঠেলছেন", "ঠেলছে", "ধরে"],
 "id": ["menyuapi", "menyuapinya", "mendorong", "memegangi", "memegang"],
 "tl": ["sinusubuan", "pinapakain", "itinutulak", "tinutulak", "hawak", "hinahawakan"],
 "vi": ["đút", "bón", "đẩy", "giữ", "vịn"],
}
CARE_TOOL45 = {
 "en": ["with a little spoon", "with a baby spoon", "with a plastic spoon", "swing", "saddle", "bike seat", "sledge", "sled"],
 "de": ["löffelchen", "schaukel", "sattel", "schlitten"],
 "fr": ["à la petite cuillère", "à la cuillère", "petite cuillère", "balançoire"],
 "es": ["con la cucharita", "cucharita", "con cucharita", "columpio", "sillín"],
 "it": ["col cucchiaino", "cucchiaino", "l'altalena", "altalena", "sellino", "slittino"],
 "pt": ["colherinha", "balanço", "selim"],
 "nl": ["lepeltje", "schommel", "zadel", "slee"],
 "pl": ["z łyżeczki", "łyżeczką", "łyżeczka", "huśtawkę", "huśtawce", "siodełko", "siodełka", "sanki", "sankach"],
 "cs": ["lžičkou", "lžička", "z lžičky", "houpačku", "houpačce", "sedátko", "sedlo", "sáňky", "sáňkách"],
 "sv": ["med sked", "med en liten sked", "gungan", "gungor", "sadeln", "pakethållaren", "pulkan", "kälken"],
 "ru": ["с ложечки", "ложечкой", "с ложки", "качели", "качелях", "седло", "сиденье велосипеда", "санки", "санках"],
 "uk": ["з ложечки", "ложечкою", "з ложки", "гойдалку", "гойдалці", "сідло", "санчата", "санчатах"],
 "tr": ["kaşıkla", "küçük kaşıkla", "salıncağı", "salıncakta", "selesinden", "seleyi", "kızağı", "kızakta"],
 "el": ["με το κουταλάκι", "κουταλάκι", "κούνια", "σέλα"],
 "he": ["בכפית", "כפית", "את הנדנדה", "בנדנדה", "את המושב", "את האוכף", "מזחלת"],
 "ar": ["بالملعقة", "بملعقة صغيرة", "الملعقة", "الأرجوحة", "المرجيحة", "بالمقعد", "المقعد", "الزلاجة"],
 "fa": ["با قاشق", "قاشق", "تاب را", "تاب", "زین", "زین دوچرخه را", "سورتمه"],
 "hi": ["चम्मच से", "झूला", "झूले को", "सीट", "सीट को"],
 "bn": ["চামচ দিয়ে", "দোলনা", "দোলনাটা", "সিট"],
 "id": ["pakai sendok", "dengan sendok", "sendok kecil", "ayunan", "ayunannya", "sadel", "jok sepeda"],
 "tl": ["gamit ang kutsara", "kutsarita", "duyan"],
 "vi": ["từng thìa", "bằng thìa", "bằng muỗng", "từng muỗng", "xích đu", "yên xe", "yên sau"],
}
for lang, words in CARE_VERB45.items():
    add("care-verb", lang, *words)
for lang, words in CARE_TOOL45.items():
    add("care-tool", lang, *words)
_S45B_FA = [(k, l, t.replace("\u200c", " ")) for k, l, t in R[-120:] if l == "fa" and "\u200c" in t]
R.extend(_S45B_FA)
