"""Session 33 (i16-acts41): per-label figures of a score.py decisions file beside its set (score.py tabulates the batch
groups only). Usage: python3 tools/acts41/tally.py SET.jsonl DECISIONS.jsonl [--list]"""
import json
import sys
from collections import defaultdict


def main():
    items = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        items[d["id"]] = d
    show = "--list" in sys.argv
    tally = defaultdict(lambda: defaultdict(int))
    for line in open(sys.argv[2], encoding="utf-8"):
        got_row = json.loads(line)
        d = dict(items[got_row["id"]], **{"got": got_row})
        for pol in ("mature", "strict"):
            want = d["expect"][pol]
            got = d["got"][pol] if isinstance(d.get("got"), dict) else d.get(pol)
            t = tally[(d["label"], pol)]
            t["n"] += 1
            t[got] += 1
            ok = (got == "allow") if want == "allow" else (got == "block")
            t["right"] += ok
            if show and not ok:
                print(f"  {pol:6} want {want:5} got {got:6} {d['id']}: {d['prompt'][:110]}")
    for (label, pol), t in sorted(tally.items()):
        print(f"{label:20} {pol:6} right {t['right']}/{t['n']}  block {t['block']} review {t['review']} allow {t['allow']}")


if __name__ == "__main__":
    main()
