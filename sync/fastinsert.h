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
// fewer fields than the table has, a tombstone clock on a live row, an insert that breaks a
// constraint) is left to the general path (SyncRow::fromJson + Merge), which also gives the
// error message. tests/tst_fastinsert.cpp checks that both paths write the same.
//
// Using SQLite's C API on the sqlite3* of Qt's SQLite driver is only sound when the driver
// uses the very libsqlite3 instance this program links; where Qt bundles its own SQLite
// (Qt's Android, iOS and Windows builds, any Qt built with -qt-sqlite) it is undefined
// behaviour. Hence:
// - The CMake option ENHETSPULS_SQLITE_FASTPATH (sync/CMakeLists.txt) is ON by default only on
//   Linux/ELF with a system SQLite3. When OFF, nothing includes sqlite3.h or links libsqlite3
//   and insertIfNew() always answers Fallback.
// - When ON, a check at run time, done once per process, lets the fast path touch the handle
//   only when it is proven that the driver uses our library: the shared object that holds the
//   driver class (found with dladdr on its meta-object) is not this program itself, every
//   SQLite function used here, looked up with dlsym through that object (dlopen RTLD_NOLOAD,
//   so its dependencies are searched), has the address this program calls; the version and
//   source id that SQL reports through Qt equal ours; and a probe function registered with
//   sqlite3_auto_extension() in our library exists on a fresh connection that Qt's driver
//   opens. Any doubt: every FastInsert answers Fallback, and why is logged once
//   (enhetspuls.syncclient.fastpath).
// - Tests force the fallback with setForceFallback() and see that the fast path ran with
//   insertedCount().
class FastInsert
{
public:
    // Inserts the tables and columns of schema version `schema` (the database's).
    explicit FastInsert(Database &db, int schema);
    ~FastInsert();
    FastInsert(const FastInsert &) = delete;
    FastInsert &operator=(const FastInsert &) = delete;

    enum class Result { Inserted, Fallback, Error };

    // True when this build has the fast path (ENHETSPULS_SQLITE_FASTPATH).
    static bool builtIn();
    // True when the fast path may be used on db (the run-time check above, done once per
    // process); otherwise *reason, when given, says why not.
    static bool usable(Database &db, QString *reason = nullptr);
    // Test hook: while set, FastInsert objects made afterwards answer Fallback for every change.
    static void setForceFallback(bool force);
    // Rows inserted through the fast path in this process (for tests and benchmarks).
    static qint64 insertedCount();

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
