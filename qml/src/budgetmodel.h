#pragma once
// Budget: one row per category plus the net (budget, utfall and deviation to date, full-year
// budget, the manager's forecast and its deviation), and the cumulative chart feeds.
#include "unitperiodmodel.h"

#include "followup.h"

class BudgetModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList categories READ categories NOTIFY reloaded)
    Q_PROPERTY(double chartMax READ chartMax NOTIFY reloaded)
    Q_PROPERTY(bool editable READ editable NOTIFY reloaded)
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY reloaded)

public:
    enum Role { CategoryRole = Qt::UserRole + 1, NameRole, BudgetTextRole, ActualTextRole,
                DeviationTextRole, DeviationClassRole, YearBudgetTextRole, ForecastRole,
                ForecastTextRole, ForecastDeviationTextRole, ForecastDeviationClassRole, IsTotalRole };

    explicit BudgetModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList categories() const { return m_categories; }
    double chartMax() const { return m_chartMax; }
    // Forecasts are entered on an enhet (a leaf), not on a roll-up.
    bool editable() const { return m_editable; }
    // periodText ("t.o.m. september": the last month with utfall, "" before the first), ytdDeviationText/Class, forecastDeviationText/Class, yearBudgetText, forecastText.
    QVariantMap totals() const { return m_totals; }

    // Cumulative net budget and utfall (months with utfall only), and the forecast line from
    // the last utfall month to the full-year forecast.
    Q_INVOKABLE void fillCumulative(QObject *budgetLine, QObject *actualLine, QObject *forecastLine) const;

protected:
    void load() override;

private:
    struct Row
    {
        QString category;
        QString name;
        BudgetAmounts ytd;
        BudgetAmounts year;
        std::optional<double> forecast;
        bool total = false;
    };
    QList<Row> m_rows;
    QList<MonthBudget> m_series;
    std::optional<double> m_forecastNet;
    QStringList m_categories;
    double m_chartMax = 1;
    bool m_editable = false;
    QVariantMap m_totals;
};
