#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace kiosk::codes {

/// The enrolment QR a technician scans at first boot (docs/codes.md, "Enrolment QR"): `RKENROL1:` and the
/// base64url of a JSON object naming the backend, the one-time enrolment code, the pin of the backend's
/// public key and optionally the retailer. Encodes it (the backend's side, tests) and parses it strictly.
struct EnrolmentQr
{
    static constexpr QStringView Prefix = u"RKENROL1:";
    static constexpr int MaxLength = 1024;

    QString backendUrl; ///< "https://host[:port]", no path, no trailing slash
    QString code; ///< "ENROL-XXXX-XXXX-XXXX", check character verified
    QString pin; ///< "sha256//BASE64" of the backend's public key (32-byte digest)
    QString retailerId; ///< empty: any retailer

    QString encode() const;

    struct Parsed;
    /// @p text with or without the prefix's case as scanned.
    static Parsed parse(QStringView text);
};

struct EnrolmentQr::Parsed
{
    std::optional<EnrolmentQr> qr;
    QString error; ///< English, names what is wrong
};

} // namespace kiosk::codes
