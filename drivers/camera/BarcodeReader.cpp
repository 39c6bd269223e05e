#include "BarcodeReader.h"

#include "ZbarProductReader.h"

#include <ZXing/ReadBarcode.h>

#include <QLoggingCategory>
#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>
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

bool hasMatrixCodes(ScanProfile::Symbologies s)
{
    return s.testFlag(Symbology::QrCode) || s.testFlag(Symbology::DataMatrix);
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
std::optional<double> barAngle(const Plane &p)
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
    if (coherence < 0.5)
        return std::nullopt; // no one direction: a 2D code, or nothing
    return 0.5 * std::atan2(2 * xy, xx - yy) * 180 / M_PI;
}

/// Turns a tilted 1D code level (bilinear, white outside): ZXing's row scanner needs each row to cross every
/// bar, which at 20 degrees a long ITF no longer does. Empty when the code is level already.
Plane deskew(const Plane &p)
{
    constexpr double MinimumTilt = 4;
    const auto angle = barAngle(p);
    if (!angle || std::abs(*angle) < MinimumTilt || std::abs(*angle) > 90 - MinimumTilt)
        return {};
    const QTransform rotation = QTransform().rotate(-*angle);
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

    // The fast pass: half resolution for frames wider than a phone-held code ever needs, no rotation.
    const int fastFactor = region.width() >= 960 ? 2 : 1;
    const Plane fast = copyRegion(image, region, fastFactor);
    hints.setTryHarder(false).setTryRotate(false).setTryDownscale(false);
    if (auto r = ZXing::ReadBarcode(fast.view(), hints); acceptable(r)) {
        if (fastFactor == 1 || !isRetailLinear(r.format())
            || confirmedAtFullResolution(image, region, r, hints))
            return toDecoded(r, region, fast, 0);
        qCDebug(lcDecode) << "fast-pass read not confirmed at full resolution";
    }

    hints.setTryHarder(true).setTryRotate(true).setTryDownscale(true);
    // Made at most once per frame, when a pass first needs them: the region at full resolution, and
    // its isolated ink (IsolatedInk reads it, Deskewed turns it level).
    std::optional<Plane> fullResolution;
    std::optional<Plane> ink;
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
    for (int i = 0; i < std::min(maxExtraPasses, ExtraPassCount); ++i) {
        const auto pass = ExtraPass((firstExtraPass + i) % ExtraPassCount);
        if (pass == Inverted && !hasMatrixCodes(profile.symbologies))
            continue; // dark-mode screens show QR/DataMatrix; printed 1D codes are never inverted
        if (pass == Zbar && !ZbarProductReader::covers(profile.symbologies))
            continue; // zbar is asked only for product codes: it misreads ITF and Code 128
        if (pass == Zbar) {
            const Plane &plane = full();
            auto r = ZbarProductReader().read(
                plane.pixels.data(), plane.width, plane.height, profile.symbologies);
            if (!r)
                continue;
            r->position.translate(region.topLeft());
            r->pass = pass + 1;
            qCDebug(lcDecode) << "found by the zbar product pass";
            return r;
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
                continue; // not tilted: pass IsolatedInk reads it as it is
            plane = &changed;
        }
        if (auto r = ZXing::ReadBarcode(plane->view(), hints); acceptable(r)) {
            qCDebug(lcDecode) << "found by extra pass" << pass + 1;
            return toDecoded(r, region, *plane, pass + 1);
        }
    }
    return std::nullopt;
}

} // namespace kiosk::camera
