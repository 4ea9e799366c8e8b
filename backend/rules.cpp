#include "rules.h"

#include "followup.h"

std::optional<double> GoalsMet::share() const
{
    if (judged <= 0)
        return std::nullopt;
    return double(met) / judged;
}

Status GoalsMet::status() const
{
    if (judged <= 0)
        return Status::Missing;
    if (met == judged)
        return Status::Met;
    return notMet == judged ? Status::NotMet : Status::Partly;
}

Status Rules::combinedStatus(const QList<Status> &statuses)
{
    int judged = 0, met = 0, notMet = 0;
    for (Status s : statuses) {
        if (s == Status::Missing)
            continue;
        ++judged;
        met += s == Status::Met;
        notMet += s == Status::NotMet;
    }
    GoalsMet g;
    g.judged = judged;
    g.met = met;
    g.notMet = notMet;
    return g.status();
}

GoalsMet Rules::goalsMet(const QList<GoalFigure> &goals)
{
    GoalsMet out;
    for (const GoalFigure &g : goals) {
        if (g.status == Status::Missing)
            continue;
        ++out.judged;
        out.met += g.status == Status::Met;
        out.notMet += g.status == Status::NotMet;
    }
    return out;
}

std::optional<double> Source::sickLeaveValue(const QString &source, const SickLeaveSums &sums)
{
    if (source == SickLeave)
        return sums.percent();
    if (source == SickLeaveShort)
        return sums.shortPercent();
    if (source == SickLeaveLong)
        return sums.longSharePercent();
    return std::nullopt;
}
