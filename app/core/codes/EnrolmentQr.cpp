#include "EnrolmentQr.h"

#include "codes/CodeParser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::codes {

namespace {

constexpr auto Encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

EnrolmentQr::Parsed failed(const QString &error)
{
    return { std::nullopt, error };
}

bool isPin(const QString &pin)
{
    if (!pin.startsWith(u"sha256//"_s))
        return false;
    const auto decoded
        = QByteArray::fromBase64Encoding(pin.sliced(8).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32;
}

} // namespace

QString EnrolmentQr::encode() const
{
    QJsonObject object { { "v"_L1, 1 }, { "url"_L1, backendUrl }, { "code"_L1, code }, { "pin"_L1, pin } };
    if (!retailerId.isEmpty())
        object.insert("retailer"_L1, retailerId);
    return Prefix.toString()
        + QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(Encoding));
}

EnrolmentQr::Parsed EnrolmentQr::parse(QStringView text)
{
    if (text.size() > MaxLength)
        return failed(u"enrolment QR is longer than %1 characters"_s.arg(MaxLength));
    if (!text.startsWith(Prefix, Qt::CaseInsensitive))
        return failed(u"not an enrolment QR (RKENROL1:...)"_s);
    const auto decoded = QByteArray::fromBase64Encoding(text.sliced(Prefix.size()).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return failed(u"enrolment QR is damaged (not base64url): scan it again or type the code"_s);
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded, &jsonError);
    if (!doc.isObject())
        return failed(u"enrolment QR is damaged (not a JSON object): scan it again or type the code"_s);
    const QJsonObject object = doc.object();
    static const QStringList known { u"v"_s, u"url"_s, u"code"_s, u"pin"_s, u"retailer"_s };
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return failed(u"enrolment QR: unknown field \"%1\""_s.arg(key));
    }
    if (object.value("v"_L1).toInt(-1) != 1)
        return failed(u"enrolment QR: version %1 is not supported (this kiosk reads version 1)"_s.arg(
            object.value("v"_L1).toVariant().toString()));
    EnrolmentQr qr;
    qr.backendUrl = object.value("url"_L1).toString();
    const QUrl url(qr.backendUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty() || !url.path().isEmpty()
        || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return failed(u"enrolment QR: \"url\" is not an https://host[:port] address"_s);
    const ScannedCode code = CodeParser({}).parse(object.value("code"_L1).toString(), QDateTime());
    if (code.kind != ScannedCode::Kind::EnrolmentCode || !code.isValid())
        return failed(u"enrolment QR: \"code\" is not a valid enrolment code"_s);
    qr.code = code.enrolmentCode;
    qr.pin = object.value("pin"_L1).toString();
    if (!isPin(qr.pin))
        return failed(u"enrolment QR: \"pin\" is not \"sha256//\" and a base64 SHA-256 digest"_s);
    const QJsonValue retailer = object.value("retailer"_L1);
    if (!retailer.isUndefined()
        && (!retailer.isString() || retailer.toString().isEmpty() || retailer.toString().size() > 64))
        return failed(u"enrolment QR: \"retailer\" is not a short string"_s);
    qr.retailerId = retailer.toString();
    return { qr, {} };
}

} // namespace kiosk::codes
