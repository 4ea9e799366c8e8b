#pragma once
// Översikt: the unit's indicators as cards (value, target, status, trend) plus the sick-leave
// and budget key figures of the period, all formatted in C++.
#include "unitperiodmodel.h"

#include "followup.h"

#include <QPointF>

class OverviewModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap sickLeave READ sickLeave NOTIFY reloaded)
    Q_PROPERTY(QVariantMap budget READ budget NOTIFY reloaded)
    Q_PROPERTY(QString dataMonthText READ dataMonthText NOTIFY reloaded)
    Q_PROPERTY(double sparkMax READ sparkMax NOTIFY reloaded)
    Q_PROPERTY(int sparkCount READ sparkCount NOTIFY reloaded)
    Q_PROPERTY(QStringList sparkLabels READ sparkLabels NOTIFY reloaded)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY reloaded)
    Q_PROPERTY(QStringList goalIds READ goalIds WRITE setGoalIds NOTIFY goalIdsChanged)

public:
    enum Role {
        IndicatorIdRole = Qt::UserRole + 1, CodeRole, NameRole, GoalNameRole, ValueTextRole,
        PeriodTextRole, TargetTextRole, StatusClassRole, StatusTextRole, TrendArrowRole,
        TrendTextRole, PreviousTextRole, CommentRole, ManualRole, TrendWordsRole, TrendClassRole,
        GoalIdRole, FirstOfGoalRole
    };

    explicit OverviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // monthText, ytdText, rolling12Text, targetText, statusClass, statusText, shortText, longText,
    // previousText (last year to the same month), trendWords ("lägre än förra året · bättre"), trendClass.
    QVariantMap sickLeave() const { return m_sick; }
    // ytdDeviationText/Class, forecastDeviationText/Class, yearBudgetText, ytdActualText, forecastText,
    // explanationText (what drives the deviation: the largest category deviation, "i nivå med
    // budget" when small, and the forecast), periodText ("t.o.m. september", the budget's month).
    QVariantMap budget() const { return m_budget; }
    // met, partly, notMet, missing counts as text ("3 av 7 uppfyllda").
    QVariantMap summary() const { return m_summary; }
    QString dataMonthText() const { return m_dataMonthText; }
    double sparkMax() const { return m_sparkMax; }
    int sparkCount() const { return int(m_spark.size()); }
    // Short month names of the 12 sparkline months ("nov" … "okt").
    QStringList sparkLabels() const { return m_sparkLabels; }

    // When set, only the indicators of these goals are listed.
    QStringList goalIds() const { return m_goalIds; }
    void setGoalIds(const QStringList &ids);

    // The indicator id on a row ("" when out of range).
    Q_INVOKABLE QString indicatorAt(int row) const;

    // Fills the sick-leave sparkline (month values of the last 12 months) in one replace().
    Q_INVOKABLE bool fillSparkline(QObject *series) const;
    // Fills a flat line at the sick-leave target across the 12 months (empty without a target).
    Q_INVOKABLE bool fillSparkTarget(QObject *series) const;

signals:
    void goalIdsChanged();

protected:
    void load() override;

private:
    struct Card
    {
        IndicatorFigure f;
        QString goalName;
        bool manual = false;
    };
    QList<Card> m_cards;
    QVariantMap m_sick;
    QVariantMap m_budget;
    QVariantMap m_summary;
    QString m_dataMonthText;
    QList<QPointF> m_spark;
    QStringList m_sparkLabels;
    std::optional<double> m_sickTarget;
    double m_sparkMax = 1;
    QStringList m_goalIds;
};
