#!/usr/bin/env bash
# Load program: CLIENTS clients (100) hold enhetspuls-server busy on loopback for SECONDS (60);
# prints throughput, p50/p99 latency, errors and the server's memory at start, halfway and end.
# Usage: bash scripts/load.sh [CLIENTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)" --target load_sync
build/tests/load_sync "${1:-100}" "${2:-60}"
