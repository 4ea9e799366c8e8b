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
    // Checks one row pushed from `device` against the user's role and grants, whatever its
    // clocks: the row as stored (`before`, nullptr for a new row), every field of `incoming` the
    // user writes (not those that repeat or lost to what is stored, see attemptedFields) and the
    // merged result (`out`) must all be writable by the user. A denial names a unit only when the
    // user may read it. Returns a denial, or nullopt when allowed; *attempted gets the fields
    // counted as the user's writes, the only ones whose losses the server may keep.
    std::optional<Denial> checkWrite(const Principal &p, const Visibility &v, const QString &device,
                                     const SyncRow *before, const SyncRow &incoming, const Merge::Outcome &out,
                                     QStringList *attempted);
    // Checks that the user may read the unit `unitId` (its subtree is in a granted one). Returns
    // a denial naming the unit by code, or nullopt when allowed.
    std::optional<Denial> checkRead(const Principal &p, const QString &unitId);
    // The message of a read denial for the unit `unitCode` (also for a code that does not exist).
    static QString noGrantMessage(const Principal &p, const QString &unitCode);

private:
    QString unitLabel(const QString &unitId);
    // The rules for a unit's report for a round (unit_reports, report_sections, goal_assessments)
    // once the grant is checked; `shown` is the unit as a denial may name it.
    std::optional<Denial> checkRoundWrite(const Principal &p, const SyncRow *before, const SyncRow &incoming,
                                          const SyncRow &after, const QStringList &fields, bool controllerSection,
                                          const QString &shown);

    Database &m_db;
};
