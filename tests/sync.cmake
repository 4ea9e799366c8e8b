# Sync tests: real enhetspuls-server processes on loopback, real SyncEngine clients, SQLite and
# (when installed) a throw-away PostgreSQL cluster.

# What every program here needs: the sync library, tests/sync/testserver.h and the path of the
# enhetspuls-server it starts (built first).
function(enhetspuls_sync_target target)
  target_link_libraries(${target} PRIVATE enhetspuls_sync Qt6::Network)
  target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_compile_definitions(${target} PRIVATE ENHETSPULS_SERVER="$<TARGET_FILE:enhetspuls-server>")
  add_dependencies(${target} enhetspuls-server)
endfunction()

# A test against real servers (they take a while: ten minutes at most).
function(enhetspuls_sync_test name)
  enhetspuls_test(${name} ${name}.cpp sync/testserver.h)
  enhetspuls_sync_target(${name})
  set_tests_properties(${name} PROPERTIES TIMEOUT 600)
endfunction()

enhetspuls_sync_test(tst_sync_server)
enhetspuls_sync_test(tst_sync_sim)
# Report endpoint, TLS, the asynchronous SyncClient and group commit against a real server.
enhetspuls_sync_test(tst_sync_api)

# The client's SQLite fast path for pulled rows against the general apply path (no server).
enhetspuls_test(tst_fastinsert tst_fastinsert.cpp)
target_link_libraries(tst_fastinsert PRIVATE enhetspuls_sync)

# Benchmark program (not a test): prints initial sync, no-op round trip and throughput figures.
add_executable(bench_sync bench_sync.cpp sync/testserver.h)
enhetspuls_sync_target(bench_sync)
target_link_libraries(bench_sync PRIVATE enhetspuls_backend)
