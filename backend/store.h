#pragma once
#include "hlc.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>
#include <map>

class Database;

// Writes synced rows with per-field clocks. Every write stamps the fields it sets with an
// HLC timestamp in the row's _clocks, so sync can merge field by field (last writer wins).
// A Client store marks what it writes as not yet synced (_dirty); a Server store gives every
// written row the next change sequence number (_seq), assigned inside the single write
// transaction so that a pull cursor can never skip a change that commits late.
class Store
{
public:
    enum class Role { Client, Server };

    Store(Database &db, Role role);

    Database &database() { return m_db; }
    Role role() const { return m_role; }

    // Starts a write transaction (the server also takes the sequence lock).
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    bool inTransaction() const { return m_inTransaction; }
    // A savepoint inside the open transaction (one level): rollbackToSavepoint() undoes the writes
    // since (and the sequence numbers they took), releaseSavepoint() keeps them.
    bool savepoint(QString *error);
    bool rollbackToSavepoint(QString *error);
    bool releaseSavepoint(QString *error);

    // Inserts or updates the given fields of one row, stamping them with `clock`; *created (if
    // given) tells whether the row was new.
    bool write(const QString &table, const QString &id, const QVariantMap &fields, const Hlc &clock,
               QString *error, bool *created = nullptr);
    // Marks a row deleted (a tombstone with its clock). The row's data stays for conflict display.
    bool remove(const QString &table, const QString &id, const Hlc &clock, QString *error);
    // Inserts or replaces the given fields of one row with exactly these clocks and tombstone
    // flag (the result of a sync merge). A Server store assigns the next _seq; `dirty` sets _dirty.
    bool put(const QString &table, const QString &id, const QVariantMap &fields, const QJsonObject &clocks,
             bool deleted, bool dirty, QString *error);
    // Reads a row's _clocks (empty object when the row does not exist).
    QJsonObject clocks(const QString &table, const QString &id, bool *exists = nullptr);

    // The last sequence number assigned on the server (0 on a fresh database).
    qint64 lastSeq();

private:
    QSqlQuery &prepared(const QString &sql);
    QSqlQuery *putQuery(const QString &table, const QStringList &known, const QVariantMap &fields, QString *error);
    qint64 nextSeq();

    Database &m_db;
    Role m_role;
    bool m_inTransaction = false;
    qint64 m_seq = -1; // server: last assigned sequence inside the open transaction
    qint64 m_savepointSeq = -1;
    // Prepared statements; node-based maps so that references to them stay valid.
    std::map<QString, QSqlQuery> m_queries;
    std::map<std::pair<QString, quint64>, QSqlQuery> m_putQueries; // (table, bit mask of the columns set)
};
