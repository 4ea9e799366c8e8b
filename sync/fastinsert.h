#pragma once
#include <QHash>
#include <QJsonObject>
#include <QString>

class Database;
struct sqlite3;
struct sqlite3_stmt;

// The initial-sync fast path of the client: a pulled row that does not exist locally needs no
// merge (the merge result is the incoming row itself), so it is inserted straight through
// SQLite's C API with a prepared INSERT ... ON CONFLICT DO NOTHING per table. Anything unusual
// (another database, an unknown field, a value of the wrong type, a clock that does not parse,
// fewer fields than the table has) is left to the general path (SyncRow::fromJson + Merge),
// which also gives the error message.
class FastInsert
{
public:
    // Inserts the tables and columns of schema version `schema` (the database's).
    explicit FastInsert(Database &db, int schema);
    ~FastInsert();
    FastInsert(const FastInsert &) = delete;
    FastInsert &operator=(const FastInsert &) = delete;

    enum class Result { Inserted, Fallback, Error };
    // Inserts one change (the JSON form of SyncRow) when its row does not exist. On Inserted,
    // *newestClock is raised to the row's newest clock.
    Result insertIfNew(const QJsonObject &change, QString *newestClock, QString *error);

private:
    struct Table;
    Table *table(const QString &name);

    sqlite3 *m_handle = nullptr;
    int m_schema;
    QHash<QString, Table *> m_tables;
};
