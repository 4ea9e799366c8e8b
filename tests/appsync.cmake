# The app's sync: SyncManager, the conflict log and the token store against a real
# enhetspuls-server on loopback (demo data imported through the CLI), and the headless
# `enhetspuls --password-stdin --screenshot` run end to end.
set(APPSYNC_ENV "QT_QPA_PLATFORM=offscreen;QT_QUICK_BACKEND=software;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/appsync-config")

add_executable(tst_app_sync tst_app_sync.cpp tst_app_sync_server.h sync/testserver.h
  ${PROJECT_SOURCE_DIR}/app/services.h ${PROJECT_SOURCE_DIR}/app/services.cpp ${PROJECT_SOURCE_DIR}/app/demomeetings.h ${PROJECT_SOURCE_DIR}/app/demomeetings.cpp ${PROJECT_SOURCE_DIR}/app/demorounds.h ${PROJECT_SOURCE_DIR}/app/demorounds.cpp)
target_include_directories(tst_app_sync PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/app)
target_compile_definitions(tst_app_sync PRIVATE ENHETSPULS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  ENHETSPULS_SERVER="$<TARGET_FILE:enhetspuls-server>")
target_link_libraries(tst_app_sync PRIVATE enhetspuls_qml enhetspuls_sync enhetspuls_backend Qt6::Network Qt6::Test)
add_dependencies(tst_app_sync enhetspuls-server)
add_test(NAME tst_app_sync COMMAND tst_app_sync)
set_tests_properties(tst_app_sync PROPERTIES ENVIRONMENT "${APPSYNC_ENV}" TIMEOUT 300)

add_executable(tst_app_sync_headless tst_app_sync_headless.cpp tst_app_sync_server.h sync/testserver.h)
target_include_directories(tst_app_sync_headless PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_app_sync_headless PRIVATE ENHETSPULS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  ENHETSPULS_SERVER="$<TARGET_FILE:enhetspuls-server>" ENHETSPULS_APP="$<TARGET_FILE:enhetspuls>")
target_link_libraries(tst_app_sync_headless PRIVATE enhetspuls_sync enhetspuls_backend Qt6::Network Qt6::Gui Qt6::Test)
add_dependencies(tst_app_sync_headless enhetspuls-server enhetspuls)
add_test(NAME tst_app_sync_headless COMMAND tst_app_sync_headless)
set_tests_properties(tst_app_sync_headless PROPERTIES ENVIRONMENT "${APPSYNC_ENV}" TIMEOUT 300)

# CSV import from the app (DataImport), with and without a server.
add_executable(tst_app_import tst_app_import.cpp
  ${PROJECT_SOURCE_DIR}/app/services.h ${PROJECT_SOURCE_DIR}/app/services.cpp ${PROJECT_SOURCE_DIR}/app/demomeetings.h ${PROJECT_SOURCE_DIR}/app/demomeetings.cpp ${PROJECT_SOURCE_DIR}/app/demorounds.h ${PROJECT_SOURCE_DIR}/app/demorounds.cpp)
target_include_directories(tst_app_import PRIVATE ${PROJECT_SOURCE_DIR}/app)
target_compile_definitions(tst_app_import PRIVATE ENHETSPULS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(tst_app_import PRIVATE enhetspuls_qml enhetspuls_sync enhetspuls_backend enhetspuls_i18n Qt6::Test)
add_test(NAME tst_app_import COMMAND tst_app_import)
set_tests_properties(tst_app_import PROPERTIES ENVIRONMENT "${APPSYNC_ENV}")
