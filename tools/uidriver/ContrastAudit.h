#pragma once

#include <QMap>
#include <QPair>
#include <QRectF>
#include <QStringList>

class QImage;
class QQuickItem;
class QQuickWindow;

namespace kiosk {

/// Checks that a shopper can make out everything a screen draws, on the rendered frame: each text's
/// colour (with the opacity it is drawn at) against the colour most of its box shows must reach WCAG AA
/// (4.5:1, large text 3:1), and each drawn pictogram's strongest colour 3:1 against its background. It
/// keeps every colour pair it met across screens, for the table of the theme's pairs in use.
class ContrastAudit
{
public:
    struct Pair
    {
        unsigned int foreground = 0; ///< 0xRRGGBB as drawn (opacity applied)
        unsigned int background = 0;
        double ratio = 0;
        double needed = 0;
        bool graphic = false;
        QString firstSeen; ///< "screen: item"
        int seen = 0;
    };

    /// Audits the window as it is now; one line per text or pictogram below its minimum, prefixed by
    /// `where`.
    QStringList check(QQuickWindow &window, const QString &where);
    /// Every pair met so far, lowest ratio first.
    QList<Pair> pairs() const;
    /// The pairs as a Markdown table.
    QString table() const;

private:
    void walk(QQuickItem *item, double opacity, QRectF visible, const QImage &frame, const QString &where,
        QStringList *problems);
    void record(const Pair &pair, const QString &name, const QString &where, QStringList *problems);
    QMap<QPair<QPair<unsigned int, unsigned int>, double>, Pair> m_pairs;
};

} // namespace kiosk
