#!/usr/bin/env bash
# Checks that parallel extraction changes nothing: `extract --jobs 2` over the
# example articles writes the same bytes as `--jobs 1`, in every format.
#   jobs_test.sh NEWSKG
# Exits 1 when any format differs.
set -uo pipefail
newskg=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
articles=("$root"/examples/*/article.txt)
failed=0
for format in nquads turtle jsonld; do
  for jobs in 1 2; do
    if ! "$newskg" extract --jobs "$jobs" --format "$format" "${articles[@]}" > "$work/$format.$jobs"; then
      echo "FAIL $format: extract --jobs $jobs exited with an error"; failed=1; continue 2
    fi
  done
  if [[ ! -s $work/$format.1 ]]; then
    echo "FAIL $format: --jobs 1 wrote nothing"; failed=1
  elif cmp -s "$work/$format.1" "$work/$format.2"; then
    echo "ok   $format: --jobs 2 equals --jobs 1 (${#articles[@]} articles)"
  else
    echo "FAIL $format: --jobs 2 differs from --jobs 1"; diff "$work/$format.1" "$work/$format.2" | head -20; failed=1
  fi
done
exit $failed
