#!/bin/sh
# Scores a labelled file with a built genscreen under both policies and tallies it (tally.py of people21).
# usage: tools/people22/score.sh labelled.jsonl outdir tag [genscreen]
set -e
G=${4:-src/GenScreen.Cli/bin/Release/net10.0/genscreen}
mkdir -p "$2"
"$G" screen prompts "$1" --policy mature > "$2/$3-mature.jsonl" || true
"$G" screen prompts "$1" --policy strict > "$2/$3-strict.jsonl" || true
python3 tests/GenScreen.Core.Tests/Data/people21/tally.py "$1" "$2/$3-mature.jsonl" "$2/$3-strict.jsonl" "$2/$3-misses.txt"
