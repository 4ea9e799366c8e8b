#!/usr/bin/env bash
# Installs what is missing, builds Enhetspuls, starts a local enhetspuls-server on an embedded
# SQLite database in ./data with the demo data loaded, and opens the app connected to it.
# Without a display it says so, keeps the server running and writes a screenshot instead.
# Idempotent: a second run reuses ./data and a server that is already running.
# ENHETSPULS_PORT (default 8470) and ENHETSPULS_BUILD_DIR (default build) can be set.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="${ENHETSPULS_BUILD_DIR:-build}"
bash scripts/deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target enhetspuls enhetspuls-server

server="$root/$build/sync/server/enhetspuls-server"
app="$root/$build/app/enhetspuls"
data="$root/data"
db="sqlite:$data/server.sqlite"
port="${ENHETSPULS_PORT:-8470}"
url="http://127.0.0.1:$port"
user=demo
password=demo1234 # the server wants at least 8 characters
mkdir -p "$data"
trap 'echo "run.sh failed; details in $data/setup.log, $data/server.log and $data/app.log" >&2' ERR

if [ ! -f "$data/.demo-imported" ]; then
  echo "Loading the demo data into $data/server.sqlite"
  for kind in units goals indicators targets values sickleave budget actions comments; do
    "$server" import --db "$db" "$kind" "assets/demo/$kind.csv" >>"$data/setup.log" 2>&1
  done
  # One report round (rapporttillfälle), as a controller opens it, so the Rapport page has one.
  "$server" round create --db "$db" --name "Månadsuppföljning oktober" --year 2026 --from 1 --to 10 \
    --deadline 2026-11-20 --by controller >>"$data/setup.log" 2>&1
  touch "$data/.demo-imported"
fi
if ! "$server" user list --db "$db" 2>>"$data/setup.log" | grep -q "^$user[[:space:]]"; then
  printf '%s\n' "$password" | "$server" user add "$user" --role verksamhetschef --db "$db" 2>>"$data/setup.log"
  "$server" user grant "$user" SOC --db "$db" 2>>"$data/setup.log"
  echo "Created the user $user (verksamhetschef, the whole Socialförvaltningen)"
fi

healthy() { curl -fs --max-time 2 "$url/api/v1/health" >/dev/null 2>&1; }
if [ -f "$data/server.pid" ] && kill -0 "$(cat "$data/server.pid")" 2>/dev/null && healthy; then
  echo "enhetspuls-server is already running at $url (pid $(cat "$data/server.pid"))"
elif healthy; then
  echo "A server already answers at $url; using it"
else
  nohup "$server" serve --db "$db" --listen "127.0.0.1:$port" >"$data/server.log" 2>&1 &
  echo $! >"$data/server.pid"
  for _ in $(seq 100); do
    healthy && break
    sleep 0.1
  done
  if ! healthy; then
    echo "enhetspuls-server did not start at $url; the end of $data/server.log:" >&2
    tail -5 "$data/server.log" >&2
    exit 1
  fi
  echo "enhetspuls-server runs at $url (log: $data/server.log, stop: kill \$(cat $data/server.pid))"
fi
echo "Login: server $url, user $user, password $password (the app signs in by itself)"

# The app signs in with the password on stdin (never on the command line) and syncs at once,
# so it opens on the synced overview instead of an empty app and a login form.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found, so the app cannot open a window: the server keeps running at $url," \
       "and the app's overview is rendered offscreen to $data/overview.png."
  printf '%s\n' "$password" | QT_QPA_PLATFORM=offscreen "$app" --db "$data/app.sqlite" --server "$url" \
    --user "$user" --password-stdin --screenshot "$data/overview.png" --size 1280x800 >"$data/app.log" 2>&1
  grep -E '^(enhetspuls|screenshot):' "$data/app.log"
  exit 0
fi
exec "$app" --db "$data/app.sqlite" --server "$url" --user "$user" --password-stdin <<<"$password"
