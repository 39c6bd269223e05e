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

    /// privateKey: 32-byte raw Ed25519 seed. Empty string if the key is malformed.
    static QString mint(const Token &token, const QByteArray &privateKey);
    /// Base64url without padding, as the token uses for payload and signature.
    static QString encode(const QByteArray &bytes);
};

} // namespace kiosk::codes
