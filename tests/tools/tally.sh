# Counting checks for the shell tests (source this file): pass, fail MESSAGE,
# check DESCRIPTION COMMAND... (passes when COMMAND succeeds, else shows the
# first lines of its output), and finish, which prints "N passed, M failed"
# and exits 1 when anything failed.
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() {
  local what=$1
  shift
  local output
  if output=$("$@" 2>&1); then pass; else fail "$what"; echo "$output" | head -20; fi
}
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}
