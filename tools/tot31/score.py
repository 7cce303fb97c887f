#!/usr/bin/env python3
"""Scores a labelled JSONL set under both policies with one genscreen CLI: per item the decision under mature and strict
against its expectation (review counts as not allow and not block). Usage: score.py FILE GENSCREEN [OUT]."""
import json, subprocess, sys

def run(path, cli, policy):
    items = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    inp = '\n'.join(json.dumps({k: v for k, v in i.items() if k in ('id', 'prompt', 'mode')}, ensure_ascii=False) for i in items) + '\n'
    out = subprocess.run([cli, 'screen', 'prompts', '-', '--policy', policy], input=inp, capture_output=True, text=True).stdout
    return items, [json.loads(l) for l in out.splitlines() if l.strip()]

def main():
    path, cli = sys.argv[1], sys.argv[2]
    rows, ok, total = [], 0, 0
    for policy in ('mature', 'strict'):
        items, verdicts = run(path, cli, policy)
        for item, v in zip(items, verdicts):
            want = item['expect'].get(policy)
            if want is None:
                continue
            got = v.get('decision') or 'error'
            total += 1
            ok += got == want
            rows.append(f"{'ok ' if got == want else 'MISS'} {policy:6} want {want:5} got {got:6} {item['id']}: {item['prompt']}")
    text = '\n'.join(rows) + f"\n{ok}/{total} right\n"
    print(text, end='')
    if len(sys.argv) > 3:
        open(sys.argv[3], 'w', encoding='utf-8').write(text)

main()
