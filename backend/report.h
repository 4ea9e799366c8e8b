#pragma once
// The follow-up report: JSON and CSV views of FollowUp::figures(), recursive (README, "The report").
#include "followup.h"

#include <QJsonObject>
#include <QString>

namespace Report {
QJsonObject toJson(const UnitFigures &f);
// One row per unit and figure: unit;name;year;month;figure;value
QString toCsv(const UnitFigures &f);
} // namespace Report
