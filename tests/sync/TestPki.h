#pragma once

#include <QString>

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
    /// "sha256//BASE64" of server.pem's public key.
    QString serverPin() const { return m_serverPin; }

private:
    QString m_serverPin;
    bool m_valid = false;
};
