#include "unitlistmodel.h"

#include "figurecache.h"
#include "followup.h"

#include <QSet>

UnitListModel::UnitListModel(QObject *parent) : QAbstractListModel(parent)
{
    rebuild();
}

int UnitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UnitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case UnitIdRole: return r.id;
    case CodeRole: return r.code;
    case DepthRole: return r.depth;
    case KindTextRole: return r.kindText;
    case PathRole: return r.path;
    }
    return {};
}

QHash<int, QByteArray> UnitListModel::roleNames() const
{
    return {{UnitIdRole, "unitId"}, {CodeRole, "code"}, {NameRole, "name"}, {DepthRole, "depth"},
            {KindTextRole, "kindText"}, {PathRole, "path"}};
}

void UnitListModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    rebuild();
}

void UnitListModel::setRevision(int revision)
{
    if (revision == m_revision)
        return;
    m_revision = revision;
    emit revisionChanged();
    rebuild();
}

int UnitListModel::indexOf(const QString &unitId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == unitId)
            return i;
    return -1;
}

int UnitListModel::firstMatch() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).match)
            return i;
    return -1;
}

void UnitListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    FigureCache *read = FigureCache::instance();
    if (read) {
        const UnitTree &tree = read->followUp().tree();
        const QString needle = m_filter.trimmed();
        QSet<QString> keep, matched;
        QStringList order;
        for (const QString &root : tree.roots())
            order << tree.subtree(root);
        for (const QString &id : std::as_const(order)) {
            const Unit *u = tree.byId(id);
            if (needle.isEmpty() || u->name.contains(needle, Qt::CaseInsensitive)
                || u->code.contains(needle, Qt::CaseInsensitive)) {
                matched.insert(id);
                for (const QString &p : tree.path(id))
                    keep.insert(p);
            }
        }
        for (const QString &id : std::as_const(order)) {
            if (!keep.contains(id))
                continue;
            const Unit *u = tree.byId(id);
            Row r;
            r.id = id;
            r.code = u->code;
            r.name = u->name;
            r.depth = tree.depth(id);
            r.match = matched.contains(id);
            r.kindText = u->kind == QStringLiteral("forvaltning") ? tr("Administration")
                       : u->kind == QStringLiteral("omrade")      ? tr("Area")
                                                                  : tr("Unit");
            const Unit *parent = tree.byId(u->parentId);
            r.path = parent ? parent->name : QString();
            m_rows << r;
        }
    }
    endResetModel();
}
