#include "unitperiodmodel.h"

#include "figurecache.h"

UnitPeriodModel::UnitPeriodModel(QObject *parent) : QAbstractListModel(parent) {}

void UnitPeriodModel::setUnitId(const QString &id)
{
    if (id == m_unitId)
        return;
    m_unitId = id;
    emit unitIdChanged();
    refresh();
}

void UnitPeriodModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    emit yearChanged();
    refresh();
}

void UnitPeriodModel::setMonth(int month)
{
    if (month == m_month)
        return;
    m_month = month;
    emit monthChanged();
    refresh();
}

void UnitPeriodModel::setRevision(int revision)
{
    if (revision == m_revision)
        return;
    m_revision = revision;
    emit revisionChanged();
    refresh();
}

void UnitPeriodModel::componentComplete()
{
    m_complete = true;
    refresh();
}

FollowUp &UnitPeriodModel::followUp()
{
    return FigureCache::instance()->followUp();
}

QString UnitPeriodModel::period() const
{
    return QStringLiteral("%1-%2").arg(m_year).arg(m_month, 2, 10, QLatin1Char('0'));
}

void UnitPeriodModel::refresh()
{
    if (!m_complete)
        return;
    const int before = rowCount();
    if (!updateInPlace()) {
        beginResetModel();
        load(); // subclasses clear themselves when there is no unit
        endResetModel();
    }
    if (before != rowCount())
        emit countChanged();
    emit reloaded();
}
