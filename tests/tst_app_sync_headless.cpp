// The headless path end to end: `enhetspuls --db NEW --server URL --user NAME --password-stdin
// --screenshot FILE` against a real enhetspuls-server exits 0 after its first sync, writes a
// PNG of the synced overview and leaves the pulled units in its database; a wrong password
// exits non-zero with a plain message; a second run reuses the database.
#include "database.h"
#include "tst_app_sync_server.h"

#include <QImage>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;
using namespace AppSyncTest;

class TstAppSyncHeadless : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_spec;
    ServerProcess m_server;

    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run runApp(const QString &db, const QString &png, const QByteArray &password)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(ENHETSPULS_APP),
                {QStringLiteral("--db"), db, QStringLiteral("--server"), m_server.url().toString(),
                 QStringLiteral("--user"), kUser, QStringLiteral("--password-stdin"),
                 QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1024x700")});
        p.write(password + "\n");
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.output = QString::fromUtf8(p.readAll());
        return r;
    }
    static qint64 count(const QString &path, const QString &sql)
    {
        QString error;
        auto db = Database::open(path, &error);
        QSqlQuery q(db->db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(prepareServer(m_dir, &m_spec));
        QVERIFY(m_server.start(m_spec));
    }

    void syncsThenScreenshots()
    {
        const QString db = m_dir.filePath(QStringLiteral("app.sqlite"));
        const QString png = m_dir.filePath(QStringLiteral("overview.png"));
        const Run r = runApp(db, png, kPassword.toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("synced with ") + m_server.url().toString()), qPrintable(r.output));
        const QImage img(png);
        QCOMPARE(img.size(), QSize(1024, 700));
        QVERIFY(QFileInfo(png).size() > 20000); // a rendered page, not a blank one
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM units WHERE _deleted = 0")), 16);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM sick_leave")) > 100);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM sync_meta WHERE key = 'last_synced_at'")), 1);
        // The password never lands in the settings.
        QFile settings(m_dir.filePath(QStringLiteral("config/Enhetspuls/enhetspuls.conf")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(kPassword.toUtf8()));

        // A second run on the same database: nothing new, still exit 0.
        const Run again = runApp(db, png, kPassword.toUtf8());
        QVERIFY2(again.exitCode == 0, qPrintable(again.output));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM units WHERE _deleted = 0")), 16);
    }

    void wrongPasswordFails()
    {
        const QString png = m_dir.filePath(QStringLiteral("denied.png"));
        const Run r = runApp(m_dir.filePath(QStringLiteral("denied.sqlite")), png, "fel-lösen");
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.output.contains(QStringLiteral("Fel användarnamn eller lösenord"))
                     || r.output.contains(QStringLiteral("Wrong user name or password")), qPrintable(r.output));
        QCOMPARE(count(m_dir.filePath(QStringLiteral("denied.sqlite")), QStringLiteral("SELECT COUNT(*) FROM units")), 0);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TstAppSyncHeadless)
#include "tst_app_sync_headless.moc"
