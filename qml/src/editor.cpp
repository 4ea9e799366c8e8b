#include "editor.h"

#include "appsettings.h"
#include "figurecache.h"
#include "format.h"
#include "followup.h"
#include "notes.h"
#include "selection.h"

#include <type_traits>

// Qt 6.4 builds a QML singleton with its default constructor when it has one, bypassing create().
static_assert(!std::is_default_constructible_v<Editor>, "QML must get the instance main() built");

namespace {
Editor *s_instance = nullptr;
} // namespace

Editor::Editor(Notes &notes, FollowUp &followUp, Selection &selection, const AppSettings &settings,
               FigureCache &cache, QObject *parent)
    : QObject(parent), m_notes(notes), m_followUp(followUp), m_selection(selection), m_settings(settings),
      m_cache(cache)
{
    s_instance = this;
    m_dirty = m_notes.dirtyCount();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(600);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { flushStaged(false); });
    // A staged edit keeps the unit and period it was typed for; written before the view moves on.
    connect(&m_selection, &Selection::unitChanged, this, &Editor::flush);
    connect(&m_selection, &Selection::periodChanged, this, &Editor::flush);
}

Editor::~Editor()
{
    flush();
    if (s_instance == this)
        s_instance = nullptr;
}

Editor *Editor::instance()
{
    return s_instance;
}

Editor *Editor::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool Editor::canUndo() const
{
    return m_notes.canUndo();
}

QString Editor::undoText() const
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
    if (l == QStringLiteral("decision"))
        return tr("Undo decision");
    if (l == QStringLiteral("agenda"))
        return tr("Undo standard agenda");
    return tr("Undo");
}

QString Editor::dirtyText() const
{
    if (m_dirty == 0)
        return tr("All changes synced");
    return tr("%Ln change(s) not yet synced", nullptr, m_dirty);
}

void Editor::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit errorChanged();
}

void Editor::edited(bool ok, const QString &error)
{
    setError(ok ? QString() : error);
    if (ok) {
        ++m_revision;
        m_cache.invalidate();
        m_dirty = m_notes.dirtyCount();
        emit dataChanged();
    }
}

bool Editor::undo()
{
    flushStaged(true); // what was just typed is the last edit, and the one taken back
    QString error;
    const bool ok = m_notes.undo(&error);
    edited(ok, error);
    return ok;
}

QString Editor::comment(const QString &area, const QString &kind, const QString &ref,
                        const QString &period) const
{
    return m_notes.comment(m_selection.unitId(), period.isEmpty() ? m_selection.period() : period, area, kind, ref);
}

bool Editor::setComment(const QString &area, const QString &kind, const QString &ref,
                        const QString &body, const QString &period)
{
    QString error;
    const bool ok = m_notes.setComment(m_selection.unitId(), period.isEmpty() ? m_selection.period() : period, area,
                                       kind, ref, body, &error);
    edited(ok, error);
    return ok;
}

bool Editor::setUnitComment(const QString &unitId, const QString &period, const QString &area,
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

QVariantMap Editor::actionFields(const QVariantMap &in, bool *ok)
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

QString Editor::createAction(const QVariantMap &fields)
{
    bool ok = false;
    QVariantMap f = actionFields(fields, &ok);
    if (!ok)
        return {};
    const QString unitId = fields.value(QStringLiteral("unit_id")).toString();
    f.insert(QStringLiteral("unit_id"), m_followUp.tree().byId(unitId) ? unitId : m_selection.unitId());
    if (!f.contains(QStringLiteral("start_date")))
        f.insert(QStringLiteral("start_date"), m_settings.today());
    QString error;
    const QString id = m_notes.createAction(f, m_settings.today(), &error);
    edited(!id.isEmpty(), error);
    return id;
}

bool Editor::updateAction(const QString &id, const QVariantMap &fields)
{
    bool ok = false;
    const QVariantMap f = actionFields(fields, &ok);
    if (!ok)
        return false;
    QString error;
    ok = m_notes.updateAction(id, f, m_settings.today(), &error);
    edited(ok, error);
    return ok;
}

bool Editor::closeAction(const QString &id)
{
    QString error;
    const bool ok = m_notes.closeAction(id, m_settings.today(), &error);
    edited(ok, error);
    return ok;
}

bool Editor::setForecast(const QString &category, const QString &text)
{
    return writeForecast(m_selection.unitId(), m_selection.period(), category, text);
}

bool Editor::writeForecast(const QString &unitId, const QString &period, const QString &category,
                           const QString &text)
{
    bool good = false;
    const auto v = Fmt::parse(text, &good);
    if (!good) {
        setError(tr("The forecast must be a number of tkr"));
        return false;
    }
    QString error;
    const bool ok = m_notes.setForecast(unitId, period, category, v, &error);
    edited(ok, error);
    return ok;
}

bool Editor::setIndicatorValue(const QString &indicatorId, const QString &period,
                               const QString &text, const QString &comment)
{
    return writeIndicatorValue(m_selection.unitId(), indicatorId, period, text, comment);
}

bool Editor::writeIndicatorValue(const QString &unitId, const QString &indicatorId, const QString &period,
                                 const QString &text, const QString &comment)
{
    bool good = false;
    const auto v = Fmt::parse(text, &good);
    if (!good) {
        setError(tr("The value must be a number"));
        return false;
    }
    QString error;
    const bool ok = m_notes.setIndicatorValue(indicatorId, unitId, period, v, comment, &error);
    edited(ok, error);
    return ok;
}

QString Editor::areaNote(const QString &area, const QString &fallbackArea) const
{
    for (const QString &text : {comment(area, NoteKeys::KindAnalysis), comment(area, NoteKeys::KindComment),
                                fallbackArea.isEmpty() ? QString() : comment(fallbackArea, NoteKeys::KindAnalysis)}) {
        if (!text.trimmed().isEmpty())
            return text;
    }
    return {};
}

QString Editor::createApt(const QVariantMap &fields)
{
    QVariantMap f = fields;
    f.insert(QStringLiteral("unit_id"), m_selection.unitId());
    QString error;
    const QString id = m_notes.createApt(f, &error);
    edited(!id.isEmpty(), error);
    return id;
}

bool Editor::updateApt(const QString &id, const QVariantMap &fields)
{
    QVariantMap f = fields;
    if (f.contains(QStringLiteral("participants"))) {
        // Typed as text: a whole number of people, or nothing.
        const QString text = f.value(QStringLiteral("participants")).toString().trimmed();
        bool good = false;
        const int n = text.toInt(&good);
        if (text.isEmpty()) {
            f.insert(QStringLiteral("participants"), QVariant(QMetaType(QMetaType::Int)));
        } else if (!good || n < 0 || n > 10000) {
            setError(tr("The number of participants must be a whole number"));
            return false;
        } else {
            f.insert(QStringLiteral("participants"), n);
        }
    }
    if (f.contains(QStringLiteral("closed")))
        f.insert(QStringLiteral("closed"), f.value(QStringLiteral("closed")).toBool() ? 1 : 0);
    QString error;
    const bool ok = m_notes.updateApt(id, f, &error);
    edited(ok, error);
    return ok;
}

QString Editor::addAptItem(const QString &meetingId, const QString &title)
{
    QString error;
    const QString id = m_notes.addAptItem(meetingId, title.trimmed(), &error);
    edited(!id.isEmpty(), error);
    return id;
}

bool Editor::updateAptItem(const QString &id, const QVariantMap &fields)
{
    QString error;
    const bool ok = m_notes.updateAptItem(id, fields, &error);
    edited(ok, error);
    return ok;
}

bool Editor::removeAptItem(const QString &id)
{
    QString error;
    const bool ok = m_notes.removeAptRow(QStringLiteral("apt_items"), id, &error);
    edited(ok, error);
    return ok;
}

QString Editor::addDecision(const QString &meetingId, const QString &body)
{
    QString error;
    const QString id = m_notes.addDecision(meetingId, body, &error);
    edited(!id.isEmpty(), error);
    return id;
}

bool Editor::updateDecision(const QString &id, const QVariantMap &fields)
{
    QString error;
    const bool ok = m_notes.updateDecision(id, fields, &error);
    edited(ok, error);
    return ok;
}

bool Editor::removeDecision(const QString &id)
{
    QString error;
    const bool ok = m_notes.removeAptRow(QStringLiteral("apt_decisions"), id, &error);
    edited(ok, error);
    return ok;
}

QString Editor::decisionToAction(const QString &decisionId, const QVariantMap &fields)
{
    flushStaged(true); // the decision's text as typed is the action's title
    bool ok = false;
    const QVariantMap f = actionFields(fields, &ok);
    if (!ok)
        return {};
    QString error;
    const QString id = m_notes.decisionToAction(decisionId, f, m_settings.today(), &error);
    edited(!id.isEmpty(), error);
    return id;
}

bool Editor::setStandardAgenda(const QStringList &titles, const QStringList &areas)
{
    QString error;
    const bool ok = m_notes.setStandardAgenda(m_selection.unitId(), titles, areas, &error);
    edited(ok, error);
    return ok;
}

QString Editor::stage(const QVariantMap &target, const QString &text)
{
    QVariantMap t = target;
    const bool deferred = t.take(QStringLiteral("deferred")).toBool();
    const QString type = t.value(QStringLiteral("type")).toString();
    if (type == QStringLiteral("comment") || type == QStringLiteral("forecast") || type == QStringLiteral("value")) {
        if (t.value(QStringLiteral("unit")).toString().isEmpty())
            t.insert(QStringLiteral("unit"), m_selection.unitId());
        if (t.value(QStringLiteral("period")).toString().isEmpty())
            t.insert(QStringLiteral("period"), m_selection.period());
    }
    QStringList parts;
    for (auto it = t.cbegin(); it != t.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    const QString key = parts.join(QChar(0x1f));
    Pending &p = m_pending[key];
    p.target = t;
    p.text = text;
    p.deferred = deferred;
    if (!deferred)
        m_saveTimer.start();
    emit pendingChanged();
    return key;
}

void Editor::discard(const QString &key)
{
    if (m_pending.remove(key) > 0)
        emit pendingChanged();
}

bool Editor::isPending(const QString &key) const
{
    return m_pending.contains(key);
}

bool Editor::flushKey(const QString &key)
{
    const auto it = m_pending.constFind(key);
    if (it == m_pending.cend())
        return true;
    const Pending p = *it;
    m_pending.erase(it);
    const bool ok = write(p);
    emit pendingChanged(); // after the write: a view sees the stored text when it stops pending
    return ok;
}

bool Editor::flush()
{
    emit flushing();
    return flushStaged(true);
}

void Editor::setSaveDelay(int ms)
{
    if (ms == m_saveTimer.interval())
        return;
    m_saveTimer.setInterval(ms);
    emit pendingChanged();
}

bool Editor::flushStaged(bool includeDeferred)
{
    QList<Pending> todo;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->deferred && !includeDeferred) {
            ++it;
            continue;
        }
        todo << *it;
        it = m_pending.erase(it);
    }
    if (todo.isEmpty())
        return true;
    m_saveTimer.stop();
    bool ok = true;
    for (const Pending &p : std::as_const(todo))
        ok = write(p) && ok;
    emit pendingChanged();
    return ok;
}

bool Editor::write(const Pending &edit)
{
    const QVariantMap &t = edit.target;
    const QString type = t.value(QStringLiteral("type")).toString();
    const auto s = [&t](const char *name) { return t.value(QLatin1String(name)).toString(); };
    if (type == QStringLiteral("comment"))
        return setUnitComment(s("unit"), s("period"), s("area"), s("kind"), s("ref"), edit.text);
    if (type == QStringLiteral("forecast"))
        return writeForecast(s("unit"), s("period"), s("category"), edit.text);
    if (type == QStringLiteral("value"))
        return writeIndicatorValue(s("unit"), s("indicator"), s("period"), edit.text, s("comment"));
    if (type == QStringLiteral("apt"))
        return updateApt(s("id"), {{s("field"), edit.text}});
    if (type == QStringLiteral("action"))
        return updateAction(s("id"), {{s("field"), edit.text}});
    if (type == QStringLiteral("apt_item"))
        return updateAptItem(s("id"), {{s("field"), edit.text}});
    if (type == QStringLiteral("apt_decision"))
        return updateDecision(s("id"), {{s("field"), edit.text}});
    bool reportOk = false;
    if (writeReport(type, t, edit.text, &reportOk))
        return reportOk;
    qWarning("Editor: a staged edit of unknown type %s was dropped", qPrintable(type));
    return false;
}

void Editor::reload()
{
    flushStaged(true); // written before the data is re-read (an open dialog stays open)
    m_followUp.reload();
    edited(true, {});
    m_selection.treeReloaded();
}

void Editor::refreshDirtyCount()
{
    const int dirty = m_notes.dirtyCount();
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    emit dataChanged();
}
