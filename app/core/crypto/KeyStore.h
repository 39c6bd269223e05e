#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kiosk {

/// The kiosk's own private key, which never leaves it: the one interface enrolment and TLS use, so a key
/// held in a TPM (or any OpenSSL provider) can replace the file-backed one (docs/security.md, "The kiosk's
/// key"). Callers ask for a certificate request and for what libcurl is given as the TLS client key;
/// nothing outside an implementation ever sees key bytes.
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    /// Whether a key exists already (enrolment reuses it, so a retried enrolment sends the same key).
    virtual bool hasKey() const = 0;
    /// Creates the key when there is none; false with @p error when it cannot be created or read.
    virtual bool ensureKey(QString *error) = 0;
    /// A PKCS#10 request (PEM) for the key, subject CN=@p commonName, signed with the key (SHA-256).
    virtual std::optional<QByteArray> certificateRequest(const QString &commonName, QString *error) const = 0;
    /// What the TLS client is given as its key: a PEM file name, or a provider URI for a hardware key.
    virtual QString tlsKey() const = 0;
    /// Removes the key (factory reset); true when none is left.
    virtual bool erase() = 0;
};

} // namespace kiosk
