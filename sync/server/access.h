#pragma once
#include "auth.h"
#include "merge.h"
#include "visibility.h"

#include <QHash>

class Database;

// Server-side authorization: what a user may read (Visibility from grants and the unit tree,
// cached per grants version and unit-table version) and may write (role rules per table).
class Access
{
public:
    explicit Access(Database &db) : m_db(db) {}

    // The readable set of the user, computed within the caller's transaction/snapshot.
    Visibility visibility(const Principal &p);

    struct Denial
    {
        QString message;
        QString unit; // unit code (or id) the denial is about, empty for global data
        QString table;
        QString field;
    };
    // Checks a merge outcome of a push against the user's role and grants. `before` is the
    // stored row (nullptr for a new row). Returns a denial, or nullopt when allowed.
    std::optional<Denial> checkWrite(const Principal &p, const Visibility &v, const SyncRow *before,
                                     const Merge::Outcome &out);
    // Checks that the user may read the unit `unitId` (its subtree is in a granted one). Returns
    // a denial naming the unit by code, or nullopt when allowed.
    std::optional<Denial> checkRead(const Principal &p, const QString &unitId);

private:
    QString unitLabel(const QString &unitId);
    QString indicatorSource(const QString &indicatorId);

    Database &m_db;
};
