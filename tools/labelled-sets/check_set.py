#!/usr/bin/env python3
"""Writes a branch's check set (tests/GenScreen.Core.Tests/Data/NAME/check.jsonl) from a held-out batch's misses of its
topic: each prompt once (a miss under both policies is listed twice), with the batch item's expectations under both
policies. These items are studied while building, so they measure the fix by class, not generalisation (the branch's
fresh set, written first, does that).

    tools/labelled-sets/check_set.py MISSES.jsonl NAME --prefix r29 --batch 29
    (roles26: /work/notes/s24/misses/roles26.jsonl roles26 --prefix r26 --batch 28;
     roles29: /root/heldout29/checks/roles.jsonl roles29 --prefix r29 --batch 29)

Ids become PREFIX-check-<id>, labels PREFIX-batchN-<label>."""
import argparse, json, os


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('misses')
    ap.add_argument('name')
    ap.add_argument('--prefix', required=True)
    ap.add_argument('--batch', required=True)
    a = ap.parse_args()
    seen, rows = set(), []
    for line in open(a.misses, encoding='utf-8'):
        d = json.loads(line)
        if d['id'] in seen:
            continue
        seen.add(d['id'])
        rows.append({"id": f"{a.prefix}-check-{d['id']}", "label": f"{a.prefix}-batch{a.batch}-{d['label']}", "lang": d['lang'],
                     "prompt": d['prompt'], "expect": d['expect']})
    out = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data', a.name, 'check.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows))


if __name__ == '__main__':
    main()
