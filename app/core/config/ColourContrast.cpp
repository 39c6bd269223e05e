#include "ColourContrast.h"

#include <cmath>

namespace kiosk::ColourContrast {

namespace {
double linear(unsigned int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
} // namespace

double relativeLuminance(unsigned int rgb)
{
    return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff)
        + 0.0722 * linear(rgb & 0xff);
}

double ratio(unsigned int a, unsigned int b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double textMinimum(double pixelSize, bool bold)
{
    // 18 pt and 14 pt at 96 px per inch.
    return pixelSize >= 24.0 - 0.01 || (bold && pixelSize >= 18.66) ? LargeTextMinimum : TextMinimum;
}

std::optional<unsigned int> parseHex(QStringView text)
{
    if (text.size() != 7 || text.front() != u'#')
        return std::nullopt;
    for (const QChar c : text.mid(1))
        if (!c.isDigit() && !QStringView(u"abcdefABCDEF").contains(c))
            return std::nullopt;
    return text.mid(1).toUInt(nullptr, 16);
}

QString format(double ratio)
{
    return QString::number(std::floor(ratio * 10) / 10, 'f', 1) + QStringLiteral(":1");
}

} // namespace kiosk::ColourContrast
