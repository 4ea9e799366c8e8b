# A fresh install (a new, empty database, no server): the app opens on the first-run screen and
# every page and dialog loads without a QML warning. Run:
# cmake -DAPP=<enhetspuls> -DWORK=<scratch dir> -P check_first_run.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${APP} --db ${WORK}/fresh.sqlite --self-test
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "self-test on an empty database failed (${rc}):\n${out}${err}")
endif()
if(NOT err MATCHES "the first-run screen is shown")
  message(FATAL_ERROR "an empty database did not open on the first-run screen:\n${err}")
endif()
message(STATUS "first-run screen shown, no QML warnings")
