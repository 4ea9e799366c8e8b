#include "actions.h"

#include "catalog.h"
#include "csvreader.h"
#include "database.h"
#include "followupdata.h"
#include "notes.h"
#include "unittree.h"

#include <QSqlQuery>

using FollowUpData::run;

bool Action::isDone() const
{
    return status == NoteKeys::StatusDone;
}

bool Action::isLate(const QString &today) const
{
    return !isDone() && !endDate.isEmpty() && endDate < today;
}

bool Action::isDueBy(const QString &until) const
{
    return !isDone() && !endDate.isEmpty() && endDate <= until;
}

QList<Action> Actions::ofSubtree(Database &db, const UnitTree &tree, const QString &unitId)
{
    QList<Action> out;
    const QStringList units = tree.subtree(unitId);
    if (units.isEmpty())
        return out;
    const QHash<QString, QString> goals = Catalog(db).goalNames();
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, unit_id, goal_id, area, title, owner, end_date, status, "
                             "effect_tkr, note, done_date, start_date FROM actions WHERE _deleted = 0 AND unit_id IN (%1) "
                             "ORDER BY end_date, title")
                  .arg(QStringLiteral("?, ").repeated(units.size() - 1) + QStringLiteral("?")));
    for (const QString &u : units)
        q.addBindValue(u);
    if (!run(q, QStringLiteral("actions")))
        return out;
    while (q.next()) {
        Action a;
        a.id = q.value(0).toString();
        a.unitId = q.value(1).toString();
        const Unit *u = tree.byId(a.unitId);
        a.unitName = u ? u->name : QString();
        a.goalId = q.value(2).toString();
        a.goalName = goals.value(a.goalId);
        a.area = Csv::key(q.value(3).toString());
        a.title = q.value(4).toString();
        a.owner = q.value(5).toString();
        a.endDate = q.value(6).toString();
        a.status = Csv::key(q.value(7).toString());
        if (!q.value(8).isNull())
            a.effectTkr = q.value(8).toDouble();
        a.note = q.value(9).toString();
        a.doneDate = q.value(10).toString();
        a.startDate = q.value(11).toString();
        out.append(a);
    }
    return out;
}

QList<AptMeeting> Actions::meetings(Database &db, const QString &unitId)
{
    QList<AptMeeting> out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, meeting_date, title, agenda, minutes, decisions, participants, closed "
                             "FROM apt_meetings WHERE _deleted = 0 AND unit_id = ? ORDER BY meeting_date DESC, id"));
    q.addBindValue(unitId);
    if (!run(q, QStringLiteral("APT meetings")))
        return out;
    while (q.next()) {
        AptMeeting m{q.value(0).toString(), unitId, q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), std::nullopt,
                     q.value(7).toInt() != 0};
        if (!q.value(6).isNull())
            m.participants = q.value(6).toInt();
        out.append(m);
    }
    return out;
}
