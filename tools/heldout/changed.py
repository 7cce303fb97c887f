#!/usr/bin/env python3
"""Lists the decisions that changed between two scorings of one batch (score.py's BATCH.TAG.decisions.jsonl files).

    python3 tools/heldout/changed.py BATCH.jsonl TAG_A TAG_B [--show-must-allow]

One line per (id, policy) whose decision differs. Prompts are never printed for the groups a round is judged on, so the
lead can gate a merge on a validation batch without reading its missed items; --show-must-allow prints the prompt of a
must-allow item that changed (a new false flag is a precision question, not a recall one). Standard library only."""
import argparse, json, os

MUST_ALLOW = {'adult', 'adult-nude', 'adult-sexual', 'benign', 'trap', 'innocent', 'fictional', 'child-alone', 'para-alone'}


def decisions(batch, tag):
    stem = os.path.splitext(batch)[0]
    with open(f'{stem}.{tag}.decisions.jsonl', encoding='utf-8') as f:
        return {r['id']: r for r in map(json.loads, f)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('batch'); ap.add_argument('tag_a'); ap.add_argument('tag_b')
    ap.add_argument('--show-must-allow', action='store_true')
    args = ap.parse_args()
    with open(args.batch, encoding='utf-8') as f:
        items = {r['id']: r for r in map(json.loads, f)}
    before, after = decisions(args.batch, args.tag_a), decisions(args.batch, args.tag_b)
    changed = 0
    for item_id, row in after.items():
        for policy in ('mature', 'strict'):
            if before[item_id].get(policy) != row.get(policy):
                changed += 1
                label = items[item_id]['label']
                prompt = items[item_id]['prompt'] if args.show_must_allow and label in MUST_ALLOW else ''
                print(item_id, policy, before[item_id].get(policy), '->', row.get(policy), prompt)
    print(f'{changed} decisions changed')


if __name__ == '__main__':
    main()
