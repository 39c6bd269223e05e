#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

using EVP_PKEY = struct evp_pkey_st;
using X509 = struct x509_st;

namespace kiosk::backend {

/// The CA that signs kiosks' certificate requests at enrolment (`--kiosk-ca-cert/--kiosk-ca-key`): a
/// kiosk's certificate names it (CN = kiosk id), is for client authentication only and lasts 825 days.
class KioskCa
{
public:
    KioskCa();
    ~KioskCa();
    KioskCa(const KioskCa &) = delete;
    KioskCa &operator=(const KioskCa &) = delete;

    /// Loads the CA's certificate and key (PEM); false with @p error.
    bool load(const QString &certPath, const QString &keyPath, QString *error);
    bool isLoaded() const { return m_cert != nullptr; }

    /// The SHA-256 of the public key of @p csrPem once its self-signature verified; nullopt with @p error.
    static std::optional<QByteArray> requestKeyHash(const QByteArray &csrPem, QString *error);
    /// A certificate (PEM) for the key of @p csrPem with CN=@p kioskId; nullopt with @p error.
    std::optional<QByteArray> sign(const QByteArray &csrPem, const QString &kioskId, QString *error) const;
    /// The SHA-256 of a certificate's DER encoding (how BackendStore knows the certificates it issued).
    static QByteArray fingerprint(X509 *certificate);
    static std::optional<QByteArray> fingerprintOfPem(const QByteArray &pem);

private:
    X509 *m_cert = nullptr;
    EVP_PKEY *m_key = nullptr;
};

} // namespace kiosk::backend
