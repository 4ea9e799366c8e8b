// In-process tests of the server's HTTP layer: an HttpApi over a temporary SQLite database, called
// through HttpApi::handle() without sockets. Routing (404, 405 with Allow), the bearer-token check,
// the shared JSON-body reader (gzip, size limits, JSON that is not an object) and each handler.
#include "access.h"
#include "auth.h"
#include "database.h"
#include "gzip.h"
#include "httpapi.h"
#include "httproutes.h"
#include "ids.h"
#include "migrations.h"
#include "protocol.h"
#include "sync/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QtConcurrent>
#include <QtTest>

using namespace TestSupport;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {
const QString kPassword = QStringLiteral("hemligt-lösen-1");
const QString kUnits = QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo/units.csv");

QByteArray loginBody(const QString &user, const QString &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}})
        .toJson(QJsonDocument::Compact);
}

QByteArray syncBody(const QString &device)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("schema"), 5},
                                     {QStringLiteral("cursor"), QString()}, {QStringLiteral("mutations"), QJsonArray()}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject bodyOf(const HttpApi::Response &r) { return QJsonDocument::fromJson(r.body).object(); }
QString errorOf(const HttpApi::Response &r) { return bodyOf(r).value(QStringLiteral("error")).toString(); }

QByteArray headerOf(const HttpApi::Response &r, const QByteArray &name)
{
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}
} // namespace

class TstHttpHandlers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_spec;
    std::unique_ptr<HttpApi> m_api;
    QString m_miaToken;

    // A login from `remote` (the rate limit counts per address; each test of it has its own).
    HttpApi::Response loginFrom(const QString &remote, const QByteArray &body)
    {
        HttpApi::Request r;
        r.method = "POST";
        r.path = QStringLiteral("/api/v1/login");
        r.body = body;
        r.remote = remote;
        return m_api->handle(r);
    }

    // One request as HttpApi::start() would pass it on; `target` may carry a query string.
    static HttpApi::Response call(HttpApi &api, const QByteArray &method, const QString &target, const QByteArray &body = {},
                                  const QString &token = {}, const Headers &headers = {})
    {
        HttpApi::Request r;
        r.method = method;
        const qsizetype q = target.indexOf(QLatin1Char('?'));
        r.path = q < 0 ? target : target.left(q);
        if (q >= 0)
            r.query = QUrlQuery(target.mid(q + 1)).queryItems(QUrl::FullyDecoded);
        r.body = body;
        if (!token.isEmpty())
            r.headers.insert("authorization", "Bearer " + token.toLatin1());
        for (const auto &h : headers)
            r.headers.insert(h.first.toLower(), h.second);
        r.remote = QStringLiteral("127.0.0.1");
        return api.handle(r);
    }
    HttpApi::Response call(const QByteArray &method, const QString &target, const QByteArray &body = {},
                           const QString &token = {}, const Headers &headers = {})
    {
        return call(*m_api, method, target, body, token, headers);
    }
    QString tokenFor(const QString &user)
    {
        return bodyOf(call("POST", QStringLiteral("/api/v1/login"), loginBody(user, kPassword)))
            .value(QStringLiteral("token")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
        // The unit tree of the demo data, a manager of VO and an admin, as an operator would set them up.
        QVERIFY(runCli({QStringLiteral("import"), QStringLiteral("--db"), m_spec, QStringLiteral("units"), kUnits}));
        QVERIFY(addUser(m_spec, QStringLiteral("mia"), QStringLiteral("enhetschef"), {QStringLiteral("VO")}, kPassword));
        QVERIFY(addUser(m_spec, QStringLiteral("admin"), QStringLiteral("admin"), {}, kPassword));
        QVERIFY(addUser(m_spec, QStringLiteral("cora"), QStringLiteral("controller"), {QStringLiteral("SOC")}, kPassword));
        HttpConfig config;
        config.dbSpec = m_spec;
        m_api = std::make_unique<HttpApi>(config);
        m_miaToken = tokenFor(QStringLiteral("mia"));
        QVERIFY(!m_miaToken.isEmpty());
    }

    void health()
    {
        const HttpApi::Response r = call("GET", QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        const QJsonObject o = bodyOf(r);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QStringLiteral("api")).toInt(), SyncProtocol::apiVersion);
        QCOMPARE(o.value(QStringLiteral("schema")).toInt(), Migrations::latestVersion());
        QVERIFY(!o.value(QStringLiteral("epoch")).toString().isEmpty());
    }

    void routing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("unknown endpoint") << QByteArray("GET") << QStringLiteral("/api/v1/nope") << 404 << QStringLiteral("not_found") << QByteArray();
        QTest::newRow("outside the API") << QByteArray("GET") << QStringLiteral("/health") << 404 << QStringLiteral("not_found") << QByteArray();
        QTest::newRow("below an endpoint") << QByteArray("GET") << QStringLiteral("/api/v1/health/x") << 404 << QStringLiteral("not_found") << QByteArray();
        QTest::newRow("POST health") << QByteArray("POST") << QStringLiteral("/api/v1/health") << 405 << QStringLiteral("method_not_allowed") << QByteArray("GET");
        QTest::newRow("GET login") << QByteArray("GET") << QStringLiteral("/api/v1/login") << 405 << QStringLiteral("method_not_allowed") << QByteArray("POST");
        QTest::newRow("GET logout") << QByteArray("GET") << QStringLiteral("/api/v1/logout") << 405 << QStringLiteral("method_not_allowed") << QByteArray("POST");
        QTest::newRow("PUT sync") << QByteArray("PUT") << QStringLiteral("/api/v1/sync") << 405 << QStringLiteral("method_not_allowed") << QByteArray("POST");
        QTest::newRow("POST report") << QByteArray("POST") << QStringLiteral("/api/v1/report") << 405 << QStringLiteral("method_not_allowed") << QByteArray("GET");
        QTest::newRow("DELETE report") << QByteArray("DELETE") << QStringLiteral("/api/v1/report") << 405 << QStringLiteral("method_not_allowed") << QByteArray("GET");
    }

    // Routing comes first: no token is needed to learn that a path or method is wrong.
    void routing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QByteArray, allow);
        const HttpApi::Response r = call(method, path, "{}");
        QCOMPARE(r.status, status);
        QCOMPARE(errorOf(r), error);
        QCOMPARE(headerOf(r, "Allow"), allow);
        const QString message = bodyOf(r).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        if (!allow.isEmpty())
            QVERIFY2(message.contains(QString::fromLatin1(allow)), qPrintable(message));
    }

    void login_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("right password") << loginBody(QStringLiteral("mia"), kPassword) << QByteArray() << 200 << QString();
        QTest::newRow("gzip body") << Gzip::compress(loginBody(QStringLiteral("mia"), kPassword)) << QByteArray("gzip") << 200 << QString();
        QTest::newRow("wrong password") << loginBody(QStringLiteral("mia"), QStringLiteral("fel")) << QByteArray() << 401 << QStringLiteral("unauthorized");
        QTest::newRow("unknown user") << loginBody(QStringLiteral("nobody"), kPassword) << QByteArray() << 401 << QStringLiteral("unauthorized");
        QTest::newRow("malformed json") << QByteArray("{\"user\":") << QByteArray() << 400 << QStringLiteral("malformed_json");
        QTest::newRow("empty body") << QByteArray() << QByteArray() << 400 << QStringLiteral("malformed_json");
        QTest::newRow("json but not an object") << QByteArray("[\"mia\"]") << QByteArray() << 400 << QStringLiteral("malformed_json");
        QTest::newRow("no password") << QByteArray("{\"user\":\"mia\"}") << QByteArray() << 400 << QStringLiteral("bad_request");
        QTest::newRow("corrupt gzip") << QByteArray("not gzip at all") << QByteArray("gzip") << 400 << QStringLiteral("bad_encoding");
        QTest::newRow("gzip of bad json") << Gzip::compress("{oops") << QByteArray("gzip") << 400 << QStringLiteral("malformed_json");
    }

    // What a login takes is bounded before anything is looked up or hashed.
    void loginLimits_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        const QString pw = kPassword;
        auto body = [](const QJsonValue &user, const QJsonValue &password, const QJsonValue &device = QJsonValue::Undefined) {
            QJsonObject o{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
            if (!device.isUndefined())
                o.insert(QStringLiteral("device"), device);
            return o;
        };
        QTest::newRow("user of 101 characters") << body(QString(101, QLatin1Char('u')), pw) << 400;
        // Over the 64 KiB a route without a token takes: refused on its size, before it is parsed.
        QTest::newRow("user of 4 M characters") << body(QString(4 << 20, QLatin1Char('u')), pw) << 413;
        QTest::newRow("user of spaces") << body(QStringLiteral("   "), pw) << 400;
        QTest::newRow("empty user") << body(QString(), pw) << 400;
        QTest::newRow("password of 1025 characters") << body(QStringLiteral("mia"), QString(1025, QLatin1Char('p'))) << 400;
        QTest::newRow("device of 101 characters") << body(QStringLiteral("mia"), pw, QString(101, QLatin1Char('d'))) << 400;
        QTest::newRow("device not a string") << body(QStringLiteral("mia"), pw, 7) << 400;
        QTest::newRow("user of 100 characters, unknown") << body(QString(100, QLatin1Char('u')), pw) << 401;
        QTest::newRow("device of 100 characters") << body(QStringLiteral("mia"), pw, QString(100, QLatin1Char('d'))) << 200;
    }
    void loginLimits()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        const int keysBefore = Auth::trackedLoginKeys();
        const HttpApi::Response r = loginFrom(QStringLiteral("127.0.0.5"), QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, status);
        if (status == 400) {
            QCOMPARE(errorOf(r), QStringLiteral("bad_request"));
            QCOMPARE(Auth::trackedLoginKeys(), keysBefore); // refused before the rate limit saw it
        }
    }

    // Parallel wrong passwords cannot pass the per-user limit: each attempt is counted before
    // its password is hashed.
    void parallelWrongPasswordsStayWithinTheLimit()
    {
        QVERIFY(addUser(m_spec, QStringLiteral("pia"), QStringLiteral("enhetschef"), {QStringLiteral("VO")}, kPassword));
        const QList<int> attempts(40, 0);
        const QList<int> statuses = QtConcurrent::blockingMapped(attempts, [this](int) {
            return loginFrom(QStringLiteral("127.0.0.2"), loginBody(QStringLiteral("pia"), QStringLiteral("fel lösenord"))).status;
        });
        QCOMPARE(statuses.count(401), Auth::maxFailuresPerUser);
        QCOMPARE(statuses.count(429), 40 - Auth::maxFailuresPerUser);
        // And the right password is refused too until the window has passed.
        QCOMPARE(loginFrom(QStringLiteral("127.0.0.6"), loginBody(QStringLiteral("pia"), kPassword)).status, 429);
    }

    // Refused attempts add nothing to the rate limiter, whatever the user names sprayed.
    void refusedLoginsAddNoState()
    {
        const int before = Auth::trackedLoginKeys();
        for (int i = 0; i < Auth::maxFailuresPerAddress; ++i)
            QCOMPARE(loginFrom(QStringLiteral("127.0.0.3"), loginBody(QStringLiteral("spray%1").arg(i), kPassword)).status, 401);
        QCOMPARE(Auth::trackedLoginKeys(), before + Auth::maxFailuresPerAddress + 1);
        for (int i = 0; i < 500; ++i)
            QCOMPARE(loginFrom(QStringLiteral("127.0.0.3"), loginBody(QStringLiteral("more%1").arg(i), kPassword)).status, 429);
        QCOMPARE(Auth::trackedLoginKeys(), before + Auth::maxFailuresPerAddress + 1);
    }

    // An unknown user is refused after the same Argon2 check as a wrong password (against a
    // dummy hash), so the time of the answer does not tell which users exist.
    void unknownUserCostsAPasswordCheck()
    {
        QVERIFY(addUser(m_spec, QStringLiteral("tim"), QStringLiteral("enhetschef"), {QStringLiteral("VO")}, kPassword));
        const qint64 before = Auth::passwordChecks();
        QCOMPARE(loginFrom(QStringLiteral("127.0.0.7"), loginBody(QStringLiteral("tim"), QStringLiteral("inte rätt"))).status, 401);
        QCOMPARE(Auth::passwordChecks(), before + 1);
        QCOMPARE(loginFrom(QStringLiteral("127.0.0.8"), loginBody(QStringLiteral("nobody-at-all"), QStringLiteral("inte rätt"))).status, 401);
        QCOMPARE(Auth::passwordChecks(), before + 2);
    }

    void login()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, encoding);
        QFETCH(int, status);
        QFETCH(QString, error);
        Headers headers;
        if (!encoding.isEmpty())
            headers << qMakePair(QByteArray("Content-Encoding"), encoding);
        const HttpApi::Response r = call("POST", QStringLiteral("/api/v1/login"), body, {}, headers);
        QCOMPARE(r.status, status);
        const QJsonObject o = bodyOf(r);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
        if (status != 200) {
            QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(!o.contains(QStringLiteral("token")));
            return;
        }
        const QString token = o.value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(o.value(QStringLiteral("user")).toString(), QStringLiteral("mia"));
        QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("enhetschef"));
        QCOMPARE(call("POST", QStringLiteral("/api/v1/sync"), syncBody(QStringLiteral("dev-login")), token).status, 200);
    }

    // Every route except health and login refuses a request without a valid token (401 before
    // the body is read), and health and login do not ask for one.
    void everyRouteButHealthAndLoginNeedsAToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<bool>("needsToken");
        for (const HttpRoutes::Route &route : HttpRoutes::routes()) {
            const bool public_ = route.path.endsWith(QLatin1String("/health")) || route.path.endsWith(QLatin1String("/login"));
            const QByteArray name = route.method + ' ' + route.path.toLatin1();
            QTest::newRow((name + " no header").constData()) << route.method << route.path << QByteArray() << !public_;
            if (public_)
                continue;
            QTest::newRow((name + " not bearer").constData()) << route.method << route.path << QByteArray("Basic bWlhOmZlbA==") << true;
            QTest::newRow((name + " unknown token").constData()) << route.method << route.path << QByteArray("Bearer nosuchtoken") << true;
        }
    }

    void everyRouteButHealthAndLoginNeedsAToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(bool, needsToken);
        Headers headers;
        if (!authorization.isEmpty())
            headers << qMakePair(QByteArray("Authorization"), authorization);
        // A body the reader would refuse: the token check must come first.
        const HttpApi::Response r = call(method, path, "{broken", {}, headers);
        if (!needsToken) {
            QVERIFY2(r.status != 401, r.body.constData());
            return;
        }
        QCOMPARE(r.status, 401);
        QCOMPARE(errorOf(r), QStringLiteral("unauthorized"));
        QCOMPARE(headerOf(r, "WWW-Authenticate"), QByteArray("Bearer"));
    }

    void bodyReader_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message"); // a part of the error message
        const QByteArray ok = syncBody(QStringLiteral("dev-body"));
        QTest::newRow("plain") << ok << QByteArray() << 200 << QString() << QString();
        QTest::newRow("gzip") << Gzip::compress(ok) << QByteArray("gzip") << 200 << QString() << QString();
        // The wire limit applies to the compressed body; the inflated one may be larger.
        QByteArray padded = ok;
        padded.insert(padded.size() - 1, ",\"pad\":\"" + QByteArray(SyncProtocol::maxBodyBytes, ' ') + '"');
        QTest::newRow("gzip inflating beyond the wire limit") << Gzip::compress(padded) << QByteArray("gzip") << 200 << QString() << QString();
        QTest::newRow("over the limit") << padded << QByteArray() << 413 << QStringLiteral("body_too_large")
                                        << QStringLiteral("exceeds the limit of %1 bytes").arg(SyncProtocol::maxBodyBytes);
        QTest::newRow("gzip inflating beyond the inflated limit")
            << Gzip::compress(QByteArray(SyncProtocol::maxInflatedBytes + 1, ' ')) << QByteArray("gzip") << 400
            << QStringLiteral("bad_encoding") << QStringLiteral("inflates beyond %1 bytes").arg(SyncProtocol::maxInflatedBytes);
        QTest::newRow("corrupt gzip") << QByteArray("\x1f\x8b broken") << QByteArray("gzip") << 400 << QStringLiteral("bad_encoding") << QStringLiteral("corrupt");
        QTest::newRow("gzip with trailing garbage") << Gzip::compress(ok) + "garbage" << QByteArray("gzip") << 400
                                                    << QStringLiteral("bad_encoding") << QStringLiteral("corrupt");
        QTest::newRow("two gzip members") << Gzip::compress(ok) + Gzip::compress(ok) << QByteArray("gzip") << 400
                                          << QStringLiteral("bad_encoding") << QStringLiteral("corrupt");
        QTest::newRow("malformed json") << QByteArray("{\"device\":") << QByteArray() << 400 << QStringLiteral("malformed_json") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QByteArray() << 400 << QStringLiteral("malformed_json") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QByteArray() << 400 << QStringLiteral("malformed_json") << QStringLiteral("the body must be a JSON object");
        QTest::newRow("gzip of an array") << Gzip::compress("[]") << QByteArray("gzip") << 400 << QStringLiteral("malformed_json") << QStringLiteral("the body must be a JSON object");
        // Qt 6.4 does not parse a top-level scalar at all; either way it is malformed_json.
        QTest::newRow("number") << QByteArray("5") << QByteArray() << 400 << QStringLiteral("malformed_json") << QString();
    }

    // The shared JSON-body reader, through POST /sync.
    void bodyReader()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, encoding);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, message);
        Headers headers;
        if (!encoding.isEmpty())
            headers << qMakePair(QByteArray("Content-Encoding"), encoding);
        const HttpApi::Response r = call("POST", QStringLiteral("/api/v1/sync"), body, m_miaToken, headers);
        QCOMPARE(r.status, status);
        const QJsonObject o = bodyOf(r);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
        if (status == 200) {
            QVERIFY(o.contains(QStringLiteral("cursor")));
            return;
        }
        const QString text = o.value(QStringLiteral("message")).toString();
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(message), qPrintable(text));
    }

    void configuredBodyLimit_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("at the limit") << 1000 << 200 << QString();
        QTest::newRow("one byte over") << 1001 << 413 << QStringLiteral("body_too_large");
    }

    // --max-body applies before the token is needed (login) and is named in the message.
    void configuredBodyLimit()
    {
        QFETCH(int, size);
        QFETCH(int, status);
        QFETCH(QString, error);
        HttpConfig config;
        config.dbSpec = m_spec;
        config.maxBodyBytes = 1000;
        HttpApi api(config);
        QByteArray body = loginBody(QStringLiteral("mia"), kPassword);
        body.insert(body.size() - 1, ",\"pad\":\"\"");
        body.insert(body.size() - 2, QByteArray(size - body.size(), 'x'));
        QCOMPARE(body.size(), size);
        const HttpApi::Response r = call(api, "POST", QStringLiteral("/api/v1/login"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(errorOf(r), error);
        if (status == 413)
            QVERIFY2(bodyOf(r).value(QStringLiteral("message")).toString().contains(QStringLiteral("1000")), r.body.constData());
    }

    void sync_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty push") << syncBody(QStringLiteral("dev-sync")) << 200 << QString();
        QTest::newRow("no device") << QByteArray("{\"schema\":5,\"cursor\":\"\",\"mutations\":[]}") << 400 << QStringLiteral("bad_request");
        QTest::newRow("schema not a number") << QByteArray("{\"device\":\"d\",\"schema\":\"5\",\"mutations\":[]}") << 400 << QStringLiteral("bad_request");
        QTest::newRow("mutations not an array") << QByteArray("{\"device\":\"d\",\"schema\":5,\"cursor\":\"\",\"mutations\":{}}") << 400 << QStringLiteral("bad_request");
        QTest::newRow("bad cursor") << QByteArray("{\"device\":\"d\",\"schema\":5,\"cursor\":\"!!\",\"mutations\":[]}") << 400 << QStringLiteral("bad_cursor");
    }

    void sync()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        const HttpApi::Response r = call("POST", QStringLiteral("/api/v1/sync"), body, m_miaToken);
        QCOMPARE(r.status, status);
        const QJsonObject o = bodyOf(r);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
        if (status == 200) {
            QCOMPARE(o.value(QStringLiteral("acked")).toInt(-1), 0);
            QVERIFY(!o.value(QStringLiteral("cursor")).toString().isEmpty());
        }
    }

    void report_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("unit"); // the "unit" of the body (report or denial)
        QTest::newRow("granted unit") << QStringLiteral("mia") << QStringLiteral("unit=VO&year=2026") << 200 << QString() << QStringLiteral("VO");
        QTest::newRow("unit in a granted subtree") << QStringLiteral("mia") << QStringLiteral("unit=VO-HTN&year=2026&month=3") << 200 << QString() << QStringLiteral("VO-HTN");
        QTest::newRow("ungranted unit") << QStringLiteral("mia") << QStringLiteral("unit=IFO-BU&year=2026") << 403 << QStringLiteral("forbidden") << QStringLiteral("IFO-BU");
        QTest::newRow("parent of the grant") << QStringLiteral("mia") << QStringLiteral("unit=SOC&year=2026") << 403 << QStringLiteral("forbidden") << QStringLiteral("SOC");
        QTest::newRow("admin reads any unit") << QStringLiteral("admin") << QStringLiteral("unit=IFO-BU&year=2026") << 200 << QString() << QStringLiteral("IFO-BU");
        // An unknown unit is answered like an ungranted one (which codes exist is not told)...
        QTest::newRow("unknown unit") << QStringLiteral("mia") << QStringLiteral("unit=NOPE&year=2026") << 403 << QStringLiteral("forbidden") << QStringLiteral("NOPE");
        // ...except to whom may read the whole tree.
        QTest::newRow("admin, unknown unit") << QStringLiteral("admin") << QStringLiteral("unit=NOPE&year=2026") << 404 << QStringLiteral("not_found") << QString();
        QTest::newRow("root granted, unknown unit") << QStringLiteral("cora") << QStringLiteral("unit=NOPE&year=2026") << 404 << QStringLiteral("not_found") << QString();
        QTest::newRow("no year") << QStringLiteral("mia") << QStringLiteral("unit=VO") << 400 << QStringLiteral("bad_request") << QString();
        QTest::newRow("month 13") << QStringLiteral("mia") << QStringLiteral("unit=VO&year=2026&month=13") << 400 << QStringLiteral("bad_request") << QString();
    }

    void report()
    {
        QFETCH(QString, user);
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, unit);
        const QString token = user == QLatin1String("mia") ? m_miaToken : tokenFor(user);
        QVERIFY(!token.isEmpty());
        const HttpApi::Response r = call("GET", QStringLiteral("/api/v1/report?") + query, {}, token);
        QCOMPARE(r.status, status);
        const QJsonObject o = bodyOf(r);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
        QCOMPARE(o.value(QStringLiteral("unit")).toString(), unit);
        if (status == 200)
            QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2026);
        if (status == 403) {
            const QString message = o.value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(unit) && message.contains(user), qPrintable(message));
        }
    }

    // The read check the report uses, directly.
    void accessCheckRead()
    {
        QString why;
        auto db = Database::open(m_spec, &why);
        QVERIFY2(db, qPrintable(why));
        Access access(*db);
        const Principal mia{QStringLiteral("mia"), QStringLiteral("enhetschef")};
        QVERIFY(!access.checkRead(mia, Ids::unit(QStringLiteral("VO"))));
        QVERIFY(!access.checkRead(mia, Ids::unit(QStringLiteral("VO-BJK"))));
        const auto denied = access.checkRead(mia, Ids::unit(QStringLiteral("IFO")));
        QVERIFY(denied);
        QCOMPARE(denied->unit, QStringLiteral("IFO"));
        QCOMPARE(denied->message, QStringLiteral("user mia has no grant for unit IFO"));
        QVERIFY(!access.checkRead(Principal{QStringLiteral("admin"), QStringLiteral("admin")}, Ids::unit(QStringLiteral("IFO"))));
    }

    // Logout takes an empty body (or a JSON object), deletes the token, and the token is then refused.
    void logout()
    {
        const QString token = tokenFor(QStringLiteral("mia"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(call("POST", QStringLiteral("/api/v1/logout"), "[]", token).status, 400);
        const HttpApi::Response r = call("POST", QStringLiteral("/api/v1/logout"), {}, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(bodyOf(r).value(QStringLiteral("ok")).toBool(), true);
        const HttpApi::Response after = call("POST", QStringLiteral("/api/v1/sync"), syncBody(QStringLiteral("dev-out")), token);
        QCOMPARE(after.status, 401);
        QCOMPARE(errorOf(after), QStringLiteral("unauthorized"));
        QCOMPARE(call("POST", QStringLiteral("/api/v1/logout"), "{}", tokenFor(QStringLiteral("mia"))).status, 200);
    }
};

QTEST_GUILESS_MAIN(TstHttpHandlers)
#include "tst_http_handlers.moc"
