#!/usr/bin/env python3
"""Turns a Universal NER test file (IOB2, as ../shared/data/ner/*.iob2) into
the document JSON Lines the measuring kit scores (as conll2003/*.jsonl):
one line per document (`# newdoc id`), {"id", "text", "entities"}, the text
being the sentences' `# text` lines, one a line, and the entities PER / ORG /
LOC spans in code points into it (end exclusive).

The kit's conll-predict then feeds every document through newskg exactly as
it does CoNLL-2003, and score-conll scores exact spans:

    scripts/eval/uner-to-jsonl.py ../shared/data/ner/en_pud-uner-test.iob2 /tmp/pud.jsonl
    ../shared/eval/conll-predict /tmp/pud.jsonl /tmp/pud.pred.jsonl --project .
    ../shared/eval/score-conll /tmp/pud.jsonl /tmp/pud.pred.jsonl

or `scripts/eval/uner` for both test sets.
"""
import json
import sys

TYPES = {"PER", "ORG", "LOC"}


def sentences(path):
    """Yields (newdoc id or None, text or None, [(token, tag)]) per sentence."""
    doc, text, tokens = None, None, []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if tokens:
                    yield doc, text, tokens
                doc, text, tokens = None, None, []
            elif line.startswith("# newdoc id = "):
                doc = line[len("# newdoc id = "):].strip()
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line.startswith("#"):
                cols = line.split("\t")
                tokens.append((cols[1], cols[2]))
    if tokens:
        yield doc, text, tokens


def place(text, tokens):
    """Offsets of each token in the sentence text; the tokens joined by
    spaces when the text does not hold them in order."""
    offsets, pos = [], 0
    for token, _ in tokens:
        at = text.find(token, pos) if text is not None else -1
        if at < 0 or text[pos:at].strip():
            break
        offsets.append((at, at + len(token)))
        pos = at + len(token)
    else:
        return text, offsets
    joined = " ".join(token for token, _ in tokens)
    offsets, pos = [], 0
    for token, _ in tokens:
        offsets.append((pos, pos + len(token)))
        pos += len(token) + 1
    return joined, offsets


def spans(tags, offsets, base):
    out, current = [], None
    for (start, end), tag in zip(offsets, tags):
        kind = tag[2:] if len(tag) > 2 else None
        if tag.startswith("I-") and current and current["type"] == kind:
            current["end"] = base + end
            continue
        if current:
            out.append(current)
            current = None
        if tag[:2] in ("B-", "I-") and kind in TYPES:
            current = {"start": base + start, "end": base + end, "type": kind}
    if current:
        out.append(current)
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: uner-to-jsonl.py IN.iob2 OUT.jsonl")
    docs = []
    for doc, text, tokens in sentences(sys.argv[1]):
        if doc is not None or not docs:
            docs.append({"id": doc or "doc-0", "text": "", "entities": []})
        current = docs[-1]
        line, offsets = place(text, tokens)
        if current["text"]:
            current["text"] += "\n"
        base = len(current["text"])
        current["text"] += line
        current["entities"] += spans([tag for _, tag in tokens], offsets, base)
    seen = {}
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for d in docs:
            # Ids must be unique for score-conll.
            n = seen.get(d["id"], 0)
            seen[d["id"]] = n + 1
            if n:
                d["id"] = f'{d["id"]}#{n}'
            for e in d["entities"]:
                e["text"] = d["text"][e["start"]:e["end"]]
            out.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
