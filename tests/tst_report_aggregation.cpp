// Indicators that roll up and add up (senaste, summa, kvot, medel), bättre ingen, the sick-leave
// sources, previous year to the same month, the history and the goals' computed status: the
// cases of aggregationcases.h on SQLite (tst_postgres_core runs them on PostgreSQL), and the
// report JSON that carries them.
#include "aggregationcases.h"
#include "followup.h"
#include "importfixture.h"
#include "report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class TstReportAggregation : public QObject
{
    Q_OBJECT

private:
    ImportFixture m_fixture;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        m_db = m_fixture.load(AggregationCases::files());
        QVERIFY(m_db);
    }

    void casesOnSqlite()
    {
        FollowUp f(*m_db);
        AggregationCases::checkAll(f);
    }

    // The year boundary: in January 2026 only January counts, against January 2025.
    void yearToDateFollowsTheMonth()
    {
        FollowUp f(*m_db);
        const UnitFigures a = f.figures(f.tree().byCode(QStringLiteral("A"))->id, 2026, 1, false);
        const IndicatorFigure *besl = AggregationCases::find(a, QStringLiteral("BESL"));
        QVERIFY(besl);
        QCOMPARE(besl->value, std::optional<double>(2));
        QCOMPARE(besl->previous, std::optional<double>(1));
        // December: the whole of 2025 against 2024 (which has nothing).
        const UnitFigures dec = f.figures(f.tree().byCode(QStringLiteral("A"))->id, 2025, 12, false);
        const IndicatorFigure *d = AggregationCases::find(dec, QStringLiteral("BESL"));
        QVERIFY(d);
        QCOMPARE(d->value, std::optional<double>(108));
        QVERIFY(!d->previous);
        QCOMPARE(Calc::trendKey(d->trend), QStringLiteral("saknas"));
    }

    // The verksamhetsstatistik: summa and bättre-ingen indicators month by month over the
    // subtree (AggregationCases::checkStatistics).
    void statisticsMonthByMonth()
    {
        FollowUp f(*m_db);
        AggregationCases::checkStatistics(f);
    }

    void reportJson()
    {
        FollowUp f(*m_db);
        const QJsonObject soc = Report::toJson(f.figures(f.tree().byCode(QStringLiteral("SOC"))->id, 2026, 0, true));
        QJsonObject besl, vt;
        for (const QJsonValue &v : soc.value(QStringLiteral("indicators")).toArray()) {
            if (v[QStringLiteral("indicator")].toString() == QLatin1String("BESL"))
                besl = v.toObject();
        }
        QCOMPARE(besl.value(QStringLiteral("aggregation")).toString(), QStringLiteral("summa"));
        QCOMPARE(besl.value(QStringLiteral("value")).toDouble(), 26.0);
        QCOMPARE(besl.value(QStringLiteral("period")).toString(), QStringLiteral("2026"));
        const QJsonArray history = besl.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.at(0).toObject(), (QJsonObject{{QStringLiteral("year"), 2022}, {QStringLiteral("value"), 7}}));
        QVERIFY(history.at(1).toObject().value(QStringLiteral("value")).isNull());
        QCOMPARE(history.at(4).toObject(), (QJsonObject{{QStringLiteral("year"), 2026}, {QStringLiteral("value"), 26}}));
        const QJsonArray goals = soc.value(QStringLiteral("goals")).toArray();
        QStringList goalCodes;
        for (const QJsonValue &g : goals)
            goalCodes << g[QStringLiteral("goal")].toString();
        // Depth first from the roots, by code; the units' goals of the subtree too.
        QCOMPARE(goalCodes, (QStringList{QStringLiteral("K1"), QStringLiteral("N1"), QStringLiteral("G1"), QStringLiteral("G3"),
                                         QStringLiteral("EA"), QStringLiteral("N2"), QStringLiteral("EB"), QStringLiteral("G2"),
                                         QStringLiteral("N3")}));
        const QJsonObject g1 = goals.at(2).toObject();
        QCOMPARE(g1.keys(), (QStringList{QStringLiteral("goal"), QStringLiteral("indicators"), QStringLiteral("level"),
                                         QStringLiteral("name"), QStringLiteral("status")}));
        QCOMPARE(g1.value(QStringLiteral("goal")).toString(), QStringLiteral("G1"));
        QCOMPARE(g1.value(QStringLiteral("name")).toString(), QStringLiteral("Kompetent personal"));
        QCOMPARE(g1.value(QStringLiteral("level")).toString(), QStringLiteral("forvaltning"));
        QCOMPARE(g1.value(QStringLiteral("status")).toString(), QStringLiteral("uppfyllt"));
        QCOMPARE(g1.value(QStringLiteral("indicators")).toArray(), (QJsonArray{QStringLiteral("HME"), QStringLiteral("OMS")}));
        // A goal measured by its subgoals: their status, no indicators of its own.
        const QJsonObject k1 = goals.at(0).toObject();
        QCOMPARE(k1.value(QStringLiteral("status")).toString(), QStringLiteral("uppfyllt"));
        QCOMPARE(k1.value(QStringLiteral("level")).toString(), QStringLiteral("kf"));
        QCOMPARE(k1.value(QStringLiteral("indicators")).toArray(), QJsonArray());
        // Every child carries its own goals, with the statuses of its own figures.
        const QJsonObject o1 = soc.value(QStringLiteral("children")).toArray().at(1).toObject(); // by name: C, O1
        QCOMPARE(o1.value(QStringLiteral("unit")).toString(), QStringLiteral("O1"));
        QCOMPARE(o1.value(QStringLiteral("goals")).toArray().at(2).toObject().value(QStringLiteral("goal")).toString(),
                 QStringLiteral("G1"));
        QCOMPARE(o1.value(QStringLiteral("goals")).toArray().at(2).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("delvis"));
        // The CSV has the goal statuses and the history too.
        const QString csv = Report::toCsv(f.figures(f.tree().byCode(QStringLiteral("SOC"))->id, 2026, 0, true));
        QVERIFY(csv.contains(QStringLiteral("SOC;Soc;2026;3;goal.G1.status;uppfyllt\n")));
        QVERIFY(csv.contains(QStringLiteral("SOC;Soc;2026;3;goal.K1.status;uppfyllt\n")));
        QVERIFY(csv.contains(QStringLiteral("SOC;Soc;2026;3;indicator.BESL.history.2025;118\n")));
        QVERIFY(csv.contains(QStringLiteral("SOC;Soc;2026;3;indicator.BESL.aggregation;summa\n")));
    }

    // Goals met (overview, APT, Jämför) counts the goals from these statuses.
    void goalsMetCountsGoals()
    {
        FollowUp f(*m_db);
        const UnitFigures a = f.figures(f.tree().byCode(QStringLiteral("A"))->id, 2026, 0, false);
        const GoalsMet met = Rules::goalsMet(a.goals);
        // K1, N1, G1 delvis; N2, G2, EA ej uppfyllt; G3 and N3 saknas (EB is B's).
        QCOMPARE(met.judged, 6);
        QCOMPARE(met.met, 0);
        QCOMPARE(met.notMet, 3);
        QCOMPARE(Calc::statusKey(met.status()), QStringLiteral("delvis"));
    }

    // The chart series of an indicator that adds up is the subtree's value per year, by its rule.
    void seriesOfParent()
    {
        FollowUp f(*m_db);
        const QString o1 = f.tree().byCode(QStringLiteral("O1"))->id;
        QString besl, oms;
        for (const IndicatorFigure &i : f.figures(o1, 2026, 0, false).indicators) {
            if (i.code == QLatin1String("BESL"))
                besl = i.indicatorId;
            if (i.code == QLatin1String("OMS"))
                oms = i.indicatorId;
        }
        const QList<PeriodValue> sums = f.indicatorSeries(besl, o1);
        QCOMPARE(sums.size(), 3);
        QCOMPARE(sums.at(0).period, QStringLiteral("2022"));
        QCOMPARE(sums.at(0).value, std::optional<double>(7));
        QCOMPARE(sums.at(1).value, std::optional<double>(118)); // A's months (December too) + B's yearly 10
        QCOMPARE(sums.at(2).value, std::optional<double>(36));  // A's months through April + B's yearly 20
        const QList<PeriodValue> ratio = f.indicatorSeries(oms, o1);
        QCOMPARE(ratio.size(), 2);
        QCOMPARE(AggregationCases::r2(ratio.at(1).value), 3.13); // 5 / 160, not the mean of A's and B's shares
    }

    // The sick-leave series of a korttid indicator is its own figure per year.
    void sickLeaveSourceSeries()
    {
        FollowUp f(*m_db);
        QString kort;
        for (const IndicatorFigure &i : f.figures(f.tree().byCode(QStringLiteral("O1"))->id, 2026, 0, false).indicators)
            if (i.code == QLatin1String("KORT"))
                kort = i.indicatorId;
        const QList<PeriodValue> series = f.indicatorSeries(kort, f.tree().byCode(QStringLiteral("O1"))->id);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).period, QStringLiteral("2025"));
        QCOMPARE(AggregationCases::r2(series.at(0).value), 4.33); // 130 / 3000
        QCOMPARE(AggregationCases::r2(series.at(1).value), 3.5);
    }
};

QTEST_GUILESS_MAIN(TstReportAggregation)
#include "tst_report_aggregation.moc"
