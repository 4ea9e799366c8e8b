// Sync benchmark (a program, not a test): starts a real enhetspuls-server on SQLite and prints
//  1. initial sync of 100 000 records to a fresh client       (target < 3 s)
//  2. no-op sync round trip, p50 / p95                         (target p50 < 5 ms)
//  3. sustained sync requests per second, 50 concurrent clients (target 2 000/s, 0 errors)
#include "database.h"
#include "fastinsert.h"
#include "ids.h"
#include "sync/benchrecords.h"
#include "sync/testserver.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <algorithm>

using namespace TestSupport;

namespace {
// Bytes this process has caused to be written to storage so far (/proc/self/io write_bytes; -1
// where there is none).
qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toLongLong();
    }
    return -1;
}

// A memory figure of this process from /proc/self/status in MB ("VmRSS:" now, "VmHWM:" the peak
// since resetPeakMemory()); -1 where unknown.
double memoryMb(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Resets the peak to the present resident memory (Linux: clear_refs 5), so that the peak of
// the sync does not include the seeding before it.
void resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// The size of a SQLite database with its -wal file.
qint64 databaseSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("enhetspuls.*.info=false"));
    const int records = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int clients = 50;
    const int seconds = 5;
    // Every Nth request of a client also pushes one comment (BENCH_PUSH_EVERY, default 10; 0 = never).
    const int pushEvery = qEnvironmentVariableIsSet("BENCH_PUSH_EVERY") ? qEnvironmentVariableIntValue("BENCH_PUSH_EVERY") : 10;
    QTemporaryDir dir;
    const QString spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
    const QString password = QStringLiteral("bench-password");
    QTextStream out(stdout);

    // Seed the server database directly: one unit, `records` comments.
    {
        QString error;
        if (!seedServer(spec, records, benchRecord, &error)) {
            out << "seeding failed: " << error << Qt::endl;
            return 1;
        }
    }
    if (!addUser(spec, QStringLiteral("bench"), QStringLiteral("admin"), {}, password))
        return 1;
    ServerProcess server;
    // The concurrent clients below share one address (loopback): the per-peer cap is the overall one.
    if (!server.start(spec, {QStringLiteral("--max-connections-per-peer"), QStringLiteral("512")}))
        return 1;
    Http http(server.url());
    const QString token = http.login(QStringLiteral("bench"), password);

    // 1. Initial sync, with the app's SyncClient (logged in first, not timed): it pulls the
    //    next page while it applies one.
    QString error;
    const QString clientPath = dir.filePath(QStringLiteral("client.sqlite"));
    auto clientDb = Database::open(clientPath, &error);
    SyncClient client(*clientDb, server.url());
    SyncEngine &engine = client.engine();
    client.login(QStringLiteral("bench"), password);
    QEventLoop wait;
    QObject::connect(&client, &SyncClient::loggedInChanged, &wait, &QEventLoop::quit);
    QObject::connect(&client, &SyncClient::finished, &wait, &QEventLoop::quit);
    wait.exec();
    int pages = 0;
    QObject::connect(&client, &SyncClient::progress, [&pages] { ++pages; });
    clientDb->exec(QStringLiteral("PRAGMA shrink_memory"));
    resetPeakMemory();
    const double memoryBefore = memoryMb("VmRSS:");
    const qint64 writtenBefore = bytesWritten();
    QElapsedTimer timer;
    timer.start();
    client.syncNow();
    wait.exec();
    const double initial = timer.nsecsElapsed() / 1e9;
    const qint64 written = bytesWritten() - writtenBefore;
    const int status = client.lastStatus();
    out << QStringLiteral("  %1 pages, %2 rows through the SQLite fast path").arg(pages).arg(FastInsert::insertedCount()) << Qt::endl;
    QSqlQuery count(clientDb->db());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM comments"));
    count.next();
    out << QStringLiteral("initial sync of %1 records: %2 s (target < 3 s) %3, status %4, %5 rows on the client")
               .arg(records + 1).arg(initial, 0, 'f', 2).arg(initial < 3 ? QStringLiteral("OK") : QStringLiteral("MISSED"))
               .arg(status).arg(count.value(0).toInt())
        << Qt::endl;
    // What the client wrote to storage during the initial sync (database, WAL and checkpoints)
    // against the size of the database it ended with.
    const qint64 size = databaseSize(clientPath);
    out << QStringLiteral("initial sync wrote %1 MB on the client for a %2 MB database: %3x (target <= 3x) %4")
               .arg(written / 1e6, 0, 'f', 0).arg(size / 1e6, 0, 'f', 0).arg(double(written) / qMax<qint64>(size, 1), 0, 'f', 2)
               .arg(written >= 0 && written <= 3 * size ? QStringLiteral("OK") : QStringLiteral("MISSED"))
        << Qt::endl;
    out << QStringLiteral("resident memory of the client: %1 MB before the initial sync, at most %2 MB during it")
               .arg(memoryBefore, 0, 'f', 0).arg(memoryMb("VmHWM:"), 0, 'f', 0)
        << Qt::endl;
    if (qEnvironmentVariableIsSet("BENCH_INITIAL_ONLY"))
        return 0;

    // 2. No-op round trips (client builds the request, server pushes nothing and pulls nothing).
    QList<double> times;
    for (int i = 0; i < 300; ++i) {
        timer.restart();
        const QJsonObject req = engine.buildRequest(&error);
        const HttpResult r = http.post(QStringLiteral("/api/v1/sync"), req, token);
        bool more = false;
        engine.applyResponse(r.body, &more, &error);
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    const double p50 = times.at(times.size() / 2);
    out << QStringLiteral("no-op sync round trip: p50 %1 ms, p95 %2 ms (target p50 < 5 ms) %3")
               .arg(p50, 0, 'f', 2).arg(times.at(times.size() * 95 / 100), 0, 'f', 2)
               .arg(p50 < 5 ? QStringLiteral("OK") : QStringLiteral("MISSED"))
        << Qt::endl;

    // 3. 50 concurrent clients, each with its own connection, syncing back to back; every tenth
    //    request also pushes one comment (so every pull also brings the comments of the others).
    // Each client goes on from the cursor of its last response, as SyncEngine does (a fixed
    // cursor would make every pull return all comments pushed during the run).
    QStringList cursors(clients, engine.cursor());
    QList<QNetworkAccessManager *> nams;
    qint64 done = 0, errors = 0;
    bool running = true;
    QUrl url = server.url();
    url.setPath(QStringLiteral("/api/v1/sync"));
    std::function<void(int, qint64)> fire = [&](int client, qint64 n) {
        if (!running)
            return;
        QJsonArray mutations;
        if (pushEvery > 0 && n % pushEvery == 0) {
            const QString clock = Hlc{QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("c%1").arg(client)}.toString();
            mutations.append(QJsonObject{{QStringLiteral("n"), n + 1}, {QStringLiteral("table"), QStringLiteral("comments")},
                                         {QStringLiteral("id"), Ids::random()},
                                         {QStringLiteral("values"), QJsonObject{{QStringLiteral("unit_id"), Ids::unit(QStringLiteral("VO-HTN"))},
                                                                                {QStringLiteral("period"), QStringLiteral("2026-01")},
                                                                                {QStringLiteral("area"), QStringLiteral("mal")}}},
                                         {QStringLiteral("clocks"), QJsonObject{{QStringLiteral("unit_id"), clock},
                                                                                {QStringLiteral("period"), clock},
                                                                                {QStringLiteral("area"), clock}}}});
        }
        const QJsonObject body{{QStringLiteral("device"), QStringLiteral("c%1").arg(client)}, {QStringLiteral("schema"), engine.schema()},
                               {QStringLiteral("cursor"), cursors.at(client)}, {QStringLiteral("mutations"), mutations}};
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = nams.at(client)->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, client, n] {
            reply->deleteLater();
            if (!running)
                return;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                ++done;
                cursors[client] = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("cursor")).toString();
            } else
                ++errors;
            fire(client, n + 1);
        });
    };
    for (int c = 0; c < clients; ++c)
        nams << new QNetworkAccessManager(&app);
    // Warm up the connections, then measure.
    for (int c = 0; c < clients; ++c)
        fire(c, 1);
    QEventLoop warm;
    QTimer::singleShot(1000, &warm, &QEventLoop::quit);
    warm.exec();
    const qint64 startDone = done, startErrors = errors;
    timer.restart();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = timer.nsecsElapsed() / 1e9;
    const qint64 measured = done - startDone;
    running = false;
    const double rate = measured / elapsed;
    out << QStringLiteral("%1 concurrent clients: %2 sync requests/s over %3 s, %4 errors (target 2000/s, 0 errors) %5")
               .arg(clients).arg(rate, 0, 'f', 0).arg(elapsed, 0, 'f', 1).arg(errors - startErrors)
               .arg(rate >= 2000 && errors == 0 ? QStringLiteral("OK") : QStringLiteral("MISSED"))
        << Qt::endl;
    qDeleteAll(nams);
    server.stop();
    return 0;
}
