#pragma once
#include <QString>
#include <QStringList>
#include <QUuid>

// Row identities. Rows with a natural key get a deterministic UUID (v5 of the key), so two
// devices that create the same record offline merge instead of duplicating.
namespace Ids {
// The UUID v5 of the key parts joined with '/', prefixed by the table name.
QString natural(const QString &table, const QStringList &keyParts);
// A fresh random UUID (v4) for rows without a natural key (actions, APT meetings).
QString random();

QString unit(const QString &code);
QString goal(const QString &code);
QString indicator(const QString &code);
QString target(const QString &indicatorId, const QString &unitId, int year);
QString indicatorValue(const QString &indicatorId, const QString &unitId, const QString &period);
QString sickLeave(const QString &unitId, const QString &month);
QString budget(const QString &unitId, const QString &month, const QString &category);
QString comment(const QString &unitId, const QString &period, const QString &area,
                const QString &kind, const QString &ref);
} // namespace Ids
