#include "migrations.h"

#include "database.h"
#include "logging.h"
#include "schema.h"

#include <functional>

namespace {
// One change of a migration step.
struct Action
{
    enum Kind { Create, AddColumn, AddIndexes, Sql, PostgresSql } kind;
    QString table;  // Create, AddColumn
    QString column; // AddColumn
    QString sql;    // Sql: the same text for SQLite and PostgreSQL; PostgresSql: PostgreSQL only
};

Action create(const QString &table) { return {Action::Create, table, {}, {}}; }
Action addColumn(const QString &table, const QString &column) { return {Action::AddColumn, table, column, {}}; }
// The indexes declared with this step's version on tables that existed before it.
Action addIndexes() { return {Action::AddIndexes, {}, {}, {}}; }
Action sql(const QString &text) { return {Action::Sql, {}, {}, text}; }
Action postgresSql(const QString &text) { return {Action::PostgresSql, {}, {}, text}; }

struct Step
{
    int version;
    QList<Action> actions;
};

// The history: append a step for every change, never edit one that has shipped. Tables and
// columns come from the declaration in schema.h as they were at the step's version; a shape
// the declaration no longer holds is written out as SQL.
const QList<Step> &history()
{
    static const QList<Step> steps = {
        {1, {create(QStringLiteral("units")), create(QStringLiteral("goals")), create(QStringLiteral("indicators")),
             create(QStringLiteral("targets")), create(QStringLiteral("indicator_values"))}},
        {2, {create(QStringLiteral("sick_leave")), create(QStringLiteral("budget"))}},
        {3, {create(QStringLiteral("actions")), create(QStringLiteral("comments")), create(QStringLiteral("apt_meetings"))}},
        {4, {create(QStringLiteral("sync_meta")), create(QStringLiteral("conflicts"))}},
        {5, {create(QStringLiteral("users")), create(QStringLiteral("grants")), create(QStringLiteral("tokens")),
             sql(QStringLiteral("CREATE TABLE devices (device_id TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
                                "last_mutation BIGINT NOT NULL DEFAULT 0, last_seen BIGINT NOT NULL DEFAULT 0)")),
             create(QStringLiteral("audit")), create(QStringLiteral("sync_outbox")), addIndexes()}},
        // A device's last applied mutation per (device, user): a second user of a tablet keeps
        // its own numbering, and another user sending this device id cannot touch the owner's.
        {6, {sql(QStringLiteral("ALTER TABLE devices RENAME TO devices_v5")), create(QStringLiteral("devices")),
             sql(QStringLiteral("INSERT INTO devices (device_id, user_name, last_mutation, last_seen) "
                                "SELECT device_id, user_name, last_mutation, last_seen FROM devices_v5")),
             sql(QStringLiteral("DROP TABLE devices_v5"))}},
        // The day an action was done. On PostgreSQL, step 6 left the new devices table's key
        // index named devices_pkey1 (a renamed table keeps its index names): give it the name
        // a new database has.
        {7, {addColumn(QStringLiteral("actions"), QStringLiteral("done_date")),
             postgresSql(QStringLiteral("ALTER INDEX IF EXISTS devices_pkey1 RENAME TO devices_pkey"))}},
        // How an indicator adds up over months and units (senaste, summa, kvot, medel), and the
        // numerator and denominator of a kvot value.
        {8, {addColumn(QStringLiteral("indicators"), QStringLiteral("aggregation")),
             addColumn(QStringLiteral("indicator_values"), QStringLiteral("numerator")),
             addColumn(QStringLiteral("indicator_values"), QStringLiteral("denominator"))}},
        // The structured APT meeting: participants and closed on the meeting, its items and
        // decisions, and the unit's standard agenda.
        {9, {addColumn(QStringLiteral("apt_meetings"), QStringLiteral("participants")),
             addColumn(QStringLiteral("apt_meetings"), QStringLiteral("closed")),
             create(QStringLiteral("apt_items")), create(QStringLiteral("apt_decisions")),
             create(QStringLiteral("apt_agenda"))}},
        // Report rounds and the units' reports for them (status, sections, goal assessments).
        {10, {create(QStringLiteral("report_rounds")), create(QStringLiteral("unit_reports")),
              create(QStringLiteral("report_sections")), create(QStringLiteral("goal_assessments"))}},
    };
    return steps;
}

const Schema::Table *declared(const QString &name, QString *error)
{
    const Schema::Table *t = Schema::table(name);
    if (!t)
        *error = QStringLiteral("the schema declares no table %1").arg(name);
    return t;
}

bool execAll(Database &db, const QStringList &statements, QString *error)
{
    for (const QString &s : statements) {
        if (!db.exec(s, error))
            return false;
    }
    return true;
}

bool run(Database &db, int version, const Action &a, QString *error)
{
    const bool pg = db.isPostgres();
    switch (a.kind) {
    case Action::Create: {
        const Schema::Table *t = declared(a.table, error);
        return t && db.exec(Schema::createTableSql(*t, version, pg), error)
            && execAll(db, Schema::indexSql(*t, version), error);
    }
    case Action::AddColumn: {
        const Schema::Table *t = declared(a.table, error);
        if (!t)
            return false;
        for (const Schema::Column &c : t->columns) {
            if (c.name == a.column)
                return db.exec(Schema::addColumnSql(*t, c, pg), error);
        }
        *error = QStringLiteral("the schema declares no column %1.%2").arg(a.table, a.column);
        return false;
    }
    case Action::AddIndexes:
        for (const Schema::Table &t : Schema::tables()) {
            if (t.since < version && !execAll(db, Schema::indexSql(t, version), error))
                return false;
        }
        return true;
    case Action::Sql:
        return db.exec(a.sql, error);
    case Action::PostgresSql:
        return !pg || db.exec(a.sql, error);
    }
    return false;
}

bool runStep(Database &db, int version, QString *error)
{
    for (const Step &s : history()) {
        if (s.version != version)
            continue;
        for (const Action &a : s.actions) {
            if (!run(db, version, a, error))
                return false;
        }
        return true;
    }
    *error = QStringLiteral("no migration step to version %1").arg(version);
    return false;
}

// A new database: every table and index as declared now.
bool createLatest(Database &db, QString *error)
{
    for (const Schema::Table &t : Schema::tables()) {
        if (!db.exec(Schema::createTableSql(t, Schema::latest, db.isPostgres()), error)
            || !execAll(db, Schema::indexSql(t, Schema::latest, true), error))
            return false;
    }
    return true;
}

// Runs `work` and sets the version in one transaction.
bool inTransaction(Database &db, int version, QString *error, const std::function<bool(QString *)> &work)
{
    if (!db.beginWrite()) {
        *error = QStringLiteral("cannot start migration to version %1").arg(version);
        return false;
    }
    QString why;
    if (!work(&why) || !db.setSchemaVersion(version)) {
        db.rollback();
        *error = QStringLiteral("migration to version %1 failed: %2").arg(version).arg(why);
        return false;
    }
    if (!db.commit()) {
        *error = QStringLiteral("cannot commit migration to version %1").arg(version);
        return false;
    }
    return true;
}
} // namespace

int Migrations::latestVersion()
{
    return Schema::latest;
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
    if (current == 0 && target == latestVersion()) {
        if (!inTransaction(db, target, error, [&](QString *why) { return createLatest(db, why); }))
            return false;
        qCDebug(lcDb) << "created" << db.spec() << "at schema version" << target;
        return true;
    }
    for (int v = current + 1; v <= target; ++v) {
        if (!inTransaction(db, v, error, [&](QString *why) { return runStep(db, v, why); }))
            return false;
        qCDebug(lcDb) << "migrated" << db.spec() << "to schema version" << v;
    }
    return true;
}
