#include "syncclient.h"

#include "gzip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {
constexpr int kMaxRounds = 10000; // safety net against a server that always says "more"
constexpr int kMaxBusyRetries = 3; // a 503 busy with Retry-After (at most 10 s) is tried again this often

QString errorMessage(QNetworkReply *reply, const QJsonObject &body)
{
    if (body.contains(QStringLiteral("message")))
        return body.value(QStringLiteral("message")).toString();
    return reply->errorString();
}
} // namespace

SyncClient::SyncClient(Database &db, const QUrl &server, QObject *parent)
    : QObject(parent), m_engine(db), m_server(server), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setTransferTimeout(30000); // a server that stops answering ends the sync with an error
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

QNetworkReply *SyncClient::post(const QString &endpoint, const QJsonObject &body)
{
    QUrl url = m_server;
    url.setPath(QStringLiteral("/api/v1/") + endpoint);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (data.size() > 4096) {
        data = Gzip::compress(data);
        request.setRawHeader("Content-Encoding", "gzip");
    }
    return m_nam->post(request, data);
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
            emit finished(false, errorMessage(reply, body));
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
    QNetworkReply *reply = post(QStringLiteral("sync"), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onSyncReply(reply); });
}

void SyncClient::onSyncReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastStatus = status;
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
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
    const int retryAfter = reply->rawHeader("Retry-After").toInt();
    if (status == 503 && retryAfter > 0 && retryAfter <= 10 && m_busyRetries < kMaxBusyRetries) {
        ++m_busyRetries;
        QTimer::singleShot(retryAfter * 1000, this, &SyncClient::round);
        return;
    }
    if (status == 401 && !m_token.isEmpty()) {
        m_token.clear(); // expired or revoked: the user logs in again
        emit loggedInChanged();
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        done(false, errorMessage(reply, body));
        return;
    }
    bool more = false;
    if (!m_engine.applyResponse(body, &more, &error)) {
        done(false, error);
        return;
    }
    m_applied += int(body.value(QStringLiteral("changes")).toArray().size());
    emit progress(m_applied);
    if ((more || m_engine.pendingCount() > 0) && ++m_rounds < kMaxRounds && (more || m_rounds < 3)) {
        round();
        return;
    }
    m_lastSyncedAt = QDateTime::currentDateTimeUtc();
    done(true, tr("%n changes received", nullptr, m_applied));
}

void SyncClient::done(bool ok, const QString &message)
{
    setState(ok ? State::Idle : State::Error);
    emit countsChanged();
    emit finished(ok, message);
}
