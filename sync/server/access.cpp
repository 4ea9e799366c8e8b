#include "access.h"

#include "database.h"
#include "unittree.h"

#include <QMutex>
#include <QSqlQuery>

namespace {
struct CacheEntry
{
    qint64 grantsVersion = -1;
    qint64 unitsSeq = -1;
    Visibility visibility;
};
QMutex g_cacheMutex;
QHash<QString, CacheEntry> g_cache; // by database spec and user name

const QSet<QString> &managerTables()
{
    static const QSet<QString> t{QStringLiteral("comments"), QStringLiteral("actions"),
                                 QStringLiteral("apt_meetings")};
    return t;
}
} // namespace

Visibility Access::visibility(const Principal &p)
{
    Visibility v;
    if (p.role == QLatin1String("admin")) {
        v.all = true;
        return v;
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT grants_version, (SELECT MAX(_seq) FROM units) FROM users WHERE name = ?"));
    q.addBindValue(p.user);
    if (!q.exec() || !q.next())
        return v;
    const qint64 grantsVersion = q.value(0).toLongLong();
    const qint64 unitsSeq = q.value(1).toLongLong();
    // Keyed by database too: two databases in one process (tests, a restore) can have a user of
    // the same name with the same grants version and unit sequence but other grants.
    const QString key = m_db.spec() + QLatin1Char('\n') + p.user;
    {
        QMutexLocker lock(&g_cacheMutex);
        const auto it = g_cache.constFind(key);
        if (it != g_cache.cend() && it->grantsVersion == grantsVersion && it->unitsSeq == unitsSeq)
            return it->visibility;
    }
    QSqlQuery g(m_db.db());
    g.prepare(QStringLiteral("SELECT unit_id FROM grants WHERE user_name = ?"));
    g.addBindValue(p.user);
    g.exec();
    const UnitTree tree = UnitTree::load(m_db);
    while (g.next()) {
        const QString unit = g.value(0).toString();
        v.units.insert(unit); // granted even before the unit row arrives
        for (const QString &id : tree.subtree(unit))
            v.units.insert(id);
        for (const QString &id : tree.path(unit))
            v.ancestors.insert(id);
    }
    for (const QString &id : std::as_const(v.units))
        v.ancestors.remove(id);
    QMutexLocker lock(&g_cacheMutex);
    g_cache.insert(key, CacheEntry{grantsVersion, unitsSeq, v});
    return v;
}

QString Access::unitLabel(const QString &unitId)
{
    if (unitId.isEmpty())
        return QString();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT code FROM units WHERE id = ?"));
    q.addBindValue(unitId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return unitId;
}

QString Access::indicatorSource(const QString &indicatorId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT source FROM indicators WHERE id = ? AND _deleted = 0"));
    q.addBindValue(indicatorId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

std::optional<Access::Denial> Access::checkRead(const Principal &p, const QString &unitId)
{
    const Visibility v = visibility(p);
    if (v.all || v.units.contains(unitId))
        return std::nullopt;
    const QString unit = unitLabel(unitId);
    return Denial{QStringLiteral("user %1 has no grant for unit %2").arg(p.user, unit), unit, QString(), QString()};
}

std::optional<Access::Denial> Access::checkWrite(const Principal &p, const Visibility &v,
                                                 const SyncRow *before, const Merge::Outcome &out)
{
    if (p.role == QLatin1String("admin") || !out.changed)
        return std::nullopt;
    const SyncRow &after = out.result;
    const QString table = after.table;
    const QString field = out.changedFields.isEmpty() ? QStringLiteral("_deleted") : out.changedFields.first();
    const QString unitAfter = after.unitId();
    const QString unitBefore = before ? before->unitId() : unitAfter;
    if (p.role == QLatin1String("controller"))
        return Denial{QStringLiteral("role controller may read but not change data (%1 of unit %2)")
                          .arg(table, unitLabel(unitAfter)), unitLabel(unitAfter), table, field};
    for (const QString &unit : {unitBefore, unitAfter}) {
        if (unit.isEmpty() || Schema::isGlobal(table))
            return Denial{QStringLiteral("%1 is reference data; only an admin or an import may change it").arg(table),
                          QString(), table, field};
        if (!v.units.contains(unit))
            return Denial{QStringLiteral("user %1 has no grant for unit %2 (%3 %4)")
                              .arg(p.user, unitLabel(unit), table, after.id), unitLabel(unit), table, field};
    }
    if (managerTables().contains(table))
        return std::nullopt;
    if (table == QLatin1String("budget")) {
        static const QSet<QString> keys{QStringLiteral("unit_id"), QStringLiteral("month"), QStringLiteral("category")};
        if (out.becameDeleted)
            return Denial{QStringLiteral("budget rows are imported; a manager cannot delete them (unit %1)").arg(unitLabel(unitAfter)),
                          unitLabel(unitAfter), table, QStringLiteral("_deleted")};
        for (const QString &f : out.changedFields) {
            if (f == QLatin1String("forecast") || (!before && keys.contains(f)))
                continue;
            return Denial{QStringLiteral("budget.%1 of unit %2 is imported; managers may only change forecast")
                              .arg(f, unitLabel(unitAfter)), unitLabel(unitAfter), table, f};
        }
        return std::nullopt;
    }
    if (table == QLatin1String("indicator_values")) {
        const QString indicator = after.values.value(QStringLiteral("indicator_id")).toString();
        if (indicatorSource(indicator) == QLatin1String("manuell"))
            return std::nullopt;
        return Denial{QStringLiteral("values of indicator %1 are imported (source is not manuell); unit %2")
                          .arg(indicator, unitLabel(unitAfter)), unitLabel(unitAfter), table, field};
    }
    return Denial{QStringLiteral("%1 (unit %2) can only be changed by an import or an admin")
                      .arg(table, unitLabel(unitAfter)), unitLabel(unitAfter), table, field};
}
