// FollowUp: the series behind the charts (sick leave per month, budget per month, indicator values).
#include "followup.h"

#include "database.h"
#include "followupdata.h"
#include "rules.h"

#include <QSet>
#include <algorithm>

using namespace FollowUpData;

QList<MonthSickLeave> FollowUp::sickLeaveSeries(const QString &unitId, const QString &fromMonth,
                                                const QString &toMonth)
{
    QList<MonthSickLeave> out;
    const int from = monthIndex(fromMonth);
    const int to = monthIndex(toMonth);
    if (from < 0 || to < from)
        return out;
    const auto sick = loadSickLeave(m_db, from - 11, to);
    QMap<int, SickLeaveSums> perMonth;
    for (const QString &id : unitsOf(m_tree, unitId)) {
        auto s = sick.constFind(id);
        if (s == sick.cend())
            continue;
        for (auto it = s->cbegin(); it != s->cend(); ++it)
            perMonth[it.key()].add(it.value());
    }
    // Months after the last one with data (the months to come) get no rolling value: a
    // chart must not draw a line through months it has no figures for.
    const int lastWithData = perMonth.isEmpty() ? from - 1 : perMonth.lastKey();
    for (int idx = from; idx <= to; ++idx) {
        SickLeaveSums window; // the 12 months ending idx
        for (auto it = perMonth.lowerBound(idx - 11); it != perMonth.cend() && it.key() <= idx; ++it)
            window.add(it.value());
        MonthSickLeave m;
        m.month = monthText(idx);
        m.sums = perMonth.value(idx);
        if (window.rows > 0 && idx <= lastWithData)
            m.rolling12Percent = window.percent();
        out.append(m);
    }
    return out;
}

QList<MonthBudget> FollowUp::budgetSeries(const QString &unitId, int year)
{
    QList<MonthBudget> out;
    const int start = monthIndex(year, 1);
    const auto budget = loadBudget(m_db, start, monthIndex(year, 12));
    const QStringList units = unitsOf(m_tree, unitId);
    for (int m = 1; m <= 12; ++m) {
        MonthBudget mb;
        mb.month = m;
        out.append(mb);
    }
    QList<std::optional<double>> forecast(12);
    for (const QString &id : units) {
        auto b = budget.constFind(id);
        if (b == budget.cend())
            continue;
        for (const BudgetRow &r : b.value()) {
            MonthBudget &mb = out[r.monthIndex - start];
            mb.sums.byCategory[r.category].add(BudgetAmounts{r.budget, r.actual.value_or(0)});
            if (r.actual)
                mb.hasActual = true;
        }
        for (int m = 0; m < 12; ++m) {
            if (const auto fc = latestForecastNet(b.value(), start + m))
                forecast[m] = forecast[m].value_or(0) + *fc;
        }
    }
    double cumBudget = 0, cumActual = 0;
    for (int m = 0; m < 12; ++m) {
        MonthBudget &mb = out[m];
        cumBudget += mb.sums.netBudget();
        if (mb.hasActual)
            cumActual += mb.sums.netActual();
        mb.cumulativeBudgetNet = cumBudget;
        mb.cumulativeActualNet = cumActual;
        mb.forecastNet = forecast[m];
    }
    return out;
}

QList<PeriodValue> FollowUp::indicatorSeries(const QString &indicatorId, const QString &unitId)
{
    QList<PeriodValue> out;
    const std::optional<Indicator> meta = Catalog(m_db).indicator(indicatorId);
    if (meta && !meta->isSickLeave() && meta->aggregation != Aggregation::Latest) {
        // An indicator that adds up: the subtree's value per year by its aggregation (the
        // latest year to date).
        const QStringList units = unitsOf(m_tree, unitId);
        const ValueMap values = loadValues(m_db, QStringLiteral("0000"), QStringLiteral("9999-99"),
                                           units.size() == 1 ? unitId : QString(), indicatorId);
        QMap<int, ValueSums> perYear;
        for (const QString &id : units) {
            const auto vals = values.value(id).value(indicatorId);
            QSet<int> years;
            for (const PeriodValue &v : vals)
                years.insert(v.period.left(4).toInt());
            for (int y : std::as_const(years))
                perYear[y].add(unitYear(vals, y, 12));
        }
        for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
            if (!it->counts(meta->aggregation))
                continue;
            PeriodValue v;
            v.period = QString::number(it.key());
            v.value = it->value(meta->aggregation);
            out.append(v);
        }
        return out;
    }
    if (!meta || !meta->isSickLeave()) {
        const ValueMap values = loadValues(m_db, QStringLiteral("0000"), QStringLiteral("9999-99"),
                                           unitId, indicatorId);
        const auto vals = values.value(unitId).value(indicatorId);
        for (const PeriodValue &v : vals)
            out.append(v); // QMap iterates in period order: oldest first
        return out;
    }
    // Sick-leave indicator: the subtree's figure from summed hours per year (year to date for
    // the latest year).
    const auto sick = loadSickLeave(m_db, monthIndex(1900, 1), monthIndex(9999, 12));
    QMap<int, SickLeaveSums> perYear;
    for (const QString &id : unitsOf(m_tree, unitId)) {
        auto s = sick.constFind(id);
        if (s == sick.cend())
            continue;
        for (auto it = s->cbegin(); it != s->cend(); ++it)
            perYear[it.key() / 12].add(it.value());
    }
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        PeriodValue v;
        v.period = QString::number(it.key());
        v.value = Source::sickLeaveValue(meta->source, it.value());
        out.append(v);
    }
    return out;
}

QList<StatisticsRow> FollowUp::statistics(const QString &unitId, int year, int month)
{
    return statistics(figures(unitId, year, month, false));
}

QList<StatisticsRow> FollowUp::statistics(const UnitFigures &f)
{
    QList<StatisticsRow> out;
    const QString &unitId = f.unitId;
    const int year = f.year;
    const int last = f.month > 0 ? f.month : 12;
    const QStringList units = unitsOf(m_tree, unitId);
    const ValueMap values = loadValues(m_db, QString::number(year), monthText(monthIndex(year, 12)),
                                       units.size() == 1 ? unitId : QString());
    for (const IndicatorFigure &ind : f.indicators) {
        if (ind.aggregation != Aggregation::Sum && ind.direction != Direction::None)
            continue;
        StatisticsRow row;
        row.figure = ind;
        row.months.resize(12);
        bool any = ind.value.has_value();
        // Each unit's values of this indicator, period -> value (the unit itself only for senaste).
        QList<QMap<QString, PeriodValue>> perUnit;
        for (const QString &id : ind.aggregation == Aggregation::Latest ? QStringList{unitId} : units) {
            auto u = values.constFind(id);
            if (u != values.cend() && u->contains(ind.indicatorId))
                perUnit.append(u->value(ind.indicatorId));
        }
        for (int m = 1; m <= last; ++m) {
            const QString period = monthText(monthIndex(year, m));
            ValueSums sums;
            for (const auto &vals : std::as_const(perUnit)) {
                const auto v = vals.constFind(period);
                if (v != vals.cend())
                    sums.addValue(v->value, v->numerator, v->denominator);
            }
            // senaste: the unit's own value of the month; else the month over the subtree.
            const std::optional<double> value = ind.aggregation == Aggregation::Latest
                ? (sums.values > 0 ? std::optional<double>(sums.sum) : std::nullopt)
                : (sums.counts(ind.aggregation) ? sums.value(ind.aggregation) : std::nullopt);
            if (value) {
                row.months[m - 1] = value;
                any = true;
            }
        }
        if (any)
            out.append(row);
    }
    std::sort(out.begin(), out.end(), [](const StatisticsRow &a, const StatisticsRow &b) { return a.figure.code < b.figure.code; });
    return out;
}
