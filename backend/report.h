#pragma once
// The follow-up report (issue 3): JSON and CSV views of FollowUp::figures(), recursive.
#include "followup.h"

#include <QJsonObject>
#include <QString>

namespace Report {
QJsonObject toJson(const UnitFigures &f);
// One row per unit and figure: unit;name;year;month;figure;value
QString toCsv(const UnitFigures &f);
} // namespace Report
