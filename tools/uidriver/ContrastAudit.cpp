#include "ContrastAudit.h"

#include "config/ColourContrast.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {
/// Colours closer than this to a text's own colour are taken for its glyphs, not its background.
constexpr double kSameColour = 1.15;

QString hex(unsigned int rgb)
{
    return u"#%1"_s.arg(rgb, 6, 16, QChar(u'0'));
}

/// The colour most pixels of `rect` show, leaving out those within kSameColour of `exclude` (when set).
std::optional<unsigned int> dominantColour(
    const QImage &frame, const QRect &rect, std::optional<unsigned int> exclude)
{
    QHash<unsigned int, int> counts;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(frame.constScanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const unsigned int rgb = line[x] & 0xffffff;
            if (!exclude || ColourContrast::ratio(rgb, *exclude) >= kSameColour)
                ++counts[rgb];
        }
    }
    if (counts.isEmpty())
        return std::nullopt;
    return std::max_element(counts.cbegin(), counts.cend(), [](int a, int b) { return a < b; }).key();
}

unsigned int blend(const QColor &colour, double alpha, unsigned int background)
{
    const auto mix
        = [&](int fg, unsigned int bg) { return unsigned(std::lround(fg * alpha + int(bg) * (1 - alpha))); };
    return (mix(colour.red(), (background >> 16) & 0xff) << 16)
        | (mix(colour.green(), (background >> 8) & 0xff) << 8) | mix(colour.blue(), background & 0xff);
}

QString nameOf(const QQuickItem *item)
{
    const QString text = item->property("text").toString().simplified();
    if (!item->objectName().isEmpty())
        return item->objectName();
    for (const QQuickItem *named = item->parentItem(); named; named = named->parentItem())
        if (!named->objectName().isEmpty())
            return named->objectName() + (text.isEmpty() ? QString() : u" \""_s + text.left(30) + u"\""_s);
    return u"\""_s + text.left(40) + u"\""_s;
}
} // namespace

QStringList ContrastAudit::check(QQuickWindow &window, const QString &where)
{
    const QImage frame = window.grabWindow().convertToFormat(QImage::Format_RGB32);
    QStringList problems;
    walk(window.contentItem(), 1.0, QRectF(0, 0, frame.width(), frame.height()), frame, where, &problems);
    return problems;
}

void ContrastAudit::walk(QQuickItem *item, double opacity, QRectF visible, const QImage &frame,
    const QString &where, QStringList *problems)
{
    opacity *= item->opacity();
    if (!item->isVisible() || opacity <= 0.01 || item->objectName() == u"inputPanel")
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QRect box = scene.intersected(visible).toAlignedRect().intersected(frame.rect());
    const bool text = item->inherits("QQuickText") && !item->property("text").toString().trimmed().isEmpty();
    if (text && box.width() > 2 && box.height() > 2) {
        const QColor colour = item->property("color").value<QColor>();
        const double alpha = colour.alphaF() * opacity;
        const std::optional<unsigned int> background
            = alpha > 0.01 ? dominantColour(frame, box, colour.rgb() & 0xffffff) : std::nullopt;
        if (background) {
            const QFont font = item->property("font").value<QFont>();
            // Text.Fit may draw it smaller than its font says; judge it by the size drawn at.
            double size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 4 / 3;
            if (item->property("fontSizeMode").toInt() != 0)
                size = std::min(size,
                    item->property("contentHeight").toDouble()
                        / std::max(1, item->property("lineCount").toInt()) / 1.2);
            const unsigned int drawn = blend(colour, alpha, *background);
            record({ drawn, *background, ColourContrast::ratio(drawn, *background),
                       ColourContrast::textMinimum(size, font.bold()), false, {}, 0 },
                nameOf(item), where, problems);
        }
    } else if (item->inherits("QQuickCanvasItem") && box.width() > 2 && box.height() > 2) {
        // A pictogram: its strongest colour against what most of its box shows.
        if (const std::optional<unsigned int> background = dominantColour(frame, box, std::nullopt)) {
            unsigned int strongest = *background;
            for (int y = box.top(); y <= box.bottom(); ++y) {
                const auto *line = reinterpret_cast<const QRgb *>(frame.constScanLine(y));
                for (int x = box.left(); x <= box.right(); ++x)
                    if (ColourContrast::ratio(line[x] & 0xffffff, *background)
                        > ColourContrast::ratio(strongest, *background))
                        strongest = line[x] & 0xffffff;
            }
            record({ strongest, *background, ColourContrast::ratio(strongest, *background),
                       ColourContrast::GraphicMinimum, true, {}, 0 },
                nameOf(item), where, problems);
        }
    }
    if (item->inherits("QQuickFlickable") || item->clip())
        visible = visible.intersected(scene);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, opacity, visible, frame, where, problems);
}

void ContrastAudit::record(const Pair &pair, const QString &name, const QString &where, QStringList *problems)
{
    Pair &kept = m_pairs[{ { pair.foreground, pair.background }, pair.needed }];
    if (kept.seen++ == 0) {
        kept = pair;
        kept.seen = 1;
        kept.firstSeen = where + u": "_s + name;
    }
    if (pair.ratio < pair.needed)
        problems->append(u"%1: %2 %3 on %4 has a contrast of %5, below %6"_s.arg(where, name,
            hex(pair.foreground), hex(pair.background), ColourContrast::format(pair.ratio),
            ColourContrast::format(pair.needed)));
}

QList<ContrastAudit::Pair> ContrastAudit::pairs() const
{
    QList<Pair> all = m_pairs.values();
    std::sort(all.begin(), all.end(), [](const Pair &a, const Pair &b) { return a.ratio < b.ratio; });
    return all;
}

QString ContrastAudit::table() const
{
    QString out
        = u"| drawn | on | contrast | needs | what | times | first seen |\n|---|---|---|---|---|---|---|\n"_s;
    for (const Pair &pair : pairs())
        out += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n"_s
                   .arg(hex(pair.foreground), hex(pair.background), ColourContrast::format(pair.ratio),
                       ColourContrast::format(pair.needed), pair.graphic ? u"pictogram"_s : u"text"_s)
                   .arg(pair.seen)
                   .arg(pair.firstSeen);
    return out;
}

} // namespace kiosk
