// Conformance of the client's initial-sync fast path (FastInsert) with the general path
// (SyncRow::fromJson + Merge): seeded random pages of changes for every synced table (NULLs,
// unicode, quotes, backslashes, control characters, large and fractional numbers, tombstones,
// rows that exist locally, clean or with unsynced local edits, fields left out, now and then a
// bad change that must fail the page) go through SyncEngine::applyResponse into two SQLite
// databases, one with the fast path and one forced to the fallback. After every page both
// databases must be equal: every column of every synced table (with _clocks, _deleted, _dirty,
// _seq), the conflicts (without their random ids and timestamps) and sync_meta. Set
// ENHETSPULS_SIM_SEED to replay a printed seed (ENHETSPULS_SIM_STEPS: pages, default 80).
#include "database.h"
#include "fastinsert.h"
#include "schema.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

namespace {
const QString kDevice = QStringLiteral("localdevice");

struct Column
{
    QString name;
    Schema::Type type;
    bool nullable = true;
    bool hasDefault = false;
};

// A value as the dump shows it: the SQLite storage class and the exact value.
QString cell(const QString &type, const QVariant &v)
{
    if (type == QLatin1String("null"))
        return QStringLiteral("null");
    if (type == QLatin1String("real"))
        return QStringLiteral("real:") + QString::number(v.toDouble(), 'g', 17);
    return type + QLatin1Char(':') + v.toString(); // integer as is, text and blob as hex
}

// "typeof(c), CASE ... hex(c) ..." for each column: each value as its storage class and exactly.
QString exactList(const QStringList &cols)
{
    QStringList parts;
    for (const QString &c : cols)
        parts << QStringLiteral("typeof(%1), CASE WHEN typeof(%1) IN ('text', 'blob') THEN hex(%1) ELSE %1 END").arg(c);
    return parts.join(QStringLiteral(", "));
}

QStringList dumpQuery(QSqlQuery &q, const QStringList &cols, const QString &prefix)
{
    QStringList out;
    while (q.next()) {
        QStringList line;
        for (int i = 0; i < cols.size(); ++i)
            line << cols.at(i) + QLatin1Char('=') + cell(q.value(2 * i).toString(), q.value(2 * i + 1));
        out << prefix + line.join(QLatin1Char(' '));
    }
    return out;
}

// Everything the apply path writes, as comparable lines.
QStringList dump(Database &db)
{
    QStringList out;
    QSqlQuery q(db.db());
    for (const QString &table : Schema::syncedTables()) {
        QStringList cols{QStringLiteral("id")};
        cols << Schema::columns(table) << QStringLiteral("_clocks") << QStringLiteral("_deleted")
             << QStringLiteral("_dirty") << QStringLiteral("_seq");
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(exactList(cols), table)))
            return {QStringLiteral("cannot read ") + table};
        out << dumpQuery(q, cols, table + QStringLiteral(": "));
    }
    const QStringList conflictCols{QStringLiteral("tbl"), QStringLiteral("row_id"), QStringLiteral("field"),
                                   QStringLiteral("lost_value"), QStringLiteral("lost_clock"), QStringLiteral("winning_value"),
                                   QStringLiteral("winning_clock"), QStringLiteral("reason"), QStringLiteral("resolved")};
    if (!q.exec(QStringLiteral("SELECT %1 FROM conflicts").arg(exactList(conflictCols))))
        return {QStringLiteral("cannot read conflicts")};
    QStringList conflicts = dumpQuery(q, conflictCols, QStringLiteral("conflicts: "));
    std::sort(conflicts.begin(), conflicts.end()); // ids and timestamps are random: order by content
    out << conflicts;
    const QStringList metaCols{QStringLiteral("key"), QStringLiteral("value")};
    if (!q.exec(QStringLiteral("SELECT %1 FROM sync_meta ORDER BY key").arg(exactList(metaCols))))
        return {QStringLiteral("cannot read sync_meta")};
    out << dumpQuery(q, metaCols, QStringLiteral("sync_meta: "));
    return out;
}

// Random changes as the server would send them (and some it would not).
class Generator
{
public:
    Generator(quint32 seed, Database &db) : m_rng(seed)
    {
        QSqlQuery q(db.db());
        for (const QString &table : Schema::syncedTables()) {
            QHash<QString, std::pair<bool, bool>> info; // name -> (not null, has default)
            q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (q.next())
                info.insert(q.value(1).toString(), {q.value(3).toInt() != 0, !q.value(4).isNull()});
            for (const QString &c : Schema::columns(table))
                m_columns[table] << Column{c, Schema::columnType(table, c), !info.value(c).first, info.value(c).second};
        }
    }

    bool chance(double p) { return m_rng.generateDouble() < p; }
    int bounded(int n) { return int(m_rng.bounded(n)); }
    const QList<Column> &columns(const QString &table) const { return *m_columns.constFind(table); }

    QString table() { return Schema::syncedTables().at(bounded(int(Schema::syncedTables().size()))); }

    // A few ids per table so that rows come again (and merge), now and then a new one.
    QString id()
    {
        static const QStringList shapes{QStringLiteral("row-%1"), QStringLiteral("rad-åäö-%1"), QStringLiteral("q\"uote'%1"),
                                        QStringLiteral("back\\slash-%1"), QStringLiteral("😀-%1")};
        const int n = chance(0.2) ? 1000 + m_fresh++ : bounded(12);
        return shapes.at(n % shapes.size()).arg(n);
    }

    QString text()
    {
        static const QStringList pieces{
            QString(), QStringLiteral("a"), QStringLiteral("Hemtjänst Norr"), QStringLiteral("ÅÄÖ åäö é ü ß"),
            QStringLiteral("\"quoted\""), QStringLiteral("it's"), QStringLiteral("back\\slash \\n \\u0041"),
            QStringLiteral("tab\tnew\nline\r\n"), QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f),
            QStringLiteral("nul:") + QChar(0) + QStringLiteral(":after"), QStringLiteral("€ 日本語 Ελληνικά"),
            QStringLiteral("😀🇸🇪"), QStringLiteral("line\u2028sep\u2029"), QStringLiteral("{\"json\": [1, 2]}"),
            QStringLiteral("'); DROP TABLE units; --"), QStringLiteral("   "), QStringLiteral("\u00a0\u200b\ufeff")};
        QString s;
        const int n = bounded(4);
        for (int i = 0; i < n; ++i)
            s += pieces.at(bounded(int(pieces.size())));
        if (chance(0.03))
            s = s.repeated(200) + QStringLiteral("lång text");
        return s;
    }

    double real()
    {
        static const double specials[] = {0.0, -0.0, 0.1, -2.5, 1e300, -1e300, 1e-300, 4.9e-324, 123456789.123456789,
                                          9007199254740992.0, 9007199254740993.0, 1e15 + 0.5, 3.0, -7.0, 1.7976931348623157e308};
        if (chance(0.5))
            return specials[bounded(int(std::size(specials)))];
        return (m_rng.generateDouble() - 0.5) * std::pow(10.0, bounded(12));
    }

    qint64 integer()
    {
        static const qint64 specials[] = {0, -1, 1, 2026, 9007199254740992LL, -9007199254740992LL, 4611686018427387904LL,
                                          -4611686018427387904LL, 2147483647LL, 2147483648LL};
        if (chance(0.5))
            return specials[bounded(int(std::size(specials)))];
        return qint64(m_rng.bounded(100000)) - 50000;
    }

    QJsonValue value(const Column &c, bool allowNull)
    {
        if (allowNull && c.nullable && chance(0.2))
            return QJsonValue(QJsonValue::Null);
        if (c.type == Schema::Type::Text)
            return text();
        if (c.type == Schema::Type::Integer || c.type == Schema::Type::BigInt)
            return double(integer());
        return real();
    }

    QVariant localValue(const Column &c)
    {
        const QJsonValue v = value(c, true);
        if (v.isNull())
            return QVariant();
        if (v.isString())
            return v.toString();
        if (c.type == Schema::Type::Integer || c.type == Schema::Type::BigInt)
            return qint64(v.toDouble());
        return v.toDouble();
    }

    // A clock near `wallMs` from one of several devices (the local one now and then: an echo).
    QString clock(qint64 wallMs)
    {
        static const QStringList devices{QStringLiteral("server-import"), QStringLiteral("devA"), QStringLiteral("dév-ö"),
                                         QStringLiteral("q\"uote"), QStringLiteral("back\\slash"), QStringLiteral("tab\tdev"),
                                         QStringLiteral("😀"), kDevice};
        const qint64 wall = wallMs + qint64(m_rng.bounded(6000)) - 3000;
        return QStringLiteral("%1:%2:%3").arg(wall, 16, 10, QLatin1Char('0')).arg(bounded(3), 5, 10, QLatin1Char('0'))
            .arg(devices.at(bounded(int(devices.size()))));
    }

    // One change; with makeBad one the client must refuse (*bad tells whether it is).
    QJsonObject change(qint64 wallMs, bool makeBad, bool *bad)
    {
        *bad = false;
        const QString t = table();
        const bool partial = chance(0.25);
        QJsonObject values;
        QJsonObject clocks;
        for (const Column &c : columns(t)) {
            // Left out only where an insert still works (nullable or with a default).
            if (partial && (c.nullable || c.hasDefault) && chance(0.5))
                continue;
            values.insert(c.name, value(c, true));
            if (!chance(0.1))
                clocks.insert(c.name, clock(wallMs));
        }
        QJsonObject change{{QStringLiteral("table"), t}, {QStringLiteral("id"), id()}, {QStringLiteral("values"), values},
                           {QStringLiteral("clocks"), clocks}};
        if (chance(0.15)) {
            clocks.insert(QStringLiteral("_deleted"), clock(wallMs));
            change.insert(QStringLiteral("clocks"), clocks);
            change.insert(QStringLiteral("deleted"), true);
        } else if (chance(0.03)) {
            // A tombstone clock on a live row (no server sends one; the client must not care).
            clocks.insert(QStringLiteral("_deleted"), clock(wallMs));
            change.insert(QStringLiteral("clocks"), clocks);
        } else if (chance(0.5)) {
            change.insert(QStringLiteral("deleted"), false);
        }
        if (makeBad) {
            *bad = true;
            switch (bounded(5)) {
            case 0: // a value of the wrong type
                values.insert(columns(t).first().name, columns(t).first().type == Schema::Type::Text ? QJsonValue(1.5)
                                                                                                       : QJsonValue(QStringLiteral("x")));
                break;
            case 1: // an unknown field
                values.insert(QStringLiteral("no_such_field"), QStringLiteral("x"));
                break;
            case 2: { // NULL in a NOT NULL column
                const auto it = std::find_if(columns(t).cbegin(), columns(t).cend(), [](const Column &c) { return !c.nullable; });
                if (it == columns(t).cend())
                    *bad = false;
                else
                    values.insert(it->name, QJsonValue(QJsonValue::Null));
                break;
            }
            case 3: // a clock that does not parse
                clocks.insert(columns(t).first().name, QStringLiteral("not a clock"));
                values.insert(columns(t).first().name, value(columns(t).first(), false));
                break;
            default: // a fractional number in an integer column, or a tombstone without a clock
                if (t == QLatin1String("targets")) {
                    values.insert(QStringLiteral("year"), 2026.5);
                } else {
                    clocks.remove(QStringLiteral("_deleted"));
                    change.insert(QStringLiteral("deleted"), true);
                }
                break;
            }
            change.insert(QStringLiteral("values"), values);
            change.insert(QStringLiteral("clocks"), clocks);
        }
        return change;
    }

private:
    QRandomGenerator m_rng;
    QHash<QString, QList<Column>> m_columns;
    int m_fresh = 0;
};

// One client: its database and engine with a fixed device id and the test's wall clock.
struct Client
{
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncEngine> engine;

    bool open(const QString &path, const qint64 *wallMs, QString *error)
    {
        db = Database::open(path, error);
        if (!db)
            return false;
        QSqlQuery q(db->db());
        q.prepare(QStringLiteral("INSERT INTO sync_meta (key, value) VALUES ('device_id', ?)"));
        q.addBindValue(kDevice);
        if (!q.exec()) {
            *error = QStringLiteral("cannot set the device id");
            return false;
        }
        engine = std::make_unique<SyncEngine>(*db, [wallMs] { return *wallMs; });
        return true;
    }
};
} // namespace

class TstFastInsert : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { FastInsert::setForceFallback(false); }

    void fastPathMatchesFallback()
    {
        if (!FastInsert::builtIn())
            QSKIP("built with ENHETSPULS_SQLITE_FASTPATH=OFF: there is no fast path to compare");
        const quint32 seed = qEnvironmentVariableIsSet("ENHETSPULS_SIM_SEED")
            ? quint32(qEnvironmentVariableIntValue("ENHETSPULS_SIM_SEED")) : QRandomGenerator::global()->generate();
        const int pages = qEnvironmentVariableIsSet("ENHETSPULS_SIM_STEPS") ? qEnvironmentVariableIntValue("ENHETSPULS_SIM_STEPS") : 80;
        const QByteArray tag = QStringLiteral("seed %1 (replay with ENHETSPULS_SIM_SEED=%1)").arg(seed).toUtf8();
        qInfo("%s", tag.constData());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qint64 wallMs = 1764547200000; // both clients read the same wall clock
        Client fast;
        Client slow;
        QString error;
        QVERIFY2(fast.open(dir.filePath(QStringLiteral("fast.sqlite")), &wallMs, &error), qPrintable(error));
        QVERIFY2(slow.open(dir.filePath(QStringLiteral("slow.sqlite")), &wallMs, &error), qPrintable(error));
        // Built in but refused at run time here: say why rather than compare two fallbacks.
        QString reason;
        QVERIFY2(FastInsert::usable(*fast.db, &reason),
                 qPrintable(QStringLiteral("the fast path is built in but not usable (%1); build with "
                                           "-DENHETSPULS_SQLITE_FASTPATH=OFF on such a system").arg(reason)));

        Generator gen(seed, *fast.db);
        qint64 fastInserted = 0;
        int pagesFailed = 0;
        int changes = 0;
        qint64 acked = 0;
        for (int p = 0; p < pages; ++p) {
            wallMs += 1000;
            // Local edits (the same on both clients): unsynced rows that pulled values may beat.
            const int edits = gen.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const QString table = gen.table();
                QSqlQuery q(fast.db->db());
                q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
                QStringList ids;
                while (q.next())
                    ids << q.value(0).toString();
                if (ids.isEmpty())
                    continue;
                const QString id = ids.at(gen.bounded(int(ids.size())));
                if (gen.chance(0.2)) {
                    const bool a = fast.engine->remove(table, id, &error);
                    QCOMPARE(slow.engine->remove(table, id, &error), a);
                } else {
                    QVariantMap fields;
                    for (const Column &c : gen.columns(table)) {
                        if (gen.chance(0.3))
                            fields.insert(c.name, gen.localValue(c)); // NULL only where the column allows it
                    }
                    if (fields.isEmpty())
                        continue;
                    const bool a = fast.engine->write(table, id, fields, &error);
                    QVERIFY2(a, qPrintable(error));
                    QVERIFY2(slow.engine->write(table, id, fields, &error), qPrintable(error));
                }
            }
            // Now and then a push: the outbox is numbered the same, and the next page acks it.
            qint64 ack = 0;
            if (gen.chance(0.3)) {
                const QJsonObject a = fast.engine->buildRequest(&error);
                QCOMPARE(slow.engine->buildRequest(&error), a);
                const QJsonArray mutations = a.value(QStringLiteral("mutations")).toArray();
                if (!mutations.isEmpty())
                    ack = qint64(mutations.last().toObject().value(QStringLiteral("n")).toDouble());
            }

            QJsonArray page;
            bool pageBad = false;
            const int size = gen.bounded(80);
            const int badAt = gen.chance(0.1) ? gen.bounded(size + 1) : -1;
            for (int i = 0; i < size; ++i) {
                bool bad = false;
                page.append(gen.change(wallMs, i == badAt, &bad));
                pageBad = pageBad || bad;
            }
            changes += int(page.size());
            QJsonObject response{{QStringLiteral("changes"), page}, {QStringLiteral("cursor"), QString::number(p)},
                                 {QStringLiteral("more"), false}};
            if (ack > acked)
                response.insert(QStringLiteral("acked"), double(ack));

            const qint64 before = FastInsert::insertedCount();
            bool more = false;
            QString fastError;
            const bool fastOk = fast.engine->applyResponse(response, &more, &fastError);
            fastInserted += FastInsert::insertedCount() - before;
            FastInsert::setForceFallback(true);
            const qint64 beforeSlow = FastInsert::insertedCount();
            QString slowError;
            const bool slowOk = slow.engine->applyResponse(response, &more, &slowError);
            FastInsert::setForceFallback(false);
            QCOMPARE(FastInsert::insertedCount(), beforeSlow); // the forced fallback never took the fast path
            if (fastOk != slowOk)
                qWarning("%s, page %d: fast path %s (%s), fallback %s (%s)", tag.constData(), p, fastOk ? "applied" : "failed",
                         qPrintable(fastError), slowOk ? "applied" : "failed", qPrintable(slowError));
            QCOMPARE(fastOk, slowOk);
            // A bad change fails the page unless the merge leaves it unwritten (a NULL that loses).
            if (!pageBad)
                QVERIFY2(fastOk, qPrintable(QStringLiteral("%1, page %2: %3").arg(QString::fromUtf8(tag)).arg(p).arg(fastError)));
            if (!fastOk)
                ++pagesFailed;
            else if (ack > acked)
                acked = ack;

            const QStringList a = dump(*fast.db);
            const QStringList b = dump(*slow.db);
            if (a != b) {
                qsizetype i = 0;
                while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
                    ++i;
                qWarning("%s: the databases differ after page %d:\nfast path: %s\nfallback:  %s", tag.constData(), p,
                         qPrintable(a.value(i)), qPrintable(b.value(i)));
            }
            QCOMPARE(a, b);
        }
        qInfo("%s: %d pages (%d refused), %d changes, %lld inserted through the fast path, %d lines in the dump, %d conflicts",
              tag.constData(), pages, pagesFailed, changes, fastInserted, int(dump(*fast.db).size()),
              fast.engine->conflictCount());
        QVERIFY2(fastInserted > 0, "the fast path was never taken");
    }

    void forcedFallbackTakesNoFastPath()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("c.sqlite")), &error);
        QVERIFY2(db, qPrintable(error));
        SyncEngine engine(*db);
        const QJsonObject change{{QStringLiteral("table"), QStringLiteral("units")}, {QStringLiteral("id"), QStringLiteral("u1")},
                                 {QStringLiteral("values"), QJsonObject{{QStringLiteral("code"), QStringLiteral("VO")},
                                                                        {QStringLiteral("name"), QStringLiteral("Vård och omsorg")},
                                                                        {QStringLiteral("parent_id"), QJsonValue::Null},
                                                                        {QStringLiteral("kind"), QStringLiteral("enhet")}}},
                                 {QStringLiteral("clocks"), QJsonObject{{QStringLiteral("code"), QStringLiteral("0001764547200000:00000:srv")}}}};
        FastInsert::setForceFallback(true);
        const qint64 before = FastInsert::insertedCount();
        bool more = false;
        QVERIFY2(engine.applyResponse(QJsonObject{{QStringLiteral("changes"), QJsonArray{change}}, {QStringLiteral("cursor"), QStringLiteral("1")}},
                                      &more, &error), qPrintable(error));
        QCOMPARE(FastInsert::insertedCount(), before);
        QCOMPARE(QSqlQuery(QStringLiteral("SELECT name FROM units WHERE id = 'u1'"), db->db()).next(), true);
        FastInsert::setForceFallback(false);
        // The same change for a new row takes the fast path where it is built in and usable.
        QJsonObject second = change;
        second.insert(QStringLiteral("id"), QStringLiteral("u2"));
        QVERIFY2(engine.applyResponse(QJsonObject{{QStringLiteral("changes"), QJsonArray{second}}, {QStringLiteral("cursor"), QStringLiteral("2")}},
                                      &more, &error), qPrintable(error));
        QCOMPARE(FastInsert::insertedCount(), before + (FastInsert::usable(*db) ? 1 : 0));
    }
};

QTEST_GUILESS_MAIN(TstFastInsert)
#include "tst_fastinsert.moc"
