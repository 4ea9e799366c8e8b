#include "followup.h"

#include "apt.h"

#include "catalog.h"
#include "database.h"
#include "followupdata.h"
#include "rules.h"

#include <QSet>

#include <array>

using namespace FollowUpData;

namespace {
// The years an indicator's history shows before the report's year.
constexpr int kHistoryYears = 4;

// The values of the indicators counted from APT meetings (Apt::coverage), per unit and month:
// täljare the meetings that ticked an item of the area as gone through, nämnare the meetings
// held, so the kvot rule gives the share over the months to date and over the subtree. They
// take the place of any stored values. `only`: one unit's, as loadValues.
void addAptCoverage(Database &db, const QList<IndicatorMeta> &indicators, int fromYear, int toYear,
                    const QString &only, ValueMap *values)
{
    for (const IndicatorMeta &meta : indicators) {
        if (!meta.isAptCoverage())
            continue;
        for (auto u = values->begin(); u != values->end(); ++u)
            u->remove(meta.id);
        const auto counted = Apt::coverage(db, Apt::areaOfSource(meta.source), fromYear, toYear);
        for (auto u = counted.cbegin(); u != counted.cend(); ++u) {
            if (!only.isEmpty() && u.key() != only)
                continue;
            QMap<QString, PeriodValue> &vals = (*values)[u.key()][meta.id];
            for (auto m = u->cbegin(); m != u->cend(); ++m) {
                PeriodValue v;
                v.period = m.key();
                v.numerator = m->covered;
                v.denominator = m->held;
                v.value = m->held > 0 ? std::optional<double>(100.0 * m->covered / m->held) : std::nullopt;
                vals.insert(v.period, v);
            }
        }
    }
}

// The sums of one indicator that adds up (summa, kvot, medel), per span of months:
// [0] the year to month M, [1] the year before to month M, [1 + k] the full year k years before.
enum { YearToDate = 0, PreviousToDate = 1, FullYearsFrom = 2 };
using ValueSpans = std::array<ValueSums, FullYearsFrom + kHistoryYears>;

// Own (then rolled-up) sums of one unit for the figures of year/month.
struct UnitAgg
{
    std::array<SickLeaveSums, kHistoryYears> sickYears; // full years: [k − 1] is k years before
    QHash<QString, ValueSpans> values;                 // per indicator that adds up
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
        for (int k = 0; k < kHistoryYears; ++k)
            sickYears[k].add(o.sickYears[k]);
        for (auto it = o.values.cbegin(); it != o.values.cend(); ++it) {
            ValueSpans &mine = values[it.key()];
            for (size_t i = 0; i < mine.size(); ++i)
                mine[i].add(it.value()[i]);
        }
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
    QHash<QString, QString> indicatorCodes;  // id -> code
    QList<Goal> goals;
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
    const QString y = yearText(year);
    if (const PeriodValue *v = valueAt(vals, y))
        return v;
    // Periods sort "YYYY" < "YYYY-01" < … < "YYYY-12": walk back from month m to the year's key.
    for (auto it = vals.upperBound(monthText(monthIndex(year, m))); it != vals.cbegin();) {
        --it;
        if (!it.key().startsWith(y) || it.key().size() != 7)
            break;
        if (it->value)
            return &it.value();
    }
    return nullptr;
}

// Picks value and previous of a senaste indicator: the yearly value if present, else the
// latest monthly value ≤ M; previous is the same period one year earlier. Without a value this
// year, previous is last year's yearly value, else its latest month ≤ M.
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

// One unit's own sums of an indicator that adds up, per span (ValueSpans).
ValueSpans ownSpans(const QMap<QString, PeriodValue> &vals, int year, int m)
{
    ValueSpans out;
    out[YearToDate] = unitYear(vals, year, m);
    out[PreviousToDate] = unitYear(vals, year - 1, m);
    for (int k = 1; k <= kHistoryYears; ++k)
        out[FullYearsFrom + k - 1] = unitYear(vals, year - k, 12);
    return out;
}

bool addsUp(const IndicatorMeta &m)
{
    return !m.isSickLeave() && m.aggregation != Aggregation::Latest;
}

// History: the four years before (full years) and this year to date, oldest first.
template <typename FullYear>
QList<YearValue> history(int year, std::optional<double> toDate, FullYear fullYear)
{
    QList<YearValue> out;
    for (int k = kHistoryYears; k >= 1; --k)
        out.append(YearValue{year - k, fullYear(k)});
    out.append(YearValue{year, toDate});
    return out;
}

QList<IndicatorFigure> indicatorFigures(const UnitTree &tree, const Context &c, const QString &unitId)
{
    QList<IndicatorFigure> out;
    const UnitAgg &agg = aggOf(c, unitId);
    const auto unitValues = c.values.value(unitId);
    const QStringList path = tree.path(unitId);
    const int m = c.month > 0 ? c.month : 12; // stored values: the whole year when it has no data yet
    const QString lastYear = yearText(c.year - 1);
    for (const IndicatorMeta &meta : c.indicators) {
        IndicatorFigure f;
        f.indicatorId = meta.id;
        f.code = meta.code;
        f.name = meta.name;
        f.measureUnit = meta.measureUnit;
        f.goalId = meta.goalId;
        f.direction = meta.direction;
        f.aggregation = meta.aggregation;
        const EffectiveTarget t = findTarget(c.targets, path, meta.id, unitId);
        const auto vals = unitValues.constFind(meta.id);
        bool hasRows = false; // own rows of this year or the one before, with a value or not
        if (vals != unitValues.cend()) {
            hasRows = vals->lowerBound(lastYear) != vals->cend();
            if (const PeriodValue *v = latestIn(vals.value(), c.year, m))
                f.comment = v->comment;
        }
        if (meta.isSickLeave()) {
            // Summed hours of the subtree, year to date against the year before to the same month.
            f.value = Source::sickLeaveValue(meta.source, agg.ytd);
            f.previous = Source::sickLeaveValue(meta.source, agg.prevYtd);
            if (f.value) // year to date: there is a value only when c.month > 0
                f.period = yearText(c.year);
            f.history = history(c.year, f.value, [&](int k) {
                return Source::sickLeaveValue(meta.source, agg.sickYears[k - 1]);
            });
        } else if (addsUp(meta)) {
            // The subtree's sums to month M, against the year before to the same month.
            const ValueSpans spans = agg.values.value(meta.id);
            f.value = spans[YearToDate].value(meta.aggregation);
            f.previous = spans[PreviousToDate].value(meta.aggregation);
            if (f.value)
                f.period = yearText(c.year);
            f.history = history(c.year, f.value, [&](int k) {
                return spans[FullYearsFrom + k - 1].value(meta.aggregation);
            });
        } else {
            // senaste: the unit's own values only.
            if (vals != unitValues.cend())
                pickStored(f, vals.value(), c.year, c.month);
            f.history = history(c.year, f.value, [&](int k) -> std::optional<double> {
                if (vals == unitValues.cend())
                    return std::nullopt;
                const PeriodValue *v = latestIn(vals.value(), c.year - k, 12);
                return v ? v->value : std::nullopt;
            });
        }
        bool hasData = hasRows || f.value || f.previous;
        for (const YearValue &h : std::as_const(f.history))
            hasData = hasData || h.value;
        if (!hasData && t.kind == TargetKind::None)
            continue;
        f.targetKind = t.kind;
        f.target = t.value;
        f.tolerance = t.tolerance;
        f.status = Calc::status(t.kind, f.value, t.value, t.tolerance, f.previous);
        f.trend = Calc::trend(meta.direction, f.value, f.previous);
        out.append(f);
    }
    return out;
}

// The goals of the unit's branch, each with the status its indicators give, or a goal without
// indicators of its own its subgoals' in the branch (Rules::statusFromSubgoals).
QList<GoalFigure> goalFigures(const UnitTree &tree, const Context &c, const QString &unitId,
                              const QList<IndicatorFigure> &indicators)
{
    QList<GoalFigure> out;
    for (const Goal &g : Catalog::branchGoals(c.goals, tree, unitId)) {
        GoalFigure gf;
        gf.goalId = g.id;
        gf.code = g.code;
        gf.name = g.name;
        gf.level = g.level;
        gf.parentId = g.parentId;
        for (const QString &id : g.indicatorIds)
            gf.indicatorCodes.append(c.indicatorCodes.value(id));
        QList<Status> statuses;
        for (const IndicatorFigure &i : indicators) {
            if (i.goalId == g.id)
                statuses.append(i.status);
        }
        gf.status = Rules::combinedStatus(statuses);
        out.append(gf);
    }
    Rules::statusFromSubgoals(out);
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
    f.goals = goalFigures(tree, c, unitId, f.indicators);
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
    // One load of each covers every month the figures can use: the history years (sick leave;
    // a GROUP BY per unit and year costs SQLite as much as the rows), the year before (previous
    // year to date; a rolling 12 ending in the year starts in it) and the whole year (budget_year).
    const QString only = units.size() == 1 ? unitId : QString(); // a leaf: its own rows only
    const auto sick = loadSickLeave(m_db, monthIndex(year - kHistoryYears, 1), monthIndex(year, 12), only);
    const auto budget = loadBudget(m_db, prevStart, monthIndex(year, 12), only);
    c.month = month > 0 ? qMin(month, 12) : latestMonthOf(units, sick, budget, year);
    const int m = c.month;
    c.agg.reserve(units.size());

    Catalog catalog(m_db);
    c.indicators = catalog.indicators();
    for (const IndicatorMeta &meta : std::as_const(c.indicators))
        c.indicatorCodes.insert(meta.id, meta.code);
    c.goals = catalog.goals();
    c.targets = loadTargets(m_db, year);
    c.values = loadValues(m_db, yearText(year - kHistoryYears), monthText(monthIndex(year, 12)), only);
    addAptCoverage(m_db, c.indicators, year - kHistoryYears, year, only, &c.values);

    const int end = monthIndex(year, m); // m == 0: before the year, so nothing is "to date"
    const int prevEnd = monthIndex(year - 1, m);
    const int rollStart = end - 11;
    const int valueMonth = m > 0 ? m : 12;
    for (const QString &id : units) {
        UnitAgg &a = c.agg[id];
        auto s = sick.constFind(id);
        if (s != sick.cend()) {
            for (auto it = s->cbegin(); it != s->cend(); ++it) {
                const int idx = it.key();
                if (idx < yearStart)
                    a.sickYears[year - 1 - idx / 12].add(it.value());
                if (m == 0)
                    continue;
                if (idx >= yearStart && idx <= end)
                    a.ytd.add(it.value());
                if (idx >= prevStart && idx <= prevEnd)
                    a.prevYtd.add(it.value());
                if (idx >= rollStart && idx <= end)
                    a.rolling12.add(it.value());
            }
        }
        auto v = c.values.constFind(id);
        if (v != c.values.cend()) {
            for (const IndicatorMeta &meta : std::as_const(c.indicators)) {
                auto vals = v->constFind(meta.id);
                if (addsUp(meta) && vals != v->cend())
                    a.values.insert(meta.id, ownSpans(vals.value(), year, valueMonth));
            }
        }
        auto b = budget.constFind(id);
        if (m == 0 || b == budget.cend())
            continue;
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
    // Roll up: subtree() lists parents before children, so walk it backwards.
    for (auto it = units.crbegin(); it != units.crend(); ++it) {
        const Unit *u = m_tree.byId(*it);
        if (!u || *it == unitId)
            continue;
        auto parent = c.agg.find(u->parentId); // both exist: no insert, no rehash
        if (parent != c.agg.end())
            parent->add(c.agg.constFind(*it).value());
    }
    return build(m_tree, c, unitId, recursive);
}

EffectiveTarget FollowUp::effectiveTarget(const QString &indicatorId, const QString &unitId, int year)
{
    return findTarget(loadTargets(m_db, year, indicatorId), m_tree.path(unitId), indicatorId, unitId);
}
