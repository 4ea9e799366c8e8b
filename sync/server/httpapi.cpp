#include "httpapi.h"

#include "access.h"
#include "auth.h"
#include "followup.h"
#include "report.h"
#include "database.h"
#include "gzip.h"
#include "migrations.h"
#include "protocol.h"
#include "syncservice.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QThreadStorage>
#include <QUrlQuery>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcHttp, "enhetspuls.http")

namespace {
// Per-thread database connection and services (of one database spec).
struct Context
{
    QString spec;
    std::unique_ptr<Database> db;
    std::unique_ptr<Auth> auth;
    std::unique_ptr<SyncService> sync;
};
QThreadStorage<Context *> g_context;

Context *context(const QString &spec, QString *error)
{
    // Reopened when the spec differs: two HttpApi on one thread (tests) must not share a database.
    if (!g_context.hasLocalData() || g_context.localData()->spec != spec) {
        auto c = std::make_unique<Context>();
        c->spec = spec;
        c->db = Database::open(spec, error, false);
        if (!c->db)
            return nullptr;
        c->auth = std::make_unique<Auth>(*c->db);
        c->sync = std::make_unique<SyncService>(*c->db);
        g_context.setLocalData(c.release());
    }
    return g_context.localData();
}

HttpApi::Response json(int status, const QJsonObject &body)
{
    HttpApi::Response r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpApi::Response fail(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

QString bearer(const HttpApi::Request &r)
{
    const QByteArray h = r.headers.value("authorization");
    if (!h.startsWith("Bearer "))
        return QString();
    return QString::fromLatin1(h.mid(7).trimmed());
}
} // namespace

HttpApi::HttpApi(HttpConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    if (m_config.maxBodyBytes <= 0)
        m_config.maxBodyBytes = SyncProtocol::maxBodyBytes;
    // More threads than cores: a push waits for its group commit (an fsync) without using a core.
    m_pool.setMaxThreadCount(m_config.threads > 0 ? m_config.threads : qMax(16, 4 * QThread::idealThreadCount()));
    m_pool.setExpiryTimeout(-1);
}

HttpApi::~HttpApi()
{
    m_server.reset();
    m_pool.waitForDone();
}

bool HttpApi::start(QString *error)
{
    m_server = std::make_unique<QHttpServer>();
    auto route = [this](const QHttpServerRequest &req) -> QFuture<QHttpServerResponse> {
        Request r;
        switch (req.method()) {
        case QHttpServerRequest::Method::Get: r.method = "GET"; break;
        case QHttpServerRequest::Method::Post: r.method = "POST"; break;
        case QHttpServerRequest::Method::Put: r.method = "PUT"; break;
        case QHttpServerRequest::Method::Delete: r.method = "DELETE"; break;
        default: r.method = "OTHER"; break;
        }
        r.path = req.url().path();
        r.query = QUrlQuery(req.url()).queryItems(QUrl::FullyDecoded);
        r.body = req.body();
        for (const auto &h : req.headers())
            r.headers.insert(h.first.toLower(), h.second);
        r.remote = req.remoteAddress().toString();
        return QtConcurrent::run(&m_pool, [this, r = std::move(r)]() {
            Response resp = handle(r);
            if (resp.body.size() > 1024 && r.headers.value("accept-encoding").contains("gzip")) {
                resp.body = Gzip::compress(resp.body);
                resp.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
            }
            QHttpServerResponse out(resp.contentType, resp.body,
                                    QHttpServerResponse::StatusCode(resp.status));
            for (const auto &h : resp.headers)
                out.addHeader(h.first, h.second);
            return out;
        });
    };
    m_server->route(QStringLiteral("/api/v1/<arg>"), [route](const QString &, const QHttpServerRequest &req) {
        return route(req);
    });
    m_server->setMissingHandler([](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        const QByteArray body = QJsonDocument(QJsonObject{
            {QStringLiteral("error"), QStringLiteral("not_found")},
            {QStringLiteral("message"), QStringLiteral("no endpoint %1; the API is under /api/v1").arg(req.url().path())}})
                                    .toJson(QJsonDocument::Compact);
        responder.write(body, "application/json", QHttpServerResponder::StatusCode::NotFound);
    });
    if (!m_config.tlsCert.isEmpty() || !m_config.tlsKey.isEmpty()) {
        QFile certFile(m_config.tlsCert), keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate %1 or key %2").arg(m_config.tlsCert, m_config.tlsKey);
            return false;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey = key.isNull() ? QSslKey(keyFile.seek(0) ? keyFile.readAll() : QByteArray(), QSsl::Ec) : key;
        if (cert.isNull() || ecKey.isNull()) {
            *error = QStringLiteral("%1 or %2 is not a PEM certificate / private key").arg(m_config.tlsCert, m_config.tlsKey);
            return false;
        }
        m_server->sslSetup(cert, ecKey);
    }
    m_port = m_server->listen(m_config.address, m_config.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(m_config.address.toString()).arg(m_config.port);
        return false;
    }
    return true;
}

HttpApi::Response HttpApi::handle(const Request &request)
{
    QString error;
    Context *c = context(m_config.dbSpec, &error);
    if (!c)
        return fail(503, QStringLiteral("database_unavailable"), error);
    const QString endpoint = request.path.mid(QStringLiteral("/api/v1/").size());
    auto methodIs = [&](const char *m) { return request.method == m; };

    if (endpoint == QLatin1String("health")) {
        if (!methodIs("GET"))
            return fail(405, QStringLiteral("method_not_allowed"), QStringLiteral("use GET /api/v1/health"));
        return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                     {QStringLiteral("api"), SyncProtocol::apiVersion},
                                     {QStringLiteral("schema"), Migrations::latestVersion()},
                                     {QStringLiteral("epoch"), c->sync->epoch()}});
    }
    static const QStringList known{QStringLiteral("login"), QStringLiteral("logout"), QStringLiteral("sync"),
                                   QStringLiteral("report")};
    if (!known.contains(endpoint))
        return fail(404, QStringLiteral("not_found"), QStringLiteral("no endpoint /api/v1/%1").arg(endpoint));
    const bool isGet = endpoint == QLatin1String("report");
    if (request.method != (isGet ? "GET" : "POST"))
        return fail(405, QStringLiteral("method_not_allowed"),
                    QStringLiteral("use %1 /api/v1/%2").arg(isGet ? QStringLiteral("GET") : QStringLiteral("POST"), endpoint));

    std::optional<Principal> principal;
    if (endpoint != QLatin1String("login")) {
        principal = c->auth->authenticate(bearer(request), &error);
        if (!principal) {
            Response resp = fail(401, QStringLiteral("unauthorized"), error);
            resp.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
            return resp;
        }
    }

    // Body: size limit, optional gzip, JSON object.
    QJsonObject body;
    if (!isGet) {
        if (request.body.size() > m_config.maxBodyBytes)
            return fail(413, QStringLiteral("body_too_large"),
                        QStringLiteral("request body of %1 bytes exceeds the limit of %2 bytes")
                            .arg(request.body.size()).arg(m_config.maxBodyBytes));
        QByteArray raw = request.body;
        if (request.headers.value("content-encoding").contains("gzip")) {
            const auto inflated = Gzip::decompress(raw, SyncProtocol::maxInflatedBytes);
            if (!inflated)
                return fail(400, QStringLiteral("bad_encoding"),
                            QStringLiteral("the gzip body is corrupt or inflates beyond %1 bytes").arg(SyncProtocol::maxInflatedBytes));
            raw = *inflated;
        }
        if (endpoint != QLatin1String("logout") || !raw.trimmed().isEmpty()) {
            QJsonParseError perr;
            const QJsonDocument doc = QJsonDocument::fromJson(raw, &perr);
            if (perr.error != QJsonParseError::NoError)
                return fail(400, QStringLiteral("malformed_json"),
                            QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(perr.errorString()).arg(perr.offset));
            if (!doc.isObject())
                return fail(400, QStringLiteral("malformed_json"), QStringLiteral("the body must be a JSON object"));
            body = doc.object();
        }
    }

    if (endpoint == QLatin1String("login")) {
        const QJsonValue user = body.value(QStringLiteral("user"));
        const QJsonValue password = body.value(QStringLiteral("password"));
        if (!user.isString() || !password.isString())
            return fail(400, QStringLiteral("bad_request"), QStringLiteral("login needs \"user\" and \"password\" strings"));
        const Auth::LoginResult r = c->auth->login(user.toString(), password.toString(), request.remote,
                                                   body.value(QStringLiteral("device")).toString(),
                                                   m_config.tokenTtlSeconds);
        if (r.status != 200) {
            Response resp = fail(r.status, r.status == 429 ? QStringLiteral("rate_limited")
                                 : r.status == 401 ? QStringLiteral("unauthorized") : QStringLiteral("internal"), r.error);
            if (r.retryAfter > 0)
                resp.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(r.retryAfter)});
            return resp;
        }
        return json(200, QJsonObject{{QStringLiteral("token"), r.token}, {QStringLiteral("expiresAt"), r.expiresAt},
                                     {QStringLiteral("expires"), QDateTime::fromMSecsSinceEpoch(r.expiresAt, Qt::UTC).toString(Qt::ISODate)},
                                     {QStringLiteral("user"), user.toString()}, {QStringLiteral("role"), r.role}});
    }

    if (endpoint == QLatin1String("logout")) {
        c->auth->logout(bearer(request));
        return json(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (endpoint == QLatin1String("sync")) {
        const ServiceReply reply = c->sync->sync(*principal, body);
        if (reply.status >= 500)
            qCWarning(lcHttp) << "sync failed for" << principal->user << reply.body;
        Response resp;
        resp.status = reply.status;
        resp.body = reply.json();
        return resp;
    }
    // GET /report?unit=CODE&year=YYYY[&month=M]: the core report of a unit the user may read.
    QUrlQuery query;
    query.setQueryItems(request.query);
    const QString code = query.queryItemValue(QStringLiteral("unit"));
    bool okYear = false, okMonth = true;
    const int year = query.queryItemValue(QStringLiteral("year")).toInt(&okYear);
    const int month = query.hasQueryItem(QStringLiteral("month")) ? query.queryItemValue(QStringLiteral("month")).toInt(&okMonth) : 0;
    if (code.isEmpty() || !okYear || year < 1900 || year > 9999 || !okMonth || month < 0 || month > 12)
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("use /api/v1/report?unit=CODE&year=YYYY[&month=1..12]"));
    FollowUp followUp(*c->db);
    const Unit *u = followUp.tree().byCode(code);
    if (!u)
        return fail(404, QStringLiteral("not_found"), QStringLiteral("no unit %1").arg(code));
    if (const auto denied = Access(*c->db).checkRead(*principal, u->id))
        return json(403, QJsonObject{{QStringLiteral("error"), QStringLiteral("forbidden")},
                                     {QStringLiteral("message"), denied->message}, {QStringLiteral("unit"), denied->unit}});
    return json(200, Report::toJson(followUp.figures(u->id, year, month, true)));
}
