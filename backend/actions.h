#pragma once
// Read side of the åtgärder (actions) and APT meetings a manager keeps; the write side is Notes.
#include <QList>
#include <QString>
#include <optional>

class Database;
class UnitTree;

// One action (actions table) with what the lists show about it.
struct Action
{
    QString id;
    QString unitId;
    QString unitName;
    QString goalId;
    QString goalName;             // empty when the goal is unknown or deleted
    QString area;                 // folded key: NoteKeys::AreaGoals, AreaSickLeave, AreaBudget, "apt"
    QString title;
    QString owner;
    QString startDate;            // "YYYY-MM-DD" or empty (the app sets the day it was created)
    QString endDate;              // "YYYY-MM-DD" or empty
    QString status;               // folded key: NoteKeys::StatusNotStarted, StatusOngoing, StatusDone
    std::optional<double> effectTkr;
    QString note;
    QString doneDate;             // "YYYY-MM-DD" the day it became klar; empty when not done

    // Status is klar.
    bool isDone() const;
    // Not done and its end date is before `today` ("YYYY-MM-DD").
    bool isLate(const QString &today) const;
    // Not done and due (end date set and not after `until`).
    bool isDueBy(const QString &until) const;
};

// One APT meeting (apt_meetings table).
struct AptMeeting
{
    QString id;
    QString unitId;
    QString date;                 // "YYYY-MM-DD"
    QString title;
    QString agenda;
    QString minutes;
    QString decisions;
    std::optional<int> participants; // number present; unset when not written
    bool closed = false;             // the manager closed the meeting (avslutat)
};

namespace Actions {
// The live actions of the unit and every unit below it, by end date then title.
QList<Action> ofSubtree(Database &db, const UnitTree &tree, const QString &unitId);
// The live APT meetings of one unit, newest first.
QList<AptMeeting> meetings(Database &db, const QString &unitId);
} // namespace Actions
