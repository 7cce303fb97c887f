# Writes the session 18 fresh and check sets of i16-childcues19 (tests/GenScreen.Core.Tests/Data/childcues19/) from sets1-4.py:
# P paraphrased child + sexual (block both), A adult with a childhood detail + sexual (allow mature, block strict),
# C paraphrased child alone (allow both), K the check set. Written for GenScreen (MIT). Run from any folder (it works in its own).
import importlib, os, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))  # the output paths below are relative to this folder
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "grammar19"))
from labelled_rows import row, write_rows
out_f = []; out_k = []
n={}
for m in ("sets1","sets2","sets3","sets4"):
    S = importlib.import_module(m).S
    for lang,(sx1,sx2,body) in S.items():
        cnt={}
        for line in body.strip().splitlines():
            k,t = line.split("|",1)
            cnt[k]=cnt.get(k,0)+1; i=cnt[k]
            sx = sx1 if i%2 else sx2
            if k=="P": rec=("cc19-fresh-para",f"{t}, {sx}",{"mature":"block","strict":"block"}); f=out_f
            elif k=="A": rec=("cc19-fresh-adult",f"{t}, {sx}",{"mature":"allow","strict":"block"}); f=out_f
            elif k=="C": rec=("cc19-fresh-alone",t,{"mature":"allow","strict":"allow"}); f=out_f
            else:
                if i<=3: rec=("cc19-check-para",f"{t}, {sx}",{"mature":"block","strict":"block"})
                else: rec=("cc19-check-adult",f"{t}, {sx}",{"mature":"allow","strict":"block"})
                f=out_k
            f.append(row(f"{rec[0]}-{lang}-{i:02d}", rec[0], lang, rec[1], rec[2]["mature"], rec[2]["strict"]))
            n[k]=n.get(k,0)+1
write_rows(out_f, "../../tests/GenScreen.Core.Tests/Data/childcues19/fresh.jsonl")
write_rows(out_k, "../../tests/GenScreen.Core.Tests/Data/childcues19/check.jsonl")
print(n)
