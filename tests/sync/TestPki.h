#pragma once

#include <QString>
#include <QStringList>

/// The test PKI the build generates (tools/testca/make-test-ca.sh, target testca) and the SPKI pin
/// of its good server key, for the TLS tests.
class TestPki
{
public:
    /// Computes the pin; check isValid().
    TestPki();

    bool isValid() const { return m_valid; }
    /// "ca.pem", "server.key", "expired.pem", ...
    static QString file(const QString &name);
    /// reference-backend options that make it enrol kiosks with one-time @p code ("CODE" or
    /// "CODE@EXPIRY"), signing their certificates with this CA, for the demo store.
    static QStringList enrollingBackendArgs(const QString &code);
    /// "sha256//BASE64" of server.pem's public key.
    QString serverPin() const { return m_serverPin; }

private:
    QString m_serverPin;
    bool m_valid = false;
};
