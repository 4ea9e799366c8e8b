// The structured APT meeting in the backend (Apt, Notes): a new meeting takes the unit's
// standard agenda as items; the standard agenda is the manager's to change; a decision becomes
// an action in one transaction; removal and every change can be undone; rows that name a
// meeting of another unit are not its; and the share of the year's meetings that went through
// an agenda area is an indicator value through the kvot rule (per unit, to date, rolled up).
#include "apt.h"
#include "followup.h"
#include "importfixture.h"
#include "notes.h"
#include "unittree.h"

#include <QSqlQuery>
#include <QtTest>

namespace {
const QString kUnits = QStringLiteral("kod;namn;förälder;typ\nSOC;Socialförvaltningen;;förvaltning\n"
                                      "A;Enhet A;SOC;enhet\nB;Enhet B;SOC;enhet\n");
const QString kGoals = QStringLiteral("kod;namn;nivå;förälder;enhet\nG1;Värdegrunden på varje APT;enhet;;A\n");
const QString kIndicators = QStringLiteral("kod;namn;måttenhet;bättre;mål;källa;aggregering\n"
                                           "VG;Andel APT med värdegrund;%;högre;G1;apt_värdegrund;\n");
const QString kTargets = QStringLiteral("indikator;enhet;år;måltyp;målvärde;tolerans\nVG;SOC;2026;min;100;10\n");

QStringList titles(const QList<Apt::Item> &items)
{
    QStringList out;
    for (const Apt::Item &i : items)
        out << i.title;
    return out;
}
} // namespace

class TstAptCore : public QObject
{
    Q_OBJECT

    ImportFixture m_fixture;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<HlcClock> m_clock;
    std::unique_ptr<Notes> m_notes;
    QString m_a, m_b, m_soc;

    QString meeting(const QString &unitId, const QString &date)
    {
        QString error;
        const QString id = m_notes->createApt({{QStringLiteral("unit_id"), unitId}, {QStringLiteral("meeting_date"), date}}, &error);
        if (id.isEmpty())
            qWarning().noquote() << error;
        return id;
    }
    // Ticks (or unticks) the meeting's item of `area`.
    bool tick(const QString &unitId, const QString &meetingId, const QString &area, bool covered = true)
    {
        QString error;
        for (const Apt::Item &i : Apt::items(*m_db, unitId, meetingId))
            if (i.area == area)
                return m_notes->updateAptItem(i.id, {{QStringLiteral("covered"), covered}}, &error);
        return false;
    }
    std::optional<double> coverage(const QString &unitId, int year, int month, std::optional<double> *previous = nullptr)
    {
        FollowUp f(*m_db);
        f.reload();
        for (const IndicatorFigure &i : f.figures(unitId, year, month, true).indicators) {
            if (i.code == QStringLiteral("VG")) {
                if (previous)
                    *previous = i.previous;
                return i.value;
            }
        }
        return std::nullopt;
    }

private slots:
    void init()
    {
        m_db = m_fixture.load({{QStringLiteral("units"), kUnits}, {QStringLiteral("goals"), kGoals},
                               {QStringLiteral("indicators"), kIndicators}, {QStringLiteral("targets"), kTargets}});
        QVERIFY(m_db);
        m_store = std::make_unique<Store>(*m_db, Store::Role::Client);
        m_clock = std::make_unique<HlcClock>(QStringLiteral("device"));
        m_notes = std::make_unique<Notes>(*m_store, *m_clock);
        const UnitTree tree = UnitTree::load(*m_db);
        m_a = tree.byCode(QStringLiteral("A"))->id;
        m_b = tree.byCode(QStringLiteral("B"))->id;
        m_soc = tree.byCode(QStringLiteral("SOC"))->id;
    }

    void newMeetingTakesTheStandardAgenda()
    {
        const QString id = meeting(m_a, QStringLiteral("2026-03-12"));
        QVERIFY(!id.isEmpty());
        const QList<Apt::Item> items = Apt::items(*m_db, m_a, id);
        QCOMPARE(items.size(), 8);
        QStringList areas;
        for (const Apt::Item &i : items) {
            areas << i.area;
            QVERIFY(!i.covered);
            QVERIFY(i.note.isEmpty());
        }
        QCOMPARE(areas, Apt::areas());
        // One change, one undo step: the meeting and its items go together.
        QVERIFY(m_notes->canUndo());
        QString error;
        QVERIFY2(m_notes->undo(&error), qPrintable(error));
        QVERIFY(Actions::meetings(*m_db, m_a).isEmpty());
        QVERIFY(Apt::items(*m_db, m_a, id).isEmpty());
    }

    void standardAgendaIsTheUnits()
    {
        QString error;
        QVERIFY2(m_notes->setStandardAgenda(m_a, {QStringLiteral("Information"), QStringLiteral("Värdegrund"), QStringLiteral("Brukarnas synpunkter")},
                                            {Apt::Information, Apt::CoreValues, QString()}, &error),
                 qPrintable(error));
        const QString id = meeting(m_a, QStringLiteral("2026-04-16"));
        QCOMPARE(titles(Apt::items(*m_db, m_a, id)),
                 (QStringList{QStringLiteral("Information"), QStringLiteral("Värdegrund"), QStringLiteral("Brukarnas synpunkter")}));
        QCOMPARE(Apt::items(*m_db, m_a, id).at(1).area, Apt::CoreValues);
        // Another unit keeps the default.
        QCOMPARE(Apt::items(*m_db, m_b, meeting(m_b, QStringLiteral("2026-04-16"))).size(), 8);
        // Shortened: the entries past the end are removed, not left behind.
        QVERIFY(m_notes->setStandardAgenda(m_a, {QStringLiteral("Bara en punkt"), QStringLiteral("  ")}, {}, &error));
        QCOMPARE(Apt::standardAgenda(*m_db, m_a).size(), 1);
        QVERIFY(!m_notes->setStandardAgenda(m_a, {QStringLiteral(" ")}, {}, &error));
        QVERIFY(error.contains(QStringLiteral("at least one")));
        // Undo brings back the three.
        QVERIFY(m_notes->undo(&error));
        QCOMPARE(Apt::standardAgenda(*m_db, m_a).size(), 3);
    }

    void decisionBecomesAnAction()
    {
        QString error;
        const QString id = meeting(m_a, QStringLiteral("2026-05-14"));
        const QString d = m_notes->addDecision(id, QString(), &error); // an empty decision, then typed
        QVERIFY2(!d.isEmpty(), qPrintable(error));
        QVERIFY2(m_notes->updateDecision(d, {{QStringLiteral("body"), QStringLiteral("Ny rutin för överlämning")}}, &error), qPrintable(error));
        const QString action = m_notes->decisionToAction(d, {{QStringLiteral("owner"), QStringLiteral("Anna")},
                                                             {QStringLiteral("end_date"), QStringLiteral("2026-06-30")}},
                                                         QStringLiteral("2026-05-14"), &error);
        QVERIFY2(!action.isEmpty(), qPrintable(error));
        const QList<Apt::Decision> ds = Apt::decisions(*m_db, m_a, id);
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().actionId, action);
        const UnitTree tree = UnitTree::load(*m_db);
        const QList<Action> actions = Actions::ofSubtree(*m_db, tree, m_a);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().title, QStringLiteral("Ny rutin för överlämning"));
        QCOMPARE(actions.first().owner, QStringLiteral("Anna"));
        QCOMPARE(actions.first().startDate, QStringLiteral("2026-05-14"));
        QCOMPARE(actions.first().status, NoteKeys::StatusNotStarted);
        // Once only.
        QVERIFY(m_notes->decisionToAction(d, {}, QStringLiteral("2026-05-14"), &error).isEmpty());
        // The next meeting follows it up.
        const QString next = meeting(m_a, QStringLiteral("2026-06-11"));
        const QList<AptMeeting> ms = Actions::meetings(*m_db, m_a);
        QCOMPARE(ms.first().id, next);
        const Apt::FollowUpList f = Apt::followUp(*m_db, tree, m_a, ms, 0);
        QCOMPARE(f.previousId, id);
        QCOMPARE(f.followedUp.size(), 1);
        QCOMPARE(f.followedUp.first().id, action);
        // Undo (after the next meeting's) takes back action and link together.
        QVERIFY(m_notes->undo(&error));
        QVERIFY(m_notes->undo(&error));
        QVERIFY(Actions::ofSubtree(*m_db, tree, m_a).isEmpty());
        QVERIFY(Apt::decisions(*m_db, m_a, id).first().actionId.isEmpty());
    }

    void removedRowsComeBackOnUndo()
    {
        QString error;
        const QString id = meeting(m_a, QStringLiteral("2026-05-14"));
        const Apt::Item second = Apt::items(*m_db, m_a, id).at(1);
        QVERIFY(m_notes->updateAptItem(second.id, {{QStringLiteral("note"), QStringLiteral("Skyddsrond")}}, &error));
        QVERIFY(m_notes->removeAptRow(QStringLiteral("apt_items"), second.id, &error));
        QCOMPARE(Apt::items(*m_db, m_a, id).size(), 7);
        QVERIFY(m_notes->undo(&error));
        const QList<Apt::Item> back = Apt::items(*m_db, m_a, id);
        QCOMPARE(back.size(), 8);
        QCOMPARE(back.at(1).title, second.title);
        QCOMPARE(back.at(1).note, QStringLiteral("Skyddsrond"));
        QVERIFY(!m_notes->removeAptRow(QStringLiteral("actions"), second.id, &error));
    }

    void rowsOfAnotherUnitAreNotTheMeetings()
    {
        const QString id = meeting(m_a, QStringLiteral("2026-05-14"));
        QString error;
        // As a sync could bring it: an item in B's unit naming A's meeting.
        QVERIFY(m_store->begin(&error));
        QVERIFY(m_store->write(QStringLiteral("apt_items"), QStringLiteral("stray"),
                               {{QStringLiteral("unit_id"), m_b}, {QStringLiteral("meeting_id"), id},
                                {QStringLiteral("title"), QStringLiteral("Inskjuten punkt")}},
                               m_clock->now(), &error));
        QVERIFY(m_store->commit(&error));
        QVERIFY(!titles(Apt::items(*m_db, m_a, id)).contains(QStringLiteral("Inskjuten punkt")));
        QCOMPARE(Apt::items(*m_db, m_a, id).size(), 8);
    }

    void coverageIsAnIndicatorValue()
    {
        // A: four meetings this year to October, the värdegrund gone through at one; one in
        // November (after the month) that did. B: two meetings, both did. Last year A: 2 of 2.
        const QStringList aDates{QStringLiteral("2026-01-15"), QStringLiteral("2026-03-12"), QStringLiteral("2026-05-14"),
                                 QStringLiteral("2026-09-17")};
        QList<QString> aIds;
        for (const QString &d : aDates)
            aIds << meeting(m_a, d);
        QVERIFY(tick(m_a, aIds.at(2), Apt::CoreValues));
        QVERIFY(tick(m_a, aIds.at(3), Apt::Goals)); // another area does not count
        QVERIFY(tick(m_a, meeting(m_a, QStringLiteral("2026-11-12")), Apt::CoreValues));
        for (const QString &d : {QStringLiteral("2026-02-10"), QStringLiteral("2026-06-09")})
            QVERIFY(tick(m_b, meeting(m_b, d), Apt::CoreValues));
        for (const QString &d : {QStringLiteral("2025-04-10"), QStringLiteral("2025-10-09")})
            QVERIFY(tick(m_a, meeting(m_a, d), Apt::CoreValues));

        std::optional<double> previous;
        QCOMPARE(coverage(m_a, 2026, 10, &previous), std::optional<double>(25.0));
        QCOMPARE(previous, std::optional<double>(100.0));
        QCOMPARE(coverage(m_a, 2026, 11), std::optional<double>(40.0)); // 2 of 5
        QCOMPARE(coverage(m_a, 2026, 2), std::optional<double>(0.0));   // held one, none covered
        QCOMPARE(coverage(m_soc, 2026, 10), std::optional<double>(50.0)); // (1 + 2) / (4 + 2)
        // A tick taken back counts no more; a removed meeting is not held.
        QVERIFY(tick(m_b, Actions::meetings(*m_db, m_b).first().id, Apt::CoreValues, false));
        const auto soc = coverage(m_soc, 2026, 10);
        QVERIFY(soc && qFuzzyCompare(*soc, 100.0 * 2 / 6));
        QString error;
        QVERIFY(m_store->begin(&error));
        QVERIFY(m_store->remove(QStringLiteral("apt_meetings"), aIds.at(0), m_clock->now(), &error));
        QVERIFY(m_store->commit(&error));
        const auto a = coverage(m_a, 2026, 10);
        QVERIFY(a && qFuzzyCompare(*a, 100.0 / 3));
        // It adds up as a kvot, whatever the import said, and is judged against its target.
        FollowUp f(*m_db);
        f.reload();
        bool found = false;
        for (const IndicatorFigure &i : f.figures(m_a, 2026, 10, true).indicators) {
            if (i.code == QStringLiteral("VG")) {
                found = true;
                QCOMPARE(i.aggregation, Aggregation::Ratio);
                QCOMPARE(i.status, Status::NotMet);
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TstAptCore)
#include "tst_apt_core.moc"
