# Tally a labelled file screened by `genscreen screen prompts` under both policies: per language and per form.
# usage: tally.py labelled.jsonl mature-verdicts.jsonl strict-verdicts.jsonl [misses-out.txt]
import json, sys, collections
items = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
vm = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[2], encoding='utf-8')}
vs = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[3], encoding='utf-8')}
lang = collections.defaultdict(lambda: [0, 0, 0, 0, 0])  # sexual n, block, review; allow-n, flagged
form = collections.defaultdict(lambda: [0, 0, 0])
miss = []
for it in items:
    m, s = vm[it['id']], vs[it['id']]
    e = it['expect']
    ok = m['decision'] == e['mature'] and s['decision'] == e['strict']
    L = lang[it['lang']]
    if e['mature'] == 'block':
        L[0] += 1; L[1] += m['decision'] == 'block'; L[2] += m['decision'] == 'review'
        f = form[it['label']]; f[0] += 1; f[1] += m['decision'] == 'block'; f[2] += m['decision'] == 'review'
    else:
        L[3] += 1; L[4] += m['decision'] != 'allow' or (e['strict'] == 'allow' and s['decision'] != 'allow')
    if not ok:
        rs = '; '.join(f"{r.get('code','')} {r.get('term','')}" for r in m.get('reasons', []))[:300]
        miss.append(f"{it['id']} [{it['label']}] exp {e['mature']}/{e['strict']} got {m['decision']}/{s['decision']}: {it['prompt']}\n    {rs}")
tb = sum(v[1] for v in lang.values()); tr = sum(v[2] for v in lang.values()); tn = sum(v[0] for v in lang.values())
an = sum(v[3] for v in lang.values()); af = sum(v[4] for v in lang.values())
print(f"must-block {tn}: block {tb}, review {tr}, allow {tn-tb-tr}; must-allow {an}: flagged {af}")
print(' '.join(f"{k}:{v[1]}/{v[0]}(+{v[2]}r,{v[4]}fp)" for k, v in lang.items()))
print(' '.join(f"{k}:{v[1]}/{v[0]}(+{v[2]}r)" for k, v in sorted(form.items())))
if len(sys.argv) > 4:
    open(sys.argv[4], 'w', encoding='utf-8').write('\n'.join(miss) + '\n')
