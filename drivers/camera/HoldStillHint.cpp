#include "HoldStillHint.h"

namespace kiosk::camera {

bool HoldStillHint::observe(bool blurred)
{
    if (blurred == m_shown) { // agrees with what is shown: the other state's run starts again
        m_run = 0;
        return false;
    }
    if (++m_run < (m_shown ? SharpToHide : BlurredToShow))
        return false;
    m_shown = blurred;
    m_run = 0;
    return true;
}

void HoldStillHint::reset()
{
    m_shown = false;
    m_run = 0;
}

} // namespace kiosk::camera
