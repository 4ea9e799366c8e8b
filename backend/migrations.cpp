#include "migrations.h"

#include "database.h"
#include "logging.h"

#include <QHash>
#include <QSqlQuery>

namespace {
// Columns every synced row carries: per-field HLC clocks (JSON object field -> clock), a
// tombstone flag, the server's change sequence and the device's "not yet synced" flag.
const QString kSyncColumns = QStringLiteral(
    "_clocks TEXT NOT NULL DEFAULT '{}', _deleted INTEGER NOT NULL DEFAULT 0, "
    "_seq BIGINT NOT NULL DEFAULT 0, _dirty INTEGER NOT NULL DEFAULT 0");

struct TableDef
{
    QString name;
    QStringList columns; // "name TYPE"
    QStringList indexes; // column lists
};

// Synced table definitions, grouped by the schema version that introduced them.
const QList<QList<TableDef>> &syncedByVersion()
{
    static const QList<QList<TableDef>> defs = {
        // version 1: organisation and goals
        {
            {QStringLiteral("units"),
             {QStringLiteral("code TEXT NOT NULL"), QStringLiteral("name TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("parent_id TEXT"), QStringLiteral("kind TEXT NOT NULL DEFAULT 'enhet'")},
             {QStringLiteral("code"), QStringLiteral("parent_id")}},
            {QStringLiteral("goals"),
             {QStringLiteral("code TEXT NOT NULL"), QStringLiteral("name TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("level TEXT NOT NULL DEFAULT 'enhet'"), QStringLiteral("parent_id TEXT"),
              QStringLiteral("unit_id TEXT")},
             {QStringLiteral("code")}},
            {QStringLiteral("indicators"),
             {QStringLiteral("code TEXT NOT NULL"), QStringLiteral("name TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("measure_unit TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("better TEXT NOT NULL DEFAULT 'higher'"), QStringLiteral("goal_id TEXT"),
              QStringLiteral("source TEXT NOT NULL DEFAULT 'import'")},
             {QStringLiteral("code")}},
            {QStringLiteral("targets"),
             {QStringLiteral("indicator_id TEXT NOT NULL"), QStringLiteral("unit_id TEXT NOT NULL"),
              QStringLiteral("year INTEGER NOT NULL"), QStringLiteral("kind TEXT NOT NULL"),
              QStringLiteral("value DOUBLE PRECISION"),
              QStringLiteral("tolerance DOUBLE PRECISION NOT NULL DEFAULT 0")},
             {QStringLiteral("indicator_id, year")}},
            {QStringLiteral("indicator_values"),
             {QStringLiteral("indicator_id TEXT NOT NULL"), QStringLiteral("unit_id TEXT NOT NULL"),
              QStringLiteral("period TEXT NOT NULL"), QStringLiteral("value DOUBLE PRECISION"),
              QStringLiteral("comment TEXT NOT NULL DEFAULT ''")},
             {QStringLiteral("unit_id, indicator_id, period")}},
        },
        // version 2: figures imported from the HR and economy systems
        {
            {QStringLiteral("sick_leave"),
             {QStringLiteral("unit_id TEXT NOT NULL"), QStringLiteral("month TEXT NOT NULL"),
              QStringLiteral("scheduled_hours DOUBLE PRECISION NOT NULL DEFAULT 0"),
              QStringLiteral("sick_hours DOUBLE PRECISION NOT NULL DEFAULT 0"),
              QStringLiteral("short_hours DOUBLE PRECISION NOT NULL DEFAULT 0"),
              QStringLiteral("long_hours DOUBLE PRECISION NOT NULL DEFAULT 0"),
              QStringLiteral("sick_pay_cost DOUBLE PRECISION NOT NULL DEFAULT 0")},
             {QStringLiteral("unit_id, month"), QStringLiteral("month")}},
            {QStringLiteral("budget"),
             {QStringLiteral("unit_id TEXT NOT NULL"), QStringLiteral("month TEXT NOT NULL"),
              QStringLiteral("category TEXT NOT NULL"),
              QStringLiteral("budget DOUBLE PRECISION NOT NULL DEFAULT 0"),
              QStringLiteral("actual DOUBLE PRECISION"),
              QStringLiteral("forecast DOUBLE PRECISION")},
             {QStringLiteral("unit_id, month"), QStringLiteral("month")}},
        },
        // version 3: what the manager writes
        {
            {QStringLiteral("actions"),
             {QStringLiteral("unit_id TEXT NOT NULL"), QStringLiteral("goal_id TEXT"),
              QStringLiteral("area TEXT NOT NULL DEFAULT 'mal'"),
              QStringLiteral("title TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("owner TEXT NOT NULL DEFAULT ''"), QStringLiteral("start_date TEXT"),
              QStringLiteral("end_date TEXT"), QStringLiteral("status TEXT NOT NULL DEFAULT 'ej_paborjad'"),
              QStringLiteral("effect_tkr DOUBLE PRECISION"),
              QStringLiteral("note TEXT NOT NULL DEFAULT ''")},
             {QStringLiteral("unit_id")}},
            {QStringLiteral("comments"),
             {QStringLiteral("unit_id TEXT NOT NULL"), QStringLiteral("period TEXT NOT NULL"),
              QStringLiteral("area TEXT NOT NULL"), QStringLiteral("kind TEXT NOT NULL DEFAULT 'kommentar'"),
              QStringLiteral("ref TEXT NOT NULL DEFAULT ''"), QStringLiteral("body TEXT NOT NULL DEFAULT ''")},
             {QStringLiteral("unit_id, period")}},
            {QStringLiteral("apt_meetings"),
             {QStringLiteral("unit_id TEXT NOT NULL"), QStringLiteral("meeting_date TEXT NOT NULL"),
              QStringLiteral("title TEXT NOT NULL DEFAULT ''"), QStringLiteral("agenda TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("minutes TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("decisions TEXT NOT NULL DEFAULT ''")},
             {QStringLiteral("unit_id, meeting_date")}},
        },
    };
    return defs;
}

bool createSynced(Database &db, const TableDef &t, QString *error)
{
    QString sql = QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id TEXT PRIMARY KEY, %2, %3)")
                      .arg(t.name, t.columns.join(QStringLiteral(", ")), kSyncColumns);
    if (!db.exec(sql, error))
        return false;
    int n = 0;
    for (const QString &cols : t.indexes) {
        if (!db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS idx_%1_%2 ON %1 (%3)")
                         .arg(t.name).arg(++n).arg(cols), error))
            return false;
    }
    return db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS idx_%1_seq ON %1 (_seq)").arg(t.name), error);
}

// Version 4: sync bookkeeping shared by client and server.
bool migrateTo4(Database &db, QString *error)
{
    return db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"), error)
        && db.exec(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS conflicts (id TEXT PRIMARY KEY, tbl TEXT NOT NULL, "
               "row_id TEXT NOT NULL, field TEXT NOT NULL, lost_value TEXT, lost_clock TEXT NOT NULL, "
               "winning_value TEXT, winning_clock TEXT NOT NULL, reason TEXT NOT NULL, "
               "created_at TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0)"), error);
}

// Partial indexes so a client finds its unsynced rows without scanning whole tables.
bool createDirtyIndexes(Database &db, QString *error)
{
    for (const auto &group : syncedByVersion())
        for (const TableDef &t : group) {
            if (!db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS idx_%1_dirty ON %1 (_dirty) WHERE _dirty = 1")
                             .arg(t.name), error))
                return false;
        }
    return true;
}

// Version 5: server accounts, unit grants, bearer tokens, device acks and the audit trail;
// on the client the outbox of numbered mutations. Unused tables stay empty on the other side.
bool migrateTo5(Database &db, QString *error)
{
    const QString serial = db.isPostgres() ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                           : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    return db.exec(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, "
               "role TEXT NOT NULL, grants_version INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)"), error)
        && db.exec(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS grants (user_name TEXT NOT NULL, unit_id TEXT NOT NULL, "
               "PRIMARY KEY (user_name, unit_id))"), error)
        && db.exec(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS tokens (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
               "device_id TEXT NOT NULL DEFAULT '', expires_at BIGINT NOT NULL, created_at BIGINT NOT NULL)"), error)
        && db.exec(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS devices (device_id TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
               "last_mutation BIGINT NOT NULL DEFAULT 0, last_seen BIGINT NOT NULL DEFAULT 0)"), error)
        && db.exec(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS audit (id %1, at BIGINT NOT NULL, user_name TEXT NOT NULL, "
               "device_id TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, "
               "old_value TEXT, new_value TEXT, clock TEXT NOT NULL)").arg(serial), error)
        && db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS idx_audit_row ON audit (tbl, row_id)"), error)
        && db.exec(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS sync_outbox (n BIGINT PRIMARY KEY, tbl TEXT NOT NULL, "
               "row_id TEXT NOT NULL, clocks TEXT NOT NULL, payload TEXT NOT NULL)"), error)
        && db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS idx_sync_outbox_row ON sync_outbox (tbl, row_id)"), error)
        && createDirtyIndexes(db, error);
}

// Version 6: a device's last applied mutation is kept per (device, user). A user's pushes are
// numbered by the device, so a second user on the same tablet continues its numbering, and
// another user sending this device id can no longer touch the owner's acknowledgements.
bool migrateTo6(Database &db, QString *error)
{
    return db.exec(QStringLiteral("ALTER TABLE devices RENAME TO devices_v5"), error)
        && db.exec(QStringLiteral(
               "CREATE TABLE devices (device_id TEXT NOT NULL, user_name TEXT NOT NULL, "
               "last_mutation BIGINT NOT NULL DEFAULT 0, last_seen BIGINT NOT NULL DEFAULT 0, "
               "PRIMARY KEY (device_id, user_name))"), error)
        && db.exec(QStringLiteral("INSERT INTO devices (device_id, user_name, last_mutation, last_seen) "
                                  "SELECT device_id, user_name, last_mutation, last_seen FROM devices_v5"), error)
        && db.exec(QStringLiteral("DROP TABLE devices_v5"), error);
}

bool runStep(Database &db, int version, QString *error)
{
    if (version <= syncedByVersion().size()) {
        for (const TableDef &t : syncedByVersion().at(version - 1)) {
            if (!createSynced(db, t, error))
                return false;
        }
        return true;
    }
    switch (version) {
    case 4:
        return migrateTo4(db, error);
    case 5:
        return migrateTo5(db, error);
    case 6:
        return migrateTo6(db, error);
    default:
        *error = QStringLiteral("no migration step to version %1").arg(version);
        return false;
    }
}
} // namespace

int Migrations::latestVersion()
{
    return 6;
}

const QStringList &Migrations::syncedTables()
{
    static const QStringList names = [] {
        QStringList n;
        for (const auto &group : syncedByVersion())
            for (const TableDef &t : group)
                n << t.name;
        return n;
    }();
    return names;
}

QStringList Migrations::columns(const QString &table)
{
    static const QHash<QString, QStringList> byTable = [] {
        QHash<QString, QStringList> h;
        for (const auto &group : syncedByVersion())
            for (const TableDef &t : group) {
                QStringList cols;
                for (const QString &c : t.columns)
                    cols << c.section(QLatin1Char(' '), 0, 0);
                h.insert(t.name, cols);
            }
        return h;
    }();
    return byTable.value(table);
}

QString Migrations::columnType(const QString &table, const QString &column)
{
    for (const auto &group : syncedByVersion())
        for (const TableDef &t : group) {
            if (t.name != table)
                continue;
            for (const QString &c : t.columns) {
                if (c.section(QLatin1Char(' '), 0, 0) == column)
                    return c.section(QLatin1Char(' '), 1, 1);
            }
        }
    return QString();
}

bool Migrations::migrate(Database &db, int target, QString *error)
{
    const int current = db.schemaVersion();
    if (current > latestVersion()) {
        *error = QStringLiteral("the database %1 has schema version %2, newer than this version of "
                                "Enhetspuls supports (%3); update Enhetspuls")
                     .arg(db.spec()).arg(current).arg(latestVersion());
        return false;
    }
    for (int v = current + 1; v <= target; ++v) {
        if (!db.beginWrite()) {
            *error = QStringLiteral("cannot start migration to version %1").arg(v);
            return false;
        }
        QString stepError;
        if (!runStep(db, v, &stepError) || !db.setSchemaVersion(v)) {
            db.rollback();
            *error = QStringLiteral("migration to version %1 failed: %2").arg(v).arg(stepError);
            return false;
        }
        if (!db.commit()) {
            *error = QStringLiteral("cannot commit migration to version %1").arg(v);
            return false;
        }
        qCInfo(lcDb) << "migrated" << db.spec() << "to schema version" << v;
    }
    return true;
}
