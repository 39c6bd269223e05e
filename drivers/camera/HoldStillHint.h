#pragma once

namespace kiosk::camera {

/// Whether the viewfinder asks the shopper to hold still, from each frame's blurred-or-not, with
/// hysteresis so it does not flicker: it shows after BlurredToShow blurred frames in a row and goes
/// after SharpToHide sharp ones in a row (at 30 frames/s, about 130 ms and 100 ms).
class HoldStillHint
{
public:
    static constexpr int BlurredToShow = 4;
    static constexpr int SharpToHide = 3;

    /// One more frame; true when this frame turned the hint on or off.
    bool observe(bool blurred);
    /// Off, counts forgotten: the camera stopped or the screen changed.
    void reset();
    bool shown() const { return m_shown; }

private:
    bool m_shown = false;
    int m_run = 0; ///< frames in a row that argue for the other state
};

} // namespace kiosk::camera
