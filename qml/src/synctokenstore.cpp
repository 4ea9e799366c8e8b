#include "synctokenstore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSyncToken, "enhetspuls.sync.token", QtInfoMsg)

SyncTokenStore::SyncTokenStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service), m_available(!service.isEmpty())
{
}

void SyncTokenStore::markUnavailable(const QString &why)
{
    qCInfo(lcSyncToken) << "no keychain, the token is kept in memory only:" << why;
    if (!m_available)
        return;
    m_available = false;
    emit availabilityChanged();
}

void SyncTokenStore::load(const QString &key)
{
    if (!m_available) {
        const QString token = key == m_memoryKey ? m_memoryToken : QString();
        QTimer::singleShot(0, this, [this, key, token] { emit loaded(key, token); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError) {
            emit loaded(key, job->textData());
            return;
        }
        if (job->error() == QKeychain::EntryNotFound) {
            emit loaded(key, QString());
            return;
        }
        markUnavailable(job->errorString());
        emit loaded(key, key == m_memoryKey ? m_memoryToken : QString());
    });
    job->start();
}

void SyncTokenStore::save(const QString &key, const QString &token)
{
    m_memoryKey = key;
    m_memoryToken = token;
    if (!m_available)
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError)
            markUnavailable(job->errorString());
    });
    job->start();
}

void SyncTokenStore::remove(const QString &key)
{
    if (key == m_memoryKey) {
        m_memoryKey.clear();
        m_memoryToken.clear();
    }
    if (!m_available)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
}
