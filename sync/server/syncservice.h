#pragma once
#include "access.h"
#include "auth.h"
#include "protocol.h"

#include <QJsonArray>

#include <QJsonObject>

class Database;

// The reply of a service call: an HTTP status and a JSON body (errors as {"error","message",...}).
struct ServiceReply
{
    int status = 200;
    QJsonObject body;
};

// Push and pull of one /sync round trip, independent of HTTP so it can be tested directly.
// Push: the numbered mutations of a device are merged (per-field LWW) in one write transaction
// that also records the device's last applied mutation, checks every change against the user's
// rights (one denial writes nothing) and appends the audit trail. Pull: in one read snapshot,
// the readable rows with _seq above the cursor, in _seq order, one page at a time.
class SyncService
{
public:
    explicit SyncService(Database &db);

    ServiceReply sync(const Principal &p, const QJsonObject &request);
    // The database epoch (created on first use). A cursor from another epoch means "start over".
    QString epoch();
    // Gives the database a new epoch: every client starts over on its next sync.
    static bool resetEpoch(Database &db, QString *error);

private:
    ServiceReply push(const Principal &p, const QString &device, const QJsonArray &mutations, qint64 *acked);
    ServiceReply pull(const Principal &p, const SyncProtocol::Cursor &cursor, qint64 acked);

    Database &m_db;
    Access m_access;
    QString m_epoch;
};
