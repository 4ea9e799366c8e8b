#pragma once
// The goal cascade (KF → nämnd → förvaltning → enhet) as an indented list; goals set for
// other units' branches are left out. Each goal has the status the report gives it for the
// unit and period (from its indicators, or from its subgoals when it has none of its own).
#include "figures.h"
#include "unitperiodmodel.h"

class GoalModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role { GoalIdRole = Qt::UserRole + 1, CodeRole, NameRole, LevelTextRole, DepthRole, StatusClassRole,
                StatusTextRole };

    explicit GoalModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The goal and every goal below it (for the indicators shown with a goal).
    Q_INVOKABLE QStringList subtree(const QString &goalId) const;
    // The goal id on a row ("" when out of range).
    Q_INVOKABLE QString goalAt(int row) const;
    // The goals as choices for a picker, in the list's order: [{key: id, text: "code name"}].
    Q_INVOKABLE QVariantList choices() const;

protected:
    void load() override;

private:
    struct Row
    {
        QString id, code, name, level, parentId;
        int depth = 0;
        Status status = Status::Missing;
    };
    QList<Row> m_rows;
};
