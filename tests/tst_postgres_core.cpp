// The follow-up core on PostgreSQL: the same importers, schema and report give exactly the
// figures they give on SQLite, a rejected file leaves PostgreSQL unchanged, and the CLI takes
// a postgres:// URL; the aggregation and budget cases of tst_report_aggregation and
// tst_report_budget hold here too. Runs against a throw-away cluster (initdb in a temp dir, unix socket).
#include "aggregationcases.h"
#include "budgetcases.h"
#include "database.h"
#include "followup.h"
#include "hlc.h"
#include "importer.h"
#include "report.h"
#include "store.h"
#include "sync/testserver.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

namespace {
const QString kDemoDir = QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo");

// A stable text of every live row of a table (data columns only) for before/after checks.
QString dump(Database &db, const QString &table)
{
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    QString out;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}
} // namespace

class TstPostgresCore : public QObject
{
    Q_OBJECT

private:
    TestSupport::Postgres m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_pgDb;
    std::unique_ptr<Database> m_liteDb;

    static void importDemo(Database &db)
    {
        Store store(db, Store::Role::Server);
        HlcClock clock(QStringLiteral("import"));
        const ImportResult r = Importer::importDirectory(store, clock, kDemoDir);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.rows > 4000);
    }

private slots:
    void initTestCase()
    {
        if (!TestSupport::Postgres::available())
            QSKIP("PostgreSQL 15 is not installed (scripts/deps.sh installs it)");
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        m_pgDb = Database::open(m_pg.spec(), &error);
        QVERIFY2(m_pgDb, qPrintable(error));
        QVERIFY(m_pgDb->isPostgres());
        m_liteDb = Database::open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("demo.sqlite")), &error);
        QVERIFY2(m_liteDb, qPrintable(error));
        importDemo(*m_pgDb);
        importDemo(*m_liteDb);
    }

    void sameReportOnBothEngines_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::newRow("root latest 2026") << QStringLiteral("SOC") << 2026 << 0;
        QTest::newRow("root 2025 full") << QStringLiteral("SOC") << 2025 << 12;
        QTest::newRow("area march 2026") << QStringLiteral("VO") << 2026 << 3;
        QTest::newRow("unit january 2024") << QStringLiteral("IFO-BU") << 2024 << 1;
    }

    void sameReportOnBothEngines()
    {
        QFETCH(QString, unit);
        QFETCH(int, year);
        QFETCH(int, month);
        FollowUp pg(*m_pgDb);
        FollowUp lite(*m_liteDb);
        const Unit *u = pg.tree().byCode(unit);
        QVERIFY(u);
        const QJsonObject a = Report::toJson(pg.figures(u->id, year, month, true));
        const QJsonObject b = Report::toJson(lite.figures(u->id, year, month, true));
        QVERIFY(!a.value(QStringLiteral("indicators")).toArray().isEmpty());
        QVERIFY(a.value(QStringLiteral("sick_leave")).toObject().value(QStringLiteral("percent")).toDouble() > 0);
        // The budget period is a month with utfall, never after the report's month.
        const QJsonObject budget = a.value(QStringLiteral("budget")).toObject();
        QVERIFY(budget.value(QStringLiteral("month")).toInt() >= 1);
        QVERIFY(budget.value(QStringLiteral("month")).toInt() <= a.value(QStringLiteral("month")).toInt());
        QVERIFY(budget.value(QStringLiteral("avvikelse_procent")).isDouble());
        QVERIFY(budget.value(QStringLiteral("prognos")).isDouble());
        QCOMPARE(QJsonDocument(a).toJson(), QJsonDocument(b).toJson());
    }

    // A PostgreSQL database of its own, `name`, with `files` imported in order (into *db).
    void loadDatabase(const QString &name, const QList<QPair<QString, QString>> &files, std::unique_ptr<Database> *db)
    {
        QString error;
        QVERIFY2(m_pgDb->exec(QStringLiteral("CREATE DATABASE %1").arg(name), &error), qPrintable(error));
        *db = Database::open(QString(m_pg.spec()).replace(QStringLiteral("/postgres?"), QStringLiteral("/%1?").arg(name)), &error);
        QVERIFY2(*db, qPrintable(error));
        Store store(**db, Store::Role::Server);
        HlcClock clock(QStringLiteral("import"));
        int n = 0;
        for (const auto &[kind, text] : files) {
            const QString path = m_dir.filePath(QStringLiteral("%1-%2-%3.csv").arg(name, kind).arg(++n));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text.toUtf8());
            f.close();
            const ImportResult r = Importer::importFile(store, clock, kind, path);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
    }

    // summa, kvot, medel, senaste, ingen, the sick-leave sources, history and goal statuses
    // (from the indicators, or from the subgoals): the cases of aggregationcases.h on a
    // PostgreSQL database of their own.
    void aggregationCases()
    {
        std::unique_ptr<Database> db;
        loadDatabase(QStringLiteral("aggregation"), AggregationCases::files(), &db);
        if (QTest::currentTestFailed())
            return;
        FollowUp followUp(*db);
        AggregationCases::checkAll(followUp);
        if (QTest::currentTestFailed())
            return;
        AggregationCases::checkStatistics(followUp);
    }

    // The budget period that follows the utfall, a missing forecast as budgeted, the deviations
    // in per cent and last year's utfall: the cases of budgetcases.h.
    void budgetCases()
    {
        std::unique_ptr<Database> db;
        loadDatabase(QStringLiteral("budget"), BudgetCases::files(), &db);
        if (QTest::currentTestFailed())
            return;
        FollowUp followUp(*db);
        BudgetCases::checkAll(followUp);
    }

    void rejectedFileLeavesPostgresUnchanged()
    {
        const QString before = dump(*m_pgDb, QStringLiteral("sick_leave"));
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus\n"
                "VO-HTN;2026-10;5000;1;1;0\n"
                "NOPE;2026-10;100;1;1;0\n");
        f.close();
        Store store(*m_pgDb, Store::Role::Server);
        HlcClock clock(QStringLiteral("import"));
        const ImportResult r = Importer::importFile(store, clock, QStringLiteral("sickleave"), path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(path + QStringLiteral(":3:")), qPrintable(r.error));
        QCOMPARE(dump(*m_pgDb, QStringLiteral("sick_leave")), before);
    }

    void cliTakesPostgresUrl()
    {
        QString output;
        QVERIFY2(TestSupport::runCli({QStringLiteral("report"), QStringLiteral("--db"), m_pg.spec(),
                                      QStringLiteral("--unit"), QStringLiteral("SOC"), QStringLiteral("--year"),
                                      QStringLiteral("2026")}, {}, &output), qPrintable(output));
        const QJsonObject cli = QJsonDocument::fromJson(output.toUtf8()).object();
        QCOMPARE(cli.value(QStringLiteral("unit")).toString(), QStringLiteral("SOC"));
        QCOMPARE(cli.value(QStringLiteral("month")).toInt(), 10);
        FollowUp lite(*m_liteDb);
        const QJsonObject expected = Report::toJson(lite.figures(lite.tree().byCode(QStringLiteral("SOC"))->id, 2026, 0, true));
        QCOMPARE(cli.value(QStringLiteral("budget")), expected.value(QStringLiteral("budget")));
        QCOMPARE(cli.value(QStringLiteral("sick_leave")), expected.value(QStringLiteral("sick_leave")));
    }

    void cleanupTestCase()
    {
        m_pgDb.reset();
        m_pg.stop();
    }
};

QTEST_GUILESS_MAIN(TstPostgresCore)
#include "tst_postgres_core.moc"
