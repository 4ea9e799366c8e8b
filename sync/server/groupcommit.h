#pragma once
#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <functional>

// Group commit: threads that each want one write transaction queue their work; one of them
// (the leader) takes everything queued and applies it in a single transaction, so concurrent
// writers share one commit (one fsync) instead of waiting for each other's. T needs a
// `bool done` member; apply() must isolate items from each other (a savepoint per item).
template <typename T>
class GroupCommit
{
public:
    explicit GroupCommit(int maxBatch = 64) : m_maxBatch(maxBatch) {}

    // Returns when a batch containing `item` was applied, by this thread or another one.
    void submit(T *item, const std::function<void(const QList<T *> &)> &apply)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.append(item);
        while (!item->done) {
            if (m_applying) {
                m_wake.wait(&m_mutex);
                continue;
            }
            m_applying = true;
            const QList<T *> batch = m_queue.mid(0, m_maxBatch);
            m_queue.remove(0, batch.size());
            lock.unlock();
            apply(batch);
            lock.relock();
            for (T *t : batch)
                t->done = true;
            m_applying = false;
            m_wake.wakeAll();
        }
    }

private:
    const int m_maxBatch;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<T *> m_queue;
    bool m_applying = false;
};
