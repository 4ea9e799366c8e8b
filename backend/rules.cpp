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
    const std::optional<double> s = share();
    if (!s)
        return Status::Missing;
    if (*s >= Rules::GoodShare)
        return Status::Met;
    if (*s >= Rules::PartlyShare)
        return Status::Partly;
    return Status::NotMet;
}

GoalsMet Rules::goalsMet(const QList<IndicatorFigure> &indicators)
{
    GoalsMet out;
    for (const IndicatorFigure &i : indicators) {
        if (i.status == Status::Missing)
            continue;
        ++out.judged;
        out.met += i.status == Status::Met;
    }
    return out;
}
