# Every user-visible string in qml/ and app/ has a Swedish translation, and the Swedish follows
# the app's word rules. Runs lupdate on a copy of the .ts (the checked-in file is untouched):
# a string added or changed in the code without a translation shows up as "unfinished".
# Run: cmake -DLUPDATE=<lupdate> -DSRC=<source dir> -DWORK=<scratch dir> -P check_translations.cmake
foreach(v LUPDATE SRC WORK)
  if(NOT ${v})
    message(FATAL_ERROR "check_translations: pass -D${v}=")
  endif()
endforeach()
file(MAKE_DIRECTORY ${WORK})
set(ts ${WORK}/enhetspuls_sv.ts)
file(COPY_FILE ${SRC}/assets/i18n/enhetspuls_sv.ts ${ts})
execute_process(COMMAND ${LUPDATE} -no-obsolete -locations relative ${SRC}/qml ${SRC}/app ${SRC}/backend -ts ${ts}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ ${ts} text)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" missing "${text}")
set(problems "")
foreach(m IN LISTS missing)
  string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" s "${m}")
  string(APPEND problems "\n  no Swedish for: ${s}")
endforeach()
# The device is "här", "surfplattan" or "datorn": "enhet" means an organisational unit only.
# A typo once shipped is listed too.
foreach(bad "den här enheten" "en annan enhet" "hittils")
  string(FIND "${text}" "${bad}" at)
  if(NOT at EQUAL -1)
    string(APPEND problems "\n  the Swedish says \"${bad}\" (assets/i18n/enhetspuls_sv.ts)")
  endif()
endforeach()
if(problems)
  message(FATAL_ERROR "translations:${problems}\nAdd them to assets/i18n/enhetspuls_sv.ts (lupdate -no-obsolete -locations relative qml app backend -ts assets/i18n/enhetspuls_sv.ts, then translate).")
endif()
message(STATUS "every string has a Swedish translation")
