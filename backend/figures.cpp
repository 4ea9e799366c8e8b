#include "figures.h"

#include <algorithm>
#include <cmath>

namespace {
// Comparisons of reported values happen at the reported precision (2 decimals); this absorbs
// binary noise in sums such as T + tolerance.
constexpr double kEpsilon = 1e-9;
} // namespace

double Calc::round2(double v)
{
    if (!std::isfinite(v))
        return v;
    // Nudge away from zero by a relative 1e-12 so that values whose binary form lies just below
    // a half (2.675 is 2.67499999…) round as their decimal form does.
    const double scaled = v * 100.0;
    const double nudged = scaled + std::copysign(std::abs(scaled) * 1e-12, scaled);
    const double r = std::round(nudged) / 100.0;
    return r == 0 ? 0.0 : r; // no negative zero in reports
}

Status Calc::status(TargetKind kind, std::optional<double> value, std::optional<double> target,
                    double tolerance, std::optional<double> previous)
{
    if (!value)
        return Status::Missing;
    const double v = round2(*value);
    const double tol = std::abs(tolerance);
    switch (kind) {
    case TargetKind::Max:
        if (!target)
            return Status::Missing;
        if (v <= *target + kEpsilon)
            return Status::Met;
        return v <= *target + tol + kEpsilon ? Status::Partly : Status::NotMet;
    case TargetKind::Min:
        if (!target)
            return Status::Missing;
        if (v >= *target - kEpsilon)
            return Status::Met;
        return v >= *target - tol - kEpsilon ? Status::Partly : Status::NotMet;
    case TargetKind::Increase:
        if (!previous)
            return Status::Missing;
        return v > round2(*previous) + kEpsilon ? Status::Met : Status::NotMet;
    case TargetKind::Decrease:
        if (!previous)
            return Status::Missing;
        return v < round2(*previous) - kEpsilon ? Status::Met : Status::NotMet;
    case TargetKind::None:
        break;
    }
    return Status::Missing;
}

Trend Calc::trend(Direction dir, std::optional<double> value, std::optional<double> previous)
{
    if (dir == Direction::None)
        return Trend::None;
    if (!value || !previous)
        return Trend::Missing;
    const double v = round2(*value);
    const double p = round2(*previous);
    if (std::abs(v - p) < kEpsilon)
        return Trend::Unchanged;
    const bool lower = v < p;
    return lower == (dir == Direction::LowerIsBetter) ? Trend::Better : Trend::Worse;
}

bool Calc::onBudgetLevel(double deviation, double budget)
{
    return std::abs(deviation) < std::max(5.0, std::abs(budget) * 0.005);
}

QString Calc::statusKey(Status s)
{
    switch (s) {
    case Status::Met: return QStringLiteral("uppfyllt");
    case Status::Partly: return QStringLiteral("delvis");
    case Status::NotMet: return QStringLiteral("ej_uppfyllt");
    case Status::Missing: break;
    }
    return QStringLiteral("saknas");
}

QString Calc::trendKey(Trend t)
{
    switch (t) {
    case Trend::Better: return QStringLiteral("battre");
    case Trend::Unchanged: return QStringLiteral("oforandrad");
    case Trend::Worse: return QStringLiteral("samre");
    case Trend::None: return QStringLiteral("ingen");
    case Trend::Missing: break;
    }
    return QStringLiteral("saknas");
}

Status Calc::statusFromKey(const QString &key)
{
    for (Status s : {Status::Met, Status::Partly, Status::NotMet})
        if (statusKey(s) == key)
            return s;
    return Status::Missing;
}

Trend Calc::trendFromKey(const QString &key)
{
    for (Trend t : {Trend::Better, Trend::Unchanged, Trend::Worse, Trend::None})
        if (trendKey(t) == key)
            return t;
    return Trend::Missing;
}

QString Calc::targetKindKey(TargetKind k)
{
    switch (k) {
    case TargetKind::Max: return QStringLiteral("max");
    case TargetKind::Min: return QStringLiteral("min");
    case TargetKind::Increase: return QStringLiteral("oka");
    case TargetKind::Decrease: return QStringLiteral("minska");
    case TargetKind::None: break;
    }
    return QString();
}

TargetKind Calc::targetKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("max"))
        return TargetKind::Max;
    if (k == QLatin1String("min"))
        return TargetKind::Min;
    if (k == QStringLiteral("öka") || k == QLatin1String("oka"))
        return TargetKind::Increase;
    if (k == QLatin1String("minska"))
        return TargetKind::Decrease;
    return TargetKind::None;
}

Direction Calc::directionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("lower") || k == QStringLiteral("lägre") || k == QLatin1String("lagre"))
        return Direction::LowerIsBetter;
    if (k == QLatin1String("none") || k == QLatin1String("ingen"))
        return Direction::None;
    return Direction::HigherIsBetter;
}

QString Calc::aggregationKey(Aggregation a)
{
    switch (a) {
    case Aggregation::Sum: return QStringLiteral("summa");
    case Aggregation::Ratio: return QStringLiteral("kvot");
    case Aggregation::Mean: return QStringLiteral("medel");
    case Aggregation::Latest: break;
    }
    return QStringLiteral("senaste");
}

Aggregation Calc::aggregationFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Aggregation a : {Aggregation::Sum, Aggregation::Ratio, Aggregation::Mean})
        if (aggregationKey(a) == k)
            return a;
    return Aggregation::Latest;
}

void SickLeaveSums::add(const SickLeaveSums &o)
{
    scheduledHours += o.scheduledHours;
    sickHours += o.sickHours;
    shortHours += o.shortHours;
    longHours += o.longHours;
    sickPayCost += o.sickPayCost;
    rows += o.rows;
}

std::optional<double> SickLeaveSums::percent() const
{
    if (scheduledHours <= 0)
        return std::nullopt;
    return sickHours / scheduledHours * 100.0;
}

std::optional<double> SickLeaveSums::shortPercent() const
{
    if (scheduledHours <= 0)
        return std::nullopt;
    return shortHours / scheduledHours * 100.0;
}

std::optional<double> SickLeaveSums::longPercent() const
{
    if (scheduledHours <= 0)
        return std::nullopt;
    return (sickHours - shortHours) / scheduledHours * 100.0;
}

std::optional<double> SickLeaveSums::longSharePercent() const
{
    if (sickHours <= 0)
        return std::nullopt;
    return longHours / sickHours * 100.0;
}

void BudgetSums::add(const BudgetSums &o)
{
    for (auto it = o.byCategory.cbegin(); it != o.byCategory.cend(); ++it)
        byCategory[it.key()].add(it.value());
}

double BudgetSums::netBudget() const
{
    double net = 0;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        net += Category::isIncome(it.key()) ? -it.value().budget : it.value().budget;
    return net;
}

double BudgetSums::netActual() const
{
    double net = 0;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        net += Category::isIncome(it.key()) ? -it.value().actual : it.value().actual;
    return net;
}

double BudgetSums::deviation(const QString &category, const BudgetAmounts &a)
{
    return Category::isIncome(category) ? a.actual - a.budget : a.budget - a.actual;
}

std::optional<double> BudgetSums::forecastDeviation(const QString &category, double yearBudget,
                                                    std::optional<double> forecast)
{
    if (!forecast)
        return std::nullopt;
    return deviation(category, BudgetAmounts{yearBudget, *forecast});
}

std::optional<double> BudgetSums::netForecastDeviation(std::optional<double> forecastNet) const
{
    if (!forecastNet)
        return std::nullopt;
    return netBudget() - *forecastNet;
}

std::optional<double> BudgetSums::deviationPercent(std::optional<double> deviation, double budget)
{
    if (!deviation || budget == 0)
        return std::nullopt;
    return *deviation / std::abs(budget) * 100.0;
}

void ValueSums::addValue(std::optional<double> value, std::optional<double> num, std::optional<double> den)
{
    if (value) {
        sum += *value;
        ++values;
    }
    if (num && den) {
        numerator += *num;
        denominator += *den;
        ++ratios;
    }
}

void ValueSums::add(const ValueSums &o)
{
    sum += o.sum;
    numerator += o.numerator;
    denominator += o.denominator;
    values += o.values;
    ratios += o.ratios;
}

bool ValueSums::counts(Aggregation a) const
{
    switch (a) {
    case Aggregation::Sum:
    case Aggregation::Mean: return values > 0;
    case Aggregation::Ratio: return ratios > 0;
    case Aggregation::Latest: break;
    }
    return false;
}

std::optional<double> ValueSums::value(Aggregation a) const
{
    if (!counts(a))
        return std::nullopt;
    switch (a) {
    case Aggregation::Sum: return sum;
    case Aggregation::Mean: return sum / values;
    case Aggregation::Ratio:
        if (denominator == 0)
            return std::nullopt;
        return numerator / denominator * 100.0;
    case Aggregation::Latest: break;
    }
    return std::nullopt;
}
