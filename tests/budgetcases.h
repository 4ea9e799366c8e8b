#pragma once
// The budget figures of the report: one data set and its expected budget objects, shared by
// tst_report_budget (SQLite) and tst_postgres_core (the same cases on PostgreSQL).
//
//   SOC ── A (utfall to March, a personnel forecast in February)
//       ├─ B (utfall to February, income too, no forecast)
//       └─ C (budget only)
// 2025 has utfall for A to April and B to March (the previous year's utfall to the same month).
#include "followup.h"
#include "report.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QtTest>

namespace BudgetCases {
// Twelve months of one unit's category: `budget` a month, utfall `actual` in months 1..actualTo.
inline QString year(const QString &unit, int y, const QString &category, int budget, int actual, int actualTo)
{
    QString out;
    for (int m = 1; m <= 12; ++m) {
        out += QStringLiteral("%1;%2-%3;%4;%5;%6;\n").arg(unit).arg(y).arg(m, 2, 10, QLatin1Char('0')).arg(category)
                   .arg(budget).arg(m <= actualTo ? QString::number(actual) : QString());
    }
    return out;
}

inline QList<QPair<QString, QString>> files()
{
    const QString personnel = QStringLiteral("personalkostnader"), income = QStringLiteral("intäkter");
    QString budget = QStringLiteral("enhet;månad;kategori;budget;utfall;prognos\n");
    budget += year(QStringLiteral("A"), 2026, personnel, 100, 110, 3);
    budget += year(QStringLiteral("B"), 2026, personnel, 200, 190, 2);
    budget += year(QStringLiteral("B"), 2026, income, 50, 60, 2);
    budget += year(QStringLiteral("C"), 2026, personnel, 10, 0, 0);
    budget += year(QStringLiteral("A"), 2025, personnel, 90, 90, 4);
    budget += year(QStringLiteral("B"), 2025, personnel, 180, 180, 3);
    const QString forecast = QStringLiteral("enhet;månad;kategori;budget;prognos\nA;2026-02;personalkostnader;100;1300\n");
    return {{QStringLiteral("units"), QStringLiteral("kod;namn;förälder;typ\nSOC;Soc;;förvaltning\n"
                                                     "A;A;SOC;enhet\nB;B;SOC;enhet\nC;C;SOC;enhet\n")},
            {QStringLiteral("budget"), budget},
            {QStringLiteral("budget"), forecast}};
}

inline const QJsonValue null = QJsonValue(QJsonValue::Null);

// One unit's report in 2026 for a report month, and the budget keys it must have.
struct Case
{
    const char *name;
    const char *unit;
    int reportMonth;
    QList<QPair<const char *, QJsonValue>> expected;
};

// The budget period follows the utfall: to date runs through the latest month with utfall.
inline QList<Case> periodCases()
{
    const auto row = [](QJsonValue month, QJsonValue budget, QJsonValue utfall, QJsonValue avvikelse,
                        QJsonValue procent, QJsonValue previous) {
        return QList<QPair<const char *, QJsonValue>>{{"month", month}, {"budget", budget}, {"utfall", utfall},
                                                      {"avvikelse", avvikelse}, {"avvikelse_procent", procent},
                                                      {"utfall_foregaende_ar", previous}};
    };
    return {
        // April's report: A's economy has arrived to March, B's to February.
        {"A to March", "A", 4, row(3, 300, 330, -30, -10, 270)},
        {"B to February, net of income", "B", 4, row(2, 300, 260, 40, 13.33, 360)},
        {"C without utfall", "C", 4, row(null, null, null, null, null, null)},
        {"SOC to its latest utfall", "SOC", 4, row(3, 780, 590, 190, 24.36, 810)},
        {"A in February's report", "A", 2, row(2, 200, 220, -20, -10, 180)},
        // January: the year's first month, against January of the year before.
        {"A in January, the year boundary", "A", 1, row(1, 100, 110, -10, -10, 90)},
    };
}

// A missing forecast means "as budgeted": per unit and category its full-year budget.
inline QList<Case> forecastCases()
{
    const auto row = [](QJsonValue year, QJsonValue prognos, QJsonValue deviation, QJsonValue procent) {
        return QList<QPair<const char *, QJsonValue>>{{"budget_year", year}, {"prognos", prognos},
                                                      {"prognos_avvikelse", deviation},
                                                      {"prognos_avvikelse_procent", procent}};
    };
    return {
        {"A forecasts its personnel", "A", 4, row(1200, 1300, -100, -8.33)},
        {"A before its forecast", "A", 1, row(1200, 1200, 0, 0)},
        {"B none: as budgeted", "B", 4, row(1800, 1800, 0, 0)},
        {"C none, no utfall", "C", 4, row(120, 120, 0, 0)},
        // Only A's forecast moves the förvaltning: no false surplus from B and C.
        {"SOC", "SOC", 4, row(3120, 3220, -100, -3.21)},
    };
}

// Checks one case: each expected key of the unit's budget object.
inline void check(FollowUp &followUp, const Case &c)
{
    const Unit *u = followUp.tree().byCode(QLatin1String(c.unit));
    QVERIFY2(u, c.name);
    const QJsonObject b = Report::toJson(followUp.figures(u->id, 2026, c.reportMonth, false))
                              .value(QStringLiteral("budget")).toObject();
    for (const auto &[key, expected] : c.expected) {
        const QJsonValue actual = b.value(QLatin1String(key));
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1: %2 is %3, expected %4")
                                                    .arg(QLatin1String(c.name), QLatin1String(key),
                                                         actual.toVariant().toString(), expected.toVariant().toString())));
    }
}

// Every case (the first failing one fails the test).
inline void checkAll(FollowUp &followUp)
{
    for (const Case &c : periodCases() + forecastCases()) {
        check(followUp, c);
        if (QTest::currentTestFailed())
            return;
    }
}
} // namespace BudgetCases
