#include "rows.h"

#include "database.h"
#include "hlc.h"
#include "schema.h"

#include <QJsonDocument>
#include <QSqlError>

namespace {
// The columns of the synced tables by name, looked up once (the schema is a list).
const QHash<QString, QHash<QString, const Schema::Column *>> &syncedColumns()
{
    static const QHash<QString, QHash<QString, const Schema::Column *>> byTable = [] {
        QHash<QString, QHash<QString, const Schema::Column *>> h;
        for (const Schema::Table &t : Schema::tables()) {
            if (!t.synced)
                continue;
            for (const Schema::Column &c : t.columns)
                h[t.name].insert(c.name, &c);
        }
        return h;
    }();
    return byTable;
}

const Schema::Column *column(const QString &table, const QString &name, int schema)
{
    const Schema::Column *c = syncedColumns().value(table).value(name);
    return c && c->since <= schema ? c : nullptr;
}
} // namespace

bool Rows::knows(const QString &table, const QString &name, int schema)
{
    return column(table, name, schema) != nullptr;
}

bool Rows::isClock(QStringView text)
{
    return Hlc::isClockText(text);
}

bool Rows::isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

QJsonValue Rows::toJson(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue(QJsonValue::Null);
    return isNumber(v) ? QJsonValue(v.toDouble()) : QJsonValue(v.toString());
}

std::optional<QVariant> Rows::fromJson(const QString &table, const QString &name, const QJsonValue &v,
                                       QString *error, int schema)
{
    const Schema::Column *c = column(table, name, schema);
    if (!c) {
        *error = QStringLiteral("unknown field %1.%2").arg(table, name);
        return std::nullopt;
    }
    const QString &column = c->name;
    if (v.isNull())
        return QVariant();
    if (c->type == Schema::Type::Text) {
        if (!v.isString()) {
            *error = QStringLiteral("%1.%2 must be a string or null").arg(table, column);
            return std::nullopt;
        }
        return QVariant(v.toString());
    }
    if (!v.isDouble()) {
        *error = QStringLiteral("%1.%2 must be a number or null").arg(table, column);
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (c->type == Schema::Type::Integer || c->type == Schema::Type::BigInt) {
        if (d != double(qint64(d))) {
            *error = QStringLiteral("%1.%2 must be an integer").arg(table, column);
            return std::nullopt;
        }
        return QVariant(qint64(d));
    }
    return QVariant(d);
}

QJsonObject SyncRow::toJson() const
{
    QJsonObject vals;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        vals.insert(it.key(), Rows::toJson(it.value()));
    return QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("id"), id},
                       {QStringLiteral("values"), vals}, {QStringLiteral("clocks"), clocks},
                       {QStringLiteral("deleted"), deleted}};
}

std::optional<SyncRow> SyncRow::fromJson(const QJsonObject &o, QString *error, int schema, Unknown unknown,
                                         Unclocked unclocked)
{
    SyncRow row;
    const QJsonValue table = o.value(QStringLiteral("table"));
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!table.isString() || !Schema::syncedTables(schema).contains(table.toString())) {
        *error = QStringLiteral("unknown table %1").arg(table.isString() ? table.toString() : QStringLiteral("(not a string)"));
        return std::nullopt;
    }
    row.table = table.toString();
    if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 100) {
        *error = QStringLiteral("%1: id must be a non-empty string").arg(row.table);
        return std::nullopt;
    }
    row.id = id.toString();
    const QJsonValue values = o.value(QStringLiteral("values"));
    const QJsonValue clocks = o.value(QStringLiteral("clocks"));
    const QJsonValue deleted = o.value(QStringLiteral("deleted"));
    if (!values.isObject() || !clocks.isObject() || !(deleted.isBool() || deleted.isUndefined())) {
        *error = QStringLiteral("%1 %2: values and clocks must be objects, deleted a boolean").arg(row.table, row.id);
        return std::nullopt;
    }
    QJsonObject vals = values.toObject();
    row.clocks = clocks.toObject();
    if (unknown == Unknown::Drop) {
        for (const QString &key : vals.keys()) {
            if (!Rows::knows(row.table, key, schema))
                vals.remove(key);
        }
        for (const QString &key : row.clocks.keys()) {
            if (key != QLatin1String("_deleted") && !Rows::knows(row.table, key, schema))
                row.clocks.remove(key);
        }
    }
    for (auto it = vals.begin(); it != vals.end(); ++it) {
        const auto v = Rows::fromJson(row.table, it.key(), it.value(), error, schema);
        if (!v)
            return std::nullopt;
        if (unclocked == Unclocked::Drop && !row.clocks.contains(it.key()))
            continue;
        row.values.insert(it.key(), *v);
    }
    for (auto it = row.clocks.begin(); it != row.clocks.end(); ++it) {
        if (it.key() != QLatin1String("_deleted") && !vals.contains(it.key())) {
            *error = QStringLiteral("%1 %2: clock for a field without value: %3").arg(row.table, row.id, it.key());
            return std::nullopt;
        }
        if (!it.value().isString() || !Rows::isClock(it.value().toString())) {
            *error = QStringLiteral("%1 %2: bad clock for %3").arg(row.table, row.id, it.key());
            return std::nullopt;
        }
    }
    row.deleted = deleted.toBool(false);
    if (row.deleted && !row.clocks.contains(QStringLiteral("_deleted"))) {
        *error = QStringLiteral("%1 %2: a deleted row needs a _deleted clock").arg(row.table, row.id);
        return std::nullopt;
    }
    return row;
}

QString SyncRow::unitId() const
{
    if (table == QLatin1String("units"))
        return id;
    if (Schema::isGlobal(table))
        return QString();
    return values.value(QStringLiteral("unit_id")).toString();
}

QString Rows::Reader::selectList(const QString &table, int schema)
{
    QStringList cols{QStringLiteral("id")};
    cols << Schema::columns(table, schema) << QStringLiteral("_clocks") << QStringLiteral("_deleted")
         << QStringLiteral("_dirty");
    return cols.join(QStringLiteral(", "));
}

int Rows::Reader::dirtyIndex(const QString &table, int schema)
{
    return int(Schema::columns(table, schema).size()) + 3;
}

SyncRow Rows::Reader::fromQuery(const QString &table, const QSqlQuery &q, int schema)
{
    SyncRow row;
    row.table = table;
    row.id = q.value(0).toString();
    const QStringList cols = Schema::columns(table, schema);
    for (int i = 0; i < cols.size(); ++i)
        row.values.insert(cols.at(i), q.value(i + 1));
    row.clocks = QJsonDocument::fromJson(q.value(cols.size() + 1).toString().toUtf8()).object();
    row.deleted = q.value(cols.size() + 2).toInt() != 0;
    return row;
}

bool Rows::Reader::read(const QString &table, const QString &id, SyncRow *row, bool *dirty)
{
    auto it = m_queries.find(table);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectList(table, m_schema), table));
        it = m_queries.insert(table, q);
    }
    QSqlQuery &q = it.value();
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return false;
    }
    *row = fromQuery(table, q, m_schema);
    if (dirty)
        *dirty = q.value(dirtyIndex(table, m_schema)).toInt() != 0;
    q.finish();
    return true;
}
