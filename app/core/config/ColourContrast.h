#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace kiosk {

/// WCAG 2.1 contrast between two opaque sRGB colours (0xRRGGBB): the ratio of their relative
/// luminances, from 1 (the same) to 21 (black on white). Used to refuse a retailer's accent colour that
/// white text cannot be read on, and by the screen audit on every text and icon drawn.
namespace ColourContrast {

/// AA minimums: body text, large text (24 px, or 18.66 px bold) and graphics a shopper must make out.
inline constexpr double TextMinimum = 4.5;
inline constexpr double LargeTextMinimum = 3.0;
inline constexpr double GraphicMinimum = 3.0;

double relativeLuminance(unsigned int rgb);
double ratio(unsigned int a, unsigned int b);
/// What text of this pixel size needs (WCAG's large text: 18 pt, or 14 pt bold).
double textMinimum(double pixelSize, bool bold);
/// "#0b5cad" (exactly six hex digits after '#'), or nothing.
std::optional<unsigned int> parseHex(QStringView text);
/// "4.6:1".
QString format(double ratio);

} // namespace ColourContrast
} // namespace kiosk
