#pragma once
// The selected unit and period: what every page shows. The unit is remembered between runs
// (QSettings "unit"). Built in main(), published to QML with create().
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

class AppSettings;
class FollowUp;

class Selection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString unitId READ unitId WRITE selectUnit NOTIFY unitChanged)
    Q_PROPERTY(QString unitCode READ unitCode NOTIFY unitChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY unitChanged)
    Q_PROPERTY(QString unitKindText READ unitKindText NOTIFY unitChanged)
    Q_PROPERTY(QString unitPath READ unitPath NOTIFY unitChanged)
    Q_PROPERTY(int year READ year NOTIFY periodChanged)
    Q_PROPERTY(int month READ month NOTIFY periodChanged)
    Q_PROPERTY(QString period READ period NOTIFY periodChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY periodChanged)
    Q_PROPERTY(QVariantList years READ years CONSTANT)
    Q_PROPERTY(QStringList monthNames READ monthNames CONSTANT)

public:
    // Starts on the remembered unit (else the first enhet in tree order) and its latest month
    // with data this year (else last year, else today's month); the instance() until destroyed.
    Selection(FollowUp &followUp, const AppSettings &settings, QObject *parent = nullptr);
    ~Selection() override;

    // The instance main() built; what QML gets for the Selection singleton.
    static Selection *instance();
    // The QML singleton factory: instance(), owned by C++.
    static Selection *create(QQmlEngine *, QJSEngine *);

    // The selected unit's id ("" on a device without units).
    QString unitId() const { return m_unitId; }
    // Its code ("VO-HTN").
    QString unitCode() const;
    // Its name.
    QString unitName() const;
    // "Administration", "Area" or "Unit" (translated).
    QString unitKindText() const;
    // The names of its parents, root first, joined with " › ".
    QString unitPath() const;
    // The selected year.
    int year() const { return m_year; }
    // The selected month, 1..12.
    int month() const { return m_month; }
    // The selected period as "YYYY-MM".
    QString period() const;
    // The selected period as text ("oktober 2026").
    QString periodText() const;
    // The years the period picker offers: this year and the nine before, newest first.
    QVariantList years() const;
    // Short month names, January first.
    QStringList monthNames() const;

    // Selects a unit by id (remembered as the manager's unit); unknown ids are ignored.
    Q_INVOKABLE void selectUnit(const QString &unitId);
    // Selects a unit by its code ("VO-HTN"); returns false when there is none.
    Q_INVOKABLE bool selectUnitByCode(const QString &code);
    // Selects the period; month 0 means the latest month with data in that year.
    Q_INVOKABLE void setPeriod(int year, int month);
    // The latest month (1..12) of `year` with sick leave or utfall for the unit, 0 when none:
    // the period picker offers no month after it.
    Q_INVOKABLE int lastMonthWithData(int year);
    // Moves the period by `delta` months.
    Q_INVOKABLE void stepMonth(int delta);
    // Announces the unit again after the unit tree was reloaded (its name may have changed).
    void treeReloaded();
    // When the selected unit is not in the tree (an empty device that just got its units):
    // selects the first enhet and its latest month this year (else last year).
    void selectFirstUnitIfUnknown();

signals:
    // The unit (or what is known about it) changed.
    void unitChanged();
    // The year or month changed.
    void periodChanged();

private:
    FollowUp &m_followUp;
    const AppSettings &m_settings;
    QString m_unitId;
    int m_year = 0;
    int m_month = 0;
};
