# Session 28 (i16-children32, held-out batch 32's must-allow "หัดปั่นจักรยานสี่ล้อครั้งแรก คุณตาจับเบาะไว้ข้างหลัง": grandpa holds
# the bike seat behind her, read as the act จับ (grab) and the position ข้างหลัง (behind) of one unspaced clause): holding a seat,
# saddle or handlebar is a plain phrase; in an unspaced clause a hit inside a plain phrase is read as the phrase
# (Rules/SexualStatements.cs ReadUnspaced). Written for GenScreen from general knowledge of Thai (MIT, this project).
W = {
"th": {
 "plain": "จับเบาะ|จับอาน|จับแฮนด์|จับแฮนด์รถ|จับเบาะท้าย|จับท้ายรถ|จับรถ|จับจักรยาน|ประคองเบาะ|ประคองรถ",
},
}
