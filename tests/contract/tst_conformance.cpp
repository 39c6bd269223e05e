// kiosk-conformance run against the reference backend over TLS on loopback: it must conform, with a
// public-key pin too, and the suite must refuse a server whose key is not the pinned one.

#include "BackendProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using kiosk::test::BackendProcess;

namespace {

/// "sha256//BASE64" of the certificate's SubjectPublicKeyInfo, as libcurl's CURLOPT_PINNEDPUBLICKEY takes it.
QString publicKeyPin(const QString &certPath)
{
    QFile file(certPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
    if (!cert)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &der);
    if (length <= 0)
        return {};
    const QByteArray spki(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return u"sha256//"_s
        + QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_backend = std::make_unique<BackendProcess>(m_dir->path(), QStringList());
        QVERIFY(m_backend->start({ u"--orders"_s,
            QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json"), u"--generate-orders"_s,
            u"40"_s, u"--device-token"_s, u"conformance-a=token-a"_s, u"--device-token"_s,
            u"conformance-b=token-b"_s, u"--enrolment-code"_s, u"ENROL-KIOS-KTES-TAAO"_s, u"--policy"_s,
            QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/policies/apparel.policy.json") }));
    }

    void cleanup()
    {
        const bool stopped = m_backend->stop();
        const QByteArray output = m_backend->output();
        m_backend.reset();
        m_dir.reset();
        QVERIFY2(stopped, output.constData());
    }

    void referenceBackendConforms()
    {
        const QString pin = publicKeyPin(BackendProcess::certDir() + u"/server.pem"_s);
        QVERIFY(pin.startsWith(u"sha256//"_s));
        const auto [exitCode, output] = runSuite({ u"--pin"_s, pin, u"--admin-token"_s,
            QString::fromLatin1(BackendProcess::AdminToken), u"--other-token"_s, u"token-b"_s,
            u"--other-kiosk-id"_s, u"conformance-b"_s, u"--enrolment-code"_s, u"ENROL-KIOS-KTES-TAAO"_s });
        qInfo().noquote() << output;
        QCOMPARE(exitCode, 0);
        QVERIFY(output.contains("exercised: POST /v1/returns:batch"));
        QVERIFY(output.contains("exercised: GET /v1/admin/stats"));
        QVERIFY(output.contains("ok   orders/changes: paging under concurrent upserts: no order repeated"));
        QVERIFY(output.contains("ok   orders/changes: 429 with Retry-After: says when to come back"));
        QVERIFY(!output.contains("FAIL"));
    }

    void readOnlyWithoutAdmin()
    {
        const auto [exitCode, output] = runSuite({ u"--read-only"_s });
        QVERIFY2(exitCode == 0, output.constData());
        QVERIFY(!output.contains("admin/"));
    }

    void wrongPinIsRefused()
    {
        const auto [exitCode, output]
            = runSuite({ u"--pin"_s, u"sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s });
        QCOMPARE(exitCode, 1);
        QVERIFY2(output.contains("FAIL health: transport"), output.constData());
    }

private:
    std::pair<int, QByteArray> runSuite(const QStringList &extra)
    {
        QProcess suite;
        suite.setProcessChannelMode(QProcess::MergedChannels);
        suite.start(QStringLiteral(KIOSK_CONFORMANCE_BIN),
            QStringList { u"--base-url"_s, m_backend->url(QString()), u"--ca"_s, BackendProcess::caFile(),
                u"--token"_s, u"token-a"_s, u"--kiosk-id"_s, u"conformance-a"_s }
                + extra);
        if (!suite.waitForFinished(60000))
            return { -1, suite.readAll() };
        return { suite.exitStatus() == QProcess::NormalExit ? suite.exitCode() : -1, suite.readAll() };
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BackendProcess> m_backend;
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
