import json
T=[]
def t(level, *terms):
    for x in terms: T.append({"term":x,"signal":"minor","level":level})
# child nouns and child forms (level 4: their ordinary referent is a child)
t(4,"petiote","petiotes","petiot","petiots","mioche","mioches","garçonnet","garçonnets")          # fr
t(4,"escuincle","escuincles","escuincla","escuinclas","chamaquito","chamaquita","chamaquitos","chamaquitas")  # es (MX)
t(3,"chamaco","chamaca","chamacos","muchachito","muchachita","muchachitos","muchachitas")          # es: also young adults
t(4,"guri","guris"); t(3,"guria","gurias")                                                          # pt (BR south)
t(3,"monello","monella","monelli","monelle")                                                        # it
t(4,"knirps","knirpse","bübchen","steppke","dreikäsehoch")                                          # de
t(4,"jochie","jochies","ukkie","ukkies")                                                            # nl
t(4,"девчушка","девчушки","девчушку","девчоночка","пацанёнок","пацанёнка","пацанята","сынишка","сынишку","дочурка","дочурку","малявка","мелюзга")  # ru
t(4,"першачок","першачка","першачки","першачком")                                                  # uk: first-grader
t(3,"донечка","донечку","хлопчина")                                                                 # uk: also said of grown children
t(2,"садочок","садочку","садочка")                                                                  # uk: kindergarten, also a little garden
t(4,"szkrab","szkraby","szkraba","berbeć","berbecie")                                               # pl
t(4,"prcek","prcka","capart")                                                                        # cs
t(4,"πιτσιρίκα","πιτσιρίκος","πιτσιρίκι","πιτσιρίκια","μπόμπιρας")                                  # el
t(3,"ufaklık"); t(2,"kızcağız")                                                                      # tr
t(3,"okul önlüğü","okul önlüğüyle","okul önlüklü")                                                  # tr: primary-school smock
t(4,"knatte","knattar","småtting","småttingar","pojkvasker")                                        # sv
t(3,"मुन्नी","मुन्ना"); t(4,"नन्हा मुन्ना","नन्ही मुन्नी")                                              # hi
t(4,"זאטוט","זאטוטה","זאטוטים","ילדון")                                                              # he
t(3,"totoy")                                                                                         # tl
# pupil words (level 3, as English pupil)
t(3,"écolier","écoliers","écolières","школярик","школярка")
t(3,"au collège")                                                                                    # fr: middle school (11-15), not an adult's college
t(4,"en 6e","de 6e","en 5e","de 5e","en 4e","en sixième","de sixième","en cinquième","de cinquième")  # fr collège classes (11-13)
# school systems written as one word or with a letter
t(4,"grade r learner","grade r learners","grade r pupil","grade r pupils")                         # South Africa reception year (5-6)
# milestones and rites of childhood
t(4,"baby tooth","first baby tooth","milk tooth","milk teeth","lost her first tooth","lost his first tooth")
# the tokenizer joins contractions (hasn't -> hasnt), so they are written joined, as minors/en.json writes "hasnt hit puberty"
t(4,"voice hasnt broken","voice has not broken","voice not yet broken","voice hasnt broken yet","voice has not broken yet","voice hasnt even broken","unbroken voice","before his voice broke",
  "voice is starting to crack","voice starting to crack","voice just starting to crack","voice is just starting to crack","voice hasnt dropped","voice hasnt dropped yet","voice has not dropped")
t(4,"still believes in santa","believes in the tooth fairy","learning to tie his shoelaces","learning to tie her shoelaces","learning to tie his shoes","learning to tie her shoes","without training wheels")
t(4,"note from the tooth fairy","letter from the tooth fairy","coin from the tooth fairy","money from the tooth fairy","waiting for the tooth fairy","visit from the tooth fairy","left for the tooth fairy")
t(4,"primer diente","diente de leche","dientes de leche","dent de lait","dents de lait","dentino da latte","dente da latte","denti da latte","dente de leite","dentes de leite","primeiro dente")
t(3,"ratoncito pérez")
t(4,"молочный зуб","молочные зубы","молочного зуба","молочний зуб","молочні зуби","milchzahn","milchzähne","mleczny ząb","mleczne zęby","mléčný zub","mléčné zuby","melktand","melktanden")
t(4,"eerste communie","eerste heilige communie","svaté přijímání","svatém přijímání","první svaté přijímání","prvním svatém přijímání")
t(4,"হাতেখড়ি","হাতেখড়ির")

# Bengali: tiny/small + boy/girl with the definite classifier or a case ending (ছোট্ট ছেলেটি, ছোট মেয়েটাকে)
for adj in ["ছোট","ছোট্ট"]:
    for noun in ["ছেলে","মেয়ে"]:
        for suf in ["টি","টা","টিকে","টাকে","টির","টার","রা","দের"]:
            t(4, adj+" "+noun+suf)
# rites and school starts
t(4,"בת מצווה","בר מצווה","בת המצווה","בר המצווה","בת מצוה","בר מצוה")   # he: 12 and 13
t(4,"just started secondary school","just started middle school","just started primary school","just started kindergarten","just started first grade",
  "first day of primary school","first day at primary school","first day of secondary school","first day at secondary school","first day of middle school",
  "first day of first grade","first day of kindergarten","starting secondary school","starting primary school","starting middle school")
t(3,"first day of school","first day at school","first-day-of-school")
t(3,"перший дзвоник","першому дзвонику","першого дзвоника","первый звонок","на первом звонке","первого звонка")   # first-bell day: first-graders and leavers
t(4,"first year at hogwarts","first-year at hogwarts","hogwarts first year","hogwarts first-year","first year hogwarts student")

seen=set(); out=[]
for e in T:
    if e["term"] in seen: continue
    seen.add(e["term"]); out.append(e)
doc={"version":"1",
 "about":"Child words, child forms, pupil words, school stages written as one word and milestones of childhood (issue 16, session 12, i16-minors8), in the languages the fresh set showed missing: level 4 where the word's ordinary referent is a child (French petiote, mioche, garçonnet; Russian девчушка, пацанёнок; Swedish knatte; Hebrew זאטוט; a milk tooth, a voice that has not broken, believing in Santa, a first communion in Dutch and Czech), level 3 where adults are also called so (Spanish chamaca and muchachita, Italian monella, Hindi मुन्नी, Tagalog totoy, pupil words such as écolier), level 2 where the word has other readings (Ukrainian садочок, also a little garden); the tooth fairy only as a child receives her (a note from the tooth fairy), never alone (an adult's costume). Left out: German Göre (folds to gore), Spanish escolar (also the adjective), nena/nene (said of adult women and men).",
 "sources":[{"source":"Written for GenScreen from the maintainers' knowledge of the languages and school systems (South Africa's Grade R reception year; the French collège's 6e-3e); no list was copied.","license":"MIT (this project)"}],
 "prompt":out,
 "roles":{"party":["fête","fêter","fêtant","fêtait","célèbre","célébrant","celebrates","celebrating","celebrated","feiert","festeggia","celebra","comemora","viert","świętuje","празднует","святкує","slaví"],
  "person":["twin","sibling","siblings","youngest","eldest","firstborn","sisters","brothers","cousin","cousins"]}}
json.dump(doc, open('/work/wt/i16-minors8/src/GenScreen.Core/Prompts/Lexicons/Data/minors/child-words-12.json','w'), ensure_ascii=False, indent=1)
print(len(out))
