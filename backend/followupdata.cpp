#include "followupdata.h"

#include "database.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}
} // namespace

bool FollowUpData::run(QSqlQuery &q, const QString &what)
{
    if (q.exec())
        return true;
    qCWarning(lcReport).noquote() << "cannot load" << what << q.lastError().text();
    return false;
}

int FollowUpData::monthIndex(const QString &month)
{
    // Parsed in place: this runs once per loaded row (QString::left/mid/toInt allocated).
    if (month.size() != 7 || month.at(4) != QLatin1Char('-'))
        return -1;
    const QChar *c = month.constData();
    int y = 0;
    for (int i = 0; i < 4; ++i) {
        if (c[i] < QLatin1Char('0') || c[i] > QLatin1Char('9'))
            return -1;
        y = y * 10 + (c[i].unicode() - '0');
    }
    if (c[5] < QLatin1Char('0') || c[5] > QLatin1Char('9') || c[6] < QLatin1Char('0') || c[6] > QLatin1Char('9'))
        return -1;
    const int m = (c[5].unicode() - '0') * 10 + (c[6].unicode() - '0');
    if (m < 1 || m > 12)
        return -1;
    return monthIndex(y, m);
}

int FollowUpData::monthIndex(int year, int month)
{
    return year * 12 + month - 1;
}

QString FollowUpData::monthText(int index)
{
    return QStringLiteral("%1-%2").arg(index / 12, 4, 10, QLatin1Char('0'))
        .arg(index % 12 + 1, 2, 10, QLatin1Char('0'));
}

QStringList FollowUpData::unitsOf(const UnitTree &tree, const QString &unitId)
{
    return tree.byId(unitId) ? tree.subtree(unitId) : QStringList{unitId};
}

QHash<QString, QMap<int, SickLeaveSums>> FollowUpData::loadSickLeave(Database &db, int fromIndex, int toIndex,
                                                                     const QString &unitId)
{
    QHash<QString, QMap<int, SickLeaveSums>> out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT unit_id, month, scheduled_hours, sick_hours, short_hours, long_hours, sick_pay_cost "
        "FROM sick_leave WHERE _deleted = 0 AND month >= ? AND month <= ?%1")
                  .arg(unitId.isEmpty() ? QString() : QStringLiteral(" AND unit_id = ?")));
    q.addBindValue(monthText(fromIndex));
    q.addBindValue(monthText(toIndex));
    if (!unitId.isEmpty())
        q.addBindValue(unitId);
    if (!run(q, QStringLiteral("sick leave")))
        return out;
    while (q.next()) {
        const int idx = monthIndex(q.value(1).toString());
        if (idx < 0)
            continue;
        SickLeaveSums s;
        s.scheduledHours = q.value(2).toDouble();
        s.sickHours = q.value(3).toDouble();
        s.shortHours = q.value(4).toDouble();
        s.longHours = q.value(5).toDouble();
        s.sickPayCost = q.value(6).toDouble();
        s.rows = 1;
        out[q.value(0).toString()][idx].add(s); // summed here: a GROUP BY sorted every row first
    }
    return out;
}

QHash<QString, QList<FollowUpData::BudgetRow>> FollowUpData::loadBudget(Database &db, int fromIndex, int toIndex,
                                                                       const QString &unitId)
{
    QHash<QString, QList<BudgetRow>> out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT unit_id, month, category, budget, actual, forecast FROM budget "
        "WHERE _deleted = 0 AND month >= ? AND month <= ?%1")
                  .arg(unitId.isEmpty() ? QString() : QStringLiteral(" AND unit_id = ?")));
    q.addBindValue(monthText(fromIndex));
    q.addBindValue(monthText(toIndex));
    if (!unitId.isEmpty())
        q.addBindValue(unitId);
    if (!run(q, QStringLiteral("budget")))
        return out;
    while (q.next()) {
        BudgetRow r;
        r.monthIndex = monthIndex(q.value(1).toString());
        if (r.monthIndex < 0)
            continue;
        r.category = q.value(2).toString();
        r.budget = q.value(3).toDouble();
        r.actual = optionalDouble(q.value(4));
        r.forecast = optionalDouble(q.value(5));
        out[q.value(0).toString()].append(r);
    }
    return out;
}

QHash<QString, int> FollowUpData::loadLatestMonths(Database &db, int fromIndex, int toIndex)
{
    QHash<QString, int> out;
    const QString sql[] = {
        QStringLiteral("SELECT unit_id, MAX(month) FROM sick_leave WHERE _deleted = 0 "
                       "AND month >= ? AND month <= ? GROUP BY unit_id"),
        QStringLiteral("SELECT unit_id, MAX(month) FROM budget WHERE _deleted = 0 "
                       "AND actual IS NOT NULL AND month >= ? AND month <= ? GROUP BY unit_id"),
    };
    for (const QString &s : sql) {
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        q.prepare(s);
        q.addBindValue(monthText(fromIndex));
        q.addBindValue(monthText(toIndex));
        if (!run(q, QStringLiteral("latest month")))
            continue;
        while (q.next()) {
            const int idx = monthIndex(q.value(1).toString());
            if (idx < 0)
                continue; // a malformed month must not count as January of year 0
            int &slot = out[q.value(0).toString()];
            slot = qMax(slot, idx);
        }
    }
    return out;
}

QHash<QString, EffectiveTarget> FollowUpData::loadTargets(Database &db, int year, const QString &indicatorId)
{
    QHash<QString, EffectiveTarget> out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT indicator_id, unit_id, kind, value, tolerance FROM targets "
                                 "WHERE _deleted = 0 AND year = ?");
    if (!indicatorId.isEmpty())
        sql += QStringLiteral(" AND indicator_id = ?");
    q.prepare(sql);
    q.addBindValue(year);
    if (!indicatorId.isEmpty())
        q.addBindValue(indicatorId);
    if (!run(q, QStringLiteral("targets")))
        return out;
    while (q.next()) {
        EffectiveTarget t;
        t.kind = Calc::targetKindFromKey(q.value(2).toString());
        t.value = optionalDouble(q.value(3));
        t.tolerance = q.value(4).toDouble();
        t.fromUnitId = q.value(1).toString();
        out.insert(q.value(0).toString() + QLatin1Char('/') + t.fromUnitId, t);
    }
    return out;
}

FollowUpData::ValueMap FollowUpData::loadValues(Database &db, const QString &fromPeriod,
                                                const QString &toPeriod, const QString &unitId,
                                                const QString &indicatorId)
{
    ValueMap out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    // NULLIF: an empty comment (most rows) comes as NULL, not as a text to convert.
    QString sql = QStringLiteral("SELECT unit_id, indicator_id, period, value, NULLIF(comment, ''), numerator, denominator "
                                 "FROM indicator_values "
                                 "WHERE _deleted = 0 AND period >= ? AND period <= ?");
    if (!unitId.isEmpty())
        sql += QStringLiteral(" AND unit_id = ?");
    if (!indicatorId.isEmpty())
        sql += QStringLiteral(" AND indicator_id = ?");
    q.prepare(sql);
    q.addBindValue(fromPeriod);
    q.addBindValue(toPeriod);
    if (!unitId.isEmpty())
        q.addBindValue(unitId);
    if (!indicatorId.isEmpty())
        q.addBindValue(indicatorId);
    if (!run(q, QStringLiteral("indicator values")))
        return out;
    while (q.next()) {
        PeriodValue v;
        v.period = q.value(2).toString();
        v.value = optionalDouble(q.value(3));
        v.comment = q.value(4).toString();
        v.numerator = optionalDouble(q.value(5));
        v.denominator = optionalDouble(q.value(6));
        out[q.value(0).toString()][q.value(1).toString()].insert(v.period, v);
    }
    return out;
}

ValueSums FollowUpData::unitYear(const QMap<QString, PeriodValue> &vals, int year, int lastMonth)
{
    ValueSums yearly, months;
    const QString y = QString::number(year);
    auto it = vals.constFind(y);
    if (it != vals.cend())
        yearly.addValue(it->value, it->numerator, it->denominator);
    if (yearly.values > 0 || yearly.ratios > 0)
        return yearly;
    // Periods sort "YYYY" < "YYYY-01" < … < "YYYY-12".
    const QString last = monthText(monthIndex(year, lastMonth));
    for (it = vals.upperBound(y); it != vals.cend() && it.key() <= last; ++it)
        months.addValue(it->value, it->numerator, it->denominator);
    return months;
}

QMap<QString, double> FollowUpData::latestForecasts(const QList<BudgetRow> &rows, int toIndex)
{
    QHash<QString, QPair<int, double>> latest; // category -> (month, forecast)
    QMap<QString, double> out;                 // category -> full-year budget, then the forecast
    for (const BudgetRow &r : rows) {
        out[r.category] += r.budget;
        if (!r.forecast || r.monthIndex > toIndex)
            continue;
        auto it = latest.find(r.category);
        if (it == latest.end())
            latest.insert(r.category, {r.monthIndex, *r.forecast});
        else if (r.monthIndex > it->first)
            *it = {r.monthIndex, *r.forecast};
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        out.insert(it.key(), it->second);
    return out;
}

std::optional<double> FollowUpData::latestForecastNet(const QList<BudgetRow> &rows, int toIndex)
{
    return forecastNet(latestForecasts(rows, toIndex));
}

std::optional<double> FollowUpData::forecastNet(const QMap<QString, double> &latest)
{
    if (latest.isEmpty())
        return std::nullopt;
    double net = 0;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        net += Category::isIncome(it.key()) ? -it.value() : it.value();
    return net;
}

int FollowUpData::latestActualIndex(const QList<BudgetRow> &rows, int toIndex)
{
    int latest = -1;
    for (const BudgetRow &r : rows) {
        if (r.actual && r.monthIndex <= toIndex)
            latest = qMax(latest, r.monthIndex);
    }
    return latest;
}
