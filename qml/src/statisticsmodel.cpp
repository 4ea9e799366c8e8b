#include "statisticsmodel.h"

#include "figurecache.h"
#include "format.h"

StatisticsModel::StatisticsModel(QObject *parent) : UnitPeriodModel(parent) {}

int StatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatisticsRow &r = m_rows.at(index.row());
    const int decimals = r.figure.aggregation == Aggregation::Sum ? 0 : 1;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.figure.name.isEmpty() ? r.figure.code : r.figure.name;
    case MeasureUnitRole: return r.figure.measureUnit;
    case MonthTextsRole: {
        QStringList out;
        for (qsizetype m = 0; m < m_headers.size() && m < r.months.size(); ++m)
            out << Fmt::number(r.months.at(m), decimals);
        return out;
    }
    case YearTextRole: return Fmt::number(r.figure.value, decimals);
    case PreviousTextRole: return Fmt::number(r.figure.previous, decimals);
    case TrendTextRole: return Fmt::trendText(r.figure.trend);
    }
    return {};
}

QStringList StatisticsModel::rowNames() const
{
    QStringList out;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString name = data(index(i), NameRole).toString();
        const QString unit = m_rows.at(i).figure.measureUnit;
        out << (unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, unit));
    }
    return out;
}

QStringList StatisticsModel::rowCells(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const QModelIndex i = index(row);
    return data(i, MonthTextsRole).toStringList() << data(i, YearTextRole).toString() << data(i, PreviousTextRole).toString();
}

QHash<int, QByteArray> StatisticsModel::roleNames() const
{
    return {{NameRole, "name"}, {MeasureUnitRole, "measureUnit"}, {MonthTextsRole, "monthTexts"},
            {YearTextRole, "yearText"}, {PreviousTextRole, "previousText"}, {TrendTextRole, "trendText"}};
}

void StatisticsModel::load()
{
    m_rows.clear();
    m_headers.clear();
    if (unitId().isEmpty() || year() <= 0)
        return;
    // The figures the other pages read (FigureCache), so the year's values are not computed again.
    const UnitFigures figures = FigureCache::instance()->figures(unitId(), year(), month());
    m_rows = followUp().statistics(figures);
    for (int m = 1; m <= (figures.month > 0 ? figures.month : 12); ++m)
        m_headers << Fmt::monthShort(m);
}
