#pragma once

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <vector>

namespace kiosk {

/// Who may sign in at the kiosk (kiosk.json's "staff"): staff ids whose badges name them, each with
/// the PIN that proves it, kept only as a salted PBKDF2 hash, and the limits on guessing PINs.
struct StaffSettings
{
    struct Member
    {
        QString id; ///< as on the badge (STAFF:<id>), upper case
        QByteArray pinSalt;
        QByteArray pinHash; ///< PBKDF2-HMAC-SHA256(PIN, pinSalt, pinIterations)
    };

    /// The fewest digits a PIN has (and the keypad takes); kiosk.json refuses fewer than MinPinDigits.
    static constexpr int MinPinDigits = 6;
    static constexpr int MaxPinDigits = 12;
    /// A lockout never grows longer than this, however often it repeats.
    static constexpr int MaxLockoutSeconds = 86400;

    std::vector<Member> members;
    int pinIterations = 600000;
    int pinDigits = MinPinDigits;
    int maxPinAttempts = 5; ///< wrong PINs in a row before the keypad locks
    int lockoutSeconds = 300; ///< the first lockout; each one after it in a row lasts twice as long
    int signedInSeconds = 120; ///< a colleague's screen signs out after this long untouched

    /// How long the @p nth lockout in a row lasts (1 is the first): lockoutSeconds, doubled each
    /// time, at most MaxLockoutSeconds.
    int lockoutSecondsFor(int nth) const
    {
        qint64 seconds = lockoutSeconds;
        for (int i = 1; i < nth && seconds < MaxLockoutSeconds; ++i)
            seconds *= 2;
        return int(std::min<qint64>(seconds, MaxLockoutSeconds));
    }

    const Member *member(const QString &id) const
    {
        for (const Member &m : members)
            if (m.id.compare(id, Qt::CaseInsensitive) == 0)
                return &m;
        return nullptr;
    }
};

} // namespace kiosk
