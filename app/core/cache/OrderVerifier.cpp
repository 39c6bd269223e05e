#include "OrderVerifier.h"

#include "crypto/VerifierKey.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

constexpr qsizetype MaxVerifierLength = 254; // longest valid e-mail address

bool sealedEquals(
    const QByteArray &key, const QByteArray &salt, const QByteArray &sealed, const QString &value)
{
    if (sealed.size() != 32 || key.size() != VerifierKey::Size || value.isEmpty())
        return false;
    const QByteArray computed = VerifierKey::seal(key, OrderVerifier::hash(salt, value));
    return CRYPTO_memcmp(computed.constData(), sealed.constData(), 32) == 0;
}

} // namespace

QString OrderVerifier::normalise(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.contains(u'@'))
        return trimmed.toLower();
    QString postcode;
    for (const QChar c : trimmed) {
        if (!c.isSpace() && c != u'-')
            postcode.append(c.toUpper());
    }
    return postcode;
}

QByteArray OrderVerifier::hash(const QByteArray &salt, const QString &typed)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(salt);
    sha.addData(normalise(typed).toUtf8());
    return sha.result();
}

bool OrderVerifier::matches(const Order &order, const QString &typed, const QByteArray &key)
{
    return typed.size() <= MaxVerifierLength
        && sealedEquals(key, order.verifierSalt, order.verifierHash, normalise(typed));
}

bool OrderVerifier::matchesCard(const Order &order, const QString &typed, const QByteArray &key)
{
    const QString digits = typed.trimmed();
    if (digits.size() != 4
        || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    return sealedEquals(key, order.cardSalt, order.cardHash, digits);
}

} // namespace kiosk
