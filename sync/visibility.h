#pragma once
#include "rows.h"

#include <QJsonObject>
#include <QSet>

// Which rows a user may read: everything (admin), or the units of their granted subtrees
// plus the ancestors of the granted units (whose unit rows, goals and targets are readable so
// that names and inherited targets work). Indicators are global reference data.
struct Visibility
{
    bool all = false;
    QSet<QString> units;     // granted subtrees
    QSet<QString> ancestors; // above the granted units

    bool canRead(const SyncRow &row) const { return canRead(row.table, row.unitId()); }
    bool canRead(const QString &table, const QString &unitId) const;
    // A fingerprint that changes whenever the readable set changes.
    qint64 fingerprint() const;
    QJsonObject toJson() const;
    static Visibility fromJson(const QJsonObject &o);
};
