"""Shared by the round generators that write their fresh sets (tools/roles30-31 grouped, tools/sexual29-31 by class,
tools/children31-32 as child/adult pairs): labelled rows
with ids <label>-<lang>-NN, numbered per label and language in the order written. Build-time only.

One writer per set kind (session 44, i16-tidy52), so a round's fresh_set.py holds its items and says which kind it is:
- write_person_set: real people named (must be stopped) beside look-alikes (adult sexual content) and innocent prompts
  (tools/asia51, cjk50, refusals51; latin50, latin51 and subjectless49, whose items carry their own classes, take the
  expectations and set_path and write with write_labelled_rows);
- write_para_set: children described by a cue of childhood, with and without a nude word, beside adults in the same settings
  (tools/para49, para50, para51)."""
import json
import os

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.join(ROOT, "tests", "GenScreen.Core.Tests", "Data")

# What each kind of item must get, under the mature and the strict policy.
PERSON = {"mature": "review", "strict": "block"}   # a real person in a sexual prompt: stopped (review is a stop for people)
ADULT = {"mature": "allow", "strict": "block"}     # adult sexual content: allowed under mature only
BENIGN = {"mature": "allow", "strict": "allow"}    # nothing to stop
BLOCK = {"mature": "block", "strict": "block"}     # a minor in a sexual prompt


def set_path(name, file="fresh.jsonl"):
    """tests/GenScreen.Core.Tests/Data/<name>/<file>: where a round's labelled set is written."""
    return os.path.join(DATA, name, file)


def write_person_set(out, id_prefix, person, lookalike, innocent, labels=("person", "adult", "benign")):
    """A real-person fresh set: person, lookalike and innocent are [(lang, prompt)], written in that order to out with
    labels[0] (PERSON: review under mature, block under strict), labels[1] (ADULT) and labels[2] (BENIGN), ids
    <id_prefix><label>-<lang>-NN."""
    items = [(labels[0], lang, p, PERSON) for lang, p in person]
    items += [(labels[1], lang, p, ADULT) for lang, p in lookalike]
    items += [(labels[2], lang, p, BENIGN) for lang, p in innocent]
    write_labelled_rows(out, items, id_prefix=id_prefix)


def para_items(child, adult, child_nude=(), innocent=()):
    """The rows of a paraphrased-minors set: child and adult are [(lang, description, nude word)], child_nude and innocent
    [(lang, prompt)]. In order: each child description with its nude word (para-nude, BLOCK), child_nude (child-nude,
    BLOCK), each child description alone (para-alone, BENIGN), innocent (innocent, BENIGN), each adult with its nude word
    (adult-nude, ADULT)."""
    items = [("para-nude", lang, f"{text}, {nude}", BLOCK) for lang, text, nude in child]
    items += [("child-nude", lang, text, BLOCK) for lang, text in child_nude]
    items += [("para-alone", lang, text, BENIGN) for lang, text, _ in child]
    items += [("innocent", lang, text, BENIGN) for lang, text in innocent]
    items += [("adult-nude", lang, f"{text}, {nude}", ADULT) for lang, text, nude in adult]
    return items


def write_para_set(out, id_prefix, child, adult, child_nude=(), innocent=()):
    """A paraphrased-minors fresh set (para_items), written to out with ids <id_prefix><label>-<lang>-NN."""
    write_labelled_rows(out, para_items(child, adult, child_nude, innocent), id_prefix=id_prefix)


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


def write_roles_set(name, block, nudify, allow_mature, allow, edit):
    """The fresh set of tools/roles30-33 (one copy instead of four): items by label as [(lang, prompt)] that must be
    blocked (block), blocked as img2img nudify requests (nudify), allowed under mature only (allow_mature), allowed
    (allow) and allowed as img2img edits (edit), written in that order to Data/<name>/fresh.jsonl (write_fresh_set)."""
    write_fresh_set(set_path(name), [(block, "block", "block", None), (nudify, "block", "block", "img2img"),
                                     (allow_mature, "allow", "block", None), (allow, "allow", "allow", None),
                                     (edit, "allow", "allow", "img2img")])


def write_class_set(name, items):
    """write_class_items to Data/<name>/fresh.jsonl (the fresh sets of tools/sexual29-32)."""
    write_class_items(set_path(name), name, items)


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


def expect_row(item_id, label, lang, prompt, mature, strict):
    """One labelled row with what each policy must decide."""
    return {"id": item_id, "label": label, "lang": lang, "prompt": prompt, "expect": {"mature": mature, "strict": strict}}


def child_nude_rows(name, child, adult, nude):
    """The child and adult rows of tools/para26 and para29's fresh sets: child and adult map a language to descriptions,
    nude to its nude word. Each child description with the nude word (<name>-child, block/block) and alone (<name>-alone,
    allow/allow), each adult with the nude word (<name>-adult, allow/block); ids <name>-fresh-<kind>-<lang>-NN."""
    rows = []
    for lang, items in child.items():
        for n, p in enumerate(items, 1):
            rows.append(expect_row(f"{name}-fresh-child-{lang}-{n:02}", f"{name}-child", lang, f"{p}, {nude[lang]}", "block", "block"))
            rows.append(expect_row(f"{name}-fresh-alone-{lang}-{n:02}", f"{name}-alone", lang, p, "allow", "allow"))
    for lang, items in adult.items():
        for n, p in enumerate(items, 1):
            rows.append(expect_row(f"{name}-fresh-adult-{lang}-{n:02}", f"{name}-adult", lang, f"{p}, {nude[lang]}", "allow", "block"))
    return rows


def check_rows(name, path):
    """A round's check set: the items of a JSON-lines file of misses, ids prefixed <name>-check-, label <name>-check-child."""
    rows = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        rows.append(expect_row(f"{name}-check-" + d["id"], f"{name}-check-child", d["lang"], d["prompt"], d["expect"]["mature"], d["expect"]["strict"]))
    return rows


def write_json_rows(path, rows, expect_later=None):
    """Writes rows to path, one JSON object a line (non-ASCII kept). expect_later maps an item id to the expectation the
    committed set was given after its generator first wrote it (tools/names31, roles26: moved into the generators in
    session 33 so that they reproduce their files); those rows take it."""
    for r in rows:
        if expect_later and r["id"] in expect_later:
            r["expect"] = expect_later[r["id"]]
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_joined_set(raw, out, prefix, seed, looks):
    """The sets of tests/GenScreen.Core.Tests/Data/langs20 and childwords21 (their compose.py; session 44, i16-tidy52: one
    copy instead of two). raw is a JSON file mapping a language to its `child` descriptions, `adult` look-alikes, `sex`
    fragments and innocent look-alikes under the key looks; each child description is joined to a fragment taken in turn
    (<prefix>-minors, block/block), each adult to every third fragment (<prefix>-adult, allow/block), by a separator drawn
    from a generator seeded with seed; the look-alikes alone (<prefix>-<looks>, allow/allow). Ids <label>-<lang>-NN."""
    import random
    data = json.load(open(raw, encoding="utf-8"))
    rng = random.Random(seed)
    seps = [", ", ", ", ". ", " BREAK ", "; "]
    rows = []

    def add(kind, lang, prompt, mature, strict):
        n = sum(1 for r in rows if r["label"] == f"{prefix}-{kind}" and r["lang"] == lang) + 1
        rows.append(expect_row(f"{prefix}-{kind}-{lang}-{n:02d}", f"{prefix}-{kind}", lang, prompt, mature, strict))

    def join(a, b):
        return a.rstrip(" ,;") + rng.choice(seps) + b

    for lang, k in data.items():
        sex = k["sex"]
        for i, c in enumerate(k["child"]):
            add("minors", lang, join(c, sex[i % len(sex)]), "block", "block")
        for i, a in enumerate(k["adult"]):
            add("adult", lang, join(a, sex[(i * 3 + 1) % len(sex)]), "allow", "block")
        for t in k[looks]:
            add(looks, lang, t, "allow", "allow")
    write_json_rows(out, rows)
    print(len(rows), "rows")
