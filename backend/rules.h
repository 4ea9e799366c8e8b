#pragma once
// Follow-up rules that several screens and the report apply: what an indicator's source key
// means, a goal's status from its indicators', and how many of a unit's goals are met.
#include "figures.h"

#include <QList>
#include <QString>
#include <optional>

// Keys stored in indicators.source (the importer folds "sjukfrånvaro" to "sjukfranvaro").
namespace Source {
inline const QString Import = QStringLiteral("import");
inline const QString Manual = QStringLiteral("manuell");
inline const QString SickLeave = QStringLiteral("sjukfranvaro");               // sick / scheduled hours
inline const QString SickLeaveShort = QStringLiteral("sjukfranvaro_korttid");  // days 1–14 / scheduled hours
inline const QString SickLeaveLong = QStringLiteral("sjukfranvaro_langtid");   // 60+ days / sick hours
// Values are entered by hand on the device (the only source a manager may write).
inline bool isManual(const QString &source) { return source == Manual; }
// Values are computed from the sick-leave hours, never stored (any of the three above).
inline bool isSickLeave(const QString &source)
{
    return source == SickLeave || source == SickLeaveShort || source == SickLeaveLong;
}
// The figure a sick-leave source takes from summed hours: sjukfranvaro the sick %, korttid the
// days 1–14 %, långtid the share of sick hours in absences of 60+ days; none for other sources.
std::optional<double> sickLeaveValue(const QString &source, const SickLeaveSums &sums);
} // namespace Source

// How many goals are met among those that are judged (status other than saknas).
struct GoalsMet
{
    int met = 0;
    int notMet = 0;
    int judged = 0;
    // The judged goals neither met nor not met.
    int partly() const { return judged - met - notMet; }
    // met / judged (0..1); none when nothing is judged.
    std::optional<double> share() const;
    // The goals' statuses combined as a goal combines its indicators' (Rules::combinedStatus).
    Status status() const;
};

struct GoalFigure;

namespace Rules {
// Combines statuses: Missing ones are left out; Met when every other one is Met, NotMet when
// every one is NotMet, Partly otherwise; Missing when none is left.
Status combinedStatus(const QList<Status> &statuses);
// Gives every goal without indicators of its own (a nämnd or förvaltning goal measured by its
// subgoals) the status of its subgoals among `goals`, combined as above and recursively (a
// subgoal without indicators first takes its own subgoals'); none left with a status, or no
// subgoals, is Missing. Goals with indicators keep the status their indicators give.
void statusFromSubgoals(QList<GoalFigure> &goals);
// Counts the met and judged goals; goals without a status (none of their indicators judged)
// are left out of both.
GoalsMet goalsMet(const QList<GoalFigure> &goals);
} // namespace Rules
