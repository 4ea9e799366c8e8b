#pragma once
#include <QSqlDatabase>
#include <QString>
#include <memory>

// One open database connection: embedded SQLite (`sqlite:PATH` or a plain path) or
// PostgreSQL (`postgres://user:pass@host:port/db?host=/socket/dir`). The same schema and SQL
// run on both; the few differences are behind dialect().
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating an SQLite file if needed) and migrates to the current schema.
    // Returns nullptr and sets *error when the spec is bad, the database cannot be opened or
    // it was written by a newer version of Enhetspuls.
    static std::unique_ptr<Database> open(const QString &spec, QString *error, bool migrate = true);

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    const QString &spec() const { return m_spec; }

    // Schema version stored in the database (PRAGMA user_version on SQLite).
    int schemaVersion() const;
    bool setSchemaVersion(int version);

    // Runs one statement, returning false and filling *error on failure.
    bool exec(const QString &sql, QString *error = nullptr);

    // BEGIN IMMEDIATE on SQLite (so the writer lock is taken up front), BEGIN on PostgreSQL.
    bool beginWrite();
    bool commit();
    void rollback();

private:
    Database() = default;
    QString m_connection;
    QString m_spec;
    Dialect m_dialect = Dialect::Sqlite;
};
