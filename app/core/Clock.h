#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace kiosk {

/// The one source of "now" for logic that depends on time (windows, expiry, backoff), so tests
/// and demos can set it. UTC throughout.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// Starts at a chosen time and then runs in real time: demos with fixed dates, soak tests.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(const QDateTime &start)
        : m_start(start.toUTC())
    {
        m_elapsed.start();
    }
    QDateTime now() const override { return m_start.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

/// Only moves when told to: unit tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start)
        : m_now(start.toUTC())
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }

private:
    QDateTime m_now;
};

} // namespace kiosk
