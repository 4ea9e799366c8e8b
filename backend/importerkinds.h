#pragma once
// Internal to the importer: the column specs and row converters of each import kind.
#include "csvreader.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

class Database;

namespace ImportKinds {
struct Column
{
    QString key;      // folded header name ("foralder")
    QString display;  // as documented ("förälder")
    bool required = true;
};

// One row to write.
struct Write
{
    QString table;
    QString id;
    QVariantMap fields;
    int line = 0;
};

// Codes already in the database (live rows), resolved to ids.
struct Known
{
    QHash<QString, QString> unitIds;       // code -> id
    QHash<QString, QString> unitParents;   // code -> parent code ("" for roots)
    QHash<QString, QString> goalIds;       // code -> id
    QHash<QString, QString> goalParents;   // code -> parent code
    QHash<QString, QString> indicatorIds;  // code -> id
    QHash<QString, QString> indicatorSources; // code -> source
    QHash<QString, QString> indicatorAggregations; // code -> aggregation key
    void load(Database &db);
};

// Access to one data row by column key; present() tells whether the file has the column.
class Row
{
public:
    Row(const QHash<QString, int> &columns, const QStringList &cells) : m_columns(columns), m_cells(cells) {}
    bool present(const QString &key) const { return m_columns.contains(key); }
    QString text(const QString &key) const
    {
        const int i = m_columns.value(key, -1);
        const QString t = i >= 0 && i < m_cells.size() ? m_cells.at(i).trimmed() : QString();
        return t.isNull() ? QStringLiteral("") : t; // never NULL in SQL: empty text is ''
    }

private:
    const QHash<QString, int> &m_columns;
    const QStringList &m_cells;
};

// Converts the rows of one file into writes. Returns false with *error ("reason") and
// *errorLine set on the first bad row.
using Converter = std::function<bool(const QList<CsvRow> &rows,
                                     const QHash<QString, int> &columns, Known &known,
                                     QList<Write> *writes, int *errorLine, QString *error)>;

struct Kind
{
    QString name;
    QList<Column> columns;
    Converter convert;
};

// The kinds in load order.
const QList<Kind> &all();
const Kind *find(const QString &name);
} // namespace ImportKinds
