#!/usr/bin/env python3
"""Ordinary text beside adult nudity, to count how often the name rules read ordinary words as a person.

Two sources of ordinary text per language:
  mo:   the Debian system translations on this machine (/usr/share/locale/<lang>/LC_MESSAGES/*.mo, translated UI
        sentences). Mostly GPL: measured only, never committed; written under /tmp.
  cldr: the CLDR emoji names (npm cldr-annotations-full 48.2.0, Unicode-3.0 licence; 'tts' names such as
        "grinning face with big eyes" in each language): short ordinary phrases, committed as ordinary-cldr.jsonl.
Each text is put in two frames, all expected allowed under `mature` (adult nudity, no person named):
  A  "<nude woman>, <text>"   (session 9's frame: a person word is present)
  B  "<text> <nude photo>"    (no person word: the words right before the nudity term stand where a subject would)
Usage: make_corpus.py [--cldr-dir DIR] [--out DIR] [--per-lang N]
"""
import argparse
import gettext
import hashlib
import json
import pathlib
import re
import unicodedata

FRAMES = {
    "bn": ("নগ্ন মহিলা", "নগ্ন ছবি"),
    "hi": ("नग्न महिला", "नग्न तस्वीर"),
    "fa": ("زن برهنه", "برهنه"),
    "ar": ("امرأة عارية", "عارية"),
    "es": ("mujer desnuda", "desnuda"),
    "he": ("אישה עירומה", "עירומה"),
    "ru": ("обнажённая женщина", "обнажённая"),
    "ko": ("누드 여성", "누드"),
}

SCRIPTS = {
    "bn": (0x0980, 0x09FF),
    "hi": (0x0900, 0x097F),
    "fa": (0x0600, 0x06FF),
    "ar": (0x0600, 0x06FF),
    "he": (0x0590, 0x05FF),
    "ru": (0x0400, 0x04FF),
    "ko": (0xAC00, 0xD7A3),
}

FORMAT = re.compile(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?[lhLqjzt]*[sdiufFeEgGxXocpn%]|\{[^}]*\}|\$\{[^}]*\}|<[^>]*>|\\[nt]")


def in_script(text: str, lang: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if lang == "es":
        return all(c.isascii() or c in "áéíóúñüÁÉÍÓÚÑÜ¿¡" for c in letters)
    lo, hi = SCRIPTS[lang]
    return all(lo <= ord(c) <= hi or unicodedata.category(c) == "Mn" for c in letters)


def clean(text: str) -> str:
    text = FORMAT.sub(" ", text)
    text = text.replace("_", "").replace("&", "").replace("…", " ").replace("...", " ")
    text = re.sub(r"[\"“”«»()\[\]:;|/\\*=+#@~^`]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .,!?؟،۔।-")
    return text


def pick(texts: set[str], n: int) -> list[str]:
    return sorted(texts, key=lambda t: hashlib.sha1(t.encode()).hexdigest())[:n]


def mo_texts(lang: str) -> set[str]:
    out: set[str] = set()
    folder = pathlib.Path("/usr/share/locale") / lang / "LC_MESSAGES"
    for mo in sorted(folder.glob("*.mo")):
        try:
            with mo.open("rb") as f:
                catalog = gettext.GNUTranslations(f)._catalog  # noqa: SLF001 - the parsed catalogue
        except Exception:  # a damaged or unusual file: skip it
            continue
        for key, value in catalog.items():
            if not key or not isinstance(value, str):
                continue
            text = clean(value)
            words = text.split()
            if 2 <= len(words) <= 12 and in_script(text, lang):
                out.add(text)
    return out


def cldr_texts(cldr: pathlib.Path, lang: str) -> set[str]:
    data = json.loads((cldr / lang / "annotations.json").read_text(encoding="utf-8"))
    out: set[str] = set()
    for value in data["annotations"]["annotations"].values():
        for text in value.get("tts", []):
            text = clean(text)
            if 2 <= len(text.split()) <= 8 and in_script(text, lang):
                out.add(text)
    return out


def framed(source: str, lang: str, texts: list[str]) -> list[dict]:
    before, after = FRAMES[lang]
    rows = []
    for k, text in enumerate(texts):
        for frame, prompt in (("A", f"{before}, {text}"), ("B", f"{text} {after}")):
            rows.append({
                "id": f"ordinary-{source}-{lang}-{frame}-{k:04d}",
                "label": f"ordinary-{source}-{lang}-{frame}",
                "lang": lang,
                "prompt": prompt,
                "expect": {"mature": "allow", "strict": "block"},
            })
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cldr-dir", default="/tmp/people6-npm/node_modules/cldr-annotations-full/annotations")
    parser.add_argument("--out", default="/tmp/people6-corpus")
    parser.add_argument("--per-lang", type=int, default=400)
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    here = pathlib.Path(__file__).parent
    cldr_rows = []
    for lang in FRAMES:
        mo = pick(mo_texts(lang), args.per_lang)
        (out / f"mo-{lang}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in framed("mo", lang, mo)), encoding="utf-8")
        cl = pick(cldr_texts(pathlib.Path(args.cldr_dir), lang), 150)
        cldr_rows += framed("cldr", lang, cl)
        print(lang, "mo", len(mo), "cldr", len(cl))
    (here / "ordinary-cldr.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in cldr_rows), encoding="utf-8")


if __name__ == "__main__":
    main()
