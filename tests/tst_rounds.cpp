// Report rounds in the backend (Rounds, Notes): the allowed status moves and who makes each, a
// report that is late, the sections a round asks for, writing a section or an assessment of a
// report not started or sent back makes it utkast, a klar or godkänd report cannot be changed,
// the figures frozen at klar stay what they were after a later import, the subtree's statuses,
// and undo of a status change.
#include "followup.h"
#include "ids.h"
#include "importfixture.h"
#include "notes.h"
#include "rounds.h"
#include "unittree.h"

#include <QJsonDocument>
#include <QtTest>

namespace {
const QString kUnits = QStringLiteral("kod;namn;förälder;typ\nSOC;Socialförvaltningen;;förvaltning\n"
                                      "VO;Vård och omsorg;SOC;område\nA;Enhet A;VO;enhet\nB;Enhet B;VO;enhet\n");
const QString kGoals = QStringLiteral("kod;namn;nivå;förälder;enhet\nG1;Låg sjukfrånvaro;enhet;;A\n");
const QString kSick = QStringLiteral("enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus\n"
                                     "A;2026-01;1000;80;50;10\nA;2026-02;1000;60;40;0\nB;2026-01;2000;100;60;20\n");
const QString kLaterSick = QStringLiteral("enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus\n"
                                          "A;2026-02;1000;300;200;50\n");
using Rounds::Actor;

double sickPercent(const QJsonObject &figures)
{
    return figures.value(QStringLiteral("sick_leave")).toObject().value(QStringLiteral("percent")).toDouble();
}
} // namespace

class TstRounds : public QObject
{
    Q_OBJECT

    ImportFixture m_fixture;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<HlcClock> m_clock;
    std::unique_ptr<Notes> m_notes;
    QString m_round;
    const QString m_a = Ids::unit(QStringLiteral("A"));
    const QString m_b = Ids::unit(QStringLiteral("B"));
    const QString m_vo = Ids::unit(QStringLiteral("VO"));

    QString status(const QString &unit) { return Rounds::report(*m_db, unit, m_round).status; }
    bool mark(const QString &unit, const QString &to, Actor actor, const QString &comment = {})
    {
        QString error;
        const bool ok = m_notes->setReportStatus(unit, m_round, to, actor, QStringLiteral("mia"), comment,
                                                 QStringLiteral("2026-03-01T10:00:00"), &error);
        if (!ok)
            qInfo().noquote() << "refused:" << error;
        return ok;
    }

private slots:
    void init()
    {
        m_db = m_fixture.load({{QStringLiteral("units"), kUnits}, {QStringLiteral("goals"), kGoals},
                               {QStringLiteral("sickleave"), kSick}}, &m_path);
        QVERIFY(m_db);
        // The round as `round create` writes it on the server.
        Store server(*m_db, Store::Role::Server);
        HlcClock cli(QStringLiteral("cli"));
        QString error;
        m_round = Ids::random();
        QVERIFY(server.begin(&error));
        QVERIFY2(server.write(QStringLiteral("report_rounds"), m_round,
                              {{QStringLiteral("name"), QStringLiteral("Månadsuppföljning februari")},
                               {QStringLiteral("year"), 2026}, {QStringLiteral("month_from"), 1},
                               {QStringLiteral("month_to"), 2}, {QStringLiteral("deadline"), QStringLiteral("2026-03-10")},
                               {QStringLiteral("sections"), QStringLiteral("sammanfattning,ekonomi")}},
                              cli.now(), &error),
                 qPrintable(error));
        QVERIFY(server.commit(&error));
        m_store = std::make_unique<Store>(*m_db, Store::Role::Client);
        m_clock = std::make_unique<HlcClock>(QStringLiteral("device"));
        m_notes = std::make_unique<Notes>(*m_store, *m_clock);
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("actor");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<bool>("allowed");
        const int m = int(Actor::Manager), r = int(Actor::Reviewer);
        QTest::newRow("manager starts") << Rounds::NotStarted << Rounds::Draft << m << QString() << true;
        QTest::newRow("manager klar at once") << Rounds::NotStarted << Rounds::Done << m << QString() << true;
        QTest::newRow("manager klar") << Rounds::Draft << Rounds::Done << m << QString() << true;
        QTest::newRow("manager takes klar back") << Rounds::Done << Rounds::Draft << m << QString() << true;
        QTest::newRow("manager after atersand: utkast") << Rounds::Returned << Rounds::Draft << m << QString() << true;
        QTest::newRow("manager after atersand: klar") << Rounds::Returned << Rounds::Done << m << QString() << true;
        QTest::newRow("manager cannot approve") << Rounds::Done << Rounds::Approved << m << QString() << false;
        QTest::newRow("manager cannot send back") << Rounds::Done << Rounds::Returned << m << QStringLiteral("x") << false;
        QTest::newRow("manager cannot reopen godkand") << Rounds::Approved << Rounds::Draft << m << QString() << false;
        QTest::newRow("nobody writes ej_paborjad") << Rounds::Draft << Rounds::NotStarted << m << QString() << false;
        QTest::newRow("unknown status") << Rounds::Draft << QStringLiteral("x") << m << QString() << false;
        QTest::newRow("reviewer approves klar") << Rounds::Done << Rounds::Approved << r << QString() << true;
        QTest::newRow("reviewer cannot approve utkast") << Rounds::Draft << Rounds::Approved << r << QString() << false;
        QTest::newRow("reviewer sends back klar") << Rounds::Done << Rounds::Returned << r << QStringLiteral("Ekonomi saknas") << true;
        QTest::newRow("reviewer sends back godkand") << Rounds::Approved << Rounds::Returned << r << QStringLiteral("Fel år") << true;
        QTest::newRow("sending back needs a comment") << Rounds::Done << Rounds::Returned << r << QStringLiteral("  ") << false;
        QTest::newRow("reviewer cannot send back utkast") << Rounds::Draft << Rounds::Returned << r << QStringLiteral("x") << false;
        QTest::newRow("reviewer does not write klar") << Rounds::Draft << Rounds::Done << r << QString() << false;
    }
    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, actor);
        QFETCH(QString, comment);
        QFETCH(bool, allowed);
        QString error;
        QCOMPARE(Rounds::checkTransition(from, to, Actor(actor), comment, &error), allowed);
        QCOMPARE(error.isEmpty(), allowed);
    }

    void roles()
    {
        QVERIFY(Rounds::roleActs(QStringLiteral("enhetschef"), Actor::Manager));
        QVERIFY(!Rounds::roleActs(QStringLiteral("enhetschef"), Actor::Reviewer));
        QVERIFY(Rounds::roleActs(QStringLiteral("verksamhetschef"), Actor::Reviewer));
        QVERIFY(Rounds::roleActs(QStringLiteral("verksamhetschef"), Actor::Manager));
        QVERIFY(!Rounds::roleActs(QStringLiteral("controller"), Actor::Manager));
        QVERIFY(!Rounds::roleActs(QStringLiteral("controller"), Actor::Reviewer));
        QCOMPARE(Rounds::setBy(Rounds::Approved), std::optional<Actor>(Actor::Reviewer));
        QCOMPARE(Rounds::setBy(Rounds::Done), std::optional<Actor>(Actor::Manager));
        QVERIFY(!Rounds::setBy(Rounds::NotStarted));
    }

    void late()
    {
        const QDate deadline(2026, 3, 10);
        QVERIFY(!Rounds::late(Rounds::NotStarted, deadline, QDate(2026, 3, 10)));
        QVERIFY(Rounds::late(Rounds::NotStarted, deadline, QDate(2026, 3, 11)));
        QVERIFY(Rounds::late(Rounds::Draft, deadline, QDate(2026, 3, 11)));
        QVERIFY(Rounds::late(Rounds::Returned, deadline, QDate(2026, 4, 1)));
        QVERIFY(!Rounds::late(Rounds::Done, deadline, QDate(2026, 4, 1)));
        QVERIFY(!Rounds::late(Rounds::Approved, deadline, QDate(2026, 4, 1)));
    }

    void sections()
    {
        QString error;
        QCOMPARE(*Rounds::parseSections(QString(), &error), Rounds::standardSections());
        QCOMPARE(*Rounds::parseSections(QStringLiteral(" ekonomi , sammanfattning"), &error),
                 (QStringList{QStringLiteral("ekonomi"), QStringLiteral("sammanfattning")}));
        QVERIFY(!Rounds::parseSections(QStringLiteral("ekonomi,budget"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"budget\"")), qPrintable(error));
        QVERIFY(!Rounds::parseSections(QStringLiteral("ekonomi,ekonomi"), &error));
        QCOMPARE(Rounds::sectionTitle(QStringLiteral("sjukfranvaro")), QStringLiteral("Sick leave and work environment"));
        Rounds::Round r{QString(), QStringLiteral("Tertial 1"), 2026, 1, 4, QDate(2026, 5, 15), {QStringLiteral("ekonomi")}, {}};
        QVERIFY(Rounds::validate(r, &error));
        r.monthTo = 13;
        QVERIFY(!Rounds::validate(r, &error));
        QVERIFY2(error.startsWith(QStringLiteral("to:")), qPrintable(error));
    }

    void writeReviewAndApprove()
    {
        QString error;
        QCOMPARE(status(m_a), Rounds::NotStarted);
        QVERIFY2(m_notes->setReportSection(m_a, m_round, QStringLiteral("sammanfattning"), QStringLiteral("Lugn månad."), true, &error),
                 qPrintable(error));
        QCOMPARE(status(m_a), Rounds::Draft);
        QCOMPARE(Rounds::section(*m_db, m_a, m_round, QStringLiteral("sammanfattning")), QStringLiteral("Lugn månad."));
        // A section the round does not ask for.
        QVERIFY(!m_notes->setReportSection(m_a, m_round, QStringLiteral("handelser"), QStringLiteral("x"), true, &error));
        QVERIFY2(m_notes->setGoalAssessment(m_a, m_round, Ids::goal(QStringLiteral("G1")), Rounds::Partly, Rounds::Met,
                                            QStringLiteral("Korttiden minskar."), &error), qPrintable(error));
        QVERIFY(!m_notes->setGoalAssessment(m_a, m_round, Ids::goal(QStringLiteral("G1")), QStringLiteral("bra"), {}, {}, &error));
        QCOMPARE(Rounds::assessments(*m_db, m_a, m_round).size(), 1);
        QCOMPARE(Rounds::assessments(*m_db, m_a, m_round).first().forecast, Rounds::Met);

        QVERIFY(!mark(m_a, Rounds::Approved, Actor::Manager)); // a manager cannot approve
        QVERIFY(mark(m_a, Rounds::Done, Actor::Manager));
        QVERIFY(!Rounds::report(*m_db, m_a, m_round).snapshot.isEmpty());
        // Klar: nothing can be changed until it is sent back or taken back.
        QVERIFY(!m_notes->setReportSection(m_a, m_round, QStringLiteral("sammanfattning"), QStringLiteral("Ändrad"), true, &error));
        QVERIFY(!m_notes->setGoalAssessment(m_a, m_round, Ids::goal(QStringLiteral("G1")), Rounds::Met, {}, {}, &error));

        QVERIFY(!mark(m_a, Rounds::Returned, Actor::Reviewer)); // without a comment
        QVERIFY(mark(m_a, Rounds::Returned, Actor::Reviewer, QStringLiteral("Skriv om ekonomin.")));
        QCOMPARE(Rounds::report(*m_db, m_a, m_round).reviewComment, QStringLiteral("Skriv om ekonomin."));
        QVERIFY(m_notes->setReportSection(m_a, m_round, QStringLiteral("ekonomi"), QStringLiteral("Underskott i personalkostnader."), true, &error));
        QCOMPARE(status(m_a), Rounds::Draft);
        QVERIFY(mark(m_a, Rounds::Done, Actor::Manager));
        QVERIFY(mark(m_a, Rounds::Approved, Actor::Reviewer));
        QCOMPARE(status(m_a), Rounds::Approved);
        QCOMPARE(Rounds::report(*m_db, m_a, m_round).reviewComment, QString());
        QVERIFY(!mark(m_a, Rounds::Draft, Actor::Manager));
        QVERIFY(m_notes->dirtyCount() > 0);
    }

    void controllerLeavesStatus()
    {
        QString error;
        QVERIFY(m_notes->setReportSection(m_b, m_round, Rounds::EconomySection, QStringLiteral("Prognos +200 tkr."), false, &error));
        QCOMPARE(status(m_b), Rounds::NotStarted);
    }

    void snapshotFrozen()
    {
        const Rounds::Round round = *Rounds::round(*m_db, m_round);
        FollowUp followUp(*m_db);
        const double before = sickPercent(Rounds::liveFigures(followUp, m_a, round));
        QCOMPARE(before, 7.0); // (80 + 60) / 2000
        QVERIFY(mark(m_a, Rounds::Done, Actor::Manager));
        // A later import corrects February: the live figures change, the report's do not.
        Store server(*m_db, Store::Role::Server);
        HlcClock import(QStringLiteral("import"));
        const ImportResult r = Importer::importFile(server, import, QStringLiteral("sickleave"), m_fixture.writeFile(kLaterSick));
        QVERIFY2(r.ok, qPrintable(r.error));
        FollowUp after(*m_db);
        QCOMPARE(sickPercent(Rounds::liveFigures(after, m_a, round)), 19.0);
        QCOMPARE(sickPercent(Rounds::figures(*m_db, after, m_a, round)), 7.0);
        // Sent back and klar again: the snapshot is taken anew.
        QVERIFY(mark(m_a, Rounds::Returned, Actor::Reviewer, QStringLiteral("Februari är rättad.")));
        QCOMPARE(sickPercent(Rounds::figures(*m_db, after, m_a, round)), 19.0);
        QVERIFY(mark(m_a, Rounds::Done, Actor::Manager));
        QVERIFY(mark(m_a, Rounds::Approved, Actor::Reviewer));
        QCOMPARE(sickPercent(Rounds::figures(*m_db, after, m_a, round)), 19.0);
    }

    void subtree()
    {
        QVERIFY(mark(m_a, Rounds::Done, Actor::Manager));
        const UnitTree tree = UnitTree::load(*m_db);
        const Rounds::Round round = *Rounds::round(*m_db, m_round);
        const QList<Rounds::UnitStatus> list = Rounds::subtreeStatus(*m_db, tree, Ids::unit(QStringLiteral("SOC")), round,
                                                                     QDate(2026, 3, 11));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).code, QStringLiteral("VO"));
        QCOMPARE(list.at(0).depth, 1);
        QCOMPARE(list.at(1).code, QStringLiteral("A"));
        QCOMPARE(list.at(1).depth, 2);
        QCOMPARE(list.at(1).report.status, Rounds::Done);
        QVERIFY(!list.at(1).late);
        QCOMPARE(list.at(2).code, QStringLiteral("B"));
        QVERIFY(list.at(2).late);
        QCOMPARE(Rounds::subtreeStatus(*m_db, tree, m_vo, round, QDate(2026, 3, 1)).size(), 2);
        QVERIFY(!Rounds::subtreeStatus(*m_db, tree, m_vo, round, QDate(2026, 3, 1)).at(1).late);
    }

    void undo()
    {
        QString error;
        QVERIFY(mark(m_a, Rounds::Done, Actor::Manager));
        QVERIFY(m_notes->canUndo());
        QVERIFY2(m_notes->undo(&error), qPrintable(error));
        QCOMPARE(status(m_a), Rounds::NotStarted);
        QVERIFY(Rounds::report(*m_db, m_a, m_round).snapshot.isEmpty());
        QVERIFY(m_notes->setReportSection(m_a, m_round, QStringLiteral("sammanfattning"), QStringLiteral("Text"), true, &error));
        QVERIFY(mark(m_a, Rounds::Done, Actor::Manager));
        QVERIFY(m_notes->undo(&error));
        QCOMPARE(status(m_a), Rounds::Draft);
        QVERIFY(m_notes->undo(&error));
        QCOMPARE(status(m_a), Rounds::NotStarted);
        QCOMPARE(Rounds::section(*m_db, m_a, m_round, QStringLiteral("sammanfattning")), QString());
    }
};

QTEST_GUILESS_MAIN(TstRounds)
#include "tst_rounds.moc"
