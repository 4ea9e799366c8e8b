#include "store.h"

#include "database.h"
#include "schema.h"

#include <QJsonDocument>
#include <QSqlError>

namespace {
const QString kSeqKey = QStringLiteral("seq");

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Store::Store(Database &db, Role role) : m_db(db), m_role(role) {}

QSqlQuery &Store::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db.db());
        q.prepare(sql);
        it = m_queries.emplace(sql, q).first;
    }
    return it->second;
}

bool Store::begin(QString *error)
{
    if (!m_db.beginWrite()) {
        *error = QStringLiteral("cannot start a write transaction on %1").arg(m_db.spec());
        return false;
    }
    m_inTransaction = true;
    m_seq = -1;
    if (m_role == Role::Server) {
        // Serialise sequence assignment: the row lock is held until commit.
        QSqlQuery &ensure = prepared(m_db.isPostgres()
            ? QStringLiteral("INSERT INTO sync_meta (key, value) VALUES ('seq', '0') ON CONFLICT (key) DO NOTHING")
            : QStringLiteral("INSERT OR IGNORE INTO sync_meta (key, value) VALUES ('seq', '0')"));
        QSqlQuery &lock = prepared(m_db.isPostgres()
            ? QStringLiteral("SELECT value FROM sync_meta WHERE key = 'seq' FOR UPDATE")
            : QStringLiteral("SELECT value FROM sync_meta WHERE key = 'seq'"));
        if (!ensure.exec() || !lock.exec() || !lock.next()) {
            *error = QStringLiteral("cannot lock the change sequence: %1").arg(lock.lastError().text());
            rollback();
            return false;
        }
        m_seq = lock.value(0).toLongLong();
        lock.finish();
    }
    return true;
}

bool Store::commit(QString *error)
{
    if (m_role == Role::Server && m_seq >= 0) {
        QSqlQuery &save = prepared(QStringLiteral("UPDATE sync_meta SET value = ? WHERE key = 'seq'"));
        save.addBindValue(QString::number(m_seq));
        if (!save.exec()) {
            *error = QStringLiteral("cannot store the change sequence: %1").arg(save.lastError().text());
            rollback();
            return false;
        }
    }
    m_inTransaction = false;
    if (!m_db.commit()) {
        *error = QStringLiteral("commit failed on %1").arg(m_db.spec());
        m_db.rollback();
        return false;
    }
    return true;
}

void Store::rollback()
{
    m_inTransaction = false;
    m_seq = -1;
    m_db.rollback();
}

qint64 Store::nextSeq()
{
    return m_role == Role::Server ? ++m_seq : 0;
}

qint64 Store::lastSeq()
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT value FROM sync_meta WHERE key = ?"));
    q.addBindValue(kSeqKey);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QJsonObject Store::clocks(const QString &table, const QString &id, bool *exists)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT _clocks FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    const bool found = q.exec() && q.next();
    if (exists)
        *exists = found;
    QJsonObject result;
    if (found)
        result = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return result;
}

bool Store::write(const QString &table, const QString &id, const QVariantMap &fields, const Hlc &clock,
                  QString *error, bool *created)
{
    const QStringList known = Schema::columns(table);
    if (known.isEmpty()) {
        *error = QStringLiteral("unknown table %1").arg(table);
        return false;
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown field %1.%2").arg(table, it.key());
            return false;
        }
    }
    bool exists = false;
    QJsonObject fieldClocks = clocks(table, id, &exists);
    if (created)
        *created = !exists;
    const QString stamp = clock.toString();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        fieldClocks.insert(it.key(), stamp);

    const QStringList names = fields.keys();
    QString sql;
    if (exists) {
        QStringList sets;
        for (const QString &n : names)
            sets << n + QStringLiteral(" = ?");
        sql = QStringLiteral("UPDATE %1 SET %2, _clocks = ?, _seq = ?, _dirty = ? WHERE id = ?")
                  .arg(table, sets.join(QStringLiteral(", ")));
    } else {
        sql = QStringLiteral("INSERT INTO %1 (%2, _clocks, _seq, _dirty, id) VALUES (%3?, ?, ?, ?)")
                  .arg(table, names.join(QStringLiteral(", ")),
                       QStringLiteral("?, ").repeated(names.size()));
    }
    QSqlQuery &q = prepared(sql);
    for (const QString &n : names)
        q.addBindValue(fields.value(n));
    q.addBindValue(jsonText(fieldClocks));
    q.addBindValue(nextSeq());
    q.addBindValue(m_role == Role::Client ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = QStringLiteral("cannot write %1 %2: %3").arg(table, id, q.lastError().text());
        return false;
    }
    return true;
}

bool Store::remove(const QString &table, const QString &id, const Hlc &clock, QString *error)
{
    bool exists = false;
    QJsonObject fieldClocks = clocks(table, id, &exists);
    if (!exists) {
        *error = QStringLiteral("no %1 row %2 to delete").arg(table, id);
        return false;
    }
    fieldClocks.insert(QStringLiteral("_deleted"), clock.toString());
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE %1 SET _deleted = 1, _clocks = ?, _seq = ?, _dirty = ? WHERE id = ?").arg(table));
    q.addBindValue(jsonText(fieldClocks));
    q.addBindValue(nextSeq());
    q.addBindValue(m_role == Role::Client ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = QStringLiteral("cannot delete %1 %2: %3").arg(table, id, q.lastError().text());
        return false;
    }
    return true;
}

QSqlQuery *Store::putQuery(const QString &table, const QStringList &known, const QVariantMap &fields,
                           QString *error)
{
    // One prepared statement per table and set of columns, found by a bit mask of the columns
    // (a table has far fewer than 64), so the hot path builds no SQL text.
    quint64 mask = 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const qsizetype i = known.indexOf(it.key());
        if (i < 0 || i >= 64) {
            *error = QStringLiteral("unknown field %1.%2").arg(table, it.key());
            return nullptr;
        }
        mask |= quint64(1) << i;
    }
    const auto key = std::make_pair(table, mask);
    auto it = m_putQueries.find(key);
    if (it != m_putQueries.end())
        return &it->second;
    const QStringList names = fields.keys();
    QStringList sets;
    for (const QString &n : names)
        sets << QStringLiteral("%1 = excluded.%1").arg(n);
    sets << QStringLiteral("_clocks = excluded._clocks") << QStringLiteral("_deleted = excluded._deleted")
         << QStringLiteral("_seq = excluded._seq") << QStringLiteral("_dirty = excluded._dirty");
    const QString sql = QStringLiteral(
        "INSERT INTO %1 (%2_clocks, _deleted, _seq, _dirty, id) VALUES (%3?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET %4")
        .arg(table, names.isEmpty() ? QString() : names.join(QStringLiteral(", ")) + QStringLiteral(", "),
             QStringLiteral("?, ").repeated(names.size()), sets.join(QStringLiteral(", ")));
    QSqlQuery q(m_db.db());
    q.prepare(sql);
    return &m_putQueries.emplace(key, q).first->second;
}

bool Store::put(const QString &table, const QString &id, const QVariantMap &fields, const QJsonObject &clocks,
                bool deleted, bool dirty, QString *error)
{
    const QStringList known = Schema::columns(table);
    if (known.isEmpty()) {
        *error = QStringLiteral("unknown table %1").arg(table);
        return false;
    }
    QSqlQuery *query = putQuery(table, known, fields, error);
    if (!query)
        return false;
    QSqlQuery &q = *query;
    // QMap iterates in key order, the same order the statement's columns were listed in.
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        q.addBindValue(it.value());
    q.addBindValue(jsonText(clocks));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(nextSeq());
    q.addBindValue(dirty ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = QStringLiteral("cannot write %1 %2: %3").arg(table, id, q.lastError().text());
        return false;
    }
    return true;
}

bool Store::savepoint(QString *error)
{
    if (!m_db.exec(QStringLiteral("SAVEPOINT store_sp"), error))
        return false;
    m_savepointSeq = m_seq;
    return true;
}

bool Store::rollbackToSavepoint(QString *error)
{
    m_seq = m_savepointSeq;
    return m_db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT store_sp"), error)
        && m_db.exec(QStringLiteral("RELEASE SAVEPOINT store_sp"), error);
}

bool Store::releaseSavepoint(QString *error)
{
    return m_db.exec(QStringLiteral("RELEASE SAVEPOINT store_sp"), error);
}
