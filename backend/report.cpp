#include "report.h"

#include <QJsonArray>

namespace {
// A rounded number, or null when missing.
QJsonValue num(std::optional<double> v)
{
    return v ? QJsonValue(Calc::round2(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Keys in sorted order: QJsonObject keeps its keys sorted, so each insert then appends.
QJsonObject indicatorJson(const IndicatorFigure &i)
{
    const bool hasTarget = i.targetKind != TargetKind::None;
    return QJsonObject{
        {QStringLiteral("aggregation"), Calc::aggregationKey(i.aggregation)},
        {QStringLiteral("indicator"), i.code},
        {QStringLiteral("measure_unit"), i.measureUnit},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("period"), text(i.period)},
        {QStringLiteral("previous"), num(i.previous)},
        {QStringLiteral("status"), Calc::statusKey(i.status)},
        {QStringLiteral("target"), num(hasTarget ? i.target : std::nullopt)},
        {QStringLiteral("target_kind"), text(Calc::targetKindKey(i.targetKind))},
        {QStringLiteral("tolerance"), hasTarget ? num(i.tolerance) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("trend"), Calc::trendKey(i.trend)},
        {QStringLiteral("value"), num(i.value)},
    };
}

QJsonArray historyJson(const IndicatorFigure &i)
{
    QJsonArray out;
    for (const YearValue &h : i.history)
        out.append(QJsonObject{{QStringLiteral("value"), num(h.value)}, {QStringLiteral("year"), h.year}});
    return out;
}

QJsonArray goalsJson(const UnitFigures &f)
{
    QJsonArray out;
    for (const GoalFigure &g : f.goals) {
        out.append(QJsonObject{
            {QStringLiteral("goal"), g.code},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("level"), g.level},
            {QStringLiteral("status"), Calc::statusKey(g.status)},
            {QStringLiteral("indicators"), QJsonArray::fromStringList(g.indicatorCodes)},
        });
    }
    return out;
}

QJsonObject sickLeaveJson(const UnitFigures &f)
{
    const SickLeaveSums &s = f.sickLeaveYtd;
    return QJsonObject{
        {QStringLiteral("percent"), num(s.percent())},
        {QStringLiteral("short_percent"), num(s.shortPercent())},
        {QStringLiteral("long_share_percent"), num(s.longSharePercent())},
        {QStringLiteral("rolling12_percent"), num(f.sickLeaveRolling12.percent())},
        {QStringLiteral("sick_pay_cost"), num(s.rows > 0 ? std::optional<double>(s.sickPayCost) : std::nullopt)},
    };
}

QJsonObject budgetJson(const UnitFigures &f)
{
    // To date = months 1..budget month (the latest with utfall); null before the year's first utfall.
    const bool toDate = f.budgetMonth > 0;
    const auto opt = [toDate](double v) { return toDate ? std::optional<double>(v) : std::nullopt; };
    QJsonObject categories;
    for (auto it = f.budgetYtd.byCategory.cbegin(); it != f.budgetYtd.byCategory.cend(); ++it) {
        const double deviation = BudgetSums::deviation(it.key(), it.value());
        categories.insert(it.key(), QJsonObject{
            {QStringLiteral("budget"), num(it->budget)},
            {QStringLiteral("utfall"), num(it->actual)},
            {QStringLiteral("avvikelse"), num(deviation)},
            {QStringLiteral("avvikelse_procent"), num(BudgetSums::deviationPercent(deviation, it->budget))},
        });
    }
    const bool any = !f.budgetYear.byCategory.isEmpty();
    return QJsonObject{
        {QStringLiteral("month"), toDate ? QJsonValue(f.budgetMonth) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("budget"), num(opt(f.budgetYtd.netBudget()))},
        {QStringLiteral("utfall"), num(opt(f.budgetYtd.netActual()))},
        {QStringLiteral("avvikelse"), num(f.deviation())},
        {QStringLiteral("avvikelse_procent"), num(f.deviationPercent())},
        {QStringLiteral("utfall_foregaende_ar"), num(f.previousYearActualNet)},
        {QStringLiteral("budget_year"), num(any ? std::optional<double>(f.budgetYear.netBudget()) : std::nullopt)},
        {QStringLiteral("prognos"), num(f.forecastNet)},
        {QStringLiteral("prognos_avvikelse"), num(f.forecastDeviation())},
        {QStringLiteral("prognos_avvikelse_procent"), num(f.forecastDeviationPercent())},
        {QStringLiteral("categories"), categories},
    };
}

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(';')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

QString csvValue(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isString())
        return v.toString();
    return QString(); // null: empty cell
}

// Appends one row per scalar figure of `o` (nested objects flattened with '.').
void flatten(const QString &prefix, const QJsonObject &o, const QString &rowStart, QString *out)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it->isObject())
            flatten(name, it->toObject(), rowStart, out);
        else
            *out += rowStart + csvField(name) + QLatin1Char(';') + csvField(csvValue(it.value())) + QLatin1Char('\n');
    }
}

void appendCsv(const UnitFigures &f, QString *out)
{
    const QString rowStart = QStringLiteral("%1;%2;%3;%4;")
                                 .arg(csvField(f.code), csvField(f.name)).arg(f.year).arg(f.month);
    for (const IndicatorFigure &i : f.indicators) {
        QJsonObject o = indicatorJson(i);
        o.remove(QStringLiteral("indicator"));
        o.remove(QStringLiteral("name"));
        o.remove(QStringLiteral("measure_unit"));
        QJsonObject history;
        for (const YearValue &h : i.history)
            history.insert(QString::number(h.year), num(h.value));
        o.insert(QStringLiteral("history"), history);
        flatten(QStringLiteral("indicator.") + i.code, o, rowStart, out);
    }
    for (const GoalFigure &g : f.goals)
        *out += rowStart + csvField(QStringLiteral("goal.") + g.code + QStringLiteral(".status")) + QLatin1Char(';')
            + Calc::statusKey(g.status) + QLatin1Char('\n');
    flatten(QStringLiteral("sick_leave"), sickLeaveJson(f), rowStart, out);
    flatten(QStringLiteral("budget"), budgetJson(f), rowStart, out);
    for (const UnitFigures &c : f.children)
        appendCsv(c, out);
}
} // namespace

QJsonObject Report::toJson(const UnitFigures &f)
{
    QJsonArray indicators;
    for (const IndicatorFigure &i : f.indicators) {
        QJsonObject o = indicatorJson(i);
        o.insert(QStringLiteral("history"), historyJson(i));
        indicators.append(o);
    }
    QJsonArray children;
    for (const UnitFigures &c : f.children)
        children.append(toJson(c));
    return QJsonObject{
        {QStringLiteral("unit"), f.code},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("year"), f.year},
        {QStringLiteral("month"), f.month},
        {QStringLiteral("indicators"), indicators},
        {QStringLiteral("goals"), goalsJson(f)},
        {QStringLiteral("sick_leave"), sickLeaveJson(f)},
        {QStringLiteral("budget"), budgetJson(f)},
        {QStringLiteral("children"), children},
    };
}

QString Report::toCsv(const UnitFigures &f)
{
    QString out = QStringLiteral("unit;name;year;month;figure;value\n");
    appendCsv(f, &out);
    return out;
}
