#pragma once

#include <QByteArray>
#include <QString>

namespace kiosk {

/// A customer's e-mail address or phone number as a colleague types it, turned into the key the order
/// cache finds orders by: the address trimmed and in lower case, or the number's digits alone (a
/// leading "+" or "00" dropped), then SHA-256, as the backend computes an order's "contact" digests
/// (docs/protocol.yaml). The typed text itself is kept nowhere.
class ContactKey
{
public:
    struct Result
    {
        QByteArray digest; ///< empty with `error` set when the text is malformed
        QString error; ///< English, for logs: "an e-mail address is name@domain.example", ...
    };

    static Result email(const QString &typed);
    static Result phone(const QString &typed);
    /// The normalised forms the digests are made of (for the backend and the data sets).
    static QString normalisedEmail(const QString &typed);
    static QString normalisedPhone(const QString &typed);
};

} // namespace kiosk
