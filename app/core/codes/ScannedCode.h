#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace kiosk::codes {

/// One line of a signed return token: which order line and how many units the shopper registered, and the
/// return reason and resolution they chose online when the token carries them (docs/codes.md). The kiosk
/// still checks both against its own policy and offer; they are the shopper's choice, not a decision.
struct TokenLine
{
    Q_GADGET
    Q_PROPERTY(int lineNo MEMBER lineNo)
    Q_PROPERTY(int quantity MEMBER quantity)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(QString resolution MEMBER resolution)
public:
    int lineNo = 0;
    int quantity = 0;
    QString reason {}; ///< policy reason code, e.g. "wrong_size"; empty when not chosen online
    QString resolution {}; ///< "refund", "storeCredit" or "exchange"; empty when not chosen online
    bool operator==(const TokenLine &) const = default;
};

/// What a scanned or typed string turned out to be: its kind, whether it is usable, a stable error code
/// and a human reason when it is not, and the fields of that kind. Fields of a token whose signature did not
/// verify are never filled: they are untrusted.
struct ScannedCode
{
    Q_GADGET
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(Error error MEMBER error)
    Q_PROPERTY(bool valid READ isValid)
    Q_PROPERTY(QString errorCode READ errorCode)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(QString orderId MEMBER orderId)
    Q_PROPERTY(QString gtin MEMBER gtin)
    Q_PROPERTY(QString staffId MEMBER staffId)
    Q_PROPERTY(QString enrolmentCode MEMBER enrolmentCode)
public:
    enum class Kind {
        Unknown,
        ReturnToken,
        OrderNumber,
        ReceiptBarcode,
        ProductId,
        StaffBadge,
        EnrolmentCode
    };
    Q_ENUM(Kind)

    /// Stable across releases: logs, the backend and translations key on errorCode().
    enum class Error {
        None,
        Empty,
        TooLong,
        NotRecognised,
        Malformed,
        BadCheckDigit,
        BadDate,
        BadSignature,
        UnknownKey,
        Expired,
        OtherRetailer,
        UnsupportedAi,
    };
    Q_ENUM(Error)

    Kind kind = Kind::Unknown;
    Error error = Error::NotRecognised;
    QString reason; ///< English, for logs and technicians; the UI maps errorCode() to a message key

    // ReturnToken (filled only when the signature verified, i.e. None, Expired or OtherRetailer)
    QString retailerId;
    QString keyId;
    QString tokenId; ///< unique per token, lets the journal refuse a token that was already used
    QString orderId; ///< also OrderNumber, normalised e.g. "RK-1234567"
    QList<TokenLine> lines;
    QDateTime expiresAt; ///< UTC

    // ReceiptBarcode
    int store = 0;
    int registerNo = 0;
    int transaction = 0;
    QDate receiptDate;

    // ProductId
    QString gtin; ///< always 14 digits
    QString batch; ///< AI 10
    QString serial; ///< AI 21
    QDate bestBefore; ///< AI 17 (expiry); day 00 means the last day of the month

    // StaffBadge / EnrolmentCode
    QString staffId;
    QString enrolmentCode; ///< normalised "ENROL-XXXX-XXXX-XXXX"
    // EnrolmentCode from an enrolment QR (RKENROL1:), also retailerId when the QR names one
    QString backendUrl; ///< "https://host[:port]"; empty for a typed code
    QString backendPin; ///< "sha256//BASE64" of the backend's public key

    bool isValid() const { return error == Error::None; }
    /// e.g. "expired", "check-digit"; "ok" when valid. Read together with kind.
    QString errorCode() const;
};

} // namespace kiosk::codes

Q_DECLARE_METATYPE(kiosk::codes::ScannedCode)
