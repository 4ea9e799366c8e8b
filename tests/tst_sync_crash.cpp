// Crash safety, end to end: the server SIGKILLed at random moments under push load from several
// devices (SQLite and a throw-away PostgreSQL cluster) and restarted; a device and an import
// SIGKILLed in the middle of their transactions. What must hold: every mutation the server
// acknowledged is stored, exactly once (no row twice, no audit entry twice), the databases
// reopen intact, and after the devices sync again the server holds exactly what they wrote.
//
// The random moments come from a seed printed at the start; ENHETSPULS_CRASH_SEED repeats a run
// and ENHETSPULS_CRASH_SECONDS runs the load longer (the default is a short form for CI).
#include "database.h"
#include "ids.h"
#include "sync/testserver.h"
#include "syncengine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <csignal>
#include <vector>
#include <cstdio>

using namespace TestSupport;

namespace {
const QString kPassword = QStringLiteral("hemligt-lösen-1");
QString unit(const char *code) { return Ids::unit(QString::fromLatin1(code)); }

quint32 seed()
{
    static const quint32 s = qEnvironmentVariableIsSet("ENHETSPULS_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("ENHETSPULS_CRASH_SEED"))
        : QRandomGenerator::system()->generate();
    return s;
}

int loadSeconds()
{
    const int s = qEnvironmentVariableIntValue("ENHETSPULS_CRASH_SECONDS");
    return s > 0 ? s : 6;
}

QVariantMap comment(const QString &body)
{
    return {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("period"), QStringLiteral("2026-05")},
            {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), body}};
}

// --child-writer DB: a device that writes comments through SyncEngine, one transaction each,
// and prints "committed N" after each commit, until it is killed.
int childWriter(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    SyncEngine engine(*db);
    for (int n = 1;; ++n) {
        const QString body = QStringLiteral("kommentar %1 ").arg(n) + QString(200, QLatin1Char('x'));
        if (!engine.write(QStringLiteral("comments"), Ids::random(), comment(body), &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        printf("committed %d\n", n);
        fflush(stdout);
    }
}
} // namespace

class TstSyncCrash : public QObject
{
    Q_OBJECT
public:
    explicit TstSyncCrash(QString backend) : m_backend(std::move(backend)) {}

private:
    QString m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<Postgres> m_pg;
    QString m_spec;
    int m_devices = 0;

    std::unique_ptr<Database> newDevice()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("%1-device%2.sqlite").arg(m_backend).arg(++m_devices)), &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }
    QStringList serverRows(const QString &sql)
    {
        QString error;
        auto db = Database::open(m_spec, &error);
        QStringList out;
        if (!db) {
            qWarning("%s", qPrintable(error));
            return out;
        }
        QSqlQuery q(db->db());
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return out;
        }
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    // One device of the load: it writes new comments and edits its own, and syncs, over and over.
    struct Device
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<SyncEngine> engine;
        QStringList rows;                     // the comments it created
        QHash<QString, QString> sentBody;     // per row, the body in the request in flight
        QHash<QString, QString> ackedBody;    // per row, the last body the server acknowledged
        QNetworkReply *reply = nullptr;
        int written = 0;
        int acked = 0;
        int failed = 0;
    };

private slots:
    void initTestCase()
    {
        qInfo("seed %u (ENHETSPULS_CRASH_SEED=%u repeats this run), %d s of load", seed(), seed(), loadSeconds());
        if (m_backend == QLatin1String("postgres")) {
            if (!Postgres::available())
                QSKIP("PostgreSQL binaries not found in /usr/lib/postgresql/15/bin; install postgresql-15 to run these");
            m_pg = std::make_unique<Postgres>();
            QString error;
            QVERIFY2(m_pg->start(&error), qPrintable(error));
            m_spec = m_pg->spec();
        } else {
            m_spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
        }
        QVERIFY(addUser(m_spec, QStringLiteral("admin"), QStringLiteral("admin"), {}, kPassword));
        QVERIFY(addUser(m_spec, QStringLiteral("mia"), QStringLiteral("enhetschef"), {QStringLiteral("VO")}, kPassword));
        ServerProcess server;
        QVERIFY(server.start(m_spec));
        Http http(server.url());
        const QString admin = http.login(QStringLiteral("admin"), kPassword);
        QVERIFY(!admin.isEmpty());
        auto db = newDevice();
        SyncEngine setup(*db);
        QString error;
        struct U { const char *code, *parent, *kind; };
        for (const U &u : {U{"SOC", nullptr, "forvaltning"}, U{"VO", "SOC", "omrade"}, U{"VO-HTN", "VO", "enhet"}}) {
            QVERIFY2(setup.write(QStringLiteral("units"), unit(u.code),
                                 {{QStringLiteral("code"), QString::fromLatin1(u.code)}, {QStringLiteral("name"), QString::fromLatin1(u.code)},
                                  {QStringLiteral("parent_id"), u.parent ? QVariant(unit(u.parent)) : QVariant()},
                                  {QStringLiteral("kind"), QString::fromLatin1(u.kind)}}, &error), qPrintable(error));
        }
        QCOMPARE(http.sync(setup, admin, &error), 200);
    }

    // Three devices push and pull as fast as the server answers while the server is SIGKILLed
    // every 150-700 ms and started again on a new port.
    void serverKilledUnderPushLoad()
    {
        QRandomGenerator rng(seed());
        auto server = std::make_unique<ServerProcess>();
        QVERIFY(server->start(m_spec));
        QString token = Http(server->url()).login(QStringLiteral("mia"), kPassword);
        QVERIFY(!token.isEmpty());

        std::vector<Device> devices(3); // never resized: callbacks hold pointers to its elements
        for (Device &d : devices) {
            d.db = newDevice();
            QVERIFY(d.db);
            d.engine = std::make_unique<SyncEngine>(*d.db);
        }
        QNetworkAccessManager nam;
        bool loading = true;
        int kills = 0;
        QString failure;

        // A device's next round: a few local edits, then one POST /sync with what is pending.
        std::function<void(Device &)> next = [&](Device &d) {
            if (!loading || !server)
                return;
            QString error;
            const int creates = 1 + int(rng.bounded(4));
            for (int i = 0; i < creates; ++i) {
                const QString id = Ids::random();
                if (!d.engine->write(QStringLiteral("comments"), id, comment(QStringLiteral("ny %1").arg(++d.written)), &error))
                    failure = error;
                d.rows << id;
            }
            if (!d.rows.isEmpty()) {
                const QString &id = d.rows.at(int(rng.bounded(quint32(d.rows.size()))));
                if (!d.engine->write(QStringLiteral("comments"), id, {{QStringLiteral("body"), QStringLiteral("ändrad %1").arg(++d.written)}}, &error))
                    failure = error;
            }
            const QJsonObject body = d.engine->buildRequest(&error);
            if (!error.isEmpty())
                failure = error;
            // What this request carries: each row's body as pushed.
            d.sentBody.clear();
            for (const QJsonValue &m : body.value(QStringLiteral("mutations")).toArray()) {
                const QJsonObject o = m.toObject();
                const QJsonObject values = o.value(QStringLiteral("values")).toObject();
                if (values.contains(QStringLiteral("body")))
                    d.sentBody.insert(o.value(QStringLiteral("id")).toString(), values.value(QStringLiteral("body")).toString());
            }
            QUrl url = server->url();
            url.setPath(QStringLiteral("/api/v1/sync"));
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            req.setTransferTimeout(10000);
            d.reply = nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
            QNetworkReply *reply = d.reply;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, dp = &d] {
                Device &dev = *dp;
                dev.reply = nullptr;
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 200) {
                    bool more = false;
                    QString why;
                    if (!dev.engine->applyResponse(QJsonDocument::fromJson(reply->readAll()).object(), &more, &why))
                        failure = why;
                    // Acknowledged: these values are the server's now, whatever happens to it next.
                    for (auto it = dev.sentBody.cbegin(); it != dev.sentBody.cend(); ++it)
                        dev.ackedBody.insert(it.key(), it.value());
                    ++dev.acked;
                } else {
                    // Killed mid-request (no status) or refused while starting: try again.
                    if (status != 0)
                        failure = QStringLiteral("status %1: %2").arg(status).arg(QString::fromUtf8(reply->readAll()));
                    ++dev.failed;
                }
                QTimer::singleShot(int(rng.bounded(30)), &nam, [&, dp] { next(*dp); });
            });
        };

        QElapsedTimer clock;
        clock.start();
        std::function<void()> killLater = [&] {
            QTimer::singleShot(150 + int(rng.bounded(550)), &nam, [&] {
                if (!loading)
                    return;
                ::kill(pid_t(server->pid()), SIGKILL);
                server.reset(); // waits for the process; its database is as the kill left it
                ++kills;
                server = std::make_unique<ServerProcess>();
                if (!server->start(m_spec)) {
                    failure = QStringLiteral("the server did not start again after a SIGKILL");
                    loading = false;
                    return;
                }
                // Tokens are stored: the same one is valid on the restarted server. Each device has
                // a request in flight (cut off now) or its next round due, which uses the new port.
                killLater();
            });
        };
        for (Device &d : devices)
            next(d);
        killLater();
        while (loading && clock.elapsed() < loadSeconds() * 1000 && failure.isEmpty())
            QTest::qWait(50);
        loading = false;
        for (int i = 0; i < 200 && std::any_of(devices.cbegin(), devices.cend(), [](const Device &d) { return d.reply; }); ++i)
            QTest::qWait(50);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(server);
        int acked = 0, failed = 0, written = 0;
        for (const Device &d : devices) {
            acked += d.acked;
            failed += d.failed;
            written += d.written;
        }
        qInfo("%s: %d kills, %d edits, %d acknowledged requests, %d cut off", qPrintable(m_backend), kills, written, acked,
              failed);
        QVERIFY2(kills >= 3, "the server was hardly killed: a longer ENHETSPULS_CRASH_SECONDS?");
        QVERIFY2(acked > kills, "too few requests got through between the kills");

        // Every value the server acknowledged is stored, before any device syncs again. A value
        // pushed later (applied, but the reply cut off by the kill) may have replaced it.
        server->stop();
        const QStringList stored = serverRows(QStringLiteral("SELECT id || '|' || body FROM comments"));
        QHash<QString, QString> byId;
        for (const QString &r : stored)
            byId.insert(r.section(QLatin1Char('|'), 0, 0), r.section(QLatin1Char('|'), 1));
        QCOMPARE(byId.size(), stored.size()); // each row once
        for (const Device &d : devices) {
            for (auto it = d.ackedBody.cbegin(); it != d.ackedBody.cend(); ++it) {
                QVERIFY2(byId.contains(it.key()), qPrintable(QStringLiteral("acknowledged row %1 lost").arg(it.key())));
                const QString now = byId.value(it.key());
                // Equal, or a later edit of the same device (which counts up).
                QVERIFY2(now == it.value() || now.section(QLatin1Char(' '), 1).toInt() > it.value().section(QLatin1Char(' '), 1).toInt(),
                         qPrintable(QStringLiteral("row %1: acknowledged '%2', stored '%3'").arg(it.key(), it.value(), now)));
            }
        }
        if (m_backend == QLatin1String("sqlite"))
            QCOMPARE(serverRows(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});

        // The devices sync again: the server then holds exactly what each wrote, once.
        QVERIFY(server->start(m_spec));
        Http http(server->url());
        for (Device &d : devices) {
            QString error;
            QCOMPARE(http.sync(*d.engine, token, &error), 200);
            QCOMPARE(d.engine->pendingCount(), 0);
        }
        server->stop();
        // The server holds each device's own rows as the device has them.
        QStringList mine;
        for (Device &d : devices) {
            for (const QString &id : std::as_const(d.rows)) {
                QSqlQuery q(d.db->db());
                q.prepare(QStringLiteral("SELECT id || '|' || body FROM comments WHERE id = ?"));
                q.addBindValue(id);
                QVERIFY(q.exec() && q.next());
                mine << q.value(0).toString();
            }
        }
        QStringList server1 = serverRows(QStringLiteral("SELECT id || '|' || body FROM comments"));
        mine.sort();
        server1.sort();
        QCOMPARE(server1.size(), mine.size());
        QCOMPARE(server1, mine);
        // No edit was applied twice: the audit trail has each (row, field, clock) once.
        QCOMPARE(serverRows(QStringLiteral("SELECT row_id FROM audit GROUP BY tbl, row_id, field, clock HAVING COUNT(*) > 1")),
                 QStringList());
        // A new device pulls every row exactly once.
        auto fresh = newDevice();
        SyncEngine reader(*fresh);
        QVERIFY(server->start(m_spec));
        QString error;
        QCOMPARE(Http(server->url()).sync(reader, token, &error), 200);
        QSqlQuery q(fresh->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT id) FROM comments")) && q.next());
        QCOMPARE(q.value(0).toInt(), int(mine.size()));
        QCOMPARE(q.value(1).toInt(), int(mine.size()));
    }

    // A device killed in the middle of its writes reopens intact, with every committed write,
    // and syncs them all.
    void deviceKilledMidTransaction()
    {
        if (m_backend != QLatin1String("sqlite"))
            QSKIP("the device database is SQLite; once is enough");
        QRandomGenerator rng(seed() + 1);
        const QString path = m_dir.filePath(QStringLiteral("killed-device.sqlite"));
        int committed = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-writer"), path});
            QVERIFY(child.waitForStarted());
            QElapsedTimer t;
            t.start();
            const int killAfter = 100 + int(rng.bounded(400));
            QByteArray out;
            while (t.elapsed() < killAfter && child.state() == QProcess::Running) {
                child.waitForReadyRead(20);
                out += child.readAllStandardOutput();
            }
            QCOMPARE(child.state(), QProcess::Running);
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished(5000);
            out += child.readAllStandardOutput();
            const QList<QByteArray> lines = out.trimmed().split('\n');
            const int reported = lines.isEmpty() ? 0 : lines.last().split(' ').value(1).toInt();
            committed += reported;

            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM comments")) && q.next());
            const int rows = q.value(0).toInt();
            // Every reported commit is there; at most the one being reported when killed more.
            QVERIFY2(rows >= committed && rows <= committed + 1,
                     qPrintable(QStringLiteral("round %1: %2 rows, %3 commits reported").arg(round).arg(rows).arg(committed)));
            committed = rows;
            SyncEngine engine(*db);
            QCOMPARE(engine.pendingCount(), rows);
        }
        QVERIFY2(committed > 5, "the writer was killed before it wrote anything");

        ServerProcess server;
        QVERIFY(server.start(m_spec));
        Http http(server.url());
        QString error;
        auto db = Database::open(path, &error);
        SyncEngine engine(*db);
        const QStringList before = serverRows(QStringLiteral("SELECT id FROM comments"));
        QCOMPARE(http.sync(engine, http.login(QStringLiteral("mia"), kPassword), &error), 200);
        QCOMPARE(engine.pendingCount(), 0);
        QCOMPARE(serverRows(QStringLiteral("SELECT id FROM comments")).size(), before.size() + committed);
    }

    // An import killed in the middle writes nothing (it is one transaction); run again, it
    // writes everything.
    void importKilledMidway()
    {
        if (m_backend != QLatin1String("sqlite"))
            QSKIP("one backend is enough for the import's transaction");
        const QString spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("import.sqlite"));
        const QString units = m_dir.filePath(QStringLiteral("units.csv"));
        const QString sick = m_dir.filePath(QStringLiteral("sick.csv"));
        {
            QFile u(units);
            QVERIFY(u.open(QIODevice::WriteOnly));
            u.write("kod;namn;förälder;typ\nSOC;Soc;;förvaltning\n");
            for (int i = 0; i < 400; ++i)
                u.write(QStringLiteral("E%1;Enhet %1;SOC;enhet\n").arg(i).toUtf8());
            QFile s(sick);
            QVERIFY(s.open(QIODevice::WriteOnly));
            s.write("enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus\n");
            for (int i = 0; i < 400; ++i)
                for (int y = 2000; y < 2026; ++y)
                    for (int m = 1; m <= 12; ++m)
                        s.write(QStringLiteral("E%1;%2-%3;1000;50;20;10\n").arg(i).arg(y).arg(m, 2, 10, QLatin1Char('0')).toUtf8());
        }
        QVERIFY(runCli({QStringLiteral("import"), QStringLiteral("--db"), spec, QStringLiteral("units"), units}));
        QProcess p;
        p.start(serverPath(), {QStringLiteral("import"), QStringLiteral("--db"), spec, QStringLiteral("sickleave"), sick});
        QVERIFY(p.waitForStarted());
        // Killed while it writes: its transaction has spilled pages into the write-ahead log.
        const QString wal = m_dir.filePath(QStringLiteral("import.sqlite-wal"));
        for (int i = 0; i < 600 && p.state() == QProcess::Running && QFileInfo(wal).size() < 4 * 1024 * 1024; ++i)
            QTest::qWait(10);
        QCOMPARE(p.state(), QProcess::Running);
        QVERIFY2(QFileInfo(wal).size() >= 4 * 1024 * 1024, "the import did not start writing within 6 s");
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(5000);
        QCOMPARE(scalar(spec, QStringLiteral("SELECT COUNT(*) FROM sick_leave")), qint64(0));
        QCOMPARE(scalar(spec, QStringLiteral("SELECT COUNT(*) FROM units")), qint64(401));
        QVERIFY(runCli({QStringLiteral("import"), QStringLiteral("--db"), spec, QStringLiteral("sickleave"), sick}));
        QCOMPARE(scalar(spec, QStringLiteral("SELECT COUNT(*) FROM sick_leave")), qint64(400 * 26 * 12));
    }

    void cleanupTestCase()
    {
        if (m_pg)
            m_pg->stop();
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--child-writer") == 0) {
        QCoreApplication app(argc, argv);
        return childWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TstSyncCrash sqlite(QStringLiteral("sqlite"));
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    {
        TstSyncCrash postgres(QStringLiteral("postgres"));
        status |= QTest::qExec(&postgres, argc, argv);
    }
    return status;
}

#include "tst_sync_crash.moc"
