#pragma once

// A colleague typing their PIN in a test: the check runs on a worker thread, so this waits for its
// answer the way the screen does.
#include "StaffSignIn.h"

#include <QSignalSpy>

/// Submits @p pin and waits for the check: true once the colleague is signed in.
inline bool enterPin(kiosk::StaffSignIn &signIn, const QString &pin)
{
    QSignalSpy checked(&signIn, &kiosk::StaffSignIn::pinChecked);
    if (!signIn.submitPin(pin))
        return false;
    return checked.wait(10000) && checked.first().first().toBool();
}
