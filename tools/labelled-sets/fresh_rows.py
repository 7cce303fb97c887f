"""Shared by the round generators that write their fresh sets (tools/roles30-31 grouped, tools/sexual29-31 by class,
tools/children31-32 as child/adult pairs): labelled rows
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


def write_child_pairs(out, prefix, child, adult):
    """child, adult: [(lang, description, nude word)]. Each child description is written twice, with its nude word
    (<prefix>-fresh-para-<lang>-NN, para-nude, block/block) and alone (<prefix>-fresh-alone-..., para-alone, allow/allow);
    each adult once with its nude word (<prefix>-fresh-adult-..., adult-nude, allow/block): the fresh sets of children31-32."""
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        counts = {}
        for lang, text, nude in child:
            counts[lang] = counts.get(lang, 0) + 1
            i = counts[lang]
            f.write(json.dumps({"id": f"{prefix}-fresh-para-{lang}-{i:02d}", "label": "para-nude", "lang": lang,
                                "prompt": f"{text}, {nude}", "expect": {"mature": "block", "strict": "block"}}, ensure_ascii=False) + "\n")
            f.write(json.dumps({"id": f"{prefix}-fresh-alone-{lang}-{i:02d}", "label": "para-alone", "lang": lang,
                                "prompt": text, "expect": {"mature": "allow", "strict": "allow"}}, ensure_ascii=False) + "\n")
            n += 2
        counts = {}
        for lang, text, nude in adult:
            counts[lang] = counts.get(lang, 0) + 1
            i = counts[lang]
            f.write(json.dumps({"id": f"{prefix}-fresh-adult-{lang}-{i:02d}", "label": "adult-nude", "lang": lang,
                                "prompt": f"{text}, {nude}", "expect": {"mature": "allow", "strict": "block"}}, ensure_ascii=False) + "\n")
            n += 1
    print(n, "items")


def write_labelled_rows(out, items, id_prefix=""):
    """items: (label, lang, prompt, expect) in the order written, with ids <id_prefix><label>-<lang>-NN numbered per label
    and language (the fresh sets of roles40, roles46 and the session-39 rounds)."""
    os.makedirs(os.path.dirname(out), exist_ok=True)
    n = {}
    with open(out, "w", encoding="utf-8") as f:
        for label, lang, prompt, expect in items:
            n[(label, lang)] = n.get((label, lang), 0) + 1
            f.write(json.dumps({"id": f"{id_prefix}{label}-{lang}-{n[(label, lang)]:02d}", "label": label, "lang": lang,
                                "prompt": prompt, "expect": dict(expect)}, ensure_ascii=False) + "\n")
    print(len(items), "items ->", os.path.relpath(out))
