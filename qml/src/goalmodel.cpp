#include "goalmodel.h"

#include "appstate.h"
#include "database.h"
#include "followup.h"
#include "format.h"

#include <QSet>
#include <QSqlQuery>

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
    case LevelTextRole: {
        const QString l = Fmt::key(r.level);
        if (l == QStringLiteral("kf"))
            return tr("Council goal");
        if (l == QStringLiteral("namnd"))
            return tr("Board goal");
        if (l == QStringLiteral("forvaltning"))
            return tr("Administration goal");
        return tr("Unit goal");
    }
    }
    return {};
}

QHash<int, QByteArray> GoalModel::roleNames() const
{
    return {{GoalIdRole, "goalId"}, {CodeRole, "code"}, {NameRole, "name"}, {LevelTextRole, "levelText"},
            {DepthRole, "depth"}};
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
    AppState *app = AppState::instance();
    if (app && !unitId().isEmpty()) {
        const UnitTree &tree = followUp().tree();
        QSqlQuery q(app->database().db());
        QList<Row> all;
        q.exec(QStringLiteral("SELECT id, code, name, level, parent_id, unit_id FROM goals WHERE _deleted = 0 ORDER BY code"));
        const QStringList path = tree.path(unitId());
        while (q.next()) {
            const QString unit = q.value(5).toString();
            // Goals of the unit's own branch: set on an ancestor, the unit itself or below it.
            if (!unit.isEmpty() && !path.contains(unit) && !tree.isInSubtree(unit, unitId()))
                continue;
            all << Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), 0};
        }
        QSet<QString> ids;
        for (const Row &r : std::as_const(all))
            ids.insert(r.id);
        // Depth-first from the roots (goals whose parent is not shown).
        std::function<void(const QString &, int)> add = [&](const QString &parent, int depth) {
            for (const Row &r : std::as_const(all)) {
                const bool isRoot = parent.isEmpty() && (r.parentId.isEmpty() || !ids.contains(r.parentId));
                if ((parent.isEmpty() && isRoot) || (!parent.isEmpty() && r.parentId == parent)) {
                    Row copy = r;
                    copy.depth = depth;
                    m_rows << copy;
                    if (depth < 16)
                        add(r.id, depth + 1);
                }
            }
        };
        add(QString(), 0);
    }
}
