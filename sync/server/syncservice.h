#pragma once
#include "access.h"
#include "auth.h"
#include "protocol.h"
#include "rows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <map>

class Database;
class Store;

// The reply of a service call: an HTTP status and a JSON body (errors as {"error","message",...}).
// A pull sets `raw` instead of `body`: the JSON text, written directly (the fast path).
struct ServiceReply
{
    int status = 200;
    QJsonObject body;
    QByteArray raw;

    // The body as compact JSON text.
    QByteArray json() const;
    // An error reply: {"error": code, "message": message} plus `extra`.
    static ServiceReply error(int status, const QString &code, const QString &message, QJsonObject extra = {});
};

// Push and pull of one /sync round trip, independent of HTTP so it can be tested directly.
// Push: the numbered mutations of a device are merged (per-field LWW) in a write transaction
// that also records the device's last applied mutation, checks every change against the user's
// rights (one denial writes nothing of that push) and appends the audit trail. Concurrent pushes
// (of all threads on the same database) are committed together: one transaction, one savepoint
// per push, so a refused push leaves the others in the batch alone. Pull: in one read snapshot,
// the readable rows with _seq above the cursor, in _seq order, one page at a time.
// One instance per database connection (per thread).
class SyncService
{
public:
    explicit SyncService(Database &db);
    ~SyncService();

    // The byte budget of a pull page (0: SyncProtocol::pageBytes).
    void setPageBytes(qint64 bytes) { m_pageBytes = bytes > 0 ? bytes : SyncProtocol::pageBytes; }

    ServiceReply sync(const Principal &p, const QJsonObject &request);
    // The database epoch (created on first use). A cursor from another epoch means "start over".
    QString epoch();
    // Gives the database a new epoch: every client starts over on its next sync.
    static bool resetEpoch(Database &db, QString *error);

    struct Mutation
    {
        qint64 n;
        SyncRow row;
    };
    // One push waiting for its turn in a group commit.
    struct PendingPush
    {
        Principal principal;
        QString device;
        QList<Mutation> mutations;
        qint64 now = 0;
        ServiceReply reply;
        qint64 acked = 0;
        QList<QPair<QString, QString>> tombstones; // (table, id) of rows deleted here that the push edited
        bool done = false;
    };

private:
    qint64 m_pageBytes = SyncProtocol::pageBytes;
    ServiceReply push(const Principal &p, const QString &device, int schema, const QJsonArray &mutations, qint64 *acked,
                      QList<QPair<QString, QString>> *tombstones);
    void applyBatch(const QList<PendingPush *> &batch);
    ServiceReply applyPush(Store &store, PendingPush &push);
    // Rows above the cursor in the tables and columns of the client's schema version.
    // `tombstones` are sent first, whatever the cursor: rows the push edited that are deleted here,
    // so the pushing client learns of the delete in the same reply (while its edit is unsynced).
    ServiceReply pull(const Principal &p, const SyncProtocol::Cursor &cursor, int schema, qint64 acked,
                      const QList<QPair<QString, QString>> &tombstones = {});
    // The last mutation of `user` applied from `device` (kept per device and user).
    qint64 lastApplied(const QString &device, const QString &user);
    // Adds the row to `tombstones` when it is deleted here and `pushed` edits it (a retried push).
    void noteTombstone(const SyncRow &pushed, QList<QPair<QString, QString>> *tombstones);
    QSqlQuery &query(const QString &sql);

    Database &m_db;
    Access m_access;
    Rows::Reader m_reader;
    std::map<QString, QSqlQuery> m_queries; // prepared once per connection (node-based: references stay valid)
};
