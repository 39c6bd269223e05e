#pragma once

// Level strips (BarStrips' output) drawn from known modules, for the profile decoders' tests.
#include "camera/BarStrips.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace kiosk::camera::test {

/// The code's modules from its first bar to its last, as ZXing's encoder makes them.
inline std::vector<bool> encodedModules(ZXing::BarcodeFormat format, const std::string &text)
{
    const ZXing::BitMatrix code = ZXing::MultiFormatWriter(format).encode(text, 0, 1);
    std::vector<bool> modules;
    for (int x = 0; x < code.width(); ++x)
        modules.push_back(code.get(x, 0));
    const auto first = std::find(modules.begin(), modules.end(), true);
    const auto last = std::find(modules.rbegin(), modules.rend(), true).base();
    return std::vector<bool>(first, last);
}

/// `modules` with `quiet` light modules each side, `perModule` samples per module, ink 50 on paper 215,
/// each bar `printGain` modules wider (half each side), blurred by a Gaussian of `blurModules`, with noise
/// of +-4 grey levels; reversed when `upsideDown`. barsFrom..barsTo is the code. With `foreshortening` f,
/// a label turned away from the camera: the modules widen steadily along the strip, the last 1 + f times
/// as wide as the first (perModule is then the first's width).
inline BarStrip drawnStrip(const std::vector<bool> &code, double blurModules, bool upsideDown = false,
    int quiet = 15, double perModule = 3.2, double printGain = 0, double foreshortening = 0)
{
    std::vector<bool> modules(static_cast<size_t>(quiet));
    modules.insert(modules.end(), code.begin(), code.end());
    modules.resize(modules.size() + size_t(quiet));
    const double count = double(modules.size());
    // Sample position of module position m: perModule * (m + g m^2 / 2), g = foreshortening / count.
    const double g = foreshortening / count;
    const auto sampleAt = [&](double m) { return perModule * (m + g * m * m / 2); };
    const auto moduleAt
        = [&](double x) { return g == 0 ? x / perModule : (std::sqrt(1 + 2 * g * x / perModule) - 1) / g; };
    const int width = int(sampleAt(count));
    const double sigma = blurModules * perModule;
    const int radius = int(std::ceil(3 * sigma));
    BarStrip s;
    s.width = width;
    s.height = 20;
    s.barsFrom = int(sampleAt(quiet));
    s.barsTo = int(sampleAt(quiet + double(code.size())));
    s.pixels.resize(size_t(s.width) * size_t(s.height));
    QRandomGenerator noise(3);
    for (int x = 0; x < width; ++x) {
        double sum = 0;
        double weights = 0;
        for (int k = -radius; k <= radius; ++k) {
            const double w = std::exp(-0.5 * k * k / (sigma * sigma));
            const double at = moduleAt(std::clamp(x + k, 0, width - 1));
            const auto dark
                = [&](double m) { return modules[size_t(std::clamp(m, 0.0, double(modules.size()) - 1))]; };
            sum += w * (dark(at - printGain / 2) || dark(at + printGain / 2) ? 50 : 215);
            weights += w;
        }
        for (int y = 0; y < s.height; ++y)
            s.pixels[size_t(y) * size_t(width) + size_t(upsideDown ? width - 1 - x : x)]
                = uint8_t(std::clamp(sum / weights + int(noise.bounded(9)) - 4, 0.0, 255.0));
    }
    if (upsideDown) {
        const int from = s.barsFrom;
        s.barsFrom = width - s.barsTo;
        s.barsTo = width - from;
    }
    return s;
}

/// The strip smeared along its rows by a box `length` samples long (drawnStrip draws perModule, 3.2 by
/// default, a module): a label that moved along its length while the shutter was open.
inline BarStrip smeared(BarStrip s, int length)
{
    const std::vector<uint8_t> sharp = s.pixels;
    for (int y = 0; y < s.height; ++y)
        for (int x = 0; x < s.width; ++x) {
            int sum = 0;
            for (int k = 0; k < length; ++k)
                sum += sharp[size_t(y) * size_t(s.width)
                    + size_t(std::clamp(x + k - length / 2, 0, s.width - 1))];
            s.pixels[size_t(y) * size_t(s.width) + size_t(x)] = uint8_t(sum / length);
        }
    return s;
}

/// Calls `check` with a flat strip and then with `trials` strips of random bars and spaces (3 to 14 samples
/// wide) between a margin of 50 samples each side.
template<typename Check> void forRandomBars(int width, int trials, Check check)
{
    BarStrip s;
    s.width = width;
    s.height = 16;
    s.barsFrom = 50;
    s.barsTo = width - 50;
    s.pixels.assign(size_t(s.width) * size_t(s.height), 210);
    check(s);
    QRandomGenerator bars(17);
    for (int trial = 0; trial < trials; ++trial) {
        for (int x = s.barsFrom, dark = 1; x < s.barsTo; dark = !dark) {
            const int run = 3 + int(bars.bounded(12));
            for (int k = x; k < std::min(s.barsTo, x + run); ++k)
                for (int y = 0; y < s.height; ++y)
                    s.pixels[size_t(y) * size_t(s.width) + size_t(k)] = dark ? 50 : 210;
            x += run;
        }
        check(s);
    }
}

} // namespace kiosk::camera::test
