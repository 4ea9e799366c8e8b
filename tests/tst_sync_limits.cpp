// The server's HTTP listener under abuse, against a real enhetspuls-server on loopback: TCP
// connections that never start a TLS handshake do not stop the TLS listener; a huge body is
// refused on its headers (413) without the server's memory growing with it; idle connections
// and slow header dribbles are closed after the (here shortened) timeouts; too many connections
// are turned away while the listener keeps accepting; malformed framing (two Content-Length
// headers, oversized headers, Transfer-Encoding) is refused; and a normal client still works,
// keep-alive and pipelining included.
#include "sync/testserver.h"

#include "hlc.h"
#include "store.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtTest>
#include <sys/stat.h>
#include <vector>

using namespace TestSupport;

namespace {
// The server process's resident memory in KiB (VmRSS of /proc/PID/status), -1 if unknown.
qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto s = std::make_unique<QTcpSocket>();
    s->connectToHost(QHostAddress::LocalHost, port);
    if (!s->waitForConnected(5000))
        return nullptr;
    return s;
}

// Reads until the peer closes, `until` appears or `ms` pass; returns what arrived.
QByteArray readUntil(QTcpSocket &s, const QByteArray &until, int ms)
{
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        got += s.readAll();
        if (!until.isEmpty() && got.contains(until))
            break;
        if (s.state() != QAbstractSocket::ConnectedState)
            break;
        s.waitForReadyRead(50);
    }
    got += s.readAll();
    return got;
}

// True when the server closes the connection within `ms`.
bool closedWithin(QTcpSocket &s, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (s.state() != QAbstractSocket::ConnectedState)
            return true;
        s.waitForReadyRead(50);
        s.readAll();
    }
    return s.state() != QAbstractSocket::ConnectedState;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}
} // namespace

class TstSyncLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_spec;
    ServerProcess m_framing; // one server for every row of malformedFramingIsRefused

    bool healthOk(quint16 port)
    {
        Http http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const HttpResult r = http.request("GET", QStringLiteral("/api/v1/health"));
        return r.status == 200 && r.body.value(QStringLiteral("status")).toString() == QLatin1String("ok");
    }

    // Starts `server` over TLS with a self-signed localhost certificate and sets *ssl to a client
    // configuration that trusts it; *skip says why TLS cannot be tried here at all.
    bool startTlsServer(ServerProcess &server, QSslConfiguration *ssl, QString *skip)
    {
        QString cert, key;
        if (!makeSelfSignedCert(m_dir.path(), &cert, &key, skip))
            return false;
        if (!server.start(m_spec, {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}))
            return false;
        QFile certFile(cert);
        if (!certFile.open(QIODevice::ReadOnly))
            return false;
        *ssl = QSslConfiguration::defaultConfiguration();
        ssl->setCaCertificates(QSslCertificate::fromData(certFile.readAll(), QSsl::Pem));
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
        QString error;
        QVERIFY2(Database::open(m_spec, &error), qPrintable(error));
    }

    // Hole 1: 40 TCP connections that never start a TLS handshake (35 closed, 5 left open)
    // do not stop the TLS listener: a real TLS request succeeds right after.
    void tlsListenerSurvivesConnectionsWithoutHandshake()
    {
        ServerProcess server;
        QSslConfiguration ssl;
        QString skip;
        const bool started = startTlsServer(server, &ssl, &skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY(started);
        auto tlsHealth = [&]() {
            QNetworkAccessManager nam;
            QNetworkRequest req(QUrl(QStringLiteral("https://localhost:%1/api/v1/health").arg(server.port())));
            req.setSslConfiguration(ssl);
            std::unique_ptr<QNetworkReply> reply(nam.get(req));
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, reply.get(), &QNetworkReply::abort);
            loop.exec();
            return reply->error() == QNetworkReply::NoError
                && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
                && reply->readAll().contains("\"ok\"");
        };
        QVERIFY(tlsHealth());

        // 40 opened and closed, most cleanly (FIN: what stopped Qt 6.4's QSslServer), some reset.
        for (int i = 0; i < 40; ++i) {
            auto s = connectTo(server.port());
            QVERIFY(s);
            if (i % 8 == 3)
                s->abort();
            else
                s->disconnectFromHost();
        }
        QTest::qWait(300);
        QVERIFY2(tlsHealth(), "the TLS listener accepts nothing after 40 connections without a handshake");

        // 40 more, 5 of them left open without a byte: they wait for the header timeout, the
        // listener serves the others meanwhile.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 40; ++i) {
            auto s = connectTo(server.port());
            QVERIFY(s);
            if (i % 8 == 7)
                idle.push_back(std::move(s));
            else
                s->disconnectFromHost();
        }
        QTest::qWait(300);
        QVERIFY(tlsHealth());
        QCOMPARE(idle.size(), size_t(5));
        for (auto &s : idle)
            QVERIFY(s->state() == QAbstractSocket::ConnectedState);
    }

    // Over TLS too, a client that sends a refused body of plausible size before it reads
    // (QNetworkAccessManager does) gets the 413: the server reads and drops the rest for a
    // moment after answering, as over plain HTTP, instead of closing on unread data (the
    // kernel then answers the client's next bytes with a reset and the answer is lost).
    void tlsRefusalArrivesDespiteUnreadBody()
    {
        ServerProcess server;
        QSslConfiguration ssl;
        QString skip;
        const bool started = startTlsServer(server, &ssl, &skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY(started);

        const QByteArray body = QByteArray("{\"device\":\"big\",\"pad\":\"") + QByteArray(9 * 1024 * 1024, 'x') + "\"}";
        for (int round = 0; round < 3; ++round) {
            QNetworkAccessManager nam;
            QNetworkRequest req(QUrl(QStringLiteral("https://localhost:%1/api/v1/sync").arg(server.port())));
            req.setSslConfiguration(ssl);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            req.setRawHeader("Authorization", "Bearer not-a-token");
            std::unique_ptr<QNetworkReply> reply(nam.post(req, body));
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, reply.get(), &QNetworkReply::abort);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 413,
                     qPrintable(QStringLiteral("round %1: status %2, error %3").arg(round).arg(status).arg(reply->errorString())));
            QVERIFY(reply->readAll().contains("body_too_large"));
        }
    }

    // Hole 5: a 500 MB body is refused on its headers, before the body is read, and streaming
    // it anyway does not grow the server's memory.
    void hugeBodyIsRefusedBeforeItIsRead()
    {
        ServerProcess server;
        QVERIFY(server.start(m_spec));
        QVERIFY(healthOk(server.port()));
        const qint64 before = rssKiB(server.pid());
        QVERIFY(before > 0);

        auto s = connectTo(server.port());
        QVERIFY(s);
        s->write("POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 500000000\r\n\r\n");
        const QByteArray answer = readUntil(*s, "\r\n\r\n", 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());

        // The body streamed anyway (as a client that does not read answers would): the server
        // stops reading it and closes; its memory stays.
        const QByteArray chunk(1024 * 1024, 'x');
        qint64 sent = 0;
        QElapsedTimer t;
        t.start();
        while (sent < 200LL * 1024 * 1024 && t.elapsed() < 20000 && s->state() == QAbstractSocket::ConnectedState) {
            if (s->write(chunk) < 0)
                break;
            sent += chunk.size();
            s->waitForBytesWritten(100);
        }
        QVERIFY(closedWithin(*s, 10000));
        const qint64 after = rssKiB(server.pid());
        QVERIFY2(after - before < 50 * 1024,
                 qPrintable(QStringLiteral("RSS %1 KiB before, %2 KiB after %3 bytes sent").arg(before).arg(after).arg(sent)));

        // A body of Content-Length that keeps coming without headers ending: refused at the header limit.
        auto h = connectTo(server.port());
        QVERIFY(h);
        h->write("POST /api/v1/sync HTTP/1.1\r\nX-Long: ");
        for (int i = 0; i < 64; ++i)
            h->write(QByteArray(16 * 1024, 'a'));
        const QByteArray tooLong = readUntil(*h, "\r\n\r\n", 5000);
        QVERIFY2(tooLong.startsWith("HTTP/1.1 431"), tooLong.left(200).constData());
        QVERIFY(closedWithin(*h, 5000));
        QVERIFY(rssKiB(server.pid()) - before < 50 * 1024);
        QVERIFY(healthOk(server.port()));
    }

    // Hole 5: a connection that sends nothing is closed after the idle/header timeout, a slow
    // header dribble after the header timeout (though bytes keep coming), a slow body after
    // the body timeout; a normal client on a kept-alive connection still gets its answers.
    void idleAndSlowConnectionsAreClosed()
    {
        ServerProcess server;
        QVERIFY(server.start(m_spec, {QStringLiteral("--header-timeout"), QStringLiteral("1"), QStringLiteral("--idle-timeout"),
                                      QStringLiteral("1.5"), QStringLiteral("--body-timeout"), QStringLiteral("1")}));

        auto silent = connectTo(server.port());
        QVERIFY(silent);
        QElapsedTimer t;
        t.start();
        QVERIFY(closedWithin(*silent, 5000));
        QVERIFY(t.elapsed() >= 900);

        auto dribble = connectTo(server.port());
        QVERIFY(dribble);
        dribble->write("GET /api/v1/health HTTP/1.1\r\n");
        QByteArray answer;
        t.restart();
        while (t.elapsed() < 5000 && dribble->state() == QAbstractSocket::ConnectedState) {
            dribble->write("X");
            dribble->waitForBytesWritten(100);
            dribble->waitForReadyRead(200);
            answer += dribble->readAll();
        }
        answer += dribble->readAll();
        QVERIFY2(dribble->state() != QAbstractSocket::ConnectedState, "a slow header dribble was not cut off");
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 408"), answer.constData());

        auto slowBody = connectTo(server.port());
        QVERIFY(slowBody);
        slowBody->write("POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{");
        const QByteArray bodyAnswer = readUntil(*slowBody, "\r\n\r\n", 5000);
        QVERIFY2(bodyAnswer.startsWith("HTTP/1.1 408"), bodyAnswer.constData());
        QVERIFY(closedWithin(*slowBody, 5000));

        // Kept alive: two requests on one connection, then pipelined two at once; the connection
        // idles out afterwards.
        auto client = connectTo(server.port());
        QVERIFY(client);
        for (int i = 0; i < 2; ++i) {
            client->write(get("/api/v1/health"));
            const QByteArray r = readUntil(*client, "}", 5000);
            QVERIFY2(r.startsWith("HTTP/1.1 200") && r.contains("\"ok\""), r.constData());
            QTest::qWait(500); // less than the idle timeout
        }
        client->write(get("/api/v1/health") + get("/api/v1/nothing-here"));
        QByteArray both;
        t.restart();
        while (t.elapsed() < 5000 && both.count("HTTP/1.1 ") < 2 && client->waitForReadyRead(200))
            both += client->readAll();
        both += client->readAll();
        QVERIFY2(both.startsWith("HTTP/1.1 200") && both.indexOf("HTTP/1.1 404") > 0, both.constData());
        QVERIFY(closedWithin(*client, 5000));

        // HTTP/1.0 is answered and closed; Expect: 100-continue is answered before the body.
        auto http10 = connectTo(server.port());
        QVERIFY(http10);
        http10->write("GET /api/v1/health HTTP/1.0\r\n\r\n");
        const QByteArray r10 = readUntil(*http10, "}", 5000);
        QVERIFY2(r10.startsWith("HTTP/1.1 200") && r10.contains("Connection: close\r\n"), r10.constData());
        QVERIFY(closedWithin(*http10, 3000));
        auto expect = connectTo(server.port());
        QVERIFY(expect);
        expect->write("POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        const QByteArray cont = readUntil(*expect, "\r\n\r\n", 5000);
        QVERIFY2(cont.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), cont.constData());
        expect->write("{}");
        const QByteArray loginAnswer = readUntil(*expect, "}", 5000);
        QVERIFY2(loginAnswer.startsWith("HTTP/1.1 400"), loginAnswer.constData());
        QVERIFY(healthOk(server.port()));
    }

    // Hole 5: more connections than --max-connections are closed on arrival; the listener
    // goes on, and serves again once the others are gone.
    void connectionsBeyondTheLimitAreTurnedAway()
    {
        ServerProcess server;
        QVERIFY(server.start(m_spec, {QStringLiteral("--max-connections"), QStringLiteral("4")}));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(connectTo(server.port()));
            QVERIFY(held.back());
        }
        QTest::qWait(200);
        auto extra = connectTo(server.port());
        QVERIFY(extra);
        QVERIFY(closedWithin(*extra, 5000));
        held.clear();
        QTest::qWait(300);
        QVERIFY(healthOk(server.port()));
    }

    // Issue 12: one client address may hold at most --max-connections-per-peer connections, so it
    // cannot take every slot of --max-connections: the connections beyond its share are closed on
    // arrival, and a client from another address (127.0.0.2, also loopback) is still served.
    void onePeerCannotHoldEverySlot()
    {
        ServerProcess server;
        QVERIFY(server.start(m_spec, {QStringLiteral("--max-connections"), QStringLiteral("8"),
                                      QStringLiteral("--max-connections-per-peer"), QStringLiteral("3")}));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 8; ++i) { // as many as the whole server takes, from one address
            held.push_back(connectTo(server.port()));
            QVERIFY(held.back());
        }
        QTest::qWait(300);
        int open = 0;
        for (auto &s : held)
            open += closedWithin(*s, 500) ? 0 : 1;
        QCOMPARE(open, 3);
        QTcpSocket other;
        QVERIFY(other.bind(QHostAddress(QStringLiteral("127.0.0.2"))));
        other.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(other.waitForConnected(5000));
        other.write(get("/api/v1/health"));
        const QByteArray answer = readUntil(other, "}", 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        // The held connections of the first address still work, and another of its is refused.
        held.front()->write(get("/api/v1/health"));
        const QByteArray first = readUntil(*held.front(), "}", 5000);
        QVERIFY2(first.startsWith("HTTP/1.1 200"), first.constData());
        auto extra = connectTo(server.port());
        QVERIFY(extra);
        QVERIFY(closedWithin(*extra, 5000));
        // Once they are gone the address is served again.
        held.clear();
        extra.reset();
        QTest::qWait(300);
        QVERIFY(healthOk(server.port()));
    }

    // The process runs out of file descriptors (a limit of 64, more connections held than that):
    // once they close, the listener serves again (HttpListener also resumes accepting after an
    // accept error, which QTcpServer answers by pausing).
    void listenerSurvivesRunningOutOfFileDescriptors()
    {
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        if (prlimit.isEmpty())
            QSKIP("prlimit (util-linux) not found");
        ServerProcess server;
        QVERIFY(server.start(m_spec, {QStringLiteral("--threads"), QStringLiteral("2")},
                             {prlimit, QStringLiteral("--nofile=64"), QStringLiteral("--")}));
        QVERIFY(healthOk(server.port()));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 80; ++i) {
            held.push_back(connectTo(server.port()));
            QVERIFY(held.back());
        }
        QTest::qWait(500);
        held.clear();
        QTest::qWait(500);
        QVERIFY2(healthOk(server.port()), "the listener stopped accepting after running out of file descriptors");
    }

    // A limit that is not a positive number is refused at start, "nan" (which parses) included:
    // it disabled the timeout.
    void badLimitsAreRefusedAtStart_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("nan timeout") << QStringLiteral("--header-timeout") << QStringLiteral("nan");
        QTest::newRow("zero timeout") << QStringLiteral("--idle-timeout") << QStringLiteral("0");
        QTest::newRow("negative connections") << QStringLiteral("--max-connections") << QStringLiteral("-3");
        QTest::newRow("text") << QStringLiteral("--max-header") << QStringLiteral("lots");
    }
    void badLimitsAreRefusedAtStart()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QProcess p;
        p.start(serverPath(), {QStringLiteral("serve"), QStringLiteral("--db"), m_spec, QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0"), option, value});
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished();
            QFAIL("the server started with the bad limit");
        }
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(option + QStringLiteral(" needs a positive number")));
    }

    // Hole 8: framing the server must not guess at.
    void malformedFramingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("two different Content-Length")
            << QByteArray("POST /api/v1/login HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}") << QByteArray("400");
        QTest::newRow("Transfer-Encoding")
            << QByteArray("POST /api/v1/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n") << QByteArray("411");
        QTest::newRow("Content-Length not a number")
            << QByteArray("POST /api/v1/login HTTP/1.1\r\nContent-Length: 2x\r\n\r\n{}") << QByteArray("400");
        QTest::newRow("negative Content-Length")
            << QByteArray("POST /api/v1/login HTTP/1.1\r\nContent-Length: -1\r\n\r\n{}") << QByteArray("400");
        QTest::newRow("header without a colon") << QByteArray("GET /api/v1/health HTTP/1.1\r\nnonsense\r\n\r\n") << QByteArray("400");
        QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n") << QByteArray("400");
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << QByteArray("505");
        QTest::newRow("header line too long")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nX-A: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n") << QByteArray("431");
        QTest::newRow("bare LF in the headers")
            << QByteArray("GET /api/v1/health HTTP/1.1\nX-A: b\r\n\r\n") << QByteArray("400");
        // A front that splits on bare LF sees one request ending at "\n\n" here, this server one
        // ending at the final CRLF CRLF: refused rather than framed either way.
        QTest::newRow("bare LF ending the headers")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nX-A: b\n\nGET /api/v1/health HTTP/1.1\r\n\r\n") << QByteArray("400");
        QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET /api/v1/health HTTP/1.1\r\n\r\n") << QByteArray("400");
        QTest::newRow("same Content-Length twice is fine")
            << QByteArray("POST /api/v1/logout HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}") << QByteArray("401");
    }
    void malformedFramingIsRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        ServerProcess &server = m_framing;
        if (!server.port())
            QVERIFY(server.start(m_spec));
        auto s = connectTo(server.port());
        QVERIFY(s);
        s->write(request);
        const QByteArray answer = readUntil(*s, "\r\n\r\n", 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.left(300).constData());
        if (status != "401")
            QVERIFY(closedWithin(*s, 5000));
        QVERIFY(healthOk(server.port()));
    }

    // What the headers alone decide is answered at once, before any of the body is read and
    // without a 100 Continue: the client's megabyte is never buffered (the old listener asked for
    // it and then waited for it, up to the body timeout).
    void headersAloneAreAnswered_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        const QByteArray big = "Content-Length: 1000000\r\nExpect: 100-continue\r\n\r\n";
        QTest::newRow("unknown path with a body") << "POST /api/v1/nothing-here HTTP/1.1\r\nHost: 127.0.0.1\r\n" + big
                                                  << QByteArray("404");
        QTest::newRow("sync without a token") << "POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n" + big << QByteArray("401");
        QTest::newRow("login body over 64 KiB") << "POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\n" + big << QByteArray("413");
        QTest::newRow("report with a body") << "GET /api/v1/report HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer x\r\n" + big
                                            << QByteArray("413");
    }
    void headersAloneAreAnswered()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        ServerProcess server;
        QVERIFY(server.start(m_spec));
        auto s = connectTo(server.port());
        QVERIFY(s);
        s->write(request);
        QElapsedTimer t;
        t.start();
        const QByteArray answer = readUntil(*s, "}", 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.left(300).constData());
        QVERIFY2(!answer.contains("100 Continue"), answer.left(300).constData());
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(closedWithin(*s, 5000));
        QVERIFY(healthOk(server.port()));
    }

    // An HTTP/1.0 client, which knows no 1xx answers, is never sent 100 Continue.
    void noContinueForHttp10()
    {
        ServerProcess server;
        QVERIFY(server.start(m_spec));
        auto s = connectTo(server.port());
        QVERIFY(s);
        s->write("POST /api/v1/login HTTP/1.0\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        QTest::qWait(300);
        s->write("{}");
        const QByteArray answer = readUntil(*s, "}", 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 400") && !answer.contains("100 Continue"), answer.constData());
    }

    // Connections that each send a body of the allowed size cannot together make the server hold
    // more than --max-buffered: one more body is refused with 503 and Retry-After, and accepted
    // again once another has been answered.
    void bodiesTogetherAreBounded()
    {
        ServerProcess server;
        QVERIFY(server.start(m_spec, {QStringLiteral("--max-body"), QStringLiteral("1048576"), QStringLiteral("--max-buffered"),
                                      QStringLiteral("4194304"), QStringLiteral("--body-timeout"), QStringLiteral("20")}));
        const QByteArray head = "POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer not-yet-checked\r\n"
                                "Content-Length: 1048576\r\n\r\n{";
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(connectTo(server.port()));
            QVERIFY(held.back());
            held.back()->write(head);
            held.back()->waitForBytesWritten(1000);
        }
        for (auto &s : held) {
            const QByteArray nothing = readUntil(*s, "\r\n\r\n", 300);
            QVERIFY2(nothing.isEmpty(), nothing.constData()); // being received
        }
        auto fifth = connectTo(server.port());
        QVERIFY(fifth);
        fifth->write(head);
        const QByteArray busy = readUntil(*fifth, "}", 3000);
        QVERIFY2(busy.startsWith("HTTP/1.1 503") && busy.contains("Retry-After: 1\r\n") && busy.contains("\"busy\""),
                 busy.constData());
        // One body completes (a 401 for its made-up token): its share is free again.
        held.front()->write(QByteArray(1048575, ' '));
        const QByteArray done = readUntil(*held.front(), "}", 10000);
        QVERIFY2(done.startsWith("HTTP/1.1 401"), done.left(300).constData());
        auto again = connectTo(server.port());
        QVERIFY(again);
        again->write(head);
        const QByteArray accepted = readUntil(*again, "\r\n\r\n", 500);
        QVERIFY2(accepted.isEmpty(), accepted.constData());
        QVERIFY(healthOk(server.port()));
    }

    // Hole 8: database files, the server's and the app's (one Database::open), are created
    // readable by their owner only, -wal and -shm included, whatever the umask.
    // A pull page ends at --max-page-bytes of JSON as well as at its row limit: a table of long
    // texts comes in several pages (each within the budget plus one row), every row once.
    void pullPagesAreCappedInBytes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("pages.sqlite"));
        const int rows = 40;
        const int bodyChars = 40000;
        {
            QString error;
            auto db = Database::open(spec, &error);
            QVERIFY2(db, qPrintable(error));
            Store store(*db, Store::Role::Server);
            HlcClock clock(QStringLiteral("seed"));
            QVERIFY(store.begin(&error));
            for (int i = 0; i < rows; ++i) {
                const QVariantMap fields{{QStringLiteral("unit_id"), QStringLiteral("u1")},
                                         {QStringLiteral("period"), QStringLiteral("2026-%1").arg(i % 12 + 1, 2, 10, QLatin1Char('0'))},
                                         {QStringLiteral("area"), QStringLiteral("oversikt")},
                                         {QStringLiteral("kind"), QStringLiteral("analys")},
                                         {QStringLiteral("ref"), QString::number(i)},
                                         {QStringLiteral("body"), QString(bodyChars, QLatin1Char('a' + i % 26))}};
                QVERIFY2(store.write(QStringLiteral("comments"), QStringLiteral("c%1").arg(i), fields, clock.now(), &error),
                         qPrintable(error));
            }
            QVERIFY(store.commit(&error));
        }
        QVERIFY(addUser(spec, QStringLiteral("ada"), QStringLiteral("admin"), {}, QStringLiteral("secret-ada-1")));
        const qint64 budget = 200000;
        ServerProcess server;
        QVERIFY(server.start(spec, {QStringLiteral("--max-page-bytes"), QString::number(budget)}));
        Http http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        const QString token = http.login(QStringLiteral("ada"), QStringLiteral("secret-ada-1"));
        QVERIFY(!token.isEmpty());

        QString cursor;
        QMap<QString, int> seen;
        int pages = 0;
        for (bool more = true; more && pages < 100; ++pages) {
            QJsonObject req{{QStringLiteral("device"), QStringLiteral("d1")},
                            {QStringLiteral("schema"), Schema::latest},
                            {QStringLiteral("mutations"), QJsonArray()}};
            if (!cursor.isEmpty())
                req.insert(QStringLiteral("cursor"), cursor);
            const HttpResult r = http.post(QStringLiteral("/api/v1/sync"), req, token);
            QCOMPARE(r.status, 200);
            QVERIFY2(r.raw.size() <= budget + bodyChars + 2000,
                     qPrintable(QStringLiteral("page %1 is %2 bytes").arg(pages).arg(r.raw.size())));
            for (const QJsonValue &c : r.body.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject o = c.toObject();
                if (o.value(QStringLiteral("table")).toString() == QLatin1String("comments"))
                    ++seen[o.value(QStringLiteral("id")).toString()];
            }
            cursor = r.body.value(QStringLiteral("cursor")).toString();
            more = r.body.value(QStringLiteral("more")).toBool();
        }
        QCOMPARE(seen.size(), rows);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QVERIFY2(pages >= rows * bodyChars / budget, qPrintable(QStringLiteral("%1 pages").arg(pages)));
    }

    void databaseFilesAreOwnerOnly()
    {
        const mode_t oldMask = ::umask(022);
        auto modes = [](const QString &path) {
            QStringList out;
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                struct stat st {};
                out << (::stat(QFile::encodeName(path + suffix).constData(), &st) == 0
                            ? QString::number(st.st_mode & 0777, 8) : QStringLiteral("missing"));
            }
            return out.join(QLatin1Char(' '));
        };
        const QString appPath = m_dir.filePath(QStringLiteral("app.sqlite"));
        {
            QString error;
            auto db = Database::open(appPath, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(modes(appPath), QStringLiteral("600 600 600"));
        }
        const QString serverPath = m_dir.filePath(QStringLiteral("new-server.sqlite"));
        ServerProcess server;
        QVERIFY(server.start(QStringLiteral("sqlite:") + serverPath));
        QVERIFY(healthOk(server.port())); // a request thread holds a connection: -wal and -shm exist
        QCOMPARE(modes(serverPath), QStringLiteral("600 600 600"));
        server.stop();
        ::umask(oldMask);
    }

    // Hole 8: an import error quoting the file shows control characters escaped, never raw
    // (an ESC sequence in a header cell must not reach the terminal).
    void importErrorsEscapeControlCharacters()
    {
        const QString csv = m_dir.filePath(QStringLiteral("evil.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kod\x1b[2J\x07;kod\x1b[2J\x07;namn\n1;2;3\n");
        f.close();
        QProcess p;
        p.start(serverPath(), {QStringLiteral("import"), QStringLiteral("--db"), m_spec, QStringLiteral("units"), csv});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("evil.csv:1:"), err.constData());
        QVERIFY2(err.contains("\\u001b[2J\\u0007"), err.constData());
        QVERIFY(!err.contains('\x1b'));
        QVERIFY(!err.contains('\x07'));
    }
};

QTEST_MAIN(TstSyncLimits)
#include "tst_sync_limits.moc"
