# The app: self-test (every page loads without QML warnings), screenshots of every page at
# three sizes with the demo data (PNGs kept in build/screenshots), Qt Quick Tests, model tests.
set(APP_TEST_ENV "QT_QPA_PLATFORM=offscreen;QT_QUICK_BACKEND=software;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/app-config")
add_test(NAME app_self_test COMMAND enhetspuls --demo --self-test)
set_tests_properties(app_self_test PROPERTIES ENVIRONMENT "${APP_TEST_ENV}")
foreach(size 1280x800 800x1280 1920x1080)
  add_test(NAME app_screenshots_${size}
    COMMAND enhetspuls --demo --screenshot-all ${CMAKE_BINARY_DIR}/screenshots --size ${size})
  set_tests_properties(app_screenshots_${size} PROPERTIES ENVIRONMENT "${APP_TEST_ENV}")
endforeach()

add_executable(tst_app_models tst_app_models.cpp)
target_compile_definitions(tst_app_models PRIVATE ENHETSPULS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(tst_app_models PRIVATE enhetspuls_qml enhetspuls_backend Qt6::Test)
add_test(NAME tst_app_models COMMAND tst_app_models)
set_tests_properties(tst_app_models PROPERTIES ENVIRONMENT "${APP_TEST_ENV}")

# The state objects (Selection, Navigation, AppSettings, Editor, FigureCache) do one job each.
add_executable(tst_app_state tst_app_state.cpp)
target_compile_definitions(tst_app_state PRIVATE ENHETSPULS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(tst_app_state PRIVATE enhetspuls_qml enhetspuls_backend Qt6::Test)
add_test(NAME tst_app_state COMMAND tst_app_state)
set_tests_properties(tst_app_state PROPERTIES ENVIRONMENT "${APP_TEST_ENV}")

# Benchmark (a program, not a test): 200 units × 10 years, time to first overview and unit switch.
add_executable(bench_app bench_app.cpp)
target_compile_definitions(bench_app PRIVATE ENHETSPULS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(bench_app PRIVATE enhetspuls_qml enhetspuls_qmlplugin enhetspuls_backend
  Qt6::Widgets Qt6::Quick Qt6::QuickControls2)

# Qt Quick Tests (tests/qml/tst_*.qml) over the real pages with a fresh demo database per file;
# own main(): a QApplication before quick_test_main_with_setup (Qt Charts).
add_executable(tst_app_qml qml/main.cpp qml/testbackend.h qml/testbackend.cpp
  ${PROJECT_SOURCE_DIR}/app/services.h ${PROJECT_SOURCE_DIR}/app/services.cpp ${PROJECT_SOURCE_DIR}/app/demomeetings.h ${PROJECT_SOURCE_DIR}/app/demomeetings.cpp ${PROJECT_SOURCE_DIR}/app/demorounds.h ${PROJECT_SOURCE_DIR}/app/demorounds.cpp
  ${PROJECT_SOURCE_DIR}/app/runner.h ${PROJECT_SOURCE_DIR}/app/runner.cpp
  ${PROJECT_SOURCE_DIR}/app/layoutcheck.h ${PROJECT_SOURCE_DIR}/app/layoutcheck.cpp)
target_include_directories(tst_app_qml PRIVATE ${PROJECT_SOURCE_DIR}/app)
target_compile_definitions(tst_app_qml PRIVATE ENHETSPULS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  QUICK_TEST_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}/qml")
target_link_libraries(tst_app_qml PRIVATE enhetspuls_qml enhetspuls_qmlplugin enhetspuls_backend
  enhetspuls_sync Qt6::Widgets Qt6::Quick Qt6::QuickControls2 Qt6::QuickTest)
add_test(NAME tst_app_qml COMMAND tst_app_qml -input ${CMAKE_CURRENT_SOURCE_DIR}/qml)
set_tests_properties(tst_app_qml PROPERTIES ENVIRONMENT "${APP_TEST_ENV};QT_LOGGING_RULES=enhetspuls.*.info=false")

# No SQL in the QML module: view models read through backend/ and sync/ (fails naming file:line).
add_test(NAME no_sql_in_qml COMMAND ${CMAKE_COMMAND} -DDIR=${PROJECT_SOURCE_DIR}/qml
  -P ${CMAKE_CURRENT_SOURCE_DIR}/check_no_sql.cmake)

# Nothing typed is lost on quit or SIGTERM: the real app types into an APT field and ends at once.
add_executable(tst_app_quit tst_app_quit.cpp)
target_compile_definitions(tst_app_quit PRIVATE ENHETSPULS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  ENHETSPULS_APP="$<TARGET_FILE:enhetspuls>")
target_link_libraries(tst_app_quit PRIVATE enhetspuls_backend Qt6::Test)
add_dependencies(tst_app_quit enhetspuls)
add_test(NAME tst_app_quit COMMAND tst_app_quit)
set_tests_properties(tst_app_quit PROPERTIES ENVIRONMENT "${APP_TEST_ENV}" TIMEOUT 120)

# The APT presentation (tests/qml/tst_apt_present.qml: every slide at 1280×800 and 1920×1080
# stepped with the clicker keys, checked for overlapping or cut-off text) runs in tst_app_qml;
# alone: build/tests/tst_app_qml -input tests/qml/tst_apt_present.qml

# The layout and accessibility check (app/layoutcheck): each rule fires on a broken QML fixture
# (tests/layout/*_bad.qml) and not on a good one.
add_executable(tst_layoutcheck tst_layoutcheck.cpp ${PROJECT_SOURCE_DIR}/app/layoutcheck.h
  ${PROJECT_SOURCE_DIR}/app/layoutcheck.cpp)
target_include_directories(tst_layoutcheck PRIVATE ${PROJECT_SOURCE_DIR}/app)
target_compile_definitions(tst_layoutcheck PRIVATE LAYOUT_FIXTURES="${CMAKE_CURRENT_SOURCE_DIR}/layout")
target_link_libraries(tst_layoutcheck PRIVATE Qt6::Quick Qt6::QuickControls2 Qt6::Widgets Qt6::Test)
add_test(NAME tst_layoutcheck COMMAND tst_layoutcheck)
set_tests_properties(tst_layoutcheck PROPERTIES ENVIRONMENT "${APP_TEST_ENV}")

# The layout and accessibility check over the real app (issue #13): every page, dialog, picker and
# date picker for VO-HTN, SOC, FS-TAL and a month with no data, at each size, light and dark with
# text at 100 % and light with text at 200 % (WCAG 1.4.4; one test per size and text size).
foreach(size 1280x800 800x1280 1920x1080)
  add_test(NAME app_layout_check_${size} COMMAND enhetspuls --demo --layout-check --size ${size} --text-size 1)
  set_tests_properties(app_layout_check_${size} PROPERTIES ENVIRONMENT "${APP_TEST_ENV}" TIMEOUT 240)
  add_test(NAME app_layout_check_${size}_text200 COMMAND enhetspuls --demo --layout-check --size ${size} --text-size 2)
  set_tests_properties(app_layout_check_${size}_text200 PROPERTIES ENVIRONMENT "${APP_TEST_ENV}" TIMEOUT 240)
endforeach()

# Visible keyboard focus (WCAG 2.4.7): every control Tab reaches on every page and in every
# dialog, picker and date picker of the app, for VO-HTN and SOC, light and dark, must look
# different with the focus (app/layoutcheck.cpp). The same run judges the Tab order (no step back
# up against the reading order), in the window and round each dialog.
add_test(NAME app_focus_check COMMAND enhetspuls --demo --focus-check --size 1280x800)
set_tests_properties(app_focus_check PROPERTIES ENVIRONMENT "${APP_TEST_ENV}" TIMEOUT 600)
foreach(size 800x1280 1920x1080)
  add_test(NAME app_focus_check_${size} COMMAND enhetspuls --demo --focus-check --size ${size})
  set_tests_properties(app_focus_check_${size} PROPERTIES ENVIRONMENT "${APP_TEST_ENV}" TIMEOUT 600)
endforeach()
