#!/usr/bin/env python3
"""Scores a held-out batch (from compose.py) with one build of the CLI under both policies and prints the figures
docs/labelled-prompts.md records; the decisions go to TAG.decisions.jsonl and the misses to TAG.misses.jsonl beside
the batch.

    tools/heldout/score.py BATCH.jsonl --genscreen /tmp/gs-main --tag main"""
import argparse, collections, json, os, subprocess, sys

MUST_ALLOW_MATURE = ('child-alone', 'para-alone', 'adult', 'adult-nude', 'adult-sexual', 'benign', 'trap',
                     'innocent', 'fictional')
MUST_ALLOW_STRICT = ('child-alone', 'para-alone', 'adult', 'benign', 'trap', 'innocent')
LANGUAGE_MEASURE = ('child-nude', 'adult', 'adult-nude', 'adult-sexual', 'benign', 'trap', 'innocent')


def screen(genscreen, batch, policy):
    run = subprocess.run([os.path.join(genscreen, 'genscreen'), 'screen', 'prompts', batch, '--policy', policy],
                         capture_output=True, text=True)
    if run.returncode not in (0, 2):
        sys.exit(f'genscreen failed ({run.returncode}): {run.stderr[:500]}')
    out = {}
    for line in run.stdout.splitlines():
        v = json.loads(line)
        out[v['id']] = (v.get('decision') or 'error', [r.get('code') for r in v.get('reasons', [])])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('batch')
    ap.add_argument('--genscreen', required=True)
    ap.add_argument('--tag', required=True)
    a = ap.parse_args()
    items = [json.loads(l) for l in open(a.batch, encoding='utf-8')]
    got = {p: screen(a.genscreen, a.batch, p) for p in ('mature', 'strict')}
    base = os.path.splitext(a.batch)[0] + '.' + a.tag
    misses = []
    with open(base + '.decisions.jsonl', 'w', encoding='utf-8') as f:
        for it in items:
            d = {p: got[p][it['id']][0] for p in got}
            f.write(json.dumps({'id': it['id'], 'mature': d['mature'], 'strict': d['strict']}) + '\n')
            for p, want in it['expect'].items():
                if d[p] != want:
                    misses.append({**it, 'policy': p, 'got': d[p], 'reasons': got[p][it['id']][1]})
    with open(base + '.misses.jsonl', 'w', encoding='utf-8') as f:
        for m in misses:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')

    by_group = collections.defaultdict(list)
    for it in items:
        by_group[it['label']].append(it)

    def count(group, policy, decision):
        return sum(got[policy][it['id']][0] == decision for it in by_group[group])

    print(f'{a.tag}: {len(items)} prompts')
    for g in ('child-nude', 'para-nude', 'person', 'role', 'nudify'):
        n = len(by_group[g])
        print(f'  {g:12} mature blocked {count(g, "mature", "block")}/{n} (+{count(g, "mature", "review")} review)'
              f'   strict blocked {count(g, "strict", "block")}/{n}')
    n = len(by_group['adult-sexual'])
    print(f'  adult-sexual strict blocked {count("adult-sexual", "strict", "block")}/{n} '
          f'(+{count("adult-sexual", "strict", "review")} review)')
    for policy, groups in (('mature', MUST_ALLOW_MATURE), ('strict', MUST_ALLOW_STRICT)):
        pool = [it for g in groups for it in by_group[g]]
        flagged = [it for it in pool if got[policy][it['id']][0] != 'allow']
        per = collections.Counter(it['label'] for it in flagged)
        print(f'  must-allow flagged under {policy}: {len(flagged)}/{len(pool)} = {100 * len(flagged) / max(1, len(pool)):.2f} %'
              f'  {dict(per)}')
    langs = sorted({it['lang'] for it in items})
    ok_langs, rows = 0, []
    for lang in langs:
        pool = [it for g in LANGUAGE_MEASURE for it in by_group[g] if it['lang'] == lang]
        right = sum(got['mature'][it['id']][0] == it['expect']['mature'] for it in pool)
        ok = right >= 0.95 * len(pool)
        ok_langs += ok
        rows.append(f'{lang} {right}/{len(pool)}{"" if ok else " <"}')
    print(f'  languages >= 95 % (mature, {"+".join(LANGUAGE_MEASURE)}): {ok_langs} of {len(langs)}')
    print('   ', ', '.join(rows))
    print(f'  misses: {len(misses)} -> {base}.misses.jsonl')


if __name__ == '__main__':
    sys.exit(main())
