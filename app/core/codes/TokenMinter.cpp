#include "TokenMinter.h"

#include "crypto/Ed25519.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk::codes {

QString TokenMinter::encode(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenMinter::mint(const Token &token, const QByteArray &privateKey)
{
    QStringList lines;
    for (const auto &line : token.lines) {
        QString entry = QString::number(line.lineNo) + u':' + QString::number(line.quantity);
        if (!line.resolution.isEmpty())
            entry += u':' + line.reason + u':' + line.resolution; // the reason may be empty here
        else if (!line.reason.isEmpty())
            entry += u':' + line.reason;
        lines.append(entry);
    }
    const QString payload = token.retailerId + u'|' + token.keyId + u'|' + token.tokenId + u'|'
        + token.orderId + u'|' + QString::number(token.expiresAt.toSecsSinceEpoch()) + u'|'
        + lines.join(u',');
    const QString signedPart = u"RK1."_s + encode(payload.toLatin1());
    const QByteArray signature = crypto::Ed25519::sign(privateKey, signedPart.toLatin1());
    if (signature.isEmpty())
        return {};
    return signedPart + u'.' + encode(signature);
}

} // namespace kiosk::codes
