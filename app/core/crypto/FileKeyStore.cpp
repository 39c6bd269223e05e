#include "FileKeyStore.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QFile>
#include <QSaveFile>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using Request = std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)>;

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

/// The key in @p path, or null with @p error.
Key loadKey(const QString &path, QString *error)
{
    QFile file(path);
    constexpr auto Others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.exists() && (file.permissions() & Others) != 0) {
        *error = u"the kiosk key %1 is readable by others (it must be mode 0600)"_s.arg(path);
        return Key(nullptr, EVP_PKEY_free);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the kiosk key %1: %2"_s.arg(path, file.errorString());
        return Key(nullptr, EVP_PKEY_free);
    }
    const QByteArray pem = file.read(64 * 1024);
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    if (!key)
        *error = u"the kiosk key %1 is not a PEM private key"_s.arg(path);
    return key;
}

} // namespace

FileKeyStore::FileKeyStore(QString path)
    : m_path(std::move(path))
{ }

bool FileKeyStore::hasKey() const
{
    return QFile::exists(m_path);
}

bool FileKeyStore::ensureKey(QString *error)
{
    if (hasKey())
        return loadKey(m_path, error) != nullptr;
    Key key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    Bio bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!key || !bio
        || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = u"OpenSSL could not make a key pair"_s;
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly)
        || file.write(readBio(bio.get())) < 0 || !file.commit()) {
        *error = u"cannot write the kiosk key %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> FileKeyStore::certificateRequest(const QString &commonName, QString *error) const
{
    const Key key = loadKey(m_path, error);
    if (!key)
        return std::nullopt;
    Request request(X509_REQ_new(), X509_REQ_free);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME *name = X509_REQ_get_subject_name(request.get());
    Bio bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!request || !bio || X509_REQ_set_version(request.get(), 0) != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0)
            != 1
        || X509_REQ_set_pubkey(request.get(), key.get()) != 1
        || X509_REQ_sign(request.get(), key.get(), EVP_sha256()) <= 0
        || PEM_write_bio_X509_REQ(bio.get(), request.get()) != 1) {
        *error = u"OpenSSL could not make the certificate request"_s;
        return std::nullopt;
    }
    return readBio(bio.get());
}

bool FileKeyStore::erase()
{
    return !hasKey() || QFile::remove(m_path);
}

} // namespace kiosk
