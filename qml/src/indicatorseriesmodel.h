#pragma once
// One indicator's values for a unit over the years/months, oldest first, with its target,
// for the trend chart and the manual value entry on the Mål page.
#include "unitperiodmodel.h"

#include "followup.h"

class IndicatorSeriesModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString indicatorId READ indicatorId WRITE setIndicatorId NOTIFY indicatorIdChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY reloaded)
    Q_PROPERTY(double chartMin READ chartMin NOTIFY reloaded)
    Q_PROPERTY(double chartMax READ chartMax NOTIFY reloaded)
    Q_PROPERTY(QString targetText READ targetText NOTIFY reloaded)
    Q_PROPERTY(QString currentPeriod READ currentPeriod NOTIFY reloaded)
    Q_PROPERTY(QString currentValue READ currentValue NOTIFY reloaded)

public:
    enum Role { PeriodRole = Qt::UserRole + 1, PeriodTextRole, ValueTextRole, CommentRole };

    explicit IndicatorSeriesModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString indicatorId() const { return m_indicatorId; }
    void setIndicatorId(const QString &id);
    QStringList categories() const { return m_categories; }
    double chartMin() const { return m_min; }
    double chartMax() const { return m_max; }
    QString targetText() const { return m_targetText; }
    // The period a manual value for the selected year is entered for ("2026"), and its value text.
    QString currentPeriod() const { return QString::number(year()); }
    QString currentValue() const { return m_currentValue; }

    // The values as a line (x = index, only periods with a value) and the target as a line.
    Q_INVOKABLE void fill(QObject *valueLine, QObject *targetLine) const;

signals:
    void indicatorIdChanged();

protected:
    void load() override;

private:
    QString m_indicatorId;
    QString m_measureUnit;
    QList<PeriodValue> m_values;
    QStringList m_categories;
    std::optional<double> m_target;
    double m_min = 0;
    double m_max = 1;
    QString m_targetText;
    QString m_currentValue;
};
