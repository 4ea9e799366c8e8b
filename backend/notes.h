#pragma once
// Write side of what a manager writes on the device: comments and analyses, actions,
// budget forecasts, manual indicator values and APT meetings. Every edit is its own
// transaction through a Client Store (so it is marked not yet synced) and can be undone by
// writing back the previous values.
#include "rounds.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

class Database;
class Store;
class HlcClock;

// Keys stored in comments.area / actions.area and actions.status.
namespace NoteKeys {
inline const QString AreaOverview = QStringLiteral("oversikt");
inline const QString AreaGoals = QStringLiteral("mal");
inline const QString AreaSickLeave = QStringLiteral("sjukfranvaro");
inline const QString AreaBudget = QStringLiteral("budget");
inline const QString KindComment = QStringLiteral("kommentar");
inline const QString KindAnalysis = QStringLiteral("analys");
inline const QString StatusNotStarted = QStringLiteral("ej_paborjad");
inline const QString StatusOngoing = QStringLiteral("pagar");
inline const QString StatusDone = QStringLiteral("klar");
} // namespace NoteKeys

class Notes
{
public:
    Notes(Store &store, HlcClock &clock);

    // The comment body for a unit, period ("YYYY-MM" or "YYYY"), area, kind and ref; empty if none.
    QString comment(const QString &unitId, const QString &period, const QString &area,
                    const QString &kind, const QString &ref = {}) const;
    // Saves a comment (deterministic id per key); an unchanged body is not written.
    bool setComment(const QString &unitId, const QString &period, const QString &area,
                    const QString &kind, const QString &ref, const QString &body, QString *error);

    // Creates an action; `fields` uses the actions columns (unit_id and title required). Returns
    // its id. An action's done_date follows its status: set to `today` ("YYYY-MM-DD") when it
    // becomes klar (unless given), cleared when it is no longer klar.
    QString createAction(const QVariantMap &fields, const QString &today, QString *error);
    // Updates the given fields of an action (done_date following the status, as above).
    bool updateAction(const QString &id, const QVariantMap &fields, const QString &today, QString *error);
    // Marks an action klar, done `today`; its planned end date stays as it was.
    bool closeAction(const QString &id, const QString &today, QString *error);

    // The manager's full-year forecast (tkr) for a unit, month ("YYYY-MM") and budget category.
    bool setForecast(const QString &unitId, const QString &month, const QString &category,
                     std::optional<double> forecast, QString *error);
    // A manually entered indicator value (and its comment) for a unit and period.
    bool setIndicatorValue(const QString &indicatorId, const QString &unitId, const QString &period,
                           std::optional<double> value, const QString &comment, QString *error);

    // Creates an APT meeting (unit_id and meeting_date required). Returns its id.
    QString createApt(const QVariantMap &fields, QString *error);
    // Updates the given fields of an APT meeting.
    bool updateApt(const QString &id, const QVariantMap &fields, QString *error);

    // The structured meeting. createApt() also gives the meeting the unit's standard agenda
    // (Apt::standardAgenda) as items, in the same transaction, unless it is given an agenda text.
    // Adds an agenda item at the end of the meeting's agenda. Returns its id.
    QString addAptItem(const QString &meetingId, const QString &title, QString *error);
    // Updates the given fields of an agenda item (title, note, covered, sort_order).
    bool updateAptItem(const QString &id, const QVariantMap &fields, QString *error);
    // Adds a decision at the end of the meeting's decisions. Returns its id.
    QString addDecision(const QString &meetingId, const QString &body, QString *error);
    // Updates the given fields of a decision (body).
    bool updateDecision(const QString &id, const QVariantMap &fields, QString *error);
    // Makes a decision an action of the meeting's unit in one transaction: `fields` as for
    // createAction (title defaults to the decision's text, area to mal, start_date to
    // `today`); the decision keeps the action's id. Returns the action's id.
    QString decisionToAction(const QString &decisionId, const QVariantMap &fields, const QString &today, QString *error);
    // Removes an agenda item, a decision or a standard agenda entry (table apt_items,
    // apt_decisions, apt_agenda); undo brings it back as a new row.
    bool removeAptRow(const QString &table, const QString &id, QString *error);
    // Replaces the unit's standard agenda with `titles` (areas kept by position of the entry
    // they replace: `areas` beside `titles`, "" for an item of the manager's own).
    bool setStandardAgenda(const QString &unitId, const QStringList &titles, const QStringList &areas, QString *error);

    // The unit's report for a report round (rounds.h). A section's text: the report must be
    // editable (neither klar nor godkänd) and the section one the round asks for; with
    // `asManager` a report not started or sent back becomes utkast in the same transaction (a
    // controller writing Ekonomi leaves the status alone).
    bool setReportSection(const QString &unitId, const QString &roundId, const QString &section,
                          const QString &body, bool asManager, QString *error);
    // A goal's assessment and year-end forecast (uppfyllt, delvis, ej_uppfyllt or "") and text,
    // under the same rule as a section (always as the manager).
    bool setGoalAssessment(const QString &unitId, const QString &roundId, const QString &goalId,
                           const QString &assessment, const QString &forecast, const QString &body, QString *error);
    // Moves the report to `status` as `actor` (Rounds::checkTransition), stamped with `by` and
    // `at` (ISO date-time). klar stores the unit's figures for the round's period as its snapshot
    // (Rounds::liveFigures); atersand stores `comment` as the review comment.
    bool setReportStatus(const QString &unitId, const QString &roundId, const QString &status, Rounds::Actor actor,
                         const QString &by, const QString &comment, const QString &at, QString *error);

    // True when there is a change that undo() can take back.
    bool canUndo() const { return !m_undo.isEmpty(); }
    // A short description of the change undo() would take back ("comment", "action", ...).
    QString undoLabel() const { return m_undo.isEmpty() ? QString() : m_undo.last().label; }
    // Takes back the last change by writing back the previous values (a created row is deleted).
    bool undo(QString *error);

    // The database written to.
    Database &database() const;

    // Number of rows written on this device that are not yet synced (_dirty).
    int dirtyCount() const;

private:
    // One row's part of a change, and how undo takes it back.
    struct RowChange
    {
        QString table;
        QString id;
        bool created = false; // undo removes the row
        bool removed = false; // undo writes `previous` again as a new row
        QVariantMap previous; // otherwise undo writes these values back
    };
    struct Change
    {
        QList<RowChange> rows;
        QString label;
    };
    // One row written (fields) or removed by a change.
    struct Write
    {
        QString table;
        QString id;
        QVariantMap fields;
        bool remove = false;
    };
    bool apply(const QString &table, const QString &id, const QVariantMap &fields,
               const QString &label, QString *error);
    // Writes every row in one transaction and one undo step; rows whose fields are all as
    // stored are left out (none left: nothing written, true).
    bool applyAll(const QList<Write> &writes, const QString &label, QString *error);
    // The meeting's unit and the next sort_order of its rows in `table`; false if no such meeting.
    bool meetingUnit(const QString &meetingId, const QString &table, QString *unitId, int *nextOrder, QString *error) const;
    // A live row's unit and the fields asked for; false if there is no such row.
    bool rowOf(const QString &table, const QString &id, const QStringList &fields, QVariantMap *out, QString *error) const;
    QVariantMap currentValues(const QString &table, const QString &id, const QStringList &fields,
                              bool *exists) const;
    // `fields` with done_date following a status change from `wasStatus`.
    static QVariantMap withDoneDate(QVariantMap fields, const QString &wasStatus, const QString &today);

    Store &m_store;
    HlcClock &m_clock;
    QList<Change> m_undo; // most recent last, bounded
};
