#pragma once
// The goal cascade (KF → nämnd → förvaltning → enhet) as an indented list; goals set for
// other units' branches are left out.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class GoalModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY revisionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { GoalIdRole = Qt::UserRole + 1, CodeRole, NameRole, LevelTextRole, DepthRole, IndicatorCountRole };

    explicit GoalModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString unitId() const { return m_unitId; }
    void setUnitId(const QString &id);
    int revision() const { return m_revision; }
    void setRevision(int revision);
    int count() const { return rowCount(); }

    // The goal and every goal below it (for the indicators shown with a goal).
    Q_INVOKABLE QStringList subtree(const QString &goalId) const;
    // The goal id on a row ("" when out of range).
    Q_INVOKABLE QString goalAt(int row) const;

signals:
    void unitIdChanged();
    void revisionChanged();
    void countChanged();

private:
    struct Row
    {
        QString id, code, name, level, parentId;
        int depth = 0;
        int indicators = 0;
    };
    void rebuild();
    QList<Row> m_rows;
    QString m_unitId;
    int m_revision = 0;
};
