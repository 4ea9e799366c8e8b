#pragma once
// The app's services, built once in main(): the local database, the sync client (its engine's
// store and clock also stamp the manager's edits, so sync sees them as this device's own), the
// read side (FollowUp) and the write side (Notes).
#include "database.h"
#include "followup.h"
#include "hlc.h"
#include "notes.h"
#include "store.h"
#include "syncclient.h"

#include <QTemporaryDir>
#include <memory>

struct Services
{
    std::unique_ptr<QTemporaryDir> demoDir; // the throwaway copy behind --demo
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;     // imports the demo data
    std::unique_ptr<HlcClock> clock;  // the demo import's clock
    std::unique_ptr<SyncClient> sync; // no server until one is set (SyncClient::setServer)
    std::unique_ptr<FollowUp> followUp;
    std::unique_ptr<Notes> notes;

    // Opens (or, with `demo`, creates and imports from demoData) the database; false + *error on failure.
    bool open(const QString &dbPath, bool demo, const QString &demoData, QString *error);
};

// The directory with the demo CSV files: --data-dir, $ENHETSPULS_DEMO_DIR, next to the
// executable (../share/enhetspuls/demo) or the source tree's assets/demo.
QString demoDataDir(const QString &override);
