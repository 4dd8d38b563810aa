#!/usr/bin/env bash
# Checks exports with tools that share no code with newskg.
#   check_exports.sh golden NEWSKG        each examples/*/export.* equals a fresh export
#   check_exports.sh parsers DIR...       every export in DIR parses (serdi, rapper, pyld);
#                                         JSON-LD and TriG are the same dataset as N-Quads;
#                                         Turtle and N-Triples are its union graph
#   check_exports.sh shacl DIR...         every N-Quads export conforms to ontology/shapes.ttl
#   check_exports.sh corpus NEWSKG CORPUS exports every article of CORPUS in every format
#                                         into a temporary folder and runs parsers and shacl there
# Ends with the line "N passed, M failed"; exits 1 when anything failed.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=/usr/bin/python3
source "$here/tally.sh"

formats=(turtle:ttl trig:trig ntriples:nt nquads:nq jsonld:jsonld)

golden() {
  local newskg=$1 folder article fresh
  for article in "$root"/examples/*/article.txt; do
    folder=$(dirname "$article")
    for format in "${formats[@]}"; do
      fresh=$(mktemp)
      if "$newskg" extract --quiet --format "${format%%:*}" -o "$fresh" "$article"; then
        check "golden ${folder#$root/}/export.${format##*:} (run scripts/regenerate-examples and review the diff)" \
          cmp "$fresh" "$folder/export.${format##*:}"
      else
        fail "newskg failed on $article"
      fi
      rm -f "$fresh"
    done
  done
}

parsers() {
  local folder stem
  for folder in "$@"; do
    for stem in "$folder"/*.nq; do
      stem=${stem%.nq}
      for format in "${formats[@]}"; do
        check "parse ${stem}.${format##*:}" "$python" "$here/same_dataset.py" --parse-only "$stem.${format##*:}"
      done
      check "JSON-LD = N-Quads ${stem}" "$python" "$here/same_dataset.py" "$stem.jsonld" "$stem.nq"
      check "TriG = N-Quads ${stem}" "$python" "$here/same_dataset.py" "$stem.trig" "$stem.nq"
      check "Turtle = union ${stem}" "$python" "$here/same_dataset.py" --union "$stem.ttl" "$stem.nq"
      check "N-Triples = union ${stem}" "$python" "$here/same_dataset.py" --union "$stem.nt" "$stem.nq"
    done
  done
}

shacl() {
  local folder file
  for folder in "$@"; do
    for file in "$folder"/*.nq; do
      check "SHACL ${file}" node "$here/shacl-validate.mjs" -q "$root/ontology/shapes.ttl" "$file"
    done
  done
}

corpus() {
  local newskg=$1 corpus=$2 out article stem
  out=$(mktemp -d)
  for article in "$corpus"/*.txt; do
    stem=$(basename "$article" .txt)
    for format in "${formats[@]}"; do
      "$newskg" extract --quiet --format "${format%%:*}" -o "$out/$stem.${format##*:}" "$article" ||
        fail "newskg failed on $article as ${format%%:*}"
    done
  done
  parsers "$out"
  shacl "$out"
  together "$newskg" "$out/together" "$corpus"/*.txt "$root"/examples/*/article.txt
  rm -rf "$out"
}

# No statement twice in one export of many articles; one schema:name per IRI
# over the article-by-article exports (the shared entity graph's statements
# are the same in each).
no_repeats() { [ -z "$(sort "$1" | uniq -d | head -3 | tee /dev/stderr)" ]; }
one_name_per_iri() {
  local repeated
  repeated=$(sort -u "$@" | awk '$2 == "<http://schema.org/name>" { print $1 }' | sort | uniq -d | head -3)
  [ -z "$repeated" ] || { echo "several schema:name values: $repeated"; return 1; }
}
together() {
  local newskg=$1 out=$2
  shift 2
  mkdir -p "$out"
  for format in turtle:ttl ntriples:nt nquads:nq trig:trig; do
    "$newskg" extract --quiet --jobs 2 --format "${format%%:*}" -o "$out/all.${format##*:}" "$@" ||
      fail "newskg failed on the articles together as ${format%%:*}"
  done
  check "no duplicate triple in one N-Triples export" no_repeats "$out/all.nt"
  check "no duplicate statement in one N-Quads export" no_repeats "$out/all.nq"
  serdi -i turtle -o ntriples "$out/all.ttl" >"$out/ttl.nt" 2>/dev/null || fail "serdi could not read all.ttl"
  check "no duplicate triple in one Turtle export" no_repeats "$out/ttl.nt"
  serdi -i trig -o nquads "$out/all.trig" >"$out/trig.nq" 2>/dev/null || fail "serdi could not read all.trig"
  check "no duplicate statement in one TriG export" no_repeats "$out/trig.nq"
  check "one schema:name per IRI over one N-Quads export" one_name_per_iri "$out/all.nq"
  local article i=0
  for article in "$@"; do
    i=$((i + 1))
    "$newskg" extract --quiet --format nquads -o "$out/one-$i.nq" "$article" || fail "newskg failed on $article"
  done
  check "one schema:name per IRI over article-by-article exports" one_name_per_iri "$out"/one-*.nq
}

mode=${1:-}
shift || true
case "$mode" in
  golden) golden "$@" ;;
  parsers) parsers "$@" ;;
  shacl) shacl "$@" ;;
  corpus)
    if [ ! -d "${2:-}" ]; then echo "corpus folder ${2:-} is missing"; exit 1; fi
    corpus "$@" ;;
  *) echo "usage: check_exports.sh golden|parsers|shacl|corpus ..."; exit 2 ;;
esac
finish
