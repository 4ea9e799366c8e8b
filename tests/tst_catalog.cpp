// The backend's read APIs and shared rules: goals of a unit's branch, indicator metadata and
// what its source means, actions and APT meetings, forecasts per category, the forecast
// deviation, goals met, and the key folding.
#include "actions.h"
#include "catalog.h"
#include "csvreader.h"
#include "followup.h"
#include "hlc.h"
#include "importfixture.h"
#include "notes.h"
#include "rules.h"
#include "schema.h"

#include <QtTest>

using OptD = std::optional<double>;
Q_DECLARE_METATYPE(OptD)

namespace {
const QList<QPair<QString, QString>> &fixture()
{
    static const QList<QPair<QString, QString>> files = {
        {QStringLiteral("units"), QStringLiteral("kod;namn;förälder;typ\nSOC;Socialförvaltningen;;förvaltning\n"
                                                 "OMR;Vård och omsorg;SOC;område\nA;Enhet A;OMR;enhet\n"
                                                 "B;Enhet B;OMR;enhet\nC;Enhet C;SOC;enhet\n")},
        {QStringLiteral("goals"), QStringLiteral("kod;namn;nivå;förälder;enhet\nKF1;Attraktiv arbetsgivare;KF;;SOC\n"
                                                 "N1;Frisk personal;Nämnd;KF1;\nEA;A:s mål;enhet;N1;A\n"
                                                 "EB;B:s mål;enhet;N1;B\n")},
        {QStringLiteral("indicators"), QStringLiteral("kod;namn;måttenhet;bättre;mål;källa\n"
                                                      "SJUK;Sjukfrånvaro;%;lägre;N1;Sjukfrånvaro\n"
                                                      "HME;HME-index;index;högre;N1;Manuell\n"
                                                      "TIMV;Timvikarier;%;lägre;EA;import\n"
                                                      "BEL;Beläggning;%;högre;EB;\n")},
        {QStringLiteral("actions"), QStringLiteral("enhet;titel;ansvarig;start;slut;status;effekt_tkr;mål;område\n"
                                                   "A;Bemanning;Chef A;2026-01-01;2026-03-01;Pågår;100;EA;mål\n"
                                                   "B;Vikarier;Chef B;;2026-01-15;Klar;;;budget\n"
                                                   "B;Schema;;;;Ej påbörjad;;;sjukfrånvaro\n"
                                                   "C;Annat;;;2026-02-01;Pågår;;;budget\n")},
        {QStringLiteral("budget"), QStringLiteral("enhet;månad;kategori;budget;utfall;prognos\n"
                                                  "A;2026-01;personalkostnader;100;110;1300\n"
                                                  "A;2026-02;personalkostnader;100;110;1350\n"
                                                  "A;2026-03;personalkostnader;100;110;\n"
                                                  "A;2026-04;personalkostnader;100;;1400\n"
                                                  "A;2026-01;intäkter;20;25;250\nA;2026-02;intäkter;20;25;\n"
                                                  "B;2026-01;personalkostnader;200;190;2300\n")},
    };
    return files;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QStringList codes(const QList<Goal> &goals)
{
    QStringList out;
    for (const Goal &g : goals)
        out << QStringLiteral("%1:%2").arg(g.code).arg(g.depth);
    return out;
}

GoalFigure withStatus(Status s)
{
    GoalFigure g;
    g.status = s;
    return g;
}
} // namespace

class TstCatalog : public QObject
{
    Q_OBJECT

private:
    ImportFixture m_fixture;
    std::unique_ptr<Database> m_db;

    QString unitId(const QString &code)
    {
        FollowUp f(*m_db);
        const Unit *u = f.tree().byCode(code);
        return u ? u->id : QString();
    }

private slots:
    void initTestCase()
    {
        m_db = m_fixture.load(fixture());
        QVERIFY(m_db);
    }

    void goalsOfUnit_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QStringList>("expected"); // code:depth, display order
        QTest::newRow("enhet A: ancestors' goals, its own, not B's")
            << "A" << strings({"KF1:0", "N1:1", "EA:2"});
        QTest::newRow("område: goals of units below it too") << "OMR" << strings({"KF1:0", "N1:1", "EA:2", "EB:2"});
        QTest::newRow("enhet C: only the shared goals") << "C" << strings({"KF1:0", "N1:1"});
    }
    void goalsOfUnit()
    {
        QFETCH(QString, unit);
        QFETCH(QStringList, expected);
        FollowUp f(*m_db);
        QCOMPARE(codes(Catalog(*m_db).goalsOfUnit(f.tree(), unitId(unit))), expected);
    }

    void goalsCarryLevelAndIndicators()
    {
        Catalog c(*m_db);
        const QList<Goal> goals = c.goals();
        QCOMPARE(goals.size(), 4);
        QCOMPARE(goals.at(0).code, QStringLiteral("EA")); // by code
        QHash<QString, Goal> byCode;
        for (const Goal &g : goals)
            byCode.insert(g.code, g);
        QCOMPARE(byCode.value(QStringLiteral("KF1")).level, QStringLiteral("kf"));
        QCOMPARE(byCode.value(QStringLiteral("N1")).level, QStringLiteral("namnd"));
        QCOMPARE(byCode.value(QStringLiteral("N1")).indicatorIds.size(), 2); // HME, SJUK
        QCOMPARE(byCode.value(QStringLiteral("EA")).indicatorIds.size(), 1);
        QCOMPARE(c.goalNames().value(byCode.value(QStringLiteral("EA")).id), QStringLiteral("A:s mål"));
    }

    void indicatorSource_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("manual");
        QTest::addColumn<bool>("sickLeave");
        QTest::newRow("Sjukfrånvaro is folded on import") << "SJUK" << "sjukfranvaro" << false << true;
        QTest::newRow("Manuell") << "HME" << "manuell" << true << false;
        QTest::newRow("import") << "TIMV" << "import" << false << false;
        QTest::newRow("no källa defaults to import") << "BEL" << "import" << false << false;
    }
    void indicatorSource()
    {
        QFETCH(QString, code);
        QFETCH(QString, source);
        QFETCH(bool, manual);
        QFETCH(bool, sickLeave);
        Catalog c(*m_db);
        std::optional<Indicator> found;
        for (const Indicator &i : c.indicators())
            if (i.code == code)
                found = i;
        QVERIFY(found);
        QCOMPARE(found->source, source);
        QCOMPARE(found->isManual(), manual);
        QCOMPARE(found->isSickLeave(), sickLeave);
        const std::optional<Indicator> byId = c.indicator(found->id);
        QVERIFY(byId);
        QCOMPARE(byId->code, code);
    }

    void sourceKeys_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("manual");
        QTest::addColumn<bool>("sickLeave");
        // Stored keys are exact: the importer folds what the files say.
        QTest::newRow("manuell") << "manuell" << true << false;
        QTest::newRow("sjukfranvaro") << "sjukfranvaro" << false << true;
        QTest::newRow("import") << "import" << false << false;
        QTest::newRow("prefix is not a source") << "manu" << false << false;
        QTest::newRow("sjuk is not a source") << "sjuk" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }
    void sourceKeys()
    {
        QFETCH(QString, source);
        QFETCH(bool, manual);
        QFETCH(bool, sickLeave);
        QCOMPARE(Source::isManual(source), manual);
        QCOMPARE(Source::isSickLeave(source), sickLeave);
    }

    void sickLeaveIndicatorAndUnknown()
    {
        Catalog c(*m_db);
        const std::optional<Indicator> sick = c.indicator(c.sickLeaveIndicator());
        QVERIFY(sick);
        QCOMPARE(sick->code, QStringLiteral("SJUK"));
        QCOMPARE(sick->measureUnit, QStringLiteral("%"));
        QCOMPARE(sick->direction, Direction::LowerIsBetter);
        QVERIFY(!c.indicator(QStringLiteral("no-such-id")));
    }

    void actionsOfSubtree_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QStringList>("titles"); // by end date (empty first), then title
        QTest::newRow("område: A and B") << "OMR" << strings({"Schema", "Vikarier", "Bemanning"});
        QTest::newRow("enhet A") << "A" << strings({"Bemanning"});
        QTest::newRow("förvaltning: all") << "SOC" << strings({"Schema", "Vikarier", "Annat", "Bemanning"});
        QTest::newRow("unknown unit") << "ZZ" << QStringList();
    }
    void actionsOfSubtree()
    {
        QFETCH(QString, unit);
        QFETCH(QStringList, titles);
        FollowUp f(*m_db);
        QStringList got;
        for (const Action &a : Actions::ofSubtree(*m_db, f.tree(), unitId(unit)))
            got << a.title;
        QCOMPARE(got, titles);
    }

    void actionFields()
    {
        FollowUp f(*m_db);
        const QList<Action> list = Actions::ofSubtree(*m_db, f.tree(), unitId(QStringLiteral("A")));
        QCOMPARE(list.size(), 1);
        const Action &a = list.first();
        QCOMPARE(a.unitName, QStringLiteral("Enhet A"));
        QCOMPARE(a.goalName, QStringLiteral("A:s mål"));
        QCOMPARE(a.area, NoteKeys::AreaGoals);
        QCOMPARE(a.status, NoteKeys::StatusOngoing);
        QCOMPARE(a.owner, QStringLiteral("Chef A"));
        QCOMPARE(a.endDate, QStringLiteral("2026-03-01"));
        QCOMPARE(a.effectTkr, OptD(100));
    }

    void actionDates_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("end");
        QTest::addColumn<bool>("late");   // today 2026-03-10
        QTest::addColumn<bool>("dueBy");  // until 2026-04-10
        QTest::newRow("open, past end") << "pagar" << "2026-03-09" << true << true;
        QTest::newRow("open, ends today") << "pagar" << "2026-03-10" << false << true;
        QTest::newRow("open, ends at the limit") << "ej_paborjad" << "2026-04-10" << false << true;
        QTest::newRow("open, ends later") << "pagar" << "2026-04-11" << false << false;
        QTest::newRow("open, no end") << "pagar" << "" << false << false;
        QTest::newRow("done, past end") << "klar" << "2026-01-01" << false << false;
    }
    void actionDates()
    {
        QFETCH(QString, status);
        QFETCH(QString, end);
        QFETCH(bool, late);
        QFETCH(bool, dueBy);
        Action a;
        a.status = status;
        a.endDate = end;
        QCOMPARE(a.isDone(), status == NoteKeys::StatusDone);
        QCOMPARE(a.isLate(QStringLiteral("2026-03-10")), late);
        QCOMPARE(a.isDueBy(QStringLiteral("2026-04-10")), dueBy);
    }

    // An action's done_date follows its status, set on the day it becomes klar; the planned
    // end date is left alone. Imports may give it (klar_datum).
    void doneDateFollowsStatus()
    {
        ImportFixture fx;
        auto db = fx.load(fixture());
        QVERIFY(db);
        FollowUp f(*db);
        const QString a = f.tree().byCode(QStringLiteral("A"))->id;
        Store store(*db, Store::Role::Client);
        HlcClock clock(QStringLiteral("dev1"));
        Notes notes(store, clock);
        QString error;
        auto done = [&](const QString &id) {
            for (const Action &x : Actions::ofSubtree(*db, f.tree(), a)) {
                if (x.id == id)
                    return x.doneDate + QLatin1Char('|') + x.endDate + QLatin1Char('|') + x.status;
            }
            return QStringLiteral("(none)");
        };
        const QString id = notes.createAction({{QStringLiteral("unit_id"), a}, {QStringLiteral("title"), QStringLiteral("Ny rutin")},
                                               {QStringLiteral("end_date"), QStringLiteral("2026-12-31")}},
                                              QStringLiteral("2026-11-02"), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(done(id), QStringLiteral("|2026-12-31|ej_paborjad"));
        QVERIFY2(notes.closeAction(id, QStringLiteral("2026-11-20"), &error), qPrintable(error));
        QCOMPARE(done(id), QStringLiteral("2026-11-20|2026-12-31|klar"));
        QVERIFY(notes.updateAction(id, {{QStringLiteral("status"), QStringLiteral("klar")}}, QStringLiteral("2026-11-25"), &error));
        QCOMPARE(done(id), QStringLiteral("2026-11-20|2026-12-31|klar")); // already done: the day stays
        QVERIFY(notes.updateAction(id, {{QStringLiteral("title"), QStringLiteral("Ny rutin för nycklar")}},
                                   QStringLiteral("2026-11-26"), &error));
        QCOMPARE(done(id), QStringLiteral("2026-11-20|2026-12-31|klar"));
        QVERIFY(notes.updateAction(id, {{QStringLiteral("status"), QStringLiteral("pagar")}}, QStringLiteral("2026-11-27"), &error));
        QCOMPARE(done(id), QStringLiteral("|2026-12-31|pagar"));
        QVERIFY(notes.undo(&error));
        QCOMPARE(done(id), QStringLiteral("2026-11-20|2026-12-31|klar"));
        const QString born = notes.createAction({{QStringLiteral("unit_id"), a}, {QStringLiteral("title"), QStringLiteral("Redan klar")},
                                                 {QStringLiteral("status"), QStringLiteral("klar")}},
                                                QStringLiteral("2026-11-03"), &error);
        QCOMPARE(done(born), QStringLiteral("2026-11-03||klar"));
        QVERIFY(!notes.updateAction(QStringLiteral("no-such"), {{QStringLiteral("title"), QStringLiteral("x")}},
                                    QStringLiteral("2026-11-03"), &error));
        QVERIFY2(error.contains(QStringLiteral("no-such")), qPrintable(error));

        // A text longer than the server takes is refused here, with the rest unchanged.
        QVERIFY(!notes.updateAction(id, {{QStringLiteral("note"), QString(Schema::maxTextLength + 1, QLatin1Char('x'))}},
                                    QStringLiteral("2026-11-28"), &error));
        QVERIFY2(error.contains(QString::number(Schema::maxTextLength)), qPrintable(error));
        QVERIFY(notes.updateAction(id, {{QStringLiteral("note"), QString(Schema::maxTextLength, QLatin1Char('x'))}},
                                   QStringLiteral("2026-11-28"), &error));

        // The import format's klar_datum.
        auto imported = fx.load({fixture().at(0),
                                 {QStringLiteral("actions"), QStringLiteral("enhet;titel;status;klar_datum\nA;Importerad;Klar;2026-10-30\n")}});
        QVERIFY(imported);
        FollowUp fi(*imported);
        const QList<Action> list = Actions::ofSubtree(*imported, fi.tree(), fi.tree().byCode(QStringLiteral("A"))->id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).doneDate, QStringLiteral("2026-10-30"));
    }

    void meetingsNewestFirst()
    {
        ImportFixture fx;
        auto db = fx.load(fixture());
        QVERIFY(db);
        FollowUp f(*db);
        const QString a = f.tree().byCode(QStringLiteral("A"))->id;
        Store store(*db, Store::Role::Client);
        HlcClock clock(QStringLiteral("dev1"));
        Notes notes(store, clock);
        QString error;
        const QString older = notes.createApt({{QStringLiteral("unit_id"), a}, {QStringLiteral("meeting_date"), QStringLiteral("2026-02-05")},
                                               {QStringLiteral("title"), QStringLiteral("APT februari")},
                                               {QStringLiteral("decisions"), QStringLiteral("- Ny rutin")}}, &error);
        QVERIFY2(!older.isEmpty(), qPrintable(error));
        QVERIFY(!notes.createApt({{QStringLiteral("unit_id"), a}, {QStringLiteral("meeting_date"), QStringLiteral("2026-03-05")}}, &error).isEmpty());
        QVERIFY(!notes.createApt({{QStringLiteral("unit_id"), f.tree().byCode(QStringLiteral("B"))->id},
                                  {QStringLiteral("meeting_date"), QStringLiteral("2026-03-06")}}, &error).isEmpty());
        const QList<AptMeeting> list = Actions::meetings(*db, a);
        QCOMPARE(list.size(), 2); // only A's own
        QCOMPARE(list.at(0).date, QStringLiteral("2026-03-05"));
        QCOMPARE(list.at(1).id, older);
        QCOMPARE(list.at(1).title, QStringLiteral("APT februari"));
        QCOMPARE(list.at(1).decisions, QStringLiteral("- Ny rutin"));
    }

    // The latest forecast ≤ the month per category, summed over the subtree.
    void forecastsByCategory_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("month");
        QTest::addColumn<OptD>("personnel");
        QTest::addColumn<OptD>("income");
        QTest::addColumn<OptD>("net");
        const OptD none;
        QTest::newRow("A in March: February's forecast") << "A" << 3 << OptD(1350) << OptD(250) << OptD(1100);
        QTest::newRow("A in January") << "A" << 1 << OptD(1300) << OptD(250) << OptD(1050);
        QTest::newRow("A in April: April's forecast") << "A" << 4 << OptD(1400) << OptD(250) << OptD(1150);
        QTest::newRow("OMR rolls up A and B") << "OMR" << 3 << OptD(3650) << OptD(250) << OptD(3400);
        QTest::newRow("C has none") << "C" << 3 << none << none << none;
    }
    void forecastsByCategory()
    {
        QFETCH(QString, unit);
        QFETCH(int, month);
        QFETCH(OptD, personnel);
        QFETCH(OptD, income);
        QFETCH(OptD, net);
        const UnitFigures uf = FollowUp(*m_db).figures(unitId(unit), 2026, month, false);
        const auto at = [&uf](const QString &c) {
            return uf.forecastByCategory.contains(c) ? OptD(uf.forecastByCategory.value(c)) : std::nullopt;
        };
        QCOMPARE(at(Category::Personnel), personnel);
        QCOMPARE(at(Category::Income), income);
        QCOMPARE(uf.forecastNet, net);
        if (net)
            QCOMPARE(uf.forecastDeviation(), OptD(uf.budgetYear.netBudget() - *net));
        else
            QVERIFY(!uf.forecastDeviation());
    }

    // Helårsavvikelse is signed like the period's deviation: positive = better than budget.
    void forecastDeviation_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<double>("yearBudget");
        QTest::addColumn<OptD>("forecast");
        QTest::addColumn<OptD>("expected");
        QTest::newRow("cost over budget") << Category::Personnel << 1200.0 << OptD(1350) << OptD(-150);
        QTest::newRow("cost under budget") << Category::Other << 500.0 << OptD(450) << OptD(50);
        QTest::newRow("income above budget") << Category::Income << 240.0 << OptD(250) << OptD(10);
        QTest::newRow("income below budget") << Category::Income << 240.0 << OptD(200) << OptD(-40);
        QTest::newRow("net row deviates like a cost") << QString() << 318803.0 << OptD(331882) << OptD(-13079);
        QTest::newRow("no forecast") << Category::Personnel << 1200.0 << OptD() << OptD();
    }
    void forecastDeviation()
    {
        QFETCH(QString, category);
        QFETCH(double, yearBudget);
        QFETCH(OptD, forecast);
        QFETCH(OptD, expected);
        QCOMPARE(BudgetSums::forecastDeviation(category, yearBudget, forecast), expected);
    }

    void goalsMet_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<int>("met");
        QTest::addColumn<int>("judged");
        QTest::addColumn<QString>("status");
        const int m = int(Status::Met), p = int(Status::Partly), n = int(Status::NotMet), x = int(Status::Missing);
        // Goals met among the judged; the colour combines the goals' statuses as a goal combines
        // its indicators' (no fixed 75 %/50 % limits).
        QTest::newRow("none") << QList<int>{} << 0 << 0 << "saknas";
        QTest::newRow("only missing") << QList<int>{x, x} << 0 << 0 << "saknas";
        QTest::newRow("all judged met, missing left out") << QList<int>{m, m, x} << 2 << 2 << "uppfyllt";
        QTest::newRow("3 of 4 is partly, not green") << QList<int>{m, m, m, n, x} << 3 << 4 << "delvis";
        QTest::newRow("1 of 2") << QList<int>{m, n} << 1 << 2 << "delvis";
        QTest::newRow("only partly") << QList<int>{p} << 0 << 1 << "delvis";
        QTest::newRow("not met and partly") << QList<int>{n, p} << 0 << 2 << "delvis";
        QTest::newRow("all not met") << QList<int>{n, n, x} << 0 << 2 << "ej_uppfyllt";
    }
    void goalsMet()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(int, met);
        QFETCH(int, judged);
        QFETCH(QString, status);
        QList<GoalFigure> list;
        for (int s : statuses)
            list << withStatus(Status(s));
        const GoalsMet g = Rules::goalsMet(list);
        QCOMPARE(g.met, met);
        QCOMPARE(g.judged, judged);
        QCOMPARE(g.share().has_value(), judged > 0);
        QCOMPARE(Calc::statusKey(g.status()), status);
    }

    // A goal without indicators of its own takes its subgoals' statuses (as goals met combines
    // goals); recursively; goals with indicators keep theirs. Goals: "code:parent:status", the
    // status "-" for a goal without indicators; expected: every goal's status after, in order.
    void statusFromSubgoals_data()
    {
        QTest::addColumn<QString>("goals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no indicators, no subgoals") << "A::-" << "saknas";
        QTest::newRow("met and a subgoal without status") << "P::-,A:P:uppfyllt,B:P:saknas" << "uppfyllt,uppfyllt,saknas";
        QTest::newRow("met and not met") << "P::-,A:P:uppfyllt,B:P:ej_uppfyllt" << "delvis,uppfyllt,ej_uppfyllt";
        QTest::newRow("every one not met") << "P::-,A:P:ej_uppfyllt,B:P:ej_uppfyllt" << "ej_uppfyllt,ej_uppfyllt,ej_uppfyllt";
        QTest::newRow("partly") << "P::-,A:P:delvis" << "delvis,delvis";
        QTest::newRow("three levels") << "K::-,N:K:-,G:N:ej_uppfyllt,H:K:-" << "ej_uppfyllt,ej_uppfyllt,ej_uppfyllt,saknas";
        QTest::newRow("subgoals listed first") << "G:N:uppfyllt,N:K:-,K::-" << "uppfyllt,uppfyllt,uppfyllt";
        QTest::newRow("own indicators decide") << "P::saknas,A:P:uppfyllt" << "saknas,uppfyllt";
        QTest::newRow("parent outside the branch") << "A:X:-,B:A:delvis" << "delvis,delvis";
        QTest::newRow("a cycle ends (the importer refuses one)") << "A:B:-,B:A:-,C:A:uppfyllt" << "uppfyllt,saknas,uppfyllt";
    }
    void statusFromSubgoals()
    {
        QFETCH(QString, goals);
        QFETCH(QString, expected);
        QList<GoalFigure> list;
        for (const QString &spec : goals.split(QLatin1Char(','))) {
            const QStringList p = spec.split(QLatin1Char(':'));
            GoalFigure g;
            g.goalId = p.at(0);
            g.parentId = p.at(1);
            if (p.at(2) != QLatin1String("-")) {
                g.indicatorCodes << QStringLiteral("X");
                g.status = Calc::statusFromKey(p.at(2));
            }
            list << g;
        }
        Rules::statusFromSubgoals(list);
        QStringList out;
        for (const GoalFigure &g : std::as_const(list))
            out << Calc::statusKey(g.status);
        QCOMPARE(out.join(QLatin1Char(',')), expected);
    }

    void key_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status") << " Pågår " << "pagar";
        QTest::newRow("two words") << "Ej påbörjad" << "ej_paborjad";
        QTest::newRow("area") << "Sjukfrånvaro" << "sjukfranvaro";
        QTest::newRow("level") << "Nämnd" << "namnd";
        QTest::newRow("already a key") << "klar" << "klar";
        QTest::newRow("accent") << "Bedömning é" << "bedomning_e";
    }
    void key()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Csv::key(text), expected);
        QCOMPARE(Csv::fold(text).replace(QLatin1Char(' '), QLatin1Char('_')), expected);
    }
};

QTEST_GUILESS_MAIN(TstCatalog)
#include "tst_catalog.moc"
