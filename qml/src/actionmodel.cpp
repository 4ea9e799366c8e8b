#include "actionmodel.h"

#include "appstate.h"
#include "database.h"
#include "format.h"
#include "followup.h"
#include "meta.h"
#include "notes.h"

#include <QDate>
#include <QSqlQuery>

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
    const bool done = r.status == NoteKeys::StatusDone;
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
        if (done)
            return r.end.isEmpty() ? tr("Done") : tr("Done %1").arg(Fmt::date(r.end));
        if (r.end.isEmpty())
            return tr("No end date");
        return r.late ? tr("Late, due %1").arg(Fmt::date(r.end)) : tr("Due %1").arg(Fmt::date(r.end));
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
    AppState *app = AppState::instance();
    const UnitTree &tree = app->followUp().tree();
    const QStringList units = tree.subtree(unitId());
    if (units.isEmpty())
        return;
    const QHash<QString, QString> goals = Meta::goalNames(app->database());
    const QString today = app->today();
    const QString soon = QDate::fromString(today, Qt::ISODate).addDays(31).toString(Qt::ISODate);
    QSqlQuery q(app->database().db());
    q.prepare(QStringLiteral("SELECT id, unit_id, goal_id, area, title, owner, end_date, status, "
                             "effect_tkr, note FROM actions WHERE _deleted = 0 AND unit_id IN (%1) "
                             "ORDER BY end_date, title")
                  .arg(QStringLiteral("?, ").repeated(units.size() - 1) + QStringLiteral("?")));
    for (const QString &u : units)
        q.addBindValue(u);
    q.exec();
    double sum = 0;
    bool anyEffect = false;
    QList<Row> done;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toString();
        r.unitName = tree.byId(q.value(1).toString()) ? tree.byId(q.value(1).toString())->name : QString();
        r.goalId = q.value(2).toString();
        r.goalName = goals.value(r.goalId);
        r.area = Fmt::key(q.value(3).toString());
        r.title = q.value(4).toString();
        r.owner = q.value(5).toString();
        r.end = q.value(6).toString();
        r.status = Fmt::key(q.value(7).toString());
        if (!q.value(8).isNull())
            r.effect = q.value(8).toDouble();
        r.note = q.value(9).toString();
        const bool isDone = r.status == NoteKeys::StatusDone;
        r.late = !isDone && !r.end.isEmpty() && r.end < today;
        if (!m_goalId.isEmpty() && r.goalId != m_goalId)
            continue;
        if (!m_area.isEmpty() && r.area != m_area)
            continue;
        if (m_dueOnly && (isDone || r.end.isEmpty() || r.end > soon))
            continue;
        if (isDone && !m_showDone)
            continue;
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
