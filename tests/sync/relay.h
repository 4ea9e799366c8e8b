#pragma once
// A TCP relay for tests and benchmarks: listens on a loopback port, forwards every connection
// to a target port on loopback and counts what passes, in a thread of its own (so it keeps
// relaying while the thread that uses it is busy, as an app applying a page is).
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <memory>

namespace TestSupport {

class Relay
{
public:
    explicit Relay(quint16 target) : m_worker(new Worker(this, target))
    {
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    }
    ~Relay()
    {
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    quint16 port() const { return m_port; }
    // Bytes relayed in both directions since the last reset().
    qint64 bytes() const { return m_bytes; }
    // Requests that began with `POST /api/v1/sync` since the last reset().
    int syncRequests() const { return m_syncRequests; }
    void reset()
    {
        m_bytes = 0;
        m_syncRequests = 0;
    }

private:
    class Worker : public QObject
    {
    public:
        Worker(Relay *relay, quint16 target) : m_relay(relay), m_target(target) {}
        quint16 listen()
        {
            m_server = new QTcpServer(this); // in the relay's thread, as its connections are
            connect(m_server, &QTcpServer::newConnection, this, &Worker::accept);
            return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
        }

    private:
        void accept()
        {
            while (QTcpSocket *in = m_server->nextPendingConnection()) {
                auto *out = new QTcpSocket(in);
                auto pending = std::make_shared<QByteArray>();
                auto tail = std::make_shared<QByteArray>(); // the last bytes of the upstream, for a request line cut in two
                connect(in, &QTcpSocket::readyRead, out, [this, in, out, pending, tail] {
                    const QByteArray data = in->readAll();
                    m_relay->m_bytes += data.size();
                    const QByteArray seen = *tail + data;
                    static const QByteArray line("POST /api/v1/sync ");
                    for (qsizetype at = seen.indexOf(line); at >= 0; at = seen.indexOf(line, at + 1)) {
                        if (at + line.size() > tail->size())
                            ++m_relay->m_syncRequests;
                    }
                    *tail = seen.right(line.size() - 1);
                    if (out->state() == QAbstractSocket::ConnectedState)
                        out->write(data);
                    else
                        pending->append(data);
                });
                connect(out, &QTcpSocket::connected, out, [out, pending] {
                    out->write(*pending);
                    pending->clear();
                });
                connect(out, &QTcpSocket::readyRead, in, [this, in, out] {
                    const QByteArray data = out->readAll();
                    m_relay->m_bytes += data.size();
                    in->write(data);
                });
                connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
                connect(in, &QTcpSocket::disconnected, in, [in, out] {
                    out->disconnectFromHost();
                    in->deleteLater();
                });
                out->connectToHost(QHostAddress::LocalHost, m_target);
            }
        }

        Relay *m_relay;
        QTcpServer *m_server = nullptr;
        quint16 m_target;
    };

    QThread m_thread;
    Worker *m_worker;
    quint16 m_port = 0;
    std::atomic<qint64> m_bytes{0};
    std::atomic<int> m_syncRequests{0};
};
} // namespace TestSupport
