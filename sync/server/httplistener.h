#pragma once
#include "httpapi.h"

#include <QFuture>
#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <functional>
#include <optional>

class HttpConnection;

// The server's own HTTP/1.1 listener (plain or TLS), in front of the handlers instead of Qt 6.4's
// QHttpServer, which buffers whole header lines and bodies before any size check, never times a
// connection out, and whose QSslServer stops accepting for good after 30 connections that close
// before their TLS handshake (they stay counted as pending). Here, every limit is checked as the
// bytes arrive:
// - the request line and headers together at most HttpConfig::maxHeaderBytes (431), a
//   Content-Length above maxBodyBytes is refused as soon as the headers are in (413; the body is
//   never buffered: what the client still sends is read and dropped, up to 8 x maxBodyBytes, so
//   that it gets the answer instead of a reset), two differing Content-Length headers, a
//   Transfer-Encoding, a line ending in LF without CR or an HTTP/1.1 request without Host are
//   refused (400, 411, 400, 400), anything else malformed is 400; each of these closes the
//   connection;
// - what the route table can refuse from the headers alone (HeadCheck: an unknown path, a
//   missing token, a body larger than the route takes) is answered before any of the body is
//   buffered and before a `100 Continue`, which only an HTTP/1.1 client gets;
// - the bodies of all connections together, from their headers until their responses are sent,
//   at most HttpConfig::maxBufferedBodyBytes: one more is answered 503 with Retry-After, so
//   that many connections each sending a body of the allowed size cannot exhaust memory;
// - a new connection (TLS handshake included) must deliver its first request's headers within
//   headerTimeoutMs, a kept-alive one may wait idleTimeoutMs for its next request and then has
//   headerTimeoutMs for the headers (slow header dribbles are cut off, 408), a body must arrive
//   within bodyTimeoutMs of its headers (408);
// - at most maxConnections at a time, and at most maxConnectionsPerPeer from one client address:
//   one more is closed as soon as it is accepted, so sockets never run the process out of file
//   descriptors, the listener keeps accepting, and one client cannot hold every slot (idle ones
//   are closed after idleTimeoutMs in any case).
// Requests on a connection are answered in order, one at a time (HTTP/1.1 keep-alive). Nothing
// is read from a connection while its request is handled, and Qt reads at most 64 KiB ahead, so
// a pipelined request waits in the kernel and the client is held back by TCP.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<QFuture<HttpApi::Response>(HttpApi::Request)>;
    // A refusal from the request line, headers and Content-Length alone (run on the listener's
    // thread: nothing slow), or nullopt to read the body.
    using HeadCheck = std::function<std::optional<HttpApi::Response>(const HttpApi::Request &, qint64 bodyLength)>;
    HttpListener(const HttpConfig &config, HeadCheck checkHead, Handler handler, QObject *parent = nullptr);
    ~HttpListener() override;

    // TLS for every connection from now on (the certificate and key of --tls-cert/--tls-key).
    void setTls(const QSslConfiguration &tls);

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class HttpConnection;
    const HttpConfig &m_config;
    HeadCheck m_checkHead;
    Handler m_handler;
    QSslConfiguration m_tls;
    bool m_useTls = false;
    int m_connections = 0;
    QHash<QByteArray, int> m_perPeer; // open connections by client address (its raw bytes)
    qint64 m_bufferedBodies = 0; // the Content-Length of every body between its headers and its response
};
