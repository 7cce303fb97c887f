#!/usr/bin/env python3
"""Figures of the scriptnames49 fresh set for one build: person items stopped (review or block) under `mature` and blocked
under `strict`, look-alikes (every other label) flagged (review or block) under `mature`, by language.
Run: python3 tools/scriptnames49/figures.py PUBLISHED_CLI_DIR [SET.jsonl]"""
import collections, json, os, subprocess, sys

cli = os.path.join(sys.argv[1], "genscreen")
path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "tests", "GenScreen.Core.Tests",
                                                          "Data", "scriptnames49", "fresh.jsonl")
items = [json.loads(l) for l in open(path, encoding="utf-8")]
got = {}
for pol in ("mature", "strict"):
    r = subprocess.run([cli, "screen", "prompts", path, "--policy", pol], capture_output=True, text=True)
    got[pol] = {v["id"]: v["decision"].lower() for v in map(json.loads, (l for l in r.stdout.splitlines() if l.startswith("{")))}
person = [it for it in items if it["label"] == "person"]
alike = [it for it in items if it["label"] != "person"]
stopped = [it for it in person if got["mature"][it["id"]] != "allow"]
flagged = [it for it in alike if got["mature"][it["id"]] != "allow"]
print(f"person stopped under mature {len(stopped)}/{len(person)}, blocked under strict "
      f"{sum(got['strict'][it['id']] == 'block' for it in person)}/{len(person)}; look-alikes flagged under mature {len(flagged)}/{len(alike)}")
by = collections.defaultdict(lambda: [0, 0, 0, 0])
for it in person:
    by[it["lang"]][0] += got["mature"][it["id"]] != "allow"; by[it["lang"]][1] += 1
for it in alike:
    by[it["lang"]][2] += got["mature"][it["id"]] != "allow"; by[it["lang"]][3] += 1
for lang, (s, n, f, m) in sorted(by.items()):
    print(f"  {lang}: person {s}/{n}, look-alikes flagged {f}/{m}")
for it in person:
    if got["mature"][it["id"]] == "allow":
        print("  allowed:", it["id"])
for it in flagged:
    print("  flagged:", it["id"], got["mature"][it["id"]])
