#include "meta.h"

#include "database.h"
#include "format.h"

#include <QSqlQuery>

QHash<QString, QString> Meta::goalNames(Database &db)
{
    QHash<QString, QString> out;
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT id, name FROM goals WHERE _deleted = 0"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QSet<QString> Meta::manualIndicators(Database &db)
{
    QSet<QString> out;
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT id, source FROM indicators WHERE _deleted = 0"));
    while (q.next()) {
        const QString s = Fmt::key(q.value(1).toString());
        if (s.startsWith(QStringLiteral("manu")))
            out.insert(q.value(0).toString());
    }
    return out;
}

QString Meta::sickLeaveIndicator(Database &db)
{
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT id, source, code FROM indicators WHERE _deleted = 0"));
    QString byCode;
    while (q.next()) {
        const QString s = Fmt::key(q.value(1).toString());
        if (s.startsWith(QStringLiteral("sjuk")))
            return q.value(0).toString();
        if (q.value(2).toString() == QStringLiteral("SJUK"))
            byCode = q.value(0).toString();
    }
    return byCode;
}
