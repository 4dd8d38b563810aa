# A throwaway Virtuoso for tests (source this file): a fresh database and
# configuration under a folder, on random free ports of 127.0.0.1 only, the
# Debian package's settings otherwise (../shared/notes/virtuoso.md).
#   virtuoso_start FOLDER   sets virtuoso_base (http://127.0.0.1:PORT) and virtuoso_pid
#   virtuoso_stop
virtuoso_pid=
virtuoso_base=

virtuoso_free_port() {
  /usr/bin/python3 - "$@" <<'PYEOF'
import random, socket, sys
taken = {int(p) for p in sys.argv[1:]}
for _ in range(200):
    port = random.randint(20000, 60999)
    if port in taken:
        continue
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    sys.exit(0)
sys.exit("no free port found")
PYEOF
}

virtuoso_start() {
  local work=$1 sql_port http_port
  sql_port=$(virtuoso_free_port) || return 1
  http_port=$(virtuoso_free_port "$sql_port") || return 1
  mkdir -p "$work/db" "$work/data"
  awk -v db="$work/db" -v sql="$sql_port" -v http="$http_port" -v dirs="., $work/data, /usr/share/virtuoso-opensource-7/vad" '
    /^[ \t]*\[/ { section = $0; sub(/^[ \t]*/, "", section); sub(/[ \t]*$/, "", section) }
    section == "[Parameters]" && /^[ \t]*ServerPort[ \t]*=/ { print "ServerPort = 127.0.0.1:" sql; next }
    section == "[HTTPServer]" && /^[ \t]*ServerPort[ \t]*=/ { print "ServerPort = 127.0.0.1:" http; next }
    section == "[Parameters]" && /^[ \t]*DirsAllowed[ \t]*=/ { print "DirsAllowed = " dirs; next }
    section == "[Zero Config]" && /^[ \t]*ServerName[ \t]*=/ { next }
    { gsub("/var/lib/virtuoso-opensource-7/db", db); print }
  ' /etc/virtuoso-opensource-7/virtuoso.ini >"$work/virtuoso.ini"
  (cd "$work/db" && exec virtuoso-t +foreground +configfile "$work/virtuoso.ini") >"$work/virtuoso.out" 2>&1 &
  virtuoso_pid=$!
  for _ in $(seq 1 600); do
    if grep -q "Server online at" "$work/db/virtuoso.log" 2>/dev/null; then
      virtuoso_base="http://127.0.0.1:$http_port"
      return 0
    fi
    kill -0 "$virtuoso_pid" 2>/dev/null || break
    sleep 0.1
  done
  tail -20 "$work/db/virtuoso.log" "$work/virtuoso.out" 2>/dev/null
  return 1
}

virtuoso_stop() {
  if [ -n "$virtuoso_pid" ] && kill -0 "$virtuoso_pid" 2>/dev/null; then
    kill "$virtuoso_pid"
    for _ in $(seq 1 100); do kill -0 "$virtuoso_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$virtuoso_pid" 2>/dev/null && kill -9 "$virtuoso_pid"
    wait "$virtuoso_pid" 2>/dev/null
  fi
  virtuoso_pid=
}
