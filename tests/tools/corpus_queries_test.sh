#!/usr/bin/env bash
# Every queries/*.rq on a corpus in a real store: articles of CORPUS copied
# under other ids and URLs (distinct articles that name the same people and
# places), exported with newskg, loaded into a throwaway Virtuoso with
# `newskg load`, queried; then the second copy is loaded and every query run
# again. Checked:
#   - what must not grow with copies does not: entity, meeting, proposal,
#     statement and mention rows are the same with one copy and with two;
#   - what must grow does: rows per (fact, article) double, and every
#     ?articles count doubles while the rows stay the same;
#   - Virtuoso's rows equal Oxigraph's (../shared/eval/sparql) and, for the
#     contract queries, Debian's python3-rdflib's.
#   corpus_queries_test.sh NEWSKG CORPUS [ARTICLES]   (default 20 articles)
# Ends with the line "N passed, M failed"; exits 1 when anything failed.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=/usr/bin/python3
newskg=$(realpath "${1:?usage: corpus_queries_test.sh NEWSKG CORPUS [ARTICLES]}")
corpus=${2:?usage: corpus_queries_test.sh NEWSKG CORPUS [ARTICLES]}
articles=${3:-20}
rows="$python $here/query_rows.py"
source "$here/tally.sh"

for tool in virtuoso-t curl "$python"; do
  command -v "$tool" >/dev/null 2>&1 || { fail "$tool is not installed: run scripts/setup"; finish; }
done
"$python" -c 'import rdflib' 2>/dev/null || { fail "python3-rdflib is not installed: run scripts/setup"; finish; }
[ -d "$corpus" ] || { fail "corpus folder $corpus is missing"; finish; }

work=$(mktemp -d "${TMPDIR:-/tmp}/newskg-corpus.XXXXXX")
source "$here/virtuoso_lib.sh"
trap 'virtuoso_stop; rm -rf "$work"' EXIT
virtuoso_start "$work" || { fail "Virtuoso did not start"; finish; }
pass
sparql="$virtuoso_base/sparql"
gsp=(--endpoint "$virtuoso_base/sparql-graph-crud-auth" --graph-param graph-uri --auth digest --user dba:dba)

# ---- Two copies of the corpus, each one run of newskg ---------------------
for copy in 1 2; do
  mkdir -p "$work/copy$copy"
  for txt in $(ls "$corpus"/*.txt | head -n "$articles"); do
    stem=$(basename "$txt" .txt)
    cp "$txt" "$work/copy$copy/$stem.txt"
    "$python" - "${txt%.txt}.json" "$work/copy$copy/$stem.json" "$copy" "$stem" <<'EOF'
import json, sys
source, target, copy, stem = sys.argv[1:]
meta = json.load(open(source)) if __import__("os").path.exists(source) else {}
meta.pop("gold", None)
meta["id"] = f"{stem}-copy{copy}"
meta["url"] = f"https://example.org/copy{copy}/{stem}"
json.dump(meta, open(target, "w"))
EOF
  done
  "$newskg" extract --quiet --jobs 2 -o "$work/copy$copy.nq" "$work/copy$copy" ||
    { fail "newskg extract of copy $copy failed"; finish; }
done

declare -A counted=([sample-person-meetings]=1 [sample-proposals-by-proposer]=1 [sample-who-holds-which-post]=1)
declare -A per_article=([sample-fact-sources]=1 [sample-person-statements]=1)
contract=" people organizations places meetings proposals statements mentions "

# answers STEP: every query on Virtuoso, Oxigraph (and rdflib) with what is loaded at STEP.
answers() {
  local step=$1 files=("${@:2}") query name
  for query in "$root"/queries/*.rq; do
    name=$(basename "$query" .rq)
    $rows virtuoso "$query" "$sparql" >"$work/$name.$step.virtuoso" 2>"$work/$name.$step.vtime" ||
      { fail "queries/$name.rq did not run on Virtuoso ($step)"; tail -3 "$work/$name.$step.vtime"; continue; }
    $rows oxigraph "$query" "${files[@]}" >"$work/$name.$step.oxigraph" 2>"$work/$name.$step.otime" ||
      { fail "queries/$name.rq did not run on Oxigraph ($step)"; tail -3 "$work/$name.$step.otime"; continue; }
    if cmp -s "$work/$name.$step.virtuoso" "$work/$name.$step.oxigraph"; then pass; else
      fail "queries/$name.rq: Virtuoso and Oxigraph differ ($step)"
      diff "$work/$name.$step.virtuoso" "$work/$name.$step.oxigraph" | head -6
    fi
    if [[ "$contract" == *" $name "* ]]; then
      $rows rdflib "$query" "${files[@]}" >"$work/$name.$step.rdflib" 2>"$work/$name.$step.rtime" ||
        { fail "queries/$name.rq did not run in rdflib ($step)"; tail -3 "$work/$name.$step.rtime"; continue; }
      if cmp -s "$work/$name.$step.virtuoso" "$work/$name.$step.rdflib"; then pass; else
        fail "queries/$name.rq: Virtuoso and rdflib differ ($step)"
        diff "$work/$name.$step.virtuoso" "$work/$name.$step.rdflib" | head -6
      fi
    fi
    [ -s "$work/$name.$step.virtuoso" ] && pass || fail "queries/$name.rq returned no rows ($step)"
  done
}

"$newskg" load --quiet "${gsp[@]}" "$work/copy1.nq" || fail "newskg load of copy 1 failed"
answers one "$work/copy1.nq"
"$newskg" load --quiet "${gsp[@]}" "$work/copy2.nq" || fail "newskg load of copy 2 failed"
answers two "$work/copy1.nq" "$work/copy2.nq"

# ---- What grows with copies, and what does not -----------------------------
lines() { grep -c . "$1"; }
for query in "$root"/queries/*.rq; do
  name=$(basename "$query" .rq)
  one="$work/$name.one.virtuoso" two="$work/$name.two.virtuoso"
  [ -f "$one" ] && [ -f "$two" ] || continue
  if [ -n "${per_article[$name]+set}" ]; then
    if [ "$(lines "$two")" -eq $((2 * $(lines "$one"))) ]; then pass; else
      fail "queries/$name.rq: $(lines "$one") rows with one copy, $(lines "$two") with two (wanted twice as many)"
    fi
  elif [ -n "${counted[$name]+set}" ]; then
    # the same rows, the last column (?articles) doubled
    if awk -F'\t' -v OFS='\t' '{ $NF = 2 * $NF; print }' "$one" | sort | cmp -s - "$two"; then pass; else
      fail "queries/$name.rq: with two copies the rows should be those of one copy with ?articles doubled"
      awk -F'\t' -v OFS='\t' '{ $NF = 2 * $NF; print }' "$one" | sort | diff - "$two" | head -6
    fi
  else
    if cmp -s "$one" "$two"; then pass; else
      fail "queries/$name.rq: rows changed when the same facts were loaded again from other articles"
      diff "$one" "$two" | head -6
    fi
  fi
done

# One name per IRI and one copy of each entity statement in the store.
names_query='SELECT ?e (COUNT(?n) AS ?names) WHERE { ?e <http://schema.org/name> ?n } GROUP BY ?e HAVING (COUNT(?n) > 1)'
printf '%s\n' "$names_query" >"$work/names.rq"
$rows virtuoso "$work/names.rq" "$sparql" >"$work/names.out" 2>/dev/null || fail "the names query did not run"
if [ ! -s "$work/names.out" ]; then pass; else fail "IRIs with several schema:name: $(head -3 "$work/names.out")"; fi

for name in people meetings proposals statements sample-person-meetings; do
  echo "queries/$name.rq: Virtuoso $(tail -1 "$work/$name.two.vtime" 2>/dev/null), Oxigraph $(tail -1 "$work/$name.two.otime" 2>/dev/null)"
done
finish
