# Writes the session 18 fresh and check sets of i16-childcues19 (tests/GenScreen.Core.Tests/Data/childcues19/) from sets1-4.py:
# P paraphrased child + sexual (block both), A adult with a childhood detail + sexual (allow mature, block strict),
# C paraphrased child alone (allow both), K the check set. Written for GenScreen (MIT). Run from this folder.
import json, importlib, sys
out_f = open("../../tests/GenScreen.Core.Tests/Data/childcues19/fresh.jsonl","w",encoding="utf-8"); out_k = open("../../tests/GenScreen.Core.Tests/Data/childcues19/check.jsonl","w",encoding="utf-8")
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
            idp = rec[0].replace("cc19-","cc19-")
            f.write(json.dumps({"id":f"{rec[0]}-{lang}-{i:02d}","label":rec[0],"lang":lang,"prompt":rec[1],"expect":rec[2]},ensure_ascii=False)+"\n")
            n[k]=n.get(k,0)+1
print(n)
