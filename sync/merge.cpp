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
// True when both rows hold the same values (compared as they travel, so 1 and 1.0 are equal).
bool sameValues(const SyncRow &a, const SyncRow &b)
{
    if (a.values.size() != b.values.size())
        return false;
    for (auto it = a.values.cbegin(); it != a.values.cend(); ++it) {
        if (!b.values.contains(it.key()) || Rows::toJson(it.value()) != Rows::toJson(b.values.value(it.key())))
            return false;
    }
    return true;
}
} // namespace

Merge::Outcome Merge::merge(const SyncRow *local, const SyncRow &incoming, Source source)
{
    Outcome out;
    const QString inDel = clockOf(incoming.clocks, kDeleted);
    if (local && local->deleted && !(source == Source::Server && incoming.deleted)) {
        // The row is a tombstone here: its values stay as they are; a newer delete clock is the
        // only thing that can change. Incoming edits newer than what the tombstone holds lost.
        out.result = *local;
        SyncRow &r = out.result;
        const QString tomb = clockOf(r.clocks, kDeleted);
        for (auto it = incoming.values.cbegin(); it != incoming.values.cend(); ++it) {
            const QString in = clockOf(incoming.clocks, it.key());
            if (in > clockOf(r.clocks, it.key()))
                out.editsOnDeleted << Loss{it.key(), Rows::toJson(it.value()), in, QJsonValue(), tomb,
                                           QStringLiteral("deleted")};
        }
        if (incoming.deleted && inDel > tomb) {
            r.clocks.insert(kDeleted, inDel);
            out.changed = true;
        }
        return out;
    }
    if (source == Source::Server && incoming.deleted) {
        // The server's tombstone, taken as it is; local values it replaces are reported.
        if (local)
            out.result = *local;
        SyncRow &r = out.result;
        r.table = incoming.table;
        r.id = incoming.id;
        r.deleted = true;
        for (auto it = incoming.values.cbegin(); it != incoming.values.cend(); ++it)
            r.values.insert(it.key(), it.value());
        QJsonObject clocks = incoming.clocks; // the server's clocks; local ones only of fields it did not send
        for (auto it = r.clocks.begin(); it != r.clocks.end(); ++it) {
            if (it.key() != kDeleted && !incoming.values.contains(it.key()))
                clocks.insert(it.key(), it.value());
        }
        r.clocks = clocks;
        if (local && clockOf(local->clocks, kDeleted) > inDel)
            r.clocks.insert(kDeleted, clockOf(local->clocks, kDeleted)); // pushed later: the server takes the newer
        out.becameDeleted = !local || !local->deleted;
        out.changed = !local || !local->deleted || local->clocks != r.clocks || !sameValues(*local, r);
        if (local) {
            for (auto it = local->values.cbegin(); it != local->values.cend(); ++it) {
                const QString mine = clockOf(local->clocks, it.key());
                const QJsonValue myValue = Rows::toJson(it.value());
                if (!mine.isEmpty() && mine != clockOf(r.clocks, it.key()) && myValue != Rows::toJson(r.values.value(it.key())))
                    out.editsOnDeleted << Loss{it.key(), myValue, mine, Rows::toJson(r.values.value(it.key())),
                                               clockOf(r.clocks, kDeleted), QStringLiteral("deleted")};
            }
        }
        return out;
    }
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

    if (out.becameDeleted && local) {
        // Local edits made after (or concurrently with) the delete that now hides them.
        for (auto it = local->values.cbegin(); it != local->values.cend(); ++it) {
            const QString c = clockOf(local->clocks, it.key());
            if (c > inDel)
                out.editsOnDeleted << Loss{it.key(), Rows::toJson(it.value()), c, QJsonValue(), inDel,
                                           QStringLiteral("deleted")};
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
