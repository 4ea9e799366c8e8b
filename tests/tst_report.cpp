// FollowUp figures and the report: hours-weighted roll-ups, rolling 12, missing months,
// forecasts, indicator rules, JSON/CSV shape, and the demo data set.
#include "database.h"
#include "followup.h"
#include "hlc.h"
#include "ids.h"
#include "importer.h"
#include "importfixture.h"
#include "reportfixture.h"
#include "report.h"
#include "store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace ReportFixture;

namespace {
double r2(std::optional<double> v) { return v ? Calc::round2(*v) : -999; }

const IndicatorFigure *indicator(const UnitFigures &f, const QString &code)
{
    for (const IndicatorFigure &i : f.indicators)
        if (i.code == code)
            return &i;
    return nullptr;
}
} // namespace

class TstReport : public QObject
{
    Q_OBJECT

private:
    ImportFixture m_fixture;
    std::unique_ptr<Database> m_db;
    QString m_dbPath;

    QString writeFile(const QString &text) { return m_fixture.writeFile(text); }
    std::unique_ptr<Database> load(const QList<QPair<QString, QString>> &files, QString *path = nullptr)
    {
        return m_fixture.load(files, path);
    }

    UnitFigures figures(const QString &code, int year, int month, bool recursive = true)
    {
        FollowUp f(*m_db);
        const Unit *u = f.tree().byCode(code);
        return u ? f.figures(u->id, year, month, recursive) : UnitFigures();
    }

private slots:
    void initTestCase()
    {
        m_db = load(fixture(), &m_dbPath);
        QVERIFY(m_db);
    }

    void latestMonthCountsUtfallNotBudget()
    {
        FollowUp f(*m_db);
        QCOMPARE(f.latestMonth(f.tree().byCode(QStringLiteral("SOC"))->id, 2026), 3); // B has budget to 12
        QCOMPARE(f.latestMonth(f.tree().byCode(QStringLiteral("A"))->id, 2025), 12);
        QCOMPARE(f.latestMonth(f.tree().byCode(QStringLiteral("B"))->id, 2024), 0);
        QCOMPARE(figures(QStringLiteral("SOC"), 2026, 0).month, 3);
    }

    // A parent's percentage comes from summed hours, never the mean of its children's.
    void hoursWeightedRollUp()
    {
        const UnitFigures soc = figures(QStringLiteral("SOC"), 2026, 3);
        QCOMPARE(soc.children.size(), 2);
        const UnitFigures &a = soc.children.at(0);
        const UnitFigures &b = soc.children.at(1);
        QCOMPARE(a.code, QStringLiteral("A"));
        QCOMPARE(r2(a.sickLeaveYtd.percent()), 15.0);  // 30 / 200 (February missing)
        QCOMPARE(r2(b.sickLeaveYtd.percent()), 5.0);   // 150 / 3000
        QCOMPARE(r2(soc.sickLeaveYtd.percent()), 5.63); // 180 / 3200, not (15 + 5) / 2 = 10
        QCOMPARE(r2(soc.sickLeaveYtd.shortPercent()), 2.34);     // 75 / 3200
        QCOMPARE(r2(soc.sickLeaveYtd.longSharePercent()), 50.0); // 90 / 180 of sick hours
        QCOMPARE(soc.sickLeaveYtd.sickPayCost, 3200.0);
        QCOMPARE(soc.sickLeaveYtd.rows, 5);
        QCOMPARE(a.sickLeaveYtd.rows, 2);
    }

    // Rolling 12 ending 2026-03 reaches back into 2025 (2025-04..2026-03).
    void rolling12AcrossYearBoundary()
    {
        const UnitFigures soc = figures(QStringLiteral("SOC"), 2026, 3);
        QCOMPARE(r2(soc.sickLeaveRolling12.percent()), 7.06);            // 240 / 3400
        QCOMPARE(r2(soc.children.at(0).sickLeaveRolling12.percent()), 22.5); // 90 / 400, 2025-01 outside
        FollowUp f(*m_db);
        const QList<MonthSickLeave> series = f.sickLeaveSeries(f.tree().byCode(QStringLiteral("A"))->id,
                                                               QStringLiteral("2025-12"), QStringLiteral("2026-03"));
        QCOMPARE(series.size(), 4);
        QCOMPARE(series.at(0).month, QStringLiteral("2025-12"));
        QCOMPARE(r2(series.at(0).rolling12Percent), 24.0);  // (12+30+30) / 300
        QCOMPARE(series.at(2).month, QStringLiteral("2026-02"));
        QCOMPARE(series.at(2).sums.rows, 0);                 // missing month present, empty
        QVERIFY(!series.at(2).sums.percent());
        QCOMPARE(r2(series.at(2).rolling12Percent), 26.67); // 2025-03..2026-02: (30+30+20) / 300
        QCOMPARE(r2(series.at(3).rolling12Percent), 22.5);  // 2025-04..2026-03: (30+30+20+10) / 400
        // The months after the last data (2026-03) have no rolling value to draw.
        const QList<MonthSickLeave> ahead = f.sickLeaveSeries(f.tree().byCode(QStringLiteral("A"))->id,
                                                              QStringLiteral("2026-03"), QStringLiteral("2026-05"));
        QCOMPARE(ahead.size(), 3);
        QCOMPARE(r2(ahead.at(0).rolling12Percent), 22.5);
        QVERIFY(!ahead.at(1).rolling12Percent);
        QVERIFY(!ahead.at(2).rolling12Percent);
    }

    void budgetFigures()
    {
        const UnitFigures soc = figures(QStringLiteral("SOC"), 2026, 3);
        QCOMPARE(soc.budgetYtd.netBudget(), 840.0);
        QCOMPARE(soc.budgetYtd.netActual(), 825.0);
        QCOMPARE(soc.budgetYtd.netDeviation(), 15.0);
        QCOMPARE(soc.budgetYear.netBudget(), 2640.0);
        QCOMPARE(r2(soc.forecastNet), 3400.0); // A: 1350 (Feb, latest ≤ 3) − 250 (Jan); B: 2300
        const UnitFigures &a = soc.children.at(0);
        QCOMPARE(a.budgetYtd.netDeviation(), -15.0);
        QCOMPARE(BudgetSums::deviation(Category::Personnel, a.budgetYtd.byCategory.value(Category::Personnel)), -30.0);
        QCOMPARE(BudgetSums::deviation(Category::Income, a.budgetYtd.byCategory.value(Category::Income)), 15.0);
        // As of January only A's January forecasts exist; B has none, so its year budget counts.
        const UnitFigures jan = figures(QStringLiteral("SOC"), 2026, 1);
        QCOMPARE(r2(jan.forecastNet), 3450.0);
        QCOMPARE(jan.budgetYtd.netBudget(), 280.0);
        FollowUp f(*m_db);
        const QList<MonthBudget> months = f.budgetSeries(f.tree().byCode(QStringLiteral("SOC"))->id, 2026);
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.at(2).cumulativeBudgetNet, 840.0);
        QCOMPARE(months.at(2).cumulativeActualNet, 825.0);
        QVERIFY(months.at(2).hasActual);
        QVERIFY(!months.at(3).hasActual);
        QCOMPARE(months.at(3).cumulativeActualNet, 825.0);
        QCOMPARE(months.at(11).cumulativeBudgetNet, 2640.0);
        QCOMPARE(r2(months.at(0).forecastNet), 3450.0);
        QCOMPARE(r2(months.at(11).forecastNet), 3400.0);
    }

    void indicatorRules()
    {
        const UnitFigures soc = figures(QStringLiteral("SOC"), 2026, 3);
        // Parent: SJUK from the subtree; HME/TIMV only have A's own rows, so not on SOC.
        QCOMPARE(soc.indicators.size(), 1);
        const IndicatorFigure *sj = indicator(soc, QStringLiteral("SJUK"));
        QVERIFY(sj);
        QCOMPARE(r2(sj->value), 5.63);
        QCOMPARE(r2(sj->previous), 6.55); // 2025 months 1..3: 72 / 1100
        QCOMPARE(Calc::statusKey(sj->status), QStringLiteral("uppfyllt"));
        QCOMPARE(Calc::trendKey(sj->trend), QStringLiteral("battre"));
        const UnitFigures &a = soc.children.at(0);
        const IndicatorFigure *asj = indicator(a, QStringLiteral("SJUK"));
        QVERIFY(asj); // inherited target from SOC
        QCOMPARE(asj->targetKind, TargetKind::Max);
        QCOMPARE(r2(asj->value), 15.0);
        QCOMPARE(Calc::statusKey(asj->status), QStringLiteral("ej_uppfyllt"));
        QCOMPARE(Calc::trendKey(asj->trend), QStringLiteral("samre")); // 12 % the year before
        const IndicatorFigure *hme = indicator(a, QStringLiteral("HME"));
        QVERIFY(hme);
        QCOMPARE(hme->period, QStringLiteral("2026"));
        QCOMPARE(r2(hme->value), 72.0);
        QCOMPARE(r2(hme->previous), 70.0);
        QCOMPARE(Calc::statusKey(hme->status), QStringLiteral("delvis"));
        QCOMPARE(Calc::trendKey(hme->trend), QStringLiteral("battre"));
        const IndicatorFigure *timv = indicator(a, QStringLiteral("TIMV"));
        QVERIFY(timv);
        QCOMPARE(timv->period, QStringLiteral("2026-02")); // latest ≤ M; 2026-04 is after M
        QCOMPARE(r2(timv->value), 14.0);
        QCOMPARE(r2(timv->previous), 15.0);
        QCOMPARE(timv->comment, QStringLiteral("feb"));
        QCOMPARE(Calc::statusKey(timv->status), QStringLiteral("saknas"));
        QCOMPARE(Calc::trendKey(timv->trend), QStringLiteral("battre"));
        QVERIFY(!indicator(soc.children.at(1), QStringLiteral("HME"))); // target only on A
        FollowUp f(*m_db);
        const EffectiveTarget t = f.effectiveTarget(Ids::indicator(QStringLiteral("SJUK")),
                                                    f.tree().byCode(QStringLiteral("B"))->id, 2026);
        QCOMPARE(t.kind, TargetKind::Max);
        QCOMPARE(t.fromUnitId, f.tree().byCode(QStringLiteral("SOC"))->id);
        const QList<PeriodValue> hmeSeries = f.indicatorSeries(Ids::indicator(QStringLiteral("HME")),
                                                               f.tree().byCode(QStringLiteral("A"))->id);
        QCOMPARE(hmeSeries.size(), 2);
        QCOMPARE(hmeSeries.at(0).period, QStringLiteral("2025"));
    }

    // Seed 004: sick leave 10,74 % against 11,5 % the year before with target max 7 %;
    // net cost 331 882 against budget 318 803.
    void seed004()
    {
        QString sick = kSickHeader, budget = QStringLiteral("enhet;månad;kategori;budget;utfall\n");
        for (int m = 1; m <= 12; ++m) {
            // 1 380 / 12 000 = 11,5 % in 2025; 1 288,8 / 12 000 = 10,74 % in 2026
            sick += QStringLiteral("S4;2025-%1;1000;115;50;30;0\n").arg(m, 2, 10, QLatin1Char('0'));
            sick += QStringLiteral("S4;2026-%1;1000;107,4;50;30;0\n").arg(m, 2, 10, QLatin1Char('0'));
        }
        budget += QStringLiteral("S4;2026-06;intäkter;20 000;21 000\nS4;2026-06;personalkostnader;338 803;352 882\n");
        auto db = load({{QStringLiteral("units"), QStringLiteral("kod;namn;förälder;typ\nS4;Seed 004;;förvaltning\n")},
                        {QStringLiteral("indicators"), QStringLiteral("kod;namn;måttenhet;bättre;källa\nSJUK;Sjukfrånvaro;%;lägre;sjukfrånvaro\n")},
                        {QStringLiteral("targets"), QStringLiteral("indikator;enhet;år;måltyp;målvärde\nSJUK;S4;2026;max;7\n")},
                        {QStringLiteral("sickleave"), sick}, {QStringLiteral("budget"), budget}});
        QVERIFY(db);
        FollowUp f(*db);
        const UnitFigures s4 = f.figures(f.tree().byCode(QStringLiteral("S4"))->id, 2026, 0, true);
        QCOMPARE(s4.month, 12);
        const QJsonObject json = Report::toJson(s4);
        const QJsonObject sj = json.value(QStringLiteral("indicators")).toArray().at(0).toObject();
        QCOMPARE(sj.value(QStringLiteral("value")).toDouble(), 10.74);
        QCOMPARE(sj.value(QStringLiteral("previous")).toDouble(), 11.5);
        QCOMPARE(sj.value(QStringLiteral("status")).toString(), QStringLiteral("ej_uppfyllt"));
        QCOMPARE(sj.value(QStringLiteral("trend")).toString(), QStringLiteral("battre"));
        const QJsonObject b = json.value(QStringLiteral("budget")).toObject();
        QCOMPARE(b.value(QStringLiteral("utfall")).toDouble(), 331882.0);
        QCOMPARE(b.value(QStringLiteral("budget")).toDouble(), 318803.0);
        QCOMPARE(b.value(QStringLiteral("avvikelse")).toDouble(), -13079.0);
        QCOMPARE(b.value(QStringLiteral("month")).toInt(), 6); // sick leave runs to December, utfall to June
        // Without a forecast the year is as budgeted.
        QCOMPARE(b.value(QStringLiteral("prognos")).toDouble(), 318803.0);
        QCOMPARE(b.value(QStringLiteral("prognos_avvikelse")).toDouble(), 0.0);
    }

    void jsonShape()
    {
        const QJsonObject soc = Report::toJson(figures(QStringLiteral("SOC"), 2026, 0));
        const QStringList keys = {QStringLiteral("budget"), QStringLiteral("children"), QStringLiteral("goals"),
                                  QStringLiteral("indicators"), QStringLiteral("month"), QStringLiteral("name"), QStringLiteral("sick_leave"),
                                  QStringLiteral("unit"), QStringLiteral("year")};
        QCOMPARE(soc.keys(), keys);
        QCOMPARE(soc.value(QStringLiteral("unit")).toString(), QStringLiteral("SOC"));
        QCOMPARE(soc.value(QStringLiteral("month")).toInt(), 3);
        const QJsonObject sl = soc.value(QStringLiteral("sick_leave")).toObject();
        QCOMPARE(sl.value(QStringLiteral("percent")).toDouble(), 5.63);
        QCOMPARE(sl.value(QStringLiteral("short_percent")).toDouble(), 2.34);
        QCOMPARE(sl.value(QStringLiteral("long_share_percent")).toDouble(), 50.0);
        QCOMPARE(sl.value(QStringLiteral("rolling12_percent")).toDouble(), 7.06);
        QCOMPARE(sl.value(QStringLiteral("sick_pay_cost")).toDouble(), 3200.0);
        const QJsonObject b = soc.value(QStringLiteral("budget")).toObject();
        QCOMPARE(b.value(QStringLiteral("budget")).toDouble(), 840.0);
        QCOMPARE(b.value(QStringLiteral("utfall")).toDouble(), 825.0);
        QCOMPARE(b.value(QStringLiteral("avvikelse")).toDouble(), 15.0);
        QCOMPARE(b.value(QStringLiteral("budget_year")).toDouble(), 2640.0);
        QCOMPARE(b.value(QStringLiteral("prognos")).toDouble(), 3400.0);
        QCOMPARE(b.value(QStringLiteral("prognos_avvikelse")).toDouble(), -760.0);
        const QJsonObject income = b.value(QStringLiteral("categories")).toObject().value(Category::Income).toObject();
        QCOMPARE(income.value(QStringLiteral("avvikelse")).toDouble(), 15.0);
        const QJsonObject ind = soc.value(QStringLiteral("indicators")).toArray().at(0).toObject();
        for (const char *k : {"indicator", "name", "value", "previous", "target_kind", "target", "tolerance", "status",
                              "trend", "aggregation", "history"})
            QVERIFY2(ind.contains(QLatin1String(k)), k);
        QCOMPARE(ind.value(QStringLiteral("target_kind")).toString(), QStringLiteral("max"));
        // Children repeat the same object, recursively.
        const QJsonArray children = soc.value(QStringLiteral("children")).toArray();
        QCOMPARE(children.size(), 2);
        for (const QJsonValue &c : children) {
            QCOMPARE(c.toObject().keys(), keys);
            QVERIFY(c.toObject().value(QStringLiteral("children")).toArray().isEmpty());
        }
        const QJsonObject b2 = children.at(1).toObject();
        QCOMPARE(b2.value(QStringLiteral("unit")).toString(), QStringLiteral("B"));
        QVERIFY(b2.value(QStringLiteral("budget")).toObject().value(QStringLiteral("prognos")).toDouble() == 2300.0);
        // A unit without a forecast ≤ the month forecasts its year budget.
        const QJsonObject jan = Report::toJson(figures(QStringLiteral("B"), 2026, 1));
        QCOMPARE(jan.value(QStringLiteral("budget")).toObject().value(QStringLiteral("prognos")).toDouble(), 2400.0);
    }

    void csvRows()
    {
        const QString csv = Report::toCsv(figures(QStringLiteral("SOC"), 2026, 3));
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("unit;name;year;month;figure;value"));
        QVERIFY(lines.contains(QStringLiteral("SOC;Socialförvaltningen;2026;3;sick_leave.percent;5.63")));
        QVERIFY(lines.contains(QStringLiteral("SOC;Socialförvaltningen;2026;3;budget.avvikelse;15")));
        QVERIFY(lines.contains(QStringLiteral("SOC;Socialförvaltningen;2026;3;indicator.SJUK.status;uppfyllt")));
        QVERIFY(lines.contains(QStringLiteral("A;Enhet A;2026;3;budget.categories.intakter.avvikelse;15")));
        QVERIFY(lines.contains(QStringLiteral("A;Enhet A;2026;3;indicator.TIMV.target;")));
        QVERIFY(lines.contains(QStringLiteral("B;Enhet B;2026;3;sick_leave.percent;5")));
        for (const QString &l : lines)
            QCOMPARE(l.count(QLatin1Char(';')), 5);
    }

    // The shipped demo data loads through the importers and rolls up to realistic figures.
    void demoDirectory()
    {
        QString error;
        auto db = Database::open(QStringLiteral("sqlite:") + m_fixture.filePath(QStringLiteral("demo.sqlite")), &error);
        QVERIFY2(db, qPrintable(error));
        Store store(*db, Store::Role::Server);
        HlcClock clock(QStringLiteral("import"));
        const ImportResult r = Importer::importDirectory(store, clock, QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.rows > 1000);
        FollowUp f(*db);
        QVERIFY(f.tree().size() >= 10);
        const QString root = f.tree().roots().first();
        const UnitFigures fig = f.figures(root, 2026, 0, true);
        QVERIFY(fig.month >= 1 && fig.month <= 12);
        QVERIFY(!fig.children.isEmpty());
        const double pct = r2(fig.sickLeaveYtd.percent());
        QVERIFY2(pct > 3 && pct < 20, qPrintable(QString::number(pct)));
        const double r12 = r2(fig.sickLeaveRolling12.percent());
        QVERIFY(r12 > 3 && r12 < 20);
        const double longShare = r2(fig.sickLeaveYtd.longSharePercent());
        QVERIFY(longShare > 5 && longShare < 80);
        const double budget = fig.budgetYtd.netBudget();
        QVERIFY(budget > 1000);
        QVERIFY(std::abs(fig.budgetYtd.netDeviation()) < 0.1 * budget); // within 10 % of budget
        QVERIFY(fig.forecastNet && *fig.forecastNet > 0.8 * fig.budgetYear.netBudget());
        // Children's hours add up to the parent's.
        double sched = 0;
        for (const UnitFigures &c : fig.children)
            sched += c.sickLeaveYtd.scheduledHours;
        QCOMPARE(sched, fig.sickLeaveYtd.scheduledHours);
        // The sick-leave goal gets a status and a trend at the top.
        const IndicatorFigure *sj = indicator(fig, QStringLiteral("SJUK"));
        QVERIFY(sj);
        QVERIFY(sj->status != Status::Missing);
        QVERIFY(sj->trend != Trend::Missing);
        // Every KF goal of the demo is measured in its nämnd and förvaltning goals: each of the
        // three gets its subgoals' status at the top, none of them is saknas for want of indicators.
        int kfJudged = 0;
        for (const GoalFigure &g : fig.goals) {
            if (g.level == QLatin1String("kf")) {
                QVERIFY(g.indicatorCodes.isEmpty());
                kfJudged += g.status != Status::Missing;
            }
        }
        QCOMPARE(kfJudged, 3);
        // Re-importing the directory updates in place.
        const ImportResult again = Importer::importDirectory(store, clock, QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo"));
        QVERIFY2(again.ok, qPrintable(again.error));
        FollowUp f2(*db);
        QCOMPARE(f2.tree().size(), f.tree().size());
        QCOMPARE(f2.figures(root, 2026, 0, false).sickLeaveYtd.scheduledHours, fig.sickLeaveYtd.scheduledHours);
    }
};

QTEST_GUILESS_MAIN(TstReport)
#include "tst_report.moc"
