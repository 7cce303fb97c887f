"""Shared by the round generators that write their fresh sets (tools/roles30-31 grouped, tools/sexual29-31 by class): labelled rows
with ids <label>-<lang>-NN, numbered per label and language in the order written. Build-time only."""
import json
import os


def write_fresh_set(out, groups):
    """groups: (items by label as [(lang, prompt)], mature, strict, mode or None), written in order to out (JSON lines)."""
    os.makedirs(os.path.dirname(out), exist_ok=True)
    rows, n = [], {}
    for items_by_label, mature, strict, mode in groups:
        for label, items in items_by_label.items():
            for lang, prompt in items:
                n[(label, lang)] = n.get((label, lang), 0) + 1
                row = {"id": f"{label}-{lang}-{n[(label, lang)]:02d}", "label": label, "lang": lang, "prompt": prompt,
                       "expect": {"mature": mature, "strict": strict}}
                if mode:
                    row["mode"] = mode
                rows.append(row)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "items ->", os.path.relpath(out))


def write_class_items(out, name, items):
    """items: (class, lang, (mature, strict), prompt), written in order to out with ids i16-<name>-fresh-<class>-<lang>-N
    (numbered per class and language) and labels <name>-<class> (the fresh sets of sexual29, sexual30, sexual31)."""
    n = {}
    with open(out, "w", encoding="utf-8") as f:
        for cls, lang, (mature, strict), prompt in items:
            n[(cls, lang)] = n.get((cls, lang), 0) + 1
            f.write(json.dumps({"id": f"i16-{name}-fresh-{cls}-{lang}-{n[(cls, lang)]}", "label": f"{name}-{cls}", "lang": lang,
                                "prompt": prompt, "expect": {"mature": mature, "strict": strict}}, ensure_ascii=False) + "\n")
    print(len(items))
