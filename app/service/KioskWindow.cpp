#include "KioskWindow.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QWindow>

namespace kiosk {

namespace {

/// Swallows close requests and the platform's quit and close shortcuts before the window sees them.
class CloseGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close) {
            event->ignore();
            return true;
        }
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Quit) || key->matches(QKeySequence::Close))
                return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void KioskWindow::lockDown(QWindow *window)
{
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    window->installEventFilter(new CloseGuard(window));
    window->setFlags(window->flags() | Qt::FramelessWindowHint);
    window->showFullScreen();
}

} // namespace kiosk
