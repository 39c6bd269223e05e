#pragma once

#include <QString>
#include <QTemporaryDir>

/// The test PKI from tools/testca/make-test-ca.sh in a temporary directory, plus the SPKI pin of
/// the good server key, for the TLS tests.
class TestPki
{
public:
    /// Runs the script; check isValid().
    TestPki();

    bool isValid() const { return m_valid; }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    /// "sha256//BASE64" of server.pem's public key.
    QString serverPin() const { return m_serverPin; }

private:
    QTemporaryDir m_dir;
    QString m_serverPin;
    bool m_valid = false;
};
