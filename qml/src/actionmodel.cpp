#include "actionmodel.h"

#include "actions.h"
#include "appsettings.h"
#include "database.h"
#include "figurecache.h"
#include "followup.h"
#include "format.h"
#include "notes.h"

#include <QDate>

ActionModel::ActionModel(QObject *parent) : UnitPeriodModel(parent) {}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool done = r.done;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return r.title;
    case ActionIdRole: return r.id;
    case OwnerRole: return r.owner;
    case EndDateRole: return r.end;
    case StatusRole: return r.status;
    case StatusTextRole: return r.late ? tr("Late") : Fmt::actionStatusText(r.status);
    case StatusClassRole:
        return done ? QStringLiteral("good") : r.late ? QStringLiteral("bad") : QStringLiteral("warn");
    case EffectRole: return r.effect ? Fmt::number(r.effect, 0) : QString();
    case EffectTextRole: return r.effect ? Fmt::tkr(r.effect) : QString();
    case LateRole: return r.late;
    case DueTextRole:
        if (done) {
            const QString day = r.doneOn.isEmpty() ? r.end : r.doneOn;
            return day.isEmpty() ? tr("Done") : tr("Done %1").arg(Fmt::date(day));
        }
        if (r.end.isEmpty())
            return tr("No end date");
        return r.late ? tr("Was due %1").arg(Fmt::date(r.end)) : tr("Due %1").arg(Fmt::date(r.end));
    case GoalIdRole: return r.goalId;
    case GoalNameRole: return r.goalName;
    case AreaRole: return r.area;
    case NoteRole: return r.note;
    case UnitNameRole: return r.unitName;
    case DoneRole: return done;
    }
    return {};
}

QHash<int, QByteArray> ActionModel::roleNames() const
{
    return {{ActionIdRole, "actionId"}, {TitleRole, "title"}, {OwnerRole, "owner"},
            {EndDateRole, "endDate"}, {StatusRole, "status"}, {StatusTextRole, "statusText"},
            {StatusClassRole, "statusClass"}, {EffectRole, "effect"}, {EffectTextRole, "effectText"},
            {LateRole, "late"}, {DueTextRole, "dueText"}, {GoalIdRole, "goalId"},
            {GoalNameRole, "goalName"}, {AreaRole, "area"}, {NoteRole, "note"},
            {UnitNameRole, "unitName"}, {DoneRole, "done"}};
}

void ActionModel::setGoalId(const QString &id)
{
    if (id == m_goalId)
        return;
    m_goalId = id;
    emit filterChanged();
    refresh();
}

void ActionModel::setArea(const QString &area)
{
    if (area == m_area)
        return;
    m_area = area;
    emit filterChanged();
    refresh();
}

void ActionModel::setDueOnly(bool dueOnly)
{
    if (dueOnly == m_dueOnly)
        return;
    m_dueOnly = dueOnly;
    emit filterChanged();
    refresh();
}

void ActionModel::setShowDone(bool show)
{
    if (show == m_showDone)
        return;
    m_showDone = show;
    emit filterChanged();
    refresh();
}

QVariantList ActionModel::areas() const
{
    return {QVariantMap{{QStringLiteral("key"), NoteKeys::AreaGoals}, {QStringLiteral("text"), tr("Goals")}},
            QVariantMap{{QStringLiteral("key"), NoteKeys::AreaSickLeave}, {QStringLiteral("text"), tr("Sick leave")}},
            QVariantMap{{QStringLiteral("key"), NoteKeys::AreaBudget}, {QStringLiteral("text"), tr("Budget")}}};
}

QVariantList ActionModel::statuses() const
{
    QVariantList out;
    for (const QString &k : {NoteKeys::StatusNotStarted, NoteKeys::StatusOngoing, NoteKeys::StatusDone})
        out << QVariantMap{{QStringLiteral("key"), k}, {QStringLiteral("text"), Fmt::actionStatusText(k)}};
    return out;
}

void ActionModel::load()
{
    m_rows.clear();
    m_late = 0;
    m_open = 0;
    m_effectSumText.clear();
    if (unitId().isEmpty())
        return;
    FigureCache *read = FigureCache::instance();
    const QString today = AppSettings::instance()->today();
    const QString soon = QDate::fromString(today, Qt::ISODate).addDays(31).toString(Qt::ISODate);
    double sum = 0;
    bool anyEffect = false;
    QList<Row> done;
    for (const Action &a : Actions::ofSubtree(read->database(), read->followUp().tree(), unitId())) {
        const bool isDone = a.isDone();
        if (!m_goalId.isEmpty() && a.goalId != m_goalId)
            continue;
        if (!m_area.isEmpty() && a.area != m_area)
            continue;
        if (m_dueOnly && !a.isDueBy(soon))
            continue;
        if (isDone && !m_showDone)
            continue;
        const Row r{a.id, a.title, a.owner, a.endDate, a.status, a.goalId, a.goalName, a.area, a.note,
                    a.unitName, a.doneDate, a.effectTkr, a.isLate(today), isDone};
        if (!isDone) {
            ++m_open;
            m_late += r.late;
            if (r.effect) {
                sum += *r.effect;
                anyEffect = true;
            }
        }
        (isDone ? done : m_rows).append(r);
    }
    m_rows << done; // open actions first, done ones last
    m_effectSumText = anyEffect ? Fmt::tkr(sum) : Fmt::tkr(0.0);
}
