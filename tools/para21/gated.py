#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.para21.jsonl: the fresh and check items the branch gets right
under both policies (read from the eval outputs beside the sets: an item listed as a miss under either policy is left out)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'grammar19'))
from labelled_rows import misses as missed_ids, write_rows
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data')
keep = []
for name in ('fresh', 'check'):
    misses = missed_ids(os.path.join(d, 'para21', f'{name}-branch.txt'), r'para21-\S+')
    for line in open(os.path.join(d, 'para21', f'{name}.jsonl'), encoding='utf-8'):
        o = json.loads(line)
        if o['id'] not in misses:
            keep.append(o)
write_rows(keep, os.path.join(d, 'labelled-prompts.para21.jsonl'))
print(len(keep), 'items')
