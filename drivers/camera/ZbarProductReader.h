#pragma once

#include "camera/DecodedBarcode.h"
#include "camera/ScanProfile.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace kiosk::camera {

/// libzbar as the last resort for retail product codes (EAN-13, UPC-A, EAN-8) only: it reads some blurred
/// UPC/EAN frames ZXing misses, but misreads ITF and Code 128, so it is never asked for anything else. Reads
/// come back as ZXing reports them (format name, UPC-A as 12 digits) and only with a valid check digit and
/// several agreeing scan lines. Stateless (a scanner per call), safe from any thread.
class ZbarProductReader
{
public:
    /// Scan lines that must agree on a read before it is believed.
    static constexpr int MinimumQuality = 3;

    /// Whether the symbologies include a product code this reader can look for.
    static bool covers(ScanProfile::Symbologies symbologies);
    /// GS1 mod-10 over all digits (the last is the check digit); false for anything but 8, 12 or 13 digits.
    static bool hasValidCheckDigit(std::string_view digits);

    /// Reads a tightly packed 8-bit grey image; `symbologies` beyond EAN-13/UPC-A/EAN-8 are ignored.
    /// `lineStep` 2 scans every other line each way (half the cost; a readable code spans many lines).
    std::optional<DecodedBarcode> read(const uint8_t *pixels, int width, int height,
        ScanProfile::Symbologies symbologies, int lineStep = 2) const;
};

} // namespace kiosk::camera
