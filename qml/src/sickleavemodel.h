#pragma once
// Sjukfrånvaro: the months of the selected year as table rows, chart feeds (month values and
// rolling 12 as separate lines, short/long stacked, the target line) and the comparison with
// sibling units and the parent.
#include "unitperiodmodel.h"

#include "followup.h"

class SickLeaveModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList categories READ categories NOTIFY reloaded)
    Q_PROPERTY(double chartMax READ chartMax NOTIFY reloaded)
    Q_PROPERTY(QString targetText READ targetText NOTIFY reloaded)
    Q_PROPERTY(QStringList compareCategories READ compareCategories NOTIFY reloaded)
    Q_PROPERTY(double compareMax READ compareMax NOTIFY reloaded)
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY reloaded)

public:
    enum Role { MonthTextRole = Qt::UserRole + 1, PercentTextRole, ShortTextRole, LongTextRole,
                Rolling12TextRole, CostTextRole, StatusClassRole,
                HasDataRole };

    explicit SickLeaveModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList categories() const { return m_categories; }
    double chartMax() const { return m_chartMax; }
    QString targetText() const { return m_targetText; }
    QStringList compareCategories() const { return m_compareNames; }
    double compareMax() const { return m_compareMax; }
    // ytdText, rolling12Text, longShareText, costText (year to date).
    QVariantMap totals() const { return m_totals; }

    // Month % and rolling 12 % lines (x = month index 0..11, only months with data), target line.
    Q_INVOKABLE void fillTrend(QObject *monthLine, QObject *rollingLine, QObject *targetLine) const;
    // Short (day 1–14) and longer sick leave % per month as two bar sets.
    Q_INVOKABLE void fillSplit(QObject *shortSet, QObject *longSet) const;
    // Rolling 12 % of the parent, the unit and its siblings as one bar set.
    Q_INVOKABLE void fillCompare(QObject *barSet) const;

protected:
    void load() override;

private:
    QList<MonthSickLeave> m_months;
    QStringList m_categories;
    double m_chartMax = 10;
    std::optional<double> m_target;
    TargetKind m_targetKind = TargetKind::None;
    double m_tolerance = 0;
    QString m_targetText;
    QStringList m_compareNames;
    QList<qreal> m_compareValues;
    double m_compareMax = 10;
    QVariantMap m_totals;
};
