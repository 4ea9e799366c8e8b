// End-to-end tests of the sync server: a real enhetspuls-server process on a free loopback port,
// on SQLite and on a throw-away PostgreSQL cluster, driven by real SyncEngine clients.
#include "database.h"
#include "ids.h"
#include "protocol.h"
#include "schema.h"
#include "sync/testserver.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace TestSupport;

namespace {
const QString kPassword = QStringLiteral("hemligt-lösen-1");
QString unit(const char *code) { return Ids::unit(QString::fromLatin1(code)); }
} // namespace

class TstSyncServer : public QObject
{
    Q_OBJECT
public:
    explicit TstSyncServer(QString backend) : m_backend(std::move(backend)) {}

private:
    QString m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<Postgres> m_pg;
    QString m_spec;
    ServerProcess m_server;
    std::unique_ptr<Http> m_http;
    QString m_adminToken;
    int m_devices = 0;

    std::unique_ptr<Database> openServerDb()
    {
        QString error;
        auto db = Database::open(m_spec, &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }
    qint64 serverSeq()
    {
        auto db = openServerDb();
        QSqlQuery q(db->db());
        return q.exec(QStringLiteral("SELECT value FROM sync_meta WHERE key = 'seq'")) && q.next() ? q.value(0).toLongLong() : 0;
    }
    qint64 serverCount(const QString &sql) { return scalar(m_spec, sql); }
    std::unique_ptr<Database> newDevice()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("device%1.sqlite").arg(++m_devices)), &error);
        return db;
    }
    static qint64 localCount(SyncEngine &e, const QString &sql)
    {
        QSqlQuery q(e.database().db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString dbArgs() const { return m_spec; }
    void addUser(const QString &name, const QString &role, const QStringList &units)
    {
        QVERIFY(TestSupport::addUser(m_spec, name, role, units, kPassword));
    }
    QJsonObject rawSync(const QString &device, const QJsonArray &mutations, const QString &cursor = {})
    {
        return QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("schema"), 5},
                           {QStringLiteral("cursor"), cursor}, {QStringLiteral("mutations"), mutations}};
    }
    static QJsonObject mutation(qint64 n, const QString &table, const QString &id, const QJsonObject &values,
                                const QString &device, qint64 wall = 0)
    {
        const QString clock = Hlc{wall ? wall : QDateTime::currentMSecsSinceEpoch(), 0, device}.toString();
        QJsonObject clocks;
        for (auto it = values.begin(); it != values.end(); ++it)
            clocks.insert(it.key(), clock);
        return QJsonObject{{QStringLiteral("n"), n}, {QStringLiteral("table"), table}, {QStringLiteral("id"), id},
                           {QStringLiteral("values"), values}, {QStringLiteral("clocks"), clocks}};
    }
    // A mutation deleting a row (and writing `values`), all with one clock.
    static QJsonObject deletion(qint64 n, const QString &table, const QString &id, const QJsonObject &values,
                                const QString &device)
    {
        QJsonObject m = mutation(n, table, id, values, device);
        QJsonObject clocks = m.value(QStringLiteral("clocks")).toObject();
        clocks.insert(QStringLiteral("_deleted"), Hlc{QDateTime::currentMSecsSinceEpoch(), 0, device}.toString());
        m.insert(QStringLiteral("clocks"), clocks);
        m.insert(QStringLiteral("deleted"), true);
        return m;
    }
    // Every row of the server tables a push can write (data, audit, conflicts, device acks), as
    // sorted text: equal before and after a refused push.
    QString dumpServer()
    {
        auto db = openServerDb();
        QString out;
        for (const char *table : {"units", "indicators", "indicator_values", "sick_leave", "budget", "actions", "comments",
                                  "apt_meetings", "audit", "conflicts", "devices"}) {
            QSqlQuery q(db->db());
            if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))))
                return QStringLiteral("cannot read %1").arg(QLatin1String(table));
            QStringList rows;
            while (q.next()) {
                QStringList cols;
                for (int i = 0; i < q.record().count(); ++i)
                    cols << q.value(i).toString();
                rows << cols.join(QLatin1Char('|'));
            }
            rows.sort();
            out += QLatin1String(table) + QLatin1Char('\n') + rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
        return out;
    }
    // Creates a row as the admin (an import would) and returns its id.
    QString adminCreates(const QString &table, const QJsonObject &values, QString id = {})
    {
        if (id.isEmpty())
            id = Ids::random();
        const QString device = QStringLiteral("dev-setup-") + Ids::random();
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), rawSync(device, {mutation(1, table, id, values, device)}),
                                          m_adminToken);
        if (r.status != 200)
            qWarning("setup push failed: %s", r.raw.constData());
        return id;
    }
    QString commentIn(const char *unitCode)
    {
        return adminCreates(QStringLiteral("comments"),
                            {{QStringLiteral("unit_id"), unit(unitCode)}, {QStringLiteral("period"), QStringLiteral("2026-05")},
                             {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), QStringLiteral("original")}});
    }
    QString indicatorValueIn(const char *unitCode, const QString &indicatorCode, const QString &period)
    {
        const QString ind = Ids::indicator(indicatorCode);
        return adminCreates(QStringLiteral("indicator_values"),
                            {{QStringLiteral("indicator_id"), ind}, {QStringLiteral("unit_id"), unit(unitCode)},
                             {QStringLiteral("period"), period}, {QStringLiteral("value"), 7.0}},
                            Ids::indicatorValue(ind, unit(unitCode), period));
    }
    // A token of a fresh controller granted SOC (logins of one account are rate limited).
    QString controllerToken()
    {
        static int n = 0;
        const QString name = QStringLiteral("ctrl-access%1").arg(++n);
        addUser(name, QStringLiteral("controller"), {QStringLiteral("SOC")});
        return m_http->login(name, kPassword);
    }

private slots:
    void initTestCase()
    {
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
        addUser(QStringLiteral("admin"), QStringLiteral("admin"), {});
        addUser(QStringLiteral("mia"), QStringLiteral("enhetschef"), {QStringLiteral("VO")});
        addUser(QStringLiteral("ivar"), QStringLiteral("enhetschef"), {QStringLiteral("IFO")});
        addUser(QStringLiteral("cecilia"), QStringLiteral("controller"), {QStringLiteral("SOC")});
        QVERIFY(m_server.start(m_spec));
        m_http = std::make_unique<Http>(m_server.url());
        m_adminToken = m_http->login(QStringLiteral("admin"), kPassword);
        QVERIFY(!m_adminToken.isEmpty());

        // The admin's device creates the organisation and some imported-style figures.
        auto db = newDevice();
        SyncEngine admin(*db);
        QString error;
        struct U { const char *code, *parent, *kind; };
        for (const U &u : {U{"SOC", nullptr, "forvaltning"}, U{"VO", "SOC", "omrade"}, U{"VO-HTN", "VO", "enhet"},
                           U{"IFO", "SOC", "omrade"}, U{"IFO-BU", "IFO", "enhet"}}) {
            QVERIFY2(admin.write(QStringLiteral("units"), unit(u.code),
                                 {{QStringLiteral("code"), QString::fromLatin1(u.code)}, {QStringLiteral("name"), QString::fromLatin1(u.code)},
                                  {QStringLiteral("parent_id"), u.parent ? QVariant(unit(u.parent)) : QVariant()},
                                  {QStringLiteral("kind"), QString::fromLatin1(u.kind)}}, &error), qPrintable(error));
        }
        QVERIFY(admin.write(QStringLiteral("indicators"), Ids::indicator(QStringLiteral("MAN")),
                            {{QStringLiteral("code"), QStringLiteral("MAN")}, {QStringLiteral("source"), QStringLiteral("manuell")}}, &error));
        QVERIFY(admin.write(QStringLiteral("indicators"), Ids::indicator(QStringLiteral("IMP")),
                            {{QStringLiteral("code"), QStringLiteral("IMP")}, {QStringLiteral("source"), QStringLiteral("import")}}, &error));
        for (const char *u : {"VO-HTN", "IFO-BU"}) {
            QVERIFY(admin.write(QStringLiteral("sick_leave"), Ids::sickLeave(unit(u), QStringLiteral("2026-01")),
                                {{QStringLiteral("unit_id"), unit(u)}, {QStringLiteral("month"), QStringLiteral("2026-01")},
                                 {QStringLiteral("scheduled_hours"), 1000.0}, {QStringLiteral("sick_hours"), 80.0}}, &error));
            QVERIFY(admin.write(QStringLiteral("budget"), Ids::budget(unit(u), QStringLiteral("2026-01"), QStringLiteral("personal")),
                                {{QStringLiteral("unit_id"), unit(u)}, {QStringLiteral("month"), QStringLiteral("2026-01")},
                                 {QStringLiteral("category"), QStringLiteral("personal")}, {QStringLiteral("budget"), 500.0},
                                 {QStringLiteral("actual"), 480.0}}, &error));
        }
        QCOMPARE(m_http->sync(admin, m_adminToken, &error), 200);
        QCOMPARE(admin.pendingCount(), 0);
    }

    void health()
    {
        const HttpResult r = m_http->request("GET", QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(m_http->request("GET", QStringLiteral("/nope")).body.value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
    }

    void loginLogoutAndRateLimit()
    {
        const HttpResult bad = m_http->post(QStringLiteral("/api/v1/login"),
                                            {{QStringLiteral("user"), QStringLiteral("ivar")}, {QStringLiteral("password"), QStringLiteral("fel")}});
        QCOMPARE(bad.status, 401);
        const QString token = m_http->login(QStringLiteral("ivar"), kPassword);
        QVERIFY(!token.isEmpty());
        const QJsonObject empty = rawSync(QStringLiteral("dev-logout"), {});
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sync"), empty, token).status, 200);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/logout"), {}, token).status, 200);
        const HttpResult after = m_http->post(QStringLiteral("/api/v1/sync"), empty, token);
        QCOMPARE(after.status, 401);
        QVERIFY(after.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("token")));
        // Failed logins are limited per user: the sixth attempt is refused even with the right password.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/login"), {{QStringLiteral("user"), QStringLiteral("cecilia")},
                                                                   {QStringLiteral("password"), QStringLiteral("fel")}}).status, 401);
        const HttpResult limited = m_http->post(QStringLiteral("/api/v1/login"), {{QStringLiteral("user"), QStringLiteral("cecilia")},
                                                                                 {QStringLiteral("password"), kPassword}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.body.value(QStringLiteral("error")).toString(), QStringLiteral("rate_limited"));
    }

    void tokenExpiry()
    {
        ServerProcess shortLived;
        QVERIFY(shortLived.start(m_spec, {QStringLiteral("--token-ttl"), QStringLiteral("1")}));
        Http http(shortLived.url());
        const QString token = http.login(QStringLiteral("mia"), kPassword);
        QVERIFY(!token.isEmpty());
        QCOMPARE(http.post(QStringLiteral("/api/v1/sync"), rawSync(QStringLiteral("dev-exp"), {}), token).status, 200);
        QTest::qWait(1300);
        const HttpResult r = http.post(QStringLiteral("/api/v1/sync"), rawSync(QStringLiteral("dev-exp"), {}), token);
        QCOMPARE(r.status, 401);
        QVERIFY2(r.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("expired")), r.raw.constData());
    }

    void managerSeesOnlyGrantedSubtree()
    {
        auto db = newDevice();
        SyncEngine mia(*db);
        QString error;
        QCOMPARE(m_http->sync(mia, m_http->login(QStringLiteral("mia"), kPassword), &error), 200);
        // VO subtree plus the ancestor SOC row; no IFO data.
        QCOMPARE(localCount(mia, QStringLiteral("SELECT COUNT(*) FROM units")), 3);
        QCOMPARE(localCount(mia, QStringLiteral("SELECT COUNT(*) FROM sick_leave")), 1);
        QCOMPARE(localCount(mia, QStringLiteral("SELECT COUNT(*) FROM sick_leave WHERE unit_id = '%1'").arg(unit("VO-HTN"))), 1);
        QCOMPARE(localCount(mia, QStringLiteral("SELECT COUNT(*) FROM indicators")), 2);
    }

    void pushIsCheckedAgainstGrantsAndRoles_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("unitCode");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("status");
        QTest::newRow("comment own unit") << QStringLiteral("mia") << QStringLiteral("comments") << QStringLiteral("VO-HTN") << QStringLiteral("body") << 200;
        QTest::newRow("comment other unit") << QStringLiteral("mia") << QStringLiteral("comments") << QStringLiteral("IFO-BU") << QStringLiteral("body") << 403;
        QTest::newRow("forecast own unit") << QStringLiteral("mia") << QStringLiteral("budget") << QStringLiteral("VO-HTN") << QStringLiteral("forecast") << 200;
        QTest::newRow("budget utfall") << QStringLiteral("mia") << QStringLiteral("budget") << QStringLiteral("VO-HTN") << QStringLiteral("actual") << 403;
        QTest::newRow("sick leave") << QStringLiteral("mia") << QStringLiteral("sick_leave") << QStringLiteral("VO-HTN") << QStringLiteral("sick_hours") << 403;
        QTest::newRow("manual value") << QStringLiteral("mia") << QStringLiteral("indicator_values") << QStringLiteral("VO-HTN") << QStringLiteral("MAN") << 200;
        QTest::newRow("imported value") << QStringLiteral("mia") << QStringLiteral("indicator_values") << QStringLiteral("VO-HTN") << QStringLiteral("IMP") << 403;
        QTest::newRow("controller comment") << QStringLiteral("cecilia-token") << QStringLiteral("comments") << QStringLiteral("VO-HTN") << QStringLiteral("body") << 403;
        QTest::newRow("admin sick leave") << QStringLiteral("admin") << QStringLiteral("sick_leave") << QStringLiteral("IFO-BU") << QStringLiteral("sick_hours") << 200;
    }

    void pushIsCheckedAgainstGrantsAndRoles()
    {
        QFETCH(QString, user);
        QFETCH(QString, table);
        QFETCH(QString, unitCode);
        QFETCH(QString, field);
        QFETCH(int, status);
        const QString token = user == QLatin1String("admin") ? m_adminToken
            : user == QLatin1String("cecilia-token") ? QString() : m_http->login(user, kPassword);
        QString tok = token;
        if (user == QLatin1String("cecilia-token")) {
            // cecilia is rate limited by the earlier test; log in through a fresh process-wide window is not
            // possible, so use a controller account made for this row.
            static int n = 0;
            const QString name = QStringLiteral("ctrl%1").arg(++n);
            addUser(name, QStringLiteral("controller"), {QStringLiteral("SOC")});
            tok = m_http->login(name, kPassword);
        }
        QVERIFY(!tok.isEmpty());
        const QString u = Ids::unit(unitCode);
        QJsonObject values;
        QString id;
        if (table == QLatin1String("comments")) {
            id = Ids::comment(u, QStringLiteral("2026-01"), QStringLiteral("sjuk"), QStringLiteral("kommentar"), QString());
            values = {{QStringLiteral("unit_id"), u}, {QStringLiteral("period"), QStringLiteral("2026-01")},
                      {QStringLiteral("area"), QStringLiteral("sjuk")}, {QStringLiteral("body"), QStringLiteral("text")}};
        } else if (table == QLatin1String("budget")) {
            id = Ids::budget(u, QStringLiteral("2026-01"), QStringLiteral("personal"));
            values = {{field, 1.0}};
        } else if (table == QLatin1String("sick_leave")) {
            id = Ids::sickLeave(u, QStringLiteral("2026-01"));
            values = {{field, 1.0}};
        } else {
            const QString ind = Ids::indicator(field);
            id = Ids::indicatorValue(ind, u, QStringLiteral("2026"));
            values = {{QStringLiteral("indicator_id"), ind}, {QStringLiteral("unit_id"), u},
                      {QStringLiteral("period"), QStringLiteral("2026")}, {QStringLiteral("value"), 3.0}};
        }
        // Each push carries an allowed comment first: on 403 it must not be written either.
        const QString device = QStringLiteral("dev-authz-%1").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString okId = Ids::random();
        const QJsonArray mutations{
            mutation(1, QStringLiteral("comments"), okId,
                     {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("period"), QStringLiteral("2026-02")},
                      {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), QStringLiteral("ok")}}, device),
            mutation(2, table, id, values, device)};
        const qint64 seqBefore = serverSeq();
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), rawSync(device, mutations), tok);
        if (user == QLatin1String("cecilia-token")) {
            QCOMPARE(r.status, 403); // a controller may not write even the allowed comment
            QCOMPARE(r.body.value(QStringLiteral("mutation")).toInt(), 1);
        } else {
            QCOMPARE(r.status, status);
        }
        if (r.status == 403) {
            QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
            if (user != QLatin1String("cecilia-token")) {
                // The unit is named only when the user may read it.
                const bool readable = unitCode.startsWith(QLatin1String("VO"));
                QCOMPARE(r.body.value(QStringLiteral("unit")).toString(), readable ? unitCode : QString());
                QVERIFY2(r.body.value(QStringLiteral("message")).toString().contains(unitCode) == readable, r.raw.constData());
            }
            QCOMPARE(serverSeq(), seqBefore);
            QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM comments WHERE id = '%1'").arg(okId)), 0);
        } else {
            QCOMPARE(r.body.value(QStringLiteral("acked")).toInt(), 2);
            QVERIFY(serverSeq() > seqBefore);
        }
    }

    // A value sent without a clock is not a write: a push cannot slip imported figures into a
    // new row past the role check (and the audit) by leaving their clocks out.
    void unclockedValuesInAPushAreNotWritten_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("manager") << QStringLiteral("mia");
        QTest::newRow("admin") << QStringLiteral("admin");
    }

    void unclockedValuesInAPushAreNotWritten()
    {
        QFETCH(QString, user);
        const QString token = user == QLatin1String("admin") ? m_adminToken : m_http->login(user, kPassword);
        QVERIFY(!token.isEmpty());
        const QString u = unit("VO-HTN");
        const QString month = user == QLatin1String("admin") ? QStringLiteral("2026-07") : QStringLiteral("2026-06");
        const QString id = Ids::budget(u, month, QStringLiteral("personal"));
        const QString device = QStringLiteral("dev-unclocked-") + user;
        const QString clock = Hlc{QDateTime::currentMSecsSinceEpoch(), 0, device}.toString();
        const QJsonObject values{{QStringLiteral("unit_id"), u}, {QStringLiteral("month"), month},
                                 {QStringLiteral("category"), QStringLiteral("personal")}, {QStringLiteral("forecast"), 10.0},
                                 {QStringLiteral("budget"), -4971600.0}, {QStringLiteral("actual"), -5.0}};
        const QJsonObject clocks{{QStringLiteral("unit_id"), clock}, {QStringLiteral("month"), clock},
                                 {QStringLiteral("category"), clock}, {QStringLiteral("forecast"), clock}};
        const QJsonObject m{{QStringLiteral("n"), 1}, {QStringLiteral("table"), QStringLiteral("budget")},
                            {QStringLiteral("id"), id}, {QStringLiteral("values"), values}, {QStringLiteral("clocks"), clocks}};
        const QString sumSql = QStringLiteral("SELECT SUM(budget) * 1000 + COUNT(actual) FROM budget WHERE unit_id = '%1'").arg(u);
        const qint64 sumBefore = serverCount(sumSql);
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), rawSync(device, {m}), token);
        QCOMPARE(r.status, 200);
        // Only the clocked fields were written: budget and actual have their column defaults,
        // the unit's (and so its parents') budget is unchanged, and the audit lists every field.
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM budget WHERE id = '%1' AND budget = 0 AND actual IS NULL "
                                            "AND forecast = 10").arg(id)), 1);
        QCOMPARE(serverCount(sumSql), sumBefore);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM audit WHERE row_id = '%1'").arg(id)), 4);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM audit WHERE row_id = '%1' AND field IN ('budget', 'actual')").arg(id)), 0);
    }

    // What a real client pushes (its whole row, column defaults never written without clocks)
    // keeps being accepted.
    void clientPushOfANewRowWithDefaultsIsAccepted()
    {
        auto db = newDevice();
        SyncEngine mia(*db);
        QString error;
        const QString token = m_http->login(QStringLiteral("mia"), kPassword);
        QCOMPARE(m_http->sync(mia, token, &error), 200);
        const QString id = Ids::budget(unit("VO-HTN"), QStringLiteral("2026-08"), QStringLiteral("personal"));
        QVERIFY2(mia.write(QStringLiteral("budget"), id,
                           {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("month"), QStringLiteral("2026-08")},
                            {QStringLiteral("category"), QStringLiteral("personal")}, {QStringLiteral("forecast"), 42.0}}, &error),
                 qPrintable(error));
        const QJsonArray pushed = mia.buildRequest(&error).value(QStringLiteral("mutations")).toArray();
        QCOMPARE(pushed.size(), 1);
        QVERIFY(pushed.first().toObject().value(QStringLiteral("values")).toObject().contains(QStringLiteral("budget")));
        QCOMPARE(m_http->sync(mia, token, &error), 200);
        QCOMPARE(mia.pendingCount(), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM budget WHERE id = '%1' AND forecast = 42 AND budget = 0").arg(id)), 1);
    }

    // A write is checked against the row as it is stored and as it would become: an imported
    // indicator value cannot be re-pointed to a manual indicator, a row cannot leave or enter
    // a unit the user has no grant for.
    void rowIsCheckedAsItWasAndAsItBecomes_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("attack");
        QTest::newRow("imported value re-pointed to manual") << QStringLiteral("imported value") << QStringLiteral("re-point");
        QTest::newRow("imported value deleted through re-pointing") << QStringLiteral("imported value") << QStringLiteral("re-point and delete");
        QTest::newRow("manual value re-pointed to imported") << QStringLiteral("manual value") << QStringLiteral("re-point to imported");
        QTest::newRow("comment moved out of an ungranted unit") << QStringLiteral("IFO comment") << QStringLiteral("move to VO");
        QTest::newRow("comment moved into an ungranted unit") << QStringLiteral("VO comment") << QStringLiteral("move to IFO");
    }

    void rowIsCheckedAsItWasAndAsItBecomes()
    {
        QFETCH(QString, setup);
        QFETCH(QString, attack);
        static int round = 0;
        const QString period = QStringLiteral("2024-%1").arg(++round);
        QString id;
        if (setup == QLatin1String("imported value"))
            id = indicatorValueIn("VO-HTN", QStringLiteral("IMP"), period);
        else if (setup == QLatin1String("manual value"))
            id = indicatorValueIn("VO-HTN", QStringLiteral("MAN"), period);
        else
            id = commentIn(setup.startsWith(QLatin1String("IFO")) ? "IFO-BU" : "VO-HTN");
        const QString table = setup.endsWith(QLatin1String("value")) ? QStringLiteral("indicator_values") : QStringLiteral("comments");
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = '%2'").arg(table, id)), 1);
        const QString device = QStringLiteral("dev-before-after-%1").arg(round);
        QJsonObject m;
        if (attack == QLatin1String("re-point"))
            m = mutation(1, table, id, {{QStringLiteral("indicator_id"), Ids::indicator(QStringLiteral("MAN"))}, {QStringLiteral("value"), -999.0}}, device);
        else if (attack == QLatin1String("re-point and delete"))
            m = deletion(1, table, id, {{QStringLiteral("indicator_id"), Ids::indicator(QStringLiteral("MAN"))}}, device);
        else if (attack == QLatin1String("re-point to imported"))
            m = mutation(1, table, id, {{QStringLiteral("indicator_id"), Ids::indicator(QStringLiteral("IMP"))}, {QStringLiteral("value"), -999.0}}, device);
        else
            m = mutation(1, table, id, {{QStringLiteral("unit_id"), unit(attack.endsWith(QLatin1String("VO")) ? "VO-HTN" : "IFO-BU")},
                                        {QStringLiteral("body"), QStringLiteral("flyttad")}}, device);
        const QString dump = dumpServer();
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), rawSync(device, {m}), m_http->login(QStringLiteral("mia"), kPassword));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(r.body.value(QStringLiteral("mutation")).toInt(), 1);
        QVERIFY2(!r.raw.contains("IFO-BU"), r.raw.constData());
        QCOMPARE(dumpServer(), dump);
    }

    // Every pushed field is checked, whether or not it would win the merge: a push that loses
    // on clocks is refused like one that wins, and leaves no conflict behind.
    void losingWritesAreCheckedToo_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("target");
        QTest::newRow("controller, comment of a readable unit") << QStringLiteral("controller") << QStringLiteral("VO comment");
        QTest::newRow("manager, comment of an ungranted unit") << QStringLiteral("mia") << QStringLiteral("IFO comment");
        QTest::newRow("manager, imported utfall of own unit") << QStringLiteral("mia") << QStringLiteral("budget");
        QTest::newRow("manager, imported indicator value of own unit") << QStringLiteral("mia") << QStringLiteral("imported value");
        QTest::newRow("manager, sick leave of own unit") << QStringLiteral("mia") << QStringLiteral("sick leave");
    }

    void losingWritesAreCheckedToo()
    {
        QFETCH(QString, user);
        QFETCH(QString, target);
        static int round = 0;
        ++round;
        const QString token = user == QLatin1String("controller") ? controllerToken() : m_http->login(user, kPassword);
        QVERIFY(!token.isEmpty());
        QString table, id;
        QJsonObject values;
        if (target.endsWith(QLatin1String("comment"))) {
            table = QStringLiteral("comments");
            id = commentIn(target.startsWith(QLatin1String("IFO")) ? "IFO-BU" : "VO-HTN");
            values = {{QStringLiteral("body"), QStringLiteral("gammal")}};
        } else if (target == QLatin1String("budget")) {
            table = QStringLiteral("budget");
            id = Ids::budget(unit("VO-HTN"), QStringLiteral("2026-01"), QStringLiteral("personal"));
            values = {{QStringLiteral("actual"), -1.0}};
        } else if (target == QLatin1String("sick leave")) {
            table = QStringLiteral("sick_leave");
            id = Ids::sickLeave(unit("VO-HTN"), QStringLiteral("2026-01"));
            values = {{QStringLiteral("sick_hours"), -1.0}};
        } else {
            table = QStringLiteral("indicator_values");
            id = indicatorValueIn("VO-HTN", QStringLiteral("IMP"), QStringLiteral("2023-%1").arg(round));
            values = {{QStringLiteral("value"), -1.0}};
        }
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = '%2'").arg(table, id)), 1);
        const QString device = QStringLiteral("dev-losing-%1").arg(round);
        QJsonArray mutations;
        for (int i = 1; i <= 20; ++i)
            mutations.append(mutation(i, table, id, values, device, 1000 + i)); // clocks from 1970: they lose
        const QString dump = dumpServer();
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), rawSync(device, mutations), token);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(r.body.value(QStringLiteral("mutation")).toInt(), 1);
        QVERIFY2(!r.raw.contains("IFO-BU"), r.raw.constData());
        QCOMPARE(dumpServer(), dump);
    }

    // A client pushes its whole row: a value it was sent that has since been overwritten on the
    // server (an import ran while the manager edited the forecast offline) comes back with an
    // older clock of another device. That is not the manager's write: the push is accepted and
    // the imported value stays.
    void staleImportedValueInAClientsRowIsNotItsWrite()
    {
        const QString u = unit("VO-HTN");
        const QString id = Ids::budget(u, QStringLiteral("2026-10"), QStringLiteral("personal"));
        adminCreates(QStringLiteral("budget"),
                     {{QStringLiteral("unit_id"), u}, {QStringLiteral("month"), QStringLiteral("2026-10")},
                      {QStringLiteral("category"), QStringLiteral("personal")}, {QStringLiteral("budget"), 100.0},
                      {QStringLiteral("actual"), 50.0}}, id);
        auto db = newDevice();
        SyncEngine mia(*db);
        QString error;
        const QString token = m_http->login(QStringLiteral("mia"), kPassword);
        QCOMPARE(m_http->sync(mia, token, &error), 200);
        QCOMPARE(localCount(mia, QStringLiteral("SELECT COUNT(*) FROM budget WHERE id = '%1' AND budget = 100").arg(id)), 1);
        adminCreates(QStringLiteral("budget"), {{QStringLiteral("budget"), 200.0}, {QStringLiteral("actual"), 60.0}}, id);
        QVERIFY2(mia.write(QStringLiteral("budget"), id, {{QStringLiteral("forecast"), 7.0}}, &error), qPrintable(error));
        QCOMPARE(m_http->sync(mia, token, &error), 200);
        QCOMPARE(mia.pendingCount(), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM budget WHERE id = '%1' AND budget = 200 AND actual = 60 "
                                            "AND forecast = 7").arg(id)), 1);
        QCOMPARE(localCount(mia, QStringLiteral("SELECT COUNT(*) FROM budget WHERE id = '%1' AND budget = 200 AND forecast = 7").arg(id)), 1);
        // The same older value stamped with the pushing device is the user's own write: refused.
        const QString device = QStringLiteral("dev-own-old");
        const HttpResult own = m_http->post(QStringLiteral("/api/v1/sync"),
            rawSync(device, {mutation(1, QStringLiteral("budget"), id, {{QStringLiteral("budget"), 100.0}}, device, 1000)}), token);
        QCOMPARE(own.status, 403);
        QCOMPARE(own.body.value(QStringLiteral("field")).toString(), QStringLiteral("budget"));
    }

    // A push to a row of a unit the user cannot read answers the same whether the row exists
    // or not, and whatever its clocks: nothing to learn about other units.
    void pushToAnotherUnitRevealsNothing()
    {
        const QString token = m_http->login(QStringLiteral("mia"), kPassword);
        const QString existing = commentIn("IFO-BU");
        const QString missing = Ids::random();
        const QString dump = dumpServer();
        QStringList answers;
        for (const QString &id : {existing, missing}) {
            for (const qint64 wall : {qint64(1000), QDateTime::currentMSecsSinceEpoch()}) {
                const QString device = QStringLiteral("dev-probe-") + Ids::random();
                const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"),
                    rawSync(device, {mutation(1, QStringLiteral("comments"), id, {{QStringLiteral("body"), QStringLiteral("?")}}, device, wall)}),
                    token);
                QCOMPARE(r.status, 403);
                QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
                QCOMPARE(r.body.value(QStringLiteral("unit")).toString(), QString());
                answers << QString::fromUtf8(r.raw).replace(id, QStringLiteral("ID"));
            }
        }
        for (const QString &a : std::as_const(answers))
            QCOMPARE(a, answers.first());
        QVERIFY2(!answers.first().contains(QStringLiteral("IFO")), qPrintable(answers.first()));
        QCOMPARE(dumpServer(), dump);
    }

    // A pushed text value is at most SyncProtocol::maxTextLength characters long.
    void overlongTextIsRefused()
    {
        const QString token = m_http->login(QStringLiteral("mia"), kPassword);
        const QString device = QStringLiteral("dev-long-text");
        auto comment = [&](qint64 n, int length) {
            return mutation(n, QStringLiteral("comments"), Ids::random(),
                            {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("period"), QStringLiteral("2026-09")},
                             {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), QString(length, QLatin1Char('x'))}},
                            device);
        };
        const QString dump = dumpServer();
        const HttpResult refused = m_http->post(QStringLiteral("/api/v1/sync"),
                                                rawSync(device, {comment(1, 10), comment(2, SyncProtocol::maxTextLength + 1)}), token);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.body.value(QStringLiteral("error")).toString(), QStringLiteral("bad_mutation"));
        QCOMPARE(refused.body.value(QStringLiteral("field")).toString(), QStringLiteral("body"));
        QCOMPARE(refused.body.value(QStringLiteral("mutation")).toInt(), 2);
        QVERIFY2(refused.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("comments.body")), refused.raw.constData());
        QCOMPARE(dumpServer(), dump);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sync"), rawSync(device, {comment(1, SyncProtocol::maxTextLength)}), token).status, 200);
    }

    void revokedGrantRemovesRowsButKeepsLocalEdits()
    {
        addUser(QStringLiteral("rut"), QStringLiteral("enhetschef"), {QStringLiteral("VO"), QStringLiteral("IFO")});
        auto db = newDevice();
        SyncEngine rut(*db);
        QString error;
        const QString token = m_http->login(QStringLiteral("rut"), kPassword);
        QCOMPARE(m_http->sync(rut, token, &error), 200);
        QCOMPARE(localCount(rut, QStringLiteral("SELECT COUNT(*) FROM sick_leave")), 2);
        // An edit made offline to an IFO comment, then the IFO grant is revoked.
        const QString u = unit("IFO-BU");
        const QString cid = Ids::comment(u, QStringLiteral("2026-03"), QStringLiteral("mal"), QStringLiteral("kommentar"), QString());
        QVERIFY(rut.write(QStringLiteral("comments"), cid,
                          {{QStringLiteral("unit_id"), u}, {QStringLiteral("period"), QStringLiteral("2026-03")},
                           {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), QStringLiteral("utkast")}}, &error));
        QVERIFY(runCli({QStringLiteral("user"), QStringLiteral("revoke"), QStringLiteral("rut"), QStringLiteral("IFO"),
                        QStringLiteral("--db"), m_spec}));
        const int status = m_http->sync(rut, token, &error);
        QCOMPARE(status, 403); // the offline IFO edit is refused, without naming a unit rut may no longer read
        QVERIFY2(!error.contains(QStringLiteral("IFO-BU")) && error.contains(QStringLiteral("no grant")), qPrintable(error));
        QVERIFY(rut.rejectMutation(rut.buildRequest(&error).value(QStringLiteral("mutations")).toArray().first()
                                       .toObject().value(QStringLiteral("n")).toInteger(), error, &error));
        QCOMPARE(m_http->sync(rut, token, &error), 200);
        QCOMPARE(localCount(rut, QStringLiteral("SELECT COUNT(*) FROM sick_leave")), 1);
        QCOMPARE(localCount(rut, QStringLiteral("SELECT COUNT(*) FROM units WHERE code LIKE 'IFO%'")), 0);
        QCOMPARE(localCount(rut, QStringLiteral("SELECT COUNT(*) FROM comments WHERE id = '%1'").arg(cid)), 0);
        QVERIFY(localCount(rut, QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE row_id = '%1' AND lost_value = 'utkast'").arg(cid)) >= 1);
    }

    void retriedAndDuplicatedPushesChangeNothing()
    {
        const QString token = m_http->login(QStringLiteral("mia"), kPassword);
        const QString device = QStringLiteral("dev-retry");
        const QString id = Ids::random();
        const QJsonObject body = rawSync(device, {mutation(1, QStringLiteral("actions"), id,
            {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("title"), QStringLiteral("Sänk timvikarier")}}, device)});
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sync"), body, token).status, 200);
        const qint64 seq = serverSeq();
        const qint64 audit = serverCount(QStringLiteral("SELECT COUNT(*) FROM audit"));
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), body, token);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body.value(QStringLiteral("acked")).toInt(), 1);
        }
        QCOMPARE(serverSeq(), seq);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM audit")), audit);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM audit WHERE row_id = '%1' AND user_name = 'mia' AND device_id = 'dev-retry'").arg(id)), 2);
    }

    // Acknowledgements are kept per device and user: another user sending this device id (with
    // a high number, say) is judged as themselves and cannot make the server skip the owner's
    // later pushes; a second user on a shared tablet keeps syncing.
    void deviceAcksArePerUser()
    {
        const QString mia = m_http->login(QStringLiteral("mia"), kPassword);
        const QString ivar = m_http->login(QStringLiteral("ivar"), kPassword);
        const QString device = QStringLiteral("dev-mia-own");
        auto action = [&](qint64 n, const QString &title, const QString &unitCode) {
            return mutation(n, QStringLiteral("actions"), Ids::random(),
                            {{QStringLiteral("unit_id"), Ids::unit(unitCode)}, {QStringLiteral("title"), title}}, device);
        };
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sync"), rawSync(device, {action(1, QStringLiteral("Mias första"), QStringLiteral("VO-HTN"))}), mia).status, 200);
        // Ivar on the same device id may not write in Mia's units: his grants decide.
        const HttpResult refused = m_http->post(QStringLiteral("/api/v1/sync"),
                                                rawSync(device, {action(1000, QStringLiteral("Ivar i VO"), QStringLiteral("VO-HTN"))}), ivar);
        QCOMPARE(refused.status, 403);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM actions WHERE title = 'Ivar i VO'")), 0);
        // In his own unit he may, and the numbers are his own.
        const HttpResult own = m_http->post(QStringLiteral("/api/v1/sync"),
                                            rawSync(device, {action(1000, QStringLiteral("Ivars"), QStringLiteral("IFO-BU"))}), ivar);
        QCOMPARE(own.status, 200);
        QCOMPARE(own.body.value(QStringLiteral("acked")).toInt(), 1000);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM audit WHERE new_value = 'Ivars' AND user_name = 'ivar'")), 1);
        QCOMPARE(serverCount(QStringLiteral("SELECT last_mutation FROM devices WHERE device_id = 'dev-mia-own' AND user_name = 'mia'")), 1);
        // The owner's next push is applied, not skipped.
        const HttpResult next = m_http->post(QStringLiteral("/api/v1/sync"),
                                             rawSync(device, {action(2, QStringLiteral("Mias andra"), QStringLiteral("VO-HTN"))}), mia);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.body.value(QStringLiteral("acked")).toInt(), 2);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM actions WHERE title = 'Mias andra'")), 1);
    }

    void tombstonesAndConflicts()
    {
        const QString token = m_http->login(QStringLiteral("mia"), kPassword);
        auto dbA = newDevice();
        auto dbB = newDevice();
        SyncEngine a(*dbA), b(*dbB);
        QString error;
        const QString id = Ids::random();
        QVERIFY(a.write(QStringLiteral("actions"), id, {{QStringLiteral("unit_id"), unit("VO-HTN")},
                                                       {QStringLiteral("title"), QStringLiteral("v1")}}, &error));
        QCOMPARE(m_http->sync(a, token), 200);
        QCOMPARE(m_http->sync(b, token), 200);
        // Concurrent edits of the same field: the later clock wins everywhere, the loser is logged.
        QVERIFY(a.write(QStringLiteral("actions"), id, {{QStringLiteral("title"), QStringLiteral("från A")}}, &error));
        QTest::qWait(5);
        QVERIFY(b.write(QStringLiteral("actions"), id, {{QStringLiteral("title"), QStringLiteral("från B")}}, &error));
        QCOMPARE(m_http->sync(b, token), 200);
        QCOMPARE(m_http->sync(a, token), 200);
        QCOMPARE(localCount(a, QStringLiteral("SELECT COUNT(*) FROM actions WHERE id = '%1' AND title = 'från B'").arg(id)), 1);
        QCOMPARE(localCount(a, QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE row_id = '%1' AND lost_value = 'från A'").arg(id)), 1);
        QVERIFY(a.conflictCount() >= 1);
        // Delete on A, edit on B while offline: delete wins and the edit is logged as a conflict.
        QVERIFY(a.remove(QStringLiteral("actions"), id, &error));
        QTest::qWait(5);
        QVERIFY(b.write(QStringLiteral("actions"), id, {{QStringLiteral("owner"), QStringLiteral("Mia")}}, &error));
        QCOMPARE(m_http->sync(a, token), 200);
        QCOMPARE(m_http->sync(b, token), 200);
        QCOMPARE(m_http->sync(a, token), 200);
        for (SyncEngine *e : {&a, &b})
            QCOMPARE(localCount(*e, QStringLiteral("SELECT _deleted FROM actions WHERE id = '%1'").arg(id)), 1);
        QCOMPARE(serverCount(QStringLiteral("SELECT _deleted FROM actions WHERE id = '%1'").arg(id)), 1);
        QVERIFY(serverCount(QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE row_id = '%1' AND reason = 'deleted' AND field = 'owner'").arg(id)) >= 1);
    }

    void editToADeletedRowChangesNothing()
    {
        // Issue 12: a push that edited a row deleted on the server changed the tombstone's values
        // and gave it a new _seq, so every device was sent it again. Now the tombstone stays as it
        // is, the edit is kept as the pusher's conflict (on the server and on the device), and the
        // pusher is sent the tombstone in the same reply, even when its cursor is past it.
        const QString token = m_http->login(QStringLiteral("mia"), kPassword);
        auto dbA = newDevice();
        auto dbB = newDevice();
        auto dbC = newDevice();
        SyncEngine a(*dbA), b(*dbB), c(*dbC);
        QString error;
        const QString table = QStringLiteral("actions");
        const QString id = Ids::random();
        QVERIFY(a.write(table, id, {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("title"), QStringLiteral("original")}},
                        &error));
        QCOMPARE(m_http->sync(a, token), 200);
        QCOMPARE(m_http->sync(b, token), 200);
        QVERIFY(a.remove(table, id, &error));
        QCOMPARE(m_http->sync(a, token), 200);
        QCOMPARE(m_http->sync(c, token), 200);
        auto rowText = [&](Database &db) {
            QSqlQuery q(db.db());
            q.prepare(QStringLiteral("SELECT title, owner, _clocks, _deleted FROM actions WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return QStringLiteral("(no row)");
            return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
                .join(QLatin1Char('|'));
        };
        auto serverRow = [&] { return rowText(*openServerDb()); };
        auto serverRowSeq = [&] { return serverCount(QStringLiteral("SELECT _seq FROM actions WHERE id = '%1'").arg(id)); };
        auto serverConflicts = [&](const QString &lost) {
            return serverCount(QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE row_id = '%1' AND reason = 'deleted' "
                                              "AND lost_value = '%2'").arg(id, lost));
        };
        const QString stored = serverRow();
        QVERIFY(stored.startsWith(QStringLiteral("original||")));
        QVERIFY(stored.endsWith(QStringLiteral("|1")));
        const qint64 seq = serverRowSeq();

        // B edits the row offline (it has not heard of the delete) and syncs.
        QTest::qWait(5);
        QVERIFY(b.write(table, id, {{QStringLiteral("title"), QStringLiteral("B:s text")}, {QStringLiteral("owner"), QStringLiteral("Berit")}},
                        &error));
        QVERIFY2(m_http->sync(b, token, &error) == 200, qPrintable(error));
        QCOMPARE(serverRow(), stored);
        QCOMPARE(serverRowSeq(), seq);
        QCOMPARE(serverConflicts(QStringLiteral("B:s text")), 1);
        QCOMPARE(serverConflicts(QStringLiteral("Berit")), 1);
        // B has the server's tombstone and keeps its edit in its conflict log; nothing is pending.
        QCOMPARE(rowText(*dbB), stored);
        QCOMPARE(localCount(b, QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE row_id = '%1' AND reason = 'deleted' "
                                              "AND field = 'title' AND lost_value = 'B:s text'").arg(id)), 1);
        QCOMPARE(localCount(b, QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE row_id = '%1' AND reason = 'deleted' "
                                              "AND field = 'owner' AND lost_value = 'Berit'").arg(id)), 1);
        QCOMPARE(b.pendingCount(), 0);
        // C, which has the tombstone, is sent nothing again.
        const HttpResult quiet = m_http->post(QStringLiteral("/api/v1/sync"), c.buildRequest(&error), token);
        QCOMPARE(quiet.status, 200);
        QCOMPARE(quiet.body.value(QStringLiteral("changes")).toArray().size(), 0);

        // A push whose cursor is past the tombstone still gets the tombstone back, and the same
        // edit pushed again is kept once.
        const QString device = QStringLiteral("dev-raw-") + Ids::random();
        QJsonObject edit = mutation(1, table, id, {{QStringLiteral("title"), QStringLiteral("rå text")}}, device);
        auto request = [&](const QJsonObject &m) {
            return QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("schema"), c.schema()},
                               {QStringLiteral("cursor"), c.cursor()}, {QStringLiteral("mutations"), QJsonArray{m}}};
        };
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), request(edit), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("acked")).toInt(), 1);
        const QJsonArray changes = r.body.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject sent = changes.at(0).toObject();
        QCOMPARE(sent.value(QStringLiteral("id")).toString(), id);
        QVERIFY(sent.value(QStringLiteral("deleted")).toBool());
        QCOMPARE(sent.value(QStringLiteral("values")).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("original"));
        edit.insert(QStringLiteral("n"), 2);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sync"), request(edit), token).status, 200);
        QCOMPARE(serverRow(), stored);
        QCOMPARE(serverRowSeq(), seq);
        QCOMPARE(serverConflicts(QStringLiteral("rå text")), 1);
    }

    void epochResetMakesClientsStartOver()
    {
        const QString token = m_http->login(QStringLiteral("mia"), kPassword);
        auto db = newDevice();
        SyncEngine e(*db);
        QString error;
        QCOMPARE(m_http->sync(e, token), 200);
        const qint64 rows = localCount(e, QStringLiteral("SELECT COUNT(*) FROM units"));
        const QString id = Ids::random();
        QVERIFY(e.write(QStringLiteral("actions"), id, {{QStringLiteral("unit_id"), unit("VO-HTN")},
                                                       {QStringLiteral("title"), QStringLiteral("offline")}}, &error));
        // The running server takes the reset at once (it does not keep the epoch it first read).
        QVERIFY(runCli({QStringLiteral("epoch"), QStringLiteral("reset"), QStringLiteral("--db"), m_spec}));
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), e.buildRequest(&error), token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.value(QStringLiteral("reset")).toBool());
        QCOMPARE(r.body.value(QStringLiteral("acked")).toInt(), 0);
        // The client starts over and pushes its unsynced edit again; nothing is lost.
        QVERIFY2(m_http->sync(e, token, &error) == 200, qPrintable(error));
        QCOMPARE(localCount(e, QStringLiteral("SELECT COUNT(*) FROM units")), rows);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM actions WHERE id = '%1' AND title = 'offline'").arg(id)), 1);
        const HttpResult health = m_http->request("GET", QStringLiteral("/api/v1/health"));
        QCOMPARE(health.body.value(QStringLiteral("epoch")).toString(), r.body.value(QStringLiteral("epoch")).toString());
    }

    void concurrentWritersAreNeverSkipped()
    {
        // Two server processes on the same database; pushes race with pulls for many rounds. A
        // reader that only ever pulls incrementally must end up with every row.
        ServerProcess second;
        QVERIFY(second.start(m_spec));
        const QString token = m_http->login(QStringLiteral("admin"), kPassword);
        QNetworkAccessManager nam;
        auto send = [&](const QUrl &base, const QJsonObject &body) {
            QUrl url = base;
            url.setPath(QStringLiteral("/api/v1/sync"));
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            return nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        QSet<QString> written, seen;
        QString cursor;
        // Bring the reader's cursor up to date first.
        for (bool more = true; more;) {
            const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), rawSync(QStringLiteral("reader"), {}, cursor), token);
            QCOMPARE(r.status, 200);
            cursor = r.body.value(QStringLiteral("cursor")).toString();
            more = r.body.value(QStringLiteral("more")).toBool();
        }
        const int rounds = 60, writers = 4, perPush = 5;
        qint64 n = 0;
        for (int round = 0; round < rounds; ++round) {
            QList<QNetworkReply *> replies;
            for (int w = 0; w < writers; ++w) {
                QJsonArray mutations;
                const QString device = QStringLiteral("writer%1").arg(w);
                for (int i = 0; i < perPush; ++i) {
                    const QString id = Ids::random();
                    written.insert(id);
                    mutations.append(mutation(round * perPush + i + 1, QStringLiteral("comments"), id,
                        {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("period"), QStringLiteral("2026-04")},
                         {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), id}}, device));
                }
                replies << send(w % 2 ? second.url() : m_server.url(), rawSync(device, mutations));
            }
            ++n;
            // Pull while the pushes are in flight, alternating between the processes.
            replies << send(round % 2 ? second.url() : m_server.url(), rawSync(QStringLiteral("reader"), {}, cursor));
            for (QNetworkReply *reply : replies) {
                if (!reply->isFinished()) {
                    QEventLoop loop;
                    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                    loop.exec();
                }
                QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
                reply->deleteLater();
            }
            const QJsonObject pulled = QJsonDocument::fromJson(replies.last()->readAll()).object();
            for (const QJsonValue &c : pulled.value(QStringLiteral("changes")).toArray())
                seen.insert(c.toObject().value(QStringLiteral("id")).toString());
            cursor = pulled.value(QStringLiteral("cursor")).toString();
        }
        for (bool more = true; more;) {
            const HttpResult r = m_http->post(QStringLiteral("/api/v1/sync"), rawSync(QStringLiteral("reader"), {}, cursor), token);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &c : r.body.value(QStringLiteral("changes")).toArray())
                seen.insert(c.toObject().value(QStringLiteral("id")).toString());
            cursor = r.body.value(QStringLiteral("cursor")).toString();
            more = r.body.value(QStringLiteral("more")).toBool();
        }
        QCOMPARE(written.size(), rounds * writers * perPush);
        const QSet<QString> missing = written - seen;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 rows skipped by the cursor").arg(missing.size())));
        Q_UNUSED(n);
    }

    void badInputIsRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray clock = Hlc{QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("x")}.toString().toLatin1();
        const QByteArray future = Hlc{QDateTime::currentMSecsSinceEpoch() + 3600 * 1000, 0, QStringLiteral("x")}.toString().toLatin1();
        const QByteArray head = "{\"device\":\"bad\",\"schema\":5,\"cursor\":\"\",\"mutations\":[";
        QTest::newRow("malformed json") << QByteArray("{\"device\":") << QByteArray() << 400 << QStringLiteral("malformed_json");
        QTest::newRow("not an object") << QByteArray("[1,2]") << QByteArray() << 400 << QStringLiteral("malformed_json");
        QTest::newRow("wrong type schema") << QByteArray("{\"device\":\"bad\",\"schema\":\"5\",\"mutations\":[]}") << QByteArray() << 400 << QStringLiteral("bad_request");
        QTest::newRow("wrong type value") << head + "{\"n\":1,\"table\":\"comments\",\"id\":\"c1\",\"values\":{\"body\":5},\"clocks\":{\"body\":\"" + clock + "\"}}]}" << QByteArray() << 400 << QStringLiteral("bad_mutation");
        QTest::newRow("unknown table") << head + "{\"n\":1,\"table\":\"employees\",\"id\":\"e1\",\"values\":{},\"clocks\":{}}]}" << QByteArray() << 400 << QStringLiteral("bad_mutation");
        QTest::newRow("unknown field") << head + "{\"n\":1,\"table\":\"comments\",\"id\":\"c1\",\"values\":{\"ssn\":\"x\"},\"clocks\":{\"ssn\":\"" + clock + "\"}}]}" << QByteArray() << 400 << QStringLiteral("bad_mutation");
        QTest::newRow("bad clock") << head + "{\"n\":1,\"table\":\"comments\",\"id\":\"c1\",\"values\":{\"body\":\"x\"},\"clocks\":{\"body\":\"yesterday\"}}]}" << QByteArray() << 400 << QStringLiteral("bad_mutation");
        QTest::newRow("clock drift") << head + "{\"n\":1,\"table\":\"comments\",\"id\":\"c1\",\"values\":{\"body\":\"x\"},\"clocks\":{\"body\":\"" + future + "\"}}]}" << QByteArray() << 400 << QStringLiteral("clock_drift");
        QTest::newRow("bad cursor") << QByteArray("{\"device\":\"bad\",\"schema\":5,\"cursor\":\"!!\",\"mutations\":[]}") << QByteArray() << 400 << QStringLiteral("bad_cursor");
        QTest::newRow("oversized") << QByteArray("{\"device\":\"bad\",\"schema\":5,\"pad\":\"") + QByteArray(9 * 1024 * 1024, 'x') + "\"}" << QByteArray() << 413 << QStringLiteral("body_too_large");
        QTest::newRow("corrupt gzip") << QByteArray("not gzip at all") << QByteArray("gzip") << 400 << QStringLiteral("bad_encoding");
        QTest::newRow("gzip ok but bad json") << Gzip::compress("{oops") << QByteArray("gzip") << 400 << QStringLiteral("malformed_json");
        QTest::newRow("missing token") << QByteArray("{}") << QByteArray("no-token") << 401 << QStringLiteral("unauthorized");
    }

    void badInputIsRefusedAndNothingIsWritten()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, encoding);
        QFETCH(int, status);
        QFETCH(QString, error);
        const qint64 seq = serverSeq();
        QList<QPair<QByteArray, QByteArray>> headers;
        if (encoding == "gzip")
            headers << qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip"));
        const HttpResult r = m_http->request("POST", QStringLiteral("/api/v1/sync"), body,
                                             encoding == "no-token" ? QString() : m_adminToken, headers);
        QCOMPARE(r.status, status);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), error);
        QVERIFY(!r.body.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(serverSeq(), seq);
        QCOMPARE(m_http->request("GET", QStringLiteral("/api/v1/health")).status, 200);
    }

    // A pull from the start is a snapshot, table by table in id order (the device's id index
    // takes each page in one run of keys). Writes in the middle of it (a row already sent
    // changed, one not yet sent changed, one deleted, a new one) all reach the device, which
    // ends equal to one that synced after them.
    void startingPullIsASnapshotInIdOrder()
    {
        const QString device = QStringLiteral("dev-snapshot");
        QJsonArray many;
        for (int i = 0; i < 300; ++i)
            many.append(mutation(i + 1, QStringLiteral("comments"), Ids::random(),
                                 {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("period"), QStringLiteral("2026-06")},
                                  {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), QStringLiteral("rad %1").arg(i)}},
                                 device));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sync"), rawSync(device, many), m_adminToken).status, 200);
        ServerProcess paged;
        QVERIFY(paged.start(m_spec, {QStringLiteral("--max-page-bytes"), QStringLiteral("20000")}));
        Http http(paged.url());
        auto db = newDevice();
        SyncEngine engine(*db);
        const int commentsTable = int(Schema::syncedTables(engine.schema()).indexOf(QStringLiteral("comments")));
        QString error;
        int pages = 0, snapshotPages = 0;
        bool wrote = false;
        qint64 n = 300;
        for (bool more = true; more && pages < 10000;) {
            const HttpResult r = http.post(QStringLiteral("/api/v1/sync"), engine.buildRequest(&error), m_adminToken);
            QCOMPARE(r.status, 200);
            const auto cursor = SyncProtocol::Cursor::decode(r.body.value(QStringLiteral("cursor")).toString());
            QVERIFY(cursor);
            QString table, last;
            for (const QJsonValue &c : r.body.value(QStringLiteral("changes")).toArray()) {
                const QString t = c.toObject().value(QStringLiteral("table")).toString();
                const QString id = c.toObject().value(QStringLiteral("id")).toString();
                if (cursor->table >= 0 && t == table)
                    QVERIFY2(id > last, qPrintable(QStringLiteral("%1: %2 after %3").arg(t, id, last)));
                table = t;
                last = id;
            }
            QVERIFY2(engine.applyResponse(r.body, &more, &error), qPrintable(error));
            ++pages;
            snapshotPages += cursor->table >= 0 ? 1 : 0;
            if (!wrote && cursor->table == commentsTable && !cursor->after.isEmpty()) {
                wrote = true;
                QSqlQuery local(db->db());
                QVERIFY(local.exec(QStringLiteral("SELECT id FROM comments ORDER BY id LIMIT 1")) && local.next());
                const QString sent = local.value(0).toString();
                auto server = openServerDb();
                QSqlQuery q(server->db());
                q.prepare(QStringLiteral("SELECT id FROM comments WHERE id > ? ORDER BY id DESC LIMIT 2"));
                q.addBindValue(cursor->after);
                QVERIFY(q.exec() && q.next());
                const QString notYet = q.value(0).toString();
                QVERIFY(q.next());
                const QString gone = q.value(0).toString();
                const QJsonObject body{{QStringLiteral("body"), QStringLiteral("ändrad under ögonblicksbilden")}};
                const QJsonArray writes{mutation(++n, QStringLiteral("comments"), sent, body, device),
                                        mutation(++n, QStringLiteral("comments"), notYet, body, device),
                                        deletion(++n, QStringLiteral("comments"), gone, {}, device),
                                        mutation(++n, QStringLiteral("comments"), Ids::random(),
                                                 {{QStringLiteral("unit_id"), unit("VO-HTN")}, {QStringLiteral("period"), QStringLiteral("2026-06")},
                                                  {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("body"), QStringLiteral("ny")}},
                                                 device)};
                QCOMPARE(m_http->post(QStringLiteral("/api/v1/sync"), rawSync(device, writes), m_adminToken).status, 200);
            }
        }
        QVERIFY(wrote);
        QVERIFY2(snapshotPages > 5, qPrintable(QString::number(snapshotPages)));
        auto reference = newDevice();
        SyncEngine referenceEngine(*reference);
        QCOMPARE(m_http->sync(referenceEngine, m_adminToken, &error), 200);
        QCOMPARE(syncedRows(*db), syncedRows(*reference));
        QCOMPARE(localCount(engine, QStringLiteral("SELECT COUNT(*) FROM comments WHERE body = 'ändrad under ögonblicksbilden'")), 2);
        QCOMPARE(localCount(engine, QStringLiteral("SELECT COUNT(*) FROM comments WHERE body = 'ny'")), 1);
    }

    void largeResponsesAreCompressed()
    {
        const HttpResult r = m_http->request("POST", QStringLiteral("/api/v1/sync"),
                                             QJsonDocument(rawSync(QStringLiteral("gz"), {})).toJson(), m_adminToken);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.value(QStringLiteral("changes")).toArray().size() > 10); // QNAM inflates transparently
    }

    void cleanupTestCase()
    {
        m_server.stop();
        if (m_pg)
            m_pg->stop();
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TstSyncServer sqlite(QStringLiteral("sqlite"));
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    {
        TstSyncServer postgres(QStringLiteral("postgres"));
        status |= QTest::qExec(&postgres, argc, argv);
    }
    return status;
}

#include "tst_sync_server.moc"
