#include "hlc.h"

#include <QDateTime>
#include <QStringList>

QString Hlc::toString() const
{
    return QStringLiteral("%1:%2:%3")
        .arg(wallMs, 16, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(device);
}

std::optional<Hlc> Hlc::parse(const QString &text)
{
    const qsizetype first = text.indexOf(QLatin1Char(':'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char(':'), first + 1);
    if (first != 16 || second != 22)
        return std::nullopt;
    bool okMs = false, okCounter = false;
    Hlc h;
    h.wallMs = text.left(first).toLongLong(&okMs);
    h.counter = text.mid(first + 1, second - first - 1).toUInt(&okCounter);
    h.device = text.mid(second + 1);
    if (!okMs || !okCounter || h.device.isEmpty())
        return std::nullopt;
    return h;
}

bool operator<(const Hlc &a, const Hlc &b)
{
    if (a.wallMs != b.wallMs)
        return a.wallMs < b.wallMs;
    if (a.counter != b.counter)
        return a.counter < b.counter;
    return a.device < b.device;
}

bool operator==(const Hlc &a, const Hlc &b)
{
    return a.wallMs == b.wallMs && a.counter == b.counter && a.device == b.device;
}

HlcClock::HlcClock(QString device, WallClock wall)
    : m_device(std::move(device)), m_wall(std::move(wall))
{
}

qint64 HlcClock::wallNow() const
{
    return m_wall ? m_wall() : QDateTime::currentMSecsSinceEpoch();
}

Hlc HlcClock::now()
{
    const qint64 wall = wallNow();
    if (wall > m_lastMs) {
        m_lastMs = wall;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return Hlc{m_lastMs, m_counter, m_device};
}

bool HlcClock::observe(const Hlc &remote, qint64 maxDriftMs)
{
    const qint64 wall = wallNow();
    if (remote.wallMs - wall > maxDriftMs)
        return false;
    if (remote.wallMs > m_lastMs) {
        m_lastMs = remote.wallMs;
        m_counter = remote.counter;
    } else if (remote.wallMs == m_lastMs && remote.counter > m_counter) {
        m_counter = remote.counter;
    }
    return true;
}
