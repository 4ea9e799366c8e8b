# Follow-up core: calculations, importers, report, CLI.
enhetspuls_test(tst_calc tst_calc.cpp)
enhetspuls_test(tst_import tst_import.cpp)
enhetspuls_test(tst_report tst_report.cpp importfixture.h reportfixture.h)
enhetspuls_test(tst_report_cli tst_report_cli.cpp importfixture.h reportfixture.h)
target_compile_definitions(tst_report_cli PRIVATE ENHETSPULS_SERVER="$<TARGET_FILE:enhetspuls-server>")
add_dependencies(tst_report_cli enhetspuls-server)
enhetspuls_test(tst_report_budget tst_report_budget.cpp importfixture.h budgetcases.h)
enhetspuls_test(tst_report_aggregation tst_report_aggregation.cpp importfixture.h aggregationcases.h)
# Benchmark program, not a test: run build-core/tests/bench_core
add_executable(bench_core bench_core.cpp)
target_link_libraries(bench_core PRIVATE enhetspuls_backend enhetspuls_export Qt6::Gui)
# The same core on PostgreSQL (a throw-away cluster made with initdb).
enhetspuls_test(tst_postgres_core tst_postgres_core.cpp)
target_link_libraries(tst_postgres_core PRIVATE enhetspuls_sync Qt6::Network)
target_include_directories(tst_postgres_core PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_postgres_core PRIVATE ENHETSPULS_SERVER="$<TARGET_FILE:enhetspuls-server>")
add_dependencies(tst_postgres_core enhetspuls-server)
# The backend's read APIs (catalog, actions, APT meetings) and the shared rules.
enhetspuls_test(tst_catalog tst_catalog.cpp importfixture.h)
# The structured APT meeting: items, decisions to actions, standard agenda, coverage indicator.
enhetspuls_test(tst_apt_core tst_apt_core.cpp importfixture.h)
# Report rounds: status moves and who makes them, late, sections, the snapshot frozen at klar.
enhetspuls_test(tst_rounds tst_rounds.cpp importfixture.h)
