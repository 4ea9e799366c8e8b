#include "rules.h"

#include "followup.h"

#include <QHash>
#include <functional>

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

void Rules::statusFromSubgoals(QList<GoalFigure> &goals)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < goals.size(); ++i)
        index.insert(goals.at(i).goalId, i);
    QHash<QString, QList<qsizetype>> subgoals;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        if (index.contains(goals.at(i).parentId))
            subgoals[goals.at(i).parentId].append(i);
    }
    enum State : char { Open, Busy, Done };
    QList<State> state(goals.size(), Open);
    std::function<Status(qsizetype)> resolve = [&](qsizetype i) -> Status {
        GoalFigure &g = goals[i];
        if (state.at(i) == Done || !g.indicatorCodes.isEmpty())
            return g.status;
        if (state.at(i) == Busy) // a parent cycle (the importer refuses one): no status from it
            return Status::Missing;
        state[i] = Busy;
        QList<Status> statuses;
        for (qsizetype sub : subgoals.value(g.goalId))
            statuses.append(resolve(sub));
        g.status = combinedStatus(statuses);
        state[i] = Done;
        return g.status;
    };
    for (qsizetype i = 0; i < goals.size(); ++i)
        resolve(i);
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
