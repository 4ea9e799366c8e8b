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

bool Hlc::isClockText(QStringView text)
{
    if (text.size() < 24 || text.at(16) != QLatin1Char(':') || text.at(22) != QLatin1Char(':'))
        return false;
    for (qsizetype i = 0; i < 22; ++i) {
        const char16_t c = text.at(i).unicode();
        if (i != 16 && (c < u'0' || c > u'9'))
            return false;
    }
    return true;
}

std::optional<Hlc> Hlc::parse(const QString &text)
{
    // Digits only: QString::toLongLong alone took "0\0\0…" (it stops at a NUL), " 1", "+1"
    // and "-1" as numbers, so a clock the sync layer refuses parsed here (found by fuzz_parsers).
    if (!isClockText(text))
        return std::nullopt;
    Hlc h;
    qint64 ms = 0;
    for (qsizetype i = 0; i < 16; ++i)
        ms = ms * 10 + (text.at(i).unicode() - u'0');
    quint32 counter = 0;
    for (qsizetype i = 17; i < 22; ++i)
        counter = counter * 10 + (text.at(i).unicode() - u'0');
    h.wallMs = ms;
    h.counter = counter;
    h.device = text.mid(23);
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
