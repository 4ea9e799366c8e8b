#include "merge.h"

#include "database.h"
#include "ids.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kDeleted = QStringLiteral("_deleted");

QString clockOf(const QJsonObject &clocks, const QString &field)
{
    return clocks.value(field).toString();
}

QString jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
} // namespace

Merge::Outcome Merge::merge(const SyncRow *local, const SyncRow &incoming)
{
    Outcome out;
    if (local) {
        out.result = *local;
    } else {
        out.result.table = incoming.table;
        out.result.id = incoming.id;
        out.changed = true;
    }
    SyncRow &r = out.result;

    for (auto it = incoming.values.cbegin(); it != incoming.values.cend(); ++it) {
        const QString &f = it.key();
        const QString in = clockOf(incoming.clocks, f);
        const QString mine = clockOf(r.clocks, f);
        if (in > mine) {
            if (local && !mine.isEmpty()) {
                const QJsonValue inValue = Rows::toJson(it.value());
                const QJsonValue myValue = Rows::toJson(r.values.value(f));
                if (myValue != inValue)
                    out.localLost << Loss{f, myValue, mine, inValue, in, QStringLiteral("overwritten")};
            }
            r.values.insert(f, it.value());
            r.clocks.insert(f, in);
            out.changedFields << f;
            out.changed = true;
        } else if (!local && in.isEmpty()) {
            r.values.insert(f, it.value()); // a column default that was never written
        } else if (in < mine) {
            const QJsonValue inValue = Rows::toJson(it.value());
            const QJsonValue myValue = Rows::toJson(r.values.value(f));
            if (myValue != inValue)
                out.incomingLost << Loss{f, inValue, in, myValue, mine, QStringLiteral("older")};
        }
    }

    const QString inDel = clockOf(incoming.clocks, kDeleted);
    if (incoming.deleted) {
        if (!r.deleted) {
            r.deleted = true;
            r.clocks.insert(kDeleted, inDel);
            out.becameDeleted = true;
            out.changed = true;
        } else if (inDel > clockOf(r.clocks, kDeleted)) {
            r.clocks.insert(kDeleted, inDel);
            out.changed = true;
        }
    }

    if (r.deleted) {
        const QString tomb = clockOf(r.clocks, kDeleted);
        if (!incoming.deleted) {
            // Incoming edits that arrive at a deleted row.
            for (const QString &f : std::as_const(out.changedFields))
                out.editsOnDeleted << Loss{f, Rows::toJson(r.values.value(f)), clockOf(r.clocks, f),
                                           QJsonValue(), tomb, QStringLiteral("deleted")};
        } else if (out.becameDeleted && local) {
            // Local edits made after (or concurrently with) the delete that now hides them.
            for (auto it = local->values.cbegin(); it != local->values.cend(); ++it) {
                const QString c = clockOf(local->clocks, it.key());
                if (c > inDel)
                    out.editsOnDeleted << Loss{it.key(), Rows::toJson(it.value()), c, QJsonValue(),
                                               inDel, QStringLiteral("deleted")};
            }
        }
    }
    return out;
}

bool Merge::logConflict(Database &db, const QString &table, const QString &rowId, const Loss &loss,
                        QString *error)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "INSERT INTO conflicts (id, tbl, row_id, field, lost_value, lost_clock, winning_value, "
        "winning_clock, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Ids::random());
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(loss.field);
    q.addBindValue(loss.lostValue.isNull() ? QVariant() : QVariant(jsonText(loss.lostValue)));
    q.addBindValue(loss.lostClock.isNull() ? QStringLiteral("") : loss.lostClock);
    q.addBindValue(loss.winningValue.isNull() ? QVariant() : QVariant(jsonText(loss.winningValue)));
    q.addBindValue(loss.winningClock.isNull() ? QStringLiteral("") : loss.winningClock);
    q.addBindValue(loss.reason);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = QStringLiteral("cannot log a conflict: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}
