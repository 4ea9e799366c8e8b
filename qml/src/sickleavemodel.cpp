#include "sickleavemodel.h"

#include "catalog.h"
#include "chartfeed.h"
#include "figurecache.h"
#include "format.h"

SickLeaveModel::SickLeaveModel(QObject *parent) : UnitPeriodModel(parent) {}

int SickLeaveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

QVariant SickLeaveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonthSickLeave &m = m_months.at(index.row());
    const SickLeaveSums &s = m.sums;
    switch (role) {
    case Qt::DisplayRole:
    case MonthTextRole: return Fmt::monthName(m.month.mid(5, 2).toInt());
    case PercentTextRole: return Fmt::percent(s.percent(), 1);
    case ShortTextRole: return Fmt::percent(s.shortPercent(), 1);
    case LongTextRole: return Fmt::percent(s.longPercent(), 1);
    case Rolling12TextRole: return Fmt::percent(m.rolling12Percent, 1);
    case CostTextRole: return s.rows ? Fmt::number(s.sickPayCost / 1000.0, 0) + QStringLiteral("\u00a0tkr") : QStringLiteral("–");
    case StatusClassRole:
        return Fmt::statusClass(Calc::status(m_targetKind, s.percent(), m_target, m_tolerance, std::nullopt));
    case HasDataRole: return s.rows > 0;
    }
    return {};
}

QHash<int, QByteArray> SickLeaveModel::roleNames() const
{
    return {{MonthTextRole, "monthText"}, {PercentTextRole, "percentText"}, {ShortTextRole, "shortText"},
            {LongTextRole, "longText"}, {Rolling12TextRole, "rolling12Text"},
            {CostTextRole, "costText"}, {StatusClassRole, "statusClass"}, {HasDataRole, "hasData"}};
}

void SickLeaveModel::fillTrend(QObject *monthLine, QObject *rollingLine, QObject *targetLine) const
{
    QList<QPointF> month, rolling, target;
    for (int i = 0; i < m_months.size(); ++i) {
        if (const auto p = m_months.at(i).sums.percent())
            month << QPointF(i, *p);
        if (m_months.at(i).rolling12Percent)
            rolling << QPointF(i, *m_months.at(i).rolling12Percent);
    }
    if (m_target)
        target << QPointF(-0.5, *m_target) << QPointF(11.5, *m_target);
    ChartFeed::replace(monthLine, month);
    ChartFeed::replace(rollingLine, rolling);
    ChartFeed::replace(targetLine, target);
}

void SickLeaveModel::fillSplit(QObject *shortSet, QObject *longSet) const
{
    QList<qreal> s, l;
    for (const MonthSickLeave &m : m_months) {
        s << m.sums.shortPercent().value_or(0);
        l << m.sums.longPercent().value_or(0);
    }
    ChartFeed::replaceBars(shortSet, s);
    ChartFeed::replaceBars(longSet, l);
}

void SickLeaveModel::fillCompare(QObject *barSet) const
{
    ChartFeed::replaceBars(barSet, m_compareValues);
}

void SickLeaveModel::load()
{
    m_months.clear();
    m_categories.clear();
    m_compareNames.clear();
    m_compareValues.clear();
    m_totals.clear();
    m_target.reset();
    m_targetKind = TargetKind::None;
    m_targetText.clear();
    if (unitId().isEmpty() || year() <= 0)
        return;
    FollowUp &fu = followUp();
    const QString y = QString::number(year());
    m_months = fu.sickLeaveSeries(unitId(), y + QStringLiteral("-01"), y + QStringLiteral("-12"));
    double max = 1;
    for (const MonthSickLeave &m : std::as_const(m_months)) {
        m_categories << Fmt::monthShort(m.month.mid(5, 2).toInt());
        max = std::max({max, m.sums.percent().value_or(0), m.rolling12Percent.value_or(0)});
    }
    const QString indicator = Catalog(FigureCache::instance()->database()).sickLeaveIndicator();
    if (!indicator.isEmpty()) {
        const EffectiveTarget t = fu.effectiveTarget(indicator, unitId(), year());
        m_target = t.value;
        m_targetKind = t.kind;
        m_tolerance = t.tolerance;
        m_targetText = Fmt::targetText(t.kind, t.value, QStringLiteral("%"));
        if (t.value)
            max = std::max(max, *t.value);
    }
    m_chartMax = ChartFeed::niceMax(max * 1.05);

    const int m = month() > 0 ? month() : 12;
    const UnitFigures uf = FigureCache::instance()->figures(unitId(), year(), m);
    m_totals = {{QStringLiteral("ytdText"), Fmt::percent(uf.sickLeaveYtd.percent(), 1)},
                {QStringLiteral("rolling12Text"), Fmt::percent(uf.sickLeaveRolling12.percent(), 1)},
                {QStringLiteral("longShareText"), Fmt::percent(uf.sickLeaveYtd.longSharePercent(), 1)},
                {QStringLiteral("costText"), Fmt::tkr(uf.sickLeaveYtd.rows ? std::optional<double>(uf.sickLeaveYtd.sickPayCost / 1000.0) : std::nullopt)}};

    // Parent, then the unit and its siblings: rolling 12 months ending the selected month.
    const UnitTree &tree = fu.tree();
    const Unit *self = tree.byId(unitId());
    QStringList ids;
    if (self && tree.byId(self->parentId)) {
        ids << self->parentId << tree.children(self->parentId);
    } else {
        ids << unitId() << tree.children(unitId());
    }
    double cmax = 1;
    for (const QString &id : std::as_const(ids)) {
        const UnitFigures f = FigureCache::instance()->figures(id, year(), m);
        const auto p = f.sickLeaveRolling12.percent();
        const double v = p.value_or(0);
        // The value in the label, with the same decimals as the rest of the page (the chart's
        // own bar labels use significant digits: "8,92 %" next to "13,2 %").
        m_compareNames << tr("%1  %2").arg(tree.byId(id)->name, Fmt::percent(p, 1));
        m_compareValues << v;
        cmax = std::max(cmax, v);
    }
    m_compareMax = ChartFeed::niceMax(cmax * 1.05);
}
