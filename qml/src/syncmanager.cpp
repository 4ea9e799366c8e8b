#include "syncmanager.h"

#include "database.h"
#include "editor.h"
#include "selection.h"
#include "syncclient.h"
#include "syncconflictmodel.h"
#include "synctokenstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <type_traits>

// Qt 6.4 builds a QML singleton with its default constructor when it has one, bypassing create().
static_assert(!std::is_default_constructible_v<SyncManager>, "QML must get the instance main() built");

Q_LOGGING_CATEGORY(lcSyncApp, "enhetspuls.sync.app", QtInfoMsg)

namespace {
SyncManager *s_instance = nullptr;
const QString kServerKey = QStringLiteral("sync/server");
const QString kUserKey = QStringLiteral("sync/user");
const QString kRoleKey = QStringLiteral("sync/role");
const QString kLastSyncKey = QStringLiteral("last_synced_at"); // in the local sync_meta

// "host:8470" -> "https://host:8470"; a URL with a scheme is kept as typed.
QString normalised(const QString &typed)
{
    QString url = typed.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    if (!url.isEmpty() && !url.contains(QStringLiteral("://")))
        url.prepend(QStringLiteral("https://"));
    return url;
}
} // namespace

SyncManager::SyncManager(SyncClient *client, Editor *editor, Selection *selection, const Options &options,
                         QObject *parent)
    : QObject(parent), m_client(client), m_editor(editor), m_selection(selection), m_options(options),
      m_tokens(new SyncTokenStore(options.keychainService, this))
{
    if (!s_instance)
        s_instance = this;
    QSettings settings;
    m_server = normalised(options.serverUrl.isEmpty() && options.remember ? settings.value(kServerKey).toString()
                                                                          : options.serverUrl);
    m_user = options.user.isEmpty() && options.remember ? settings.value(kUserKey).toString() : options.user;
    if (options.remember)
        m_role = settings.value(kRoleKey).toString();
    if (options.remember && !options.serverUrl.isEmpty())
        settings.setValue(kServerKey, m_server);
    if (!m_client)
        return; // inert: QML tests without a sync client
    m_client->setServer(QUrl(m_server));
    m_conflicts = new SyncConflictModel(m_client->engine(), this);
    m_lastSynced = storedLastSync();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(options.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SyncManager::syncNow);
    m_interval.setInterval(options.intervalMs);
    connect(&m_interval, &QTimer::timeout, this, [this] {
        if (loggedIn())
            syncNow();
    });
    m_interval.start();

    connect(m_client, &SyncClient::stateChanged, this, &SyncManager::statusChanged);
    connect(m_client, &SyncClient::countsChanged, this, &SyncManager::statusChanged);
    connect(m_client, &SyncClient::finished, this, &SyncManager::onFinished);
    connect(m_client, &SyncClient::loggedInChanged, this, [this] {
        if (m_client->loggedIn()) {
            if (m_loggingIn) {
                m_loggingIn = false;
                m_tokens->save(tokenKey(), m_client->token());
            }
            if (!m_client->role().isEmpty() && m_client->role() != m_role) {
                m_role = m_client->role();
                if (m_options.remember)
                    QSettings().setValue(kRoleKey, m_role);
                emit configChanged();
            }
            setError({});
            syncNow();
        } else {
            m_tokens->remove(tokenKey());
        }
        emit statusChanged();
    });
    connect(m_tokens, &SyncTokenStore::loaded, this, &SyncManager::onTokenLoaded);
    connect(m_tokens, &SyncTokenStore::availabilityChanged, this, &SyncManager::statusChanged);
    if (m_editor)
        connect(m_editor, &Editor::dataChanged, this, &SyncManager::onLocalEdit);
}

SyncManager::~SyncManager()
{
    if (s_instance == this)
        s_instance = nullptr;
}

SyncManager *SyncManager::instance()
{
    return s_instance;
}

SyncManager *SyncManager::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance) {
        Options inert;
        inert.remember = false;
        new SyncManager(nullptr, nullptr, nullptr, inert, QCoreApplication::instance()); // sets s_instance
    }
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool SyncManager::loggedIn() const
{
    return m_client && m_client->loggedIn();
}

bool SyncManager::busy() const
{
    return m_client && (m_client->state() == SyncClient::State::Syncing || m_client->state() == SyncClient::State::LoggingIn);
}

int SyncManager::pendingCount() const
{
    return m_client ? m_client->pendingCount() : 0;
}

int SyncManager::conflictCount() const
{
    return m_client ? m_client->conflictCount() : 0;
}

QString SyncManager::statusText() const
{
    if (!m_client)
        return tr("Sync is not available here");
    if (!configured())
        return tr("No server set");
    if (m_client->state() == SyncClient::State::LoggingIn)
        return tr("Signing in…");
    if (m_client->state() == SyncClient::State::Syncing)
        return tr("Syncing…");
    if (!loggedIn())
        return tr("Not signed in");
    if (!m_error.isEmpty())
        return tr("Signed in as %1 – the last sync failed").arg(m_user);
    return tr("Signed in as %1").arg(m_user);
}

QString SyncManager::lastSyncedText() const
{
    if (!m_lastSynced.isValid())
        return tr("Never synced from here");
    return tr("Last synced %1").arg(QLocale().toString(m_lastSynced.toLocalTime(), QLocale::ShortFormat));
}

QString SyncManager::pendingText() const
{
    const int n = pendingCount();
    if (!configured())
        return tr("Saved here");
    return n == 0 ? tr("All changes synced") : tr("%Ln change(s) not yet synced", nullptr, n);
}

QString SyncManager::keychainNote() const
{
    if (!m_client || m_tokens->keychainAvailable())
        return {};
    return tr("No keychain on this device: you stay signed in only until the app closes.");
}

QString SyncManager::tokenKey() const
{
    return m_user + QLatin1Char('@') + m_server;
}

void SyncManager::start()
{
    if (m_client && configured() && !m_user.isEmpty() && !loggedIn())
        m_tokens->load(tokenKey());
    else
        QTimer::singleShot(0, this, &SyncManager::ready);
}

void SyncManager::onTokenLoaded(const QString &key, const QString &token)
{
    if (key == tokenKey() && !loggedIn() && !m_loggingIn && !token.isEmpty())
        m_client->setToken(token); // loggedInChanged starts a sync
    emit statusChanged();
    emit ready();
}

void SyncManager::login(const QString &serverUrl, const QString &user, const QString &password)
{
    if (!m_client)
        return;
    const QString server = normalised(serverUrl);
    const QUrl url(server);
    if (!url.isValid() || url.host().isEmpty()) {
        setError(tr("The server address is not valid, e.g. https://enhetspuls.kommun.se"));
        settle();
        return;
    }
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        setError(tr("Enter user name and password"));
        settle();
        return;
    }
    if (loggedIn())
        logout();
    m_server = server;
    m_user = user.trimmed();
    if (m_options.remember) {
        QSettings settings;
        settings.setValue(kServerKey, m_server);
        settings.setValue(kUserKey, m_user);
    }
    emit configChanged();
    m_client->setServer(url);
    m_loggingIn = true;
    setError({});
    m_client->login(m_user, password);
}

void SyncManager::logout()
{
    if (!m_client || !loggedIn())
        return;
    m_debounce.stop();
    m_client->logout(); // loggedInChanged forgets the token
    setError({});
}

void SyncManager::syncNow()
{
    if (!m_client || !loggedIn())
        return;
    if (busy()) {
        m_again = true;
        return;
    }
    m_debounce.stop();
    qCDebug(lcSyncApp) << "sync now; pending" << pendingCount();
    m_changedBefore = m_client->engine().changedRows();
    m_client->syncNow();
}

void SyncManager::onLocalEdit()
{
    if (m_client && loggedIn() && m_client->pendingCount() > 0)
        m_debounce.start();
    emit statusChanged();
}

void SyncManager::onFinished(bool ok, const QString &message)
{
    const int status = m_client->lastStatus();
    if (m_loggingIn) {
        m_loggingIn = false;
        setError(status == 401 ? tr("Wrong user name or password") : explain(status, message));
        settle();
        return;
    }
    const qint64 changed = m_client->engine().changedRows() - m_changedBefore;
    qCDebug(lcSyncApp) << "sync finished" << ok << message << "changed rows" << changed;
    if (ok) {
        setError({});
        m_lastSynced = m_client->lastSyncedAt();
        storeLastSync(m_lastSynced);
    } else {
        setError(explain(status, message));
        qCInfo(lcSyncApp) << "sync failed:" << status << message;
    }
    if (changed > 0)
        afterPull();
    else if (m_editor)
        m_editor->refreshDirtyCount();
    if (m_conflicts)
        m_conflicts->reload();
    emit statusChanged();
    emit synced(ok, int(changed));
    settle();
    if (m_again) {
        m_again = false;
        if (ok && pendingCount() > 0)
            syncNow();
    }
}

void SyncManager::afterPull()
{
    if (!m_editor)
        return;
    m_editor->reload();
    if (m_selection)
        m_selection->selectFirstUnitIfUnknown();
}

bool SyncManager::restoreConflict(const QString &conflictId)
{
    QString error;
    if (!m_conflicts || !m_conflicts->restore(conflictId, &error)) {
        setError(error);
        return false;
    }
    if (m_editor)
        m_editor->reload(); // shows the restored value; dataChanged schedules the sync
    emit statusChanged();
    return true;
}

bool SyncManager::ignoreConflict(const QString &conflictId)
{
    QString error;
    if (!m_conflicts || !m_conflicts->ignore(conflictId, &error)) {
        setError(error);
        return false;
    }
    emit statusChanged();
    return true;
}

QString SyncManager::explain(int status, const QString &message) const
{
    if (status == 0)
        return tr("No contact with the server – your changes are saved on the device and synced later");
    if (status == 401)
        return tr("Your sign-in has expired. Sign in again – your changes are kept on the device.");
    if (status == 403)
        return tr("The server did not accept one of your changes; it is kept in the conflict list below.");
    if (status == 409)
        return tr("The server is newer than this app. Update the app to sync.");
    if (status == 429)
        return tr("Too many failed sign-ins. Wait a minute and try again.");
    if (status >= 500)
        return tr("The server has a problem right now – your changes are saved on the device and synced later");
    return tr("Sync failed: %1").arg(message);
}

void SyncManager::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit statusChanged();
}

void SyncManager::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    emit settledChanged();
}

QDateTime SyncManager::storedLastSync() const
{
    return QDateTime::fromString(m_client->engine().meta(kLastSyncKey), Qt::ISODate);
}

void SyncManager::storeLastSync(const QDateTime &at)
{
    m_client->engine().setMeta(kLastSyncKey, at.toUTC().toString(Qt::ISODate));
}

bool SyncManager::canCompare() const
{
    if (!configured())
        return true;
    return m_role == QLatin1String("verksamhetschef") || m_role == QLatin1String("controller")
        || m_role == QLatin1String("admin");
}
