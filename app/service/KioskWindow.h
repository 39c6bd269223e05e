#pragma once

class QWindow;

namespace kiosk {

/// Locks the kiosk window down for a shopper: full-screen and frameless, no mouse cursor, and neither
/// closing the window nor a quit or close shortcut ends the app (only the service manager stops it).
class KioskWindow
{
public:
    static void lockDown(QWindow *window);
};

} // namespace kiosk
