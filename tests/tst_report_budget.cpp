// The budget figures of the report: the budget period follows the utfall, a missing forecast
// means "as budgeted", deviations in per cent and the previous year's utfall to the same month.
#include "followup.h"
#include "importfixture.h"
#include "report.h"

#include <QJsonObject>
#include <QtTest>

namespace {
QString month(int year, int m)
{
    return QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'));
}

// Twelve months of one unit's category: `budget` a month, utfall `actual` in months 1..actualTo.
QString year(const QString &unit, int y, const QString &category, int budget, int actual, int actualTo)
{
    QString out;
    for (int m = 1; m <= 12; ++m) {
        out += QStringLiteral("%1;%2;%3;%4;%5;\n").arg(unit, month(y, m), category).arg(budget)
                   .arg(m <= actualTo ? QString::number(actual) : QString());
    }
    return out;
}

// SOC with A (utfall to March, a personnel forecast in February), B (utfall to February, no
// forecast) and C (budget only).
QList<QPair<QString, QString>> files()
{
    const QString personnel = QStringLiteral("personalkostnader"), income = QStringLiteral("intäkter");
    QString budget = QStringLiteral("enhet;månad;kategori;budget;utfall;prognos\n");
    budget += year(QStringLiteral("A"), 2026, personnel, 100, 110, 3);
    budget += year(QStringLiteral("B"), 2026, personnel, 200, 190, 2);
    budget += year(QStringLiteral("B"), 2026, income, 50, 60, 2);
    budget += year(QStringLiteral("C"), 2026, personnel, 10, 0, 0);
    budget += year(QStringLiteral("A"), 2025, personnel, 90, 90, 4);
    budget += year(QStringLiteral("B"), 2025, personnel, 180, 180, 3);
    QString forecast = QStringLiteral("enhet;månad;kategori;budget;prognos\nA;2026-02;personalkostnader;100;1300\n");
    return {{QStringLiteral("units"), QStringLiteral("kod;namn;förälder;typ\nSOC;Soc;;förvaltning\n"
                                                     "A;A;SOC;enhet\nB;B;SOC;enhet\nC;C;SOC;enhet\n")},
            {QStringLiteral("budget"), budget},
            {QStringLiteral("budget"), forecast}};
}

QJsonValue n(double v) { return QJsonValue(v); }
const QJsonValue null = QJsonValue(QJsonValue::Null);
} // namespace

Q_DECLARE_METATYPE(QJsonValue)

class TstReportBudget : public QObject
{
    Q_OBJECT

    ImportFixture m_fixture;
    std::unique_ptr<Database> m_db;

    QJsonObject budget(const QString &unit, int m)
    {
        FollowUp f(*m_db);
        const Unit *u = f.tree().byCode(unit);
        return u ? Report::toJson(f.figures(u->id, 2026, m, false)).value(QStringLiteral("budget")).toObject()
                 : QJsonObject();
    }

    // Each key of the budget object equals the test data column of the same name.
    static void compareColumns(const QJsonObject &b, std::initializer_list<const char *> keys)
    {
        for (const char *key : keys) {
            const QJsonValue expected = *static_cast<const QJsonValue *>(QTest::qData(key, qMetaTypeId<QJsonValue>()));
            const QJsonValue actual = b.value(QLatin1String(key));
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1: %2, expected %3")
                                                        .arg(QLatin1String(key), actual.toVariant().toString(),
                                                             expected.toVariant().toString())));
        }
    }

private slots:
    void initTestCase()
    {
        m_db = m_fixture.load(files());
        QVERIFY(m_db);
    }

    void budgetPeriod_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("reportMonth");
        QTest::addColumn<QJsonValue>("month");
        QTest::addColumn<QJsonValue>("budget");
        QTest::addColumn<QJsonValue>("utfall");
        QTest::addColumn<QJsonValue>("avvikelse");
        QTest::addColumn<QJsonValue>("avvikelse_procent");
        QTest::addColumn<QJsonValue>("utfall_foregaende_ar");
        // April's report: A's economy has arrived to March, B's to February.
        QTest::newRow("A to March") << "A" << 4 << n(3) << n(300) << n(330) << n(-30) << n(-10) << n(270);
        QTest::newRow("B to February, net of income") << "B" << 4 << n(2) << n(300) << n(260) << n(40) << n(13.33) << n(360);
        QTest::newRow("C without utfall") << "C" << 4 << null << null << null << null << null << null;
        QTest::newRow("SOC to its latest utfall") << "SOC" << 4 << n(3) << n(780) << n(590) << n(190) << n(24.36) << n(810);
        QTest::newRow("A in February's report") << "A" << 2 << n(2) << n(200) << n(220) << n(-20) << n(-10) << n(180);
    }
    void budgetPeriod()
    {
        QFETCH(QString, unit);
        QFETCH(int, reportMonth);
        const QJsonObject b = budget(unit, reportMonth);
        compareColumns(b, {"month", "budget", "utfall", "avvikelse", "avvikelse_procent", "utfall_foregaende_ar"});
    }

    void forecastAsBudgeted_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("reportMonth");
        QTest::addColumn<QJsonValue>("budget_year");
        QTest::addColumn<QJsonValue>("prognos");
        QTest::addColumn<QJsonValue>("prognos_avvikelse");
        QTest::addColumn<QJsonValue>("prognos_avvikelse_procent");
        QTest::newRow("A forecasts its personnel") << "A" << 4 << n(1200) << n(1300) << n(-100) << n(-8.33);
        QTest::newRow("A before its forecast") << "A" << 1 << n(1200) << n(1200) << n(0) << n(0);
        QTest::newRow("B none: as budgeted") << "B" << 4 << n(1800) << n(1800) << n(0) << n(0);
        QTest::newRow("C none, no utfall") << "C" << 4 << n(120) << n(120) << n(0) << n(0);
        // Only A's forecast moves the förvaltning: no false surplus from B and C.
        QTest::newRow("SOC") << "SOC" << 4 << n(3120) << n(3220) << n(-100) << n(-3.21);
    }
    void forecastAsBudgeted()
    {
        QFETCH(QString, unit);
        QFETCH(int, reportMonth);
        const QJsonObject b = budget(unit, reportMonth);
        compareColumns(b, {"budget_year", "prognos", "prognos_avvikelse", "prognos_avvikelse_procent"});
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
