#pragma once
// Verksamhetsstatistik: the indicators counted over the year (aggregering summa) or without better
// or worse (bättre ingen) for the selected unit and year, month by month through the report
// month, with the year to date and last year to the same month (FollowUp::statistics over the
// figures FigureCache holds for the unit and period).
#include "unitperiodmodel.h"

#include "followup.h"

class StatisticsModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT
    // "jan", "feb", … through the report month: the month columns.
    Q_PROPERTY(QStringList monthHeaders READ monthHeaders NOTIFY reloaded)
    // Each row's name with its measure unit: "Utförda hemtjänsttimmar (timmar)".
    Q_PROPERTY(QStringList rowNames READ rowNames NOTIFY reloaded)

public:
    enum Role { NameRole = Qt::UserRole + 1, MeasureUnitRole, MonthTextsRole, YearTextRole, PreviousTextRole,
                TrendTextRole };

    explicit StatisticsModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList monthHeaders() const { return m_headers; }
    QStringList rowNames() const;
    // A row's cells: the months' values, the year to date and last year to the same month.
    Q_INVOKABLE QStringList rowCells(int row) const;

protected:
    void load() override;

private:
    QList<StatisticsRow> m_rows;
    QStringList m_headers;
};
