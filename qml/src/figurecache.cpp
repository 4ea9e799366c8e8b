#include "figurecache.h"

namespace {
FigureCache *s_instance = nullptr;

void flatten(UnitFigures &&f, QHash<QString, UnitFigures> &out)
{
    QList<UnitFigures> children = std::move(f.children);
    f.children.clear();
    const QString id = f.unitId;
    out.insert(id, std::move(f));
    for (UnitFigures &c : children)
        flatten(std::move(c), out);
}
} // namespace

FigureCache::FigureCache(Database &db, FollowUp &followUp) : m_db(db), m_followUp(followUp)
{
    s_instance = this;
}

FigureCache::~FigureCache()
{
    if (s_instance == this)
        s_instance = nullptr;
}

FigureCache *FigureCache::instance()
{
    return s_instance;
}

UnitFigures FigureCache::figures(const QString &unitId, int year, int month)
{
    if (month < 1 || month > 12)
        return m_followUp.figures(unitId, year, month, false);
    if (!m_valid || year != m_year || month != m_month) {
        m_figures.clear();
        m_year = year;
        m_month = month;
        m_valid = true;
    }
    auto it = m_figures.constFind(unitId);
    if (it != m_figures.cend())
        return it.value();
    const QStringList path = m_followUp.tree().path(unitId);
    if (path.isEmpty())
        return m_followUp.figures(unitId, year, month, false);
    flatten(m_followUp.figures(path.constFirst(), year, month, true), m_figures);
    it = m_figures.constFind(unitId);
    return it != m_figures.cend() ? it.value() : m_followUp.figures(unitId, year, month, false);
}

void FigureCache::invalidate()
{
    m_valid = false;
    m_figures.clear();
}
