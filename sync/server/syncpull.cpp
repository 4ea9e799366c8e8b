// SyncService::pull: a page of changes above the cursor, written straight to JSON text (no
// QJsonObject per row: the stored _clocks text is copied as is).
#include "syncservice.h"

#include "database.h"
#include "schema.h"
#include "visibility.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <algorithm>

using SyncProtocol::Cursor;

namespace {
// Appends a JSON string (UTF-8, escaped as RFC 8259 requires).
void appendString(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    qsizetype run = 0; // start of the pending run of bytes that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(esc, 6);
        }
        }
    }
    out.append(utf8.constData() + run, utf8.size() - run);
    out += '"';
}

// Appends a database value as Rows::toJson() would give it: numbers as doubles, NULL as null.
void appendValue(QByteArray &out, const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        out += "null";
        return;
    }
    if (!Rows::isNumber(v)) {
        appendString(out, v.toString());
        return;
    }
    const double d = v.toDouble();
    if (qIsFinite(d))
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    else
        out += "null"; // as QJsonDocument writes it
}

// Per table and schema version: the column list and where unit_id is, computed once.
struct TableInfo
{
    QString name;
    QString columns;            // "c1, c2, ..." as known at the schema version
    QByteArray prefix;          // {"table":"NAME","id":
    QList<QByteArray> keys;     // ,"col": / "col": per data column
    int unitColumn = -1;        // index among the data columns, -1 when none
    QStringList newer;          // columns of the table newer than the schema version
};

// The stored clocks as JSON text, without those of columns the client does not know.
QByteArray clocksFor(const TableInfo &info, const QString &stored)
{
    QByteArray clocks = stored.toUtf8();
    if (!clocks.startsWith('{') || !clocks.endsWith('}'))
        return QByteArrayLiteral("{}");
    if (info.newer.isEmpty())
        return clocks;
    QJsonObject o = QJsonDocument::fromJson(clocks).object();
    for (const QString &c : info.newer)
        o.remove(c);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// One row of `q` (SELECT id, <columns>, _clocks, _deleted, _seq) as the JSON of a change.
QByteArray rowJson(const TableInfo &info, const QSqlQuery &q, const QString &id)
{
    const int columns = int(info.keys.size());
    QByteArray out;
    out.reserve(512);
    out += info.prefix;
    appendString(out, id);
    out += ",\"values\":{";
    for (int i = 0; i < columns; ++i) {
        out += info.keys.at(i);
        appendValue(out, q.value(i + 1));
    }
    out += "},\"clocks\":";
    out += clocksFor(info, q.value(columns + 1).toString());
    out += q.value(columns + 2).toInt() != 0 ? ",\"deleted\":true}" : ",\"deleted\":false}";
    return out;
}

// Whether the user may read the row `q` is on (SELECT id, <columns>, ...): by the unit it belongs
// to (a unit row by its own id).
bool readable(const Visibility &vis, const TableInfo &info, const QSqlQuery &q, const QString &id)
{
    const bool isUnits = info.name == QLatin1String("units");
    const QString unitId = isUnits ? id : info.unitColumn >= 0 ? q.value(info.unitColumn + 1).toString() : QString();
    return vis.canRead(info.name, unitId);
}

// The synced tables as a client of schema version `schema` knows them.
const QList<TableInfo> &tables(int schema)
{
    static const QList<QList<TableInfo>> byVersion = [] {
        QList<QList<TableInfo>> versions(Schema::latest + 1);
        for (int v = 1; v <= Schema::latest; ++v) {
            for (const QString &table : Schema::syncedTables(v)) {
                TableInfo t;
                t.name = table;
                t.prefix = "{\"table\":\"" + table.toUtf8() + "\",\"id\":";
                const QStringList cols = Schema::columns(table, v);
                t.columns = cols.join(QStringLiteral(", "));
                for (const QString &c : Schema::columns(table)) {
                    if (!cols.contains(c))
                        t.newer << c;
                }
                for (int i = 0; i < cols.size(); ++i) {
                    t.keys << (i == 0 ? QByteArray() : QByteArray(",")) + '"' + cols.at(i).toUtf8() + "\":";
                    if (cols.at(i) == QLatin1String("unit_id"))
                        t.unitColumn = i;
                }
                versions[v] << t;
            }
        }
        return versions;
    }();
    return byVersion.at(qBound(1, schema, int(Schema::latest)));
}
} // namespace

ServiceReply SyncService::pull(const Principal &p, const Cursor &cursor, int schema, qint64 acked,
                               const QList<QPair<QString, QString>> &tombstones)
{
    const QList<TableInfo> &tables = ::tables(schema);
    // One snapshot for every table, so a change committed while we read cannot fall between.
    const bool pg = m_db.isPostgres();
    if (!m_db.exec(pg ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") : QStringLiteral("BEGIN")))
        return ServiceReply::error(503, QStringLiteral("busy"), QStringLiteral("cannot start a read transaction"));
    auto fail = [&](const QSqlQuery &q) {
        const QString message = q.lastError().text();
        m_db.rollback();
        return ServiceReply::error(500, QStringLiteral("internal"), message);
    };
    QSqlQuery &seqQuery = query(QStringLiteral("SELECT value FROM sync_meta WHERE key = 'seq'"));
    if (!seqQuery.exec())
        return fail(seqQuery);
    const qint64 top = seqQuery.next() ? seqQuery.value(0).toLongLong() : 0;
    seqQuery.finish();
    const Visibility vis = m_access.visibility(p);
    const qint64 fingerprint = vis.fingerprint();
    const bool regrant = cursor.grants != fingerprint;
    // A client whose schema changed since its cursor (the app was updated) has never been sent
    // the new columns of the rows it has: it starts over, and the merge fills them in.
    const bool newSchema = cursor.seq > 0 && cursor.schema != schema;
    const qint64 from = regrant || newSchema ? 0 : cursor.seq;
    const int pageSize = SyncProtocol::pageSize;
    struct Change
    {
        qint64 seq;
        QByteArray json;
    };
    QList<Change> changes;
    // The cursor this page ends at, and whether more follows.
    Cursor next{epoch(), top, fingerprint, schema};
    bool more = false;

    // 0. A pull from the start is a snapshot in id order, table by table (see Cursor); one
    //    under way goes on where it is.
    const bool snapshot = from == 0 ? top > 0 : cursor.table >= 0;
    if (snapshot) {
        const qint64 upTo = from == 0 ? top : cursor.seq;
        int t = from == 0 ? 0 : cursor.table;
        QString after = from == 0 ? QString() : cursor.after;
        qint64 bytes = 0;
        bool full = false;
        while (t < tables.size() && !full) {
            const TableInfo &info = tables.at(t);
            QSqlQuery &q = query(QStringLiteral("SELECT id, %1, _clocks, _deleted, _seq FROM %2 WHERE _seq <= ? AND id > ? "
                                                "ORDER BY id LIMIT %3")
                                     .arg(info.columns, info.name).arg(pageSize));
            q.addBindValue(upTo);
            q.addBindValue(after.isEmpty() ? QStringLiteral("") : after); // a null QString would bind NULL
            if (!q.exec())
                return fail(q);
            int read = 0;
            while (q.next()) {
                ++read;
                const QString id = q.value(0).toString();
                if (readable(vis, info, q, id)) {
                    QByteArray json = rowJson(info, q, id);
                    // The page ends before the row that passes the byte budget (a page holds one
                    // row at least) or with its pageSize-th row.
                    if (!changes.isEmpty() && bytes + json.size() + 1 > m_pageBytes) {
                        full = true;
                        break;
                    }
                    bytes += json.size() + 1;
                    changes.append(Change{1, std::move(json)});
                }
                after = id;
                if (changes.size() >= pageSize) {
                    full = true;
                    break;
                }
            }
            q.finish();
            if (!full && read < pageSize) { // the table is through
                ++t;
                after.clear();
            }
        }
        next.seq = upTo;
        if (t < tables.size()) {
            next.table = t;
            next.after = after;
            more = true;
        } else {
            more = upTo < top; // what changed during the snapshot follows in sequence order
        }
    } else {
        // 1. Where the page ends: the pageSize-th smallest _seq above the cursor over all
        //    tables (each table contributes at most pageSize, read from its _seq index only).
        QList<qint64> seqs;
        QList<qint64> firstSeq(tables.size(), -1);
        if (top > from) {
            for (int t = 0; t < tables.size(); ++t) {
                QSqlQuery &q = query(QStringLiteral("SELECT _seq FROM %1 WHERE _seq > ? AND _seq <= ? ORDER BY _seq LIMIT %2")
                                         .arg(tables.at(t).name).arg(pageSize));
                q.addBindValue(from);
                q.addBindValue(top);
                if (!q.exec())
                    return fail(q);
                while (q.next()) {
                    const qint64 s = q.value(0).toLongLong();
                    if (firstSeq[t] < 0)
                        firstSeq[t] = s;
                    seqs.append(s);
                }
                q.finish();
            }
        }
        if (seqs.size() >= pageSize) {
            // A table that hit its limit has nothing below its last collected _seq left out, so
            // every row up to the pageSize-th smallest was collected.
            std::nth_element(seqs.begin(), seqs.begin() + (pageSize - 1), seqs.end());
            next.seq = seqs.at(pageSize - 1);
            more = next.seq < top;
        }

        // 2. The rows of the page, as JSON text, filtered by what the user may read.
        changes.reserve(qMin(qsizetype(pageSize), seqs.size()));
        for (int t = 0; t < tables.size(); ++t) {
            if (firstSeq[t] < 0 || firstSeq[t] > next.seq)
                continue;
            const TableInfo &info = tables.at(t);
            const int columns = int(info.keys.size());
            QSqlQuery &q = query(QStringLiteral("SELECT id, %1, _clocks, _deleted, _seq FROM %2 WHERE _seq > ? AND _seq <= ? ORDER BY _seq")
                                     .arg(info.columns, info.name));
            q.addBindValue(from);
            q.addBindValue(next.seq);
            if (!q.exec())
                return fail(q);
            // Past the byte budget within this table alone, its later rows cannot make the page
            // (the cut below comes at or before them): they are not read.
            qint64 tableBytes = 0;
            while (tableBytes <= m_pageBytes && q.next()) {
                const QString id = q.value(0).toString();
                if (!readable(vis, info, q, id))
                    continue;
                Change c{q.value(columns + 3).toLongLong(), rowJson(info, q, id)};
                tableBytes += c.json.size() + 1;
                changes.append(std::move(c));
            }
            q.finish();
        }
    }
    // 3. The tombstones the push met, first (seq 0), whatever the cursor: they may lie below it.
    if (!tombstones.isEmpty()) {
        Rows::Reader reader(m_db, schema);
        for (const auto &[table, id] : tombstones) {
            SyncRow row;
            if (!Schema::syncedTables(schema).contains(table) || !reader.read(table, id, &row) || !row.deleted
                || !vis.canRead(row))
                continue;
            const QStringList known = Schema::columns(table, schema);
            for (const QString &key : row.clocks.keys()) {
                if (key != QLatin1String("_deleted") && !known.contains(key))
                    row.clocks.remove(key);
            }
            changes.append(Change{0, QJsonDocument(row.toJson()).toJson(QJsonDocument::Compact)});
        }
    }
    m_db.commit();
    // (A snapshot's rows stay in id order, after the tombstones: the sort is stable.)
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.seq < b.seq; });
    // 4. The byte budget: the page ends after the last row that fits (at least one row past the
    //    tombstones), and the cursor there; the rest comes on the next page. (A snapshot page
    //    kept to it while it was read.)
    if (!snapshot) {
        qint64 bytes = 0;
        for (qsizetype i = 0; i < changes.size(); ++i) {
            bytes += changes.at(i).json.size() + 1;
            if (bytes > m_pageBytes && changes.at(i).seq > 0) {
                const bool firstRow = i == 0 || changes.at(i - 1).seq == 0;
                const qsizetype keep = firstRow ? i + 1 : i;
                next.seq = changes.at(keep - 1).seq;
                changes.resize(keep);
                more = true;
                break;
            }
        }
    }

    qsizetype size = 256;
    for (const Change &c : std::as_const(changes))
        size += c.json.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += "{\"acked\":" + QByteArray::number(acked) + ",\"changes\":[";
    for (int i = 0; i < changes.size(); ++i) {
        if (i > 0)
            body += ',';
        body += changes.at(i).json;
    }
    body += "],\"cursor\":";
    appendString(body, next.encode());
    body += ",\"more\":";
    body += more ? "true" : "false";
    body += ",\"epoch\":";
    appendString(body, epoch());
    body += ",\"serverTime\":" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    if (regrant && cursor.grants != 0)
        body += ",\"visibility\":" + QJsonDocument(vis.toJson()).toJson(QJsonDocument::Compact);
    body += '}';
    ServiceReply reply;
    reply.raw = body;
    return reply;
}
