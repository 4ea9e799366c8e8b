// The import and report commands through the real executable: what they print, where, and
// what a rejected file leaves behind.
#include "importfixture.h"
#include "reportfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace ReportFixture;

class TstReportCli : public QObject
{
    Q_OBJECT

    ImportFixture m_fixture;

    QString writeFile(const QString &text) { return m_fixture.writeFile(text); }

private slots:
    // import + report through the real executable.
    void cli()
    {
        const QString exe = QStringLiteral(ENHETSPULS_SERVER);
        const QString db = QStringLiteral("sqlite:") + m_fixture.filePath(QStringLiteral("cli.sqlite"));
        const auto run = [&](const QStringList &args, QByteArray *out, QByteArray *err) {
            QProcess p;
            p.start(exe, args);
            p.waitForFinished(30000);
            *out = p.readAllStandardOutput();
            *err = p.readAllStandardError();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QByteArray out, err;
        for (const auto &[kind, text] : fixture()) {
            const QString file = writeFile(text);
            QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, kind, file}, &out, &err), 0);
            // One line of what was written; the log (migrations, per kind) only with --verbose.
            QVERIFY2(out.startsWith(QStringLiteral("imported %1 from %2: ").arg(kind, file).toUtf8()), out.constData());
            QVERIFY2(out.endsWith(" new, 0 updated\n") && out.count('\n') == 1, out.constData());
            QVERIFY2(err.isEmpty(), err.constData());
        }
        const QString again = writeFile(fixture().at(0).second);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("units"), again}, &out, &err), 0);
        QCOMPARE(out, QStringLiteral("imported units from %1: 0 new, 3 updated\n").arg(again).toUtf8());
        const QString verboseDb = QStringLiteral("sqlite:") + m_fixture.filePath(QStringLiteral("verbose.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), verboseDb, QStringLiteral("--verbose"),
                      QStringLiteral("units"), again}, &out, &err), 0);
        QCOMPARE(out, QStringLiteral("imported units from %1: 3 new, 0 updated\n").arg(again).toUtf8());
        QVERIFY2(err.contains("schema version") && err.contains("imported 3 rows of units"), err.constData());
        // A file saved by Excel on Windows: read as Windows-1252 and said so, once, on stderr.
        const QString ansi = m_fixture.filePath(QStringLiteral("ansi.csv"));
        {
            QFile f(ansi);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("kod;namn;f\xF6r\xE4lder;typ\nA;Enhet \xC5\x96" "A;SOC;enhet\n");
        }
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), verboseDb, QStringLiteral("units"), ansi}, &out, &err), 0);
        QCOMPARE(err, QStringLiteral("%1: read as Windows-1252\n").arg(ansi).toUtf8());
        QCOMPARE(out, QStringLiteral("imported units from %1: 0 new, 1 updated\n").arg(ansi).toUtf8());
        const QString bad = writeFile(kSickHeader + QStringLiteral("A;2026-04;100;10;5;0;0\nZZ;2026-04;100;10;5;0;0\n"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("sickleave"), bad}, &out, &err), 1);
        QVERIFY2(err.contains((bad + QStringLiteral(":3: unknown unit \"ZZ\"")).toUtf8()), err.constData());
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("nonsense"), bad}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("sickleave"), bad}, &out, &err), 2);

        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("SOC"),
                      QStringLiteral("--year"), QStringLiteral("2026")}, &out, &err), 0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("month")).toInt(), 3); // the rejected file wrote nothing
        QCOMPARE(json.value(QStringLiteral("sick_leave")).toObject().value(QStringLiteral("percent")).toDouble(), 5.63);
        QCOMPARE(json.value(QStringLiteral("children")).toArray().size(), 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("SOC"),
                      QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--month"), QStringLiteral("1"),
                      QStringLiteral("--format"), QStringLiteral("csv")}, &out, &err), 0);
        QVERIFY(out.contains("SOC;Socialförvaltningen;2026;1;budget.prognos;3450\n"));
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("NOPE"),
                      QStringLiteral("--year"), QStringLiteral("2026")}, &out, &err), 1);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2026")}, &out, &err), 2);
    }
};

QTEST_GUILESS_MAIN(TstReportCli)
#include "tst_report_cli.moc"
