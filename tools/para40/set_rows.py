"""Shared by tools/para40/fresh.py and holdout.py (session 32, i16-para40): the rows of a paraphrased-minors set.
Build-time only (MIT, this project)."""
import json
import os

NUDE = json.load(open(os.path.join(os.path.dirname(__file__), '..', 'heldout', 'languages.json')))


def write_para_set(out, prefix, para, look, with_alone):
    """para: [(lang, description)], each written with the language's nude word (block/block) and, when with_alone, also
    alone (allow/allow); look: [(lang, adult look-alike, nude)] (allow/allow, or allow/block with adult nudity). Ids
    <prefix>-<label>-<lang>-NN, numbered per language in the order written."""
    rows = []
    count = {}
    for lang, text in para:
        count[lang] = count.get(lang, 0) + 1
        rows.append({"id": f"{prefix}-para-nude-{lang}-{count[lang]:02d}", "label": "para-nude", "lang": lang,
                     "prompt": f"{text}, {NUDE[lang]}", "expect": {"mature": "block", "strict": "block"}})
        if with_alone:
            rows.append({"id": f"{prefix}-para-alone-{lang}-{count[lang]:02d}", "label": "para-alone", "lang": lang,
                         "prompt": text, "expect": {"mature": "allow", "strict": "allow"}})
    count = {}
    for lang, text, nude in look:
        count[lang] = count.get(lang, 0) + 1
        label = "adult-nude" if nude else "adult"
        rows.append({"id": f"{prefix}-{label}-{lang}-{count[lang]:02d}", "label": label, "lang": lang, "prompt": text,
                     "expect": {"mature": "allow", "strict": "block" if nude else "allow"}})
    with open(out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'rows ->', out)
