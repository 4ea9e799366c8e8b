#include "aptlistmodel.h"

#include "actions.h"
#include "appsettings.h"
#include "apt.h"
#include "figurecache.h"
#include "followup.h"
#include "format.h"


namespace {
const QList<QByteArray> kRoleNames{"key", "number", "title", "area", "note", "covered", "body",
                                   "actionId", "actionText", "owner", "status", "statusText", "endText", "late"};

QVariantMap actionRow(const Action &a, const QString &today)
{
    QString end = a.endDate.isEmpty() ? QString() : AptListModel::tr("due %1").arg(Fmt::date(a.endDate));
    if (a.isDone() && !a.doneDate.isEmpty())
        end = AptListModel::tr("done %1").arg(Fmt::date(a.doneDate));
    return {{QStringLiteral("key"), a.id}, {QStringLiteral("title"), a.title}, {QStringLiteral("owner"), a.owner},
            {QStringLiteral("status"), a.status}, {QStringLiteral("statusText"), Fmt::actionStatusText(a.status)},
            {QStringLiteral("endText"), end}, {QStringLiteral("late"), a.isLate(today)}};
}
} // namespace

AptListModel::AptListModel(QObject *parent) : UnitPeriodModel(parent) {}

int AptListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AptListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        role = m_kind == Decisions ? BodyRole : TitleRole;
    const int i = role - KeyRole;
    if (i < 0 || i >= kRoleNames.size())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(kRoleNames.at(i)));
}

QHash<int, QByteArray> AptListModel::roleNames() const
{
    QHash<int, QByteArray> out;
    for (int i = 0; i < kRoleNames.size(); ++i)
        out.insert(KeyRole + i, kRoleNames.at(i));
    return out;
}

void AptListModel::setMeetingId(const QString &id)
{
    if (id == m_meetingId)
        return;
    m_meetingId = id;
    emit meetingIdChanged();
    refresh();
}

void AptListModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    emit kindChanged();
    refresh();
}

int AptListModel::coveredCount() const
{
    int n = 0;
    for (const QVariantMap &r : m_rows)
        n += r.value(QStringLiteral("covered")).toBool() ? 1 : 0;
    return n;
}

QVariantMap AptListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

QList<QVariantMap> AptListModel::read() const
{
    QList<QVariantMap> out;
    if (unitId().isEmpty() || m_meetingId.isEmpty())
        return out;
    Database &db = FigureCache::instance()->database();
    const QString today = AppSettings::instance()->today();
    if (m_kind == Items) {
        int n = 0;
        for (const Apt::Item &i : Apt::items(db, unitId(), m_meetingId))
            out.append({{QStringLiteral("key"), i.id}, {QStringLiteral("number"), ++n}, {QStringLiteral("title"), i.title},
                        {QStringLiteral("area"), i.area}, {QStringLiteral("note"), i.note},
                        {QStringLiteral("covered"), i.covered}});
        return out;
    }
    const QList<AptMeeting> meetings = Actions::meetings(db, unitId());
    int at = -1;
    for (int i = 0; i < meetings.size() && at < 0; ++i)
        if (meetings.at(i).id == m_meetingId)
            at = i;
    if (at < 0)
        return out;
    const Apt::FollowUpList f = Apt::followUp(db, followUp().tree(), unitId(), meetings, at);
    if (m_kind == Decisions) {
        int n = 0;
        for (const Apt::Decision &d : Apt::decisions(db, unitId(), m_meetingId)) {
            QString actionText;
            for (const QList<Action> *list : {&f.created, &f.followedUp}) {
                for (const Action &a : *list) {
                    if (a.id != d.actionId)
                        continue;
                    QStringList parts{Fmt::actionStatusText(a.status)};
                    if (!a.owner.isEmpty())
                        parts << a.owner;
                    if (!a.endDate.isEmpty())
                        parts << tr("due %1").arg(Fmt::date(a.endDate));
                    actionText = tr("Action: %1").arg(parts.join(QStringLiteral(" · ")));
                }
            }
            if (!d.actionId.isEmpty() && actionText.isEmpty())
                actionText = tr("Action (removed or not on this device)");
            out.append({{QStringLiteral("key"), d.id}, {QStringLiteral("number"), ++n}, {QStringLiteral("body"), d.body},
                        {QStringLiteral("actionId"), d.actionId}, {QStringLiteral("actionText"), actionText}});
        }
        return out;
    }
    for (const Action &a : m_kind == FollowedUp ? f.followedUp : f.created)
        out.append(actionRow(a, today));
    return out;
}

void AptListModel::load()
{
    m_rows = m_next ? std::move(*m_next) : read();
    m_next.reset();
}

bool AptListModel::updateInPlace()
{
    QList<QVariantMap> next = read();
    bool same = next.size() == m_rows.size() && !next.isEmpty();
    for (int i = 0; same && i < next.size(); ++i)
        same = next.at(i).value(QStringLiteral("key")) == m_rows.at(i).value(QStringLiteral("key"));
    if (!same) {
        m_next = std::move(next); // load() takes them inside the reset
        return false;
    }
    for (int i = 0; i < next.size(); ++i) {
        if (next.at(i) != m_rows.at(i)) {
            m_rows[i] = next.at(i);
            emit dataChanged(index(i), index(i));
        }
    }
    return true;
}
