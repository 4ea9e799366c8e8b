#include "importerkinds.h"

#include "csvreader.h"
#include "database.h"
#include "ids.h"

#include <QDate>
#include <cmath>
#include <QSqlQuery>
#include <QRegularExpression>

using namespace ImportKinds;

namespace {
using Rows = QList<QPair<int, QStringList>>;

QString display(const QString &key)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("foralder"), QStringLiteral("förälder")},
        {QStringLiteral("mattenhet"), QStringLiteral("måttenhet")},
        {QStringLiteral("battre"), QStringLiteral("bättre")},
        {QStringLiteral("mal"), QStringLiteral("mål")},
        {QStringLiteral("kalla"), QStringLiteral("källa")},
        {QStringLiteral("niva"), QStringLiteral("nivå")},
        {QStringLiteral("ar"), QStringLiteral("år")},
        {QStringLiteral("maltyp"), QStringLiteral("måltyp")},
        {QStringLiteral("malvarde"), QStringLiteral("målvärde")},
        {QStringLiteral("varde"), QStringLiteral("värde")},
        {QStringLiteral("manad"), QStringLiteral("månad")},
        {QStringLiteral("sjuklonekostnad"), QStringLiteral("sjuklönekostnad")},
        {QStringLiteral("omrade"), QStringLiteral("område")},
    };
    return names.value(key, key);
}

Column col(const char *key, bool required = true)
{
    const QString k = QString::fromLatin1(key);
    return Column{k, display(k), required};
}

// Maps a folded value through `table`; false when not listed.
bool mapValue(const QString &text, const QHash<QString, QString> &table, QString *out)
{
    QString f = Csv::fold(text);
    f.replace(QLatin1Char(' '), QLatin1Char('_'));
    auto it = table.constFind(f);
    if (it == table.cend())
        return false;
    *out = it.value();
    return true;
}

// Shared row-level checks; each sets *error and returns false on a bad cell.
struct Check
{
    const Row &row;
    QString *error;

    bool fail(const QString &msg) const { *error = msg; return false; }

    bool required(const QString &key, QString *out) const
    {
        *out = row.text(key);
        return !out->isEmpty() || fail(QStringLiteral("empty %1").arg(display(key)));
    }
    bool number(const QString &key, std::optional<double> *out, bool allowEmpty, bool nonNegative = false) const
    {
        bool ok = false;
        *out = Csv::parseNumber(row.text(key), &ok);
        if (!ok)
            return fail(QStringLiteral("bad number in %1: \"%2\"").arg(display(key), row.text(key)));
        if (!*out && !allowEmpty)
            return fail(QStringLiteral("empty %1").arg(display(key)));
        if (*out && nonNegative && **out < 0)
            return fail(QStringLiteral("negative number in %1: \"%2\"").arg(display(key), row.text(key)));
        return true;
    }
    bool month(const QString &key, QString *out) const
    {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
        *out = row.text(key);
        return re.match(*out).hasMatch()
            || fail(QStringLiteral("bad %1 \"%2\" (expected YYYY-MM)").arg(display(key), *out));
    }
    bool period(const QString &key, QString *out) const
    {
        static const QRegularExpression re(QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2]))?$"));
        *out = row.text(key);
        return re.match(*out).hasMatch()
            || fail(QStringLiteral("bad %1 \"%2\" (expected YYYY or YYYY-MM)").arg(display(key), *out));
    }
    bool date(const QString &key, QVariant *out) const
    {
        const QString t = row.text(key);
        if (t.isEmpty()) {
            *out = QVariant(QMetaType(QMetaType::QString));
            return true;
        }
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid() || t.size() != 10)
            return fail(QStringLiteral("bad date in %1: \"%2\" (expected YYYY-MM-DD)").arg(display(key), t));
        *out = t;
        return true;
    }
    bool enumValue(const QString &key, const QHash<QString, QString> &table, QString *out,
                   const QString &ifEmpty = {}) const
    {
        const QString t = row.text(key);
        if (t.isEmpty() && !ifEmpty.isNull()) {
            *out = ifEmpty;
            return true;
        }
        return mapValue(t, table, out)
            || fail(QStringLiteral("bad %1 \"%2\" (expected %3)")
                        .arg(display(key), t, QStringList(table.keys()).join(QStringLiteral(", "))));
    }
    bool unit(const QString &key, const Known &known, QString *id, bool allowEmpty = false) const
    {
        const QString code = row.text(key);
        if (code.isEmpty() && allowEmpty) {
            id->clear();
            return true;
        }
        auto it = known.unitIds.constFind(code);
        if (it == known.unitIds.cend())
            return fail(QStringLiteral("unknown unit \"%1\"").arg(code));
        *id = it.value();
        return true;
    }
    bool goal(const QString &key, const Known &known, QString *id) const
    {
        const QString code = row.text(key);
        id->clear();
        if (code.isEmpty())
            return true;
        auto it = known.goalIds.constFind(code);
        if (it == known.goalIds.cend())
            return fail(QStringLiteral("unknown goal \"%1\"").arg(code));
        *id = it.value();
        return true;
    }
    bool indicator(const QString &key, const Known &known, QString *id, QString *code) const
    {
        *code = row.text(key);
        auto it = known.indicatorIds.constFind(*code);
        if (it == known.indicatorIds.cend())
            return fail(QStringLiteral("unknown indicator \"%1\"").arg(*code));
        *id = it.value();
        return true;
    }
};

QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant nullableId(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id);
}

// Checks a code -> parent code map for unknown parents and cycles, for the codes defined on
// `lines`. Returns false with *errorLine/*error on the first problem.
bool checkHierarchy(const QHash<QString, QString> &parents, const QHash<QString, int> &lines,
                    const QString &what, int *errorLine, QString *error)
{
    QList<QPair<int, QString>> ordered;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        ordered.append({it.value(), it.key()});
    std::sort(ordered.begin(), ordered.end());
    for (const auto &[line, code] : ordered) {
        const QString parent = parents.value(code);
        if (!parent.isEmpty() && !parents.contains(parent)) {
            *errorLine = line;
            *error = QStringLiteral("unknown parent %1 \"%2\"").arg(what, parent);
            return false;
        }
        QSet<QString> seen{code};
        QString cur = parent;
        while (!cur.isEmpty()) {
            if (seen.contains(cur)) {
                *errorLine = line;
                *error = QStringLiteral("%1 \"%2\" is part of a parent cycle").arg(what, code);
                return false;
            }
            seen.insert(cur);
            cur = parents.value(cur);
        }
    }
    return true;
}

const QHash<QString, QString> kUnitKinds = {
    {QStringLiteral("forvaltning"), QStringLiteral("forvaltning")},
    {QStringLiteral("omrade"), QStringLiteral("omrade")},
    {QStringLiteral("verksamhetsomrade"), QStringLiteral("omrade")},
    {QStringLiteral("enhet"), QStringLiteral("enhet")},
};
const QHash<QString, QString> kBetter = {
    {QStringLiteral("lagre"), QStringLiteral("lower")}, {QStringLiteral("lower"), QStringLiteral("lower")},
    {QStringLiteral("hogre"), QStringLiteral("higher")}, {QStringLiteral("higher"), QStringLiteral("higher")},
};
const QHash<QString, QString> kSources = {
    {QStringLiteral("import"), QStringLiteral("import")},
    {QStringLiteral("manuell"), QStringLiteral("manuell")},
    {QStringLiteral("sjukfranvaro"), QStringLiteral("sjukfranvaro")},
};
const QHash<QString, QString> kGoalLevels = {
    {QStringLiteral("kf"), QStringLiteral("KF")}, {QStringLiteral("namnd"), QStringLiteral("namnd")},
    {QStringLiteral("forvaltning"), QStringLiteral("forvaltning")}, {QStringLiteral("enhet"), QStringLiteral("enhet")},
};
const QHash<QString, QString> kTargetKinds = {
    {QStringLiteral("max"), QStringLiteral("max")}, {QStringLiteral("min"), QStringLiteral("min")},
    {QStringLiteral("oka"), QStringLiteral("oka")}, {QStringLiteral("minska"), QStringLiteral("minska")},
};
const QHash<QString, QString> kCategories = {
    {QStringLiteral("intakter"), QStringLiteral("intakter")},
    {QStringLiteral("personalkostnader"), QStringLiteral("personalkostnader")},
    {QStringLiteral("ovriga_kostnader"), QStringLiteral("ovriga_kostnader")},
    {QStringLiteral("kapitalkostnader"), QStringLiteral("kapitalkostnader")},
};
const QHash<QString, QString> kActionStatus = {
    {QStringLiteral("ej_paborjad"), QStringLiteral("ej_paborjad")},
    {QStringLiteral("pagar"), QStringLiteral("pagar")}, {QStringLiteral("klar"), QStringLiteral("klar")},
};
const QHash<QString, QString> kActionAreas = {
    {QStringLiteral("mal"), QStringLiteral("mal")}, {QStringLiteral("sjukfranvaro"), QStringLiteral("sjukfranvaro")},
    {QStringLiteral("budget"), QStringLiteral("budget")}, {QStringLiteral("apt"), QStringLiteral("apt")},
};
const QHash<QString, QString> kCommentAreas = {
    {QStringLiteral("mal"), QStringLiteral("mal")}, {QStringLiteral("sjukfranvaro"), QStringLiteral("sjukfranvaro")},
    {QStringLiteral("budget"), QStringLiteral("budget")}, {QStringLiteral("oversikt"), QStringLiteral("oversikt")},
};
const QHash<QString, QString> kCommentKinds = {
    {QStringLiteral("kommentar"), QStringLiteral("kommentar")}, {QStringLiteral("analys"), QStringLiteral("analys")},
};

#define ROW_LOOP                                                  \
    for (const auto &[line, cells] : rows) {                      \
        const Row row(columns, cells);                            \
        const Check c{row, error};                                \
        *errorLine = line;

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
    if (!checkHierarchy(parents, lines, QStringLiteral("unit"), errorLine, error))
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
    if (!checkHierarchy(parents, lines, QStringLiteral("goal"), errorLine, error))
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
        QString code, better, goalId, source;
        if (!c.required(QStringLiteral("kod"), &code) || !c.enumValue(QStringLiteral("battre"), kBetter, &better)
            || !c.goal(QStringLiteral("mal"), known, &goalId)
            || (row.present(QStringLiteral("kalla"))
                && !c.enumValue(QStringLiteral("kalla"), kSources, &source, QStringLiteral("import"))))
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
            return c.fail(QStringLiteral("bad år \"%1\"").arg(row.text(QStringLiteral("ar"))));
        if (!value && (kind == QLatin1String("max") || kind == QLatin1String("min")))
            return c.fail(QStringLiteral("empty målvärde for måltyp %1").arg(kind));
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

bool convertValues(const Rows &rows, const QHash<QString, int> &columns, Known &known,
                   QList<Write> *writes, int *errorLine, QString *error)
{
    ROW_LOOP
        QString indId, indCode, unitId, period;
        std::optional<double> value;
        if (!c.indicator(QStringLiteral("indikator"), known, &indId, &indCode)
            || !c.unit(QStringLiteral("enhet"), known, &unitId)
            || !c.period(QStringLiteral("period"), &period)
            || !c.number(QStringLiteral("varde"), &value, true))
            return false;
        if (known.indicatorSources.value(indCode) == QLatin1String("sjukfranvaro"))
            return c.fail(QStringLiteral("indicator \"%1\" is computed from sick leave and takes no values").arg(indCode));
        QVariantMap f{{QStringLiteral("indicator_id"), indId}, {QStringLiteral("unit_id"), unitId},
                      {QStringLiteral("period"), period}, {QStringLiteral("value"), nullable(value)}};
        if (row.present(QStringLiteral("kommentar")))
            f.insert(QStringLiteral("comment"), row.text(QStringLiteral("kommentar")));
        writes->append(Write{QStringLiteral("indicator_values"), Ids::indicatorValue(indId, unitId, period), f, line});
    }
    return true;
}

bool convertSickLeave(const Rows &rows, const QHash<QString, int> &columns, Known &known,
                      QList<Write> *writes, int *errorLine, QString *error)
{
    static const QList<QPair<QString, QString>> optionalCols = {
        {QStringLiteral("sjuktimmar_dag1_14"), QStringLiteral("short_hours")},
        {QStringLiteral("sjuktimmar_60plus"), QStringLiteral("long_hours")},
        {QStringLiteral("sjuklonekostnad"), QStringLiteral("sick_pay_cost")},
    };
    ROW_LOOP
        QString unitId, month;
        std::optional<double> scheduled, sick;
        if (!c.unit(QStringLiteral("enhet"), known, &unitId) || !c.month(QStringLiteral("manad"), &month)
            || !c.number(QStringLiteral("schemalagda_timmar"), &scheduled, false, true)
            || !c.number(QStringLiteral("sjuktimmar"), &sick, false, true))
            return false;
        QVariantMap f{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("month"), month},
                      {QStringLiteral("scheduled_hours"), *scheduled}, {QStringLiteral("sick_hours"), *sick}};
        for (const auto &[key, field] : optionalCols) {
            if (!row.present(key))
                continue;
            std::optional<double> v;
            if (!c.number(key, &v, true, true))
                return false;
            f.insert(field, v.value_or(0));
        }
        writes->append(Write{QStringLiteral("sick_leave"), Ids::sickLeave(unitId, month), f, line});
    }
    return true;
}

bool convertBudget(const Rows &rows, const QHash<QString, int> &columns, Known &known,
                   QList<Write> *writes, int *errorLine, QString *error)
{
    ROW_LOOP
        QString unitId, month, category;
        std::optional<double> budget, actual, forecast;
        if (!c.unit(QStringLiteral("enhet"), known, &unitId) || !c.month(QStringLiteral("manad"), &month)
            || !c.enumValue(QStringLiteral("kategori"), kCategories, &category)
            || !c.number(QStringLiteral("budget"), &budget, true)
            || !c.number(QStringLiteral("utfall"), &actual, true)
            || !c.number(QStringLiteral("prognos"), &forecast, true))
            return false;
        QVariantMap f{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("month"), month},
                      {QStringLiteral("category"), category}, {QStringLiteral("budget"), budget.value_or(0)}};
        if (row.present(QStringLiteral("utfall")))
            f.insert(QStringLiteral("actual"), nullable(actual));
        if (row.present(QStringLiteral("prognos")))
            f.insert(QStringLiteral("forecast"), nullable(forecast));
        writes->append(Write{QStringLiteral("budget"), Ids::budget(unitId, month, category), f, line});
    }
    return true;
}

bool convertActions(const Rows &rows, const QHash<QString, int> &columns, Known &known,
                    QList<Write> *writes, int *errorLine, QString *error)
{
    ROW_LOOP
        QString unitId, title, status, area, goalId;
        QVariant start, end;
        std::optional<double> effect;
        if (!c.unit(QStringLiteral("enhet"), known, &unitId) || !c.required(QStringLiteral("titel"), &title)
            || !c.date(QStringLiteral("start"), &start) || !c.date(QStringLiteral("slut"), &end)
            || !c.enumValue(QStringLiteral("status"), kActionStatus, &status, QStringLiteral("ej_paborjad"))
            || !c.number(QStringLiteral("effekt_tkr"), &effect, true)
            || !c.goal(QStringLiteral("mal"), known, &goalId)
            || !c.enumValue(QStringLiteral("omrade"), kActionAreas, &area, QStringLiteral("mal")))
            return false;
        QVariantMap f{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("title"), title}};
        const QList<std::pair<QString, std::pair<QString, QVariant>>> optional = {
            {QStringLiteral("ansvarig"), {QStringLiteral("owner"), row.text(QStringLiteral("ansvarig"))}},
            {QStringLiteral("start"), {QStringLiteral("start_date"), start}},
            {QStringLiteral("slut"), {QStringLiteral("end_date"), end}},
            {QStringLiteral("status"), {QStringLiteral("status"), status}},
            {QStringLiteral("effekt_tkr"), {QStringLiteral("effect_tkr"), nullable(effect)}},
            {QStringLiteral("mal"), {QStringLiteral("goal_id"), nullableId(goalId)}},
            {QStringLiteral("omrade"), {QStringLiteral("area"), area}},
        };
        for (const auto &[key, field] : optional) {
            if (row.present(key))
                f.insert(field.first, field.second);
        }
        writes->append(Write{QStringLiteral("actions"),
                             Ids::natural(QStringLiteral("actions"), {unitId, title}), f, line});
    }
    return true;
}

bool convertComments(const Rows &rows, const QHash<QString, int> &columns, Known &known,
                     QList<Write> *writes, int *errorLine, QString *error)
{
    ROW_LOOP
        QString unitId, period, area, kind;
        if (!c.unit(QStringLiteral("enhet"), known, &unitId) || !c.period(QStringLiteral("period"), &period)
            || !c.enumValue(QStringLiteral("omrade"), kCommentAreas, &area)
            || !c.enumValue(QStringLiteral("typ"), kCommentKinds, &kind, QStringLiteral("kommentar")))
            return false;
        QVariantMap f{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("period"), period},
                      {QStringLiteral("area"), area}, {QStringLiteral("kind"), kind},
                      {QStringLiteral("ref"), QStringLiteral("")}, {QStringLiteral("body"), row.text(QStringLiteral("text"))}};
        writes->append(Write{QStringLiteral("comments"), Ids::comment(unitId, period, area, kind, QString()), f, line});
    }
    return true;
}
#undef ROW_LOOP

// Loads code -> id (and code -> parent code) of a table's live rows.
void loadCodes(Database &db, const QString &table, QHash<QString, QString> *ids, QHash<QString, QString> *parents)
{
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    const bool withParent = parents != nullptr;
    q.exec(QStringLiteral("SELECT code, id%1 FROM %2 WHERE _deleted = 0")
               .arg(withParent ? QStringLiteral(", parent_id") : QString(), table));
    QHash<QString, QString> parentIds;
    QHash<QString, QString> codeById;
    while (q.next()) {
        ids->insert(q.value(0).toString(), q.value(1).toString());
        codeById.insert(q.value(1).toString(), q.value(0).toString());
        if (withParent)
            parentIds.insert(q.value(0).toString(), q.value(2).toString());
    }
    if (withParent) {
        for (auto it = parentIds.cbegin(); it != parentIds.cend(); ++it)
            parents->insert(it.key(), codeById.value(it.value()));
    }
}
} // namespace

void Known::load(Database &db)
{
    loadCodes(db, QStringLiteral("units"), &unitIds, &unitParents);
    loadCodes(db, QStringLiteral("goals"), &goalIds, &goalParents);
    loadCodes(db, QStringLiteral("indicators"), &indicatorIds, nullptr);
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT code, source FROM indicators WHERE _deleted = 0"));
    while (q.next())
        indicatorSources.insert(q.value(0).toString(), q.value(1).toString());
}

const QList<Kind> &ImportKinds::all()
{
    static const QList<Kind> kinds = {
        {QStringLiteral("units"), {col("kod"), col("namn"), col("foralder"), col("typ")}, convertUnits},
        {QStringLiteral("goals"), {col("kod"), col("namn"), col("niva"), col("foralder", false), col("enhet", false)},
         convertGoals},
        {QStringLiteral("indicators"),
         {col("kod"), col("namn"), col("mattenhet"), col("battre"), col("mal", false), col("kalla", false)},
         convertIndicators},
        {QStringLiteral("targets"),
         {col("indikator"), col("enhet"), col("ar"), col("maltyp"), col("malvarde"), col("tolerans", false)},
         convertTargets},
        {QStringLiteral("values"),
         {col("indikator"), col("enhet"), col("period"), col("varde"), col("kommentar", false)}, convertValues},
        {QStringLiteral("sickleave"),
         {col("enhet"), col("manad"), col("schemalagda_timmar"), col("sjuktimmar"), col("sjuktimmar_dag1_14"),
          col("sjuktimmar_60plus"), col("sjuklonekostnad", false)},
         convertSickLeave},
        {QStringLiteral("budget"),
         {col("enhet"), col("manad"), col("kategori"), col("budget"), col("utfall", false), col("prognos", false)},
         convertBudget},
        {QStringLiteral("actions"),
         {col("enhet"), col("titel"), col("ansvarig", false), col("start", false), col("slut", false),
          col("status", false), col("effekt_tkr", false), col("mal", false), col("omrade", false)},
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
