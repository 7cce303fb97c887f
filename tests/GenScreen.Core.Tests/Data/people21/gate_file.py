# Writes ../labelled-prompts.people21.jsonl: the fresh and check items the branch gets right under both policies.
# usage: gate_file.py fresh-mature fresh-strict check-mature check-strict
import json, sys, os
here = os.path.dirname(os.path.abspath(__file__))
out = []
for name, m, s in (('fresh.jsonl', sys.argv[1], sys.argv[2]), ('check.jsonl', sys.argv[3], sys.argv[4])):
    vm = {json.loads(l)['id']: json.loads(l)['decision'] for l in open(m)}
    vs = {json.loads(l)['id']: json.loads(l)['decision'] for l in open(s)}
    for l in open(os.path.join(here, name), encoding='utf-8'):
        it = json.loads(l)
        if vm[it['id']] == it['expect']['mature'] and vs[it['id']] == it['expect']['strict']:
            out.append(l if l.endswith('\n') else l + '\n')
open(os.path.join(here, '..', 'labelled-prompts.people21.jsonl'), 'w', encoding='utf-8').writelines(out)
print(len(out))
