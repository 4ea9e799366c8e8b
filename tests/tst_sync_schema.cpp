// Sync across app versions: a device whose database is at an older schema version than the
// server (an app not yet updated: the version before actions.done_date) syncs its unsynced edits with a server at the current version, is
// answered in its own schema, never blanks the newer column, and gets that column's values
// once it is updated. A client that meets a table or field it does not know keeps what it
// knows. Real enhetspuls-server on loopback, SQLite.
#include "database.h"
#include "ids.h"
#include "migrations.h"
#include "schema.h"
#include "sync/testserver.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

namespace {
const QString kPassword = QStringLiteral("hemligt-lösen-1");
// The version before done_date (7), the newer column these cases follow; later steps add
// other columns, so this is not simply Schema::latest − 1.
constexpr int kOld = 6;
static_assert(kOld < Schema::latest);
const QString kActions = QStringLiteral("actions");
const QString kDone = QStringLiteral("done_date");

QString unit(const char *code) { return Ids::unit(QString::fromLatin1(code)); }

QVariant value(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant(QStringLiteral("(no row)"));
}

QVariant action(Database &db, const QString &id, const QString &field)
{
    return value(db, QStringLiteral("SELECT %1 FROM actions WHERE id = '%2'").arg(field, id));
}
} // namespace

class TstSyncSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_spec;
    ServerProcess m_server;
    std::unique_ptr<Http> m_http;
    QString m_token;
    const QString m_x = QStringLiteral("action-x");
    const QString m_y = QStringLiteral("action-y");
    const QString m_w = QStringLiteral("action-w"); // done before the old app's first sync, never touched again

    std::unique_ptr<Database> openDevice(const QString &name, int schema)
    {
        QString error;
        auto db = Database::open(m_dir.filePath(name), &error, false);
        if (!db || !Migrations::migrate(*db, schema, &error))
            qWarning("%s", qPrintable(error));
        return db;
    }
    std::unique_ptr<Database> server()
    {
        QString error;
        return Database::open(m_spec, &error);
    }
    void sync(SyncEngine &e)
    {
        QString error;
        QCOMPARE(m_http->sync(e, m_token, &error), 200);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(e.pendingCount(), 0);
        QCOMPARE(e.conflictCount(), 0);
    }

private slots:
    void initTestCase()
    {
        m_spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
        QVERIFY(runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                        QStringLiteral("admin"), QStringLiteral("--db"), m_spec}, kPassword.toUtf8() + "\n"));
        QVERIFY(m_server.start(m_spec));
        m_http = std::make_unique<Http>(m_server.url());
        m_token = m_http->login(QStringLiteral("admin"), kPassword);
        QVERIFY(!m_token.isEmpty());
    }

    void olderClientAndBack()
    {
        QString error;
        // An updated device creates the unit and an action with the new column set.
        auto newDb = openDevice(QStringLiteral("new.sqlite"), Schema::latest);
        SyncEngine updated(*newDb);
        QCOMPARE(updated.schema(), Schema::latest);
        QVERIFY2(updated.write(QStringLiteral("units"), unit("VO-HTN"),
                               {{QStringLiteral("code"), QStringLiteral("VO-HTN")}, {QStringLiteral("name"), QStringLiteral("Hemtjänst Norr")}},
                               &error), qPrintable(error));
        QVERIFY2(updated.write(kActions, m_x,
                               {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("title"), QStringLiteral("Fler pass i par")},
                                {QStringLiteral("status"), QStringLiteral("klar")}, {kDone, QStringLiteral("2026-11-20")}},
                               &error), qPrintable(error));
        QVERIFY2(updated.write(kActions, m_w,
                               {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("title"), QStringLiteral("Rutin för nyckelkvittens")},
                                {QStringLiteral("status"), QStringLiteral("klar")}, {kDone, QStringLiteral("2026-10-02")}},
                               &error), qPrintable(error));
        sync(updated);

        // A device one version behind gets the action in its own schema (no done_date column).
        auto oldDb = openDevice(QStringLiteral("old.sqlite"), kOld);
        QCOMPARE(oldDb->schemaVersion(), kOld);
        {
            SyncEngine old(*oldDb);
            QCOMPARE(old.schema(), kOld);
            QCOMPARE(old.buildRequest(&error).value(QStringLiteral("schema")).toInt(), kOld);
            sync(old);
            QCOMPARE(action(*oldDb, m_x, QStringLiteral("title")).toString(), QStringLiteral("Fler pass i par"));

            // Offline edits on the old app: a title changed, a new action.
            QVERIFY2(old.write(kActions, m_x, {{QStringLiteral("title"), QStringLiteral("Pass i par varje helg")}}, &error),
                     qPrintable(error));
            QVERIFY2(old.write(kActions, m_y, {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("title"), QStringLiteral("Ny rutin")}},
                               &error), qPrintable(error));
            QCOMPARE(old.pendingCount(), 2);
            sync(old);
        }
        // The server took the edits and kept the column the old app does not know.
        {
            auto db = server();
            QCOMPARE(action(*db, m_x, QStringLiteral("title")).toString(), QStringLiteral("Pass i par varje helg"));
            QCOMPARE(action(*db, m_x, kDone).toString(), QStringLiteral("2026-11-20"));
            QCOMPARE(action(*db, m_y, QStringLiteral("title")).toString(), QStringLiteral("Ny rutin"));
            QVERIFY(action(*db, m_y, kDone).isNull());
        }

        // The updated device sees the old app's edits and keeps writing the new column.
        sync(updated);
        QCOMPARE(action(*newDb, m_x, QStringLiteral("title")).toString(), QStringLiteral("Pass i par varje helg"));
        QCOMPARE(action(*newDb, m_x, kDone).toString(), QStringLiteral("2026-11-20"));
        QVERIFY2(updated.write(kActions, m_y, {{kDone, QStringLiteral("2026-11-25")}, {QStringLiteral("status"), QStringLiteral("klar")}},
                               &error), qPrintable(error));
        sync(updated);

        // Meanwhile the old app edits offline, then is updated: its database migrates, the
        // unsynced edit goes up, and the rows it had come down again with the new column.
        {
            SyncEngine old(*oldDb);
            QVERIFY2(old.write(kActions, m_x, {{QStringLiteral("owner"), QStringLiteral("Mia")}}, &error), qPrintable(error));
        }
        oldDb.reset();
        auto upgraded = Database::open(m_dir.filePath(QStringLiteral("old.sqlite")), &error);
        QVERIFY2(upgraded, qPrintable(error));
        QCOMPARE(upgraded->schemaVersion(), Schema::latest);
        SyncEngine after(*upgraded);
        QCOMPARE(after.pendingCount(), 1);
        sync(after);
        QCOMPARE(action(*upgraded, m_x, kDone).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(action(*upgraded, m_w, kDone).toString(), QStringLiteral("2026-10-02"));
        QCOMPARE(action(*upgraded, m_w, QStringLiteral("title")).toString(), QStringLiteral("Rutin för nyckelkvittens"));
        QCOMPARE(action(*upgraded, m_y, kDone).toString(), QStringLiteral("2026-11-25"));
        QCOMPARE(action(*upgraded, m_y, QStringLiteral("status")).toString(), QStringLiteral("klar"));
        QCOMPARE(action(*upgraded, m_x, QStringLiteral("owner")).toString(), QStringLiteral("Mia"));
        QCOMPARE(action(*server(), m_x, QStringLiteral("owner")).toString(), QStringLiteral("Mia"));
        QCOMPARE(action(*server(), m_x, kDone).toString(), QStringLiteral("2026-11-20"));
    }

    // A push may hold only what the client's schema has: a field newer than it is refused.
    void pushNewerFieldThanClaimedRefused()
    {
        const QString clock = Hlc{QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("rogue")}.toString();
        const QJsonObject m{{QStringLiteral("n"), 1}, {QStringLiteral("table"), kActions}, {QStringLiteral("id"), m_x},
                            {QStringLiteral("values"), QJsonObject{{kDone, QStringLiteral("1999-01-01")}}},
                            {QStringLiteral("clocks"), QJsonObject{{kDone, clock}}}};
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"),
                                          {{QStringLiteral("device"), QStringLiteral("rogue")}, {QStringLiteral("schema"), kOld},
                                           {QStringLiteral("cursor"), QString()}, {QStringLiteral("mutations"), QJsonArray{m}}},
                                          m_token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("bad_mutation"));
        QVERIFY2(r.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("actions.done_date")),
                 qPrintable(r.body.value(QStringLiteral("message")).toString()));
        QCOMPARE(action(*server(), m_x, kDone).toString(), QStringLiteral("2026-11-20"));
    }

    // A pull for an old client leaves the newer column out of the changes it sends.
    void pullInTheClientsSchema()
    {
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"),
                                          {{QStringLiteral("device"), QStringLiteral("reader")}, {QStringLiteral("schema"), kOld},
                                           {QStringLiteral("cursor"), QString()}, {QStringLiteral("mutations"), QJsonArray()}},
                                          m_token);
        QCOMPARE(r.status, 200);
        int actions = 0;
        for (const QJsonValue &c : r.body.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = c.toObject();
            if (change.value(QStringLiteral("table")).toString() != kActions)
                continue;
            ++actions;
            QVERIFY(!change.value(QStringLiteral("values")).toObject().contains(kDone));
            QVERIFY(!change.value(QStringLiteral("clocks")).toObject().contains(kDone));
            QVERIFY(change.value(QStringLiteral("values")).toObject().contains(QStringLiteral("title")));
        }
        QCOMPARE(actions, 3);
    }

    // What a newer server sends that this database does not have (a table, a field) is left
    // out; the rest is stored.
    void unknownTableAndFieldKept()
    {
        auto db = openDevice(QStringLiteral("lenient.sqlite"), kOld);
        SyncEngine e(*db);
        const QString clock = Hlc{QDateTime::currentMSecsSinceEpoch() - 1000, 0, QStringLiteral("server")}.toString();
        const QJsonObject row{{QStringLiteral("table"), kActions}, {QStringLiteral("id"), QStringLiteral("action-z")},
                              {QStringLiteral("values"), QJsonObject{{QStringLiteral("unit_id"), unit("VO-HTN")},
                                                                     {QStringLiteral("title"), QStringLiteral("Kvar")},
                                                                     {kDone, QStringLiteral("2026-01-01")},
                                                                     {QStringLiteral("colour"), QStringLiteral("grön")}}},
                              {QStringLiteral("clocks"), QJsonObject{{QStringLiteral("unit_id"), clock}, {QStringLiteral("title"), clock},
                                                                     {kDone, clock}, {QStringLiteral("colour"), clock}}},
                              {QStringLiteral("deleted"), false}};
        const QJsonObject future{{QStringLiteral("table"), QStringLiteral("report_rounds")}, {QStringLiteral("id"), QStringLiteral("r1")},
                                 {QStringLiteral("values"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Tertial 1")}}},
                                 {QStringLiteral("clocks"), QJsonObject{{QStringLiteral("name"), clock}}},
                                 {QStringLiteral("deleted"), false}};
        bool more = true;
        QString error;
        QVERIFY2(e.applyResponse({{QStringLiteral("acked"), 0}, {QStringLiteral("changes"), QJsonArray{future, row}},
                                  {QStringLiteral("cursor"), QStringLiteral("c")}, {QStringLiteral("more"), false}},
                                 &more, &error), qPrintable(error));
        QCOMPARE(action(*db, QStringLiteral("action-z"), QStringLiteral("title")).toString(), QStringLiteral("Kvar"));
        QVERIFY(!value(*db, QStringLiteral("SELECT _clocks FROM actions WHERE id = 'action-z'")).toString().contains(kDone));
        QCOMPARE(e.cursor(), QStringLiteral("c"));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TstSyncSchema)
#include "tst_sync_schema.moc"
