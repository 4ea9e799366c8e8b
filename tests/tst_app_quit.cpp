// Nothing typed is lost when the app ends: the real `enhetspuls` types into an APT field and
// quits (or gets SIGTERM) well before the save-while-typing delay, then the database, opened
// again with the backend, has the text.
#include "actions.h"
#include "apt.h"
#include "database.h"
#include "hlc.h"
#include "importer.h"
#include "notes.h"
#include "schema.h"
#include "store.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TstAppQuit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_unitId;

    // A database with the demo data and one APT meeting of VO-HTN (without decisions).
    QString makeDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        auto db = Database::open(path, &error);
        if (!db)
            qFatal("open %s: %s", qPrintable(path), qPrintable(error));
        Store store(*db, Store::Role::Client);
        HlcClock clock(QStringLiteral("test"));
        const ImportResult r = Importer::importDirectory(store, clock, QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo"));
        if (!r.ok)
            qFatal("import: %s", qPrintable(r.error));
        QSqlQuery q(db->db());
        q.prepare(QStringLiteral("SELECT id FROM units WHERE code = ?"));
        q.addBindValue(QStringLiteral("VO-HTN"));
        if (!q.exec() || !q.next())
            qFatal("no unit VO-HTN in the demo data");
        m_unitId = q.value(0).toString();
        Notes notes(store, clock);
        const QString id = notes.createApt({{QStringLiteral("unit_id"), m_unitId},
                                            {QStringLiteral("meeting_date"), QStringLiteral("2026-11-20")},
                                            {QStringLiteral("title"), QStringLiteral("APT november")}},
                                           &error);
        if (id.isEmpty())
            qFatal("createApt: %s", qPrintable(error));
        return path;
    }

    // Starts the app on `db` typing `text` into the second agenda item's note; quits itself or is sent SIGTERM.
    int run(const QString &db, const QString &text, bool quitItself, QString *output)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args = {QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("VO-HTN"),
                            QStringLiteral("--page"), QStringLiteral("apt"), QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--test-type"), QStringLiteral("aptItemNote_1=") + text};
        if (quitItself)
            args << QStringLiteral("--test-quit");
        p.start(QStringLiteral(ENHETSPULS_APP), args);
        if (!p.waitForStarted(10000))
            return -3;
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("typed into") && p.state() == QProcess::Running && t.elapsed() < 60000) {
            p.waitForReadyRead(100);
            out += p.readAll();
        }
        if (!quitItself && out.contains("typed into"))
            p.terminate(); // SIGTERM, well before the save-while-typing delay
        if (p.state() != QProcess::NotRunning && !p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return -4;
        }
        out += p.readAll();
        *output = QString::fromUtf8(out);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    QString storedDecisions(const QString &path)
    {
        QString error;
        auto db = Database::open(path, &error);
        if (!db)
            return QStringLiteral("<%1>").arg(error);
        const QList<AptMeeting> meetings = Actions::meetings(*db, m_unitId);
        if (meetings.size() != 1)
            return QStringLiteral("<%1 meetings>").arg(meetings.size());
        const QList<Apt::Item> items = Apt::items(*db, m_unitId, meetings.constFirst().id);
        return items.size() > 1 ? items.at(1).note : QStringLiteral("<%1 items>").arg(items.size());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void typedThenQuit()
    {
        const QString db = makeDatabase(QStringLiteral("quit.sqlite"));
        const QString text = QStringLiteral("Ny rutin for overlamning");
        QString output;
        const int rc = run(db, text, true, &output);
        QVERIFY2(rc == 0, qPrintable(QStringLiteral("exit %1: %2").arg(rc).arg(output.right(600))));
        QVERIFY2(output.contains(QStringLiteral("typed into aptItemNote_1")), qPrintable(output));
        QCOMPARE(storedDecisions(db), text);
    }

    void typedThenSigterm()
    {
        const QString db = makeDatabase(QStringLiteral("sigterm.sqlite"));
        const QString text = QStringLiteral("Skyddsrond i november");
        QString output;
        const int rc = run(db, text, false, &output);
        QVERIFY2(rc == 0, qPrintable(QStringLiteral("exit %1: %2").arg(rc).arg(output.right(600))));
        QVERIFY2(output.contains(QStringLiteral("typed into aptItemNote_1")), qPrintable(output));
        QCOMPARE(storedDecisions(db), text);
    }
};

QTEST_GUILESS_MAIN(TstAppQuit)
#include "tst_app_quit.moc"
