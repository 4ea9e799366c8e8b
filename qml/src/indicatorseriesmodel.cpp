#include "indicatorseriesmodel.h"

#include "catalog.h"
#include "chartfeed.h"
#include "database.h"
#include "figurecache.h"
#include "format.h"

IndicatorSeriesModel::IndicatorSeriesModel(QObject *parent) : UnitPeriodModel(parent) {}

int IndicatorSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

QVariant IndicatorSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeriodValue &v = m_values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ValueTextRole: return Fmt::measure(v.value, m_measureUnit);
    case PeriodRole: return v.period;
    case PeriodTextRole: return Fmt::periodLabel(v.period);
    case CommentRole: return v.comment;
    }
    return {};
}

QHash<int, QByteArray> IndicatorSeriesModel::roleNames() const
{
    return {{PeriodRole, "period"}, {PeriodTextRole, "periodText"}, {ValueTextRole, "valueText"},
            {CommentRole, "comment"}};
}

void IndicatorSeriesModel::setIndicatorId(const QString &id)
{
    if (id == m_indicatorId)
        return;
    m_indicatorId = id;
    emit indicatorIdChanged();
    refresh();
}

void IndicatorSeriesModel::fill(QObject *valueLine, QObject *targetLine) const
{
    QList<QPointF> values, target;
    for (int i = 0; i < m_values.size(); ++i)
        if (m_values.at(i).value)
            values << QPointF(i, *m_values.at(i).value);
    if (m_target && !m_values.isEmpty())
        target << QPointF(-0.5, *m_target) << QPointF(m_values.size() - 0.5, *m_target);
    ChartFeed::replace(valueLine, values);
    ChartFeed::replace(targetLine, target);
}

void IndicatorSeriesModel::load()
{
    m_values.clear();
    m_categories.clear();
    m_target.reset();
    m_targetText.clear();
    m_currentValue.clear();
    m_min = 0;
    m_max = 1;
    if (unitId().isEmpty() || m_indicatorId.isEmpty())
        return;
    const std::optional<Indicator> meta = Catalog(FigureCache::instance()->database()).indicator(m_indicatorId);
    m_measureUnit = meta ? meta->measureUnit : QString();
    FollowUp &fu = followUp();
    // Years up to the selected one, at most the last ten periods.
    for (const PeriodValue &v : fu.indicatorSeries(m_indicatorId, unitId())) {
        if (v.period.left(4).toInt() <= year())
            m_values << v;
    }
    if (m_values.size() > 10)
        m_values = m_values.mid(m_values.size() - 10);
    // Axis categories must fit under narrow bars: month names alone when the series lies in
    // one year, else "jan ’25".
    const bool oneYear = !m_values.isEmpty() && m_values.first().period.left(4) == m_values.last().period.left(4);
    double lo = 0, hi = 1;
    for (const PeriodValue &v : std::as_const(m_values)) {
        if (v.period.size() != 7)
            m_categories << v.period;
        else if (oneYear)
            m_categories << Fmt::monthShort(v.period.mid(5, 2).toInt());
        else
            m_categories << Fmt::monthShort(v.period.mid(5, 2).toInt()) + QStringLiteral("\u00a0\u2019") + v.period.mid(2, 2);
        if (v.value) {
            hi = std::max(hi, *v.value);
            lo = std::min(lo, *v.value);
        }
        if (v.period == currentPeriod())
            m_currentValue = v.value ? Fmt::number(v.value, 1) : QString();
    }
    const EffectiveTarget t = fu.effectiveTarget(m_indicatorId, unitId(), year());
    m_target = t.value;
    m_targetText = Fmt::targetText(t.kind, t.value, m_measureUnit);
    if (t.value)
        hi = std::max(hi, *t.value);
    m_max = ChartFeed::niceMax(hi * 1.08);
    m_min = ChartFeed::niceMin(lo);
}
