#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/roles29/check.jsonl from batch 29's role misses (session 25, i16-roles29):
each prompt once, with its expectations. These items were studied while building the mechanism, so they measure the fix
by class, not generalisation (fresh.jsonl, written first, does that).
Run: python3 tools/roles29/check_set.py /root/heldout29/checks/roles.jsonl
"""
import json, os, sys

def main():
    seen, rows = set(), []
    for line in open(sys.argv[1], encoding='utf-8'):
        d = json.loads(line)
        if d['id'] in seen:
            continue
        seen.add(d['id'])
        rows.append({"id": "r29-check-" + d['id'], "label": "r29-batch29-" + d['label'], "lang": d['lang'],
                     "prompt": d['prompt'], "expect": d['expect']})
    out = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data', 'roles29', 'check.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows))

if __name__ == '__main__':
    main()
