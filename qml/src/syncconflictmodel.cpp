#include "syncconflictmodel.h"

#include "conflictlog.h"
#include "database.h"
#include "format.h"
#include "schema.h"
#include "syncengine.h"

#include <QDateTime>
#include <QLocale>

SyncConflictModel::SyncConflictModel(SyncEngine &engine, QObject *parent)
    : QAbstractListModel(parent), m_engine(engine)
{
    reload();
}

int SyncConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SyncConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case WhatRole: return r.what;
    case ConflictIdRole: return r.id;
    case UnitNameRole: return r.unitName;
    case FieldRole: return r.fieldText;
    case LostValueRole: return r.lost;
    case WinningValueRole: return r.winning;
    case WhenRole: return r.when;
    case ReasonRole: return r.reason;
    case CanRestoreRole: return r.canRestore;
    }
    return {};
}

QHash<int, QByteArray> SyncConflictModel::roleNames() const
{
    return {{ConflictIdRole, "conflictId"}, {WhatRole, "what"}, {UnitNameRole, "unitName"},
            {FieldRole, "field"}, {LostValueRole, "lostValue"}, {WinningValueRole, "winningValue"},
            {WhenRole, "when"}, {ReasonRole, "reason"}, {CanRestoreRole, "canRestore"}};
}

void SyncConflictModel::reload()
{
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows.clear();
    for (const Conflict &c : ConflictLog(m_engine.database()).unresolved()) {
        Row r;
        r.id = c.id;
        r.table = c.table;
        r.rowId = c.rowId;
        r.field = c.field;
        r.lostRaw = c.lostValue.toString();
        r.lostNull = c.lostValue.isNull();
        r.lost = valueText(r.table, r.field, r.lostRaw, r.lostNull);
        r.winning = valueText(r.table, r.field, c.winningValue.toString(), c.winningValue.isNull());
        r.reason = reasonText(c.reason);
        r.canRestore = c.reason == QStringLiteral("overwritten");
        const QDateTime at = QDateTime::fromString(c.createdAt, Qt::ISODateWithMs);
        r.when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        r.fieldText = fieldText(r.field);
        m_rows << r;
    }
    for (Row &r : m_rows)
        describe(r);
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
}

void SyncConflictModel::describe(Row &r) const
{
    ConflictLog log(m_engine.database());
    auto col = [&](const QString &c) { return log.rowValue(r.table, r.rowId, c); };
    const QString unitId = r.table == QStringLiteral("units") ? r.rowId : col(QStringLiteral("unit_id"));
    r.unitName = log.rowValue(QStringLiteral("units"), unitId, QStringLiteral("name"));
    if (r.table == QStringLiteral("comments")) {
        const QString area = col(QStringLiteral("area"));
        const QString kind = col(QStringLiteral("kind"));
        static const QHash<QString, const char *> areas = {
            {QStringLiteral("oversikt"), QT_TR_NOOP("Overview")}, {QStringLiteral("mal"), QT_TR_NOOP("Goals")},
            {QStringLiteral("sjukfranvaro"), QT_TR_NOOP("Sick leave")}, {QStringLiteral("budget"), QT_TR_NOOP("Budget")}};
        r.what = QStringLiteral("%1 · %2 · %3")
                     .arg(kind == QStringLiteral("analys") ? tr("Analysis") : tr("Comment"),
                          areas.contains(area) ? tr(areas.value(area)) : area,
                          Fmt::periodLabel(col(QStringLiteral("period"))));
    } else if (r.table == QStringLiteral("actions")) {
        r.what = tr("Action “%1”").arg(col(QStringLiteral("title")));
    } else if (r.table == QStringLiteral("budget")) {
        r.what = tr("Budget %1 · %2").arg(col(QStringLiteral("category")), Fmt::periodLabel(col(QStringLiteral("month"))));
    } else if (r.table == QStringLiteral("indicator_values")) {
        const QString indicator = log.rowValue(QStringLiteral("indicators"), col(QStringLiteral("indicator_id")),
                                               QStringLiteral("name"));
        r.what = tr("%1 · %2").arg(indicator, Fmt::periodLabel(col(QStringLiteral("period"))));
    } else if (r.table == QStringLiteral("apt_meetings")) {
        r.what = tr("APT meeting %1").arg(Fmt::date(col(QStringLiteral("meeting_date"))));
    } else if (r.table == QStringLiteral("sick_leave")) {
        r.what = tr("Sick leave %1").arg(Fmt::periodLabel(col(QStringLiteral("month"))));
    } else {
        const QString name = Schema::columns(r.table).contains(QStringLiteral("name")) ? col(QStringLiteral("name")) : QString();
        r.what = name.isEmpty() ? r.table : name;
    }
}

QString SyncConflictModel::fieldText(const QString &field) const
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("body"), QT_TR_NOOP("Text")}, {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("owner"), QT_TR_NOOP("Responsible")}, {QStringLiteral("start_date"), QT_TR_NOOP("Start date")},
        {QStringLiteral("end_date"), QT_TR_NOOP("End date")}, {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("effect_tkr"), QT_TR_NOOP("Expected effect (tkr)")}, {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("forecast"), QT_TR_NOOP("Forecast (tkr)")}, {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("comment"), QT_TR_NOOP("Comment")}, {QStringLiteral("agenda"), QT_TR_NOOP("Agenda")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Minutes")}, {QStringLiteral("decisions"), QT_TR_NOOP("Decisions")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")}, {QStringLiteral("_deleted"), QT_TR_NOOP("Deleted")}};
    return names.contains(field) ? tr(names.value(field)) : field;
}

QString SyncConflictModel::valueText(const QString &table, const QString &field, const QString &raw,
                                     bool isNull) const
{
    if (isNull || raw.isEmpty())
        return tr("(empty)");
    if (field == QStringLiteral("status"))
        return Fmt::actionStatusText(raw);
    bool numeric = false;
    const double v = raw.toDouble(&numeric);
    if (numeric && Schema::columnType(table, field) == Schema::Type::Double)
        return Fmt::number(v, v == qRound64(v) ? 0 : 1);
    return raw;
}

QString SyncConflictModel::reasonText(const QString &reason) const
{
    if (reason == QStringLiteral("overwritten"))
        return tr("Overwritten by a later change from another device");
    if (reason == QStringLiteral("deleted"))
        return tr("The record was deleted on another device");
    if (reason == QStringLiteral("revoked"))
        return tr("You no longer have access to this unit");
    if (reason.startsWith(QStringLiteral("rejected")))
        return tr("The server did not accept the change");
    return reason;
}

const SyncConflictModel::Row *SyncConflictModel::find(const QString &conflictId) const
{
    for (const Row &r : m_rows) {
        if (r.id == conflictId)
            return &r;
    }
    return nullptr;
}

bool SyncConflictModel::markResolved(const QString &conflictId, QString *error)
{
    return ConflictLog(m_engine.database()).markResolved(conflictId, error);
}

bool SyncConflictModel::restore(const QString &conflictId, QString *error)
{
    const Row *r = find(conflictId);
    if (!r || !r->canRestore) {
        *error = tr("This conflict cannot be restored");
        return false;
    }
    QVariant value;
    if (!r->lostNull) {
        const Schema::Type type = Schema::columnType(r->table, r->field);
        if (type == Schema::Type::Double)
            value = r->lostRaw.toDouble();
        else if (type == Schema::Type::Integer || type == Schema::Type::BigInt)
            value = r->lostRaw.toLongLong();
        else
            value = r->lostRaw;
    }
    if (!m_engine.write(r->table, r->rowId, {{r->field, value}}, error) || !markResolved(conflictId, error))
        return false;
    reload();
    return true;
}

bool SyncConflictModel::ignore(const QString &conflictId, QString *error)
{
    if (!find(conflictId)) {
        *error = tr("No such conflict");
        return false;
    }
    if (!markResolved(conflictId, error))
        return false;
    reload();
    return true;
}
