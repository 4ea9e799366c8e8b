# Sync tests: real enhetspuls-server processes on loopback, real SyncEngine clients, SQLite and
# (when installed) a throw-away PostgreSQL cluster.
enhetspuls_test(tst_sync_server tst_sync_server.cpp sync/testserver.h)
target_link_libraries(tst_sync_server PRIVATE enhetspuls_sync Qt6::Network)
target_include_directories(tst_sync_server PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_sync_server PRIVATE ENHETSPULS_SERVER="$<TARGET_FILE:enhetspuls-server>")
add_dependencies(tst_sync_server enhetspuls-server)
set_tests_properties(tst_sync_server PROPERTIES TIMEOUT 600)

enhetspuls_test(tst_sync_sim tst_sync_sim.cpp sync/testserver.h)
target_link_libraries(tst_sync_sim PRIVATE enhetspuls_sync Qt6::Network)
target_include_directories(tst_sync_sim PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_sync_sim PRIVATE ENHETSPULS_SERVER="$<TARGET_FILE:enhetspuls-server>")
add_dependencies(tst_sync_sim enhetspuls-server)
set_tests_properties(tst_sync_sim PROPERTIES TIMEOUT 600)

# Benchmark program (not a test): prints initial sync, no-op round trip and throughput figures.
add_executable(bench_sync bench_sync.cpp sync/testserver.h)
target_link_libraries(bench_sync PRIVATE enhetspuls_sync enhetspuls_backend Qt6::Network)
target_include_directories(bench_sync PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(bench_sync PRIVATE ENHETSPULS_SERVER="$<TARGET_FILE:enhetspuls-server>")
add_dependencies(bench_sync enhetspuls-server)

# Report endpoint, TLS, the asynchronous SyncClient and group commit against a real server.
enhetspuls_test(tst_sync_api tst_sync_api.cpp sync/testserver.h)
target_link_libraries(tst_sync_api PRIVATE enhetspuls_sync Qt6::Network)
target_include_directories(tst_sync_api PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_sync_api PRIVATE ENHETSPULS_SERVER="$<TARGET_FILE:enhetspuls-server>")
add_dependencies(tst_sync_api enhetspuls-server)
set_tests_properties(tst_sync_api PROPERTIES TIMEOUT 600)
