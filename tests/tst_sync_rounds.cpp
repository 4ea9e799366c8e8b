// Report rounds end to end (issue 11): a real enhetspuls-server on loopback with the demo data,
// the controller opens a round with `round create` (bad options refused, nothing written); two
// managers write their reports offline on their own devices, mark them klar and sync; the
// verksamhetschef sends one back with a comment, its manager sees the comment, fixes the report
// and marks it klar again, the verksamhetschef approves both; a later import does not change the
// frozen figures (on the devices nor on the server); every state change is in the audit trail;
// a manager cannot approve, a manager of another unit is refused (403), a controller may write
// Ekonomi and nothing else. All of it on a server with SQLite and again with PostgreSQL (a
// throw-away cluster made with initdb).
#include "database.h"
#include "followup.h"
#include "ids.h"
#include "notes.h"
#include "rounds.h"
#include "schema.h"
#include "sync/testserver.h"
#include "syncengine.h"
#include "unittree.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpSocket>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

namespace {
const QString kPassword = QStringLiteral("hemligt-lösen-1");
const QString kDemoDir = QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo");
constexpr auto kManager = Rounds::Actor::Manager;
constexpr auto kReviewer = Rounds::Actor::Reviewer;

double sickPercent(const QJsonObject &figures)
{
    return figures.value(QStringLiteral("sick_leave")).toObject().value(QStringLiteral("percent")).toDouble();
}

// One user's device: its database, sync engine and the Notes the app writes through.
struct Device
{
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<Notes> notes;
    QString user;
    QString token;
};
} // namespace

class TstSyncRounds : public QObject
{
    Q_OBJECT
public:
    explicit TstSyncRounds(QString backend) : m_backend(std::move(backend)) {}

private:
    QString m_backend;
    std::unique_ptr<Postgres> m_pg;
    // Unit ids (members: Ids must not be used during static initialisation).
    const QString kNorr = Ids::unit(QStringLiteral("VO-HTN"));
    const QString kSoder = Ids::unit(QStringLiteral("VO-HTS"));
    const QString kArea = Ids::unit(QStringLiteral("VO"));
    QTemporaryDir m_dir;
    QString m_spec;
    ServerProcess m_server;
    std::unique_ptr<Http> m_http;
    QString m_round;
    int m_devices = 0;

    std::unique_ptr<Device> device(const QString &user)
    {
        auto d = std::make_unique<Device>();
        QString error;
        d->db = Database::open(m_dir.filePath(QStringLiteral("device%1.sqlite").arg(++m_devices)), &error);
        if (!d->db) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        d->engine = std::make_unique<SyncEngine>(*d->db);
        d->notes = std::make_unique<Notes>(d->engine->store(), d->engine->clock());
        d->user = user;
        d->token = m_http->login(user, kPassword);
        return d;
    }
    int sync(Device &d, QString *error = nullptr)
    {
        QString why;
        const int status = m_http->sync(*d.engine, d.token, &why);
        if (status != 200 && error)
            *error = why;
        if (status != 200 && !error)
            qWarning("sync of %s: %d %s", qPrintable(d.user), status, qPrintable(why));
        return status;
    }
    bool mark(Device &d, const QString &unit, const QString &status, Rounds::Actor actor, const QString &comment = {})
    {
        QString error;
        const bool ok = d.notes->setReportStatus(unit, m_round, status, actor, d.user, comment,
                                                 QDateTime::currentDateTime().toString(Qt::ISODate), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
    bool write(Device &d, const QString &unit, const QString &section, const QString &body, bool asManager = true)
    {
        QString error;
        const bool ok = d.notes->setReportSection(unit, m_round, section, body, asManager, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
    QString status(Database &db, const QString &unit) { return Rounds::report(db, unit, m_round).status; }
    std::unique_ptr<Database> serverDb()
    {
        QString error;
        return Database::open(m_spec, &error);
    }
    // The statuses written to a unit's report, oldest first, from the server's audit trail.
    QStringList auditedStatuses(const QString &unit, QStringList *users = nullptr)
    {
        auto db = serverDb();
        QSqlQuery q(db->db());
        q.prepare(QStringLiteral("SELECT new_value, user_name FROM audit WHERE tbl = 'unit_reports' AND row_id = ? "
                                 "AND field = 'status' ORDER BY id"));
        q.addBindValue(Rounds::reportId(unit, m_round));
        QStringList out;
        if (q.exec()) {
            while (q.next()) {
                out << q.value(0).toString().remove(QLatin1Char('"'));
                if (users)
                    *users << q.value(1).toString();
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (m_backend == QLatin1String("postgres")) {
            if (!Postgres::available())
                QSKIP("PostgreSQL binaries not found in /usr/lib/postgresql/15/bin; install postgresql-15 to run these");
            m_pg = std::make_unique<Postgres>();
            QString error;
            QVERIFY2(m_pg->start(&error), qPrintable(error));
            m_spec = m_pg->spec();
        } else {
            m_spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
        }
        for (const char *kind : {"units", "goals", "indicators", "targets", "values", "sickleave", "budget"})
            QVERIFY(runCli({QStringLiteral("import"), QStringLiteral("--db"), m_spec, QString::fromLatin1(kind),
                            kDemoDir + QLatin1Char('/') + QString::fromLatin1(kind) + QStringLiteral(".csv")}));
        QVERIFY(addUser(m_spec, QStringLiteral("cora"), QStringLiteral("controller"), {QStringLiteral("VO")}, kPassword));
        QVERIFY(addUser(m_spec, QStringLiteral("nora"), QStringLiteral("enhetschef"), {QStringLiteral("VO-HTN")}, kPassword));
        QVERIFY(addUser(m_spec, QStringLiteral("sam"), QStringLiteral("enhetschef"), {QStringLiteral("VO-HTS")}, kPassword));
        QVERIFY(addUser(m_spec, QStringLiteral("vera"), QStringLiteral("verksamhetschef"), {QStringLiteral("VO")}, kPassword));
        QVERIFY(addUser(m_spec, QStringLiteral("ivan"), QStringLiteral("enhetschef"), {QStringLiteral("IFO-EB")}, kPassword));
    }

    void createRoundOnTheServer()
    {
        const QStringList base{QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("--db"), m_spec,
                               QStringLiteral("--name"), QStringLiteral("Tertial 1"), QStringLiteral("--year"), QStringLiteral("2026"),
                               QStringLiteral("--from"), QStringLiteral("1")};
        // Bad input: a clear error naming the option, exit 1, nothing written.
        const QList<QPair<QStringList, QString>> bad{
            {{QStringLiteral("--to"), QStringLiteral("13"), QStringLiteral("--deadline"), QStringLiteral("2026-05-15")}, QStringLiteral("--to")},
            {{QStringLiteral("--to"), QStringLiteral("4"), QStringLiteral("--deadline"), QStringLiteral("15 maj")}, QStringLiteral("--deadline")},
            {{QStringLiteral("--to"), QStringLiteral("4"), QStringLiteral("--deadline"), QStringLiteral("2026-05-15"),
              QStringLiteral("--sections"), QStringLiteral("ekonomi,budget")}, QStringLiteral("\"budget\"")},
            {{QStringLiteral("--to"), QStringLiteral("fyra"), QStringLiteral("--deadline"), QStringLiteral("2026-05-15")}, QStringLiteral("--to")}};
        for (const auto &[extra, named] : bad) {
            QProcess p;
            p.start(serverPath(), base + extra);
            QVERIFY(p.waitForFinished(30000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QCOMPARE(p.exitCode(), 1);
            QVERIFY2(err.contains(named), qPrintable(err));
        }
        QCOMPARE(scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM report_rounds")), 0);
        QString out;
        QVERIFY(runCli(base + QStringList{QStringLiteral("--to"), QStringLiteral("4"), QStringLiteral("--deadline"),
                                          QStringLiteral("2026-05-15"), QStringLiteral("--by"), QStringLiteral("cora")},
                       {}, &out));
        QVERIFY2(out.startsWith(QStringLiteral("created round ")), qPrintable(out));
        m_round = out.section(QLatin1Char(' '), 2, 2).remove(QLatin1Char(':'));
        QVERIFY(runCli({QStringLiteral("round"), QStringLiteral("list"), QStringLiteral("--db"), m_spec}, {}, &out));
        QVERIFY2(out.contains(m_round + QStringLiteral("\tTertial 1\t2026\t1..4\t2026-05-15\t")), qPrintable(out));
        // The same name for the same year twice is refused.
        QVERIFY(!runCli(base + QStringList{QStringLiteral("--to"), QStringLiteral("4"), QStringLiteral("--deadline"),
                                           QStringLiteral("2026-05-15")}));
        QCOMPARE(scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM audit WHERE tbl = 'report_rounds' AND user_name = 'cora'")), 7);
        QVERIFY(m_server.start(m_spec));
        m_http = std::make_unique<Http>(m_server.url());
    }

    void writeOfflineReviewApprove()
    {
        auto nora = device(QStringLiteral("nora"));
        auto sam = device(QStringLiteral("sam"));
        auto vera = device(QStringLiteral("vera"));
        QVERIFY(nora && sam && vera);
        for (Device *d : {nora.get(), sam.get(), vera.get()})
            QCOMPARE(sync(*d), 200);
        QVERIFY(Rounds::round(*nora->db, m_round));
        QCOMPARE(Rounds::round(*nora->db, m_round)->sections, Rounds::standardSections());

        // Both managers write offline and mark klar, then sync.
        QVERIFY(write(*nora, kNorr, QStringLiteral("sammanfattning"), QStringLiteral("Norr: stabilt tertial.")));
        QString error;
        QVERIFY2(nora->notes->setGoalAssessment(kNorr, m_round, Ids::goal(QStringLiteral("E-HTN1")), Rounds::Partly, Rounds::Met,
                                                QStringLiteral("Sjukfrånvaron minskar."), &error), qPrintable(error));
        QVERIFY(mark(*nora, kNorr, Rounds::Done, kManager));
        QVERIFY(write(*sam, kSoder, QStringLiteral("sammanfattning"), QStringLiteral("Söder: sammanfattning.")));
        QVERIFY(mark(*sam, kSoder, Rounds::Done, kManager));
        const Rounds::Round round = *Rounds::round(*nora->db, m_round);
        FollowUp noraFigures(*nora->db);
        const double frozen = sickPercent(Rounds::figures(*nora->db, noraFigures, kNorr, round));
        QVERIFY(frozen > 0);
        QCOMPARE(sync(*nora), 200);
        QCOMPARE(sync(*sam), 200);

        // The verksamhetschef sees both klar, sends Söder's back with a comment.
        QCOMPARE(sync(*vera), 200);
        const QList<Rounds::UnitStatus> list = Rounds::subtreeStatus(*vera->db, UnitTree::load(*vera->db), kArea, round,
                                                                     QDate(2026, 5, 1));
        QStringList seen;
        for (const Rounds::UnitStatus &s : list)
            if (s.unitId == kNorr || s.unitId == kSoder)
                seen << s.report.status;
        QCOMPARE(seen, (QStringList{Rounds::Done, Rounds::Done}));
        QCOMPARE(Rounds::section(*vera->db, kNorr, m_round, QStringLiteral("sammanfattning")), QStringLiteral("Norr: stabilt tertial."));
        QVERIFY(mark(*vera, kSoder, Rounds::Returned, kReviewer, QStringLiteral("Ekonomin saknas.")));
        QCOMPARE(sync(*vera), 200);

        // Söder's manager sees it, fixes and marks klar again; the verksamhetschef approves both.
        QCOMPARE(sync(*sam), 200);
        QCOMPARE(status(*sam->db, kSoder), Rounds::Returned);
        QCOMPARE(Rounds::report(*sam->db, kSoder, m_round).reviewComment, QStringLiteral("Ekonomin saknas."));
        QVERIFY(write(*sam, kSoder, QStringLiteral("ekonomi"), QStringLiteral("Underskott 300 tkr, timvikarier.")));
        QCOMPARE(status(*sam->db, kSoder), Rounds::Draft);
        QCOMPARE(sync(*sam), 200); // the app syncs while the manager writes
        QVERIFY(mark(*sam, kSoder, Rounds::Done, kManager));
        QCOMPARE(sync(*sam), 200);
        QCOMPARE(sync(*vera), 200);
        QVERIFY(mark(*vera, kSoder, Rounds::Approved, kReviewer));
        QVERIFY(mark(*vera, kNorr, Rounds::Approved, kReviewer));
        QCOMPARE(sync(*vera), 200);
        QCOMPARE(sync(*nora), 200);
        QCOMPARE(sync(*sam), 200);
        auto server = serverDb();
        QCOMPARE(status(*server, kNorr), Rounds::Approved);
        QCOMPARE(status(*server, kSoder), Rounds::Approved);
        QCOMPARE(status(*nora->db, kNorr), Rounds::Approved);

        // Every state change is in the audit trail, by whom it was made.
        QStringList users;
        QCOMPARE(auditedStatuses(kSoder, &users),
                 (QStringList{Rounds::Done, Rounds::Returned, Rounds::Draft, Rounds::Done, Rounds::Approved}));
        QCOMPARE(users, (QStringList{QStringLiteral("sam"), QStringLiteral("vera"), QStringLiteral("sam"), QStringLiteral("sam"),
                                     QStringLiteral("vera")}));
        QCOMPARE(auditedStatuses(kNorr), (QStringList{Rounds::Done, Rounds::Approved}));

        // A later import corrects Norr's sick leave in the period: the live figures change, the
        // frozen ones do not, on the device and on the server.
        const QString file = m_dir.filePath(QStringLiteral("later.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus\n"
                "VO-HTN;2026-02;5000;2500;1500;500\n");
        f.close();
        QVERIFY(runCli({QStringLiteral("import"), QStringLiteral("--db"), m_spec, QStringLiteral("sickleave"), file}));
        QCOMPARE(sync(*nora), 200);
        FollowUp after(*nora->db);
        QVERIFY(sickPercent(Rounds::liveFigures(after, kNorr, round)) > frozen + 1);
        QCOMPARE(sickPercent(Rounds::figures(*nora->db, after, kNorr, round)), frozen);
        FollowUp onServer(*server);
        QCOMPARE(sickPercent(Rounds::figures(*server, onServer, kNorr, round)), frozen);
    }

    void refusedWrites()
    {
        // A manager cannot approve (a client that skips the app's rule is refused by the server).
        auto nora = device(QStringLiteral("nora"));
        QVERIFY(nora);
        QCOMPARE(sync(*nora), 200);
        const qint64 auditBefore = scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM audit"));
        QVERIFY(mark(*nora, kNorr, Rounds::Returned, kReviewer, QStringLiteral("själv")));
        QString error;
        QCOMPARE(sync(*nora, &error), 403);
        QVERIFY2(error.contains(QStringLiteral("enhetschef")), qPrintable(error));

        // The same with only the status pushed (no review comment), as a client of its own would.
        const QString dev = QStringLiteral("raw-nora");
        const QString clock = Hlc{QDateTime::currentMSecsSinceEpoch(), 0, dev}.toString();
        const QJsonObject m{{QStringLiteral("n"), 1}, {QStringLiteral("table"), QStringLiteral("unit_reports")},
                            {QStringLiteral("id"), Rounds::reportId(kSoder, m_round)},
                            {QStringLiteral("values"), QJsonObject{{QStringLiteral("status"), Rounds::Approved}}},
                            {QStringLiteral("clocks"), QJsonObject{{QStringLiteral("status"), clock}}}};
        auto sam = device(QStringLiteral("sam"));
        QVERIFY(sam);
        const HttpResult raw = m_http->post(QStringLiteral("/api/v1/sync"),
                                            {{QStringLiteral("device"), dev}, {QStringLiteral("schema"), Schema::latest},
                                             {QStringLiteral("cursor"), QString()}, {QStringLiteral("mutations"), QJsonArray{m}}},
                                            sam->token);
        QCOMPARE(raw.status, 403);
        QVERIFY2(raw.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("may not set a report to godkand")),
                 raw.raw.constData());
        QCOMPARE(raw.body.value(QStringLiteral("field")).toString(), QStringLiteral("status"));

        // A manager of another unit gets 403 for a section of a report in Vård och omsorg.
        const QString other = Ids::unit(QStringLiteral("VO-SKH"));
        auto ivan = device(QStringLiteral("ivan"));
        QVERIFY(ivan);
        QCOMPARE(sync(*ivan), 200);
        QVERIFY(Rounds::round(*ivan->db, m_round)); // rounds are for everyone
        QVERIFY(write(*ivan, other, QStringLiteral("sammanfattning"), QStringLiteral("intrång")));
        QCOMPARE(sync(*ivan, &error), 403);

        // A controller may write Ekonomi of a granted unit (the status stays), and no other section.
        auto cora = device(QStringLiteral("cora"));
        QVERIFY(cora);
        QCOMPARE(sync(*cora), 200);
        QVERIFY(write(*cora, other, QStringLiteral("ekonomi"), QStringLiteral("Controllerns kommentar."), false));
        QCOMPARE(sync(*cora), 200);
        auto cora2 = device(QStringLiteral("cora"));
        QVERIFY(cora2);
        QCOMPARE(sync(*cora2), 200);
        QVERIFY(write(*cora2, other, QStringLiteral("sammanfattning"), QStringLiteral("inte controllerns"), false));
        QCOMPARE(sync(*cora2, &error), 403);
        QVERIFY2(error.contains(QStringLiteral("ekonomi")), qPrintable(error));

        auto server = serverDb();
        QCOMPARE(status(*server, kNorr), Rounds::Approved);
        QCOMPARE(status(*server, other), Rounds::NotStarted);
        QCOMPARE(Rounds::section(*server, other, m_round, QStringLiteral("ekonomi")), QStringLiteral("Controllerns kommentar."));
        QCOMPARE(Rounds::section(*server, other, m_round, QStringLiteral("sammanfattning")), QString());
        // Only the controller's section was written after the first refusal.
        QCOMPARE(scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM audit")) - auditBefore,
                 scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM audit WHERE user_name = 'cora' AND tbl = 'report_sections'")));
    }

    // POST /api/v1/rounds: a controller opens a round over HTTP (the CLI's rules), a device pulls
    // it; an enhetschef is refused, bad fields are named, a second round of the same name and year
    // is a conflict, a too-large body is refused; GET lists the rounds to anyone logged in.
    void roundsOverHttp()
    {
        const QString cora = m_http->login(QStringLiteral("cora"), kPassword);
        const QString nora = m_http->login(QStringLiteral("nora"), kPassword);
        QVERIFY(!cora.isEmpty() && !nora.isEmpty());
        const QString path = QStringLiteral("/api/v1/rounds");
        const QJsonObject good{{QStringLiteral("name"), QStringLiteral("Delår 2")}, {QStringLiteral("year"), 2026},
                               {QStringLiteral("from"), 5}, {QStringLiteral("to"), 8},
                               {QStringLiteral("deadline"), QStringLiteral("2026-09-15")},
                               {QStringLiteral("sections"), QJsonArray{QStringLiteral("sammanfattning"), QStringLiteral("ekonomi")}}};
        const qint64 roundsBefore = scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM report_rounds"));
        const qint64 auditBefore = scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM audit"));

        HttpResult r = m_http->post(path, good, nora);
        QCOMPARE(r.status, 403);
        const QList<QPair<QPair<QString, QJsonValue>, QString>> bad{
            {{QStringLiteral("from"), 13}, QStringLiteral("from")},
            {{QStringLiteral("to"), 4}, QStringLiteral("to")},
            {{QStringLiteral("year"), QStringLiteral("2026")}, QStringLiteral("year")},
            {{QStringLiteral("deadline"), QStringLiteral("15 sept")}, QStringLiteral("deadline")},
            {{QStringLiteral("name"), QStringLiteral("  ")}, QStringLiteral("name")},
            {{QStringLiteral("sections"), QJsonArray{QStringLiteral("budget")}}, QStringLiteral("sections")},
            {{QStringLiteral("sections"), QJsonArray{}}, QStringLiteral("sections")}};
        for (const auto &[change, field] : bad) {
            QJsonObject body = good;
            body.insert(change.first, change.second);
            r = m_http->post(path, body, cora);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.body.value(QStringLiteral("field")).toString(), field);
            QVERIFY2(r.body.value(QStringLiteral("message")).toString().startsWith(field + QLatin1Char(':')), r.raw.constData());
        }
        // A body over the limit (8 MiB) is refused on its headers, before it is read.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.url().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/rounds HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     "Authorization: Bearer " + cora.toLatin1() + "\r\nContent-Length: 9000000\r\n\r\n");
        QByteArray answer;
        QElapsedTimer waited;
        waited.start();
        while (!answer.contains("\r\n\r\n") && waited.elapsed() < 10000 && socket.waitForReadyRead(1000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        socket.abort();
        QCOMPARE(scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM report_rounds")), roundsBefore);
        QCOMPARE(scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM audit")), auditBefore);

        r = m_http->post(path, good, cora);
        QCOMPARE(r.status, 201);
        const QString id = r.body.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(r.body.value(QStringLiteral("createdBy")).toString(), QStringLiteral("cora"));
        QCOMPARE(scalar(m_spec, QStringLiteral("SELECT COUNT(*) FROM audit WHERE tbl = 'report_rounds' AND row_id = '%1' "
                                               "AND user_name = 'cora'").arg(id)), 7);
        r = m_http->post(path, good, cora);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body.value(QStringLiteral("field")).toString(), QStringLiteral("name"));

        r = m_http->request("GET", path, {}, nora);
        QCOMPARE(r.status, 200);
        QStringList names;
        for (const QJsonValue &v : r.body.value(QStringLiteral("rounds")).toArray())
            names << v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("Delår 2")) && names.contains(QStringLiteral("Tertial 1")), qPrintable(names.join(QLatin1Char(','))));

        // The new round reaches a device by the normal pull.
        auto vera = device(QStringLiteral("vera"));
        QVERIFY(vera);
        QCOMPARE(sync(*vera), 200);
        const auto pulled = Rounds::round(*vera->db, id);
        QVERIFY(pulled);
        QCOMPARE(pulled->name, QStringLiteral("Delår 2"));
        QCOMPARE(pulled->monthFrom, 5);
        QCOMPARE(pulled->monthTo, 8);
        QCOMPARE(pulled->deadline, QDate(2026, 9, 15));
        QCOMPARE(pulled->sections, (QStringList{QStringLiteral("sammanfattning"), QStringLiteral("ekonomi")}));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    for (const char *backend : {"sqlite", "postgres"}) {
        TstSyncRounds t{QString::fromLatin1(backend)};
        status |= QTest::qExec(&t, argc, argv);
    }
    return status;
}
#include "tst_sync_rounds.moc"
