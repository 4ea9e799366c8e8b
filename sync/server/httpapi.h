#pragma once
#include <QHostAddress>
#include <QObject>
#include <QThreadPool>
#include <memory>

class QHttpServer;

// Settings of `enhetspuls-server serve`.
struct HttpConfig
{
    QString dbSpec;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString tlsCert;
    QString tlsKey;
    qint64 tokenTtlSeconds = 12 * 3600;
    qint64 maxBodyBytes = 0; // 0: SyncProtocol::maxBodyBytes
    int threads = 0;         // 0: four per core, at least 16 (pushes wait for a group commit)
};

// The HTTP API (/api/v1) on QHttpServer, the one class that knows about QHttpServer (its API
// changes after 6.4). Requests are handled on a thread pool, each thread with its own database
// connection; handlers return futures, which QHttpServer 6.4 sends when they finish. handle()
// dispatches by the route table of HttpRoutes (httproutes.h): 404 for an unknown path, 405 with
// an Allow header for another method, then the route's token check and body reader.
class HttpApi : public QObject
{
    Q_OBJECT
public:
    explicit HttpApi(HttpConfig config, QObject *parent = nullptr);
    ~HttpApi() override;

    // Loads TLS files (when set) and listens; returns false with *error on failure.
    bool start(QString *error);
    quint16 port() const { return m_port; }

    // A parsed request as the handlers see it (copied off the server's thread).
    struct Request
    {
        QByteArray method;
        QString path;
        QList<QPair<QString, QString>> query;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QString remote;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    // Handles one request on the calling thread (public for tests and the benchmark).
    Response handle(const Request &request);

private:
    HttpConfig m_config;
    std::unique_ptr<QHttpServer> m_server;
    QThreadPool m_pool;
    quint16 m_port = 0;
};
