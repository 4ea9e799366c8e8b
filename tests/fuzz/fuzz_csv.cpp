// Fuzz target: the CSV importers. The first byte picks the kind of file (units, budget,
// sickleave, ...); the rest is the file as it would come from an HR or economy system. Every
// input must end in a clean success or a clean "FILE:LINE: reason", never a crash, and a
// refused file must leave the database as it was.
#include "fuzz_common.h"

#include "csvreader.h"
#include "database.h"
#include "hlc.h"
#include "importer.h"
#include "store.h"

#include <QFile>
#include <QSqlQuery>
#include <cstdlib>
#include <memory>

namespace {
struct Target
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    std::unique_ptr<HlcClock> clock;
    QString file;
    QStringList kinds;
};

Target &target()
{
    static Target *t = [] {
        QTemporaryDir &dir = Fuzz::setUp();
        auto *t = new Target;
        QString error;
        t->db = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("fuzz.sqlite")), &error);
        if (!t->db)
            abort();
        t->store = std::make_unique<Store>(*t->db, Store::Role::Server);
        t->clock = std::make_unique<HlcClock>(QStringLiteral("fuzz"));
        t->file = dir.filePath(QStringLiteral("input.csv"));
        t->kinds = Importer::kinds();
        return t;
    }();
    return *t;
}

qint64 rowCount(Database &db)
{
    qint64 n = 0;
    for (const QString &table : {QStringLiteral("units"), QStringLiteral("budget"), QStringLiteral("sick_leave"),
                                 QStringLiteral("indicator_values"), QStringLiteral("actions"), QStringLiteral("comments")}) {
        QSqlQuery q(db.db());
        if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
            n += q.value(0).toLongLong();
    }
    return n;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    Target &t = target();
    const QString kind = t.kinds.at(data[0] % t.kinds.size());
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // The reader alone, on the decoded text.
    QString text;
    bool w1252 = false;
    int line = 0;
    if (Csv::decode(bytes, &text, &w1252, &line)) {
        CsvTable table;
        QString error;
        Csv::parse(text, &table, &line, &error);
    }

    // The importer, from a file: refused means nothing written.
    QFile f(t.file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        abort();
    f.write(bytes);
    f.close();
    const qint64 before = rowCount(*t.db);
    const ImportResult r = Importer::importFile(*t.store, *t.clock, kind, t.file);
    if (!r.ok && rowCount(*t.db) != before)
        abort(); // a refused import wrote rows
    if (!r.ok && r.error.isEmpty())
        abort(); // a refusal must say why
    return 0;
}
