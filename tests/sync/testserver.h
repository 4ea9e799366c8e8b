#pragma once
// Helpers for the sync tests: a real enhetspuls-server process on a free loopback port, a
// throw-away PostgreSQL cluster (initdb in a temporary folder, unix socket only), a small
// blocking HTTP client, and a loop that syncs a SyncEngine with the server.
#include "database.h"
#include "gzip.h"
#include "rows.h"
#include "schema.h"
#include "syncengine.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>
#include <unistd.h>

#ifndef ENHETSPULS_SERVER
#define ENHETSPULS_SERVER "enhetspuls-server" // tests define the built executable's path
#endif

namespace TestSupport {

// The built server, or ENHETSPULS_TEST_SERVER when set (to run a test against another build,
// e.g. an older one, to see it fail there).
inline QString serverPath()
{
    const QString other = qEnvironmentVariable("ENHETSPULS_TEST_SERVER");
    return other.isEmpty() ? QStringLiteral(ENHETSPULS_SERVER) : other;
}

// The first value of a query on a database of its own connection (-1 when it fails), for
// checking what the server stored.
inline qint64 scalar(const QString &spec, const QString &sql)
{
    QString error;
    const auto db = Database::open(spec, &error);
    if (!db) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    QSqlQuery q(db->db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Every synced row of a database (a device's or the server's), table/id -> its values, clocks
// and deleted flag as compact JSON: equal on two databases that hold the same data.
inline QMap<QString, QString> syncedRows(Database &db)
{
    QMap<QString, QString> out;
    QSqlQuery q(db.db());
    for (const QString &table : Schema::syncedTables()) {
        q.exec(QStringLiteral("SELECT %1 FROM %2").arg(Rows::Reader::selectList(table), table));
        while (q.next()) {
            const SyncRow row = Rows::Reader::fromQuery(table, q);
            out.insert(table + QLatin1Char('/') + row.id,
                       QString::fromUtf8(QJsonDocument(row.toJson()).toJson(QJsonDocument::Compact)));
        }
    }
    return out;
}

// Runs an admin command of enhetspuls-server; `input` goes to stdin (passwords).
inline bool runCli(const QStringList &args, const QByteArray &input = {}, QString *output = nullptr)
{
    QProcess p;
    p.start(serverPath(), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return false;
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Adds a user with `enhetspuls-server user add` and grants it the units (by code), as an operator would.
inline bool addUser(const QString &spec, const QString &name, const QString &role, const QStringList &unitCodes,
                    const QString &password)
{
    if (!runCli({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
                 QStringLiteral("--db"), spec}, password.toUtf8() + "\n"))
        return false;
    for (const QString &u : unitCodes) {
        if (!runCli({QStringLiteral("user"), QStringLiteral("grant"), name, u, QStringLiteral("--db"), spec}))
            return false;
    }
    return true;
}

// A self-signed certificate for localhost (one day) written by openssl into `dir` as cert.pem
// and key.pem. False when openssl failed; *skip says why it could not be tried at all (no TLS
// backend, no openssl), for the caller's QSKIP.
inline bool makeSelfSignedCert(const QString &dir, QString *cert, QString *key, QString *skip)
{
    if (!QSslSocket::supportsSsl()) {
        *skip = QStringLiteral("Qt has no TLS backend here");
        return false;
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *skip = QStringLiteral("openssl not found (scripts/deps.sh installs it)");
        return false;
    }
    *cert = QDir(dir).filePath(QStringLiteral("cert.pem"));
    *key = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-days"),
                      QStringLiteral("1"), QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *cert});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("openssl req failed: %s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// One enhetspuls-server serve process on 127.0.0.1 with an OS-chosen port.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }
    // `launcher` runs the server through another program ({"prlimit", "--nofile=64", "--"}).
    bool start(const QString &dbSpec, const QStringList &extra = {}, const QStringList &launcher = {})
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args = launcher.mid(1) + QStringList{serverPath(), QStringLiteral("serve"), QStringLiteral("--db"), dbSpec,
                                                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extra;
        const QString program = launcher.isEmpty() ? args.takeFirst() : launcher.first();
        m_process->start(program, args);
        QByteArray out;
        for (int i = 0; i < 300 && !out.contains('\n'); ++i) {
            if (!m_process->waitForReadyRead(100) && m_process->state() != QProcess::Running)
                break;
            out += m_process->readAllStandardOutput();
        }
        const qsizetype at = out.indexOf("127.0.0.1:");
        if (at < 0) {
            qWarning("server did not start: %s %s", out.constData(), m_process->readAllStandardError().constData());
            return false;
        }
        m_port = quint16(out.mid(at + 10).trimmed().split(' ').first().toUInt());
        return m_port != 0;
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000))
                m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// A PostgreSQL cluster of its own in a temporary folder, reachable only by unix socket.
class Postgres
{
public:
    ~Postgres() { stop(); }
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }
    static bool available() { return QFile::exists(binDir() + QStringLiteral("/initdb")); }

    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const bool root = geteuid() == 0;
        auto command = [&](const QString &program, const QStringList &args) {
            QStringList full = args;
            QString exe = binDir() + QLatin1Char('/') + program;
            if (root) {
                full = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe} + args;
                exe = QStringLiteral("runuser");
            }
            return std::make_pair(exe, full);
        };
        if (root) {
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres"), m_dir.path()});
            QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                    | QFileDevice::ExeOther | QFileDevice::ReadOther);
        }
        const QString data = m_dir.filePath(QStringLiteral("data"));
        auto [initExe, initArgs] = command(QStringLiteral("initdb"),
            {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
             QStringLiteral("enhetspuls"), QStringLiteral("--no-sync")});
        QProcess init;
        init.start(initExe, initArgs);
        if (!init.waitForFinished(120000) || init.exitCode() != 0) {
            *error = QStringLiteral("initdb failed: %1").arg(QString::fromUtf8(init.readAllStandardError()));
            return false;
        }
        auto [pgExe, pgArgs] = command(QStringLiteral("postgres"),
            {QStringLiteral("-D"), data, QStringLiteral("-k"), m_dir.path(), QStringLiteral("-c"),
             QStringLiteral("listen_addresses="), QStringLiteral("-c"), QStringLiteral("fsync=off"),
             QStringLiteral("-c"), QStringLiteral("max_connections=200")});
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->start(pgExe, pgArgs);
        for (int i = 0; i < 200; ++i) {
            // The socket appears before the server accepts connections ("the database system is
            // starting up"): wait until pg_isready says so.
            if (QFile::exists(m_dir.filePath(QStringLiteral(".s.PGSQL.5432")))
                && QProcess::execute(binDir() + QStringLiteral("/pg_isready"),
                                     {QStringLiteral("-q"), QStringLiteral("-h"), m_dir.path(), QStringLiteral("-U"),
                                      QStringLiteral("enhetspuls"), QStringLiteral("-d"), QStringLiteral("postgres")}) == 0)
                return true;
            if (m_server->waitForFinished(100)) {
                *error = QStringLiteral("postgres exited: %1").arg(QString::fromUtf8(m_server->readAll()));
                return false;
            }
        }
        *error = QStringLiteral("postgres did not open its socket");
        return false;
    }
    QString spec() const
    {
        return QStringLiteral("postgres://enhetspuls@/postgres?host=%1").arg(m_dir.path());
    }
    void stop()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            // SIGTERM reaches postgres itself when run directly; through runuser it is forwarded.
            m_server->terminate();
            if (!m_server->waitForFinished(20000))
                m_server->kill();
        }
        m_server.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
};

struct HttpResult
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QByteArray contentEncoding;
};

// Blocking HTTP calls against the test server.
class Http
{
public:
    explicit Http(QUrl base) : m_base(std::move(base)) {}
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QUrl url = m_base;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.raw = reply->readAll();
        r.contentEncoding = reply->rawHeader("Content-Encoding");
        r.body = QJsonDocument::fromJson(r.raw).object();
        reply->deleteLater();
        return r;
    }
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    QString login(const QString &user, const QString &password)
    {
        return post(QStringLiteral("/api/v1/login"), {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}})
            .body.value(QStringLiteral("token")).toString();
    }
    // Syncs an engine until the server has nothing more; returns the last status (200 on success).
    int sync(SyncEngine &engine, const QString &token, QString *error = nullptr, int maxRounds = 1000)
    {
        QString why;
        for (int round = 0; round < maxRounds; ++round) {
            const QJsonObject req = engine.buildRequest(&why);
            const HttpResult r = post(QStringLiteral("/api/v1/sync"), req, token);
            if (r.status != 200) {
                if (error)
                    *error = r.body.value(QStringLiteral("message")).toString();
                return r.status;
            }
            bool more = false;
            if (!engine.applyResponse(r.body, &more, &why)) {
                if (error)
                    *error = why;
                return -1;
            }
            if (!more && engine.pendingCount() == 0)
                return 200;
        }
        if (error)
            *error = QStringLiteral("no end after %1 rounds").arg(maxRounds);
        return -2;
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};
} // namespace TestSupport
