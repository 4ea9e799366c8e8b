#pragma once
// What the view models read from: the app's Database and FollowUp, and a per-period cache of
// every unit's figures. Plain C++ (no QML type); built in main(), reached through instance().
#include "followup.h"

#include <QHash>

class Database;

class FigureCache
{
public:
    // Reads through `followUp` (over `db`); the instance() until destroyed.
    FigureCache(Database &db, FollowUp &followUp);
    ~FigureCache();
    FigureCache(const FigureCache &) = delete;
    FigureCache &operator=(const FigureCache &) = delete;

    // The instance main() built (nullptr before).
    static FigureCache *instance();

    // The app's database (for Catalog and Actions reads).
    Database &database() { return m_db; }
    // The app's FollowUp (the unit tree and figures).
    FollowUp &followUp() { return m_followUp; }
    // A unit's figures (not recursive) for year/month (1..12), from a cache of the whole tree
    // built with one recursive FollowUp call per period: FollowUp loads every unit's rows for
    // the period anyway, so a unit switch then costs no query. Other months go straight through.
    UnitFigures figures(const QString &unitId, int year, int month);
    // Forgets the cached figures; called after every edit, import and sync.
    void invalidate();

private:
    Database &m_db;
    FollowUp &m_followUp;
    QHash<QString, UnitFigures> m_figures; // unit id -> figures (children cleared)
    int m_year = 0;
    int m_month = 0;
    bool m_valid = false;
};
