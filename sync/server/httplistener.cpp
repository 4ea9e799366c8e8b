#include "httplistener.h"

#include "httproutes.h"

#include <QFutureWatcher>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// How far ahead of the parser Qt may read from a connection.
constexpr qint64 kReadChunk = 64 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return status < 300 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}
} // namespace

// One accepted connection: reads requests with the listener's limits, hands each complete one
// to the handler and writes its response; deletes itself when the socket closes.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpListener *listener, QTcpSocket *socket, QByteArray peer)
        : QObject(listener), m_listener(listener), m_config(listener->m_config), m_socket(socket), m_peer(std::move(peer))
    {
        ++m_listener->m_perPeer[m_peer];
        socket->setParent(this);
        // Qt reads from the kernel only this far ahead of us: a client cannot make the server
        // buffer what it does not read (while a request is handled nothing is read at all, and
        // TCP pushes back on the client).
        socket->setReadBufferSize(kReadChunk);
        // Answers go out at once (no Nagle delay waiting for the client's delayed ACK).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ++m_listener->m_connections;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
        m_quiet.setSingleShot(true);
        m_quiet.setInterval(150);
        connect(&m_quiet, &QTimer::timeout, this, [this]() {
            if (m_state == State::Lingering)
                m_socket->disconnectFromHost(); // close_notify, then 'disconnected' ends it
        });
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readSome);
        connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::closed);
        // A response still being read counts as traffic: the idle timeout runs from its last byte.
        connect(socket, &QTcpSocket::bytesWritten, this, [this]() {
            if (m_state == State::Headers && m_buffer.isEmpty())
                m_timer.start(m_config.idleTimeoutMs);
        });
        connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_state != State::Lingering)
                closed();
        });
        // The first request's headers (and a TLS handshake before them) within the header timeout.
        m_timer.start(m_config.headerTimeoutMs);
    }
    ~HttpConnection() override
    {
        releaseBody();
        --m_listener->m_connections;
        const auto peer = m_listener->m_perPeer.find(m_peer);
        if (peer != m_listener->m_perPeer.end() && --*peer <= 0)
            m_listener->m_perPeer.erase(peer);
    }

private:
    enum class State { Headers, Body, Handling, Lingering, Closed };

    // This connection's body no longer counts against the listener's budget.
    void releaseBody()
    {
        m_listener->m_bufferedBodies -= m_reserved;
        m_reserved = 0;
    }

    void closed()
    {
        if (m_state == State::Closed)
            return;
        m_state = State::Closed;
        m_timer.stop();
        m_quiet.stop();
        m_socket->abort();
        deleteLater();
    }

    void readSome()
    {
        if (m_state == State::Lingering) {
            // Read and dropped, so that the client can read the error before the close: the rest
            // of a refused body of a plausible size (a client sends it before it reads the answer),
            // else 1 MiB; the client is then cut off.
            char scratch[16384];
            qint64 n = 0;
            while ((n = m_socket->read(scratch, sizeof scratch)) > 0)
                m_dropped += n;
            if (m_dropped > m_dropLimit)
                closed(); // the deadline set when the write side closed is not moved by reads
            else if (m_writeShut && m_quiet.isActive())
                m_quiet.start(); // TLS: closed when the client has stopped sending
            return;
        }
        // A pipelined request waits in the socket (read once the response is out).
        if (m_state == State::Closed || m_state == State::Handling)
            return;
        const QByteArray data = m_socket->readAll();
        if (data.isEmpty())
            return;
        if (m_state == State::Headers && m_buffer.isEmpty() && !m_requestStarted) {
            m_requestStarted = true; // a kept-alive connection's next request begins
            m_timer.start(m_config.headerTimeoutMs);
        }
        m_buffer += data;
        process();
    }

    // Takes the next request out of the buffer when it is complete (or refuses it).
    void process()
    {
        if (m_state == State::Headers) {
            // Only CRLF ends a line: a bare LF, which a proxy in front may not split on, would let
            // the two frame requests differently. The search starts where the last one stopped.
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_scanFrom);
            if (end < 0 ? m_buffer.size() > m_config.maxHeaderBytes : end + 4 > m_config.maxHeaderBytes) {
                refuse(431, QStringLiteral("headers_too_large"),
                       QStringLiteral("the request line and headers exceed %1 bytes").arg(m_config.maxHeaderBytes));
                return;
            }
            if (end < 0) {
                m_scanFrom = qMax<qsizetype>(0, m_buffer.size() - 3);
                return;
            }
            m_scanFrom = 0;
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            if (!parseHead(head))
                return;
            m_state = State::Body;
            m_timer.start(m_config.bodyTimeoutMs);
            if (m_buffer.size() < m_bodyLength)
                m_buffer.reserve(m_bodyLength); // grown once, not doubled on the way
        }
        if (m_state == State::Body) {
            if (m_buffer.size() < m_bodyLength)
                return;
            if (m_buffer.size() == m_bodyLength) {
                m_request.body = std::exchange(m_buffer, QByteArray()); // no copy, nothing kept
            } else {
                m_request.body = m_buffer.left(m_bodyLength);
                m_buffer.remove(0, m_bodyLength);
                m_buffer.squeeze();
            }
            dispatch();
        }
    }

    // The request line and headers; false when they were answered already (refused).
    bool parseHead(const QByteArray &head)
    {
        QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray &l = lines[i];
            // Every line but the last (its CRLF was taken with the blank line) ends in CR.
            if (i + 1 < lines.size() && !l.endsWith('\r'))
                return refuse(400, QStringLiteral("bad_request"), QStringLiteral("a line ends in LF without CR"));
            if (l.endsWith('\r'))
                l.chop(1);
        }
        while (!lines.isEmpty() && lines.first().isEmpty())
            lines.removeFirst(); // stray CRLF between requests (RFC 9112 2.2)
        if (lines.isEmpty())
            return refuse(400, QStringLiteral("bad_request"), QStringLiteral("no request line"));
        const QList<QByteArray> parts = lines.takeFirst().split(' ');
        if (parts.size() != 3 || parts.at(0).isEmpty() || !isToken(parts.at(0)))
            return refuse(400, QStringLiteral("bad_request"), QStringLiteral("the request line is not METHOD TARGET HTTP/1.x"));
        const QByteArray version = parts.at(2);
        if (version != "HTTP/1.1" && version != "HTTP/1.0")
            return refuse(505, QStringLiteral("bad_request"), QStringLiteral("only HTTP/1.0 and HTTP/1.1 are spoken here"));

        HttpApi::Request r;
        const QByteArray &method = parts.at(0);
        r.method = (method == "GET" || method == "POST" || method == "PUT" || method == "DELETE") ? method : QByteArray("OTHER");
        const QByteArray &target = parts.at(1);
        const QUrl url = QUrl::fromEncoded(target.startsWith('/') ? "http://host" + target : target, QUrl::StrictMode);
        if (!url.isValid() || target.contains('#'))
            return refuse(400, QStringLiteral("bad_request"), QStringLiteral("the request target is not a valid URL"));
        r.path = url.path();
        r.query = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        r.remote = m_socket->peerAddress().toString();

        QByteArray contentLength;
        for (const QByteArray &line : std::as_const(lines)) {
            if (line.startsWith(' ') || line.startsWith('\t'))
                return refuse(400, QStringLiteral("bad_request"), QStringLiteral("folded header lines are not accepted"));
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = colon > 0 ? line.left(colon).toLower() : QByteArray();
            if (!isToken(name))
                return refuse(400, QStringLiteral("bad_request"), QStringLiteral("a header line is not NAME: VALUE"));
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (value.contains('\0') || value.contains('\r'))
                return refuse(400, QStringLiteral("bad_request"), QStringLiteral("header %1 holds a control character").arg(QString::fromLatin1(name)));
            if (name == "content-length") {
                if (!contentLength.isNull() && contentLength != value)
                    return refuse(400, QStringLiteral("bad_request"), QStringLiteral("two different Content-Length headers"));
                contentLength = value;
                continue;
            }
            if (name == "transfer-encoding")
                return refuse(411, QStringLiteral("length_required"),
                              QStringLiteral("a body must be sent with Content-Length, not Transfer-Encoding"));
            auto it = r.headers.find(name);
            if (it == r.headers.end())
                r.headers.insert(name, value);
            else
                *it += ", " + value; // repeated headers are one comma-separated list (RFC 9110 5.3)
        }
        m_bodyLength = 0;
        if (!contentLength.isNull()) {
            bool ok = contentLength.size() <= 18 && !contentLength.isEmpty();
            for (const char c : std::as_const(contentLength))
                ok = ok && c >= '0' && c <= '9';
            if (!ok)
                return refuse(400, QStringLiteral("bad_request"), QStringLiteral("Content-Length is not a number"));
            m_bodyLength = contentLength.toLongLong();
            // A refused body of a plausible size is read and dropped after the answer (a client
            // sends it before it reads), else only 1 MiB of it.
            if (m_bodyLength <= 8 * m_config.maxBodyBytes)
                m_dropLimit = qMax(m_dropLimit, m_bodyLength);
            if (m_bodyLength > m_config.maxBodyBytes)
                return refuse(413, QStringLiteral("body_too_large"), QStringLiteral("request body of %1 bytes exceeds the limit of %2 bytes")
                                                                      .arg(m_bodyLength).arg(m_config.maxBodyBytes));
        }
        if (version == "HTTP/1.1" && !r.headers.contains("host"))
            return refuse(400, QStringLiteral("bad_request"), QStringLiteral("an HTTP/1.1 request needs a Host header"));
        const QByteArray connection = r.headers.value("connection").toLower();
        m_keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
        if (const auto early = m_listener->m_checkHead(r, m_bodyLength)) {
            // Without a body the connection can go on; with one, whose bytes are on their way,
            // it closes after the answer.
            if (m_bodyLength == 0) {
                respond(*early, m_keepAlive);
            } else {
                m_buffer.clear();
                respond(*early, false);
            }
            return false;
        }
        if (m_bodyLength > 0) {
            if (m_listener->m_bufferedBodies + m_bodyLength > m_config.maxBufferedBodyBytes) {
                HttpApi::Response busy = HttpRoutes::fail(
                    503, QStringLiteral("busy"),
                    QStringLiteral("the server is receiving too many request bodies at once; try again shortly"));
                busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
                m_buffer.clear();
                respond(busy, false);
                return false;
            }
            m_reserved = m_bodyLength;
            m_listener->m_bufferedBodies += m_reserved;
        }
        // Only now, with the headers accepted, is the client asked for its body (never an
        // HTTP/1.0 client, which does not know 1xx answers).
        if (m_bodyLength > 0 && version == "HTTP/1.1" && r.headers.value("expect").toLower() == "100-continue")
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_request = std::move(r);
        return true;
    }

    void dispatch()
    {
        m_state = State::Handling;
        m_timer.stop();
        auto *watcher = new QFutureWatcher<HttpApi::Response>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
            watcher->deleteLater();
            if (m_state != State::Handling)
                return;
            const HttpApi::Response resp = watcher->future().resultCount() > 0
                ? watcher->result()
                : HttpRoutes::fail(500, QStringLiteral("internal"), QStringLiteral("the request failed"));
            respond(resp, m_keepAlive);
        });
        watcher->setFuture(m_listener->m_handler(std::move(m_request)));
        m_request = {};
    }

    void respond(const HttpApi::Response &resp, bool keepAlive)
    {
        releaseBody(); // the handler is done with the body
        QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + reason(resp.status) + "\r\n";
        out += "Content-Type: " + resp.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n";
        for (const auto &h : resp.headers)
            out += h.first + ": " + h.second + "\r\n";
        if (!keepAlive)
            out += "Connection: close\r\n";
        out += "\r\n";
        m_socket->write(out);
        m_socket->write(resp.body); // shared, not copied; both leave in one flush
        if (!keepAlive) {
            linger();
            return;
        }
        m_state = State::Headers;
        m_requestStarted = !m_buffer.isEmpty();
        m_timer.start(m_buffer.isEmpty() ? m_config.idleTimeoutMs : m_config.headerTimeoutMs);
        if (!m_buffer.isEmpty())
            process();
        if (m_state == State::Headers && m_socket->bytesAvailable() > 0)
            readSome(); // what the client sent while the request was handled
    }

    // Answers an error and closes; returns false (for parseHead).
    bool refuse(int status, const QString &code, const QString &message)
    {
        m_buffer.clear();
        respond(HttpRoutes::fail(status, code, message), false);
        return false;
    }

    // After the last response: the write side is closed once it is sent (a slow reader has the
    // idle timeout between bytes) and what the client still sends is read and dropped for a
    // moment, so that it gets the response instead of a reset; then the connection closes.
    void linger()
    {
        m_state = State::Lingering;
        m_buffer.clear();
        m_buffer.squeeze();
        auto progress = [this]() {
            if (m_state != State::Lingering || m_writeShut)
                return;
            const auto *tls = qobject_cast<QSslSocket *>(m_socket);
            if (m_socket->bytesToWrite() > 0 || (tls && tls->encryptedBytesToWrite() > 0)) {
                m_timer.start(m_config.idleTimeoutMs);
                return;
            }
            m_writeShut = true;
            if (tls) {
                // TLS cannot shut only the write side (an end without close_notify is an error to
                // the client's TLS library), and closing on unread data makes the kernel answer
                // the client's next bytes with a reset that destroys the response in flight. So
                // the connection stays open while the client goes on sending (the rest of a
                // refused body), read and dropped, and is closed with a close_notify once it has
                // been quiet for a moment (or at the deadline below).
                m_quiet.start();
            } else {
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
            }
            m_timer.start(qMin(2000, m_config.headerTimeoutMs));
        };
        // Over TLS, bytesWritten comes when the plain text is encrypted, before the records
        // reach the socket: there it is encryptedBytesWritten that says they went out.
        if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
            connect(tls, &QSslSocket::encryptedBytesWritten, this, progress);
        else
            connect(m_socket, &QTcpSocket::bytesWritten, this, progress);
        progress();
    }

    void timedOut()
    {
        switch (m_state) {
        case State::Headers:
            if (m_buffer.isEmpty()) {
                closed(); // idle, or a TLS handshake that never finished: nothing to answer
                return;
            }
            refuse(408, QStringLiteral("request_timeout"),
                   QStringLiteral("the request headers did not arrive within %1 ms").arg(m_config.headerTimeoutMs));
            return;
        case State::Body:
            refuse(408, QStringLiteral("request_timeout"),
                   QStringLiteral("the request body did not arrive within %1 ms").arg(m_config.bodyTimeoutMs));
            return;
        case State::Lingering:
            closed();
            return;
        case State::Handling:
        case State::Closed:
            return;
        }
    }

    HttpListener *m_listener;
    const HttpConfig &m_config;
    QTcpSocket *m_socket;
    QByteArray m_peer; // the client's address, as counted in the listener's m_perPeer
    QTimer m_timer;
    QTimer m_quiet; // TLS linger: the client has sent nothing for this long
    State m_state = State::Headers;
    QByteArray m_buffer;
    HttpApi::Request m_request;
    qint64 m_bodyLength = 0;
    qint64 m_reserved = 0;        // what this connection's body counts in the listener's m_bufferedBodies
    qsizetype m_scanFrom = 0;     // where the search for the end of the headers goes on
    bool m_requestStarted = true; // the first bytes of a request have arrived (or it is the first)
    bool m_keepAlive = true;
    bool m_writeShut = false;
    qint64 m_dropped = 0;
    qint64 m_dropLimit = 1024 * 1024;
};

HttpListener::HttpListener(const HttpConfig &config, HeadCheck checkHead, Handler handler, QObject *parent)
    : QTcpServer(parent), m_config(config), m_checkHead(std::move(checkHead)), m_handler(std::move(handler))
{
    // QTcpServer stops accepting for good on an error that is not temporary (EMFILE: out of file
    // descriptors); try again shortly, when connections have closed.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        QTimer::singleShot(200, this, &QTcpServer::resumeAccepting);
    });
}

HttpListener::~HttpListener()
{
    close();
    // The connections (children; each socket is its connection's child) are deleted here, while
    // the count they update still exists; a pending handler's result is dropped.
    const QObjectList kids = children();
    for (QObject *child : kids)
        delete dynamic_cast<HttpConnection *>(child);
}

void HttpListener::setTls(const QSslConfiguration &tls)
{
    m_tls = tls;
    m_useTls = true;
}

void HttpListener::incomingConnection(qintptr handle)
{
    if (m_connections >= m_config.maxConnections) {
        ::close(int(handle)); // full: this one is turned away, the listener goes on accepting
        return;
    }
    // The client's address (without the port), from the socket itself, before any object exists.
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    QByteArray peer;
    if (::getpeername(int(handle), reinterpret_cast<sockaddr *>(&addr), &len) == 0) {
        if (addr.ss_family == AF_INET)
            peer = QByteArray(reinterpret_cast<const char *>(&reinterpret_cast<sockaddr_in &>(addr).sin_addr), 4);
        else if (addr.ss_family == AF_INET6)
            peer = QByteArray(reinterpret_cast<const char *>(&reinterpret_cast<sockaddr_in6 &>(addr).sin6_addr), 16);
    }
    if (m_perPeer.value(peer) >= m_config.maxConnectionsPerPeer) {
        ::close(int(handle)); // this client holds its share: turned away, the others are still served
        return;
    }
    if (m_useTls) {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            ::close(int(handle));
            return;
        }
        socket->setSslConfiguration(m_tls);
        new HttpConnection(this, socket, peer);
        socket->startServerEncryption();
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        ::close(int(handle));
        return;
    }
    new HttpConnection(this, socket, peer);
}
