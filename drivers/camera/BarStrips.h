#pragma once

#include <QTransform>

#include <cstdint>
#include <vector>

namespace kiosk::camera {

/// A 1D code resampled level: each row runs across the bars, along the code's centre line (so the rows of a
/// label sheared by perspective stay on its bars), each sample is the mean of several pixels along the bars,
/// and there are several samples per source pixel. A row scanner then sees the bars of a tilted,
/// curled, noisy or compressed code at about one module per three samples whatever the code's angle.
struct BarStrip
{
    std::vector<uint8_t> pixels;
    int width = 0;
    int height = 0;
    QTransform toSource; ///< strip pixel coordinates to the source image's
    int barsFrom = 0; ///< the columns where the cells with bars begin and end (the rest is quiet zone margin)
    int barsTo = 0;
};

/// Finds the patches of a grey image where many parallel edges run side by side (the bars of a 1D code: a
/// strong, coherent gradient over neighbouring cells with one direction) and resamples each, biggest first,
/// into a BarStrip. Text, outlines and noise have no one direction over several cells and are not taken.
class BarStrips
{
public:
    /// At most `maxStrips` strips from the tightly packed 8-bit image.
    static std::vector<BarStrip> find(const uint8_t *pixels, int width, int height, int maxStrips);

    /// The strip with each row deblurred (unsharp mask across the bars) and thresholded against its own
    /// neighbourhood: the narrow bars and spaces that blur leaves short of a global threshold come back, and
    /// where a row is flat (the quiet zone) it stays light.
    static BarStrip binarised(const BarStrip &strip);

    /// The strip with a smear of `length` samples across its bars undone (motionblur::undoAlongRows): a code
    /// moved across its bars while the shutter was open, or out of focus by about as much.
    static BarStrip unsmeared(const BarStrip &strip, int length);
};

} // namespace kiosk::camera
