#include "SimItemSensor.h"

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

void SimItemSensor::fail(Fault fault)
{
    if (m_running)
        Q_EMIT faulted(fault);
}

} // namespace kiosk::drivers
