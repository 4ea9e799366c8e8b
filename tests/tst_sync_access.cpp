// The authorization matrix of POST /sync, in process (HttpApi::handle over a temporary SQLite
// database with the demo data imported): for every synced table and every role that is not
// admin, pushes that write outside the user's grant or role (a new row in another unit, a row
// moved out of a granted unit, a change that loses on clocks to a row of another unit, a delete
// of one, values without clocks, an indicator value re-pointed between an imported and a manual
// indicator) are refused, and a dump of the whole database (every synced table, conflicts,
// audit) is the same before and after.
#include "database.h"
#include "hlc.h"
#include "httpapi.h"
#include "ids.h"
#include "importer.h"
#include "rows.h"
#include "schema.h"
#include "store.h"
#include "sync/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QtTest>

using namespace TestSupport;

namespace {
const QString kPassword = QStringLiteral("hemligt-lösen-1");
const QString kDemoDir = QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo");

struct User
{
    QString name;
    QString role;
    QString granted; // a unit code in the grant
    QString outside; // a unit code outside it
};
} // namespace

class TstSyncAccess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_spec;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_tokens;
    int m_device = 0;
    int m_attempts = 0;

    static QList<User> users()
    {
        return {{QStringLiteral("mia"), QStringLiteral("enhetschef"), QStringLiteral("VO-HTN"), QStringLiteral("IFO-EB")},
                {QStringLiteral("vera"), QStringLiteral("verksamhetschef"), QStringLiteral("IFO-EB"), QStringLiteral("VO-HTN")},
                {QStringLiteral("cora"), QStringLiteral("controller"), QStringLiteral("VO-HTN"), QStringLiteral("FS-TAL")}};
    }

    HttpApi::Response call(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token = {})
    {
        HttpApi::Request r;
        r.method = method;
        r.path = path;
        r.body = body;
        if (!token.isEmpty())
            r.headers.insert("authorization", "Bearer " + token.toLatin1());
        r.remote = QStringLiteral("127.0.0.1");
        return m_api->handle(r);
    }

    // Every synced table, conflicts and audit, row by row in id order.
    QString dump()
    {
        QStringList out;
        QStringList tables = Schema::syncedTables();
        tables << QStringLiteral("conflicts") << QStringLiteral("audit");
        for (const QString &t : std::as_const(tables)) {
            QSqlQuery q(m_db->db());
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(t)))
                return QStringLiteral("cannot read %1").arg(t);
            while (q.next()) {
                QStringList cells{t};
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                out << cells.join(QLatin1Char('|'));
            }
        }
        return out.join(QLatin1Char('\n'));
    }

    QString unitId(const QString &code) { return Ids::unit(code); }

    // A stored row of `table` in the unit (for units: the unit itself), or an empty row.
    SyncRow storedRow(const QString &table, const QString &unitCode, const QString &extraWhere = {})
    {
        QSqlQuery q(m_db->db());
        const QString where = table == QLatin1String("units") ? QStringLiteral("id = ?")
                            : Schema::isGlobal(table) ? QString() : QStringLiteral("unit_id = ?");
        if (where.isEmpty())
            return {};
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 AND _deleted = 0 %3 ORDER BY id LIMIT 1").arg(table, where, extraWhere));
        q.addBindValue(unitId(unitCode));
        SyncRow row;
        if (q.exec() && q.next())
            Rows::Reader(*m_db).read(table, q.value(0).toString(), &row);
        return row;
    }

    // A plausible value of a column for a new row in the unit.
    QJsonValue valueFor(const QString &table, const QString &column, const QString &unitCode)
    {
        if (column == QLatin1String("unit_id") || (table == QLatin1String("units") && column == QLatin1String("parent_id")))
            return unitId(unitCode);
        if (column == QLatin1String("indicator_id")) {
            QSqlQuery q(m_db->db());
            q.exec(QStringLiteral("SELECT id FROM indicators ORDER BY id LIMIT 1"));
            return q.next() ? QJsonValue(q.value(0).toString()) : QJsonValue();
        }
        if (column.endsWith(QLatin1String("_id")))
            return QJsonValue();
        if (column == QLatin1String("month") || column == QLatin1String("period"))
            return QStringLiteral("2026-11");
        if (column.endsWith(QLatin1String("date")))
            return QStringLiteral("2026-11-02");
        switch (Schema::columnType(table, column)) {
        case Schema::Type::Text: return QStringLiteral("matris");
        case Schema::Type::Integer:
        case Schema::Type::BigInt: return 2026;
        default: return 12.5;
        }
    }

    QString clock(qint64 offsetMs, const QString &device) const
    {
        return Hlc{QDateTime::currentMSecsSinceEpoch() + offsetMs, 0, device}.toString();
    }

    // Pushes one mutation as `user`; returns the status and checks that nothing changed.
    // `device` is the one the mutation's own clocks name (a fresh one per push: numbers start at 1).
    int pushUnchanged(const User &user, const QJsonObject &mutation, const QString &what, const QString &device)
    {
        const QString before = dump();
        QJsonObject m = mutation;
        m.insert(QStringLiteral("n"), 1);
        const QJsonObject body{{QStringLiteral("device"), device}, {QStringLiteral("schema"), Schema::latest},
                               {QStringLiteral("cursor"), QString()}, {QStringLiteral("mutations"), QJsonArray{m}}};
        const HttpApi::Response r = call("POST", QStringLiteral("/api/v1/sync"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                         m_tokens.value(user.name));
        const QString after = dump();
        ++m_attempts;
        if (before != after) {
            qWarning("%s as %s (%s) changed the database; answer %d %s", qPrintable(what), qPrintable(user.name),
                     qPrintable(user.role), r.status, r.body.constData());
            return -1;
        }
        return r.status;
    }

    QJsonObject mutationOf(const SyncRow &row)
    {
        QJsonObject values;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
            values.insert(it.key(), Rows::toJson(it.value()));
        const QJsonObject clocks = row.clocks;
        return {{QStringLiteral("table"), row.table}, {QStringLiteral("id"), row.id},
                {QStringLiteral("values"), values}, {QStringLiteral("clocks"), clocks}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
        QString error;
        m_db = Database::open(m_spec, &error);
        QVERIFY2(m_db, qPrintable(error));
        {
            Store store(*m_db, Store::Role::Server);
            HlcClock importClock(QStringLiteral("import"));
            const ImportResult r = Importer::importDirectory(store, importClock, kDemoDir);
            QVERIFY2(r.ok, qPrintable(r.error));
            // A report round and a report of each unit the users are granted or not (stored rows
            // of the round tables for the cases below).
            QString error;
            const QString round = Ids::natural(QStringLiteral("report_rounds"), {QStringLiteral("matrix")});
            QVERIFY(store.begin(&error));
            QVERIFY2(store.write(QStringLiteral("report_rounds"), round,
                                 {{QStringLiteral("name"), QStringLiteral("Tertial 1")}, {QStringLiteral("year"), 2026},
                                  {QStringLiteral("month_from"), 1}, {QStringLiteral("month_to"), 4},
                                  {QStringLiteral("deadline"), QStringLiteral("2026-05-15")},
                                  {QStringLiteral("sections"), QStringLiteral("sammanfattning,ekonomi")}},
                                 importClock.now(), &error), qPrintable(error));
            for (const char *code : {"VO-HTN", "IFO-EB", "FS-TAL"}) {
                const QString unit = unitId(QString::fromLatin1(code));
                QVERIFY2(store.write(QStringLiteral("unit_reports"), Ids::natural(QStringLiteral("unit_reports"), {unit, round}),
                                     {{QStringLiteral("unit_id"), unit}, {QStringLiteral("round_id"), round},
                                      {QStringLiteral("status"), QStringLiteral("klar")},
                                      {QStringLiteral("snapshot"), QStringLiteral("{}")}},
                                     importClock.now(), &error), qPrintable(error));
                QVERIFY2(store.write(QStringLiteral("report_sections"), Ids::natural(QStringLiteral("report_sections"), {unit, round, QStringLiteral("ekonomi")}),
                                     {{QStringLiteral("unit_id"), unit}, {QStringLiteral("round_id"), round},
                                      {QStringLiteral("section"), QStringLiteral("ekonomi")}, {QStringLiteral("body"), QStringLiteral("text")}},
                                     importClock.now(), &error), qPrintable(error));
                QVERIFY2(store.write(QStringLiteral("goal_assessments"), Ids::natural(QStringLiteral("goal_assessments"), {unit, round, QStringLiteral("g")}),
                                     {{QStringLiteral("unit_id"), unit}, {QStringLiteral("round_id"), round},
                                      {QStringLiteral("goal_id"), Ids::goal(QStringLiteral("g"))}, {QStringLiteral("assessment"), QStringLiteral("delvis")}},
                                     importClock.now(), &error), qPrintable(error));
            }
            QVERIFY(store.commit(&error));
        }
        for (const User &u : users()) {
            const QString grant = u.role == QLatin1String("enhetschef") ? QStringLiteral("VO")
                                : u.role == QLatin1String("verksamhetschef") ? QStringLiteral("IFO") : QStringLiteral("VO");
            QVERIFY(addUser(m_spec, u.name, u.role, {grant}, kPassword));
        }
        HttpConfig config;
        config.dbSpec = m_spec;
        m_api = std::make_unique<HttpApi>(config);
        for (const User &u : users()) {
            const QByteArray login = QJsonDocument(QJsonObject{{QStringLiteral("user"), u.name}, {QStringLiteral("password"), kPassword}})
                                         .toJson(QJsonDocument::Compact);
            const QString token = QJsonDocument::fromJson(call("POST", QStringLiteral("/api/v1/login"), login).body)
                                      .object().value(QStringLiteral("token")).toString();
            QVERIFY2(!token.isEmpty(), qPrintable(u.name));
            m_tokens.insert(u.name, token);
        }
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("user");
        for (const QString &t : Schema::syncedTables()) {
            for (int u = 0; u < users().size(); ++u)
                QTest::newRow(qPrintable(t + QLatin1Char('/') + users().at(u).role)) << t << u;
        }
    }

    void matrix()
    {
        QFETCH(QString, table);
        QFETCH(int, user);
        const User u = users().at(user);
        QString dev;
        auto nextDevice = [&] { dev = QStringLiteral("matrix-%1").arg(++m_device); };
        const QStringList columns = Schema::columns(table);

        // 1. A new row in a unit outside the grant, every field clocked (a report round has no
        // unit: a controller opens one, tst_sync_rounds).
        if (!(table == QLatin1String("report_rounds") && u.role == QLatin1String("controller"))) {
            nextDevice();
            QJsonObject values, clocks;
            for (const QString &c : columns) {
                values.insert(c, valueFor(table, c, u.outside));
                clocks.insert(c, clock(1000, dev));
            }
            const QJsonObject m{{QStringLiteral("table"), table}, {QStringLiteral("id"), Ids::random()},
                                {QStringLiteral("values"), values}, {QStringLiteral("clocks"), clocks}};
            QCOMPARE(pushUnchanged(u, m, QStringLiteral("a new row outside the grant"), dev), 403);
        }

        // 2. A stored row of a granted unit moved to a unit outside the grant (units: re-parented).
        const SyncRow inGrant = storedRow(table, u.granted);
        if (!inGrant.id.isEmpty()) {
            nextDevice();
            QJsonObject m = mutationOf(inGrant);
            const QString key = table == QLatin1String("units") ? QStringLiteral("parent_id") : QStringLiteral("unit_id");
            QJsonObject values = m.value(QStringLiteral("values")).toObject();
            QJsonObject clocks = m.value(QStringLiteral("clocks")).toObject();
            values.insert(key, unitId(u.outside));
            clocks.insert(key, clock(1000, dev));
            m.insert(QStringLiteral("values"), values);
            m.insert(QStringLiteral("clocks"), clocks);
            QCOMPARE(pushUnchanged(u, m, QStringLiteral("a row moved out of the grant"), dev), 403);

            // 3. Values without clocks on a stored row: not a write, whatever the role.
            nextDevice();
            QJsonObject unclocked = mutationOf(inGrant);
            QJsonObject uvalues = unclocked.value(QStringLiteral("values")).toObject();
            QJsonObject uclocks = unclocked.value(QStringLiteral("clocks")).toObject();
            for (const QString &c : columns) {
                if (c.endsWith(QLatin1String("_id")))
                    continue;
                uvalues.insert(c, valueFor(table, c, u.granted));
                uclocks.remove(c);
            }
            unclocked.insert(QStringLiteral("values"), uvalues);
            unclocked.insert(QStringLiteral("clocks"), uclocks);
            const int status = pushUnchanged(u, unclocked, QStringLiteral("values without clocks"), dev);
            QVERIFY2(status > 0, "values without clocks were stored");

            // 3b. Every field changed under clocks older than the stored ones, stamped by a device
            // other than the pushing one (made up): not the user's writes, so nothing of it may
            // be stored, not even as a lost value in the conflicts table, whatever the role.
            nextDevice();
            QJsonObject stale = mutationOf(inGrant);
            QJsonObject svalues = stale.value(QStringLiteral("values")).toObject();
            QJsonObject sclocks = stale.value(QStringLiteral("clocks")).toObject();
            for (const QString &c : columns) {
                if (c.endsWith(QLatin1String("_id")) || !sclocks.contains(c))
                    continue;
                const auto stored = Hlc::parse(sclocks.value(c).toString());
                QVERIFY(stored);
                svalues.insert(c, valueFor(table, c, u.granted));
                sclocks.insert(c, Hlc{stored->wallMs - 1, 0, QStringLiteral("made-up-device")}.toString());
            }
            stale.insert(QStringLiteral("values"), svalues);
            stale.insert(QStringLiteral("clocks"), sclocks);
            QVERIFY2(pushUnchanged(u, stale, QStringLiteral("stale values under another device's clock"), dev) > 0,
                     "stale values under another device's clock were stored");
        }

        // 4. and 5. A stored row of a unit outside the grant: a change that loses on clocks, and a delete.
        const SyncRow outside = storedRow(table, u.outside);
        if (!outside.id.isEmpty()) {
            nextDevice();
            QJsonObject m = mutationOf(outside);
            QJsonObject values = m.value(QStringLiteral("values")).toObject();
            QJsonObject clocks = m.value(QStringLiteral("clocks")).toObject();
            for (const QString &c : columns) {
                if (c == QLatin1String("unit_id") || c.endsWith(QLatin1String("_id")) || !clocks.contains(c))
                    continue;
                const auto stored = Hlc::parse(clocks.value(c).toString());
                QVERIFY(stored);
                values.insert(c, valueFor(table, c, u.outside));
                clocks.insert(c, Hlc{stored->wallMs - 1, 0, dev}.toString());
            }
            m.insert(QStringLiteral("values"), values);
            m.insert(QStringLiteral("clocks"), clocks);
            QCOMPARE(pushUnchanged(u, m, QStringLiteral("a losing change outside the grant"), dev), 403);

            nextDevice();
            QJsonObject del = mutationOf(outside);
            QJsonObject delClocks = del.value(QStringLiteral("clocks")).toObject();
            delClocks.insert(QStringLiteral("_deleted"), clock(1000, dev));
            del.insert(QStringLiteral("clocks"), delClocks);
            del.insert(QStringLiteral("deleted"), true);
            QCOMPARE(pushUnchanged(u, del, QStringLiteral("a delete outside the grant"), dev), 403);
        }

        // 6. An indicator value re-pointed between an imported and a manual indicator (both ways).
        if (table == QLatin1String("indicator_values") && u.role != QLatin1String("controller")) {
            QSqlQuery q(m_db->db());
            QStringList manual, imported;
            QVERIFY(q.exec(QStringLiteral("SELECT id, source FROM indicators ORDER BY id")));
            while (q.next())
                (q.value(1).toString() == QLatin1String("manuell") ? manual : imported) << q.value(0).toString();
            QVERIFY(!manual.isEmpty() && !imported.isEmpty());
            for (const bool fromImported : {true, false}) {
                const QStringList &from = fromImported ? imported : manual;
                const QString to = fromImported ? manual.first() : imported.first();
                const SyncRow row = storedRow(table, u.granted,
                                              QStringLiteral("AND indicator_id IN ('%1')").arg(from.join(QStringLiteral("','"))));
                if (row.id.isEmpty())
                    continue;
                nextDevice();
                QJsonObject m = mutationOf(row);
                QJsonObject values = m.value(QStringLiteral("values")).toObject();
                QJsonObject clocks = m.value(QStringLiteral("clocks")).toObject();
                values.insert(QStringLiteral("indicator_id"), to);
                clocks.insert(QStringLiteral("indicator_id"), clock(1000, dev));
                values.insert(QStringLiteral("value"), 99.5);
                clocks.insert(QStringLiteral("value"), clock(1000, dev));
                m.insert(QStringLiteral("values"), values);
                m.insert(QStringLiteral("clocks"), clocks);
                QCOMPARE(pushUnchanged(u, m, QStringLiteral("an indicator value re-pointed"), dev), 403);
            }
        }
    }

    void everyCaseRan()
    {
        // Every table x 3 roles has the new-row case; most have stored rows on both sides too.
        qInfo("%d refused or ignored pushes, the database unchanged after each", m_attempts);
        QVERIFY2(m_attempts >= 3 * Schema::syncedTables().size() * 3, qPrintable(QString::number(m_attempts)));
    }
};

QTEST_MAIN(TstSyncAccess)
#include "tst_sync_access.moc"
