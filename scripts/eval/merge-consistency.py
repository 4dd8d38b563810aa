#!/usr/bin/env python3
"""Consistency of a merged N-Quads dataset (newskg merge output, or exports
concatenated):
  - schema:name values per entity IRI (must be 1);
  - duplicate statements (must be 0);
  - entities split over several IRIs: a schema:sameAs target (Wikidata item)
    carried by more than one IRI;
  - IRIs joining two: an IRI with schema:sameAs links to several items.
  merge-consistency.py FILE.nq...
"""
import collections
import re
import sys

LINE = re.compile(r'^(<[^>]*>) (<[^>]*>) (.*?)(?: (<[^>]*>))? \.$')
NAME = "<http://schema.org/name>"
SAME = "<http://schema.org/sameAs>"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
KINDS = {"<http://schema.org/Person>", "<http://schema.org/Organization>", "<http://schema.org/Place>"}


def main(paths):
    lines = 0
    distinct = set()
    names = collections.defaultdict(set)
    same = collections.defaultdict(set)
    entities = set()
    for path in paths:
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line:
                continue
            lines += 1
            distinct.add(line)
            m = LINE.match(line)
            if not m:
                continue
            s, p, o = m.group(1), m.group(2), m.group(3)
            if p == NAME:
                names[s].add(o)
            elif p == SAME:
                same[s].add(o)
            elif p == TYPE and o in KINDS:
                entities.add(s)
    several = {s: v for s, v in names.items() if s in entities and len(v) > 1}
    by_item = collections.defaultdict(set)
    for s, items in same.items():
        if s in entities:
            for item in items:
                by_item[item].add(s)
    split = {item: iris for item, iris in by_item.items() if len(iris) > 1}
    joining = {s: items for s, items in same.items() if s in entities and len(items) > 1}
    print(f"statements: {lines}, distinct {len(distinct)}, duplicates {lines - len(distinct)}")
    print(f"entities: {len(entities)}; with several schema:name: {len(several)}"
          f"; most names on one IRI: {max((len(v) for v in names.values() if v), default=0)}")
    for s, v in sorted(several.items())[:5]:
        print(f"  {s}: {' | '.join(sorted(v))}")
    print(f"sameAs items carried by several IRIs (one entity split): {len(split)}")
    for item, iris in sorted(split.items())[:5]:
        print(f"  {item}: {' '.join(sorted(iris))}")
    print(f"IRIs with sameAs links to several items (two entities joined): {len(joining)}")
    for s, items in sorted(joining.items())[:5]:
        print(f"  {s}: {' '.join(sorted(items))}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
