#!/usr/bin/env bash
# Runs every fuzz target of tests/fuzz with libFuzzer (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer) for FUZZ_SECONDS each (default 60), starting from the checked-in
# corpus. New inputs go to build-fuzz/corpus/<target>/, crashes to build-fuzz/crashes/<target>/;
# copy a crash into tests/fuzz/corpus/<target>/ once it is fixed, so that ctest replays it.
# Usage: bash scripts/fuzz.sh [target ...]   (targets: csv parsers http)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
if ! command -v clang++ >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq --no-install-recommends clang >/dev/null
fi
seconds=${FUZZ_SECONDS:-60}
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(csv parsers http)
launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENHETSPULS_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
failed=0
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" "build-fuzz/crashes/$t"
  echo "== fuzz_$t for ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 QT_QPA_PLATFORM=offscreen \
      "build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$t/" \
      "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" 2> "build-fuzz/fuzz_$t.log"; then
    echo "fuzz_$t FOUND A PROBLEM: see build-fuzz/fuzz_$t.log and build-fuzz/crashes/$t/"
    grep -m3 -E "ERROR|SUMMARY|runtime error" "build-fuzz/fuzz_$t.log" || true
    failed=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/fuzz_$t.log" | tr '\n' ' '; echo
  fi
done
exit $failed
