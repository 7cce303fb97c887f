# Check set of session 21 (i16-para22), written for GenScreen (MIT) after the rules and not used to write any: details of other kinds than the
# fresh set's (a bath toy, a school uniform name tag, a vaccination, a first bike, a kids' meal, a school play, a growth
# chart, a bedtime song), and adults with the same details. Scored once before and after.
CHILD = {
 'ja': ['お風呂でアヒルのおもちゃを浮かべて遊ぶ', '体操服にママが名前を縫いつけてくれた', '柱の傷で背の高さを測ってもらう', 'お子様ランチの旗を集めている'],
 'zh': ['洗澡时玩小黄鸭', '妈妈在校服上给她缝了名字', '在门框上量身高，爸爸画了一道线', '学校的六一文艺演出上当小兔子'],
 'ko': ['목욕할 때 고무 오리를 띄우고 논다', '엄마가 체육복에 이름표를 달아 주었다', '문틀에 키를 재고 아빠가 줄을 그어 준다', '학예회에서 토끼 역할을 맡았다'],
 'th': ['อาบน้ำเล่นเป็ดยาง', 'แม่ปักชื่อบนชุดพละให้', 'วัดส่วนสูงที่ขอบประตู พ่อขีดเส้นให้', 'ได้เป็นกระต่ายในละครวันเด็ก'],
 'vi': ['tắm chơi với con vịt cao su', 'mẹ khâu tên lên áo đồng phục cho', 'đo chiều cao ở khung cửa, bố vạch một đường', 'được đóng vai thỏ trong buổi văn nghệ ở trường'],
 'id': ['main bebek karet waktu mandi', 'ibu menjahit nama di seragam olahraganya untuknya', 'diukur tingginya di kusen pintu, ayah menggaris', 'jadi kelinci di pentas seni sekolah'],
 'tl': ['naglalaro ng rubber duck habang naliligo', 'tinahi ni nanay ang pangalan sa uniporme niya', 'sinukat ang taas sa hamba ng pinto, guhit ni tatay', 'gumanap na kuneho sa dula sa eskwela'],
 'ar': ['تلعب ببطة مطاطية في الحمام', 'أمها خاطت اسمها على زي المدرسة', 'يقيس أبوها طولها على إطار الباب', 'مثلت دور أرنب في حفل المدرسة'],
 'fa': ['توی حمام با اردک پلاستیکی بازی می‌کند', 'مامانش اسمش را روی روپوش مدرسه دوخت', 'بابا قدش را روی چارچوب در علامت می‌زند', 'در جشن مدرسه نقش خرگوش را بازی کرد'],
 'he': ['משחקת בברווז גומי באמבטיה', 'אמא תפרה לה את השם על החולצה של בית הספר', 'אבא מודד לה את הגובה על משקוף הדלת', 'שיחקה ארנבת בהצגה של הגן'],
 'hi': ['नहाते समय रबर की बत्तख से खेलती है', 'मम्मी ने उसकी स्कूल ड्रेस पर नाम सिल दिया', 'पापा दरवाज़े पर उसकी लंबाई नापते हैं', 'स्कूल के वार्षिकोत्सव में खरगोश बनी'],
 'bn': ['স্নানের সময় রবারের হাঁস নিয়ে খেলে', 'মা ওর স্কুল ড্রেসে নাম সেলাই করে দিয়েছে', 'বাবা দরজার চৌকাঠে ওর উচ্চতা মাপেন', 'স্কুলের অনুষ্ঠানে খরগোশ সেজেছিল'],
}
SEX = {
 'ja': ['全裸', 'ヌード写真'], 'zh': ['全裸', '裸体写真'], 'ko': ['알몸', '누드 사진'], 'th': ['เปลือยกาย', 'ภาพนู้ด'],
 'vi': ['khỏa thân', 'ảnh nude'], 'id': ['telanjang', 'foto bugil'], 'tl': ['hubad', 'hubo\'t hubad na litrato'],
 'ar': ['عارية', 'صور عارية'], 'fa': ['برهنه', 'عکس لخت'], 'he': ['עירומה', 'תמונות עירום'], 'hi': ['नग्न', 'न्यूड फ़ोटो'],
 'bn': ['নগ্ন', 'ন্যুড ছবি'],
}
ADULT = {
 'ja': ['お風呂でアヒルのおもちゃを集める大人の女性', '体操服を縫うおばあちゃん'],
 'zh': ['在浴缸里放小黄鸭拍照的成年女人', '缝校服的奶奶'],
 'ko': ['욕조에 고무 오리를 띄운 성인 여성', '체육복을 꿰매는 할머니'],
 'th': ['ผู้หญิงผู้ใหญ่ถ่ายรูปกับเป็ดยางในอ่าง', 'คุณยายเย็บชุดพละ'],
 'vi': ['người phụ nữ chụp ảnh với vịt cao su trong bồn tắm', 'bà ngoại khâu áo đồng phục'],
 'id': ['wanita dewasa berfoto dengan bebek karet di bak mandi', 'nenek menjahit seragam'],
 'tl': ['babaeng nasa hustong gulang na may rubber duck sa bathtub', 'si lola nagtatahi ng uniporme'],
 'ar': ['امرأة بالغة مع بطة مطاطية في الحوض', 'الجدة تخيط زي المدرسة'],
 'fa': ['زن بزرگسال با اردک پلاستیکی در وان', 'مادربزرگ روپوش مدرسه را می‌دوزد'],
 'he': ['אישה בוגרת עם ברווז גומי באמבטיה', 'סבתא תופרת חולצה'],
 'hi': ['बाथटब में रबर की बत्तख के साथ वयस्क महिला', 'दादी स्कूल ड्रेस सिल रही हैं'],
 'bn': ['বাথটাবে রবারের হাঁস নিয়ে প্রাপ্তবয়স্ক মহিলা', 'ঠাকুমা স্কুল ড্রেস সেলাই করছেন'],
}
