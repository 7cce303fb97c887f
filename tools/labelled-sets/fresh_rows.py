"""Shared by the round generators that write a fresh set from grouped prompts (tools/roles30, tools/roles31): labelled rows
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
