#pragma once
// Which page the app shows ("overview", "goals", …, "apt-present"). Built in main(),
// published to QML with create().
#include <QObject>
#include <QQmlEngine>

class Navigation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString page READ page WRITE setPage NOTIFY pageChanged)

public:
    // Starts on the overview; the instance() until destroyed. No default constructor: Qt 6.4's
    // QML engine would build its own instance with it instead of calling create().
    explicit Navigation(QObject *parent);
    ~Navigation() override;

    // The instance main() built; what QML gets for the Navigation singleton.
    static Navigation *instance();
    // The QML singleton factory: instance(), owned by C++.
    static Navigation *create(QQmlEngine *, QJSEngine *);

    // The current page's name.
    QString page() const { return m_page; }
    // Shows another page (Main.qml maps names to pages).
    void setPage(const QString &page);

signals:
    // page changed.
    void pageChanged();

private:
    QString m_page = QStringLiteral("overview");
};
