#!/usr/bin/env python3
"""Writes a gated labelled-prompt file from a branch's written sets: the items the build gets right under both
policies go to tests/GenScreen.Core.Tests/Data/labelled-prompts.NAME.jsonl (the CI gate then keeps them right); every
item stays in its set file, the misses with a `miss` note saying what the build did instead.

    tools/labelled-sets/gate.py tests/GenScreen.Core.Tests/Data/NAME [--genscreen src/GenScreen.Cli/bin/Release/net10.0]

SET_DIR holds fresh.jsonl and/or check.jsonl (session 29: also fresh2.jsonl, a second fresh set, and check35.jsonl, the validation batch's misses, when present; session 30: check37.jsonl). With --genscreen, each set is scored by `genscreen eval prompts` and the
output kept beside it as <set>.branch-final.txt; without it, those kept outputs are read (so the gate can be re-derived
from the figures a branch reported). NAME is SET_DIR's last folder.

Every gated line must say what both policies decide (`expect` with `mature` and `strict`): CI's LabelledPromptTests
refuses a line that names one policy (session 30: five such items passed this gate and failed CI). Such an item is
not gated, it is printed, and the gate exits 1 so the set is fixed before it is committed."""
import argparse, glob, json, os, re, subprocess, sys

POLICIES = ('mature', 'strict')

MISS = re.compile(r'^\s+(\S+) \[[^\]]*\] (expected .*)$', re.M)


def eval_output(set_path, genscreen):
    kept = set_path[:-len('.jsonl')] + '.branch-final.txt'
    if genscreen:
        run = subprocess.run([os.path.join(genscreen, 'genscreen'), 'eval', 'prompts', set_path],
                             capture_output=True, text=True, check=True)
        with open(kept, 'w', encoding='utf-8') as f:
            f.write(run.stdout)
    with open(kept, encoding='utf-8') as f:
        return f.read()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('set_dir')
    ap.add_argument('--genscreen', help='folder of a Release build of src/GenScreen.Cli')
    a = ap.parse_args()
    set_dir = a.set_dir.rstrip('/')
    name = os.path.basename(set_dir)
    gated, one_policy = [], []
    # fresh.jsonl, fresh2.jsonl …, check.jsonl, check35.jsonl … (every set a round may write)
    for path in sorted(glob.glob(os.path.join(set_dir, 'fresh*.jsonl'))) + sorted(glob.glob(os.path.join(set_dir, 'check*.jsonl'))):
        set_name = os.path.basename(path)
        if not a.genscreen and not os.path.exists(path[:-len('.jsonl')] + '.branch-final.txt'):
            print(f'{set_name}: no kept eval output (run with --genscreen to score it); not gated')
            continue
        misses = {}
        for item_id, what in MISS.findall(eval_output(path, a.genscreen)):
            # One line per policy that missed; keep both, shortened, in the order the output gives them.
            misses[item_id] = (misses[item_id] + '; ' if item_id in misses else '') + what[:160]
        items = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
        with open(path, 'w', encoding='utf-8') as f:
            for it in items:
                it.pop('miss', None)
                if it['id'] in misses:
                    it['miss'] = misses[it['id']]
                elif any(p not in it.get('expect', {}) for p in POLICIES):
                    one_policy.append(f"{set_name} {it['id']}: expect {sorted(it.get('expect', {}))}")
                else:
                    gated.append(dict(it))
                f.write(json.dumps(it, ensure_ascii=False) + '\n')
        print(f'{set_name}: {len(items)} items, {len(misses)} missed')
    out = os.path.join(os.path.dirname(set_dir), f'labelled-prompts.{name}.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for it in gated:
            f.write(json.dumps(it, ensure_ascii=False) + '\n')
    print(f'{out}: {len(gated)} gated')
    if one_policy:
        print(f'not gated, an expectation under both {POLICIES} is needed:', *one_policy, sep='\n  ', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
