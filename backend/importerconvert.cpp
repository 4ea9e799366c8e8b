// Converters of the figure and note kinds: values, sickleave, budget, actions, comments.
#include "importercheck.h"

#include "ids.h"

#include <QCoreApplication>

using namespace ImportKinds;

namespace ImportKinds::Detail {
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
        if (Source::isSickLeave(known.indicatorSources.value(indCode)))
            return c.fail(QCoreApplication::translate("Import", "indicator \"%1\" is computed from sick leave and takes no values").arg(indCode));
        // A kvot adds up as Σtäljare / Σnämnare × 100, so each of its rows needs both; the
        // value may then be left empty (it is täljare / nämnare × 100).
        std::optional<double> numerator, denominator;
        if (!c.number(QStringLiteral("taljare"), &numerator, true, true)
            || !c.number(QStringLiteral("namnare"), &denominator, true, true))
            return false;
        if (numerator.has_value() != denominator.has_value())
            return c.fail(QCoreApplication::translate("Import", "täljare and nämnare go together: give both or neither"));
        const bool ratio = Calc::aggregationFromKey(known.indicatorAggregations.value(indCode)) == Aggregation::Ratio;
        if (ratio && !numerator)
            return c.fail(QCoreApplication::translate("Import", "indicator \"%1\" adds up as kvot and needs täljare and nämnare").arg(indCode));
        if (numerator && *denominator == 0 && *numerator != 0)
            return c.fail(QCoreApplication::translate("Import", "nämnare is 0 with täljare %1").arg(row.text(QStringLiteral("taljare"))));
        if (!value && numerator && *denominator > 0)
            value = *numerator / *denominator * 100;
        QVariantMap f{{QStringLiteral("indicator_id"), indId}, {QStringLiteral("unit_id"), unitId},
                      {QStringLiteral("period"), period}, {QStringLiteral("value"), nullable(value)}};
        if (row.present(QStringLiteral("taljare")) || row.present(QStringLiteral("namnare"))) {
            f.insert(QStringLiteral("numerator"), nullable(numerator));
            f.insert(QStringLiteral("denominator"), nullable(denominator));
        }
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
        // Intäkter are positive amounts (net cost = costs − income); a ledger export signs them
        // negative, and taking that as is would turn income into cost.
        if (Category::isIncome(category)) {
            const QPair<QString, std::optional<double>> amounts[] = {
                {QStringLiteral("budget"), budget}, {QStringLiteral("utfall"), actual}, {QStringLiteral("prognos"), forecast}};
            for (const auto &[key, v] : amounts) {
                if (v && *v < 0)
                    return c.fail(QCoreApplication::translate("Import", "negative intäkt in %1: \"%2\"; intäkter are given as "
                                                                        "positive amounts (a ledger export signs income negative)")
                                      .arg(display(key), row.text(key)));
            }
        }
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
        QVariant start, end, done;
        std::optional<double> effect;
        if (!c.unit(QStringLiteral("enhet"), known, &unitId) || !c.required(QStringLiteral("titel"), &title)
            || !c.date(QStringLiteral("start"), &start) || !c.date(QStringLiteral("slut"), &end)
            || !c.date(QStringLiteral("klar_datum"), &done)
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
            {QStringLiteral("klar_datum"), {QStringLiteral("done_date"), done}},
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
} // namespace ImportKinds::Detail
