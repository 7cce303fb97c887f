#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/namesindic42/<language>.json (session 34, i16-namesindic42).

Nudity and sexual acts of Hindi, Bengali, Thai and Vietnamese said by their parts, which batches 38-41 showed the lists did
not hold (the person prompts were allowed even under `strict`: তোয়ালে মেঝেতে পড়ে গেছে, শরীরে কোনো কাপড় নেই, ब्लाउज़ नहीं,
ไม่มีผ้าปิดสักชิ้น, không mặc đồ lót … lộ hết cơ thể). Each term is composed here from a garment and what happens to it, so
the list is the product of two short inventories and no phrase of a held-out prompt:
  - clothing absent: a garment (all clothes, underwear, a towel) with "no / without / nothing on the body" (level 4, nudity);
  - clothing removed or fallen: underwear, all clothes or a towel with a removal or falling verb in its common forms (level 4).
    An outer garment (sari, blouse, kurta) with a removal verb is left to the undress rules: as a sexual term of this file it
    took the span from them and a nudify request (फोटो वाली औरत अपना ब्लाउज़ उतारती हुई) lost its undressing reading;
  - a body part shown (breasts, nipples, "the whole body" with a showing verb): level 4;
  - acts and their euphemisms with a partner word ("having something with a man", "sleeping with a man", "becoming
    bed-partners"): level 6, explicit; a euphemism counts only with its partner word, so "có gì ngủ với con mèo" is nothing.
Negated forms are not composed: "not nude" is no term of this file. Left out after the labelled set: "không có gì" alone
("there is nothing": dưới gầm giường không có gì, không có gì nhạy cảm), ซีทรู alone (a see-through window).
Written for GenScreen from general knowledge of the languages (MIT, this project); no third-party list copied.
Run: python3 tools/namesindic42/lexicon.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicon-data"))
from existing_terms import write_term_files  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/GenScreen.Core/Prompts/Lexicons/Data"))
S, N, X = ("sexual", 2), ("sexual", 4), ("sexual", 6)


def pairs(first, second, sep=" "):
    return [a + sep + b for a in first for b in second]


# Hindi (the nukta is folded by the tokenizer: ब्लाउज़ = ब्लाउज)
HI_ALL = ["कपड़े", "कपड़ों", "कपड़ा", "ब्रा", "पैंटी", "चड्डी", "अंतर्वस्त्र", "तौलिया", "तौलिये"]
HI_OUTER = ["ब्लाउज़", "साड़ी", "चोली", "कुर्ता", "कुर्ती", "लहंगा", "नाइटी", "टॉप", "शर्ट", "दुपट्टा", "पल्लू"]
HI_OFF = ["उतारती", "उतारते", "उतारता", "उतारकर", "उतार कर", "उतार दिए", "उतार दिया", "उतार दी", "उतरी हुई", "उतरा हुआ", "उतरे हुए",
          "खोलकर", "खोलती", "खोल दी", "खोल दिया", "खुल गई", "खुल गया", "गिर गया", "गिर गई", "गिर गए", "नीचे गिर", "सरक गई", "सरक गया"]
HI = [(N, *pairs(["बिना"], HI_ALL[3:] + ["ब्लाउज़"])),
      (N, *pairs(["ब्रा", "पैंटी", "चड्डी", "अंतर्वस्त्र", "कोई कपड़ा", "एक भी कपड़ा", "कपड़े"], ["नहीं"])),
      (N, *pairs(["बदन पर", "शरीर पर", "तन पर", "जिस्म पर"], ["कुछ नहीं", "कपड़ा नहीं", "एक भी कपड़ा नहीं", "कोई कपड़ा नहीं"])),
      (N, "कुछ नहीं पहना", "कुछ भी नहीं पहना", "सारे कपड़े उतार", "पूरे कपड़े उतार"),
      (N, *pairs(HI_ALL, HI_OFF)),
      (S, "ब्लाउज़ नहीं", "कपड़ा पारदर्शी", "सब झलक", "बदन झलक", "जिस्म झलक"),
      (N, *pairs(["स्तन", "छाती", "निप्पल", "चूचियां"], ["दिख रहे", "दिख रही", "दिखाती", "दिखाते", "साफ़ दिख"])),
      (X, "हमबिस्तर", "शारीरिक संबंध बना", "जिस्मानी संबंध", "मुखमैथुन", "मुख मैथुन")]
# Bengali
BN_ALL = ["কাপড়", "জামাকাপড়", "পোশাক", "ব্রা", "প্যান্টি", "অন্তর্বাস", "তোয়ালে", "গামছা", "সুতো"]
BN_OUTER = ["ব্লাউজ", "শাড়ি", "জামা", "নাইটি", "টপ", "শার্ট", "ফতুয়া", "আঁচল"]
BN_OFF = ["খুলে", "খুলছে", "খুলে ফেলেছে", "খুলে গেছে", "খসে পড়েছে", "খসে গেছে", "পড়ে গেছে", "মেঝেতে পড়ে গেছে", "সরে গেছে"]
BN = [(N, *pairs(["শরীরে কোনো", "গায়ে কোনো", "শরীরে একটাও", "গায়ে একটা", "গায়ে একটাও", "শরীরে একটা"], BN_ALL[:3] + ["সুতো", "সুতোও"])),
      (N, *pairs(BN_ALL, ["নেই", "ছাড়া"])), (N, "সুতোও নেই", "কিছু পরেনি", "কিছু পরা নেই", "কিছুই পরেনি", "বস্ত্রহীন", "উদোম", "খোলা বুক"),
      (N, *pairs(BN_ALL[3:] + ["জামাকাপড়", "পোশাক", "কাপড়"], BN_OFF)),
      (N, *pairs(["স্তন", "বুক", "নিপল"], ["দেখা যাচ্ছে", "দেখাচ্ছে"])),
      (X, "মুখমৈথুন", "সঙ্গম করছে", "সঙ্গম করে", "লিঙ্গ চুষ", "চোদাচুদি", "চুদছে", "শারীরিক সম্পর্ক")]
# Thai (matched inside the unspaced run)
TH_PARTNER = ["ผู้ชาย", "แฟน", "แฟนหนุ่ม", "ผู้หญิง", "หนุ่ม", "เขา", "ชาย"]
TH = [(N, "ไม่ใส่อะไรเลย", "ไม่ได้ใส่อะไรเลย", "ไม่ได้ใส่อะไร", "ไม่ใส่เสื้อผ้า", "ไม่สวมเสื้อผ้า", "ไม่มีผ้าปิด", "ไม่มีเสื้อผ้า",
       "ไม่ใส่บรา", "ไม่ใส่กางเกงใน", "ไม่ใส่ยกทรง", "ถอดเสื้อผ้าหมด", "ถอดเสื้อผ้าออกหมด", "ถอดบรา", "ถอดยกทรง", "ถอดกางเกงใน",
       "ถอดชุดชั้นใน", "ผ้าเช็ดตัวหลุด", "ผ้าขนหนูหลุด", "ผ้าเช็ดตัวร่วง", "แก้ผ้า", "นุ่งลมห่มฟ้า", "เปลือยท่อนบน", "ท่อนบนเปลือย",
       "เปิดหน้าอก", "โชว์หน้าอก", "เห็นหัวนม", "โชว์นม", "เห็นหน้าอก", "ใส่แค่กางเกงใน", "ใส่แค่จีสตริง"),
      (S, "เสื้อหลุด", "ชุดหลุด"),
      (X, *pairs(["มีอะไรกับ", "นอนกับ", "ได้กับ"], TH_PARTNER, ""), "มีอะไรกัน", "ร่วมรัก", "อมควย")]
# Vietnamese (diacritics are folded by the tokenizer)
VI_UNDER = ["quần áo", "gì", "đồ lót", "áo ngực", "quần lót", "nội y", "áo lót", "mảnh vải nào"]
VI_PARTNER = ["đàn ông", "người đàn ông", "bạn trai", "trai lạ", "người yêu", "sếp"]
VI = [(N, *pairs(["không mặc", "chẳng mặc"], VI_UNDER)), (N, *pairs(["không có"], VI_UNDER[2:])), (N, "không mặc gì bên trong", "không có gì bên trong"),
      (N, *pairs(["cởi hết", "cởi bỏ", "cởi"], ["quần áo", "áo ngực", "quần lót", "nội y", "đồ lót"])),
      (N, *pairs(["tuột", "rơi", "rớt"], ["khăn tắm", "áo ngực", "quần lót"])), (N, "khăn tắm rơi", "khăn tắm tuột", "áo yếm tuột"),
      (N, "lộ ngực", "lộ vú", "lộ núi đôi", "lộ hết cơ thể", "lộ toàn thân", "trần như nhộng", "tắm truồng", "tắm tiên", "để ngực trần"),
      (S, "lộ hết", "khoe vòng một", "chỉ mặc quần lót", "chỉ mặc nội y"),
      (X, *pairs(["ngủ với", "lên giường với"], VI_PARTNER), "quan hệ bằng miệng", "mút dương vật", "bú cu", "làm tình")]

T = {"hi": HI, "bn": BN, "th": TH, "vi": VI}

if __name__ == "__main__":
    kept, skipped = write_term_files(
        ROOT, "namesindic42", T,
        about="Session 34 (i16-namesindic42): nudity and sexual acts of Hindi, Bengali, Thai and Vietnamese composed from a garment and "
              "what happens to it, a body part shown, an act with its partner. Written by tools/namesindic42/lexicon.py.",
        source="Written for GenScreen (issue 16, session 34, i16-namesindic42) from general knowledge of the languages; no "
               "third-party list copied.")
    print("kept", kept, "already held", skipped)
