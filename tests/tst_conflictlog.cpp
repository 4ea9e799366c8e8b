// The sync library's reads for the app: unresolved conflicts newest first, resolving one, the
// row a conflict is about, and the local sync_meta values.
#include "conflictlog.h"
#include "syncengine.h"
#include "followup.h"
#include "importfixture.h"

#include <QSqlQuery>
#include <QtTest>

class TstConflictLog : public QObject
{
    Q_OBJECT

private:
    ImportFixture m_fixture;
    std::unique_ptr<Database> m_db;
    QString m_unitA;

    void addConflict(const QString &id, const QString &table, const QString &rowId, const QString &field,
                     const QVariant &lost, const QVariant &winning, const QString &reason, const QString &at)
    {
        QSqlQuery q(m_db->db());
        q.prepare(QStringLiteral("INSERT INTO conflicts (id, tbl, row_id, field, lost_value, lost_clock, "
                                 "winning_value, winning_clock, reason, created_at) VALUES (?, ?, ?, ?, ?, '', ?, '', ?, ?)"));
        for (const QVariant &v : {QVariant(id), QVariant(table), QVariant(rowId), QVariant(field), lost, winning,
                                  QVariant(reason), QVariant(at)})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(id));
    }

private slots:
    void initTestCase()
    {
        m_db = m_fixture.load({{QStringLiteral("units"), QStringLiteral("kod;namn;förälder;typ\nSOC;Soc;;förvaltning\n"
                                                                        "A;Enhet A;SOC;enhet\n")}});
        QVERIFY(m_db);
        m_unitA = FollowUp(*m_db).tree().byCode(QStringLiteral("A"))->id;
        addConflict(QStringLiteral("c1"), QStringLiteral("units"), m_unitA, QStringLiteral("name"),
                    QStringLiteral("Gamla A"), QStringLiteral("Enhet A"), QStringLiteral("overwritten"),
                    QStringLiteral("2026-03-01T10:00:00.000Z"));
        addConflict(QStringLiteral("c2"), QStringLiteral("actions"), QStringLiteral("x"), QStringLiteral("note"),
                    QVariant(), QStringLiteral("ny"), QStringLiteral("deleted"), QStringLiteral("2026-03-02T10:00:00.000Z"));
    }

    void unresolvedNewestFirst()
    {
        const QList<Conflict> list = ConflictLog(*m_db).unresolved();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, QStringLiteral("c2"));
        QVERIFY(list.at(0).lostValue.isNull());
        QCOMPARE(list.at(0).winningValue.toString(), QStringLiteral("ny"));
        QCOMPARE(list.at(1).table, QStringLiteral("units"));
        QCOMPARE(list.at(1).lostValue.toString(), QStringLiteral("Gamla A"));
        QCOMPARE(list.at(1).reason, QStringLiteral("overwritten"));
    }

    void rowValue_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("knownRow");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unit name") << "units" << true << "name" << "Enhet A";
        QTest::newRow("unknown row") << "units" << false << "name" << "";
        QTest::newRow("unknown column") << "units" << true << "nope" << "";
        QTest::newRow("unknown table") << "nope" << true << "name" << "";
    }
    void rowValue()
    {
        QFETCH(QString, table);
        QFETCH(bool, knownRow);
        QFETCH(QString, column);
        QFETCH(QString, expected);
        QCOMPARE(ConflictLog(*m_db).rowValue(table, knownRow ? m_unitA : QStringLiteral("none"), column), expected);
    }

    void markResolvedHidesIt()
    {
        ConflictLog log(*m_db);
        QString error;
        QVERIFY2(log.markResolved(QStringLiteral("c2"), &error), qPrintable(error));
        const QList<Conflict> list = log.unresolved();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).id, QStringLiteral("c1"));
    }

    void metaRoundTrip()
    {
        SyncEngine engine(*m_db);
        QCOMPARE(engine.meta(QStringLiteral("last_synced_at")), QString());
        QVERIFY(engine.setMeta(QStringLiteral("last_synced_at"), QStringLiteral("2026-03-01T10:00:00Z")));
        QVERIFY(engine.setMeta(QStringLiteral("last_synced_at"), QStringLiteral("2026-03-02T10:00:00Z")));
        QCOMPARE(engine.meta(QStringLiteral("last_synced_at")), QStringLiteral("2026-03-02T10:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TstConflictLog)
#include "tst_conflictlog.moc"
