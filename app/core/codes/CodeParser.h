#pragma once

#include "codes/ScannedCode.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace kiosk::codes {

/// Classifies and strictly parses every string a scanner, the camera or the on-screen keyboard hands the
/// kiosk: signed return tokens (bare or inside a URL), order numbers, receipt barcodes, product identifiers
/// (GTIN and GS1 element strings), staff badges, enrolment codes and enrolment QRs. Pure: no I/O, no clock,
/// no exceptions. The formats are documented in docs/codes.md.
class CodeParser
{
public:
    /// Inputs longer than this are refused before any other work.
    static constexpr int MaxInputLength = 2048;

    struct Config
    {
        QString retailerId; ///< tokens for any other retailer are refused with OtherRetailer
        QHash<QString, QByteArray> tokenKeys; ///< key id -> 32-byte raw Ed25519 public key
        QString orderPrefix = QStringLiteral("RK-"); ///< normalised form keeps it verbatim
        int orderMinDigits = 6;
        int orderMaxDigits = 10;
    };

    explicit CodeParser(Config config);

    /// Parses text as scanned or typed. `now` decides token expiry; pass the kiosk clock, never read it here.
    ScannedCode parse(const QString &text, const QDateTime &now) const;

    /// A reason a return token may carry: [a-z][a-z0-9_]{0,31} (a policy reason code of at most 32
    /// characters).
    static bool isTokenReason(QStringView reason);
    /// A resolution a return token may carry: "refund", "storeCredit" or "exchange" (the policy's names).
    static bool isTokenResolution(QStringView resolution);

    /// GS1 mod-10 check digit of a digit string (without its check digit); -1 if it holds a non-digit.
    static int gs1CheckDigit(QStringView digits);
    /// Luhn mod 32 check character over the RFC 4648 base32 alphabet; '\0' if a character is outside it.
    static QChar enrolmentCheckChar(QStringView base32);
    /// The printed one-time code "ENROL-XXXX-XXXX-XXXX" of 11 base32 characters, its check character added;
    /// empty if a character is outside the alphabet or there are not 11.
    static QString enrolmentCode(QStringView elevenBase32);

private:
    ScannedCode parseToken(QStringView token, const QDateTime &now) const;
    ScannedCode parseOrderNumber(const QString &text) const;
    ScannedCode parseEnrolmentQr(QStringView text) const;

    Config m_config;
};

} // namespace kiosk::codes
