#include "apt.h"

#include "database.h"
#include "followupdata.h"
#include "unittree.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

using FollowUpData::run;

namespace {
// A function, not a global: the importer builds its table of sources during static initialisation.
QString sourcePrefix()
{
    return QStringLiteral("apt_");
}
} // namespace

QStringList Apt::areas()
{
    return {Information, WorkEnvironment, CoreValues, Goals, SickLeave, Budget, FollowUp, Other};
}

QString Apt::areaTitle(const QString &area)
{
    if (area == Information)
        return QCoreApplication::translate("Apt", "Information");
    if (area == WorkEnvironment)
        return QCoreApplication::translate("Apt", "Work environment (SAM)");
    if (area == CoreValues)
        return QCoreApplication::translate("Apt", "Core values");
    if (area == Goals)
        return QCoreApplication::translate("Apt", "Goals");
    if (area == SickLeave)
        return QCoreApplication::translate("Apt", "Sick leave");
    if (area == Budget)
        return QCoreApplication::translate("Apt", "Budget");
    if (area == FollowUp)
        return QCoreApplication::translate("Apt", "Follow-up of actions");
    if (area == Other)
        return QCoreApplication::translate("Apt", "Other questions");
    return area;
}

QString Apt::coverageSource(const QString &area)
{
    return areas().contains(area) ? sourcePrefix() + area : QString();
}

QString Apt::areaOfSource(const QString &source)
{
    if (!source.startsWith(sourcePrefix()))
        return {};
    const QString area = source.mid(sourcePrefix().size());
    return areas().contains(area) ? area : QString();
}

QList<Apt::AgendaEntry> Apt::defaultAgenda()
{
    QList<AgendaEntry> out;
    const QStringList all = areas();
    for (int i = 0; i < all.size(); ++i)
        out.append(AgendaEntry{QString(), all.at(i), areaTitle(all.at(i)), i + 1});
    return out;
}

QList<Apt::AgendaEntry> Apt::standardAgenda(Database &db, const QString &unitId)
{
    QList<AgendaEntry> out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, area, title, sort_order FROM apt_agenda WHERE _deleted = 0 AND unit_id = ? "
                             "ORDER BY sort_order, id"));
    q.addBindValue(unitId);
    if (run(q, QStringLiteral("standard agenda"))) {
        while (q.next())
            out.append(AgendaEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    }
    return out.isEmpty() ? defaultAgenda() : out;
}

QList<Apt::Item> Apt::items(Database &db, const QString &unitId, const QString &meetingId)
{
    QList<Item> out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, area, title, note, covered, sort_order FROM apt_items "
                             "WHERE _deleted = 0 AND meeting_id = ? AND unit_id = ? ORDER BY sort_order, id"));
    q.addBindValue(meetingId);
    q.addBindValue(unitId);
    if (!run(q, QStringLiteral("APT items")))
        return out;
    while (q.next())
        out.append(Item{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toInt() != 0, q.value(5).toInt()});
    return out;
}

QList<Apt::Decision> Apt::decisions(Database &db, const QString &unitId, const QString &meetingId)
{
    QList<Decision> out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, body, action_id, sort_order FROM apt_decisions "
                             "WHERE _deleted = 0 AND meeting_id = ? AND unit_id = ? ORDER BY sort_order, id"));
    q.addBindValue(meetingId);
    q.addBindValue(unitId);
    if (!run(q, QStringLiteral("APT decisions")))
        return out;
    while (q.next())
        out.append(Decision{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

Apt::FollowUpList Apt::followUp(Database &db, const UnitTree &tree, const QString &unitId,
                                const QList<AptMeeting> &meetings, int at)
{
    FollowUpList out;
    if (at < 0 || at >= meetings.size())
        return out;
    const QString date = meetings.at(at).date;
    // Newest first: the previous meeting is the next one with an earlier date.
    for (int i = at + 1; i < meetings.size() && out.previousDate.isEmpty(); ++i) {
        if (meetings.at(i).date < date) {
            out.previousDate = meetings.at(i).date;
            out.previousId = meetings.at(i).id;
        }
    }
    // Started after `from` is new; with no previous meeting only what was started on the day.
    const QString from = out.previousDate.isEmpty()
        ? QDate::fromString(date, Qt::ISODate).addDays(-1).toString(Qt::ISODate) : out.previousDate;
    for (const Action &a : Actions::ofSubtree(db, tree, unitId)) {
        if (a.unitId != unitId || (!a.startDate.isEmpty() && a.startDate > date))
            continue; // another unit's, or started after the meeting
        if (!a.startDate.isEmpty() && a.startDate > from)
            out.created.append(a);
        else if (!a.isDone() || (!a.doneDate.isEmpty() && a.doneDate > from))
            out.followedUp.append(a);
    }
    return out;
}

QHash<QString, QHash<QString, Apt::Coverage>> Apt::coverage(Database &db, const QString &area, int fromYear, int toYear)
{
    QHash<QString, QHash<QString, Coverage>> out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    // A meeting counts once however many of its items are of the area.
    q.prepare(QStringLiteral(
        "SELECT m.unit_id, substr(m.meeting_date, 1, 7), COUNT(*), "
        "SUM(CASE WHEN EXISTS (SELECT 1 FROM apt_items i WHERE i.meeting_id = m.id AND i.unit_id = m.unit_id "
        "AND i._deleted = 0 AND i.area = ? AND i.covered <> 0) THEN 1 ELSE 0 END) "
        "FROM apt_meetings m WHERE m._deleted = 0 AND m.meeting_date >= ? AND m.meeting_date < ? "
        "GROUP BY m.unit_id, substr(m.meeting_date, 1, 7)"));
    q.addBindValue(area);
    q.addBindValue(QStringLiteral("%1-01-01").arg(fromYear, 4, 10, QLatin1Char('0')));
    q.addBindValue(QStringLiteral("%1-01-01").arg(toYear + 1, 4, 10, QLatin1Char('0')));
    if (!run(q, QStringLiteral("APT coverage")))
        return out;
    while (q.next())
        out[q.value(0).toString()][q.value(1).toString()] = Coverage{q.value(2).toInt(), q.value(3).toInt()};
    return out;
}
