#pragma once
#include <QList>
#include <QString>
#include <QStringList>

// The database schema as data: every table with its typed columns and indexes, each marked
// with the schema version it appeared in. Tables and columns are only ever added (synced
// tables change additively, so apps of different versions keep syncing), and a new column
// goes at the end of its table. A fresh database is created from this declaration; an
// existing one is brought up to date by the append-only history in migrations.cpp, and a
// test checks that both give the same tables and indexes.
namespace Schema {

// The schema version this build writes.
constexpr int latest = 10;
// Cursors issued before they carried a schema were all issued at this version.
constexpr int beforeVersionedCursors = 6;

// The longest text a field may hold (about 50 pages): what a device may write and push.
constexpr int maxTextLength = 100000;

enum class Type { None, Text, Integer, BigInt, Double, Serial };

struct Column
{
    QString name;
    Type type;
    QString constraints; // e.g. "NOT NULL DEFAULT ''"
    int since;
};

struct Index
{
    QString name;
    QString columns; // "unit_id, month"
    QString where;   // partial index condition, or empty
    int since;
};

struct Table
{
    QString name;
    int since;
    bool synced;            // has id, _clocks, _deleted, _seq, _dirty and takes part in sync
    bool global;            // synced reference data without a unit
    QList<Column> columns;  // data columns (a synced table's id and _ columns are implicit)
    QString primaryKey;     // for tables that are not synced: "PRIMARY KEY (...)" or empty
    QList<Index> indexes;   // declared indexes (a synced table also has _seq and _dirty ones)
};

// Every table, in creation order.
const QList<Table> &tables();
// The table called `name`, or nullptr.
const Table *table(const QString &name);

// The synced tables known at `version`, in creation order.
QStringList syncedTables(int version = latest);
// The data columns of a synced table known at `version` (no id, no _ columns), in table order.
QStringList columns(const QString &table, int version = latest);
// The type of a column; Type::None when the table or column is unknown.
Type columnType(const QString &table, const QString &column);
// True when a synced table has no unit (global reference data such as indicators).
bool isGlobal(const QString &table);

// SQL for a table as it was at `version` (the columns known then), for SQLite or PostgreSQL.
// A synced table's sync columns follow the columns it was created with; columns added later
// follow those, as ALTER TABLE ADD COLUMN leaves them.
QString createTableSql(const Table &t, int version, bool postgres);
// "ALTER TABLE t ADD COLUMN ..." for one declared column.
QString addColumnSql(const Table &t, const Column &c, bool postgres);
// The indexes of a table that appeared at exactly `version` (all of them with `upTo`).
QStringList indexSql(const Table &t, int version, bool upTo = false);
} // namespace Schema
