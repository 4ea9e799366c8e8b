#pragma once
// Åtgärder of a unit (and its subtree): filterable by goal, area or "due or late", with the
// expected effects in tkr summed for the budget page.
#include "unitperiodmodel.h"

class ActionModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString goalId READ goalId WRITE setGoalId NOTIFY filterChanged)
    Q_PROPERTY(QString area READ area WRITE setArea NOTIFY filterChanged)
    Q_PROPERTY(bool dueOnly READ dueOnly WRITE setDueOnly NOTIFY filterChanged)
    Q_PROPERTY(bool showDone READ showDone WRITE setShowDone NOTIFY filterChanged)
    Q_PROPERTY(QString effectSumText READ effectSumText NOTIFY reloaded)
    Q_PROPERTY(int lateCount READ lateCount NOTIFY reloaded)
    Q_PROPERTY(int openCount READ openCount NOTIFY reloaded)

public:
    enum Role {
        ActionIdRole = Qt::UserRole + 1, TitleRole, OwnerRole, EndDateRole, StatusRole, StatusTextRole, StatusClassRole, EffectRole,
        EffectTextRole, LateRole, DueTextRole, GoalIdRole, GoalNameRole, AreaRole, NoteRole,
        UnitNameRole, DoneRole
    };

    explicit ActionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString goalId() const { return m_goalId; }
    void setGoalId(const QString &id);
    QString area() const { return m_area; }
    void setArea(const QString &area);
    bool dueOnly() const { return m_dueOnly; }
    void setDueOnly(bool dueOnly);
    bool showDone() const { return m_showDone; }
    void setShowDone(bool show);
    // Σ expected effect (tkr) of the shown actions that are not done.
    QString effectSumText() const { return m_effectSumText; }
    int lateCount() const { return m_late; }
    int openCount() const { return m_open; }

    // The area keys and their display names, for pickers: [{key, text}].
    Q_INVOKABLE QVariantList areas() const;
    // The status keys and their display names: [{key, text}].
    Q_INVOKABLE QVariantList statuses() const;

signals:
    void filterChanged();

protected:
    void load() override;

private:
    struct Row
    {
        QString id, title, owner, end, status, goalId, goalName, area, note, unitName;
        QString doneOn; // the day it became klar; older rows have only their end date
        std::optional<double> effect;
        bool late = false;
        bool done = false;
    };
    QList<Row> m_rows;
    QString m_goalId;
    QString m_area;
    bool m_dueOnly = false;
    bool m_showDone = true;
    QString m_effectSumText;
    int m_late = 0;
    int m_open = 0;
};
