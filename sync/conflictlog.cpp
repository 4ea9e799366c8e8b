#include "conflictlog.h"

#include "database.h"
#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

ConflictLog::ConflictLog(Database &db) : m_db(db) {}

QList<Conflict> ConflictLog::unresolved()
{
    QList<Conflict> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, tbl, row_id, field, lost_value, winning_value, reason, created_at "
                               "FROM conflicts WHERE resolved = 0 ORDER BY created_at DESC, id")))
        return out;
    while (q.next()) {
        Conflict c;
        c.id = q.value(0).toString();
        c.table = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.field = q.value(3).toString();
        c.lostValue = q.value(4).isNull() ? QVariant() : QVariant(q.value(4).toString());
        c.winningValue = q.value(5).isNull() ? QVariant() : QVariant(q.value(5).toString());
        c.reason = q.value(6).toString();
        c.createdAt = q.value(7).toString();
        out.append(c);
    }
    return out;
}

bool ConflictLog::markResolved(const QString &conflictId, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE conflicts SET resolved = 1 WHERE id = ?"));
    q.addBindValue(conflictId);
    return q.exec() || fail(q, error);
}

QString ConflictLog::rowValue(const QString &table, const QString &rowId, const QString &column)
{
    // Table and column come from the conflict log: only names the schema knows are used in SQL.
    if (!Schema::columns(table).contains(column) && column != QLatin1String("id"))
        return {};
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(rowId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
