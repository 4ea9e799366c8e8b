// Import of CSV files from the app (DataImport): a manager with local data imports every
// kind, a bad file is rejected with "file:line: reason" and leaves the data as it was, and a
// device that syncs imports only what a manager writes (the rest comes from the server).
#include "appsettings.h"
#include "dataimport.h"
#include "editor.h"
#include "figurecache.h"
#include "i18n.h"
#include "selection.h"
#include "services.h"

#include <QSqlQuery>
#include <QtTest>

namespace {
const QString kDemo = QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo");

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TstAppImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Services m_services;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<FigureCache> m_cache;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<DataImport> m_import;
    bool m_hasServer = false;

    QUrl demoFile(const QString &kind) { return QUrl::fromLocalFile(kDemo + QLatin1Char('/') + kind + QStringLiteral(".csv")); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_import"));
        QString error;
        QVERIFY2(m_services.open(m_dir.filePath(QStringLiteral("app.sqlite")), false, QString(), &error), qPrintable(error));
        AppSettings::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("app.sqlite"));
        m_settings = std::make_unique<AppSettings>(options);
        m_cache = std::make_unique<FigureCache>(*m_services.db, *m_services.followUp);
        m_selection = std::make_unique<Selection>(*m_services.followUp, *m_settings);
        m_editor = std::make_unique<Editor>(*m_services.notes, *m_services.followUp, *m_selection, *m_settings, *m_cache);
        m_import = std::make_unique<DataImport>(m_services.sync->engine().store(), m_services.sync->engine().clock(),
                                                m_editor.get(), [this] { return m_hasServer; });
    }

    void kindsInLoadOrder()
    {
        const QVariantList kinds = m_import->kinds();
        QCOMPARE(kinds.size(), 9);
        QCOMPARE(kinds.first().toMap().value(QStringLiteral("key")).toString(), QStringLiteral("units"));
        for (const QVariant &k : kinds)
            QVERIFY(k.toMap().value(QStringLiteral("allowed")).toBool());
    }

    void importsLocalData()
    {
        QSignalSpy spy(m_import.get(), &DataImport::messageChanged);
        QVERIFY2(m_import->importFile(QStringLiteral("units"), demoFile(QStringLiteral("units"))), qPrintable(m_import->message()));
        QCOMPARE(spy.count(), 1);
        QVERIFY(m_import->ok());
        QVERIFY2(m_import->message().contains(QStringLiteral("16")), qPrintable(m_import->message()));
        // The app sees the units at once, and they are this device's own, not yet synced.
        QCOMPARE(m_services.followUp->tree().size(), 16);
        QCOMPARE(count(*m_services.db, QStringLiteral("SELECT COUNT(*) FROM units WHERE _dirty = 1")), 16);
        for (const QString &kind : {QStringLiteral("goals"), QStringLiteral("indicators"), QStringLiteral("sickleave"), QStringLiteral("budget")})
            QVERIFY2(m_import->importFile(kind, demoFile(kind)), qPrintable(m_import->message()));
        QVERIFY(count(*m_services.db, QStringLiteral("SELECT COUNT(*) FROM sick_leave")) > 500);
    }

    void badFileChangesNothing()
    {
        const int before = count(*m_services.db, QStringLiteral("SELECT COUNT(*) FROM sick_leave"));
        const double hours = count(*m_services.db, QStringLiteral("SELECT CAST(SUM(sick_hours) AS INTEGER) FROM sick_leave"));
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus\n"
                "VO-HTN;2030-01;5000;400;100;0\n"
                "VO-HTN;2030-02;5000;fyra;100;0\n");
        f.close();
        QVERIFY(!m_import->importFile(QStringLiteral("sickleave"), QUrl::fromLocalFile(path)));
        QVERIFY(!m_import->ok());
        QVERIFY2(m_import->message().contains(path + QStringLiteral(":3:")), qPrintable(m_import->message()));
        QCOMPARE(count(*m_services.db, QStringLiteral("SELECT COUNT(*) FROM sick_leave")), before);
        QCOMPARE(count(*m_services.db, QStringLiteral("SELECT CAST(SUM(sick_hours) AS INTEGER) FROM sick_leave")), int(hours));
        QVERIFY(!m_import->importFile(QStringLiteral("sickleave"), QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("missing.csv")))));
        QVERIFY(!m_import->importFile(QStringLiteral("nonsense"), demoFile(QStringLiteral("units"))));
    }

    // The app speaks Swedish: an import error is in Swedish too, with the file and line.
    void importErrorsAreSwedish()
    {
        QVERIFY(I18n::install(QStringLiteral("sv"))); // from here on, as in the app
        const QString path = m_dir.filePath(QStringLiteral("utan-period.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("enhet;område;text\nVO-HTN;mål;Bra jobbat\n");
        f.close();
        QVERIFY(!m_import->importFile(QStringLiteral("comments"), QUrl::fromLocalFile(path)));
        QVERIFY2(m_import->message().contains(QStringLiteral("kolumnen \"period\" saknas")), qPrintable(m_import->message()));
        QFile g(path);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("enhet;period;område;text\nOKÄND;2026-03;mål;Bra jobbat\n");
        g.close();
        QVERIFY(!m_import->importFile(QStringLiteral("comments"), QUrl::fromLocalFile(path)));
        QVERIFY2(m_import->message().contains(path + QStringLiteral(":2: okänd enhet \"OKÄND\"")), qPrintable(m_import->message()));
    }

    void syncingDeviceImportsOnlyManagerKinds()
    {
        m_hasServer = true;
        QVERIFY(!m_import->allowed(QStringLiteral("budget")));
        QVERIFY(m_import->allowed(QStringLiteral("comments")));
        const int before = count(*m_services.db, QStringLiteral("SELECT COUNT(*) FROM budget"));
        QVERIFY(!m_import->importFile(QStringLiteral("budget"), demoFile(QStringLiteral("budget"))));
        QVERIFY2(m_import->message().contains(QStringLiteral("server")), qPrintable(m_import->message()));
        QCOMPARE(count(*m_services.db, QStringLiteral("SELECT COUNT(*) FROM budget")), before);
        QVERIFY2(m_import->importFile(QStringLiteral("comments"), demoFile(QStringLiteral("comments"))), qPrintable(m_import->message()));
        QCOMPARE(count(*m_services.db, QStringLiteral("SELECT COUNT(*) FROM comments WHERE _dirty = 1")), 43);
        m_hasServer = false;
    }
};

QTEST_MAIN(TstAppImport)
#include "tst_app_import.moc"
