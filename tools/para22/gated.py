#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.para22.jsonl: the fresh and check items the branch gets right
under both policies (read from the eval outputs beside the sets: an item listed as a miss under either policy is left out)."""
import json, os, re
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data')
keep = []
for name in ('fresh', 'check'):
    misses = set(re.findall(r'^\s+(para22-\S+) \[', open(os.path.join(d, 'para22', f'{name}-branch.txt'), encoding='utf-8').read(), re.M))
    for line in open(os.path.join(d, 'para22', f'{name}.jsonl'), encoding='utf-8'):
        o = json.loads(line)
        if o['id'] not in misses:
            keep.append(o)
with open(os.path.join(d, 'labelled-prompts.para22.jsonl'), 'w', encoding='utf-8') as f:
    for o in keep:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(keep), 'items')
