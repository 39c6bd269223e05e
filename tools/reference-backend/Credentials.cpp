#include "Credentials.h"

#include "BackendStore.h"

#include <openssl/crypto.h>

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::backend {

namespace {

constexpr qsizetype MaxTokenLength = 512;

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

bool sameToken(const QByteArray &a, const QByteArray &b)
{
    return !a.isEmpty() && a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), a.size()) == 0;
}

} // namespace

bool Credentials::usable(const QByteArray &token, QString *error) const
{
    if (token.isEmpty() || token.size() > MaxTokenLength) {
        *error = u"a token is 1 to %1 characters"_s.arg(MaxTokenLength);
        return false;
    }
    for (const char c : token) {
        if (c < '!' || c > '~') {
            *error = u"a token is printable ASCII without spaces"_s;
            return false;
        }
    }
    if (m_deviceTokens.contains(sha256(token)) || sameToken(token, m_adminToken)) {
        *error = u"every token must differ from the others (the admin token from every device token)"_s;
        return false;
    }
    return true;
}

bool Credentials::addDeviceToken(const QString &kioskId, const QByteArray &token, QString *error)
{
    if (kioskId.isEmpty() || kioskId.size() > 128) {
        *error = u"a kiosk id is 1 to 128 characters"_s;
        return false;
    }
    if (!usable(token, error))
        return false;
    m_deviceTokens.insert(sha256(token), kioskId);
    return true;
}

bool Credentials::setAdminToken(const QByteArray &token, QString *error)
{
    if (!usable(token, error))
        return false;
    m_adminToken = token;
    return true;
}

Caller Credentials::identify(const std::string &authorization, BackendStore &store) const
{
    constexpr std::string_view Scheme = "Bearer ";
    if (authorization.size() <= Scheme.size() || authorization.size() > Scheme.size() + MaxTokenLength
        || authorization.compare(0, Scheme.size(), Scheme) != 0)
        return {};
    const QByteArray token = QByteArray::fromStdString(authorization.substr(Scheme.size()));
    if (sameToken(token, m_adminToken))
        return { Caller::Kind::Admin, {} };
    if (const auto it = m_deviceTokens.constFind(sha256(token)); it != m_deviceTokens.cend())
        return { Caller::Kind::Device, it.value() };
    if (const auto kiosk = store.kioskOfToken(token))
        return { Caller::Kind::Device, *kiosk };
    return {};
}

} // namespace kiosk::backend
