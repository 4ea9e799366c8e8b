#include "comparemodel.h"

#include "catalog.h"
#include "database.h"
#include "figurecache.h"
#include "followup.h"
#include "format.h"
#include "rules.h"

#include <cmath>
#include <limits>

CompareModel::CompareModel(QObject *parent) : UnitPeriodModel(parent) {}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case UnitIdRole: return r.id;
    case KindTextRole: return r.kindText;
    case CellsRole: return r.cells;
    case ClassesRole: return r.classes;
    }
    return {};
}

QHash<int, QByteArray> CompareModel::roleNames() const
{
    return {{UnitIdRole, "unitId"}, {NameRole, "name"}, {KindTextRole, "kindText"}, {CellsRole, "cells"},
            {ClassesRole, "classes"}};
}

QStringList CompareModel::columns() const
{
    return {tr("Sick leave, year to date"), tr("Sick leave, rolling 12"), tr("Budget deviation to date"),
            tr("Forecast deviation"), tr("Goals met")};
}

void CompareModel::setSortColumn(int column)
{
    if (column == m_sortColumn)
        return;
    m_sortColumn = column;
    emit sortChanged();
    resort();
}

void CompareModel::setAscending(bool ascending)
{
    if (ascending == m_ascending)
        return;
    m_ascending = ascending;
    emit sortChanged();
    resort();
}

void CompareModel::resort()
{
    // Only the order changes: the figures already loaded are kept.
    beginResetModel();
    sortRows();
    endResetModel();
}

void CompareModel::sortRows()
{
    const int c = m_sortColumn;
    std::stable_sort(m_rows.begin(), m_rows.end(), [this, c](const Row &a, const Row &b) {
        if (a.top != b.top)
            return a.top; // the parent heads its units; it is not one of them
        if (c < 0 || c >= a.keys.size())
            return a.name.localeAwareCompare(b.name) < 0;
        const double x = a.keys.at(c), y = b.keys.at(c);
        if (std::isnan(x) != std::isnan(y))
            return std::isnan(y); // missing values last
        if (std::isnan(x) || x == y)
            return a.name.localeAwareCompare(b.name) < 0;
        return m_ascending ? x < y : x > y;
    });
}

void CompareModel::load()
{
    m_rows.clear();
    if (unitId().isEmpty() || month() <= 0)
        return;
    FollowUp &fu = followUp();
    const UnitTree &tree = fu.tree();
    // The units below the selected one; for an enhet, it and its siblings.
    QString top = unitId();
    if (tree.children(top).isEmpty() && tree.byId(tree.byId(top)->parentId))
        top = tree.byId(top)->parentId;
    const QString sickIndicator = Catalog(FigureCache::instance()->database()).sickLeaveIndicator();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QStringList units = tree.subtree(top);
    for (const QString &id : units) {
        const UnitFigures f = FigureCache::instance()->figures(id, year(), month());
        const Unit *u = tree.byId(id);
        Row r;
        r.id = id;
        r.top = id == top && units.size() > 1;
        r.name = QString(tree.depth(id) - tree.depth(top), QChar(0x2003)) + u->name;
        r.kindText = u->kind;
        const EffectiveTarget t = sickIndicator.isEmpty() ? EffectiveTarget{} : fu.effectiveTarget(sickIndicator, id, year());
        const auto ytd = f.sickLeaveYtd.percent();
        const auto r12 = f.sickLeaveRolling12.percent();
        r.cells << Fmt::percent(ytd, 1) << Fmt::percent(r12, 1);
        r.classes << Fmt::statusClass(Calc::status(t.kind, ytd, t.value, t.tolerance, std::nullopt))
                  << Fmt::statusClass(Calc::status(t.kind, r12, t.value, t.tolerance, std::nullopt));
        r.keys << ytd.value_or(nan) << r12.value_or(nan);
        const std::optional<double> dev = f.deviation();
        const std::optional<double> fdev = f.forecastDeviation();
        r.cells << Fmt::tkr(dev, true) << Fmt::tkr(fdev, true);
        r.classes << Fmt::deviationClass(dev) << Fmt::deviationClass(fdev);
        r.keys << dev.value_or(nan) << fdev.value_or(nan);
        const GoalsMet met = Rules::goalsMet(f.goals);
        r.cells << (met.judged ? tr("%1 of %2").arg(met.met).arg(met.judged) : QStringLiteral("–"));
        r.classes << Fmt::statusClass(met.status());
        r.keys << met.share().value_or(nan);
        m_rows << r;
    }
    sortRows();
}
