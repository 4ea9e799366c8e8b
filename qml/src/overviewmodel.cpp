#include "overviewmodel.h"

#include "budgetmodel.h"
#include "catalog.h"
#include "chartfeed.h"
#include "figurecache.h"
#include "format.h"
#include "rules.h"

#include <QDate>

#include <cmath>

OverviewModel::OverviewModel(QObject *parent) : UnitPeriodModel(parent) {}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Card &c = m_cards.at(index.row());
    const IndicatorFigure &f = c.f;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return f.name;
    case IndicatorIdRole: return f.indicatorId;
    case CodeRole: return f.code;
    case GoalNameRole: return c.goalName;
    case ValueTextRole: return Fmt::measure(f.value, f.measureUnit);
    case PeriodTextRole: return Fmt::periodLabel(f.period);
    case TargetTextRole: return Fmt::targetText(f.targetKind, f.target, f.measureUnit);
    case StatusClassRole: return Fmt::statusClass(f.status);
    case StatusTextRole: return Fmt::indicatorStatusText(f.status, f.value.has_value(), f.target.has_value());
    case TrendArrowRole: return Fmt::trendArrow(f.trend);
    case TrendTextRole: return Fmt::trendText(f.trend);
    case PreviousTextRole:
        return f.previous ? tr("Last year %1").arg(Fmt::measure(f.previous, f.measureUnit)) : QString();
    case CommentRole: return f.comment;
    case ManualRole: return c.manual;
    case TrendWordsRole: return Fmt::trendWords(f.trend, f.value, f.previous);
    case TrendClassRole: return Fmt::trendClass(f.trend);
    case GoalIdRole: return f.goalId;
    // The first indicator of its goal in the list (where a goal's analysis is shown once).
    case FirstOfGoalRole: return index.row() == 0 || m_cards.at(index.row() - 1).f.goalId != f.goalId;
    }
    return {};
}

QHash<int, QByteArray> OverviewModel::roleNames() const
{
    return {{IndicatorIdRole, "indicatorId"}, {CodeRole, "code"}, {NameRole, "name"},
            {GoalNameRole, "goalName"}, {ValueTextRole, "valueText"}, {PeriodTextRole, "periodText"},
            {TargetTextRole, "targetText"}, {StatusClassRole, "statusClass"},
            {StatusTextRole, "statusText"}, {TrendArrowRole, "trendArrow"},
            {TrendTextRole, "trendText"}, {PreviousTextRole, "previousText"},
            {CommentRole, "comment"}, {ManualRole, "manual"},
            {TrendWordsRole, "trendWords"}, {TrendClassRole, "trendClass"},
            {GoalIdRole, "goalId"}, {FirstOfGoalRole, "firstOfGoal"}};
}

void OverviewModel::setGoalIds(const QStringList &ids)
{
    if (ids == m_goalIds)
        return;
    m_goalIds = ids;
    emit goalIdsChanged();
    refresh();
}

QString OverviewModel::indicatorAt(int row) const
{
    return row >= 0 && row < m_cards.size() ? m_cards.at(row).f.indicatorId : QString();
}

bool OverviewModel::fillSparkline(QObject *series) const
{
    return ChartFeed::replace(series, m_spark);
}

bool OverviewModel::fillSparkTarget(QObject *series) const
{
    QList<QPointF> line;
    if (m_sickTarget)
        line << QPointF(0, *m_sickTarget) << QPointF(11, *m_sickTarget);
    return ChartFeed::replace(series, line);
}

namespace {
// What drives the budget deviation to date: the category with the largest deviation either way
// ("i nivå med budget" when every category is), then the full-year forecast.
QString budgetExplanation(const UnitFigures &uf, std::optional<double> forecastDev)
{
    if (uf.budgetYear.byCategory.isEmpty())
        return OverviewModel::tr("No budget for this unit and year.");
    QString text;
    if (uf.budgetYtd.byCategory.isEmpty()) {
        text = OverviewModel::tr("No actual costs booked yet this year.");
    } else {
        QString largest;
        double largestDev = 0;
        for (auto it = uf.budgetYtd.byCategory.cbegin(); it != uf.budgetYtd.byCategory.cend(); ++it) {
            const double d = BudgetSums::deviation(it.key(), it.value());
            if (largest.isEmpty() || std::abs(d) > std::abs(largestDev)) {
                largest = it.key();
                largestDev = d;
            }
        }
        const BudgetAmounts &a = uf.budgetYtd.byCategory.value(largest);
        text = Calc::onBudgetLevel(largestDev, a.budget)
            ? OverviewModel::tr("Every category is on budget %1.").arg(Fmt::throughMonth(uf.budgetMonth))
            : OverviewModel::tr("Largest deviation %1: %2.")
                  .arg(Fmt::throughMonth(uf.budgetMonth), Fmt::deviationSentence(largest, largestDev, a.budget));
    }
    if (forecastDev)
        text += QLatin1Char(' ')
            + (Calc::onBudgetLevel(*forecastDev, uf.budgetYear.netBudget())
                   ? OverviewModel::tr("The full-year forecast is on budget.")
                   : *forecastDev < 0 ? OverviewModel::tr("The full-year forecast is %1 over budget.").arg(Fmt::tkr(-*forecastDev))
                                      : OverviewModel::tr("The full-year forecast is %1 under budget.").arg(Fmt::tkr(*forecastDev)));
    else
        text += QLatin1Char(' ') + OverviewModel::tr("No full-year forecast yet.");
    return text;
}
} // namespace

void OverviewModel::load()
{
    m_cards.clear();
    m_sick.clear();
    m_budget.clear();
    m_summary.clear();
    m_spark.clear();
    m_sparkLabels.clear();
    m_sickTarget.reset();
    m_sparkMax = 1;
    m_dataMonthText.clear();
    if (unitId().isEmpty() || year() <= 0 || month() <= 0)
        return;
    FollowUp &fu = followUp();
    Database &db = FigureCache::instance()->database();
    const UnitFigures uf = FigureCache::instance()->figures(unitId(), year(), month());
    m_dataMonthText = Fmt::monthYear(year(), month());

    Catalog catalog(db);
    const QHash<QString, QString> goals = catalog.goalNames();
    QSet<QString> manual;
    for (const Indicator &i : catalog.indicators()) {
        if (i.isManual())
            manual.insert(i.id);
    }
    for (const IndicatorFigure &f : uf.indicators) {
        if (!m_goalIds.isEmpty() && !m_goalIds.contains(f.goalId))
            continue;
        m_cards.append({f, goals.value(f.goalId), manual.contains(f.indicatorId)});
    }
    // Goals met, partly and not met: the one count of the report's goal statuses.
    QList<GoalFigure> shownGoals;
    for (const GoalFigure &g : uf.goals) {
        if (m_goalIds.isEmpty() || m_goalIds.contains(g.goalId))
            shownGoals << g;
    }
    const GoalsMet goalsMet = Rules::goalsMet(shownGoals);
    m_summary = {{QStringLiteral("metText"), tr("%Ln goal(s) met", nullptr, goalsMet.met)},
                 {QStringLiteral("partlyText"), tr("%Ln goal(s) partly met", nullptr, goalsMet.partly())},
                 {QStringLiteral("notMetText"), tr("%Ln goal(s) not met", nullptr, goalsMet.notMet)},
                 {QStringLiteral("totalText"), tr("%Ln indicator(s)", nullptr, int(m_cards.size()))}};

    // Sick leave: month, year to date, rolling 12, and the month values of the last 12 months.
    const QDate end(year(), month(), 1);
    const QList<MonthSickLeave> series = fu.sickLeaveSeries(
        unitId(), end.addMonths(-11).toString(QStringLiteral("yyyy-MM")), end.toString(QStringLiteral("yyyy-MM")));
    std::optional<double> monthPercent;
    for (int i = 0; i < series.size(); ++i) {
        m_sparkLabels << Fmt::monthShort(end.addMonths(i - 11).month());
        const auto p = series.at(i).sums.percent();
        if (p) {
            m_spark << QPointF(i, *p);
            m_sparkMax = std::max(m_sparkMax, *p);
        }
        if (i == series.size() - 1)
            monthPercent = p;
    }
    const QString sickIndicator = catalog.sickLeaveIndicator();
    const EffectiveTarget t = sickIndicator.isEmpty() ? EffectiveTarget{}
                                                      : fu.effectiveTarget(sickIndicator, unitId(), year());
    m_sickTarget = t.value;
    if (t.value)
        m_sparkMax = std::max(m_sparkMax, *t.value);
    m_sparkMax = ChartFeed::niceMax(m_sparkMax);
    const auto ytd = uf.sickLeaveYtd.percent();
    const Status st = Calc::status(t.kind, ytd, t.value, t.tolerance, std::nullopt);
    m_sick = {{QStringLiteral("monthText"), Fmt::percent(monthPercent, 1)},
              {QStringLiteral("ytdText"), Fmt::percent(ytd, 1)},
              {QStringLiteral("rolling12Text"), Fmt::percent(uf.sickLeaveRolling12.percent(), 1)},
              {QStringLiteral("shortText"), Fmt::percent(uf.sickLeaveYtd.shortPercent(), 1)},
              {QStringLiteral("longText"), Fmt::percent(uf.sickLeaveYtd.longPercent(), 1)},
              {QStringLiteral("targetText"), Fmt::targetText(t.kind, t.value, QStringLiteral("%"))},
              {QStringLiteral("statusClass"), Fmt::statusClass(st)},
              {QStringLiteral("statusText"), Fmt::statusText(st)}};
    // Better or worse than last year to the same month: the sick-leave indicator's trend.
    m_sick.insert(QStringLiteral("trendWords"), Fmt::trendText(Trend::Missing));
    m_sick.insert(QStringLiteral("trendClass"), Fmt::trendClass(Trend::Missing));
    QString words, previous;
    for (const IndicatorFigure &f : uf.indicators) {
        if (f.indicatorId != sickIndicator || sickIndicator.isEmpty())
            continue;
        previous = f.previous ? tr("Last year %1").arg(Fmt::percent(f.previous, 1)) : QString();
        m_sick.insert(QStringLiteral("previousText"), previous);
        words = Fmt::trendWords(f.trend, f.value, f.previous);
        if (!words.isEmpty())
            m_sick.insert(QStringLiteral("trendWords"), words);
        m_sick.insert(QStringLiteral("trendClass"), Fmt::trendClass(f.trend));
    }
    // One line to read aloud: "12,1 % · lägre än förra året · bättre (Förra året 13,0 %)".
    if (!ytd)
        m_sick.insert(QStringLiteral("trendLine"), tr("No sick leave reported for the year yet"));
    else
        m_sick.insert(QStringLiteral("trendLine"),
                      Fmt::percent(ytd, 1) + QStringLiteral(" · ") + (words.isEmpty() ? tr("no comparison with last year") : words)
                          + (previous.isEmpty() ? QString() : QStringLiteral("  (") + previous + QLatin1Char(')')));

    // Budget: the period's deviation and the full-year forecast deviation (positive = better).
    // No deviation to date before the year's first utfall (not "0 tkr").
    const bool hasBudget = !uf.budgetYear.byCategory.isEmpty();
    const std::optional<double> forecastDev = uf.forecastDeviation();
    const std::optional<double> ytdOpt = uf.deviation();
    m_budget = {{QStringLiteral("ytdDeviationText"), Fmt::tkr(ytdOpt, true)},
                {QStringLiteral("ytdDeviationClass"), Fmt::deviationClass(ytdOpt)},
                {QStringLiteral("forecastDeviationText"), Fmt::tkr(forecastDev, true)},
                {QStringLiteral("forecastDeviationClass"), Fmt::deviationClass(forecastDev)},
                {QStringLiteral("yearBudgetText"), Fmt::tkr(hasBudget ? std::optional<double>(uf.budgetYear.netBudget()) : std::nullopt)},
                {QStringLiteral("ytdBudgetText"), Fmt::tkr(uf.budgetMonth > 0 ? std::optional<double>(uf.budgetYtd.netBudget()) : std::nullopt)},
                {QStringLiteral("ytdActualText"), Fmt::tkr(uf.budgetMonth > 0 ? std::optional<double>(uf.budgetYtd.netActual()) : std::nullopt)},
                {QStringLiteral("forecastText"), Fmt::tkr(uf.forecastNet)},
                {QStringLiteral("explanationText"), budgetExplanation(uf, forecastDev)},
                {QStringLiteral("periodText"), Fmt::throughMonth(uf.budgetMonth)}};
}
