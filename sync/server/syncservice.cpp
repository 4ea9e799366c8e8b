#include "syncservice.h"

#include "audit.h"

#include "database.h"
#include "groupcommit.h"
#include "hlc.h"
#include "ids.h"
#include "migrations.h"
#include "protocol.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QMutex>

Q_LOGGING_CATEGORY(lcSync, "enhetspuls.sync")

using SyncProtocol::Cursor;

namespace {
// The group commit of all connections to one database in this process.
GroupCommit<SyncService::PendingPush> &groupCommit(const QString &spec)
{
    static QMutex mutex;
    static QHash<QString, GroupCommit<SyncService::PendingPush> *> bySpec; // lives as long as the process
    QMutexLocker lock(&mutex);
    auto it = bySpec.find(spec);
    if (it == bySpec.end())
        it = bySpec.insert(spec, new GroupCommit<SyncService::PendingPush>);
    return **it;
}

QString text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isString())
        return v.toString();
    return QString::number(v.toDouble(), 'g', 17);
}
} // namespace

SyncService::SyncService(Database &db) : m_db(db), m_access(db), m_reader(db) {}

SyncService::~SyncService() = default;

ServiceReply ServiceReply::error(int status, const QString &code, const QString &message, QJsonObject extra)
{
    extra.insert(QStringLiteral("error"), code);
    extra.insert(QStringLiteral("message"), message);
    return ServiceReply{status, extra, {}};
}

QByteArray ServiceReply::json() const
{
    return raw.isEmpty() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : raw;
}

QString SyncService::epoch()
{
    // Read on every call, not cached: `epoch reset` on a running server takes effect at once.
    QSqlQuery &read = query(QStringLiteral("SELECT value FROM sync_meta WHERE key = 'epoch'"));
    QString value = read.exec() && read.next() ? read.value(0).toString() : QString();
    read.finish();
    if (!value.isEmpty())
        return value;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO sync_meta (key, value) VALUES ('epoch', ?) ON CONFLICT (key) DO NOTHING"));
    q.addBindValue(Ids::random());
    q.exec();
    if (read.exec() && read.next())
        value = read.value(0).toString();
    read.finish();
    return value;
}

bool SyncService::resetEpoch(Database &db, QString *err)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO sync_meta (key, value) VALUES ('epoch', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(Ids::random());
    if (!q.exec()) {
        *err = q.lastError().text();
        return false;
    }
    return true;
}

ServiceReply SyncService::sync(const Principal &p, const QJsonObject &request)
{
    const QJsonValue device = request.value(QStringLiteral("device"));
    const QJsonValue schema = request.value(QStringLiteral("schema"));
    const QJsonValue cursorText = request.value(QStringLiteral("cursor"));
    const QJsonValue mutations = request.value(QStringLiteral("mutations"));
    if (!device.isString() || device.toString().isEmpty() || device.toString().size() > 100)
        return ServiceReply::error(400, QStringLiteral("bad_request"), QStringLiteral("device must be a non-empty string (at most 100 characters)"));
    if (!schema.isDouble() || schema.toDouble() < 1 || schema.toDouble() != double(schema.toInt()))
        return ServiceReply::error(400, QStringLiteral("bad_request"), QStringLiteral("schema must be the client's schema version (a number)"));
    if (schema.toInt() > Migrations::latestVersion())
        return ServiceReply::error(409, QStringLiteral("schema_too_new"),
                     QStringLiteral("the client's schema version %1 is newer than the server's (%2); update the server")
                         .arg(schema.toInt()).arg(Migrations::latestVersion()));
    if (!(cursorText.isString() || cursorText.isUndefined() || cursorText.isNull()))
        return ServiceReply::error(400, QStringLiteral("bad_request"), QStringLiteral("cursor must be a string"));
    if (!(mutations.isArray() || mutations.isUndefined()))
        return ServiceReply::error(400, QStringLiteral("bad_request"), QStringLiteral("mutations must be an array"));
    if (mutations.toArray().size() > SyncProtocol::maxMutations)
        return ServiceReply::error(413, QStringLiteral("too_many_mutations"),
                     QStringLiteral("at most %1 mutations per request").arg(SyncProtocol::maxMutations));
    const auto cursor = Cursor::decode(cursorText.toString());
    if (!cursor)
        return ServiceReply::error(400, QStringLiteral("bad_cursor"), QStringLiteral("cursor is not one this server issued"));
    const QString current = epoch();
    if (!cursor->epoch.isEmpty() && cursor->epoch != current) {
        // The database was replaced (restored, reset): the client must start over.
        return ServiceReply{200, QJsonObject{{QStringLiteral("reset"), true}, {QStringLiteral("epoch"), current},
                                             {QStringLiteral("acked"), 0}, {QStringLiteral("changes"), QJsonArray()},
                                             {QStringLiteral("cursor"), QString()}, {QStringLiteral("more"), true}}};
    }
    // The client speaks its own schema version: a push may hold only what it knows, and a pull
    // gives it only that (an older app never sees, nor blanks, a newer column).
    const int clientSchema = schema.toInt();
    qint64 acked = 0;
    QList<QPair<QString, QString>> tombstones;
    ServiceReply pushed = push(p, device.toString(), clientSchema, mutations.toArray(), &acked, &tombstones);
    if (pushed.status != 200)
        return pushed;
    return pull(p, *cursor, clientSchema, acked, tombstones);
}

ServiceReply SyncService::push(const Principal &p, const QString &device, int schema, const QJsonArray &mutations,
                               qint64 *acked, QList<QPair<QString, QString>> *tombstones)
{
    // Parse and check everything before touching the database.
    PendingPush push;
    push.principal = p;
    push.device = device;
    push.now = QDateTime::currentMSecsSinceEpoch();
    push.mutations.reserve(mutations.size());
    qint64 previous = 0;
    for (int i = 0; i < mutations.size(); ++i) {
        const QJsonValue m = mutations.at(i);
        const QJsonValue n = m.toObject().value(QStringLiteral("n"));
        if (!m.isObject() || !n.isDouble() || n.toDouble() < 1 || n.toDouble() != double(qint64(n.toDouble())))
            return ServiceReply::error(400, QStringLiteral("bad_mutation"), QStringLiteral("mutation %1: n must be a positive integer").arg(i));
        if (qint64(n.toDouble()) <= previous)
            return ServiceReply::error(400, QStringLiteral("bad_mutation"), QStringLiteral("mutation %1: numbers must increase").arg(i));
        previous = qint64(n.toDouble());
        QString why;
        // A value without a clock is not a write (clients send column defaults they never wrote
        // that way): it is left out, so a new row gets the column's default and nothing reaches
        // the database that the access check and the audit did not see.
        auto row = SyncRow::fromJson(m.toObject(), &why, schema, SyncRow::Unknown::Refuse, SyncRow::Unclocked::Drop);
        if (!row)
            return ServiceReply::error(400, QStringLiteral("bad_mutation"), QStringLiteral("mutation %1: %2").arg(previous).arg(why),
                         {{QStringLiteral("mutation"), previous}});
        for (auto it = row->values.cbegin(); it != row->values.cend(); ++it) {
            if (it.value().typeId() == QMetaType::QString && it.value().toString().size() > SyncProtocol::maxTextLength)
                return ServiceReply::error(400, QStringLiteral("bad_mutation"),
                             QStringLiteral("mutation %1: %2.%3 is longer than %4 characters")
                                 .arg(previous).arg(row->table, it.key()).arg(SyncProtocol::maxTextLength),
                             {{QStringLiteral("mutation"), previous}, {QStringLiteral("field"), it.key()}});
        }
        for (auto it = row->clocks.begin(); it != row->clocks.end(); ++it) {
            const Hlc c = *Hlc::parse(it.value().toString());
            if (c.wallMs - push.now > SyncProtocol::maxClockDriftMs)
                return ServiceReply::error(400, QStringLiteral("clock_drift"),
                             QStringLiteral("mutation %1: clock of device %2 is %3 s ahead of the server (at most %4 s allowed); fix the device's clock")
                                 .arg(previous).arg(c.device).arg((c.wallMs - push.now) / 1000).arg(SyncProtocol::maxClockDriftMs / 1000),
                             {{QStringLiteral("mutation"), previous}});
        }
        push.mutations.append(Mutation{previous, *row});
    }

    // Nothing to do when there is nothing to push or every mutation was applied before (a
    // retried request): no write transaction.
    *acked = lastApplied(device, p.user);
    if (push.mutations.isEmpty() || push.mutations.last().n <= *acked) {
        // A retry whose first reply was lost: the tombstones its edits met are sent again.
        for (const Mutation &m : std::as_const(push.mutations))
            noteTombstone(m.row, tombstones);
        return ServiceReply{};
    }
    groupCommit(m_db.spec()).submit(&push, [this](const QList<PendingPush *> &batch) { applyBatch(batch); });
    *acked = push.acked;
    *tombstones = push.tombstones;
    return push.reply;
}

qint64 SyncService::lastApplied(const QString &device, const QString &user)
{
    QSqlQuery &last = query(QStringLiteral("SELECT last_mutation FROM devices WHERE device_id = ? AND user_name = ?"));
    last.addBindValue(device);
    last.addBindValue(user);
    const qint64 n = last.exec() && last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    return n;
}

void SyncService::noteTombstone(const SyncRow &pushed, QList<QPair<QString, QString>> *tombstones)
{
    if (pushed.deleted && pushed.values.isEmpty())
        return;
    SyncRow stored;
    if (!m_reader.read(pushed.table, pushed.id, &stored) || !stored.deleted
        || Merge::merge(&stored, pushed).editsOnDeleted.isEmpty())
        return;
    const QPair<QString, QString> key{pushed.table, pushed.id};
    if (!tombstones->contains(key))
        *tombstones << key;
}

QSqlQuery &SyncService::query(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db.db());
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_queries.emplace(sql, q).first;
    }
    return it->second;
}

void SyncService::applyBatch(const QList<PendingPush *> &batch)
{
    qCDebug(lcSync) << "group commit of" << batch.size() << "pushes";
    Store store(m_db, Store::Role::Server);
    QString why;
    auto failAll = [&](const QString &message) {
        for (PendingPush *push : batch) {
            if (push->reply.status == 200) {
                push->reply = ServiceReply::error(503, QStringLiteral("busy"), message);
                push->acked = 0;
            }
        }
    };
    if (!store.begin(&why)) {
        failAll(why);
        return;
    }
    for (PendingPush *push : batch) {
        if (!store.savepoint(&why)) {
            store.rollback();
            failAll(why);
            return;
        }
        push->reply = applyPush(store, *push);
        const bool kept = push->reply.status == 200 ? store.releaseSavepoint(&why) : store.rollbackToSavepoint(&why);
        if (!kept) {
            store.rollback();
            failAll(why);
            return;
        }
        if (push->reply.status >= 500)
            qCWarning(lcSync) << "push of" << push->device << "failed:" << push->reply.body;
    }
    if (!store.commit(&why))
        failAll(why);
}

ServiceReply SyncService::applyPush(Store &store, PendingPush &push)
{
    const Principal &p = push.principal;
    const QString &device = push.device;
    const qint64 lastApplied = this->lastApplied(device, p.user);
    const Visibility vis = m_access.visibility(p);
    QSqlQuery &audit = query(Audit::insertSql());
    auto addAudit = [&](const SyncRow &row, const QString &field, const QString &oldValue, const QString &newValue) {
        return Audit::add(audit, {push.now, p.user, device, row.table, row.id, field, oldValue, newValue,
                                  row.clocks.value(field).toString()});
    };
    QString why;
    qint64 applied = lastApplied;
    for (const Mutation &m : std::as_const(push.mutations)) {
        if (m.n <= lastApplied) {
            noteTombstone(m.row, &push.tombstones);
            continue; // seen before: a retried or duplicated request
        }
        SyncRow before;
        const bool exists = m_reader.read(m.row.table, m.row.id, &before);
        const Merge::Outcome out = Merge::merge(exists ? &before : nullptr, m.row);
        QStringList attempted;
        if (const auto denied = m_access.checkWrite(p, vis, device, exists ? &before : nullptr, m.row, out, &attempted))
            return ServiceReply::error(403, QStringLiteral("forbidden"), denied->message,
                         {{QStringLiteral("unit"), denied->unit}, {QStringLiteral("table"), denied->table},
                          {QStringLiteral("field"), denied->field}, {QStringLiteral("mutation"), m.n}});
        if (out.changed) {
            if (!store.put(out.result.table, out.result.id, out.result.values, out.result.clocks,
                           out.result.deleted, false, &why))
                return ServiceReply::error(400, QStringLiteral("bad_mutation"), QStringLiteral("mutation %1: %2").arg(m.n).arg(why),
                             {{QStringLiteral("mutation"), m.n}});
            for (const QString &f : out.changedFields) {
                if (!addAudit(out.result, f, exists ? text(Rows::toJson(before.values.value(f))) : QString(),
                              text(Rows::toJson(out.result.values.value(f)))))
                    return ServiceReply::error(500, QStringLiteral("internal"), audit.lastError().text());
            }
            if (out.becameDeleted && !addAudit(out.result, QStringLiteral("_deleted"), QStringLiteral("0"), QStringLiteral("1")))
                return ServiceReply::error(500, QStringLiteral("internal"), audit.lastError().text());
        }
        // Only a lost write of the user's is kept: a stale value the client repeats under another
        // device's clock was never checked as a write (attemptedFields), so it is not stored, not
        // even in the conflicts table.
        // An edit to a row deleted here is not stored (the tombstone keeps its values and _seq, so
        // no device is sent it again): it is kept for the pusher in conflicts, once per field and
        // clock, and the reply sends the pusher the tombstone.
        bool editedTombstone = false;
        for (const Merge::Loss &loss : out.editsOnDeleted + out.incomingLost) {
            if (!attempted.contains(loss.field))
                continue;
            const bool onTombstone = exists && before.deleted && loss.reason == QLatin1String("deleted");
            editedTombstone = editedTombstone || onTombstone;
            if (onTombstone) {
                QSqlQuery &seen = query(QStringLiteral(
                    "SELECT 1 FROM conflicts WHERE row_id = ? AND field = ? AND lost_clock = ? AND tbl = ?"));
                seen.addBindValue(m.row.id);
                seen.addBindValue(loss.field);
                seen.addBindValue(loss.lostClock);
                seen.addBindValue(m.row.table);
                const bool known = seen.exec() && seen.next();
                seen.finish();
                if (known)
                    continue;
            }
            if (!Merge::logConflict(m_db, m.row.table, m.row.id, loss, &why))
                return ServiceReply::error(500, QStringLiteral("internal"), why);
        }
        const QPair<QString, QString> key{m.row.table, m.row.id};
        if (editedTombstone && !push.tombstones.contains(key))
            push.tombstones << key;
        applied = m.n;
    }
    QSqlQuery &dev = query(QStringLiteral(
        "INSERT INTO devices (device_id, user_name, last_mutation, last_seen) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (device_id, user_name) DO UPDATE SET "
        "last_mutation = excluded.last_mutation, last_seen = excluded.last_seen"));
    dev.addBindValue(device);
    dev.addBindValue(p.user);
    dev.addBindValue(applied);
    dev.addBindValue(push.now);
    if (!dev.exec())
        return ServiceReply::error(500, QStringLiteral("internal"), dev.lastError().text());
    push.acked = applied;
    return ServiceReply{};
}
