#pragma once
// The conflict log on the Synk page: local values that lost to a newer write from another
// device (or that the server refused), in human words: which unit and record, which field,
// the lost and the winning value and when. Restore writes the lost value back as a new local
// edit (it syncs and wins by its newer clock); ignore marks the conflict resolved.
#include <QAbstractListModel>
#include <QQmlEngine>

class SyncEngine;

class SyncConflictModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The conflict log comes from SyncManager.conflicts")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ConflictIdRole = Qt::UserRole + 1, WhatRole, UnitNameRole, FieldRole, LostValueRole,
        WinningValueRole, WhenRole, ReasonRole, CanRestoreRole
    };

    explicit SyncConflictModel(SyncEngine &engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads the unresolved conflicts, newest first.
    void reload();
    // Writes the lost value back as a new local edit and marks the conflict resolved.
    bool restore(const QString &conflictId, QString *error);
    // Marks the conflict resolved without changing any data.
    bool ignore(const QString &conflictId, QString *error);

signals:
    void countChanged();

private:
    struct Row
    {
        QString id, table, rowId, field, lostRaw, what, unitName, fieldText, lost, winning, when, reason;
        bool lostNull = false;
        bool canRestore = false;
    };
    void describe(Row &row) const;
    QString fieldText(const QString &field) const;
    QString valueText(const QString &table, const QString &field, const QString &raw, bool isNull) const;
    QString reasonText(const QString &reason) const;
    bool markResolved(const QString &conflictId, QString *error);
    const Row *find(const QString &conflictId) const;

    SyncEngine &m_engine;
    QList<Row> m_rows;
};
