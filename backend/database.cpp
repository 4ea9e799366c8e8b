#include "database.h"

#include "logging.h"
#include "migrations.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
QAtomicInt g_connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("enhetspuls-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
}
} // namespace

Database::~Database()
{
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Database> Database::open(const QString &spec, QString *error, bool migrate)
{
    std::unique_ptr<Database> self(new Database);
    self->m_spec = spec;
    self->m_connection = nextConnectionName();

    if (spec.startsWith(QLatin1String("postgres://")) || spec.startsWith(QLatin1String("postgresql://"))) {
        self->m_dialect = Dialect::Postgres;
        const QUrl url(spec);
        if (!url.isValid()) {
            *error = QStringLiteral("invalid PostgreSQL URL: %1").arg(spec);
            return nullptr;
        }
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), self->m_connection);
        const QUrlQuery query(url);
        QString host = url.host();
        if (query.hasQueryItem(QStringLiteral("host")))
            host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        d.setHostName(host);
        if (url.port() > 0)
            d.setPort(url.port());
        d.setDatabaseName(url.path().mid(1));
        d.setUserName(url.userName(QUrl::FullyDecoded));
        d.setPassword(url.password(QUrl::FullyDecoded));
        if (!d.open()) {
            *error = QStringLiteral("cannot open PostgreSQL database %1: %2")
                         .arg(url.toDisplayString(QUrl::RemovePassword), d.lastError().text());
            return nullptr;
        }
        self->exec(QStringLiteral("SET client_min_messages TO WARNING"));
    } else {
        self->m_dialect = Dialect::Sqlite;
        QString path = spec;
        if (path.startsWith(QLatin1String("sqlite:")))
            path = path.mid(7);
        if (path.isEmpty()) {
            *error = QStringLiteral("no SQLite path given");
            return nullptr;
        }
        if (path != QLatin1String(":memory:")) {
            const QFileInfo info(path);
            if (!QDir().mkpath(info.absolutePath())) {
                *error = QStringLiteral("cannot create folder %1").arg(info.absolutePath());
                return nullptr;
            }
            // A new database is readable by its owner only (0600, whatever the umask): it holds
            // password hashes and tokens (server) or a unit's figures (app). SQLite gives the
            // -wal and -shm files the database file's permissions.
            const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd >= 0)
                ::close(fd);
            else if (errno != EEXIST) {
                *error = QStringLiteral("cannot create SQLite database %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
                return nullptr;
            }
        }
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connection);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!d.open()) {
            *error = QStringLiteral("cannot open SQLite database %1: %2").arg(path, d.lastError().text());
            return nullptr;
        }
        QString pragmaError;
        if (!self->exec(QStringLiteral("PRAGMA journal_mode=WAL"), &pragmaError)
            || !self->exec(QStringLiteral("PRAGMA synchronous=FULL"), &pragmaError)
            || !self->exec(QStringLiteral("PRAGMA foreign_keys=ON"), &pragmaError)) {
            *error = QStringLiteral("cannot configure %1: %2").arg(path, pragmaError);
            return nullptr;
        }
    }

    if (migrate && !Migrations::migrate(*self, Migrations::latestVersion(), error))
        return nullptr;
    return self;
}

int Database::schemaVersion() const
{
    QSqlQuery q(db());
    if (m_dialect == Dialect::Sqlite) {
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        return 0;
    }
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next()
        || !q.value(0).toBool())
        return 0;
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::setSchemaVersion(int version)
{
    if (m_dialect == Dialect::Sqlite)
        return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    return exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
        && exec(QStringLiteral("DELETE FROM schema_version"))
        && exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version));
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery q(db());
    if (q.exec(sql))
        return true;
    const QString message = QStringLiteral("%1 [%2]").arg(q.lastError().text(), sql.left(200));
    qCWarning(lcDb).noquote() << message;
    if (error)
        *error = message;
    return false;
}

bool Database::beginWrite()
{
    return exec(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                             : QStringLiteral("BEGIN"));
}

bool Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    exec(QStringLiteral("ROLLBACK"));
}
