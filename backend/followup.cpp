#include "followup.h"

#include "database.h"
#include "followupdata.h"

#include <QSet>

#include <array>

using namespace FollowUpData;

namespace {
// Own (then rolled-up) sums of one unit for the figures of year/month.
struct UnitAgg
{
    SickLeaveSums ytd;       // months 1..M of the year
    SickLeaveSums prevYtd;   // months 1..M of the year before
    SickLeaveSums rolling12; // 12 months ending year-M
    std::array<BudgetSums, 12> budgetMonths;     // per month 1..12 of the year (index month − 1)
    std::array<BudgetSums, 12> prevActualMonths; // utfall of the year before, per month
    std::array<bool, 12> prevHasActual{};        // the year before had utfall that month
    int budgetMonth = 0;                    // latest month ≤ M with utfall; 0 if none
    BudgetSums budgetYear;
    double forecastNet = 0;
    QMap<QString, double> forecastByCategory;
    bool hasForecast = false;

    void add(const UnitAgg &o)
    {
        ytd.add(o.ytd);
        prevYtd.add(o.prevYtd);
        rolling12.add(o.rolling12);
        for (int m = 0; m < 12; ++m) {
            if (!o.budgetMonths[m].byCategory.isEmpty())
                budgetMonths[m].add(o.budgetMonths[m]);
            if (o.prevHasActual[m]) {
                prevActualMonths[m].add(o.prevActualMonths[m]);
                prevHasActual[m] = true;
            }
        }
        budgetMonth = qMax(budgetMonth, o.budgetMonth);
        budgetYear.add(o.budgetYear);
        forecastNet += o.forecastNet;
        for (auto it = o.forecastByCategory.cbegin(); it != o.forecastByCategory.cend(); ++it)
            forecastByCategory[it.key()] += it.value();
        hasForecast = hasForecast || o.hasForecast;
    }
};

// Everything loaded once for one figures() call.
struct Context
{
    int year = 0;
    int month = 0;
    QHash<QString, UnitAgg> agg; // subtree totals per unit
    QList<IndicatorMeta> indicators;
    QHash<QString, EffectiveTarget> targets; // "indicatorId/unitId"
    ValueMap values;
};

const UnitAgg &aggOf(const Context &c, const QString &unitId)
{
    static const UnitAgg none;
    auto it = c.agg.constFind(unitId);
    return it != c.agg.cend() ? it.value() : none;
}

// The target in force: the nearest one on `path` (root .. unit), else the unit's own when the
// unit is not in the tree (empty path).
EffectiveTarget findTarget(const QHash<QString, EffectiveTarget> &targets, const QStringList &path,
                           const QString &indicatorId, const QString &unitId)
{
    const QStringList units = path.isEmpty() ? QStringList{unitId} : path;
    for (auto it = units.crbegin(); it != units.crend(); ++it) {
        auto t = targets.constFind(indicatorId + QLatin1Char('/') + *it);
        if (t != targets.cend())
            return t.value();
    }
    return {};
}

// The value of period `p` if present with a value.
const PeriodValue *valueAt(const QMap<QString, PeriodValue> &vals, const QString &p)
{
    auto it = vals.constFind(p);
    return it != vals.cend() && it->value ? &it.value() : nullptr;
}

QString yearText(int y) { return QString::number(y); }

// The yearly value of `year` if present, else its latest monthly value in months 1..m.
const PeriodValue *latestIn(const QMap<QString, PeriodValue> &vals, int year, int m)
{
    if (const PeriodValue *v = valueAt(vals, yearText(year)))
        return v;
    for (int mm = m; mm >= 1; --mm) {
        if (const PeriodValue *v = valueAt(vals, monthText(monthIndex(year, mm))))
            return v;
    }
    return nullptr;
}

// Picks value and previous of a stored indicator: the yearly value if
// present, else the latest monthly value ≤ M; previous is the same period one year earlier.
// Without a value this year, previous is last year's yearly value, else its latest month ≤ M.
void pickStored(IndicatorFigure &f, const QMap<QString, PeriodValue> &vals, int year, int month)
{
    const int m = month > 0 ? month : 12;
    if (const PeriodValue *v = latestIn(vals, year, m)) {
        f.period = v->period;
        f.value = v->value;
        f.comment = v->comment;
        // "YYYY" or "YYYY-MM": the same period one year earlier keeps the month part.
        if (const PeriodValue *p = valueAt(vals, yearText(year - 1) + v->period.mid(4)))
            f.previous = p->value;
    } else if (const PeriodValue *p = latestIn(vals, year - 1, m)) {
        f.previous = p->value;
    }
}

QList<IndicatorFigure> indicatorFigures(const UnitTree &tree, const Context &c, const QString &unitId)
{
    QList<IndicatorFigure> out;
    const UnitAgg &agg = aggOf(c, unitId);
    const auto unitValues = c.values.value(unitId);
    const QStringList path = tree.path(unitId);
    for (const IndicatorMeta &m : c.indicators) {
        IndicatorFigure f;
        f.indicatorId = m.id;
        f.code = m.code;
        f.name = m.name;
        f.measureUnit = m.measureUnit;
        f.goalId = m.goalId;
        f.direction = m.direction;
        const EffectiveTarget t = findTarget(c.targets, path, m.id, unitId);
        bool hasData = false;
        if (m.isSickLeave()) {
            f.value = agg.ytd.percent();
            f.previous = agg.prevYtd.percent();
            if (f.value) // year to date: there is a value only when c.month > 0
                f.period = yearText(c.year);
            hasData = f.value || f.previous;
        } else {
            auto vals = unitValues.constFind(m.id);
            if (vals != unitValues.cend()) {
                pickStored(f, vals.value(), c.year, c.month);
                hasData = !vals->isEmpty();
            }
        }
        if (!hasData && t.kind == TargetKind::None)
            continue;
        f.targetKind = t.kind;
        f.target = t.value;
        f.tolerance = t.tolerance;
        f.status = Calc::status(t.kind, f.value, t.value, t.tolerance, f.previous);
        f.trend = Calc::trend(m.direction, f.value, f.previous);
        out.append(f);
    }
    return out;
}

UnitFigures build(const UnitTree &tree, const Context &c, const QString &unitId, bool recursive)
{
    UnitFigures f;
    const Unit *u = tree.byId(unitId);
    f.unitId = unitId;
    if (u) {
        f.code = u->code;
        f.name = u->name;
        f.kind = u->kind;
    }
    f.year = c.year;
    f.month = c.month;
    const UnitAgg &agg = aggOf(c, unitId);
    f.sickLeaveYtd = agg.ytd;
    f.sickLeaveRolling12 = agg.rolling12;
    // Budget and utfall to date both run through the budget month, the latest with utfall.
    f.budgetMonth = agg.budgetMonth;
    BudgetSums prevActual;
    bool hasPrev = false;
    for (int m = 0; m < agg.budgetMonth; ++m) {
        f.budgetYtd.add(agg.budgetMonths[m]);
        if (agg.prevHasActual[m]) {
            prevActual.add(agg.prevActualMonths[m]);
            hasPrev = true;
        }
    }
    if (hasPrev)
        f.previousYearActualNet = prevActual.netActual();
    f.budgetYear = agg.budgetYear;
    if (agg.hasForecast)
        f.forecastNet = agg.forecastNet;
    f.forecastByCategory = agg.forecastByCategory;
    f.indicators = indicatorFigures(tree, c, unitId);
    if (recursive) {
        for (const QString &child : tree.children(unitId))
            f.children.append(build(tree, c, child, true));
    }
    return f;
}

// Latest month (1..12) with data in `year` among `units`; 0 if none.
int latestMonthOf(Database &db, const QStringList &units, int year)
{
    const QHash<QString, int> latest = loadLatestMonths(db, monthIndex(year, 1), monthIndex(year, 12));
    int best = -1;
    for (const QString &id : units) {
        auto it = latest.constFind(id);
        if (it != latest.cend())
            best = qMax(best, it.value());
    }
    return best < 0 ? 0 : best % 12 + 1;
}

// The same latest month from rows figures() has loaded anyway (sick leave rows, budget rows
// with utfall), so that the report asks the database nothing twice.
int latestMonthOf(const QStringList &units, const QHash<QString, QMap<int, SickLeaveSums>> &sick,
                  const QHash<QString, QList<BudgetRow>> &budget, int year)
{
    const int first = monthIndex(year, 1);
    const int last = monthIndex(year, 12);
    int best = -1;
    for (const QString &id : units) {
        auto s = sick.constFind(id);
        if (s != sick.cend()) {
            auto it = s->upperBound(last);
            if (it != s->cbegin() && (--it).key() >= first)
                best = qMax(best, it.key());
        }
        auto b = budget.constFind(id);
        if (b != budget.cend()) {
            for (const BudgetRow &r : b.value()) {
                if (r.actual && r.monthIndex >= first && r.monthIndex <= last)
                    best = qMax(best, r.monthIndex);
            }
        }
    }
    return best < 0 ? 0 : best % 12 + 1;
}
} // namespace

std::optional<double> UnitFigures::deviation() const
{
    return budgetMonth > 0 ? std::optional<double>(budgetYtd.netDeviation()) : std::nullopt;
}

std::optional<double> UnitFigures::deviationPercent() const
{
    return BudgetSums::deviationPercent(deviation(), budgetYtd.netBudget());
}

std::optional<double> UnitFigures::forecastDeviationPercent() const
{
    return BudgetSums::deviationPercent(forecastDeviation(), budgetYear.netBudget());
}

FollowUp::FollowUp(Database &db) : m_db(db)
{
    reload();
}

void FollowUp::reload()
{
    m_tree = UnitTree::load(m_db);
}

int FollowUp::latestMonth(const QString &unitId, int year)
{
    return latestMonthOf(m_db, unitsOf(m_tree, unitId), year);
}

UnitFigures FollowUp::figures(const QString &unitId, int year, int month, bool recursive)
{
    const QStringList units = unitsOf(m_tree, unitId);
    Context c;
    c.year = year;
    const int yearStart = monthIndex(year, 1);
    const int prevStart = monthIndex(year - 1, 1);
    // One load of each covers every month the figures can use: the year before (previous year
    // to date; a rolling 12 ending in the year starts in it) and the whole year (budget_year).
    const auto sick = loadSickLeave(m_db, prevStart, monthIndex(year, 12));
    const auto budget = loadBudget(m_db, prevStart, monthIndex(year, 12));
    c.month = month > 0 ? qMin(month, 12) : latestMonthOf(units, sick, budget, year);
    const int m = c.month;
    c.agg.reserve(units.size());

    if (m > 0) {
        const int end = monthIndex(year, m);
        const int prevEnd = monthIndex(year - 1, m);
        const int rollStart = end - 11;
        for (const QString &id : units) {
            UnitAgg &a = c.agg[id];
            auto s = sick.constFind(id);
            if (s != sick.cend()) {
                for (auto it = s->cbegin(); it != s->cend(); ++it) {
                    const int idx = it.key();
                    if (idx >= yearStart && idx <= end)
                        a.ytd.add(it.value());
                    if (idx >= prevStart && idx <= prevEnd)
                        a.prevYtd.add(it.value());
                    if (idx >= rollStart && idx <= end)
                        a.rolling12.add(it.value());
                }
            }
            auto b = budget.constFind(id);
            if (b != budget.cend()) {
                QList<BudgetRow> rows; // this year's
                rows.reserve(b->size());
                for (const BudgetRow &r : b.value()) {
                    if (r.monthIndex < yearStart) {
                        if (r.actual && r.monthIndex <= prevEnd) {
                            const int pm = r.monthIndex - prevStart;
                            a.prevActualMonths[pm].byCategory[r.category].add(BudgetAmounts{0, *r.actual});
                            a.prevHasActual[pm] = true;
                        }
                        continue;
                    }
                    rows.append(r);
                    const BudgetAmounts amounts{r.budget, r.actual.value_or(0)};
                    a.budgetYear.byCategory[r.category].add(amounts);
                    a.budgetMonths[r.monthIndex - yearStart].byCategory[r.category].add(amounts);
                }
                a.budgetMonth = qMax(0, latestActualIndex(rows, end) - yearStart + 1);
                a.forecastByCategory = latestForecasts(rows, end);
                if (const auto fc = forecastNet(a.forecastByCategory)) {
                    a.forecastNet = *fc;
                    a.hasForecast = true;
                }
            }
        }
        // Roll up: subtree() lists parents before children, so walk it backwards.
        for (auto it = units.crbegin(); it != units.crend(); ++it) {
            const Unit *u = m_tree.byId(*it);
            if (!u || *it == unitId)
                continue;
            auto parent = c.agg.find(u->parentId); // both exist: no insert, no rehash
            if (parent != c.agg.end())
                parent->add(c.agg.constFind(*it).value());
        }
    }

    c.indicators = Catalog(m_db).indicators();
    c.targets = loadTargets(m_db, year);
    c.values = loadValues(m_db, yearText(year - 1), monthText(monthIndex(year, 12)),
                          units.size() == 1 ? unitId : QString());
    return build(m_tree, c, unitId, recursive);
}

EffectiveTarget FollowUp::effectiveTarget(const QString &indicatorId, const QString &unitId, int year)
{
    return findTarget(loadTargets(m_db, year, indicatorId), m_tree.path(unitId), indicatorId, unitId);
}
