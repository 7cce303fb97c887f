# Lists the misses of an eval output with their prompts: python3 misses.py SET.jsonl EVAL.txt
import json, re, sys
items = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1], encoding="utf-8")}
for m in re.finditer(r'^\s+(\S+) \[[^\]]+\] (expected \w+, got \w+): (.*)$', open(sys.argv[2], encoding="utf-8").read(), re.M):
    it = items[m.group(1)]
    print(f'{it["id"]} {it["lang"]} {m.group(2)} | {it["prompt"]} | {m.group(3)[:140]}')
