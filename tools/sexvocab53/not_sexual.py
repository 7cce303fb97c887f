#!/usr/bin/env python3
"""Step 1 of session 45 (i16-sexvocab53): for every stop-label miss (person allowed, role, nudify, child-nude, para-nude not
blocked) of the base build under `mature` in the development batches' misses files, whether the build saw ANY sexual signal
(a `term.sexual` or `term.undress` reason; without one the last-resort person readers' gate refuses with NotSexual), counted
per batch and language. Prints a TSV; reads only the misses files it is given. Build-time only.

    python3 tools/sexvocab53/not_sexual.py /work/dev53/batch{48,49,50,51,52}.main.misses.jsonl"""
import collections, json, os, sys

STOP = ("person", "role", "nudify", "child-nude", "para-nude")


def main():
    rows = collections.Counter()
    total = collections.Counter()
    for path in sys.argv[1:]:
        batch = os.path.basename(path).split(".")[0]
        for line in open(path, encoding="utf-8"):
            m = json.loads(line)
            if m["policy"] != "mature" or m["label"] not in STOP or (m["label"] == "person" and m["got"] != "allow"):
                continue
            total[(batch, m["lang"])] += 1
            if "term.sexual" not in m["reasons"]:
                rows[(batch, m["lang"], "undress only" if "term.undress" in m["reasons"] else "none")] += 1
    print("batch\tlang\tstop misses\tno sexual signal\tundress only")
    for (batch, lang), n in sorted(total.items()):
        print(f"{batch}\t{lang}\t{n}\t{rows[(batch, lang, 'none')]}\t{rows[(batch, lang, 'undress only')]}")


if __name__ == "__main__":
    main()
