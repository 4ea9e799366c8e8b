// Local store: migrations, deterministic ids, the unit tree, HLC and per-field clocks.
#include "database.h"
#include "hlc.h"
#include "ids.h"
#include "migrations.h"
#include "schema.h"
#include "store.h"
#include "unittree.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TstDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)); }

    static int count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static void addUnit(Store &s, const QString &code, const QString &parent, const QString &kind,
                        const QString &name, HlcClock &clock)
    {
        QString error;
        QVERIFY2(s.write(QStringLiteral("units"), Ids::unit(code),
                         {{QStringLiteral("code"), code}, {QStringLiteral("name"), name},
                          {QStringLiteral("parent_id"), parent.isEmpty() ? QVariant() : QVariant(Ids::unit(parent))},
                          {QStringLiteral("kind"), kind}},
                         clock.now(), &error),
                 qPrintable(error));
    }

private slots:
    void freshDatabase()
    {
        QString error;
        auto db = Database::open(freshPath(), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        for (const QString &t : Schema::syncedTables())
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)), 0);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void upgradeFromEachVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Migrations::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void upgradeFromEachVersion()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        QString error;
        {
            auto db = Database::open(path, &error, false);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(Migrations::migrate(*db, from, &error), qPrintable(error));
            QCOMPARE(db->schemaVersion(), from);
            // Data written at the old version must survive the upgrade.
            QVERIFY(db->exec(QStringLiteral("INSERT INTO units (id, code, name, kind) VALUES ('u1', 'SOC', 'Socialförvaltningen', 'forvaltning')")));
        }
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM units WHERE code = 'SOC' AND _deleted = 0")), 1);
        for (const QString &t : Schema::syncedTables())
            QVERIFY2(count(*db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)) >= 0, qPrintable(t));
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM sync_meta")) >= 0);
    }

    void refusesNewerDatabase()
    {
        const QString path = freshPath();
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY(db);
            QVERIFY(db->setSchemaVersion(Migrations::latestVersion() + 1));
        }
        auto db = Database::open(path, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void deterministicIds()
    {
        QCOMPARE(Ids::unit(QStringLiteral("VO-HTN")), Ids::unit(QStringLiteral("VO-HTN")));
        QVERIFY(Ids::unit(QStringLiteral("VO-HTN")) != Ids::unit(QStringLiteral("VO-HTS")));
        // The same natural key in different tables must not collide.
        QVERIFY(Ids::unit(QStringLiteral("X")) != Ids::goal(QStringLiteral("X")));
        const QString u = Ids::unit(QStringLiteral("VO-HTN"));
        QCOMPARE(Ids::sickLeave(u, QStringLiteral("2026-03")), Ids::sickLeave(u, QStringLiteral("2026-03")));
        QVERIFY(Ids::sickLeave(u, QStringLiteral("2026-03")) != Ids::sickLeave(u, QStringLiteral("2026-04")));
        QVERIFY(Ids::budget(u, QStringLiteral("2026-03"), QStringLiteral("intakter"))
                != Ids::budget(u, QStringLiteral("2026-03"), QStringLiteral("personalkostnader")));
        // Pinned: ids are persisted and synced, so they must never change between versions.
        QCOMPARE(Ids::unit(QStringLiteral("SOC")), QUuid::createUuidV5(
            QUuid(QStringLiteral("{6f1c2a57-3b0e-4c8e-9d6a-2f4b8e1a7c33}")), QStringLiteral("units:SOC"))
            .toString(QUuid::WithoutBraces));
        QVERIFY(Ids::random() != Ids::random());
        QCOMPARE(QUuid(Ids::random()).version(), QUuid::Random);
        QCOMPARE(QUuid(Ids::unit(QStringLiteral("SOC"))).version(), QUuid::Sha1);
    }

    void unitTree()
    {
        QString error;
        auto db = Database::open(freshPath(), &error);
        QVERIFY(db);
        Store store(*db, Store::Role::Client);
        HlcClock clock(QStringLiteral("dev1"));
        QVERIFY(store.begin(&error));
        // Children before parents: the tree must not depend on row order.
        addUnit(store, QStringLiteral("VO-HTN"), QStringLiteral("VO"), QStringLiteral("enhet"), QStringLiteral("Hemtjänst Norr"), clock);
        addUnit(store, QStringLiteral("VO-SKH"), QStringLiteral("VO"), QStringLiteral("enhet"), QStringLiteral("Skållerudshemmet"), clock);
        addUnit(store, QStringLiteral("VO"), QStringLiteral("SOC"), QStringLiteral("omrade"), QStringLiteral("Vård och omsorg"), clock);
        addUnit(store, QStringLiteral("IFO"), QStringLiteral("SOC"), QStringLiteral("omrade"), QStringLiteral("Individ- och familjeomsorg"), clock);
        addUnit(store, QStringLiteral("IFO-BU"), QStringLiteral("IFO"), QStringLiteral("enhet"), QStringLiteral("Barn och unga"), clock);
        addUnit(store, QStringLiteral("SOC"), QString(), QStringLiteral("forvaltning"), QStringLiteral("Socialförvaltningen"), clock);
        QVERIFY(store.commit(&error));

        UnitTree tree = UnitTree::load(*db);
        QCOMPARE(tree.size(), 6);
        QCOMPARE(tree.roots(), QStringList{Ids::unit(QStringLiteral("SOC"))});
        const QString vo = Ids::unit(QStringLiteral("VO"));
        QCOMPARE(tree.children(vo), (QStringList{Ids::unit(QStringLiteral("VO-HTN")), Ids::unit(QStringLiteral("VO-SKH"))}));
        const QStringList all = tree.subtree(Ids::unit(QStringLiteral("SOC")));
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.first(), Ids::unit(QStringLiteral("SOC")));
        QVERIFY(all.indexOf(vo) < all.indexOf(Ids::unit(QStringLiteral("VO-HTN"))));
        QCOMPARE(tree.subtree(vo).size(), 3);
        QCOMPARE(tree.path(Ids::unit(QStringLiteral("IFO-BU"))),
                 (QStringList{Ids::unit(QStringLiteral("SOC")), Ids::unit(QStringLiteral("IFO")), Ids::unit(QStringLiteral("IFO-BU"))}));
        QVERIFY(tree.isInSubtree(Ids::unit(QStringLiteral("IFO-BU")), Ids::unit(QStringLiteral("SOC"))));
        QVERIFY(!tree.isInSubtree(Ids::unit(QStringLiteral("IFO-BU")), vo));
        QCOMPARE(tree.depth(Ids::unit(QStringLiteral("VO-SKH"))), 2);
        QCOMPARE(tree.byCode(QStringLiteral("VO"))->name, QStringLiteral("Vård och omsorg"));

        // A tombstoned unit disappears from the tree.
        QVERIFY(store.begin(&error));
        QVERIFY(store.remove(QStringLiteral("units"), Ids::unit(QStringLiteral("VO-SKH")), clock.now(), &error));
        QVERIFY(store.commit(&error));
        tree = UnitTree::load(*db);
        QCOMPARE(tree.subtree(vo).size(), 2);
    }

    void perFieldClocks()
    {
        QString error;
        auto db = Database::open(freshPath(), &error);
        QVERIFY(db);
        Store store(*db, Store::Role::Server);
        HlcClock clock(QStringLiteral("server"), [] { return qint64(1700000000000); });
        const QString id = Ids::unit(QStringLiteral("SOC"));
        QVERIFY(store.begin(&error));
        const Hlc first = clock.now();
        QVERIFY(store.write(QStringLiteral("units"), id, {{QStringLiteral("code"), QStringLiteral("SOC")}, {QStringLiteral("name"), QStringLiteral("A")}}, first, &error));
        const Hlc second = clock.now();
        QVERIFY(second.wallMs == first.wallMs && first < second);
        QVERIFY(store.write(QStringLiteral("units"), id, {{QStringLiteral("name"), QStringLiteral("B")}}, second, &error));
        QVERIFY(store.commit(&error));
        const QJsonObject c = store.clocks(QStringLiteral("units"), id);
        QCOMPARE(c.value(QStringLiteral("code")).toString(), first.toString());
        QCOMPARE(c.value(QStringLiteral("name")).toString(), second.toString());
        QCOMPARE(store.lastSeq(), 2);
        QVERIFY(!store.write(QStringLiteral("units"), id, {{QStringLiteral("nope"), 1}}, clock.now(), &error));
        QVERIFY(error.contains(QStringLiteral("units.nope")));
    }

    void hlcOrderingAndDrift()
    {
        qint64 wall = 1000;
        HlcClock a(QStringLiteral("a"), [&wall] { return wall; });
        const Hlc t1 = a.now();
        const Hlc t2 = a.now();
        QVERIFY(t1 < t2);
        QVERIFY(t1.toString() < t2.toString());
        QCOMPARE(Hlc::parse(t2.toString()).value(), t2);
        QVERIFY(!Hlc::parse(QStringLiteral("garbage")));
        // Only digits: signs, spaces and a NUL inside the number are not a clock (fuzz_parsers).
        QVERIFY(Hlc::parse(QStringLiteral("0001764000000000:00001:d")));
        QVERIFY(!Hlc::parse(QStringLiteral("-001764000000000:00001:d")));
        QVERIFY(!Hlc::parse(QStringLiteral("+001764000000000:00001:d")));
        QVERIFY(!Hlc::parse(QStringLiteral(" 001764000000000:00001:d")));
        QVERIFY(!Hlc::parse(QStringLiteral("0001764000000000: 0001:d")));
        QVERIFY(!Hlc::parse(QString(QStringLiteral("0")) + QString(15, QChar(0)) + QStringLiteral(":00001:d")));
        QVERIFY(!Hlc::parse(QStringLiteral("0001764000000000:00001:")));
        // A remote clock within the bound moves ours forward; beyond it is refused.
        QVERIFY(a.observe(Hlc{wall + 500, 3, QStringLiteral("b")}, 1000));
        QVERIFY(Hlc({wall + 500, 3, QStringLiteral("b")}) < a.now());
        QVERIFY(!a.observe(Hlc{wall + 5000, 0, QStringLiteral("b")}, 1000));
        // Ties on wall and counter break on the device id.
        QVERIFY(Hlc({5, 1, QStringLiteral("a")}) < Hlc({5, 1, QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
