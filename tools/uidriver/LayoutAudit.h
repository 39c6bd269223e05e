#pragma once

#include <QRectF>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

namespace kiosk {

/// Checks a screen as its user sees it: every control inside the window (and, in the lower layout,
/// in reach: below `reachTop`), no text cut off (elided, or larger than its item, or outside the
/// screen that holds it), and no two texts or controls drawn over each other. Items of the on-screen
/// keyboard, which slides over a screen on purpose, are left out.
class LayoutAudit
{
public:
    struct Options
    {
        /// Controls must not start above this y (scene pixels); 0 checks no reach.
        double reachTop = 0;
    };

    /// One line per problem, naming the item by its objectName (or its text); empty when the screen
    /// is sound.
    static QStringList problems(QQuickWindow &window, const Options &options);

private:
    struct Entry
    {
        QQuickItem *item = nullptr;
        QRectF rect; ///< the visible part, in scene coordinates
        bool control = false;
    };
    static void collect(QQuickItem *item, QRectF visible, QRectF holder, const Options &options,
        QList<Entry> *entries, QStringList *problems);
    static QString nameOf(const QQuickItem *item);
    static bool overlapAllowed(const Entry &a, const Entry &b);
};

} // namespace kiosk
