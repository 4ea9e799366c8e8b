#include "testbackend.h"

#include "database.h"
#include "figurecache.h"
#include "followup.h"
#include "format.h"
#include "ids.h"
#include "rounds.h"
#include "selection.h"

#include <QProcess>
#include <QSqlQuery>

namespace {
Selection &selection()
{
    return *Selection::instance();
}

UnitFigures figures()
{
    return FigureCache::instance()->followUp().figures(selection().unitId(), selection().year(),
                                                        selection().month(), false);
}

QVariant scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(FigureCache::instance()->database().db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}
} // namespace

QString TestBackend::sickLeaveYtdText() const
{
    return Fmt::percent(figures().sickLeaveYtd.percent(), 1);
}

QString TestBackend::budgetYtdDeviationText() const
{
    return Fmt::tkr(figures().budgetYtd.netDeviation(), true);
}

QString TestBackend::forecastDeviationText() const
{
    const UnitFigures f = figures();
    if (!f.forecastNet)
        return Fmt::tkr(std::nullopt, true);
    return Fmt::tkr(f.budgetYear.netBudget() - *f.forecastNet, true);
}

QString TestBackend::storedComment(const QString &area, const QString &kind) const
{
    return scalar(QStringLiteral("SELECT body FROM comments WHERE id = ? AND _deleted = 0"),
                  {Ids::comment(selection().unitId(), selection().period(), area, kind, {})}).toString();
}

bool TestBackend::commentDirty(const QString &area, const QString &kind) const
{
    return rowDirty(QStringLiteral("comments"), Ids::comment(selection().unitId(), selection().period(), area, kind, {}));
}

QString TestBackend::actionId(const QString &title) const
{
    return scalar(QStringLiteral("SELECT id FROM actions WHERE unit_id = ? AND title = ? AND _deleted = 0"),
                  {selection().unitId(), title}).toString();
}

QString TestBackend::actionStatus(const QString &id) const
{
    return scalar(QStringLiteral("SELECT status FROM actions WHERE id = ?"), {id}).toString();
}

QString TestBackend::actionEndDate(const QString &id) const
{
    return scalar(QStringLiteral("SELECT end_date FROM actions WHERE id = ?"), {id}).toString();
}

bool TestBackend::rowDirty(const QString &table, const QString &id) const
{
    if (table != QStringLiteral("comments") && table != QStringLiteral("actions")
        && !table.startsWith(QStringLiteral("apt_")) && table != QStringLiteral("budget"))
        return false;
    return scalar(QStringLiteral("SELECT _dirty FROM %1 WHERE id = ?").arg(table), {id}).toInt() == 1;
}

QString TestBackend::storedApt(const QString &id, const QString &column) const
{
    static const QStringList columns = {QStringLiteral("title"), QStringLiteral("agenda"), QStringLiteral("minutes"),
                                        QStringLiteral("decisions"), QStringLiteral("participants"), QStringLiteral("closed")};
    if (!columns.contains(column))
        return {};
    return scalar(QStringLiteral("SELECT %1 FROM apt_meetings WHERE id = ?").arg(column), {id}).toString();
}

int TestBackend::aptCount() const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM apt_meetings WHERE unit_id = ? AND _deleted = 0"),
                  {selection().unitId()}).toInt();
}

QUrl TestBackend::tempFile(const QString &name)
{
    return QUrl::fromLocalFile(m_temp.filePath(name));
}

QString TestBackend::pdfText(const QUrl &file) const
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), file.toLocalFile(), QStringLiteral("-")});
    p.waitForFinished(30000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

QString TestBackend::shotDir() const
{
    return qEnvironmentVariable("ENHETSPULS_TEST_SHOTS");
}

QVariantList TestBackend::storedAptItems(const QString &meetingId) const
{
    QVariantList out;
    QSqlQuery q(FigureCache::instance()->database().db());
    q.prepare(QStringLiteral("SELECT title, note, covered, id, area FROM apt_items WHERE meeting_id = ? AND _deleted = 0 ORDER BY sort_order"));
    q.addBindValue(meetingId);
    if (q.exec()) {
        while (q.next())
            out.append(QVariantMap{{QStringLiteral("title"), q.value(0)}, {QStringLiteral("note"), q.value(1)},
                                   {QStringLiteral("covered"), q.value(2).toInt() != 0},
                                   {QStringLiteral("id"), q.value(3)}, {QStringLiteral("area"), q.value(4)}});
    }
    return out;
}

QVariantList TestBackend::storedDecisions(const QString &meetingId) const
{
    QVariantList out;
    QSqlQuery q(FigureCache::instance()->database().db());
    q.prepare(QStringLiteral("SELECT body, action_id FROM apt_decisions WHERE meeting_id = ? AND _deleted = 0 ORDER BY sort_order"));
    q.addBindValue(meetingId);
    if (q.exec()) {
        while (q.next())
            out.append(QVariantMap{{QStringLiteral("body"), q.value(0)}, {QStringLiteral("actionId"), q.value(1).toString()}});
    }
    return out;
}

QVariantMap TestBackend::storedAction(const QString &id) const
{
    QSqlQuery q(FigureCache::instance()->database().db());
    q.prepare(QStringLiteral("SELECT title, owner, end_date, goal_id, status FROM actions WHERE id = ? AND _deleted = 0"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return {{QStringLiteral("title"), q.value(0)}, {QStringLiteral("owner"), q.value(1)},
            {QStringLiteral("endDate"), q.value(2).toString()}, {QStringLiteral("goalId"), q.value(3).toString()},
            {QStringLiteral("status"), q.value(4)}};
}

QVariantMap TestBackend::storedReport(const QString &section) const
{
    Database &db = FigureCache::instance()->database();
    const QList<Rounds::Round> rounds = Rounds::all(db);
    if (rounds.isEmpty())
        return {};
    const QString round = rounds.first().id;
    const Rounds::UnitReport r = Rounds::report(db, selection().unitId(), round);
    return {{QStringLiteral("status"), r.status}, {QStringLiteral("reviewComment"), r.reviewComment},
            {QStringLiteral("snapshot"), r.snapshot}, {QStringLiteral("section"), Rounds::section(db, selection().unitId(), round, section)}};
}
