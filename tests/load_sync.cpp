// Load program (not a test): N clients hold the sync server busy on loopback for S seconds and
// it prints throughput, p50/p99 latency, errors and the server's resident memory at the start,
// halfway and at the end (it must stay flat: nothing per request is kept).
//   build/tests/load_sync [CLIENTS=100] [SECONDS=60]
// Each client has its own connection and device, syncs back to back from its last cursor, and
// every tenth request also pushes one comment; every fifth client is an enhetschef of one
// enhet (the access checks and the filtered pull), the others read the whole tree as admin.
#include "database.h"
#include "ids.h"
#include "importer.h"
#include "store.h"
#include "sync/testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>
#include <functional>

using namespace TestSupport;

namespace {
// VmRSS of a process in MB (-1 when it cannot be read).
double rssMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("enhetspuls.*.info=false"));
    const int clients = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    const int seconds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 60;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
    const QString password = QStringLiteral("load-password-1");
    {
        QString error;
        auto db = Database::open(spec, &error);
        Store store(*db, Store::Role::Server);
        HlcClock clock(QStringLiteral("import"));
        const ImportResult r = Importer::importDirectory(store, clock, QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo"));
        if (!r.ok) {
            out << "demo import failed: " << r.error << Qt::endl;
            return 1;
        }
    }
    if (!runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                 QStringLiteral("admin"), QStringLiteral("--db"), spec}, password.toUtf8() + "\n")
        || !runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mia"), QStringLiteral("--role"),
                    QStringLiteral("enhetschef"), QStringLiteral("--db"), spec}, password.toUtf8() + "\n")
        || !runCli({QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("mia"), QStringLiteral("VO-HTN"),
                    QStringLiteral("--db"), spec}))
        return 1;
    ServerProcess server;
    // Every client is on loopback, one address: lift the per-peer cap to the overall one.
    if (!server.start(spec, {QStringLiteral("--max-connections-per-peer"), QStringLiteral("512")}))
        return 1;
    Http http(server.url());
    const QString adminToken = http.login(QStringLiteral("admin"), password);
    const QString miaToken = http.login(QStringLiteral("mia"), password);
    if (adminToken.isEmpty() || miaToken.isEmpty()) {
        out << "login failed" << Qt::endl;
        return 1;
    }
    const double rssStart = rssMb(server.pid());

    QUrl url = server.url();
    url.setPath(QStringLiteral("/api/v1/sync"));
    QStringList cursors(clients, QString());
    QList<QNetworkAccessManager *> nams;
    QList<double> latencies; // ms, measured requests only
    latencies.reserve(1 << 20);
    qint64 done = 0, errors = 0;
    bool running = true, measuring = false;
    const QString unit = Ids::unit(QStringLiteral("VO-HTN"));
    std::function<void(int, qint64)> fire = [&](int client, qint64 n) {
        if (!running)
            return;
        const bool manager = client % 5 == 0;
        QJsonArray mutations;
        if (n % 10 == 0) {
            const QString clock = Hlc{QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("load%1").arg(client)}.toString();
            mutations.append(QJsonObject{
                {QStringLiteral("n"), n}, {QStringLiteral("table"), QStringLiteral("comments")}, {QStringLiteral("id"), Ids::random()},
                {QStringLiteral("values"), QJsonObject{{QStringLiteral("unit_id"), unit}, {QStringLiteral("period"), QStringLiteral("2026-10")},
                                                       {QStringLiteral("area"), QStringLiteral("mal")},
                                                       {QStringLiteral("body"), QStringLiteral("Belastning %1/%2").arg(client).arg(n)}}},
                {QStringLiteral("clocks"), QJsonObject{{QStringLiteral("unit_id"), clock}, {QStringLiteral("period"), clock},
                                                       {QStringLiteral("area"), clock}, {QStringLiteral("body"), clock}}}});
        }
        const QJsonObject body{{QStringLiteral("device"), QStringLiteral("load%1").arg(client)},
                               {QStringLiteral("schema"), Schema::latest}, {QStringLiteral("cursor"), cursors.at(client)},
                               {QStringLiteral("mutations"), mutations}};
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + (manager ? miaToken : adminToken).toLatin1());
        auto *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = nams.at(client)->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, client, n, timer] {
            const double ms = timer->nsecsElapsed() / 1e6;
            delete timer;
            reply->deleteLater();
            if (!running)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
                cursors[client] = o.value(QStringLiteral("cursor")).toString();
            }
            if (measuring) {
                latencies.append(ms);
                status == 200 ? ++done : ++errors;
            }
            fire(client, n + 1);
        });
    };
    for (int c = 0; c < clients; ++c)
        nams << new QNetworkAccessManager(&app);
    for (int c = 0; c < clients; ++c)
        fire(c, 1);
    QEventLoop warm; // first pulls of the whole tree, connections opened
    QTimer::singleShot(2000, &warm, &QEventLoop::quit);
    warm.exec();
    const double rssWarm = rssMb(server.pid());
    measuring = true;
    double rssHalf = -1;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer::singleShot(seconds * 500, &app, [&] { rssHalf = rssMb(server.pid()); });
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    measuring = false;
    const double secs = elapsed.nsecsElapsed() / 1e9;
    const double rssEnd = rssMb(server.pid());
    running = false;
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](int p) { return latencies.isEmpty() ? 0.0 : latencies.at(std::min<qsizetype>(latencies.size() - 1, latencies.size() * p / 100)); };
    out << QStringLiteral("%1 clients for %2 s: %3 sync requests/s, p50 %4 ms, p99 %5 ms, %6 errors")
               .arg(clients).arg(secs, 0, 'f', 1).arg(done / secs, 0, 'f', 0).arg(pct(50), 0, 'f', 1)
               .arg(pct(99), 0, 'f', 1).arg(errors)
        << Qt::endl;
    out << QStringLiteral("server memory (RSS): %1 MB at start, %2 MB after warm-up, %3 MB halfway, %4 MB at the end")
               .arg(rssStart, 0, 'f', 1).arg(rssWarm, 0, 'f', 1).arg(rssHalf, 0, 'f', 1).arg(rssEnd, 0, 'f', 1)
        << Qt::endl;
    qDeleteAll(nams);
    server.stop();
    return errors == 0 ? 0 : 1;
}
