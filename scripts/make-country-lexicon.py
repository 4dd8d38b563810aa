#!/usr/bin/env python3
"""Generate ontology/lexicon/countries.ttl.

Inputs
  * Debian iso-codes' ISO 3166-1 table (JSON), by default
    /usr/share/iso-codes/json/iso_3166-1.json (package "iso-codes").
  * ontology/lexicon/country-extras.tsv, a hand-written table, one country a
    line, tab-separated; lines starting with '#' and blank lines are skipped:

      1 alpha2        ISO 3166-1 alpha-2 code ("RU"); a code that is not in
                      ISO 3166-1 (e.g. "XK", Kosovo) adds a country, and then
                      column 2 is required
      2 prefLabel     the name the press uses, overriding ISO's (or empty)
      3 altLabels     other names, '|'-separated
      4 demonyms      adjectives the press uses ("Russian"), '|'-separated
      5 metonyms      names used for the government ("Moscow", "the Kremlin"),
                      '|'-separated
      6 capital       the capital's name as in places.ttl (or empty)
      7 (unused)      kept empty: a hand-written table carries no Wikidata id;
                      the countries' ids come from a sourced table, in
                      generated/places-wikidata.ttl (scripts/make-places-lexicon.py)
      8 capital slug  optional: the slug of the capital's lex:city-<slug> when
                      it is not the slug of column 6 (homonyms: "kingston-nf")

Output
  lex:country-<alpha2 lowercase> a schema:Country, with skos:prefLabel,
  skos:altLabel (ISO name, official_name, common_name and the extras' names),
  nkg:alpha2, nkg:demonym, nkg:governmentMetonym and nkg:capital
  lex:city-<slug> (no schema:sameAs: see column 7).

Usage
  scripts/make-country-lexicon.py [--iso FILE] [--extras FILE] [--out FILE]
                                  [--places FILE]

--places (default ontology/lexicon/places.ttl, when present) is only read to
warn about capitals that have no lex:city-<slug> there.

Python 3 standard library only. The output is deterministic (sorted by code).
"""

import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_EXTRAS = os.path.join(ROOT, "ontology", "lexicon", "country-extras.tsv")
DEFAULT_OUT = os.path.join(ROOT, "ontology", "lexicon", "countries.ttl")
DEFAULT_PLACES = os.path.join(ROOT, "ontology", "lexicon", "places.ttl")

PREFIXES = """\
@prefix nkg:    <https://w3id.org/newskg/ns#> .
@prefix lex:    <https://w3id.org/newskg/lexicon/> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> .
@prefix wd:     <http://www.wikidata.org/entity/> .
"""

ALPHA2 = re.compile(r"^[A-Z]{2}$")
QID = re.compile(r"^Q[1-9][0-9]*$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def slugify(name):
    """'Chișinău' -> 'chisinau', "St. John's" -> 'st-johns'."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    s = s.lower()
    s = re.sub(r"['’`]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def literal(text):
    """A Turtle string literal (ECHAR escapes)."""
    out = ['"']
    for c in text:
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def split_list(cell):
    return [x.strip() for x in cell.split("|") if x.strip()]


def dedupe(items, exclude=()):
    seen = set(exclude)
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def read_iso(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    countries = {}
    for entry in data["3166-1"]:
        code = entry["alpha_2"]
        countries[code] = {
            "name": entry["name"],
            "official_name": entry.get("official_name", ""),
            "common_name": entry.get("common_name", ""),
        }
    return countries


def read_extras(path):
    extras = {}
    errors = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) < 7 or len(cells) > 8:
                errors.append(f"{path}:{number}: expected 7 or 8 tab-separated columns, got {len(cells)}")
                continue
            cells += [""] * (8 - len(cells))
            code, pref, alts, dems, mets, capital, qid, capslug = cells
            if not ALPHA2.match(code):
                errors.append(f"{path}:{number}: bad alpha2 {code!r}")
                continue
            if code in extras:
                errors.append(f"{path}:{number}: {code} listed twice")
                continue
            if qid:
                errors.append(f"{path}:{number}: column 7 must stay empty (Wikidata ids come from "
                              f"scripts/make-places-lexicon.py), found {qid!r}")
                continue
            if capslug and not SLUG.match(capslug):
                errors.append(f"{path}:{number}: bad capital slug {capslug!r}")
                continue
            extras[code] = {
                "pref": pref,
                "alts": split_list(alts),
                "demonyms": split_list(dems),
                "metonyms": split_list(mets),
                "capital": capital,
                "qid": qid,
                "capslug": capslug,
            }
    return extras, errors


def city_subjects(path):
    if not path or not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return set(re.findall(r"^lex:(city-[a-z0-9-]+)\s", f.read(), re.M))


def build(iso, extras):
    errors = []
    rows = []
    for code in sorted(set(iso) | set(extras)):
        base = iso.get(code)
        extra = extras.get(code, {})
        if base is None and not extra.get("pref"):
            errors.append(f"{code}: not in ISO 3166-1 and no prefLabel in the extras table")
            continue
        if base is not None:
            pref = extra.get("pref") or base["common_name"] or base["name"]
            iso_names = [base["name"], base["official_name"], base["common_name"]]
        else:
            pref = extra["pref"]
            iso_names = []
        alts = dedupe(iso_names + extra.get("alts", []), exclude=[pref])
        capital = extra.get("capital", "")
        capslug = extra.get("capslug") or (slugify(capital) if capital else "")
        rows.append({
            "code": code,
            "pref": pref,
            "alts": alts,
            "demonyms": dedupe(extra.get("demonyms", [])),
            "metonyms": dedupe(extra.get("metonyms", [])),
            "capital": capital,
            "capslug": capslug,
            "qid": extra.get("qid", ""),
        })
    return rows, errors


def render(rows):
    out = [
        "# Countries and territories for the newskg lexicon.",
        "# GENERATED by scripts/make-country-lexicon.py from Debian iso-codes'",
        "# ISO 3166-1 table and ontology/lexicon/country-extras.tsv: do not edit by",
        "# hand; edit the extras table and run the script again.",
        "",
        PREFIXES,
    ]
    for row in rows:
        lines = [f"lex:country-{row['code'].lower()} a schema:Country"]
        lines.append(f"skos:prefLabel {literal(row['pref'])}")
        if row["alts"]:
            lines.append("skos:altLabel " + ", ".join(literal(a) for a in row["alts"]))
        lines.append(f"nkg:alpha2 {literal(row['code'])}")
        if row["demonyms"]:
            lines.append("nkg:demonym " + ", ".join(literal(d) for d in row["demonyms"]))
        if row["metonyms"]:
            lines.append("nkg:governmentMetonym " + ", ".join(literal(m) for m in row["metonyms"]))
        if row["capslug"]:
            lines.append(f"nkg:capital lex:city-{row['capslug']}")
        out.append(lines[0] + " ;")
        for i, line in enumerate(lines[1:], 1):
            out.append("    " + line + (" ." if i == len(lines) - 1 else " ;"))
        out.append("")
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--iso", default=DEFAULT_ISO)
    ap.add_argument("--extras", default=DEFAULT_EXTRAS)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--places", default=DEFAULT_PLACES)
    args = ap.parse_args(argv)

    iso = read_iso(args.iso)
    extras, errors = read_extras(args.extras)
    rows, more = build(iso, extras)
    errors += more
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        return 1

    for code in sorted(set(iso) - set(extras)):
        print(f"warning: {code} has no row in the extras table", file=sys.stderr)
    for row in rows:
        if not row["demonyms"]:
            print(f"warning: {row['code']} has no demonym", file=sys.stderr)
    cities = city_subjects(args.places)
    if cities is not None:
        for row in rows:
            if row["capslug"] and "city-" + row["capslug"] not in cities:
                print(f"warning: {row['code']}: capital lex:city-{row['capslug']} is not in {args.places}",
                      file=sys.stderr)

    text = render(rows)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, args.out)
    print(f"wrote {len(rows)} countries to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
