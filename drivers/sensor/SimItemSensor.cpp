#include "SimItemSensor.h"

namespace kiosk::drivers {

void SimItemSensor::setWeight(int grams, bool stable)
{
    m_grams = grams;
    m_stable = stable;
    if (m_running)
        Q_EMIT reading(grams, stable);
}

void SimItemSensor::fail(Fault fault)
{
    if (m_running)
        Q_EMIT faulted(fault);
}

} // namespace kiosk::drivers
