// Seeded randomized simulation: several devices with skewed clocks go offline, edit, delete,
// and sync against a real server while responses are dropped and requests duplicated. At the
// end every device must equal the server and no write may be lost (each written field clock is
// on the server or beaten by a later one). Set ENHETSPULS_SIM_SEED to replay a failing seed.
#include "database.h"
#include "ids.h"
#include "schema.h"
#include "rows.h"
#include "sync/testserver.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

namespace {
const QString kPassword = QStringLiteral("hemligt-lösen-1");
const QStringList kTables{QStringLiteral("comments"), QStringLiteral("actions"), QStringLiteral("apt_meetings"),
                          QStringLiteral("apt_items"), QStringLiteral("apt_decisions")};

struct Written
{
    QString table, id, field, clock;
};

} // namespace

class TstSyncSim : public QObject
{
    Q_OBJECT
public:
    explicit TstSyncSim(QString backend) : m_backend(std::move(backend)) {}

private:
    QString m_backend;

private slots:
    void simulation()
    {
        QTemporaryDir dir;
        std::unique_ptr<Postgres> pg;
        QString spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
        if (m_backend == QLatin1String("postgres")) {
            if (!Postgres::available())
                QSKIP("PostgreSQL binaries not found in /usr/lib/postgresql/15/bin; install postgresql-15 to run this");
            pg = std::make_unique<Postgres>();
            QString error;
            QVERIFY2(pg->start(&error), qPrintable(error));
            spec = pg->spec();
        }
        const quint32 seed = qEnvironmentVariableIsSet("ENHETSPULS_SIM_SEED")
            ? qEnvironmentVariable("ENHETSPULS_SIM_SEED").toUInt() : QRandomGenerator::global()->generate();
        const int steps = qEnvironmentVariableIsSet("ENHETSPULS_SIM_STEPS") ? qEnvironmentVariableIntValue("ENHETSPULS_SIM_STEPS") : 3000;
        const QByteArray tag = QStringLiteral("backend %1 seed %2 (replay with ENHETSPULS_SIM_SEED=%2)").arg(m_backend).arg(seed).toUtf8();
        qInfo("%s", tag.constData());
        QRandomGenerator rng(seed);

        QVERIFY(runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mia"), QStringLiteral("--role"),
                        QStringLiteral("enhetschef"), QStringLiteral("--db"), spec}, kPassword.toUtf8() + "\n"));
        QVERIFY(runCli({QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("mia"), QStringLiteral("VO"), QStringLiteral("--db"), spec}));
        ServerProcess server;
        QVERIFY(server.start(spec));
        Http http(server.url());
        const QString token = http.login(QStringLiteral("mia"), kPassword);
        QVERIFY(!token.isEmpty());
        {
            // The organisation, written by an admin's device.
            QVERIFY(runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                            QStringLiteral("admin"), QStringLiteral("--db"), spec}, kPassword.toUtf8() + "\n"));
            QString error;
            auto adminDb = Database::open(dir.filePath(QStringLiteral("admin.sqlite")), &error);
            SyncEngine admin(*adminDb);
            for (const QString &code : {QStringLiteral("VO"), QStringLiteral("VO-HTN"), QStringLiteral("VO-SKH")})
                QVERIFY(admin.write(QStringLiteral("units"), Ids::unit(code),
                                    {{QStringLiteral("code"), code},
                                     {QStringLiteral("parent_id"), code == QLatin1String("VO") ? QVariant() : QVariant(Ids::unit(QStringLiteral("VO")))}},
                                    &error));
            QCOMPARE(http.sync(admin, http.login(QStringLiteral("admin"), kPassword), &error), 200);
        }
        const QStringList units{Ids::unit(QStringLiteral("VO")), Ids::unit(QStringLiteral("VO-HTN")), Ids::unit(QStringLiteral("VO-SKH"))};

        struct Device
        {
            std::unique_ptr<Database> db;
            std::unique_ptr<SyncEngine> engine;
            qint64 skew = 0;
            bool online = true;
        };
        QList<Device *> devices;
        const int deviceCount = 4;
        for (int i = 0; i < deviceCount; ++i) {
            auto *d = new Device;
            QString error;
            d->db = Database::open(dir.filePath(QStringLiteral("dev%1.sqlite").arg(i)), &error);
            QVERIFY2(d->db, qPrintable(error));
            d->skew = qint64(rng.bounded(240000)) - 120000; // within ±2 min, the bound is 5 min
            const qint64 skew = d->skew;
            d->engine = std::make_unique<SyncEngine>(*d->db, [skew] { return QDateTime::currentMSecsSinceEpoch() + skew; });
            devices << d;
        }
        auto cleanup = qScopeGuard([&] { qDeleteAll(devices); });

        QList<Written> written;
        QStringList knownIds; // "table/id" created by someone
        int dropped = 0, duplicated = 0, syncs = 0;
        auto syncOnce = [&](Device &d) -> bool {
            QString error;
            const QJsonObject req = d.engine->buildRequest(&error);
            if (req.isEmpty())
                return false;
            const int roll = int(rng.bounded(100));
            HttpResult r = http.post(QStringLiteral("/api/v1/sync"), req, token);
            ++syncs;
            if (r.status != 200) {
                qWarning("%s: sync failed %d %s", tag.constData(), r.status, r.raw.constData());
                return false;
            }
            if (roll < 10) { // response lost on the way back
                ++dropped;
                return true;
            }
            bool more = false;
            if (roll < 20) { // the request was duplicated by the network; both responses arrive
                ++duplicated;
                const HttpResult again = http.post(QStringLiteral("/api/v1/sync"), req, token);
                if (again.status != 200 || !d.engine->applyResponse(r.body, &more, &error)) {
                    qWarning("%s: %s", tag.constData(), qPrintable(error));
                    return false;
                }
                r = again;
            }
            if (!d.engine->applyResponse(r.body, &more, &error)) {
                qWarning("%s: apply failed: %s", tag.constData(), qPrintable(error));
                return false;
            }
            return true;
        };

        for (int step = 0; step < steps; ++step) {
            Device &d = *devices.at(int(rng.bounded(deviceCount)));
            const int action = int(rng.bounded(100));
            QString error;
            if (action < 10) {
                d.online = !d.online;
            } else if (action < 45) {
                if (d.online)
                    QVERIFY2(syncOnce(d), tag.constData());
            } else if (action < 60 || knownIds.isEmpty()) {
                // Create: random ids for actions and APT meetings, a natural id for comments so
                // that devices create the same comment independently.
                const QString table = kTables.at(int(rng.bounded(kTables.size())));
                const QString unit = units.at(int(rng.bounded(units.size())));
                QVariantMap fields{{QStringLiteral("unit_id"), unit}};
                QString id;
                if (table == QLatin1String("comments")) {
                    const QString period = QStringLiteral("2026-%1").arg(1 + rng.bounded(3), 2, 10, QLatin1Char('0'));
                    id = Ids::comment(unit, period, QStringLiteral("mal"), QStringLiteral("kommentar"), QString());
                    fields.insert(QStringLiteral("period"), period);
                    fields.insert(QStringLiteral("area"), QStringLiteral("mal"));
                    fields.insert(QStringLiteral("body"), QStringLiteral("c%1").arg(step));
                } else if (table == QLatin1String("actions")) {
                    id = Ids::random();
                    fields.insert(QStringLiteral("title"), QStringLiteral("a%1").arg(step));
                } else if (table == QLatin1String("apt_meetings")) {
                    id = Ids::random();
                    fields.insert(QStringLiteral("meeting_date"), QStringLiteral("2026-05-%1").arg(1 + rng.bounded(28)));
                    fields.insert(QStringLiteral("minutes"), QStringLiteral("m%1").arg(step));
                } else {
                    // An item or decision of a meeting (any: it need not be one this device knows).
                    id = Ids::random();
                    fields.insert(QStringLiteral("meeting_id"), QStringLiteral("m-%1").arg(rng.bounded(4)));
                    fields.insert(QStringLiteral("sort_order"), int(rng.bounded(8)));
                    if (table == QLatin1String("apt_items")) {
                        fields.insert(QStringLiteral("title"), QStringLiteral("i%1").arg(step));
                        fields.insert(QStringLiteral("covered"), int(rng.bounded(2)));
                    } else {
                        fields.insert(QStringLiteral("body"), QStringLiteral("d%1").arg(step));
                    }
                }
                QVERIFY2(d.engine->write(table, id, fields, &error), qPrintable(error));
                knownIds << table + QLatin1Char('/') + id;
                bool exists = false;
                const QJsonObject clocks = d.engine->store().clocks(table, id, &exists);
                for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                    written << Written{table, id, it.key(), clocks.value(it.key()).toString()};
            } else {
                // Edit or delete a row this device has (it may have learned of it by sync).
                const QString key = knownIds.at(int(rng.bounded(knownIds.size())));
                const QString table = key.section(QLatin1Char('/'), 0, 0);
                const QString id = key.section(QLatin1Char('/'), 1);
                bool exists = false;
                d.engine->store().clocks(table, id, &exists);
                if (!exists)
                    continue;
                if (action < 67) {
                    QVERIFY2(d.engine->remove(table, id, &error), qPrintable(error));
                    written << Written{table, id, QStringLiteral("_deleted"),
                                       d.engine->store().clocks(table, id).value(QStringLiteral("_deleted")).toString()};
                } else {
                    const QString field = table == QLatin1String("comments") ? QStringLiteral("body")
                        : table == QLatin1String("actions") ? (rng.bounded(2) ? QStringLiteral("title") : QStringLiteral("owner"))
                        : table == QLatin1String("apt_items") ? (rng.bounded(2) ? QStringLiteral("note") : QStringLiteral("covered"))
                        : table == QLatin1String("apt_decisions") ? QStringLiteral("body")
                                                                  : QStringLiteral("minutes");
                    const QVariant value = field == QLatin1String("covered") ? QVariant(int(rng.bounded(2)))
                                                                              : QVariant(QStringLiteral("e%1").arg(step));
                    QVERIFY2(d.engine->write(table, id, {{field, value}}, &error), qPrintable(error));
                    written << Written{table, id, field, d.engine->store().clocks(table, id).value(field).toString()};
                }
            }
        }

        // Everyone comes online and syncs until nothing moves (twice round, so all see all).
        for (int pass = 0; pass < 3; ++pass) {
            for (Device *d : std::as_const(devices)) {
                QString error;
                QVERIFY2(http.sync(*d->engine, token, &error) == 200, qPrintable(QString::fromUtf8(tag) + QLatin1Char(' ') + error));
            }
        }
        QString error;
        auto serverDb = Database::open(spec, &error);
        QVERIFY2(serverDb, qPrintable(error));
        const QMap<QString, QString> expected = syncedRows(*serverDb);
        for (int i = 0; i < devices.size(); ++i) {
            const QMap<QString, QString> got = syncedRows(*devices.at(i)->db);
            if (got != expected) {
                for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                    if (got.value(it.key()) != it.value())
                        qWarning("device %d differs on %s:\n server %s\n device %s", i, qPrintable(it.key()),
                                 qPrintable(it.value()), qPrintable(got.value(it.key())));
            }
            QVERIFY2(got == expected, tag.constData());
        }
        // No write lost: each written clock is on the server or beaten by a later one, or it is an
        // edit that met a tombstone (a deleted row keeps its values), kept in the server's
        // conflicts for its device (or beaten there by a later edit of the same field).
        Rows::Reader reader(*serverDb);
        QSqlQuery kept(serverDb->db());
        kept.prepare(QStringLiteral("SELECT MAX(lost_clock) FROM conflicts WHERE tbl = ? AND row_id = ? AND field = ? AND reason = 'deleted'"));
        int onTombstones = 0;
        for (const Written &w : std::as_const(written)) {
            SyncRow row;
            QVERIFY2(reader.read(w.table, w.id, &row), qPrintable(QStringLiteral("%1 lost row %2/%3").arg(QString::fromUtf8(tag), w.table, w.id)));
            const QString onServer = row.clocks.value(w.field).toString();
            if (onServer >= w.clock)
                continue;
            QString conflict;
            if (row.deleted) {
                kept.addBindValue(w.table);
                kept.addBindValue(w.id);
                kept.addBindValue(w.field);
                if (kept.exec() && kept.next())
                    conflict = kept.value(0).toString();
                kept.finish();
                ++onTombstones;
            }
            QVERIFY2(row.deleted && conflict >= w.clock,
                     qPrintable(QStringLiteral("%1 lost write %2/%3.%4 %5 (server has %6%7)")
                                    .arg(QString::fromUtf8(tag), w.table, w.id, w.field, w.clock, onServer,
                                         row.deleted ? QStringLiteral(", deleted, conflict %1").arg(conflict) : QString())));
        }
        qInfo("%s: %d steps, %d writes (%d to deleted rows, kept as conflicts), %d sync requests, %d responses dropped, "
              "%d requests duplicated, %d rows",
              tag.constData(), steps, int(written.size()), onTombstones, syncs, dropped, duplicated, int(expected.size()));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TstSyncSim sqlite(QStringLiteral("sqlite"));
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    {
        TstSyncSim postgres(QStringLiteral("postgres"));
        status |= QTest::qExec(&postgres, argc, argv);
    }
    return status;
}

#include "tst_sync_sim.moc"
