#!/usr/bin/env python3
"""Exact-span precision, recall and F1 of entity predictions (CoNLL style).

Usage: python3 scripts/eval/score-conll.py GOLD.jsonl PRED.jsonl

GOLD.jsonl: one document a line, {"id", "entities": [{"start", "end", "type"}]}
(the CoNLL-2003 JSONL of shared/data/conll2003; other fields ignored).
PRED.jsonl: the same shape, e.g. from scripts/eval/conll-predict.mjs.

A prediction counts when its document, start, end (code points, end
exclusive) and type all equal a gold mention's. Prints P/R/F1 for PER, ORG,
LOC and MISC, the micro-average over PER+ORG+LOC (MISC is ignored in it: newskg
does not predict it), and ends with the line

    F1(PER+ORG+LOC) = NN.NN

Gold documents without a prediction line count as predicting nothing;
predicted documents not in the gold, and types other than the four, are
reported and ignored. An approximation of the official kit's
tools/score-conll (../shared/eval, absent on this machine). Standard library
only. Exits 0, or 2 on bad usage or unreadable input.
"""

import json
import sys

TYPES = ("PER", "ORG", "LOC", "MISC")
SCORED = ("PER", "ORG", "LOC")


def load(path):
    docs = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                doc_id = doc["id"]
                spans = {(int(e["start"]), int(e["end"]), str(e["type"]))
                         for e in doc.get("entities", [])}
            except (ValueError, KeyError, TypeError) as error:
                sys.exit(f"score-conll: {path}:{number}: bad line ({error})")
            if doc_id in docs:
                sys.stderr.write(f"score-conll: {path}: id {doc_id} twice; lines merged\n")
                docs[doc_id] |= spans
            else:
                docs[doc_id] = spans
    return docs


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv):
    if len(argv) != 3 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: score-conll.py GOLD.jsonl PRED.jsonl\n")
        return 2
    try:
        gold = load(argv[1])
        pred = load(argv[2])
    except OSError as error:
        sys.stderr.write(f"score-conll: {error}\n")
        return 2

    extra = sorted(set(pred) - set(gold))
    if extra:
        sys.stderr.write(f"score-conll: {len(extra)} predicted documents not in the gold, ignored "
                         f"(first: {extra[0]})\n")
    absent = sorted(set(gold) - set(pred))
    if absent:
        sys.stderr.write(f"score-conll: {len(absent)} gold documents without predictions "
                         f"(first: {absent[0]})\n")

    counts = {t: [0, 0, 0] for t in TYPES}  # tp, predicted, gold
    other = 0
    for doc_id, gold_spans in gold.items():
        pred_spans = pred.get(doc_id, set())
        for span in gold_spans:
            if span[2] in counts:
                counts[span[2]][2] += 1
        for span in pred_spans:
            if span[2] not in counts:
                other += 1
                continue
            counts[span[2]][1] += 1
            if span in gold_spans:
                counts[span[2]][0] += 1
    if other:
        sys.stderr.write(f"score-conll: {other} predicted spans of other types, ignored\n")

    print(f"{'type':<12}{'gold':>7}{'pred':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}")
    print("-" * 57)
    for t in TYPES:
        tp, n_pred, n_gold = counts[t]
        p, r, f = prf(tp, n_pred, n_gold)
        note = "  (not in the total)" if t not in SCORED else ""
        print(f"{t:<12}{n_gold:>7}{n_pred:>7}{tp:>7}{100 * p:>8.2f}{100 * r:>8.2f}{100 * f:>8.2f}{note}")
    print("-" * 57)
    tp = sum(counts[t][0] for t in SCORED)
    n_pred = sum(counts[t][1] for t in SCORED)
    n_gold = sum(counts[t][2] for t in SCORED)
    p, r, f = prf(tp, n_pred, n_gold)
    print(f"{'PER+ORG+LOC':<12}{n_gold:>7}{n_pred:>7}{tp:>7}{100 * p:>8.2f}{100 * r:>8.2f}{100 * f:>8.2f}")
    print(f"F1(PER+ORG+LOC) = {100 * f:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
