#include "notes.h"

#include "apt.h"
#include "database.h"
#include "hlc.h"
#include "ids.h"
#include "schema.h"
#include "store.h"

#include <QSet>
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
    return table != QStringLiteral("actions") && !table.startsWith(QStringLiteral("apt_"));
}

QVariantMap blanked(const QString &table, const QVariantMap &fields)
{
    QVariantMap out = fields;
    // A report round's rows: everything but their keys goes back to the column's default.
    static const QSet<QString> roundTables{QStringLiteral("unit_reports"), QStringLiteral("report_sections"),
                                           QStringLiteral("goal_assessments")};
    static const QSet<QString> roundKeys{QStringLiteral("unit_id"), QStringLiteral("round_id"),
                                         QStringLiteral("section"), QStringLiteral("goal_id")};
    if (roundTables.contains(table)) {
        for (auto it = out.begin(); it != out.end(); ++it) {
            if (it.key() == QStringLiteral("status"))
                it.value() = Rounds::NotStarted;
            else if (it.key() == QStringLiteral("status_at"))
                it.value() = QVariant(QMetaType(QMetaType::QString));
            else if (!roundKeys.contains(it.key()))
                it.value() = QString(QLatin1String(""));
        }
        return out;
    }
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
    return applyAll({Write{table, id, fields, false}}, label, error);
}

// A text emptied in a field arrives as a null string; a column that must hold text stores "".
static QVariantMap emptyNotNull(const QString &table, QVariantMap fields)
{
    const Schema::Table *t = Schema::table(table);
    if (!t)
        return fields;
    for (const Schema::Column &c : t->columns) {
        auto it = fields.find(c.name);
        if (it != fields.end() && c.type == Schema::Type::Text
            && (it.value().isNull() || (it.value().typeId() == QMetaType::QString && it.value().toString().isNull()))
            && c.constraints.startsWith(QStringLiteral("NOT NULL")))
            it.value() = QString(QLatin1String(""));
    }
    return fields;
}

bool Notes::applyAll(const QList<Write> &given, const QString &label, QString *error)
{
    QList<Write> writes = given;
    for (Write &w : writes)
        w.fields = emptyNotNull(w.table, w.fields);
    for (const Write &w : writes) {
        for (auto it = w.fields.cbegin(); it != w.fields.cend(); ++it) {
            // The server refuses longer texts: a device holding one could never sync again.
            if (it.value().typeId() == QMetaType::QString && it.value().toString().size() > Schema::maxTextLength) {
                *error = QStringLiteral("the text is longer than %1 characters; shorten it to save it").arg(Schema::maxTextLength);
                return false;
            }
        }
    }
    QList<RowChange> rows;
    QList<const Write *> todo;
    for (const Write &w : writes) {
        bool exists = false;
        const QStringList cols = w.remove ? Schema::columns(w.table) : w.fields.keys();
        const QVariantMap before = currentValues(w.table, w.id, cols, &exists);
        if (w.remove) {
            if (!exists)
                continue; // already gone
            rows.append({w.table, w.id, false, true, before});
        } else {
            if (exists) {
                bool same = true;
                for (auto it = w.fields.cbegin(); it != w.fields.cend() && same; ++it)
                    same = before.value(it.key()) == it.value()
                        && before.value(it.key()).isNull() == it.value().isNull();
                if (same)
                    continue; // nothing changed: no write, no undo step
            }
            if (!exists && hasNaturalKey(w.table))
                rows.append({w.table, w.id, false, false, blanked(w.table, w.fields)});
            else
                rows.append({w.table, w.id, !exists, false, before});
        }
        todo.append(&w);
    }
    if (todo.isEmpty())
        return true;
    if (!m_store.begin(error))
        return false;
    for (const Write *w : std::as_const(todo)) {
        const bool ok = w->remove ? m_store.remove(w->table, w->id, m_clock.now(), error)
                                  : m_store.write(w->table, w->id, w->fields, m_clock.now(), error);
        if (!ok) {
            m_store.rollback();
            return false;
        }
    }
    if (!m_store.commit(error))
        return false;
    m_undo.append({rows, label});
    while (m_undo.size() > kMaxUndo)
        m_undo.removeFirst();
    return true;
}

bool Notes::meetingUnit(const QString &meetingId, const QString &table, QString *unitId, int *nextOrder,
                        QString *error) const
{
    QVariantMap m;
    if (!rowOf(QStringLiteral("apt_meetings"), meetingId, {QStringLiteral("unit_id")}, &m, error))
        return false;
    *unitId = m.value(QStringLiteral("unit_id")).toString();
    QSqlQuery q(m_store.database().db());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) FROM %1 WHERE meeting_id = ? AND _deleted = 0").arg(table));
    q.addBindValue(meetingId);
    *nextOrder = q.exec() && q.next() ? q.value(0).toInt() + 1 : 1;
    return true;
}

bool Notes::rowOf(const QString &table, const QString &id, const QStringList &fields, QVariantMap *out,
                  QString *error) const
{
    bool exists = false;
    *out = currentValues(table, id, fields, &exists);
    if (!exists)
        *error = QStringLiteral("no %1 row %2").arg(table, id);
    return exists;
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
    const QString unitId = fields.value(QStringLiteral("unit_id")).toString();
    if (unitId.isEmpty() || fields.value(QStringLiteral("meeting_date")).toString().isEmpty()) {
        *error = QStringLiteral("an APT meeting needs a unit and a date");
        return {};
    }
    const QString id = Ids::random();
    QList<Write> writes{{QStringLiteral("apt_meetings"), id, fields, false}};
    // A meeting given an agenda as text keeps it; otherwise it starts from the standard agenda.
    const bool written = !fields.value(QStringLiteral("agenda")).toString().trimmed().isEmpty();
    for (const Apt::AgendaEntry &e : written ? QList<Apt::AgendaEntry>() : Apt::standardAgenda(m_store.database(), unitId))
        writes.append({QStringLiteral("apt_items"), Ids::random(),
                       {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("meeting_id"), id},
                        {QStringLiteral("sort_order"), e.order}, {QStringLiteral("area"), e.area},
                        {QStringLiteral("title"), e.title}},
                       false});
    return applyAll(writes, QStringLiteral("apt"), error) ? id : QString();
}

QString Notes::addAptItem(const QString &meetingId, const QString &title, QString *error)
{
    QString unitId;
    int order = 0;
    if (!meetingUnit(meetingId, QStringLiteral("apt_items"), &unitId, &order, error))
        return {};
    const QString id = Ids::random();
    return apply(QStringLiteral("apt_items"), id,
                 {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("meeting_id"), meetingId},
                  {QStringLiteral("sort_order"), order}, {QStringLiteral("title"), title}},
                 QStringLiteral("apt"), error) ? id : QString();
}

bool Notes::updateAptItem(const QString &id, const QVariantMap &fields, QString *error)
{
    QVariantMap row;
    if (!rowOf(QStringLiteral("apt_items"), id, {QStringLiteral("unit_id")}, &row, error))
        return false;
    QVariantMap f = fields;
    if (f.contains(QStringLiteral("covered")))
        f.insert(QStringLiteral("covered"), f.value(QStringLiteral("covered")).toBool() ? 1 : 0);
    return apply(QStringLiteral("apt_items"), id, f, QStringLiteral("apt"), error);
}

QString Notes::addDecision(const QString &meetingId, const QString &body, QString *error)
{
    QString unitId;
    int order = 0;
    if (!meetingUnit(meetingId, QStringLiteral("apt_decisions"), &unitId, &order, error))
        return {};
    const QString id = Ids::random();
    return apply(QStringLiteral("apt_decisions"), id,
                 {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("meeting_id"), meetingId},
                  {QStringLiteral("sort_order"), order}, {QStringLiteral("body"), body}},
                 QStringLiteral("decision"), error) ? id : QString();
}

bool Notes::updateDecision(const QString &id, const QVariantMap &fields, QString *error)
{
    QVariantMap row;
    if (!rowOf(QStringLiteral("apt_decisions"), id, {QStringLiteral("unit_id")}, &row, error))
        return false;
    return apply(QStringLiteral("apt_decisions"), id, fields, QStringLiteral("decision"), error);
}

QString Notes::decisionToAction(const QString &decisionId, const QVariantMap &fields, const QString &today,
                                QString *error)
{
    QVariantMap d;
    if (!rowOf(QStringLiteral("apt_decisions"), decisionId,
               {QStringLiteral("unit_id"), QStringLiteral("body"), QStringLiteral("action_id")}, &d, error))
        return {};
    if (!d.value(QStringLiteral("action_id")).toString().isEmpty()) {
        *error = QStringLiteral("the decision is already an action");
        return {};
    }
    QVariantMap f = fields;
    f.insert(QStringLiteral("unit_id"), d.value(QStringLiteral("unit_id")));
    if (f.value(QStringLiteral("title")).toString().trimmed().isEmpty())
        f.insert(QStringLiteral("title"), d.value(QStringLiteral("body")).toString().trimmed());
    if (f.value(QStringLiteral("title")).toString().isEmpty()) {
        *error = QStringLiteral("an action needs a title; write the decision first");
        return {};
    }
    if (!f.contains(QStringLiteral("area")))
        f.insert(QStringLiteral("area"), NoteKeys::AreaGoals);
    if (f.value(QStringLiteral("start_date")).toString().isEmpty())
        f.insert(QStringLiteral("start_date"), today);
    if (!f.contains(QStringLiteral("status")))
        f.insert(QStringLiteral("status"), NoteKeys::StatusNotStarted);
    f = withDoneDate(f, QString(), today);
    if (f.value(QStringLiteral("done_date")).isNull())
        f.remove(QStringLiteral("done_date"));
    const QString id = Ids::random();
    return applyAll({{QStringLiteral("actions"), id, f, false},
                     {QStringLiteral("apt_decisions"), decisionId, {{QStringLiteral("action_id"), id}}, false}},
                    QStringLiteral("action"), error) ? id : QString();
}

bool Notes::removeAptRow(const QString &table, const QString &id, QString *error)
{
    if (table != QStringLiteral("apt_items") && table != QStringLiteral("apt_decisions")
        && table != QStringLiteral("apt_agenda")) {
        *error = QStringLiteral("%1 rows cannot be removed here").arg(table);
        return false;
    }
    QVariantMap row;
    if (!rowOf(table, id, {QStringLiteral("unit_id")}, &row, error))
        return false;
    return applyAll({{table, id, {}, true}}, table == QStringLiteral("apt_decisions") ? QStringLiteral("decision")
                                                                                     : QStringLiteral("apt"), error);
}

bool Notes::setStandardAgenda(const QString &unitId, const QStringList &titles, const QStringList &areas, QString *error)
{
    if (unitId.isEmpty()) {
        *error = QStringLiteral("a standard agenda needs a unit");
        return false;
    }
    QList<Write> writes;
    const QList<Apt::AgendaEntry> now = Apt::standardAgenda(m_store.database(), unitId);
    int n = 0;
    for (int i = 0; i < titles.size(); ++i) {
        const QString title = titles.at(i).trimmed();
        if (title.isEmpty())
            continue;
        ++n;
        // Reuse stored rows in order: position n of the new agenda updates the n-th stored one.
        const QString id = n - 1 < now.size() && !now.at(n - 1).id.isEmpty() ? now.at(n - 1).id : Ids::random();
        writes.append({QStringLiteral("apt_agenda"), id,
                       {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("sort_order"), n},
                        {QStringLiteral("area"), i < areas.size() ? areas.at(i) : QString(QLatin1String(""))},
                        {QStringLiteral("title"), title}},
                       false});
    }
    if (n == 0) {
        *error = QStringLiteral("a standard agenda needs at least one item");
        return false;
    }
    for (int i = n; i < now.size(); ++i) {
        if (!now.at(i).id.isEmpty())
            writes.append({QStringLiteral("apt_agenda"), now.at(i).id, {}, true});
    }
    return applyAll(writes, QStringLiteral("agenda"), error);
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
    for (auto it = c.rows.crbegin(); it != c.rows.crend(); ++it) {
        const RowChange &r = *it;
        // A tombstone cannot be lifted: a removed row comes back as a new one.
        const bool ok = r.created ? m_store.remove(r.table, r.id, m_clock.now(), error)
            : r.removed ? m_store.write(r.table, Ids::random(), r.previous, m_clock.now(), error)
                        : m_store.write(r.table, r.id, r.previous, m_clock.now(), error);
        if (!ok) {
            m_store.rollback();
            return false;
        }
    }
    if (!m_store.commit(error))
        return false;
    m_undo.removeLast();
    return true;
}

Database &Notes::database() const
{
    return m_store.database();
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
