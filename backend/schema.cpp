#include "schema.h"

#include <QHash>

namespace {
using Schema::Column;
using Schema::Index;
using Schema::Table;
using Schema::Type;

constexpr Type Text = Type::Text;
constexpr Type Int = Type::Integer;
constexpr Type Big = Type::BigInt;
constexpr Type Dbl = Type::Double;

// The version that gave every synced table its partial index on _dirty.
constexpr int dirtyIndexesSince = 5;

const QString kNotNull = QStringLiteral("NOT NULL");
const QString kEmpty = QStringLiteral("NOT NULL DEFAULT ''");

Table synced(const QString &name, int since, QList<Column> columns, const QStringList &indexed, bool global = false)
{
    Table t{name, since, true, global, std::move(columns), {}, {}};
    for (int i = 0; i < indexed.size(); ++i)
        t.indexes << Index{QStringLiteral("idx_%1_%2").arg(name).arg(i + 1), indexed.at(i), {}, since};
    return t;
}

QList<Table> declare()
{
    return {
        // 1: organisation and goals
        synced(QStringLiteral("units"), 1,
               {{QStringLiteral("code"), Text, kNotNull, 1}, {QStringLiteral("name"), Text, kEmpty, 1},
                {QStringLiteral("parent_id"), Text, {}, 1},
                {QStringLiteral("kind"), Text, QStringLiteral("NOT NULL DEFAULT 'enhet'"), 1}},
               {QStringLiteral("code"), QStringLiteral("parent_id")}),
        synced(QStringLiteral("goals"), 1,
               {{QStringLiteral("code"), Text, kNotNull, 1}, {QStringLiteral("name"), Text, kEmpty, 1},
                {QStringLiteral("level"), Text, QStringLiteral("NOT NULL DEFAULT 'enhet'"), 1},
                {QStringLiteral("parent_id"), Text, {}, 1}, {QStringLiteral("unit_id"), Text, {}, 1}},
               {QStringLiteral("code")}),
        synced(QStringLiteral("indicators"), 1,
               {{QStringLiteral("code"), Text, kNotNull, 1}, {QStringLiteral("name"), Text, kEmpty, 1},
                {QStringLiteral("measure_unit"), Text, kEmpty, 1},
                {QStringLiteral("better"), Text, QStringLiteral("NOT NULL DEFAULT 'higher'"), 1},
                {QStringLiteral("goal_id"), Text, {}, 1},
                {QStringLiteral("source"), Text, QStringLiteral("NOT NULL DEFAULT 'import'"), 1},
                {QStringLiteral("aggregation"), Text, QStringLiteral("NOT NULL DEFAULT 'senaste'"), 8}},
               {QStringLiteral("code")}, true),
        synced(QStringLiteral("targets"), 1,
               {{QStringLiteral("indicator_id"), Text, kNotNull, 1}, {QStringLiteral("unit_id"), Text, kNotNull, 1},
                {QStringLiteral("year"), Int, kNotNull, 1}, {QStringLiteral("kind"), Text, kNotNull, 1},
                {QStringLiteral("value"), Dbl, {}, 1},
                {QStringLiteral("tolerance"), Dbl, QStringLiteral("NOT NULL DEFAULT 0"), 1}},
               {QStringLiteral("indicator_id, year")}),
        synced(QStringLiteral("indicator_values"), 1,
               {{QStringLiteral("indicator_id"), Text, kNotNull, 1}, {QStringLiteral("unit_id"), Text, kNotNull, 1},
                {QStringLiteral("period"), Text, kNotNull, 1}, {QStringLiteral("value"), Dbl, {}, 1},
                {QStringLiteral("comment"), Text, kEmpty, 1},
                {QStringLiteral("numerator"), Dbl, {}, 8}, {QStringLiteral("denominator"), Dbl, {}, 8}},
               {QStringLiteral("unit_id, indicator_id, period")}),
        // 2: figures imported from the HR and economy systems
        synced(QStringLiteral("sick_leave"), 2,
               {{QStringLiteral("unit_id"), Text, kNotNull, 2}, {QStringLiteral("month"), Text, kNotNull, 2},
                {QStringLiteral("scheduled_hours"), Dbl, QStringLiteral("NOT NULL DEFAULT 0"), 2},
                {QStringLiteral("sick_hours"), Dbl, QStringLiteral("NOT NULL DEFAULT 0"), 2},
                {QStringLiteral("short_hours"), Dbl, QStringLiteral("NOT NULL DEFAULT 0"), 2},
                {QStringLiteral("long_hours"), Dbl, QStringLiteral("NOT NULL DEFAULT 0"), 2},
                {QStringLiteral("sick_pay_cost"), Dbl, QStringLiteral("NOT NULL DEFAULT 0"), 2}},
               {QStringLiteral("unit_id, month"), QStringLiteral("month")}),
        synced(QStringLiteral("budget"), 2,
               {{QStringLiteral("unit_id"), Text, kNotNull, 2}, {QStringLiteral("month"), Text, kNotNull, 2},
                {QStringLiteral("category"), Text, kNotNull, 2},
                {QStringLiteral("budget"), Dbl, QStringLiteral("NOT NULL DEFAULT 0"), 2},
                {QStringLiteral("actual"), Dbl, {}, 2}, {QStringLiteral("forecast"), Dbl, {}, 2}},
               {QStringLiteral("unit_id, month"), QStringLiteral("month")}),
        // 3: what the manager writes; 7: the day an action was done
        synced(QStringLiteral("actions"), 3,
               {{QStringLiteral("unit_id"), Text, kNotNull, 3}, {QStringLiteral("goal_id"), Text, {}, 3},
                {QStringLiteral("area"), Text, QStringLiteral("NOT NULL DEFAULT 'mal'"), 3},
                {QStringLiteral("title"), Text, kEmpty, 3}, {QStringLiteral("owner"), Text, kEmpty, 3},
                {QStringLiteral("start_date"), Text, {}, 3}, {QStringLiteral("end_date"), Text, {}, 3},
                {QStringLiteral("status"), Text, QStringLiteral("NOT NULL DEFAULT 'ej_paborjad'"), 3},
                {QStringLiteral("effect_tkr"), Dbl, {}, 3}, {QStringLiteral("note"), Text, kEmpty, 3},
                {QStringLiteral("done_date"), Text, {}, 7}},
               {QStringLiteral("unit_id")}),
        synced(QStringLiteral("comments"), 3,
               {{QStringLiteral("unit_id"), Text, kNotNull, 3}, {QStringLiteral("period"), Text, kNotNull, 3},
                {QStringLiteral("area"), Text, kNotNull, 3},
                {QStringLiteral("kind"), Text, QStringLiteral("NOT NULL DEFAULT 'kommentar'"), 3},
                {QStringLiteral("ref"), Text, kEmpty, 3}, {QStringLiteral("body"), Text, kEmpty, 3}},
               {QStringLiteral("unit_id, period")}),
        synced(QStringLiteral("apt_meetings"), 3,
               {{QStringLiteral("unit_id"), Text, kNotNull, 3}, {QStringLiteral("meeting_date"), Text, kNotNull, 3},
                {QStringLiteral("title"), Text, kEmpty, 3}, {QStringLiteral("agenda"), Text, kEmpty, 3},
                {QStringLiteral("minutes"), Text, kEmpty, 3}, {QStringLiteral("decisions"), Text, kEmpty, 3},
                {QStringLiteral("participants"), Int, {}, 9},
                {QStringLiteral("closed"), Int, QStringLiteral("NOT NULL DEFAULT 0"), 9}},
               {QStringLiteral("unit_id, meeting_date")}),
        // 9: the structured meeting: its agenda items (note, "gicks igenom"), its decisions (each
        // may become an action) and the unit's standard agenda a new meeting starts from. Each row
        // carries the unit of its meeting: visibility and grants work per unit as for every table.
        synced(QStringLiteral("apt_items"), 9,
               {{QStringLiteral("unit_id"), Text, kNotNull, 9}, {QStringLiteral("meeting_id"), Text, kNotNull, 9},
                {QStringLiteral("sort_order"), Int, QStringLiteral("NOT NULL DEFAULT 0"), 9},
                {QStringLiteral("area"), Text, kEmpty, 9}, {QStringLiteral("title"), Text, kEmpty, 9},
                {QStringLiteral("note"), Text, kEmpty, 9},
                {QStringLiteral("covered"), Int, QStringLiteral("NOT NULL DEFAULT 0"), 9}},
               {QStringLiteral("meeting_id"), QStringLiteral("unit_id")}),
        synced(QStringLiteral("apt_decisions"), 9,
               {{QStringLiteral("unit_id"), Text, kNotNull, 9}, {QStringLiteral("meeting_id"), Text, kNotNull, 9},
                {QStringLiteral("sort_order"), Int, QStringLiteral("NOT NULL DEFAULT 0"), 9},
                {QStringLiteral("body"), Text, kEmpty, 9}, {QStringLiteral("action_id"), Text, {}, 9}},
               {QStringLiteral("meeting_id")}),
        synced(QStringLiteral("apt_agenda"), 9,
               {{QStringLiteral("unit_id"), Text, kNotNull, 9},
                {QStringLiteral("sort_order"), Int, QStringLiteral("NOT NULL DEFAULT 0"), 9},
                {QStringLiteral("area"), Text, kEmpty, 9}, {QStringLiteral("title"), Text, kEmpty, 9}},
               {QStringLiteral("unit_id")}),
        // 10: report rounds (rapporttillfällen, opened by a controller or admin for everyone) and
        // each unit's report for a round: its status (a snapshot of its figures frozen at klar),
        // the sections asked for, and an assessment and year-end forecast per goal.
        synced(QStringLiteral("report_rounds"), 10,
               {{QStringLiteral("name"), Text, kEmpty, 10}, {QStringLiteral("year"), Int, kNotNull, 10},
                {QStringLiteral("month_from"), Int, kNotNull, 10}, {QStringLiteral("month_to"), Int, kNotNull, 10},
                {QStringLiteral("deadline"), Text, kNotNull, 10}, {QStringLiteral("sections"), Text, kEmpty, 10},
                {QStringLiteral("created_by"), Text, kEmpty, 10}},
               {QStringLiteral("year")}, true),
        synced(QStringLiteral("unit_reports"), 10,
               {{QStringLiteral("unit_id"), Text, kNotNull, 10}, {QStringLiteral("round_id"), Text, kNotNull, 10},
                {QStringLiteral("status"), Text, QStringLiteral("NOT NULL DEFAULT 'ej_paborjad'"), 10},
                {QStringLiteral("status_at"), Text, {}, 10}, {QStringLiteral("status_by"), Text, kEmpty, 10},
                {QStringLiteral("review_comment"), Text, kEmpty, 10}, {QStringLiteral("snapshot"), Text, kEmpty, 10}},
               {QStringLiteral("round_id"), QStringLiteral("unit_id")}),
        synced(QStringLiteral("report_sections"), 10,
               {{QStringLiteral("unit_id"), Text, kNotNull, 10}, {QStringLiteral("round_id"), Text, kNotNull, 10},
                {QStringLiteral("section"), Text, kNotNull, 10}, {QStringLiteral("body"), Text, kEmpty, 10}},
               {QStringLiteral("unit_id, round_id")}),
        synced(QStringLiteral("goal_assessments"), 10,
               {{QStringLiteral("unit_id"), Text, kNotNull, 10}, {QStringLiteral("round_id"), Text, kNotNull, 10},
                {QStringLiteral("goal_id"), Text, kNotNull, 10}, {QStringLiteral("assessment"), Text, kEmpty, 10},
                {QStringLiteral("forecast"), Text, kEmpty, 10}, {QStringLiteral("body"), Text, kEmpty, 10}},
               {QStringLiteral("unit_id, round_id")}),
        // 4: sync bookkeeping shared by client and server
        {QStringLiteral("sync_meta"), 4, false, false,
         {{QStringLiteral("key"), Text, QStringLiteral("PRIMARY KEY"), 4}, {QStringLiteral("value"), Text, kNotNull, 4}},
         {}, {}},
        {QStringLiteral("conflicts"), 4, false, false,
         {{QStringLiteral("id"), Text, QStringLiteral("PRIMARY KEY"), 4}, {QStringLiteral("tbl"), Text, kNotNull, 4},
          {QStringLiteral("row_id"), Text, kNotNull, 4}, {QStringLiteral("field"), Text, kNotNull, 4},
          {QStringLiteral("lost_value"), Text, {}, 4}, {QStringLiteral("lost_clock"), Text, kNotNull, 4},
          {QStringLiteral("winning_value"), Text, {}, 4}, {QStringLiteral("winning_clock"), Text, kNotNull, 4},
          {QStringLiteral("reason"), Text, kNotNull, 4}, {QStringLiteral("created_at"), Text, kNotNull, 4},
          {QStringLiteral("resolved"), Int, QStringLiteral("NOT NULL DEFAULT 0"), 4}},
         {}, {}},
        // 5: server accounts, grants, tokens, the audit trail; the client's outbox
        {QStringLiteral("users"), 5, false, false,
         {{QStringLiteral("name"), Text, QStringLiteral("PRIMARY KEY"), 5},
          {QStringLiteral("password_hash"), Text, kNotNull, 5}, {QStringLiteral("role"), Text, kNotNull, 5},
          {QStringLiteral("grants_version"), Int, QStringLiteral("NOT NULL DEFAULT 1"), 5},
          {QStringLiteral("created_at"), Text, kNotNull, 5}},
         {}, {}},
        {QStringLiteral("grants"), 5, false, false,
         {{QStringLiteral("user_name"), Text, kNotNull, 5}, {QStringLiteral("unit_id"), Text, kNotNull, 5}},
         QStringLiteral("PRIMARY KEY (user_name, unit_id)"), {}},
        {QStringLiteral("tokens"), 5, false, false,
         {{QStringLiteral("token_hash"), Text, QStringLiteral("PRIMARY KEY"), 5},
          {QStringLiteral("user_name"), Text, kNotNull, 5}, {QStringLiteral("device_id"), Text, kEmpty, 5},
          {QStringLiteral("expires_at"), Big, kNotNull, 5}, {QStringLiteral("created_at"), Big, kNotNull, 5}},
         {}, {}},
        {QStringLiteral("audit"), 5, false, false,
         {{QStringLiteral("id"), Type::Serial, {}, 5}, {QStringLiteral("at"), Big, kNotNull, 5},
          {QStringLiteral("user_name"), Text, kNotNull, 5}, {QStringLiteral("device_id"), Text, kNotNull, 5},
          {QStringLiteral("tbl"), Text, kNotNull, 5}, {QStringLiteral("row_id"), Text, kNotNull, 5},
          {QStringLiteral("field"), Text, kNotNull, 5}, {QStringLiteral("old_value"), Text, {}, 5},
          {QStringLiteral("new_value"), Text, {}, 5}, {QStringLiteral("clock"), Text, kNotNull, 5}},
         {}, {{QStringLiteral("idx_audit_row"), QStringLiteral("tbl, row_id"), {}, 5}}},
        {QStringLiteral("sync_outbox"), 5, false, false,
         {{QStringLiteral("n"), Big, QStringLiteral("PRIMARY KEY"), 5}, {QStringLiteral("tbl"), Text, kNotNull, 5},
          {QStringLiteral("row_id"), Text, kNotNull, 5}, {QStringLiteral("clocks"), Text, kNotNull, 5},
          {QStringLiteral("payload"), Text, kNotNull, 5}},
         {}, {{QStringLiteral("idx_sync_outbox_row"), QStringLiteral("tbl, row_id"), {}, 5}}},
        // 6: a device's last applied mutation per (device, user)
        {QStringLiteral("devices"), 6, false, false,
         {{QStringLiteral("device_id"), Text, kNotNull, 6}, {QStringLiteral("user_name"), Text, kNotNull, 6},
          {QStringLiteral("last_mutation"), Big, QStringLiteral("NOT NULL DEFAULT 0"), 6},
          {QStringLiteral("last_seen"), Big, QStringLiteral("NOT NULL DEFAULT 0"), 6}},
         QStringLiteral("PRIMARY KEY (device_id, user_name)"), {}},
    };
}

// The declaration with each synced table's _seq and _dirty indexes added.
QList<Table> withSyncIndexes()
{
    QList<Table> all = declare();
    for (Table &t : all) {
        if (!t.synced)
            continue;
        t.indexes << Index{QStringLiteral("idx_%1_seq").arg(t.name), QStringLiteral("_seq"), {}, t.since}
                  << Index{QStringLiteral("idx_%1_dirty").arg(t.name), QStringLiteral("_dirty"),
                           QStringLiteral("_dirty = 1"), qMax(dirtyIndexesSince, t.since)};
    }
    return all;
}

QString typeSql(Type type, bool postgres)
{
    switch (type) {
    case Type::Text: return QStringLiteral("TEXT");
    case Type::Integer: return QStringLiteral("INTEGER");
    case Type::BigInt: return QStringLiteral("BIGINT");
    case Type::Double: return QStringLiteral("DOUBLE PRECISION");
    case Type::Serial:
        return postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    case Type::None: break;
    }
    return QString();
}

QString columnSql(const Column &c, bool postgres)
{
    QString sql = c.name + QLatin1Char(' ') + typeSql(c.type, postgres);
    if (!c.constraints.isEmpty())
        sql += QLatin1Char(' ') + c.constraints;
    return sql;
}

const QString kSyncColumns = QStringLiteral(
    "_clocks TEXT NOT NULL DEFAULT '{}', _deleted INTEGER NOT NULL DEFAULT 0, "
    "_seq BIGINT NOT NULL DEFAULT 0, _dirty INTEGER NOT NULL DEFAULT 0");
} // namespace

const QList<Table> &Schema::tables()
{
    static const QList<Table> all = withSyncIndexes();
    return all;
}

const Table *Schema::table(const QString &name)
{
    static const QHash<QString, const Table *> byName = [] {
        QHash<QString, const Table *> h;
        for (const Table &t : tables())
            h.insert(t.name, &t);
        return h;
    }();
    return byName.value(name);
}

QStringList Schema::syncedTables(int version)
{
    QStringList names;
    for (const Table &t : tables()) {
        if (t.synced && t.since <= version)
            names << t.name;
    }
    return names;
}

QStringList Schema::columns(const QString &tableName, int version)
{
    QStringList names;
    const Table *t = table(tableName);
    if (!t || !t->synced)
        return names;
    for (const Column &c : t->columns) {
        if (c.since <= version)
            names << c.name;
    }
    return names;
}

Type Schema::columnType(const QString &tableName, const QString &column)
{
    if (const Table *t = table(tableName)) {
        for (const Column &c : t->columns) {
            if (c.name == column)
                return c.type;
        }
    }
    return Type::None;
}

bool Schema::isGlobal(const QString &tableName)
{
    const Table *t = table(tableName);
    return t && t->global;
}

QString Schema::createTableSql(const Table &t, int version, bool postgres)
{
    QStringList parts;
    if (t.synced)
        parts << QStringLiteral("id TEXT PRIMARY KEY");
    for (const Column &c : t.columns) {
        if (c.since == t.since)
            parts << columnSql(c, postgres);
    }
    if (t.synced)
        parts << kSyncColumns;
    for (const Column &c : t.columns) {
        if (c.since > t.since && c.since <= version)
            parts << columnSql(c, postgres);
    }
    if (!t.primaryKey.isEmpty())
        parts << t.primaryKey;
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(t.name, parts.join(QStringLiteral(", ")));
}

QString Schema::addColumnSql(const Table &t, const Column &c, bool postgres)
{
    return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(t.name, columnSql(c, postgres));
}

QStringList Schema::indexSql(const Table &t, int version, bool upTo)
{
    QStringList sql;
    for (const Index &i : t.indexes) {
        if (upTo ? i.since > version : i.since != version)
            continue;
        QString s = QStringLiteral("CREATE INDEX %1 ON %2 (%3)").arg(i.name, t.name, i.columns);
        if (!i.where.isEmpty())
            s += QStringLiteral(" WHERE ") + i.where;
        sql << s;
    }
    return sql;
}
