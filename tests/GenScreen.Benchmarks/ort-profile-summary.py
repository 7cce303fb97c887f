#!/usr/bin/env python3
"""Sums ONNX Runtime profile traces (face-ort-profile) by operator: per trace, total node time and the top operators."""
import collections
import json
import sys

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        events = json.load(f)
    by_op = collections.Counter()
    runs = 0
    for e in events:
        if e.get("cat") == "Session" and e.get("name") == "model_run":
            runs += 1
        if e.get("cat") == "Node" and e.get("name", "").endswith("_kernel_time"):
            by_op[e["args"].get("op_name", "?")] += e["dur"]
    total = sum(by_op.values())
    runs = max(runs, 1)
    print(f"{path}: {runs} runs, {total / runs / 1000:.3f} ms of node time per run")
    for op, dur in by_op.most_common(12):
        print(f"  {op:24s} {dur / runs / 1000:8.3f} ms  {100 * dur / total:5.1f} %")
