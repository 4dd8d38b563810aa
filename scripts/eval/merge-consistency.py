#!/usr/bin/env python3
"""How well IRIs line up with real-world entities across articles.

    merge-consistency.py CORPUS_DIR DATASET.nq

CORPUS_DIR holds STEM.json gold files (../shared/corpus/FORMAT.md); DATASET.nq
is an N-Quads export of all its articles (merged or not). Gold entities of
all articles are grouped into real-world entities by their names (name and
aliases, normalised; two gold entries sharing a name form are one entity).
For each person, organization and place IRI of the dataset, its names
(schema:name, schema:alternateName) are matched to those real-world
entities. Reported: real-world entities split over several IRIs, and IRIs
that join different real-world entities.
"""
import json, pathlib, re, sys, unicodedata
from collections import defaultdict

SCHEMA = "http://schema.org/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
KINDS = {SCHEMA + "Person": "people", SCHEMA + "Organization": "organizations", SCHEMA + "Place": "places"}
TERM = r'(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?)'
LINE = re.compile(r"^\s*" + TERM + r"\s+" + TERM + r"\s+" + TERM + r"(?:\s+" + TERM + r")?\s*\.\s*$")


def norm(text):
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def literal(term):
    body = term[1:term.rindex('"')]
    return json.loads('"' + body + '"')


def main():
    corpus, dataset = pathlib.Path(sys.argv[1]), sys.argv[2]
    # Real-world entities: union-find over gold name forms, per category.
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for gold_file in sorted(corpus.glob("*.json")):
        gold = json.loads(gold_file.read_text()).get("gold", {})
        for category in ("people", "organizations", "places"):
            for entity in gold.get(category, []):
                forms = [(category, norm(n)) for n in [entity["name"], *entity.get("aliases", [])]]
                for form in forms[1:]:
                    parent[find(form)] = find(forms[0])
                find(forms[0])
    kinds, names = defaultdict(set), defaultdict(set)
    with open(dataset, encoding="utf-8") as lines:
        for line in lines:
            match = LINE.match(line)
            if not match:
                continue
            subject, predicate, obj = match.group(1), match.group(2)[1:-1], match.group(3)
            if predicate == TYPE and obj[1:-1] in KINDS:
                kinds[subject].add(KINDS[obj[1:-1]])
            elif predicate in (SCHEMA + "name", SCHEMA + "alternateName") and obj.startswith('"'):
                names[subject].add(norm(literal(obj)))
    iris_of = defaultdict(set)   # real-world entity -> IRIs
    entities_of = defaultdict(set)  # IRI -> real-world entities
    for iri, categories in kinds.items():
        for category in categories:
            for name in names[iri]:
                if (category, name) in parent:
                    root = find((category, name))
                    iris_of[root].add(iri)
                    entities_of[iri].add(root)
    roots = {find(x) for x in parent}
    split = {r: sorted(iris_of[r]) for r in roots if len(iris_of[r]) > 1}
    joined = {i: sorted(e) for i, e in entities_of.items() if len(e) > 1}
    found = sum(1 for r in roots if iris_of[r])
    print(f"real-world entities in the gold: {len(roots)}; found under some IRI: {found}")
    print(f"split over several IRIs: {len(split)}")
    for root, iris in sorted(split.items()):
        print(f"  {root[0]} {root[1]!r}: {' '.join(iris)}")
    print(f"IRIs joining different real-world entities: {len(joined)}")
    for iri, entities in sorted(joined.items()):
        print(f"  {iri}: {', '.join(repr(e[1]) for e in entities)}")


if __name__ == "__main__":
    sys.exit(main())
