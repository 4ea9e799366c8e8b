// End-to-end tests of the server's other surfaces, against a real enhetspuls-server on loopback
// with the demo data imported: GET /api/v1/report (same JSON as `enhetspuls-server report`),
// TLS (self-signed certificate made with openssl, trusted by the client as its only CA), the
// asynchronous SyncClient (login, sync, wrong password, server down) and group commit
// (concurrent pushes share a transaction, a refused push leaves the others alone).
#include "database.h"
#include "ids.h"
#include "importer.h"
#include "store.h"
#include "sync/relay.h"
#include "sync/testserver.h"
#include "syncclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QtTest>

using namespace TestSupport;

namespace {
const QString kPassword = QStringLiteral("hemligt-lösen-1");
const QString kDemoDir = QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo");

QString unit(const char *code) { return Ids::unit(QString::fromLatin1(code)); }

// Runs a command and returns its standard output (standard error apart); empty on failure.
QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

// Waits for a reply with a deadline, aborting it when the deadline passes.
void waitFor(QNetworkReply *reply, int ms = 15000)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, reply, &QNetworkReply::abort);
    loop.exec();
}
} // namespace

class TstSyncApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_spec;
    ServerProcess m_server;
    std::unique_ptr<Http> m_http;
    QString m_miaToken;
    int m_devices = 0;

    std::unique_ptr<Database> newDevice()
    {
        QString error;
        return Database::open(m_dir.filePath(QStringLiteral("device%1.sqlite").arg(++m_devices)), &error);
    }
    qint64 serverCount(const QString &sql) { return scalar(m_spec, sql); }
    // Logs `client` in as mia; false when that did not come within 15 s.
    static bool logInAsMia(SyncClient &client)
    {
        QSignalSpy in(&client, &SyncClient::loggedInChanged);
        client.login(QStringLiteral("mia"), kPassword);
        return in.wait(15000);
    }
    // Syncs `client` to the end: whether it went well and its message ("no end" after `ms`).
    static QPair<bool, QString> syncToEnd(SyncClient &client, int ms)
    {
        QSignalSpy done(&client, &SyncClient::finished);
        client.syncNow();
        if (!done.wait(ms))
            return {false, QStringLiteral("no end")};
        return {done.first().at(0).toBool(), done.first().at(1).toString()};
    }
    static QJsonObject comment(qint64 n, const QString &id, const QString &unitId, const QString &device)
    {
        const QString clock = Hlc{QDateTime::currentMSecsSinceEpoch(), 0, device}.toString();
        return QJsonObject{{QStringLiteral("n"), n}, {QStringLiteral("table"), QStringLiteral("comments")},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("values"), QJsonObject{{QStringLiteral("unit_id"), unitId},
                                                                  {QStringLiteral("period"), QStringLiteral("2026-03")},
                                                                  {QStringLiteral("area"), QStringLiteral("mal")},
                                                                  {QStringLiteral("body"), id}}},
                           {QStringLiteral("clocks"), QJsonObject{{QStringLiteral("unit_id"), clock},
                                                                  {QStringLiteral("period"), clock},
                                                                  {QStringLiteral("area"), clock},
                                                                  {QStringLiteral("body"), clock}}}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
        {
            QString error;
            auto db = Database::open(m_spec, &error);
            QVERIFY2(db, qPrintable(error));
            Store store(*db, Store::Role::Server);
            HlcClock clock(QStringLiteral("import"));
            const ImportResult r = Importer::importDirectory(store, clock, kDemoDir);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QVERIFY(runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mia"), QStringLiteral("--role"),
                        QStringLiteral("enhetschef"), QStringLiteral("--db"), m_spec}, kPassword.toUtf8() + "\n"));
        QVERIFY(runCli({QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("mia"), QStringLiteral("VO"),
                        QStringLiteral("--db"), m_spec}));
        QVERIFY(m_server.start(m_spec));
        m_http = std::make_unique<Http>(m_server.url());
        m_miaToken = m_http->login(QStringLiteral("mia"), kPassword);
        QVERIFY(!m_miaToken.isEmpty());
    }

    // --- GET /api/v1/report ---------------------------------------------------------------

    void reportEqualsTheCommandLine_data()
    {
        QTest::addColumn<QString>("unitCode");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::newRow("area, latest month") << QStringLiteral("VO") << 2026 << 0;
        QTest::newRow("area, March") << QStringLiteral("VO") << 2026 << 3;
        QTest::newRow("unit in the subtree, full 2025") << QStringLiteral("VO-HTN") << 2025 << 12;
    }

    void reportEqualsTheCommandLine()
    {
        QFETCH(QString, unitCode);
        QFETCH(int, year);
        QFETCH(int, month);
        QString path = QStringLiteral("/api/v1/report?unit=%1&year=%2").arg(unitCode).arg(year);
        QStringList args{QStringLiteral("report"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), unitCode,
                         QStringLiteral("--year"), QString::number(year)};
        if (month > 0) {
            path += QStringLiteral("&month=%1").arg(month);
            args << QStringLiteral("--month") << QString::number(month);
        }
        const HttpResult r = m_http->request("GET", path, {}, m_miaToken);
        QCOMPARE(r.status, 200);
        int exitCode = -1;
        const QByteArray printed = run(serverPath(), args, &exitCode);
        QCOMPARE(exitCode, 0);
        QJsonParseError err;
        const QJsonDocument expected = QJsonDocument::fromJson(printed, &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
        QVERIFY(!r.body.isEmpty());
        QCOMPARE(r.body, expected.object());
    }

    void reportNeedsAGrant()
    {
        const HttpResult r = m_http->request("GET", QStringLiteral("/api/v1/report?unit=IFO-BU&year=2026"), {}, m_miaToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
        QVERIFY2(r.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("IFO-BU")), r.raw.constData());
        // The parent of a granted unit is not granted either.
        QCOMPARE(m_http->request("GET", QStringLiteral("/api/v1/report?unit=SOC&year=2026"), {}, m_miaToken).status, 403);
        QCOMPARE(m_http->request("GET", QStringLiteral("/api/v1/report?unit=VO&year=2026")).status, 401);
    }

    void reportRefusesBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("nothing") << QString() << 400;
        QTest::newRow("no unit") << QStringLiteral("year=2026") << 400;
        QTest::newRow("no year") << QStringLiteral("unit=VO") << 400;
        QTest::newRow("year not a number") << QStringLiteral("unit=VO&year=tjugo") << 400;
        QTest::newRow("year out of range") << QStringLiteral("unit=VO&year=12") << 400;
        QTest::newRow("month 13") << QStringLiteral("unit=VO&year=2026&month=13") << 400;
        QTest::newRow("month not a number") << QStringLiteral("unit=VO&year=2026&month=mars") << 400;
        QTest::newRow("unknown unit") << QStringLiteral("unit=NOPE&year=2026") << 403; // like an ungranted one
    }

    void reportRefusesBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        const HttpResult r = m_http->request("GET", QStringLiteral("/api/v1/report?") + query, {}, m_miaToken);
        QCOMPARE(r.status, status);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(),
                 status == 400 ? QStringLiteral("bad_request") : QStringLiteral("forbidden"));
        QVERIFY(!r.body.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_http->request("POST", QStringLiteral("/api/v1/report?unit=VO&year=2026"), "{}", m_miaToken).status, 405);
    }

    // --- TLS --------------------------------------------------------------------------------

    void tls()
    {
        QString cert, key, skip;
        const bool made = makeSelfSignedCert(m_dir.path(), &cert, &key, &skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY(made);

        ServerProcess server;
        QVERIFY(server.start(m_spec, {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
        QFile certFile(cert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> ours = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        QCOMPARE(ours.size(), 1);

        QNetworkAccessManager nam;
        // The certificate names localhost; the server listens on 127.0.0.1 only.
        const QUrl https(QStringLiteral("https://localhost:%1/api/v1/health").arg(server.port()));
        auto get = [&](const QUrl &url, bool trustOurs) {
            QNetworkRequest req(url);
            if (trustOurs) {
                QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
                ssl.setCaCertificates(ours); // trust exactly this certificate, nothing else is ignored
                req.setSslConfiguration(ssl);
            }
            QNetworkReply *reply = nam.get(req);
            waitFor(reply);
            reply->deleteLater();
            return reply;
        };

        QNetworkReply *ok = get(https, true);
        QCOMPARE(ok->error(), QNetworkReply::NoError);
        QCOMPARE(ok->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(ok->readAll()).object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        // Without trusting it, the self-signed certificate is refused.
        nam.clearConnectionCache();
        QNetworkReply *untrusted = get(https, false);
        QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);

        // Plain HTTP to the TLS port gets no answer.
        QNetworkReply *plain = get(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(server.port())), false);
        QVERIFY(plain->error() != QNetworkReply::NoError);
        QVERIFY(plain->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);
        server.stop();
    }

    // --- SyncClient -------------------------------------------------------------------------

    void syncClientLogsInAndSyncs()
    {
        auto db = newDevice();
        SyncClient client(*db, m_server.url());
        QSignalSpy loggedIn(&client, &SyncClient::loggedInChanged);
        QSignalSpy finished(&client, &SyncClient::finished);
        client.login(QStringLiteral("mia"), kPassword);
        QVERIFY(loggedIn.wait(15000));
        QVERIFY(client.loggedIn());
        QCOMPARE(finished.count(), 0);

        QString error;
        const QString id = Ids::random();
        QVERIFY2(client.engine().write(QStringLiteral("comments"), id,
                                       {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("period"), QStringLiteral("2026-03")},
                                        {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), QStringLiteral("Från surfplattan")}},
                                       &error), qPrintable(error));
        QCOMPARE(client.pendingCount(), 1);
        client.syncNow();
        QVERIFY(finished.wait(60000));
        const QList<QVariant> args = finished.takeFirst();
        QVERIFY2(args.at(0).toBool(), qPrintable(args.at(1).toString()));
        QCOMPARE(client.state(), SyncClient::State::Idle);
        QCOMPARE(client.pendingCount(), 0);
        QVERIFY(client.lastSyncedAt().isValid());
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM comments WHERE id = '%1' AND body = 'Från surfplattan'").arg(id)), 1);
        // The pull brought the VO subtree (and its ancestor SOC), nothing of IFO.
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM units WHERE id = '%1'").arg(unit("VO-HTN"))) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sick_leave WHERE unit_id = '%1'").arg(unit("IFO-BU"))) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void syncClientWrongPassword()
    {
        auto db = newDevice();
        SyncClient client(*db, m_server.url());
        QSignalSpy finished(&client, &SyncClient::finished);
        client.login(QStringLiteral("mia"), QStringLiteral("fel-lösenord"));
        QVERIFY(finished.wait(15000));
        const QList<QVariant> args = finished.takeFirst();
        QCOMPARE(args.at(0).toBool(), false);
        QVERIFY2(args.at(1).toString().contains(QStringLiteral("password")), qPrintable(args.at(1).toString()));
        QVERIFY(!client.loggedIn());
        QCOMPARE(client.state(), SyncClient::State::Error);
    }

    void syncClientServerDown()
    {
        ServerProcess server;
        QVERIFY(server.start(m_spec));
        auto db = newDevice();
        SyncClient client(*db, server.url());
        QSignalSpy loggedIn(&client, &SyncClient::loggedInChanged);
        QSignalSpy finished(&client, &SyncClient::finished);
        client.login(QStringLiteral("mia"), kPassword);
        QVERIFY(loggedIn.wait(15000));
        QString error;
        QVERIFY(client.engine().write(QStringLiteral("comments"), Ids::random(),
                                      {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("period"), QStringLiteral("2026-03")},
                                       {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), QStringLiteral("offline")}},
                                      &error));
        QCOMPARE(client.pendingCount(), 1);
        server.stop();
        client.syncNow();
        QVERIFY(finished.wait(30000));
        const QList<QVariant> args = finished.takeFirst();
        QCOMPARE(args.at(0).toBool(), false);
        QVERIFY(!args.at(1).toString().isEmpty());
        QCOMPARE(client.state(), SyncClient::State::Error);
        QCOMPARE(client.pendingCount(), 1); // kept for the next sync
    }

    // A server busy receiving other bodies answers 503 with Retry-After: the client waits and
    // tries the same round again instead of failing the sync.
    void syncClientWaitsWhenServerIsBusy()
    {
        ServerProcess server;
        QVERIFY(server.start(m_spec, {QStringLiteral("--max-buffered"), QStringLiteral("65536")}));
        auto db = newDevice();
        SyncClient client(*db, server.url());
        QSignalSpy loggedIn(&client, &SyncClient::loggedInChanged);
        QSignalSpy finished(&client, &SyncClient::finished);
        client.login(QStringLiteral("mia"), kPassword);
        QVERIFY(loggedIn.wait(15000));
        QString error;
        const QString id = Ids::random();
        QVERIFY(client.engine().write(QStringLiteral("comments"), id,
                                      {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("period"), QStringLiteral("2026-03")},
                                       {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), QStringLiteral("när det är fullt")}},
                                      &error));
        // Another connection holds the whole budget with a body it has only begun to send.
        QTcpSocket other;
        other.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(other.waitForConnected(5000));
        other.write("POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer made-up\r\n"
                    "Content-Length: 65536\r\n\r\n{");
        QVERIFY(other.waitForBytesWritten(5000));
        QTest::qWait(200);
        client.syncNow();
        QTest::qWait(400); // the client's first try was refused; it waits a second
        QCOMPARE(finished.count(), 0);
        other.write(QByteArray(65535, ' ')); // done: answered 401, its share free again
        QVERIFY(finished.wait(30000));
        const QList<QVariant> args = finished.takeFirst();
        QVERIFY2(args.at(0).toBool(), qPrintable(args.at(1).toString()));
        QCOMPARE(client.pendingCount(), 0);
        QCOMPARE(scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM comments WHERE id = '%1'").arg(id)), 1);
    }

    // A pull of many pages: the request for the next page goes out before a page is applied
    // (the server and the transfer overlap the applying), and the device ends with exactly
    // what a page-by-page sync gets. A sync that fails part-way (the server goes away between
    // pages, with the next page asked for) keeps what it applied, and the next sync goes on
    // from the last page applied.
    void syncClientPullsTheNextPageWhileApplying()
    {
        ServerProcess server;
        QVERIFY(server.start(m_spec, {QStringLiteral("--max-page-bytes"), QStringLiteral("20000")}));
        QString error;
        auto reference = newDevice();
        SyncEngine referenceEngine(*reference);
        Http http(server.url());
        const QString token = http.login(QStringLiteral("mia"), kPassword);
        QCOMPARE(http.sync(referenceEngine, token, &error), 200);
        const QMap<QString, QString> expected = syncedRows(*reference);
        QVERIFY(expected.size() > 500);

        Relay relay(server.port());
        auto db = newDevice();
        SyncClient client(*db, relay.url());
        QVERIFY(logInAsMia(client));
        relay.reset();
        // Applying a page is made slow (the progress signal comes right after it, before the
        // client goes on): the next page's request must have reached the server by then.
        int pages = 0, askedAhead = 0;
        const QMetaObject::Connection slow = connect(&client, &SyncClient::progress, this, [&] {
            ++pages;
            QThread::msleep(150);
            if (relay.syncRequests() > pages)
                ++askedAhead;
        });
        const auto [ok, message] = syncToEnd(client, 120000);
        QVERIFY2(ok, qPrintable(message));
        disconnect(slow);
        QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
        // Every page but the last asks for the next one ahead.
        QVERIFY2(askedAhead >= (pages - 1) / 2, qPrintable(QStringLiteral("%1 of %2 pages").arg(askedAhead).arg(pages)));
        QCOMPARE(relay.syncRequests(), pages); // and no page twice
        QCOMPARE(syncedRows(*db), expected);

        // The server goes away after the third page: the sync fails, the device keeps what it
        // applied, and the next sync (with the server back) ends where the reference did.
        auto db2 = newDevice();
        {
            SyncClient second(*db2, relay.url());
            QVERIFY(logInAsMia(second));
            int applied = 0;
            connect(&second, &SyncClient::progress, this, [&] {
                if (++applied == 3)
                    server.stop();
            });
            const auto [secondOk, secondMessage] = syncToEnd(second, 60000);
            QCOMPARE(secondOk, false);
            QVERIFY(secondMessage != QStringLiteral("no end"));
            QVERIFY(applied >= 3);
            QVERIFY(syncedRows(*db2) != expected);
        }
        QVERIFY(server.start(m_spec, {QStringLiteral("--max-page-bytes"), QStringLiteral("20000")}));
        SyncClient again(*db2, server.url());
        QVERIFY(logInAsMia(again));
        const auto [againOk, againMessage] = syncToEnd(again, 60000);
        QVERIFY2(againOk, qPrintable(againMessage));
        QCOMPARE(syncedRows(*db2), expected);
    }

    // --- Group commit ---------------------------------------------------------------------

    void concurrentPushesAreIsolated()
    {
        // Many pushes at once (so the server commits several in one transaction); every third
        // one also writes to a unit mia has no grant for and must be refused as a whole.
        QNetworkAccessManager nam;
        QUrl url = m_server.url();
        url.setPath(QStringLiteral("/api/v1/sync"));
        const int pushes = 30, rounds = 3;
        for (int round = 0; round < rounds; ++round) {
            QList<QNetworkReply *> replies;
            QStringList firstIds;
            for (int i = 0; i < pushes; ++i) {
                const QString device = QStringLiteral("gc-%1").arg(i);
                const QString first = Ids::random();
                firstIds << first;
                QJsonArray mutations{comment(2 * round + 1, first, unit("VO-HTN"), device)};
                mutations.append(comment(2 * round + 2, Ids::random(), i % 3 == 0 ? unit("IFO-BU") : unit("VO-KOR"), device));
                const QJsonObject body{{QStringLiteral("device"), device}, {QStringLiteral("schema"), 5},
                                       {QStringLiteral("cursor"), QString()}, {QStringLiteral("mutations"), mutations}};
                QNetworkRequest req(url);
                req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                req.setRawHeader("Authorization", "Bearer " + m_miaToken.toLatin1());
                replies << nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
            }
            for (int i = 0; i < pushes; ++i) {
                QNetworkReply *reply = replies.at(i);
                waitFor(reply, 60000);
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
                reply->deleteLater();
                const bool refused = i % 3 == 0;
                QCOMPARE(status, refused ? 403 : 200);
                const qint64 stored = serverCount(QStringLiteral("SELECT COUNT(*) FROM comments WHERE id = '%1'").arg(firstIds.at(i)));
                if (refused) {
                    QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
                    QCOMPARE(body.value(QStringLiteral("unit")).toString(), QString()); // not named: mia cannot read it
                    QCOMPARE(body.value(QStringLiteral("mutation")).toInteger(), 2 * round + 2);
                    QCOMPARE(stored, 0); // the allowed first mutation went back with the push
                } else {
                    QCOMPARE(body.value(QStringLiteral("acked")).toInteger(), 2 * round + 2);
                    QCOMPARE(stored, 1);
                }
                const qint64 last = serverCount(QStringLiteral("SELECT COALESCE(MAX(last_mutation), 0) FROM devices WHERE device_id = 'gc-%1'").arg(i));
                QCOMPARE(last, refused ? 0 : 2 * round + 2);
            }
        }
        // A retried push changes nothing and is acknowledged again.
        const qint64 before = serverCount(QStringLiteral("SELECT value FROM sync_meta WHERE key = 'seq'"));
        const QJsonObject retry{{QStringLiteral("device"), QStringLiteral("gc-1")}, {QStringLiteral("schema"), 5},
                                {QStringLiteral("cursor"), QString()},
                                {QStringLiteral("mutations"), QJsonArray{comment(2 * rounds, Ids::random(), unit("VO-HTN"), QStringLiteral("gc-1"))}}};
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), retry, m_miaToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("acked")).toInteger(), 2 * rounds);
        QCOMPARE(serverCount(QStringLiteral("SELECT value FROM sync_meta WHERE key = 'seq'")), before);
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TstSyncApi)
#include "tst_sync_api.moc"
