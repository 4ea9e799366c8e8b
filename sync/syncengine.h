#pragma once
#include "hlc.h"
#include "rows.h"
#include "store.h"

#include <QJsonObject>
#include <memory>

class Database;

// The synchronous core of the sync client, on the device's SQLite store: numbers local
// changes into an outbox (one mutation per changed row snapshot, monotonically numbered per
// device), builds the /sync request, and applies a response (acks, a page of changes, pruning
// after a revoked grant, the new cursor) in one transaction. A local unsynced value that loses
// to a newer remote write, or meets a remote delete, is kept in `conflicts`.
class SyncEngine
{
public:
    explicit SyncEngine(Database &db, HlcClock::WallClock wall = {});
    ~SyncEngine();

    const QString &deviceId() const { return m_device; }
    HlcClock &clock() { return *m_clock; }
    Store &store() { return m_store; }
    Database &database() { return m_db; }
    // The schema version of the database, which this client speaks to the server: the tables
    // and columns it sends and asks for.
    int schema() const { return m_schema; }

    // Local edits for the app and tests: each in its own transaction, stamped with clock().now().
    bool write(const QString &table, const QString &id, const QVariantMap &fields, QString *error);
    bool remove(const QString &table, const QString &id, QString *error);

    // The body of the next POST /sync (snapshots dirty rows into the outbox first).
    QJsonObject buildRequest(QString *error);
    // The request for the page after `response`, to send while `response` is being applied: a
    // pull from the response's cursor that pushes nothing. Empty when that is not the next round:
    // the response is the last page or resets the sync, or there are changes to push (they go
    // in the round after it, built by buildRequest).
    QJsonObject pullAhead(const QJsonObject &response) const;
    // Applies a 200 response. *more tells whether another round trip is needed (paging, reset).
    bool applyResponse(const QJsonObject &response, bool *more, QString *error);
    // The server refused mutation n (403): keep it in conflicts and drop it from the outbox.
    bool rejectMutation(qint64 n, const QString &reason, QString *error);
    // Drops everything synced (unsynced local edits are kept and pushed again) and the cursor.
    bool startOver(QString *error);

    // A value of the device's sync bookkeeping (sync_meta); empty when not set.
    QString meta(const QString &key) const;
    // Stores a value in sync_meta (in the caller's transaction, if one is open).
    bool setMeta(const QString &key, const QString &value, QString *error = nullptr);

    QString cursor() const;
    int pendingCount() const;   // rows with unsynced changes
    int conflictCount() const;  // unresolved conflicts
    qint64 lastAcked() const;
    // Rows that applied pulls changed locally since construction (echoes of own pushes and
    // older values do not count), so the app knows when to reload what it shows.
    qint64 changedRows() const { return m_changedRows; }

private:
    bool snapshotDirty(QString *error);
    bool prune(const QJsonObject &visibility, QString *error);

    Database &m_db;
    Store m_store;
    int m_schema;
    QString m_device;
    std::unique_ptr<HlcClock> m_clock;
    qint64 m_changedRows = 0;
};
