#include "ids.h"

namespace {
// Fixed namespace for Enhetspuls natural keys. Never change: ids are persisted and synced.
const QUuid kNamespace(QStringLiteral("{6f1c2a57-3b0e-4c8e-9d6a-2f4b8e1a7c33}"));
}

QString Ids::natural(const QString &table, const QStringList &keyParts)
{
    const QString key = table + QLatin1Char(':') + keyParts.join(QLatin1Char('/'));
    return QUuid::createUuidV5(kNamespace, key).toString(QUuid::WithoutBraces);
}

QString Ids::random()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Ids::unit(const QString &code) { return natural(QStringLiteral("units"), {code}); }
QString Ids::goal(const QString &code) { return natural(QStringLiteral("goals"), {code}); }
QString Ids::indicator(const QString &code) { return natural(QStringLiteral("indicators"), {code}); }

QString Ids::target(const QString &indicatorId, const QString &unitId, int year)
{
    return natural(QStringLiteral("targets"), {indicatorId, unitId, QString::number(year)});
}

QString Ids::indicatorValue(const QString &indicatorId, const QString &unitId, const QString &period)
{
    return natural(QStringLiteral("indicator_values"), {indicatorId, unitId, period});
}

QString Ids::sickLeave(const QString &unitId, const QString &month)
{
    return natural(QStringLiteral("sick_leave"), {unitId, month});
}

QString Ids::budget(const QString &unitId, const QString &month, const QString &category)
{
    return natural(QStringLiteral("budget"), {unitId, month, category});
}

QString Ids::comment(const QString &unitId, const QString &period, const QString &area,
                     const QString &kind, const QString &ref)
{
    return natural(QStringLiteral("comments"), {unitId, period, area, kind, ref});
}
