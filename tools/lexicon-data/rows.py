"""Shared by the build-time per-language lexicon generators (tools/langs20, tools/lang30): the row helpers
(M minor, S sexual, A adult, B benign, U undress: each gives (term, signal, level) rows) and the writer of one
language's lexicon file. Not used at run time."""
import json
import os


def M(level, *terms):
    return [(t, 'minor', level) for t in terms]


def S(level, *terms):
    return [(t, 'sexual', level) for t in terms]


def U(level, *terms):
    return [(t, 'undress', level) for t in terms]


def A(*terms):
    return [(t, 'adult', 0) for t in terms]


def B(*terms):
    return [(t, 'benign', 0) for t in terms]


def write_language_file(root, lang, about, sources, rows, extra=None):
    """Writes root/<lang>.json: the rows lower-cased, each term once (first row wins), then the extra top-level
    fields (numbers, ageUnits) that are set. Returns the number of prompt terms written."""
    seen, prompt = set(), []
    for term, signal, level in rows:
        key = term.lower()
        if key in seen:
            continue
        seen.add(key)
        prompt.append({'term': key, 'signal': signal, 'level': level})
    doc = {'language': lang, 'version': '1', 'about': about, 'sources': sources, 'prompt': prompt}
    doc.update({k: v for k, v in (extra or {}).items() if v})
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, f'{lang}.json'), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return len(prompt)
