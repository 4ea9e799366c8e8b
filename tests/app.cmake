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
