#pragma once
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>
#include <optional>

class Database;

// One synced row as it travels: data values, per-field clocks (plus "_deleted" for the
// tombstone) and the tombstone flag. A value without a clock is a column default never written. JSON form: {"table","id","values","clocks","deleted"}.
struct SyncRow
{
    QString table;
    QString id;
    QVariantMap values;
    QJsonObject clocks;
    bool deleted = false;

    QJsonObject toJson() const;
    // Parses and type-checks a row against the schema; nullopt with *error naming the problem.
    static std::optional<SyncRow> fromJson(const QJsonObject &o, QString *error);
    // The unit the row belongs to ("" for global rows such as indicators).
    QString unitId() const;
};

namespace Rows {
// A database value as JSON (numbers as doubles, NULL as null).
QJsonValue toJson(const QVariant &v);
// A JSON value converted to the column's SQL type; nullopt with *error on a type mismatch.
std::optional<QVariant> fromJson(const QString &table, const QString &column, const QJsonValue &v,
                                 QString *error);
// True when the text is a clock "wallms:counter:device" (16 and 5 digits), the same test as
// Hlc::parse() succeeding, without allocating.
bool isClock(QStringView text);
// True when a table has no unit (global reference data).
bool isGlobal(const QString &table);

// Reads rows of synced tables with cached prepared statements (one reader per connection).
class Reader
{
public:
    explicit Reader(Database &db) : m_db(db) {}
    // Reads one row; returns false when it does not exist.
    bool read(const QString &table, const QString &id, SyncRow *row, bool *dirty = nullptr);
    // Fills a row from a query positioned on "SELECT id, <columns>, _clocks, _deleted ...".
    static SyncRow fromQuery(const QString &table, const QSqlQuery &q);
    // "id, c1, c2, ..., _clocks, _deleted, _dirty" for a table.
    static QString selectList(const QString &table);

private:
    Database &m_db;
    QHash<QString, QSqlQuery> m_queries;
};
} // namespace Rows
