#include "SimItemSensor.h"

#include <QTimer>

namespace kiosk::drivers {

void SimItemSensor::setWeight(int grams, bool stable)
{
    m_grams = grams;
    m_stable = stable;
    if (m_running)
        Q_EMIT reading(grams, stable);
}

void SimItemSensor::followChute(ChuteLock &chute, int itemGrams)
{
    connect(&chute, &ChuteLock::itemAccepted, this, [this, itemGrams] {
        if (m_missed > 0)
            --m_missed;
        else
            setWeight(m_grams + itemGrams);
    });
}

void SimItemSensor::requestReading()
{
    m_running = true;
    if (m_readingFaults.empty()) {
        QTimer::singleShot(50, this, [this] { setWeight(m_grams, m_stable); });
        return;
    }
    const Fault fault = m_readingFaults.front();
    m_readingFaults.pop_front();
    if (fault != Fault::None)
        QTimer::singleShot(50, this, [this, fault] { fail(fault); });
}

void SimItemSensor::fail(Fault fault)
{
    if (m_running)
        Q_EMIT faulted(fault);
}

} // namespace kiosk::drivers
