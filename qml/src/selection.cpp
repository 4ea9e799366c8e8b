#include "selection.h"

#include "appsettings.h"
#include "format.h"
#include "followup.h"

#include <QDate>
#include <QSettings>
#include <type_traits>

// Qt 6.4 builds a QML singleton with its default constructor when it has one, bypassing create().
static_assert(!std::is_default_constructible_v<Selection>, "QML must get the instance main() built");

namespace {
Selection *s_instance = nullptr;
const QString kUnitSetting = QStringLiteral("unit");

// The first enhet in tree order (depth first), else the first root; "" for an empty tree.
QString firstUnit(const UnitTree &tree)
{
    QStringList stack = tree.roots();
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (tree.byId(id)->kind == QStringLiteral("enhet"))
            return id;
        QStringList kids = tree.children(id);
        std::reverse(kids.begin(), kids.end());
        stack << kids;
    }
    return tree.roots().isEmpty() ? QString() : tree.roots().constFirst();
}
} // namespace

Selection::Selection(FollowUp &followUp, const AppSettings &settings, QObject *parent)
    : QObject(parent), m_followUp(followUp), m_settings(settings)
{
    s_instance = this;
    const UnitTree &tree = m_followUp.tree();
    QString unit = QSettings().value(kUnitSetting).toString();
    if (!tree.byId(unit))
        unit = firstUnit(tree); // the manager's unit until sign-in exists
    m_unitId = unit;
    const QDate now = QDate::fromString(m_settings.today(), Qt::ISODate);
    m_year = now.year();
    m_month = m_unitId.isEmpty() ? 0 : m_followUp.latestMonth(m_unitId, m_year);
    if (m_month == 0 && !m_unitId.isEmpty()) {
        m_year -= 1;
        m_month = m_followUp.latestMonth(m_unitId, m_year);
    }
    if (m_month == 0) {
        m_year = now.year();
        m_month = now.month();
    }
}

Selection::~Selection()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Selection *Selection::instance()
{
    return s_instance;
}

Selection *Selection::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString Selection::unitCode() const
{
    const Unit *u = m_followUp.tree().byId(m_unitId);
    return u ? u->code : QString();
}

QString Selection::unitName() const
{
    const Unit *u = m_followUp.tree().byId(m_unitId);
    return u ? u->name : QString();
}

QString Selection::unitKindText() const
{
    const Unit *u = m_followUp.tree().byId(m_unitId);
    if (!u)
        return {};
    if (u->kind == QStringLiteral("forvaltning"))
        return tr("Administration");
    if (u->kind == QStringLiteral("omrade"))
        return tr("Area");
    return tr("Unit");
}

QString Selection::unitPath() const
{
    QStringList names;
    const QStringList ids = m_followUp.tree().path(m_unitId);
    for (int i = 0; i + 1 < ids.size(); ++i)
        names << m_followUp.tree().byId(ids.at(i))->name;
    return names.join(QStringLiteral(" › "));
}

QString Selection::period() const
{
    return QStringLiteral("%1-%2").arg(m_year).arg(m_month, 2, 10, QLatin1Char('0'));
}

QString Selection::periodText() const
{
    return Fmt::monthYear(m_year, m_month);
}

QVariantList Selection::years() const
{
    QVariantList out;
    const int thisYear = QDate::fromString(m_settings.today(), Qt::ISODate).year();
    for (int y = thisYear; y >= thisYear - 9; --y)
        out << y;
    return out;
}

QStringList Selection::monthNames() const
{
    QStringList out;
    for (int m = 1; m <= 12; ++m)
        out << Fmt::monthShort(m);
    return out;
}

void Selection::selectUnit(const QString &unitId)
{
    if (unitId == m_unitId || !m_followUp.tree().byId(unitId))
        return;
    m_unitId = unitId;
    QSettings().setValue(kUnitSetting, unitId);
    emit unitChanged();
}

bool Selection::selectUnitByCode(const QString &code)
{
    const Unit *u = m_followUp.tree().byCode(code);
    if (!u)
        return false;
    selectUnit(u->id);
    return true;
}

void Selection::setPeriod(int year, int month)
{
    if (month == 0)
        month = m_followUp.latestMonth(m_unitId, year);
    if (month < 1 || month > 12)
        month = 12;
    if (year == m_year && month == m_month)
        return;
    m_year = year;
    m_month = month;
    emit periodChanged();
}

int Selection::lastMonthWithData(int year)
{
    return m_unitId.isEmpty() ? 0 : m_followUp.latestMonth(m_unitId, year);
}

void Selection::stepMonth(int delta)
{
    const QDate d = QDate(m_year, m_month, 1).addMonths(delta);
    setPeriod(d.year(), d.month());
}

void Selection::treeReloaded()
{
    emit unitChanged();
}

void Selection::selectFirstUnitIfUnknown()
{
    if (m_followUp.tree().byId(m_unitId))
        return;
    const QString first = firstUnit(m_followUp.tree());
    if (first.isEmpty())
        return;
    selectUnit(first);
    const int year = QDate::currentDate().year();
    setPeriod(m_followUp.latestMonth(first, year) > 0 ? year : year - 1, 0);
}
