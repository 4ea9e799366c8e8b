#!/usr/bin/env bash
# Peer benchmark: the same 100 000 follow-up records synced from cold, and one change synced
# incrementally, with Enhetspuls and with PouchDB (pouchdb-node replicating from pouchdb-server
# in memory), alternating, on loopback; prints both times, the bytes on the wire and the ratio.
# PouchDB comes from npm into a temporary folder (PEER_BENCH_NPM_DIR=<folder> keeps and reuses
# an install there instead).
# Usage: bash scripts/peer_bench.sh [RECORDS=100000] [ROUNDS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
if ! command -v npm >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
npm_dir=${PEER_BENCH_NPM_DIR:-}
if [ -z "$npm_dir" ]; then
  npm_dir=$(mktemp -d)
  trap 'rm -rf "$npm_dir"' EXIT
fi
if [ ! -d "$npm_dir/node_modules/pouchdb-server" ] || [ ! -d "$npm_dir/node_modules/pouchdb-node" ]; then
  echo "== installing pouchdb-server 4.2.0 and pouchdb-node 9.0.0 into $npm_dir (npm, a few minutes)"
  (cd "$npm_dir" && [ -f package.json ] || echo '{"name":"peer-bench","private":true}' > "$npm_dir/package.json"
   cd "$npm_dir" && npm install --no-audit --no-fund --loglevel=error pouchdb-server@4.2.0 pouchdb-node@9.0.0 >/dev/null)
fi
launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)" --target bench_peer
build/tests/bench_peer "$npm_dir/node_modules" "${1:-100000}" "${2:-5}"
