// The report exported (ReportExport, `enhetspuls-server export`): the PDF read back with
// pdftotext, the XLSX and the ODT unpacked with unzip hold the same figures as the report JSON
// for the same unit and period, every text the managers wrote for it and every action; the
// command line refuses a bad format and leaves no file. The compiled report of a round holds
// every unit's status, sections and assessments, and a klar unit's frozen figures after a
// later import changed its live ones.
#include "catalog.h"
#include "database.h"
#include "followup.h"
#include "ids.h"
#include "notes.h"
#include "rounds.h"
#include "format.h"
#include "i18n.h"
#include "hlc.h"
#include "importer.h"
#include "reportexport.h"
#include "store.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QString run(const QString &program, const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A number as the app shows it (Fmt), with the no-break spaces plain as squeeze() leaves them.
QString swedish(double v, int decimals)
{
    return Fmt::number(v, decimals).replace(QChar(0x00a0), QLatin1Char(' '));
}

QString squeeze(QString s)
{
    // NFKC: the PDF's font joins "ff" into one ligature glyph, which pdftotext gives as U+FB00.
    return s.replace(QChar(0x00a0), QLatin1Char(' ')).normalized(QString::NormalizationForm_KC).simplified();
}

double sickPercent(const QJsonObject &figures)
{
    return figures.value(QStringLiteral("sick_leave")).toObject().value(QStringLiteral("percent")).toDouble();
}

void flatten(const QJsonObject &node, QList<QJsonObject> *out)
{
    out->append(node);
    for (const QJsonValue &c : node.value(QStringLiteral("children")).toArray())
        flatten(c.toObject(), out);
}

// Cell values of one sheet of an unpacked XLSX: "A1" -> text (shared strings resolved) or number.
QHash<QString, QString> cells(const QString &xlsx, int sheet)
{
    const QString strings = run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    QStringList shared;
    static const QRegularExpression si(QStringLiteral("<si><t[^>]*>(.*?)</t></si>"));
    for (auto it = si.globalMatch(strings); it.hasNext();)
        shared << it.next().captured(1);
    const QString xml = run(QStringLiteral("unzip"),
                            {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)});
    QHash<QString, QString> out;
    static const QRegularExpression c(QStringLiteral("<c r=\"([A-Z]+[0-9]+)\"([^>]*)><v>([^<]*)</v></c>"));
    for (auto it = c.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(2).contains(QStringLiteral("t=\"s\"")) ? shared.value(m.captured(3).toInt())
                                                                                   : m.captured(3));
    }
    return out;
}
} // namespace

class TstExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_spec;
    std::unique_ptr<Database> m_db;
    ReportExport::Content m_content;

private slots:
    void initTestCase()
    {
        // ENHETSPULS_KEEP_EXPORTS=1 keeps the documents to look at (the path is printed).
        if (qEnvironmentVariableIsSet("ENHETSPULS_KEEP_EXPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo().noquote() << "the exported documents are kept in" << m_dir.path();
        }
        m_spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        m_db = Database::open(m_spec, &error);
        QVERIFY2(m_db, qPrintable(error));
        Store store(*m_db, Store::Role::Server);
        HlcClock clock(QStringLiteral("import"));
        const ImportResult r = Importer::importDirectory(store, clock, QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto c = ReportExport::gather(*m_db, QStringLiteral("VO"), 2026, 10, &error);
        QVERIFY2(c, qPrintable(error));
        m_content = *c;
        QVERIFY2(!m_content.texts.isEmpty(), "the demo has texts for VO's subtree in October");
        QVERIFY2(!m_content.actions.isEmpty(), "the demo has actions in VO's subtree");
        QVERIFY(!m_content.report.value(QStringLiteral("children")).toArray().isEmpty());
    }

    void pdfHoldsTheReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("vo.pdf"));
        QString error;
        QVERIFY2(ReportExport::write(m_content, ReportExport::Format::Pdf, path, &error), qPrintable(error));
        int code = 0;
        const QString text = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}, &code));
        QCOMPARE(code, 0);
        QVERIFY(text.contains(QStringLiteral("Uppföljning Vård och omsorg, oktober 2026")));
        // Statuses and trends in the app's Swedish words (Fmt through the translation).
        QVERIFY(text.contains(QStringLiteral("Ej uppfyllt")));
        QVERIFY(text.contains(QStringLiteral("Personalkostnader")));
        QVERIFY(text.contains(QStringLiteral("↑ Bättre")) || text.contains(QStringLiteral("↓ Sämre")));
        for (const char *english : {"Better", "Worse", "Unchanged", "Not judged"})
            QVERIFY2(!text.contains(QLatin1String(english)), english);
        QList<QJsonObject> nodes;
        flatten(m_content.report, &nodes);
        for (const QJsonObject &n : nodes) {
            QVERIFY2(text.contains(n.value(QStringLiteral("name")).toString()), qPrintable(n.value(QStringLiteral("name")).toString()));
            const QJsonObject b = n.value(QStringLiteral("budget")).toObject();
            for (const char *f : {"budget", "utfall", "avvikelse", "budget_year", "prognos"}) {
                const QJsonValue v = b.value(QLatin1String(f));
                if (v.isDouble())
                    QVERIFY2(text.contains(swedish(v.toDouble(), 0)),
                             qPrintable(QStringLiteral("%1 %2 %3").arg(n.value(QStringLiteral("unit")).toString(), QLatin1String(f), swedish(v.toDouble(), 0))));
            }
            const QJsonValue sick = n.value(QStringLiteral("sick_leave")).toObject().value(QStringLiteral("percent"));
            if (sick.isDouble())
                QVERIFY(text.contains(swedish(sick.toDouble(), 1) + QStringLiteral(" %")));
        }
        for (const ReportExport::Text &t : m_content.texts)
            QVERIFY2(text.contains(squeeze(t.body)), qPrintable(t.body.left(60)));
        // The start of each title: a row that the page break splits goes on with the other columns
        // between its lines.
        for (const ReportExport::ActionLine &a : m_content.actions)
            QVERIFY2(text.contains(squeeze(a.title).left(40)), qPrintable(a.title));
    }

    void xlsxHoldsTheNumbers()
    {
        const QString path = m_dir.filePath(QStringLiteral("vo.xlsx"));
        QString error;
        QVERIFY2(ReportExport::write(m_content, ReportExport::Format::Xlsx, path, &error), qPrintable(error));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        const QHash<QString, QString> key = cells(path, 1); // Nyckeltal
        QCOMPARE(key.value(QStringLiteral("A1")), QStringLiteral("Kod"));
        QCOMPARE(key.value(QStringLiteral("D1")), QStringLiteral("Sjukfrånvaro hittills i år %"));
        QCOMPARE(key.value(QStringLiteral("H1")), QStringLiteral("Budget tkr"));
        QList<QJsonObject> nodes;
        flatten(m_content.report, &nodes);
        for (int i = 0; i < nodes.size(); ++i) {
            const QJsonObject &n = nodes.at(i);
            const QString row = QString::number(i + 2);
            QCOMPARE(key.value(QStringLiteral("A") + row), n.value(QStringLiteral("unit")).toString());
            const QJsonObject b = n.value(QStringLiteral("budget")).toObject();
            // Real numbers, not text: the full value the JSON has.
            QCOMPARE(key.value(QStringLiteral("H") + row).toDouble(), b.value(QStringLiteral("budget")).toDouble());
            QCOMPARE(key.value(QStringLiteral("I") + row).toDouble(), b.value(QStringLiteral("utfall")).toDouble());
            QCOMPARE(key.value(QStringLiteral("J") + row).toDouble(), b.value(QStringLiteral("avvikelse")).toDouble());
            QCOMPARE(key.value(QStringLiteral("C") + row).toDouble(), b.value(QStringLiteral("month")).toDouble());
            QCOMPARE(key.value(QStringLiteral("D") + row).toDouble(),
                     n.value(QStringLiteral("sick_leave")).toObject().value(QStringLiteral("percent")).toDouble());
        }
        const QHash<QString, QString> acts = cells(path, 4); // Åtgärder
        QStringList titles;
        for (auto it = acts.begin(); it != acts.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('B')))
                titles << it.value();
        }
        for (const ReportExport::ActionLine &a : m_content.actions)
            QVERIFY2(titles.contains(a.title.toHtmlEscaped()) || titles.contains(a.title), qPrintable(a.title));
    }

    void odtOpensAsOpenDocument()
    {
        const QString path = m_dir.filePath(QStringLiteral("vo.odt"));
        QString error;
        QVERIFY2(ReportExport::write(m_content, ReportExport::Format::Odt, path, &error), qPrintable(error));
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")}),
                 QStringLiteral("application/vnd.oasis.opendocument.text"));
        const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QVERIFY(content.contains(QStringLiteral("Uppföljning Vård och omsorg, oktober 2026")));
        const QJsonObject b = m_content.report.value(QStringLiteral("budget")).toObject();
        QVERIFY(squeeze(content).contains(swedish(b.value(QStringLiteral("utfall")).toDouble(), 0)));
    }

    void commandLine()
    {
        const QString server = QStringLiteral(ENHETSPULS_SERVER);
        const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
        int code = 0;
        run(server, {QStringLiteral("export"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), QStringLiteral("VO-HTN"),
                     QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--month"), QStringLiteral("10"),
                     QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out}, &code);
        QCOMPARE(code, 0);
        QVERIFY(run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}).contains(QStringLiteral("Hemtjänst Norr")));
        const QString bad = m_dir.filePath(QStringLiteral("bad.doc"));
        run(server, {QStringLiteral("export"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), QStringLiteral("VO"),
                     QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("doc"),
                     QStringLiteral("--out"), bad}, &code);
        QCOMPARE(code, 2);
        QVERIFY(!QFile::exists(bad));
        run(server, {QStringLiteral("export"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), QStringLiteral("NOPE"),
                     QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                     QStringLiteral("--out"), bad}, &code);
        QCOMPARE(code, 1);
        QVERIFY(!QFile::exists(bad));
    }

    // Last: it imports new figures into the shared database.
    void roundReportIsCompiledWithFrozenFigures()
    {
        QString error;
        Store serverStore(*m_db, Store::Role::Server);
        HlcClock cli(QStringLiteral("cli"));
        const QString round = Ids::random();
        QVERIFY(serverStore.begin(&error));
        QVERIFY2(serverStore.write(QStringLiteral("report_rounds"), round,
                              {{QStringLiteral("name"), QStringLiteral("Delårsrapport")}, {QStringLiteral("year"), 2026},
                               {QStringLiteral("month_from"), 1}, {QStringLiteral("month_to"), 10},
                               {QStringLiteral("deadline"), QStringLiteral("2026-11-20")},
                               {QStringLiteral("sections"), Rounds::standardSections().join(QLatin1Char(','))},
                               {QStringLiteral("created_by"), QStringLiteral("controller")}},
                              cli.now(), &error),
                 qPrintable(error));
        QVERIFY(serverStore.commit(&error));
        Store device(*m_db, Store::Role::Client);
        HlcClock clock(QStringLiteral("device"));
        Notes notes(device, clock);
        const QString soder = Ids::unit(QStringLiteral("VO-HTS")), norr = Ids::unit(QStringLiteral("VO-HTN"));
        const QString soderText = QStringLiteral("Söder: sjukfrånvaron har minskat efter arbetet med tidiga samtal.");
        const QString soderEconomy = QStringLiteral("Söder: timvikarier under sommaren ger ett mindre underskott.");
        const QString norrText = QStringLiteral("Norr: många nya brukare under hösten.");
        const QString assessmentText = QStringLiteral("Bedömningen för Söder: delvis, målet nås till årets slut.");
        FollowUp followUp(*m_db);
        Catalog catalog(*m_db);
        const QList<Goal> goals = catalog.goalsOfUnit(followUp.tree(), soder);
        QVERIFY(!goals.isEmpty());
        QVERIFY(notes.setReportSection(soder, round, QStringLiteral("sammanfattning"), soderText, true, &error));
        QVERIFY(notes.setReportSection(soder, round, Rounds::EconomySection, soderEconomy, true, &error));
        QVERIFY2(notes.setGoalAssessment(soder, round, goals.first().id, Rounds::Partly, Rounds::Met, assessmentText, &error),
                 qPrintable(error));
        QVERIFY2(notes.setReportStatus(soder, round, Rounds::Done, Rounds::Actor::Manager, QStringLiteral("Enhetschef Söder"), {},
                                       QStringLiteral("2026-11-12T15:30:00"), &error),
                 qPrintable(error));
        QVERIFY(notes.setReportSection(norr, round, QStringLiteral("sammanfattning"), norrText, true, &error));

        // A later import of HR figures: Söder's live sick leave goes up, its reported one does not.
        const auto rounds = Rounds::round(*m_db, round);
        QVERIFY(rounds);
        const double frozen = sickPercent(Rounds::figures(*m_db, followUp, soder, *rounds));
        const QString later = m_dir.filePath(QStringLiteral("later.csv"));
        QFile f(later);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus;sjuklönekostnad\n"
                "VO-HTS;2026-03;4882;2400;1200;600;83863\n");
        f.close();
        const ImportResult r = Importer::importFile(serverStore, cli, QStringLiteral("sickleave"), later);
        QVERIFY2(r.ok, qPrintable(r.error));
        FollowUp after(*m_db);
        const double live = sickPercent(Rounds::liveFigures(after, soder, *rounds));
        QVERIFY2(live > frozen + 1, qPrintable(QStringLiteral("%1 %2").arg(live).arg(frozen)));

        const auto content = ReportExport::gatherRound(*m_db, QStringLiteral("VO"), round, QDate(2026, 11, 25), &error);
        QVERIFY2(content, qPrintable(error));
        QVERIFY(content->round);
        // The JSON: every unit of VO's subtree with its status; Söder's figures are the frozen ones.
        const QJsonObject json = ReportExport::toJson(*content);
        QHash<QString, QJsonObject> unitJson;
        for (const QJsonValue &u : json.value(QStringLiteral("round")).toObject().value(QStringLiteral("units")).toArray())
            unitJson.insert(u.toObject().value(QStringLiteral("unit")).toString(), u.toObject());
        QCOMPARE(unitJson.size(), int(followUp.tree().subtree(Ids::unit(QStringLiteral("VO"))).size()));
        QCOMPARE(unitJson.value(QStringLiteral("VO-HTS")).value(QStringLiteral("status")).toString(), Rounds::Done);
        QCOMPARE(unitJson.value(QStringLiteral("VO-HTS")).value(QStringLiteral("late")).toBool(), false);
        QCOMPARE(unitJson.value(QStringLiteral("VO-HTN")).value(QStringLiteral("status")).toString(), Rounds::Draft);
        QCOMPARE(unitJson.value(QStringLiteral("VO-HTN")).value(QStringLiteral("late")).toBool(), true);
        QList<QJsonObject> nodes;
        flatten(content->report, &nodes);
        QJsonObject soderNode, norrNode;
        for (const QJsonObject &n : std::as_const(nodes)) {
            if (n.value(QStringLiteral("unit")).toString() == QLatin1String("VO-HTS"))
                soderNode = n;
            if (n.value(QStringLiteral("unit")).toString() == QLatin1String("VO-HTN"))
                norrNode = n;
        }
        QCOMPARE(sickPercent(soderNode), frozen);
        QCOMPARE(sickPercent(norrNode), sickPercent(Rounds::liveFigures(after, norr, *rounds)));

        // The PDF: the statuses, every section and the assessment, Söder's frozen figure and not its live one.
        const QString pdf = m_dir.filePath(QStringLiteral("round.pdf"));
        QVERIFY2(ReportExport::write(*content, ReportExport::Format::Pdf, pdf, &error), qPrintable(error));
        const QString text = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}));
        QVERIFY(text.contains(QStringLiteral("Delårsrapport – Vård och omsorg")));
        QVERIFY(text.contains(QStringLiteral("Rapportstatus")));
        QVERIFY(text.contains(QStringLiteral("Utkast, försenad")));
        QVERIFY(text.contains(QStringLiteral("Klar")));
        for (const QString &t : {soderText, soderEconomy, norrText, assessmentText})
            QVERIFY2(text.contains(squeeze(t)), qPrintable(t));
        QVERIFY(text.contains(QStringLiteral("Bedömning: Delvis uppfyllt. Prognos för helåret: Uppfyllt.")));
        QVERIFY(text.contains(squeeze(Fmt::goalLevelText(QStringLiteral("kf")))));
        const QString soderPart = text.mid(text.indexOf(QStringLiteral("Hemtjänst Söder Status:")));
        QVERIFY(!soderPart.isEmpty());
        QVERIFY(soderPart.contains(QStringLiteral("Sjukfrånvaro hittills i år ") + swedish(frozen, 1) + QStringLiteral(" %")));
        QVERIFY(!soderPart.left(soderPart.indexOf(QStringLiteral("Nyckeltal")) + 400).contains(swedish(live, 1) + QStringLiteral(" %")));

        // From the root, the enheter below the areas come with their texts and assessments after
        // their area, on the pages that follow (a unit's part of several pages is drawn whole).
        const auto root = ReportExport::gatherRound(*m_db, QStringLiteral("SOC"), round, QDate(2026, 11, 25), &error);
        QVERIFY2(root, qPrintable(error));
        const QString rootPdf = m_dir.filePath(QStringLiteral("round-soc.pdf"));
        QVERIFY2(ReportExport::write(*root, ReportExport::Format::Pdf, rootPdf, &error), qPrintable(error));
        const QString rootText = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), rootPdf, QStringLiteral("-")}));
        for (const QString &t : {soderText, soderEconomy, norrText, assessmentText})
            QVERIFY2(rootText.contains(squeeze(t)), qPrintable(t));
        for (const ReportExport::UnitRound &u : root->round->units)
            QVERIFY2(rootText.count(u.unitName) >= 2, qPrintable(u.unitName)); // in the status table and its own part
        QVERIFY(rootText.contains(QStringLiteral("Sida 1 av ")));

        // The XLSX: the status sheet and the assessment sheet.
        const QString xlsx = m_dir.filePath(QStringLiteral("round.xlsx"));
        QVERIFY2(ReportExport::write(*content, ReportExport::Format::Xlsx, xlsx, &error), qPrintable(error));
        const QHash<QString, QString> key = cells(xlsx, 1);
        for (int i = 0; i < nodes.size(); ++i) {
            const QString row = QString::number(i + 2);
            QCOMPARE(key.value(QStringLiteral("A") + row), nodes.at(i).value(QStringLiteral("unit")).toString());
            QCOMPARE(key.value(QStringLiteral("D") + row).toDouble(), sickPercent(nodes.at(i)));
        }
        const QHash<QString, QString> status = cells(xlsx, 6); // Rapportstatus
        QCOMPARE(status.value(QStringLiteral("A1")), QStringLiteral("Kod"));
        QHash<QString, QString> statusOf;
        for (int row = 2; status.contains(QStringLiteral("A%1").arg(row)); ++row)
            statusOf.insert(status.value(QStringLiteral("A%1").arg(row)), status.value(QStringLiteral("D%1").arg(row)));
        QCOMPARE(statusOf.size(), unitJson.size());
        QCOMPARE(statusOf.value(QStringLiteral("VO-HTS")), QStringLiteral("Klar"));
        QCOMPARE(statusOf.value(QStringLiteral("VO-HTN")), QStringLiteral("Utkast"));
        const QHash<QString, QString> sections = cells(xlsx, 7); // Avsnitt
        QStringList bodies;
        for (auto it = sections.begin(); it != sections.end(); ++it)
            bodies << it.value();
        for (const QString &t : {soderText, soderEconomy, norrText})
            QVERIFY2(bodies.contains(t), qPrintable(t));
        const QHash<QString, QString> assessed = cells(xlsx, 8); // Bedömningar
        QCOMPARE(assessed.value(QStringLiteral("A2")), QStringLiteral("VO-HTS"));
        QCOMPARE(assessed.value(QStringLiteral("C2")), goals.first().name);
        QCOMPARE(assessed.value(QStringLiteral("F2")), QStringLiteral("Delvis uppfyllt"));
        QCOMPARE(assessed.value(QStringLiteral("H2")), assessmentText);

        // The ODT: an OpenDocument with the texts and the charts as images.
        const QString odt = m_dir.filePath(QStringLiteral("round.odt"));
        QVERIFY2(ReportExport::write(*content, ReportExport::Format::Odt, odt, &error), qPrintable(error));
        const QString xml = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        QVERIFY(xml.contains(soderText));
        QVERIFY(xml.contains(norrText));
        QVERIFY(run(QStringLiteral("unzip"), {QStringLiteral("-l"), odt}).contains(QStringLiteral("Pictures/Picture1")));
        QVERIFY(xml.contains(QStringLiteral("draw:image")));

        // The command line: --round writes the same compiled report, as JSON too; an unknown round fails.
        const QString server = QStringLiteral(ENHETSPULS_SERVER);
        const QString out = m_dir.filePath(QStringLiteral("round.json"));
        int code = 0;
        run(server, {QStringLiteral("export"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), QStringLiteral("VO"),
                     QStringLiteral("--round"), round, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out},
            &code);
        QCOMPARE(code, 0);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject cliJson = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(cliJson.value(QStringLiteral("report")).toObject(), content->report);
        run(server, {QStringLiteral("export"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), QStringLiteral("VO"),
                     QStringLiteral("--round"), QStringLiteral("no-such-round"), QStringLiteral("--format"), QStringLiteral("pdf"),
                     QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.pdf"))},
            &code);
        QCOMPARE(code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
        run(server, {QStringLiteral("export"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"), QStringLiteral("VO"),
                     QStringLiteral("--round"), round, QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.pdf"))},
            &code);
        QCOMPARE(code, 2);
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    I18n::install(QStringLiteral("sv"));
    TstExport t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_export.moc"
