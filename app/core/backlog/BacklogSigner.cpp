#include "BacklogSigner.h"

#include <openssl/crypto.h>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace kiosk {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

} // namespace

DeviceTokenSigner::DeviceTokenSigner(const QByteArray &deviceToken)
    : m_key(QCryptographicHash::hash(deviceToken, QCryptographicHash::Sha256))
{ }

QString DeviceTokenSigner::algorithm() const
{
    return QString::fromLatin1(Algorithm);
}

QByteArray DeviceTokenSigner::sign(const QByteArray &data) const
{
    return hmac(m_key, data);
}

bool DeviceTokenSigner::verify(
    const QByteArray &tokenSha256, const QByteArray &data, const QByteArray &signature)
{
    const QByteArray expected = hmac(tokenSha256, data);
    return signature.size() == expected.size()
        && CRYPTO_memcmp(signature.constData(), expected.constData(), std::size_t(expected.size())) == 0;
}

} // namespace kiosk
