#pragma once
// Swedish (or English) display formats for every figure the app and the exported reports show: decimal comma, space
// as thousands separator, a real minus sign ("−7 787 tkr", "10,74 %"). QML never formats numbers.
#include "figures.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace Fmt {
// Switches month names and texts between Swedish ("sv", the default) and English ("en").
void setLanguage(const QString &lang);
QString language();

// A number with `decimals` decimals, grouped thousands and a real minus sign; "–" when missing.
QString number(std::optional<double> v, int decimals = 0);
// "10,74 %".
QString percent(std::optional<double> v, int decimals = 1);
// "−7 787 tkr"; with `sign` a positive value gets a "+".
QString tkr(std::optional<double> v, bool sign = false);
// A value in the indicator's measure unit ("%", "index", "antal", ...).
QString measure(std::optional<double> v, const QString &measureUnit);
// Parses a number typed in Swedish or English form ("−1 234,5", "1234.5"); nullopt if empty or bad.
std::optional<double> parse(const QString &text, bool *ok = nullptr);

// "oktober", "okt" and "oktober 2026".
QString monthName(int month);
QString monthShort(int month);
QString monthYear(int year, int month);
// "2026-10" -> "okt 2026"; "2026" -> "2026".
QString periodLabel(const QString &period);
// "2026-11-22" -> "22 nov. 2026".
QString date(const QString &isoDate);

QString statusText(Status s);      // "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Saknas"
QString statusClass(Status s);     // "good", "warn", "bad", "none" (the theme picks colours)
// One indicator's status as a word: statusText(s), except that a value that cannot be judged
// says why ("Inget mål" for a value without a target, as verksamhetsstatistik has) instead of
// "Värde saknas" beside the value.
QString indicatorStatusText(Status s, bool hasValue, bool hasTarget);
// A goal's computed status in words: statusText, "Ej bedömt" when neither an indicator nor a
// subgoal of it is judged.
QString goalStatusText(Status s);
QString trendArrow(Trend t);       // "↑", "→", "↓", ""
QString trendText(Trend t);        // "Bättre än föregående år", ...
QString trendShort(Trend t);       // "Bättre", "Oförändrad", "Sämre", "Bedöms inte", "–" (a table cell)
// The trend in words that cannot be misread on a projector: whether the value is lower or
// higher than last year's and, from the indicator's direction (the trend), whether that is
// better or worse: "lägre än förra året · bättre", "samma som förra året", "högre än förra
// året" (statistics, not judged); "" without last year's value.
QString trendWords(Trend t, std::optional<double> value, std::optional<double> previous);
// Colour class of a trend: "good" better, "bad" worse, "none" otherwise.
QString trendClass(Trend t);
// "Mål: högst 7,0 %" and friends.
QString targetText(TargetKind kind, std::optional<double> value, const QString &measureUnit);
// Deviation colour class: positive is better than budget.
QString deviationClass(std::optional<double> deviation);
// One budget category's deviation to date as a sentence: "Personalkostnader är 412 tkr över
// budget", "Intäkter är 80 tkr under budget", "… i nivå med budget" when |deviation| is below
// 0,5 % of the budget (Calc::onBudgetLevel). Deviation is signed positive = better.
QString deviationSentence(const QString &category, double deviation, double budget);
// "t.o.m. september": the budget's period, the last month with utfall ("" for 0).
QString throughMonth(int month);
// "Ej påbörjad", "Pågår", "Klar" for the stored action status keys (ASCII or Swedish).
QString actionStatusText(const QString &key);
// "Intäkter", "Personalkostnader", ... for a budget category key (Category::*).
QString categoryText(const QString &category);
// A goal level's name ("KF-mål", "Nämndmål", "Förvaltningsmål", "Enhetsmål") from its key.
QString goalLevelText(const QString &level);
// The goal levels from the top of the cascade down: "kf", "namnd", "forvaltning", "enhet".
QStringList goalLevels();
} // namespace Fmt
