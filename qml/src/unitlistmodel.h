#pragma once
// The organisation tree as an indented, searchable list for the unit picker.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class UnitListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY revisionChanged)

public:
    enum Role { UnitIdRole = Qt::UserRole + 1, CodeRole, NameRole, DepthRole, KindTextRole, PathRole };

    explicit UnitListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Case-insensitive text matched against name and code; matches keep their ancestors.
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int revision() const { return m_revision; }
    void setRevision(int revision);

    // Row of a unit id, -1 if not shown.
    Q_INVOKABLE int indexOf(const QString &unitId) const;
    // The first row the filter itself matches (not an ancestor kept for context); -1 if none.
    Q_INVOKABLE int firstMatch() const;

signals:
    void filterChanged();
    void revisionChanged();

private:
    struct Row
    {
        QString id, code, name, kindText, path;
        int depth = 0;
        bool match = false; // the filter matches this unit (not only one below it)
    };
    void rebuild();

    QList<Row> m_rows;
    QString m_filter;
    int m_revision = 0;
};
