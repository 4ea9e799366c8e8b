// GET /api/v1/export against a real enhetspuls-server on loopback with the demo data imported:
// a granted user gets the PDF (pdftotext holds the unit's name and the same text as the PDF
// `enhetspuls-server export` writes), the XLSX and the ODT (zip files with the same sheets and
// content as the command line's), with their Content-Type and a file name; an ungranted unit
// and an unknown code are the same 403; a bad parameter is 400 naming it; no token is 401. With
// &round=ID the compiled report of a report round (JSON here: every unit of the subtree with its
// status), 404 for an unknown round, 400 for a round with a year.
#include "database.h"
#include "hlc.h"
#include "ids.h"
#include "rounds.h"
#include "importer.h"
#include "store.h"
#include "sync/testserver.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QtTest>

using namespace TestSupport;

namespace {
const QString kPassword = QStringLiteral("hemligt-lösen-1");
const QString kDemoDir = QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo");

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return p.readAllStandardOutput();
}

struct Download
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray disposition;
};
} // namespace

class TstExportHttp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_spec;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    QString m_miaToken; // enhetschef granted VO
    QString m_oleToken; // enhetschef granted IFO only
    QString m_round;    // a report round for 2026 January–March

    Download get(const QString &query, const QString &token)
    {
        QUrl url = m_server.url();
        url.setPath(QStringLiteral("/api/v1/export"));
        url.setQuery(query);
        QNetworkRequest req(url);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = m_nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        Download d;
        d.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        d.body = reply->readAll();
        d.contentType = reply->rawHeader("Content-Type");
        d.disposition = reply->rawHeader("Content-Disposition");
        reply->deleteLater();
        return d;
    }

    // The same export from the command line.
    QString cliExport(const QString &format)
    {
        const QString out = m_dir.filePath(QStringLiteral("cli.") + format);
        if (!runCli({QStringLiteral("export"), QStringLiteral("--db"), m_spec, QStringLiteral("--unit"),
                     QStringLiteral("VO"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--month"),
                     QStringLiteral("3"), QStringLiteral("--format"), format, QStringLiteral("--out"), out}))
            return {};
        return out;
    }

    QString save(const QByteArray &bytes, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
        {
            QString error;
            auto db = Database::open(m_spec, &error);
            QVERIFY2(db, qPrintable(error));
            Store store(*db, Store::Role::Server);
            HlcClock clock(QStringLiteral("import"));
            const ImportResult r = Importer::importDirectory(store, clock, kDemoDir);
            QVERIFY2(r.ok, qPrintable(r.error));
            m_round = Ids::random();
            QVERIFY(store.begin(&error));
            QVERIFY2(store.write(QStringLiteral("report_rounds"), m_round,
                                 {{QStringLiteral("name"), QStringLiteral("Tertial 1")}, {QStringLiteral("year"), 2026},
                                  {QStringLiteral("month_from"), 1}, {QStringLiteral("month_to"), 4},
                                  {QStringLiteral("deadline"), QStringLiteral("2026-05-10")},
                                  {QStringLiteral("sections"), QStringLiteral("sammanfattning,ekonomi")}},
                                 clock.now(), &error),
                     qPrintable(error));
            QVERIFY(store.commit(&error));
        }
        QVERIFY(addUser(m_spec, QStringLiteral("mia"), QStringLiteral("enhetschef"), {QStringLiteral("VO")}, kPassword));
        QVERIFY(addUser(m_spec, QStringLiteral("ole"), QStringLiteral("enhetschef"), {QStringLiteral("IFO")}, kPassword));
        QVERIFY(m_server.start(m_spec));
        Http http(m_server.url());
        m_miaToken = http.login(QStringLiteral("mia"), kPassword);
        m_oleToken = http.login(QStringLiteral("ole"), kPassword);
        QVERIFY(!m_miaToken.isEmpty());
        QVERIFY(!m_oleToken.isEmpty());
    }

    void pdf()
    {
        const Download d = get(QStringLiteral("unit=VO&year=2026&month=3&format=pdf"), m_miaToken);
        QCOMPARE(d.status, 200);
        QCOMPARE(d.contentType, QByteArray("application/pdf"));
        QCOMPARE(d.disposition, QByteArray("attachment; filename=\"rapport-VO-2026-03.pdf\""));
        QVERIFY(d.body.startsWith("%PDF"));
        const QString path = save(d.body, QStringLiteral("api.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        QVERIFY2(text.contains(QStringLiteral("Vård och omsorg")), qPrintable(text.left(500)));
        // The same document as the command line writes (the bytes differ only in the creation date).
        const QString cli = cliExport(QStringLiteral("pdf"));
        QVERIFY(!cli.isEmpty());
        QCOMPARE(text, QString::fromUtf8(run(QStringLiteral("pdftotext"), {cli, QStringLiteral("-")})));
    }

    void xlsx()
    {
        const Download d = get(QStringLiteral("unit=VO&year=2026&month=3&format=xlsx"), m_miaToken);
        QCOMPARE(d.status, 200);
        QCOMPARE(d.contentType, QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        QCOMPARE(d.disposition, QByteArray("attachment; filename=\"rapport-VO-2026-03.xlsx\""));
        QVERIFY(d.body.startsWith("PK\x03\x04"));
        const QString path = save(d.body, QStringLiteral("api.xlsx"));
        const QString cli = cliExport(QStringLiteral("xlsx"));
        QVERIFY(!cli.isEmpty());
        for (const QString &part : {QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("xl/worksheets/sheet1.xml"),
                                    QStringLiteral("xl/worksheets/sheet2.xml")}) {
            const QByteArray api = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, part});
            QVERIFY2(!api.isEmpty(), qPrintable(part));
            QCOMPARE(api, run(QStringLiteral("unzip"), {QStringLiteral("-p"), cli, part}));
        }
        QVERIFY(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")})
                    .contains("Vård och omsorg"));
    }

    void odt()
    {
        const Download d = get(QStringLiteral("unit=VO&year=2026&month=3&format=ODT"), m_miaToken);
        QCOMPARE(d.status, 200);
        QCOMPARE(d.contentType, QByteArray("application/vnd.oasis.opendocument.text"));
        QCOMPARE(d.disposition, QByteArray("attachment; filename=\"rapport-VO-2026-03.odt\""));
        QVERIFY(d.body.startsWith("PK\x03\x04"));
        const QString path = save(d.body, QStringLiteral("api.odt"));
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")}),
                 QByteArray("application/vnd.oasis.opendocument.text"));
        const QByteArray content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QVERIFY(content.contains("Vård och omsorg"));
        const QString cli = cliExport(QStringLiteral("odt"));
        QVERIFY(!cli.isEmpty());
        // The same text as the command line's (Qt's ODF writer orders its automatic styles by a
        // hash, so the XML itself differs from one run to the next).
        const auto text = [](const QByteArray &xml) {
            return QString::fromUtf8(xml).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        };
        const QString apiText = text(content);
        QVERIFY(apiText.contains(QStringLiteral("Vård och omsorg")));
        QCOMPARE(apiText, text(run(QStringLiteral("unzip"), {QStringLiteral("-p"), cli, QStringLiteral("content.xml")})));
    }

    void latestMonthWithoutMonth()
    {
        const Download d = get(QStringLiteral("unit=VO-HTN&year=2026&format=xlsx"), m_miaToken);
        QCOMPARE(d.status, 200);
        QVERIFY(d.disposition.startsWith("attachment; filename=\"rapport-VO-HTN-2026-"));
    }

    void roundReport()
    {
        const Download d = get(QStringLiteral("unit=VO&round=%1&format=json").arg(m_round), m_miaToken);
        QCOMPARE(d.status, 200);
        QCOMPARE(d.contentType, QByteArray("application/json"));
        QCOMPARE(d.disposition, QByteArray("attachment; filename=\"rapport-VO-tertial-1-2026.json\""));
        const QJsonObject body = QJsonDocument::fromJson(d.body).object();
        const QJsonObject round = body.value(QStringLiteral("round")).toObject();
        QCOMPARE(round.value(QStringLiteral("id")).toString(), m_round);
        QStringList units;
        for (const QJsonValue &u : round.value(QStringLiteral("units")).toArray()) {
            units << u.toObject().value(QStringLiteral("unit")).toString();
            QCOMPARE(u.toObject().value(QStringLiteral("status")).toString(), Rounds::NotStarted);
        }
        QCOMPARE(units.first(), QStringLiteral("VO"));
        QVERIFY(units.contains(QStringLiteral("VO-HTN")));
        // The figures of the round's last month.
        QCOMPARE(body.value(QStringLiteral("report")).toObject().value(QStringLiteral("month")).toInt(), 4);
        const Download pdf = get(QStringLiteral("unit=VO-HTN&round=%1&format=pdf").arg(m_round), m_miaToken);
        QCOMPARE(pdf.status, 200);
        const QString path = save(pdf.body, QStringLiteral("round.pdf"));
        QVERIFY(QString::fromUtf8(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})).contains(QStringLiteral("Tertial 1 – Hemtjänst Norr")));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("mia");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("ungranted unit") << QStringLiteral("unit=VO&year=2026&format=pdf") << false << 403 << QString();
        QTest::newRow("unknown code, same answer") << QStringLiteral("unit=NOPE&year=2026&format=pdf") << false << 403 << QString();
        QTest::newRow("unknown code, granted user") << QStringLiteral("unit=NOPE&year=2026&format=pdf") << true << 403 << QString();
        QTest::newRow("bad format") << QStringLiteral("unit=VO&year=2026&format=docx") << true << 400 << QStringLiteral("format");
        QTest::newRow("no format") << QStringLiteral("unit=VO&year=2026") << true << 400 << QStringLiteral("format");
        QTest::newRow("no unit") << QStringLiteral("year=2026&format=pdf") << true << 400 << QStringLiteral("unit");
        QTest::newRow("bad year") << QStringLiteral("unit=VO&year=20x6&format=pdf") << true << 400 << QStringLiteral("year");
        QTest::newRow("bad month") << QStringLiteral("unit=VO&year=2026&month=13&format=pdf") << true << 400 << QStringLiteral("month");
        QTest::newRow("round, ungranted unit") << QStringLiteral("unit=VO&round=%1&format=json").arg(m_round) << false << 403 << QString();
        QTest::newRow("unknown round") << QStringLiteral("unit=VO&round=nope&format=json") << true << 404 << QStringLiteral("round");
        QTest::newRow("round and year") << QStringLiteral("unit=VO&round=%1&year=2026&format=json").arg(m_round) << true << 400 << QStringLiteral("round");
        QTest::newRow("empty round") << QStringLiteral("unit=VO&round=&format=json") << true << 400 << QStringLiteral("round");
    }

    void refused()
    {
        QFETCH(QString, query);
        QFETCH(bool, mia);
        QFETCH(int, status);
        QFETCH(QString, parameter);
        const Download d = get(query, mia ? m_miaToken : m_oleToken);
        QCOMPARE(d.status, status);
        QVERIFY(d.contentType.startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(d.body).object();
        if (status == 403) {
            QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
            QVERIFY(!d.body.contains("Vård och omsorg"));
        } else {
            QCOMPARE(body.value(QStringLiteral("parameter")).toString(), parameter);
            QVERIFY2(body.value(QStringLiteral("message")).toString().startsWith(parameter), d.body.constData());
        }
    }

    void ungrantedAndUnknownLookAlike()
    {
        const Download known = get(QStringLiteral("unit=VO&year=2026&format=pdf"), m_oleToken);
        const Download unknown = get(QStringLiteral("unit=VQ&year=2026&format=pdf"), m_oleToken);
        QCOMPARE(known.status, 403);
        QCOMPARE(QString::fromUtf8(unknown.body).replace(QStringLiteral("VQ"), QStringLiteral("VO")),
                 QString::fromUtf8(known.body));
    }

    void needsAToken()
    {
        QCOMPARE(get(QStringLiteral("unit=VO&year=2026&format=pdf"), {}).status, 401);
    }
};

QTEST_GUILESS_MAIN(TstExportHttp)
#include "tst_export_http.moc"
