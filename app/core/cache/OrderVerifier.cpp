#include "OrderVerifier.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {
constexpr qsizetype MaxVerifierLength = 254; // longest valid e-mail address
}

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

bool OrderVerifier::matches(const Order &order, const QString &typed)
{
    if (order.verifierHash.size() != 32 || typed.size() > MaxVerifierLength || normalise(typed).isEmpty())
        return false;
    const QByteArray computed = hash(order.verifierSalt, typed);
    return CRYPTO_memcmp(computed.constData(), order.verifierHash.constData(), 32) == 0;
}

bool verifierMatches(const Order &order, const QString &typed)
{
    return OrderVerifier::matches(order, typed);
}

} // namespace kiosk
