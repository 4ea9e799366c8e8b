#pragma once
// Read side of the goal cascade and the indicator metadata: the live goals (all, or those of
// a unit's branch in display order) and the indicators with what their source means.
#include "figures.h"
#include "rules.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class Database;
class UnitTree;

// One goal (goals table).
struct Goal
{
    QString id;
    QString code;
    QString name;
    QString level;              // folded key: "kf", "namnd", "forvaltning", "enhet"
    QString parentId;
    QString unitId;             // the unit the goal is set for; empty = everyone's
    int depth = 0;              // in goalsOfUnit(): 0 for a shown root, +1 per level below
    QStringList indicatorIds;   // live indicators of this goal, by code
};

// One indicator's metadata (indicators table).
struct Indicator
{
    QString id;
    QString code;
    QString name;
    QString measureUnit;
    QString goalId;
    QString source;             // Source::Import, Source::Manual or Source::SickLeave
    Direction direction = Direction::HigherIsBetter;
    Aggregation aggregation = Aggregation::Latest;

    // Values entered by hand on the device.
    bool isManual() const { return Source::isManual(source); }
    // Values computed from the sick-leave hours.
    bool isSickLeave() const { return Source::isSickLeave(source); }
    // Values counted from the APT meetings: the share that covered an agenda area (Apt).
    bool isAptCoverage() const;
};

class Catalog
{
public:
    explicit Catalog(Database &db);

    // Every live goal sorted by code, with its indicators.
    QList<Goal> goals();
    // The goals of a unit's own branch (set on an ancestor, the unit, a unit below it, or for
    // everyone), depth first from the roots (goals whose parent is not shown), with depth set.
    QList<Goal> goalsOfUnit(const UnitTree &tree, const QString &unitId);
    // goalsOfUnit() among `goals` (as goals() read them), without reading the database.
    static QList<Goal> branchGoals(const QList<Goal> &goals, const UnitTree &tree, const QString &unitId);
    // Goal id -> name of the live goals.
    QHash<QString, QString> goalNames();

    // Every live indicator sorted by code.
    QList<Indicator> indicators();
    // One live indicator; none when unknown or deleted.
    std::optional<Indicator> indicator(const QString &id);
    // The indicator fed by the total sick leave (source sjukfranvaro, the first by code); empty
    // when there is none.
    QString sickLeaveIndicator();

private:
    Database &m_db;
};
