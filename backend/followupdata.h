#pragma once
// Internal to FollowUp: grouped loads of the raw rows behind the figures. Each function runs
// one query over all units; callers restrict to a subtree and roll up in C++.
#include "catalog.h"
#include "figures.h"
#include "followup.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

class Database;
class QSqlQuery;

namespace FollowUpData {
// Runs a prepared read; on failure logs "cannot load <what>" and returns false.
bool run(QSqlQuery &q, const QString &what);

// "YYYY-MM" <-> a month index (year × 12 + month − 1); -1 when malformed.
int monthIndex(const QString &month);
int monthIndex(int year, int month);
QString monthText(int index);

// The units a figure of `unitId` sums over: its subtree, or just the id when it is not in the tree.
QStringList unitsOf(const UnitTree &tree, const QString &unitId);

// One budget row of a unit.
struct BudgetRow
{
    int monthIndex = 0;
    QString category;
    double budget = 0;
    std::optional<double> actual;
    std::optional<double> forecast;
};

// Indicator metadata (live rows), as the catalog reads it.
using IndicatorMeta = Indicator;

// Sick-leave sums per unit and month index within [fromIndex, toIndex] (of one unit only when
// `unitId` is given: a leaf's figures need no other unit's rows).
QHash<QString, QMap<int, SickLeaveSums>> loadSickLeave(Database &db, int fromIndex, int toIndex,
                                                       const QString &unitId = {});
// Budget rows per unit within [fromIndex, toIndex].
QHash<QString, QList<BudgetRow>> loadBudget(Database &db, int fromIndex, int toIndex, const QString &unitId = {});
// Latest month index with sick leave or budget utfall per unit within [fromIndex, toIndex].
QHash<QString, int> loadLatestMonths(Database &db, int fromIndex, int toIndex);
// Targets of `year` keyed by "indicatorId/unitId" (indicatorId empty = all indicators).
QHash<QString, EffectiveTarget> loadTargets(Database &db, int year, const QString &indicatorId = {});
// Indicator values per unit, then indicator, then period, for periods in [fromPeriod, toPeriod]
// (string order: "2025" < "2025-01" < … < "2025-12" < "2026"). Rows with a NULL value are kept
// with an empty optional (their comment may matter).
using ValueMap = QHash<QString, QHash<QString, QMap<QString, PeriodValue>>>;
ValueMap loadValues(Database &db, const QString &fromPeriod, const QString &toPeriod,
                    const QString &unitId = {}, const QString &indicatorId = {});
// One unit's own sums of an indicator that adds up, for one year: its yearly value where one is
// imported (it stands for the year), else its months 1..lastMonth.
ValueSums unitYear(const QMap<QString, PeriodValue> &vals, int year, int lastMonth);
// The forecast per category among one unit's rows of one year: the latest forecast ≤ toIndex,
// else (no forecast means "as budgeted") the category's full-year budget.
QMap<QString, double> latestForecasts(const QList<BudgetRow> &rows, int toIndex);
// Net of latestForecasts() (costs − income); none when there are no rows.
std::optional<double> latestForecastNet(const QList<BudgetRow> &rows, int toIndex);
// Net (costs − income) of forecasts per category; none when there are none.
std::optional<double> forecastNet(const QMap<QString, double> &byCategory);
// The budget period: the latest month index ≤ toIndex with utfall among the rows; -1 if none.
int latestActualIndex(const QList<BudgetRow> &rows, int toIndex);
} // namespace FollowUpData
