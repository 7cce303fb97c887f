"""Writes a hand list of given names no people/*.json list holds as its own people/<out> file (sessions 28 and 30:
tools/names32/build_given_names32.py, tools/scripts36/build_given_names36.py). Left out: names another list already holds,
and every word of Rules/Data/frequent-words.txt and ordinary-words-cldr.txt not marked as a name ('n'), so a given name
that is also an ordinary word of an image prompt never becomes a name word."""
import glob, json, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
PEOPLE = ROOT / 'src/GenScreen.Core/Prompts/Lexicons/Data/people'
RULES = ROOT / 'src/GenScreen.Core/Prompts/Rules/Data'


def write(hand, out, description, source, counts_key):
    have = set()
    for f in glob.glob(str(PEOPLE / '*.json')):
        if f.endswith(out):
            continue
        d = json.load(open(f, encoding='utf-8'))
        if isinstance(d, dict):
            have.update(x for x in d.get('givenNames', []) or [] if isinstance(x, str))
    ordinary = set()
    for name in ('frequent-words.txt', 'ordinary-words-cldr.txt'):
        for line in open(RULES / name, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            word, _, mark = line.rstrip('\n').partition('\t')
            if mark != 'n':
                ordinary.add(word)
    kept = [n for n in hand if n not in have and n not in ordinary]
    doc = {
        "version": "1",
        "description": description,
        "sources": [{"source": source, "license": "MIT (this project)"}],
        "counts": {counts_key: {"names": len(hand), "alreadyKnown": sum(n in have for n in hand),
                                "ordinaryWordLeftOut": sum(n not in have and n in ordinary for n in hand), "added": len(kept)}},
        "givenNames": kept,
    }
    (PEOPLE / out).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    print(len(kept), 'names:', ' '.join(kept))
