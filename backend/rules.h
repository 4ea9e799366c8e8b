#pragma once
// Follow-up rules that several screens and the report apply: what an indicator's source key
// means, and how many of a unit's indicators are met (with the limits of its colour).
#include "figures.h"

#include <QList>
#include <QString>
#include <optional>

struct IndicatorFigure;

// Keys stored in indicators.source (the importer folds "sjukfrånvaro" to "sjukfranvaro").
namespace Source {
inline const QString Import = QStringLiteral("import");
inline const QString Manual = QStringLiteral("manuell");
inline const QString SickLeave = QStringLiteral("sjukfranvaro");
// Values are entered by hand on the device (the only source a manager may write).
inline bool isManual(const QString &source) { return source == Manual; }
// Values are computed from the sick-leave hours, never stored.
inline bool isSickLeave(const QString &source) { return source == SickLeave; }
} // namespace Source

// How many indicators are met among those that are judged (status other than saknas).
struct GoalsMet
{
    int met = 0;
    int judged = 0;
    // met / judged (0..1); none when nothing is judged.
    std::optional<double> share() const;
    // Met from GoodShare, partly from PartlyShare, else not met; Missing when nothing is judged.
    Status status() const;
};

namespace Rules {
// Colour limits of the goals-met share (Jämför, APT).
inline constexpr double GoodShare = 0.75;
inline constexpr double PartlyShare = 0.5;
// Counts the met and judged indicators; indicators without a status (no target, no value or
// reported-only statistics) are left out of both.
GoalsMet goalsMet(const QList<IndicatorFigure> &indicators);
} // namespace Rules
