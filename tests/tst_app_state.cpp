// The app's state objects each do one job: Selection (unit and period), Navigation (page),
// AppSettings (theme), Editor (edits, undo, not-yet-synced count) and FigureCache (figures
// per period) change only what they own, over the demo data with QSignalSpy on each.
#include "appsettings.h"
#include "database.h"
#include "editor.h"
#include "figurecache.h"
#include "figures.h"
#include "followup.h"
#include "hlc.h"
#include "importer.h"
#include "navigation.h"
#include "notes.h"
#include "schema.h"
#include "selection.h"
#include "store.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TstAppState : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<HlcClock> m_clock;
    std::unique_ptr<FollowUp> m_followUp;
    std::unique_ptr<Notes> m_notes;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Navigation> m_navigation;
    std::unique_ptr<FigureCache> m_cache;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<Editor> m_editor;

    // A spy on every change signal of every state object, to see which ones fired.
    struct Spies
    {
        explicit Spies(TstAppState *t)
            : unit(t->m_selection.get(), &Selection::unitChanged),
              period(t->m_selection.get(), &Selection::periodChanged),
              page(t->m_navigation.get(), &Navigation::pageChanged),
              theme(t->m_settings.get(), &AppSettings::themeChanged),
              data(t->m_editor.get(), &Editor::dataChanged),
              error(t->m_editor.get(), &Editor::errorChanged)
        {
        }
        QSignalSpy unit, period, page, theme, data, error;
    };

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_state"));
        QSettings().remove(QStringLiteral("unit"));
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("t.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_store = std::make_unique<Store>(*m_db, Store::Role::Client);
        m_clock = std::make_unique<HlcClock>(QStringLiteral("test"));
        const ImportResult r = Importer::importDirectory(*m_store, *m_clock,
                                                         QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo"));
        QVERIFY2(r.ok, qPrintable(r.error));
        for (const QString &t : Schema::syncedTables())
            QVERIFY(m_db->exec(QStringLiteral("UPDATE %1 SET _dirty = 0").arg(t)));
        m_followUp = std::make_unique<FollowUp>(*m_db);
        m_followUp->reload();
        m_notes = std::make_unique<Notes>(*m_store, *m_clock);
        AppSettings::Options o;
        o.today = QStringLiteral("2026-11-22");
        m_settings = std::make_unique<AppSettings>(o);
        m_navigation = std::make_unique<Navigation>(nullptr);
        m_cache = std::make_unique<FigureCache>(*m_db, *m_followUp);
        m_selection = std::make_unique<Selection>(*m_followUp, *m_settings);
        m_editor = std::make_unique<Editor>(*m_notes, *m_followUp, *m_selection, *m_settings, *m_cache);
        // What QML gets for each singleton is the object built here.
        QCOMPARE(AppSettings::instance(), m_settings.get());
        QCOMPARE(Navigation::instance(), m_navigation.get());
        QCOMPARE(FigureCache::instance(), m_cache.get());
        QCOMPARE(Selection::instance(), m_selection.get());
        QCOMPARE(Editor::instance(), m_editor.get());
        QCOMPARE(Selection::create(nullptr, nullptr), m_selection.get());
        QCOMPARE(Editor::create(nullptr, nullptr), m_editor.get());
    }

    // The first start: the first enhet in tree order and its latest month with data this year.
    void startsOnFirstUnitAndLatestMonth()
    {
        QVERIFY(!m_selection->unitId().isEmpty());
        QCOMPARE(m_selection->unitKindText(), QStringLiteral("Unit"));
        QCOMPARE(m_selection->year(), 2026);
        QCOMPARE(m_selection->month(), m_followUp->latestMonth(m_selection->unitId(), 2026));
        QCOMPARE(m_navigation->page(), QStringLiteral("overview"));
        QCOMPARE(m_editor->dirtyCount(), 0);
        QCOMPARE(m_editor->dirtyText(), QStringLiteral("All changes synced"));
        QVERIFY(!m_editor->canUndo());
        QCOMPARE(m_selection->years().size(), 10);
        QCOMPARE(m_selection->years().constFirst().toInt(), 2026);
        QCOMPARE(m_selection->monthNames().size(), 12);
    }

    // Selecting a unit changes Selection only: not the page, the data or the period.
    void selectUnitChangesSelectionOnly()
    {
        m_navigation->setPage(QStringLiteral("budget"));
        const int revision = m_editor->revision();
        const QString period = m_selection->period();
        Spies s(this);
        QVERIFY(m_selection->selectUnitByCode(QStringLiteral("VO-HTN")));
        QCOMPARE(m_selection->unitCode(), QStringLiteral("VO-HTN"));
        QVERIFY(!m_selection->unitPath().isEmpty());
        QCOMPARE(s.unit.count(), 1);
        QCOMPARE(s.period.count(), 0);
        QCOMPARE(s.page.count(), 0);
        QCOMPARE(s.data.count(), 0);
        QCOMPARE(s.theme.count(), 0);
        QCOMPARE(m_navigation->page(), QStringLiteral("budget"));
        QCOMPARE(m_selection->period(), period);
        QCOMPARE(m_editor->revision(), revision);
        // The same unit again, an unknown code or id: nothing changes.
        QVERIFY(m_selection->selectUnitByCode(QStringLiteral("VO-HTN")));
        QVERIFY(!m_selection->selectUnitByCode(QStringLiteral("NOPE")));
        m_selection->selectUnit(QStringLiteral("no-such-id"));
        QCOMPARE(s.unit.count(), 1);
        QCOMPARE(m_selection->unitCode(), QStringLiteral("VO-HTN"));
        // The unit is remembered for the next start.
        QCOMPARE(QSettings().value(QStringLiteral("unit")).toString(), m_selection->unitId());
    }

    // Changing the page or the theme changes Navigation or AppSettings only.
    void pageAndThemeChangeTheirOwnersOnly()
    {
        const QString unit = m_selection->unitId();
        Spies s(this);
        m_navigation->setPage(QStringLiteral("goals"));
        m_navigation->setPage(QStringLiteral("goals"));
        QCOMPARE(s.page.count(), 1);
        m_settings->setDarkMode(!m_settings->darkMode());
        QCOMPARE(s.theme.count(), 1);
        m_settings->setDarkMode(!m_settings->darkMode());
        QCOMPARE(s.theme.count(), 2);
        QCOMPARE(s.unit.count(), 0);
        QCOMPARE(s.period.count(), 0);
        QCOMPARE(s.data.count(), 0);
        QCOMPARE(m_selection->unitId(), unit);
        m_navigation->setPage(QStringLiteral("overview"));
    }

    // Month steps cross year ends; month 0 is the latest month with data, 13 clamps to 12.
    void periodStepsAndClamps()
    {
        Spies s(this);
        m_selection->setPeriod(2026, 1);
        QCOMPARE(m_selection->period(), QStringLiteral("2026-01"));
        m_selection->stepMonth(-1);
        QCOMPARE(m_selection->year(), 2025);
        QCOMPARE(m_selection->month(), 12);
        m_selection->stepMonth(13);
        QCOMPARE(m_selection->period(), QStringLiteral("2027-01"));
        m_selection->setPeriod(2025, 13);
        QCOMPARE(m_selection->period(), QStringLiteral("2025-12"));
        QCOMPARE(s.period.count(), 4);
        m_selection->setPeriod(2025, 12); // unchanged: no signal
        QCOMPARE(s.period.count(), 4);
        m_selection->setPeriod(2026, 0);
        QCOMPARE(m_selection->year(), 2026);
        QCOMPARE(m_selection->month(), m_followUp->latestMonth(m_selection->unitId(), 2026));
        QVERIFY(m_selection->month() >= 1 && m_selection->month() <= 12);
        QCOMPARE(s.unit.count(), 0);
        QCOMPARE(s.page.count(), 0);
        QCOMPARE(s.data.count(), 0);
        m_selection->setPeriod(2026, 10);
    }

    // An edit raises the not-yet-synced count and the revision; undo restores the text (the
    // row stays unsynced: the undo itself must reach the server); the selection is untouched.
    void editRaisesDirtyCountAndUndoRestores()
    {
        const QString unit = m_selection->unitId();
        const QString period = m_selection->period();
        const int revision = m_editor->revision();
        Spies s(this);
        QVERIFY2(m_editor->setComment(NoteKeys::AreaSickLeave, NoteKeys::KindComment, {}, QStringLiteral("Först")),
                 qPrintable(m_editor->lastError()));
        QCOMPARE(m_editor->dirtyCount(), 1);
        QCOMPARE(m_editor->revision(), revision + 1);
        QCOMPARE(s.data.count(), 1);
        QVERIFY(m_editor->canUndo());
        QCOMPARE(m_editor->undoText(), QStringLiteral("Undo comment"));
        QCOMPARE(m_editor->dirtyText(), QStringLiteral("1 change(s) not yet synced"));
        QVERIFY(m_editor->setComment(NoteKeys::AreaSickLeave, NoteKeys::KindComment, {}, QStringLiteral("Sedan")));
        QCOMPARE(m_editor->dirtyCount(), 1); // the same row
        QVERIFY(m_editor->undo());
        QCOMPARE(m_editor->comment(NoteKeys::AreaSickLeave, NoteKeys::KindComment), QStringLiteral("Först"));
        QCOMPARE(m_editor->revision(), revision + 3);
        QCOMPARE(s.data.count(), 3);
        QVERIFY(m_editor->undo());
        QCOMPARE(m_editor->comment(NoteKeys::AreaSickLeave, NoteKeys::KindComment), QString());
        QVERIFY(!m_editor->canUndo());
        QCOMPARE(m_editor->dirtyCount(), 1);
        QCOMPARE(s.unit.count(), 0);
        QCOMPARE(s.period.count(), 0);
        QCOMPARE(s.page.count(), 0);
        QCOMPARE(m_selection->unitId(), unit);
        QCOMPARE(m_selection->period(), period);
    }

    // A rejected edit sets lastError and changes nothing else; the next good one clears it.
    void badInputSetsErrorOnly()
    {
        const int revision = m_editor->revision();
        const int dirty = m_editor->dirtyCount();
        Spies s(this);
        QVERIFY(!m_editor->setForecast(Category::Personnel, QStringLiteral("abc")));
        QCOMPARE(m_editor->lastError(), QStringLiteral("The forecast must be a number of tkr"));
        QCOMPARE(s.error.count(), 1);
        QCOMPARE(s.data.count(), 0);
        QCOMPARE(m_editor->revision(), revision);
        QCOMPARE(m_editor->dirtyCount(), dirty);
        QVERIFY(!m_editor->setUnitComment(QStringLiteral("no-such-id"), m_selection->period(), NoteKeys::AreaSickLeave,
                                          NoteKeys::KindComment, {}, QStringLiteral("x")));
        QVERIFY(m_editor->createAction({{QStringLiteral("title"), QStringLiteral("T")},
                                        {QStringLiteral("effect"), QStringLiteral("mycket")}}).isEmpty());
        QCOMPARE(m_editor->lastError(), QStringLiteral("The expected effect must be a number of tkr"));
        QCOMPARE(m_editor->revision(), revision);
        QVERIFY(m_editor->setForecast(Category::Personnel, QStringLiteral("1 000")));
        QVERIFY(m_editor->lastError().isEmpty());
        QVERIFY(m_editor->undo());
    }

    // The figure cache serves the period it holds and is emptied by every edit: a forecast
    // typed through the Editor shows in the cached figures at once.
    void editsRefreshCachedFigures()
    {
        const QString unit = m_selection->unitId();
        const UnitFigures before = m_cache->figures(unit, 2026, 10);
        QCOMPARE(before.forecastNet, m_followUp->figures(unit, 2026, 10, false).forecastNet);
        QVERIFY(m_editor->setForecast(Category::Personnel, QStringLiteral("12 345")));
        const UnitFigures after = m_cache->figures(unit, 2026, 10);
        QCOMPARE(after.forecastNet, m_followUp->figures(unit, 2026, 10, false).forecastNet);
        QVERIFY(after.forecastNet != before.forecastNet);
        QVERIFY(m_editor->undo());
        QCOMPARE(m_cache->figures(unit, 2026, 10).forecastNet, before.forecastNet);
        // Another period: the whole tree is fetched again and matches a direct call.
        QCOMPARE(m_cache->figures(unit, 2026, 9).sickLeaveYtd.percent(),
                 m_followUp->figures(unit, 2026, 9, false).sickLeaveYtd.percent());
    }

    // reload() (after an import or sync) announces new data and the unit again, not the page.
    void reloadAnnouncesDataAndUnit()
    {
        Spies s(this);
        m_editor->reload();
        QCOMPARE(s.data.count(), 1);
        QCOMPARE(s.unit.count(), 1);
        QCOMPARE(s.period.count(), 0);
        QCOMPARE(s.page.count(), 0);
    }

    // Typed text is staged: written after the save delay, or at once by a unit switch or
    // flush(), always for the unit it was typed for; a deferred edit waits for a flush.
    void stagedEditsAreWrittenWhereTyped()
    {
        const QString unit = m_selection->unitId();
        const QVariantMap comment{{QStringLiteral("type"), QStringLiteral("comment")},
                                  {QStringLiteral("area"), NoteKeys::AreaBudget},
                                  {QStringLiteral("kind"), NoteKeys::KindComment}};
        const auto stored = [this] { return m_editor->comment(NoteKeys::AreaBudget, NoteKeys::KindComment); };
        m_editor->setSaveDelay(50);
        const QString key = m_editor->stage(comment, QStringLiteral("Skrivet"));
        QVERIFY(m_editor->isPending(key));
        QCOMPARE(m_editor->pendingCount(), 1);
        QCOMPARE(stored(), QString());
        QTRY_COMPARE(stored(), QStringLiteral("Skrivet"));
        QVERIFY(!m_editor->isPending(key));
        QCOMPARE(m_editor->pendingCount(), 0);

        m_editor->setSaveDelay(60000);
        QCOMPARE(m_editor->stage(comment, QStringLiteral("Skrivet mer")), key);
        QCOMPARE(m_editor->stage(comment, QStringLiteral("Skrivet mer än så")), key);
        QCOMPARE(m_editor->pendingCount(), 1);
        QVERIFY(m_selection->selectUnitByCode(QStringLiteral("VO-KOR")));
        QCOMPARE(m_editor->pendingCount(), 0);
        QCOMPARE(stored(), QString()); // the other unit's comment is untouched
        m_selection->selectUnit(unit);
        QCOMPARE(stored(), QStringLiteral("Skrivet mer än så"));

        m_editor->setSaveDelay(10);
        const QString forecast = m_editor->stage({{QStringLiteral("type"), QStringLiteral("forecast")},
                                                  {QStringLiteral("category"), Category::Personnel},
                                                  {QStringLiteral("deferred"), true}},
                                                 QStringLiteral("2 000"));
        QTest::qWait(100);
        QVERIFY(m_editor->isPending(forecast));
        QVERIFY(m_editor->flush());
        QVERIFY(!m_editor->isPending(forecast));
        QCOMPARE(m_editor->undoText(), QStringLiteral("Undo forecast"));

        // Undo writes what is staged first and takes that back.
        m_editor->setSaveDelay(60000);
        m_editor->stage(comment, QStringLiteral("Ångras"));
        QVERIFY(m_editor->undo());
        QCOMPARE(m_editor->pendingCount(), 0);
        QCOMPARE(stored(), QStringLiteral("Skrivet mer än så"));
        QVERIFY(m_editor->undo()); // the forecast
        QVERIFY(m_editor->undo());
        QVERIFY(m_editor->undo());
        QCOMPARE(stored(), QString());
        m_editor->setSaveDelay(600);
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_selection.reset();
        QCOMPARE(Editor::instance(), nullptr);
        QCOMPARE(Selection::instance(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TstAppState)
#include "tst_app_state.moc"
