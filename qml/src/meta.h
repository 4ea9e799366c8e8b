#pragma once
// Small lookups of goal and indicator metadata for the view models.
#include <QHash>
#include <QSet>
#include <QString>

class Database;

namespace Meta {
// Goal id -> name.
QHash<QString, QString> goalNames(Database &db);
// Ids of indicators whose values are entered by hand (source "manuell"/"manual").
QSet<QString> manualIndicators(Database &db);
// The indicator that carries the sick-leave target (source sjukfranvaro, else code SJUK).
QString sickLeaveIndicator(Database &db);
} // namespace Meta
