#include "httpapi.h"

#include "auth.h"
#include "database.h"
#include "gzip.h"
#include "httproutes.h"
#include "protocol.h"
#include "syncservice.h"

#include "httplistener.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QThreadStorage>
#include <QUrlQuery>
#include <QtConcurrent>

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

Context *context(const QString &spec, qint64 pageBytes, QString *error)
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
        c->sync->setPageBytes(pageBytes);
        g_context.setLocalData(c.release());
    }
    return g_context.localData();
}
} // namespace

HttpApi::HttpApi(HttpConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    if (m_config.maxBodyBytes <= 0)
        m_config.maxBodyBytes = SyncProtocol::maxBodyBytes;
    m_config.maxHeaderBytes = qMax(1024, m_config.maxHeaderBytes);
    m_config.maxConnections = qMax(1, m_config.maxConnections);
    m_config.maxConnectionsPerPeer = qBound(1, m_config.maxConnectionsPerPeer, m_config.maxConnections);
    if (m_config.maxBufferedBodyBytes <= 0)
        m_config.maxBufferedBodyBytes = 16 * m_config.maxBodyBytes;
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
    auto checkHead = [this](const Request &head, qint64 bodyLength) {
        return HttpRoutes::checkHead(head, bodyLength, m_config);
    };
    m_server = std::make_unique<HttpListener>(m_config, checkHead, [this](Request r) {
        return QtConcurrent::run(&m_pool, [this, r = std::move(r)]() {
            Response resp = handle(r);
            if (resp.body.size() > 1024 && r.headers.value("accept-encoding").contains("gzip")) {
                resp.body = Gzip::compress(resp.body);
                resp.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
            }
            return resp;
        });
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
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(cert);
        tls.setPrivateKey(ecKey);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server->setTls(tls);
    }
    if (!m_server->listen(m_config.address, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(m_config.address.toString()).arg(m_config.port)
                     .arg(m_server->errorString());
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

HttpApi::Response HttpApi::handle(const Request &request)
{
    std::optional<Response> refused;
    const HttpRoutes::Route *route = HttpRoutes::find(request, &refused);
    if (!route)
        return *refused;

    QString error;
    Context *c = context(m_config.dbSpec, m_config.maxPageBytes, &error);
    if (!c)
        return HttpRoutes::fail(503, QStringLiteral("database_unavailable"), error);
    HttpRoutes::Call call{request, m_config, *c->db, *c->auth, *c->sync, {}, {}, {}};
    if (route->token == HttpRoutes::Token::Bearer) {
        if (auto denied = HttpRoutes::authenticate(call))
            return *denied;
    }
    if (route->body != HttpRoutes::Body::None) {
        if (auto bad = HttpRoutes::readJsonBody(call, *route))
            return *bad;
    }
    return route->handler(call);
}
