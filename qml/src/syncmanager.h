#pragma once
// The Synk page's service, built in main() and published to QML as the SyncManager
// singleton: wraps SyncClient with the server address and user (remembered in QSettings),
// sign-in with the token in the keychain, automatic sync (after sign-in, a few seconds after
// local edits, every few minutes) and plain-Swedish status and errors. After a sync that
// pulled changes it reloads the Editor's data. Without a SyncClient (QML tests) it is inert.
#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

class Editor;
class Selection;
class SyncClient;
class SyncConflictModel;
class SyncTokenStore;

class SyncManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY configChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY configChanged)
    Q_PROPERTY(bool configured READ configured NOTIFY configChanged)
    Q_PROPERTY(QString role READ role NOTIFY configChanged)
    Q_PROPERTY(bool canCompare READ canCompare NOTIFY configChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncedText READ lastSyncedText NOTIFY statusChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY statusChanged)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY statusChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY statusChanged)
    Q_PROPERTY(QString keychainNote READ keychainNote NOTIFY statusChanged)
    Q_PROPERTY(SyncConflictModel *conflicts READ conflicts CONSTANT)

public:
    struct Options
    {
        QString serverUrl;        // --server; empty = the remembered one
        QString user;             // --user; empty = the remembered one
        QString keychainService;  // "Enhetspuls"; empty = memory only (tests)
        int debounceMs = 3000;    // sync this long after the last local edit
        int intervalMs = 5 * 60 * 1000; // and this often while the app is open
        bool remember = true;     // keep server and user in QSettings
    };
    // Reloads `editor` after a pull and selects a unit on `selection` when the device had none.
    SyncManager(SyncClient *client, Editor *editor, Selection *selection, const Options &options,
                QObject *parent = nullptr);
    ~SyncManager() override;

    // The instance main() built (an inert one when none was built); what QML gets.
    static SyncManager *instance();
    static SyncManager *create(QQmlEngine *, QJSEngine *);

    QString serverUrl() const { return m_server; }
    QString userName() const { return m_user; }
    bool configured() const { return !m_server.isEmpty(); }
    // The signed-in user's role, remembered from the last sign-in; empty before one.
    QString role() const { return m_role; }
    // Jämför (units side by side) is for verksamhetschef, controller and admin; a device
    // without a server has no roles and shows it.
    bool canCompare() const;
    bool loggedIn() const;
    bool busy() const;
    QString statusText() const;
    QString errorText() const { return m_error; }
    QString lastSyncedText() const;
    int pendingCount() const;
    QString pendingText() const;
    int conflictCount() const;
    QString keychainNote() const;
    SyncConflictModel *conflicts() const { return m_conflicts; }
    // True once a sync (or a failed sign-in) finished since the start; for headless runs.
    bool settled() const { return m_settled; }

    // Looks for a kept token in the keychain and syncs when there is one (call once at start).
    void start();
    // Signs in and syncs; the password is only passed on to the server.
    Q_INVOKABLE void login(const QString &serverUrl, const QString &user, const QString &password);
    // Signs out and forgets the token; local data and unsynced changes stay.
    Q_INVOKABLE void logout();
    // Syncs now (or right after the sync that is running).
    Q_INVOKABLE void syncNow();
    // Writes a conflict's lost value back as a new local edit, then syncs.
    Q_INVOKABLE bool restoreConflict(const QString &conflictId);
    // Marks a conflict resolved.
    Q_INVOKABLE bool ignoreConflict(const QString &conflictId);

signals:
    void configChanged();
    void statusChanged();
    // A sync round ended (ok or not); `pulled` counts the changes received.
    void synced(bool ok, int pulled);
    // Emitted once, when the first sync or sign-in attempt since the start has ended.
    void settledChanged();
    // start() has looked for a kept token (signed in or not).
    void ready();

private:
    void onFinished(bool ok, const QString &message);
    void onLocalEdit();
    void onTokenLoaded(const QString &key, const QString &token);
    void afterPull();
    void setError(const QString &error);
    void settle();
    QString tokenKey() const;
    QString explain(int status, const QString &message) const;
    QDateTime storedLastSync() const;
    void storeLastSync(const QDateTime &at);

    SyncClient *m_client;
    Editor *m_editor;
    Selection *m_selection;
    Options m_options;
    SyncTokenStore *m_tokens;
    SyncConflictModel *m_conflicts = nullptr;
    QString m_server;
    QString m_user;
    QString m_role;
    QString m_error;
    QDateTime m_lastSynced;
    QTimer m_debounce;
    QTimer m_interval;
    bool m_loggingIn = false;
    bool m_again = false;
    bool m_settled = false;
    qint64 m_changedBefore = 0;
};
