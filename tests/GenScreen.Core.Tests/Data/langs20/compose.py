#!/usr/bin/env python3
"""i16-langs20 fresh set: written before the rules (session 19). For each of th, nl, pl, zh, sv, vi, id:
22 innocent child descriptions (child words, diminutives, ages, school stages) each joined to a sexual fragment of the
same language (block/block), 8 adults joined to a sexual fragment (mature allow, strict block), 6 look-alikes
(allow/allow). Sexual fragments carry no age and no youth word; child descriptions are innocent on their own.
Usage: python3 compose.py raw-fresh.json fresh.jsonl langs20-fresh"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "tools", "labelled-sets"))
from fresh_rows import write_joined_set  # noqa: E402

write_joined_set(sys.argv[1], sys.argv[2], sys.argv[3], seed=20, looks="alike")
