# Follow-up core: calculations, importers, report, CLI (issue 3).
enhetspuls_test(tst_calc tst_calc.cpp)
enhetspuls_test(tst_import tst_import.cpp)
