#include "importerkinds.h"

#include "database.h"
#include "ids.h"
#include "importercheck.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <cmath>

using namespace ImportKinds;
using namespace ImportKinds::Detail;

namespace ImportKinds::Detail {
bool convertUnits(const Rows &rows, const QHash<QString, int> &columns, Known &known,
                  QList<Write> *writes, int *errorLine, QString *error)
{
    QHash<QString, QString> parents = known.unitParents;
    QHash<QString, int> lines;
    ROW_LOOP
        QString code, kind;
        if (!c.required(QStringLiteral("kod"), &code) || !c.enumValue(QStringLiteral("typ"), kUnitKinds, &kind))
            return false;
        parents.insert(code, row.text(QStringLiteral("foralder")));
        if (!lines.contains(code))
            lines.insert(code, line);
        const QString id = known.unitIds.value(code, Ids::unit(code));
        known.unitIds.insert(code, id);
        QVariantMap f{{QStringLiteral("code"), code}, {QStringLiteral("kind"), kind}};
        if (row.present(QStringLiteral("namn")))
            f.insert(QStringLiteral("name"), row.text(QStringLiteral("namn")));
        writes->append(Write{QStringLiteral("units"), id, f, line});
    }
    if (!checkHierarchy(parents, lines, QCoreApplication::translate("Import", "unit"), errorLine, error))
        return false;
    for (Write &w : *writes) {
        const QString parent = parents.value(w.fields.value(QStringLiteral("code")).toString());
        w.fields.insert(QStringLiteral("parent_id"), nullableId(known.unitIds.value(parent)));
    }
    known.unitParents = parents;
    return true;
}

bool convertGoals(const Rows &rows, const QHash<QString, int> &columns, Known &known,
                  QList<Write> *writes, int *errorLine, QString *error)
{
    QHash<QString, QString> parents = known.goalParents;
    QHash<QString, int> lines;
    ROW_LOOP
        QString code, level, unitId;
        if (!c.required(QStringLiteral("kod"), &code) || !c.enumValue(QStringLiteral("niva"), kGoalLevels, &level)
            || !c.unit(QStringLiteral("enhet"), known, &unitId, true))
            return false;
        parents.insert(code, row.text(QStringLiteral("foralder")));
        if (!lines.contains(code))
            lines.insert(code, line);
        const QString id = known.goalIds.value(code, Ids::goal(code));
        known.goalIds.insert(code, id);
        QVariantMap f{{QStringLiteral("code"), code}, {QStringLiteral("level"), level}};
        if (row.present(QStringLiteral("namn")))
            f.insert(QStringLiteral("name"), row.text(QStringLiteral("namn")));
        if (row.present(QStringLiteral("enhet")))
            f.insert(QStringLiteral("unit_id"), nullableId(unitId));
        writes->append(Write{QStringLiteral("goals"), id, f, line});
    }
    if (!checkHierarchy(parents, lines, QCoreApplication::translate("Import", "goal"), errorLine, error))
        return false;
    if (columns.contains(QStringLiteral("foralder"))) {
        for (Write &w : *writes) {
            const QString parent = parents.value(w.fields.value(QStringLiteral("code")).toString());
            w.fields.insert(QStringLiteral("parent_id"), nullableId(known.goalIds.value(parent)));
        }
    }
    known.goalParents = parents;
    return true;
}

bool convertIndicators(const Rows &rows, const QHash<QString, int> &columns, Known &known,
                       QList<Write> *writes, int *errorLine, QString *error)
{
    ROW_LOOP
        QString code, better, goalId, source, aggregation;
        if (!c.required(QStringLiteral("kod"), &code) || !c.enumValue(QStringLiteral("battre"), kBetter, &better)
            || !c.goal(QStringLiteral("mal"), known, &goalId)
            || (row.present(QStringLiteral("kalla"))
                && !c.enumValue(QStringLiteral("kalla"), kSources, &source, QStringLiteral("import")))
            || (row.present(QStringLiteral("aggregering"))
                && !c.enumValue(QStringLiteral("aggregering"), kAggregations, &aggregation, QStringLiteral("senaste"))))
            return false;
        const QString id = known.indicatorIds.value(code, Ids::indicator(code));
        known.indicatorIds.insert(code, id);
        QVariantMap f{{QStringLiteral("code"), code}, {QStringLiteral("better"), better}};
        if (row.present(QStringLiteral("namn")))
            f.insert(QStringLiteral("name"), row.text(QStringLiteral("namn")));
        if (row.present(QStringLiteral("mattenhet")))
            f.insert(QStringLiteral("measure_unit"), row.text(QStringLiteral("mattenhet")));
        if (row.present(QStringLiteral("mal")))
            f.insert(QStringLiteral("goal_id"), nullableId(goalId));
        if (row.present(QStringLiteral("kalla"))) {
            f.insert(QStringLiteral("source"), source);
            known.indicatorSources.insert(code, source);
        }
        if (row.present(QStringLiteral("aggregering"))) {
            f.insert(QStringLiteral("aggregation"), aggregation);
            known.indicatorAggregations.insert(code, aggregation);
        }
        writes->append(Write{QStringLiteral("indicators"), id, f, line});
    }
    return true;
}

bool convertTargets(const Rows &rows, const QHash<QString, int> &columns, Known &known,
                    QList<Write> *writes, int *errorLine, QString *error)
{
    ROW_LOOP
        QString indId, indCode, unitId, kind;
        std::optional<double> year, value, tolerance;
        if (!c.indicator(QStringLiteral("indikator"), known, &indId, &indCode)
            || !c.unit(QStringLiteral("enhet"), known, &unitId)
            || !c.number(QStringLiteral("ar"), &year, false)
            || !c.enumValue(QStringLiteral("maltyp"), kTargetKinds, &kind)
            || !c.number(QStringLiteral("malvarde"), &value, true)
            || !c.number(QStringLiteral("tolerans"), &tolerance, true, true))
            return false;
        if (*year != std::floor(*year) || *year < 1900 || *year > 2999)
            return c.fail(QCoreApplication::translate("Import", "bad år \"%1\"").arg(row.text(QStringLiteral("ar"))));
        if (!value && (kind == QLatin1String("max") || kind == QLatin1String("min")))
            return c.fail(QCoreApplication::translate("Import", "empty målvärde for måltyp %1").arg(kind));
        const int y = int(*year);
        QVariantMap f{{QStringLiteral("indicator_id"), indId}, {QStringLiteral("unit_id"), unitId},
                      {QStringLiteral("year"), y}, {QStringLiteral("kind"), kind},
                      {QStringLiteral("value"), nullable(value)}};
        if (row.present(QStringLiteral("tolerans")))
            f.insert(QStringLiteral("tolerance"), tolerance.value_or(0));
        writes->append(Write{QStringLiteral("targets"), Ids::target(indId, unitId, y), f, line});
    }
    return true;
}

} // namespace ImportKinds::Detail

namespace {
Column col(const char *key, bool required = true)
{
    const QString k = QString::fromLatin1(key);
    return Column{k, display(k), required};
}

// Loads code -> id and code -> `extra` (parent_id resolved to the parent's code when
// `extraIsParent`) of a table's live rows.
void loadCodes(Database &db, const QString &table, const QString &extra, bool extraIsParent,
               QHash<QString, QString> *ids, QHash<QString, QString> *extras)
{
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT code, id, %1 FROM %2 WHERE _deleted = 0").arg(extra, table));
    QHash<QString, QString> codeById;
    while (q.next()) {
        ids->insert(q.value(0).toString(), q.value(1).toString());
        codeById.insert(q.value(1).toString(), q.value(0).toString());
        extras->insert(q.value(0).toString(), q.value(2).toString());
    }
    if (extraIsParent) {
        for (QString &parent : *extras)
            parent = codeById.value(parent);
    }
}
} // namespace

void Known::load(Database &db)
{
    loadCodes(db, QStringLiteral("units"), QStringLiteral("parent_id"), true, &unitIds, &unitParents);
    loadCodes(db, QStringLiteral("goals"), QStringLiteral("parent_id"), true, &goalIds, &goalParents);
    loadCodes(db, QStringLiteral("indicators"), QStringLiteral("source"), false, &indicatorIds, &indicatorSources);
    QHash<QString, QString> ids;
    loadCodes(db, QStringLiteral("indicators"), QStringLiteral("aggregation"), false, &ids, &indicatorAggregations);
}

const QList<Kind> &ImportKinds::all()
{
    static const QList<Kind> kinds = {
        {QStringLiteral("units"), {col("kod"), col("namn"), col("foralder"), col("typ")}, convertUnits},
        {QStringLiteral("goals"), {col("kod"), col("namn"), col("niva"), col("foralder", false), col("enhet", false)},
         convertGoals},
        {QStringLiteral("indicators"),
         {col("kod"), col("namn"), col("mattenhet"), col("battre"), col("mal", false), col("kalla", false),
          col("aggregering", false)},
         convertIndicators},
        {QStringLiteral("targets"),
         {col("indikator"), col("enhet"), col("ar"), col("maltyp"), col("malvarde"), col("tolerans", false)},
         convertTargets},
        {QStringLiteral("values"),
         {col("indikator"), col("enhet"), col("period"), col("varde"), col("kommentar", false), col("taljare", false),
          col("namnare", false)},
         convertValues},
        {QStringLiteral("sickleave"),
         {col("enhet"), col("manad"), col("schemalagda_timmar"), col("sjuktimmar"), col("sjuktimmar_dag1_14"),
          col("sjuktimmar_60plus"), col("sjuklonekostnad", false)},
         convertSickLeave},
        {QStringLiteral("budget"),
         {col("enhet"), col("manad"), col("kategori"), col("budget"), col("utfall", false), col("prognos", false)},
         convertBudget},
        {QStringLiteral("actions"),
         {col("enhet"), col("titel"), col("ansvarig", false), col("start", false), col("slut", false),
          col("status", false), col("effekt_tkr", false), col("mal", false), col("omrade", false),
          col("klar_datum", false)},
         convertActions},
        {QStringLiteral("comments"),
         {col("enhet"), col("period"), col("omrade"), col("typ", false), col("text")}, convertComments},
    };
    return kinds;
}

const Kind *ImportKinds::find(const QString &name)
{
    for (const Kind &k : all()) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}
