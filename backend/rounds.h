#pragma once
// Report rounds (rapporttillfällen): the rules, written once for the app and the server. A round
// (report_rounds, global) asks every unit for a report on a period by a deadline; a unit's report
// (unit_reports) moves ej_paborjad → utkast → klar → godkand, or klar → atersand → utkast/klar.
// At klar the unit's report figures are frozen in a snapshot: reading a klar or godkand report
// uses it, so later imports do not change what was reported. The write side is Notes.
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class Database;
class FollowUp;
class UnitTree;

namespace Rounds {
// unit_reports.status
inline const QString NotStarted = QStringLiteral("ej_paborjad");
inline const QString Draft = QStringLiteral("utkast");
inline const QString Done = QStringLiteral("klar");
inline const QString Approved = QStringLiteral("godkand");
inline const QString Returned = QStringLiteral("atersand");
// goal_assessments.assessment and .forecast ("" when not given)
inline const QString Met = QStringLiteral("uppfyllt");
inline const QString Partly = QStringLiteral("delvis");
inline const QString NotMet = QStringLiteral("ej_uppfyllt");
// The section a controller may write (report_sections.section).
inline const QString EconomySection = QStringLiteral("ekonomi");

// Who makes a status change: the unit's manager (enhetschef, or a verksamhetschef for the area's
// own report) or the reviewer above it (a verksamhetschef granted the unit or a parent).
enum class Actor { Manager, Reviewer };

// The standard sections in order, by key.
QStringList standardSections();
// A section's title as the report shows it ("Sammanfattning"), tr() in context "Rounds"; the key
// itself for an unknown one.
QString sectionTitle(const QString &key);
// A round's sections from "a,b,c" (spaces allowed; empty: every standard section). Unknown or
// repeated keys: nullopt with *error naming the key.
std::optional<QStringList> parseSections(const QString &text, QString *error);
// The statuses, and a status's title ("Ej påbörjad", "Utkast", "Klar", "Godkänd", "Återsänd").
QStringList statuses();
QString statusTitle(const QString &status);
// The assessment values, and an assessment's title ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt").
QStringList assessments();
QString assessmentTitle(const QString &assessment);

// Who may set a report to `status` (utkast, klar: the manager; godkand, atersand: the reviewer);
// nullopt for ej_paborjad or an unknown value, which nobody writes.
std::optional<Actor> setBy(const QString &status);
// True when `role` (a server role) may act as `actor` for a unit it is granted: managers are
// enhetschef and verksamhetschef (the area's own report), reviewers verksamhetschef; admin both.
bool roleActs(const QString &role, Actor actor);
// Checks the move of a report from `from` to `to` by `actor`; false with *error saying why.
// Manager: ej_paborjad, utkast, atersand → utkast or klar; klar → utkast (taken back before it
// is reviewed). Reviewer: klar → godkand; klar or godkand → atersand, with a comment.
bool checkTransition(const QString &from, const QString &to, Actor actor, const QString &comment, QString *error);
// True when the manager may write the report's sections and assessments (not klar, not godkand).
bool editable(const QString &status);
// True when the report's figures are its snapshot (klar, godkand).
bool frozen(const QString &status);
// True when `today` is past the deadline and the report is neither klar nor godkand.
bool late(const QString &status, const QDate &deadline, const QDate &today);

// A round as stored.
struct Round
{
    QString id;
    QString name;
    int year = 0;
    int monthFrom = 1;
    int monthTo = 12;
    QDate deadline;
    QStringList sections;
    QString createdBy;
};

// A unit's report for a round; status ej_paborjad (and the rest empty) when none is stored.
struct UnitReport
{
    QString unitId;
    QString roundId;
    QString status = NotStarted;
    QString statusAt;     // ISO date-time of the last status change
    QString statusBy;
    QString reviewComment;
    QString snapshot;     // JSON of the figures frozen at klar
};

// A goal's assessment in a unit's report.
struct Assessment
{
    QString goalId;
    QString assessment;
    QString forecast;
    QString body;
};

// One unit of a subtree with its report's status.
struct UnitStatus
{
    QString unitId;
    QString code;
    QString name;
    int depth = 0;        // below the unit asked for (its children are 1)
    UnitReport report;
    bool late = false;
};

// Checks a round before it is written: a name, year 1900..2999, 1 ≤ from ≤ to ≤ 12, a valid
// deadline; false with *error naming the field.
bool validate(const Round &r, QString *error);

// Every live round, the newest period first.
QList<Round> all(Database &db);
std::optional<Round> round(Database &db, const QString &roundId);
// Row ids: a unit's report, section and goal assessment for a round (deterministic).
QString reportId(const QString &unitId, const QString &roundId);
QString sectionId(const QString &unitId, const QString &roundId, const QString &section);
QString assessmentId(const QString &unitId, const QString &roundId, const QString &goalId);
UnitReport report(Database &db, const QString &unitId, const QString &roundId);
QString section(Database &db, const QString &unitId, const QString &roundId, const QString &section);
QList<Assessment> assessments(Database &db, const QString &unitId, const QString &roundId);
// The units below `unitId` (without it, depth first) with their reports' status for the round.
QList<UnitStatus> subtreeStatus(Database &db, const UnitTree &tree, const QString &unitId, const Round &round,
                                const QDate &today);

// The unit's report figures for the round's period as they stand (Report::toJson of
// FollowUp::figures for the year through month_to, without the children): what klar freezes.
QJsonObject liveFigures(FollowUp &followUp, const QString &unitId, const Round &round);
// The figures the report shows: its snapshot when it is klar or godkand, else liveFigures.
QJsonObject figures(Database &db, FollowUp &followUp, const QString &unitId, const Round &round);
} // namespace Rounds
