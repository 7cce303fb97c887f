#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/sexual25/<lang>.json (session 23, i16-sexual25): a sports bra is sportswear,
not lingerie, in the 26 languages (benign: the phrase consumes its words, so the lexicon's suggestive `bra`, `stanik`,
`podprsenka`, `حمالة صدر`, `ब्रा`, `áo lót` inside it is not read). Written for GenScreen from general knowledge of the
languages (MIT, this project); no third-party list. Run: python3 tools/sexual25/lexicon.py"""
import json, pathlib

SPORTS_BRA = {
    "en": ["sports bra", "sports bras", "sport bra"],
    "de": ["sport bh", "sport-bh", "sportbh", "sport-bhs"],
    "fr": ["brassière de sport", "soutien-gorge de sport", "soutien gorge de sport"],
    "es": ["sujetador deportivo", "top deportivo", "brasier deportivo"],
    "it": ["reggiseno sportivo", "top sportivo"],
    "pt": ["sutiã esportivo", "top esportivo", "sutiã de desporto"],
    "nl": ["sportbeha", "sport bh", "sport-bh", "sportbeha's"],
    "pl": ["sportowy stanik", "sportowym staniku", "sportowego stanika", "stanik sportowy", "staniku sportowym", "sportowy biustonosz", "sportowym biustonoszu"],
    "cs": ["sportovní podprsenka", "sportovní podprsenku", "sportovní podprsence", "sportovní podprsenkou", "sportovní podprsenky"],
    "sv": ["sport-bh", "sport bh", "sportbh", "sport-bh:n"],
    "tr": ["spor sütyeni", "spor sütyen", "spor sütyenli", "spor sütyeniyle"],
    "ru": ["спортивный бюстгальтер", "спортивном бюстгальтере", "спортивный лифчик", "спортивном лифчике", "спортивный топ", "спортивного топа"],
    "uk": ["спортивний бюстгальтер", "спортивному бюстгальтері", "спортивний ліфчик", "спортивний топ", "спортивного топу"],
    "el": ["αθλητικό σουτιέν", "αθλητικό μπουστάκι"],
    "ar": ["حمالة صدر رياضية", "حمالة الصدر الرياضية", "ستيان رياضي", "صدرية رياضية"],
    "fa": ["سوتین ورزشی", "نیم تنه ورزشی", "نیم‌تنه ورزشی"],
    "he": ["חזיית ספורט", "חזיית הספורט"],
    "hi": ["स्पोर्ट्स ब्रा", "स्पोर्ट ब्रा", "sports bra"],
    "bn": ["স্পোর্টস ব্রা", "স্পোর্টস ব্রার", "স্পোর্টস ব্রা-র"],
    "th": ["สปอร์ตบรา", "สปอร์ต บรา"],
    "vi": ["áo lót thể thao", "áo ngực thể thao", "bra thể thao"],
    "id": ["sport bra", "sports bra", "bra olahraga", "bh olahraga", "bh sport"],
    "tl": ["sports bra", "sport bra"],
    "zh": ["运动内衣", "运动文胸", "运动胸罩"],
    "ja": ["スポーツブラ", "スポブラ"],
    "ko": ["스포츠 브라", "스포츠브라"],
}

def main():
    out = pathlib.Path("src/GenScreen.Core/Prompts/Lexicons/Data/sexual25")
    out.mkdir(parents=True, exist_ok=True)
    for lang, terms in SPORTS_BRA.items():
        doc = {
            "language": lang,
            "version": "1",
            "about": "Session 23 (i16-sexual25): a sports bra is sportswear, not lingerie (benign: consumes its words). Written by tools/sexual25/lexicon.py.",
            "sources": [{"source": "Written for GenScreen (issue 16, session 23, i16-sexual25) from general knowledge of the languages; no third-party list copied.", "license": "MIT (this project)"}],
            "prompt": [{"term": t, "signal": "benign", "level": 0} for t in terms],
        }
        (out / f"{lang}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(SPORTS_BRA), "files")

if __name__ == "__main__":
    main()
