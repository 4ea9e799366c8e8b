// Notes: the write side of a unit's report for a report round (the rules are in rounds.cpp).
#include "notes.h"

#include "followup.h"
#include "rounds.h"
#include "store.h"

#include <QJsonDocument>

namespace {
QString orEmpty(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// The report's status fields when a manager writes to a report that is not started or sent
// back: it becomes utkast. Empty when the status stays.
QVariantMap draftFields(const Rounds::UnitReport &r)
{
    if (r.status != Rounds::NotStarted && r.status != Rounds::Returned)
        return {};
    return {{QStringLiteral("unit_id"), r.unitId}, {QStringLiteral("round_id"), r.roundId},
            {QStringLiteral("status"), Rounds::Draft}};
}
} // namespace

bool Notes::setReportSection(const QString &unitId, const QString &roundId, const QString &section,
                             const QString &body, bool asManager, QString *error)
{
    Database &db = m_store.database();
    const std::optional<Rounds::Round> round = Rounds::round(db, roundId);
    if (!round) {
        *error = QStringLiteral("no report round %1").arg(roundId);
        return false;
    }
    if (!round->sections.contains(section)) {
        *error = QStringLiteral("the round %1 does not ask for the section %2").arg(round->name, section);
        return false;
    }
    const Rounds::UnitReport r = Rounds::report(db, unitId, roundId);
    if (!Rounds::editable(r.status)) {
        *error = QStringLiteral("the report is %1 and can no longer be changed").arg(r.status);
        return false;
    }
    QList<Write> writes{{QStringLiteral("report_sections"), Rounds::sectionId(unitId, roundId, section),
                         {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("round_id"), roundId},
                          {QStringLiteral("section"), section}, {QStringLiteral("body"), orEmpty(body)}},
                         false}};
    const QVariantMap draft = asManager ? draftFields(r) : QVariantMap();
    if (!draft.isEmpty() && body != Rounds::section(db, unitId, roundId, section))
        writes.append({QStringLiteral("unit_reports"), Rounds::reportId(unitId, roundId), draft, false});
    return applyAll(writes, QStringLiteral("report"), error);
}

bool Notes::setGoalAssessment(const QString &unitId, const QString &roundId, const QString &goalId,
                              const QString &assessment, const QString &forecast, const QString &body, QString *error)
{
    Database &db = m_store.database();
    if (!Rounds::round(db, roundId)) {
        *error = QStringLiteral("no report round %1").arg(roundId);
        return false;
    }
    for (const QString &v : {assessment, forecast}) {
        if (!v.isEmpty() && !Rounds::assessments().contains(v)) {
            *error = QStringLiteral("\"%1\" is not an assessment (%2)").arg(v, Rounds::assessments().join(QStringLiteral(", ")));
            return false;
        }
    }
    const Rounds::UnitReport r = Rounds::report(db, unitId, roundId);
    if (!Rounds::editable(r.status)) {
        *error = QStringLiteral("the report is %1 and can no longer be changed").arg(r.status);
        return false;
    }
    const QVariantMap fields{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("round_id"), roundId},
                             {QStringLiteral("goal_id"), goalId}, {QStringLiteral("assessment"), orEmpty(assessment)},
                             {QStringLiteral("forecast"), orEmpty(forecast)}, {QStringLiteral("body"), orEmpty(body)}};
    const QString id = Rounds::assessmentId(unitId, roundId, goalId);
    bool exists = false;
    const QVariantMap now = currentValues(QStringLiteral("goal_assessments"), id,
                                          {QStringLiteral("assessment"), QStringLiteral("forecast"), QStringLiteral("body")}, &exists);
    const bool changes = !exists ? !(assessment.isEmpty() && forecast.isEmpty() && body.isEmpty())
                                 : now.value(QStringLiteral("assessment")).toString() != assessment
                                       || now.value(QStringLiteral("forecast")).toString() != forecast
                                       || now.value(QStringLiteral("body")).toString() != body;
    if (!changes)
        return true;
    QList<Write> writes{{QStringLiteral("goal_assessments"), id, fields, false}};
    const QVariantMap draft = draftFields(r);
    if (!draft.isEmpty())
        writes.append({QStringLiteral("unit_reports"), Rounds::reportId(unitId, roundId), draft, false});
    return applyAll(writes, QStringLiteral("report"), error);
}

bool Notes::setReportStatus(const QString &unitId, const QString &roundId, const QString &status, Rounds::Actor actor,
                            const QString &by, const QString &comment, const QString &at, QString *error)
{
    Database &db = m_store.database();
    const std::optional<Rounds::Round> round = Rounds::round(db, roundId);
    if (!round) {
        *error = QStringLiteral("no report round %1").arg(roundId);
        return false;
    }
    const Rounds::UnitReport r = Rounds::report(db, unitId, roundId);
    if (!Rounds::checkTransition(r.status, status, actor, comment, error))
        return false;
    QVariantMap fields{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("round_id"), roundId},
                       {QStringLiteral("status"), status}, {QStringLiteral("status_at"), at},
                       {QStringLiteral("status_by"), orEmpty(by)}};
    if (status == Rounds::Done) {
        FollowUp followUp(db);
        fields.insert(QStringLiteral("snapshot"), QString::fromUtf8(QJsonDocument(Rounds::liveFigures(followUp, unitId, *round))
                                                                        .toJson(QJsonDocument::Compact)));
    }
    if (actor == Rounds::Actor::Reviewer)
        fields.insert(QStringLiteral("review_comment"), status == Rounds::Returned ? comment.trimmed() : QString(QLatin1String("")));
    return applyAll({{QStringLiteral("unit_reports"), Rounds::reportId(unitId, roundId), fields, false}},
                    QStringLiteral("report"), error);
}
