#include "httprounds.h"

#include "audit.h"

#include "database.h"
#include "hlc.h"
#include "ids.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

ServerRounds::Outcome ServerRounds::create(Database &db, Rounds::Round &r, const QString &by, const QString &device,
                                           QString *error, QString *field)
{
    if (!Rounds::validate(r, error)) {
        *field = error->section(QLatin1Char(':'), 0, 0);
        return Outcome::Invalid;
    }
    for (const Rounds::Round &other : Rounds::all(db)) {
        if (other.name.compare(r.name, Qt::CaseInsensitive) == 0 && other.year == r.year) {
            *field = QStringLiteral("name");
            *error = QStringLiteral("name: a round \"%1\" for %2 exists already (%3)").arg(r.name).arg(r.year).arg(other.id);
            return Outcome::Duplicate;
        }
    }
    r.id = Ids::random();
    r.createdBy = by;
    const QVariantMap fields{{QStringLiteral("name"), r.name},
                             {QStringLiteral("year"), r.year},
                             {QStringLiteral("month_from"), r.monthFrom},
                             {QStringLiteral("month_to"), r.monthTo},
                             {QStringLiteral("deadline"), r.deadline.toString(Qt::ISODate)},
                             {QStringLiteral("sections"), r.sections.join(QLatin1Char(','))},
                             {QStringLiteral("created_by"), by}};
    Store store(db, Store::Role::Server);
    HlcClock clock(device);
    const Hlc stamp = clock.now();
    if (!store.begin(error))
        return Outcome::Failed;
    bool written = store.write(QStringLiteral("report_rounds"), r.id, fields, stamp, error);
    // In the audit trail like a pushed change: one entry per field, by the operator.
    QSqlQuery audit(db.db());
    audit.prepare(Audit::insertSql());
    for (auto it = fields.cbegin(); written && it != fields.cend(); ++it) {
        written = Audit::add(audit, {QDateTime::currentMSecsSinceEpoch(), by, device, QStringLiteral("report_rounds"), r.id,
                                     it.key(), QString(), it.value().toString(), stamp.toString()});
        if (!written)
            *error = audit.lastError().text();
    }
    if (!written) {
        store.rollback();
        return Outcome::Failed;
    }
    if (!store.commit(error))
        return Outcome::Failed;
    return Outcome::Created;
}

namespace HttpRoutes {
namespace {
QJsonObject roundJson(const Rounds::Round &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("year"), r.year},
                       {QStringLiteral("from"), r.monthFrom},
                       {QStringLiteral("to"), r.monthTo},
                       {QStringLiteral("deadline"), r.deadline.toString(Qt::ISODate)},
                       {QStringLiteral("sections"), QJsonArray::fromStringList(r.sections)},
                       {QStringLiteral("createdBy"), r.createdBy}};
}

HttpApi::Response badField(const QString &field, const QString &message)
{
    return fail(400, QStringLiteral("bad_request"), message, {{QStringLiteral("field"), field}});
}
} // namespace

HttpApi::Response createRound(Call &call)
{
    const QString role = call.principal.role;
    if (role != QLatin1String("controller") && role != QLatin1String("admin"))
        return fail(403, QStringLiteral("forbidden"),
                    QStringLiteral("only a controller or an admin opens report rounds, not a %1").arg(role));
    const QJsonObject &b = call.body;
    Rounds::Round r;
    const QJsonValue name = b.value(QStringLiteral("name"));
    if (!name.isString())
        return badField(QStringLiteral("name"), QStringLiteral("name: a string is needed"));
    r.name = name.toString().trimmed();
    for (const auto &[key, target] : {std::pair<QString, int *>{QStringLiteral("year"), &r.year},
                                      {QStringLiteral("from"), &r.monthFrom},
                                      {QStringLiteral("to"), &r.monthTo}}) {
        const QJsonValue v = b.value(key);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return badField(key, QStringLiteral("%1: a whole number is needed").arg(key));
        *target = v.toInt();
    }
    const QJsonValue deadline = b.value(QStringLiteral("deadline"));
    r.deadline = QDate::fromString(deadline.toString(), Qt::ISODate);
    if (!deadline.isString() || !r.deadline.isValid())
        return badField(QStringLiteral("deadline"), QStringLiteral("deadline: not a date (YYYY-MM-DD)"));
    const QJsonValue sections = b.value(QStringLiteral("sections"));
    QString text;
    if (sections.isArray()) {
        QStringList keys;
        for (const QJsonValue &s : sections.toArray()) {
            if (!s.isString())
                return badField(QStringLiteral("sections"), QStringLiteral("sections: a list of section keys is needed"));
            keys << s.toString();
        }
        if (keys.isEmpty())
            return badField(QStringLiteral("sections"), QStringLiteral("sections: a round asks for at least one section"));
        text = keys.join(QLatin1Char(','));
    } else if (sections.isString()) {
        text = sections.toString();
    } else if (!sections.isUndefined() && !sections.isNull()) {
        return badField(QStringLiteral("sections"), QStringLiteral("sections: a list of section keys is needed"));
    }
    QString error, field;
    const std::optional<QStringList> keys = Rounds::parseSections(text, &error);
    if (!keys)
        return badField(QStringLiteral("sections"), QStringLiteral("sections: ") + error);
    r.sections = *keys;
    switch (ServerRounds::create(call.db, r, call.principal.user, QStringLiteral("http"), &error, &field)) {
    case ServerRounds::Outcome::Created:
        return json(201, roundJson(r));
    case ServerRounds::Outcome::Invalid:
        return badField(field, error);
    case ServerRounds::Outcome::Duplicate:
        return fail(409, QStringLiteral("conflict"), error, {{QStringLiteral("field"), field}});
    case ServerRounds::Outcome::Failed:
        break;
    }
    return fail(500, QStringLiteral("internal"), QStringLiteral("the round was not written: %1").arg(error));
}

HttpApi::Response listRounds(Call &call)
{
    QJsonArray list;
    for (const Rounds::Round &r : Rounds::all(call.db))
        list.append(roundJson(r));
    return json(200, QJsonObject{{QStringLiteral("rounds"), list}});
}
} // namespace HttpRoutes
