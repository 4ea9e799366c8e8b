#include "services.h"

#include "demomeetings.h"
#include "demorounds.h"
#include "unittree.h"

#include "importer.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

QString demoDataDir(const QString &override)
{
    QStringList candidates;
    if (!override.isEmpty())
        candidates << override;
    const QString env = qEnvironmentVariable("ENHETSPULS_DEMO_DIR");
    if (!env.isEmpty())
        candidates << env;
    const QString exeDir = QCoreApplication::applicationDirPath();
    candidates << exeDir + QStringLiteral("/../share/enhetspuls/demo")
               << exeDir + QStringLiteral("/demo")
               << QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo");
    for (const QString &c : std::as_const(candidates)) {
        if (QFileInfo::exists(c + QStringLiteral("/units.csv")))
            return QDir(c).absolutePath();
    }
    return {};
}

bool Services::open(const QString &dbPath, bool demo, const QString &demoData, QString *error)
{
    QString path = dbPath;
    if (demo) {
        demoDir = std::make_unique<QTemporaryDir>();
        if (!demoDir->isValid()) {
            *error = QStringLiteral("cannot create a temporary directory for the demo");
            return false;
        }
        path = demoDir->filePath(QStringLiteral("demo.sqlite"));
    }
    db = Database::open(path, error);
    if (!db)
        return false;
    clock = std::make_unique<HlcClock>(QStringLiteral("demo"));
    store = std::make_unique<Store>(*db, Store::Role::Client);
    if (demo) {
        if (demoData.isEmpty()) {
            *error = QStringLiteral("the demo data (units.csv, ...) was not found; pass --data-dir");
            return false;
        }
        const ImportResult r = Importer::importDirectory(*store, *clock, demoData);
        if (!r.ok) {
            *error = QStringLiteral("demo import failed: %1").arg(r.error);
            return false;
        }
        Notes demoNotes(*store, *clock);
        if (!DemoMeetings::add(demoNotes, UnitTree::load(*db), error)
            || !DemoRounds::add(demoNotes, *store, *clock, UnitTree::load(*db), error))
            return false;
        // The demo data stands for what a server synced out: nothing of it is "not yet synced".
        for (const QString &t : Schema::syncedTables()) {
            if (!db->exec(QStringLiteral("UPDATE %1 SET _dirty = 0").arg(t), error))
                return false;
        }
    }
    followUp = std::make_unique<FollowUp>(*db);
    followUp->reload();
    // The device id lives in the database (sync_meta), so it belongs to the data, not the user.
    sync = std::make_unique<SyncClient>(*db, QUrl());
    notes = std::make_unique<Notes>(sync->engine().store(), sync->engine().clock());
    return true;
}
