#include "syncclient.h"

#include "gzip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <functional>

// The sync requests' side of the transport thread: posts a body and hands the reply, parsed,
// back to the client's thread.
class SyncTransport : public QObject
{
public:
    using Handler = std::function<void(const SyncClient::Reply &)>;

    void post(const QNetworkRequest &request, const QByteArray &data, const Handler &handler)
    {
        if (!m_nam) {
            m_nam = new QNetworkAccessManager(this);
            m_nam->setTransferTimeout(30000); // a server that stops answering ends the sync with an error
        }
        QNetworkReply *reply = m_nam->post(request, data);
        connect(reply, &QNetworkReply::finished, this, [reply, handler] {
            reply->deleteLater();
            SyncClient::Reply r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.networkError = reply->error() != QNetworkReply::NoError;
            r.errorString = reply->errorString();
            r.retryAfter = reply->rawHeader("Retry-After").toInt();
            r.body = QJsonDocument::fromJson(reply->isOpen() ? reply->readAll() : QByteArray()).object();
            handler(r);
        });
    }

private:
    QNetworkAccessManager *m_nam = nullptr;
};

namespace {
constexpr int kMaxRounds = 10000; // safety net against a server that always says "more"
constexpr int kMaxBusyRetries = 3; // a 503 busy with Retry-After (at most 10 s) is tried again this often

// The server's message when it gave one, else what the network said.
QString errorMessage(const QJsonObject &body, const QString &networkError)
{
    if (body.contains(QStringLiteral("message")))
        return body.value(QStringLiteral("message")).toString();
    return networkError;
}
} // namespace

SyncClient::SyncClient(Database &db, const QUrl &server, QObject *parent)
    : QObject(parent), m_engine(db), m_server(server), m_nam(new QNetworkAccessManager(this)),
      m_transport(new SyncTransport)
{
    m_nam->setTransferTimeout(30000); // a server that stops answering ends the sync with an error
    m_transport->moveToThread(&m_transportThread);
    connect(&m_transportThread, &QThread::finished, m_transport, &QObject::deleteLater);
    m_transportThread.setObjectName(QStringLiteral("sync transport"));
    m_transportThread.start();
}

SyncClient::~SyncClient()
{
    m_transportThread.quit();
    m_transportThread.wait();
}

void SyncClient::setToken(const QString &token)
{
    m_token = token;
    emit loggedInChanged();
}

void SyncClient::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged();
}

namespace {
QNetworkRequest jsonRequest(const QUrl &server, const QString &endpoint, const QString &token)
{
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/") + endpoint);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}

// The body as sent: compact JSON, gzipped when large (and the request says so).
QByteArray requestData(QNetworkRequest &request, const QJsonObject &body)
{
    QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (data.size() > 4096) {
        data = Gzip::compress(data);
        request.setRawHeader("Content-Encoding", "gzip");
    }
    return data;
}
} // namespace

QNetworkReply *SyncClient::post(const QString &endpoint, const QJsonObject &body)
{
    QNetworkRequest request = jsonRequest(m_server, endpoint, m_token);
    const QByteArray data = requestData(request, body);
    return m_nam->post(request, data);
}

void SyncClient::sendSync(const QJsonObject &body)
{
    QNetworkRequest request = jsonRequest(m_server, QStringLiteral("sync"), m_token);
    const QByteArray data = requestData(request, body);
    const quint64 generation = m_generation;
    QPointer<SyncClient> self(this);
    QMetaObject::invokeMethod(m_transport, [this, self, request, data, generation] {
        m_transport->post(request, data, [self, generation](const Reply &reply) {
            // Back on the client's thread; dropped if the client is gone by then.
            if (self)
                QMetaObject::invokeMethod(self, [self, generation, reply] { self->onSyncReply(generation, reply); },
                                          Qt::QueuedConnection);
        });
    }, Qt::QueuedConnection);
}

void SyncClient::login(const QString &user, const QString &password)
{
    setState(State::LoggingIn);
    QNetworkReply *reply = post(QStringLiteral("login"),
                                {{QStringLiteral("user"), user}, {QStringLiteral("password"), password},
                                 {QStringLiteral("device"), m_engine.deviceId()}});
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || !body.contains(QStringLiteral("token"))) {
            setState(State::Error);
            emit finished(false, errorMessage(body, reply->errorString()));
            return;
        }
        m_token = body.value(QStringLiteral("token")).toString();
        m_role = body.value(QStringLiteral("role")).toString();
        setState(State::Idle);
        emit loggedInChanged();
    });
}

void SyncClient::logout()
{
    if (m_token.isEmpty())
        return;
    QNetworkReply *reply = post(QStringLiteral("logout"), {});
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    m_token.clear();
    emit loggedInChanged();
}

void SyncClient::syncNow()
{
    if (m_state == State::Syncing)
        return;
    if (m_token.isEmpty()) {
        m_lastStatus = 401;
        emit finished(false, tr("Not logged in"));
        return;
    }
    setState(State::Syncing);
    m_applied = 0;
    m_rounds = 0;
    m_busyRetries = 0;
    round();
}

void SyncClient::round()
{
    QString error;
    const QJsonObject body = m_engine.buildRequest(&error);
    if (body.isEmpty()) {
        done(false, error);
        return;
    }
    sendSync(body);
}

void SyncClient::onSyncReply(quint64 generation, const Reply &reply)
{
    if (generation != m_generation)
        return; // the page of a sync that has ended (a failed page before it)
    const int status = reply.status;
    m_lastStatus = status;
    const QJsonObject &body = reply.body;
    QString error;
    if (status == 403 && body.contains(QStringLiteral("mutation"))) {
        // The server refused one of our changes: keep it as a conflict and go on.
        const QString message = body.value(QStringLiteral("message")).toString();
        if (!m_engine.rejectMutation(qint64(body.value(QStringLiteral("mutation")).toDouble()), message, &error)) {
            done(false, error);
            return;
        }
        emit countsChanged();
        done(false, message);
        return;
    }
    // The server is receiving too many bodies at once: the same round again after its Retry-After.
    if (status == 503 && reply.retryAfter > 0 && reply.retryAfter <= 10 && m_busyRetries < kMaxBusyRetries) {
        ++m_busyRetries;
        QTimer::singleShot(reply.retryAfter * 1000, this, &SyncClient::round);
        return;
    }
    if (status == 401 && !m_token.isEmpty()) {
        m_token.clear(); // expired or revoked: the user logs in again
        emit loggedInChanged();
    }
    if (reply.networkError || status != 200) {
        done(false, errorMessage(reply.body, reply.errorString));
        return;
    }
    // The next page is asked for before this one is applied (a pull with nothing to push).
    const QJsonObject ahead = m_rounds + 1 < kMaxRounds ? m_engine.pullAhead(body) : QJsonObject();
    if (!ahead.isEmpty())
        sendSync(ahead);
    bool more = false;
    if (!m_engine.applyResponse(body, &more, &error)) {
        done(false, error); // and the page asked for ahead, which follows this one, is dropped
        return;
    }
    m_applied += int(body.value(QStringLiteral("changes")).toArray().size());
    emit progress(m_applied);
    if (!ahead.isEmpty()) {
        ++m_rounds; // its reply goes on from here
        return;
    }
    if ((more || m_engine.pendingCount() > 0) && ++m_rounds < kMaxRounds && (more || m_rounds < 3)) {
        round();
        return;
    }
    m_lastSyncedAt = QDateTime::currentDateTimeUtc();
    done(true, tr("%n changes received", nullptr, m_applied));
}

void SyncClient::done(bool ok, const QString &message)
{
    ++m_generation;
    setState(ok ? State::Idle : State::Error);
    emit countsChanged();
    emit finished(ok, message);
}
