#include "rounds.h"

#include "database.h"
#include "followup.h"
#include "followupdata.h"
#include "ids.h"
#include "report.h"
#include "unittree.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using FollowUpData::run;

QStringList Rounds::standardSections()
{
    return {QStringLiteral("sammanfattning"), QStringLiteral("maluppfyllelse"), QStringLiteral("sjukfranvaro"),
            EconomySection, QStringLiteral("handelser"), QStringLiteral("utveckling")};
}

QString Rounds::sectionTitle(const QString &key)
{
    if (key == QLatin1String("sammanfattning"))
        return QCoreApplication::translate("Rounds", "Summary");
    if (key == QLatin1String("maluppfyllelse"))
        return QCoreApplication::translate("Rounds", "Goal attainment");
    if (key == QLatin1String("sjukfranvaro"))
        return QCoreApplication::translate("Rounds", "Sick leave and work environment");
    if (key == EconomySection)
        return QCoreApplication::translate("Rounds", "Economy");
    if (key == QLatin1String("handelser"))
        return QCoreApplication::translate("Rounds", "Important events");
    if (key == QLatin1String("utveckling"))
        return QCoreApplication::translate("Rounds", "Expected development");
    return key;
}

std::optional<QStringList> Rounds::parseSections(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return standardSections();
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString key = part.trimmed().toLower();
        if (!standardSections().contains(key)) {
            *error = QStringLiteral("unknown section \"%1\" (known: %2)").arg(key, standardSections().join(QLatin1Char(',')));
            return std::nullopt;
        }
        if (out.contains(key)) {
            *error = QStringLiteral("section \"%1\" is given twice").arg(key);
            return std::nullopt;
        }
        out << key;
    }
    return out;
}

QStringList Rounds::statuses()
{
    return {NotStarted, Draft, Done, Approved, Returned};
}

QString Rounds::statusTitle(const QString &status)
{
    if (status == NotStarted)
        return QCoreApplication::translate("Rounds", "Not started");
    if (status == Draft)
        return QCoreApplication::translate("Rounds", "Draft");
    if (status == Done)
        return QCoreApplication::translate("Rounds", "Done");
    if (status == Approved)
        return QCoreApplication::translate("Rounds", "Approved");
    if (status == Returned)
        return QCoreApplication::translate("Rounds", "Sent back");
    return status;
}

QStringList Rounds::assessments()
{
    return {Met, Partly, NotMet};
}

QString Rounds::assessmentTitle(const QString &assessment)
{
    if (assessment == Met)
        return QCoreApplication::translate("Rounds", "Met");
    if (assessment == Partly)
        return QCoreApplication::translate("Rounds", "Partly met");
    if (assessment == NotMet)
        return QCoreApplication::translate("Rounds", "Not met");
    return assessment;
}

std::optional<Rounds::Actor> Rounds::setBy(const QString &status)
{
    if (status == Draft || status == Done)
        return Actor::Manager;
    if (status == Approved || status == Returned)
        return Actor::Reviewer;
    return std::nullopt;
}

bool Rounds::roleActs(const QString &role, Actor actor)
{
    if (role == QLatin1String("admin") || role == QLatin1String("verksamhetschef"))
        return true;
    return actor == Actor::Manager && role == QLatin1String("enhetschef");
}

bool Rounds::checkTransition(const QString &from, const QString &to, Actor actor, const QString &comment,
                             QString *error)
{
    const std::optional<Actor> by = setBy(to);
    if (!by) {
        *error = QStringLiteral("a report cannot be set to \"%1\"").arg(to);
        return false;
    }
    if (*by != actor) {
        *error = actor == Actor::Manager ? QStringLiteral("only the reviewer may set a report to %1").arg(to)
                                         : QStringLiteral("only the unit's manager may set its report to %1").arg(to);
        return false;
    }
    bool ok = false;
    if (actor == Actor::Manager)
        ok = from == NotStarted || from == Draft || from == Returned || (from == Done && to == Draft);
    else if (to == Approved)
        ok = from == Done;
    else
        ok = from == Done || from == Approved;
    if (!ok) {
        *error = QStringLiteral("a report that is %1 cannot be set to %2").arg(from, to);
        return false;
    }
    if (to == Returned && comment.trimmed().isEmpty()) {
        *error = QStringLiteral("a report is sent back with a comment saying what to fix");
        return false;
    }
    return true;
}

bool Rounds::editable(const QString &status)
{
    return !frozen(status);
}

bool Rounds::frozen(const QString &status)
{
    return status == Done || status == Approved;
}

bool Rounds::late(const QString &status, const QDate &deadline, const QDate &today)
{
    return deadline.isValid() && today > deadline && !frozen(status);
}

bool Rounds::validate(const Round &r, QString *error)
{
    if (r.name.trimmed().isEmpty())
        *error = QStringLiteral("name: a round needs a name");
    else if (r.year < 1900 || r.year > 2999)
        *error = QStringLiteral("year: %1 is not a year").arg(r.year);
    else if (r.monthFrom < 1 || r.monthFrom > 12)
        *error = QStringLiteral("from: month %1 is not 1..12").arg(r.monthFrom);
    else if (r.monthTo < r.monthFrom || r.monthTo > 12)
        *error = QStringLiteral("to: month %1 is not %2..12").arg(r.monthTo).arg(r.monthFrom);
    else if (!r.deadline.isValid())
        *error = QStringLiteral("deadline: not a date (YYYY-MM-DD)");
    else if (r.sections.isEmpty())
        *error = QStringLiteral("sections: a round asks for at least one section");
    else
        return true;
    return false;
}

namespace {
Rounds::Round roundFrom(const QSqlQuery &q)
{
    Rounds::Round r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.year = q.value(2).toInt();
    r.monthFrom = q.value(3).toInt();
    r.monthTo = q.value(4).toInt();
    r.deadline = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.sections = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.createdBy = q.value(7).toString();
    return r;
}

const QString kRoundColumns = QStringLiteral("id, name, year, month_from, month_to, deadline, sections, created_by");
} // namespace

QList<Rounds::Round> Rounds::all(Database &db)
{
    QList<Round> out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM report_rounds WHERE _deleted = 0 "
                             "ORDER BY year DESC, month_to DESC, deadline DESC, id").arg(kRoundColumns));
    if (!run(q, QStringLiteral("report rounds")))
        return out;
    while (q.next())
        out.append(roundFrom(q));
    return out;
}

std::optional<Rounds::Round> Rounds::round(Database &db, const QString &roundId)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM report_rounds WHERE _deleted = 0 AND id = ?").arg(kRoundColumns));
    q.addBindValue(roundId);
    if (!run(q, QStringLiteral("report round")) || !q.next())
        return std::nullopt;
    return roundFrom(q);
}

QString Rounds::reportId(const QString &unitId, const QString &roundId)
{
    return Ids::natural(QStringLiteral("unit_reports"), {unitId, roundId});
}

QString Rounds::sectionId(const QString &unitId, const QString &roundId, const QString &section)
{
    return Ids::natural(QStringLiteral("report_sections"), {unitId, roundId, section});
}

QString Rounds::assessmentId(const QString &unitId, const QString &roundId, const QString &goalId)
{
    return Ids::natural(QStringLiteral("goal_assessments"), {unitId, roundId, goalId});
}

Rounds::UnitReport Rounds::report(Database &db, const QString &unitId, const QString &roundId)
{
    UnitReport r;
    r.unitId = unitId;
    r.roundId = roundId;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT status, status_at, status_by, review_comment, snapshot FROM unit_reports "
                             "WHERE _deleted = 0 AND id = ?"));
    q.addBindValue(reportId(unitId, roundId));
    if (run(q, QStringLiteral("unit report")) && q.next()) {
        r.status = statuses().contains(q.value(0).toString()) ? q.value(0).toString() : NotStarted;
        r.statusAt = q.value(1).toString();
        r.statusBy = q.value(2).toString();
        r.reviewComment = q.value(3).toString();
        r.snapshot = q.value(4).toString();
    }
    return r;
}

QString Rounds::section(Database &db, const QString &unitId, const QString &roundId, const QString &section)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT body FROM report_sections WHERE _deleted = 0 AND id = ?"));
    q.addBindValue(sectionId(unitId, roundId, section));
    return run(q, QStringLiteral("report section")) && q.next() ? q.value(0).toString() : QString();
}

QList<Rounds::Assessment> Rounds::assessments(Database &db, const QString &unitId, const QString &roundId)
{
    QList<Assessment> out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT goal_id, assessment, forecast, body FROM goal_assessments "
                             "WHERE _deleted = 0 AND unit_id = ? AND round_id = ? ORDER BY goal_id"));
    q.addBindValue(unitId);
    q.addBindValue(roundId);
    if (!run(q, QStringLiteral("goal assessments")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QList<Rounds::UnitStatus> Rounds::subtreeStatus(Database &db, const UnitTree &tree, const QString &unitId,
                                                const Round &round, const QDate &today)
{
    QList<UnitStatus> out;
    const int top = tree.depth(unitId);
    for (const QString &id : tree.subtree(unitId)) {
        if (id == unitId)
            continue;
        const Unit *u = tree.byId(id);
        UnitStatus s;
        s.unitId = id;
        s.code = u ? u->code : id;
        s.name = u ? u->name : id;
        s.depth = tree.depth(id) - top;
        s.report = report(db, id, round.id);
        s.late = late(s.report.status, round.deadline, today);
        out.append(s);
    }
    return out;
}

QJsonObject Rounds::liveFigures(FollowUp &followUp, const QString &unitId, const Round &round)
{
    return ::Report::toJson(followUp.figures(unitId, round.year, round.monthTo, false));
}

QJsonObject Rounds::figures(Database &db, FollowUp &followUp, const QString &unitId, const Round &round)
{
    const UnitReport r = report(db, unitId, round.id);
    if (frozen(r.status) && !r.snapshot.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.snapshot.toUtf8());
        if (doc.isObject())
            return doc.object();
    }
    return liveFigures(followUp, unitId, round);
}
