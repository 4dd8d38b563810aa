#!/usr/bin/env python3
"""Runs a SPARQL SELECT query and prints its rows, normalised for comparing
stores: one line per row, variables in the query's order, tab-separated bare
values (IRI, literal lexical form; empty when unbound); the parts of a
GROUP_CONCAT value ("; " or " | " separated) sorted; the lines sorted.

  query_rows.py rdflib QUERY DATA...       Debian's python3-rdflib, default graph = union
  query_rows.py virtuoso QUERY ENDPOINT    SPARQL protocol, JSON results
  query_rows.py oxigraph QUERY DATA...     ../shared/eval/sparql --plain
  query_rows.py tsv QUERY FILE             normalise a --plain TSV answer
"""
import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request


def normalise(value):
    value = value.replace("\t", " ").replace("\n", " ")
    for separator in ("; ", " | "):
        if separator in value:
            return separator.join(sorted(value.split(separator)))
    return value


def emit(rows, seconds):
    lines = sorted("\t".join(normalise(v) for v in row) for row in rows)
    for line in lines:
        print(line)
    print(f"{len(lines)} rows in {seconds:.3f} s", file=sys.stderr)


def run_rdflib(query, files):
    import rdflib
    dataset = rdflib.ConjunctiveGraph()
    dataset.default_union = True
    for path in files:
        fmt = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt"}[os.path.splitext(path)[1]]
        dataset.parse(path, format=fmt)
    start = time.time()
    result = dataset.query(open(query).read())
    rows = [["" if v is None else str(v) for v in row] for row in result]
    emit(rows, time.time() - start)


def run_virtuoso(query, endpoint):
    data = urllib.parse.urlencode({"query": open(query).read()}).encode()
    request = urllib.request.Request(endpoint, data=data,
                                     headers={"Accept": "application/sparql-results+json"})
    start = time.time()
    with urllib.request.urlopen(request, timeout=600) as response:
        answer = json.load(response)
    seconds = time.time() - start
    names = answer["head"]["vars"]
    rows = [[b.get(n, {}).get("value", "") for n in names] for b in answer["results"]["bindings"]]
    emit(rows, seconds)


def unescape(value):
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append({"n": "\n", "t": "\t", "r": "\r"}.get(value[i + 1], value[i + 1]))
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def read_tsv(text):
    lines = text.split("\n")
    return [[unescape(v) for v in line.split("\t")] for line in lines[1:] if line != ""]


def run_oxigraph(query, files):
    here = os.path.dirname(os.path.abspath(__file__))
    sparql = os.environ.get("NEWSKG_SPARQL", os.path.join(here, "../../../shared/eval/sparql"))
    start = time.time()
    out = subprocess.run([sparql, *files, "--plain", "--query", query], check=True,
                         capture_output=True, text=True).stdout
    emit(read_tsv(out), time.time() - start)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    store, query, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    if store == "rdflib":
        run_rdflib(query, rest)
    elif store == "virtuoso":
        run_virtuoso(query, rest[0])
    elif store == "oxigraph":
        run_oxigraph(query, rest)
    elif store == "tsv":
        emit(read_tsv(open(rest[0]).read()), 0)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
