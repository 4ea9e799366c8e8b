// Peer benchmark (a program, not a test; scripts/peer_bench.sh installs PouchDB and runs it):
// the same N follow-up records (100 000) synced from cold to a fresh client, and then one
// changed record synced incrementally, with Enhetspuls (the app's SyncClient against
// enhetspuls-server on SQLite) and with PouchDB (pouchdb-node on LevelDB replicating from
// pouchdb-server in memory), alternating for R rounds (5) after one that warms both up, all
// on loopback. Both clients talk
// through a byte-counting TCP relay, so "bytes" are what crossed the wire in both directions.
//   bench_peer NODE_MODULES [N] [ROUNDS]
// NODE_MODULES is a node_modules folder holding pouchdb-server and pouchdb-node.
// Targets: Enhetspuls at least 6x faster from cold, and never slower for one change.
#include "database.h"
#include "hlc.h"
#include "sync/benchrecords.h"
#include "sync/relay.h"
#include "sync/testserver.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QThread>
#include <algorithm>

using namespace TestSupport;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Waits until `done` is true or `ms` have passed, running the event loop.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(1);
    }
    return done();
}

// One pouchdb-node client process (tests/peer/pouch_client.js): replicates from cold at start,
// then once more for every line written to it; each replication prints one JSON line.
class PouchClient
{
public:
    bool start(const QString &nodeModules, const QUrl &remote, const QString &dir, const QString &watchId)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), nodeModules);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("node"), {QStringLiteral(ENHETSPULS_SOURCE_DIR "/tests/peer/pouch_client.js"),
                                                 remote.toString() + QStringLiteral("bench"), dir, watchId});
        return m_process.waitForStarted(10000);
    }
    // The next result line ({"ms":..,"docs":..,"watched":"<body>"}); empty on failure.
    QJsonObject next(int timeoutMs = 600000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && t.elapsed() < timeoutMs) {
            if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
                break;
        }
        return QJsonDocument::fromJson(m_process.readLine()).object();
    }
    void again() { m_process.write("again\n"); }
    ~PouchClient()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

private:
    QProcess m_process;
};

struct Sample
{
    double coldS = 0, oneMs = 0;
    qint64 coldBytes = 0, oneBytes = 0;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("enhetspuls.*.info=false\nqt.network.*=false"));
    QTextStream out(stdout);
    if (argc < 2 || (argc > 3 && QString::fromLocal8Bit(argv[3]).toInt() < 1)) {
        out << "usage: bench_peer NODE_MODULES [N] [ROUNDS]   (scripts/peer_bench.sh installs PouchDB and runs it)" << Qt::endl;
        return 2;
    }
    const QString nodeModules = QString::fromLocal8Bit(argv[1]);
    const int n = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    const int rounds = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 5;
    QTemporaryDir dir;
    QList<BenchRecord> records; // the same for both servers
    for (int i = 0; i < n; ++i)
        records << benchRecord(i);
    const BenchRecord &watched = records.at(n / 2);
    QElapsedTimer timer;

    // Enhetspuls: the server seeded directly, an admin to log in as.
    const QString spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
    const QString password = QStringLiteral("bench-password");
    QString error;
    if (!seedServer(spec, n, [&records](int i) { return records.at(i); }, &error)) {
        out << "seeding enhetspuls-server failed: " << error << Qt::endl;
        return 1;
    }
    if (!addUser(spec, QStringLiteral("bench"), QStringLiteral("admin"), {}, password))
        return 1;
    ServerProcess server;
    if (!server.start(spec))
        return 1;
    Http ours(server.url());
    const QString writerToken = ours.login(QStringLiteral("bench"), password);

    // PouchDB: pouchdb-server in memory on loopback, the same records loaded with _bulk_docs.
    const quint16 pouchPort = freePort();
    QProcess pouchServer;
    QDir(dir.path()).mkpath(QStringLiteral("pouchdb-server"));
    pouchServer.setWorkingDirectory(dir.filePath(QStringLiteral("pouchdb-server"))); // its config.json and log.txt
    pouchServer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    pouchServer.setStandardOutputFile(QProcess::nullDevice());
    pouchServer.start(QStringLiteral("node"), {nodeModules + QStringLiteral("/pouchdb-server/bin/pouchdb-server"), QStringLiteral("--in-memory"),
                                               QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                               QString::number(pouchPort), QStringLiteral("--no-stdout-logs")});
    const QUrl pouchUrl(QStringLiteral("http://127.0.0.1:%1").arg(pouchPort));
    Http pouch(pouchUrl);
    if (!waitFor([&] { return pouch.request("GET", QStringLiteral("/")).status == 200; }, 30000)) {
        out << "pouchdb-server did not start" << Qt::endl;
        return 1;
    }
    pouch.request("PUT", QStringLiteral("/bench"));
    timer.start();
    for (int from = 0; from < n; from += 5000) {
        QJsonArray docs;
        for (int i = from; i < qMin(n, from + 5000); ++i) {
            QJsonObject doc = QJsonObject::fromVariantMap(benchFields(records.at(i)));
            doc.insert(QStringLiteral("_id"), records.at(i).id);
            docs.append(doc);
        }
        if (pouch.post(QStringLiteral("/bench/_bulk_docs"), {{QStringLiteral("docs"), docs}}).status != 201) {
            out << "loading pouchdb-server failed" << Qt::endl;
            return 1;
        }
    }
    out << QStringLiteral("%1 records on each server (PouchDB loaded in %2 s)").arg(n).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;

    Relay ourRelay(server.port()), pouchRelay(pouchPort);
    QList<Sample> ourSamples, pouchSamples;
    int failures = 0;
    // Round 0 warms both up (the servers' first reads, the first connections) and is printed
    // but not counted.
    for (int round = 0; round <= rounds; ++round) {
        const QString changed = QStringLiteral("Ändrad i omgång %1").arg(round);
        // Enhetspuls from cold: a fresh client database, logged in (not timed), one sync.
        {
            Sample s;
            const QString clientPath = dir.filePath(QStringLiteral("client-%1.sqlite").arg(round));
            auto db = Database::open(clientPath, &error);
            SyncClient client(*db, ourRelay.url());
            client.login(QStringLiteral("bench"), password);
            waitFor([&] { return client.loggedIn() || client.state() == SyncClient::State::Error; }, 30000);
            // One sync through the relay, timed: whether it went well, its seconds and bytes.
            const auto timedSync = [&](int timeoutMs, double *seconds, qint64 *bytes) {
                bool finished = false, ok = false;
                const auto c = QObject::connect(&client, &SyncClient::finished, [&](bool success, const QString &message) {
                    finished = true;
                    ok = success;
                    if (!success)
                        out << "enhetspuls sync failed: " << message << Qt::endl;
                });
                ourRelay.reset();
                timer.restart();
                client.syncNow();
                waitFor([&] { return finished; }, timeoutMs);
                *seconds = timer.nsecsElapsed() / 1e9;
                *bytes = ourRelay.bytes();
                QObject::disconnect(c);
                return ok;
            };
            const bool coldOk = timedSync(600000, &s.coldS, &s.coldBytes);
            const qint64 rows = scalar(QStringLiteral("sqlite:") + clientPath, QStringLiteral("SELECT COUNT(*) FROM comments"));
            // One change on the server, written by another device.
            const QString clock = Hlc{QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("writer")}.toString();
            const QJsonObject push{{QStringLiteral("device"), QStringLiteral("writer")}, {QStringLiteral("schema"), client.engine().schema()},
                                   {QStringLiteral("cursor"), QString()},
                                   {QStringLiteral("mutations"), QJsonArray{QJsonObject{{QStringLiteral("n"), round + 1}, {QStringLiteral("table"), QStringLiteral("comments")},
                                                                                         {QStringLiteral("id"), watched.id},
                                                                                         {QStringLiteral("values"), QJsonObject{{QStringLiteral("body"), changed}}},
                                                                                         {QStringLiteral("clocks"), QJsonObject{{QStringLiteral("body"), clock}}}}}}};
            // The writer's own pull is paged too; only its push matters here.
            if (ours.post(QStringLiteral("/api/v1/sync"), push, writerToken).status != 200) {
                out << "enhetspuls: the change was refused" << Qt::endl;
                return 1;
            }
            double oneS = 0;
            const bool oneOk = timedSync(60000, &oneS, &s.oneBytes);
            s.oneMs = oneS * 1000;
            QSqlQuery q(db->db());
            q.prepare(QStringLiteral("SELECT body FROM comments WHERE id = ?"));
            q.addBindValue(watched.id);
            const QString body = q.exec() && q.next() ? q.value(0).toString() : QString();
            const bool right = coldOk && oneOk && rows == n && body == changed;
            failures += right ? 0 : 1;
            out << QStringLiteral("%1 Enhetspuls: cold %2 s, %3 MB; one change %4 ms, %5 kB%6")
                       .arg(round == 0 ? QStringLiteral("warm-up") : QStringLiteral("round %1").arg(round)).arg(s.coldS, 0, 'f', 2).arg(s.coldBytes / 1e6, 0, 'f', 1).arg(s.oneMs, 0, 'f', 1)
                       .arg(s.oneBytes / 1e3, 0, 'f', 1)
                       .arg(right ? QString() : QStringLiteral(" WRONG (%1 rows, body \"%2\")").arg(rows).arg(body))
                << Qt::endl;
            if (round > 0)
                ourSamples << s;
        }
        // PouchDB from cold: a fresh LevelDB folder, one replication, then the change.
        {
            Sample s;
            PouchClient client;
            pouchRelay.reset();
            if (!client.start(nodeModules, pouchRelay.url(), dir.filePath(QStringLiteral("pouch-%1").arg(round)), watched.id)) {
                out << "node did not start" << Qt::endl;
                return 1;
            }
            const QJsonObject cold = client.next();
            s.coldS = cold.value(QStringLiteral("ms")).toDouble() / 1000;
            s.coldBytes = pouchRelay.bytes();
            const int docs = cold.value(QStringLiteral("docs")).toInt();
            const HttpResult doc = pouch.request("GET", QStringLiteral("/bench/") + watched.id);
            QJsonObject changedDoc = doc.body;
            changedDoc.insert(QStringLiteral("body"), changed);
            if (pouch.request("PUT", QStringLiteral("/bench/") + watched.id, QJsonDocument(changedDoc).toJson()).status != 201) {
                out << "pouchdb: the change was refused" << Qt::endl;
                return 1;
            }
            pouchRelay.reset();
            client.again();
            const QJsonObject one = client.next();
            s.oneMs = one.value(QStringLiteral("ms")).toDouble();
            s.oneBytes = pouchRelay.bytes();
            const bool right = docs == n && one.value(QStringLiteral("watched")).toString() == changed;
            failures += right ? 0 : 1;
            out << QStringLiteral("%1 PouchDB:    cold %2 s, %3 MB; one change %4 ms, %5 kB%6")
                       .arg(round == 0 ? QStringLiteral("warm-up") : QStringLiteral("round %1").arg(round)).arg(s.coldS, 0, 'f', 2).arg(s.coldBytes / 1e6, 0, 'f', 1).arg(s.oneMs, 0, 'f', 1)
                       .arg(s.oneBytes / 1e3, 0, 'f', 1)
                       .arg(right ? QString() : QStringLiteral(" WRONG (%1 docs, body \"%2\")").arg(docs).arg(one.value(QStringLiteral("watched")).toString()))
                << Qt::endl;
            if (round > 0)
                pouchSamples << s;
        }
    }
    const auto medianOf = [](const QList<Sample> &samples, auto field) {
        QList<double> v;
        for (const Sample &s : samples)
            v << double(s.*field);
        return median(v);
    };
    const double ourCold = medianOf(ourSamples, &Sample::coldS), pouchCold = medianOf(pouchSamples, &Sample::coldS);
    // "Never slower": the slowest of ours against the fastest of theirs.
    const auto slowestOne = [](const QList<Sample> &v) {
        return std::max_element(v.begin(), v.end(), [](const Sample &a, const Sample &b) { return a.oneMs < b.oneMs; })->oneMs;
    };
    const auto fastestOne = [](const QList<Sample> &v) {
        return std::min_element(v.begin(), v.end(), [](const Sample &a, const Sample &b) { return a.oneMs < b.oneMs; })->oneMs;
    };
    const double ourOne = medianOf(ourSamples, &Sample::oneMs), pouchOne = medianOf(pouchSamples, &Sample::oneMs);
    out << QStringLiteral("median of %1 rounds, %2 records from cold: Enhetspuls %3 s, %4 MB; PouchDB %5 s, %6 MB; "
                          "Enhetspuls %7x faster (target >= 6x) %8, %9x fewer bytes")
               .arg(rounds).arg(n).arg(ourCold, 0, 'f', 2).arg(medianOf(ourSamples, &Sample::coldBytes) / 1e6, 0, 'f', 1)
               .arg(pouchCold, 0, 'f', 2).arg(medianOf(pouchSamples, &Sample::coldBytes) / 1e6, 0, 'f', 1)
               .arg(pouchCold / ourCold, 0, 'f', 1).arg(pouchCold >= 6 * ourCold ? QStringLiteral("OK") : QStringLiteral("MISSED"))
               .arg(medianOf(pouchSamples, &Sample::coldBytes) / qMax(1.0, medianOf(ourSamples, &Sample::coldBytes)), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("median one change: Enhetspuls %1 ms, %2 kB; PouchDB %3 ms, %4 kB; Enhetspuls %5x faster "
                          "(target: never slower, slowest of ours %7 ms against fastest of theirs %8 ms) %6")
               .arg(ourOne, 0, 'f', 1).arg(medianOf(ourSamples, &Sample::oneBytes) / 1e3, 0, 'f', 1).arg(pouchOne, 0, 'f', 1)
               .arg(medianOf(pouchSamples, &Sample::oneBytes) / 1e3, 0, 'f', 1).arg(pouchOne / qMax(0.001, ourOne), 0, 'f', 1)
               .arg(slowestOne(ourSamples) <= fastestOne(pouchSamples) ? QStringLiteral("OK") : QStringLiteral("MISSED"))
               .arg(slowestOne(ourSamples), 0, 'f', 1).arg(fastestOne(pouchSamples), 0, 'f', 1)
        << Qt::endl;
    pouchServer.terminate();
    pouchServer.waitForFinished(5000);
    server.stop();
    return failures == 0 ? 0 : 1;
}
