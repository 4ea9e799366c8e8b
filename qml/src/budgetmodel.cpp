#include "budgetmodel.h"

#include "chartfeed.h"
#include "database.h"
#include "figurecache.h"
#include "format.h"

BudgetModel::BudgetModel(QObject *parent) : UnitPeriodModel(parent) {}

int BudgetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BudgetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    // The net row has no category: it deviates like a cost (net cost = costs − income).
    const double ytdDev = BudgetSums::deviation(r.category, r.ytd);
    const std::optional<double> fDev = BudgetSums::forecastDeviation(r.category, r.year.budget, r.forecast);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case CategoryRole: return r.category;
    case BudgetTextRole: return Fmt::number(r.ytd.budget);
    case ActualTextRole: return Fmt::number(r.ytd.actual);
    case DeviationTextRole: return (ytdDev >= 0.5 ? QStringLiteral("+") : QString()) + Fmt::number(ytdDev);
    case DeviationClassRole: return Fmt::deviationClass(ytdDev);
    case YearBudgetTextRole: return Fmt::number(r.year.budget);
    case ForecastRole: return r.forecast ? Fmt::number(r.forecast, 0) : QString();
    case ForecastTextRole: return Fmt::number(r.forecast);
    case ForecastDeviationTextRole: return fDev ? (*fDev >= 0.5 ? QStringLiteral("+") : QString()) + Fmt::number(fDev) : QStringLiteral("–");
    case ForecastDeviationClassRole: return Fmt::deviationClass(fDev);
    case IsTotalRole: return r.total;
    }
    return {};
}

QHash<int, QByteArray> BudgetModel::roleNames() const
{
    return {{CategoryRole, "category"}, {NameRole, "name"}, {BudgetTextRole, "budgetText"},
            {ActualTextRole, "actualText"}, {DeviationTextRole, "deviationText"},
            {DeviationClassRole, "deviationClass"}, {YearBudgetTextRole, "yearBudgetText"},
            {ForecastRole, "forecast"}, {ForecastTextRole, "forecastText"},
            {ForecastDeviationTextRole, "forecastDeviationText"},
            {ForecastDeviationClassRole, "forecastDeviationClass"}, {IsTotalRole, "isTotal"}};
}

void BudgetModel::fillCumulative(QObject *budgetLine, QObject *actualLine, QObject *forecastLine) const
{
    QList<QPointF> b, a, f;
    int lastActual = -1;
    for (int i = 0; i < m_series.size(); ++i) {
        b << QPointF(i, m_series.at(i).cumulativeBudgetNet);
        if (m_series.at(i).hasActual && m_series.at(i).month <= month()) {
            a << QPointF(i, m_series.at(i).cumulativeActualNet);
            lastActual = i;
        }
    }
    if (m_forecastNet && lastActual >= 0 && lastActual < m_series.size() - 1)
        f << a.last() << QPointF(m_series.size() - 1, *m_forecastNet);
    ChartFeed::replace(budgetLine, b);
    ChartFeed::replace(actualLine, a);
    ChartFeed::replace(forecastLine, f);
}

void BudgetModel::load()
{
    m_rows.clear();
    m_series.clear();
    m_categories.clear();
    m_totals.clear();
    m_forecastNet.reset();
    m_editable = false;
    if (unitId().isEmpty() || year() <= 0 || month() <= 0)
        return;
    FollowUp &fu = followUp();
    const UnitFigures uf = FigureCache::instance()->figures(unitId(), year(), month());
    m_series = fu.budgetSeries(unitId(), year());
    m_forecastNet = uf.forecastNet;
    m_editable = fu.tree().children(unitId()).isEmpty();

    Row total{QString(), tr("Net cost"), {}, {}, m_forecastNet, true};
    for (const QString &c : {Category::Income, Category::Personnel, Category::Other, Category::Capital}) {
        Row r{c, Fmt::categoryText(c), uf.budgetYtd.byCategory.value(c), uf.budgetYear.byCategory.value(c),
              uf.forecastByCategory.contains(c) ? std::optional<double>(uf.forecastByCategory.value(c)) : std::nullopt,
              false};
        m_rows << r;
    }
    total.ytd = {uf.budgetYtd.netBudget(), uf.budgetYtd.netActual()};
    total.year = {uf.budgetYear.netBudget(), uf.budgetYear.netActual()};
    m_rows << total;

    double max = 1;
    for (const MonthBudget &mb : std::as_const(m_series)) {
        m_categories << Fmt::monthShort(mb.month);
        max = std::max({max, mb.cumulativeBudgetNet, mb.cumulativeActualNet});
    }
    if (m_forecastNet)
        max = std::max(max, *m_forecastNet);
    m_chartMax = ChartFeed::niceMax(max * 1.02);
    const std::optional<double> ytdDev = uf.deviation(); // none before the year's first utfall
    const std::optional<double> fDev = uf.forecastDeviation();
    m_totals = {{QStringLiteral("periodText"), Fmt::throughMonth(uf.budgetMonth)},
                {QStringLiteral("ytdDeviationText"), Fmt::tkr(ytdDev, true)},
                {QStringLiteral("ytdDeviationClass"), Fmt::deviationClass(ytdDev)},
                {QStringLiteral("forecastDeviationText"), Fmt::tkr(fDev, true)},
                {QStringLiteral("forecastDeviationClass"), Fmt::deviationClass(fDev)},
                {QStringLiteral("yearBudgetText"), Fmt::tkr(uf.budgetYear.netBudget())},
                {QStringLiteral("forecastText"), Fmt::tkr(m_forecastNet)}};
}
