#include "CodeParser.h"

#include "codes/EnrolmentQr.h"

#include "crypto/Ed25519.h"

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCodes, "kiosk.codes", QtInfoMsg)

namespace kiosk::codes {

namespace {

constexpr QChar GroupSeparator(0x1D);
constexpr QStringView Base32Alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int EnrolmentLength = 12; // 11 data characters and one check character
constexpr int MaxTokenPayload = 512;
constexpr int MaxTokenLines = 50;
constexpr int MaxTokenReasonLength = 32;
constexpr QStringView TokenResolutions[] = { u"refund", u"storeCredit", u"exchange" };

ScannedCode failure(ScannedCode::Kind kind, ScannedCode::Error error, const QString &reason)
{
    ScannedCode code;
    code.kind = kind;
    code.error = error;
    code.reason = reason;
    return code;
}

ScannedCode success(ScannedCode::Kind kind)
{
    ScannedCode code;
    code.kind = kind;
    code.error = ScannedCode::Error::None;
    return code;
}

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

/// Letters, digits and the extra characters given; length within [1, maxLength].
bool isIdentifier(QStringView s, int maxLength, QStringView extra = {})
{
    if (s.isEmpty() || s.size() > maxLength)
        return false;
    for (QChar c : s)
        if (!isAsciiAlnum(c) && !extra.contains(c))
            return false;
    return true;
}

bool isBase64Url(QStringView s)
{
    for (QChar c : s)
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_')
            return false;
    return !s.isEmpty();
}

/// Digits only; value fits an int because callers bound the length to 9.
int toInt(QStringView digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

/// YYMMDD in the 2000s; day 00 (allowed by GS1 for expiry) means the last day of the month.
QDate parseYymmdd(QStringView s, bool allowDayZero)
{
    if (s.size() != 6 || !isDigits(s))
        return {};
    const int year = 2000 + toInt(s.sliced(0, 2));
    const int month = toInt(s.sliced(2, 2));
    const int day = toInt(s.sliced(4, 2));
    if (day == 0 && allowDayZero && month >= 1 && month <= 12)
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    return QDate(year, month, day); // invalid if the calendar says so
}

/// Removes what people type between groups: spaces and hyphens. Upper-cases.
QString squeeze(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!c.isSpace() && c != u'-')
            out.append(c.toUpper());
    return out;
}

/// The GS1 General Specifications' character set 82, allowed in variable-length element values.
bool isGs1Char82(QChar c)
{
    static constexpr QStringView extra = u"!\"%&'()*+,-./:;<=>?_";
    return isAsciiAlnum(c) || extra.contains(c);
}

struct AiSpec
{
    QStringView ai;
    int length; ///< fixed length, or the maximum for variable-length values
    bool variable;
};

// The element strings product tags carry. Dates other than 17 are validated and skipped.
constexpr AiSpec KnownAis[] = {
    { u"01", 14, false },
    { u"10", 20, true },
    { u"11", 6, false },
    { u"13", 6, false },
    { u"15", 6, false },
    { u"16", 6, false },
    { u"17", 6, false },
    { u"21", 20, true },
};

/// One line entry of a return token, `line:qty[:reason[:resolution]]` (the reason may be empty only when a
/// resolution follows); false when it is malformed.
bool parseTokenLine(QStringView text, TokenLine &line)
{
    const QList<QStringView> parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 4)
        return false;
    const QStringView lineNo = parts[0];
    const QStringView quantity = parts[1];
    if (!isDigits(lineNo) || !isDigits(quantity) || lineNo.size() > 4 || quantity.size() > 3
        || toInt(lineNo) == 0 || toInt(quantity) == 0)
        return false;
    line = { toInt(lineNo), toInt(quantity) };
    if (parts.size() >= 3) {
        const QStringView reason = parts[2];
        if (reason.isEmpty() ? parts.size() == 3 : !CodeParser::isTokenReason(reason))
            return false; // "line:qty:" carries nothing and is refused
        line.reason = reason.toString();
    }
    if (parts.size() == 4) {
        if (!CodeParser::isTokenResolution(parts[3]))
            return false;
        line.resolution = parts[3].toString();
    }
    return true;
}

const AiSpec *findAi(QStringView ai)
{
    for (const auto &spec : KnownAis)
        if (spec.ai == ai)
            return &spec;
    return nullptr;
}

ScannedCode parseGtin(QStringView digits)
{
    using K = ScannedCode::Kind;
    using E = ScannedCode::Error;
    if (CodeParser::gs1CheckDigit(digits.chopped(1)) != digits.back().unicode() - u'0')
        return failure(K::ProductId, E::BadCheckDigit, u"product code check digit is wrong"_s);
    auto code = success(K::ProductId);
    code.gtin = QString(14 - digits.size(), u'0') + digits.toString();
    return code;
}

/// Element values keyed by AI, from either GS-separated raw data or the "(01)…(10)…" human-readable form.
ScannedCode parseElementString(QStringView data)
{
    using K = ScannedCode::Kind;
    using E = ScannedCode::Error;
    const bool bracketed = data.startsWith(u'(');
    QHash<QString, QString> values;
    qsizetype pos = 0;
    while (pos < data.size()) {
        QStringView aiText;
        if (bracketed) {
            const auto close = data.indexOf(u')', pos);
            if (data[pos] != u'(' || close < 0)
                return failure(K::ProductId, E::Malformed, u"broken (AI) bracket"_s);
            aiText = data.sliced(pos + 1, close - pos - 1);
            pos = close + 1;
        } else {
            if (data[pos] == GroupSeparator) {
                ++pos;
                continue;
            }
            aiText = data.sliced(pos, qMin<qsizetype>(2, data.size() - pos));
            pos += aiText.size();
        }
        const AiSpec *spec = findAi(aiText);
        if (!spec) {
            if (!isDigits(aiText) || aiText.size() > 4)
                return failure(K::ProductId, E::Malformed, u"not a GS1 element string"_s);
            return failure(K::ProductId, E::UnsupportedAi, u"unsupported application identifier "_s + aiText);
        }
        qsizetype end = pos;
        if (spec->variable || bracketed) {
            const QChar stop = bracketed ? u'(' : GroupSeparator;
            end = data.indexOf(stop, pos);
            if (end < 0)
                end = data.size();
        } else {
            end = pos + spec->length;
        }
        if (end > data.size())
            return failure(K::ProductId, E::Malformed, u"element string is truncated"_s);
        const QStringView value = data.sliced(pos, end - pos);
        pos = end;
        const bool lengthOk = spec->variable ? (!value.isEmpty() && value.size() <= spec->length)
                                             : value.size() == spec->length;
        if (!lengthOk)
            return failure(K::ProductId, E::Malformed, u"AI "_s + spec->ai + u" has the wrong length"_s);
        if (spec->variable ? !std::all_of(value.begin(), value.end(), isGs1Char82) : !isDigits(value))
            return failure(K::ProductId, E::Malformed, u"AI "_s + spec->ai + u" has invalid characters"_s);
        if (values.contains(spec->ai.toString()))
            return failure(K::ProductId, E::Malformed, u"AI "_s + spec->ai + u" appears twice"_s);
        if (!spec->variable && spec->length == 6 && !parseYymmdd(value, true).isValid())
            return failure(K::ProductId, E::BadDate, u"AI "_s + spec->ai + u" is not a valid date"_s);
        values.insert(spec->ai.toString(), value.toString());
    }
    const QString gtin = values.value(u"01"_s);
    if (gtin.isEmpty())
        return failure(K::ProductId, E::Malformed, u"element string has no GTIN (AI 01)"_s);
    auto code = parseGtin(gtin);
    if (!code.isValid())
        return code;
    code.batch = values.value(u"10"_s);
    code.serial = values.value(u"21"_s);
    code.bestBefore = parseYymmdd(values.value(u"17"_s), true);
    return code;
}

ScannedCode parseReceipt(QStringView d)
{
    using K = ScannedCode::Kind;
    using E = ScannedCode::Error;
    if (CodeParser::gs1CheckDigit(d.chopped(1)) != d.back().unicode() - u'0')
        return failure(K::ReceiptBarcode, E::BadCheckDigit, u"receipt barcode check digit is wrong"_s);
    const QDate date = parseYymmdd(d.sliced(13, 6), false);
    if (!date.isValid())
        return failure(K::ReceiptBarcode, E::BadDate, u"receipt barcode date is not a valid date"_s);
    auto code = success(K::ReceiptBarcode);
    code.store = toInt(d.sliced(0, 4));
    code.registerNo = toInt(d.sliced(4, 3));
    code.transaction = toInt(d.sliced(7, 6));
    code.receiptDate = date;
    return code;
}

ScannedCode parseStaffBadge(QStringView id)
{
    if (!isIdentifier(id, 16) || id.size() < 3)
        return failure(ScannedCode::Kind::StaffBadge, ScannedCode::Error::Malformed,
            u"staff badge id must be 3 to 16 letters or digits"_s);
    auto code = success(ScannedCode::Kind::StaffBadge);
    code.staffId = id.toString().toUpper();
    return code;
}

ScannedCode parseEnrolment(QStringView squeezed)
{
    using K = ScannedCode::Kind;
    using E = ScannedCode::Error;
    QString body = squeezed.sliced(5).toString(); // after "ENROL"
    // Technicians type these: take the digits people confuse with base32 letters as those letters.
    body.replace(u'0', u'O').replace(u'1', u'I').replace(u'8', u'B');
    if (body.size() != EnrolmentLength)
        return failure(K::EnrolmentCode, E::Malformed, u"enrolment code must have 12 characters"_s);
    const QChar check = CodeParser::enrolmentCheckChar(QStringView(body).chopped(1));
    if (check.isNull() || !Base32Alphabet.contains(body.back()))
        return failure(K::EnrolmentCode, E::Malformed, u"enrolment code has characters outside A-Z, 2-7"_s);
    if (check != body.back())
        return failure(K::EnrolmentCode, E::BadCheckDigit, u"enrolment code is mistyped (check character)"_s);
    auto code = success(K::EnrolmentCode);
    code.enrolmentCode
        = u"ENROL-"_s + body.sliced(0, 4) + u'-' + body.sliced(4, 4) + u'-' + body.sliced(8, 4);
    return code;
}

/// "]E0", "]d2", ... : the AIM symbology identifier some scanners send first. Empty if there is none.
QStringView symbologyPrefix(QStringView s)
{
    if (s.size() >= 3 && s[0] == u']' && isAsciiAlnum(s[1]) && s[2] >= u'0' && s[2] <= u'9')
        return s.first(3);
    return {};
}

bool isGs1Symbology(QStringView prefix)
{
    return prefix == u"]d2" || prefix == u"]C1" || prefix == u"]Q3" || prefix == u"]e0";
}

} // namespace

QString ScannedCode::errorCode() const
{
    switch (error) {
    case Error::None:
        return u"ok"_s;
    case Error::Empty:
        return u"empty"_s;
    case Error::TooLong:
        return u"too-long"_s;
    case Error::NotRecognised:
        return u"not-recognised"_s;
    case Error::Malformed:
        return u"malformed"_s;
    case Error::BadCheckDigit:
        return u"check-digit"_s;
    case Error::BadDate:
        return u"bad-date"_s;
    case Error::BadSignature:
        return u"bad-signature"_s;
    case Error::UnknownKey:
        return u"unknown-key"_s;
    case Error::Expired:
        return u"expired"_s;
    case Error::OtherRetailer:
        return u"other-retailer"_s;
    case Error::UnsupportedAi:
        return u"unsupported-ai"_s;
    }
    return u"not-recognised"_s;
}

CodeParser::CodeParser(Config config)
    : m_config(std::move(config))
{ }

int CodeParser::gs1CheckDigit(QStringView digits)
{
    if (!isDigits(digits))
        return -1;
    int sum = 0;
    bool weightThree = true; // the rightmost data digit has weight 3
    for (auto i = digits.size() - 1; i >= 0; --i) {
        const int d = digits[i].unicode() - u'0';
        sum += weightThree ? 3 * d : d;
        weightThree = !weightThree;
    }
    return (10 - sum % 10) % 10;
}

bool CodeParser::isTokenReason(QStringView reason)
{
    if (reason.isEmpty() || reason.size() > MaxTokenReasonLength || reason[0] < u'a' || reason[0] > u'z')
        return false;
    for (QChar c : reason)
        if ((c < u'a' || c > u'z') && (c < u'0' || c > u'9') && c != u'_')
            return false;
    return true;
}

bool CodeParser::isTokenResolution(QStringView resolution)
{
    return std::find(std::begin(TokenResolutions), std::end(TokenResolutions), resolution)
        != std::end(TokenResolutions);
}

ScannedCode CodeParser::parseEnrolmentQr(QStringView text) const
{
    using K = ScannedCode::Kind;
    using E = ScannedCode::Error;
    const EnrolmentQr::Parsed parsed = EnrolmentQr::parse(text);
    if (!parsed.qr)
        return failure(K::EnrolmentCode, E::Malformed, parsed.error);
    if (!parsed.qr->retailerId.isEmpty() && !m_config.retailerId.isEmpty()
        && parsed.qr->retailerId != m_config.retailerId)
        return failure(K::EnrolmentCode, E::OtherRetailer,
            u"this enrolment QR is for retailer \"%1\", this kiosk belongs to \"%2\""_s.arg(
                parsed.qr->retailerId, m_config.retailerId));
    auto code = success(K::EnrolmentCode);
    code.enrolmentCode = parsed.qr->code;
    code.backendUrl = parsed.qr->backendUrl;
    code.backendPin = parsed.qr->pin;
    code.retailerId = parsed.qr->retailerId;
    return code;
}

QChar CodeParser::enrolmentCheckChar(QStringView base32)
{
    constexpr int n = 32;
    int factor = 2;
    int sum = 0;
    for (auto i = base32.size() - 1; i >= 0; --i) {
        const auto value = Base32Alphabet.indexOf(base32[i]);
        if (value < 0)
            return {};
        int addend = factor * int(value);
        factor = factor == 2 ? 1 : 2;
        sum += addend / n + addend % n;
    }
    return Base32Alphabet[(n - sum % n) % n];
}

QString CodeParser::enrolmentCode(QStringView elevenBase32)
{
    const QChar check = enrolmentCheckChar(elevenBase32);
    if (elevenBase32.size() != 11 || check.isNull())
        return {};
    const QString full = elevenBase32 + check;
    return u"ENROL-"_s + full.first(4) + u'-' + full.sliced(4, 4) + u'-' + full.sliced(8, 4);
}

ScannedCode CodeParser::parse(const QString &text, const QDateTime &now) const
{
    using K = ScannedCode::Kind;
    using E = ScannedCode::Error;
    if (text.size() > MaxInputLength)
        return failure(K::Unknown, E::TooLong, u"input is longer than any code we know"_s);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failure(K::Unknown, E::Empty, u"nothing was scanned"_s);
    for (QChar c : trimmed)
        if ((c < u' ' && c != GroupSeparator) || c > u'~')
            return failure(K::Unknown, E::NotRecognised, u"contains characters no kiosk code uses"_s);

    QStringView view(trimmed);
    const QStringView aim = symbologyPrefix(view);
    if (isGs1Symbology(aim) || view.startsWith(GroupSeparator) || view.startsWith(u'('))
        return parseElementString(view.sliced(aim.size()));
    view = view.sliced(aim.size());

    ScannedCode code;
    if (view.startsWith(u"RK1.")) {
        code = parseToken(view, now);
    } else if (view.startsWith(u"https://", Qt::CaseInsensitive)) {
        const auto at = view.indexOf(u"/r/RK1.");
        if (at < 0)
            return failure(K::Unknown, E::NotRecognised, u"a web address that is not a return link"_s);
        QStringView token = view.sliced(at + 3);
        for (QChar stop : { u'?', u'#', u'/' })
            if (const auto end = token.indexOf(stop); end >= 0)
                token = token.first(end);
        code = parseToken(token, now);
    } else if (view.startsWith(EnrolmentQr::Prefix, Qt::CaseInsensitive)) {
        code = parseEnrolmentQr(view);
    } else if (view.startsWith(u"STAFF:", Qt::CaseInsensitive)) {
        code = parseStaffBadge(view.sliced(6));
    } else if (const QString squeezed = squeeze(view); squeezed.startsWith(u"ENROL")) {
        code = parseEnrolment(squeezed);
    } else if (squeezed.startsWith(squeeze(m_config.orderPrefix))) {
        code = parseOrderNumber(squeezed);
    } else if (isDigits(view)
        && (view.size() == 8 || view.size() == 12 || view.size() == 13 || view.size() == 14)) {
        code = parseGtin(view);
    } else if (isDigits(view) && view.size() == 20) {
        code = parseReceipt(view);
    } else {
        code = failure(K::Unknown, E::NotRecognised, u"not a code we know"_s);
    }
    qCDebug(lcCodes) << "parsed" << code.kind << code.errorCode() << "length" << trimmed.size();
    return code;
}

ScannedCode CodeParser::parseOrderNumber(const QString &squeezed) const
{
    const QString prefix = squeeze(m_config.orderPrefix);
    const QStringView digits = QStringView(squeezed).sliced(prefix.size());
    if (!isDigits(digits) || digits.size() < m_config.orderMinDigits
        || digits.size() > m_config.orderMaxDigits)
        return failure(ScannedCode::Kind::OrderNumber, ScannedCode::Error::Malformed,
            u"order numbers are %1 followed by %2 to %3 digits"_s.arg(m_config.orderPrefix)
                .arg(m_config.orderMinDigits)
                .arg(m_config.orderMaxDigits));
    auto code = success(ScannedCode::Kind::OrderNumber);
    code.orderId = m_config.orderPrefix + digits;
    return code;
}

ScannedCode CodeParser::parseToken(QStringView token, const QDateTime &now) const
{
    using K = ScannedCode::Kind;
    using E = ScannedCode::Error;
    const auto malformed = [](const QString &why) { return failure(K::ReturnToken, E::Malformed, why); };
    const auto firstDot = token.indexOf(u'.');
    const auto secondDot = token.indexOf(u'.', firstDot + 1);
    if (secondDot < 0 || token.indexOf(u'.', secondDot + 1) >= 0)
        return malformed(u"return code is incomplete"_s);
    const QStringView payloadText = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QStringView signatureText = token.sliced(secondDot + 1);
    if (payloadText.size() > MaxTokenPayload)
        return malformed(u"return code payload is longer than 512 characters"_s);
    if (!isBase64Url(payloadText) || !isBase64Url(signatureText))
        return malformed(u"return code is damaged"_s);
    constexpr auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
        | QByteArray::AbortOnBase64DecodingErrors;
    const auto payload = QByteArray::fromBase64Encoding(payloadText.toLatin1(), options);
    const auto signature = QByteArray::fromBase64Encoding(signatureText.toLatin1(), options);
    if (!payload || !signature || signature.decoded.size() != crypto::Ed25519::SignatureSize)
        return malformed(u"return code is damaged"_s);

    // retailer|keyId|tokenId|orderId|expiry|line:qty[:reason[:resolution]],...
    const QString fieldsText = QString::fromLatin1(payload.decoded);
    const QStringList fields = fieldsText.split(u'|');
    if (fields.size() != 6 || !isIdentifier(fields[0], 32, u"_-") || !isIdentifier(fields[1], 32, u"_-")
        || !isIdentifier(fields[2], 32) || !isIdentifier(fields[3], 32, u"-") || !isDigits(fields[4])
        || fields[4].size() > 12)
        return malformed(u"return code has an unknown layout"_s);
    QList<TokenLine> lines;
    const QStringList lineTexts = fields[5].split(u',');
    if (lineTexts.size() > MaxTokenLines)
        return malformed(u"return code lists too many lines"_s);
    for (const QString &lineText : lineTexts) {
        TokenLine line;
        if (!parseTokenLine(lineText, line))
            return malformed(u"return code has a bad line entry"_s);
        if (std::any_of(
                lines.cbegin(), lines.cend(), [&](const TokenLine &l) { return l.lineNo == line.lineNo; }))
            return malformed(u"return code lists a line twice"_s);
        lines.append(line);
    }

    if (fields[0] != m_config.retailerId) // unsigned so far: used only to pick the friendlier refusal
        return failure(K::ReturnToken, E::OtherRetailer, u"return code is for another retailer"_s);
    const auto key = m_config.tokenKeys.constFind(fields[1]);
    if (key == m_config.tokenKeys.cend())
        return failure(K::ReturnToken, E::UnknownKey, u"return code signed with unknown key "_s + fields[1]);
    const QByteArray signedPart = token.first(secondDot).toLatin1();
    if (!crypto::Ed25519::verify(*key, signedPart, signature.decoded))
        return failure(K::ReturnToken, E::BadSignature, u"return code signature does not verify"_s);

    auto code = success(K::ReturnToken);
    code.retailerId = fields[0];
    code.keyId = fields[1];
    code.tokenId = fields[2];
    code.orderId = fields[3];
    code.expiresAt = QDateTime::fromSecsSinceEpoch(fields[4].toLongLong(), Qt::UTC);
    code.lines = lines;
    if (!now.isValid() || code.expiresAt <= now) {
        code.error = E::Expired;
        code.reason = u"return code expired"_s;
    }
    return code;
}

} // namespace kiosk::codes
