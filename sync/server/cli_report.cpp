#include "commands.h"

#include "database.h"
#include "followup.h"
#include "report.h"

#include <QJsonDocument>
#include <QTextStream>

namespace {
int usage()
{
    QTextStream(stderr) << "Usage: enhetspuls-server report --db DB --unit KOD --year YYYY "
                           "[--month M] [--format json|csv]\n";
    return 2;
}
} // namespace

int Commands::report(const QStringList &args)
{
    QString dbSpec, unitCode, format = QStringLiteral("json");
    int year = 0, month = 0;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (i + 1 >= args.size())
            return usage();
        const QString v = args.at(++i);
        bool ok = true;
        if (a == QLatin1String("--db"))
            dbSpec = v;
        else if (a == QLatin1String("--unit"))
            unitCode = v;
        else if (a == QLatin1String("--year"))
            year = v.toInt(&ok);
        else if (a == QLatin1String("--month"))
            month = v.toInt(&ok);
        else if (a == QLatin1String("--format"))
            format = v;
        else
            return usage();
        if (!ok)
            return usage();
    }
    if (dbSpec.isEmpty() || unitCode.isEmpty() || year < 1900 || year > 2999 || month < 0 || month > 12
        || (format != QLatin1String("json") && format != QLatin1String("csv")))
        return usage();

    QString error;
    auto db = Database::open(dbSpec, &error);
    if (!db) {
        QTextStream(stderr) << "enhetspuls-server report: " << error << "\n";
        return 1;
    }
    FollowUp followUp(*db);
    const Unit *unit = followUp.tree().byCode(unitCode);
    if (!unit) {
        QTextStream(stderr) << "enhetspuls-server report: unknown unit " << unitCode << "\n";
        return 1;
    }
    const UnitFigures figures = followUp.figures(unit->id, year, month, true);
    QTextStream out(stdout);
    if (format == QLatin1String("csv"))
        out << Report::toCsv(figures);
    else
        out << QString::fromUtf8(QJsonDocument(Report::toJson(figures)).toJson(QJsonDocument::Indented));
    return 0;
}
