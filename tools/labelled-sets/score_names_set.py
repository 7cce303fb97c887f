#!/usr/bin/env python3
"""Scores a names set (names31, names32: real people and their look-alikes) on one build under both policies: per item
the decisions (mature/strict) and the real-person reasons; summary: sexual items stopped (review or block) and blocked,
look-alikes flagged. Usage: score_names_set.py SET GENSCREEN_EXECUTABLE."""
import json, subprocess, sys
path, gs = sys.argv[1], sys.argv[2]
items = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
inp = '\n'.join(json.dumps({"id": it['id'], "prompt": it['prompt'], **({"mode": it['mode']} if 'mode' in it else {})}, ensure_ascii=False) for it in items)
res = {}
for pol in ('mature', 'strict'):
    out = subprocess.run([gs, 'screen', 'prompts', '-', '--policy', pol, '--parallelism', '2'], input=inp, capture_output=True, text=True).stdout
    res[pol] = [json.loads(l) for l in out.splitlines()]
stop = blk = sexual = flagged = allowed_n = strict_ok = 0
for k, it in enumerate(items):
    m, s = res['mature'][k], res['strict'][k]
    rs = [f"{r['code']}:{r.get('term','')}" for r in m['reasons'] if 'real-person' in r['code']]
    exp = it['expect']
    ok = m['decision'] == exp['mature'] and s['decision'] == exp['strict']
    strict_ok += s['decision'] == exp['strict']
    if exp['mature'] != 'allow':
        sexual += 1
        stop += m['decision'] != 'allow'
        blk += m['decision'] == 'block'
    else:
        allowed_n += 1
        flagged += m['decision'] != 'allow'
    print(f"{'ok  ' if ok else 'MISS'} {it['id']:28} {m['decision']:6} {s['decision']:6} {it['prompt'][:60]} {rs}")
print(f"sexual (mature) stopped {stop}/{sexual} (blocked {blk}); look-alikes flagged (mature) {flagged}/{allowed_n}; strict as expected {strict_ok}/{len(items)}")
