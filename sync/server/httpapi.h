#pragma once
#include <QHostAddress>
#include <QObject>
#include <QThreadPool>
#include <memory>

class HttpListener;

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
    // Limits of the HTTP listener (httplistener.h), checked as the bytes arrive.
    int maxHeaderBytes = 32 * 1024;  // request line and headers together (431)
    int headerTimeoutMs = 10000;     // a new connection's TLS handshake and first headers; any request's headers
    int idleTimeoutMs = 60000;       // a kept-alive connection waiting for its next request
    int bodyTimeoutMs = 120000;      // a body after its headers
    int maxConnections = 512;        // open at a time; more are closed at once
    int maxConnectionsPerPeer = 64;  // open at a time from one client address; more are closed at once
    qint64 maxBufferedBodyBytes = 0; // bodies being received or handled, all connections together (503); 0: 16 x maxBodyBytes
    qint64 maxPageBytes = 0;         // JSON bytes of a pull page (at least one row); 0: SyncProtocol::pageBytes
};

// The HTTP API (/api/v1) on the server's own HTTP/1.1 listener (HttpListener: limits on sizes
// and times before anything is buffered, TLS handshakes of their own). Requests are handled on a
// thread pool, each thread with its own database connection; the listener sends each response
// when its handler finishes. handle()
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
    std::unique_ptr<HttpListener> m_server;
    QThreadPool m_pool;
    quint16 m_port = 0;
};
