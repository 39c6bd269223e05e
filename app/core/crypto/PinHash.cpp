#include "PinHash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace kiosk::crypto {

QByteArray PinHash::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    if (salt.isEmpty() || iterations < 1)
        return {};
    const QByteArray secret = pin.toUtf8();
    QByteArray out(HashSize, '\0');
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
            EVP_sha256(), HashSize, reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return {};
    return out;
}

bool PinHash::matches(const QString &pin, const QByteArray &salt, int iterations, const QByteArray &hash)
{
    if (hash.size() != HashSize)
        return false;
    const QByteArray derived = derive(pin, salt, iterations);
    return derived.size() == HashSize && CRYPTO_memcmp(derived.constData(), hash.constData(), HashSize) == 0;
}

} // namespace kiosk::crypto
