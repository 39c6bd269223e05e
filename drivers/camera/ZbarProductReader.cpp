// zbar's C++ wrappers clash with names Qt headers define: it comes first.
#include <zbar.h>

#include "ZbarProductReader.h"
#include "codes/CodeParser.h"

#include <array>
#include <memory>
#include <utility>

namespace kiosk::camera {

namespace {

using Symbology = ScanProfile::Symbology;

struct ScannerDeleter
{
    void operator()(zbar::zbar_image_scanner_t *s) const { zbar::zbar_image_scanner_destroy(s); }
};
struct ImageDeleter
{
    void operator()(zbar::zbar_image_t *i) const { zbar::zbar_image_destroy(i); }
};

/// ZXing's names for the formats, so a zbar read looks like any other to the rest of the kiosk.
const char *formatName(zbar::zbar_symbol_type_t type)
{
    switch (type) {
    case zbar::ZBAR_EAN13:
        return "EAN-13";
    case zbar::ZBAR_UPCA:
        return "UPC-A";
    case zbar::ZBAR_EAN8:
        return "EAN-8";
    default:
        return nullptr;
    }
}

} // namespace

bool ZbarProductReader::covers(ScanProfile::Symbologies symbologies)
{
    return symbologies.testFlag(Symbology::Ean13) || symbologies.testFlag(Symbology::UpcA)
        || symbologies.testFlag(Symbology::Ean8);
}

bool ZbarProductReader::hasValidCheckDigit(std::string_view digits)
{
    if (digits.size() != 8 && digits.size() != 12 && digits.size() != 13)
        return false;
    const QString text = QString::fromLatin1(digits.data(), qsizetype(digits.size()));
    return text.back().isDigit()
        && codes::CodeParser::gs1CheckDigit(QStringView(text).chopped(1)) == text.back().unicode() - u'0';
}

std::optional<DecodedBarcode> ZbarProductReader::read(
    const uint8_t *pixels, int width, int height, ScanProfile::Symbologies symbologies, int lineStep) const
{
    if (!pixels || width <= 0 || height <= 0 || !covers(symbologies))
        return std::nullopt;
    const std::unique_ptr<zbar::zbar_image_scanner_t, ScannerDeleter> scanner(
        zbar::zbar_image_scanner_create());
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_X_DENSITY, lineStep);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_Y_DENSITY, lineStep);
    // With UPC-A enabled zbar reports it as 12 digits, as ZXing does; without, as EAN-13 with a leading 0.
    const std::array<std::pair<Symbology, zbar::zbar_symbol_type_t>, 3> map { {
        { Symbology::Ean13, zbar::ZBAR_EAN13 },
        { Symbology::UpcA, zbar::ZBAR_UPCA },
        { Symbology::Ean8, zbar::ZBAR_EAN8 },
    } };
    for (const auto &[ours, theirs] : map)
        if (symbologies.testFlag(ours))
            zbar::zbar_image_scanner_set_config(scanner.get(), theirs, zbar::ZBAR_CFG_ENABLE, 1);

    const std::unique_ptr<zbar::zbar_image_t, ImageDeleter> image(zbar::zbar_image_create());
    zbar::zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(image.get(), unsigned(width), unsigned(height));
    zbar::zbar_image_set_data(image.get(), pixels, size_t(width) * size_t(height), nullptr);
    if (zbar::zbar_scan_image(scanner.get(), image.get()) <= 0)
        return std::nullopt;
    for (const zbar::zbar_symbol_t *s = zbar::zbar_image_first_symbol(image.get()); s;
         s = zbar::zbar_symbol_next(s)) {
        const char *format = formatName(zbar::zbar_symbol_get_type(s));
        const std::string_view text(zbar::zbar_symbol_get_data(s), zbar::zbar_symbol_get_data_length(s));
        if (!format || zbar::zbar_symbol_get_quality(s) < MinimumQuality || !hasValidCheckDigit(text))
            continue;
        DecodedBarcode d;
        d.format = QString::fromLatin1(format);
        d.text = QString::fromLatin1(text.data(), qsizetype(text.size()));
        for (unsigned i = 0; i < zbar::zbar_symbol_get_loc_size(s); ++i)
            d.position.append(QPoint(zbar::zbar_symbol_get_loc_x(s, i), zbar::zbar_symbol_get_loc_y(s, i)));
        return d;
    }
    return std::nullopt;
}

} // namespace kiosk::camera
