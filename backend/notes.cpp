#include "notes.h"

#include "database.h"
#include "hlc.h"
#include "ids.h"
#include "schema.h"
#include "store.h"

#include <QSqlQuery>

namespace {
constexpr int kMaxUndo = 50;

QVariant optionalValue(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

// Rows with a natural key (comments, indicator values, budget forecasts) are never deleted by
// undo: a tombstone on a deterministic id would win over every later write of the same key, so
// the comment typed again after an undo would silently vanish. Undo blanks their values instead.
bool hasNaturalKey(const QString &table)
{
    return table != QStringLiteral("actions") && table != QStringLiteral("apt_meetings");
}

QVariantMap blanked(const QVariantMap &fields)
{
    QVariantMap out = fields;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.key() == QStringLiteral("body") || it.key() == QStringLiteral("comment"))
            it.value() = QString(QLatin1String(""));
        else if (it.key() == QStringLiteral("value") || it.key() == QStringLiteral("forecast"))
            it.value() = QVariant(QMetaType(QMetaType::Double));
    }
    return out;
}
} // namespace

Notes::Notes(Store &store, HlcClock &clock) : m_store(store), m_clock(clock) {}

QVariantMap Notes::currentValues(const QString &table, const QString &id, const QStringList &fields,
                                 bool *exists) const
{
    QVariantMap out;
    QSqlQuery q(m_store.database().db());
    q.prepare(QStringLiteral("SELECT %1, _deleted FROM %2 WHERE id = ?")
                  .arg(fields.join(QStringLiteral(", ")), table));
    q.addBindValue(id);
    *exists = q.exec() && q.next() && q.value(fields.size()).toInt() == 0;
    if (*exists) {
        for (int i = 0; i < fields.size(); ++i)
            out.insert(fields.at(i), q.value(i));
    }
    return out;
}

bool Notes::apply(const QString &table, const QString &id, const QVariantMap &fields,
                  const QString &label, QString *error)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        // The server refuses longer texts: a device holding one could never sync again.
        if (it.value().typeId() == QMetaType::QString && it.value().toString().size() > Schema::maxTextLength) {
            *error = QStringLiteral("the text is longer than %1 characters; shorten it to save it").arg(Schema::maxTextLength);
            return false;
        }
    }
    bool exists = false;
    const QVariantMap before = currentValues(table, id, fields.keys(), &exists);
    if (exists) {
        bool same = true;
        for (auto it = fields.cbegin(); it != fields.cend() && same; ++it)
            same = before.value(it.key()) == it.value()
                && before.value(it.key()).isNull() == it.value().isNull();
        if (same)
            return true; // nothing changed: no write, no undo step
    }
    if (!m_store.begin(error))
        return false;
    if (!m_store.write(table, id, fields, m_clock.now(), error)) {
        m_store.rollback();
        return false;
    }
    if (!m_store.commit(error))
        return false;
    if (!exists && hasNaturalKey(table))
        m_undo.append({table, id, false, blanked(fields), label});
    else
        m_undo.append({table, id, !exists, before, label});
    while (m_undo.size() > kMaxUndo)
        m_undo.removeFirst();
    return true;
}

QString Notes::comment(const QString &unitId, const QString &period, const QString &area,
                       const QString &kind, const QString &ref) const
{
    bool exists = false;
    const QVariantMap v = currentValues(QStringLiteral("comments"),
                                        Ids::comment(unitId, period, area, kind, ref),
                                        {QStringLiteral("body")}, &exists);
    return v.value(QStringLiteral("body")).toString();
}

bool Notes::setComment(const QString &unitId, const QString &period, const QString &area,
                       const QString &kind, const QString &ref, const QString &body, QString *error)
{
    return apply(QStringLiteral("comments"), Ids::comment(unitId, period, area, kind, ref),
                 {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("period"), period},
                  {QStringLiteral("area"), area}, {QStringLiteral("kind"), kind},
                  {QStringLiteral("ref"), ref.isNull() ? QStringLiteral("") : ref},
                  {QStringLiteral("body"), body.isNull() ? QStringLiteral("") : body}},
                 kind == NoteKeys::KindAnalysis ? QStringLiteral("analysis") : QStringLiteral("comment"),
                 error);
}

QVariantMap Notes::withDoneDate(QVariantMap fields, const QString &wasStatus, const QString &today)
{
    const QString kDone = QStringLiteral("done_date");
    if (!fields.contains(QStringLiteral("status")))
        return fields;
    const QString status = fields.value(QStringLiteral("status")).toString();
    if (status != NoteKeys::StatusDone)
        fields.insert(kDone, QVariant());
    else if (wasStatus != NoteKeys::StatusDone && !fields.contains(kDone))
        fields.insert(kDone, today);
    return fields;
}

QString Notes::createAction(const QVariantMap &fields, const QString &today, QString *error)
{
    if (fields.value(QStringLiteral("unit_id")).toString().isEmpty()
        || fields.value(QStringLiteral("title")).toString().trimmed().isEmpty()) {
        *error = QStringLiteral("an action needs a unit and a title");
        return {};
    }
    QVariantMap f = fields;
    if (!f.contains(QStringLiteral("status")))
        f.insert(QStringLiteral("status"), NoteKeys::StatusNotStarted);
    f = withDoneDate(f, QString(), today);
    if (f.value(QStringLiteral("done_date")).isNull())
        f.remove(QStringLiteral("done_date")); // nothing to clear in a new row
    const QString id = Ids::random();
    return apply(QStringLiteral("actions"), id, f, QStringLiteral("action"), error) ? id : QString();
}

bool Notes::updateAction(const QString &id, const QVariantMap &fields, const QString &today, QString *error)
{
    bool exists = false;
    const QVariantMap cur = currentValues(QStringLiteral("actions"), id, {QStringLiteral("status")}, &exists);
    if (!exists) {
        *error = QStringLiteral("no action %1").arg(id);
        return false;
    }
    return apply(QStringLiteral("actions"), id, withDoneDate(fields, cur.value(QStringLiteral("status")).toString(), today),
                 QStringLiteral("action"), error);
}

bool Notes::closeAction(const QString &id, const QString &today, QString *error)
{
    return updateAction(id, {{QStringLiteral("status"), NoteKeys::StatusDone}}, today, error);
}

bool Notes::setForecast(const QString &unitId, const QString &month, const QString &category,
                        std::optional<double> forecast, QString *error)
{
    return apply(QStringLiteral("budget"), Ids::budget(unitId, month, category),
                 {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("month"), month},
                  {QStringLiteral("category"), category},
                  {QStringLiteral("forecast"), optionalValue(forecast)}},
                 QStringLiteral("forecast"), error);
}

bool Notes::setIndicatorValue(const QString &indicatorId, const QString &unitId, const QString &period,
                              std::optional<double> value, const QString &comment, QString *error)
{
    return apply(QStringLiteral("indicator_values"), Ids::indicatorValue(indicatorId, unitId, period),
                 {{QStringLiteral("indicator_id"), indicatorId}, {QStringLiteral("unit_id"), unitId},
                  {QStringLiteral("period"), period}, {QStringLiteral("value"), optionalValue(value)},
                  {QStringLiteral("comment"), comment}},
                 QStringLiteral("value"), error);
}

QString Notes::createApt(const QVariantMap &fields, QString *error)
{
    if (fields.value(QStringLiteral("unit_id")).toString().isEmpty()
        || fields.value(QStringLiteral("meeting_date")).toString().isEmpty()) {
        *error = QStringLiteral("an APT meeting needs a unit and a date");
        return {};
    }
    const QString id = Ids::random();
    return apply(QStringLiteral("apt_meetings"), id, fields, QStringLiteral("apt"), error) ? id : QString();
}

bool Notes::updateApt(const QString &id, const QVariantMap &fields, QString *error)
{
    return apply(QStringLiteral("apt_meetings"), id, fields, QStringLiteral("apt"), error);
}

bool Notes::undo(QString *error)
{
    if (m_undo.isEmpty()) {
        *error = QStringLiteral("nothing to undo");
        return false;
    }
    const Change c = m_undo.last();
    if (!m_store.begin(error))
        return false;
    const bool ok = c.created ? m_store.remove(c.table, c.id, m_clock.now(), error)
                              : m_store.write(c.table, c.id, c.previous, m_clock.now(), error);
    if (!ok) {
        m_store.rollback();
        return false;
    }
    if (!m_store.commit(error))
        return false;
    m_undo.removeLast();
    return true;
}

int Notes::dirtyCount() const
{
    QStringList parts;
    for (const QString &t : Schema::syncedTables())
        parts << QStringLiteral("SELECT COUNT(*) AS n FROM %1 WHERE _dirty = 1").arg(t);
    QSqlQuery q(m_store.database().db());
    if (!q.exec(QStringLiteral("SELECT SUM(n) FROM (%1) AS d").arg(parts.join(QStringLiteral(" UNION ALL ")))) || !q.next())
        return 0;
    return q.value(0).toInt();
}
