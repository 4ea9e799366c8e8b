#include "aptmodel.h"

#include "actions.h"
#include "apt.h"
#include "database.h"
#include "figurecache.h"
#include "followup.h"
#include "format.h"
#include "minutes.h"
#include "rules.h"

#include <QDir>

AptModel::AptModel(QObject *parent) : UnitPeriodModel(parent) {}

int AptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return r.title.isEmpty() ? tr("APT") : r.title;
    case AptIdRole: return r.id;
    case DateRole: return r.date;
    case DateTextRole: return Fmt::date(r.date);
    case AgendaRole: return r.agenda;
    case MinutesRole: return r.minutes;
    case DecisionsRole: return r.decisions;
    case ParticipantsRole: return r.participants;
    case ClosedRole: return r.closed;
    case AgendaTextRole: return r.agendaText;
    }
    return {};
}

QHash<int, QByteArray> AptModel::roleNames() const
{
    return {{AptIdRole, "aptId"}, {DateRole, "date"}, {DateTextRole, "dateText"}, {TitleRole, "title"},
            {AgendaRole, "agenda"}, {MinutesRole, "minutes"}, {DecisionsRole, "decisions"},
            {ParticipantsRole, "participants"}, {ClosedRole, "closed"}, {AgendaTextRole, "agendaText"}};
}

int AptModel::indexOf(const QString &aptId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == aptId)
            return i;
    return -1;
}

QVariantMap AptModel::get(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    return {{QStringLiteral("aptId"), r.id}, {QStringLiteral("date"), r.date}, {QStringLiteral("title"), r.title},
            {QStringLiteral("agenda"), r.agenda}, {QStringLiteral("minutes"), r.minutes},
            {QStringLiteral("decisions"), r.decisions}, {QStringLiteral("participants"), r.participants},
            {QStringLiteral("closed"), r.closed}, {QStringLiteral("agendaText"), r.agendaText},
            {QStringLiteral("items"), r.items}};
}

QString AptModel::minutesFileName(const QString &aptId) const
{
    QString error;
    const auto content = Minutes::gatherMeeting(FigureCache::instance()->database(), unitId(), aptId, &error);
    return content ? Minutes::fileName(*content) : QString();
}

QVariantMap AptModel::saveMinutes(const QString &aptId, const QUrl &file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto result = [](bool ok, const QString &message) {
        return QVariantMap{{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
    };
    if (path.isEmpty())
        return result(false, tr("No file was chosen; the minutes were not saved."));
    QString error;
    const auto content = Minutes::gatherMeeting(FigureCache::instance()->database(), unitId(), aptId, &error);
    if (!content) {
        qWarning().noquote() << "minutes:" << error;
        return result(false, tr("The meeting was not found, so no minutes were saved."));
    }
    if (!Minutes::write(*content, path, &error)) {
        qWarning().noquote() << "minutes:" << error;
        return result(false, tr("The minutes could not be saved in %1. Choose another folder.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
    return result(true, tr("The minutes were saved in %1.").arg(QDir::toNativeSeparators(path)));
}

QString AptModel::standardAgenda() const
{
    if (unitId().isEmpty() || month() <= 0)
        return {};
    const UnitFigures f = FigureCache::instance()->figures(unitId(), year(), month());
    const std::optional<double> dev = f.deviation();
    const GoalsMet met = Rules::goalsMet(f.goals);
    QStringList lines;
    int n = 0;
    for (const Apt::AgendaEntry &e : Apt::standardAgenda(FigureCache::instance()->database(), unitId())) {
        QString line = tr("%1. %2").arg(++n).arg(e.title);
        if (e.area == Apt::SickLeave)
            line = tr("%1: %2 year to date, %3 rolling 12 months")
                       .arg(line, Fmt::percent(f.sickLeaveYtd.percent(), 1), Fmt::percent(f.sickLeaveRolling12.percent(), 1));
        else if (e.area == Apt::Budget)
            line = tr("%1: deviation to date %2").arg(line, Fmt::tkr(dev, true));
        else if (e.area == Apt::Goals)
            line = tr("%1: %2 of %3 goals met").arg(line).arg(met.met).arg(met.judged);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariantList AptModel::standardAgendaEntries() const
{
    QVariantList out;
    if (unitId().isEmpty())
        return out;
    for (const Apt::AgendaEntry &e : Apt::standardAgenda(FigureCache::instance()->database(), unitId()))
        out.append(QVariantMap{{QStringLiteral("title"), e.title}, {QStringLiteral("area"), e.area}});
    return out;
}

QVariantMap AptModel::previousMeeting(const QString &aptId) const
{
    // Rows are newest first: the previous meeting is the next row after aptId.
    const int at = indexOf(aptId);
    const int row = at < 0 ? 0 : at + 1;
    if (row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    return {{QStringLiteral("aptId"), r.id}, {QStringLiteral("title"), r.title.isEmpty() ? tr("APT") : r.title},
            {QStringLiteral("dateText"), Fmt::date(r.date)}, {QStringLiteral("decisions"), r.decisionLines}};
}

void AptModel::load()
{
    m_rows.clear();
    if (unitId().isEmpty())
        return;
    Database &db = FigureCache::instance()->database();
    for (const AptMeeting &m : Actions::meetings(db, unitId())) {
        Row r{m.id, m.date, m.title, m.agenda, m.minutes, m.decisions,
              m.participants ? QString::number(*m.participants) : QString(), m.closed, {}, {}};
        QStringList titles;
        for (const Apt::Item &i : Apt::items(db, unitId(), m.id)) {
            titles << i.title;
            r.items.append(QVariantMap{{QStringLiteral("area"), i.area}, {QStringLiteral("title"), i.title},
                                       {QStringLiteral("note"), i.note}});
        }
        r.agendaText = titles.isEmpty() ? m.agenda : titles.join(QLatin1Char('\n'));
        for (const Apt::Decision &d : Apt::decisions(db, unitId(), m.id)) {
            if (!d.body.trimmed().isEmpty())
                r.decisionLines << d.body.trimmed();
        }
        for (QString line : m.decisions.split(QLatin1Char('\n'))) {
            line = line.trimmed();
            while (line.startsWith(QLatin1Char('-')) || line.startsWith(QChar(0x2022)) || line.startsWith(QLatin1Char('*')))
                line = line.mid(1).trimmed();
            if (!line.isEmpty())
                r.decisionLines << line;
        }
        m_rows << r;
    }
}
