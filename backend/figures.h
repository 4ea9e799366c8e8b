#pragma once
// Domain figures and the pure calculations on them (goal attainment, trend, sick leave,
// budget). Shared by the app, the server and the report.
#include <QMap>
#include <QString>
#include <optional>

enum class TargetKind { None, Max, Min, Increase, Decrease };   // max, min, öka, minska
enum class Direction { LowerIsBetter, HigherIsBetter, None };    // indicators.better: lower, higher, none
enum class Status { Met, Partly, NotMet, Missing };              // uppfyllt, delvis, ej_uppfyllt, saknas
enum class Trend { Better, Unchanged, Worse, Missing, None };    // battre, oforandrad, samre, saknas, ingen
// How an indicator's values add up over the months of a year and over a subtree
// (indicators.aggregation): senaste, summa, kvot, medel.
enum class Aggregation { Latest, Sum, Ratio, Mean };

// Budget categories as stored in budget.category.
namespace Category {
inline const QString Income = QStringLiteral("intakter");
inline const QString Personnel = QStringLiteral("personalkostnader");
inline const QString Other = QStringLiteral("ovriga_kostnader");
inline const QString Capital = QStringLiteral("kapitalkostnader");
inline bool isIncome(const QString &c) { return c == Income; }
} // namespace Category

namespace Calc {
// Rounds half away from zero to 2 decimals, robust against binary representation (2.675 -> 2.68).
double round2(double v);
// Goal attainment: max/min with tolerance (yellow within it), öka/minska against the previous value.
Status status(TargetKind kind, std::optional<double> value, std::optional<double> target,
              double tolerance, std::optional<double> previous);
// Better/worse than the year before, judged by the indicator's direction; equal at 2 decimals
// is Unchanged; Missing when either value is missing; None for an indicator with no better
// or worse (verksamhetsstatistik).
Trend trend(Direction dir, std::optional<double> value, std::optional<double> previous);
// Whether a budget deviation (tkr) counts as "i nivå med budget": below 0,5 % of the budget,
// and below 5 tkr however small the budget.
bool onBudgetLevel(double deviation, double budget);

QString statusKey(Status s);          // "uppfyllt", "delvis", "ej_uppfyllt", "saknas"
QString trendKey(Trend t);
// The inverses (of the report JSON's keys); Missing for an unknown key.
Status statusFromKey(const QString &key);
Trend trendFromKey(const QString &key);            // "battre", "oforandrad", "samre", "saknas", "ingen"
QString targetKindKey(TargetKind k);  // "max", "min", "oka", "minska", ""
TargetKind targetKindFromKey(const QString &key); // accepts max/min/öka/oka/minska
Direction directionFromKey(const QString &key);   // "lower"/"lägre" -> LowerIsBetter, "none"/"ingen" -> None
QString aggregationKey(Aggregation a);            // "senaste", "summa", "kvot", "medel"
Aggregation aggregationFromKey(const QString &key); // unknown or empty -> Latest
} // namespace Calc

// Raw sick-leave hours summed over units and/or months. Percentages are always computed from
// the summed hours (hours-weighted), never averaged.
struct SickLeaveSums
{
    double scheduledHours = 0;
    double sickHours = 0;
    double shortHours = 0; // sick hours in days 1–14
    double longHours = 0;  // sick hours in absences of 60+ days
    double sickPayCost = 0;
    int rows = 0;          // number of (unit, month) rows summed

    void add(const SickLeaveSums &o);
    std::optional<double> percent() const;          // sick / scheduled × 100
    std::optional<double> shortPercent() const;     // short / scheduled × 100
    std::optional<double> longPercent() const;      // (sick − short) / scheduled × 100 (days 15+)
    std::optional<double> longSharePercent() const; // long (60+) / sick × 100
};

// The sums behind an indicator value that adds up over months and units (summa, kvot, medel).
struct ValueSums
{
    double sum = 0;         // the values (summa, medel)
    double numerator = 0;   // Σtäljare (kvot)
    double denominator = 0; // Σnämnare (kvot)
    int values = 0;         // values summed
    int ratios = 0;         // täljare/nämnare pairs summed

    // Adds one stored value (its täljare/nämnare when it has both).
    void addValue(std::optional<double> value, std::optional<double> num, std::optional<double> den);
    void add(const ValueSums &o);
    // Whether anything summed counts for the aggregation (a kvot counts only täljare/nämnare).
    bool counts(Aggregation a) const;
    // summa: Σ values; kvot: Σtäljare / Σnämnare × 100; medel: the mean of the values;
    // senaste has no sum (none). None when nothing counts or Σnämnare is 0.
    std::optional<double> value(Aggregation a) const;
};

// Budget and utfall of one category (tkr) summed over units and/or months.
struct BudgetAmounts
{
    double budget = 0;
    double actual = 0;
    void add(const BudgetAmounts &o) { budget += o.budget; actual += o.actual; }
};

// Budget figures per category; net cost = costs − income.
struct BudgetSums
{
    QMap<QString, BudgetAmounts> byCategory;

    void add(const BudgetSums &o);
    double netBudget() const;
    double netActual() const;
    // Positive = better than budget: for costs budget − utfall, for income utfall − budget.
    static double deviation(const QString &category, const BudgetAmounts &a);
    double netDeviation() const { return netBudget() - netActual(); }
    // Helårsavvikelse of one category: the full-year forecast against the full-year budget,
    // signed like deviation(); none without a forecast.
    static std::optional<double> forecastDeviation(const QString &category, double yearBudget,
                                                   std::optional<double> forecast);
    // Net helårsavvikelse (these sums being the whole year): net budget − net forecast.
    std::optional<double> netForecastDeviation(std::optional<double> forecastNet) const;
    // A deviation in % of its budget: deviation / |budget| × 100, so the sign stays "positive =
    // better"; none without a deviation or with a zero budget.
    static std::optional<double> deviationPercent(std::optional<double> deviation, double budget);
};
