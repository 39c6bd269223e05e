#pragma once

#include "crypto/KeyStore.h"

namespace kiosk {

/// A KeyStore in a PEM file readable by the kiosk's user only (0600), in the data dir: an EC P-256 key
/// made with OpenSSL on the kiosk. Written atomically; a key file others may read is refused.
class FileKeyStore : public KeyStore
{
public:
    explicit FileKeyStore(QString path);

    bool hasKey() const override;
    bool ensureKey(QString *error) override;
    std::optional<QByteArray> certificateRequest(const QString &commonName, QString *error) const override;
    QString tlsKey() const override { return m_path; }
    bool erase() override;

private:
    QString m_path;
};

} // namespace kiosk
