#include "goalmodel.h"

#include "catalog.h"
#include "database.h"
#include "figurecache.h"
#include "followup.h"
#include "format.h"

GoalModel::GoalModel(QObject *parent) : UnitPeriodModel(parent) {}

int GoalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GoalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case GoalIdRole: return r.id;
    case CodeRole: return r.code;
    case DepthRole: return r.depth;
    case StatusClassRole: return Fmt::statusClass(r.status);
    case StatusTextRole: return Fmt::goalStatusText(r.status);
    case LevelTextRole: return Fmt::goalLevelText(r.level);
    }
    return {};
}

QHash<int, QByteArray> GoalModel::roleNames() const
{
    return {{GoalIdRole, "goalId"}, {CodeRole, "code"}, {NameRole, "name"}, {LevelTextRole, "levelText"},
            {DepthRole, "depth"}, {StatusClassRole, "statusClass"}, {StatusTextRole, "statusText"}};
}

QStringList GoalModel::subtree(const QString &goalId) const
{
    QStringList out{goalId};
    for (int i = 0; i < out.size(); ++i)
        for (const Row &r : m_rows)
            if (r.parentId == out.at(i) && !out.contains(r.id))
                out << r.id;
    return out;
}

QString GoalModel::goalAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void GoalModel::load()
{
    m_rows.clear();
    FigureCache *read = FigureCache::instance();
    if (!read || unitId().isEmpty())
        return;
    // The statuses of the report's goals (the same branch, so every row has its goal there).
    QHash<QString, Status> statuses;
    if (year() > 0) {
        for (const GoalFigure &g : read->figures(unitId(), year(), month()).goals)
            statuses.insert(g.goalId, g.status);
    }
    for (const Goal &g : Catalog(read->database()).goalsOfUnit(followUp().tree(), unitId()))
        m_rows << Row{g.id, g.code, g.name, g.level, g.parentId, g.depth, statuses.value(g.id, Status::Missing)};
}

QVariantList GoalModel::choices() const
{
    QVariantList out;
    for (const Row &r : m_rows) {
        const QString text = r.code.isEmpty() ? r.name : tr("%1 %2", "goal code and name").arg(r.code, r.name);
        out.append(QVariantMap{{QStringLiteral("key"), r.id}, {QStringLiteral("text"), text}});
    }
    return out;
}
