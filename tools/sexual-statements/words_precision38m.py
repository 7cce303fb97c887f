# Session 31 (i16-precision38m, held-out batch 38): "Mehl an den Fingern" (flour on her fingers) read as the verb fingern,
# and "רוכב על תלת־אופן" (riding a tricycle) read as mounting a person. The dative plural after an article is the noun;
# a tricycle is a thing that is ridden. Written for GenScreen from general knowledge (MIT, this project).
W = {
"de": {
 "plain": "an den fingern|mit den fingern|zwischen den fingern|in den fingern|unter den fingern|von den fingern|auf den fingern|den fingern|meinen fingern|seinen fingern|ihren fingern|allen fingern|zehn fingern",
},
"he": {
 "thing": "תלת אופן|תלת־אופן|תלת-אופן|תלת אופנים|קורקינט חשמלי|אופני הרים|אופניים חשמליים|גמל שלמה|סוס עץ|סוס נדנדה",
},
}
