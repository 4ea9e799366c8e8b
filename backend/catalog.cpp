#include "catalog.h"

#include "apt.h"

#include "csvreader.h"
#include "database.h"
#include "followupdata.h"
#include "unittree.h"

#include <QSet>
#include <QSqlQuery>
#include <functional>

using FollowUpData::run;

namespace {
Indicator indicatorFrom(const QSqlQuery &q)
{
    Indicator m;
    m.id = q.value(0).toString();
    m.code = q.value(1).toString();
    m.name = q.value(2).toString();
    m.measureUnit = q.value(3).toString();
    m.goalId = q.value(4).toString();
    m.direction = Calc::directionFromKey(q.value(5).toString());
    m.source = q.value(6).toString();
    m.aggregation = Calc::aggregationFromKey(q.value(7).toString());
    // A share of meetings: covered / held, summed over months and units, whatever was imported.
    if (m.isAptCoverage())
        m.aggregation = Aggregation::Ratio;
    return m;
}

const QString kIndicatorColumns = QStringLiteral("id, code, name, measure_unit, goal_id, better, source, aggregation");
} // namespace

Catalog::Catalog(Database &db) : m_db(db) {}

QList<Goal> Catalog::goals()
{
    QList<Goal> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, name, level, parent_id, unit_id FROM goals "
                             "WHERE _deleted = 0 ORDER BY code"));
    if (!run(q, QStringLiteral("goals")))
        return out;
    QHash<QString, int> row;
    while (q.next()) {
        Goal g;
        g.id = q.value(0).toString();
        g.code = q.value(1).toString();
        g.name = q.value(2).toString();
        g.level = Csv::key(q.value(3).toString());
        g.parentId = q.value(4).toString();
        g.unitId = q.value(5).toString();
        row.insert(g.id, int(out.size()));
        out.append(g);
    }
    for (const Indicator &i : indicators()) {
        auto it = row.constFind(i.goalId);
        if (it != row.cend())
            out[it.value()].indicatorIds.append(i.id);
    }
    return out;
}

QList<Goal> Catalog::goalsOfUnit(const UnitTree &tree, const QString &unitId)
{
    return branchGoals(goals(), tree, unitId);
}

QList<Goal> Catalog::branchGoals(const QList<Goal> &goals, const UnitTree &tree, const QString &unitId)
{
    QList<Goal> all;
    const QStringList path = tree.path(unitId);
    for (const Goal &g : goals) {
        if (g.unitId.isEmpty() || path.contains(g.unitId) || tree.isInSubtree(g.unitId, unitId))
            all.append(g);
    }
    QSet<QString> ids;
    for (const Goal &g : std::as_const(all))
        ids.insert(g.id);
    QList<Goal> out;
    std::function<void(const QString &, int)> add = [&](const QString &parent, int depth) {
        for (const Goal &g : std::as_const(all)) {
            const bool isRoot = g.parentId.isEmpty() || !ids.contains(g.parentId);
            if (parent.isEmpty() ? isRoot : g.parentId == parent) {
                Goal copy = g;
                copy.depth = depth;
                out.append(copy);
                if (depth < 16)
                    add(g.id, depth + 1);
            }
        }
    };
    add(QString(), 0);
    return out;
}

QHash<QString, QString> Catalog::goalNames()
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name FROM goals WHERE _deleted = 0"));
    if (!run(q, QStringLiteral("goal names")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QList<Indicator> Catalog::indicators()
{
    QList<Indicator> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM indicators WHERE _deleted = 0 ORDER BY code").arg(kIndicatorColumns));
    if (!run(q, QStringLiteral("indicators")))
        return out;
    while (q.next())
        out.append(indicatorFrom(q));
    return out;
}

std::optional<Indicator> Catalog::indicator(const QString &id)
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM indicators WHERE _deleted = 0 AND id = ?").arg(kIndicatorColumns));
    q.addBindValue(id);
    if (!run(q, QStringLiteral("indicator")) || !q.next())
        return std::nullopt;
    return indicatorFrom(q);
}

QString Catalog::sickLeaveIndicator()
{
    for (const Indicator &i : indicators()) {
        if (i.source == Source::SickLeave)
            return i.id;
    }
    return {};
}

bool Indicator::isAptCoverage() const
{
    return !Apt::areaOfSource(source).isEmpty();
}
