// The report exported (ReportExport, `enhetspuls-server export`): the PDF read back with
// pdftotext, the XLSX and the ODT unpacked with unzip hold the same figures as the report JSON
// for the same unit and period, every text the managers wrote for it and every action; the
// command line refuses a bad format and leaves no file.
#include "database.h"
#include "format.h"
#include "i18n.h"
#include "hlc.h"
#include "importer.h"
#include "reportexport.h"
#include "store.h"

#include <QGuiApplication>
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
        for (const ReportExport::ActionLine &a : m_content.actions)
            QVERIFY2(text.contains(squeeze(a.title)), qPrintable(a.title));
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
