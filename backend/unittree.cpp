#include "unittree.h"

#include "database.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

UnitTree UnitTree::load(Database &db)
{
    UnitTree t;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, code, name, parent_id, kind FROM units WHERE _deleted = 0"));
    while (q.next()) {
        Unit u{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
               q.value(3).toString(), q.value(4).toString()};
        t.m_idByCode.insert(u.code, u.id);
        t.m_units.insert(u.id, u);
    }
    for (const Unit &u : std::as_const(t.m_units)) {
        if (!u.parentId.isEmpty() && t.m_units.contains(u.parentId) && u.parentId != u.id)
            t.m_children[u.parentId].append(u.id);
        else
            t.m_roots.append(u.id);
    }
    const auto byName = [&t](const QString &a, const QString &b) {
        const Unit &ua = t.m_units[a], &ub = t.m_units[b];
        return ua.name == ub.name ? ua.code < ub.code : ua.name.localeAwareCompare(ub.name) < 0;
    };
    std::sort(t.m_roots.begin(), t.m_roots.end(), byName);
    for (QStringList &c : t.m_children)
        std::sort(c.begin(), c.end(), byName);
    return t;
}

const Unit *UnitTree::byId(const QString &id) const
{
    auto it = m_units.constFind(id);
    return it == m_units.cend() ? nullptr : &it.value();
}

const Unit *UnitTree::byCode(const QString &code) const
{
    auto it = m_idByCode.constFind(code);
    return it == m_idByCode.cend() ? nullptr : byId(it.value());
}

QStringList UnitTree::subtree(const QString &id) const
{
    QStringList out;
    if (!m_units.contains(id))
        return out;
    QSet<QString> seen;
    QList<QString> stack{id};
    while (!stack.isEmpty()) {
        const QString cur = stack.takeLast();
        if (seen.contains(cur))
            continue; // defensive against cycles in bad data
        seen.insert(cur);
        out.append(cur);
        const QStringList kids = m_children.value(cur);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return out;
}

QStringList UnitTree::path(const QString &id) const
{
    QStringList out;
    QString cur = id;
    while (m_units.contains(cur) && !out.contains(cur)) {
        out.prepend(cur);
        cur = m_units.value(cur).parentId;
    }
    return out;
}

bool UnitTree::isInSubtree(const QString &id, const QString &ancestorId) const
{
    // Walks up the parents without building a list; at most size() steps (bad data may cycle),
    // which visits exactly the units path(id) would hold.
    QString cur = id;
    for (qsizetype steps = 0; steps < m_units.size(); ++steps) {
        const auto it = m_units.constFind(cur);
        if (it == m_units.cend())
            return false;
        if (cur == ancestorId)
            return true;
        cur = it->parentId;
    }
    return false;
}
