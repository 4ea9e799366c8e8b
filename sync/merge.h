#pragma once
#include "rows.h"

#include <QList>

class Database;

// The merge rules of sync, used by the server when it applies pushes and by the client when
// it applies pulls: per-field last-writer-wins by HLC (the clock string sorts like the clock,
// the device id breaks ties), deletes are sticky tombstones (delete wins), and every value
// that loses is reported so it can be kept in the conflicts table.
namespace Merge {

struct Loss
{
    QString field;
    QJsonValue lostValue;
    QString lostClock;
    QJsonValue winningValue;
    QString winningClock;
    QString reason; // "older" (incoming lost), "overwritten" (local lost), "deleted" (edit to a deleted row)
};

struct Outcome
{
    SyncRow result;               // the merged row
    bool changed = false;         // anything (value, clock or tombstone) differs from the local row
    QStringList changedFields;    // data fields whose clock advanced
    bool becameDeleted = false;
    QList<Loss> incomingLost;     // incoming values that lost to newer local ones ("older")
    QList<Loss> localLost;        // local values replaced by newer incoming ones ("overwritten")
    QList<Loss> editsOnDeleted;   // edits that met a tombstone ("deleted"), local or incoming
};

// Where the incoming row comes from. A tombstone is final: a deleted row's values never change
// again (an edit that meets it is reported in editsOnDeleted, not applied), whoever sends it.
// A row the server sends (Source::Server, a client applying a pull) is the server's state: when
// it is a tombstone the client takes it as it is (values and clocks; the newer of the two delete
// clocks), so every device ends with the server's tombstone, and reports each local value that
// the tombstone replaces in editsOnDeleted.
enum class Source { Push, Server };

// Merges `incoming` into `local` (nullptr when the row does not exist locally).
Outcome merge(const SyncRow *local, const SyncRow &incoming, Source source = Source::Push);

// Appends a loss to the conflicts table (the caller's transaction).
bool logConflict(Database &db, const QString &table, const QString &rowId, const Loss &loss,
                 QString *error);
} // namespace Merge
