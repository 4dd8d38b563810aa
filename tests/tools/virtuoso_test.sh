#!/usr/bin/env bash
# Integration test of `newskg load` against a real store: a throwaway Virtuoso
# (fresh database and configuration in a temporary folder, listening on random
# free ports of 127.0.0.1 only), loaded over the Graph Store Protocol with
# digest authentication and over SPARQL Update, then queried over HTTP with
# every queries/*.rq.
#   virtuoso_test.sh NEWSKG
# Needs virtuoso-t (Debian package virtuoso-opensource: run scripts/setup),
# curl and python3. Ends with the line "N passed, M failed"; exits 1 when
# anything failed.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=/usr/bin/python3
newskg=${1:?usage: virtuoso_test.sh NEWSKG}
newskg=$(realpath "$newskg")
source "$here/tally.sh"
# expect DESCRIPTION ACTUAL WANTED
expect() {
  if [ "$2" = "$3" ]; then pass; else fail "$1: got '$2', wanted '$3'"; fi
}

for tool in virtuoso-t curl "$python"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    fail "$tool is not installed: run scripts/setup (as root) to install virtuoso-opensource, curl and python3"
    finish
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/newskg-virtuoso.XXXXXX")
source "$here/virtuoso_lib.sh"
trap 'virtuoso_stop; rm -rf "$work"' EXIT

# ---- A fresh Virtuoso -------------------------------------------------------

if ! virtuoso_start "$work"; then
  fail "Virtuoso did not come online within 60 s"
  finish
fi
pass
base=$virtuoso_base
graph_store="$base/sparql-graph-crud-auth"
update="$base/sparql-auth"
sparql="$base/sparql"

# query FILE_OR_TEXT OUT: runs a SPARQL query, JSON results into OUT; fails on a non-200.
query() {
  local source=$1 out=$2 status
  if [ -f "$source" ]; then
    status=$(curl -sS -o "$out" -w '%{http_code}' -G "$sparql" --data-urlencode "query@$source" \
      -H 'Accept: application/sparql-results+json')
  else
    status=$(curl -sS -o "$out" -w '%{http_code}' -G "$sparql" --data-urlencode "query=$source" \
      -H 'Accept: application/sparql-results+json')
  fi
  [ "$status" = 200 ] || { echo "HTTP $status from the query:"; head -5 "$out"; return 1; }
}

# results FILE [VAR=VALUE...]: how many rows, or how many rows with all these values.
results() {
  "$python" - "$@" <<'EOF'
import json, sys
rows = json.load(open(sys.argv[1]))["results"]["bindings"]
wanted = [arg.split("=", 1) for arg in sys.argv[2:]]
print(sum(all(row.get(var, {}).get("value") == value for var, value in wanted) for row in rows))
EOF
}

# ---- Exports ----------------------------------------------------------------

news="$work/data/news.nq"
if ! "$newskg" extract --quiet --format nquads -o "$news" "$root"/examples/*/article.txt; then
  fail "newskg extract failed"
  finish
fi
statements=$(sort -u "$news" | grep -c .)
mapfile -t articles < <(awk '{ print $NF == "." ? $(NF - 1) : $NF }' "$news" | sort -u)
article_count=$(ls "$root"/examples/*/article.txt | wc -l)
# one graph per article, and the shared graph of entity descriptions
expect "one graph per article and the entity graph in the export" "${#articles[@]}" "$((article_count + 1))"

# The same export with one more statement in the first article's graph: a
# later load must replace it, leaving the marker nowhere.
stale="$work/data/stale.nq"
cp "$news" "$stale"
echo "<urn:newskg-test:marker> <urn:newskg-test:says> \"stale\" ${articles[0]} ." >>"$stale"

count_query="SELECT (COUNT(*) AS ?n) WHERE { VALUES ?g { ${articles[*]} } GRAPH ?g { ?s ?p ?o } }"
marker_query="SELECT ?g WHERE { GRAPH ?g { <urn:newskg-test:marker> ?p ?o } }"
count() {
  query "$count_query" "$work/count.json" && "$python" -c \
    'import json,sys; print(json.load(open(sys.argv[1]))["results"]["bindings"][0]["n"]["value"])' "$work/count.json"
}
markers() { query "$marker_query" "$work/marker.json" && results "$work/marker.json"; }

# load DESCRIPTION WANTED_STATUS WANTED_SUMMARY ARGS...: runs newskg load, checks its status and summary line.
load() {
  local what=$1 wanted_status=$2 wanted_summary=$3 status
  shift 3
  "$newskg" load "$@" >"$work/load.out" 2>"$work/load.err"
  status=$?
  if [ "$status" -ne "$wanted_status" ]; then
    fail "$what: exit status $status, wanted $wanted_status"
    cat "$work/load.err"
    return
  fi
  if [ "$(tail -1 "$work/load.err")" != "newskg: $wanted_summary" ]; then
    fail "$what: last line '$(tail -1 "$work/load.err")', wanted 'newskg: $wanted_summary'"
    cat "$work/load.err"
    return
  fi
  pass
}

gsp=(--endpoint "$graph_store" --graph-param graph-uri --auth digest --user dba:dba)
n=${#articles[@]}

# ---- Graph Store Protocol ---------------------------------------------------

load "graph store: first load" 0 "loaded $n graphs ($((statements + 1)) statements), 0 failed" "${gsp[@]}" "$stale"
expect "statements after the first load" "$(count)" "$((statements + 1))"
expect "the marker is there after the first load" "$(markers)" 1

load "graph store: second load" 0 "loaded $n graphs ($statements statements), 0 failed" "${gsp[@]}" "$news"
expect "statements after loading again (replaced, not added to)" "$(count)" "$statements"
expect "the marker is gone after loading again" "$(markers)" 0

load "graph store: third load" 0 "loaded $n graphs ($statements statements), 0 failed" "${gsp[@]}" "$news"
expect "statements after a third load" "$(count)" "$statements"

# One export per article, loaded in one run: the same graphs.
per_article=()
for article in "$root"/examples/*/article.txt; do
  out="$work/data/$(basename "$(dirname "$article")").nq"
  "$newskg" extract --quiet --format nquads -o "$out" "$article" || fail "newskg extract $article failed"
  per_article+=("$out")
done
# Each of them holds the part of the shared entity graph it needs: the
# statements they repeat are sent again and kept once.
sent=$(cat "${per_article[@]}" | grep -c .)
load "graph store: one export per article" 0 "loaded $n graphs ($sent statements), 0 failed" \
  "${gsp[@]}" --verbose "${per_article[@]}"
expect "one line per graph of each file with --verbose" "$(grep -c ': loaded <' "$work/load.err")" "$((2 * article_count))"
expect "statements after loading one export per article" "$(count)" "$statements"

# A graph met again in a later file of the same run is added to, not replaced.
marker="$work/data/marker.nq"
tail -1 "$stale" >"$marker"
load "graph store: a graph in two files" 0 "loaded $n graphs ($((statements + 1)) statements), 0 failed" \
  "${gsp[@]}" "$news" "$marker"
expect "statements after a graph in two files" "$(count)" "$((statements + 1))"
expect "the marker is there after a graph in two files" "$(markers)" 1
load "graph store: back to the export" 0 "loaded $n graphs ($statements statements), 0 failed" "${gsp[@]}" "$news"
expect "statements after loading the export again" "$(count)" "$statements"

# ---- Failures are failures --------------------------------------------------

load "wrong password" 1 "loaded 0 graphs (0 statements), $n failed" \
  --endpoint "$graph_store" --graph-param graph-uri --auth digest --user dba:wrong "$news"
if grep -q "error: graph <${articles[0]:1:-1}> not loaded: HTTP 401" "$work/load.err"; then pass; else
  fail "wrong password: no error naming the graph and HTTP 401"; cat "$work/load.err"; fi
expect "statements after a refused load" "$(count)" "$statements"

closed=$(virtuoso_free_port "${base##*:}")
load "no store listening" 1 "loaded 0 graphs (0 statements), $n failed" \
  --endpoint "http://127.0.0.1:$closed/store" --retries 1 "$news"
if grep -q "trying again in 0.5 s" "$work/load.err" && grep -q "no response: " "$work/load.err"; then pass; else
  fail "no store listening: no retry and no 'no response' error"; cat "$work/load.err"; fi

load "JSON-LD is refused before anything is sent" 2 \
  "$root/examples/tass-ryabkov-nato/export.jsonld: cannot load JSON-LD: load the N-Quads export instead (newskg extract --format nquads)" \
  "${gsp[@]}" "$news" "$root"/examples/tass-ryabkov-nato/export.jsonld

# ---- SPARQL Update ----------------------------------------------------------

upd=(--update "$update" --auth digest --user dba:dba --chunk 100)
load "update: stale load" 0 "loaded $n graphs ($((statements + 1)) statements), 0 failed" "${upd[@]}" "$stale"
expect "statements after an update load" "$(count)" "$((statements + 1))"
load "update: load again" 0 "loaded $n graphs ($statements statements), 0 failed" "${upd[@]}" "$news"
expect "statements after an update load again (dropped, not added to)" "$(count)" "$statements"
expect "the marker is gone after an update load again" "$(markers)" 0

# ---- The queries ------------------------------------------------------------

# query file: the rows that must come back (VAR=VALUE... each; "" for any row).
declare -A facts=(
  [people]='name=Vladimir Putin'
  [organizations]='name=TASS'
  [places]='name=Moscow'
  [meetings]='kind=phone call|participant=Vladimir Putin'
  [proposals]=''
  [statements]='speaker=Sergey Ryabkov'
  [mentions]='name=Vladimir Putin|type=http://schema.org/Person|anchor=Putin'
)
for file in "$root"/queries/*.rq; do
  name=$(basename "$file" .rq)
  if ! query "$file" "$work/$name.json"; then
    fail "queries/$name.rq did not run"
    continue
  fi
  rows=$(results "$work/$name.json") || { fail "queries/$name.rq: results are not JSON"; continue; }
  if [ -z "${facts[$name]+set}" ]; then
    pass  # a sample query: it runs and answers
    continue
  fi
  if [ "$rows" -gt 0 ]; then pass; else fail "queries/$name.rq returned no rows"; continue; fi
  if [ -n "${facts[$name]}" ]; then
    IFS='|' read -r -a wanted <<<"${facts[$name]}"
    if [ "$(results "$work/$name.json" "${wanted[@]}")" -gt 0 ]; then pass; else
      fail "queries/$name.rq: no row with ${wanted[*]}"
    fi
  fi
done
for name in "${!facts[@]}"; do
  [ -f "$root/queries/$name.rq" ] || fail "queries/$name.rq is missing"
done

finish
