#!/usr/bin/env python3
"""Writes labelled-prompts.childwords21.jsonl: the fresh and check items the branch decides as expected under both
policies (read from the branch eval outputs), except the fresh adult items numbered 01 (in every language they name
"my wife": a real private person, whom the people rules block with nudity; they test the people policy, not this task).
Usage: python3 select.py fresh.jsonl:eval-fresh-branch.txt check.jsonl:eval-check-branch.txt ../labelled-prompts.childwords21.jsonl"""
import json, re, sys
out = []
for pair in sys.argv[1:-1]:
    data, ev = pair.split(':')
    misses = set(re.findall(r'^\s+(\S+) \[[^\]]*\] expected', open(ev, encoding='utf-8').read(), re.M))
    for line in open(data, encoding='utf-8'):
        row = json.loads(line)
        if row['id'] in misses or re.search(r'-fresh-adult-[a-z]+-01$', row['id']):
            continue
        out.append(row)
with open(sys.argv[-1], 'w', encoding='utf-8') as f:
    for row in out:
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
print(len(out), 'items')
