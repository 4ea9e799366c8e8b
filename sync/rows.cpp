#include "rows.h"

#include "database.h"
#include "hlc.h"
#include "migrations.h"

#include <QJsonDocument>
#include <QSqlError>

namespace {
// Column types of the synced tables, looked up once (Migrations::columnType scans the schema).
const QHash<QString, QHash<QString, QString>> &columnTypes()
{
    static const QHash<QString, QHash<QString, QString>> types = [] {
        QHash<QString, QHash<QString, QString>> h;
        for (const QString &table : Migrations::syncedTables())
            for (const QString &column : Migrations::columns(table))
                h[table].insert(column, Migrations::columnType(table, column));
        return h;
    }();
    return types;
}

} // namespace

bool Rows::isClock(QStringView text)
{
    if (text.size() < 24 || text.at(16) != QLatin1Char(':') || text.at(22) != QLatin1Char(':'))
        return false;
    for (qsizetype i = 0; i < 22; ++i) {
        const char16_t c = text.at(i).unicode();
        if (i != 16 && (c < u'0' || c > u'9'))
            return false;
    }
    return true;
}

QJsonValue Rows::toJson(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        return v.toDouble();
    default:
        return v.toString();
    }
}

std::optional<QVariant> Rows::fromJson(const QString &table, const QString &column, const QJsonValue &v,
                                       QString *error)
{
    const QString type = columnTypes().value(table).value(column);
    if (type.isEmpty()) {
        *error = QStringLiteral("unknown field %1.%2").arg(table, column);
        return std::nullopt;
    }
    if (v.isNull())
        return QVariant();
    if (type == QLatin1String("TEXT")) {
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
    if (type == QLatin1String("INTEGER") || type == QLatin1String("BIGINT")) {
        if (d != double(qint64(d))) {
            *error = QStringLiteral("%1.%2 must be an integer").arg(table, column);
            return std::nullopt;
        }
        return QVariant(qint64(d));
    }
    return QVariant(d);
}

bool Rows::isGlobal(const QString &table)
{
    return table == QLatin1String("indicators");
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

std::optional<SyncRow> SyncRow::fromJson(const QJsonObject &o, QString *error)
{
    SyncRow row;
    const QJsonValue table = o.value(QStringLiteral("table"));
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!table.isString() || !Migrations::syncedTables().contains(table.toString())) {
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
    const QJsonObject vals = values.toObject();
    for (auto it = vals.begin(); it != vals.end(); ++it) {
        const auto v = Rows::fromJson(row.table, it.key(), it.value(), error);
        if (!v)
            return std::nullopt;
        row.values.insert(it.key(), *v);
    }
    row.clocks = clocks.toObject();
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
    if (Rows::isGlobal(table))
        return QString();
    return values.value(QStringLiteral("unit_id")).toString();
}

QString Rows::Reader::selectList(const QString &table)
{
    QStringList cols{QStringLiteral("id")};
    cols << Migrations::columns(table) << QStringLiteral("_clocks") << QStringLiteral("_deleted")
         << QStringLiteral("_dirty");
    return cols.join(QStringLiteral(", "));
}

SyncRow Rows::Reader::fromQuery(const QString &table, const QSqlQuery &q)
{
    SyncRow row;
    row.table = table;
    row.id = q.value(0).toString();
    const QStringList cols = Migrations::columns(table);
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
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectList(table), table));
        it = m_queries.insert(table, q);
    }
    QSqlQuery &q = it.value();
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return false;
    }
    *row = fromQuery(table, q);
    if (dirty)
        *dirty = q.value(Migrations::columns(table).size() + 3).toInt() != 0;
    q.finish();
    return true;
}
