#pragma once
// The follow-up records the sync benchmarks move: one unit (VO-HTN) and N comments on it, the
// same for bench_sync and for bench_peer (which also loads them into the peer's server).
#include "database.h"
#include "hlc.h"
#include "ids.h"
#include "store.h"

#include <QString>
#include <functional>

namespace TestSupport {

struct BenchRecord
{
    QString id;
    QString period;
    QString body;
};

inline QString benchUnitId() { return Ids::unit(QStringLiteral("VO-HTN")); }

// Record i (its id is random).
inline BenchRecord benchRecord(int i)
{
    return {Ids::random(), QStringLiteral("2026-%1").arg(1 + i % 12, 2, 10, QLatin1Char('0')),
            QStringLiteral("Sjukfrånvaron minskar efter arbetet med schemat, rad %1").arg(i)};
}

// The fields of a record as the comments table has them.
inline QVariantMap benchFields(const BenchRecord &r)
{
    return {{QStringLiteral("unit_id"), benchUnitId()}, {QStringLiteral("period"), r.period},
            {QStringLiteral("area"), QStringLiteral("mal")}, {QStringLiteral("kind"), QStringLiteral("kommentar")},
            {QStringLiteral("body"), r.body}};
}

// Writes the unit and records 0..n-1 (made by `record`, one at a time: a million need not be
// held) into a server database directly, in one transaction.
inline bool seedServer(const QString &spec, int n, const std::function<BenchRecord(int)> &record, QString *error)
{
    auto db = Database::open(spec, error);
    if (!db)
        return false;
    Store store(*db, Store::Role::Server);
    HlcClock clock(QStringLiteral("import"));
    if (!store.begin(error))
        return false;
    store.write(QStringLiteral("units"), benchUnitId(),
                {{QStringLiteral("code"), QStringLiteral("VO-HTN")}, {QStringLiteral("name"), QStringLiteral("Hemtjänst Norr")}},
                clock.now(), error);
    for (int i = 0; i < n; ++i) {
        const BenchRecord r = record(i);
        store.write(QStringLiteral("comments"), r.id, benchFields(r), clock.now(), error);
    }
    return store.commit(error);
}
} // namespace TestSupport
