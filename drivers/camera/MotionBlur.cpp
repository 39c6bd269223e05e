#include "MotionBlur.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace kiosk::camera::motionblur {

std::optional<int> smearLength(const uint8_t *pixels, int width, int height, int stride, double degrees)
{
    constexpr int Margin = LongestSmear + 2; // the samples walk up to LongestSmear + 1 pixels along
    if (width < 4 * Margin || height < 4 * Margin)
        return std::nullopt;
    const auto at = [&](int x, int y) { return double(pixels[size_t(y) * size_t(stride) + size_t(x)]); };
    const double ux = std::cos(degrees * M_PI / 180);
    const double uy = std::sin(degrees * M_PI / 180);
    const auto bilinear = [&](double x, double y) {
        const int x0 = int(x);
        const int y0 = int(y);
        const double fx = x - x0;
        const double fy = y - y0;
        return (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy)
            + (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
    };
    // On every other row and column away from the edges.
    std::array<double, LongestSmear + 1> correlation {};
    std::array<double, LongestSmear + 2> samples {};
    for (int y = Margin; y + Margin < height; y += 2) {
        for (int x = Margin; x + Margin < width; x += 2) {
            for (int t = 0; t < int(samples.size()); ++t)
                samples[size_t(t)] = bilinear(x + t * ux, y + t * uy);
            const double first = samples[1] - samples[0];
            for (int lag = 1; lag <= LongestSmear; ++lag)
                correlation[size_t(lag)] += first * (samples[size_t(lag) + 1] - samples[size_t(lag)]);
        }
    }
    int length = ShortestSmear;
    for (int lag = ShortestSmear; lag <= LongestSmear; ++lag)
        if (correlation[size_t(lag)] < correlation[size_t(length)])
            length = lag;
    if (correlation[size_t(length)] >= 0)
        return std::nullopt;
    return length;
}

namespace {

/// Each column's box mean over `length` pixels (the edge rows repeated past either end), handed row by row
/// to `use(y, means)`: a running sum per column, so every step is a whole row of independent additions.
template<typename Use>
void boxDownColumns(const std::vector<float> &in, int width, int height, int length, Use use)
{
    const int before = (length - 1) / 2;
    const int after = length - 1 - before;
    const float scale = 1.0f / float(length);
    const auto row = [&](int y) { return in.data() + size_t(std::clamp(y, 0, height - 1)) * size_t(width); };
    std::vector<float> sums(size_t(width), 0.0f);
    std::vector<float> means(static_cast<size_t>(width));
    for (int d = -before; d <= after; ++d) {
        const float *r = row(d);
        for (int x = 0; x < width; ++x)
            sums[size_t(x)] += r[x];
    }
    for (int y = 0; y < height; ++y) {
        const float *entering = row(y + after + 1);
        const float *leaving = row(y - before);
        for (int x = 0; x < width; ++x) {
            means[size_t(x)] = sums[size_t(x)] * scale;
            sums[size_t(x)] += entering[x] - leaving[x];
        }
        use(y, means.data());
    }
}

/// The picture mirrored about its diagonal: its rows become columns.
std::vector<uint8_t> transposed(const uint8_t *pixels, int width, int height)
{
    std::vector<uint8_t> out(size_t(width) * size_t(height));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            out[size_t(x) * size_t(height) + size_t(y)] = pixels[size_t(y) * size_t(width) + size_t(x)];
    return out;
}

} // namespace

void undoDownColumns(uint8_t *pixels, int width, int height, int length, int iterations)
{
    constexpr float Floor = 4; // keeps black from dividing by zero; taken off again at the end
    const size_t n = size_t(width) * size_t(height);
    std::vector<float> estimate(n);
    for (size_t i = 0; i < n; ++i)
        estimate[i] = float(pixels[i]) + Floor;
    std::vector<float> ratio(n); // what was seen over what the estimate, smeared, would look like
    for (int k = 0; k < iterations; ++k) {
        boxDownColumns(estimate, width, height, length, [&](int y, const float *smeared) {
            const size_t at = size_t(y) * size_t(width);
            for (int x = 0; x < width; ++x)
                ratio[at + size_t(x)] = (float(pixels[at + size_t(x)]) + Floor) / std::max(smeared[x], 1.0f);
        });
        // The box is its own adjoint (for an even length, but for half a pixel's shift): the ratio
        // smeared the same way corrects the estimate.
        boxDownColumns(ratio, width, height, length, [&](int y, const float *correction) {
            float *e = estimate.data() + size_t(y) * size_t(width);
            for (int x = 0; x < width; ++x)
                e[x] *= correction[x];
        });
    }
    for (size_t i = 0; i < n; ++i)
        pixels[i] = uint8_t(std::clamp(estimate[i] - Floor + 0.5f, 0.0f, 255.0f));
}

void undoAlongRows(uint8_t *pixels, int width, int height, int length, int iterations)
{
    // Turned so the rows run down columns, where the deconvolution's running sums go a row at a time.
    std::vector<uint8_t> turned = transposed(pixels, width, height);
    undoDownColumns(turned.data(), height, width, length, iterations);
    const std::vector<uint8_t> back = transposed(turned.data(), height, width);
    std::copy(back.begin(), back.end(), pixels);
}

} // namespace kiosk::camera::motionblur
