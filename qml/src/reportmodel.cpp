#include "reportmodel.h"

#include "appsettings.h"
#include "figurecache.h"
#include "followup.h"
#include "format.h"
#include "ids.h"
#include "reportexport.h"
#include "rounds.h"

#include <QDir>
#include <QJsonArray>

namespace {
const QList<QByteArray> kRoleNames{"key", "title", "body", "canEdit", "code", "name", "level", "suggestion",
                                   "suggestionClass", "assessment", "forecast", "depth", "status", "statusText",
                                   "late", "reviewComment", "sectionsText", "canApprove", "canSendBack", "asManager",
                                   "entries", "countText"};

bool isManager(const QString &role)
{
    return role.isEmpty() || Rounds::roleActs(role, Rounds::Actor::Manager);
}

bool isReviewer(const QString &role)
{
    return role.isEmpty() || Rounds::roleActs(role, Rounds::Actor::Reviewer);
}

// The status the core computes for a goal ("uppfyllt", …, "saknas") as the suggestion's text and colour class.
QString suggestionText(const QString &status)
{
    if (Rounds::assessments().contains(status))
        return ReportModel::tr("Computed: %1").arg(Rounds::assessmentTitle(status));
    return ReportModel::tr("Computed: no status (values or targets missing)");
}

QString statusClass(const QString &status)
{
    if (status == Rounds::Met)
        return QStringLiteral("good");
    if (status == Rounds::Partly)
        return QStringLiteral("warn");
    if (status == Rounds::NotMet)
        return QStringLiteral("bad");
    return QStringLiteral("none");
}

QString periodText(const Rounds::Round &r)
{
    if (r.monthFrom == r.monthTo)
        return Fmt::monthYear(r.year, r.monthTo);
    return QStringLiteral("%1–%2").arg(Fmt::monthName(r.monthFrom), Fmt::monthYear(r.year, r.monthTo));
}

std::optional<double> number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
} // namespace

ReportModel::ReportModel(QObject *parent) : UnitPeriodModel(parent) {}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        role = Qt::UserRole + 2; // title
    const int i = role - (Qt::UserRole + 1);
    if (i < 0 || i >= kRoleNames.size())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(kRoleNames.at(i)));
}

QHash<int, QByteArray> ReportModel::roleNames() const
{
    QHash<int, QByteArray> out;
    for (int i = 0; i < kRoleNames.size(); ++i)
        out.insert(Qt::UserRole + 1 + i, kRoleNames.at(i));
    return out;
}

void ReportModel::setRoundId(const QString &id)
{
    if (id == m_roundId)
        return;
    m_roundId = id;
    emit roundIdChanged();
    refresh();
}

void ReportModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    emit kindChanged();
    refresh();
}

void ReportModel::setRole(const QString &role)
{
    if (role == m_role)
        return;
    m_role = role;
    emit roleChanged();
    refresh();
}

QVariantList ReportModel::assessmentChoices() const
{
    QVariantList out{QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("title"), tr("Not assessed")}}};
    for (const QString &a : Rounds::assessments())
        out << QVariantMap{{QStringLiteral("key"), a}, {QStringLiteral("title"), Rounds::assessmentTitle(a)}};
    return out;
}

QVariantMap ReportModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

std::optional<ReportExport::Content> ReportModel::compiled(QString *error) const
{
    const Unit *unit = followUp().tree().byId(unitId());
    const QString roundId = m_info.value(QStringLiteral("roundId")).toString();
    if (!unit || roundId.isEmpty()) {
        *error = QStringLiteral("no unit or round");
        return std::nullopt;
    }
    return ReportExport::gatherRound(FigureCache::instance()->database(), unit->code, roundId,
                                     QDate::fromString(AppSettings::instance()->today(), Qt::ISODate), error);
}

QString ReportModel::exportFileName(const QString &format) const
{
    const auto f = ReportExport::formatFromName(format);
    const Unit *unit = followUp().tree().byId(unitId());
    const auto round = Rounds::round(FigureCache::instance()->database(), m_info.value(QStringLiteral("roundId")).toString());
    return f && unit && round ? ReportExport::roundFileName(unit->code, *round, *f) : QString();
}

QVariantMap ReportModel::exportReport(const QString &format, const QUrl &file) const
{
    const auto result = [](bool ok, const QString &message) {
        return QVariantMap{{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
    };
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto f = ReportExport::formatFromName(format);
    if (path.isEmpty() || !f)
        return result(false, tr("No file was chosen; the report was not saved."));
    QString error;
    const auto content = compiled(&error);
    if (!content) {
        qWarning().noquote() << "report export:" << error;
        return result(false, tr("The report round was not found, so nothing was saved."));
    }
    if (!ReportExport::write(*content, *f, path, &error)) {
        qWarning().noquote() << "report export:" << error;
        return result(false, tr("The report could not be saved in %1. Choose another folder.").arg(QDir::toNativeSeparators(path)));
    }
    return result(true, tr("The report was saved in %1.").arg(QDir::toNativeSeparators(path)));
}

QList<QVariantMap> ReportModel::read()
{
    QList<QVariantMap> out;
    Database &db = FigureCache::instance()->database();
    m_rounds.clear();
    m_info.clear();
    std::optional<Rounds::Round> round;
    const QList<Rounds::Round> all = Rounds::all(db);
    for (const Rounds::Round &r : all) {
        m_rounds << QVariantMap{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name},
                                {QStringLiteral("text"), QStringLiteral("%1 (%2)").arg(r.name, periodText(r))}};
        if (r.id == m_roundId)
            round = r;
    }
    if (!round && !all.isEmpty())
        round = all.first();
    if (!round || unitId().isEmpty())
        return out;
    const QDate today = QDate::fromString(AppSettings::instance()->today(), Qt::ISODate);
    const UnitTree &tree = followUp().tree();
    const Rounds::UnitReport report = Rounds::report(db, unitId(), round->id);
    const bool manager = isManager(m_role);
    const bool reviewer = isReviewer(m_role);
    const bool editable = Rounds::editable(report.status);
    QString why;
    // The figures (frozen at klar) for the key figures and the goals; the units' list needs none.
    const QJsonObject figures = m_kind == Units || m_kind == BySection ? QJsonObject() : Rounds::figures(db, followUp(), unitId(), *round);
    const QJsonObject sick = figures.value(QStringLiteral("sick_leave")).toObject();
    const QJsonObject budget = figures.value(QStringLiteral("budget")).toObject();
    QVariantList figureRows{
        QVariantMap{{QStringLiteral("label"), tr("Sick leave, year to date")},
                    {QStringLiteral("value"), Fmt::percent(number(sick, "percent"), 1)}},
        QVariantMap{{QStringLiteral("label"), tr("Budget deviation to date")},
                    {QStringLiteral("value"), Fmt::tkr(number(budget, "avvikelse"), true)}},
        QVariantMap{{QStringLiteral("label"), tr("Full-year forecast deviation")},
                    {QStringLiteral("value"), Fmt::tkr(number(budget, "prognos_avvikelse"), true)}}};
    QString statusLine; // who set the status and when, once someone has
    if (!report.statusBy.isEmpty() && !report.statusAt.isEmpty())
        statusLine = tr("%1 by %2, %3").arg(Rounds::statusTitle(report.status), report.statusBy, Fmt::date(report.statusAt.left(10)));
    m_info = {{QStringLiteral("roundId"), round->id},
              {QStringLiteral("roundName"), round->name},
              {QStringLiteral("periodText"), periodText(*round)},
              {QStringLiteral("deadlineText"), tr("Deadline %1").arg(Fmt::date(round->deadline.toString(Qt::ISODate)))},
              {QStringLiteral("status"), report.status},
              {QStringLiteral("statusText"), Rounds::statusTitle(report.status)},
              {QStringLiteral("statusLine"), statusLine},
              {QStringLiteral("reviewComment"), report.status == Rounds::Returned ? report.reviewComment : QString()},
              {QStringLiteral("late"), Rounds::late(report.status, round->deadline, today)},
              {QStringLiteral("frozen"), Rounds::frozen(report.status)},
              {QStringLiteral("editable"), editable && manager},
              {QStringLiteral("canMarkDone"), manager && Rounds::checkTransition(report.status, Rounds::Done, Rounds::Actor::Manager, {}, &why)},
              {QStringLiteral("canTakeBack"), manager && report.status == Rounds::Done},
              {QStringLiteral("isParent"), !tree.children(unitId()).isEmpty()},
              {QStringLiteral("canReview"), reviewer},
              {QStringLiteral("figures"), figureRows},
              {QStringLiteral("figuresNote"), Rounds::frozen(report.status) ? tr("Figures as they were when the report was marked done.")
                                                                            : tr("Figures as they stand; they are frozen when the report is marked done.")}};
    if (m_kind == Sections) {
        const bool controller = m_role == QLatin1String("controller");
        for (const QString &key : round->sections)
            out.append({{QStringLiteral("key"), key}, {QStringLiteral("title"), Rounds::sectionTitle(key)},
                        {QStringLiteral("body"), Rounds::section(db, unitId(), round->id, key)},
                        {QStringLiteral("canEdit"), editable && (manager || (controller && key == Rounds::EconomySection))},
                        {QStringLiteral("asManager"), manager}});
        return out;
    }
    if (m_kind == Goals) {
        QHash<QString, Rounds::Assessment> given;
        for (const Rounds::Assessment &a : Rounds::assessments(db, unitId(), round->id))
            given.insert(a.goalId, a);
        for (const QJsonValue &v : figures.value(QStringLiteral("goals")).toArray()) {
            const QJsonObject g = v.toObject();
            const QString goalId = Ids::goal(g.value(QStringLiteral("goal")).toString());
            const QString status = g.value(QStringLiteral("status")).toString();
            const Rounds::Assessment a = given.value(goalId);
            out.append({{QStringLiteral("key"), goalId}, {QStringLiteral("code"), g.value(QStringLiteral("goal")).toString()},
                        {QStringLiteral("name"), g.value(QStringLiteral("name")).toString()},
                        {QStringLiteral("title"), g.value(QStringLiteral("name")).toString()},
                        {QStringLiteral("level"), g.value(QStringLiteral("level")).toString()},
                        {QStringLiteral("suggestion"), suggestionText(status)},
                        {QStringLiteral("suggestionClass"), statusClass(status)},
                        {QStringLiteral("assessment"), a.assessment}, {QStringLiteral("forecast"), a.forecast},
                        {QStringLiteral("body"), a.body}, {QStringLiteral("canEdit"), editable && manager}});
        }
        return out;
    }
    const QList<Rounds::UnitStatus> subtree = Rounds::subtreeStatus(db, tree, unitId(), *round, today);
    if (m_kind == BySection) {
        // Each section with what every unit below wrote in it, for reading one section across the units.
        for (const QString &key : round->sections) {
            QVariantList entries;
            for (const Rounds::UnitStatus &s : subtree) {
                const QString body = Rounds::section(db, s.unitId, round->id, key).trimmed();
                if (body.isEmpty())
                    continue;
                entries << QVariantMap{{QStringLiteral("name"), s.name}, {QStringLiteral("code"), s.code},
                                       {QStringLiteral("statusText"), Rounds::statusTitle(s.report.status)},
                                       {QStringLiteral("body"), body}};
            }
            out.append({{QStringLiteral("key"), key}, {QStringLiteral("title"), Rounds::sectionTitle(key)},
                        {QStringLiteral("entries"), entries},
                        {QStringLiteral("countText"), tr("%1 of %Ln units wrote this section", "", int(subtree.size())).arg(entries.size())}});
        }
        return out;
    }
    for (const Rounds::UnitStatus &s : subtree) {
        QStringList texts;
        for (const QString &key : round->sections) {
            const QString body = Rounds::section(db, s.unitId, round->id, key).trimmed();
            if (!body.isEmpty())
                texts << Rounds::sectionTitle(key) + QLatin1Char('\n') + body;
        }
        QString statusText = Rounds::statusTitle(s.report.status);
        if (s.late)
            statusText = tr("%1, late").arg(statusText);
        out.append({{QStringLiteral("key"), s.unitId}, {QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name},
                    {QStringLiteral("title"), s.name}, {QStringLiteral("depth"), s.depth},
                    {QStringLiteral("status"), s.report.status}, {QStringLiteral("statusText"), statusText},
                    {QStringLiteral("late"), s.late}, {QStringLiteral("reviewComment"), s.report.reviewComment},
                    {QStringLiteral("sectionsText"), texts.isEmpty() ? tr("No sections written yet.") : texts.join(QStringLiteral("\n\n"))},
                    {QStringLiteral("canApprove"), reviewer && s.report.status == Rounds::Done},
                    {QStringLiteral("canSendBack"), reviewer && Rounds::frozen(s.report.status)}});
    }
    return out;
}

void ReportModel::load()
{
    m_rows = m_next ? std::move(*m_next) : read();
    m_next.reset();
}

bool ReportModel::updateInPlace()
{
    QList<QVariantMap> next = read();
    bool same = next.size() == m_rows.size() && !next.isEmpty();
    for (int i = 0; same && i < next.size(); ++i)
        same = next.at(i).value(QStringLiteral("key")) == m_rows.at(i).value(QStringLiteral("key"));
    if (!same) {
        m_next = std::move(next);
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
