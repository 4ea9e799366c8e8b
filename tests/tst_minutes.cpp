// The minutes of an APT meeting as a PDF (Minutes, `enhetspuls-server minutes`): read back with
// pdftotext, the PDF holds the unit, the Swedish date, every line of the notes and decisions as
// its own line, the new actions with owner and end date and the followed-up open actions with
// their status; long minutes run over pages with page numbers; a missing meeting is an error
// naming the unit and date, exits non-zero and leaves no file.
#include "database.h"
#include "format.h"
#include "hlc.h"
#include "i18n.h"
#include "importer.h"
#include "apt.h"
#include "minutes.h"
#include "notes.h"
#include "store.h"
#include "unittree.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// With TST_MINUTES_KEEP=DIR the PDFs are copied there to be looked at (pdftoppm).
void keep(const QString &pdf)
{
    const QString dir = qEnvironmentVariable("TST_MINUTES_KEEP");
    if (!dir.isEmpty()) {
        const QString to = dir + QLatin1Char('/') + QFileInfo(pdf).fileName();
        QFile::remove(to);
        QFile::copy(pdf, to);
    }
}

// pdftotext's lines, each simplified (no-break spaces plain, ligatures split by NFKC).
QStringList pdfLines(const QString &pdf)
{
    keep(pdf);
    const Run r = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                    QStringLiteral("-")});
    QStringList out;
    for (QString line : r.out.split(QLatin1Char('\n')))
        out << line.replace(QChar(0x00a0), QLatin1Char(' ')).normalized(QString::NormalizationForm_KC).simplified();
    return out;
}

const QStringList kNotes{QStringLiteral("Information: nya larmrutiner från 1 december."),
                         QStringLiteral("SAM: skyddsronden visade halkrisk vid entrén."),
                         QStringLiteral("Värdegrund: vi läste fallet om fru Berg och pratade om bemötande."),
                         QStringLiteral("Sjukfrånvaron har gått ned sedan september.")};
const QStringList kDecisions{QStringLiteral("- Sanda vid entrén varje morgon"),
                             QStringLiteral("- Ny nyckelrutin gäller från måndag")};
} // namespace

class TstMinutes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_spec;
    std::unique_ptr<Database> m_db;
    QString m_unitId;
    QString m_meetingId;

    static QString server() { return QStringLiteral(ENHETSPULS_SERVER); }

private slots:
    void initTestCase()
    {
        m_spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        m_db = Database::open(m_spec, &error);
        QVERIFY2(m_db, qPrintable(error));
        Store store(*m_db, Store::Role::Server);
        HlcClock clock(QStringLiteral("import"));
        const ImportResult r = Importer::importDirectory(store, clock, QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const UnitTree tree = UnitTree::load(*m_db);
        const Unit *unit = tree.byCode(QStringLiteral("VO-HTN"));
        QVERIFY(unit);
        m_unitId = unit->id;

        Notes notes(store, clock);
        QVERIFY(!notes.createApt({{QStringLiteral("unit_id"), m_unitId}, {QStringLiteral("meeting_date"), QStringLiteral("2026-10-15")},
                                  {QStringLiteral("title"), QStringLiteral("APT oktober 2026")},
                                  {QStringLiteral("decisions"), QStringLiteral("Gammalt beslut från oktober")}},
                                 &error)
                     .isEmpty());
        m_meetingId = notes.createApt({{QStringLiteral("unit_id"), m_unitId}, {QStringLiteral("meeting_date"), QStringLiteral("2026-11-19")},
                                       {QStringLiteral("title"), QStringLiteral("APT november 2026")},
                                       {QStringLiteral("agenda"), QStringLiteral("1. Information\n2. Arbetsmiljö (SAM)\n3. Värdegrund")},
                                       {QStringLiteral("minutes"), kNotes.join(QLatin1Char('\n'))},
                                       {QStringLiteral("decisions"), kDecisions.join(QLatin1Char('\n'))}},
                                      &error);
        QVERIFY2(!m_meetingId.isEmpty(), qPrintable(error));
        // New since the October meeting: one from the day of the meeting, one from between them.
        const auto action = [&](const QString &title, const QString &owner, const QString &start, const QString &end,
                                const QString &status, const QString &done = QString()) {
            return !notes.createAction({{QStringLiteral("unit_id"), m_unitId}, {QStringLiteral("title"), title},
                                        {QStringLiteral("owner"), owner}, {QStringLiteral("start_date"), start},
                                        {QStringLiteral("end_date"), end}, {QStringLiteral("status"), status},
                                        {QStringLiteral("area"), QStringLiteral("apt")}},
                                       done.isEmpty() ? start : done, &error)
                        .isEmpty();
        };
        QVERIFY(action(QStringLiteral("Sanda vid entrén"), QStringLiteral("Undersköterska Maja"), QStringLiteral("2026-11-19"),
                       QStringLiteral("2027-03-31"), NoteKeys::StatusOngoing));
        QVERIFY(action(QStringLiteral("Ny nyckelrutin"), QStringLiteral("Samordnare Lina"), QStringLiteral("2026-10-20"),
                       QStringLiteral("2026-12-15"), NoteKeys::StatusNotStarted));
        // Done between the meetings: followed up as Klar; done before October's: not in the minutes.
        QVERIFY(action(QStringLiteral("Byta ut larmknappar"), QStringLiteral("Enhetschef"), QStringLiteral("2026-09-10"),
                       QStringLiteral("2026-11-01"), NoteKeys::StatusDone, QStringLiteral("2026-11-02")));
        QVERIFY(action(QStringLiteral("Gammal avslutad åtgärd"), QStringLiteral("Enhetschef"), QStringLiteral("2026-09-01"),
                       QStringLiteral("2026-10-01"), NoteKeys::StatusDone, QStringLiteral("2026-10-01")));
        // Started after the meeting: in neither list.
        QVERIFY(action(QStringLiteral("Åtgärd efter mötet"), QStringLiteral("Enhetschef"), QStringLiteral("2026-11-25"),
                       QStringLiteral("2026-12-31"), NoteKeys::StatusNotStarted));
    }

    void gathersTheMeeting()
    {
        QString error;
        const auto c = Minutes::gather(*m_db, QStringLiteral("VO-HTN"), QStringLiteral("2026-11-19"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->meeting.id, m_meetingId);
        QCOMPARE(c->unitName, QStringLiteral("Hemtjänst Norr"));
        QCOMPARE(c->previousDate, QStringLiteral("2026-10-15"));
        QStringList created, followed;
        for (const Action &a : c->created)
            created << a.title;
        for (const Action &a : c->followedUp)
            followed << a.title;
        created.sort();
        QCOMPARE(created, (QStringList{QStringLiteral("Ny nyckelrutin"), QStringLiteral("Sanda vid entrén")}));
        QVERIFY2(followed.contains(QStringLiteral("Byta ut larmknappar")), qPrintable(followed.join(QLatin1String(", "))));
        QVERIFY(followed.contains(QStringLiteral("Sjukfrånvaro och arbetsmiljö som stående punkt på APT")));
        QVERIFY(!followed.contains(QStringLiteral("Gammal avslutad åtgärd")));
        QVERIFY(!followed.contains(QStringLiteral("Åtgärd efter mötet")));
        QVERIFY(!created.contains(QStringLiteral("Åtgärd efter mötet")));
        // The app's way in (unit id and meeting id) finds the same meeting.
        const auto same = Minutes::gatherMeeting(*m_db, m_unitId, m_meetingId, &error);
        QVERIFY2(same, qPrintable(error));
        QCOMPARE(same->meeting.date, QStringLiteral("2026-11-19"));
        QCOMPARE(Minutes::fileName(*same), QStringLiteral("APT Hemtjänst Norr 2026-11-19.pdf"));
    }

    void pdfHoldsTheMinutes_data()
    {
        QTest::addColumn<bool>("cli");
        QTest::newRow("library") << false;
        QTest::newRow("command line") << true;
    }

    void pdfHoldsTheMinutes()
    {
        QFETCH(bool, cli);
        const QString path = m_dir.filePath(cli ? QStringLiteral("cli.pdf") : QStringLiteral("lib.pdf"));
        if (cli) {
            const Run r = run(server(), {QStringLiteral("minutes"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"),
                                         QStringLiteral("VO-HTN"), QStringLiteral("--date"), QStringLiteral("2026-11-19"),
                                         QStringLiteral("--out"), path});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        } else {
            QString error;
            const auto c = Minutes::gather(*m_db, QStringLiteral("VO-HTN"), QStringLiteral("2026-11-19"), &error);
            QVERIFY2(c, qPrintable(error));
            QVERIFY2(Minutes::write(*c, path, &error), qPrintable(error));
        }
        const QStringList lines = pdfLines(path);
        const QString text = lines.join(QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("Minnesanteckningar")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Hemtjänst Norr (VO-HTN)")));
        QVERIFY(text.contains(QStringLiteral("APT november 2026")));
        // Swedish dates as the app shows them: the meeting, the previous one, an end date.
        QVERIFY2(text.contains(Fmt::date(QStringLiteral("2026-11-19")).replace(QChar(0x00a0), QLatin1Char(' '))), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Datum 19 nov 2026")));
        QVERIFY(text.contains(QStringLiteral("Föregående APT 15 okt 2026")));
        QVERIFY(text.contains(QStringLiteral("Undersköterska Maja 31 mar 2027")));
        QVERIFY(text.contains(QStringLiteral("Klar 2 nov 2026")));
        // Every note and decision line as its own line: the manager's line breaks are kept.
        for (const QString &line : kNotes + kDecisions)
            QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral(" in\n") + lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("2. Arbetsmiljö (SAM)")));
        // New actions with owner; followed-up actions with owner and status.
        for (const QString &s : {QStringLiteral("Sanda vid entrén"), QStringLiteral("Undersköterska Maja"),
                                 QStringLiteral("Ny nyckelrutin"), QStringLiteral("Samordnare Lina"),
                                 QStringLiteral("Byta ut larmknappar"), QStringLiteral("Sjukfrånvaro och arbetsmiljö som stående"),
                                 QStringLiteral("Nya åtgärder"), QStringLiteral("Uppföljning av åtgärder"), QStringLiteral("Pågår"),
                                 QStringLiteral("Klar")})
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(!text.contains(QStringLiteral("Gammal avslutad åtgärd")));
        QVERIFY(!text.contains(QStringLiteral("Åtgärd efter mötet")));
        QVERIFY(text.contains(QStringLiteral("Sida 1 av 1")));
    }

    // The structured meeting: participants, every item with whether it was gone through and its
    // note, every decision with the action it became (owner and due date).
    void pdfHoldsTheStructuredMeeting()
    {
        Store store(*m_db, Store::Role::Server);
        HlcClock clock(QStringLiteral("device"));
        Notes notes(store, clock);
        QString error;
        const QString id = notes.createApt({{QStringLiteral("unit_id"), m_unitId}, {QStringLiteral("meeting_date"), QStringLiteral("2026-12-10")},
                                            {QStringLiteral("title"), QStringLiteral("APT december 2026")},
                                            {QStringLiteral("participants"), 14}},
                                           &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        const QList<Apt::Item> items = Apt::items(*m_db, m_unitId, id);
        QCOMPARE(items.size(), 8);
        const QStringList itemNotes{QStringLiteral("Skyddsronden är klar."), QStringLiteral("Vi läste fallet om bemötande.")};
        QVERIFY(notes.updateAptItem(items.at(1).id, {{QStringLiteral("covered"), true}, {QStringLiteral("note"), itemNotes.at(0)}}, &error));
        QVERIFY(notes.updateAptItem(items.at(2).id, {{QStringLiteral("covered"), true}, {QStringLiteral("note"), itemNotes.at(1)}}, &error));
        const QString d1 = notes.addDecision(id, QStringLiteral("Ny rutin för nycklar"), &error);
        QVERIFY(!notes.addDecision(id, QStringLiteral("Julfika den 18 december"), &error).isEmpty());
        QVERIFY(!notes.decisionToAction(d1, {{QStringLiteral("owner"), QStringLiteral("Anna Berg")},
                                             {QStringLiteral("end_date"), QStringLiteral("2027-01-15")}},
                                        QStringLiteral("2026-12-10"), &error).isEmpty());
        const auto c = Minutes::gather(*m_db, QStringLiteral("VO-HTN"), QStringLiteral("2026-12-10"), &error);
        QVERIFY2(c, qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("structured.pdf"));
        QVERIFY2(Minutes::write(*c, path, &error), qPrintable(error));
        const QStringList lines = pdfLines(path);
        const QString text = lines.join(QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("Deltagare 14")), qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("1. Information (gicks inte igenom)")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("2. Arbetsmiljö/SAM (gicks igenom)")));
        QVERIFY(lines.contains(QStringLiteral("3. Värdegrund (gicks igenom)")));
        QVERIFY(lines.contains(QStringLiteral("8. Övrigt (gicks inte igenom)")));
        for (const QString &n : itemNotes)
            QVERIFY2(lines.contains(n), qPrintable(n));
        QVERIFY(text.contains(QStringLiteral("Ny rutin för nycklar")));
        QVERIFY(text.contains(QStringLiteral("Julfika den 18 december")));
        QVERIFY2(text.contains(QStringLiteral("Blev en åtgärd: ansvarig Anna Berg, senast 15 jan 2027.")), qPrintable(text));
        // The action is also among the meeting's new actions.
        QVERIFY(text.contains(QStringLiteral("Anna Berg 15 jan 2027")));
        QVERIFY(!text.contains(QStringLiteral("Inga anteckningar")));
    }

    // Long minutes run over several pages, each numbered, nothing lost at a page break.
    void longMinutesArePaged()
    {
        QString error;
        auto c = Minutes::gather(*m_db, QStringLiteral("VO-HTN"), QStringLiteral("2026-11-19"), &error);
        QVERIFY2(c, qPrintable(error));
        QStringList many;
        for (int i = 1; i <= 120; ++i)
            many << QStringLiteral("Punkt %1: vi gick igenom rutinen för nattpatrullen.").arg(i);
        c->meeting.minutes = many.join(QLatin1Char('\n'));
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY2(Minutes::write(*c, path, &error), qPrintable(error));
        const QStringList lines = pdfLines(path);
        for (const QString &line : std::as_const(many))
            QVERIFY2(lines.contains(line), qPrintable(line));
        const QString text = lines.join(QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("Sida 1 av 3")) || text.contains(QStringLiteral("Sida 1 av 4")), qPrintable(text.right(400)));
        QVERIFY(text.contains(QStringLiteral("Sida 2 av")));
    }

    void missingMeetingIsAnError()
    {
        QString error;
        QVERIFY(!Minutes::gather(*m_db, QStringLiteral("VO-HTN"), QStringLiteral("2026-11-20"), &error));
        QVERIFY2(error.contains(QStringLiteral("VO-HTN")) && error.contains(QStringLiteral("2026-11-20")), qPrintable(error));
        QVERIFY(!Minutes::gather(*m_db, QStringLiteral("NOPE"), QStringLiteral("2026-11-19"), &error));
        QVERIFY2(error.contains(QStringLiteral("NOPE")), qPrintable(error));

        const QString out = m_dir.filePath(QStringLiteral("missing.pdf"));
        Run r = run(server(), {QStringLiteral("minutes"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), QStringLiteral("VO-HTN"),
                               QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("VO-HTN")) && r.err.contains(QStringLiteral("2026-11-20")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        r = run(server(), {QStringLiteral("minutes"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), QStringLiteral("NOPE"),
                           QStringLiteral("--date"), QStringLiteral("2026-11-19"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("NOPE")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        r = run(server(), {QStringLiteral("minutes"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), QStringLiteral("VO-HTN"),
                           QStringLiteral("--date"), QStringLiteral("19/11/2026"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(out));
        // A file already there is not touched by a failed run.
        QFile keep(out);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("earlier");
        keep.close();
        r = run(server(), {QStringLiteral("minutes"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), QStringLiteral("VO-HTN"),
                           QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("earlier"));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    I18n::install(QStringLiteral("sv"));
    TstMinutes t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_minutes.moc"
