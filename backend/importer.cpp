// CSV importers. The formats (header row, any column order, headers case-insensitive and with or
// without å/ä/ö; ';' or ',' separated; UTF-8 with or without BOM; numbers with decimal comma or
// point, spaces or no-break spaces as thousands separators, '−' or '-' as minus):
//
//   units       kod;namn;förälder;typ                    typ: förvaltning|område|enhet; any row order
//   goals       kod;namn;nivå[;förälder][;enhet]         nivå: KF|nämnd|förvaltning|enhet;
//                                                        förälder = parent goal kod, enhet = unit kod
//   indicators  kod;namn;måttenhet;bättre[;mål][;källa][;aggregering]
//                                                        bättre: lägre|högre|ingen; mål = goal kod;
//                                                        källa: import|manuell|sjukfrånvaro|
//                                                        sjukfrånvaro_korttid|sjukfrånvaro_långtid;
//                                                        aggregering: senaste (default)|summa|kvot|medel
//   targets     indikator;enhet;år;måltyp;målvärde[;tolerans]
//                                                        måltyp: max|min|öka|minska (målvärde empty
//                                                        for öka/minska); tolerans default 0
//   values      indikator;enhet;period;värde[;kommentar][;täljare;nämnare]
//                                                        period: YYYY or YYYY-MM; täljare and
//                                                        nämnare together, required for a kvot
//                                                        (värde may then be empty)
//   sickleave   enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus
//               [;sjuklönekostnad]                       månad: YYYY-MM; hours and kr
//   budget      enhet;månad;kategori;budget[;utfall][;prognos]
//                                                        kategori: intäkter|personalkostnader|
//                                                        övriga kostnader|kapitalkostnader; tkr;
//                                                        prognos = full-year forecast as of the month
//   actions     enhet;titel[;ansvarig;start;slut;status;effekt_tkr;mål;område]
//                                                        status: Ej påbörjad|Pågår|Klar;
//                                                        område: mål|sjukfrånvaro|budget|apt
//   comments    enhet;period;område[;typ];text           område: mål|sjukfrånvaro|budget|översikt;
//                                                        typ: kommentar|analys
//
// Rows are keyed by their natural key (unit code; indicator+unit+year; unit+month+category; …),
// so re-importing updates in place. Only the fields of columns present in the file are written
// (a budget file without a prognos column keeps the forecasts). References (units, goals,
// indicators, parents) may point to rows in the database or earlier in the same file. The whole
// file is validated before anything is written; a bad file is rejected with "file:line: reason".
#include "importer.h"

#include "csvreader.h"
#include "database.h"
#include "importerkinds.h"
#include "logging.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace ImportKinds;

namespace {
ImportResult failure(const QString &path, int line, const QString &reason)
{
    ImportResult r;
    r.error = Csv::printable(QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(reason));
    return r;
}
} // namespace

QStringList Importer::kinds()
{
    QStringList names;
    for (const Kind &k : ImportKinds::all())
        names << k.name;
    return names;
}

ImportResult Importer::importFile(Store &store, HlcClock &clock, const QString &kindName, const QString &path)
{
    const Kind *kind = ImportKinds::find(kindName);
    if (!kind)
        return failure(path, 0, QCoreApplication::translate("Import", "unknown import kind \"%1\"").arg(kindName));

    CsvTable table;
    int errorLine = 0;
    QString error;
    QString encoding;
    if (!Csv::readFile(path, &table, &errorLine, &error, &encoding))
        return failure(path, errorLine, error);
    QStringList notes;
    if (encoding != QLatin1String("UTF-8"))
        notes << QCoreApplication::translate("Import", "%1: read as %2").arg(path, encoding);

    // Map the header to column keys.
    QHash<QString, int> columns;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString key = Csv::fold(table.header.at(i));
        if (key.isEmpty())
            continue;
        if (columns.contains(key))
            return failure(path, table.headerLine, QCoreApplication::translate("Import", "duplicate column \"%1\"").arg(table.header.at(i).trimmed()));
        columns.insert(key, i);
    }
    for (const Column &c : kind->columns) {
        if (c.required && !columns.contains(c.key))
            return failure(path, table.headerLine, QCoreApplication::translate("Import", "missing column \"%1\"").arg(c.display));
    }
    for (const CsvRow &r : std::as_const(table.rows)) {
        if (r.cells.size() != table.header.size())
            return failure(path, r.line, QStringLiteral("expected %1 fields, found %2")
                                             .arg(table.header.size()).arg(r.cells.size()));
    }

    Known known;
    known.load(store.database());
    QList<Write> writes;
    writes.reserve(table.rows.size());
    if (!kind->convert(table.rows, columns, known, &writes, &errorLine, &error))
        return failure(path, errorLine, error);

    // A key may appear once per file.
    QHash<QString, int> seen;
    seen.reserve(writes.size());
    for (const Write &w : std::as_const(writes)) {
        auto it = seen.constFind(w.id);
        if (it != seen.cend())
            return failure(path, w.line, QCoreApplication::translate("Import", "duplicate key (also on line %1)").arg(it.value()));
        seen.insert(w.id, w.line);
    }

    if (!store.begin(&error))
        return failure(path, 0, error);
    int created = 0;
    for (const Write &w : std::as_const(writes)) {
        bool isNew = false;
        if (!store.write(w.table, w.id, w.fields, clock.now(), &error, &isNew)) {
            store.rollback();
            return failure(path, w.line, error);
        }
        created += isNew ? 1 : 0;
    }
    if (!store.commit(&error))
        return failure(path, 0, error);
    qCInfo(lcImport).noquote() << "imported" << writes.size() << "rows of" << kindName << "from" << path;
    ImportResult ok;
    ok.ok = true;
    ok.rows = int(writes.size());
    ok.created = created;
    ok.updated = ok.rows - created;
    ok.notes = notes;
    return ok;
}

ImportResult Importer::importDirectory(Store &store, HlcClock &clock, const QString &dir)
{
    ImportResult total;
    total.ok = true;
    const QDir d(dir);
    if (!d.exists())
        return failure(dir, 0, QCoreApplication::translate("Import", "no such folder"));
    for (const QString &kind : kinds()) {
        const QString path = d.filePath(kind + QStringLiteral(".csv"));
        if (!QFileInfo::exists(path))
            continue;
        const ImportResult r = importFile(store, clock, kind, path);
        if (!r.ok)
            return r;
        total.rows += r.rows;
        total.created += r.created;
        total.updated += r.updated;
        total.notes += r.notes;
    }
    return total;
}
