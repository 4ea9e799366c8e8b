#pragma once
// The sign-in token on the device: kept in the system keychain (qtkeychain, service
// "Enhetspuls") when there is one; otherwise only in memory for as long as the app runs.
// The token is never written to disk in plain text.
#include <QObject>
#include <QString>

class SyncTokenStore : public QObject
{
    Q_OBJECT
public:
    // `service` is the keychain service name; empty means no keychain (memory only).
    explicit SyncTokenStore(const QString &service, QObject *parent = nullptr);

    // False once the keychain failed (or there is none): tokens then live in memory only.
    bool keychainAvailable() const { return m_available; }

    // Reads the token stored under `key`; answers with loaded() (empty token when none).
    void load(const QString &key);
    // Stores a token under `key` (in memory when there is no keychain).
    void save(const QString &key, const QString &token);
    // Forgets the token under `key`.
    void remove(const QString &key);

signals:
    void loaded(const QString &key, const QString &token);
    void availabilityChanged();

private:
    void markUnavailable(const QString &why);

    QString m_service;
    bool m_available;
    QString m_memoryKey;
    QString m_memoryToken;
};
