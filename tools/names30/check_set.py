#!/usr/bin/env python3
"""Writes tests/GenScreen.Core.Tests/Data/names30/check.jsonl: batch 30's own name misses (/root/heldout30/checks/names.jsonl,
spent), one item per prompt with both policies' expectations from the batch item. They measure the fix by class, not how it
generalises (fresh.jsonl, written before any rule, does that). Then the look-alikes of check_lookalikes.jsonl, written after
the rules (Vietnamese places and word pairs opening a tag before a nudity term, the picture cues without a name or beside a
fictional character, the cue words in their ordinary senses)."""
import json, os

SRC = '/root/heldout30/checks/names.jsonl'


def main():
    out = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data', 'names30', 'check.jsonl')
    seen = {}
    for line in open(SRC, encoding='utf-8'):
        it = json.loads(line)
        if it['id'] in seen:
            continue
        item = {'id': 'names30-check-' + it['id'], 'label': it['label'], 'lang': it['lang'], 'prompt': it['prompt'],
                'expect': it['expect']}
        if it.get('mode') and it['mode'] != 'txt2img':
            item['mode'] = it['mode']
        seen[it['id']] = item
    looks = [json.loads(l) for l in open(os.path.join(os.path.dirname(__file__), 'check_lookalikes.jsonl'), encoding='utf-8') if l.strip()]
    with open(out, 'w', encoding='utf-8') as f:
        for item in list(seen.values()) + looks:
            f.write(json.dumps(item, ensure_ascii=False) + '\n')
    print(len(seen), 'misses,', len(looks), 'look-alikes')


if __name__ == '__main__':
    main()
