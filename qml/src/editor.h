#pragma once
// The write side: comments, actions, forecasts, manual indicator values and APT meetings of the
// selected unit, each saved at once, with undo, the count of changes not yet synced and the
// revision that view models reload on. What the user types is staged (stage()) and written
// shortly after the last keystroke, or at once on flush() (page, unit or period change, window
// close, quit). Built in main(), published to QML with create().
#include <QMap>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>

class AppSettings;
class FigureCache;
class FollowUp;
class Notes;
class Selection;

class Editor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int revision READ revision NOTIFY dataChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY dataChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY dataChanged)
    Q_PROPERTY(int dirtyCount READ dirtyCount NOTIFY dataChanged)
    Q_PROPERTY(QString dirtyText READ dirtyText NOTIFY dataChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingChanged)
    Q_PROPERTY(int saveDelay READ saveDelay WRITE setSaveDelay NOTIFY pendingChanged)

public:
    // Writes through `notes` for `selection`'s unit and period (dates from `settings`) and
    // empties `cache` after every change; the instance() until destroyed.
    Editor(Notes &notes, FollowUp &followUp, Selection &selection, const AppSettings &settings,
           FigureCache &cache, QObject *parent = nullptr);
    ~Editor() override;

    // The instance main() built; what QML gets for the Editor singleton.
    static Editor *instance();
    // The QML singleton factory: instance(), owned by C++.
    static Editor *create(QQmlEngine *, QJSEngine *);

    // Grows with every change of the data (edit, undo, reload); view models bind to it.
    int revision() const { return m_revision; }
    // True when there is an edit to take back.
    bool canUndo() const;
    // The undo button's text ("Undo comment", …).
    QString undoText() const;
    // The number of changes not yet synced.
    int dirtyCount() const { return m_dirty; }
    // That count as the header chip's text.
    QString dirtyText() const;
    // Why the last edit failed ("" after a good one).
    QString lastError() const { return m_lastError; }

    // Takes back the last edit.
    Q_INVOKABLE bool undo();
    // The comment of `area`/`kind` (ref: indicator id or "") for the selected unit; period "" = selected month.
    Q_INVOKABLE QString comment(const QString &area, const QString &kind, const QString &ref = {},
                                const QString &period = {}) const;
    // What the manager wrote about `area` for the selected month, as the APT shows it: the
    // analysis, else the comment, else `fallbackArea`'s analysis; "" when none.
    Q_INVOKABLE QString areaNote(const QString &area, const QString &fallbackArea = {}) const;
    // Saves it at once (no save button); returns false and sets lastError on failure.
    Q_INVOKABLE bool setComment(const QString &area, const QString &kind, const QString &ref,
                                const QString &body, const QString &period = {});
    // The same for an explicit unit and period: a pending edit saved after a unit or period switch.
    Q_INVOKABLE bool setUnitComment(const QString &unitId, const QString &period, const QString &area,
                                    const QString &kind, const QString &ref, const QString &body);
    // Creates an action for the selected unit (or fields.unit_id): title, owner, start_date, end_date, status, effect (text), goal_id, area, note.
    Q_INVOKABLE QString createAction(const QVariantMap &fields);
    // Changes the given fields of an action (the same keys as createAction).
    Q_INVOKABLE bool updateAction(const QString &id, const QVariantMap &fields);
    // Marks an action done today.
    Q_INVOKABLE bool closeAction(const QString &id);
    // The forecast (tkr, typed text) for a category in the selected month.
    Q_INVOKABLE bool setForecast(const QString &category, const QString &text);
    // A manual indicator value (typed text) for the selected unit and `period`.
    Q_INVOKABLE bool setIndicatorValue(const QString &indicatorId, const QString &period,
                                       const QString &text, const QString &comment);
    // Creates an APT meeting of the selected unit: meeting_date, title, agenda, minutes, decisions.
    Q_INVOKABLE QString createApt(const QVariantMap &fields);
    // Changes the given fields of an APT meeting.
    Q_INVOKABLE bool updateApt(const QString &id, const QVariantMap &fields);

    // The structured meeting (see Notes): an agenda item added at the end of the meeting's
    // agenda, its fields changed (title, note, covered), removed; the same for decisions.
    Q_INVOKABLE QString addAptItem(const QString &meetingId, const QString &title);
    Q_INVOKABLE bool updateAptItem(const QString &id, const QVariantMap &fields);
    Q_INVOKABLE bool removeAptItem(const QString &id);
    Q_INVOKABLE QString addDecision(const QString &meetingId, const QString &body);
    Q_INVOKABLE bool updateDecision(const QString &id, const QVariantMap &fields);
    Q_INVOKABLE bool removeDecision(const QString &id);
    // Makes a decision an action of the meeting's unit (the keys of createAction; the title
    // defaults to the decision); returns the action's id, "" on failure (lastError says why).
    Q_INVOKABLE QString decisionToAction(const QString &decisionId, const QVariantMap &fields);
    // Replaces the selected unit's standard agenda: one title per entry, `areas` beside them.
    Q_INVOKABLE bool setStandardAgenda(const QStringList &titles, const QStringList &areas);

    // A unit's report for a report round (rounds.h, written in editorrounds.cpp): a section's
    // text (asManager false for a controller writing Ekonomi: the status stays), a goal's
    // assessment, year-end forecast and text, and a status change by the manager (utkast, klar)
    // or the reviewer (godkand; atersand with a comment), stamped with the user `by`.
    Q_INVOKABLE bool setReportSection(const QString &unitId, const QString &roundId, const QString &section,
                                      const QString &body, bool asManager = true);
    Q_INVOKABLE bool setGoalAssessment(const QString &unitId, const QString &roundId, const QString &goalId,
                                       const QString &assessment, const QString &forecast, const QString &body);
    Q_INVOKABLE bool setReportStatus(const QString &unitId, const QString &roundId, const QString &status,
                                     bool asReviewer, const QString &comment, const QString &by);

    // Stages `text` typed for `target`, replacing what was staged for the same target, and
    // returns its key. target.type is "comment" (unit, period, area, kind, ref), "forecast"
    // (unit, period, category), "value" (unit, period, indicator), "apt" (id, field), "apt_item"
    // (id, field), "apt_decision" (id, field), "action" (id, field), "report_section" (unit, round,
    // section, manager "1"/"0") or "assessment" (unit, round, goal: its text); a missing unit or period is the selection's now. Written saveDelay
    // ms after the last stage() unless target.deferred is true (then only on a flush).
    Q_INVOKABLE QString stage(const QVariantMap &target, const QString &text);
    // Drops the staged edit with this key (the text is back to what is stored).
    Q_INVOKABLE void discard(const QString &key);
    // True while an edit with this key is staged and not yet written.
    Q_INVOKABLE bool isPending(const QString &key) const;
    // Writes the staged edit with this key now; false if it failed (it is dropped either way).
    Q_INVOKABLE bool flushKey(const QString &key);
    // Writes every staged edit now, each to the unit and period it was typed for; false if any failed.
    Q_INVOKABLE bool flush();
    // The number of staged edits not yet written.
    int pendingCount() const { return int(m_pending.size()); }
    // How long after the last keystroke a staged edit is written (ms).
    int saveDelay() const { return m_saveTimer.interval(); }
    // Changes that delay (tests make it long to see that only a flush writes).
    void setSaveDelay(int ms);

    // Reloads everything after an import or sync.
    Q_INVOKABLE void reload();
    // Re-reads the count of changes not yet synced (after a sync sent them).
    void refreshDirtyCount();

signals:
    // The data, the undo stack or the not-yet-synced count changed.
    void dataChanged();
    // lastError changed.
    void errorChanged();
    // An edit was staged, written or dropped.
    void pendingChanged();
    // flush() started (page, unit or period change, close, quit; not undo or reload): what is
    // typed must be written now, so an open dialog saves what it holds.
    void flushing();

private:
    struct Pending
    {
        QVariantMap target;
        QString text;
        bool deferred = false;
    };
    bool write(const Pending &edit);
    bool flushStaged(bool includeDeferred);
    bool writeForecast(const QString &unitId, const QString &period, const QString &category,
                       const QString &text);
    bool writeIndicatorValue(const QString &unitId, const QString &indicatorId, const QString &period,
                             const QString &text, const QString &comment);
    QVariantMap actionFields(const QVariantMap &in, bool *ok);
    // A staged report_section or assessment text; false when `type` is neither.
    bool writeReport(const QString &type, const QVariantMap &target, const QString &text, bool *ok);
    void edited(bool ok, const QString &error);
    void setError(const QString &error);

    Notes &m_notes;
    FollowUp &m_followUp;
    Selection &m_selection;
    const AppSettings &m_settings;
    FigureCache &m_cache;
    int m_revision = 0;
    int m_dirty = 0;
    QString m_lastError;
    QMap<QString, Pending> m_pending;
    QTimer m_saveTimer;
};
