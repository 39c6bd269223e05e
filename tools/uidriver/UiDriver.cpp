#include "UiDriver.h"

#include "GoldenImage.h"
#include "ReturnSession.h"

#include <QDeadlineTimer>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQuickTest/quicktest.h>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {
QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findVisible(child, name))
            return found;
    return nullptr;
}
} // namespace

UiDriver::UiDriver(QQuickWindow &window, ReturnSession &session, QDir screenshotDir)
    : m_window(window)
    , m_session(session)
    , m_dir(std::move(screenshotDir))
{ }

QQuickItem *UiDriver::find(const QString &objectName) const
{
    return findVisible(m_window.contentItem(), objectName);
}

bool UiDriver::tap(const QString &objectName)
{
    QQuickItem *item = nullptr;
    // Screens load asynchronously after a state change: give the item a moment to appear.
    waitFor([&] { return (item = find(objectName)) != nullptr; }, 2000);
    if (!item) {
        m_lastError = u"no visible item \"%1\" on screen %2"_s.arg(objectName, m_session.screenName());
        return false;
    }
    if (!item->isEnabled()) {
        m_lastError = u"item \"%1\" is disabled"_s.arg(objectName);
        return false;
    }
    waitUntilSettled();
    // An item that has just appeared may not be laid out yet: tap where it will be drawn.
    QQuickTest::qWaitForPolish(&m_window, 2000);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    if (!m_window.contentItem()->contains(centre)) {
        m_lastError = u"item \"%1\" is outside the window, at %2,%3"_s.arg(objectName)
                          .arg(centre.x())
                          .arg(centre.y());
        return false;
    }
    QTest::mouseClick(&m_window, Qt::LeftButton, {}, centre.toPoint());
    ++m_taps;
    QCoreApplication::processEvents();
    return true;
}

bool UiDriver::typeOnKeypad(const QString &digits)
{
    for (const QChar digit : digits)
        if (!tap(u"key_"_s + digit))
            return false;
    return tap(u"key_ok"_s);
}

void UiDriver::clearKeypad()
{
    for (QQuickItem *del = find(u"key_del"_s); del && del->isEnabled(); del = find(u"key_del"_s))
        tap(u"key_del"_s);
}

bool UiDriver::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

bool UiDriver::waitForScreen(const QString &screen, int timeoutMs)
{
    const bool reached = waitFor([&] { return m_session.screenName() == screen; }, timeoutMs);
    if (!reached)
        m_lastError = u"screen %1 not reached (still on %2)"_s.arg(screen, m_session.screenName());
    QTest::qWait(50); // let the Loader finish the new screen
    waitUntilSettled();
    return reached;
}

void UiDriver::waitUntilSettled()
{
    waitFor([this] { return m_session.settled(); }, 2000);
}

void UiDriver::waitForFeedbackToFade()
{
    waitFor([this] { return find(u"readTick"_s) == nullptr; }, 3000);
}

QString UiDriver::screenshot(const QString &name)
{
    waitForFeedbackToFade();
    QTest::qWait(50);
    const QImage image = m_window.grabWindow();
    const QString path = m_dir.filePath(name + u".png"_s);
    if (image.isNull() || !image.save(path)) {
        m_lastError = u"could not save screenshot %1"_s.arg(path);
        return {};
    }
    return path;
}

bool UiDriver::matchesGolden(const QString &name, const QDir &goldenDir, const QStringList &masks)
{
    waitForFeedbackToFade();
    QTest::qWait(50);
    QImage image = m_window.grabWindow();
    {
        QPainter painter(&image);
        for (const QString &mask : masks)
            if (const QQuickItem *item = find(mask))
                painter.fillRect(item->mapRectToScene(item->boundingRect()), Qt::gray);
    }
    if (!image.save(m_dir.filePath(name + u".png"_s))) {
        m_lastError = u"could not save screenshot "_s + name;
        return false;
    }
    const GoldenImage::Result result
        = GoldenImage::compare(image, goldenDir.filePath(name + u".png"_s), m_dir);
    if (!result.match)
        m_lastError = result.message;
    return result.match;
}

QString UiDriver::textOf(const QString &objectName) const
{
    const QQuickItem *item = find(objectName);
    return item ? item->property("text").toString() : QString();
}

} // namespace kiosk
