#pragma once
// Read side of the structured APT meeting (arbetsplatsträff): its agenda items with a note and
// a "gicks igenom" tick, its decisions (each may have become an action), the unit's standard
// agenda a new meeting starts from, the actions a meeting follows up, and how many of the
// year's meetings covered an agenda area. The write side is Notes.
#include "actions.h"

#include <QHash>
#include <QList>
#include <QString>

class Database;
class UnitTree;

namespace Apt {
// The standard areas of an agenda item (apt_items.area, apt_agenda.area); "" for an item of
// the manager's own.
inline const QString Information = QStringLiteral("information");
inline const QString WorkEnvironment = QStringLiteral("sam");
inline const QString CoreValues = QStringLiteral("vardegrund");
inline const QString Goals = QStringLiteral("mal");
inline const QString SickLeave = QStringLiteral("sjukfranvaro");
inline const QString Budget = QStringLiteral("budget");
inline const QString FollowUp = QStringLiteral("atgarder");
inline const QString Other = QStringLiteral("ovrigt");

// The areas in the standard order.
QStringList areas();
// An area's name as a new agenda shows it ("Arbetsmiljö/SAM"): tr() in context "Apt"; the
// key itself for an unknown area.
QString areaTitle(const QString &area);
// An indicator source counting the meetings that covered `area` ("apt_vardegrund"), and back;
// "" when the source is not one.
QString coverageSource(const QString &area);
QString areaOfSource(const QString &source);

// One item of a meeting's agenda (apt_items).
struct Item
{
    QString id;
    QString area;
    QString title;
    QString note;
    bool covered = false;
    int order = 0;
};

// One decision of a meeting (apt_decisions); actionId is the action it became, or "".
struct Decision
{
    QString id;
    QString body;
    QString actionId;
    int order = 0;
};

// One entry of a unit's standard agenda (apt_agenda); id "" for a default not yet stored.
struct AgendaEntry
{
    QString id;
    QString area;
    QString title;
    int order = 0;
};

// The areas of the standard agenda, in order, with their titles and no ids.
QList<AgendaEntry> defaultAgenda();
// The unit's standard agenda as stored, or the default when it has none stored.
QList<AgendaEntry> standardAgenda(Database &db, const QString &unitId);
// The live items and decisions of a meeting of `unitId`, in their order (rows that name the
// meeting but another unit are not the meeting's).
QList<Item> items(Database &db, const QString &unitId, const QString &meetingId);
QList<Decision> decisions(Database &db, const QString &unitId, const QString &meetingId);

// What a meeting follows up: the meeting before it, the actions started since then and the
// actions that were open at it.
struct FollowUpList
{
    QString previousId;   // the unit's meeting before this one; "" if none
    QString previousDate; // its date, "YYYY-MM-DD"
    // The unit's actions started after the previous meeting up to this one (with no previous
    // meeting: started on the meeting day), by end date.
    QList<Action> created;
    // The unit's actions that were open at the previous meeting (started by then, not done
    // before it; with no previous meeting: open ones started before this meeting), their status
    // as it is now.
    QList<Action> followedUp;
};
// For meetings.at(at) of the unit (meetings: Actions::meetings, newest first).
FollowUpList followUp(Database &db, const UnitTree &tree, const QString &unitId,
                      const QList<AptMeeting> &meetings, int at);

// Per unit and month ("YYYY-MM") of `year`: the meetings held and those of them that ticked an
// item of `area` as covered.
struct Coverage
{
    int held = 0;
    int covered = 0;
};
QHash<QString, QHash<QString, Coverage>> coverage(Database &db, const QString &area, int fromYear, int toYear);
} // namespace Apt
