#include "BarStrips.h"

#include "MotionBlur.h"

#include <QPoint>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <functional>

namespace kiosk::camera {

namespace {

constexpr int Cell = 12; // pixels per side of the cells the gradient is summed over
constexpr double MinimumEnergy = 150; // mean squared gradient in a cell with bars (sensor noise gives ~100)
// The same, for a frame where no patch of cells over MinimumEnergy makes a strip: a faint, low-contrast or
// blurred code, its gradient barely above the sensor noise's (which the coherence still rules out). Not for
// every frame: a bigger patch around a code that already makes a strip was misread (docs/codes.md).
constexpr double FaintEnergy = 100;
constexpr double MinimumCoherence = 0.55; // how much one gradient direction dominates a cell with bars
constexpr double MaximumTurn = 20 * M_PI / 180; // between neighbouring cells of one code (curl, perspective)
constexpr int MinimumCells = 4;
constexpr int MinimumAcross = 3 * Cell; // pixels across the bars: a 1D code is at least 60 modules
constexpr int MaximumSplit = 3 * Cell; // pixels between two patches of one code that blur split apart
constexpr size_t MaximumJoinable = 12; // the biggest patches, looked at for the halves of a split code
constexpr int AlongBars = 3; // pixels averaged along the bars on each side of a sample
constexpr int MaximumRows = 24;

/// The structure tensor of the grey gradient summed over one cell.
struct Tensor
{
    double xx = 0;
    double yy = 0;
    double xy = 0;
    /// The gradient's direction (across the bars), in (-pi/2, pi/2].
    double angle() const { return 0.5 * std::atan2(2 * xy, xx - yy); }
    double coherence() const { return std::hypot(xx - yy, 2 * xy) / std::max(1.0, xx + yy); }
};

double turn(double a, double b)
{
    const double d = std::fmod(std::abs(a - b), M_PI);
    return std::min(d, M_PI - d);
}

double sample(const uint8_t *pixels, int width, int height, double x, double y)
{
    x = std::clamp(x, 0.0, width - 1.001);
    y = std::clamp(y, 0.0, height - 1.001);
    const int x0 = int(x);
    const int y0 = int(y);
    const double fx = x - x0;
    const double fy = y - y0;
    const uint8_t *a = pixels + size_t(y0) * size_t(width) + size_t(x0);
    const uint8_t *b = a + width;
    return (a[0] * (1 - fx) + a[1] * fx) * (1 - fy) + (b[0] * (1 - fx) + b[1] * fx) * fy;
}

/// One patch of cells whose bars run the same way.
struct Patch
{
    std::vector<QPoint> cells; ///< each cell's top-left pixel
    Tensor sum;
};

std::vector<Patch> findPatches(const uint8_t *pixels, int width, int height, double minimumEnergy)
{
    const int columns = (width - 2) / Cell;
    const int rows = (height - 2) / Cell;
    std::vector<Tensor> tensors(size_t(columns) * size_t(rows));
    std::vector<char> barred(tensors.size());
    for (int cy = 0; cy < rows; ++cy) {
        for (int cx = 0; cx < columns; ++cx) {
            Tensor t;
            for (int y = 1 + cy * Cell; y < 1 + (cy + 1) * Cell; ++y) {
                const uint8_t *row = pixels + size_t(y) * size_t(width);
                for (int x = 1 + cx * Cell; x < 1 + (cx + 1) * Cell; ++x) {
                    // Both at the centre of a 2x2 block, so they pair up on diagonal bars; a central
                    // difference would cancel bars one pixel wide.
                    const uint8_t *below = row + width;
                    const double gx = (row[x + 1] + below[x + 1] - row[x] - below[x]) / 2.0;
                    const double gy = (below[x] + below[x + 1] - row[x] - row[x + 1]) / 2.0;
                    t.xx += gx * gx;
                    t.yy += gy * gy;
                    t.xy += gx * gy;
                }
            }
            const size_t at = size_t(cy) * size_t(columns) + size_t(cx);
            tensors[at] = t;
            const double energy = (t.xx + t.yy) / (Cell * Cell);
            barred[at] = energy > minimumEnergy && t.coherence() > MinimumCoherence;
        }
    }
    std::vector<Patch> patches;
    std::vector<int> stack;
    for (int start = 0; start < columns * rows; ++start) {
        if (!barred[size_t(start)])
            continue;
        Patch patch;
        barred[size_t(start)] = 0;
        stack.push_back(start);
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            patch.cells.emplace_back(1 + (at % columns) * Cell, 1 + (at / columns) * Cell);
            const Tensor &t = tensors[size_t(at)];
            patch.sum.xx += t.xx;
            patch.sum.yy += t.yy;
            patch.sum.xy += t.xy;
            const int cx = at % columns;
            const int cy = at / columns;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = cx + dx;
                    const int ny = cy + dy;
                    if (nx < 0 || ny < 0 || nx >= columns || ny >= rows)
                        continue;
                    const int next = ny * columns + nx;
                    if (barred[size_t(next)]
                        && turn(tensors[size_t(next)].angle(), t.angle()) < MaximumTurn) {
                        barred[size_t(next)] = 0;
                        stack.push_back(next);
                    }
                }
            }
        }
        if (int(patch.cells.size()) >= MinimumCells)
            patches.push_back(std::move(patch));
    }
    return patches;
}

/// The angle across the bars at which the patch's bars, averaged along their length, give the sharpest
/// profile: the gradient's mean direction is pulled off by motion blur, perspective and the label's edges.
double refineAngle(const uint8_t *pixels, int width, int height, const Patch &patch)
{
    double cx = 0;
    double cy = 0;
    for (const QPoint &cell : patch.cells) {
        cx += cell.x() + Cell / 2.0;
        cy += cell.y() + Cell / 2.0;
    }
    cx /= double(patch.cells.size());
    cy /= double(patch.cells.size());
    const double half = Cell * std::sqrt(double(patch.cells.size())) / 2; // about the patch's half size
    const int across = int(2 * half) + 2 * Cell;
    constexpr int Along = 9;
    const double angle = patch.sum.angle();
    double best = angle;
    double bestEnergy = -1;
    for (int step = -12; step <= 12; ++step) {
        const double a = angle + step * M_PI / 180;
        const double nx = std::cos(a);
        const double ny = std::sin(a);
        double energy = 0;
        double previous = 0;
        for (int u = 0; u < across; ++u) {
            const double du = u - across / 2.0;
            double sum = 0;
            for (int v = -Along; v <= Along; ++v) {
                const double dv = v * half / Along;
                sum += sample(pixels, width, height, cx + du * nx - dv * ny, cy + du * ny + dv * nx);
            }
            if (u)
                energy += (sum - previous) * (sum - previous);
            previous = sum;
        }
        if (energy > bestEnergy) {
            bestEnergy = energy;
            best = a;
        }
    }
    return best;
}

/// Where a patch lies along the axes its bars give.
struct Extent
{
    double nx = 1; ///< unit vector across the bars
    double ny = 0;
    double n0 = 0; ///< the patch's span across the bars, as positions along (nx, ny)
    double n1 = 0;
    double b0 = 0; ///< and along them, as positions along (-ny, nx) less slope times the position across
    double b1 = 0;
    double slope = 0; ///< how far the code's centre line moves along the bars per pixel across them
};

/// The patch's span across and along bars that run at `angle`, along them measured from a centre line of
/// `slope`.
Extent span(const Patch &patch, double angle, double slope = 0)
{
    Extent e { std::cos(angle), std::sin(angle), 1e9, -1e9, 1e9, -1e9, slope };
    for (const QPoint &cell : patch.cells) {
        const int x = cell.x();
        const int y = cell.y();
        for (const auto &[px, py] :
            { std::pair { x, y }, { x + Cell, y }, { x, y + Cell }, { x + Cell, y + Cell } }) {
            const double n = px * e.nx + py * e.ny;
            const double b = -px * e.ny + py * e.nx - slope * n;
            e.n0 = std::min(e.n0, n);
            e.n1 = std::max(e.n1, n);
            e.b0 = std::min(e.b0, b);
            e.b1 = std::max(e.b1, b);
        }
    }
    return e;
}

/// Whether two patches are one code that blur split apart where a wide bar or space leaves cells with too
/// little gradient: bars that run the same way, each wide enough across them to hold bars (not a label's
/// edge), side by side across them (sharing at least half the longer one's length along them, so not a line
/// of text above the bars) with a gap of at most MaximumSplit pixels.
bool splitOfOneCode(const Patch &a, const Patch &b)
{
    if (turn(a.sum.angle(), b.sum.angle()) >= MaximumTurn)
        return false;
    const Extent ea = span(a, a.sum.angle());
    const Extent eb = span(b, a.sum.angle());
    const double shared = std::min(ea.b1, eb.b1) - std::max(ea.b0, eb.b0);
    const double gap = std::max(ea.n0, eb.n0) - std::min(ea.n1, eb.n1);
    const bool bothBarred = std::min(ea.n1 - ea.n0, eb.n1 - eb.n0) >= MinimumAcross;
    return bothBarred && shared >= 0.5 * std::max(ea.b1 - ea.b0, eb.b1 - eb.b0) && gap >= -2 * Cell
        && gap <= MaximumSplit;
}

/// Joins the split codes (splitOfOneCode) among the biggest patches, and sorts the patches biggest first.
/// Only the biggest are looked at: a frame of checks or stripes has hundreds.
void joinSplitCodes(std::vector<Patch> &patches)
{
    const auto bigger = [](const Patch &a, const Patch &b) { return a.cells.size() > b.cells.size(); };
    std::sort(patches.begin(), patches.end(), bigger);
    const size_t considered = std::min(patches.size(), MaximumJoinable);
    for (size_t i = 0; i < considered; ++i) {
        for (size_t j = i + 1; j < considered && !patches[i].cells.empty(); ++j) {
            Patch &b = patches[j];
            if (b.cells.empty() || !splitOfOneCode(patches[i], b))
                continue;
            Patch &a = patches[i];
            a.cells.insert(a.cells.end(), b.cells.begin(), b.cells.end());
            a.sum.xx += b.sum.xx;
            a.sum.yy += b.sum.yy;
            a.sum.xy += b.sum.xy;
            b.cells.clear();
        }
    }
    std::erase_if(patches, [](const Patch &p) { return p.cells.empty(); });
    std::sort(patches.begin(), patches.end(), bigger);
}

/// The slope of the patch's centre line against bars that run at `angle` (a least-squares line through its
/// cells): zero when the code's axis is square to its bars, and the lean of the bars when perspective shears
/// the label. Rows that follow it stay within the bars from the first to the last; rows square to the bars
/// would leave a sheared code's bars part way along.
double centreLineSlope(const Patch &patch, double angle)
{
    constexpr double MaximumSlope = 0.7; // 35 degrees: beyond, a patch's shape says more than its shear
    const double nx = std::cos(angle);
    const double ny = std::sin(angle);
    double sn = 0;
    double sb = 0;
    double snn = 0;
    double snb = 0;
    for (const QPoint &cell : patch.cells) {
        const double x = cell.x() + Cell / 2.0;
        const double y = cell.y() + Cell / 2.0;
        const double n = x * nx + y * ny;
        const double b = -x * ny + y * nx;
        sn += n;
        sb += b;
        snn += n * n;
        snb += n * b;
    }
    const double count = double(patch.cells.size());
    const double variance = snn / count - (sn / count) * (sn / count);
    if (variance < Cell * Cell)
        return 0;
    return std::clamp((snb / count - sn / count * sb / count) / variance, -MaximumSlope, MaximumSlope);
}

Extent extent(const uint8_t *pixels, int width, int height, const Patch &patch)
{
    const double angle = refineAngle(pixels, width, height, patch);
    return span(patch, angle, centreLineSlope(patch, angle));
}

/// For each index, the extreme of `values` within `radius` of it, the one `better` prefers: a sliding window
/// in one pass, the candidates kept in a queue from the best down.
std::vector<double> slidingExtreme(const std::vector<double> &values, int radius, auto better)
{
    const int n = int(values.size());
    std::vector<double> out(values.size());
    std::deque<int> candidates;
    for (int x = 0, next = 0; x < n; ++x) {
        for (; next < n && next <= x + radius; ++next) {
            while (!candidates.empty() && !better(values[size_t(candidates.back())], values[size_t(next)]))
                candidates.pop_back();
            candidates.push_back(next);
        }
        while (candidates.front() < x - radius)
            candidates.pop_front();
        out[size_t(x)] = values[size_t(candidates.front())];
    }
    return out;
}

BarStrip resample(const uint8_t *pixels, int width, int height, Extent e)
{
    const double nx = e.nx;
    const double ny = e.ny;
    const double bx = -ny; // along the bars
    const double by = nx;
    double n0 = e.n0;
    double n1 = e.n1;
    const double b0 = e.b0;
    const double b1 = e.b1;
    const double quiet = std::max(16.0, 0.15 * (n1 - n0)); // the quiet zones, beyond the cells with bars
    n0 -= quiet;
    n1 += quiet;
    const double perPixel = n1 - n0 < 800 ? 3 : 2;
    const double rowStep = std::max(1.0, (b1 - b0) / MaximumRows);
    BarStrip strip;
    strip.width = int((n1 - n0) * perPixel);
    strip.height = std::max(1, int((b1 - b0) / rowStep));
    strip.barsFrom = int(quiet * perPixel);
    strip.barsTo = strip.width - strip.barsFrom;
    // Across: along the code's centre line (n, b0 + slope * n); down: along the bars.
    const double cx = nx + e.slope * bx;
    const double cy = ny + e.slope * by;
    strip.toSource = QTransform(
        cx / perPixel, cy / perPixel, bx * rowStep, by * rowStep, n0 * cx + b0 * bx, n0 * cy + b0 * by);
    strip.pixels.resize(size_t(strip.width) * size_t(strip.height));
    for (int y = 0; y < strip.height; ++y) {
        for (int x = 0; x < strip.width; ++x) {
            const QPointF at = strip.toSource.map(QPointF(x, y));
            double sum = 0;
            for (int k = -AlongBars; k <= AlongBars; ++k)
                sum += sample(pixels, width, height, at.x() + k * bx, at.y() + k * by);
            strip.pixels[size_t(y) * size_t(strip.width) + size_t(x)]
                = uint8_t(sum / (2 * AlongBars + 1) + 0.5);
        }
    }
    return strip;
}

} // namespace

std::vector<BarStrip> BarStrips::find(const uint8_t *pixels, int width, int height, int maxStrips)
{
    std::vector<BarStrip> strips;
    if (width < 3 * Cell || height < 3 * Cell)
        return strips;
    for (const double minimumEnergy : { MinimumEnergy, FaintEnergy }) {
        std::vector<Patch> patches = findPatches(pixels, width, height, minimumEnergy);
        joinSplitCodes(patches);
        for (const Patch &patch : patches) {
            if (int(strips.size()) == maxStrips)
                break;
            const Extent e = extent(pixels, width, height, patch);
            if (e.n1 - e.n0 < MinimumAcross)
                continue; // one edge (a label's side, a shelf), not bars side by side
            strips.push_back(resample(pixels, width, height, e));
        }
        if (!strips.empty())
            break;
    }
    return strips;
}

BarStrip BarStrips::binarised(const BarStrip &strip)
{
    constexpr double Sharpen = 1.5; // unsharp mask gain
    constexpr int BlurRadius = 3; // of the Gaussian (sigma 1.5 samples, half a pixel) the mask subtracts
    constexpr int Window = 36; // samples each side the threshold is taken over: wider than the widest bar
    constexpr double Flat = 0.1; // of the row's range: a window that varies less is the quiet zone
    BarStrip out = strip;
    const int w = strip.width;
    std::vector<double> row(static_cast<size_t>(w));
    std::vector<double> sharp(static_cast<size_t>(w));
    std::vector<double> prefix(size_t(w) + 1);
    std::array<double, 2 * BlurRadius + 1> gaussian {};
    for (int k = -BlurRadius; k <= BlurRadius; ++k)
        gaussian[size_t(k + BlurRadius)] = std::exp(-0.5 * k * k / 2.25);
    for (int y = 0; y < strip.height; ++y) {
        const uint8_t *src = strip.pixels.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x)
            row[size_t(x)] = src[x];
        for (int x = 0; x < w; ++x) {
            double blurred = 0;
            double weights = 0;
            for (int k = -BlurRadius; k <= BlurRadius; ++k) {
                const double weight = gaussian[size_t(k + BlurRadius)];
                blurred += weight * row[size_t(std::clamp(x + k, 0, w - 1))];
                weights += weight;
            }
            sharp[size_t(x)] = row[size_t(x)] + Sharpen * (row[size_t(x)] - blurred / weights);
        }
        for (int x = 0; x < w; ++x)
            prefix[size_t(x) + 1] = prefix[size_t(x)] + sharp[size_t(x)];
        const auto [lo, hi] = std::minmax_element(sharp.begin(), sharp.end());
        const double rowRange = *hi - *lo;
        const std::vector<double> localLo = slidingExtreme(sharp, Window, std::less<> {});
        const std::vector<double> localHi = slidingExtreme(sharp, Window, std::greater<> {});
        uint8_t *dst = out.pixels.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x) {
            const int a = std::max(0, x - Window);
            const int b = std::min(w, x + Window + 1);
            const double mean = (prefix[size_t(b)] - prefix[size_t(a)]) / (b - a);
            const bool flat = localHi[size_t(x)] - localLo[size_t(x)] < Flat * rowRange;
            dst[x] = flat || sharp[size_t(x)] >= mean ? 255 : 0;
        }
    }
    return out;
}

BarStrip BarStrips::unsmeared(const BarStrip &strip, int length)
{
    BarStrip out = strip;
    motionblur::undoAlongRows(out.pixels.data(), out.width, out.height, length);
    return out;
}

} // namespace kiosk::camera
