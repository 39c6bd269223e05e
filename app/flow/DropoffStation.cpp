#include "DropoffStation.h"

#include "indicator/Indicator.h"
#include "sensor/ItemSensor.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDropoff, "kiosk.dropoff")

namespace kiosk {

using drivers::ChuteLock;
using drivers::Indicator;

DropoffStation::DropoffStation(
    ChuteLock &chute, drivers::ItemSensor &scale, Indicator &light, Config config, QObject *parent)
    : QObject(parent)
    , m_chute(chute)
    , m_scale(scale)
    , m_light(light)
    , m_config(config)
{
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        qCWarning(lcDropoff) << "the chute closed but the scale saw nothing: expected" << m_expected
                             << "g, read" << m_scale.grams() - m_baseline << "g";
        fail(ChuteLock::Fault::ItemNotSensed);
    });
    connect(&m_chute, &ChuteLock::opened, this, [this] { m_light.setState(Indicator::State::Busy); });
    connect(&m_chute, &ChuteLock::itemAccepted, this, &DropoffStation::onChuteClosed);
    connect(&m_chute, &ChuteLock::faulted, this, [this](ChuteLock::Fault fault) {
        if (m_busy)
            fail(fault);
    });
    connect(&m_scale, &drivers::ItemSensor::reading, this, &DropoffStation::onReading);
    connect(&m_scale, &drivers::ItemSensor::faulted, this, [this](drivers::ItemSensor::Fault fault) {
        if (!m_busy)
            return;
        if (fault == drivers::ItemSensor::Fault::Overload) {
            fail(ChuteLock::Fault::BinFull);
        } else if (m_waiting) { // the scale went away: the chute's own sensor saw the item pass
            qCWarning(lcDropoff) << "scale offline: trusting the chute's light barrier";
            succeed();
        }
    });
    m_scale.start();
    m_light.setState(Indicator::State::Ready);
}

void DropoffStation::acceptItem(int expectedGrams)
{
    if (m_busy)
        return;
    m_busy = true;
    m_waiting = false;
    m_expected = expectedGrams;
    m_baseline = m_scale.grams();
    if (binFull(m_baseline)) { // nothing more fits: don't open
        QTimer::singleShot(0, this, [this] { fail(ChuteLock::Fault::BinFull); });
        return;
    }
    m_chute.acceptItem();
}

void DropoffStation::abort()
{
    m_settle.stop();
    m_busy = m_waiting = false;
    m_chute.abort();
    m_light.setState(Indicator::State::Ready);
}

void DropoffStation::setAttention(bool attention)
{
    if (!m_busy)
        m_light.setState(attention ? Indicator::State::Attention : Indicator::State::Ready);
}

void DropoffStation::onChuteClosed()
{
    if (!m_busy)
        return;
    m_waiting = true;
    m_settle.start(m_config.settleMs);
    if (m_scale.isStable())
        onReading(m_scale.grams(), true);
}

void DropoffStation::onReading(int grams, bool stable)
{
    if (!m_waiting || !stable)
        return;
    if (binFull(grams)) {
        fail(ChuteLock::Fault::BinFull);
        return;
    }
    const int added = grams - m_baseline;
    const int slack = m_expected * m_config.tolerancePercent / 100;
    const bool plausible = m_expected > 0 ? added >= m_expected - slack && added <= m_expected + slack
                                          : added >= m_config.presenceGrams;
    if (!plausible)
        return; // maybe still settling; the deadline decides
    qCInfo(lcDropoff) << "item sensed:" << added << "g" << (m_expected > 0 ? "expected" : "") << m_expected;
    succeed();
}

void DropoffStation::succeed()
{
    m_settle.stop();
    m_waiting = m_busy = false;
    m_light.setState(Indicator::State::Ready);
    Q_EMIT itemSensed();
}

void DropoffStation::fail(ChuteLock::Fault fault)
{
    qCWarning(lcDropoff) << "drop-off fault" << fault;
    m_settle.stop();
    m_waiting = m_busy = false;
    m_chute.abort();
    m_light.setState(Indicator::State::Fault);
    Q_EMIT faulted(fault);
}

bool DropoffStation::binFull(int grams) const
{
    return m_config.binCapacityGrams > 0 && grams >= m_config.binCapacityGrams;
}

} // namespace kiosk
