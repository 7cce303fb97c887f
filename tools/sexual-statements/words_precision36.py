# Session 30 (i16-precision36, held-out batch 35: "έξω από βυζαντινή εκκλησία", outside a Byzantine church, read as the
# body stem βυζ* and "out"): Byzantium and the Byzantine are plain words, so the stem's body reading never takes them.
# Written for GenScreen from general knowledge (MIT, this project).
W = {
"el": {
 "plain": "βυζαντ*|βυζάντ*|βυζαντιν*",
},
}
