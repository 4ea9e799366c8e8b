#include "httproutes.h"
#include "httprounds.h"

#include "access.h"
#include "followup.h"
#include "gzip.h"
#include "migrations.h"
#include "protocol.h"
#include "report.h"
#include "reportexport.h"
#include "rounds.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>

Q_LOGGING_CATEGORY(lcHttp, "enhetspuls.http")

using Response = HttpApi::Response;

namespace HttpRoutes {
namespace {
const QString kApiPrefix = QStringLiteral("/api/v1/");

// GET /health: up, and which API, schema and epoch.
Response health(Call &call)
{
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("api"), SyncProtocol::apiVersion},
                                 {QStringLiteral("schema"), Migrations::latestVersion()},
                                 {QStringLiteral("epoch"), call.sync.epoch()}});
}

// POST /login {"user","password","device"?}: a token, or 401/429.
Response login(Call &call)
{
    const QJsonValue user = call.body.value(QStringLiteral("user"));
    const QJsonValue password = call.body.value(QStringLiteral("password"));
    const QJsonValue device = call.body.value(QStringLiteral("device"));
    if (!user.isString() || !password.isString())
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("login needs \"user\" and \"password\" strings"));
    if (user.toString().trimmed().isEmpty() || user.toString().size() > Auth::maxUserLength
        || password.toString().size() > Auth::maxPasswordLength
        || !(device.isUndefined() || device.isNull() || (device.isString() && device.toString().size() <= Auth::maxDeviceLength)))
        return fail(400, QStringLiteral("bad_request"),
                    QStringLiteral("user must be 1 to %1 characters (not only spaces), password at most %2, device a string of at most %3")
                        .arg(Auth::maxUserLength).arg(Auth::maxPasswordLength).arg(Auth::maxDeviceLength));
    const Auth::LoginResult r = call.auth.login(user.toString(), password.toString(), call.request.remote,
                                                device.toString(), call.config.tokenTtlSeconds);
    if (r.status != 200) {
        Response resp = fail(r.status, r.status == 429 ? QStringLiteral("rate_limited")
                             : r.status == 401 ? QStringLiteral("unauthorized") : QStringLiteral("internal"), r.error);
        if (r.retryAfter > 0)
            resp.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(r.retryAfter)});
        return resp;
    }
    return json(200, QJsonObject{{QStringLiteral("token"), r.token}, {QStringLiteral("expiresAt"), r.expiresAt},
                                 {QStringLiteral("expires"), QDateTime::fromMSecsSinceEpoch(r.expiresAt, Qt::UTC).toString(Qt::ISODate)},
                                 {QStringLiteral("user"), user.toString()}, {QStringLiteral("role"), r.role}});
}

// POST /logout: deletes the token.
Response logout(Call &call)
{
    call.auth.logout(call.token);
    return json(200, QJsonObject{{QStringLiteral("ok"), true}});
}

// POST /sync: one push and pull (SyncService).
Response sync(Call &call)
{
    const ServiceReply reply = call.sync.sync(call.principal, call.body);
    if (reply.status >= 500)
        qCWarning(lcHttp) << "sync failed for" << call.principal.user << reply.body;
    Response resp;
    resp.status = reply.status;
    resp.body = reply.json();
    return resp;
}

// The unit of a code the user may read, else the refusal: 403 for a unit outside the user's
// grants and for an unknown code alike (404 only to whom may read the whole tree).
std::optional<Response> readableUnit(Call &call, FollowUp &followUp, const QString &code, const Unit **unit)
{
    Access access(call.db);
    const Unit *u = followUp.tree().byCode(code);
    if (!u) {
        // Which unit codes exist is told only to whom may read the whole tree; anyone else gets
        // the answer of an ungranted unit.
        const Visibility v = access.visibility(call.principal);
        bool readsAll = v.all;
        if (!readsAll) {
            const QStringList roots = followUp.tree().roots();
            readsAll = !roots.isEmpty()
                && std::all_of(roots.cbegin(), roots.cend(), [&](const QString &id) { return v.units.contains(id); });
        }
        if (readsAll)
            return fail(404, QStringLiteral("not_found"), QStringLiteral("no unit %1").arg(code));
        return fail(403, QStringLiteral("forbidden"), Access::noGrantMessage(call.principal, code),
                    {{QStringLiteral("unit"), code}});
    }
    if (const auto denied = access.checkRead(call.principal, u->id))
        return fail(403, QStringLiteral("forbidden"), denied->message, {{QStringLiteral("unit"), denied->unit}});
    *unit = u;
    return std::nullopt;
}

// GET /report?unit=CODE&year=YYYY[&month=M]: the core report of a unit the user may read.
Response report(Call &call)
{
    QUrlQuery query;
    query.setQueryItems(call.request.query);
    const QString code = query.queryItemValue(QStringLiteral("unit"));
    bool okYear = false, okMonth = true;
    const int year = query.queryItemValue(QStringLiteral("year")).toInt(&okYear);
    const int month = query.hasQueryItem(QStringLiteral("month")) ? query.queryItemValue(QStringLiteral("month")).toInt(&okMonth) : 0;
    if (code.isEmpty() || !okYear || year < 1900 || year > 9999 || !okMonth || month < 0 || month > 12)
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("use /api/v1/report?unit=CODE&year=YYYY[&month=1..12]"));
    FollowUp followUp(call.db);
    const Unit *u = nullptr;
    if (auto refused = readableUnit(call, followUp, code, &u))
        return *refused;
    return json(200, Report::toJson(followUp.figures(u->id, year, month, true)));
}

// GET /export?unit=CODE(&round=ID|&year=YYYY[&month=M])&format=pdf|odt|xlsx|json: the report as a
// document, the same bytes `enhetspuls-server export` writes, grant-checked as /report.
Response exportReport(Call &call)
{
    QUrlQuery query;
    query.setQueryItems(call.request.query);
    const QString usage = QStringLiteral("; use /api/v1/export?unit=CODE&(round=ID|year=YYYY[&month=1..12])&format=pdf|odt|xlsx|json");
    const QString code = query.queryItemValue(QStringLiteral("unit"));
    if (code.isEmpty())
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("unit is missing") + usage,
                    {{QStringLiteral("parameter"), QStringLiteral("unit")}});
    const QString roundId = query.queryItemValue(QStringLiteral("round"));
    const bool byRound = query.hasQueryItem(QStringLiteral("round"));
    if (byRound && (roundId.isEmpty() || query.hasQueryItem(QStringLiteral("year")) || query.hasQueryItem(QStringLiteral("month"))))
        return fail(400, QStringLiteral("bad_request"),
                    QStringLiteral("round needs an id and takes no year or month") + usage,
                    {{QStringLiteral("parameter"), QStringLiteral("round")}});
    bool okYear = byRound;
    const QString yearText = query.queryItemValue(QStringLiteral("year"));
    const int year = byRound ? 2000 : yearText.toInt(&okYear);
    if (!okYear || year < 1900 || year > 2999)
        return fail(400, QStringLiteral("bad_request"),
                    QStringLiteral("year must be a year 1900..2999, not \"%1\"").arg(yearText) + usage,
                    {{QStringLiteral("parameter"), QStringLiteral("year")}});
    bool okMonth = true;
    const QString monthText = query.queryItemValue(QStringLiteral("month"));
    const int month = query.hasQueryItem(QStringLiteral("month")) ? monthText.toInt(&okMonth) : 0;
    if (!okMonth || month < 0 || month > 12)
        return fail(400, QStringLiteral("bad_request"),
                    QStringLiteral("month must be 1..12, not \"%1\"").arg(monthText) + usage,
                    {{QStringLiteral("parameter"), QStringLiteral("month")}});
    const QString formatName = query.queryItemValue(QStringLiteral("format"));
    const auto format = ReportExport::formatFromName(formatName);
    if (!format)
        return fail(400, QStringLiteral("bad_request"),
                    QStringLiteral("format must be pdf, odt, xlsx or json, not \"%1\"").arg(formatName) + usage,
                    {{QStringLiteral("parameter"), QStringLiteral("format")}});
    FollowUp followUp(call.db);
    const Unit *u = nullptr;
    if (auto refused = readableUnit(call, followUp, code, &u))
        return *refused;
    std::optional<Rounds::Round> round;
    if (byRound && !(round = Rounds::round(call.db, roundId)))
        return fail(404, QStringLiteral("not_found"), QStringLiteral("round %1 is not a report round").arg(roundId),
                    {{QStringLiteral("parameter"), QStringLiteral("round")}});
    if (ReportExport::needsGui(*format) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(503, QStringLiteral("unavailable"),
                    QStringLiteral("this server runs without QtGui and cannot lay out a %1").arg(ReportExport::suffix(*format)));
    QString error;
    const auto content = round ? ReportExport::gatherRound(call.db, code, round->id, QDate::currentDate(), &error)
                               : ReportExport::gather(call.db, code, year, month, &error);
    std::optional<QByteArray> bytes;
    if (content) {
        // Documents are laid out with QtGui's fonts and text layout: one at a time.
        static QMutex renderMutex;
        const QMutexLocker lock(&renderMutex);
        bytes = ReportExport::render(*content, *format, &error);
    }
    if (!bytes) {
        qCWarning(lcHttp) << "export failed for" << call.principal.user << code << error;
        return fail(500, QStringLiteral("internal"), QStringLiteral("the export failed: %1").arg(error));
    }
    const QString fileName = ReportExport::fileName(*content, *format);
    Response resp;
    resp.status = 200;
    resp.body = *bytes;
    resp.contentType = ReportExport::mimeType(*format);
    resp.headers.append({QByteArrayLiteral("Content-Disposition"),
                         QStringLiteral("attachment; filename=\"%1\"").arg(fileName).toLatin1()});
    return resp;
}
} // namespace

const QList<Route> &routes()
{
    static const QList<Route> table{
        {QByteArrayLiteral("GET"), kApiPrefix + QStringLiteral("health"), Token::None, Body::None, health},
        {QByteArrayLiteral("POST"), kApiPrefix + QStringLiteral("login"), Token::None, Body::Object, login},
        {QByteArrayLiteral("POST"), kApiPrefix + QStringLiteral("logout"), Token::Bearer, Body::ObjectOrEmpty, logout},
        {QByteArrayLiteral("POST"), kApiPrefix + QStringLiteral("sync"), Token::Bearer, Body::Object, sync},
        {QByteArrayLiteral("GET"), kApiPrefix + QStringLiteral("report"), Token::Bearer, Body::None, report},
        {QByteArrayLiteral("GET"), kApiPrefix + QStringLiteral("export"), Token::Bearer, Body::None, exportReport},
        {QByteArrayLiteral("POST"), kApiPrefix + QStringLiteral("rounds"), Token::Bearer, Body::Object, createRound},
        {QByteArrayLiteral("GET"), kApiPrefix + QStringLiteral("rounds"), Token::Bearer, Body::None, listRounds},
    };
    return table;
}

Response json(int status, const QJsonObject &body)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

Response fail(int status, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), code);
    body.insert(QStringLiteral("message"), message);
    return json(status, body);
}

Response notFound(const QString &path)
{
    return fail(404, QStringLiteral("not_found"),
                path.startsWith(kApiPrefix) ? QStringLiteral("no endpoint %1").arg(path)
                                            : QStringLiteral("no endpoint %1; the API is under /api/v1").arg(path));
}

Response methodNotAllowed(const QString &path, const QList<QByteArray> &allowed)
{
    QStringList methods;
    for (const QByteArray &m : allowed)
        methods << QString::fromLatin1(m);
    Response resp = fail(405, QStringLiteral("method_not_allowed"),
                         QStringLiteral("use %1 %2").arg(methods.join(QStringLiteral(" or ")), path));
    resp.headers.append({QByteArrayLiteral("Allow"), methods.join(QStringLiteral(", ")).toLatin1()});
    return resp;
}

std::optional<Response> authenticate(Call &call)
{
    const QByteArray h = call.request.headers.value("authorization");
    call.token = h.startsWith("Bearer ") ? QString::fromLatin1(h.mid(7).trimmed()) : QString();
    QString error;
    const std::optional<Principal> principal = call.auth.authenticate(call.token, &error);
    if (!principal) {
        Response resp = fail(401, QStringLiteral("unauthorized"), error);
        resp.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return resp;
    }
    call.principal = *principal;
    return std::nullopt;
}

const Route *find(const HttpApi::Request &request, std::optional<Response> *refused)
{
    QList<QByteArray> allowed; // the methods of the path, when none is this one
    for (const Route &r : routes()) {
        if (r.path != request.path)
            continue;
        if (r.method == request.method)
            return &r;
        allowed << r.method;
    }
    *refused = allowed.isEmpty() ? notFound(request.path) : methodNotAllowed(request.path, allowed);
    return nullptr;
}

qint64 bodyLimit(const Route &route, const HttpConfig &config)
{
    return route.token == Token::Bearer && route.body != Body::None ? config.maxBodyBytes
                                                                    : qMin(kSmallBodyBytes, config.maxBodyBytes);
}

namespace {
Response tooLarge(qint64 size, qint64 limit)
{
    return fail(413, QStringLiteral("body_too_large"),
                QStringLiteral("request body of %1 bytes exceeds the limit of %2 bytes").arg(size).arg(limit));
}
} // namespace

std::optional<Response> checkHead(const HttpApi::Request &head, qint64 bodyLength, const HttpConfig &config)
{
    std::optional<Response> refused;
    const Route *route = find(head, &refused);
    if (!route)
        return refused;
    if (route->token == Token::Bearer && !head.headers.value("authorization").startsWith("Bearer ")) {
        Response resp = fail(401, QStringLiteral("unauthorized"), QStringLiteral("this request needs a token (Authorization: Bearer)"));
        resp.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return resp;
    }
    if (bodyLength > bodyLimit(*route, config))
        return tooLarge(bodyLength, bodyLimit(*route, config));
    return std::nullopt;
}

std::optional<Response> readJsonBody(Call &call, const Route &route)
{
    const HttpApi::Request &r = call.request;
    const bool emptyAllowed = route.body == Body::ObjectOrEmpty;
    const qint64 limit = bodyLimit(route, call.config);
    if (r.body.size() > limit)
        return tooLarge(r.body.size(), limit);
    QByteArray raw = r.body;
    if (r.headers.value("content-encoding").contains("gzip")) {
        const auto inflated = Gzip::decompress(raw, SyncProtocol::maxInflatedBytes);
        if (!inflated)
            return fail(400, QStringLiteral("bad_encoding"),
                        QStringLiteral("the gzip body is corrupt, has bytes after its end or inflates beyond %1 bytes").arg(SyncProtocol::maxInflatedBytes));
        raw = *inflated;
    }
    call.body = QJsonObject();
    if (emptyAllowed && raw.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &perr);
    if (perr.error != QJsonParseError::NoError)
        return fail(400, QStringLiteral("malformed_json"),
                    QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(perr.errorString()).arg(perr.offset));
    if (!doc.isObject())
        return fail(400, QStringLiteral("malformed_json"), QStringLiteral("the body must be a JSON object"));
    call.body = doc.object();
    return std::nullopt;
}

} // namespace HttpRoutes
