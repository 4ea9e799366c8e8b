// The app's view models over the demo data (QAbstractItemModelTester on each), the write side
// (comments, actions, forecasts with undo and the not-yet-synced count) and Swedish formats.
#include "actionmodel.h"
#include "appsettings.h"
#include "aptmodel.h"
#include "budgetmodel.h"
#include "comparemodel.h"
#include "database.h"
#include "editor.h"
#include "figurecache.h"
#include "format.h"
#include "followup.h"
#include "goalmodel.h"
#include "hlc.h"
#include "ids.h"
#include "importer.h"
#include "indicatorseriesmodel.h"
#include "rules.h"
#include "schema.h"
#include "notes.h"
#include "overviewmodel.h"
#include "selection.h"
#include "sickleavemodel.h"
#include "statisticsmodel.h"
#include "store.h"
#include "unitlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

class TstAppModels : public QObject
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
    std::unique_ptr<FigureCache> m_cache;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<Editor> m_editor;

    template<typename M>
    void setUp(M &m)
    {
        m.setUnitId(m_selection->unitId());
        m.setYear(m_selection->year());
        m.setMonth(m_selection->month());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_models"));
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
        m_cache = std::make_unique<FigureCache>(*m_db, *m_followUp);
        m_selection = std::make_unique<Selection>(*m_followUp, *m_settings);
        m_editor = std::make_unique<Editor>(*m_notes, *m_followUp, *m_selection, *m_settings, *m_cache);
        QVERIFY(m_selection->selectUnitByCode(QStringLiteral("VO-HTN")));
        m_selection->setPeriod(2026, 10);
        QCOMPARE(m_selection->period(), QStringLiteral("2026-10"));
        QCOMPARE(m_editor->dirtyCount(), 0);
    }

    // The per-period cache of the whole tree gives every unit exactly what a direct call gives.
    void cachedFigures()
    {
        QStringList ids;
        for (const QString &root : m_followUp->tree().roots())
            ids << m_followUp->tree().subtree(root);
        QVERIFY(ids.size() > 10);
        for (const QString &id : std::as_const(ids)) {
            const UnitFigures direct = m_followUp->figures(id, 2026, 10, false);
            const UnitFigures cached = m_cache->figures(id, 2026, 10);
            QCOMPARE(cached.unitId, id);
            QCOMPARE(cached.sickLeaveYtd.percent(), direct.sickLeaveYtd.percent());
            QCOMPARE(cached.sickLeaveRolling12.percent(), direct.sickLeaveRolling12.percent());
            QCOMPARE(cached.budgetYtd.netDeviation(), direct.budgetYtd.netDeviation());
            QCOMPARE(cached.budgetYear.netBudget(), direct.budgetYear.netBudget());
            QCOMPARE(cached.forecastNet, direct.forecastNet);
            QCOMPARE(cached.indicators.size(), direct.indicators.size());
            for (int i = 0; i < direct.indicators.size(); ++i) {
                QCOMPARE(cached.indicators.at(i).indicatorId, direct.indicators.at(i).indicatorId);
                QCOMPARE(cached.indicators.at(i).value, direct.indicators.at(i).value);
                QCOMPARE(cached.indicators.at(i).status, direct.indicators.at(i).status);
                QCOMPARE(cached.indicators.at(i).trend, direct.indicators.at(i).trend);
                QCOMPARE(cached.indicators.at(i).target, direct.indicators.at(i).target);
            }
        }
    }

    void formats()
    {
        QCOMPARE(Fmt::tkr(-7787.0), QStringLiteral("\u22127\u00a0787\u00a0tkr"));
        QCOMPARE(Fmt::percent(10.74, 2), QStringLiteral("10,74\u00a0%"));
        QCOMPARE(Fmt::tkr(1200.0, true), QStringLiteral("+1\u00a0200\u00a0tkr"));
        QCOMPARE(*Fmt::parse(QStringLiteral("\u22121 234,5")), -1234.5);
        QCOMPARE(Fmt::monthYear(2026, 10), QStringLiteral("oktober 2026"));
    }

    void unitList()
    {
        UnitListModel m;
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 16);
        m.setFilter(QStringLiteral("norr"));
        QCOMPARE(m.rowCount(), 3); // förvaltning, område, the unit
        QCOMPARE(m.data(m.index(2, 0), UnitListModel::CodeRole).toString(), QStringLiteral("VO-HTN"));
    }

    void overview()
    {
        OverviewModel m;
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUp(m);
        QVERIFY(m.rowCount() > 0);
        QVERIFY(m.sickLeave().value(QStringLiteral("ytdText")).toString().endsWith(QStringLiteral("\u00a0%")));
        QVERIFY(m.budget().value(QStringLiteral("ytdDeviationText")).toString().endsWith(QStringLiteral("tkr")));
        QCOMPARE(m.sparkCount(), 12);
        m.setUnitId(Ids::unit(QStringLiteral("SOC")));
        QVERIFY(m.rowCount() > 0);
        // Verksamhetsstatistik has a value and no target: it says "Inget mål", not "Värde saknas".
        bool seen = false;
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.data(m.index(r), OverviewModel::CodeRole).toString() != QLatin1String("HTIM"))
                continue;
            seen = true;
            QCOMPARE(m.data(m.index(r), OverviewModel::StatusTextRole).toString(), QCoreApplication::translate("Fmt", "No target"));
        }
        QVERIFY(seen);
    }

    // A year with budget and no utfall yet (January, before the ledger's first month): no
    // deviation to date anywhere ("–"), never a "+0 tkr" that reads as on budget.
    void budgetBeforeFirstUtfall()
    {
        QFile f(m_dir.filePath(QStringLiteral("budget2027.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("enhet;månad;kategori;budget\nVO-HTN;2027-01;personalkostnader;2000\nVO-HTN;2027-02;personalkostnader;2000\n");
        f.close();
        const ImportResult r = Importer::importFile(*m_store, *m_clock, QStringLiteral("budget"), f.fileName());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(m_db->exec(QStringLiteral("UPDATE budget SET _dirty = 0"))); // as if synced: later cases count edits
        m_followUp->reload();
        m_cache->invalidate();
        const QString none = Fmt::tkr(std::nullopt, true);
        OverviewModel o;
        o.setUnitId(m_selection->unitId());
        o.setYear(2027);
        o.setMonth(1);
        QCOMPARE(o.budget().value(QStringLiteral("ytdDeviationText")).toString(), none);
        QCOMPARE(o.budget().value(QStringLiteral("ytdBudgetText")).toString(), Fmt::tkr(std::nullopt));
        QVERIFY(!o.budget().value(QStringLiteral("yearBudgetText")).toString().isEmpty());
        BudgetModel b;
        b.setUnitId(m_selection->unitId());
        b.setYear(2027);
        b.setMonth(1);
        QCOMPARE(b.totals().value(QStringLiteral("ytdDeviationText")).toString(), none);
        CompareModel c;
        c.setUnitId(Ids::unit(QStringLiteral("VO")));
        c.setYear(2027);
        c.setMonth(1);
        QVERIFY(c.rowCount() > 1);
        for (int row = 0; row < c.rowCount(); ++row) {
            const QStringList cells = c.data(c.index(row), CompareModel::CellsRole).toStringList();
            QVERIFY(cells.size() > 2);
            QCOMPARE(cells.at(2), none); // the budget deviation column, the parent's too
        }
    }

    void pages()
    {
        SickLeaveModel s;
        QAbstractItemModelTester t1(&s, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUp(s);
        QCOMPARE(s.rowCount(), 12);
        QVERIFY(s.compareCategories().size() > 1);
        BudgetModel b;
        QAbstractItemModelTester t2(&b, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUp(b);
        QCOMPARE(b.rowCount(), 5);
        QVERIFY(b.editable());
        // The budget's period is the last month with utfall, as the report's budget.month.
        const int budgetMonth = FigureCache::instance()->figures(b.unitId(), b.year(), b.month()).budgetMonth;
        QVERIFY(budgetMonth > 0);
        QCOMPARE(b.totals().value(QStringLiteral("periodText")).toString(), Fmt::throughMonth(budgetMonth));
        GoalModel g;
        QAbstractItemModelTester t3(&g, QAbstractItemModelTester::FailureReportingMode::QtTest);
        g.setUnitId(m_selection->unitId());
        QVERIFY(g.rowCount() > 5);
        IndicatorSeriesModel i;
        QAbstractItemModelTester t4(&i, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUp(i);
        i.setIndicatorId(Ids::indicator(QStringLiteral("HME")));
        QVERIFY(i.rowCount() >= 3);
        CompareModel c;
        QAbstractItemModelTester t5(&c, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUp(c);
        QVERIFY(c.rowCount() > 3);
        const int compareRows = c.rowCount();
        QSignalSpy compareReloads(&c, &UnitPeriodModel::reloaded);
        QSignalSpy compareResets(&c, &QAbstractItemModel::modelReset);
        c.setSortColumn(0);
        c.setAscending(true);
        QVERIFY(c.rowCount() > 3);
        // Sorting re-orders the rows it has; it does not fetch the figures again.
        QCOMPARE(c.rowCount(), compareRows);
        QCOMPARE(compareResets.count(), 2);
        QCOMPARE(compareReloads.count(), 0);
        // The unit compared over heads the list in every sort; it is not sorted in among its units.
        const QString parentId = FigureCache::instance()->followUp().tree().byId(c.unitId())->parentId;
        for (int column = 0; column < 5; ++column) {
            for (bool ascending : {true, false}) {
                c.setSortColumn(column);
                c.setAscending(ascending);
                QCOMPARE(c.data(c.index(0), CompareModel::UnitIdRole).toString(), parentId);
            }
        }
        // Verksamhetsstatistik: the demo's summa and bättre-ingen indicators, a cell per month
        // through the report month plus the year to date and last year.
        StatisticsModel st;
        QAbstractItemModelTester t6(&st, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUp(st);
        QVERIFY2(st.rowCount() >= 2, qPrintable(QString::number(st.rowCount())));
        QVERIFY(!st.monthHeaders().isEmpty());
        QCOMPARE(st.rowNames().size(), st.rowCount());
        QCOMPARE(st.rowCells(0).size(), st.monthHeaders().size() + 2);
        QVERIFY(st.rowCells(st.rowCount()).isEmpty());
        // From the figures FigureCache holds: the same rows and year values as computing them again.
        const QList<StatisticsRow> direct = FigureCache::instance()->followUp().statistics(st.unitId(), st.year(), st.month());
        QCOMPARE(st.rowCount(), direct.size());
        QCOMPARE(st.monthHeaders().size(), st.month());
        for (int r = 0; r < st.rowCount(); ++r) {
            QCOMPARE(st.data(st.index(r), StatisticsModel::YearTextRole).toString(),
                     Fmt::number(direct.at(r).figure.value, direct.at(r).figure.aggregation == Aggregation::Sum ? 0 : 1));
            QCOMPARE(st.rowCells(r).size(), st.month() + 2);
        }
    }

    // The Mål list, the overview's goals met and Jämför's "n of m" read one set of goal statuses,
    // the report's: a nämnd or förvaltning goal without indicators takes its subgoals' (#9).
    void goalStatusesAgree()
    {
        GoalModel g;
        QAbstractItemModelTester t(&g, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUp(g);
        const UnitFigures f = FigureCache::instance()->figures(g.unitId(), g.year(), g.month());
        QCOMPARE(g.rowCount(), f.goals.size());
        int fromSubgoals = 0;
        for (int r = 0; r < g.rowCount(); ++r) {
            const GoalFigure &goal = f.goals.at(r);
            QCOMPARE(g.goalAt(r), goal.goalId);
            QCOMPARE(g.data(g.index(r), GoalModel::StatusClassRole).toString(), Fmt::statusClass(goal.status));
            QCOMPARE(g.data(g.index(r), GoalModel::StatusTextRole).toString(),
                     goal.status == Status::Missing ? GoalModel::tr("Not judged") : Fmt::statusText(goal.status));
            if (goal.indicatorCodes.isEmpty() && goal.status != Status::Missing)
                ++fromSubgoals;
        }
        QVERIFY2(fromSubgoals >= 3, qPrintable(QString::number(fromSubgoals))); // KF and nämnd goals at least
        const GoalsMet met = Rules::goalsMet(f.goals);
        QVERIFY(met.judged > fromSubgoals);
        OverviewModel o;
        setUp(o);
        QCOMPARE(o.summary().value(QStringLiteral("metText")).toString(), OverviewModel::tr("%Ln goal(s) met", nullptr, met.met));
        QCOMPARE(o.summary().value(QStringLiteral("notMetText")).toString(),
                 OverviewModel::tr("%Ln goal(s) not met", nullptr, met.notMet));
        CompareModel c;
        setUp(c);
        bool found = false;
        for (int r = 0; r < c.rowCount(); ++r) {
            if (c.data(c.index(r), CompareModel::UnitIdRole).toString() != g.unitId())
                continue;
            found = true;
            QCOMPARE(c.data(c.index(r), CompareModel::CellsRole).toStringList().at(4),
                     CompareModel::tr("%1 of %2").arg(met.met).arg(met.judged));
            QCOMPARE(c.data(c.index(r), CompareModel::ClassesRole).toStringList().at(4), Fmt::statusClass(met.status()));
        }
        QVERIFY(found);
    }

    void commentUndoAndDirty()
    {
        QVERIFY2(m_editor->setComment(NoteKeys::AreaSickLeave, NoteKeys::KindComment, {}, QStringLiteral("Influensa i oktober")), qPrintable(m_editor->lastError()));
        QCOMPARE(m_editor->comment(NoteKeys::AreaSickLeave, NoteKeys::KindComment), QStringLiteral("Influensa i oktober"));
        QCOMPARE(m_editor->dirtyCount(), 1);
        QVERIFY(m_editor->setComment(NoteKeys::AreaSickLeave, NoteKeys::KindComment, {}, QStringLiteral("Ändrad")));
        QVERIFY(m_editor->undo());
        QCOMPARE(m_editor->comment(NoteKeys::AreaSickLeave, NoteKeys::KindComment), QStringLiteral("Influensa i oktober"));
        QVERIFY(m_editor->undo()); // the created comment is removed again (a tombstone)
        QCOMPARE(m_editor->comment(NoteKeys::AreaSickLeave, NoteKeys::KindComment), QString());
    }

    void actionsCreateClose()
    {
        ActionModel m;
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUp(m);
        m.setRevision(m_editor->revision());
        const int before = m.rowCount();
        const QString id = m_editor->createAction({{QStringLiteral("title"), QStringLiteral("Schemaöversyn")},
                                                {QStringLiteral("effect"), QStringLiteral("250")},
                                                {QStringLiteral("area"), NoteKeys::AreaBudget}});
        QVERIFY(!id.isEmpty());
        m.setRevision(m_editor->revision());
        QCOMPARE(m.rowCount(), before + 1);
        QVERIFY(m_editor->closeAction(id));
        m.setRevision(m_editor->revision());
        bool found = false;
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.data(m.index(r, 0), ActionModel::ActionIdRole).toString() == id) {
                found = true;
                QVERIFY(m.data(m.index(r, 0), ActionModel::DoneRole).toBool());
                // It says the day it was done (its planned end date was empty).
                const QString due = m.data(m.index(r, 0), ActionModel::DueTextRole).toString();
                QVERIFY2(due.contains(Fmt::date(QStringLiteral("2026-11-22"))), qPrintable(due));
            }
        }
        QVERIFY(found);
    }

    void forecast()
    {
        BudgetModel m;
        setUp(m);
        QVERIFY(m_editor->setForecast(Category::Personnel, QStringLiteral("30 000")));
        m.setRevision(m_editor->revision());
        QCOMPARE(m.data(m.index(1, 0), BudgetModel::ForecastRole).toString(), QStringLiteral("30\u00a0000"));
        QVERIFY(m_editor->undo());
        m.setRevision(m_editor->revision());
        QVERIFY(m.data(m.index(1, 0), BudgetModel::ForecastRole).toString() != QStringLiteral("30\u00a0000"));
        QVERIFY(!m_editor->setForecast(Category::Personnel, QStringLiteral("abc")));
    }

    void apt()
    {
        AptModel m;
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUp(m);
        QVERIFY(m.standardAgenda().contains(QStringLiteral("%")));
        const QString id = m_editor->createApt({{QStringLiteral("meeting_date"), QStringLiteral("2026-11-20")}});
        QVERIFY(!id.isEmpty());
        QVERIFY(m_editor->updateApt(id, {{QStringLiteral("minutes"), QStringLiteral("Genomgång av sjukfrånvaron")}}));
        m.setRevision(m_editor->revision());
        QCOMPARE(m.get(m.indexOf(id)).value(QStringLiteral("minutes")).toString(), QStringLiteral("Genomgång av sjukfrånvaron"));
    }
};

QTEST_GUILESS_MAIN(TstAppModels)
#include "tst_app_models.moc"
