// The budget figures of the report: the budget period follows the utfall, a missing forecast
// means "as budgeted", deviations in per cent and the previous year's utfall to the same month:
// the cases of budgetcases.h on SQLite (tst_postgres_core runs them on PostgreSQL).
#include "budgetcases.h"
#include "followup.h"
#include "importfixture.h"
#include "report.h"

#include <QJsonObject>
#include <QtTest>

class TstReportBudget : public QObject
{
    Q_OBJECT

    ImportFixture m_fixture;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        m_db = m_fixture.load(BudgetCases::files());
        QVERIFY(m_db);
    }

    void budgetPeriod_data()
    {
        QTest::addColumn<int>("index");
        const QList<BudgetCases::Case> cases = BudgetCases::periodCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases.at(i).name) << i;
    }
    void budgetPeriod()
    {
        QFETCH(int, index);
        FollowUp f(*m_db);
        BudgetCases::check(f, BudgetCases::periodCases().at(index));
    }

    void forecastAsBudgeted_data()
    {
        QTest::addColumn<int>("index");
        const QList<BudgetCases::Case> cases = BudgetCases::forecastCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases.at(i).name) << i;
    }
    void forecastAsBudgeted()
    {
        QFETCH(int, index);
        FollowUp f(*m_db);
        BudgetCases::check(f, BudgetCases::forecastCases().at(index));
    }

    // UnitFigures carries the same budget month and figures the report prints.
    void unitFigures()
    {
        FollowUp f(*m_db);
        const UnitFigures soc = f.figures(f.tree().byCode(QStringLiteral("SOC"))->id, 2026, 4, true);
        QCOMPARE(soc.month, 4);
        QCOMPARE(soc.budgetMonth, 3);
        QCOMPARE(soc.children.size(), 3);
        QCOMPARE(soc.children.at(1).budgetMonth, 2);
        QCOMPARE(soc.children.at(2).budgetMonth, 0);
        QVERIFY(!soc.children.at(2).deviation());
        QCOMPARE(soc.deviation(), std::optional<double>(190));
        QCOMPARE(soc.previousYearActualNet, std::optional<double>(810));
        QCOMPARE(soc.forecastNet, std::optional<double>(3220));
        QCOMPARE(soc.forecastByCategory.value(QStringLiteral("personalkostnader")), 3820.0);
        const QString csv = Report::toCsv(soc);
        QVERIFY(csv.contains(QStringLiteral("SOC;Soc;2026;4;budget.month;3\n")));
        QVERIFY(csv.contains(QStringLiteral("C;C;2026;4;budget.month;\n")));
        QVERIFY(csv.contains(QStringLiteral("SOC;Soc;2026;4;budget.utfall_foregaende_ar;810\n")));
        QVERIFY(csv.contains(QStringLiteral("SOC;Soc;2026;4;budget.prognos_avvikelse_procent;-3.21\n")));
    }
};

QTEST_GUILESS_MAIN(TstReportBudget)
#include "tst_report_budget.moc"
