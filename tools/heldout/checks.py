#!/usr/bin/env python3
"""Splits a scored batch's misses (score.py's TAG.misses.jsonl) into one check file per round topic, deduplicated by id,
each line keeping the batch item's expectations under both policies and what main decided (main_got, main_reasons):

    tools/heldout/checks.py BATCH.TAG.misses.jsonl OUT_DIR

Topics: children (child-nude, para-nude), people (person; also split into people-names: no real person read, or only a
likely one, and people-acts: a real person read but the prompt allowed), roles (role, nudify), sexual (adult-sexual),
precision (every must-allow group)."""
import json, os, sys

TOPIC = {'child-nude': 'children', 'para-nude': 'children', 'person': 'people', 'role': 'roles', 'nudify': 'roles',
         'adult-sexual': 'sexual'}


def people_half(item):
    read = any(r.startswith('term.real-person') and r != 'term.real-person-likely' for r in item['main_reasons'])
    return 'people-acts' if read and item['main_got'].get('mature') == 'allow' else 'people-names'


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    misses, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    topics, seen = {}, {}
    for line in open(misses, encoding='utf-8'):
        miss = json.loads(line)
        if miss['id'] in seen:  # missed under both policies: one check line, both decisions
            seen[miss['id']]['main_got'][miss['policy']] = miss['got']
            continue
        item = {k: miss[k] for k in ('id', 'label', 'lang', 'prompt', 'expect')}
        if miss.get('mode', 'txt2img') != 'txt2img':
            item['mode'] = miss['mode']
        item['main_got'] = {miss['policy']: miss['got']}
        item['main_reasons'] = miss['reasons']
        seen[miss['id']] = item
        topics.setdefault(TOPIC.get(miss['label'], 'precision'), []).append(item)
    for item in topics.get('people', []):
        topics.setdefault(people_half(item), []).append(item)
    for topic, items in sorted(topics.items()):
        with open(os.path.join(out_dir, topic + '.jsonl'), 'w', encoding='utf-8') as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + '\n')
        print(f'{topic}: {len(items)}')


if __name__ == '__main__':
    main()
