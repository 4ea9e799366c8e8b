#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "enhetspuls.db")
Q_LOGGING_CATEGORY(lcImport, "enhetspuls.import")
Q_LOGGING_CATEGORY(lcReport, "enhetspuls.report")
