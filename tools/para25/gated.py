#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/labelled-prompts.para25.jsonl: the fresh and check items the branch gets right
under both policies (read from the eval outputs beside the sets: an item listed as a miss under either policy is left out)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'grammar19'))
from labelled_rows import passed_items, write_rows
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data')
keep = passed_items([(os.path.join(d, 'para25', f'{name}.jsonl'), os.path.join(d, 'para25', f'{name}-branch.txt')) for name in ('fresh', 'check')],
                    r'para25-\S+')
write_rows(keep, os.path.join(d, 'labelled-prompts.para25.jsonl'))
print(len(keep), 'items')
