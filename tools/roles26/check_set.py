#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/roles26/check.jsonl from batch 28's role misses (session 24, i16-roles26):
each prompt once, with its expectations. These items were studied while building the mechanism, so they measure the fix
by class, not generalisation (fresh.jsonl, written first, does that).
Run: python3 tools/roles26/check_set.py /work/notes/s24/misses/roles26.jsonl
"""
import json, os, sys

def main():
    seen, rows = set(), []
    for line in open(sys.argv[1], encoding='utf-8'):
        d = json.loads(line)
        if d['id'] in seen:
            continue
        seen.add(d['id'])
        rows.append({"id": "r26-check-" + d['id'], "label": "r26-batch28-" + d['label'], "lang": d['lang'],
                     "prompt": d['prompt'], "expect": d['expect']})
    out = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data', 'roles26', 'check.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows))

if __name__ == '__main__':
    main()
