#!/usr/bin/env python3
"""Prints the wear52 fresh sets' figures for one build: must-stop items stopped (review or block) under `mature`, look-alikes
flagged (review or block) under `mature`, by set. Build-time only.

    python3 tools/wear52/figures.py CLI_DIR"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "../../tests/GenScreen.Core.Tests/Data/wear52"))


def main():
    cli = sys.argv[1]
    for name in ("fresh.jsonl", "fresh2.jsonl", "fresh3.jsonl"):
        path = os.path.join(DATA, name)
        items = {json.loads(l)["id"]: json.loads(l) for l in open(path, encoding="utf-8")}
        out = subprocess.run([os.path.join(cli, "genscreen"), "screen", "prompts", path, "--policy", "mature"],
                             capture_output=True, text=True).stdout
        stop = [0, 0]
        flag = [0, 0]
        for line in out.splitlines():
            v = json.loads(line)
            it = items[v["id"]]
            if it["expect"]["mature"] != "allow":
                stop[1] += 1
                stop[0] += v["decision"] != "allow"
            else:
                flag[1] += 1
                flag[0] += v["decision"] != "allow"
        print(f"{name}: must-stop stopped {stop[0]}/{stop[1]}, look-alikes flagged {flag[0]}/{flag[1]}")


if __name__ == "__main__":
    main()
