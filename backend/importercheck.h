#pragma once
// Internal to the importer: cell checks, value vocabularies and the row converters of each kind.
#include "apt.h"
#include "csvreader.h"
#include "importerkinds.h"
#include "rules.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>
#include <algorithm>
#include <optional>

namespace ImportKinds::Detail {
using Rows = QList<CsvRow>;

inline QString display(const QString &key)
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
        {QStringLiteral("taljare"), QStringLiteral("täljare")},
        {QStringLiteral("namnare"), QStringLiteral("nämnare")},
    };
    return names.value(key, key);
}

inline bool mapValue(const QString &text, const QHash<QString, QString> &table, QString *out)
{
    auto it = table.constFind(Csv::key(text));
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
        return !out->isEmpty() || fail(QCoreApplication::translate("Import", "empty %1").arg(display(key)));
    }
    bool number(const QString &key, std::optional<double> *out, bool allowEmpty, bool nonNegative = false) const
    {
        bool ok = false;
        *out = Csv::parseNumber(row.text(key), &ok);
        if (!ok)
            return fail(QCoreApplication::translate("Import", "bad number in %1: \"%2\"").arg(display(key), row.text(key)));
        if (!*out && !allowEmpty)
            return fail(QCoreApplication::translate("Import", "empty %1").arg(display(key)));
        if (*out && nonNegative && **out < 0)
            return fail(QCoreApplication::translate("Import", "negative number in %1: \"%2\"").arg(display(key), row.text(key)));
        return true;
    }
    bool month(const QString &key, QString *out) const
    {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
        *out = row.text(key);
        return re.match(*out).hasMatch()
            || fail(QCoreApplication::translate("Import", "bad %1 \"%2\" (expected YYYY-MM)").arg(display(key), *out));
    }
    bool period(const QString &key, QString *out) const
    {
        static const QRegularExpression re(QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2]))?$"));
        *out = row.text(key);
        return re.match(*out).hasMatch()
            || fail(QCoreApplication::translate("Import", "bad %1 \"%2\" (expected YYYY or YYYY-MM)").arg(display(key), *out));
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
            return fail(QCoreApplication::translate("Import", "bad date in %1: \"%2\" (expected YYYY-MM-DD)").arg(display(key), t));
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
            || fail(QCoreApplication::translate("Import", "bad %1 \"%2\" (expected %3)")
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
            return fail(QCoreApplication::translate("Import", "unknown unit \"%1\"").arg(code));
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
            return fail(QCoreApplication::translate("Import", "unknown goal \"%1\"").arg(code));
        *id = it.value();
        return true;
    }
    bool indicator(const QString &key, const Known &known, QString *id, QString *code) const
    {
        *code = row.text(key);
        auto it = known.indicatorIds.constFind(*code);
        if (it == known.indicatorIds.cend())
            return fail(QCoreApplication::translate("Import", "unknown indicator \"%1\"").arg(*code));
        *id = it.value();
        return true;
    }
};

inline QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

inline QVariant nullableId(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id);
}

// Checks a code -> parent code map for unknown parents and cycles, for the codes defined on
// `lines`. Returns false with *errorLine/*error on the first problem.
inline bool checkHierarchy(const QHash<QString, QString> &parents, const QHash<QString, int> &lines,
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
            *error = QCoreApplication::translate("Import", "unknown parent %1 \"%2\"").arg(what, parent);
            return false;
        }
        QSet<QString> seen{code};
        QString cur = parent;
        while (!cur.isEmpty()) {
            if (seen.contains(cur)) {
                *errorLine = line;
                *error = QCoreApplication::translate("Import", "%1 \"%2\" is part of a parent cycle").arg(what, code);
                return false;
            }
            seen.insert(cur);
            cur = parents.value(cur);
        }
    }
    return true;
}

inline const QHash<QString, QString> kUnitKinds = {
    {QStringLiteral("forvaltning"), QStringLiteral("forvaltning")},
    {QStringLiteral("omrade"), QStringLiteral("omrade")},
    {QStringLiteral("verksamhetsomrade"), QStringLiteral("omrade")},
    {QStringLiteral("enhet"), QStringLiteral("enhet")},
};
inline const QHash<QString, QString> kBetter = {
    {QStringLiteral("lagre"), QStringLiteral("lower")}, {QStringLiteral("lower"), QStringLiteral("lower")},
    {QStringLiteral("hogre"), QStringLiteral("higher")}, {QStringLiteral("higher"), QStringLiteral("higher")},
    {QStringLiteral("ingen"), QStringLiteral("none")}, {QStringLiteral("none"), QStringLiteral("none")},
};
// Besides these, apt_<area> (apt_vardegrund, ...): the share of the year's APT meetings that
// went through an agenda item of that area (Apt::coverageSource).
inline const QHash<QString, QString> kSources = [] {
    QHash<QString, QString> h{
        {Source::Import, Source::Import}, {Source::Manual, Source::Manual}, {Source::SickLeave, Source::SickLeave},
        {Source::SickLeaveShort, Source::SickLeaveShort}, {Source::SickLeaveLong, Source::SickLeaveLong},
    };
    for (const QString &area : Apt::areas())
        h.insert(Apt::coverageSource(area), Apt::coverageSource(area));
    return h;
}();
inline const QHash<QString, QString> kAggregations = {
    {QStringLiteral("senaste"), QStringLiteral("senaste")}, {QStringLiteral("summa"), QStringLiteral("summa")},
    {QStringLiteral("kvot"), QStringLiteral("kvot")}, {QStringLiteral("medel"), QStringLiteral("medel")},
};
inline const QHash<QString, QString> kGoalLevels = {
    {QStringLiteral("kf"), QStringLiteral("KF")}, {QStringLiteral("namnd"), QStringLiteral("namnd")},
    {QStringLiteral("forvaltning"), QStringLiteral("forvaltning")}, {QStringLiteral("enhet"), QStringLiteral("enhet")},
};
inline const QHash<QString, QString> kTargetKinds = {
    {QStringLiteral("max"), QStringLiteral("max")}, {QStringLiteral("min"), QStringLiteral("min")},
    {QStringLiteral("oka"), QStringLiteral("oka")}, {QStringLiteral("minska"), QStringLiteral("minska")},
};
inline const QHash<QString, QString> kCategories = {
    {QStringLiteral("intakter"), QStringLiteral("intakter")},
    {QStringLiteral("personalkostnader"), QStringLiteral("personalkostnader")},
    {QStringLiteral("ovriga_kostnader"), QStringLiteral("ovriga_kostnader")},
    {QStringLiteral("kapitalkostnader"), QStringLiteral("kapitalkostnader")},
};
inline const QHash<QString, QString> kActionStatus = {
    {QStringLiteral("ej_paborjad"), QStringLiteral("ej_paborjad")},
    {QStringLiteral("pagar"), QStringLiteral("pagar")}, {QStringLiteral("klar"), QStringLiteral("klar")},
};
inline const QHash<QString, QString> kActionAreas = {
    {QStringLiteral("mal"), QStringLiteral("mal")}, {QStringLiteral("sjukfranvaro"), QStringLiteral("sjukfranvaro")},
    {QStringLiteral("budget"), QStringLiteral("budget")}, {QStringLiteral("apt"), QStringLiteral("apt")},
};
inline const QHash<QString, QString> kCommentAreas = {
    {QStringLiteral("mal"), QStringLiteral("mal")}, {QStringLiteral("sjukfranvaro"), QStringLiteral("sjukfranvaro")},
    {QStringLiteral("budget"), QStringLiteral("budget")}, {QStringLiteral("oversikt"), QStringLiteral("oversikt")},
};
inline const QHash<QString, QString> kCommentKinds = {
    {QStringLiteral("kommentar"), QStringLiteral("kommentar")}, {QStringLiteral("analys"), QStringLiteral("analys")},
};


// The converters (importerkinds.cpp: organisation and goals; importerconvert.cpp: figures and notes).
bool convertUnits(const Rows &rows, const QHash<QString, int> &columns, Known &known, QList<Write> *writes,
                  int *errorLine, QString *error);
bool convertGoals(const Rows &rows, const QHash<QString, int> &columns, Known &known, QList<Write> *writes,
                  int *errorLine, QString *error);
bool convertIndicators(const Rows &rows, const QHash<QString, int> &columns, Known &known, QList<Write> *writes,
                       int *errorLine, QString *error);
bool convertTargets(const Rows &rows, const QHash<QString, int> &columns, Known &known, QList<Write> *writes,
                    int *errorLine, QString *error);
bool convertValues(const Rows &rows, const QHash<QString, int> &columns, Known &known, QList<Write> *writes,
                   int *errorLine, QString *error);
bool convertSickLeave(const Rows &rows, const QHash<QString, int> &columns, Known &known, QList<Write> *writes,
                      int *errorLine, QString *error);
bool convertBudget(const Rows &rows, const QHash<QString, int> &columns, Known &known, QList<Write> *writes,
                   int *errorLine, QString *error);
bool convertActions(const Rows &rows, const QHash<QString, int> &columns, Known &known, QList<Write> *writes,
                    int *errorLine, QString *error);
bool convertComments(const Rows &rows, const QHash<QString, int> &columns, Known &known, QList<Write> *writes,
                     int *errorLine, QString *error);
} // namespace ImportKinds::Detail

// Loop header shared by the converters: binds line, row and a Check for each data row.
#define ROW_LOOP                                                  \
    for (const CsvRow &csvRow : rows) {                           \
        const int line = csvRow.line;                             \
        const Row row(columns, csvRow.cells);                     \
        const Check c{row, error};                                \
        *errorLine = line;

