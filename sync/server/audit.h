#pragma once
// The server's audit trail: one row per field a change set, by whom, from which device, what it
// was and what it became, with the field's clock. Written by a push and by `round create`.
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Audit {
struct Entry
{
    qint64 at = 0; // ms since the epoch
    QString user, device, table, rowId, field;
    QString oldValue, newValue; // null: none (a new row; a deleted field)
    QString clock;
};

// The statement `add` binds to: prepare it once and reuse it.
inline QString insertSql()
{
    return QStringLiteral("INSERT INTO audit (at, user_name, device_id, tbl, row_id, field, old_value, new_value, clock) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

// Writes `e` with `query`, prepared with insertSql(); false with the query's error on failure.
inline bool add(QSqlQuery &query, const Entry &e)
{
    query.addBindValue(e.at);
    query.addBindValue(e.user);
    query.addBindValue(e.device);
    query.addBindValue(e.table);
    query.addBindValue(e.rowId);
    query.addBindValue(e.field);
    query.addBindValue(e.oldValue.isNull() ? QVariant() : QVariant(e.oldValue));
    query.addBindValue(e.newValue.isNull() ? QVariant() : QVariant(e.newValue));
    query.addBindValue(e.clock);
    return query.exec();
}
} // namespace Audit
