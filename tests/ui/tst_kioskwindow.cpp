#include "KioskWindow.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace kiosk;

namespace {

/// A window that counts what reaches it.
class ProbeWindow : public QWindow
{
public:
    int keys = 0;
    int closes = 0;

protected:
    void keyPressEvent(QKeyEvent *) override { ++keys; }
    void closeEvent(QCloseEvent *) override { ++closes; }
};

} // namespace

/// The kiosk window on kiosk hardware profiles (KioskWindow): full-screen and frameless, no cursor, and
/// neither closing it nor a quit or close shortcut reaches it, while ordinary keys still do.
class TstKioskWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockedDownWindow()
    {
        ProbeWindow window;
        window.resize(640, 480);
        KioskWindow::lockDown(&window);
        QVERIFY(window.flags().testFlag(Qt::FramelessWindowHint));
        QTRY_VERIFY(window.windowStates().testFlag(Qt::WindowFullScreen));
        QVERIFY(window.isVisible());
        QVERIFY(!QGuiApplication::quitOnLastWindowClosed());
        QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);

        QVERIFY(!window.close()); // what a window manager's close does
        QVERIFY(window.isVisible());
        QCOMPARE(window.closes, 0);

        // What the platform binds to quit and close is swallowed; whatever else a shopper tries
        // (Ctrl+Q, Ctrl+W, Ctrl+F4, Alt+F4 from a keyboard on the USB port) quits nothing either.
        QList<QKeySequence> bound
            = QKeySequence::keyBindings(QKeySequence::Quit) + QKeySequence::keyBindings(QKeySequence::Close);
        for (const QKeySequence &sequence : std::as_const(bound)) {
            const QKeyCombination combination = sequence[0];
            QKeyEvent press(QEvent::KeyPress, combination.key(), combination.keyboardModifiers());
            QCoreApplication::sendEvent(&window, &press);
        }
        QCOMPARE(window.keys, 0);
        QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
        const std::pair<Qt::Key, Qt::KeyboardModifier> tries[]
            = { { Qt::Key_Q, Qt::ControlModifier }, { Qt::Key_W, Qt::ControlModifier },
                  { Qt::Key_F4, Qt::ControlModifier }, { Qt::Key_F4, Qt::AltModifier } };
        for (const auto &[key, modifier] : tries)
            QTest::keyClick(&window, key, modifier);
        QTest::qWait(50);
        QCOMPARE(quitting.count(), 0);
        QVERIFY(window.isVisible());
        window.keys = 0;
        QTest::keyClick(&window, Qt::Key_A); // the guard lets everything else through
        QCOMPARE(window.keys, 1);
    }
};

QTEST_MAIN(TstKioskWindow)
#include "tst_kioskwindow.moc"
