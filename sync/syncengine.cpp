#include "syncengine.h"

#include "database.h"
#include "fastinsert.h"
#include "ids.h"
#include "merge.h"
#include "schema.h"
#include "protocol.h"
#include "visibility.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

Q_LOGGING_CATEGORY(lcSyncClient, "enhetspuls.syncclient")

namespace {
constexpr qint64 kNoDriftBound = std::numeric_limits<qint64>::max() / 4;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool isOwn(const QString &clock, const QString &device)
{
    const auto h = Hlc::parse(clock);
    return h && h->device == device;
}
} // namespace

SyncEngine::SyncEngine(Database &db, HlcClock::WallClock wall)
    : m_db(db), m_store(db, Store::Role::Client), m_schema(db.schemaVersion())
{
    // A larger page cache (at most 32 MiB instead of 2; SQLite takes it only as the database
    // needs it) holds a pulled page's dirty pages until the commit: a smaller one spills them to
    // the WAL mid-transaction. (With pages in id order they are mostly new pages of the table
    // and one run of the id index; 128 MiB, needed when pages came in sequence order, took a
    // 1 M sync's peak memory to 354 MB against 239 MB now, with the same bytes written.)
    if (!m_db.isPostgres())
        m_db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    m_device = meta(QStringLiteral("device_id"));
    if (m_device.isEmpty()) {
        m_device = Ids::random();
        QString error;
        setMeta(QStringLiteral("device_id"), m_device, &error);
    }
    m_clock = std::make_unique<HlcClock>(m_device, std::move(wall));
    if (const auto last = Hlc::parse(meta(QStringLiteral("hlc"))))
        m_clock->observe(*last, kNoDriftBound);
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::meta(const QString &key) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT value FROM sync_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SyncEngine::setMeta(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO sync_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("cannot store %1: %2").arg(key, q.lastError().text());
        return false;
    }
    return true;
}

QString SyncEngine::cursor() const { return meta(QStringLiteral("cursor")); }
qint64 SyncEngine::lastAcked() const { return meta(QStringLiteral("acked")).toLongLong(); }

int SyncEngine::pendingCount() const
{
    int n = 0;
    QSqlQuery q(m_db.db());
    for (const QString &t : Schema::syncedTables(m_schema)) {
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE _dirty = 1").arg(t)) && q.next())
            n += q.value(0).toInt();
    }
    return n;
}

int SyncEngine::conflictCount() const
{
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE resolved = 0")) && q.next() ? q.value(0).toInt() : 0;
}

bool SyncEngine::write(const QString &table, const QString &id, const QVariantMap &fields, QString *error)
{
    if (!m_store.begin(error))
        return false;
    const Hlc now = m_clock->now();
    if (!m_store.write(table, id, fields, now, error) || !setMeta(QStringLiteral("hlc"), now.toString(), error)) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

bool SyncEngine::remove(const QString &table, const QString &id, QString *error)
{
    if (!m_store.begin(error))
        return false;
    const Hlc now = m_clock->now();
    if (!m_store.remove(table, id, now, error) || !setMeta(QStringLiteral("hlc"), now.toString(), error)) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

bool SyncEngine::snapshotDirty(QString *error)
{
    if (pendingCount() == 0)
        return true; // nothing to number: no write transaction (and no fsync) for a no-op sync
    if (!m_store.begin(error))
        return false;
    qint64 next = meta(QStringLiteral("next_mutation")).toLongLong();
    const qint64 before = next;
    QSqlQuery seen(m_db.db());
    seen.prepare(QStringLiteral("SELECT 1 FROM sync_outbox WHERE tbl = ? AND row_id = ? AND clocks = ?"));
    QSqlQuery add(m_db.db());
    add.prepare(QStringLiteral("INSERT INTO sync_outbox (n, tbl, row_id, clocks, payload) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery q(m_db.db());
    for (const QString &table : Schema::syncedTables(m_schema)) {
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE _dirty = 1").arg(Rows::Reader::selectList(table, m_schema), table))) {
            *error = q.lastError().text();
            m_store.rollback();
            return false;
        }
        const int clocksCol = Rows::Reader::dirtyIndex(table, m_schema) - 2;
        while (q.next()) {
            const SyncRow row = Rows::Reader::fromQuery(table, q, m_schema);
            const QString clocks = q.value(clocksCol).toString();
            seen.addBindValue(table);
            seen.addBindValue(row.id);
            seen.addBindValue(clocks);
            const bool known = seen.exec() && seen.next();
            seen.finish();
            if (known)
                continue;
            add.addBindValue(++next);
            add.addBindValue(table);
            add.addBindValue(row.id);
            add.addBindValue(clocks);
            add.addBindValue(compact(row.toJson()));
            if (!add.exec()) {
                *error = add.lastError().text();
                m_store.rollback();
                return false;
            }
        }
    }
    if (next != before && !setMeta(QStringLiteral("next_mutation"), QString::number(next), error)) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

QJsonObject SyncEngine::buildRequest(QString *error)
{
    if (!snapshotDirty(error))
        return QJsonObject();
    QJsonArray mutations;
    QSqlQuery q(m_db.db());
    q.exec(QStringLiteral("SELECT n, payload FROM sync_outbox ORDER BY n LIMIT %1").arg(SyncProtocol::pushBatch));
    while (q.next()) {
        QJsonObject m = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        m.insert(QStringLiteral("n"), q.value(0).toLongLong());
        mutations.append(m);
    }
    return QJsonObject{{QStringLiteral("device"), m_device}, {QStringLiteral("schema"), m_schema},
                       {QStringLiteral("cursor"), cursor()}, {QStringLiteral("mutations"), mutations}};
}

QJsonObject SyncEngine::pullAhead(const QJsonObject &response) const
{
    const QJsonValue next = response.value(QStringLiteral("cursor"));
    if (!response.value(QStringLiteral("more")).toBool() || response.value(QStringLiteral("reset")).toBool()
        || !next.isString() || pendingCount() > 0)
        return QJsonObject();
    return QJsonObject{{QStringLiteral("device"), m_device}, {QStringLiteral("schema"), m_schema},
                       {QStringLiteral("cursor"), next}, {QStringLiteral("mutations"), QJsonArray()}};
}

bool SyncEngine::applyResponse(const QJsonObject &response, bool *more, QString *error)
{
    *more = false;
    if (response.value(QStringLiteral("reset")).toBool()) {
        qCInfo(lcSyncClient) << "server epoch changed; starting over";
        *more = true;
        return startOver(error);
    }
    const QJsonValue changes = response.value(QStringLiteral("changes"));
    const QJsonValue next = response.value(QStringLiteral("cursor"));
    if (!changes.isArray() || !next.isString()) {
        *error = QStringLiteral("the server's sync response lacks changes or cursor");
        return false;
    }
    if (!m_store.begin(error))
        return false;
    auto fail = [&](const QString &why) { *error = why; m_store.rollback(); return false; };

    // 1. The user's readable set changed (a grant was revoked): drop what is no longer visible.
    qint64 changedRows = 0;
    if (response.value(QStringLiteral("visibility")).isObject()) {
        if (!prune(response.value(QStringLiteral("visibility")).toObject(), error)) {
            m_store.rollback();
            return false;
        }
        ++changedRows; // rows may have gone
    }

    // 2. Merge the page of changes.
    Rows::Reader reader(m_db, m_schema);
    QString why;
    QString newestClock; // clock strings sort like clocks: observing the newest is observing all
    const QJsonArray page = changes.toArray();
    FastInsert fast(m_db, m_schema);
    for (const QJsonValue &c : page) {
        const QJsonObject change = c.toObject();
        // A row that does not exist here yet is inserted as it comes (the merge result).
        const FastInsert::Result r = fast.insertIfNew(change, &newestClock, &why);
        if (r == FastInsert::Result::Inserted) {
            ++changedRows;
            continue;
        }
        if (r == FastInsert::Result::Error)
            return fail(why);
        // What a newer server knows and this database does not is left out, not refused.
        if (!Schema::syncedTables(m_schema).contains(change.value(QStringLiteral("table")).toString()))
            continue;
        const auto incoming = SyncRow::fromJson(change, &why, m_schema, SyncRow::Unknown::Drop);
        if (!incoming)
            return fail(QStringLiteral("bad change from the server: %1").arg(why));
        for (auto it = incoming->clocks.begin(); it != incoming->clocks.end(); ++it) {
            const QString clock = it.value().toString();
            if (clock > newestClock)
                newestClock = clock;
        }
        SyncRow local;
        bool dirty = false;
        const bool exists = reader.read(incoming->table, incoming->id, &local, &dirty);
        const Merge::Outcome out = Merge::merge(exists ? &local : nullptr, *incoming, Merge::Source::Server);
        if (!out.changed)
            continue;
        if (!m_store.put(out.result.table, out.result.id, out.result.values, out.result.clocks,
                         out.result.deleted, dirty, &why))
            return fail(why);
        ++changedRows;
        if (dirty) {
            for (const Merge::Loss &loss : out.localLost + out.editsOnDeleted) {
                if (isOwn(loss.lostClock, m_device) && !Merge::logConflict(m_db, out.result.table, out.result.id, loss, &why))
                    return fail(why);
            }
        }
    }
    if (!newestClock.isEmpty())
        m_clock->observe(*Hlc::parse(newestClock), kNoDriftBound);

    // 3. Acknowledged mutations leave the outbox; rows not changed since are clean again. This
    //    comes after the merge so that an own value that lost to a newer one is still dirty
    //    there and kept as a conflict.
    const qint64 acked = qint64(response.value(QStringLiteral("acked")).toDouble());
    if (acked > 0) {
        QSqlQuery q(m_db.db());
        q.prepare(QStringLiteral("SELECT tbl, row_id, clocks FROM sync_outbox WHERE n <= ?"));
        q.addBindValue(acked);
        q.exec();
        QSqlQuery clean(m_db.db());
        while (q.next()) {
            clean.prepare(QStringLiteral("UPDATE %1 SET _dirty = 0 WHERE id = ? AND _clocks = ?").arg(q.value(0).toString()));
            clean.addBindValue(q.value(1));
            clean.addBindValue(q.value(2));
            if (!clean.exec())
                return fail(clean.lastError().text());
        }
        QSqlQuery del(m_db.db());
        del.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE n <= ?"));
        del.addBindValue(acked);
        if (!del.exec())
            return fail(del.lastError().text());
        if (!setMeta(QStringLiteral("acked"), QString::number(acked), error)) {
            m_store.rollback();
            return false;
        }
    }

    if (!setMeta(QStringLiteral("cursor"), next.toString(), error)
        || !setMeta(QStringLiteral("hlc"), m_clock->now().toString(), error)) {
        m_store.rollback();
        return false;
    }
    if (!m_store.commit(error))
        return false;
    m_changedRows += changedRows;
    *more = response.value(QStringLiteral("more")).toBool();
    return true;
}

bool SyncEngine::prune(const QJsonObject &visibility, QString *error)
{
    const Visibility vis = Visibility::fromJson(visibility);
    if (vis.all)
        return true;
    QSqlQuery q(m_db.db());
    QSqlQuery del(m_db.db());
    QString why;
    for (const QString &table : Schema::syncedTables(m_schema)) {
        if (Schema::isGlobal(table))
            continue;
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(Rows::Reader::selectList(table, m_schema), table))) {
            *error = q.lastError().text();
            return false;
        }
        const int dirtyCol = Rows::Reader::dirtyIndex(table, m_schema);
        QStringList gone;
        while (q.next()) {
            const SyncRow row = Rows::Reader::fromQuery(table, q, m_schema);
            if (vis.canRead(row))
                continue;
            gone << row.id;
            if (q.value(dirtyCol).toInt() == 0)
                continue;
            for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
                const QString clock = row.clocks.value(it.key()).toString();
                if (isOwn(clock, m_device)
                    && !Merge::logConflict(m_db, table, row.id,
                                           Merge::Loss{it.key(), Rows::toJson(it.value()), clock, QJsonValue(),
                                                       QString(), QStringLiteral("revoked")}, error))
                    return false;
            }
        }
        for (const QString &id : std::as_const(gone)) {
            del.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
            del.addBindValue(id);
            QSqlQuery out(m_db.db());
            out.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE tbl = ? AND row_id = ?"));
            out.addBindValue(table);
            out.addBindValue(id);
            if (!del.exec() || !out.exec()) {
                *error = (del.lastError().isValid() ? del : out).lastError().text();
                return false;
            }
        }
    }
    return true;
}

bool SyncEngine::rejectMutation(qint64 n, const QString &reason, QString *error)
{
    if (!m_store.begin(error))
        return false;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT tbl, row_id, clocks, payload FROM sync_outbox WHERE n = ?"));
    q.addBindValue(n);
    if (q.exec() && q.next()) {
        const QString table = q.value(0).toString();
        const QString rowId = q.value(1).toString();
        const QJsonObject payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        const QJsonObject values = payload.value(QStringLiteral("values")).toObject();
        const QJsonObject clocks = payload.value(QStringLiteral("clocks")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString clock = clocks.value(it.key()).toString();
            if (isOwn(clock, m_device)
                && !Merge::logConflict(m_db, table, rowId,
                                       Merge::Loss{it.key(), it.value(), clock, QJsonValue(), QString(),
                                                   QStringLiteral("rejected: ") + reason}, error)) {
                m_store.rollback();
                return false;
            }
        }
        QSqlQuery clean(m_db.db());
        clean.prepare(QStringLiteral("UPDATE %1 SET _dirty = 0 WHERE id = ? AND _clocks = ?").arg(table));
        clean.addBindValue(rowId);
        clean.addBindValue(q.value(2));
        clean.exec();
    }
    q.finish();
    QSqlQuery del(m_db.db());
    del.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE n = ?"));
    del.addBindValue(n);
    del.exec();
    return m_store.commit(error);
}

bool SyncEngine::startOver(QString *error)
{
    if (!m_store.begin(error))
        return false;
    const QString own = QStringLiteral("%:") + m_device + QStringLiteral("\"%");
    for (const QString &table : Schema::syncedTables(m_schema)) {
        QSqlQuery q(m_db.db());
        q.prepare(QStringLiteral("UPDATE %1 SET _dirty = 1 WHERE _clocks LIKE ?").arg(table));
        q.addBindValue(own);
        if (!q.exec() || !m_db.exec(QStringLiteral("DELETE FROM %1 WHERE _dirty = 0").arg(table), error)) {
            m_store.rollback();
            return false;
        }
    }
    if (!m_db.exec(QStringLiteral("DELETE FROM sync_outbox"), error)
        || !setMeta(QStringLiteral("cursor"), QString(), error)) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}
