#include "access.h"

#include "catalog.h"
#include "database.h"
#include "hlc.h"
#include "rounds.h"
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
                                 QStringLiteral("apt_meetings"), QStringLiteral("apt_items"),
                                 QStringLiteral("apt_decisions"), QStringLiteral("apt_agenda")};
    return t;
}

// A unit's report for a round: written by the unit's manager, reviewed above it (rounds.h).
const QSet<QString> &roundTables()
{
    static const QSet<QString> t{QStringLiteral("unit_reports"), QStringLiteral("report_sections"),
                                 QStringLiteral("goal_assessments")};
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

std::optional<Access::Denial> Access::checkRead(const Principal &p, const QString &unitId)
{
    const Visibility v = visibility(p);
    if (v.all || v.units.contains(unitId))
        return std::nullopt;
    const QString unit = unitLabel(unitId);
    return Denial{noGrantMessage(p, unit), unit, QString(), QString()};
}

QString Access::noGrantMessage(const Principal &p, const QString &unitCode)
{
    return QStringLiteral("user %1 has no grant for unit %2").arg(p.user, unitCode);
}

namespace {
// The fields a push writes or tries to write: all of them for a new row. For a stored row, a
// client sends its whole row, so two kinds of field are not the user's writes: one that repeats
// the stored value with a clock that is not newer, and one whose clock is older than the stored
// one and stamped by another device than the pushing one (a value the client was sent, since
// overwritten on the server: it loses the merge and is never stored).
QStringList attemptedFields(const SyncRow *before, const SyncRow &incoming, const QString &device)
{
    QStringList fields;
    for (auto it = incoming.values.cbegin(); it != incoming.values.cend(); ++it) {
        const QString &f = it.key();
        if (before) {
            const QString clock = incoming.clocks.value(f).toString();
            const QString stored = before->clocks.value(f).toString();
            if (clock <= stored && Rows::toJson(it.value()) == Rows::toJson(before->values.value(f)))
                continue;
            if (clock < stored) {
                const auto stamp = Hlc::parse(clock);
                if (!stamp || stamp->device != device)
                    continue;
            }
        }
        fields << f;
    }
    return fields;
}
} // namespace

std::optional<Access::Denial> Access::checkWrite(const Principal &p, const Visibility &v, const QString &device,
                                                 const SyncRow *before, const SyncRow &incoming,
                                                 const Merge::Outcome &out, QStringList *attempted)
{
    *attempted = attemptedFields(before, incoming, device);
    const QStringList &fields = *attempted;
    if (p.role == QLatin1String("admin"))
        return std::nullopt;
    const QString table = incoming.table;
    const SyncRow &after = out.result;
    const bool deletes = incoming.deleted && !(before && before->deleted);
    const QString field = fields.isEmpty() ? QStringLiteral("_deleted") : fields.first();
    // A unit is named (code) only when the user may read it; otherwise the denial is generic.
    auto label = [&](const QString &unitId) {
        return !unitId.isEmpty() && v.canRead(QStringLiteral("units"), unitId) ? unitLabel(unitId) : QString();
    };
    const QString unitAfter = after.unitId();
    if (table == QLatin1String("report_rounds")) {
        if (p.role == QLatin1String("controller"))
            return std::nullopt;
        return Denial{QStringLiteral("report rounds are opened by a controller or an admin"), QString(), table, field};
    }
    // A controller (ekonom) may write the Ekonomi section of the reports of granted units.
    const bool controllerSection = p.role == QLatin1String("controller") && table == QLatin1String("report_sections");
    if (p.role == QLatin1String("controller") && !controllerSection) {
        const QString shown = label(unitAfter);
        return Denial{shown.isEmpty() ? QStringLiteral("role controller may read but not change data (%1)").arg(table)
                                      : QStringLiteral("role controller may read but not change data (%1 of unit %2)").arg(table, shown),
                      shown, table, field};
    }
    if (Schema::isGlobal(table))
        return Denial{QStringLiteral("%1 is reference data; only an admin or an import may change it").arg(table),
                      QString(), table, field};
    // The unit of the row as stored, as pushed and as merged: a row can neither be written in,
    // nor moved out of or into, a unit without a grant.
    QStringList units{unitAfter};
    if (before)
        units << before->unitId();
    if (incoming.values.contains(QStringLiteral("unit_id")))
        units << incoming.values.value(QStringLiteral("unit_id")).toString();
    for (const QString &unit : std::as_const(units)) {
        if (unit.isEmpty() || !v.units.contains(unit))
            return Denial{QStringLiteral("user %1 has no grant for the unit of %2 %3").arg(p.user, table, incoming.id),
                          QString(), table, field};
    }
    if (fields.isEmpty() && !deletes)
        return std::nullopt; // repeats what is stored
    if (managerTables().contains(table))
        return std::nullopt;
    auto shown = [&] { return label(unitAfter); }; // looked up only for a denial
    if (roundTables().contains(table))
        return checkRoundWrite(p, before, incoming, after, fields, controllerSection, shown());
    if (table == QLatin1String("budget")) {
        static const QSet<QString> keys{QStringLiteral("unit_id"), QStringLiteral("month"), QStringLiteral("category")};
        if (incoming.deleted)
            return Denial{QStringLiteral("budget rows are imported; a manager cannot delete them (unit %1)").arg(shown()),
                          shown(), table, QStringLiteral("_deleted")};
        for (const QString &f : fields) {
            if (f == QLatin1String("forecast") || (!before && keys.contains(f)))
                continue;
            return Denial{QStringLiteral("budget.%1 of unit %2 is imported; managers may only change forecast")
                              .arg(f, shown()), shown(), table, f};
        }
        return std::nullopt;
    }
    if (table == QLatin1String("indicator_values")) {
        // The indicator of the row as stored, as pushed and as merged must all be manual.
        const QString key = QStringLiteral("indicator_id");
        QStringList indicators{after.values.value(key).toString()};
        if (before)
            indicators << before->values.value(key).toString();
        if (incoming.values.contains(key))
            indicators << incoming.values.value(key).toString();
        indicators.removeDuplicates();
        for (const QString &indicator : std::as_const(indicators)) {
            const std::optional<Indicator> known = Catalog(m_db).indicator(indicator);
            if (!known || !known->isManual())
                return Denial{QStringLiteral("values of indicator %1 are imported (source is not manuell); unit %2")
                                  .arg(indicator, shown()), shown(), table, field};
        }
        return std::nullopt;
    }
    return Denial{QStringLiteral("%1 (unit %2) can only be changed by an import or an admin")
                      .arg(table, shown()), shown(), table, field};
}

std::optional<Access::Denial> Access::checkRoundWrite(const Principal &p, const SyncRow *before, const SyncRow &incoming,
                                                      const SyncRow &after, const QStringList &fields,
                                                      bool controllerSection, const QString &shown)
{
    const QString &table = incoming.table;
    if (incoming.deleted && !(before && before->deleted))
        return Denial{QStringLiteral("%1 rows are not deleted; write an empty text instead (unit %2)").arg(table, shown),
                      shown, table, QStringLiteral("_deleted")};
    // The keys of a stored row stay (a section, a goal, a round cannot be re-pointed).
    static const QSet<QString> keys{QStringLiteral("round_id"), QStringLiteral("section"), QStringLiteral("goal_id")};
    for (const QString &f : fields) {
        if (before && keys.contains(f) && Rows::toJson(before->values.value(f)) != Rows::toJson(incoming.values.value(f)))
            return Denial{QStringLiteral("%1.%2 of a stored row cannot change (unit %3)").arg(table, f, shown), shown, table, f};
    }
    if (controllerSection) {
        // The section as stored, as pushed and as merged must all be Ekonomi.
        QStringList sections{after.values.value(QStringLiteral("section")).toString()};
        if (before)
            sections << before->values.value(QStringLiteral("section")).toString();
        if (incoming.values.contains(QStringLiteral("section")))
            sections << incoming.values.value(QStringLiteral("section")).toString();
        for (const QString &s : std::as_const(sections)) {
            if (s != Rounds::EconomySection)
                return Denial{QStringLiteral("role controller may write only the section %1 of a report (unit %2)")
                                  .arg(Rounds::EconomySection, shown), shown, table, QStringLiteral("section")};
        }
        return std::nullopt;
    }
    if (table != QLatin1String("unit_reports"))
        return std::nullopt;
    // Each status written (whether or not it wins the merge) must be one the role may set:
    // utkast and klar by the unit's manager, godkand and atersand (and the review comment) by a
    // verksamhetschef granted the unit or a parent (the grant is checked above).
    for (const QString &f : fields) {
        if (f == QLatin1String("status")) {
            const QString status = incoming.values.value(f).toString();
            const std::optional<Rounds::Actor> by = Rounds::setBy(status);
            if (!by)
                return Denial{QStringLiteral("unit_reports.status \"%1\" cannot be written (unit %2)").arg(status, shown),
                              shown, table, f};
            if (!Rounds::roleActs(p.role, *by))
                return Denial{QStringLiteral("role %1 may not set a report to %2 (unit %3)").arg(p.role, status, shown),
                              shown, table, f};
        } else if (f == QLatin1String("review_comment") && !Rounds::roleActs(p.role, Rounds::Actor::Reviewer)) {
            return Denial{QStringLiteral("role %1 may not write a review comment (unit %2)").arg(p.role, shown), shown, table, f};
        }
    }
    return std::nullopt;
}
