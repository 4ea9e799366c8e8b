#pragma once
// Minnesanteckningar (the minutes) of one APT meeting, as a PDF to hand to the staff: the unit,
// the date and title, the participants when known, the agenda, the notes and the decisions as
// the manager wrote them (line breaks kept), the unit's actions created since the previous
// meeting and the open actions followed up. Read through the backend (Actions), written with
// QPdfWriter over a QTextDocument (A4, page numbers). Needs a QGuiApplication (fonts); the
// words are tr() ("Minutes" context) and the dates Fmt's: install the Swedish translation first.
#include "actions.h"
#include "apt.h"

#include <QList>
#include <QString>
#include <optional>

class Database;

namespace Minutes {

// What the minutes of one meeting show.
struct Content
{
    QString unitCode;
    QString unitName;
    AptMeeting meeting;
    std::optional<int> participants; // number present; unset when not written
    QList<Apt::Item> items;          // the agenda items with their notes and ticks, in order
    QList<Apt::Decision> decisions;  // the decisions, in order
    QString previousDate;            // the unit's meeting before this one, "YYYY-MM-DD"; empty if none
    // The unit's actions started after the previous meeting up to this one (with no previous
    // meeting: started on the meeting day), by end date.
    QList<Action> created;
    // The unit's actions that were open at the previous meeting (started by then, not done
    // before it; with no previous meeting: open ones started before this meeting), their status
    // as it is now.
    QList<Action> followedUp;
};

// The meeting of the unit with this code on `date` ("YYYY-MM-DD"); nullopt with *error naming
// the unit and date when there is no such unit or meeting.
std::optional<Content> gather(Database &db, const QString &unitCode, const QString &date, QString *error);
// The meeting with this id of the unit with this id (the app's selection).
std::optional<Content> gatherMeeting(Database &db, const QString &unitId, const QString &meetingId, QString *error);

// The document as HTML for QTextDocument (Swedish words through the translation).
QString html(const Content &content);
// The PDF's bytes.
QByteArray render(const Content &content);
// Writes the PDF to `path`: whole or not at all (QSaveFile).
bool write(const Content &content, const QString &path, QString *error);
// "APT Hemtjänst Norr 2026-11-22.pdf": the file name the app suggests (no path separators).
QString fileName(const Content &content);

} // namespace Minutes
