#pragma once
// Base of the view models that show one unit and period: the unitId/year/month/revision
// dependency properties (bound from QML to Selection and Editor) and one reload() when any changes.
#include <QAbstractListModel>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

class FollowUp;

class UnitPeriodModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
    Q_PROPERTY(int month READ month WRITE setMonth NOTIFY monthChanged)
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY revisionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit UnitPeriodModel(QObject *parent = nullptr);

    QString unitId() const { return m_unitId; }
    void setUnitId(const QString &id);
    int year() const { return m_year; }
    void setYear(int year);
    int month() const { return m_month; }
    void setMonth(int month);
    int revision() const { return m_revision; }
    void setRevision(int revision);
    int count() const { return rowCount(); }

    void classBegin() override { m_complete = false; }
    void componentComplete() override;

signals:
    void unitIdChanged();
    void yearChanged();
    void monthChanged();
    void revisionChanged();
    void countChanged();
    // Emitted after every reload, for the non-list properties and the charts.
    void reloaded();

protected:
    // Rebuilds the model from the backend; called inside begin/endResetModel.
    virtual void load() = 0;
    // Updates the rows in place (dataChanged) when the reload keeps the same rows in the same
    // order, so views keep their delegates (and a field being typed in keeps its focus); false
    // to reset the model with load(). The default always resets.
    virtual bool updateInPlace() { return false; }
    // The FollowUp of the app (FigureCache's).
    static FollowUp &followUp();
    QString period() const;
    void refresh();

private:
    QString m_unitId;
    int m_year = 0;
    int m_month = 0;
    int m_revision = 0;
    bool m_complete = true;
};
