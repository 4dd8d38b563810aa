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
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  local output
  if output=$("$@" 2>&1); then pass; else fail "$what"; echo "$output" | head -20; fi
}

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
  rm -rf "$out"
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
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
