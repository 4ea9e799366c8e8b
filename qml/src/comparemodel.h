#pragma once
// Jämför: the units under the selected one (or its siblings) × key figures as a heat map,
// sortable by any column. Each cell has a text and a colour class from the calculations.
#include "unitperiodmodel.h"

class CompareModel : public UnitPeriodModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int sortColumn READ sortColumn WRITE setSortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool ascending READ ascending WRITE setAscending NOTIFY sortChanged)
    Q_PROPERTY(QStringList columns READ columns CONSTANT)

public:
    enum Role { UnitIdRole = Qt::UserRole + 1, NameRole, KindTextRole, CellsRole, ClassesRole };

    explicit CompareModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Column titles: sick leave YTD, rolling 12, budget deviation, forecast deviation, goals met.
    QStringList columns() const;
    int sortColumn() const { return m_sortColumn; }
    void setSortColumn(int column);
    bool ascending() const { return m_ascending; }
    void setAscending(bool ascending);

signals:
    void sortChanged();

protected:
    void load() override;

private:
    struct Row
    {
        QString id, name, kindText;
        QStringList cells;
        QStringList classes;
        QList<double> keys; // sort keys per column (NaN = missing)
        bool top = false;   // the unit compared over (the parent): first, whatever the sort
    };
    void sortRows();
    void resort();
    QList<Row> m_rows;
    int m_sortColumn = 1;
    bool m_ascending = false;
};
