#pragma once
// How the app was started and looks: dark mode, language, server URL, database path, demo and
// today's date. Built in main() from the command line, published to QML with create().
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool darkMode READ darkMode WRITE setDarkMode NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language CONSTANT)
    Q_PROPERTY(QString serverUrl READ serverUrl CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)
    Q_PROPERTY(bool canTryDemo READ canTryDemo CONSTANT)
    Q_PROPERTY(QUrl documentsFolder READ documentsFolder CONSTANT)

public:
    struct Options
    {
        QString serverUrl;
        QString databasePath;
        bool demo = false;
        QString language = QStringLiteral("sv");
        QString today; // "YYYY-MM-DD"; empty = the system date
    };
    // Sets the formatting language (Fmt) from `options`; the instance() until destroyed.
    explicit AppSettings(const Options &options, QObject *parent = nullptr);
    ~AppSettings() override;

    // The instance main() built; what QML gets for the AppSettings singleton.
    static AppSettings *instance();
    // The QML singleton factory: instance(), owned by C++.
    static AppSettings *create(QQmlEngine *, QJSEngine *);

    // True when the dark theme is on.
    bool darkMode() const { return m_dark; }
    // Switches between the light and the dark theme.
    void setDarkMode(bool dark);
    // The UI language, "sv" or "en".
    QString language() const;
    // The sync server URL given at start ("" = none).
    QString serverUrl() const { return m_options.serverUrl; }
    // The local database file, or "demo" for the throwaway demo copy.
    QString databasePath() const { return m_options.databasePath; }
    // True for `--demo`.
    bool demo() const { return m_options.demo; }
    // Today as "YYYY-MM-DD" (fixed by Options::today, else the system date).
    QString today() const;
    // Where file dialogs open: the user's documents folder, else the home folder.
    QUrl documentsFolder() const;
    // True where the demo can be opened beside this app (a second process: desktop systems).
    bool canTryDemo() const;
    // Opens the demo (this program with --demo) in a window of its own, leaving this
    // database untouched. False (and nothing started) where that is not possible.
    Q_INVOKABLE bool tryDemo() const;

signals:
    // darkMode changed.
    void themeChanged();

private:
    Options m_options;
    bool m_dark = false;
};
