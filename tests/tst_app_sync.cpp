// The app's sync service against a real enhetspuls-server on loopback: sign-in and the first
// sync into an empty device (the view models see the units), a local comment that becomes
// pending and then synced, a newer remote edit that puts the local value in the conflict log
// (restore makes it win on the server, ignore keeps the remote one), and a server that is down.
#include "appsettings.h"
#include "database.h"
#include "editor.h"
#include "figurecache.h"
#include "ids.h"
#include "notes.h"
#include "overviewmodel.h"
#include "selection.h"
#include "services.h"
#include "syncconflictmodel.h"
#include "syncmanager.h"
#include "synctokenstore.h"
#include "tst_app_sync_server.h"
#include "unitlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;
using namespace AppSyncTest;

class TstAppSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_spec;
    ServerProcess m_server;
    Services m_services;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<FigureCache> m_cache;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<SyncManager> m_sync;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    // A second device of the same user, synced with blocking calls.
    std::unique_ptr<Database> m_otherDb;
    std::unique_ptr<SyncEngine> m_other;
    QString m_otherToken;
    QString m_commentId;

    bool waitSynced(bool expectOk = true, int timeout = 30000)
    {
        QSignalSpy spy(m_sync.get(), &SyncManager::synced);
        if (!spy.wait(timeout))
            return false;
        return spy.constLast().at(0).toBool() == expectOk;
    }
    // Syncs the second device (its clock can run ahead to make its edits newer).
    QString otherComment()
    {
        Http http(m_server.url());
        QString error;
        if (http.sync(*m_other, m_otherToken, &error) != 200)
            qWarning("other device: %s", qPrintable(error));
        QSqlQuery q(m_otherDb->db());
        q.prepare(QStringLiteral("SELECT body FROM comments WHERE id = ?"));
        q.addBindValue(m_commentId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    bool otherWrites(const QString &body)
    {
        QString error;
        const QString unitId = m_selection->unitId();
        if (!m_other->write(QStringLiteral("comments"), m_commentId,
                            {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("period"), m_selection->period()},
                             {QStringLiteral("area"), NoteKeys::AreaSickLeave}, {QStringLiteral("kind"), NoteKeys::KindComment},
                             {QStringLiteral("ref"), QStringLiteral("")}, {QStringLiteral("body"), body}}, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return otherComment() == body;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_sync"));
        QVERIFY(m_dir.isValid());
        QVERIFY(prepareServer(m_dir, &m_spec));
        QVERIFY(m_server.start(m_spec));

        QString error;
        QVERIFY2(m_services.open(m_dir.filePath(QStringLiteral("device.sqlite")), false, {}, &error), qPrintable(error));
        AppSettings::Options o;
        o.databasePath = m_dir.filePath(QStringLiteral("device.sqlite"));
        m_settings = std::make_unique<AppSettings>(o);
        m_cache = std::make_unique<FigureCache>(*m_services.db, *m_services.followUp);
        m_selection = std::make_unique<Selection>(*m_services.followUp, *m_settings);
        m_editor = std::make_unique<Editor>(*m_services.notes, *m_services.followUp, *m_selection, *m_settings, *m_cache);
        QVERIFY(m_selection->unitId().isEmpty()); // an empty device
        SyncManager::Options so;
        so.remember = false;
        so.debounceMs = 300;
        so.intervalMs = 3600 * 1000;
        m_sync = std::make_unique<SyncManager>(m_services.sync.get(), m_editor.get(), m_selection.get(), so);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_sync->conflicts(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!m_sync->configured());
        QCOMPARE(SyncManager::instance(), m_sync.get());
        QVERIFY(m_sync->canCompare()); // no server, no roles: the device shows every page

        // The second device: a clock 3 s ahead, so its edits are newer than this device's.
        m_otherDb = Database::open(m_dir.filePath(QStringLiteral("other.sqlite")), &error);
        QVERIFY2(m_otherDb, qPrintable(error));
        m_other = std::make_unique<SyncEngine>(*m_otherDb, [] { return QDateTime::currentMSecsSinceEpoch() + 3000; });
        m_otherToken = Http(m_server.url()).login(kUser, kPassword);
        QVERIFY(!m_otherToken.isEmpty());
    }

    void wrongPassword()
    {
        QSignalSpy spy(m_sync.get(), &SyncManager::settledChanged);
        m_sync->login(m_server.url().toString(), kUser, QStringLiteral("fel"));
        QVERIFY(spy.wait(10000));
        QVERIFY(!m_sync->loggedIn());
        QCOMPARE(m_sync->errorText(), QStringLiteral("Wrong user name or password"));
        QVERIFY(m_sync->settled());
    }

    void firstSyncPullsUnits()
    {
        m_sync->login(m_server.url().toString(), kUser, kPassword);
        QVERIFY(waitSynced());
        QVERIFY(m_sync->loggedIn());
        QVERIFY2(m_sync->errorText().isEmpty(), qPrintable(m_sync->errorText()));
        QCOMPARE(m_sync->pendingCount(), 0);
        QVERIFY(m_sync->lastSyncedText().contains(QString::number(QDate::currentDate().year())));
        // An enhetschef: Jämför (units side by side) is for verksamhetschef and controller roles.
        QCOMPARE(m_sync->role(), QStringLiteral("enhetschef"));
        QVERIFY(!m_sync->canCompare());
        // The first enhet is selected and the view models see the pulled data.
        QVERIFY(!m_selection->unitId().isEmpty());
        QCOMPARE(m_selection->unitKindText(), QStringLiteral("Unit"));
        UnitListModel units;
        units.setRevision(m_editor->revision());
        QCOMPARE(units.rowCount(), 16);
        OverviewModel overview;
        overview.setUnitId(m_selection->unitId());
        overview.setYear(m_selection->year());
        overview.setMonth(m_selection->month());
        QVERIFY(overview.rowCount() > 0);
        QVERIFY(overview.sickLeave().value(QStringLiteral("ytdText")).toString().endsWith(QStringLiteral("\u00a0%")));
        m_commentId = Ids::comment(m_selection->unitId(), m_selection->period(), NoteKeys::AreaSickLeave, NoteKeys::KindComment, {});
        // No keychain in tests: the token is in memory only, and the page says so.
        QVERIFY(!m_sync->keychainNote().isEmpty());
    }

    void tokenNeverOnDisk()
    {
        const QByteArray token = m_services.sync->token().toUtf8();
        QVERIFY(token.size() > 16);
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files << QSettings().fileName();
        for (const QString &f : std::as_const(files)) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(token), qPrintable(f));
        }
    }

    void localEditIsPendingThenSynced()
    {
        QVERIFY(m_editor->setComment(NoteKeys::AreaSickLeave, NoteKeys::KindComment, {}, QStringLiteral("Influensa i oktober")));
        QCOMPARE(m_sync->pendingCount(), 1);
        QCOMPARE(m_editor->dirtyCount(), 1);
        QVERIFY(waitSynced()); // the debounced sync after the edit
        QCOMPARE(m_sync->pendingCount(), 0);
        QCOMPARE(m_editor->dirtyCount(), 0); // the header chip says "all synced"
        QCOMPARE(otherComment(), QStringLiteral("Influensa i oktober"));
    }

    void remoteEditLogsConflictAndRestoreWins()
    {
        // The other device writes later (its clock is ahead) but syncs first.
        QVERIFY(m_editor->setComment(NoteKeys::AreaSickLeave, NoteKeys::KindComment, {}, QStringLiteral("Min text")));
        QVERIFY(otherWrites(QStringLiteral("Deras text")));
        QVERIFY(waitSynced());
        QCOMPARE(m_editor->comment(NoteKeys::AreaSickLeave, NoteKeys::KindComment), QStringLiteral("Deras text"));
        QCOMPARE(m_sync->conflictCount(), 1);
        SyncConflictModel *c = m_sync->conflicts();
        QCOMPARE(c->rowCount(), 1);
        const QModelIndex i = c->index(0, 0);
        QCOMPARE(c->data(i, SyncConflictModel::LostValueRole).toString(), QStringLiteral("Min text"));
        QCOMPARE(c->data(i, SyncConflictModel::WinningValueRole).toString(), QStringLiteral("Deras text"));
        QCOMPARE(c->data(i, SyncConflictModel::FieldRole).toString(), QStringLiteral("Text"));
        QCOMPARE(c->data(i, SyncConflictModel::UnitNameRole).toString(), m_selection->unitName());
        QVERIFY(c->data(i, SyncConflictModel::WhatRole).toString().startsWith(QStringLiteral("Comment · Sick leave · ")));
        QVERIFY(c->data(i, SyncConflictModel::CanRestoreRole).toBool());
        QVERIFY(!c->data(i, SyncConflictModel::WhenRole).toString().isEmpty());

        // Restore: a new local edit with a clock after everything seen; it syncs and wins.
        QVERIFY(m_sync->restoreConflict(c->data(i, SyncConflictModel::ConflictIdRole).toString()));
        QCOMPARE(c->rowCount(), 0);
        QCOMPARE(m_sync->pendingCount(), 1);
        QCOMPARE(m_editor->comment(NoteKeys::AreaSickLeave, NoteKeys::KindComment), QStringLiteral("Min text"));
        QVERIFY(waitSynced());
        QCOMPARE(m_sync->pendingCount(), 0);
        QCOMPARE(m_sync->conflictCount(), 0);
        QCOMPARE(otherComment(), QStringLiteral("Min text"));
    }

    void ignoreKeepsTheRemoteValue()
    {
        QVERIFY(m_editor->setComment(NoteKeys::AreaSickLeave, NoteKeys::KindComment, {}, QStringLiteral("Utkast")));
        QVERIFY(otherWrites(QStringLiteral("Slutlig")));
        QVERIFY(waitSynced());
        QCOMPARE(m_sync->conflicts()->rowCount(), 1);
        const QString id = m_sync->conflicts()->data(m_sync->conflicts()->index(0, 0), SyncConflictModel::ConflictIdRole).toString();
        QVERIFY(m_sync->ignoreConflict(id));
        QCOMPARE(m_sync->conflicts()->rowCount(), 0);
        QCOMPARE(m_sync->conflictCount(), 0);
        QCOMPARE(m_sync->pendingCount(), 0);
        QCOMPARE(m_editor->comment(NoteKeys::AreaSickLeave, NoteKeys::KindComment), QStringLiteral("Slutlig"));
        QVERIFY(!m_sync->ignoreConflict(id)); // gone
    }

    void serverDownKeepsEdits()
    {
        m_server.stop();
        QVERIFY(m_editor->setComment(NoteKeys::AreaSickLeave, NoteKeys::KindComment, {}, QStringLiteral("Skrivet offline")));
        QVERIFY(waitSynced(false));
        QCOMPARE(m_sync->errorText(),
                 QStringLiteral("No contact with the server – your changes are saved on the device and synced later"));
        QCOMPARE(m_sync->pendingCount(), 1);
        QCOMPARE(m_editor->dirtyCount(), 1);
        QVERIFY(m_sync->loggedIn()); // still signed in: it syncs when the server is back

        // The server comes back (on another port): sign in there and the kept edit arrives.
        QVERIFY(m_server.start(m_spec));
        m_sync->login(m_server.url().toString(), kUser, kPassword);
        QVERIFY(waitSynced());
        QVERIFY(m_sync->errorText().isEmpty());
        QCOMPARE(m_sync->pendingCount(), 0);
        QCOMPARE(m_editor->dirtyCount(), 0);
        QCOMPARE(otherComment(), QStringLiteral("Skrivet offline"));
    }

    void logoutKeepsData()
    {
        m_sync->logout();
        QVERIFY(!m_sync->loggedIn());
        QCOMPARE(m_sync->statusText(), QStringLiteral("Not signed in"));
        QVERIFY(m_services.followUp->tree().byId(m_selection->unitId()));
        m_sync->syncNow(); // does nothing without a sign-in
        QVERIFY(!m_sync->busy());
    }

    void controllerSeesCompare()
    {
        const QString password = QStringLiteral("controller-lösen-1");
        QVERIFY(runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ekonom"), QStringLiteral("--role"),
                        QStringLiteral("controller"), QStringLiteral("--db"), m_spec}, password.toUtf8() + "\n"));
        QVERIFY(runCli({QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("ekonom"), QStringLiteral("SOC"),
                        QStringLiteral("--db"), m_spec}));
        QSignalSpy config(m_sync.get(), &SyncManager::configChanged);
        m_sync->login(m_server.url().toString(), QStringLiteral("ekonom"), password);
        QVERIFY(waitSynced());
        QCOMPARE(m_sync->role(), QStringLiteral("controller"));
        QVERIFY(m_sync->canCompare());
        QVERIFY(config.count() > 0); // the navigation hears of it
        m_sync->logout();
    }

    void tokenStore()
    {
        // The keychain when there is one, otherwise memory; either way the token comes back.
        SyncTokenStore store(QStringLiteral("Enhetspuls-test"));
        const QString key = QStringLiteral("test@") + QString::number(QCoreApplication::applicationPid());
        store.save(key, QStringLiteral("t0ken"));
        QSignalSpy loaded(&store, &SyncTokenStore::loaded);
        store.load(key);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.constLast().at(1).toString(), QStringLiteral("t0ken"));
        store.remove(key);
        store.load(key);
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.constLast().at(1).toString().isEmpty());
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_sync.reset();
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TstAppSync)
#include "tst_app_sync.moc"
