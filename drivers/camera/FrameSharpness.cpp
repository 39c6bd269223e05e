#include "FrameSharpness.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace kiosk::camera {

FrameSharpness::Measurement FrameSharpness::measure(const BarcodeReader::Luma &luma)
{
    if (!luma.data || luma.width < 3 || luma.height < 3)
        return {};
    // The part of the frame the viewfinder's guide frames, where the code is held: the background
    // behind the shopper stays sharp while their hand moves.
    const int left = int(luma.width * GuideMargin);
    const int top = int(luma.height * GuideMargin);
    const int factor = std::max(1, (luma.width - 2 * left + MeasureWidth - 1) / MeasureWidth);
    const int w = (luma.width - 2 * left) / factor;
    const int h = (luma.height - 2 * top) / factor;
    if (w < 3 || h < 3)
        return {};
    // Box-averaged down (rows summed first), so sensor noise counts less than the code's edges.
    std::vector<int> small(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        int *out = &small[size_t(y) * size_t(w)];
        for (int dy = 0; dy < factor; ++dy) {
            const uchar *row = luma.data + qsizetype(top + y * factor + dy) * luma.rowStride
                + qsizetype(left) * luma.pixStride;
            for (int x = 0; x < w; ++x) {
                for (int dx = 0; dx < factor; ++dx, row += luma.pixStride)
                    out[x] += *row;
            }
        }
    }
    qint64 gradientSum = 0;
    qint64 laplacianSum = 0;
    qint64 edgePixels = 0;
    for (int y = 1; y < h - 1; ++y) {
        const int *above = &small[size_t(y - 1) * size_t(w)];
        const int *row = &small[size_t(y) * size_t(w)];
        const int *below = &small[size_t(y + 1) * size_t(w)];
        for (int x = 1; x < w - 1; ++x) {
            const int gradient = std::abs(row[x + 1] - row[x - 1]) + std::abs(below[x] - above[x]);
            if (gradient < EdgeGradient * factor * factor)
                continue;
            gradientSum += gradient;
            laplacianSum += std::abs(4 * row[x] - row[x - 1] - row[x + 1] - above[x] - below[x]);
            ++edgePixels;
        }
    }
    // The sums of factor x factor pixels: gradient and Laplacian scale alike, the edge threshold with them.
    Measurement m;
    m.edgeShare = double(edgePixels) / (double(w - 2) * double(h - 2));
    // |dx| + |dy| is twice the step per pixel on a ramp; the Laplacian's ends count once each: scaled so
    // a sharp step edge measures about 1.
    m.sharpness = gradientSum > 0 ? double(laplacianSum) / double(gradientSum) : 0;
    return m;
}

} // namespace kiosk::camera
