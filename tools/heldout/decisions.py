#!/usr/bin/env python3
"""Reads score.py's decisions of the held-out batches (/root/heldoutNN/batchNN.TAG.decisions.jsonl), for the analysis
scripts of a round (tools/para41/kinds.py, tools/play42/kinds.py). Standard library only; batches live outside the repository."""
import json, os


def mature_by_batch(tag, batches, root='/root'):
    """{(batch, id): decision under `mature`} for every batch whose TAG scoring exists (missing ones are skipped)."""
    out = {}
    for b in batches:
        path = os.path.join(root, f'heldout{b}', f'batch{b}.{tag}.decisions.jsonl')
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                for x in map(json.loads, f):
                    out[(b, x['id'])] = x['mature']
    return out
