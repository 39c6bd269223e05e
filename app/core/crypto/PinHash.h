#pragma once

#include <QByteArray>
#include <QString>

namespace kiosk::crypto {

/// Staff PINs are kept only as PBKDF2-HMAC-SHA256(PIN, salt, iterations) in kiosk.json: a short PIN
/// with a plain hash would fall to a loop over 10^6 candidates, the iterations make that slow.
class PinHash
{
public:
    static constexpr int HashSize = 32;

    /// The derived key; empty for an empty salt or fewer than one iteration.
    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);
    /// Compares in constant time; false for any malformed input.
    static bool matches(const QString &pin, const QByteArray &salt, int iterations, const QByteArray &hash);
};

} // namespace kiosk::crypto
