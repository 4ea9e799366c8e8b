#pragma once
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>
#include <optional>

#include "schema.h"

class Database;

// One synced row as it travels: data values, per-field clocks (plus "_deleted" for the
// tombstone) and the tombstone flag. A value without a clock is a column default never written.
// JSON form: {"table","id","values","clocks","deleted"}.
struct SyncRow
{
    QString table;
    QString id;
    QVariantMap values;
    QJsonObject clocks;
    bool deleted = false;

    // What fromJson does with a field its schema version does not know.
    enum class Unknown {
        Refuse, // an error (the server reading a push)
        Drop    // left out with its clock (a client reading what a newer server sent)
    };

    // What fromJson does with a value that has no clock.
    enum class Unclocked {
        Keep, // a column default never written (a client reading a pull)
        Drop  // not a write: left out, the row keeps what it has (the server reading a push)
    };

    QJsonObject toJson() const;
    // Parses and type-checks a row against the tables and columns of schema version `schema`;
    // nullopt with *error naming the problem.
    static std::optional<SyncRow> fromJson(const QJsonObject &o, QString *error, int schema = Schema::latest,
                                           Unknown unknown = Unknown::Refuse, Unclocked unclocked = Unclocked::Keep);
    // The unit the row belongs to ("" for global rows such as indicators).
    QString unitId() const;
};

namespace Rows {
// True when a database value travels as a JSON number (integers, doubles, booleans).
bool isNumber(const QVariant &v);
// A database value as JSON (numbers as doubles, NULL as null).
QJsonValue toJson(const QVariant &v);
// A JSON value converted to the column's SQL type; nullopt with *error on a type mismatch or a
// column unknown at `schema`.
std::optional<QVariant> fromJson(const QString &table, const QString &column, const QJsonValue &v,
                                 QString *error, int schema = Schema::latest);
// True when `column` of the synced `table` exists at schema version `schema`.
bool knows(const QString &table, const QString &column, int schema);
// True when the text is a clock "wallms:counter:device" (16 and 5 digits), the same test as
// Hlc::parse() succeeding, without allocating.
bool isClock(QStringView text);

// Reads rows of synced tables with the columns of one schema version (a client reads those of
// its database) and cached prepared statements (one reader per connection).
class Reader
{
public:
    explicit Reader(Database &db, int schema = Schema::latest) : m_db(db), m_schema(schema) {}
    // Reads one row; returns false when it does not exist.
    bool read(const QString &table, const QString &id, SyncRow *row, bool *dirty = nullptr);
    // Fills a row from a query positioned on selectList(table, schema).
    static SyncRow fromQuery(const QString &table, const QSqlQuery &q, int schema = Schema::latest);
    // "id, c1, c2, ..., _clocks, _deleted, _dirty" for a table at `schema`.
    static QString selectList(const QString &table, int schema = Schema::latest);
    // The index of _dirty in selectList(table, schema).
    static int dirtyIndex(const QString &table, int schema = Schema::latest);

private:
    Database &m_db;
    int m_schema;
    QHash<QString, QSqlQuery> m_queries;
};
} // namespace Rows
