#pragma once
#include <QString>
#include <QtGlobal>
#include <functional>
#include <optional>

// A hybrid logical clock timestamp: wall milliseconds, a counter and the device id.
// Its string form sorts the same way as the clock: "0001700000000000:00000:device".
struct Hlc
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString device;

    QString toString() const;
    // nullopt unless the text has the string form: 16 digits, ':', 5 digits, ':', a device.
    static std::optional<Hlc> parse(const QString &text);
    // True when parse() would succeed, without allocating.
    static bool isClockText(QStringView text);
    bool isNull() const { return wallMs == 0 && counter == 0 && device.isEmpty(); }
    friend bool operator<(const Hlc &a, const Hlc &b);
    friend bool operator==(const Hlc &a, const Hlc &b);
};

// Issues monotonic HLC timestamps for one device and folds in clocks seen from others.
class HlcClock
{
public:
    using WallClock = std::function<qint64()>;
    explicit HlcClock(QString device, WallClock wall = {});

    // A new timestamp for a local event, later than every timestamp issued or seen.
    Hlc now();
    // Folds a remote timestamp into this clock. Returns false (and leaves the clock alone)
    // when the remote wall time is more than maxDriftMs ahead of the local wall clock.
    bool observe(const Hlc &remote, qint64 maxDriftMs);
    const QString &device() const { return m_device; }
    qint64 wallNow() const;

private:
    QString m_device;
    WallClock m_wall;
    qint64 m_lastMs = 0;
    quint32 m_counter = 0;
};
