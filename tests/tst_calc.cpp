// Pure calculations: goal status, trend, rounding, hours-weighted sums, budget deviation signs.
#include "figures.h"
#include "followupdata.h"

#include <QtTest>

using OptD = std::optional<double>;
Q_DECLARE_METATYPE(OptD)
Q_DECLARE_METATYPE(TargetKind)
Q_DECLARE_METATYPE(Direction)
Q_DECLARE_METATYPE(Status)
Q_DECLARE_METATYPE(Trend)

namespace {
const OptD none = std::nullopt;
}

class TstCalc : public QObject
{
    Q_OBJECT

private slots:
    void status_data()
    {
        QTest::addColumn<TargetKind>("kind");
        QTest::addColumn<OptD>("value");
        QTest::addColumn<OptD>("target");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<OptD>("previous");
        QTest::addColumn<QString>("expected");
        // max T: v ≤ T met, v ≤ T+tol partly, else not met
        QTest::newRow("max below") << TargetKind::Max << OptD(6.5) << OptD(7) << 1.5 << none << "uppfyllt";
        QTest::newRow("max at T") << TargetKind::Max << OptD(7) << OptD(7) << 1.5 << none << "uppfyllt";
        QTest::newRow("max just above T") << TargetKind::Max << OptD(7.01) << OptD(7) << 1.5 << none << "delvis";
        QTest::newRow("max at T+tol") << TargetKind::Max << OptD(8.5) << OptD(7) << 1.5 << none << "delvis";
        QTest::newRow("max just above T+tol") << TargetKind::Max << OptD(8.51) << OptD(7) << 1.5 << none << "ej_uppfyllt";
        QTest::newRow("max tol 0 above") << TargetKind::Max << OptD(7.01) << OptD(7) << 0.0 << none << "ej_uppfyllt";
        QTest::newRow("max decimal tol sum") << TargetKind::Max << OptD(6.3) << OptD(6.1) << 0.2 << none << "delvis";
        QTest::newRow("max rounds like report 7.004") << TargetKind::Max << OptD(7.004) << OptD(7) << 0.0 << none << "uppfyllt";
        QTest::newRow("max rounds like report 7.005") << TargetKind::Max << OptD(7.005) << OptD(7) << 0.0 << none << "ej_uppfyllt";
        QTest::newRow("seed 004 sick leave") << TargetKind::Max << OptD(10.74) << OptD(7) << 1.5 << OptD(11.5) << "ej_uppfyllt";
        // min T: v ≥ T met, v ≥ T−tol partly, else not met
        QTest::newRow("min above") << TargetKind::Min << OptD(80) << OptD(75) << 5.0 << none << "uppfyllt";
        QTest::newRow("min at T") << TargetKind::Min << OptD(75) << OptD(75) << 5.0 << none << "uppfyllt";
        QTest::newRow("min just below T") << TargetKind::Min << OptD(74.99) << OptD(75) << 5.0 << none << "delvis";
        QTest::newRow("min at T-tol") << TargetKind::Min << OptD(70) << OptD(75) << 5.0 << none << "delvis";
        QTest::newRow("min just below T-tol") << TargetKind::Min << OptD(69.99) << OptD(75) << 5.0 << none << "ej_uppfyllt";
        // öka / minska vs previous
        QTest::newRow("oka up") << TargetKind::Increase << OptD(31) << none << 0.0 << OptD(30) << "uppfyllt";
        QTest::newRow("oka equal") << TargetKind::Increase << OptD(30) << none << 0.0 << OptD(30) << "ej_uppfyllt";
        QTest::newRow("oka equal at 2 decimals") << TargetKind::Increase << OptD(30.001) << none << 0.0 << OptD(30) << "ej_uppfyllt";
        QTest::newRow("oka down") << TargetKind::Increase << OptD(29) << none << 0.0 << OptD(30) << "ej_uppfyllt";
        QTest::newRow("minska down") << TargetKind::Decrease << OptD(10.74) << none << 0.0 << OptD(11.5) << "uppfyllt";
        QTest::newRow("minska equal") << TargetKind::Decrease << OptD(11.5) << none << 0.0 << OptD(11.5) << "ej_uppfyllt";
        QTest::newRow("minska up") << TargetKind::Decrease << OptD(12) << none << 0.0 << OptD(11.5) << "ej_uppfyllt";
        // saknas
        QTest::newRow("no value") << TargetKind::Max << none << OptD(7) << 1.5 << OptD(6) << "saknas";
        QTest::newRow("no target value") << TargetKind::Max << OptD(5) << none << 1.5 << none << "saknas";
        QTest::newRow("min no target value") << TargetKind::Min << OptD(5) << none << 0.0 << none << "saknas";
        QTest::newRow("no target") << TargetKind::None << OptD(5) << none << 0.0 << OptD(4) << "saknas";
        QTest::newRow("oka no previous") << TargetKind::Increase << OptD(5) << none << 0.0 << none << "saknas";
        QTest::newRow("minska no previous") << TargetKind::Decrease << OptD(5) << none << 0.0 << none << "saknas";
        QTest::newRow("minska no value") << TargetKind::Decrease << none << none << 0.0 << OptD(5) << "saknas";
    }
    void status()
    {
        QFETCH(TargetKind, kind);
        QFETCH(OptD, value);
        QFETCH(OptD, target);
        QFETCH(double, tolerance);
        QFETCH(OptD, previous);
        QFETCH(QString, expected);
        QCOMPARE(Calc::statusKey(Calc::status(kind, value, target, tolerance, previous)), expected);
    }

    void trend_data()
    {
        QTest::addColumn<Direction>("dir");
        QTest::addColumn<OptD>("value");
        QTest::addColumn<OptD>("previous");
        QTest::addColumn<QString>("expected");
        const Direction lower = Direction::LowerIsBetter, higher = Direction::HigherIsBetter;
        QTest::newRow("sick leave falls 11.5 -> 10.74") << lower << OptD(10.74) << OptD(11.5) << "battre";
        QTest::newRow("sick leave rises") << lower << OptD(12) << OptD(11.5) << "samre";
        QTest::newRow("HME rises") << higher << OptD(72) << OptD(70) << "battre";
        QTest::newRow("HME falls") << higher << OptD(68) << OptD(70) << "samre";
        QTest::newRow("equal") << higher << OptD(70) << OptD(70) << "oforandrad";
        QTest::newRow("equal at 2 decimals") << lower << OptD(10.741) << OptD(10.744) << "oforandrad";
        QTest::newRow("differs at 2 decimals") << lower << OptD(10.744) << OptD(10.746) << "battre";
        QTest::newRow("2.675 rounds up to 2.68") << higher << OptD(2.675) << OptD(2.68) << "oforandrad";
        QTest::newRow("2.674 is below 2.68") << higher << OptD(2.674) << OptD(2.68) << "samre";
        QTest::newRow("negative equal at 2 decimals") << higher << OptD(-1.004) << OptD(-1.0) << "oforandrad";
        QTest::newRow("negative better") << higher << OptD(-0.5) << OptD(-1.0) << "battre";
        QTest::newRow("no value") << lower << none << OptD(11.5) << "saknas";
        QTest::newRow("no previous") << lower << OptD(10.74) << none << "saknas";
        QTest::newRow("neither") << higher << none << none << "saknas";
    }
    void trend()
    {
        QFETCH(Direction, dir);
        QFETCH(OptD, value);
        QFETCH(OptD, previous);
        QFETCH(QString, expected);
        QCOMPARE(Calc::trendKey(Calc::trend(dir, value, previous)), expected);
    }

    void round2_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("expected");
        QTest::newRow("2.675") << 2.675 << 2.68;
        QTest::newRow("1.005") << 1.005 << 1.01;
        QTest::newRow("1.004999") << 1.004999 << 1.0;
        QTest::newRow("-2.675") << -2.675 << -2.68;
        QTest::newRow("-1.005") << -1.005 << -1.01;
        QTest::newRow("-0.001 no negative zero") << -0.001 << 0.0;
        QTest::newRow("10.745") << 10.745 << 10.75;
        QTest::newRow("integer") << 331882.0 << 331882.0;
        QTest::newRow("large tkr") << -13079.125 << -13079.13;
        QTest::newRow("0.125") << 0.125 << 0.13;
        QTest::newRow("0.115") << 0.115 << 0.12;
    }
    void round2()
    {
        QFETCH(double, value);
        QFETCH(double, expected);
        const double r = Calc::round2(value);
        QCOMPARE(r, expected);
        QVERIFY(!std::signbit(r) || r != 0);
    }

    void keys()
    {
        QCOMPARE(Calc::targetKindFromKey(QStringLiteral("öka")), TargetKind::Increase);
        QCOMPARE(Calc::targetKindFromKey(QStringLiteral("oka")), TargetKind::Increase);
        QCOMPARE(Calc::targetKindFromKey(QStringLiteral("MINSKA")), TargetKind::Decrease);
        QCOMPARE(Calc::targetKindFromKey(QStringLiteral("max")), TargetKind::Max);
        QCOMPARE(Calc::targetKindFromKey(QStringLiteral("")), TargetKind::None);
        QCOMPARE(Calc::targetKindKey(TargetKind::Increase), QStringLiteral("oka"));
        QCOMPARE(Calc::directionFromKey(QStringLiteral("lägre")), Direction::LowerIsBetter);
        QCOMPARE(Calc::directionFromKey(QStringLiteral("lower")), Direction::LowerIsBetter);
        QCOMPARE(Calc::directionFromKey(QStringLiteral("higher")), Direction::HigherIsBetter);
    }

    // A parent is never the mean of its children's percentages.
    void sickLeaveHoursWeighted()
    {
        SickLeaveSums small{100, 20, 15, 2, 1000, 1};   // 20 %
        SickLeaveSums big{1000, 50, 30, 10, 5000, 1};   // 5 %
        SickLeaveSums total;
        total.add(small);
        total.add(big);
        QCOMPARE(total.rows, 2);
        QCOMPARE(Calc::round2(*total.percent()), 6.36);      // 70 / 1100, not (20 + 5) / 2
        QCOMPARE(Calc::round2(*total.shortPercent()), 4.09); // 45 / 1100
        QCOMPARE(Calc::round2(*total.longPercent()), 2.27);  // 25 / 1100
        QCOMPARE(Calc::round2(*total.longSharePercent()), 17.14); // 12 / 70 of sick time
        QCOMPARE(total.sickPayCost, 6000.0);
        QVERIFY(!SickLeaveSums().percent());
        QVERIFY(!SickLeaveSums().longSharePercent());
    }

    void budgetDeviationSigns_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<double>("budget");
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("expected");
        QTest::newRow("cost over budget is negative") << Category::Personnel << 100.0 << 120.0 << -20.0;
        QTest::newRow("cost under budget is positive") << Category::Other << 100.0 << 90.0 << 10.0;
        QTest::newRow("capital cost") << Category::Capital << 50.0 << 55.0 << -5.0;
        QTest::newRow("income above budget is positive") << Category::Income << 100.0 << 120.0 << 20.0;
        QTest::newRow("income below budget is negative") << Category::Income << 100.0 << 90.0 << -10.0;
    }
    void budgetDeviationSigns()
    {
        QFETCH(QString, category);
        QFETCH(double, budget);
        QFETCH(double, actual);
        QFETCH(double, expected);
        QCOMPARE(BudgetSums::deviation(category, BudgetAmounts{budget, actual}), expected);
    }

    // Seed 004: net cost 331 882 against budget 318 803 -> avvikelse −13 079.
    void netCostSeed004()
    {
        BudgetSums s;
        s.byCategory[Category::Income] = BudgetAmounts{20000, 21000};
        s.byCategory[Category::Personnel] = BudgetAmounts{250000, 262000};
        s.byCategory[Category::Other] = BudgetAmounts{80803, 82882};
        s.byCategory[Category::Capital] = BudgetAmounts{8000, 8000};
        QCOMPARE(s.netBudget(), 318803.0);
        QCOMPARE(s.netActual(), 331882.0);
        QCOMPARE(s.netDeviation(), -13079.0);
        // The sum of category deviations equals the net deviation.
        double sum = 0;
        for (auto it = s.byCategory.cbegin(); it != s.byCategory.cend(); ++it)
            sum += BudgetSums::deviation(it.key(), it.value());
        QCOMPARE(sum, -13079.0);
    }

    // Avvikelse in % of its budget keeps the sign of the deviation (positive = better).
    void deviationPercent_data()
    {
        QTest::addColumn<OptD>("deviation");
        QTest::addColumn<double>("budget");
        QTest::addColumn<OptD>("expected");
        QTest::newRow("seed 004 overrun") << OptD(-13079) << 318803.0 << OptD(-13079.0 / 318803.0 * 100.0);
        QTest::newRow("surplus") << OptD(15) << 840.0 << OptD(15.0 / 840.0 * 100.0);
        QTest::newRow("net income budget keeps the sign") << OptD(10) << -200.0 << OptD(5);
        QTest::newRow("zero budget") << OptD(10) << 0.0 << none;
        QTest::newRow("no deviation") << none << 100.0 << none;
    }
    void deviationPercent()
    {
        QFETCH(OptD, deviation);
        QFETCH(double, budget);
        QFETCH(OptD, expected);
        QCOMPARE(BudgetSums::deviationPercent(deviation, budget), expected);
    }

    // The month of each loaded row is parsed in place; a malformed one is -1, never a month.
    void monthIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("january") << "2026-01" << 2026 * 12;
        QTest::newRow("december") << "2025-12" << 2025 * 12 + 11;
        QTest::newRow("month 13") << "2026-13" << -1;
        QTest::newRow("month 00") << "2026-00" << -1;
        QTest::newRow("letter in year") << "20a6-01" << -1;
        QTest::newRow("letter in month") << "2026-1x" << -1;
        QTest::newRow("no dash") << "2026/01" << -1;
        QTest::newRow("year only") << "2026" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void monthIndex()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(FollowUpData::monthIndex(text), expected);
        if (expected >= 0)
            QCOMPARE(FollowUpData::monthText(expected), text);
    }

    // How an indicator adds up: summa Σ, kvot Σtäljare / Σnämnare × 100, medel the mean.
    void valueSums()
    {
        ValueSums a;
        a.addValue(10, 1, 20);
        a.addValue(20, std::nullopt, std::nullopt); // no täljare/nämnare: not part of a kvot
        ValueSums b;
        b.addValue(std::nullopt, 3, 60);
        a.add(b);
        QCOMPARE(a.value(Aggregation::Sum), OptD(30));
        QCOMPARE(a.value(Aggregation::Mean), OptD(15));
        QCOMPARE(a.value(Aggregation::Ratio), OptD(5)); // 4 / 80, not (5 + 5) / 2 of the shares
        QCOMPARE(a.value(Aggregation::Latest), none);
        ValueSums zero;
        zero.addValue(0, 0, 0);
        QCOMPARE(zero.value(Aggregation::Ratio), none); // Σnämnare 0
        QCOMPARE(zero.value(Aggregation::Sum), OptD(0));
        QCOMPARE(ValueSums().value(Aggregation::Sum), none);
        QCOMPARE(ValueSums().value(Aggregation::Mean), none);
    }

    void noBetterOrWorse()
    {
        QCOMPARE(Calc::directionFromKey(QStringLiteral("none")), Direction::None);
        QCOMPARE(Calc::directionFromKey(QStringLiteral("ingen")), Direction::None);
        QCOMPARE(Calc::trendKey(Calc::trend(Direction::None, 5, 3)), QStringLiteral("ingen"));
        QCOMPARE(Calc::trendKey(Calc::trend(Direction::None, none, none)), QStringLiteral("ingen"));
        QCOMPARE(Calc::aggregationKey(Calc::aggregationFromKey(QStringLiteral("kvot"))), QStringLiteral("kvot"));
        QCOMPARE(Calc::aggregationFromKey(QString()), Aggregation::Latest);
        QCOMPARE(Calc::aggregationKey(Aggregation::Sum), QStringLiteral("summa"));
        QCOMPARE(Calc::aggregationKey(Aggregation::Mean), QStringLiteral("medel"));
    }
};

QTEST_GUILESS_MAIN(TstCalc)
#include "tst_calc.moc"
