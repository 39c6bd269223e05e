#pragma once

#include <QByteArray>
#include <QString>

namespace kiosk {

/// Signs an export of the kiosk's unsynced work (BacklogFile) so that the backend can tell it came,
/// unchanged, from this kiosk. One small interface: today DeviceTokenSigner, keyed by the device token;
/// a signer holding the kiosk's own private key replaces it when kiosks enrol with key pairs (mutual TLS).
class BacklogSigner
{
public:
    virtual ~BacklogSigner() = default;
    /// The name written next to the signature, for the verifier to pick its check.
    virtual QString algorithm() const = 0;
    virtual QByteArray sign(const QByteArray &data) const = 0;
};

/// HMAC-SHA256 keyed by the SHA-256 of the kiosk's device token: the kiosk has no private key of its
/// own yet, and a backend keeps only the hash of each device token it issued, so both sides hold the key
/// without the token ever being stored by the backend.
class DeviceTokenSigner final : public BacklogSigner
{
public:
    static constexpr auto Algorithm = "hmac-sha256-device-token";

    explicit DeviceTokenSigner(const QByteArray &deviceToken);
    QString algorithm() const override;
    QByteArray sign(const QByteArray &data) const override;

    /// The backend's check: @p signature is @p data's HMAC under the key of the device token whose
    /// SHA-256 is @p tokenSha256. Constant time.
    static bool verify(const QByteArray &tokenSha256, const QByteArray &data, const QByteArray &signature);

private:
    QByteArray m_key;
};

} // namespace kiosk
