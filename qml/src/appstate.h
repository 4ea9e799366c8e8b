#pragma once
// The app's state and services as one QML singleton: the selected unit and period, the
// current page, language and theme, and the write side (comments, actions, forecasts, APT)
// with undo and the count of changes not yet synced. Built in main(), published with create().
#include "followup.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

class Database;
class Notes;

class AppState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString unitId READ unitId WRITE selectUnit NOTIFY unitChanged)
    Q_PROPERTY(QString unitCode READ unitCode NOTIFY unitChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY unitChanged)
    Q_PROPERTY(QString unitKindText READ unitKindText NOTIFY unitChanged)
    Q_PROPERTY(QString unitPath READ unitPath NOTIFY unitChanged)
    Q_PROPERTY(int year READ year NOTIFY periodChanged)
    Q_PROPERTY(int month READ month NOTIFY periodChanged)
    Q_PROPERTY(QString period READ period NOTIFY periodChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY periodChanged)
    Q_PROPERTY(QVariantList years READ years NOTIFY dataChanged)
    Q_PROPERTY(QStringList monthNames READ monthNames NOTIFY languageChanged)
    Q_PROPERTY(int revision READ revision NOTIFY dataChanged)
    Q_PROPERTY(QString page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY dataChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY dataChanged)
    Q_PROPERTY(int dirtyCount READ dirtyCount NOTIFY dataChanged)
    Q_PROPERTY(QString dirtyText READ dirtyText NOTIFY dataChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorChanged)
    Q_PROPERTY(bool darkMode READ darkMode WRITE setDarkMode NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)

public:
    struct Options
    {
        QString serverUrl;
        QString databasePath;
        bool demo = false;
        QString language = QStringLiteral("sv");
        QString today; // "YYYY-MM-DD"; empty = the system date
    };
    AppState(Database &db, FollowUp &followUp, Notes &notes, const Options &options,
             QObject *parent = nullptr);
    ~AppState() override;

    // The instance main() built; what QML gets for the AppState singleton.
    static AppState *instance();
    static AppState *create(QQmlEngine *, QJSEngine *);

    Database &database() { return m_db; }
    FollowUp &followUp() { return m_followUp; }
    Notes &notes() { return m_notes; }
    // A unit's figures (not recursive) for year/month (1..12), from a cache of the whole tree
    // built with one recursive FollowUp call per period and revision: FollowUp loads every
    // unit's rows for the period anyway, so a unit switch then costs no query.
    UnitFigures figures(const QString &unitId, int year, int month);

    QString unitId() const { return m_unitId; }
    QString unitCode() const;
    QString unitName() const;
    QString unitKindText() const;
    QString unitPath() const;
    int year() const { return m_year; }
    int month() const { return m_month; }
    QString period() const;
    QString periodText() const;
    QVariantList years() const;
    QStringList monthNames() const;
    int revision() const { return m_revision; }
    QString page() const { return m_page; }
    void setPage(const QString &page);
    bool canUndo() const;
    QString undoText() const;
    int dirtyCount() const { return m_dirty; }
    QString dirtyText() const;
    QString lastError() const { return m_lastError; }
    bool darkMode() const { return m_dark; }
    void setDarkMode(bool dark);
    QString language() const;
    QString serverUrl() const { return m_options.serverUrl; }
    QString databasePath() const { return m_options.databasePath; }
    bool demo() const { return m_options.demo; }
    QString today() const;

    // Selects a unit by id (remembered as the manager's unit); unknown ids are ignored.
    Q_INVOKABLE void selectUnit(const QString &unitId);
    // Selects a unit by its code ("VO-HTN"); returns false when there is none.
    Q_INVOKABLE bool selectUnitByCode(const QString &code);
    // Selects the period; month 0 means the latest month with data in that year.
    Q_INVOKABLE void setPeriod(int year, int month);
    // Moves the period by `delta` months.
    Q_INVOKABLE void stepMonth(int delta);
    // Takes back the last edit.
    Q_INVOKABLE bool undo();

    // The comment of `area`/`kind` (ref: indicator id or "") for the selected unit; period "" = selected month.
    Q_INVOKABLE QString comment(const QString &area, const QString &kind, const QString &ref = {},
                                const QString &period = {}) const;
    // Saves it at once (no save button); returns false and sets lastError on failure.
    Q_INVOKABLE bool setComment(const QString &area, const QString &kind, const QString &ref,
                                const QString &body, const QString &period = {});
    // The same for an explicit unit and period: a pending edit saved after a unit or period switch.
    Q_INVOKABLE bool setUnitComment(const QString &unitId, const QString &period, const QString &area,
                                    const QString &kind, const QString &ref, const QString &body);
    // Creates an action for the selected unit: title, owner, start_date, end_date, status, effect (text), goal_id, area, note.
    Q_INVOKABLE QString createAction(const QVariantMap &fields);
    Q_INVOKABLE bool updateAction(const QString &id, const QVariantMap &fields);
    Q_INVOKABLE bool closeAction(const QString &id);
    // The forecast (tkr, typed text) for a category in the selected month.
    Q_INVOKABLE bool setForecast(const QString &category, const QString &text);
    // A manual indicator value (typed text) for the selected unit and `period`.
    Q_INVOKABLE bool setIndicatorValue(const QString &indicatorId, const QString &period,
                                       const QString &text, const QString &comment);
    // APT meetings of the selected unit: meeting_date, title, agenda, minutes, decisions.
    Q_INVOKABLE QString createApt(const QVariantMap &fields);
    Q_INVOKABLE bool updateApt(const QString &id, const QVariantMap &fields);
    // Reloads everything after an import or sync.
    Q_INVOKABLE void reload();
    // Re-reads the count of changes not yet synced (after a sync sent them).
    void refreshDirtyCount();

signals:
    void unitChanged();
    void periodChanged();
    void dataChanged();
    void pageChanged();
    void errorChanged();
    void themeChanged();
    void languageChanged();

private:
    QVariantMap actionFields(const QVariantMap &in, bool *ok);
    void edited(bool ok, const QString &error);
    void setError(const QString &error);

    Database &m_db;
    FollowUp &m_followUp;
    Notes &m_notes;
    Options m_options;
    QString m_unitId;
    int m_year = 0;
    int m_month = 0;
    int m_revision = 0;
    int m_dirty = 0;
    QString m_page = QStringLiteral("overview");
    QString m_lastError;
    bool m_dark = false;
    QHash<QString, UnitFigures> m_figures; // unit id -> figures (children cleared)
    int m_figuresYear = 0;
    int m_figuresMonth = 0;
    int m_figuresRevision = -1;
};
