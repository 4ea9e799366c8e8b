#pragma once
#include "auth.h"
#include "httpapi.h"

#include <QJsonObject>
#include <optional>

class Database;
class SyncService;

// The endpoints of /api/v1 as a route table: one small handler per path and method, with what
// the route needs checked before its handler runs (a bearer token, a JSON-object body). Knows
// nothing of QHttpServer; HttpApi dispatches to it.
namespace HttpRoutes {

// One request on its way to a handler: the request, the server's settings, this thread's
// services and what the route's checks established.
struct Call
{
    const HttpApi::Request &request;
    const HttpConfig &config;
    Database &db;
    Auth &auth;
    SyncService &sync;
    QString token;       // the bearer token, on routes that need one
    Principal principal; // its user, on routes that need a token
    QJsonObject body;    // the request body, on routes that take one
};

using Handler = HttpApi::Response (*)(Call &call);

// Whether a route needs `Authorization: Bearer TOKEN`.
enum class Token { None, Bearer };
// Whether a route takes a body: none (not read), a JSON object, or a JSON object or nothing.
enum class Body { None, Object, ObjectOrEmpty };

// One endpoint and method.
struct Route
{
    QByteArray method;
    QString path;
    Token token;
    Body body;
    Handler handler;
};

// Every route of the API.
const QList<Route> &routes();

// The route of the request's method and path; else nullptr and *refused is the 404 (unknown
// path) or the 405 (another method).
const Route *find(const HttpApi::Request &request, std::optional<HttpApi::Response> *refused);
// The largest body a route takes: HttpConfig::maxBodyBytes on a route that needs a token and
// reads a body, kSmallBodyBytes on the others (login, health, report), so that a client with no
// account cannot make the server hold more than that per connection.
constexpr qint64 kSmallBodyBytes = 64 * 1024;
qint64 bodyLimit(const Route &route, const HttpConfig &config);
// What can be refused from the request line and headers alone, before the body is read: an
// unknown path or method (404, 405), a route that needs a token and has no
// `Authorization: Bearer` header (401; the token itself is checked with the body), a body
// larger than the route takes (413). The listener asks this before it buffers any body (and
// before a 100 Continue); handle() checks the same again for requests made in process.
std::optional<HttpApi::Response> checkHead(const HttpApi::Request &head, qint64 bodyLength, const HttpConfig &config);

// A JSON response.
HttpApi::Response json(int status, const QJsonObject &body);
// An error response: {"error": code, "message": message} plus `extra`.
HttpApi::Response fail(int status, const QString &code, const QString &message, const QJsonObject &extra = {});
// The 404 for a path no route has.
HttpApi::Response notFound(const QString &path);
// The 405 for a known path and another method, with an Allow header.
HttpApi::Response methodNotAllowed(const QString &path, const QList<QByteArray> &allowed);

// The bearer-token check: sets call.token and call.principal, or returns the 401.
std::optional<HttpApi::Response> authenticate(Call &call);
// Reads the body into call.body: size limit (bodyLimit), gzip (with the inflated limit), a JSON
// object (an empty body is an empty object when the route's body is ObjectOrEmpty). Returns the
// 4xx when it fails.
std::optional<HttpApi::Response> readJsonBody(Call &call, const Route &route);

} // namespace HttpRoutes
