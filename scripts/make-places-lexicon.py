#!/usr/bin/env python3
"""Generate ontology/lexicon/generated/places-wikidata.ttl (ODbL 1.0).

Inputs
  * countries.csv and states.csv of dr5hn/countries-states-cities-database
    (ODbL 1.0), by default in ../shared/data/places/ beside the project (--data DIR): every
    row has a name, an ISO code and a Wikidata id (wikiDataId).
  * The hand-written lexicons ontology/lexicon/{places,people,organizations,
    titles}.ttl and the generated countries.ttl, read to link their entries
    and to keep ambiguous names out.
  * The word lists: /usr/share/dict/american-english (lower-case words; for
    one-word region names, every word), ontology/words/given-names.txt and
    nonname-capitalised.txt, and the last words of the person names of
    Phoenix.Countries.actors.txt (../petrarch2/ beside --data) as surnames.
  * The generated people and organizations (generated/phoenix-*.ttl): run
    scripts/make-phoenix-lexicon.py first.

Output, one Turtle file, deterministic (sorted), its header naming the source
and the licence:
  * lex:country-xx schema:sameAs wd:Q... for every country of countries.ttl
    that countries.csv knows (countries.ttl itself carries no Wikidata id);
  * schema:sameAs on the hand-written first-level regions of places.ttl
    (lex:state-*, a schema:State) whose name and country are exactly one
    row of states.csv;
  * new entries lex:region-<cc>-<slug> a schema:State (prefLabel, nkg:country,
    sameAs) for the first-level regions of the kinds the press names
    (states, provinces, regions, governorates, prefectures, oblasts, ...),
    only when the name is unambiguous: at least 4 letters, not an English
    word (a one-word name: not in the dictionary in any case, nor a surname of
    the Phoenix dictionary), not a given name, not a name or surname the other
    lexicons use, and not the name of two rows.

Usage
  scripts/make-places-lexicon.py [--data DIR] [--out FILE] [--report]

Python 3 standard library only; no network.
"""

import argparse
import csv
import os
import re
import sys

from lexicon_common import (LEXICON, SHARED_DATA, WORDS, ascii_fold, english_words, read_turtle, slug,
                            turtle_string, word_list)


# Kinds of first-level region (states.csv "type") that news names by name
# alone; districts, municipalities, parishes, villages and the like are many,
# small and often homonyms of towns and words.
# Counties, departments, cantons and Länder are left out too: their names
# are also those of towns, rivers, sports clubs and families (Essex, Somerset,
# Nord, Valle), and the well-known ones are in places.ttl already.
REGION_TYPES = {
    "state", "province", "region", "governorate", "prefecture", "administrative region",
    "autonomous region", "autonomous community", "autonomous republic", "republic",
    "voivodship", "union territory", "metropolitan region", "special administrative region",
    "autonomous province", "federal district", "oblast", "krai", "capital district", "autonomous city",
    "emirate",
}


def labels_of(entry):
    return entry.get("skos:prefLabel", []) + entry.get("skos:altLabel", []) + entry.get("nkg:demonym", [])


def phoenix_surnames(data):
    """Last words of every person of the Phoenix country dictionary (not only those the lexicon keeps)."""
    names = set()
    path = os.path.join(data, "Phoenix.Countries.actors.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if "CountryInfo" in line and not line.startswith(("+", "#", " ", "\t")):
                    words = [w for w in re.split(r"[_\s]+", line.split("#")[0]) if w]
                    if len(words) >= 2:
                        names.add(words[-1].lower())
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(SHARED_DATA, "places"))
    parser.add_argument("--out", default=os.path.join(LEXICON, "generated", "places-wikidata.ttl"))
    parser.add_argument("--report", action="store_true", help="list skipped regions on stderr")
    args = parser.parse_args()

    with open(os.path.join(args.data, "countries.csv"), encoding="utf-8", newline="") as handle:
        countries = list(csv.DictReader(handle))
    with open(os.path.join(args.data, "states.csv"), encoding="utf-8", newline="") as handle:
        states = list(csv.DictReader(handle))

    hand = {}
    for name in ("countries", "places", "people", "organizations", "titles"):
        hand.update(read_turtle(os.path.join(LEXICON, name + ".ttl")))
    generated = os.path.join(LEXICON, "generated")
    for name in sorted(os.listdir(generated)) if os.path.isdir(generated) else []:
        if name.endswith(".ttl") and name != os.path.basename(args.out):
            hand.update(read_turtle(os.path.join(generated, name)))
    taken = set()  # every label of every other entry, and the people's surnames
    for iri, entry in hand.items():
        for label in labels_of(entry):
            taken.add(label)
            taken.add(ascii_fold(label))
        if iri.startswith("lex:person-"):
            for label in entry.get("skos:prefLabel", []):
                taken.add(label.split()[-1])
    english = english_words()
    known_words = english_words(any_case=True)
    surnames = phoenix_surnames(os.path.join(os.path.dirname(args.data.rstrip("/")), "petrarch2"))
    given = word_list(os.path.join(WORDS, "given-names.txt"))
    nonnames = word_list(os.path.join(WORDS, "nonname-capitalised.txt"), lower=True)

    lines = []
    # Countries: the Wikidata id of each lex:country-xx.
    country_ids = {}
    for row in countries:
        iri = "lex:country-" + row["iso2"].lower()
        if iri in hand and re.fullmatch(r"Q[0-9]+", row["wikiDataId"] or ""):
            country_ids[iri] = row["wikiDataId"]
    lines.append("# Countries (countries.csv: iso2 -> wikiDataId)\n")
    for iri in sorted(country_ids):
        lines.append(f"{iri} schema:sameAs wd:{country_ids[iri]} .\n")

    # Hand-written first-level regions: linked when one row has their name and country.
    by_name = {}
    for row in states:
        if not re.fullmatch(r"Q[0-9]+", row["wikiDataId"] or ""):
            continue
        for name in {row["name"], ascii_fold(row["name"])}:
            by_name.setdefault((row["country_code"], name), []).append(row)
    linked = {}
    used_rows = set()
    for iri, entry in hand.items():
        if not iri.startswith("lex:state-") or "schema:State" not in entry.get("a", []):
            continue
        country = (entry.get("nkg:country") or [""])[0]
        rows = {}
        for label in entry.get("skos:prefLabel", []) + entry.get("skos:altLabel", []):
            for row in by_name.get((country, label), []):
                rows[row["id"]] = row
        if len(rows) == 1:
            row = next(iter(rows.values()))
            linked[iri] = row["wikiDataId"]
            used_rows.add(row["id"])
    lines.append("\n# Hand-written regions of places.ttl (states.csv: name + country_code -> wikiDataId)\n")
    for iri in sorted(linked):
        lines.append(f"{iri} schema:sameAs wd:{linked[iri]} .\n")

    # New regions.
    count_by_name = {}
    for row in states:
        for name in {row["name"], ascii_fold(row["name"])}:
            count_by_name[name] = count_by_name.get(name, 0) + 1
    skipped = []
    new = []
    for row in states:
        name = row["name"].strip()
        if row["id"] in used_rows or row["type"] not in REGION_TYPES:
            continue
        if not re.fullmatch(r"Q[0-9]+", row["wikiDataId"] or ""):
            continue
        folded = ascii_fold(name)
        words = re.findall(r"[^\W\d_]+", name)
        reason = None
        if len(name) < 4 or not words:
            reason = "short"
        elif count_by_name.get(name, 0) > 1 or count_by_name.get(folded, 0) > 1:
            reason = "homonym"
        elif name in taken or folded in taken:
            reason = "taken"
        elif any(w.lower() in english and w[0].isupper() for w in words if len(words) == 1) or \
                (len(words) > 1 and all(w.lower() in english or w.lower() in {"of", "and", "the"} for w in words)):
            reason = "english word"
        elif name in given or folded in given or name.lower() in nonnames:
            reason = "given name or common capitalised word"
        elif len(words) == 1 and (folded.lower() in known_words or folded.lower() in surnames):
            # A one-word name the dictionary knows (Jewish, Devon) or a surname of the Phoenix
            # dictionary: too common to be read as this region without context.
            reason = "dictionary word or surname"
        elif re.search(r"[0-9]", name) or "(" in name:
            reason = "code"
        if reason:
            skipped.append((reason, row["country_code"], name))
            continue
        new.append(row)
    new.sort(key=lambda row: (row["country_code"], slug(row["name"]), row["wikiDataId"]))
    lines.append("\n# First-level regions of states.csv not in places.ttl (unambiguous names only)\n")
    seen = set()
    for row in new:
        iri = f"lex:region-{row['country_code'].lower()}-{slug(row['name'])}"
        if iri in seen or iri in hand:
            continue
        seen.add(iri)
        name = row["name"].strip()
        parts = [f"{iri} a schema:State ;", f"    skos:prefLabel {turtle_string(name)} ;"]
        if ascii_fold(name) != name:
            parts.append(f"    skos:altLabel {turtle_string(ascii_fold(name))} ;")
        parts.append(f"    nkg:country {turtle_string(row['country_code'])} ;")
        parts.append(f"    schema:sameAs wd:{row['wikiDataId']} .")
        lines.append("\n" + "\n".join(parts) + "\n")

    header = (
        "# GENERATED by scripts/make-places-lexicon.py -- do not edit; run the script again.\n"
        "# Source: dr5hn/countries-states-cities-database at 7fda0af (countries.csv, states.csv),\n"
        "# (c) its contributors, under the Open Database License (ODbL) 1.0:\n"
        "# https://opendatacommons.org/licenses/odbl/1-0/ . This file is a derived database and\n"
        "# is itself available under the ODbL 1.0 (see LICENSES/README.md).\n"
        f"# {len(country_ids)} country ids, {len(linked)} hand-written regions linked, {len(seen)} new regions.\n\n"
        "@prefix nkg:    <https://w3id.org/newskg/ns#> .\n"
        "@prefix lex:    <https://w3id.org/newskg/lexicon/> .\n"
        "@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix schema: <http://schema.org/> .\n"
        "@prefix wd:     <http://www.wikidata.org/entity/> .\n\n"
    )
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(header + "".join(lines))
    if args.report:
        for reason, country, name in sorted(skipped):
            print(f"skipped ({reason}): {country} {name}", file=sys.stderr)
    print(f"{args.out}: {len(country_ids)} countries, {len(linked)} linked, {len(seen)} new regions, "
          f"{len(skipped)} skipped", file=sys.stderr)


if __name__ == "__main__":
    main()
