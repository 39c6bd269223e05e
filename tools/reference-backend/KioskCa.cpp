#include "KioskCa.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::backend {

namespace {

using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using Request = std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)>;

/// A read-only BIO over @p bytes, which must outlive it.
Bio memory(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())), BIO_free);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(1024 * 1024) : QByteArray();
}

Request verifiedRequest(const QByteArray &csrPem, QString *error)
{
    const Bio bio = memory(csrPem);
    Request request(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr), X509_REQ_free);
    if (!request) {
        *error = u"\"csr\" is not a PEM certificate request"_s;
        return request;
    }
    EVP_PKEY *key = X509_REQ_get0_pubkey(request.get());
    if (!key || X509_REQ_verify(request.get(), key) != 1) {
        *error = u"the certificate request's signature does not verify"_s;
        return Request(nullptr, X509_REQ_free);
    }
    return request;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    const bool added = extension && X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

} // namespace

KioskCa::KioskCa() = default;

KioskCa::~KioskCa()
{
    X509_free(m_cert);
    EVP_PKEY_free(m_key);
}

bool KioskCa::load(const QString &certPath, const QString &keyPath, QString *error)
{
    const QByteArray certPem = readFile(certPath);
    const QByteArray keyPem = readFile(keyPath);
    const Bio certBio = memory(certPem);
    const Bio keyBio = memory(keyPem);
    m_cert = PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr);
    m_key = PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr);
    if (m_cert && m_key && X509_check_private_key(m_cert, m_key) == 1)
        return true;
    *error = u"%1 and %2 are not a matching PEM certificate and key"_s.arg(certPath, keyPath);
    X509_free(m_cert);
    EVP_PKEY_free(m_key);
    m_cert = nullptr;
    m_key = nullptr;
    return false;
}

std::optional<QByteArray> KioskCa::requestKeyHash(const QByteArray &csrPem, QString *error)
{
    const Request request = verifiedRequest(csrPem, error);
    if (!request)
        return std::nullopt;
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(X509_REQ_get0_pubkey(request.get()), &der);
    if (size <= 0) {
        *error = u"the certificate request's key cannot be encoded"_s;
        return std::nullopt;
    }
    const QByteArray hash = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(der), size), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return hash;
}

std::optional<QByteArray> KioskCa::sign(
    const QByteArray &csrPem, const QString &kioskId, QString *error) const
{
    const Request request = verifiedRequest(csrPem, error);
    if (!request)
        return std::nullopt;
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
    unsigned char serial[16];
    const QByteArray cn = kioskId.toUtf8();
    std::unique_ptr<BIGNUM, decltype(&BN_free)> serialNumber(nullptr, BN_free);
    if (RAND_bytes(serial, sizeof serial) == 1) {
        serial[0] &= 0x7f; // positive
        serialNumber.reset(BN_bin2bn(serial, sizeof serial, nullptr));
    }
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const Bio out(BIO_new(BIO_s_mem()), BIO_free);
    constexpr long Days825 = 825L * 24 * 3600;
    const bool made = cert && serialNumber && X509_set_version(cert.get(), 2) == 1
        && BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert.get()))
        && X509_set_issuer_name(cert.get(), X509_get_subject_name(m_cert)) == 1
        && X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0)
            == 1
        && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -300)
        && X509_gmtime_adj(X509_getm_notAfter(cert.get()), Days825)
        && X509_set_pubkey(cert.get(), X509_REQ_get0_pubkey(request.get())) == 1
        && addExtension(cert.get(), m_cert, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert.get(), m_cert, NID_key_usage, "critical,digitalSignature")
        && addExtension(cert.get(), m_cert, NID_ext_key_usage, "clientAuth")
        && X509_sign(cert.get(), m_key, EVP_sha256()) > 0 && PEM_write_bio_X509(out.get(), cert.get()) == 1;
    if (!made) {
        *error = u"the kiosk CA could not sign the request"_s;
        return std::nullopt;
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray KioskCa::fingerprint(X509 *certificate)
{
    unsigned char *der = nullptr;
    const int size = i2d_X509(certificate, &der);
    if (size <= 0)
        return {};
    const QByteArray hash = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(der), size), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return hash;
}

std::optional<QByteArray> KioskCa::fingerprintOfPem(const QByteArray &pem)
{
    const Bio bio = memory(pem);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
    if (!cert)
        return std::nullopt;
    return fingerprint(cert.get());
}

} // namespace kiosk::backend
