#pragma once
// Indicators that roll up and add up: one data set and its expected figures, shared by
// tst_report_aggregation (SQLite) and tst_postgres_core (the same cases on PostgreSQL).
//
//   SOC (förvaltning) ── O1 (område) ── A, B (enheter)
//                     └─ C (enhet)
// The report month is March 2026 (the latest sick leave). Values after March, in December
// 2025 and in 2022 test the year boundary and the history; A has no OMS for March (no utfall
// for the latest month), C has values only for HME (a subtree mixing units with and without).
#include "followup.h"
#include "rules.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QtTest>
#include <optional>

namespace AggregationCases {
inline const QList<QPair<QString, QString>> &files()
{
    static const QList<QPair<QString, QString>> f = {
        {QStringLiteral("units"), QStringLiteral("kod;namn;förälder;typ\nSOC;Soc;;förvaltning\nO1;Område 1;SOC;område\n"
                                                 "A;Enhet A;O1;enhet\nB;Enhet B;O1;enhet\nC;Enhet C;SOC;enhet\n")},
        // The cascade K1 → N1 → G1, G3 → EA (set for A) and K1 → N2 → G2, EB (set for B); N3 alone.
        // K1, N1, N2, N3 and EB have no indicators of their own.
        {QStringLiteral("goals"), QStringLiteral("kod;namn;nivå;förälder;enhet\nK1;Kommunmål;KF;;\n"
                                                 "N1;Nämndmål personal;nämnd;K1;\nN2;Nämndmål vård;nämnd;K1;\n"
                                                 "N3;Nämndmål utan delmål;nämnd;;\n"
                                                 "G1;Kompetent personal;förvaltning;N1;\n"
                                                 "G2;Vård efter behov;förvaltning;N2;\nG3;Trygg hemgång;förvaltning;N1;\n"
                                                 "EA;Enhetsmål A;enhet;G3;A\nEB;Enhetsmål B;enhet;N2;B\n")},
        {QStringLiteral("indicators"), QStringLiteral(
             "kod;namn;måttenhet;bättre;mål;källa;aggregering\n"
             "BESL;Beslut om trygg hemgång;antal;högre;G3;import;summa\n"
             "OMS;Personalomsättning;%;lägre;G1;import;kvot\n"
             "HME;HME;index;högre;G1;manuell;medel\n"
             "VT;Vårdtagare;antal;ingen;G2;import;summa\n"
             "LAT;Senaste;st;högre;;import;\n"
             "SJUK;Sjukfrånvaro;%;lägre;;sjukfrånvaro;\n"
             "KORT;Korttidsfrånvaro;%;lägre;;sjukfrånvaro_korttid;\n"
             "LANG;Långtidsfrånvaro;%;lägre;;sjukfrånvaro_långtid;\n"
             "UA;Enhetsmått A;st;högre;EA;import;\n")},
        {QStringLiteral("targets"), QStringLiteral(
             "indikator;enhet;år;måltyp;målvärde;tolerans\n"
             "OMS;SOC;2026;max;5;1\nHME;SOC;2026;min;75;5\nVT;A;2026;max;25;0\nBESL;C;2026;öka;;\n"
             "UA;A;2026;min;5;0\n")},
        {QStringLiteral("values"), QStringLiteral(
             "indikator;enhet;period;värde;kommentar;täljare;nämnare\n"
             // summa: A months (April is after M, December 2025 is last year), B a yearly value
             // that stands instead of its months.
             "BESL;A;2026-01;2;;;\nBESL;A;2026-02;3;;;\nBESL;A;2026-03;1;jan–mar;;\nBESL;A;2026-04;10;;;\n"
             "BESL;A;2025-01;1;;;\nBESL;A;2025-02;1;;;\nBESL;A;2025-03;1;;;\nBESL;A;2025-04;5;;;\n"
             "BESL;A;2025-12;100;;;\nBESL;A;2022-06;7;;;\n"
             "BESL;B;2026;20;;;\nBESL;B;2026-01;5;;;\nBESL;B;2025;10;;;\n"
             // kvot: A has no March; the value column may be empty (täljare / nämnare × 100).
             "OMS;A;2026-01;;;1;20\nOMS;A;2026-02;;;2;20\nOMS;A;2025-01;10;;2;20\n"
             "OMS;B;2026-01;0;;0;40\nOMS;B;2026-02;;;1;40\nOMS;B;2026-03;;;1;40\n"
             // medel: the unit-month values, not the children's means.
             "HME;A;2026-02;70;;;\nHME;A;2026-03;80;;;\nHME;B;2026-03;60;;;\nHME;C;2026-01;90;;;\n"
             "HME;A;2025-03;50;;;\n"
             // summa with no better or worse.
             "VT;A;2026-01;10;;;\nVT;A;2026-02;10;;;\nVT;A;2026-03;10;;;\nVT;A;2025-03;8;;;\n"
             // senaste: no roll-up.
             "LAT;A;2026-02;5;;;\nLAT;A;2025-02;4;;;\n"
             // senaste, the measure of A's own goal EA.
             "UA;A;2026-03;3;;;\n")},
        {QStringLiteral("sickleave"), QStringLiteral(
             "enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus\n"
             "A;2026-01;1000;100;40;30\nA;2026-03;1000;50;20;10\n"
             "B;2026-02;2000;100;80;0\n"
             "A;2025-03;1000;80;30;20\nB;2025-06;2000;200;100;50\n")},
    };
    return f;
}

using OptD = std::optional<double>;

// One expected indicator figure of a unit (month 0 = the latest, March).
struct Case
{
    const char *name;
    const char *unit;
    const char *indicator;
    bool listed;       // whether the unit's report lists the indicator at all
    OptD value;
    OptD previous;
    const char *status;
    const char *trend;
};

inline const OptD none = std::nullopt;

inline QList<Case> cases()
{
    return {
        // summa: months ≤ M of the year; a yearly value instead of the months; sum over the subtree.
        {"summa unit months to M", "A", "BESL", true, 6, 3, "saknas", "battre"},
        {"summa yearly value stands for its months", "B", "BESL", true, 20, 10, "saknas", "battre"},
        {"summa rolls up the subtree", "O1", "BESL", true, 26, 13, "saknas", "battre"},
        {"summa at the root", "SOC", "BESL", true, 26, 13, "saknas", "battre"},
        {"summa: target öka on a unit without values", "C", "BESL", true, none, none, "saknas", "saknas"},
        // kvot: Σtäljare / Σnämnare × 100, never the mean of the shares.
        {"kvot unit without the latest month", "A", "OMS", true, 7.5, 10, "ej_uppfyllt", "battre"},
        {"kvot unit", "B", "OMS", true, 1.67, none, "uppfyllt", "saknas"},
        {"kvot rolls up summed täljare and nämnare", "O1", "OMS", true, 3.13, 10, "uppfyllt", "battre"},
        {"kvot at the root: C has none", "SOC", "OMS", true, 3.13, 10, "uppfyllt", "battre"},
        {"kvot unit without values, target from the root", "C", "OMS", true, none, none, "saknas", "saknas"},
        // medel: the mean of the unit-month values in the subtree.
        {"medel unit", "A", "HME", true, 75, 50, "uppfyllt", "battre"},
        {"medel area", "O1", "HME", true, 70, 50, "delvis", "battre"},
        {"medel root mixes units with and without", "SOC", "HME", true, 75, 50, "uppfyllt", "battre"},
        // bättre ingen: trend ingen, a status only with a target.
        {"ingen with a target", "A", "VT", true, 30, 8, "ej_uppfyllt", "ingen"},
        {"ingen rolled up, no target", "O1", "VT", true, 30, 8, "saknas", "ingen"},
        // senaste: the unit's own latest value ≤ M; a parent shows none.
        {"senaste unit", "A", "LAT", true, 5, 4, "saknas", "battre"},
        {"senaste does not roll up", "O1", "LAT", false, none, none, "saknas", "saknas"},
        // sick leave sources: summed hours of the subtree, year to date.
        {"sjukfrånvaro", "O1", "SJUK", true, 6.25, 8.0, "saknas", "battre"},        // 250 / 4000; 80 / 1000
        {"korttid days 1–14", "O1", "KORT", true, 3.5, 3.0, "saknas", "samre"},     // 140 / 4000; 30 / 1000
        {"långtid share of sick hours", "O1", "LANG", true, 16.0, 25.0, "saknas", "battre"}, // 40 / 250; 20 / 80
    };
}

// The expected history (2022..2026) of one indicator at one unit.
struct HistoryCase
{
    const char *name;
    const char *unit;
    const char *indicator;
    QList<OptD> values;
};

inline QList<HistoryCase> historyCases()
{
    return {
        // Full years before, this year to date; December 2025 and 2025-04 count in 2025's full year.
        {"summa root", "SOC", "BESL", {7, none, none, 118, 26}},
        {"kvot area", "O1", "OMS", {none, none, none, 10, 3.13}},
        {"senaste unit", "A", "LAT", {none, none, none, 4, 5}},
        {"sjukfrånvaro root: 2025 full year", "SOC", "SJUK", {none, none, none, 9.33, 6.25}}, // 280 / 3000
    };
}

// The expected goal statuses at a unit.
struct GoalCase
{
    const char *name;
    const char *unit;
    const char *goal;
    const char *status;
};

inline QList<GoalCase> goalCases()
{
    return {
        {"every judged indicator met", "SOC", "G1", "uppfyllt"},      // OMS uppfyllt, HME uppfyllt
        {"met and partly", "O1", "G1", "delvis"},                    // OMS uppfyllt, HME delvis
        {"not met and met", "A", "G1", "delvis"},                    // OMS ej, HME uppfyllt
        {"every judged indicator not met", "A", "G2", "ej_uppfyllt"}, // VT ej
        {"no indicator judged", "O1", "G2", "saknas"},                // VT without target
        {"only indicators without status", "SOC", "G3", "saknas"},
        // A goal without indicators of its own takes its subgoals' statuses by the same rule.
        {"subgoals: met and one without status", "SOC", "N1", "uppfyllt"},   // G1 uppfyllt, G3 saknas
        {"subgoals two levels down", "SOC", "K1", "uppfyllt"},               // N1 uppfyllt, N2 saknas
        {"subgoals: every judged one not met", "A", "N2", "ej_uppfyllt"},    // G2 ej; EB is B's
        {"subgoals: partly and not met", "A", "K1", "delvis"},               // N1 delvis, N2 ej
        {"subgoals rolled up to the area", "O1", "K1", "delvis"},            // N1 from G1 delvis
        {"subgoals without status", "SOC", "N2", "saknas"},                  // G2 saknas, EB saknas
        {"no subgoals, no indicators", "SOC", "N3", "saknas"},
        {"a unit's goal with neither", "B", "EB", "saknas"},
        {"a unit's goal on its own figures", "A", "EA", "ej_uppfyllt"},      // UA 3 against min 5
        {"own indicators decide over a judged subgoal", "A", "G3", "saknas"}, // EA ej uppfyllt
    };
}

inline double r2(OptD v) { return v ? Calc::round2(*v) : -999; }

inline const IndicatorFigure *find(const UnitFigures &f, const QString &code)
{
    for (const IndicatorFigure &i : f.indicators)
        if (i.code == code)
            return &i;
    return nullptr;
}

inline const UnitFigures *findUnit(const UnitFigures &f, const QString &code)
{
    if (f.code == code)
        return &f;
    for (const UnitFigures &c : f.children)
        if (const UnitFigures *u = findUnit(c, code))
            return u;
    return nullptr;
}

// Checks every case against the report of SOC (recursive, latest month) of `followUp`.
inline void checkAll(FollowUp &followUp)
{
    const UnitFigures root = followUp.figures(followUp.tree().byCode(QStringLiteral("SOC"))->id, 2026, 0, true);
    QCOMPARE(root.month, 3);
    for (const Case &c : cases()) {
        const UnitFigures *u = findUnit(root, QLatin1String(c.unit));
        QVERIFY2(u, c.name);
        const IndicatorFigure *i = find(*u, QLatin1String(c.indicator));
        QVERIFY2(bool(i) == c.listed, c.name);
        if (!i)
            continue;
        QVERIFY2(r2(i->value) == r2(c.value), qPrintable(QStringLiteral("%1: value %2").arg(QLatin1String(c.name)).arg(r2(i->value))));
        QVERIFY2(r2(i->previous) == r2(c.previous),
                 qPrintable(QStringLiteral("%1: previous %2").arg(QLatin1String(c.name)).arg(r2(i->previous))));
        QVERIFY2(Calc::statusKey(i->status) == QLatin1String(c.status), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), Calc::statusKey(i->status))));
        QVERIFY2(Calc::trendKey(i->trend) == QLatin1String(c.trend), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), Calc::trendKey(i->trend))));
    }
    for (const HistoryCase &c : historyCases()) {
        const IndicatorFigure *i = find(*findUnit(root, QLatin1String(c.unit)), QLatin1String(c.indicator));
        QVERIFY2(i, c.name);
        QCOMPARE(i->history.size(), 5);
        for (int k = 0; k < 5; ++k) {
            QCOMPARE(i->history.at(k).year, 2022 + k);
            QVERIFY2(r2(i->history.at(k).value) == r2(c.values.at(k)),
                     qPrintable(QStringLiteral("%1: %2 is %3").arg(QLatin1String(c.name)).arg(2022 + k).arg(r2(i->history.at(k).value))));
        }
    }
    for (const GoalCase &c : goalCases()) {
        const UnitFigures *u = findUnit(root, QLatin1String(c.unit));
        QVERIFY2(u, c.name);
        const GoalFigure *found = nullptr;
        for (const GoalFigure &g : u->goals)
            if (g.code == QLatin1String(c.goal))
                found = &g;
        QVERIFY2(found, c.name);
        QVERIFY2(Calc::statusKey(found->status) == QLatin1String(c.status),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), Calc::statusKey(found->status))));
    }
}
// The verksamhetsstatistik: summa and bättre-ingen indicators month by month over the subtree
// (months after the report month empty), the year's value the report's; from the figures the
// report computed (as the app passes its cached ones) and straight from unit and period alike.
inline void checkStatistics(FollowUp &f)
{
    const QString o1Id = f.tree().byCode(QStringLiteral("O1"))->id;
    const QList<StatisticsRow> o1 = f.statistics(f.figures(o1Id, 2026, 0, false));
    QStringList codes;
    for (const StatisticsRow &r : o1)
        codes << r.figure.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("BESL"), QStringLiteral("VT")})); // no kvot, medel, senaste
    using O = std::optional<double>;
    const QList<O> none(9);
    QCOMPARE(o1.at(0).months, (QList<O>{7, 3, 1} + none)); // A + B's months; April is after March
    QCOMPARE(o1.at(0).figure.value, O(26));                  // A's 6 + B's yearly 20, as in the report
    QCOMPARE(o1.at(1).months, (QList<O>{10, 10, 10} + none));
    QCOMPARE(o1.at(1).figure.value, O(30));
    const QList<StatisticsRow> again = f.statistics(o1Id, 2026, 0);
    QCOMPARE(again.size(), o1.size());
    for (int i = 0; i < o1.size(); ++i) {
        QCOMPARE(again.at(i).figure.code, o1.at(i).figure.code);
        QCOMPARE(again.at(i).months, o1.at(i).months);
    }
    const QString aId = f.tree().byCode(QStringLiteral("A"))->id;
    const QList<StatisticsRow> a = f.statistics(f.figures(aId, 2026, 2, false));
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0).months, (QList<O>{2, 3} + QList<O>(10)));
    QCOMPARE(a.at(0).figure.value, O(5));
    // A child's figures out of a recursive report serve as well as the unit's own.
    const UnitFigures root = f.figures(f.tree().byCode(QStringLiteral("SOC"))->id, 2026, 0, true);
    const QList<StatisticsRow> fromRoot = f.statistics(*findUnit(root, QStringLiteral("O1")));
    QCOMPARE(fromRoot.size(), 2);
    QCOMPARE(fromRoot.at(0).months, o1.at(0).months);
    // C has a BESL target but no values: nothing to show.
    QVERIFY(f.statistics(f.tree().byCode(QStringLiteral("C"))->id, 2026, 0).isEmpty());
}
} // namespace AggregationCases
