#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace kiosk {

/// Who may take over the kiosk when a shopper needs a colleague (kiosk.json's "staff"): staff ids
/// whose badges are accepted, each with an optional PIN kept only as a salted PBKDF2 hash, and the
/// limits on guessing PINs.
struct StaffSettings
{
    struct Member
    {
        QString id; ///< as on the badge (STAFF:<id>), upper case
        QByteArray pinSalt; ///< empty: this colleague signs in with the badge only
        QByteArray pinHash; ///< PBKDF2-HMAC-SHA256(PIN, pinSalt, pinIterations)
    };

    std::vector<Member> members;
    int pinIterations = 100000;
    int maxPinAttempts = 5; ///< wrong PINs in a row before the keypad locks
    int lockoutSeconds = 300;
    int signedInSeconds = 120; ///< a colleague's screen signs out after this long untouched

    const Member *member(const QString &id) const
    {
        for (const Member &m : members)
            if (m.id.compare(id, Qt::CaseInsensitive) == 0)
                return &m;
        return nullptr;
    }
};

} // namespace kiosk
