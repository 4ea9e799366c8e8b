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
# GET /api/v1/export: PDF, XLSX and ODT as the command line writes them, grant-checked (403), 400s.
enhetspuls_sync_test(tst_export_http)
# Crash safety: the server SIGKILLed under push load (SQLite, PostgreSQL), a device and an import
# killed mid-transaction.
enhetspuls_sync_test(tst_sync_crash)
# The HTTP listener under abuse: TLS connections without a handshake, huge bodies, idle and slow
# connections, too many connections, malformed framing (a real server, shortened timeouts).
enhetspuls_sync_test(tst_sync_limits)
# The schema across versions: migrated equals new (SQLite, PostgreSQL); an older app syncing.
enhetspuls_sync_test(tst_schema)
enhetspuls_sync_test(tst_sync_schema)

# The HTTP layer in process: HttpApi::handle() over a temporary SQLite database, no sockets
# (users, grants and units are set up with the enhetspuls-server command line).
enhetspuls_test(tst_http_handlers tst_http_handlers.cpp sync/testserver.h)
enhetspuls_sync_target(tst_http_handlers)
target_link_libraries(tst_http_handlers PRIVATE enhetspuls_server_lib)

# The authorization matrix of POST /sync in process: every synced table x every role, writes
# outside the grant refused and the database dump unchanged.
enhetspuls_test(tst_sync_access tst_sync_access.cpp sync/testserver.h)
enhetspuls_sync_target(tst_sync_access)
target_link_libraries(tst_sync_access PRIVATE enhetspuls_server_lib)

# The client's SQLite fast path for pulled rows against the general apply path (no server).
enhetspuls_test(tst_fastinsert tst_fastinsert.cpp)
target_link_libraries(tst_fastinsert PRIVATE enhetspuls_sync)

# Benchmark program (not a test): prints initial sync, no-op round trip and throughput figures.
add_executable(bench_sync bench_sync.cpp sync/testserver.h sync/benchrecords.h)
enhetspuls_sync_target(bench_sync)
target_link_libraries(bench_sync PRIVATE enhetspuls_backend)

# Peer benchmark (not a test; scripts/peer_bench.sh installs PouchDB and runs it): the same
# records synced from cold and one change, Enhetspuls against PouchDB, alternating.
add_executable(bench_peer bench_peer.cpp sync/testserver.h sync/benchrecords.h sync/relay.h)
enhetspuls_sync_target(bench_peer)
target_compile_definitions(bench_peer PRIVATE ENHETSPULS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(bench_peer PRIVATE enhetspuls_backend)

# The sync library's reads for the app (conflict log, local sync_meta); no server.
enhetspuls_test(tst_conflictlog tst_conflictlog.cpp importfixture.h)
target_link_libraries(tst_conflictlog PRIVATE enhetspuls_sync)

# Load program (not a test): N clients for S seconds; throughput, p50/p99, errors, server memory.
add_executable(load_sync load_sync.cpp sync/testserver.h)
enhetspuls_sync_target(load_sync)
target_link_libraries(load_sync PRIVATE enhetspuls_backend)
# Report rounds end to end: round create, two managers offline, review, approval, frozen
# figures after a later import, the audit trail, refused writes.
enhetspuls_sync_test(tst_sync_rounds)
