#!/usr/bin/env python3
"""Splits a batch's `person` figure by whether the prompt's name was also written by an earlier batch's people writers
(session 30: 123 of sealed batch 36's 156 names had been used in batches 33-35 or 37, so a rule fitted to an earlier
batch's name could move the "held-out" figure without generalising):

    tools/heldout/name_overlap.py RAW_DIR BATCH.jsonl --earlier RAW_DIR [RAW_DIR ...] --decisions T.decisions.jsonl [...]

RAW_DIR holds the writers' people-*.json ("names" per language); each decisions file is score.py's TAG.decisions.jsonl
for BATCH. Prints, per decisions file, the person prompts stopped (block or review) under `mature` among prompts whose
name is new and among those whose name an earlier batch used."""
import argparse, glob, json, os


def names(raw_dir):
    found = set()
    for path in glob.glob(os.path.join(raw_dir, 'people-*.json')):
        for lang, parts in json.load(open(path, encoding='utf-8')).items():
            if not lang.startswith('_') and isinstance(parts, dict):
                found.update(n.strip() for n in parts.get('names', []) if n.strip())
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('raw_dir')
    ap.add_argument('batch')
    ap.add_argument('--earlier', nargs='+', required=True)
    ap.add_argument('--decisions', nargs='+', required=True)
    a = ap.parse_args()
    own, earlier = names(a.raw_dir), set()
    for d in a.earlier:
        earlier |= names(d)
    print(f'{len(own)} names; {len(own & earlier)} also written by an earlier batch')
    kind = {}
    for line in open(a.batch, encoding='utf-8'):
        item = json.loads(line)
        if item['label'] == 'person':
            used = [n for n in own if n in item['prompt']]
            kind[item['id']] = 'repeated' if any(n in earlier for n in used) else 'new'
    for path in a.decisions:
        stopped = {'new': 0, 'repeated': 0}
        for line in open(path, encoding='utf-8'):
            d = json.loads(line)
            if d['id'] in kind and d.get('mature', 'allow') != 'allow':
                stopped[kind[d['id']]] += 1
        totals = {k: sum(1 for v in kind.values() if v == k) for k in stopped}
        print(f'{os.path.basename(path)}: stopped, new names {stopped["new"]}/{totals["new"]}, '
              f'repeated names {stopped["repeated"]}/{totals["repeated"]}')


if __name__ == '__main__':
    main()
