#!/usr/bin/env python3
"""Generate ontology/lexicon/generated/phoenix-{people,organizations}.ttl (MIT).

Inputs
  * The PETRARCH2 / Phoenix actor dictionaries of the Open Event Data
    Alliance (MIT), by default in ../shared/data/petrarch2/ beside the project (--data DIR):
      Phoenix.Countries.actors.txt      country actors; a person is an entry
                                        marked "# CountryInfo.txt"
      Phoenix.International.actors.txt  international bodies, NGOs, companies
                                        and their officials
      Phoenix.MilNonState.actors.txt    armed and other non-state groups
    Format (PETRARCH2 docs/source/dictionaries.rst): an entry line
    NAME_WITH_UNDERSCORES_, alias lines "+ALIAS_", and codes in brackets
    "[RUSGOV 991231-080507]" (CAMEO country + sector, optional date range
    YYMMDD or YYYYMMDD, "<" before, ">" from) on the entry line or indented
    lines after it; '#' starts a comment.
  * Debian iso-codes' ISO 3166-1 table (alpha-3 -> alpha-2), by default
    /usr/share/iso-codes/json/iso_3166-1.json (--iso FILE).
  * The hand-written lexicons (ontology/lexicon/*.ttl) and word lists, read
    to keep every label that another entry already uses, every English word
    (/usr/share/dict/american-english) and every given name out.

Output (deterministic, sorted by IRI), each with a header naming the source
and its licence:
  * phoenix-people.ttl: lex:person-<slug> a schema:Person, skos:prefLabel,
    skos:altLabel (name variants of the dictionary without titles; a lone
    surname only when the dictionary lists it and it is unambiguous),
    nkg:country (from the latest dated role's CAMEO country code); the roles
    are kept as a comment (code and dates), since the lexicon has no field
    for CAMEO sectors. Only people whose record says they mattered lately or
    long: a role open at the dictionary's date, ended in 2010 or later, or
    held 8 years or more.
  * phoenix-organizations.ttl: lex:org-<slug> a schema:Organization for the
    international bodies (IGO), NGOs and armed groups whose name has an
    organisation head word (ontology/words/org-heads.txt, e.g. Agency,
    Council, Front) and national institutions of the country file, with
    their acronyms where the dictionary gives them.
No Wikidata ids: the dictionaries have none.

Usage
  scripts/make-phoenix-lexicon.py [--data DIR] [--iso FILE] [--out-dir DIR] [--report]

Python 3 standard library only; no network.
"""

import argparse
import json
import os
import re
import sys

from lexicon_common import (LEXICON, SHARED_DATA, WORDS, ascii_fold, english_words, read_turtle, slug,
                            turtle_string, word_list)


# Words that make an alias a description rather than a name.
TITLE_WORDS = {
    "PRESIDENT", "PRESIDENT-ELECT", "VICE", "PRIME", "MINISTER", "PREMIER", "KING", "QUEEN", "PRINCE",
    "PRINCESS", "GENERAL", "SECRETARY", "SECRETARY-GENERAL", "CHIEF", "LEADER", "CHANCELLOR", "SENATOR",
    "GOVERNOR", "MAYOR", "SHEIKH", "SHEIK", "SHAIKH", "EMIR", "AMIR", "SULTAN", "DR", "DR.", "MR", "MR.",
    "MRS", "MRS.", "MS", "MS.", "SIR", "LORD", "LADY", "GEN.", "GEN", "COL.", "COLONEL", "MAJOR",
    "LIEUTENANT", "ADMIRAL", "MARSHAL", "AMBASSADOR", "ENVOY", "SPOKESMAN", "SPOKESWOMAN", "CHAIRMAN",
    "CHAIRWOMAN", "CHAIR", "DIRECTOR", "COMMANDER", "JUDGE", "JUSTICE", "FOREIGN", "DEFENSE", "DEFENCE",
    "INTERIOR", "FINANCE", "DEPUTY", "FORMER", "EX", "EX-PRESIDENT", "AYATOLLAH", "MULLAH", "IMAM",
    "REV.", "REVEREND", "POPE", "CARDINAL", "BISHOP", "ARCHBISHOP", "SPEAKER", "SHAH", "CROWN",
    "MONARCH", "HIS", "HER", "MAJESTY", "HIGHNESS", "EXCELLENCY", "OFFICIAL", "MP", "U.N.", "UN",
    "UNITED", "NATIONS", "SECY", "SEC.", "GEN", "PM", "CEO", "HEAD", "OF", "THE", "AND", "NEW",
    "PRESIDENTIAL", "CANDIDATE", "OPPOSITION", "REBEL", "ARMY", "SENIOR", "ADVISER", "ADVISOR",
}
# Lower-case particles inside a name ("Charles de Gaulle", "Bashar al-Assad").
PARTICLES = {"de", "da", "do", "dos", "das", "di", "del", "della", "la", "le", "van", "von", "der", "den",
             "ter", "du", "des", "y", "e", "bin", "ibn", "bint", "al", "el", "ul", "ud", "ould", "zu"}
ARABIC_ARTICLES = {"AL", "EL", "AS", "AD", "AR", "ASH", "AN", "AZ", "AT"}
# First words of an office held in an organization ("President of the United States").
OFFICE_WORDS = {"PRESIDENT", "VICE", "PRIME", "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "MINISTER", "CHIEF",
                "HEAD", "LEADER", "CHAIRMAN", "DIRECTOR", "SPOKESMAN", "DEPUTY", "FORMER", "COMMANDER", "KING",
                "QUEEN", "US", "U.S.", "MEMBER", "MEMBERS", "OFFICIAL", "OFFICIALS"}
ORG_FUNCTION_WORDS = {"of", "the", "and", "for", "on", "in", "to", "at", "de", "du", "des", "la", "le",
                      "et", "del", "y", "a", "an"}


# --- reading the dictionaries -------------------------------------------------

CODE = re.compile(r"\[([^\]]*)\]")


class Actor:
    def __init__(self, name, source, line, comment):
        self.name = name
        self.source = source
        self.line = line
        self.comment = comment
        self.aliases = []
        self.codes = []  # (code, start, end, open_end)


def parse_date(text):
    text = text.strip()
    if re.fullmatch(r"[0-9]{8}", text):
        return int(text[:4]), int(text[4:6]), int(text[6:])
    if re.fullmatch(r"[0-9]{6}", text):
        year = int(text[:2])
        return (2000 + year if year < 30 else 1900 + year), int(text[2:4]), int(text[4:])
    return None


def parse_code(text):
    parts = text.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code, start, end, open_end = parts[0], None, None, False
    if len(parts) > 1:
        span = "".join(parts[1:])
        if span.startswith(">"):
            start, open_end = parse_date(span[1:]), True
        elif span.startswith("<"):
            end = parse_date(span[1:])
        elif "-" in span:
            first, _, last = span.partition("-")
            start, end = parse_date(first), parse_date(last)
    return code, start, end, open_end


def read_actors(path, source):
    actors = []
    current = None
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n")
            body, _, comment = line.partition("#")
            if not body.strip():
                if not line.strip():
                    continue
                if line.lstrip().startswith("#"):
                    continue
            codes = [parse_code(c) for c in CODE.findall(body)]
            text = CODE.sub(" ", body)
            if line[:1] in ("\t", " ") and not text.strip():
                if current:
                    current.codes.extend(c for c in codes if c)
                continue
            if text.startswith("+"):
                if current:
                    current.aliases.append(text[1:].strip())
                    current.codes.extend(c for c in codes if c)
                continue
            if text.strip():
                current = Actor(text.strip(), source, number, comment.strip())
                current.codes.extend(c for c in codes if c)
                actors.append(current)
    return actors


# --- names ----------------------------------------------------------------------

def words_of(name):
    name = re.sub(r"\([^)]*\)", " ", name)
    return [w for w in re.split(r"[_\s]+", name) if w]


def person_case(word, first, korean):
    if re.fullmatch(r"(?:[A-Z]\.)+", word) or re.fullmatch(r"[IVX]{2,4}", word):
        return word
    if word in ("JR", "JR."):
        return "Jr."
    if "-" in word:
        parts = word.split("-")
        if parts[0] in ARABIC_ARTICLES and len(parts) > 1:
            head = parts[0].lower() if not first else parts[0].capitalize()
            return head + "-" + "-".join(person_case(p, True, False) for p in parts[1:])
        if korean:
            return parts[0].capitalize() + "-" + "-".join(p.lower() for p in parts[1:])
        return "-".join(person_case(p, True, False) for p in parts)
    if not first and word.lower() in PARTICLES:
        return word.lower()
    if word.startswith("MC") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    if word.startswith("O'") and len(word) > 2:
        return "O'" + word[2:].capitalize()
    return word.capitalize()


def person_name(words, korean):
    # The dictionaries write the Arabic article apart ("ABD_AL_MAHDI"); the press joins it ("Abd al-Mahdi").
    out = []
    i = 0
    while i < len(words):
        if 0 < i < len(words) - 1 and words[i] in ("AL", "EL"):
            out.append(words[i].lower() + "-" + person_case(words[i + 1], True, korean))
            i += 2
            continue
        out.append(person_case(words[i], i == 0, korean))
        i += 1
    return " ".join(out)


def org_case(word, first, acronyms):
    if word in acronyms or re.fullmatch(r"(?:[A-Z]\.){2,}", word):
        return word
    if "-" in word:
        return "-".join(org_case(p, first, acronyms) if p else p for p in word.split("-"))
    if not first and word.lower() in ORG_FUNCTION_WORDS:
        return word.lower()
    if len(word) == 2 and word.isalpha():
        return word  # US, UK, EU
    if "'" in word:
        head, _, tail = word.partition("'")
        return head.capitalize() + "'" + tail.lower()
    return word.capitalize()


def latest_country(actor, alpha2):
    """The CAMEO country of the latest dated (else the first) role, as alpha-2."""
    best = None
    for code, start, end, open_end in actor.codes:
        country = alpha2.get(code[:3])
        if not country:
            continue
        key = (1 if open_end else 0, end or start or (0, 0, 0))
        if best is None or key > best[0]:
            best = (key, country)
    return best[1] if best else None


def notable(actor):
    """A role open at the dictionary's date (begun in 2000 or later), ended in 2010 or later, or held 8 years or more."""
    for code, start, end, open_end in actor.codes:
        if code in ("ELI",) or code.endswith("ELI") and not (start or end):
            continue
        if open_end and start and start[0] >= 2000:
            return True
        if end and end[0] >= 2010:
            return True
        if start and end and (end[0] - start[0]) >= 8:
            return True
    return False


def describe_roles(actor):
    out = []
    for code, start, end, open_end in actor.codes:
        fmt = lambda d: f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}" if d else ""
        if open_end:
            out.append(f"{code} from {fmt(start)}")
        elif start or end:
            out.append(f"{code} {fmt(start)}..{fmt(end)}")
        else:
            out.append(code)
    return "; ".join(dict.fromkeys(out))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(SHARED_DATA, "petrarch2"))
    parser.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    parser.add_argument("--out-dir", default=os.path.join(LEXICON, "generated"))
    parser.add_argument("--report", action="store_true", help="list skipped names on stderr")
    args = parser.parse_args()

    with open(args.iso, encoding="utf-8") as handle:
        alpha2 = {c["alpha_3"]: c["alpha_2"] for c in json.load(handle)["3166-1"]}
    alpha2.setdefault("KSV", "XK")
    alpha2.setdefault("KOS", "XK")

    hand = {}
    for name in sorted(os.listdir(LEXICON)):
        if name.endswith(".ttl"):
            hand.update(read_turtle(os.path.join(LEXICON, name)))
    taken = {}  # label -> kind of the hand-written entry that has it
    hand_surnames = set()
    for iri, entry in hand.items():
        kind = iri.split(":")[1].split("-")[0]
        for label in entry.get("skos:prefLabel", []) + entry.get("skos:altLabel", []) + entry.get("nkg:demonym", []) \
                + entry.get("nkg:governmentMetonym", []):
            taken.setdefault(label, kind)
            taken.setdefault(ascii_fold(label), kind)
        if kind == "person":
            for label in entry.get("skos:prefLabel", []):
                hand_surnames.add(label.split()[-1])
    english = english_words()
    given = word_list(os.path.join(WORDS, "given-names.txt"))
    given_upper = {g.upper() for g in given}
    nonnames = {w.lower() for w in word_list(os.path.join(WORDS, "nonname-capitalised.txt"))}
    org_heads = {w.upper() for w in word_list(os.path.join(WORDS, "org-heads.txt"))}
    title_words = set(TITLE_WORDS)
    title_words.update(w.upper() for p in word_list(os.path.join(WORDS, "person-prefixes.txt")) for w in p.split())
    for entry in hand.values():
        if "nkg:Title" in entry.get("a", []):
            for label in entry.get("skos:prefLabel", []) + entry.get("skos:altLabel", []):
                if " " not in label:
                    title_words.add(label.upper())
        for demonym in entry.get("nkg:demonym", []):
            title_words.add(demonym.upper())

    countries = read_actors(os.path.join(args.data, "Phoenix.Countries.actors.txt"), "Countries")
    international = read_actors(os.path.join(args.data, "Phoenix.International.actors.txt"), "International")
    nonstate = read_actors(os.path.join(args.data, "Phoenix.MilNonState.actors.txt"), "MilNonState")
    skipped = []

    def common_word(word):
        return word.lower() in english or word.lower() in nonnames

    # --- people -----------------------------------------------------------------
    def person_candidates(actor):
        names = []
        for raw in [actor.name] + actor.aliases:
            words = words_of(raw)
            if not words or any(w.upper() in title_words for w in words):
                continue
            if any(not re.fullmatch(r"[A-Z][A-Z'.-]*", w) for w in words):
                continue
            names.append(words)
        return names

    people = {}
    surname_count = {}
    person_actors = [a for a in countries if "CountryInfo" in a.comment]
    person_actors += [a for a in international
                      if any(c[1] or c[2] or c[3] for c in a.codes) and a.codes
                      and not any(w.upper() in org_heads for w in words_of(a.name))]
    for actor in person_actors:
        if not notable(actor):
            skipped.append(("person not notable", actor.name))
            continue
        country = latest_country(actor, alpha2)
        korean = country in ("KR", "KP")
        candidates = person_candidates(actor)
        full = [w for w in candidates if len(w) >= 2]
        if not full:
            skipped.append(("person without a usable full name", actor.name))
            continue
        label = person_name(full[0], korean)
        # One of the names known to the hand-written lexicons: the same person (or a clash), left to them.
        if any(taken.get(n) or taken.get(ascii_fold(n)) for n in (person_name(w, korean) for w in full)):
            skipped.append(("person name taken by the hand-written lexicons", label))
            continue
        words = label.split()
        if all(common_word(w) for w in words):
            skipped.append(("person name of English words", label))
            continue
        iri = "lex:person-" + slug(label)
        if iri in hand:
            skipped.append(("person IRI taken", label))
            continue
        alt = []
        for words_ in full[1:]:
            name = person_name(words_, korean)
            if name != label and name not in alt and not taken.get(name):
                alt.append(name)
        # A lone surname, when the dictionary lists it: kept only if it is safe (below).
        singles = [person_name(w, korean) for w in candidates if len(w) == 1]
        surname = words[-1]
        record = people.get(iri)
        if record:
            # The same name twice (two records of one person, or two people): merged once, no surname.
            record["alt"].extend(a for a in alt if a not in record["alt"])
            record["roles"] += "; " + describe_roles(actor)
            record["ambiguous"] = record["ambiguous"] or record["country"] != country
            continue
        people[iri] = {"label": label, "alt": alt, "country": country, "roles": describe_roles(actor),
                       "surname": surname if surname in singles else None, "ambiguous": False,
                       "source": f"{actor.source} line {actor.line}"}
        surname_count[surname] = surname_count.get(surname, 0) + 1
    for record in people.values():
        surname = record["surname"]
        if not surname:
            continue
        if (len(surname) < 5 or surname_count.get(surname, 0) > 1 or surname in hand_surnames
                or taken.get(surname) or common_word(surname) or surname in given or surname.upper() in given_upper):
            skipped.append(("lone surname unsafe", surname))
            continue
        record["alt"].append(surname)

    # --- organizations ----------------------------------------------------------
    orgs = {}

    def add_org(actor, country, origin):
        words = words_of(actor.name)
        acronyms = set()
        for raw in [actor.name] + actor.aliases:
            for inner in re.findall(r"\(([A-Z]{4,8})\)", raw):
                acronyms.add(inner)
        for raw in actor.aliases:
            w = words_of(raw)
            if len(w) == 1 and re.fullmatch(r"[A-Z]{4,8}", w[0]):
                acronyms.add(w[0])
        if len(words) < 2 or not any(w.upper() in org_heads for w in words):
            skipped.append(("organization without a head word", actor.name))
            return
        if words[0] in OFFICE_WORDS or any(w in ("AMBASSADOR", "AMBASSADORS", "ENVOY") for w in words):
            skipped.append(("an office, not an organization", actor.name))
            return
        if words[0] in ("THE",):
            words = words[1:]
        label = " ".join(org_case(w, i == 0, acronyms) for i, w in enumerate(words))
        alias_names = []
        for raw in actor.aliases:
            w = words_of(raw)
            if len(w) >= 2:
                alias_names.append(" ".join(org_case(x, i == 0, acronyms) for i, x in enumerate(w[1:] if w[0] == "THE" else w)))
        if any(taken.get(n) or taken.get(ascii_fold(n)) or taken.get("the " + n) for n in [label] + alias_names) \
                or any(taken.get(a) == "org" for a in acronyms):
            skipped.append(("organization name taken by the hand-written lexicons", label))
            return
        iri = "lex:org-" + slug(label)
        if iri in hand or iri in orgs:
            return
        alt = []
        for raw in actor.aliases:
            w = words_of(raw)
            if len(w) < 2 or not any(x.upper() in org_heads for x in w):
                continue
            if w[0] == "THE":
                w = w[1:]
            name = " ".join(org_case(x, i == 0, acronyms) for i, x in enumerate(w))
            if name != label and name not in alt and not taken.get(name):
                alt.append(name)
        acronym = None
        for candidate in sorted(acronyms):
            if common_word(candidate) or taken.get(candidate) or candidate in given_upper:
                skipped.append(("acronym unsafe", candidate))
                continue
            acronym = candidate
            break
        orgs[iri] = {"label": label, "alt": alt, "acronym": acronym, "country": country,
                     "roles": describe_roles(actor), "source": f"{origin} line {actor.line}"}

    for actor in international:
        if actor in person_actors:
            continue
        kinds = {c[0][:3] for c in actor.codes}
        if kinds & {"IGO", "NGO"}:
            add_org(actor, None, "International")
    for actor in nonstate:
        country = latest_country(actor, alpha2)
        add_org(actor, country, "MilNonState")
    for actor in countries:
        if "CountryInfo" in actor.comment or not actor.codes:
            continue
        if all(len(c[0]) == 3 for c in actor.codes):
            continue  # the country itself
        add_org(actor, latest_country(actor, alpha2), "Countries")
    # Labels shared by two generated entries are dropped from both.
    label_users = {}
    for iri, record in list(people.items()) + list(orgs.items()):
        for label in [record["label"]] + record["alt"] + ([record["acronym"]] if record.get("acronym") else []):
            label_users.setdefault(label, set()).add(iri)
    for iri, record in list(people.items()) + list(orgs.items()):
        record["alt"] = [a for a in record["alt"] if len(label_users[a]) == 1]
        if record.get("acronym") and len(label_users[record["acronym"]]) > 1:
            record["acronym"] = None

    prefixes = (
        "@prefix nkg:    <https://w3id.org/newskg/ns#> .\n"
        "@prefix lex:    <https://w3id.org/newskg/lexicon/> .\n"
        "@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix schema: <http://schema.org/> .\n\n"
    )

    def header(what, count):
        return (
            f"# GENERATED by scripts/make-phoenix-lexicon.py -- do not edit; run the script again.\n"
            f"# {what}: {count} entries.\n"
            "# Source: the PETRARCH2 Phoenix actor dictionaries (openeventdata/petrarch2 at 676801c:\n"
            "# Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt),\n"
            "# Copyright (c) 2014 Open Event Data, under the MIT License (LICENSES/petrarch2-MIT.txt).\n"
            "# The comment above each entry keeps its CAMEO codes and dated roles from the dictionary.\n\n"
        )

    os.makedirs(args.out_dir, exist_ok=True)
    with open(os.path.join(args.out_dir, "phoenix-people.ttl"), "w", encoding="utf-8", newline="\n") as out:
        out.write(header("People", len(people)) + prefixes)
        for iri in sorted(people):
            record = people[iri]
            out.write(f"# {record['source']}: {record['roles']}\n")
            out.write(f"{iri} a schema:Person ;\n    skos:prefLabel {turtle_string(record['label'])}")
            if record["alt"]:
                out.write(" ;\n    skos:altLabel " + ", ".join(turtle_string(a) for a in record["alt"]))
            if record["country"] and not record["ambiguous"]:
                out.write(f" ;\n    nkg:country {turtle_string(record['country'])}")
            out.write(" .\n\n")
    with open(os.path.join(args.out_dir, "phoenix-organizations.ttl"), "w", encoding="utf-8", newline="\n") as out:
        out.write(header("Organizations", len(orgs)) + prefixes)
        for iri in sorted(orgs):
            record = orgs[iri]
            out.write(f"# {record['source']}: {record['roles']}\n")
            out.write(f"{iri} a schema:Organization ;\n    skos:prefLabel {turtle_string(record['label'])}")
            alt = record["alt"] + ([record["acronym"]] if record["acronym"] else [])
            if alt:
                out.write(" ;\n    skos:altLabel " + ", ".join(turtle_string(a) for a in alt))
            if record["acronym"]:
                out.write(f" ;\n    nkg:acronym {turtle_string(record['acronym'])}")
            if record["country"]:
                out.write(f" ;\n    nkg:country {turtle_string(record['country'])}")
            out.write(" .\n\n")
    if args.report:
        for reason, name in sorted(skipped):
            print(f"skipped ({reason}): {name}", file=sys.stderr)
    print(f"phoenix: {len(people)} people, {len(orgs)} organizations, {len(skipped)} skipped", file=sys.stderr)


if __name__ == "__main__":
    main()
