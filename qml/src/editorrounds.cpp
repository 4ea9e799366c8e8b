// Editor: the writes of a unit's report for a report round, through Notes (rounds.h has the rules).
#include "editor.h"

#include "notes.h"
#include "rounds.h"

#include <QDateTime>

bool Editor::setReportSection(const QString &unitId, const QString &roundId, const QString &section,
                              const QString &body, bool asManager)
{
    QString error;
    const bool ok = m_notes.setReportSection(unitId, roundId, section, body, asManager, &error);
    edited(ok, error);
    return ok;
}

bool Editor::setGoalAssessment(const QString &unitId, const QString &roundId, const QString &goalId,
                               const QString &assessment, const QString &forecast, const QString &body)
{
    QString error;
    const bool ok = m_notes.setGoalAssessment(unitId, roundId, goalId, assessment, forecast, body, &error);
    edited(ok, error);
    return ok;
}

bool Editor::setReportStatus(const QString &unitId, const QString &roundId, const QString &status, bool asReviewer,
                             const QString &comment, const QString &by)
{
    flush(); // what is typed belongs to the report before it is marked
    QString error;
    const bool ok = m_notes.setReportStatus(unitId, roundId, status, asReviewer ? Rounds::Actor::Reviewer : Rounds::Actor::Manager,
                                            by, comment, QDateTime::currentDateTime().toString(Qt::ISODate), &error);
    edited(ok, error);
    return ok;
}

bool Editor::writeReport(const QString &type, const QVariantMap &t, const QString &text, bool *ok)
{
    const auto s = [&t](const char *name) { return t.value(QLatin1String(name)).toString(); };
    if (type == QStringLiteral("report_section")) {
        *ok = setReportSection(s("unit"), s("round"), s("section"), text, s("manager") != QStringLiteral("0"));
        return true;
    }
    if (type == QStringLiteral("assessment")) {
        // Only the text was typed: the assessment and forecast stay as stored.
        QString assessment, forecast;
        for (const Rounds::Assessment &a : Rounds::assessments(m_notes.database(), s("unit"), s("round"))) {
            if (a.goalId == s("goal")) {
                assessment = a.assessment;
                forecast = a.forecast;
            }
        }
        *ok = setGoalAssessment(s("unit"), s("round"), s("goal"), assessment, forecast, text);
        return true;
    }
    return false;
}
