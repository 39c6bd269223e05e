#pragma once

#include <QByteArray>

namespace kiosk::crypto {

/// Ed25519 signatures through OpenSSL 3: the retailer signs policies and return tokens,
/// the kiosk verifies them offline with the retailer's 32-byte raw public key.
class Ed25519
{
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int PrivateKeySize = 32;
    static constexpr int SignatureSize = 64;

    struct KeyPair
    {
        QByteArray publicKey; ///< 32 raw bytes
        QByteArray privateKey; ///< 32 raw bytes (the seed)
    };

    /// True only when the signature is valid for the message under the key; false for any malformed input.
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    /// Empty on malformed key. Used by tools and tests that play the retailer's part.
    static QByteArray sign(const QByteArray &privateKey, const QByteArray &message);
    static KeyPair generate();
    /// Derives the public key from a raw private key; empty on malformed input.
    static QByteArray publicKeyOf(const QByteArray &privateKey);
};

} // namespace kiosk::crypto
