#!/usr/bin/env python3
"""i16-childwords21 sets (session 20): fresh set written before the rules, check set after. For each of 26 languages:
child descriptions (newborn, toddler, preschooler, schoolchild, pre-teen words, diminutives, kinship, age nouns, ages said
through a parent or a birthday, youngest youth-organisation sections, school stages) each joined to a plain sexual fragment
of the same language (block/block), adult look-alikes (endearments 'baby', kid leather, adult ages) joined to a sexual
fragment (mature allow, strict block), child descriptions alone (allow/allow).
Usage: python3 compose.py raw-fresh.json fresh.jsonl childwords21-fresh"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "tools", "labelled-sets"))
from fresh_rows import write_joined_set  # noqa: E402

write_joined_set(sys.argv[1], sys.argv[2], sys.argv[3], seed=21, looks="alone")
