#include "BarcodeReader.h"

#include "BarStrips.h"
#include "Code128ProfileDecoder.h"
#include "MotionBlur.h"
#include "ProductProfileDecoder.h"
#include "ZbarProductReader.h"

#include <ZXing/ReadBarcode.h>

#include <QLoggingCategory>
#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcDecode, "kiosk.camera.decode", QtInfoMsg)

namespace kiosk::camera {

namespace {

using Symbology = ScanProfile::Symbology;

/// A tightly packed 8-bit grey buffer made by a pass (scaled, inverted, cropped, deskewed); `toRegion` maps
/// its pixel coordinates back to the region's.
struct Plane
{
    std::vector<uint8_t> pixels;
    int width = 0;
    int height = 0;
    QTransform toRegion;
    ZXing::ImageView view() const { return { pixels.data(), width, height, ZXing::ImageFormat::Lum }; }
};

ZXing::BarcodeFormats zxingFormats(ScanProfile::Symbologies s)
{
    ZXing::BarcodeFormats f;
    const std::array<std::pair<Symbology, ZXing::BarcodeFormat>, 7> map { {
        { Symbology::QrCode, ZXing::BarcodeFormat::QRCode },
        { Symbology::DataMatrix, ZXing::BarcodeFormat::DataMatrix },
        { Symbology::Code128, ZXing::BarcodeFormat::Code128 },
        { Symbology::Itf, ZXing::BarcodeFormat::ITF },
        { Symbology::Ean13, ZXing::BarcodeFormat::EAN13 },
        { Symbology::UpcA, ZXing::BarcodeFormat::UPCA },
        { Symbology::Ean8, ZXing::BarcodeFormat::EAN8 },
    } };
    for (const auto &[ours, theirs] : map)
        if (s.testFlag(ours))
            f |= theirs;
    return f;
}

constexpr ScanProfile::Symbologies matrixCodes
    = ScanProfile::Symbologies(Symbology::QrCode) | Symbology::DataMatrix;

/// The smears across the bars the UnsmearedBars passes undo, in strip samples: 2 to 6 px at a strip's 2 or 3
/// samples per pixel. On the tuning sets a third at 18 read no more frames, and every length from 2 to 27
/// three more at 13 times the cost (docs/codes.md). Two passes, one length each, so that one frame's pass
/// costs one profile read of the strip when nothing reads (Code 128's takes up to about 25 ms).
constexpr int ShortBarSmear = 6;
constexpr int LongBarSmear = 12;

/// The codes the profile decoders read from a bar strip's grey profile.
constexpr ScanProfile::Symbologies profiledCodes
    = ScanProfile::Symbologies(Symbology::Ean13) | Symbology::UpcA | Symbology::Code128;

bool hasMatrixCodes(ScanProfile::Symbologies s)
{
    return bool(s & matrixCodes);
}

/// Copies the region, halving each dimension `factor - 1` times by averaging 2x2 blocks.
Plane copyRegion(const BarcodeReader::Luma &in, QRect r, int factor)
{
    Plane p;
    p.width = r.width() / factor;
    p.height = r.height() / factor;
    p.toRegion = QTransform::fromScale(factor, factor);
    p.pixels.resize(size_t(p.width) * size_t(p.height));
    for (int y = 0; y < p.height; ++y) {
        const uchar *row = in.data + size_t(r.top() + y * factor) * size_t(in.rowStride)
            + size_t(r.left()) * size_t(in.pixStride);
        uint8_t *dst = p.pixels.data() + size_t(y) * size_t(p.width);
        if (factor == 1) {
            for (int x = 0; x < p.width; ++x)
                dst[x] = row[x * in.pixStride];
        } else {
            const uchar *next = row + in.rowStride;
            for (int x = 0; x < p.width; ++x) {
                const int a = 2 * x * in.pixStride;
                const int b = a + in.pixStride;
                dst[x] = uint8_t((row[a] + row[b] + next[a] + next[b] + 2) / 4);
            }
        }
    }
    return p;
}

void invert(Plane &p)
{
    for (auto &v : p.pixels)
        v = uint8_t(255 - v);
}

/// Printed codes are dark ink on a light label in front of any background. Crops to the rows and columns that
/// hold ink (pixels near the darkest grey), stretches the ink to black and pads with white, so the code gets
/// a clean quiet zone whatever surrounded it. Rescues ITF whose quiet zone a dark background eats, DataMatrix
/// that ZXing's detector misses beside a label edge or under glare.
Plane isolateInk(const Plane &p)
{
    constexpr int InkSpan = 32; // grey levels above the darkest ink still counted as ink when cropping
    constexpr int Margin = 16;
    std::array<size_t, 256> histogram {};
    for (auto v : p.pixels)
        ++histogram[v];
    const size_t cut = p.pixels.size() / 2000; // a small code is still more ink than this
    int ink = 0;
    for (size_t sum = 0; ink < 255 && (sum += histogram[ink]) <= cut;)
        ++ink;
    std::array<uint8_t, 256> lut {};
    for (int v = 0; v < 256; ++v)
        lut[v] = uint8_t(std::clamp((v - ink) * 255 / std::max(1, 255 - ink), 0, 255));
    std::vector<int> columns(size_t(p.width));
    std::vector<int> rows(size_t(p.height));
    for (int y = 0; y < p.height; ++y)
        for (int x = 0; x < p.width; ++x)
            if (p.pixels[size_t(y) * size_t(p.width) + size_t(x)] <= ink + InkSpan) {
                ++columns[size_t(x)];
                ++rows[size_t(y)];
            }
    // A row or column holds ink when more than stray noise is dark there.
    const auto inked = [](const std::vector<int> &counts, int minimum) {
        int first = 0;
        int last = int(counts.size()) - 1;
        while (first < last && counts[size_t(first)] < minimum)
            ++first;
        while (last > first && counts[size_t(last)] < minimum)
            --last;
        return std::pair { first, last };
    };
    const auto [left, right] = inked(columns, std::max(4, p.height / 100));
    const auto [top, bottom] = inked(rows, std::max(4, p.width / 100));
    Plane out;
    out.width = right - left + 1 + 2 * Margin;
    out.height = bottom - top + 1 + 2 * Margin;
    out.toRegion = QTransform::fromTranslate(left - Margin, top - Margin) * p.toRegion;
    out.pixels.assign(size_t(out.width) * size_t(out.height), 255);
    for (int y = top; y <= bottom; ++y) {
        const uint8_t *src = p.pixels.data() + size_t(y) * size_t(p.width);
        uint8_t *dst = out.pixels.data() + size_t(y - top + Margin) * size_t(out.width) + Margin;
        for (int x = left; x <= right; ++x)
            dst[x - left] = lut[src[x]];
    }
    return out;
}

/// The bars' angle from the structure tensor of the grey gradient, in degrees, when one direction dominates.
std::optional<double> barAngle(const Plane &p, double minimumCoherence)
{
    double xx = 0;
    double yy = 0;
    double xy = 0;
    for (int y = 1; y + 1 < p.height; ++y) {
        const uint8_t *row = p.pixels.data() + size_t(y) * size_t(p.width);
        for (int x = 1; x + 1 < p.width; ++x) {
            const double gx = row[x + 1] - row[x - 1];
            const double gy = row[x + p.width] - row[x - p.width];
            xx += gx * gx;
            yy += gy * gy;
            xy += gx * gy;
        }
    }
    const double coherence = std::hypot(xx - yy, 2 * xy) / std::max(1.0, xx + yy);
    if (coherence < minimumCoherence)
        return std::nullopt; // no one direction: a 2D code, or nothing
    return 0.5 * std::atan2(2 * xy, xx - yy) * 180 / M_PI;
}

/// The plane turned by -`degrees` (bilinear, white outside), so that what ran at `degrees` runs along the
/// rows.
Plane rotated(const Plane &p, double degrees)
{
    const QTransform rotation = QTransform().rotate(-degrees);
    const QRect bounds = rotation.mapRect(QRect(0, 0, p.width, p.height));
    const QTransform back = QTransform::fromTranslate(bounds.left(), bounds.top()) * rotation.inverted();
    Plane out;
    out.width = bounds.width();
    out.height = bounds.height();
    out.toRegion = back * p.toRegion;
    out.pixels.assign(size_t(out.width) * size_t(out.height), 255);
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            const QPointF at = back.map(QPointF(x, y));
            const int x0 = int(std::floor(at.x()));
            const int y0 = int(std::floor(at.y()));
            if (x0 < 0 || y0 < 0 || x0 + 1 >= p.width || y0 + 1 >= p.height)
                continue;
            const double fx = at.x() - x0;
            const double fy = at.y() - y0;
            const uint8_t *a = p.pixels.data() + size_t(y0) * size_t(p.width) + size_t(x0);
            const uint8_t *b = a + p.width;
            const double v = (a[0] * (1 - fx) + a[1] * fx) * (1 - fy) + (b[0] * (1 - fx) + b[1] * fx) * fy;
            out.pixels[size_t(y) * size_t(out.width) + size_t(x)] = uint8_t(v + 0.5);
        }
    }
    return out;
}

/// Turns a tilted 1D code level: ZXing's row scanner needs each row to cross every bar, which at 20 degrees
/// a long ITF no longer does. Empty when the code is level already.
Plane deskew(const Plane &p, double minimumCoherence = 0.5)
{
    constexpr double MinimumTilt = 4;
    const auto angle = barAngle(p, minimumCoherence);
    if (!angle || std::abs(*angle) < MinimumTilt || std::abs(*angle) > 90 - MinimumTilt)
        return {};
    return rotated(p, *angle);
}

/// The part of a plane inside `r`, as its own plane. What of `r` lies past the plane's edge is filled with
/// the light grey of the part inside (its brightest twentieth): a code at the frame's edge gets the quiet
/// zone the camera did not see, which ZXing's DataMatrix detector needs to find the symbol's border.
Plane crop(const Plane &p, QRect r)
{
    const QRect inside = r.intersected(QRect(0, 0, p.width, p.height));
    Plane out;
    out.width = r.width();
    out.height = r.height();
    out.toRegion = QTransform::fromTranslate(r.left(), r.top()) * p.toRegion;
    uint8_t light = 255;
    if (inside != r && !inside.isEmpty()) {
        std::array<size_t, 256> histogram {};
        for (int y = inside.top(); y <= inside.bottom(); ++y)
            for (int x = inside.left(); x <= inside.right(); ++x)
                ++histogram[p.pixels[size_t(y) * size_t(p.width) + size_t(x)]];
        const size_t tail = size_t(inside.width()) * size_t(inside.height()) / 20;
        for (size_t sum = 0; light > 0 && (sum += histogram[light]) <= tail;)
            --light;
    }
    out.pixels.assign(size_t(out.width) * size_t(out.height), light);
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        std::copy_n(p.pixels.data() + size_t(y) * size_t(p.width) + size_t(inside.left()), inside.width(),
            out.pixels.data() + size_t(y - r.top()) * size_t(out.width) + size_t(inside.left() - r.left()));
    return out;
}

/// Bilinear enlargement by `fx` across and `fy` down: 1D codes with about one pixel per module and small
/// DataMatrix give ZXing's binariser too few pixels per edge.
Plane enlarge(const Plane &p, int fx, int fy)
{
    Plane out;
    out.width = p.width * fx;
    out.height = p.height * fy;
    out.toRegion = QTransform::fromScale(1.0 / fx, 1.0 / fy) * p.toRegion;
    out.pixels.resize(size_t(out.width) * size_t(out.height));
    // Where each output column and row samples the input: the first of two neighbours and the second's
    // weight in 256ths (exact for the factors 1 and 2 used here).
    struct Tap
    {
        int first = 0;
        int second = 0;
        int weight = 0;
    };
    const auto taps = [](int factor, int inputLength, int outputLength) {
        std::vector<Tap> t(static_cast<size_t>(outputLength));
        for (int k = 0; k < outputLength; ++k) {
            const double s = std::clamp((k + 0.5) / factor - 0.5, 0.0, double(inputLength - 1));
            const int first = std::min(int(s), std::max(0, inputLength - 2));
            t[size_t(k)] = { first, std::min(first + 1, inputLength - 1),
                int(std::lround(std::min(1.0, s - first) * 256)) };
        }
        return t;
    };
    const std::vector<Tap> columns = taps(fx, p.width, out.width);
    const std::vector<Tap> rows = taps(fy, p.height, out.height);
    for (int y = 0; y < out.height; ++y) {
        const Tap &row = rows[size_t(y)];
        const uint8_t *a = p.pixels.data() + size_t(row.first) * size_t(p.width);
        const uint8_t *b = p.pixels.data() + size_t(row.second) * size_t(p.width);
        uint8_t *dst = out.pixels.data() + size_t(y) * size_t(out.width);
        for (int x = 0; x < out.width; ++x) {
            const Tap &c = columns[size_t(x)];
            const int top = a[c.first] * (256 - c.weight) + a[c.second] * c.weight;
            const int bottom = b[c.first] * (256 - c.weight) + b[c.second] * c.weight;
            dst[x] = uint8_t((top * (256 - row.weight) + bottom * row.weight + 32768) >> 16);
        }
    }
    return out;
}

/// Grey morphology with a rectangle 2 * rx + 1 pixels across and 2 * ry + 1 down, separable: `darkGrows`
/// takes the minimum (dark ink spreads), else the maximum. Both passes walk along rows.
void morph(Plane &p, int rx, int ry, bool darkGrows)
{
    const auto pick
        = [darkGrows](uint8_t a, uint8_t b) { return darkGrows ? std::min(a, b) : std::max(a, b); };
    std::vector<uint8_t> line(size_t(p.width));
    for (int y = 0; y < p.height; ++y) {
        uint8_t *row = p.pixels.data() + size_t(y) * size_t(p.width);
        std::copy_n(row, p.width, line.begin());
        for (int x = 0; x < p.width; ++x) {
            uint8_t v = line[size_t(x)];
            for (int d = std::max(0, x - rx); d <= std::min(p.width - 1, x + rx); ++d)
                v = pick(v, line[size_t(d)]);
            row[x] = v;
        }
    }
    const std::vector<uint8_t> across = p.pixels;
    for (int y = 0; y < p.height; ++y) {
        uint8_t *row = p.pixels.data() + size_t(y) * size_t(p.width);
        for (int d = std::max(0, y - ry); d <= std::min(p.height - 1, y + ry); ++d) {
            const uint8_t *other = across.data() + size_t(d) * size_t(p.width);
            for (int x = 0; x < p.width; ++x)
                row[x] = pick(row[x], other[x]);
        }
    }
}

/// The mean of each (2 * radius + 1)-square neighbourhood (edges repeated), separable with running sums
/// along each row, then down the columns a whole row at a time.
Plane boxBlur(const Plane &p, int radius)
{
    const int n = 2 * radius + 1;
    const int w = p.width;
    const int h = p.height;
    Plane across = p;
    for (int y = 0; y < h; ++y) {
        const uint8_t *src = p.pixels.data() + size_t(y) * size_t(w);
        uint8_t *dst = across.pixels.data() + size_t(y) * size_t(w);
        const auto at = [&](int x) { return int(src[std::clamp(x, 0, w - 1)]); };
        int sum = 0;
        for (int d = -radius; d <= radius; ++d)
            sum += at(d);
        for (int x = 0; x < w; ++x) {
            dst[x] = uint8_t((sum + n / 2) / n);
            sum += at(x + radius + 1) - at(x - radius);
        }
    }
    Plane out = across;
    const auto row
        = [&](int y) { return across.pixels.data() + size_t(std::clamp(y, 0, h - 1)) * size_t(w); };
    std::vector<int> sums(static_cast<size_t>(w));
    for (int d = -radius; d <= radius; ++d)
        for (int x = 0; x < w; ++x)
            sums[size_t(x)] += row(d)[x];
    for (int y = 0; y < h; ++y) {
        uint8_t *dst = out.pixels.data() + size_t(y) * size_t(w);
        const uint8_t *entering = row(y + radius + 1);
        const uint8_t *leaving = row(y - radius);
        for (int x = 0; x < w; ++x) {
            dst[x] = uint8_t((sums[size_t(x)] + n / 2) / n);
            sums[size_t(x)] += entering[x] - leaving[x];
        }
    }
    return out;
}

/// Unsharp masking: each pixel pushed away from the mean of its (2 * radius + 1)-square by twice the
/// difference, which steepens the edges that focus and motion blur spread over several pixels.
Plane sharpen(const Plane &p, int radius)
{
    Plane out = boxBlur(p, radius);
    for (size_t i = 0; i < out.pixels.size(); ++i)
        out.pixels[i] = uint8_t(std::clamp(3 * p.pixels[i] - 2 * out.pixels[i], 0, 255));
    return out;
}

/// Stretches the grey levels so that the darkest and the brightest hundredth of the pixels span 0..255.
void stretch(Plane &p)
{
    std::array<size_t, 256> histogram {};
    for (auto v : p.pixels)
        ++histogram[v];
    const size_t tail = p.pixels.size() / 100;
    int lo = 0;
    for (size_t sum = 0; lo < 255 && (sum += histogram[size_t(lo)]) <= tail;)
        ++lo;
    int hi = 255;
    for (size_t sum = 0; hi > lo && (sum += histogram[size_t(hi)]) <= tail;)
        --hi;
    std::array<uint8_t, 256> lut {};
    for (int v = 0; v < 256; ++v)
        lut[size_t(v)] = uint8_t(std::clamp((v - lo) * 255 / std::max(1, hi - lo), 0, 255));
    for (auto &v : p.pixels)
        v = lut[v];
}

/// An overbright screen: grey levels stretched, then raised to the power 8, which spreads the bright end, so
/// dark modules the glow has washed to a light grey stand apart from the white again.
Plane spreadBrightEnd(const Plane &p)
{
    Plane out = p;
    stretch(out);
    std::array<uint8_t, 256> lut {};
    for (int v = 0; v < 256; ++v)
        lut[size_t(v)] = uint8_t(std::lround(255 * std::pow(v / 255.0, 8)));
    for (auto &v : out.pixels)
        v = lut[v];
    return out;
}

/// Morphological closing of the dark ink: dots of an inkjet DataMatrix joined into the solid modules
/// ZXing's detector traces. From radius 2 the element is a square less its corners (the union of two
/// rectangles), about a disc: a square's corners also bridge the diagonal gaps between dots of neighbouring
/// modules and fill the light modules between them.
Plane closeDots(const Plane &p, int radius)
{
    const auto spread = [radius](Plane &q, bool darkGrows) {
        if (radius < 2) {
            morph(q, radius, radius, darkGrows);
            return;
        }
        Plane tall = q;
        morph(q, radius, radius - 1, darkGrows);
        morph(tall, radius - 1, radius, darkGrows);
        for (size_t i = 0; i < q.pixels.size(); ++i)
            q.pixels[i]
                = darkGrows ? std::min(q.pixels[i], tall.pixels[i]) : std::max(q.pixels[i], tall.pixels[i]);
    };
    Plane out = p;
    spread(out, true);
    spread(out, false);
    return out;
}

/// Local contrast normalisation: each pixel against the mean and spread of the window around it, so a
/// faded or unevenly lit print spans the whole grey range everywhere.
Plane normaliseContrast(const Plane &p, int radius)
{
    const int w = p.width;
    const int h = p.height;
    std::vector<int64_t> sum(size_t(w + 1) * size_t(h + 1));
    std::vector<int64_t> squares(sum.size());
    for (int y = 0; y < h; ++y) {
        int64_t rowSum = 0;
        int64_t rowSquares = 0;
        for (int x = 0; x < w; ++x) {
            const int v = p.pixels[size_t(y) * size_t(w) + size_t(x)];
            rowSum += v;
            rowSquares += v * v;
            const size_t at = size_t(y + 1) * size_t(w + 1) + size_t(x + 1);
            sum[at] = sum[at - size_t(w + 1)] + rowSum;
            squares[at] = squares[at - size_t(w + 1)] + rowSquares;
        }
    }
    Plane out = p;
    for (int y = 0; y < h; ++y) {
        const int y0 = std::max(0, y - radius);
        const int y1 = std::min(h, y + radius + 1);
        for (int x = 0; x < w; ++x) {
            const int x0 = std::max(0, x - radius);
            const int x1 = std::min(w, x + radius + 1);
            const auto box = [&](const std::vector<int64_t> &t) {
                return t[size_t(y1) * size_t(w + 1) + size_t(x1)] - t[size_t(y0) * size_t(w + 1) + size_t(x1)]
                    - t[size_t(y1) * size_t(w + 1) + size_t(x0)] + t[size_t(y0) * size_t(w + 1) + size_t(x0)];
            };
            const double n = double((x1 - x0) * (y1 - y0));
            const double mean = double(box(sum)) / n;
            const double spread = std::sqrt(std::max(0.0, double(box(squares)) / n - mean * mean));
            const double v = p.pixels[size_t(y) * size_t(w) + size_t(x)];
            out.pixels[size_t(y) * size_t(w) + size_t(x)]
                = uint8_t(std::clamp(128 + 80 * (v - mean) / std::max(spread, 16.0), 0.0, 255.0));
        }
    }
    return out;
}

/// Where codes may be in the full-resolution region: 16x16 cells where many pixels sit on a strong edge,
/// joined into 4-connected groups, largest first, each padded. ZXing 1.4 as Debian builds it (without C++20
/// coroutines) finds a DataMatrix only along lines from the image centre, and its row scanner tries rows
/// from the middle outwards: a crop around each group puts an off-centre code where both look. A strong
/// edge is a step of 20 grey levels, or three times the frame's median step when sensor noise makes steps
/// that large everywhere (noise cells would otherwise join the code's group and move the crop off it).
std::vector<QRect> proposeRegions(const Plane &p, int maxRegions)
{
    constexpr int Cell = 16;
    constexpr int MinEdgeStep = 20; // grey levels between neighbours that make an edge, at least
    constexpr int BusyEdges = 28; // of the 128 sampled pixels (every other row) in a cell
    const int columns = p.width / Cell;
    const int rows = p.height / Cell;
    const auto forEachStep = [&](auto visit) { // every other row, as |dx| + |dy|
        for (int y = 0; y + 1 < rows * Cell; y += 2) {
            const uint8_t *row = p.pixels.data() + size_t(y) * size_t(p.width);
            for (int x = 0; x + 1 < columns * Cell; ++x)
                visit(x, y, std::abs(row[x + 1] - row[x]) + std::abs(row[x + p.width] - row[x]));
        }
    };
    std::array<int, 511> steps {};
    int sampled = 0;
    forEachStep([&](int, int, int step) {
        ++steps[size_t(step)];
        ++sampled;
    });
    int median = 0;
    for (int upToMedian = steps[0]; 2 * upToMedian < sampled;)
        upToMedian += steps[size_t(++median)];
    const int edgeStep = std::max(MinEdgeStep, 3 * median);
    std::vector<int> busy(size_t(columns) * size_t(rows));
    forEachStep([&](int x, int y, int step) {
        if (step > edgeStep)
            ++busy[size_t(y / Cell) * size_t(columns) + size_t(x / Cell)];
    });
    struct Group
    {
        QRect cells;
        int count = 0;
    };
    std::vector<Group> groups;
    std::vector<int> stack;
    for (int start = 0; start < columns * rows; ++start) {
        if (busy[size_t(start)] < BusyEdges)
            continue;
        Group g;
        g.cells = QRect(start % columns, start / columns, 1, 1);
        busy[size_t(start)] = -1; // visited
        stack.push_back(start);
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            ++g.count;
            const int cx = at % columns;
            const int cy = at / columns;
            g.cells |= QRect(cx, cy, 1, 1);
            for (const auto &[dx, dy] : { std::pair { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } }) {
                const int nx = cx + dx;
                const int ny = cy + dy;
                if (nx < 0 || ny < 0 || nx >= columns || ny >= rows)
                    continue;
                int &n = busy[size_t(ny) * size_t(columns) + size_t(nx)];
                if (n >= BusyEdges) {
                    n = -1;
                    stack.push_back(ny * columns + nx);
                }
            }
        }
        // Too small for any code, a thin line (the edge of a box, a shelf), sparse (the outline of something)
        // or, a patterned surface, most of the frame.
        const int area = g.cells.width() * g.cells.height();
        if (g.count >= 3 && std::min(g.cells.width(), g.cells.height()) >= 2 && 4 * g.count >= area
            && area < columns * rows / 2)
            groups.push_back(g);
    }
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.count > b.count; });
    std::vector<QRect> regions;
    for (const Group &g : groups) {
        if (int(regions.size()) == maxRegions)
            break;
        const QRect box(
            g.cells.left() * Cell, g.cells.top() * Cell, g.cells.width() * Cell, g.cells.height() * Cell);
        const int pad = std::max(Cell, std::max(box.width(), box.height()) / 5);
        regions.push_back(box.adjusted(-pad, -pad, pad, pad).intersected(QRect(0, 0, p.width, p.height)));
    }
    return regions;
}

/// The mean run of equal bars along the middle row, in pixels: how wide a 1D code's modules are.
double meanRun(const Plane &p)
{
    const uint8_t *row = p.pixels.data() + size_t(p.height / 2) * size_t(p.width);
    const auto [lo, hi] = std::minmax_element(row, row + p.width);
    const int mid = (*lo + *hi) / 2;
    int changes = 0;
    for (int x = 1; x < p.width; ++x)
        changes += (row[x] > mid) != (row[x - 1] > mid);
    return double(p.width) / std::max(1, changes);
}

bool acceptable(const ZXing::Result &r)
{
    if (!r.isValid() || r.text().empty())
        return false;
    if (r.format() == ZXing::BarcodeFormat::ITF && r.text().size() != BarcodeReader::ReceiptItfLength)
        return false;
    return true;
}

/// EAN/UPC carry a single mod-10 check digit: a blurred, half-resolution read can pass it and still be wrong.
bool isRetailLinear(ZXing::BarcodeFormat f)
{
    return f == ZXing::BarcodeFormat::EAN13 || f == ZXing::BarcodeFormat::UPCA
        || f == ZXing::BarcodeFormat::EAN8;
}

/// Reads the rows of the region where the half-resolution pass found a retail code again at full resolution;
/// accepts only the same text.
bool confirmedAtFullResolution(const BarcodeReader::Luma &image, QRect region, const ZXing::Result &fastRead,
    const ZXing::DecodeHints &hints)
{
    int top = region.bottom();
    int bottom = region.top();
    for (const auto &point : fastRead.position()) {
        top = std::min(top, region.top() + 2 * point.y);
        bottom = std::max(bottom, region.top() + 2 * point.y);
    }
    const QRect rows = QRect(region.left(), top - 24, region.width(), bottom - top + 48).intersected(region);
    if (rows.height() < 8)
        return false;
    const Plane full = copyRegion(image, rows, 1);
    const auto again = ZXing::ReadBarcode(full.view(), hints);
    return again.isValid() && again.text() == fastRead.text();
}

/// A read from a pass, with the plane it was read on (for its position in the frame).
struct PlaneRead
{
    ZXing::Result result;
    Plane plane;
};

/// ZXing's read of one picture a pass made, when acceptable, with the picture (its toRegion places the code).
std::optional<PlaneRead> readPlane(const Plane &plane, const ZXing::DecodeHints &hints)
{
    if (auto result = ZXing::ReadBarcode(plane.view(), hints); acceptable(result))
        return PlaneRead { result, plane };
    return std::nullopt;
}

/// Proposed crops smaller than this are always enlarged; above LargeCrop never (modules that large need no
/// more pixels).
constexpr int SmallCrop = 120;
constexpr int LargeCrop = 400;

/// The proposed regions of the full-resolution plane (proposeRegions), made once a frame when a pass first
/// asks for them.
using Proposals = std::function<const std::vector<QRect> &()>;

/// Pass Proposed: QR and DataMatrix in each proposed region, each tried as a few pictures made for one
/// impairment, in turn: as it is (enlarged when small), inkjet dots closed into solid modules, moiré
/// smoothed, an overbright screen's bright end spread, blur sharpened, contrast normalised, a dark-mode
/// screen inverted.
std::optional<PlaneRead> readProposedMatrix(const Plane &full, const Proposals &proposals,
    ScanProfile::Symbologies symbologies, ZXing::DecodeHints hints)
{
    const ZXing::BarcodeFormats formats = zxingFormats(symbologies & matrixCodes);
    if (formats.empty())
        return std::nullopt;
    hints.setFormats(formats);
    const bool dataMatrix = formats.testFlag(ZXing::BarcodeFormat::DataMatrix);
    const bool qrCode = formats.testFlag(ZXing::BarcodeFormat::QRCode);
    const auto read = [&](const Plane &variant) { return readPlane(variant, hints); };
    for (const QRect &r : proposals()) {
        const Plane plane = crop(full, r);
        const bool small = std::max(plane.width, plane.height) < SmallCrop;
        const bool enlargeable = std::max(plane.width, plane.height) <= LargeCrop;
        const auto enlarged = [](const Plane &p) { return enlarge(p, 2, 2); };
        // As it is, then (DataMatrix) with an inkjet print's dots joined across gaps of up to two pixels.
        for (int radius = 0; radius <= (dataMatrix ? 2 : 0); ++radius) {
            const Plane variant = radius ? closeDots(plane, radius) : plane;
            if (auto found = read(small ? enlarged(variant) : variant))
                return found;
        }
        if (qrCode) {
            // A phone screen: the camera's pixel grid beating against the screen's (moiré) smoothed away,
            // and the small modules of a long token enlarged.
            const Plane smoothed = boxBlur(plane, 1);
            if (auto found = read(enlargeable ? enlarged(smoothed) : smoothed))
                return found;
            // An overbright screen, its dark modules washed to a light grey.
            const Plane spread = spreadBrightEnd(plane);
            if (auto found = read(enlargeable ? enlarged(spread) : spread))
                return found;
        }
        // Focus or motion blur: the edges steepened again, at twice the resolution when that is affordable.
        const auto sharpened
            = [&](const Plane &p) { return enlargeable ? sharpen(enlarged(p), 4) : sharpen(p, 2); };
        if (auto found = read(sharpened(plane)))
            return found;
        // Faded print, a dim screen or glare across the code: contrast normalised locally, then smoothed.
        Plane normalised = normaliseContrast(plane, 12);
        if (auto found = read(enlargeable ? boxBlur(enlarged(normalised), 2) : boxBlur(normalised, 1)))
            return found;
        if (qrCode) {
            // A dark-mode screen the whole-frame Inverted pass missed for glare, an uneven backlight or blur.
            invert(normalised);
            if (auto found = read(sharpened(normalised)))
                return found;
        }
    }
    return std::nullopt;
}

/// Pass Smoothed: DataMatrix in each proposed region smoothed into grey modules, for dots too small or too
/// far apart for pass Proposed's closing to join and for codes blurred into specks: smoothed over half a
/// module and about one, as it is and with the nearest dots joined, then over a module at twice the size.
/// A small crop is also tried as it is with the dots joined, which ZXing's detector sometimes traces where
/// the enlarged picture fails. A region at the frame's edge is grown past it (crop fills a quiet zone).
std::optional<PlaneRead> readSmoothed(const Plane &full, const Proposals &proposals,
    ScanProfile::Symbologies symbologies, ZXing::DecodeHints hints)
{
    constexpr int QuietZone = 8; // pixels added past the frame's edge
    if (!(symbologies & Symbology::DataMatrix))
        return std::nullopt;
    hints.setFormats(ZXing::BarcodeFormat::DataMatrix);
    const auto stretched = [](Plane p) {
        stretch(p);
        return p;
    };
    const QRect frame(0, 0, full.width, full.height);
    for (const QRect &r : proposals()) {
        // Grown past each side on the frame's edge.
        const QRect grown
            = r.adjusted(r.left() == frame.left() ? -QuietZone : 0, r.top() == frame.top() ? -QuietZone : 0,
                r.right() == frame.right() ? QuietZone : 0, r.bottom() == frame.bottom() ? QuietZone : 0);
        const Plane plane = crop(full, grown);
        if (std::max(plane.width, plane.height) > LargeCrop)
            continue; // modules that large are solid enough for pass Proposed
        const bool small = std::max(plane.width, plane.height) < SmallCrop;
        const Plane joined = closeDots(plane, 1);
        for (const Plane *variant : { &plane, &joined })
            for (int radius = small ? 0 : 1; radius <= 2; ++radius)
                if (auto found = readPlane(radius ? stretched(boxBlur(*variant, radius)) : *variant, hints))
                    return found;
        if (auto found = readPlane(stretched(enlarge(boxBlur(plane, 2), 2, 2)), hints))
            return found;
    }
    return std::nullopt;
}

/// Pass Unsmeared: QR and DataMatrix in each proposed region whose gradients run mostly one way, a code
/// that moved while the shutter was open: turned so that the smear runs down the columns, the smear undone
/// (MotionBlur), read as it is and enlarged (the modules of a screen at arm's length are about 3 pixels,
/// too few for ZXing's binariser once turned).
std::optional<PlaneRead> readUnsmeared(const Plane &full, const Proposals &proposals,
    ScanProfile::Symbologies symbologies, ZXing::DecodeHints hints)
{
    const ZXing::BarcodeFormats formats = zxingFormats(symbologies & matrixCodes);
    if (formats.empty())
        return std::nullopt;
    hints.setFormats(formats);
    for (const QRect &r : proposals()) {
        const Plane plane = crop(full, r);
        const auto across = barAngle(plane, motionblur::MinimumCoherence);
        if (!across)
            continue;
        const auto length = motionblur::smearLength(
            plane.pixels.data(), plane.width, plane.height, plane.width, *across + 90);
        if (!length)
            continue;
        // Turned so that the gradients run across the rows and the smear down the columns.
        Plane level = rotated(plane, *across);
        motionblur::undoDownColumns(level.pixels.data(), level.width, level.height, *length);
        if (auto found = readPlane(level, hints))
            return found;
        if (auto found = readPlane(enlarge(level, 2, 2), hints))
            return found;
    }
    return std::nullopt;
}

/// Pass ProposedLevelled: 1D codes in each proposed region, turned level, contrast normalised locally and,
/// when the modules are about a pixel wide, stretched across.
std::optional<PlaneRead> readProposedLinear(const Plane &full, const Proposals &proposals,
    ScanProfile::Symbologies symbologies, ZXing::DecodeHints hints)
{
    const ZXing::BarcodeFormats formats = zxingFormats(symbologies & ~matrixCodes);
    if (formats.empty())
        return std::nullopt;
    hints.setFormats(formats).setTryDownscale(false);
    for (const QRect &r : proposals()) {
        // A crop holds the label's edges and printed text too: one direction need dominate less.
        Plane plane = crop(full, r);
        if (Plane level = deskew(plane, 0.3); !level.pixels.empty())
            plane = std::move(level);
        if (meanRun(plane) < 2.5)
            plane = enlarge(plane, 2, 1);
        if (auto found = readPlane(plane, hints))
            return found;
        if (auto found = readPlane(normaliseContrast(plane, 12), hints))
            return found;
    }
    return std::nullopt;
}

/// Pass Zbar: every scan line of each proposed region as it is, then turned level (zbar scans only across
/// and down). The whole region is not scanned: it was the pipeline's slowest step (p99 46 ms) and, since the
/// bar-aligned pass, read nothing on the hard set that the proposals miss.
std::optional<DecodedBarcode> readZbar(
    const Plane &full, const Proposals &proposals, ScanProfile::Symbologies symbologies)
{
    const auto read = [&](const Plane &plane) {
        auto r = ZbarProductReader().read(plane.pixels.data(), plane.width, plane.height, symbologies, 1);
        if (r)
            r->position = plane.toRegion.map(r->position);
        return r;
    };
    for (const QRect &r : proposals()) {
        const Plane plane = crop(full, r);
        if (auto found = read(plane))
            return found;
        if (const Plane level = deskew(plane, 0.3); !level.pixels.empty())
            if (auto found = read(level))
                return found;
    }
    return std::nullopt;
}

DecodedBarcode toDecoded(const ZXing::Result &r, QRect region, const Plane &plane, int pass)
{
    DecodedBarcode d;
    d.format = QString::fromStdString(ZXing::ToString(r.format()));
    const std::string symbology = r.symbologyIdentifier();
    const bool gs1 = symbology == "]d2" || symbology == "]C1" || symbology == "]Q3" || symbology == "]e0";
    d.text = QString::fromStdString(gs1 ? symbology + r.text() : r.text());
    for (const auto &point : r.position())
        d.position.append(region.topLeft() + plane.toRegion.map(QPoint(point.x, point.y)));
    d.pass = pass;
    return d;
}

/// Where a strip's bars lie in the frame.
QPolygon barsInFrame(const BarStrip &strip, const Plane &full, QRect region)
{
    const QTransform toFrame
        = strip.toSource * full.toRegion * QTransform::fromTranslate(region.left(), region.top());
    return toFrame.mapToPolygon(QRect(strip.barsFrom, 0, strip.barsTo - strip.barsFrom, strip.height));
}

/// The 13 digits of an EAN-13 or UPC-A read, or nothing for any other code.
std::optional<std::string> productDigits(const DecodedBarcode &d)
{
    if (d.format == u"EAN-13")
        return d.text.toStdString();
    if (d.format == u"UPC-A")
        return "0" + d.text.toStdString();
    return std::nullopt;
}

/// Whether the profile decoder reads another EAN-13/UPC-A number than `digits` from bars near `where`.
/// ZXing's row decoder and zbar, like patterns alone, can swap 1s and 7s or 2s and 8s under print gain or
/// blur and keep the check digit valid; the profile decoder settles twins by their ink
/// (ProductProfileDecoder). Where it reads nothing it has no say.
bool contradictedByProfile(const std::vector<BarStrip> &strips, const Plane &full, QRect region,
    const std::string &digits, QRect where)
{
    where.adjust(-8, -8, 8, 8); // a 1D read's position may be a line
    for (const BarStrip &strip : strips) {
        if (!barsInFrame(strip, full, region).boundingRect().intersects(where))
            continue;
        if (const auto other = ProductProfileDecoder::read(strip); other && *other != digits)
            return true;
    }
    return false;
}

/// An EAN-13/UPC-A (ProductProfileDecoder) or Code 128 (Code128ProfileDecoder) read from a strip's grey
/// profile, whichever the screen expects; its position and pass are left to the caller.
std::optional<DecodedBarcode> readProfile(const BarStrip &strip, ScanProfile::Symbologies symbologies)
{
    DecodedBarcode d;
    const bool products = symbologies.testFlag(Symbology::Ean13) || symbologies.testFlag(Symbology::UpcA);
    if (const auto digits = products ? ProductProfileDecoder::read(strip) : std::nullopt) {
        if (digits->front() == '0' && symbologies.testFlag(Symbology::UpcA)) {
            d.format = QStringLiteral("UPC-A");
            d.text = QString::fromStdString(digits->substr(1));
        } else if (symbologies.testFlag(Symbology::Ean13)) {
            d.format = QStringLiteral("EAN-13");
            d.text = QString::fromStdString(*digits);
        }
    }
    if (d.format.isEmpty() && symbologies.testFlag(Symbology::Code128)) {
        if (const auto read = Code128ProfileDecoder::read(strip)) {
            d.format = QStringLiteral("Code128");
            d.text = QString::fromStdString(*read);
        }
    }
    if (d.format.isEmpty())
        return std::nullopt;
    return d;
}

/// Pass BarAligned: each patch of parallel bars resampled across them (BarStrips) and read by ZXing as it is
/// and deblurred, then symbol by symbol from its grey profile (ProductProfileDecoder for EAN-13/UPC-A,
/// Code128ProfileDecoder).
std::optional<DecodedBarcode> readBarAligned(const std::vector<BarStrip> &strips, const Plane &full,
    QRect region, ScanProfile::Symbologies symbologies, ZXing::DecodeHints hints, int pass)
{
    const ZXing::BarcodeFormats formats = zxingFormats(symbologies & ~matrixCodes);
    if (formats.empty())
        return std::nullopt;
    hints.setFormats(formats).setTryRotate(false).setTryDownscale(false);
    const auto toPlane = [&](BarStrip strip) {
        Plane p;
        p.pixels = std::move(strip.pixels);
        p.width = strip.width;
        p.height = strip.height;
        p.toRegion = strip.toSource * full.toRegion;
        return p;
    };
    for (const BarStrip &strip : strips) {
        for (const Plane &plane : { toPlane(strip), toPlane(BarStrips::binarised(strip)) }) {
            if (auto result = ZXing::ReadBarcode(plane.view(), hints); acceptable(result))
                return toDecoded(result, region, plane, pass);
        }
        if (auto d = readProfile(strip, symbologies)) {
            d->position = barsInFrame(strip, full, region);
            d->pass = pass;
            return d;
        }
    }
    return std::nullopt;
}

/// Passes UnsmearedBarsShort and UnsmearedBarsLong: the biggest bar strip with a smear of `length` samples
/// across its bars undone (BarStrips::unsmeared) and read from its grey profile. A code moved across its
/// bars, or out of focus by a module or two, keeps too little of its narrow bars for the profile decoders;
/// undone, they come back. The true smear is not known, and deconvolution can make bars of its own (ringing):
/// a read counts only when the lengths next to `length` read the same, three in a row, and no length tried
/// reads anything else.
std::optional<DecodedBarcode> readUnsmearedBars(const std::vector<BarStrip> &strips, const Plane &full,
    QRect region, ScanProfile::Symbologies symbologies, int length)
{
    if (strips.empty() || !(symbologies & profiledCodes))
        return std::nullopt;
    const BarStrip &strip = strips.front();
    std::map<int, std::optional<DecodedBarcode>> reads; // by smear length
    const auto readAt = [&](int at) -> const std::optional<DecodedBarcode> & {
        auto found = reads.find(at);
        if (found == reads.end())
            found = reads.emplace(at, readProfile(BarStrips::unsmeared(strip, at), symbologies)).first;
        return found->second;
    };
    const std::optional<DecodedBarcode> d = readAt(length);
    if (!d)
        return std::nullopt;
    const auto agrees = [&](int at) {
        const auto &other = readAt(at);
        return other && other->text == d->text && other->format == d->format;
    };
    const bool threeInARow = (agrees(length - 1) && agrees(length + 1))
        || (agrees(length + 1) && agrees(length + 2)) || (agrees(length - 1) && agrees(length - 2));
    const bool alone = std::all_of(reads.begin(), reads.end(),
        [&](const auto &tried) { return !tried.second || tried.second->text == d->text; });
    if (!threeInARow || !alone)
        return std::nullopt;
    DecodedBarcode found = *d;
    found.position = barsInFrame(strip, full, region);
    return found;
}

} // namespace

std::optional<DecodedBarcode> BarcodeReader::read(
    const QImage &image, const ScanProfile &profile, int maxExtraPasses, int firstExtraPass) const
{
    const QImage grey = image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
    return read(Luma { grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()), 1 }, profile,
        maxExtraPasses, firstExtraPass);
}

std::optional<DecodedBarcode> BarcodeReader::read(
    const Luma &image, const ScanProfile &profile, int maxExtraPasses, int firstExtraPass) const
{
    if (!image.data || image.width < 16 || image.height < 16 || !profile.symbologies)
        return std::nullopt;
    QRect region(0, 0, image.width, image.height);
    if (!profile.region.isEmpty()) {
        region = QRect(int(profile.region.x() * image.width), int(profile.region.y() * image.height),
            int(profile.region.width() * image.width), int(profile.region.height() * image.height))
                     .intersected(region);
        if (region.width() < 16 || region.height() < 16)
            return std::nullopt;
    }

    ZXing::DecodeHints hints;
    hints.setFormats(zxingFormats(profile.symbologies));
    hints.setValidateITFCheckSum(true);

    // Made at most once per frame, when a pass first needs them: the region at full resolution, its
    // isolated ink (IsolatedInk reads it, Deskewed turns it level), where codes may be in it (the proposals
    // passes and zbar crop those) and its bar strips (BarAligned reads them; they check EAN/UPC reads).
    std::optional<Plane> fullResolution;
    std::optional<Plane> ink;
    std::optional<std::vector<QRect>> regions;
    std::optional<std::vector<BarStrip>> barStrips;
    const int fastFactor = region.width() >= 960 ? 2 : 1;
    const Plane fast = copyRegion(image, region, fastFactor);
    auto full = [&]() -> const Plane & {
        if (!fullResolution)
            fullResolution = fastFactor == 1 ? fast : copyRegion(image, region, 1);
        return *fullResolution;
    };
    auto isolated = [&]() -> const Plane & {
        if (!ink)
            ink = isolateInk(full());
        return *ink;
    };
    const Proposals proposals = [&]() -> const std::vector<QRect> & {
        if (!regions)
            regions = proposeRegions(full(), 3);
        return *regions;
    };
    auto strips = [&]() -> const std::vector<BarStrip> & {
        if (!barStrips)
            barStrips = BarStrips::find(full().pixels.data(), full().width, full().height, 3);
        return *barStrips;
    };
    const auto contradicted = [&](const DecodedBarcode &d) {
        const auto digits = productDigits(d);
        if (!digits || !contradictedByProfile(strips(), full(), region, *digits, d.position.boundingRect()))
            return false;
        qCDebug(lcDecode) << d.format << d.text << "from pass" << d.pass << "contradicted by its profile";
        return true;
    };

    // The fast pass: half resolution for frames wider than a phone-held code ever needs, no rotation.
    hints.setTryHarder(false).setTryRotate(false).setTryDownscale(false);
    if (auto r = ZXing::ReadBarcode(fast.view(), hints); acceptable(r)) {
        if (fastFactor == 1 || !isRetailLinear(r.format())
            || confirmedAtFullResolution(image, region, r, hints)) {
            if (DecodedBarcode d = toDecoded(r, region, fast, 0); !contradicted(d))
                return d;
        } else {
            qCDebug(lcDecode) << "fast-pass read not confirmed at full resolution";
        }
    }

    // A read from a picture one of the proposal passes made, placed in the frame.
    const auto decoded
        = [&](const std::optional<PlaneRead> &found, ExtraPass pass) -> std::optional<DecodedBarcode> {
        if (!found)
            return std::nullopt;
        return toDecoded(found->result, region, found->plane, pass + 1);
    };

    // One extra pass's read, before the profile check.
    const auto readPass = [&](ExtraPass pass) -> std::optional<DecodedBarcode> {
        switch (pass) {
        case Zbar: {
            auto r = readZbar(full(), proposals, profile.symbologies);
            if (r)
                r->position.translate(region.topLeft());
            return r;
        }
        case BarAligned:
            return readBarAligned(strips(), full(), region, profile.symbologies, hints, pass + 1);
        case Proposed:
            return decoded(readProposedMatrix(full(), proposals, profile.symbologies, hints), pass);
        case ProposedLevelled:
            return decoded(readProposedLinear(full(), proposals, profile.symbologies, hints), pass);
        case Unsmeared:
            return decoded(readUnsmeared(full(), proposals, profile.symbologies, hints), pass);
        case Smoothed:
            return decoded(readSmoothed(full(), proposals, profile.symbologies, hints), pass);
        case UnsmearedBarsShort:
        case UnsmearedBarsLong:
            return readUnsmearedBars(strips(), full(), region, profile.symbologies,
                pass == UnsmearedBarsShort ? ShortBarSmear : LongBarSmear);
        default:
            break;
        }
        Plane changed; // the pass's own copy, for the passes that change the picture
        const Plane *plane = &full();
        if (pass == Inverted) {
            changed = full();
            invert(changed);
            plane = &changed;
        } else if (pass == IsolatedInk) {
            plane = &isolated();
        } else if (pass == Deskewed) {
            if ((changed = deskew(isolated())).pixels.empty())
                return std::nullopt; // not tilted: pass IsolatedInk reads it as it is
            plane = &changed;
        }
        if (auto r = ZXing::ReadBarcode(plane->view(), hints); acceptable(r))
            return toDecoded(r, region, *plane, pass + 1);
        return std::nullopt;
    };

    hints.setTryHarder(true).setTryRotate(true).setTryDownscale(true);
    for (int i = 0; i < std::min(maxExtraPasses, ExtraPassCount); ++i) {
        const auto pass = ExtraPass((firstExtraPass + i) % ExtraPassCount);
        if (pass == Inverted && !hasMatrixCodes(profile.symbologies))
            continue; // dark-mode screens show QR/DataMatrix; printed 1D codes are never inverted
        if (pass == Zbar && !ZbarProductReader::covers(profile.symbologies))
            continue; // zbar is asked only for product codes: it misreads ITF and Code 128
        auto d = readPass(pass);
        if (!d)
            continue;
        d->pass = pass + 1;
        if (contradicted(*d))
            continue;
        d->needsConfirmation = needsConfirmation(pass);
        d->byZbar = pass == Zbar;
        qCDebug(lcDecode) << "found by extra pass" << pass + 1;
        return d;
    }
    return std::nullopt;
}

} // namespace kiosk::camera
