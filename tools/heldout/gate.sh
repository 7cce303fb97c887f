#!/usr/bin/env bash
# The lead's merge gate for one helper branch (session 40): publishes the branch's Release CLI, scores each validation
# batch with it and lists the decisions that changed against main's scoring (ids only; must-allow prompts shown).
#   tools/heldout/gate.sh WORKTREE TAG BATCH_DIR... 
# Each BATCH_DIR holds batch<name>.jsonl (compose.py) and batch<name>.main.decisions.jsonl (score.py --tag main, run first).
# Batches live outside the repository (e.g. /root/sealed/48v): never give a helper their path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
worktree=$1; tag=$2; shift 2
out=/tmp/gate-$tag
dotnet publish "$worktree/src/GenScreen.Cli" -c Release -o "$out" > "$out.publish.log" 2>&1
for dir in "$@"; do
  name=$(basename "$dir")
  batch="$dir/batch$name.jsonl"
  python3 "$here/score.py" "$batch" --genscreen "$out" --tag "$tag" | grep -v '^    '
  python3 "$here/changed.py" "$batch" main "$tag" --show-must-allow
done
