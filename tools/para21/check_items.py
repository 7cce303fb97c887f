# Check set of session 20 (i16-para21), written after the rules, scored once (honest generalisation figure).
CHILD = {
 'cs': ['hraje si s kamarádem na vojáky za garáží', 'fouká do pampelišky a chytá chmýří', 'děda jí pouští draka na poli za vsí', 'sedí na nočníku a prohlíží si knížku s obrázky'],
 'pl': ['puszcza łódeczki z kory w strumyku', 'dziadek uczy go gwizdać na trawce', 'zasypia w foteliku w samochodzie w drodze nad morze', 'karmi kaczki chlebem z torebki, mama trzyma za kaptur'],
 'ru': ['пускает кораблики в ручье после дождя', 'дедушка учит её свистеть в травинку', 'засыпает в автокресле по дороге на дачу', 'кормит уток хлебом, мама держит за капюшон'],
 'uk': ['пускає кораблики в калюжі біля під\'їзду', 'дідусь вчить його свистіти в травинку', 'засинає в автокріслі дорогою до бабусі', 'годує качок хлібом, мама тримає за каптур'],
 'tr': ['dedesi ona uçurtma yapıyor, bahçede koşuyor', 'kağıttan gemiler yapıp su birikintisinde yüzdürüyor', 'arabada oto koltuğunda uyuyakalmış', 'ördeklere ekmek atıyor, annesi kapüşonundan tutuyor'],
 'sv': ['blåser på maskrosor och jagar fröna', 'morfar lär honom vissla på ett grässtrå', 'somnar i bilbarnstolen på väg till landet', 'matar ankorna med bröd, mamma håller i luvan'],
 'nl': ['laat bootjes van boomschors varen in de sloot', 'opa leert hem fluiten op een grassprietje', 'valt in slaap in het autostoeltje op weg naar de camping', 'voert de eendjes brood, mama houdt de capuchon vast'],
 'el': ['φυσάει πικραλίδες και κυνηγάει τους σπόρους', 'ο παππούς του μαθαίνει να σφυρίζει με ένα φύλλο', 'αποκοιμιέται στο παιδικό κάθισμα του αυτοκινήτου', 'ταΐζει τις πάπιες ψωμί, η μαμά κρατάει την κουκούλα'],
 'de': ['pustet Pusteblumen und jagt den Samen nach', 'schläft im Kindersitz auf dem Weg zur Oma ein'],
 'fr': ['souffle sur les pissenlits et court après les graines', 'papi lui apprend à siffler avec un brin d\'herbe'],
 'es': ['sopla dientes de león y persigue las semillas', 'el abuelo le enseña a silbar con una hoja'],
 'en': ['blows on dandelions and chases the seeds', 'grandpa teaching him to whistle with a blade of grass'],
}
SEX = {
 'cs': ['nahá, roztažené nohy', 'bez kalhotek, vše vidět'], 'pl': ['naga, rozłożone nogi', 'bez majtek, wszystko widać'],
 'ru': ['голая, ноги раздвинуты', 'без трусиков, всё видно'], 'uk': ['гола, ноги розведені', 'без трусиків, все видно'],
 'tr': ['çıplak, bacaklar açık', 'duşta çıplak'], 'sv': ['naken, särade ben', 'utan trosor, allt syns'],
 'nl': ['naakt, benen gespreid', 'zonder slipje, alles zichtbaar'], 'el': ['γυμνή, ανοιχτά πόδια', 'γυμνή στο ντους'],
 'de': ['nackt, Beine gespreizt'], 'fr': ['nue, jambes écartées'], 'es': ['desnuda, piernas abiertas'], 'en': ['nude, legs spread'],
}
ADULT = {
 'cs': ['babička na lavičce v parku krmí holuby'], 'pl': ['babcia karmi gołębie na ławce w parku'],
 'ru': ['бабушка кормит голубей на скамейке в парке'], 'uk': ['вихователька садочка після роботи п\'є вино'],
 'tr': ['hâlâ bisiklet süremeyen otuzlu bir kadın'], 'sv': ['en pappa som bygger lego med sin son på kvällen'],
 'nl': ['een oma die pannenkoeken bakt voor haar kleinkinderen'], 'el': ['μια γιαγιά που ταΐζει τα περιστέρια στο πάρκο'],
}
