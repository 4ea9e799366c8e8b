#pragma once
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// The signed-in user behind a request.
struct Principal
{
    QString user;
    QString role; // enhetschef, verksamhetschef, controller, admin
    qint64 expiresAt = 0;
};

// Local accounts (Argon2id via libsodium), bearer tokens (random, stored as SHA-256 with an
// expiry) and rate limiting of failed logins per user and per address (process-wide).
class Auth
{
public:
    explicit Auth(Database &db) : m_db(db) {}

    static const QStringList &roles();
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
    static QString tokenHash(const QString &token);

    // Account administration (the `user` command).
    bool addUser(const QString &name, const QString &role, const QString &password, QString *error);
    bool setPassword(const QString &name, const QString &password, QString *error);
    bool grant(const QString &name, const QString &unitId, bool add, QString *error);
    QStringList listUsers();

    struct LoginResult
    {
        int status = 200; // 200, 401 bad credentials, 429 rate limited, 500
        QString token;
        qint64 expiresAt = 0;
        QString role;
        QString error;
        int retryAfter = 0;
    };
    // Checks the password and issues a token valid for ttlSeconds.
    LoginResult login(const QString &user, const QString &password, const QString &address,
                      const QString &device, qint64 ttlSeconds);
    // The principal of a bearer token; nullopt with *error ("missing", "unknown", "expired").
    std::optional<Principal> authenticate(const QString &token, QString *error);
    bool logout(const QString &token);

    // Failed attempts allowed per window before 429.
    // Argon2 password checks made by this process (for tests).
    static qint64 passwordChecks();
    // How many user names and addresses the login rate limit tracks now (for tests).
    static int trackedLoginKeys();
    // Longest user name, password and device id a login takes.
    static constexpr int maxUserLength = 100;
    static constexpr int maxPasswordLength = 1024;
    static constexpr int maxDeviceLength = 100;
    static constexpr int maxFailuresPerUser = 5;
    static constexpr int maxFailuresPerAddress = 20;
    static constexpr qint64 failureWindowMs = 60 * 1000;

private:
    Database &m_db;
};
