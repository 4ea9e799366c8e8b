#include "auth.h"

#include "database.h"
#include "ids.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QAtomicInteger>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcAuth, "enhetspuls.auth")

namespace {
// Login attempts (timestamps) per "u:name" and "a:address" within the failure window, shared by
// all request threads. An attempt is counted before its password is hashed, so parallel
// requests cannot pass the limit, and taken back when it succeeds. Keys whose attempts have all
// expired are dropped, and a refused (429) attempt adds nothing, so the table stays small.
QMutex g_attemptsMutex;
QAtomicInteger<qint64> g_passwordChecks;
QHash<QString, QList<qint64>> g_attempts;
qint64 g_lastSweep = 0;

// Attempts of `key` within the window (the key is not created).
int recentAttempts(const QString &key, qint64 now)
{
    auto it = g_attempts.find(key);
    if (it == g_attempts.end())
        return 0;
    QList<qint64> &list = it.value();
    while (!list.isEmpty() && list.first() < now - Auth::failureWindowMs)
        list.removeFirst();
    if (list.isEmpty()) {
        g_attempts.erase(it);
        return 0;
    }
    return int(list.size());
}

// Drops every key whose attempts have expired (at most once per window).
void sweep(qint64 now)
{
    if (now - g_lastSweep < Auth::failureWindowMs)
        return;
    g_lastSweep = now;
    for (auto it = g_attempts.begin(); it != g_attempts.end();) {
        if (it.value().isEmpty() || it.value().last() < now - Auth::failureWindowMs)
            it = g_attempts.erase(it);
        else
            ++it;
    }
}

void forgetAttempt(const QString &key, qint64 at)
{
    auto it = g_attempts.find(key);
    if (it == g_attempts.end())
        return;
    it.value().removeOne(at);
    if (it.value().isEmpty())
        g_attempts.erase(it);
}

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// Argon2 verifications running at once (each takes tens of MiB and a core for ~70 ms).
QSemaphore &hashingSlots()
{
    static QSemaphore permits(qMax(2, QThread::idealThreadCount()));
    return permits;
}

// A hash to verify against when the user does not exist, so that an unknown user takes as long
// to refuse as a wrong password.
const QString &dummyHash()
{
    static const QString hash = Auth::hashPassword(QStringLiteral("no user has this password"));
    return hash;
}
} // namespace

const QStringList &Auth::roles()
{
    static const QStringList r{QStringLiteral("enhetschef"), QStringLiteral("verksamhetschef"),
                               QStringLiteral("controller"), QStringLiteral("admin")};
    return r;
}

QString Auth::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return QString();
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return QString();
    return QString::fromLatin1(out);
}

bool Auth::verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    hashingSlots().acquire();
    const QSemaphoreReleaser slot(hashingSlots());
    g_passwordChecks.fetchAndAddRelaxed(1);
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), quint64(pw.size())) == 0;
}

qint64 Auth::passwordChecks()
{
    return g_passwordChecks.loadRelaxed();
}

int Auth::trackedLoginKeys()
{
    QMutexLocker lock(&g_attemptsMutex);
    return int(g_attempts.size());
}

QString Auth::tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool Auth::addUser(const QString &name, const QString &role, const QString &password, QString *error)
{
    if (!roles().contains(role)) {
        *error = QStringLiteral("unknown role %1 (one of %2)").arg(role, roles().join(QStringLiteral(", ")));
        return false;
    }
    if (name.isEmpty() || name.size() > 100 || password.size() < 8) {
        *error = QStringLiteral("a user needs a name and a password of at least 8 characters");
        return false;
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(hashPassword(password));
    q.addBindValue(role);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        *error = QStringLiteral("cannot add user %1 (does it exist already?): %2").arg(name, q.lastError().text());
        return false;
    }
    return true;
}

bool Auth::setPassword(const QString &name, const QString &password, QString *error)
{
    if (password.size() < 8) {
        *error = QStringLiteral("the password must have at least 8 characters");
        return false;
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"));
    q.addBindValue(hashPassword(password));
    q.addBindValue(name);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = QStringLiteral("no user %1").arg(name);
        return false;
    }
    // A new password ends every session of the user.
    QSqlQuery del(m_db.db());
    del.prepare(QStringLiteral("DELETE FROM tokens WHERE user_name = ?"));
    del.addBindValue(name);
    del.exec();
    return true;
}

bool Auth::grant(const QString &name, const QString &unitId, bool add, QString *error)
{
    if (!m_db.beginWrite()) {
        *error = QStringLiteral("cannot start a transaction");
        return false;
    }
    QSqlQuery q(m_db.db());
    q.prepare(add ? QStringLiteral("INSERT INTO grants (user_name, unit_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                  : QStringLiteral("DELETE FROM grants WHERE user_name = ? AND unit_id = ?"));
    q.addBindValue(name);
    q.addBindValue(unitId);
    QSqlQuery bump(m_db.db());
    bump.prepare(QStringLiteral("UPDATE users SET grants_version = grants_version + 1 WHERE name = ?"));
    bump.addBindValue(name);
    if (!q.exec() || !bump.exec() || bump.numRowsAffected() != 1) {
        *error = QStringLiteral("cannot change grants of %1: %2").arg(name, bump.numRowsAffected() == 0 ? QStringLiteral("no such user") : q.lastError().text());
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

QStringList Auth::listUsers()
{
    QStringList out;
    QSqlQuery q(m_db.db());
    q.exec(QStringLiteral("SELECT u.name, u.role, g.unit_id FROM users u LEFT JOIN grants g ON g.user_name = u.name "
                          "ORDER BY u.name, g.unit_id"));
    QString last;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (name != last)
            out << QStringLiteral("%1\t%2\t").arg(name, q.value(1).toString());
        last = name;
        if (!q.value(2).isNull())
            out.last() += q.value(2).toString() + QLatin1Char(' ');
    }
    return out;
}

Auth::LoginResult Auth::login(const QString &user, const QString &password, const QString &address,
                              const QString &device, qint64 ttlSeconds)
{
    LoginResult r;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString userKey = QStringLiteral("u:") + user;
    const QString addrKey = QStringLiteral("a:") + address;
    {
        QMutexLocker lock(&g_attemptsMutex);
        sweep(now);
        if (recentAttempts(userKey, now) >= maxFailuresPerUser || recentAttempts(addrKey, now) >= maxFailuresPerAddress) {
            r.status = 429;
            r.error = QStringLiteral("too many failed logins for this user or address; try again later");
            r.retryAfter = int(failureWindowMs / 1000);
            return r;
        }
        g_attempts[userKey].append(now);
        g_attempts[addrKey].append(now);
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT password_hash, role FROM users WHERE name = ?"));
    q.addBindValue(user);
    const bool found = q.exec() && q.next();
    const QString hash = found ? q.value(0).toString() : dummyHash();
    r.role = found ? q.value(1).toString() : QString();
    q.finish();
    const bool verified = verifyPassword(hash, password);
    if (!found || !verified) {
        qCInfo(lcAuth) << "failed login for" << user << "from" << address;
        r.status = 401;
        r.error = QStringLiteral("wrong user name or password");
        return r;
    }
    {
        // A good password clears the user's failures and does not count against the address.
        QMutexLocker lock(&g_attemptsMutex);
        g_attempts.remove(userKey);
        forgetAttempt(addrKey, now);
    }
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    r.token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    r.expiresAt = now + ttlSeconds * 1000;
    QSqlQuery ins(m_db.db());
    ins.prepare(QStringLiteral("INSERT INTO tokens (token_hash, user_name, device_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?)"));
    ins.addBindValue(tokenHash(r.token));
    ins.addBindValue(user);
    ins.addBindValue(device.isNull() ? QStringLiteral("") : device);
    ins.addBindValue(r.expiresAt);
    ins.addBindValue(now);
    if (!ins.exec()) {
        r.status = 500;
        r.error = QStringLiteral("cannot store the session: %1").arg(ins.lastError().text());
        r.token.clear();
    }
    QSqlQuery purge(m_db.db());
    purge.prepare(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"));
    purge.addBindValue(now - 24 * 3600 * 1000LL);
    purge.exec();
    return r;
}

std::optional<Principal> Auth::authenticate(const QString &token, QString *error)
{
    if (token.isEmpty()) {
        *error = QStringLiteral("missing bearer token (Authorization: Bearer TOKEN)");
        return std::nullopt;
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT t.user_name, t.expires_at, u.role FROM tokens t JOIN users u ON u.name = t.user_name "
                             "WHERE t.token_hash = ?"));
    q.addBindValue(tokenHash(token));
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("unknown or revoked token; log in again");
        return std::nullopt;
    }
    Principal p{q.value(0).toString(), q.value(2).toString(), q.value(1).toLongLong()};
    if (p.expiresAt <= QDateTime::currentMSecsSinceEpoch()) {
        *error = QStringLiteral("token expired; log in again");
        return std::nullopt;
    }
    return p;
}

bool Auth::logout(const QString &token)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"));
    q.addBindValue(tokenHash(token));
    return q.exec() && q.numRowsAffected() == 1;
}
