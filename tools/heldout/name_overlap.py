#!/usr/bin/env python3
"""Splits a batch's `person` figure by whether the prompt's name was also written by an earlier batch's people writers
(session 30: 123 of sealed batch 36's 156 names had been used in batches 33-35 or 37, so a rule fitted to an earlier
batch's name could move the "held-out" figure without generalising):

    tools/heldout/name_overlap.py RAW_DIR BATCH.jsonl (--earlier RAW_DIR [RAW_DIR ...] | --repo DIR) --decisions T.decisions.jsonl [...]

RAW_DIR holds the writers' people-*.json ("names" per language); each decisions file is score.py's TAG.decisions.jsonl
for BATCH. Prints, per decisions file, the person prompts stopped (block or review) under `mature` among prompts whose
name is new and among those whose name was seen before.

"Seen" is either written by an earlier batch's writers (--earlier: needs their raw folders, which live outside the
repository and can be lost) or, with --repo, found anywhere in the repository's tracked files at its HEAD (`git grep -F`:
data lists, labelled sets, check files of spent batches, docs). The second needs nothing but the repository and is the
stricter test: a name in any file is one the rules could have been fitted to."""
import argparse, glob, json, os, subprocess


def names(raw_dir):
    found = set()
    for path in glob.glob(os.path.join(raw_dir, 'people-*.json')):
        for lang, parts in json.load(open(path, encoding='utf-8')).items():
            if not lang.startswith('_') and isinstance(parts, dict):
                found.update(n.strip() for n in parts.get('names', []) if n.strip())
    return found


def in_repository(repo, name):
    # exit 0: found, 1: not found; anything else is an error worth stopping for
    run = subprocess.run(['git', '-C', repo, 'grep', '-q', '-F', '-e', name], capture_output=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f'git grep failed in {repo}: {run.stderr.decode()[:300]}')
    return run.returncode == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('raw_dir')
    ap.add_argument('batch')
    ap.add_argument('--earlier', nargs='+', default=[])
    ap.add_argument('--repo', help='a git work tree: a name found in any of its tracked files counts as seen')
    ap.add_argument('--decisions', nargs='+', required=True)
    a = ap.parse_args()
    if not a.earlier and not a.repo:
        ap.error('give --earlier RAW_DIR... or --repo DIR')
    own, earlier = names(a.raw_dir), set()
    for d in a.earlier:
        earlier |= names(d)
    if a.repo:
        earlier |= {n for n in own if in_repository(a.repo, n)}
    print(f'{len(own)} names; {len(own & earlier)} seen before'
          + (f' (in {a.repo}: {", ".join(sorted(own & earlier))})' if a.repo else ''))
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
              f'seen names {stopped["repeated"]}/{totals["repeated"]}')


if __name__ == '__main__':
    main()
