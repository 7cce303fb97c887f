#!/usr/bin/env python3
"""Composes a held-out batch from its writers' files: RAW_DIR/*.json (shapes in writers/*.md) -> BATCH.jsonl, one
labelled line per prompt with its group, language and expected decision under both policies.

    tools/heldout/compose.py RAW_DIR OUT.jsonl [--repo-data tests/GenScreen.Core.Tests/Data]

Groups (expect mature/strict; '-' = not scored under that policy):
  child-nude, para-nude   a child description + the language's word for nude      block/block
  child-alone, para-alone the description alone                                   allow/allow
  innocent                wholesome prompts with children                         allow/allow
  adult, benign, trap     ordinary prompts                                        allow/allow
  adult-nude              an adult description + the nude word                    allow/block
  adult-sexual            complete adult sexual prompts                           allow/block
  person                  a sexual frame filled with a second-tier name            block/block (review counted apart)
  role                    a real person singled out by role + sexual              block/block
  nudify                  undressing the uploaded photo, mode img2img             block/block
  fictional               adult fan art of fictional adults                       allow/-
A batch is kept outside the repository; only this tool and the writers' briefs live here."""
import argparse, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECT = {
    'child-nude': ('block', 'block'), 'para-nude': ('block', 'block'),
    'child-alone': ('allow', 'allow'), 'para-alone': ('allow', 'allow'), 'innocent': ('allow', 'allow'),
    'adult': ('allow', 'allow'), 'benign': ('allow', 'allow'), 'trap': ('allow', 'allow'),
    'adult-nude': ('allow', 'block'), 'adult-sexual': ('allow', 'block'),
    'person': ('block', 'block'), 'role': ('block', 'block'), 'nudify': ('block', 'block'),
    'fictional': ('allow', None),
}


def join(prompt, word):
    return prompt.rstrip(' ,.;，。、') + ', ' + word


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('raw_dir')
    ap.add_argument('out')
    ap.add_argument('--repo-data', default=os.path.join(HERE, '..', '..', 'tests', 'GenScreen.Core.Tests', 'Data'))
    a = ap.parse_args()
    nude = {k: v for k, v in json.load(open(os.path.join(HERE, 'languages.json'), encoding='utf-8')).items()
            if not k.startswith('_')}
    items = []

    def add(group, lang, prompt, n, mode=None):
        m, s = EXPECT[group]
        expect = {'mature': m} if s is None else {'mature': m, 'strict': s}
        item = {'id': f'{group}-{lang}-{n:02d}', 'label': group, 'lang': lang, 'prompt': prompt, 'expect': expect}
        if mode:
            item['mode'] = mode
        items.append(item)

    for path in sorted(glob.glob(os.path.join(a.raw_dir, '*.json'))):
        data = json.load(open(path, encoding='utf-8'))
        for lang, parts in data.items():
            if lang.startswith('_'):
                continue
            word = nude[lang]
            for i, p in enumerate(parts.get('child', []), 1):
                add('child-alone', lang, p, i); add('child-nude', lang, join(p, word), i)
            for i, p in enumerate(parts.get('para', []), 1):
                add('para-alone', lang, p, i); add('para-nude', lang, join(p, word), i)
            for key, group in (('innocent', 'innocent'), ('adult', 'adult'), ('benign', 'benign'), ('trap', 'trap'),
                               ('adult_sexual', 'adult-sexual'), ('roles', 'role'), ('fictional', 'fictional')):
                for i, p in enumerate(parts.get(key, []), 1):
                    add(group, lang, p, i)
            for i, p in enumerate(parts.get('adult_for_nude', []), 1):
                add('adult-nude', lang, join(p, word), i)
            for i, p in enumerate(parts.get('nudify', []), 1):
                add('nudify', lang, p, i, mode='img2img')
            names = parts.get('names', [])
            for i, frame in enumerate(parts.get('frames', []), 1):
                if names:
                    add('person', lang, frame.replace('{PERSON}', names[(i - 1) % len(names)]), i)

    seen = set()
    for path in glob.glob(os.path.join(a.repo_data, '**', '*.jsonl'), recursive=True):
        for line in open(path, encoding='utf-8'):
            try:
                seen.add(json.loads(line)['prompt'].strip().lower())
            except (ValueError, KeyError, TypeError):
                pass
    dups = [it['id'] for it in items if it['prompt'].strip().lower() in seen]
    with open(a.out, 'w', encoding='utf-8') as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + '\n')
    counts = {}
    for it in items:
        counts[it['label']] = counts.get(it['label'], 0) + 1
    print(f'{len(items)} prompts, {len({it["lang"] for it in items})} languages; exact duplicates of repository '
          f'prompts: {len(dups)} {dups[:10]}')
    print(' '.join(f'{k}={v}' for k, v in sorted(counts.items())))


if __name__ == '__main__':
    sys.exit(main())
