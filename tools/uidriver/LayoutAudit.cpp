#include "LayoutAudit.h"

#include <QQuickItem>
#include <QQuickWindow>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {
constexpr double kSlack = 1.5; // pixels of rounding before something counts as cut or overlapping

bool isControl(const QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextInput")
        || item->inherits("QQuickTextEdit") || (item->inherits("QQuickMouseArea") && item->isEnabled());
}
bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText") && !item->property("text").toString().trimmed().isEmpty();
}
bool within(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() - kSlack && inner.top() >= outer.top() - kSlack
        && inner.right() <= outer.right() + kSlack && inner.bottom() <= outer.bottom() + kSlack;
}
bool isAncestor(const QQuickItem *ancestor, const QQuickItem *item)
{
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p == ancestor)
            return true;
    return false;
}
} // namespace

QString LayoutAudit::nameOf(const QQuickItem *item)
{
    for (const QQuickItem *named = item; named; named = named->parentItem()) {
        if (!named->objectName().isEmpty())
            return named == item ? named->objectName()
                                 : named->objectName() + u"/"_s
                    + QString::fromLatin1(item->metaObject()->className()).remove(u"QQuick"_s);
        const QString text = named->property("text").toString();
        if (!text.isEmpty())
            return u"\""_s + text.left(40) + u"\""_s;
    }
    return QString::fromLatin1(item->metaObject()->className());
}

void LayoutAudit::collect(QQuickItem *item, QRectF visible, QRectF holder, const Options &options,
    QList<Entry> *entries, QStringList *problems)
{
    if (!item->isVisible() || item->opacity() <= 0.01 || item->objectName() == u"inputPanel")
        return;
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const bool flickable = item->inherits("QQuickFlickable");
    const bool control = isControl(item);
    if (control || isText(item)) {
        const QRectF shown = rect.intersected(visible);
        if (shown.width() < kSlack || shown.height() < kSlack) {
            // Scrolled out of its list, or squeezed to nothing by its layout.
            if (!visible.intersects(rect) && rect.width() > kSlack && rect.height() > kSlack)
                return;
            problems->append(u"%1 is squeezed to nothing"_s.arg(nameOf(item)));
            return;
        }
        if (!within(rect, holder))
            problems->append(u"%1 runs outside its screen (%2,%3 %4x%5)"_s.arg(nameOf(item))
                                 .arg(rect.x())
                                 .arg(rect.y())
                                 .arg(rect.width())
                                 .arg(rect.height()));
        if (control && options.reachTop > 0 && shown.top() < options.reachTop - kSlack)
            problems->append(u"%1 is out of reach at y=%2"_s.arg(nameOf(item)).arg(shown.top()));
        if (!control) {
            const double cw = item->property("contentWidth").toDouble();
            const double ch = item->property("contentHeight").toDouble();
            if (item->property("truncated").toBool())
                problems->append(u"%1 is cut short (elided)"_s.arg(nameOf(item)));
            else if (cw > item->width() + kSlack || ch > item->height() + kSlack)
                problems->append(u"%1 does not fit its item (%2x%3 in %4x%5)"_s.arg(nameOf(item))
                                     .arg(cw)
                                     .arg(ch)
                                     .arg(item->width())
                                     .arg(item->height()));
        }
        entries->append({ item, shown, control });
    }
    // What a Flickable scrolls is cut at its edges on purpose; what a Loader holds must stay in it.
    if (flickable || item->clip())
        visible = visible.intersected(rect);
    if (item->inherits("QQuickLoader"))
        holder = rect;
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collect(
            child, visible, flickable ? QRectF(-1e6, -1e6, 2e6, 2e6) : holder, options, entries, problems);
}

bool LayoutAudit::overlapAllowed(const Entry &a, const Entry &b)
{
    if (isAncestor(a.item, b.item) || isAncestor(b.item, a.item))
        return true;
    // A tap area covers the item it makes tappable: its parent and what that holds.
    for (const Entry *area : { &a, &b }) {
        const Entry *other = area == &a ? &b : &a;
        if (area->item->inherits("QQuickMouseArea") && area->item->parentItem()
            && (other->item == area->item->parentItem() || isAncestor(area->item->parentItem(), other->item)))
            return true;
    }
    return false;
}

QStringList LayoutAudit::problems(QQuickWindow &window, const Options &options)
{
    QList<Entry> entries;
    QStringList problems;
    const QRectF whole(0, 0, window.width(), window.height());
    collect(window.contentItem(), whole, whole, options, &entries, &problems);
    for (qsizetype i = 0; i < entries.size(); ++i)
        for (qsizetype j = i + 1; j < entries.size(); ++j) {
            const QRectF both = entries[i].rect.intersected(entries[j].rect);
            if (both.width() > kSlack && both.height() > kSlack && !overlapAllowed(entries[i], entries[j]))
                problems.append(u"%1 overlaps %2"_s.arg(nameOf(entries[i].item), nameOf(entries[j].item)));
        }
    return problems;
}

} // namespace kiosk
