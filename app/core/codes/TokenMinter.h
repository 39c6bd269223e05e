#pragma once

#include "codes/ScannedCode.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kiosk::codes {

/// Plays the retailer's part: mints signed return tokens ("RK1.<payload>.<signature>", see docs/codes.md)
/// for the reference backend, the demo data set and tests. The kiosk itself only verifies.
class TokenMinter
{
public:
    struct Token
    {
        QString retailerId;
        QString keyId;
        QString tokenId;
        QString orderId;
        QDateTime expiresAt;
        QList<TokenLine> lines;
    };

    /// privateKey: 32-byte raw Ed25519 seed. Empty string if the key is malformed. Fields are written as
    /// given, not checked: a line's reason and resolution are written only when set (`line:qty`,
    /// `line:qty:reason`, `line:qty:reason:resolution`, `line:qty::resolution`), and a kiosk refuses as
    /// malformed whatever docs/codes.md does not allow.
    static QString mint(const Token &token, const QByteArray &privateKey);
    /// Base64url without padding, as the token uses for payload and signature.
    static QString encode(const QByteArray &bytes);
};

} // namespace kiosk::codes
