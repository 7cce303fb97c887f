#!/usr/bin/env python3
"""Writes the fresh (or check) set of session 20 (i16-para21) as labelled prompts.
usage: write_sets.py fresh|check  -> tests/GenScreen.Core.Tests/Data/para21/<set>.jsonl
Items: paraphrased child + person-less sexual fragment (block/block), the child description alone (allow/allow),
adult with a childhood detail + sexual fragment (allow/block). Written for GenScreen (MIT)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'grammar19'))
from labelled_rows import write_child_fragment_set
write_child_fragment_set('para21', sys.argv[1], here)
