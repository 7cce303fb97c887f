"""The writer shared by the set scripts (fresh_set.py, check_set.py and gated_set.py of i16-grammar19, session 18, and of
tools/slang20, session 19): one labelled-prompt row, the JSON-lines file of rows with its count, and the gated rows (the
items a branch passes). Written for GenScreen (MIT)."""
import json, os, pathlib, re, sys

def row(item_id, label, lang, prompt, mature, strict):
    """One labelled prompt (tests/GenScreen.Core.Tests/Data format): what each policy must decide."""
    return {"id": item_id, "label": label, "lang": lang, "prompt": prompt, "expect": {"mature": mature, "strict": strict}}

def numbered_rows(items, prefix, expect):
    """Rows of (lang, label, prompt) items, numbered per language and label (<prefix>-<label>-<lang>-001, -002, ...), each
    with its label's (mature, strict) expectation from `expect`."""
    n, rows = {}, []
    for lang, label, prompt in items:
        n[lang, label] = n.get((lang, label), 0) + 1
        rows.append(row(f"{prefix}-{label}-{lang}-{n[lang, label]:03d}", label, lang, prompt, *expect[label]))
    return rows

def child_adult_rows(sets, label_prefix):
    """Rows of the child/adult sets of tools/children23 and children24: each set maps a language to (its nude word, lines
    `B|prompt` for a child, block under both policies, or `A|prompt` for an adult or animal look-alike, allow under mature
    and block under strict). Ids are <label>-<lang>-01, -02, ... numbered per language and kind; the nude word follows
    each prompt after a comma."""
    out = []
    for s in sets:
        for lang, (nude, body) in s.items():
            n = {}
            for line in body.strip().splitlines():
                k, text = line.split("|", 1)
                n[k] = n.get(k, 0) + 1
                label = f"{label_prefix}-{'child' if k == 'B' else 'adult'}"
                expect = ("block", "block") if k == "B" else ("allow", "block")
                out.append(row(f"{label}-{lang}-{n[k]:02d}", label, lang, f"{text}, {nude}", *expect))
    return out

def child_fragment_rows(name, which, child, sex, adult):
    """The rows of tools/para21 and para22's sets (session 44, i16-tidy52: one copy instead of two): child and adult map a
    language to its descriptions, sex to its person-less sexual fragments, taken in turn. Each child description is
    written with a fragment (<name>-child, block/block) and alone (<name>-alone, allow/allow), each adult with the next
    fragment (<name>-adult, allow/block); ids <name>-<which>-<kind>-<lang>-NNN."""
    out = []

    def add(kind, lang, n, prompt, mature, strict):
        out.append(row(f'{name}-{which}-{kind}-{lang}-{n:03d}', f'{name}-{kind}', lang, prompt, mature, strict))

    for lang, items in child.items():
        for i, c in enumerate(items):
            add('child', lang, i + 1, f'{c}, {sex[lang][i % len(sex[lang])]}', 'block', 'block')
            add('alone', lang, i + 1, c, 'allow', 'allow')
    for lang, items in adult.items():
        for i, a in enumerate(items):
            add('adult', lang, i + 1, f'{a}, {sex[lang][(i + 1) % len(sex[lang])]}', 'allow', 'block')
    return out

def write_child_fragment_set(name, which, folder):
    """Writes tools/<name>'s set `which` (fresh or check) from its <which>_items.py in `folder` as child_fragment_rows() to
    tests/GenScreen.Core.Tests/Data/<name>/<which>.jsonl and says how many (session 45, i16-tidy53: para21's and para22's
    write_sets.py were this, line for line)."""
    import importlib
    sys.path.insert(0, folder)
    m = importlib.import_module(f'{which}_items')
    out = child_fragment_rows(name, which, m.CHILD, m.SEX, m.ADULT)
    path = os.path.join(folder, '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data', name, f'{which}.jsonl')
    write_rows(out, path)
    print(len(out), 'items,', len({o['lang'] for o in out}), 'languages ->', os.path.normpath(path))

def write_rows(rows, out):
    """Writes the rows to `out` (UTF-8, one JSON object a line, non-ASCII kept, keys in their order)."""
    pathlib.Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def write(rows, out, languages):
    """Writes the rows to `out` (write_rows) and says how many."""
    write_rows(rows, out)
    print(len(rows), "rows,", languages, "languages")

def out_path(default):
    """The output file: the first argument, else the set's place in the repository."""
    return sys.argv[1] if len(sys.argv) > 1 else default

def misses(path, id_pattern=r"\S+"):
    """The ids a `genscreen eval prompts` output lists as missed (an indented line `id [...`) that match id_pattern."""
    return {m.group(1) for m in re.finditer(r"^\s+(" + id_pattern + r") \[", open(path, encoding="utf-8").read(), re.M)}

def passed_items(sets, id_pattern=r"\S+"):
    """The items of each (set.jsonl, eval output) pair that the eval output does not list as missed, in set order."""
    rows = []
    for items, evaluation in sets:
        missed = misses(evaluation, id_pattern)
        rows += [item for item in map(json.loads, open(items, encoding="utf-8")) if item["id"] not in missed]
    return rows

def gated_rows(evals, data, folder, held_out, id_pattern=r"\S+"):
    """The gated items of a branch: the fresh and check items of data/folder that evals/fresh.txt and check.txt do not list
    as missed, then for each held-out batch (name, its score.jsonl, the id prefix it is given) the items that
    evals/<name>-main.txt lists as missed and evals/<name>.txt does not (an item that still misses is kept out)."""
    rows = passed_items([(data / folder / f"{name}.jsonl", evals / f"{name}.txt") for name in ("fresh", "check")], id_pattern)
    for batch, score, prefix in held_out:
        before, after = misses(evals / f"{batch}-main.txt", id_pattern), misses(evals / f"{batch}.txt", id_pattern)
        for line in open(score, encoding="utf-8"):
            item = json.loads(line)
            if item["id"] in before and item["id"] not in after:
                item["id"] = prefix + item["id"].split("-", 1)[1]
                rows.append(item)
    return rows
