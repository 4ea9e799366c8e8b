#!/usr/bin/env bash
# Installs what is missing, builds Enhetspuls, starts a local enhetspuls-server on an embedded
# SQLite database in ./data with the demo data loaded, and opens the app connected to it.
# Without a display it says so, keeps the server running and writes a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target enhetspuls enhetspuls-server

server="$root/build/sync/server/enhetspuls-server"
app="$root/build/app/enhetspuls"
data="$root/data"
db="sqlite:$data/server.sqlite"
port="${ENHETSPULS_PORT:-8470}"
url="http://127.0.0.1:$port"
mkdir -p "$data"

if [ ! -f "$data/server.sqlite" ]; then
  echo "Loading the demo data into $data/server.sqlite"
  for kind in units goals indicators targets values sickleave budget actions comments; do
    "$server" import --db "$db" "$kind" "assets/demo/$kind.csv"
  done
  printf 'demo\n' | "$server" user add demo --role enhetschef --db "$db"
  "$server" user grant demo SOC --db "$db"
fi

if [ -f "$data/server.pid" ] && kill -0 "$(cat "$data/server.pid")" 2>/dev/null; then
  echo "enhetspuls-server is already running at $url (pid $(cat "$data/server.pid"))"
else
  nohup "$server" serve --db "$db" --listen "127.0.0.1:$port" >"$data/server.log" 2>&1 &
  echo $! >"$data/server.pid"
  for _ in $(seq 50); do
    curl -fs "$url/api/v1/health" >/dev/null 2>&1 && break
    sleep 0.1
  done
  echo "enhetspuls-server runs at $url (log: $data/server.log, stop: kill \$(cat $data/server.pid))"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found, so the app cannot open a window: the server keeps running at $url," \
       "and the app's overview is rendered offscreen to $data/overview.png."
  QT_QPA_PLATFORM=offscreen "$app" --db "$data/app.sqlite" --server "$url" --user demo \
    --screenshot "$data/overview.png" --size 1280x800
  exit 0
fi
exec "$app" --db "$data/app.sqlite" --server "$url" --user demo
