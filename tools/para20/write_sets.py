# Writes the i16-para20 fresh and check sets (tests/GenScreen.Core.Tests/Data/para20/) from fresh*.py and check*.py:
# P child described with no child word + sexual fragment (block both), A adult with a childhood detail + sexual (allow
# mature, block strict), C the first three P descriptions alone (allow both). Written for GenScreen (MIT).
import importlib, os, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))  # the paths below (outputs, check1.py) are relative to this folder
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "grammar19"))
from labelled_rows import row, write_rows
def write(mods, prefix, path):
    n = {}
    rows = []
    for m in mods:
        for lang, (sx1, sx2, body) in importlib.import_module(m).S.items():
            cnt = {}
            for line in body.strip().splitlines():
                k, t = line.split("|", 1)
                cnt[k] = cnt.get(k, 0) + 1; i = cnt[k]
                sx = sx1 if i % 2 else sx2
                recs = []
                if k == "P":
                    recs.append(("para", f"{t}, {sx}", {"mature": "block", "strict": "block"}))
                    if i <= 3 and prefix == "fresh": recs.append(("alone", t, {"mature": "allow", "strict": "allow"}))
                else:
                    recs.append(("adult", f"{t}, {sx}", {"mature": "allow", "strict": "block"}))
                for kind, p, e in recs:
                    rows.append(row(f"para20-{prefix}-{kind}-{lang}-{i:02d}", f"para20-{prefix}-{kind}", lang, p, e["mature"], e["strict"]))
                    n[kind] = n.get(kind, 0) + 1
    write_rows(rows, path)
    print(path, n)
write(["fresh1", "fresh2"], "fresh", "../../tests/GenScreen.Core.Tests/Data/para20/fresh.jsonl")
if os.path.exists("check1.py"):
    write(["check1"], "check", "../../tests/GenScreen.Core.Tests/Data/para20/check.jsonl")
