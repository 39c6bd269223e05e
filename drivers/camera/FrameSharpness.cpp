#include "FrameSharpness.h"

#include <algorithm>
#include <cstdlib>

namespace kiosk::camera {

FrameSharpness::Measurement FrameSharpness::measure(const BarcodeReader::Luma &luma)
{
    if (!luma.data || luma.width < 3 || luma.height < 3)
        return {};
    // The part of the frame the viewfinder's guide frames, where the code is held: the background
    // behind the shopper stays sharp while their hand moves. Full resolution, so a code's finest bars count,
    // but only every RowStep-th row.
    const int left = std::max(1, int(luma.width * GuideMargin));
    const int top = std::max(1, int(luma.height * GuideMargin));
    const int right = luma.width - left;
    const int bottom = luma.height - top;
    const qsizetype rowStride = luma.rowStride;
    const qsizetype pix = luma.pixStride;
    qint64 gradientSum = 0;
    qint64 laplacianSum = 0;
    qint64 edgePixels = 0;
    qint64 pixels = 0;
    for (int y = top; y < bottom; y += RowStep) {
        const uchar *row = luma.data + qsizetype(y) * rowStride;
        for (int x = left; x < right; ++x) {
            const uchar *p = row + x * pix;
            const int l = p[-pix], r = p[pix], u = p[-rowStride], d = p[rowStride];
            const int gradient = std::abs(r - l) + std::abs(d - u);
            ++pixels;
            if (gradient < EdgeGradient)
                continue;
            gradientSum += gradient;
            laplacianSum += std::abs(4 * int(*p) - l - r - u - d);
            ++edgePixels;
        }
    }
    Measurement m;
    m.edgeShare = pixels > 0 ? double(edgePixels) / double(pixels) : 0;
    // A step edge: two pixels of gradient C, two of Laplacian C; a ramp over W pixels: W of 2C/W, two
    // of C/W. About 1 / W either way.
    m.sharpness = gradientSum > 0 ? double(laplacianSum) / double(gradientSum) : 0;
    return m;
}

} // namespace kiosk::camera
