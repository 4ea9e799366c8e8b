// The schema across versions: a database migrated step by step from every earlier version
// (and one written by the last release before the declarative schema) has exactly the tables,
// columns and indexes of a new one, on SQLite and on PostgreSQL.
#include "database.h"
#include "migrations.h"
#include "schema.h"
#include "sync/testserver.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

namespace {
// Every table's columns and every index, as a text to compare (one line each).
QStringList structure(Database &db)
{
    QStringList out;
    QSqlQuery q(db.db());
    if (db.isPostgres()) {
        q.exec(QStringLiteral(
            "SELECT table_name, ordinal_position, column_name, data_type, is_nullable, column_default "
            "FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << QStringLiteral("column ") + cells.join(QLatin1Char('|'));
        }
        q.exec(QStringLiteral("SELECT tablename, indexname, indexdef FROM pg_indexes "
                              "WHERE schemaname = current_schema() ORDER BY tablename, indexname"));
        while (q.next())
            out << QStringLiteral("index %1|%2|%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        return out;
    }
    QStringList tables;
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &t : std::as_const(tables)) {
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t));
        while (q.next())
            out << QStringLiteral("column %1|%2|%3|%4|%5|%6|%7").arg(t, q.value(0).toString(), q.value(1).toString(),
                                                                   q.value(2).toString(), q.value(3).toString(),
                                                                   q.value(4).toString(), q.value(5).toString());
    }
    q.exec(QStringLiteral("SELECT tbl_name, name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY tbl_name, name"));
    while (q.next())
        out << QStringLiteral("index %1|%2|%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

// The lines of `a` missing from `b`, for a readable failure.
QString missing(const QStringList &a, const QStringList &b)
{
    QStringList gone;
    for (const QString &line : a) {
        if (!b.contains(line))
            gone << line;
    }
    return gone.join(QLatin1Char('\n'));
}

void compareStructure(Database &migrated, Database &fresh)
{
    const QStringList m = structure(migrated);
    const QStringList f = structure(fresh);
    QVERIFY(f.size() > 100);
    QVERIFY2(m == f, qPrintable(QStringLiteral("only in the migrated database:\n%1\nonly in the new one:\n%2")
                                    .arg(missing(m, f), missing(f, m))));
}
} // namespace

class TstSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files)); }

private slots:
    void declaration()
    {
        // Every synced table and column appeared at a version this build knows, and a column
        // added later stands after those its table was created with.
        for (const Schema::Table &t : Schema::tables()) {
            QVERIFY2(t.since >= 1 && t.since <= Schema::latest, qPrintable(t.name));
            int since = t.since;
            for (const Schema::Column &c : t.columns) {
                QVERIFY2(c.since >= since && c.since <= Schema::latest, qPrintable(t.name + QLatin1Char('.') + c.name));
                since = c.since;
            }
        }
        QCOMPARE(Schema::columns(QStringLiteral("actions"), 6).contains(QStringLiteral("done_date")), false);
        QCOMPARE(Schema::columns(QStringLiteral("actions"), 7).contains(QStringLiteral("done_date")), true);
        QCOMPARE(Schema::syncedTables(2).contains(QStringLiteral("actions")), false);
        QCOMPARE(Schema::columnType(QStringLiteral("actions"), QStringLiteral("effect_tkr")), Schema::Type::Double);
        QVERIFY(Schema::isGlobal(QStringLiteral("indicators")));
        QVERIFY(!Schema::isGlobal(QStringLiteral("actions")));
    }

    void sqliteStepByStep_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Schema::latest; ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void sqliteStepByStep()
    {
        QFETCH(int, from);
        QString error;
        auto fresh = Database::open(newPath(), &error);
        QVERIFY2(fresh, qPrintable(error));
        auto migrated = Database::open(newPath(), &error, false);
        QVERIFY2(migrated, qPrintable(error));
        QVERIFY2(Migrations::migrate(*migrated, from, &error), qPrintable(error));
        QCOMPARE(migrated->schemaVersion(), from);
        QVERIFY2(Migrations::migrate(*migrated, Schema::latest, &error), qPrintable(error));
        QCOMPARE(migrated->schemaVersion(), Schema::latest);
        compareStructure(*migrated, *fresh);
    }

    // A database written by the last release before this schema module (its .schema output,
    // kept in tests/data) upgrades to what a new database is.
    void sqliteFromRelease6()
    {
        QFile file(QStringLiteral(ENHETSPULS_SOURCE_DIR "/tests/data/schema_v6.sql"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString path = newPath();
        QString error;
        {
            auto db = Database::open(path, &error, false);
            QVERIFY2(db, qPrintable(error));
            const QStringList statements = QString::fromUtf8(file.readAll()).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString &s : statements) {
                if (!s.trimmed().isEmpty())
                    QVERIFY2(db->exec(s.trimmed(), &error), qPrintable(error));
            }
            QVERIFY(db->setSchemaVersion(6));
        }
        auto migrated = Database::open(path, &error);
        QVERIFY2(migrated, qPrintable(error));
        QCOMPARE(migrated->schemaVersion(), Schema::latest);
        auto fresh = Database::open(newPath(), &error);
        QVERIFY2(fresh, qPrintable(error));
        compareStructure(*migrated, *fresh);
    }

    void postgresStepByStep()
    {
        if (!TestSupport::Postgres::available())
            QSKIP("PostgreSQL 15 is not installed (scripts/deps.sh installs it)");
        TestSupport::Postgres pg;
        QString error;
        QVERIFY2(pg.start(&error), qPrintable(error));
        auto admin = Database::open(pg.spec(), &error, false);
        QVERIFY2(admin, qPrintable(error));
        for (int from = 1; from < Schema::latest; ++from)
            QVERIFY2(admin->exec(QStringLiteral("CREATE DATABASE m%1").arg(from), &error), qPrintable(error));
        const QString socket = pg.spec().section(QStringLiteral("?"), 1);
        auto spec = [&](const QString &name) { return QStringLiteral("postgres://enhetspuls@/%1?%2").arg(name, socket); };
        auto fresh = Database::open(pg.spec(), &error);
        QVERIFY2(fresh, qPrintable(error));
        for (int from = 1; from < Schema::latest; ++from) {
            auto migrated = Database::open(spec(QStringLiteral("m%1").arg(from)), &error, false);
            QVERIFY2(migrated, qPrintable(error));
            QVERIFY2(Migrations::migrate(*migrated, from, &error), qPrintable(error));
            QVERIFY2(Migrations::migrate(*migrated, Schema::latest, &error), qPrintable(error));
            compareStructure(*migrated, *fresh);
            if (QTest::currentTestFailed())
                qWarning("migrated from version %d", from);
        }
        fresh.reset();
        admin.reset();
        pg.stop();
    }
};

QTEST_GUILESS_MAIN(TstSchema)
#include "tst_schema.moc"
