#!/usr/bin/env bash
# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/).
#   bash scripts/sanitize.sh          short form (CI): the core, importer, report, schema, HTTP
#                                     handler, sync API and fuzz-corpus tests
#   bash scripts/sanitize.sh --all    long form: every test (about 4× the normal suite's time)
# Leak checking is off: Qt keeps some process-wide allocations to exit, which LeakSanitizer
# reports as leaks; any other ASan or UBSan report fails the test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
short=(tst_database tst_calc tst_import tst_report tst_report_budget tst_catalog tst_schema tst_http_handlers
       tst_sync_api tst_conflictlog fuzz_csv fuzz_parsers fuzz_http)
launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DENHETSPULS_SANITIZE=ON "${launcher[@]}" >/dev/null
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd build-asan
if [ "${1:-}" = "--all" ]; then
  cmake --build . -j"$(nproc)"
  QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 1800
else
  cmake --build . -j"$(nproc)" --target "${short[@]}" enhetspuls-server
  regex=$(IFS='|'; echo "^(${short[*]})(_corpus)?\$")
  QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 1800 -R "$regex"
fi
