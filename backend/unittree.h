#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// One organisational unit: förvaltning, område or enhet.
struct Unit
{
    QString id;
    QString code;
    QString name;
    QString parentId;
    QString kind; // "forvaltning", "omrade", "enhet"
};

// The organisation tree (kommun → förvaltning → område → enhet) loaded from the units table.
// Figures roll up this tree: a parent's value is computed from its subtree's raw data.
class UnitTree
{
public:
    // Loads every live (not deleted) unit. Children are sorted by name.
    static UnitTree load(Database &db);

    bool isEmpty() const { return m_units.isEmpty(); }
    int size() const { return int(m_units.size()); }
    const Unit *byId(const QString &id) const;
    const Unit *byCode(const QString &code) const;
    // Units without a (known) parent, sorted by name.
    QStringList roots() const { return m_roots; }
    QStringList children(const QString &id) const { return m_children.value(id); }
    // The unit and all its descendants, parent before children (depth first).
    QStringList subtree(const QString &id) const;
    // Ids from the root down to and including `id`.
    QStringList path(const QString &id) const;
    // True when `id` is `ancestorId` or lies below it.
    bool isInSubtree(const QString &id, const QString &ancestorId) const;
    // Depth of the unit (roots are 0).
    int depth(const QString &id) const { return int(path(id).size()) - 1; }

private:
    QHash<QString, Unit> m_units;
    QHash<QString, QString> m_idByCode;
    QHash<QString, QStringList> m_children;
    QStringList m_roots;
};
