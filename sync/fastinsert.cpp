#include "fastinsert.h"

#include "database.h"
#include "schema.h"
#include "rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <atomic>

Q_LOGGING_CATEGORY(lcFastPath, "enhetspuls.syncclient.fastpath")

namespace {
std::atomic<bool> g_forceFallback{false};
std::atomic<qint64> g_inserted{0};
} // namespace

void FastInsert::setForceFallback(bool force)
{
    g_forceFallback.store(force);
}

qint64 FastInsert::insertedCount()
{
    return g_inserted.load(std::memory_order_relaxed);
}

#ifndef ENHETSPULS_SQLITE_FASTPATH

// Built without the fast path: the general path applies every change.
struct FastInsert::Table
{
};

bool FastInsert::builtIn()
{
    return false;
}

bool FastInsert::usable(Database &, QString *reason)
{
    if (reason)
        *reason = QStringLiteral("built with ENHETSPULS_SQLITE_FASTPATH=OFF");
    return false;
}

FastInsert::FastInsert(Database &, int schema) : m_schema(schema) {}

FastInsert::~FastInsert() = default;

FastInsert::Table *FastInsert::table(const QString &)
{
    return nullptr;
}

FastInsert::Result FastInsert::insertIfNew(const QJsonObject &, QString *, QString *)
{
    return Result::Fallback;
}

#else

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <dlfcn.h>
#include <sqlite3.h>

struct FastInsert::Table
{
    sqlite3_stmt *insert = nullptr;
    QHash<QString, int> columns; // name -> index
    QList<char> kinds;           // per column: 't' text, 'i' integer, 'd' double
};

namespace {
// The outcome of the run-time check (see fastinsert.h).
struct Check
{
    bool ok = false;
    QString reason;
};

// Every SQLite function this file calls, by name and by the address this program calls.
struct Symbol
{
    const char *name;
    void *ours;
};
#define ENHETSPULS_SQLITE_SYMBOL(f) Symbol{#f, reinterpret_cast<void *>(&f)}
const Symbol kSymbols[] = {
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_open_v2),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_libversion),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_libversion_number),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_sourceid),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_auto_extension),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_cancel_auto_extension),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_create_function_v2),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_result_int64),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_prepare_v2),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_finalize),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_bind_text16),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_bind_text),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_bind_null),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_bind_int64),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_bind_int),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_bind_double),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_step),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_reset),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_clear_bindings),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_changes),
    ENHETSPULS_SQLITE_SYMBOL(sqlite3_errmsg),
};
#undef ENHETSPULS_SQLITE_SYMBOL

// What the probe function answers: the address of a variable of this program, which no other
// library's function of that name would return.
qint64 probeToken()
{
    return qint64(reinterpret_cast<quintptr>(&g_inserted));
}

void probeFunction(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_int64(context, probeToken());
}

int probeExtension(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    return sqlite3_create_function_v2(db, "enhetspuls_fastpath_probe", 0, SQLITE_UTF8, nullptr, probeFunction,
                                      nullptr, nullptr, nullptr);
}

// Registers the probe with our library for every new connection, lets Qt's driver (the class
// of `driverClass`) open one and asks it for the probe: only our library can answer.
bool probeThroughQt(const QMetaObject *driverClass, QString *why)
{
    const auto entry = reinterpret_cast<void (*)()>(&probeExtension);
    if (sqlite3_auto_extension(entry) != SQLITE_OK) {
        *why = QStringLiteral("sqlite3_auto_extension failed");
        return false;
    }
    const QString name = QStringLiteral("enhetspuls-fastpath-probe");
    bool ok = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(QStringLiteral(":memory:"));
        if (!probe.open()) {
            *why = QStringLiteral("cannot open a probe connection: %1").arg(probe.lastError().text());
        } else if (!probe.driver() || probe.driver()->metaObject() != driverClass) {
            *why = QStringLiteral("the probe connection has another driver class");
        } else {
            QSqlQuery q(probe);
            if (!q.exec(QStringLiteral("SELECT enhetspuls_fastpath_probe()")) || !q.next())
                *why = QStringLiteral("a connection opened by Qt's SQLite driver lacks the function registered with "
                                      "this program's sqlite3_auto_extension (%1)").arg(q.lastError().text());
            else if (q.value(0).toLongLong() != probeToken())
                *why = QStringLiteral("the probe function on Qt's connection is not this program's");
            else
                ok = true;
        }
    }
    QSqlDatabase::removeDatabase(name);
    sqlite3_cancel_auto_extension(entry);
    return ok;
}

Check runCheck(Database &db)
{
    Check c;
    auto fail = [&c](const QString &why) {
        c.reason = why;
        return c;
    };
    const QSqlDatabase conn = db.db();
    const QSqlDriver *driver = conn.driver();
    if (!driver)
        return fail(QStringLiteral("no SQL driver"));
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(QStringLiteral("the driver's handle is not a sqlite3*"));

    // The shared object that holds the driver class, and the SQLite it resolves.
    const QMetaObject *driverClass = driver->metaObject();
    Dl_info driverObject{};
    if (dladdr(driverClass, &driverObject) == 0 || !driverObject.dli_fname || !driverObject.dli_fbase)
        return fail(QStringLiteral("cannot find the shared object that holds Qt's SQLite driver"));
    const QString driverFile = QString::fromLocal8Bit(driverObject.dli_fname);
    Dl_info self{};
    if (dladdr(reinterpret_cast<void *>(&runCheck), &self) != 0 && self.dli_fbase == driverObject.dli_fbase)
        return fail(QStringLiteral("Qt's SQLite driver is linked into this program (a static Qt may bundle SQLite)"));
    void *lib = dlopen(driverObject.dli_fname, RTLD_NOW | RTLD_NOLOAD);
    if (!lib) {
        const char *e = dlerror();
        return fail(QStringLiteral("cannot reopen %1: %2").arg(driverFile, QString::fromLocal8Bit(e ? e : "")));
    }
    const auto closeLib = qScopeGuard([lib] { dlclose(lib); });
    for (const Symbol &s : kSymbols) {
        void *theirs = dlsym(lib, s.name);
        if (theirs != s.ours)
            return fail(QStringLiteral("%1 resolves %2 to another function than this program calls")
                            .arg(driverFile, QLatin1String(s.name)));
    }

    // The version SQL reports through Qt.
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !q.next())
        return fail(QStringLiteral("cannot ask Qt's SQLite for its version: %1").arg(q.lastError().text()));
    const QString version = q.value(0).toString();
    const QStringList parts = version.split(QLatin1Char('.'));
    const int number = parts.size() == 3
        ? parts.at(0).toInt() * 1000000 + parts.at(1).toInt() * 1000 + parts.at(2).toInt() : -1;
    const QString sourceId = q.value(1).toString();
    q.finish();
    if (number != sqlite3_libversion_number() || sourceId != QString::fromLatin1(sqlite3_sourceid()))
        return fail(QStringLiteral("Qt's SQLite is %1 (%2), this program's %3 (%4)")
                        .arg(version, sourceId, QString::fromLatin1(sqlite3_libversion()),
                             QString::fromLatin1(sqlite3_sourceid())));

    QString why;
    if (!probeThroughQt(driverClass, &why))
        return fail(why);
    c.ok = true;
    return c;
}

// The check, run for the first SQLite database that asks and kept for the process (every
// connection of Qt's SQLite driver uses the same plugin).
const Check &checkOnce(Database &db)
{
    static const Check check = [&db] {
        Check c = runCheck(db);
        if (c.ok)
            qCDebug(lcFastPath) << "Qt's SQLite driver uses this program's libsqlite3: fast path on";
        else
            qCInfo(lcFastPath).noquote() << "SQLite fast path off, pulled rows go through Qt SQL:" << c.reason;
        return c;
    }();
    return check;
}

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

bool FastInsert::builtIn()
{
    return true;
}

bool FastInsert::usable(Database &db, QString *reason)
{
    if (db.isPostgres()) {
        if (reason)
            *reason = QStringLiteral("not an SQLite database");
        return false;
    }
    const Check &c = checkOnce(db);
    if (!c.ok && reason)
        *reason = c.reason;
    return c.ok;
}

FastInsert::FastInsert(Database &db, int schema) : m_schema(schema)
{
    if (g_forceFallback.load() || !usable(db))
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
    // A tombstone clock goes with a tombstone: the merge drops one on a live row.
    if (values.size() != t->columns.size() || deleted != clocks.contains(kDeletedClock))
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
    // A constraint (a NULL for a NOT NULL column) fails the whole statement even when the row
    // exists; the general path merges it (the NULL may lose) or names the error.
    if ((rc & 0xff) == SQLITE_CONSTRAINT) // primary or extended result code
        return Result::Fallback;
    if (rc != SQLITE_DONE) {
        *error = QStringLiteral("cannot insert %1 %2: %3").arg(tableValue.toString(), id, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return Result::Error;
    }
    if (sqlite3_changes(m_handle) != 1)
        return Result::Fallback; // the row exists: merge it
    if (newest > *newestClock)
        *newestClock = newest;
    g_inserted.fetch_add(1, std::memory_order_relaxed);
    return Result::Inserted;
}

#endif // ENHETSPULS_SQLITE_FASTPATH
