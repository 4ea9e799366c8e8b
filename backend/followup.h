#pragma once
// Read side of the follow-up: the figures of a unit (its whole subtree) for a period, and the
// series behind the charts. Used by the report (server and CLI) and by the app's models.
#include "figures.h"
#include "unittree.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// One year's value of an indicator (a full year, or the report's year to date).
struct YearValue
{
    int year = 0;
    std::optional<double> value;
};

// One indicator's figures for a unit and period. How value and previous are found depends on
// the indicator's aggregation (followup.cpp: pickStored for senaste, aggregate for the others).
struct IndicatorFigure
{
    QString indicatorId;
    QString code;
    QString name;
    QString measureUnit;
    QString goalId;
    Direction direction = Direction::HigherIsBetter;
    Aggregation aggregation = Aggregation::Latest;
    QString period;                 // the period the value is from ("2026" or "2026-10"), may be empty
    std::optional<double> value;
    std::optional<double> previous; // senaste: same period one year earlier; else the year before to the same month
    TargetKind targetKind = TargetKind::None;
    std::optional<double> target;
    double tolerance = 0;
    Status status = Status::Missing;
    Trend trend = Trend::Missing;
    QString comment;                // the value row's comment, if any
    QList<YearValue> history;       // the four years before (full years) and this year to date, oldest first
};

// A goal's status computed from its indicators' (Rules::combinedStatus), or for a goal without
// indicators of its own from its subgoals' (Rules::statusFromSubgoals).
struct GoalFigure
{
    QString goalId;
    QString code;
    QString name;
    QString level;
    QString parentId;               // the goal above it (may be outside the unit's branch or empty)
    Status status = Status::Missing;
    QStringList indicatorCodes;     // the goal's indicators, by code (empty: measured by its subgoals)
};

// Everything the report holds for one unit, rolled up over its subtree.
struct UnitFigures
{
    QString unitId;
    QString code;
    QString name;
    QString kind;
    int year = 0;
    int month = 0;                               // 1..12; 0 when there is no data that year
    QList<IndicatorFigure> indicators;
    QList<GoalFigure> goals;                     // the goals of the unit's branch (Catalog::goalsOfUnit)
    SickLeaveSums sickLeaveYtd;                  // months 1..month of year
    SickLeaveSums sickLeaveRolling12;            // 12 months ending year-month
    int budgetMonth = 0;                         // latest month ≤ month with utfall in the subtree; 0 if none
    BudgetSums budgetYtd;                        // months 1..budgetMonth (empty when budgetMonth is 0)
    BudgetSums budgetYear;                       // all 12 months
    std::optional<double> previousYearActualNet; // net utfall of year − 1, months 1..budgetMonth
    std::optional<double> forecastNet;           // Σ per unit and category of latest forecast ≤ month, else its year budget
    QMap<QString, double> forecastByCategory;    // the same per category
    QList<UnitFigures> children;                 // filled when asked for recursively

    // Net avvikelse to date (positive = better); none when the year has no utfall yet.
    std::optional<double> deviation() const;
    // Net avvikelse to date in % of the net budget to date.
    std::optional<double> deviationPercent() const;
    // Net helårsavvikelse: full-year net budget − forecastNet (positive = better); none without forecast.
    std::optional<double> forecastDeviation() const { return budgetYear.netForecastDeviation(forecastNet); }
    // Net helårsavvikelse in % of the full-year net budget.
    std::optional<double> forecastDeviationPercent() const;
};

struct MonthSickLeave
{
    QString month;                               // "YYYY-MM"
    SickLeaveSums sums;                          // this month, whole subtree
    std::optional<double> rolling12Percent;      // 12 months ending this month; none after the last month with data
};

struct MonthBudget
{
    int month = 0;                               // 1..12
    BudgetSums sums;                             // this month, whole subtree
    double cumulativeBudgetNet = 0;              // net budget 1..month
    double cumulativeActualNet = 0;              // net utfall 1..month (only months with utfall)
    bool hasActual = false;                      // any utfall booked this month
    std::optional<double> forecastNet;           // full-year net forecast as of this month
};

struct PeriodValue
{
    QString period;                              // "YYYY" or "YYYY-MM"
    std::optional<double> value;
    QString comment;
    std::optional<double> numerator;             // a kvot's täljare and nämnare
    std::optional<double> denominator;
};

struct EffectiveTarget
{
    TargetKind kind = TargetKind::None;
    std::optional<double> value;
    double tolerance = 0;
    QString fromUnitId;                          // the unit the target was set on (self or ancestor)
};

// One row of the verksamhetsstatistik table: an indicator counted over the year (aggregering
// summa) or without better or worse (bättre ingen), month by month for a unit's subtree.
struct StatisticsRow
{
    IndicatorFigure figure;                    // as in the report: the year to date, previous, status, trend
    QList<std::optional<double>> months;       // 12: the month's value (none after the report month or without values)
};

class FollowUp
{
public:
    explicit FollowUp(Database &db);

    // Reloads the unit tree (after an import or a sync); indicators and targets are read per call.
    void reload();
    const UnitTree &tree() const { return m_tree; }

    // Latest month (1..12) with sick leave or budget utfall (actual NOT NULL) in `year` in the
    // unit's subtree; 0 if none. Budget-only rows (the year's budget for months to come) don't count.
    int latestMonth(const QString &unitId, int year);
    // The unit's figures for year/month (month 0 = latest with data). With `recursive` the
    // children are filled in too, down to the leaves.
    UnitFigures figures(const QString &unitId, int year, int month, bool recursive);

    // Month values over the subtree, inclusive range "YYYY-MM".."YYYY-MM"; months without
    // data are present with rows == 0.
    QList<MonthSickLeave> sickLeaveSeries(const QString &unitId, const QString &fromMonth,
                                          const QString &toMonth);
    // The 12 months of `year` over the subtree with cumulative budget and utfall.
    QList<MonthBudget> budgetSeries(const QString &unitId, int year);
    // The unit's own values of an indicator, oldest first (computed from sick leave for an
    // indicator fed by sick leave: the subtree's value per year).
    QList<PeriodValue> indicatorSeries(const QString &indicatorId, const QString &unitId);
    // The verksamhetsstatistik of a unit for year/month (month 0 = latest with data): every
    // indicator with aggregering summa or bättre ingen that has a value in the subtree that
    // year, by code. A month's value follows the aggregation over the subtree (summa: the sum;
    // kvot: Σtäljare / Σnämnare; medel: the mean; senaste: the unit's own value); the year's
    // value is the report's (figures()).
    QList<StatisticsRow> statistics(const QString &unitId, int year, int month);
    // The same from figures already computed (not recursive, or a child of a recursive call, as
    // the app's FigureCache holds them): reads only the year's monthly values, not the figures again.
    QList<StatisticsRow> statistics(const UnitFigures &figures);
    // The target in force for a unit: its own, else the nearest ancestor's.
    EffectiveTarget effectiveTarget(const QString &indicatorId, const QString &unitId, int year);

private:
    Database &m_db;
    UnitTree m_tree;
};
