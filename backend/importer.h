#pragma once
// CSV importers for the documented formats (units, indicators, goals, targets, values,
// sickleave, budget, actions, comments). A file is validated whole and written in one
// transaction: a bad file is rejected with "file:line: reason" and nothing is written.
#include <QString>
#include <QStringList>

class Store;
class HlcClock;

struct ImportResult
{
    bool ok = false;
    int rows = 0;        // data rows written
    int created = 0;     // of which new rows
    int updated = 0;     // of which rows that existed
    QString error;       // "file:line: reason" when !ok
    QStringList notes;   // "file: …" lines worth telling the user (the encoding a file was read as)
};

namespace Importer {
// The import kinds, in the order a full data set must be loaded.
QStringList kinds();
// Imports one file of `kind` into the store, stamping rows with clock.now().
ImportResult importFile(Store &store, HlcClock &clock, const QString &kind, const QString &path);
// Imports every <kind>.csv that exists in `dir`, in kinds() order, each file one transaction.
ImportResult importDirectory(Store &store, HlcClock &clock, const QString &dir);
} // namespace Importer
