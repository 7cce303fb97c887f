#!/usr/bin/env bash
# Are two builds' prompt verdicts byte-identical? Screens every labelled prompt (tests/GenScreen.Core.Tests/Data,
# the peer and script sets included, with each line's mode) under mature and under strict with both builds'
# `genscreen screen prompts`, drops the random verdictId, and compares. For changes that must not change what is
# detected (hot-path work): run it against main built beside the branch.
#   tests/load/verdict-identity.sh <anchor genscreen.dll> [<branch genscreen.dll>]   (branch default: a Release build here)
# EXTRA_PROMPTS="a.jsonl b.jsonl" adds labelled files kept outside the repository (e.g. a spent held-out batch).
# Exit code 0 when identical under both policies, 1 otherwise (the first differing lines are printed).
set -euo pipefail
cd "$(dirname "$0")/../.."
anchor=${1:?usage: verdict-identity.sh <anchor genscreen.dll> [<branch genscreen.dll>]}
branch=${2:-}
if [ -z "$branch" ]; then
  dotnet build -c Release src/GenScreen.Cli -nologo -v quiet >/dev/null
  branch=src/GenScreen.Cli/bin/Release/net10.0/genscreen.dll
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" ${EXTRA_PROMPTS:-} <<'PY'
import glob, json, sys
data = 'tests/GenScreen.Core.Tests/Data'
files = sorted(glob.glob(f'{data}/*.jsonl')) + sorted(glob.glob(f'{data}/*/*.jsonl')) + sys.argv[2:]
rows = [json.loads(l) for f in files for l in open(f, encoding='utf-8') if l.strip()]
rows = [r for r in rows if 'prompt' in r]
for policy in ('mature', 'strict'):
    with open(f'{sys.argv[1]}/{policy}.jsonl', 'w', encoding='utf-8') as out:
        for k, r in enumerate(rows):
            line = {'id': f"{k}-{r.get('id', '')}", 'prompt': r['prompt'], 'policy': policy}
            for field in ('negativePrompt', 'mode'):
                if r.get(field):
                    line[field] = r[field]
            out.write(json.dumps(line, ensure_ascii=False) + '\n')
print(f'{len(rows)} labelled prompts from {len(files)} files')
PY
status=0
for policy in mature strict; do
  for side in anchor branch; do
    dll=$anchor; [ "$side" = branch ] && dll=$branch
    dotnet "$dll" screen prompts "$work/$policy.jsonl" 2>/dev/null | sed 's/"verdictId":"[0-9a-f]*",//' > "$work/$policy.$side"
  done
  if cmp -s "$work/$policy.anchor" "$work/$policy.branch"; then
    echo "$policy: identical ($(wc -l < "$work/$policy.branch") verdicts)"
  else
    echo "$policy: DIFFERENT"; diff "$work/$policy.anchor" "$work/$policy.branch" | head -6; status=1
  fi
done
exit $status
