# Follow-up core: calculations, importers, report, CLI (issue 3).
enhetspuls_test(tst_calc tst_calc.cpp)
enhetspuls_test(tst_import tst_import.cpp)
enhetspuls_test(tst_report tst_report.cpp)
target_compile_definitions(tst_report PRIVATE ENHETSPULS_SERVER="$<TARGET_FILE:enhetspuls-server>")
add_dependencies(tst_report enhetspuls-server)
# Benchmark program, not a test: run build-core/tests/bench_core
add_executable(bench_core bench_core.cpp)
target_link_libraries(bench_core PRIVATE enhetspuls_backend)
