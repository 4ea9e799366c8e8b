#!/usr/bin/env bash
# Installs what is missing, builds Enhetspuls and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 900 "$@"
cd ..
# The short form of the sanitizer run (the long form: scripts/sanitize.sh --all).
if [ "${ENHETSPULS_SKIP_SANITIZE:-0}" != 1 ]; then
  bash scripts/sanitize.sh
fi
