// Fuzz target: the whole HTTP API in process (HttpApi::handle, no sockets), as an attacker on
// the network would use it: the routes, the bearer-token check, the JSON and gzip body reader,
// login, sync push/pull with cursors and rows, the report query. The input is
//   METHOD SP PATH[?QUERY] LF (HEADER-NAME: VALUE LF)* LF BODY
// and "$TOKEN" anywhere in a header value stands for a valid token of an enhetschef, so that
// the fuzzer reaches what is behind the login. Every request must get a status in 200..599 and,
// for JSON replies, a body that parses.
#include "fuzz_common.h"

#include "auth.h"
#include "database.h"
#include "hlc.h"
#include "httpapi.h"
#include "ids.h"
#include "importer.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
const QString kPassword = QStringLiteral("fuzz-lösen-1");

struct Target
{
    std::unique_ptr<HttpApi> api;
    QByteArray token;
};

Target &target()
{
    static Target *t = [] {
        QTemporaryDir &dir = Fuzz::setUp();
        const QString spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
        QString error;
        {
            auto db = Database::open(spec, &error);
            if (!db)
                abort();
            Store store(*db, Store::Role::Server);
            HlcClock clock(QStringLiteral("import"));
            if (!Importer::importFile(store, clock, QStringLiteral("units"),
                                      QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo/units.csv")).ok)
                abort();
            Auth auth(*db);
            if (!auth.addUser(QStringLiteral("mia"), QStringLiteral("enhetschef"), kPassword, &error)
                || !auth.grant(QStringLiteral("mia"), Ids::unit(QStringLiteral("VO")), true, &error))
                abort();
        }
        auto *t = new Target;
        HttpConfig config;
        config.dbSpec = spec;
        config.maxBodyBytes = 256 * 1024;
        t->api = std::make_unique<HttpApi>(config);
        HttpApi::Request login;
        login.method = "POST";
        login.path = QStringLiteral("/api/v1/login");
        login.headers.insert("content-type", "application/json");
        login.body = QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("mia")},
                                               {QStringLiteral("password"), kPassword},
                                               {QStringLiteral("device"), QStringLiteral("fuzz")}})
                         .toJson(QJsonDocument::Compact);
        login.remote = QStringLiteral("127.0.0.1");
        const HttpApi::Response r = t->api->handle(login);
        t->token = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("token")).toString().toUtf8();
        if (t->token.isEmpty())
            abort();
        return t;
    }();
    return *t;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Target &t = target();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    HttpApi::Request request;
    request.body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);
    request.remote = QStringLiteral("127.0.0.1");
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).split(' ');
    request.method = first.value(0);
    const QString target = QString::fromUtf8(first.value(1));
    const qsizetype q = target.indexOf(QLatin1Char('?'));
    request.path = q < 0 ? target : target.left(q);
    if (q >= 0)
        request.query = QUrlQuery(target.mid(q + 1)).queryItems(QUrl::FullyDecoded);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        value.replace("$TOKEN", t.token);
        request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), value);
    }
    const HttpApi::Response r = t.api->handle(request);
    static const bool verbose = qEnvironmentVariableIsSet("FUZZ_VERBOSE"); // to see what a corpus reaches
    if (verbose)
        fprintf(stderr, "%s %s -> %d %s\n", request.method.constData(), qPrintable(request.path), r.status,
                r.body.left(160).constData());
    if (r.status < 200 || r.status > 599)
        abort();
    if (r.contentType == "application/json" && !r.body.isEmpty()) {
        QJsonParseError e;
        QJsonDocument::fromJson(r.body, &e);
        if (e.error != QJsonParseError::NoError)
            abort(); // the server wrote a reply that is not JSON
    }
    return 0;
}
