#include "appstate.h"

#include "format.h"
#include "followup.h"
#include "notes.h"

#include <QDate>
#include <QSettings>

namespace {
AppState *s_instance = nullptr;
const QString kUnitSetting = QStringLiteral("unit");
} // namespace

AppState::AppState(Database &db, FollowUp &followUp, Notes &notes, const Options &options, QObject *parent)
    : QObject(parent), m_db(db), m_followUp(followUp), m_notes(notes), m_options(options)
{
    s_instance = this;
    Fmt::setLanguage(options.language);
    m_dirty = m_notes.dirtyCount();
    const UnitTree &tree = m_followUp.tree();
    QString unit = QSettings().value(kUnitSetting).toString();
    if (!tree.byId(unit)) {
        unit.clear();
        // The first enhet in tree order: the manager's unit until sign-in exists.
        QStringList stack = tree.roots();
        std::reverse(stack.begin(), stack.end());
        while (!stack.isEmpty() && unit.isEmpty()) {
            const QString id = stack.takeLast();
            if (tree.byId(id)->kind == QStringLiteral("enhet"))
                unit = id;
            QStringList kids = tree.children(id);
            std::reverse(kids.begin(), kids.end());
            stack << kids;
        }
        if (unit.isEmpty() && !tree.roots().isEmpty())
            unit = tree.roots().constFirst();
    }
    m_unitId = unit;
    const QDate now = QDate::fromString(today(), Qt::ISODate);
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

AppState::~AppState()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppState *AppState::instance()
{
    return s_instance;
}

AppState *AppState::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppState::unitCode() const
{
    const Unit *u = m_followUp.tree().byId(m_unitId);
    return u ? u->code : QString();
}

QString AppState::unitName() const
{
    const Unit *u = m_followUp.tree().byId(m_unitId);
    return u ? u->name : QString();
}

QString AppState::unitKindText() const
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

QString AppState::unitPath() const
{
    QStringList names;
    const QStringList ids = m_followUp.tree().path(m_unitId);
    for (int i = 0; i + 1 < ids.size(); ++i)
        names << m_followUp.tree().byId(ids.at(i))->name;
    return names.join(QStringLiteral(" › "));
}

QString AppState::period() const
{
    return QStringLiteral("%1-%2").arg(m_year).arg(m_month, 2, 10, QLatin1Char('0'));
}

QString AppState::periodText() const
{
    return Fmt::monthYear(m_year, m_month);
}

QVariantList AppState::years() const
{
    QVariantList out;
    const int thisYear = QDate::fromString(today(), Qt::ISODate).year();
    for (int y = thisYear; y >= thisYear - 9; --y)
        out << y;
    return out;
}

QStringList AppState::monthNames() const
{
    QStringList out;
    for (int m = 1; m <= 12; ++m)
        out << Fmt::monthShort(m);
    return out;
}

void AppState::setPage(const QString &page)
{
    if (page == m_page)
        return;
    m_page = page;
    emit pageChanged();
}

bool AppState::canUndo() const
{
    return m_notes.canUndo();
}

QString AppState::undoText() const
{
    const QString l = m_notes.undoLabel();
    if (l == QStringLiteral("comment"))
        return tr("Undo comment");
    if (l == QStringLiteral("analysis"))
        return tr("Undo analysis");
    if (l == QStringLiteral("action"))
        return tr("Undo action change");
    if (l == QStringLiteral("forecast"))
        return tr("Undo forecast");
    if (l == QStringLiteral("value"))
        return tr("Undo value");
    if (l == QStringLiteral("apt"))
        return tr("Undo APT change");
    return tr("Undo");
}

QString AppState::dirtyText() const
{
    if (m_dirty == 0)
        return tr("All changes synced");
    return tr("%n change(s) not yet synced", nullptr, m_dirty);
}

void AppState::setDarkMode(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit themeChanged();
}

QString AppState::language() const
{
    return Fmt::language();
}

QString AppState::today() const
{
    return m_options.today.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : m_options.today;
}

namespace {
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

UnitFigures AppState::figures(const QString &unitId, int year, int month)
{
    if (month < 1 || month > 12)
        return m_followUp.figures(unitId, year, month, false);
    if (year != m_figuresYear || month != m_figuresMonth || m_revision != m_figuresRevision) {
        m_figures.clear();
        m_figuresYear = year;
        m_figuresMonth = month;
        m_figuresRevision = m_revision;
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

void AppState::selectUnit(const QString &unitId)
{
    if (unitId == m_unitId || !m_followUp.tree().byId(unitId))
        return;
    m_unitId = unitId;
    QSettings().setValue(kUnitSetting, unitId);
    emit unitChanged();
}

bool AppState::selectUnitByCode(const QString &code)
{
    const Unit *u = m_followUp.tree().byCode(code);
    if (!u)
        return false;
    selectUnit(u->id);
    return true;
}

void AppState::setPeriod(int year, int month)
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

void AppState::stepMonth(int delta)
{
    const QDate d = QDate(m_year, m_month, 1).addMonths(delta);
    setPeriod(d.year(), d.month());
}

void AppState::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit errorChanged();
}

void AppState::edited(bool ok, const QString &error)
{
    setError(ok ? QString() : error);
    if (ok) {
        ++m_revision;
        m_dirty = m_notes.dirtyCount();
        emit dataChanged();
    }
}

bool AppState::undo()
{
    QString error;
    const bool ok = m_notes.undo(&error);
    edited(ok, error);
    return ok;
}

QString AppState::comment(const QString &area, const QString &kind, const QString &ref,
                          const QString &period) const
{
    return m_notes.comment(m_unitId, period.isEmpty() ? this->period() : period, area, kind, ref);
}

bool AppState::setComment(const QString &area, const QString &kind, const QString &ref,
                          const QString &body, const QString &period)
{
    QString error;
    const bool ok = m_notes.setComment(m_unitId, period.isEmpty() ? this->period() : period, area,
                                       kind, ref, body, &error);
    edited(ok, error);
    return ok;
}

bool AppState::setUnitComment(const QString &unitId, const QString &period, const QString &area,
                              const QString &kind, const QString &ref, const QString &body)
{
    if (!m_followUp.tree().byId(unitId) || period.isEmpty()) {
        setError(tr("The comment could not be saved: unknown unit or period"));
        return false;
    }
    QString error;
    const bool ok = m_notes.setComment(unitId, period, area, kind, ref, body, &error);
    edited(ok, error);
    return ok;
}

QVariantMap AppState::actionFields(const QVariantMap &in, bool *ok)
{
    *ok = true;
    QVariantMap out;
    static const QStringList plain = {QStringLiteral("title"), QStringLiteral("owner"),
                                      QStringLiteral("start_date"), QStringLiteral("end_date"),
                                      QStringLiteral("status"), QStringLiteral("goal_id"),
                                      QStringLiteral("area"), QStringLiteral("note")};
    for (const QString &k : plain) {
        if (in.contains(k))
            out.insert(k, in.value(k).toString().trimmed());
    }
    if (in.contains(QStringLiteral("effect"))) {
        bool good = false;
        const auto v = Fmt::parse(in.value(QStringLiteral("effect")).toString(), &good);
        if (!good) {
            *ok = false;
            setError(tr("The expected effect must be a number of tkr"));
        }
        out.insert(QStringLiteral("effect_tkr"), v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double)));
    }
    return out;
}

QString AppState::createAction(const QVariantMap &fields)
{
    bool ok = false;
    QVariantMap f = actionFields(fields, &ok);
    if (!ok)
        return {};
    f.insert(QStringLiteral("unit_id"), m_unitId);
    if (!f.contains(QStringLiteral("start_date")))
        f.insert(QStringLiteral("start_date"), today());
    QString error;
    const QString id = m_notes.createAction(f, today(), &error);
    edited(!id.isEmpty(), error);
    return id;
}

bool AppState::updateAction(const QString &id, const QVariantMap &fields)
{
    bool ok = false;
    const QVariantMap f = actionFields(fields, &ok);
    if (!ok)
        return false;
    QString error;
    ok = m_notes.updateAction(id, f, today(), &error);
    edited(ok, error);
    return ok;
}

bool AppState::closeAction(const QString &id)
{
    QString error;
    const bool ok = m_notes.closeAction(id, today(), &error);
    edited(ok, error);
    return ok;
}

bool AppState::setForecast(const QString &category, const QString &text)
{
    bool good = false;
    const auto v = Fmt::parse(text, &good);
    if (!good) {
        setError(tr("The forecast must be a number of tkr"));
        return false;
    }
    QString error;
    const bool ok = m_notes.setForecast(m_unitId, period(), category, v, &error);
    edited(ok, error);
    return ok;
}

bool AppState::setIndicatorValue(const QString &indicatorId, const QString &period,
                                 const QString &text, const QString &comment)
{
    bool good = false;
    const auto v = Fmt::parse(text, &good);
    if (!good) {
        setError(tr("The value must be a number"));
        return false;
    }
    QString error;
    const bool ok = m_notes.setIndicatorValue(indicatorId, m_unitId, period, v, comment, &error);
    edited(ok, error);
    return ok;
}

QString AppState::createApt(const QVariantMap &fields)
{
    QVariantMap f = fields;
    f.insert(QStringLiteral("unit_id"), m_unitId);
    QString error;
    const QString id = m_notes.createApt(f, &error);
    edited(!id.isEmpty(), error);
    return id;
}

bool AppState::updateApt(const QString &id, const QVariantMap &fields)
{
    QString error;
    const bool ok = m_notes.updateApt(id, fields, &error);
    edited(ok, error);
    return ok;
}

void AppState::reload()
{
    m_followUp.reload();
    m_figuresRevision = -1;
    edited(true, {});
    emit unitChanged();
}

void AppState::refreshDirtyCount()
{
    const int dirty = m_notes.dirtyCount();
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    emit dataChanged();
}
