#include "fastinsert.h"

#include "database.h"
#include "schema.h"
#include "rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <sqlite3.h>

struct FastInsert::Table
{
    sqlite3_stmt *insert = nullptr;
    QHash<QString, int> columns; // name -> index
    QList<char> kinds;           // per column: 't' text, 'i' integer, 'd' double
};

namespace {
// Appends printable ASCII (no quote, no backslash) as QJsonDocument writes it; false otherwise.
bool appendPlain(QByteArray &out, QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\')
            return false;
        out += char(u);
    }
    return true;
}

const QString kTable = QStringLiteral("table");
const QString kId = QStringLiteral("id");
const QString kValues = QStringLiteral("values");
const QString kClocks = QStringLiteral("clocks");
const QString kDeleted = QStringLiteral("deleted");
const QString kDeletedClock = QStringLiteral("_deleted");
} // namespace

FastInsert::FastInsert(Database &db, int schema) : m_schema(schema)
{
    if (db.isPostgres())
        return;
    const QVariant handle = db.db().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

FastInsert::~FastInsert()
{
    for (Table *t : std::as_const(m_tables)) {
        if (t) {
            sqlite3_finalize(t->insert);
            delete t;
        }
    }
}

FastInsert::Table *FastInsert::table(const QString &name)
{
    auto it = m_tables.constFind(name);
    if (it != m_tables.cend())
        return *it;
    Table *t = nullptr;
    const QStringList cols = Schema::columns(name, m_schema);
    if (!cols.isEmpty()) {
        t = new Table;
        for (int i = 0; i < cols.size(); ++i) {
            t->columns.insert(cols.at(i), i);
            const Schema::Type type = Schema::columnType(name, cols.at(i));
            t->kinds << (type == Schema::Type::Text ? 't'
                         : type == Schema::Type::Integer || type == Schema::Type::BigInt ? 'i' : 'd');
        }
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (id, %2, _clocks, _deleted, _seq, _dirty) VALUES (?%3, ?, ?, 0, 0) "
                                              "ON CONFLICT (id) DO NOTHING")
                                   .arg(name, cols.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(cols.size()))
                                   .toUtf8();
        if (sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), &t->insert, nullptr) != SQLITE_OK) {
            sqlite3_finalize(t->insert);
            delete t;
            t = nullptr;
        }
    }
    m_tables.insert(name, t);
    return t;
}

FastInsert::Result FastInsert::insertIfNew(const QJsonObject &change, QString *newestClock, QString *error)
{
    if (!m_handle)
        return Result::Fallback;
    const QJsonValue tableValue = change.value(kTable);
    const QJsonValue idValue = change.value(kId);
    const QJsonValue valuesValue = change.value(kValues);
    const QJsonValue clocksValue = change.value(kClocks);
    const QJsonValue deletedValue = change.value(kDeleted);
    if (!tableValue.isString() || !idValue.isString() || !valuesValue.isObject() || !clocksValue.isObject()
        || !(deletedValue.isBool() || deletedValue.isUndefined()))
        return Result::Fallback;
    const QString id = idValue.toString();
    if (id.isEmpty() || id.size() > 100)
        return Result::Fallback;
    Table *t = table(tableValue.toString());
    if (!t)
        return Result::Fallback;
    const QJsonObject values = valuesValue.toObject();
    const QJsonObject clocks = clocksValue.toObject();
    const bool deleted = deletedValue.toBool(false);
    if (values.size() != t->columns.size() || (deleted && !clocks.contains(kDeletedClock)))
        return Result::Fallback;

    // Clocks: well-formed, each for a field with a value (or the tombstone); compact JSON text as
    // QJsonDocument would write it.
    QByteArray clocksText;
    clocksText.reserve(64 * clocks.size() + 2);
    clocksText += '{';
    QString newest;
    bool plain = true;
    for (auto it = clocks.begin(); it != clocks.end(); ++it) {
        if (!it.value().isString())
            return Result::Fallback;
        const QString clock = it.value().toString();
        const QString key = it.key();
        if (!Rows::isClock(clock) || (key != kDeletedClock && !values.contains(key)))
            return Result::Fallback;
        if (plain) {
            if (clocksText.size() > 1)
                clocksText += ',';
            clocksText += '"';
            plain = appendPlain(clocksText, key);
            clocksText += "\":\"";
            plain = plain && appendPlain(clocksText, clock);
            clocksText += '"';
        }
        if (clock > newest)
            newest = clock;
    }
    clocksText += '}';
    if (!plain)
        clocksText = QJsonDocument(clocks).toJson(QJsonDocument::Compact);

    sqlite3_stmt *s = t->insert;
    // Text is bound as UTF-16 straight from the QString (SQLite converts it to the database's UTF-8).
    sqlite3_bind_text16(s, 1, id.utf16(), int(id.size() * 2), SQLITE_TRANSIENT);
    for (auto it = values.begin(); it != values.end(); ++it) {
        const auto col = t->columns.constFind(it.key());
        if (col == t->columns.cend()) {
            sqlite3_reset(s);
            sqlite3_clear_bindings(s);
            return Result::Fallback;
        }
        const int index = *col + 2;
        const QJsonValue v = it.value();
        const char kind = t->kinds.at(*col);
        bool ok = true;
        if (v.isNull()) {
            sqlite3_bind_null(s, index);
        } else if (kind == 't') {
            ok = v.isString();
            if (ok) {
                const QString text = v.toString();
                sqlite3_bind_text16(s, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            }
        } else if (kind == 'i') {
            const double d = v.toDouble();
            ok = v.isDouble() && d == double(qint64(d));
            if (ok)
                sqlite3_bind_int64(s, index, qint64(d));
        } else {
            ok = v.isDouble();
            if (ok)
                sqlite3_bind_double(s, index, v.toDouble());
        }
        if (!ok) {
            sqlite3_reset(s);
            sqlite3_clear_bindings(s);
            return Result::Fallback;
        }
    }
    const int last = int(t->columns.size()) + 2;
    sqlite3_bind_text(s, last, clocksText.constData(), int(clocksText.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(s, last + 1, deleted ? 1 : 0);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) {
        *error = QStringLiteral("cannot insert %1 %2: %3").arg(tableValue.toString(), id, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return Result::Error;
    }
    if (sqlite3_changes(m_handle) != 1)
        return Result::Fallback; // the row exists: merge it
    if (newest > *newestClock)
        *newestClock = newest;
    return Result::Inserted;
}
