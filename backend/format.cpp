#include "format.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <cmath>

namespace {
bool g_english = false;
const QChar kMinus(0x2212);
const QChar kNbsp(0x00A0);


QLocale locale()
{
    return g_english ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(QLocale::Swedish, QLocale::Sweden);
}
} // namespace

void Fmt::setLanguage(const QString &lang)
{
    g_english = lang == QStringLiteral("en");
}

QString Fmt::language()
{
    return g_english ? QStringLiteral("en") : QStringLiteral("sv");
}

QString Fmt::number(std::optional<double> v, int decimals)
{
    if (!v || std::isnan(*v))
        return QStringLiteral("–");
    const double factor = std::pow(10.0, decimals);
    double r = std::round(std::abs(*v) * factor) / factor;
    const bool negative = *v < 0 && r != 0;
    QString digits;
    if (g_english) {
        digits = QLocale(QLocale::English).toString(r, 'f', decimals);
    } else {
        // Space thousands separator and decimal comma, independent of CLDR details.
        QString s = QString::number(r, 'f', decimals);
        QString intPart = s.section(QLatin1Char('.'), 0, 0);
        const QString frac = s.section(QLatin1Char('.'), 1, 1);
        for (int i = intPart.size() - 3; i > 0; i -= 3)
            intPart.insert(i, kNbsp);
        digits = frac.isEmpty() ? intPart : intPart + QLatin1Char(',') + frac;
    }
    return negative ? kMinus + digits : digits;
}

QString Fmt::percent(std::optional<double> v, int decimals)
{
    return v ? number(v, decimals) + kNbsp + QLatin1Char('%') : QStringLiteral("–");
}

QString Fmt::tkr(std::optional<double> v, bool sign)
{
    if (!v)
        return QStringLiteral("–");
    const QString n = number(v, 0);
    const bool positive = std::round(*v) > 0;
    return (sign && positive ? QStringLiteral("+") : QString()) + n + kNbsp + QStringLiteral("tkr");
}

QString Fmt::measure(std::optional<double> v, const QString &measureUnit)
{
    if (!v)
        return QStringLiteral("–");
    if (measureUnit == QStringLiteral("%"))
        return percent(v, 1);
    if (measureUnit == QStringLiteral("antal"))
        return number(v, std::abs(*v - std::round(*v)) < 1e-9 ? 0 : 1);
    if (measureUnit == QStringLiteral("tkr"))
        return tkr(v);
    return number(v, std::abs(*v - std::round(*v)) < 1e-9 ? 0 : 1);
}

std::optional<double> Fmt::parse(const QString &text, bool *ok)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(' ')).remove(kNbsp).remove(QChar(0x202F)).remove(QStringLiteral("tkr"))
        .remove(QLatin1Char('%'));
    s.replace(kMinus, QLatin1Char('-')).replace(QChar(0x2013), QLatin1Char('-'))
        .replace(QLatin1Char(','), QLatin1Char('.'));
    if (s.isEmpty()) {
        if (ok)
            *ok = true;
        return std::nullopt;
    }
    bool good = false;
    const double v = s.toDouble(&good);
    if (ok)
        *ok = good;
    return good ? std::optional<double>(v) : std::nullopt;
}

QString Fmt::monthName(int month)
{
    return month >= 1 && month <= 12 ? locale().standaloneMonthName(month, QLocale::LongFormat) : QString();
}

QString Fmt::monthShort(int month)
{
    if (month < 1 || month > 12)
        return {};
    QString s = locale().standaloneMonthName(month, QLocale::ShortFormat);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s.left(3); // "jan", "feb", "mar": fits twelve chart categories
}

QString Fmt::monthYear(int year, int month)
{
    if (month < 1)
        return QString::number(year);
    QString m = monthName(month);
    return m + QLatin1Char(' ') + QString::number(year);
}

QString Fmt::periodLabel(const QString &period)
{
    if (period.size() == 7)
        return monthShort(period.mid(5, 2).toInt()) + QLatin1Char(' ') + period.left(4);
    return period;
}

QString Fmt::date(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid())
        return isoDate;
    return QString::number(d.day()) + QLatin1Char(' ') + monthShort(d.month()) + QLatin1Char(' ')
        + QString::number(d.year());
}

QString Fmt::statusText(Status s)
{
    switch (s) {
    case Status::Met: return QCoreApplication::translate("Fmt", "Met");
    case Status::Partly: return QCoreApplication::translate("Fmt", "Partly met");
    case Status::NotMet: return QCoreApplication::translate("Fmt", "Not met");
    case Status::Missing: break;
    }
    return QCoreApplication::translate("Fmt", "No value");
}

QString Fmt::goalStatusText(Status s)
{
    return s == Status::Missing ? QCoreApplication::translate("Fmt", "Not judged") : statusText(s);
}

QString Fmt::indicatorStatusText(Status s, bool hasValue, bool hasTarget)
{
    if (s != Status::Missing || !hasValue)
        return statusText(s);
    return hasTarget ? QCoreApplication::translate("Fmt", "Not judged") : QCoreApplication::translate("Fmt", "No target");
}

QString Fmt::statusClass(Status s)
{
    switch (s) {
    case Status::Met: return QStringLiteral("good");
    case Status::Partly: return QStringLiteral("warn");
    case Status::NotMet: return QStringLiteral("bad");
    case Status::Missing: break;
    }
    return QStringLiteral("none");
}

QString Fmt::trendArrow(Trend t)
{
    switch (t) {
    case Trend::Better: return QStringLiteral("↑");
    case Trend::Unchanged: return QStringLiteral("→");
    case Trend::Worse: return QStringLiteral("↓");
    case Trend::None:
    case Trend::Missing: break;
    }
    return {};
}

QString Fmt::trendText(Trend t)
{
    switch (t) {
    case Trend::Better: return QCoreApplication::translate("Fmt", "Better than last year");
    case Trend::Unchanged: return QCoreApplication::translate("Fmt", "Same as last year");
    case Trend::Worse: return QCoreApplication::translate("Fmt", "Worse than last year");
    case Trend::None: return QCoreApplication::translate("Fmt", "Not judged (statistics)");
    case Trend::Missing: break;
    }
    return QCoreApplication::translate("Fmt", "No comparison with last year");
}

QString Fmt::trendShort(Trend t)
{
    switch (t) {
    case Trend::Better: return QCoreApplication::translate("Fmt", "Better");
    case Trend::Unchanged: return QCoreApplication::translate("Fmt", "Unchanged");
    case Trend::Worse: return QCoreApplication::translate("Fmt", "Worse");
    case Trend::None: return QCoreApplication::translate("Fmt", "Not judged");
    case Trend::Missing: break;
    }
    return QStringLiteral("–");
}

QString Fmt::trendWords(Trend t, std::optional<double> value, std::optional<double> previous)
{
    if (!value || !previous || t == Trend::Missing)
        return {};
    // Equal at the trend's precision (Calc::trend: 2 decimals) reads "same", whatever the digits.
    if (t == Trend::Unchanged || Calc::round2(*value) == Calc::round2(*previous))
        return QCoreApplication::translate("Fmt", "same as last year");
    const QString level = *value < *previous ? QCoreApplication::translate("Fmt", "lower than last year")
                                             : QCoreApplication::translate("Fmt", "higher than last year");
    if (t == Trend::Better)
        return level + QStringLiteral(" · ") + QCoreApplication::translate("Fmt", "better");
    if (t == Trend::Worse)
        return level + QStringLiteral(" · ") + QCoreApplication::translate("Fmt", "worse");
    return level; // Trend::None: statistics have no better or worse
}

QString Fmt::trendClass(Trend t)
{
    return t == Trend::Better ? QStringLiteral("good") : t == Trend::Worse ? QStringLiteral("bad") : QStringLiteral("none");
}

QString Fmt::targetText(TargetKind kind, std::optional<double> value, const QString &measureUnit)
{
    switch (kind) {
    case TargetKind::Max: return QCoreApplication::translate("Fmt", "Target: at most %1").arg(measure(value, measureUnit));
    case TargetKind::Min: return QCoreApplication::translate("Fmt", "Target: at least %1").arg(measure(value, measureUnit));
    case TargetKind::Increase: return QCoreApplication::translate("Fmt", "Target: increase on last year");
    case TargetKind::Decrease: return QCoreApplication::translate("Fmt", "Target: decrease on last year");
    case TargetKind::None: break;
    }
    return value ? QCoreApplication::translate("Fmt", "Target: %1").arg(measure(value, measureUnit)) : QCoreApplication::translate("Fmt", "No target set");
}

QString Fmt::deviationClass(std::optional<double> deviation)
{
    if (!deviation)
        return QStringLiteral("none");
    if (std::round(*deviation) < 0)
        return QStringLiteral("bad");
    return QStringLiteral("good");
}

QString Fmt::deviationSentence(const QString &category, double deviation, double budget)
{
    const QString name = categoryText(category);
    if (Calc::onBudgetLevel(deviation, budget))
        return QCoreApplication::translate("Fmt", "%1 are on budget").arg(name);
    // Positive = better: costs under budget, income over it.
    const bool over = Category::isIncome(category) ? deviation > 0 : deviation < 0;
    return (over ? QCoreApplication::translate("Fmt", "%1 are %2 over budget")
                 : QCoreApplication::translate("Fmt", "%1 are %2 under budget"))
        .arg(name, tkr(std::abs(deviation)));
}

QString Fmt::throughMonth(int month)
{
    return month >= 1 && month <= 12 ? QCoreApplication::translate("Fmt", "through %1").arg(monthName(month)) : QString();
}

QString Fmt::actionStatusText(const QString &status)
{
    const QString k = Csv::key(status);
    if (k == QStringLiteral("klar"))
        return QCoreApplication::translate("Fmt", "Done");
    if (k == QStringLiteral("pagar"))
        return QCoreApplication::translate("Fmt", "In progress");
    return QCoreApplication::translate("Fmt", "Not started");
}

QString Fmt::categoryText(const QString &c)
{
    if (c == Category::Income)
        return QCoreApplication::translate("Fmt", "Income");
    if (c == Category::Personnel)
        return QCoreApplication::translate("Fmt", "Personnel costs");
    if (c == Category::Other)
        return QCoreApplication::translate("Fmt", "Other costs");
    if (c == Category::Capital)
        return QCoreApplication::translate("Fmt", "Capital costs");
    return c;
}

QString Fmt::goalLevelText(const QString &level)
{
    if (level == QLatin1String("kf"))
        return QCoreApplication::translate("Fmt", "Council goal");
    if (level == QLatin1String("namnd"))
        return QCoreApplication::translate("Fmt", "Board goal");
    if (level == QLatin1String("forvaltning"))
        return QCoreApplication::translate("Fmt", "Administration goal");
    return QCoreApplication::translate("Fmt", "Unit goal");
}

QStringList Fmt::goalLevels()
{
    return {QStringLiteral("kf"), QStringLiteral("namnd"), QStringLiteral("forvaltning"), QStringLiteral("enhet")};
}
