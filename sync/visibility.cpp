#include "visibility.h"

#include <QCryptographicHash>
#include <QJsonArray>

bool Visibility::canRead(const QString &table, const QString &unitId) const
{
    if (all || Schema::isGlobal(table))
        return true;
    const bool organisational = table == QLatin1String("units") || table == QLatin1String("goals")
        || table == QLatin1String("targets");
    if (organisational)
        return unitId.isEmpty() || units.contains(unitId) || ancestors.contains(unitId);
    return units.contains(unitId);
}

qint64 Visibility::fingerprint() const
{
    if (all)
        return 1;
    QStringList a = units.values();
    QStringList b = ancestors.values();
    a.sort();
    b.sort();
    const QByteArray digest = QCryptographicHash::hash(
        (a.join(QLatin1Char(',')) + QLatin1Char('|') + b.join(QLatin1Char(','))).toUtf8(),
        QCryptographicHash::Sha1);
    qint64 v = 0;
    for (int i = 0; i < 7; ++i)
        v = (v << 8) | quint8(digest.at(i));
    return v + 2;
}

QJsonObject Visibility::toJson() const
{
    QStringList a = units.values();
    QStringList b = ancestors.values();
    a.sort();
    b.sort();
    return QJsonObject{{QStringLiteral("all"), all}, {QStringLiteral("units"), QJsonArray::fromStringList(a)},
                       {QStringLiteral("ancestors"), QJsonArray::fromStringList(b)}};
}

Visibility Visibility::fromJson(const QJsonObject &o)
{
    Visibility v;
    v.all = o.value(QStringLiteral("all")).toBool();
    for (const QJsonValue &u : o.value(QStringLiteral("units")).toArray())
        v.units.insert(u.toString());
    for (const QJsonValue &u : o.value(QStringLiteral("ancestors")).toArray())
        v.ancestors.insert(u.toString());
    return v;
}
