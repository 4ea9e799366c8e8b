#pragma once
#include "syncengine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class SyncTransport;

// The app's sync client: logs in, then syncs the local store with the server in as many
// round trips as needed (push and pull together, paged), asynchronously on the event loop.
// The sync requests travel and their replies are parsed on a thread of their own; the pages
// are applied to the database here. While one page of a pull is applied, the next is already
// asked for (SyncEngine::pullAhead), so the server, the transfer and the parsing of a page
// overlap the applying of the one before.
class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY countsChanged)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY finished)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY loggedInChanged)
public:
    enum class State { Idle, LoggingIn, Syncing, Error };
    Q_ENUM(State)

    // `server` is the base URL, e.g. https://host:8443 (the client appends /api/v1/...).
    SyncClient(Database &db, const QUrl &server, QObject *parent = nullptr);
    ~SyncClient() override;

    SyncEngine &engine() { return m_engine; }
    State state() const { return m_state; }
    int pendingCount() const { return m_engine.pendingCount(); }
    int conflictCount() const { return m_engine.conflictCount(); }
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    bool loggedIn() const { return !m_token.isEmpty(); }
    QString token() const { return m_token; }
    // The user's role from the last login (enhetschef, verksamhetschef, controller, admin).
    QString role() const { return m_role; }
    // Uses a token kept from an earlier login (e.g. from the keychain).
    void setToken(const QString &token);
    // The server's base URL; changing it does not log out (the caller does).
    QUrl server() const { return m_server; }
    void setServer(const QUrl &server) { m_server = server; }
    // The HTTP status of the last login or sync reply; 0 when the server could not be reached.
    int lastStatus() const { return m_lastStatus; }

    // Logs in; emits loggedInChanged or finished(false, message).
    Q_INVOKABLE void login(const QString &user, const QString &password);
    Q_INVOKABLE void logout();
    // Starts a sync unless one is running; emits progress() per page and finished() at the end.
    Q_INVOKABLE void syncNow();

    // A sync reply as the transport thread read it.
    struct Reply
    {
        int status = 0;
        bool networkError = false;
        QString errorString;
        int retryAfter = 0;
        QJsonObject body;
    };

signals:
    void stateChanged();
    void countsChanged();
    void loggedInChanged();
    void progress(int changesApplied);
    void finished(bool ok, const QString &message);

private:
    QNetworkReply *post(const QString &endpoint, const QJsonObject &body);
    void round();
    void sendSync(const QJsonObject &body);
    void onSyncReply(quint64 generation, const Reply &reply);
    void done(bool ok, const QString &message);
    void setState(State s);

    SyncEngine m_engine;
    QUrl m_server;
    QNetworkAccessManager *m_nam;
    QThread m_transportThread;
    SyncTransport *m_transport;
    quint64 m_generation = 0; // replies of an earlier generation (an ended sync) are dropped
    QString m_token;
    QString m_role;
    State m_state = State::Idle;
    QDateTime m_lastSyncedAt;
    int m_applied = 0;
    int m_rounds = 0;
    int m_busyRetries = 0;
    int m_lastStatus = 0;
};
