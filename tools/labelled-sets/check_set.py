#!/usr/bin/env python3
"""Writes a branch's check set (tests/GenScreen.Core.Tests/Data/NAME/check.jsonl) from a held-out batch's misses of its
topic: each prompt once (a miss under both policies is listed twice), with the batch item's expectations under both
policies. These items are studied while building, so they measure the fix by class, not generalisation (the branch's
fresh set, written first, does that).

    tools/labelled-sets/check_set.py MISSES.jsonl NAME --prefix r29 --batch 29
    (roles26: /work/notes/s24/misses/roles26.jsonl roles26 --prefix r26 --batch 28;
     roles29: /root/heldout29/checks/roles.jsonl roles29 --prefix r29 --batch 29)

Ids become PREFIX-check-<id>, labels PREFIX-batchN-<label>; sexual30 and sexual31 named theirs otherwise, kept with
--id-prefix and --label-prefix:
    tools/labelled-sets/check_set.py /root/heldout31/checks/sexual.jsonl sexual31 --prefix s31 --batch 31 \
        --id-prefix i16-sexual31-check- --label-prefix sexual31-check-"""
import argparse, json, os


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('misses')
    ap.add_argument('name')
    ap.add_argument('--prefix', required=True)
    ap.add_argument('--batch', required=True)
    ap.add_argument('--id-prefix', help='instead of PREFIX-check-')
    ap.add_argument('--label-prefix', help='instead of PREFIX-batchN-')
    a = ap.parse_args()
    seen, rows = set(), []
    for line in open(a.misses, encoding='utf-8'):
        d = json.loads(line)
        if d['id'] in seen:
            continue
        seen.add(d['id'])
        id_prefix = a.id_prefix or f"{a.prefix}-check-"
        label_prefix = a.label_prefix or f"{a.prefix}-batch{a.batch}-"
        rows.append({"id": id_prefix + d['id'], "label": label_prefix + d['label'], "lang": d['lang'],
                     "prompt": d['prompt'], "expect": d['expect']})
    out = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data', a.name, 'check.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows))


if __name__ == '__main__':
    main()
