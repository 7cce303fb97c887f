# Session 27 (i16-precision31, held-out batch 31: "Moby Dick breaching beside a whaling ship" read as a body word, an act
# and "beside"): titles, characters, authors and a pudding whose name holds "dick" are plain phrases, so the body and agent
# reading of the word never takes them (the lexicon already lists most of them as benign terms, which the statement reader,
# reading the source text, did not see). Written for GenScreen from general knowledge (MIT, this project).
W = {
"en": {
 "plain": "moby dick|moby-dick|spotted dick|dick tracy|philip k dick|dick whittington|dick turpin|dick grayson|dick dastardly",
},
}
