#pragma once
#include <QString>
#include <QStringList>

class Database;

// Schema migrations: one step per version, each in its own transaction. Synced tables are
// only ever changed additively so older clients keep syncing.
namespace Migrations {
int latestVersion();
// Migrates up to `target`. Refuses a database whose version is newer than this build knows.
bool migrate(Database &db, int target, QString *error);
// Tables that take part in sync; each has id, _clocks, _deleted, _seq and _dirty columns.
const QStringList &syncedTables();
// The data columns of a synced table, in schema order (no id and no _ columns).
QStringList columns(const QString &table);
// The SQL type of a synced column ("TEXT", "INTEGER", "DOUBLE"); empty when unknown.
QString columnType(const QString &table, const QString &column);
} // namespace Migrations
